'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { inputClass } from '@/components/ui/field';
import { setPlanField, setPlanKpi } from '@/lib/collab/plan-layout';
import type { TPlanActivity } from '@/lib/domain/plan/plan-tree';
import { usePlanContext } from './plan-context';

// The controls of an activity's non-text values, written to the live document. The form view
// wraps each in a visible label; the Table view names each by its own `label` (the column and the
// activity's number), as a cell has no room for one.

type TControlProps = { activity: TPlanActivity; label?: string };

/** The member formally assigned to the activity (step 6). */
export function OwnerSelect({ activity: a, label }: TControlProps) {
  const t = useTranslations('plan');
  const { doc, editable, members } = usePlanContext();
  return (
    <select
      aria-label={label}
      className={inputClass}
      disabled={!editable}
      value={a.ownerId ?? ''}
      onChange={(e) => setPlanField(doc, a.id, 'ownerId', e.target.value || null)}
    >
      <option value="">{t('notAssigned')}</option>
      {members.map((m) => (
        <option key={m.id} value={m.id}>
          {m.name}
        </option>
      ))}
    </select>
  );
}

/** The budget or the staff of the activity: a number, or empty for unset. */
export function AmountInput({ activity: a, label, field }: TControlProps & { field: 'budget' | 'staff' }) {
  const { doc, editable } = usePlanContext();
  return (
    <input
      type="number"
      min={0}
      step="any"
      aria-label={label}
      className={inputClass}
      readOnly={!editable}
      value={a[field] ?? ''}
      onChange={(e) =>
        setPlanField(doc, a.id, field, e.target.value === '' ? null : Math.max(0, Number(e.target.value)))
      }
    />
  );
}

/** The start or due date of the activity. */
export function DateInput({ activity: a, label, field }: TControlProps & { field: 'start' | 'due' }) {
  const { doc, editable } = usePlanContext();
  return (
    <input
      type="date"
      aria-label={label}
      className={inputClass}
      readOnly={!editable}
      value={a[field] ?? ''}
      onChange={(e) => setPlanField(doc, a.id, field, e.target.value || null)}
    />
  );
}

/** The KPI sheets the activity uses, one checkbox each, or a link to write the first sheet. */
export function KpiChecks({ activity: a, label }: TControlProps) {
  const t = useTranslations('plan');
  const { assessmentId, doc, editable, kpis } = usePlanContext();
  return (
    <fieldset className="grid gap-1">
      <legend className={label ? 'sr-only' : 'text-xs font-medium text-slate-700'}>{label ?? t('kpis')}</legend>
      {kpis.length === 0 && (
        <p className="text-xs text-slate-600">
          {t.rich('noKpiSheetsWriteOne', {
            link: (chunks) => (
              <Link href={`/assessments/${assessmentId}/plan/kpis`} className="text-brand-700 hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      <div className="flex flex-wrap gap-x-3 gap-y-1">
        {kpis.map((k) => (
          <label key={k.id} className="flex items-center gap-1 text-sm">
            <input
              type="checkbox"
              disabled={!editable}
              checked={a.kpiIds.includes(k.id)}
              onChange={(e) => setPlanKpi(doc, a.id, k.id, e.target.checked)}
            />
            {k.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
