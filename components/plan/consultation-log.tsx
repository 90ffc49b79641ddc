'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { lazyComponent } from '@/components/ui/lazy-component';
import { LoadingStatus } from '@/components/ui/loading-status';
import { useFormat } from '@/lib/i18n/client';
import type { TConsultationRecord } from '@/lib/contracts/plan';

// The form, and react-hook-form with it (12 kB), is fetched when a member opens it: consultations
// are recorded now and then, and the plan's first load is for the live draft.
const ConsultationForm = lazyComponent(() => import('./consultation-form').then((m) => m.ConsultationForm), {
  loading: () => <LoadingStatus className="text-sm text-slate-700" />,
});

type TConsultationLogProps = { assessmentId: string; entries: TConsultationRecord[]; canEdit: boolean };

/** Step 4: who was consulted, when, what they said and what changed in the plan. */
export function ConsultationLog({ assessmentId, entries, canEdit }: TConsultationLogProps) {
  const t = useTranslations('plan');
  const f = useFormat();
  // The server's answer to a new entry is the whole log: shown at once, with no page refresh. A
  // newer log from the page (rendered again) replaces it.
  const [shown, setShown] = useState(entries);
  const [given, setGiven] = useState(entries);
  if (given !== entries) {
    setGiven(entries);
    setShown(entries);
  }
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  // Back where the member opened the form, once the button is there again.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (open || !returnFocus.current) return;
    returnFocus.current = false;
    opener.current?.focus();
  }, [open]);
  const close = () => {
    returnFocus.current = true;
    setOpen(false);
  };
  return (
    <section aria-labelledby="consult-h" className="grid gap-3 rounded-md border border-slate-200 bg-white p-3">
      <h3 id="consult-h" className="font-semibold">
        {t('consultHeading')}
      </h3>
      {shown.length === 0 ? (
        <p className="text-sm text-slate-600">{t('noConsultations')}</p>
      ) : (
        <ol className="grid gap-2 text-sm">
          {shown.map((c) => (
            <li key={c.id} className="rounded border border-slate-200 p-2">
              <p className="font-medium">
                {c.stakeholder} · {f.date(`${c.consultedOn}T12:00:00Z`)}
              </p>
              <p>
                <span className="font-medium">{t('said')}</span> {c.said}
              </p>
              <p>
                <span className="font-medium">{t('changed')}</span> {c.changed || t('nothing')}
              </p>
              <p className="text-xs text-slate-600">{t('recordedBy', { name: c.recordedBy.name })}</p>
            </li>
          ))}
        </ol>
      )}
      {canEdit &&
        (open ? (
          <ConsultationForm
            assessmentId={assessmentId}
            onRecorded={(all) => {
              setShown(all);
              close();
            }}
            onCancel={close}
          />
        ) : (
          <div>
            <Button ref={opener} variant="secondary" onClick={() => setOpen(true)}>
              {t('recordOpen')}
            </Button>
          </div>
        ))}
    </section>
  );
}
