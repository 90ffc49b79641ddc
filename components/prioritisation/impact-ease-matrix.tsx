'use client';

import { PRIORITY_LEVELS } from '@/lib/domain/priorities/priority-levels';
import { useT } from '@/lib/i18n/client';
import { prioritisationMessages } from '@/lib/i18n/messages/prioritisation';
import type { TPrioritisedActivity } from '@/lib/contracts/priorities';

/**
 * A 3x3 matrix of impact (rows, high first) against ease of implementation (columns), activities
 * placed by their medians.
 */
export function ImpactEaseMatrix({ activities }: { activities: TPrioritisedActivity[] }) {
  const t = useT(prioritisationMessages);
  const placed = activities.filter((a) => a.ratings.impact?.median && a.ratings.ease?.median);
  const unplaced = activities.length - placed.length;
  return (
    <div className="grid gap-1 overflow-x-auto">
      <table className="border-collapse text-sm">
        <caption className="mb-1 text-left font-semibold">{t('matrixCaption')}</caption>
        <thead>
          <tr>
            <td />
            {PRIORITY_LEVELS.map((e) => (
              <th key={e} scope="col" className="p-2 font-medium">
                {t('easeLevel', { level: t(`rating.${e}`) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...PRIORITY_LEVELS].reverse().map((impact) => (
            <tr key={impact}>
              <th scope="row" className="p-2 text-left font-medium">
                {t('impactLevel', { level: t(`rating.${impact}`) })}
              </th>
              {PRIORITY_LEVELS.map((ease) => {
                const here = placed.filter(
                  (a) => a.ratings.impact!.median === impact && a.ratings.ease!.median === ease,
                );
                // High impact and easy: the quick wins the group usually takes first.
                const quickWin = impact === 'high' && ease === 'high';
                return (
                  <td
                    key={ease}
                    className={`h-20 min-w-32 border border-slate-400 p-2 align-top ${quickWin ? 'bg-emerald-50' : ''}`}
                  >
                    {quickWin && <span className="block text-xs font-semibold text-emerald-900">{t('quickWins')}</span>}
                    <ul className="list-inside list-disc">
                      {here.map((a) => (
                        <li key={a.id}>{a.title}</li>
                      ))}
                    </ul>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {unplaced > 0 && <p className="text-xs text-slate-600">{t('unplaced', { n: unplaced })}</p>}
    </div>
  );
}
