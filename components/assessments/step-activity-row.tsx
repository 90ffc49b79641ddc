'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { lazyComponent } from '@/components/ui/lazy-component';
import { useFormat } from '@/lib/i18n/client';
import { activityStatusLabel } from '@/lib/i18n/domain-labels';
import { Button } from '../ui/button';

export type TStepActivityView = {
  code: string;
  title: string;
  responsible: string;
  /** False where Annex 4 marks the activity N/A in the assessment's mode: shown so, never as open work. */
  applies: boolean;
  status: 'to-do' | 'in-progress' | 'done' | 'not-applicable';
  dueDate: string | null;
  ownerId: string | null;
  notes: string;
};

// The badge's symbol repeats its word, so the state is never told by colour alone.
const STATUS_ICONS: Record<TStepActivityView['status'], string> = {
  'to-do': '○',
  'in-progress': '◐',
  done: '✓',
  'not-applicable': '–',
};

const STATUS_STYLES: Record<TStepActivityView['status'], string> = {
  'to-do': 'bg-slate-100 text-slate-800',
  'in-progress': 'bg-amber-100 text-amber-900',
  done: 'bg-emerald-100 text-emerald-900',
  'not-applicable': 'bg-slate-200 text-slate-700 line-through',
};

// Only facilitators edit: the form's code is fetched when one opens it.
const StepActivityEditor = lazyComponent(() => import('./step-activity-editor').then((m) => m.StepActivityEditor));

type TProps = {
  assessmentId: string;
  /** The assessment's mode, named where an activity does not apply in it. */
  mode: number;
  activity: TStepActivityView;
  /** The members who may own the activity: those holding a role responsible for it in this mode. */
  members: { id: string; name: string }[];
  editable: boolean;
};

/** One Annex 4 activity: who is responsible in this mode, and its tracking, editable by facilitators. */
export function StepActivityRow({ assessmentId, mode, activity, members, editable }: TProps) {
  const t = useTranslations('assessments');
  const tm = useTranslations('modes');
  const tc = useTranslations('common');
  const td = useTranslations('domain');
  const f = useFormat();
  const [state, setState] = useState(activity);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const owner = members.find((m) => m.id === state.ownerId)?.name;

  const id = `activity-${activity.code.replace('.', '-')}`;
  if (!activity.applies)
    return (
      <li className="rounded-md border border-dashed border-slate-300 bg-slate-50 p-3" aria-labelledby={`${id}-title`}>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <p id={`${id}-title`} className="font-medium text-slate-700">
            {activity.code} {activity.title}
          </p>
          <span className="rounded bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-700">
            <span aria-hidden="true">{STATUS_ICONS['not-applicable']} </span>
            {tm('notApplicable')}
          </span>
        </div>
        <p className="text-xs text-slate-600">{tm('notApplicableLine', { mode })}</p>
      </li>
    );
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3" aria-labelledby={`${id}-title`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p id={`${id}-title`} className="font-medium">
          {activity.code} {activity.title}
        </p>
        <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLES[state.status]}`}>
          <span className="sr-only">{t('statusOf', { status: activityStatusLabel(td, state.status) })}</span>
          <span aria-hidden="true">
            {STATUS_ICONS[state.status]} {activityStatusLabel(td, state.status)}
          </span>
        </span>
      </div>
      <p className="text-xs text-slate-600">
        {t('responsible', { who: activity.responsible })}
        {state.dueDate && ` · ${t('due', { date: f.day(state.dueDate) })}`}
        {owner && ` · ${t('owner', { name: owner })}`}
      </p>
      {state.notes && !editing && <p className="mt-1 whitespace-pre-wrap text-sm">{state.notes}</p>}
      {saved && !editing && (
        <p role="status" className="sr-only">
          {tc('saved')}
        </p>
      )}
      {editable && !editing && (
        <Button
          variant="secondary"
          className="mt-2 !px-2 !py-1 text-xs"
          onClick={() => setEditing(true)}
          aria-label={t('editActivity', { code: activity.code })}
        >
          {tc('edit')}
        </Button>
      )}
      {editing && (
        <StepActivityEditor
          assessmentId={assessmentId}
          activity={state}
          members={members}
          onSaved={(saved) => {
            setState(saved);
            setEditing(false);
            setSaved(true);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </li>
  );
}
