'use client';

import type { TPriorityLevel } from '@/lib/domain/priorities/priority-levels';
import { useT } from '@/lib/i18n/client';
import { prioritisationMessages } from '@/lib/i18n/messages/prioritisation';
import type { TPrioritisedActivity } from '@/lib/contracts/priorities';

const SHADE: Record<TPriorityLevel, string> = { low: 'bg-sky-100', medium: 'bg-amber-100', high: 'bg-rose-200' };

/** Activities by criteria: each cell says its median and spread in words, colour only repeats it. */
export function HeatMap({
  activities,
  criteria,
}: {
  activities: TPrioritisedActivity[];
  criteria: { id: string; title: string }[];
}) {
  const t = useT(prioritisationMessages);
  return (
    <div className="overflow-x-auto">
      <table className="border-collapse text-sm">
        <caption className="mb-1 text-left font-semibold">{t('heatMapCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="p-2 text-left">
              {t('activity')}
            </th>
            {criteria.map((c) => (
              <th key={c.id} scope="col" className="p-2 text-left font-medium">
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {activities.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="max-w-xs p-2 text-left font-medium">
                {a.title}
              </th>
              {criteria.map((c) => {
                const r = a.ratings[c.id];
                const d = r?.distribution;
                return (
                  <td key={c.id} className={`border border-slate-300 p-2 ${r?.median ? SHADE[r.median] : ''}`}>
                    <span className="font-medium">{r?.median ? t(`rating.${r.median}`) : '—'}</span>
                    {d && (
                      <span className="block text-xs text-slate-700">
                        {d.low}/{d.medium}/{d.high}
                        {d.skip > 0 && t('skipped', { n: d.skip })}
                      </span>
                    )}
                    {r?.disagreement && <span className="block text-xs font-semibold text-red-800">{t('spread')}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
