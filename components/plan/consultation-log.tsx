'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
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
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // Back where the member opened the form (the button returns once the form is gone).
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <section aria-labelledby="consult-h" className="grid gap-3 rounded-md border border-slate-200 bg-white p-3">
      <h3 id="consult-h" className="font-semibold">
        {t('consultHeading')}
      </h3>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">{t('noConsultations')}</p>
      ) : (
        <ol className="grid gap-2 text-sm">
          {entries.map((c) => (
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
            onRecorded={() => {
              close();
              router.refresh();
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
