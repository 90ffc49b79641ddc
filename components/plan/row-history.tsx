'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { VersionHistory } from '@/components/history/version-history';
import { usePlanContext } from './plan-context';

type TRowHistoryProps = {
  rowId: string;
  /** e.g. "activity 1.2.1". */
  name: string;
  /** The row's text fields, in the order shown; the first is its title. */
  fields: readonly string[];
  /** The title field's label, as the row shows it ("Text of outcome 1", "Title of activity 1.1.1"). */
  titleLabel: string;
};

// The labels of an activity's other text fields, as the row shows them.
const FIELD_LABEL = {
  responsible: 'responsibleOf',
  target: 'targetOf',
  strategicLink: 'strategicLinkOf',
  resources: 'resourcesOf',
} as const;

/** A row's history behind a disclosure button: pick a text field, see its versions, restore one. */
export function RowHistory({ rowId, name, fields, titleLabel }: TRowHistoryProps) {
  const t = useTranslations('plan');
  const th = useTranslations('history');
  const { assessmentId } = usePlanContext();
  const [open, setOpen] = useState(false);
  const [field, setField] = useState(fields[0]!);
  const panelId = useId();
  const fieldLabel = (f: string): string =>
    f in FIELD_LABEL ? t(FIELD_LABEL[f as keyof typeof FIELD_LABEL], { name }) : titleLabel;
  return (
    <div className="text-xs">
      <button
        type="button"
        className="rounded border border-slate-300 bg-white px-2 py-1 font-medium hover:bg-slate-100 aria-expanded:border-brand-600 aria-expanded:bg-brand-50"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {th('history')}
      </button>
      {open && (
        <div id={panelId} className="mt-2 grid gap-2 rounded border border-slate-200 bg-slate-50 p-2">
          {fields.length > 1 && (
            <label className="grid gap-1 font-medium text-slate-700">
              {th('field')}
              <select
                className="rounded border border-slate-300 bg-white px-2 py-1"
                value={field}
                onChange={(e) => setField(e.target.value)}
              >
                {fields.map((f) => (
                  <option key={f} value={f}>
                    {fieldLabel(f)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <VersionHistory
            key={field}
            base={`/api/assessments/${assessmentId}/plan/rows/${rowId}/fields/${field}/history`}
            label={th('historyOfField', { field: fieldLabel(field) })}
          />
        </div>
      )}
    </div>
  );
}
