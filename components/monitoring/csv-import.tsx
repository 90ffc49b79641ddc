'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { sendJson } from '@/components/ui/api-client';
import type { TCsvImportResponse } from '@/lib/contracts/monitoring';

/** Imports a measurements CSV; when any row is wrong nothing is imported and each wrong row is listed with why. */
export function CsvImport({ assessmentId }: { assessmentId: string }) {
  const t = useTranslations('monitoring');
  const router = useRouter();
  const file = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [rows, setRows] = useState<[string, string[]][]>([]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage('');
    setRows([]);
    setError(null);
    const chosen = file.current?.files?.[0];
    if (!chosen) {
      setError(t('chooseFile'));
      return;
    }
    setBusy(true);
    setMessage(t('importing'));
    const result = await sendJson<TCsvImportResponse>(
      `/api/assessments/${assessmentId}/monitoring/measurements/import`,
      'POST',
      { csv: await chosen.text() },
    );
    setBusy(false);
    if (!result.ok) {
      setMessage('');
      const rowErrors = Object.entries(result.fieldErrors).filter(([k]) => k.startsWith('row '));
      setError(rowErrors.length ? t('importErrors') : result.error);
      setRows(rowErrors.sort(([a], [b]) => Number(a.slice(4)) - Number(b.slice(4))));
      return;
    }
    setMessage(t('imported', { n: result.data.imported }));
    if (file.current) file.current.value = '';
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-2">
      <p className="text-sm text-slate-700">{t('importHint')}</p>
      <Field id="csv-file" label={t('fieldFile')}>
        <input id="csv-file" ref={file} type="file" accept=".csv,text/csv" className={inputClass} />
      </Field>
      <Button type="submit" disabled={busy}>
        {t('importButton')}
      </Button>
      <p role="status" aria-live="polite" className="text-sm text-green-800">
        {message}
      </p>
      {error && (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p>{error}</p>
          {rows.length > 0 && (
            <ul className="mt-1 list-disc pl-5" data-testid="csv-errors">
              {rows.map(([row, reasons]) => (
                <li key={row}>
                  <span className="font-semibold">{row.replace(/^row/, 'Row')}</span>: {reasons.join(' ')}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
