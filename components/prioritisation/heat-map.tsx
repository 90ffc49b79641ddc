import { RATING_LABELS, type TPriorityLevel } from '@/lib/domain/priority-levels';
import type { TPrioritisedActivity } from '@/lib/services/priorities.schema';

const SHADE: Record<TPriorityLevel, string> = { low: 'bg-sky-100', medium: 'bg-amber-100', high: 'bg-rose-200' };

/** Activities by criteria: each cell says its median and spread in words, colour only repeats it. */
export function HeatMap({ activities, criteria }: { activities: TPrioritisedActivity[]; criteria: { id: string; title: string }[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="border-collapse text-sm">
        <caption className="mb-1 text-left font-semibold">Heat map: median rating per criterion (low / medium / high counts)</caption>
        <thead>
          <tr>
            <th scope="col" className="p-2 text-left">
              Activity
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
                    <span className="font-medium">{r?.median ? RATING_LABELS[r.median] : '—'}</span>
                    {d && (
                      <span className="block text-xs text-slate-700">
                        {d.low}/{d.medium}/{d.high}
                        {d.skip > 0 && `, ${d.skip} skipped`}
                      </span>
                    )}
                    {r?.disagreement && <span className="block text-xs font-semibold text-red-800">⚠ spread low–high</span>}
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
