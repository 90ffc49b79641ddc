'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { sendJson } from '@/components/ui/api-client';
import { FormField } from '@/components/ui/form-field';
import { useSchemaForm } from '@/components/ui/use-schema-form';
import type { TCsvImportResponse } from '@/lib/contracts/monitoring';

/** A refusal's wrong rows (`row 3`), in the file's order, and its other field messages. */
function splitRows(fieldErrors: Record<string, string[]>) {
  const entries = Object.entries(fieldErrors);
  const rows = entries
    .filter(([k]) => k.startsWith('row '))
    .sort(([a], [b]) => Number(a.slice(4)) - Number(b.slice(4)));
  return { rows, rest: Object.fromEntries(entries.filter(([k]) => !k.startsWith('row '))) };
}

/**
 * Imports a measurements CSV; when any row is wrong nothing is imported and each wrong row is listed with why.
 * The request is the file's text (the route's schema checks it is chosen and its size before sending).
 */
export function CsvImport({ assessmentId }: { assessmentId: string }) {
  const t = useTranslations('monitoring');
  const router = useRouter();
  const [message, setMessage] = useState('');
  const [rows, setRows] = useState<[string, string[]][]>([]);
  const { form, formProps, formError, pending } = useSchemaForm({
    schema: () => import('@/lib/contracts/monitoring').then((m) => m.ZCsvImportSchema),
    defaultValues: { file: null },
    // Absent when no file is chosen: the schema says so on the file's field.
    toRequest: async ({ file }: { file: FileList | null }) => ({ csv: (await file?.[0]?.text()) as string }),
    fieldOf: (path) => (path === 'csv' ? 'file' : path),
    send: async (request) => {
      setMessage(t('importing'));
      setRows([]);
      const res = await sendJson<TCsvImportResponse>(
        `/api/assessments/${assessmentId}/monitoring/measurements/import`,
        'POST',
        request,
      );
      setMessage('');
      if (res.ok) return res;
      // The wrong rows are listed below the refusal, each with its number; the rest goes as usual.
      const { rows: wrong, rest } = splitRows(res.fieldErrors);
      setRows(wrong);
      return { ...res, fieldErrors: rest };
    },
    onSuccess: (data) => {
      setMessage(t('imported', { n: data.imported }));
      form.reset();
      router.refresh();
    },
  });
  const error = rows.length > 0 ? t('importErrors') : formError;
  // Another file: what the last one came to no longer applies.
  const clearOutcome = () => {
    setMessage('');
    setRows([]);
  };

  return (
    <form {...formProps} className="space-y-2">
      <p className="text-sm text-slate-700">{t('importHint')}</p>
      <FormField form={form} name="file" id="csv-file" label={t('fieldFile')} options={{ onChange: clearOutcome }}>
        {(control) => <input {...control} type="file" accept=".csv,text/csv" className={inputClass} />}
      </FormField>
      <Button type="submit" disabled={pending}>
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
