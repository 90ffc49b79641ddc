import { getTranslations } from 'next-intl/server';
import { daysBetween } from '@/lib/domain/monitoring/red-flags';
import type { TActivityStatus } from '@/lib/domain/monitoring/monitoring-types';
import { getFormat } from '@/lib/i18n/server';
import { STATUS_FILL, statusLabel } from './labels';

type TRow = {
  id: string;
  number: string;
  title: string;
  startDate: string | null;
  dueDate: string | null;
  status: TActivityStatus;
  dependsOn: string[];
  flagged: boolean;
};

const W = 760;
const LABEL = 70;
const ROW = 26;
// The first and last dates sit on the top line, "Today" on a line of its own below them: today is
// often the first or the last date of the chart, and on one line the labels overlapped.
const DATES_Y = 14;
const TODAY_Y = 32;
const TOP = 40;

/**
 * The monitoring work plan as a hand-drawn Gantt chart: a bar per activity from start to due date,
 * a line per dependency, and today as a dashed line. The tracking table beside it carries the same
 * dates and statuses in text, so the chart is an image with a summary for screen readers.
 */
export async function TimelineChart({ rows, today }: { rows: TRow[]; today: string }) {
  const t = await getTranslations('monitoring');
  const f = await getFormat();
  const dated = rows.filter((r) => r.startDate || r.dueDate);
  if (dated.length === 0) return <p className="text-sm text-slate-700">{t('timelineNone')}</p>;
  const dates = [...dated.flatMap((r) => [r.startDate, r.dueDate]).filter((d): d is string => !!d), today].sort();
  const min = dates[0]!;
  const span = Math.max(1, daysBetween(min, dates.at(-1)!));
  const x = (d: string) => LABEL + ((W - LABEL - 10) * daysBetween(min, d)) / span;
  const y = (i: number) => TOP + i * ROW;
  const index = new Map(rows.map((r, i) => [r.id, i]));
  const height = TOP + rows.length * ROW + 8;
  const todayRight = x(today) > (LABEL + W) / 2;
  return (
    <figure className="overflow-x-auto">
      <svg viewBox={`0 0 ${W} ${height}`} className="min-w-[640px]" role="img" aria-labelledby="timeline-title">
        <title id="timeline-title">{`${t('timelineTitle')}: ${f.day(min)} – ${f.day(dates.at(-1)!)}`}</title>
        <text x={LABEL} y={DATES_Y} fontSize="11" fill="#334155" data-testid="timeline-date">
          {f.day(min)}
        </text>
        <text x={W - 10} y={DATES_Y} fontSize="11" fill="#334155" textAnchor="end" data-testid="timeline-date">
          {f.day(dates.at(-1)!)}
        </text>
        {rows.map((r, i) => {
          const start = r.startDate ?? r.dueDate;
          const end = r.dueDate ?? r.startDate;
          return (
            <g key={r.id}>
              <text x={4} y={y(i) + 16} fontSize="12" fill="#0f172a">
                {r.flagged ? `⚑ ${r.number}` : r.number}
              </text>
              {start && end && (
                <rect
                  x={x(start)}
                  y={y(i) + 5}
                  width={Math.max(4, x(end) - x(start))}
                  height={14}
                  rx={3}
                  fill={STATUS_FILL[r.status]}
                  stroke="#0f172a"
                  strokeWidth={r.flagged ? 2 : 0.5}
                >
                  <title>{`${r.number} ${r.title}: ${statusLabel(t, r.status)}, ${r.startDate ? f.day(r.startDate) : '—'} – ${r.dueDate ? f.day(r.dueDate) : '—'}`}</title>
                </rect>
              )}
              {r.dependsOn.map((dep) => {
                const j = index.get(dep);
                const other = j === undefined ? undefined : rows[j];
                const from = other?.dueDate ?? other?.startDate;
                if (j === undefined || !from || !start) return null;
                return (
                  <path
                    key={dep}
                    d={`M${x(from)} ${y(j) + 12} L${x(from) + 4} ${y(j) + 12} L${x(from) + 4} ${y(i) + 12} L${x(start)} ${y(i) + 12}`}
                    fill="none"
                    stroke="#475569"
                    strokeWidth={1}
                    markerEnd="url(#arrow)"
                  />
                );
              })}
            </g>
          );
        })}
        <defs>
          <marker id="arrow" viewBox="0 0 6 6" refX="5" refY="3" markerWidth="6" markerHeight="6" orient="auto">
            <path d="M0 0 L6 3 L0 6 z" fill="#475569" />
          </marker>
        </defs>
        <line
          x1={x(today)}
          x2={x(today)}
          y1={DATES_Y + 4}
          y2={height - 4}
          stroke="#7c2d12"
          strokeWidth={1.5}
          strokeDasharray="4 3"
        />
        {/* Beside the line, on the side with room, so that it never runs off the chart. */}
        <text
          x={todayRight ? x(today) - 4 : x(today) + 4}
          y={TODAY_Y}
          fontSize="11"
          fill="#7c2d12"
          textAnchor={todayRight ? 'end' : 'start'}
          data-testid="timeline-today"
        >
          {t('timelineToday')}
        </text>
      </svg>
      <figcaption className="mt-1 text-xs text-slate-600">{t('timelineCaption')}</figcaption>
    </figure>
  );
}
