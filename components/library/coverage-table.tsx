'use client';

import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import type { TCoverageRow } from '@/lib/domain/library/library-coverage';

/** Which kinds of the guide's list of background documents the library covers, and which are still missing. */
export function CoverageTable({ rows }: { rows: TCoverageRow[] }) {
  const t = useTranslations('library');
  const missing = rows.filter((r) => r.documents === 0).length;
  return (
    <section aria-labelledby="library-coverage">
      <h3 id="library-coverage" className="text-lg font-semibold">
        {t('coverage')}
      </h3>
      <p className="mb-2 text-sm text-slate-700">
        {missing === 0 ? t('coverageComplete') : t('coverageMissing', { n: missing })}
      </p>
      <DataTable
        labelledBy="library-coverage"
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          {
            key: 'kind',
            header: t('kind'),
            rowHeader: true,
            // The guide's order of kinds, which the table starts in.
            sortValue: (r) => rows.indexOf(r),
            cell: (r) => r.title,
          },
          {
            key: 'documents',
            header: t('documentsCol'),
            numeric: true,
            sortValue: (r) => r.documents,
            cell: (r) =>
              r.documents === 0 ? <span className="font-medium text-amber-800">{t('missing')}</span> : r.documents,
          },
          {
            key: 'reviewed',
            header: t('reviewedCol'),
            numeric: true,
            sortValue: (r) => r.reviewed,
            cell: (r) => r.reviewed,
          },
        ]}
      />
    </section>
  );
}
