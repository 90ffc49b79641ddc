'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState, useSyncExternalStore } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import type { TInvitationTokensResponse, TSurvey } from '@/lib/contracts/surveys';

const noSubscription = () => () => undefined;

/** A facilitator's controls: publish, the public link, invitations, close, and filing results in the library. */
export function SurveyControls({ assessmentId, survey }: { assessmentId: string; survey: TSurvey }) {
  const t = useTranslations('surveys');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [tokens, setTokens] = useState<string[]>([]);
  const base = `/api/assessments/${assessmentId}/surveys/${survey.id}`;
  // The server does not know the address people reach us by; the browser does.
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => '',
  );
  const link = survey.publicToken ? `${origin}/survey/${survey.publicToken}` : '';

  const setStatus = async (status: 'open' | 'closed') => {
    if (status === 'closed' && !window.confirm(t('confirmClose'))) return;
    const res = await sendJson(`${base}/status`, 'PUT', { status });
    if (!res.ok) return setError(res.error);
    setError(null);
    router.refresh();
  };
  const invite = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const count = Number(new FormData(e.currentTarget).get('count'));
    const res = await sendJson<TInvitationTokensResponse>(`${base}/invitations`, 'POST', { count });
    if (!res.ok) return setError(res.error);
    setError(null);
    setTokens(res.data.tokens);
    router.refresh();
  };
  const fileInLibrary = async () => {
    const res = await sendJson(`${base}/library`, 'POST');
    if (!res.ok) return setError(res.error);
    setError(null);
    setNote(t('filed'));
  };
  const remove = async () => {
    if (!window.confirm(t('confirmDelete'))) return;
    const res = await sendJson(base, 'DELETE');
    if (!res.ok) return setError(res.error);
    router.push(`/assessments/${assessmentId}/surveys`);
  };
  const status = { draft: t('statusDraft'), open: t('statusOpen'), closed: t('statusClosed') };

  return (
    <section aria-label={t('controls')} className="my-4 grid gap-3 rounded-md border border-slate-200 bg-white p-3">
      <FormError message={error} />
      <p aria-live="polite" className="text-sm text-green-800">
        {note}
      </p>
      <p className="text-sm">
        <span className="font-medium">{t('status')}:</span> {status[survey.status]} ·{' '}
        {t('answers', { n: survey.answers })}
        {survey.invitationOnly && (
          <> · {t('invitationsUsed', { used: survey.invitations.used, issued: survey.invitations.issued })}</>
        )}
      </p>
      {survey.status === 'open' && link && (
        <Field
          id="public-link"
          label={t('publicLink')}
          hint={survey.invitationOnly ? t('publicLinkInvitations') : t('publicLinkHint')}
        >
          <input
            id="public-link"
            readOnly
            value={link}
            className={`${inputClass} font-mono`}
            onFocus={(e) => e.currentTarget.select()}
          />
        </Field>
      )}
      <div className="flex flex-wrap gap-2">
        {survey.status === 'draft' && <Button onClick={() => void setStatus('open')}>{t('publish')}</Button>}
        {survey.status === 'open' && (
          <Button variant="secondary" onClick={() => void setStatus('closed')}>
            {t('close')}
          </Button>
        )}
        {survey.status !== 'draft' && survey.answers > 0 && (
          <Button variant="secondary" onClick={() => void fileInLibrary()}>
            {t('fileInLibrary')}
          </Button>
        )}
        {survey.answers === 0 && (
          <Button variant="danger" onClick={() => void remove()}>
            {t('delete')}
          </Button>
        )}
      </div>
      {survey.invitationOnly && survey.status !== 'closed' && (
        <form onSubmit={(e) => void invite(e)} className="flex flex-wrap items-end gap-2">
          <Field id="invite-count" label={t('inviteCount')}>
            <input
              id="invite-count"
              name="count"
              type="number"
              min={1}
              max={500}
              defaultValue={10}
              className={`${inputClass} w-28`}
            />
          </Field>
          <Button type="submit" variant="secondary">
            {t('issueInvitations')}
          </Button>
        </form>
      )}
      {tokens.length > 0 && (
        <Field id="invite-links" label={t('invitationLinks')} hint={t('invitationLinksHint')}>
          <textarea
            id="invite-links"
            readOnly
            rows={Math.min(10, tokens.length)}
            className={`${inputClass} font-mono text-xs`}
            value={tokens.map((tok) => `${link}?invitation=${tok}`).join('\n')}
          />
        </Field>
      )}
    </section>
  );
}
