import { getTranslations } from 'next-intl/server';
import type { TAnswerStatus } from '@/lib/collab/layout';
import type { TAreaComparison } from '@/lib/domain/monitoring/round-comparison';
import { answerStatusLabel } from './labels';

const ORDER: (TAnswerStatus | 'unset')[] = [
  'in-place',
  'needs-improvement',
  'action-required',
  'not-applicable',
  'unset',
];
// Fills differ in lightness as well as hue, and each segment carries its count as text.
const FILL: Record<TAnswerStatus | 'unset', string> = {
  'in-place': '#166534',
  'needs-improvement': '#ca8a04',
  'action-required': '#b91c1c',
  'not-applicable': '#64748b',
  unset: '#e2e8f0',
};

/**
 * Stacked bars of evaluations per area, previous round above current; the table beside it has the changes in numbers.
 */
export async function AreaComparisonChart({ areas }: { areas: (TAreaComparison & { title: string })[] }) {
  const t = await getTranslations('monitoring');
  const W = 640;
  const BAR = 16;
  const ROW = 54;
  const LABEL = 200;
  const bar = (counts: TAreaComparison['previousCounts'], total: number, y: number) => {
    let x = LABEL;
    return ORDER.map((s) => {
      const w = total ? ((W - LABEL - 10) * counts[s]) / total : 0;
      const rect = w > 0 && (
        <g key={s}>
          <rect x={x} y={y} width={w} height={BAR} fill={FILL[s]} stroke="#fff">
            <title>{`${answerStatusLabel(t, s === 'unset' ? null : s)}: ${counts[s]}`}</title>
          </rect>
          {w > 14 && (
            <text x={x + w / 2} y={y + 12} fontSize="10" textAnchor="middle" fill={s === 'unset' ? '#0f172a' : '#fff'}>
              {counts[s]}
            </text>
          )}
        </g>
      );
      x += w;
      return rect;
    });
  };
  return (
    <figure>
      <svg
        viewBox={`0 0 ${W} ${areas.length * ROW + 10}`}
        className="w-full max-w-3xl"
        role="img"
        aria-label={t('areaChart')}
      >
        {areas.map((a, i) => (
          <g key={a.areaId}>
            <text x={0} y={i * ROW + 14} fontSize="11" fill="#0f172a">
              {a.title.slice(0, 34)}
            </text>
            <text x={LABEL - 4} y={i * ROW + 14} fontSize="10" textAnchor="end" fill="#334155">
              {t('colPrevious')}
            </text>
            {bar(a.previousCounts, a.questions, i * ROW + 2)}
            <text x={LABEL - 4} y={i * ROW + 34} fontSize="10" textAnchor="end" fill="#334155">
              {t('colCurrent')}
            </text>
            {bar(a.currentCounts, a.questions, i * ROW + 22)}
          </g>
        ))}
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 text-xs text-slate-700">
        {ORDER.map((s) => (
          <span key={s}>
            <svg width="10" height="10" aria-hidden="true">
              <rect width="10" height="10" fill={FILL[s]} stroke="#475569" />
            </svg>{' '}
            {answerStatusLabel(t, s === 'unset' ? null : s)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
