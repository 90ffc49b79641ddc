'use client';

import { useTranslations } from 'next-intl';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { sendJson } from '@/components/ui/api-client';
import { fetchJson } from '@/components/ui/query-fetch';
import { queryKeys } from '@/components/ui/query-keys';
import { useFormat } from '@/lib/i18n/client';
import { roleLabel } from '@/lib/i18n/domain-labels';
import type { TReportStatus } from '@/lib/contracts/reports';

/** The report's sign-off: which version was signed by whom, whether it changed since, and the facilitators' button. */
export function SignoffPanel({ assessmentId, canSign }: { assessmentId: string; canSign: boolean }) {
  const t = useTranslations('report');
  const td = useTranslations('domain');
  const f = useFormat();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [signing, setSigning] = useState(false);
  const url = `/api/assessments/${assessmentId}/report/signoff`;
  const query = useQuery({ queryKey: queryKeys.signoff(assessmentId), queryFn: () => fetchJson<TReportStatus>(url) });
  const status = query.data ?? null;
  // While the state reloads, signing is disabled: the button signs the version last shown.
  const busy = signing || query.isFetching;
  const shownError = error ?? (query.isError ? t('loadFailed') : null);

  const sign = async () => {
    if (!status) return;
    setSigning(true);
    const result = await sendJson<TReportStatus>(url, 'POST', { hash: status.hash });
    setSigning(false);
    if (result.ok) {
      queryClient.setQueryData(queryKeys.signoff(assessmentId), result.data);
      setError(null);
    } else {
      // Typically the report changed since it was shown (409): show the new version to review.
      setError(result.error);
      await query.refetch();
    }
  };

  return (
    <section aria-labelledby="signoff-heading" className="rounded-md border border-slate-200 bg-white p-3">
      <h3 id="signoff-heading" className="font-semibold">
        {t('signoff')}
      </h3>
      {!status ? (
        <p className="text-sm text-slate-600">{t('loading')}</p>
      ) : (
        <>
          <p className="text-sm" data-testid="signoff-state">
            {status.version === null
              ? t('notSigned')
              : status.stale
                ? t('stale', { v: status.version })
                : t('signed', { v: status.version })}
          </p>
          {status.signatures.length > 0 && (
            <ul className="mt-1 text-sm text-slate-700">
              {status.signatures.map((s) => (
                <li key={`${s.who}-${s.signedAt}`}>
                  {s.who} ({roleLabel(td, s.role)}), {f.dateTime(s.signedAt)}
                </li>
              ))}
            </ul>
          )}
          {canSign && !status.signedByMe && (
            <Button type="button" className="mt-2" disabled={busy} onClick={() => void sign()}>
              {status.version === null || status.stale ? t('signSome') : t('addMine', { v: status.version })}
            </Button>
          )}
          <Button
            type="button"
            variant="secondary"
            className="ml-2 mt-2"
            disabled={busy}
            onClick={() => void query.refetch()}
          >
            {t('checkChanges')}
          </Button>
        </>
      )}
      <FormError message={shownError} />
    </section>
  );
}
