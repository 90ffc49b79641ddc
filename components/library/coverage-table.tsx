'use client';

import type { TCoverageRow } from '@/lib/domain/library/library-coverage';
import { useT } from '@/lib/i18n/client';
import { libraryMessages } from '@/lib/i18n/messages/library';

/** Which kinds of the guide's list of background documents the library covers, and which are still missing. */
export function CoverageTable({ rows }: { rows: TCoverageRow[] }) {
  const t = useT(libraryMessages);
  const missing = rows.filter((r) => r.documents === 0).length;
  return (
    <section aria-labelledby="library-coverage">
      <h3 id="library-coverage" className="text-lg font-semibold">
        {t('coverage')}
      </h3>
      <p className="mb-2 text-sm text-slate-700">
        {missing === 0 ? t('coverageComplete') : t('coverageMissing', { n: missing })}
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-2">
              {t('kind')}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t('documentsCol')}
            </th>
            <th scope="col" className="py-1">
              {t('reviewedCol')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-1 pr-2 font-normal">
                {r.title}
              </th>
              <td className="py-1 pr-2 tabular-nums">
                {r.documents === 0 ? <span className="font-medium text-amber-800">{t('missing')}</span> : r.documents}
              </td>
              <td className="py-1 tabular-nums">{r.reviewed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
