'use client';

import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { type TPriorityLevel, levelScore } from '@/lib/domain/priorities/priority-levels';
import type { TPrioritisedActivity } from '@/lib/contracts/priorities';
import type { TCriterionOption } from './criteria';

const SHADE: Record<TPriorityLevel, string> = { low: 'bg-sky-100', medium: 'bg-amber-100', high: 'bg-rose-200' };

/** Activities by criteria: each cell says its median and spread in words, colour only repeats it. */
export function HeatMap({
  activities,
  criteria,
}: {
  activities: TPrioritisedActivity[];
  criteria: TCriterionOption[];
}) {
  const t = useTranslations('prioritisation');
  return (
    <DataTable
      caption={t('heatMapCaption')}
      variant="grid"
      rows={activities}
      rowKey={(a) => a.id}
      columns={[
        {
          key: 'activity',
          header: t('activity'),
          rowHeader: true,
          // The ranking's order, which the table starts in.
          sortValue: (a) => activities.indexOf(a),
          className: 'max-w-xs',
          cell: (a) => a.title,
        },
        ...criteria.map((c) => ({
          key: c.id,
          header: c.added ? t('addedCriterionHeader', { title: c.title }) : c.title,
          sortValue: (a: TPrioritisedActivity) => {
            const median = a.ratings[c.id]?.median;
            return median ? levelScore(median) : null;
          },
          className: (a: TPrioritisedActivity) => {
            const median = a.ratings[c.id]?.median;
            return median ? SHADE[median] : '';
          },
          cell: (a: TPrioritisedActivity) => {
            const r = a.ratings[c.id];
            const d = r?.distribution;
            return (
              <>
                <span className="font-medium">{r?.median ? t(`rating.${r.median}`) : '—'}</span>
                {d && (
                  <span className="block text-xs text-slate-700">
                    {d.low}/{d.medium}/{d.high}
                    {d.skip > 0 && t('skipped', { n: d.skip })}
                  </span>
                )}
                {r?.disagreement && <span className="block text-xs font-semibold text-red-800">{t('spread')}</span>}
              </>
            );
          },
        })),
      ]}
    />
  );
}
