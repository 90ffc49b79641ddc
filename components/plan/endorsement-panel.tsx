'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useId, useState } from 'react';
import { sendJson } from '@/components/ui/api-client';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormError } from '@/components/ui/form-error';
import type { TEndorsement, TEndorsementsResponse } from '@/lib/contracts/plan';
import { useFormat } from '@/lib/i18n/client';

type TProps = {
  assessmentId: string;
  initial: TEndorsement[];
  /** Facilitators record endorsements. */
  canEdit: boolean;
  /** Whether senior management has adopted a version, after which top officials endorse it. */
  adopted: boolean;
};

// The offices the guide names; any other may be typed.
const OFFICES = ['officeMinisterFinance', 'officeMinisterCustoms', 'officePrimeMinister'] as const;

/** Step 6: the adopted plan's endorsement by top government officials (minister, prime minister), as recorded. */
export function EndorsementPanel({ assessmentId, initial, canEdit, adopted }: TProps) {
  const t = useTranslations('governance');
  const f = useFormat();
  const listId = useId();
  const [endorsements, setEndorsements] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const base = `/api/assessments/${assessmentId}/plan/endorsements`;

  const record = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    setBusy(true);
    const res = await sendJson<TEndorsementsResponse>(base, 'POST', Object.fromEntries(new FormData(form)));
    setBusy(false);
    if (!res.ok) return (setError(res.error), setFieldErrors(res.fieldErrors));
    setError(null);
    setFieldErrors({});
    setEndorsements(res.data.endorsements);
    form.reset();
  };
  const remove = async (id: string) => {
    const res = await sendJson<TEndorsementsResponse>(`${base}/${id}`, 'DELETE');
    if (!res.ok) return setError(res.error);
    setError(null);
    setEndorsements(res.data.endorsements);
  };

  return (
    <section aria-labelledby="endorse-h" className="grid gap-3 rounded-md border border-slate-200 bg-white p-3">
      <h3 id="endorse-h" className="font-semibold">
        {t('endorseHeading')}
      </h3>
      <p className="text-sm text-slate-700">{t('endorseIntro')}</p>
      {endorsements.length === 0 ? (
        <p className="text-sm text-slate-600">{adopted ? t('noEndorsements') : t('endorseAfterAdoption')}</p>
      ) : (
        <ul className="grid gap-2 text-sm">
          {endorsements.map((e) => (
            <li
              key={e.id}
              className="flex flex-wrap items-start justify-between gap-2 rounded border border-slate-200 p-2"
            >
              <div>
                <p className="font-medium">
                  {t('endorsementLine', { name: e.name, office: e.office, date: f.day(e.endorsedOn) })}
                </p>
                {e.note && <p>{e.note}</p>}
                <p className="text-xs text-slate-600">{t('recordedBy', { name: e.recordedBy.name })}</p>
              </div>
              {canEdit && (
                <Button
                  variant="secondary"
                  className="!px-2 !py-1 text-xs"
                  aria-label={t('removeEndorsement', { name: e.name })}
                  onClick={() => void remove(e.id)}
                >
                  {t('remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && adopted && (
        <form onSubmit={(e) => void record(e)} className="grid gap-2" noValidate>
          <FormError message={error} />
          <Field id="endorse-name" label={t('endorserName')} errors={fieldErrors.name}>
            <input id="endorse-name" name="name" className={inputClass} required />
          </Field>
          <Field id="endorse-office" label={t('endorserOffice')} errors={fieldErrors.office}>
            <input id="endorse-office" name="office" list={listId} className={inputClass} required />
          </Field>
          <datalist id={listId}>
            {OFFICES.map((o) => (
              <option key={o} value={t(o)} />
            ))}
          </datalist>
          <Field id="endorse-date" label={t('endorsedOn')} errors={fieldErrors.endorsedOn}>
            <input id="endorse-date" name="endorsedOn" type="date" className={inputClass} required />
          </Field>
          <Field id="endorse-note" label={t('endorseNote')} errors={fieldErrors.note}>
            <textarea id="endorse-note" name="note" className={inputClass} rows={2} />
          </Field>
          <div>
            <Button type="submit" disabled={busy}>
              {t('recordEndorsement')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
