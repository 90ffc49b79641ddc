'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';

type TBar = { label: string; value: number };

/**
 * A horizontal bar chart drawn by hand in SVG. The SVG is hidden from screen readers, which get
 * the same numbers as a table instead (the chart's text alternative). That table is read only by
 * screen readers, so it is not a `DataTable`: it never shows, sorts or scrolls.
 */
export function BarChart({
  caption,
  bars,
  total,
  valueLabel,
}: {
  caption: string;
  bars: TBar[];
  total: number;
  valueLabel: (b: TBar) => string;
}) {
  const t = useTranslations('surveys');
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 22;
  const labelWidth = 220;
  const width = 560;
  const barSpace = width - labelWidth - 80;
  return (
    <figure className="my-2" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`} className="text-sm font-medium">
        {caption}
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${bars.length * row + 4}`}
        className="w-full max-w-xl"
        aria-hidden="true"
        focusable="false"
      >
        {bars.map((b, i) => (
          <g key={`${b.label}-${i}`} transform={`translate(0 ${i * row + 2})`}>
            <text x={labelWidth - 6} y={row / 2 + 4} textAnchor="end" fontSize="11" fill="#334155">
              {b.label.length > 36 ? `${b.label.slice(0, 35)}…` : b.label}
            </text>
            <rect x={labelWidth} y={3} height={row - 6} width={(b.value / max) * barSpace} fill="#1d4ed8" rx="2" />
            <text x={labelWidth + (b.value / max) * barSpace + 4} y={row / 2 + 4} fontSize="11" fill="#0f172a">
              {valueLabel(b)}
            </text>
          </g>
        ))}
      </svg>
      <table className="sr-only">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chartChoice')}</th>
            <th scope="col">{t('chartCount')}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b, i) => (
            <tr key={`${b.label}-${i}`}>
              <th scope="row">{b.label}</th>
              <td>{valueLabel(b)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('chartTotal')}</th>
            <td>{total}</td>
          </tr>
        </tbody>
      </table>
    </figure>
  );
}
