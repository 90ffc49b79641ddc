'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { DataTable } from '@/components/ui/data-table';
import { inputClass } from '@/components/ui/field';
import {
  CHANGE_FILTERS,
  DEFAULT_CHANGE_FILTER,
  changeCounts,
  filterComparison,
  type TChangeFilter,
} from '@/lib/domain/monitoring/comparison-filter';
import type { TComparison } from '@/lib/contracts/monitoring';
import { answerStatusLabel, changeLabel, statusLabel } from './labels';

const CHANGE_MARK = { improved: '▲', worsened: '▼', changed: '◆', same: '' } as const;
// Sorting by the change puts what got worse first: what a review round looks for.
const CHANGE_ORDER = { worsened: 0, changed: 1, improved: 2, same: 3 } as const;

/**
 * The comparison by question, opening on the questions whose evaluation changed: a radio group by
 * kind of change and a choice of area, each option with how many questions it shows, and the
 * number shown announced as it changes.
 */
export function QuestionComparison({ comparison }: { comparison: TComparison }) {
  const t = useTranslations('monitoring');
  const td = useTranslations('domain');
  const id = useId();
  const [change, setChange] = useState<TChangeFilter>(DEFAULT_CHANGE_FILTER);
  const [areaId, setAreaId] = useState<string | null>(null);
  const all = comparison.questions;
  const counts = changeCounts(all, areaId);
  const rows = filterComparison(all, areaId, change);
  const areaTitle = new Map(comparison.areas.map((a) => [a.areaId, a.title]));

  return (
    <>
      <div className="mb-2 flex flex-wrap items-end gap-4">
        <fieldset>
          <legend className="text-sm font-semibold">{t('filter.change')}</legend>
          <div className="flex flex-wrap gap-3 text-sm">
            {CHANGE_FILTERS.map((f) => (
              <label key={f} className="flex items-center gap-1">
                <input
                  type="radio"
                  name={`${id}-change`}
                  value={f}
                  checked={change === f}
                  onChange={() => setChange(f)}
                />
                {t(`filter.option.${f}`, { n: counts[f] })}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="text-sm">
          <label htmlFor={`${id}-area`} className="block font-semibold">
            {t('filter.area')}
          </label>
          <select
            id={`${id}-area`}
            className={`${inputClass} max-w-xs`}
            value={areaId ?? ''}
            onChange={(e) => setAreaId(e.target.value || null)}
          >
            <option value="">{t('filter.allAreas', { n: filterComparison(all, null, change).length })}</option>
            {comparison.areas.map((a) => (
              <option key={a.areaId} value={a.areaId}>
                {t('filter.areaOption', { title: a.title, n: filterComparison(all, a.areaId, change).length })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" aria-live="polite" className="mb-2 text-sm" data-testid="comparison-shown">
        {rows.length === 0 ? t('filter.noneMatch') : t('filter.showing', { shown: rows.length, total: all.length })}
      </p>
      {rows.length > 0 && (
        <DataTable
          caption={t('byQuestion')}
          captionHidden
          testId="question-comparison"
          rows={rows}
          rowKey={(q) => q.key}
          rowTestId={(q) => `compare-${q.key}`}
          rowClassName={(q) => (q.evaluation !== 'same' || q.answerChanged ? 'bg-amber-50' : '')}
          columns={[
            {
              key: 'question',
              header: t('colQuestion'),
              rowHeader: true,
              // The guide's order, which the table starts in.
              sortValue: (q) => all.indexOf(q),
              cell: (q) => (
                <>
                  <span className="font-semibold">
                    {td('questionRef', { area: areaTitle.get(q.areaId) ?? q.areaId, number: q.number })}
                  </span>{' '}
                  {q.text}
                </>
              ),
            },
            { key: 'previous', header: t('colPrevious'), cell: (q) => answerStatusLabel(t, q.previous) },
            {
              key: 'current',
              header: t('colCurrent'),
              sortValue: (q) => CHANGE_ORDER[q.evaluation],
              cell: (q) => (
                <>
                  {answerStatusLabel(t, q.current)}
                  {q.evaluation !== 'same' && (
                    <span className="ml-1 font-semibold">
                      <span aria-hidden="true">{CHANGE_MARK[q.evaluation]} </span>({changeLabel(t, q.evaluation)})
                    </span>
                  )}
                </>
              ),
            },
            {
              key: 'answer',
              header: t('colAnswer'),
              sortValue: (q) => (q.answerChanged ? 0 : 1),
              cell: (q) => (q.answerChanged ? t('answerChanged') : t('answerSame')),
            },
            {
              key: 'targeting',
              header: t('colTargeting'),
              cell: (q) =>
                q.activities.length === 0
                  ? t('noTargeting')
                  : q.activities.map((a) => (
                      <p key={a.number}>
                        {a.number} {a.title} — {statusLabel(t, a.status)}, {a.percent}%
                      </p>
                    )),
            },
          ]}
        />
      )}
    </>
  );
}
