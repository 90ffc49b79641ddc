'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '../../ui/api-client';
import { Button } from '../../ui/button';
import { SessionForm } from './session-form';
import type { TEditableSession, TScheduleContext } from './types';

type TProps = {
  context: TScheduleContext;
  session: TEditableSession;
};

/** A facilitator's edit and delete of one session; editing opens the schedule form in place. */
export function SessionActions({ context, session }: TProps) {
  const t = useTranslations('workshop');
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    if (!window.confirm(t('confirmCancelSession', { title: session.title }))) return;
    const res = await sendJson(`/api/assessments/${context.assessmentId}/sessions/${session.id}`, 'DELETE');
    if (!res.ok) return setError(res.error);
    setError(null);
    router.refresh();
  }

  if (editing) {
    return (
      <div className="mt-3 rounded-md border border-slate-300 bg-slate-50 p-3">
        <SessionForm context={context} existing={session} onDone={() => setEditing(false)} />
      </div>
    );
  }
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <Button variant="secondary" className="!px-3 !py-1" onClick={() => setEditing(true)}>
        {t('edit')}
        <span className="sr-only"> {session.title}</span>
      </Button>
      <Button variant="danger" className="!px-3 !py-1" onClick={() => void remove()}>
        {t('delete')}
        <span className="sr-only"> {session.title}</span>
      </Button>
      {error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
