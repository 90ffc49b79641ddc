'use client';

import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { PRIORITY_LEVELS, type TPriorityLevel } from '@/lib/domain/priorities/priority-levels';
import type { TPrioritisedActivity } from '@/lib/contracts/priorities';

/**
 * A 3x3 matrix of impact (rows, high first) against ease of implementation (columns), activities
 * placed by their medians.
 */
export function ImpactEaseMatrix({ activities }: { activities: TPrioritisedActivity[] }) {
  const t = useTranslations('prioritisation');
  const placed = activities.filter((a) => a.ratings.impact?.median && a.ratings.ease?.median);
  const unplaced = activities.length - placed.length;
  // High impact and easy: the quick wins the group usually takes first.
  const quickWin = (impact: TPriorityLevel, ease: TPriorityLevel) => impact === 'high' && ease === 'high';
  return (
    <div className="grid gap-1">
      <DataTable
        caption={t('matrixCaption')}
        variant="grid"
        rows={[...PRIORITY_LEVELS].reverse()}
        rowKey={(impact) => impact}
        columns={[
          {
            key: 'impact',
            header: t('matrixRows'),
            hideHeader: true,
            rowHeader: true,
            cell: (impact) => t('impactLevel', { level: t(`rating.${impact}`) }),
          },
          ...PRIORITY_LEVELS.map((ease) => ({
            key: ease,
            header: t('easeLevel', { level: t(`rating.${ease}`) }),
            className: (impact: TPriorityLevel) => `h-20 min-w-32 ${quickWin(impact, ease) ? 'bg-emerald-50' : ''}`,
            cell: (impact: TPriorityLevel) => (
              <>
                {quickWin(impact, ease) && (
                  <span className="block text-xs font-semibold text-emerald-900">{t('quickWins')}</span>
                )}
                <ul className="list-inside list-disc">
                  {placed
                    .filter((a) => a.ratings.impact!.median === impact && a.ratings.ease!.median === ease)
                    .map((a) => (
                      <li key={a.id}>{a.title}</li>
                    ))}
                </ul>
              </>
            ),
          })),
        ]}
      />
      {unplaced > 0 && <p className="text-xs text-slate-600">{t('unplaced', { n: unplaced })}</p>}
    </div>
  );
}
