'use client';

import { useTranslations } from 'next-intl';
import { Button } from '../../ui/button';
import { Field, inputClass } from '../../ui/field';
import { AgendaRunFields } from './agenda-run-fields';
import type { TActivityOption, TAgendaDraft, TAreaOption, TNamedOption } from './types';

type TProps = {
  idPrefix: string;
  items: TAgendaDraft[];
  onChange: (items: TAgendaDraft[]) => void;
  activities: TActivityOption[];
  areas: TAreaOption[];
  owners: TNamedOption[];
  groups: TNamedOption[];
  fieldErrors: Record<string, string[]>;
};

/** Groups the Annex 4 activities by assessment step for the picker. */
function bySteps(activities: TActivityOption[]): { step: number; title: string; activities: TActivityOption[] }[] {
  const steps: { step: number; title: string; activities: TActivityOption[] }[] = [];
  for (const a of activities) {
    const last = steps.at(-1);
    if (last?.step === a.step) last.activities.push(a);
    else steps.push({ step: a.step, title: a.stepTitle, activities: [a] });
  }
  return steps;
}

let nextKey = 1;
/** A new, empty agenda row. */
export function emptyAgendaItem(): TAgendaDraft {
  return {
    key: nextKey++,
    title: '',
    activityCode: '',
    areaId: '',
    kind: '',
    time: '',
    duration: '',
    ownerId: '',
    timerMinutes: '',
    groupId: '',
    page: '',
  };
}

/** The agenda rows of the schedule form: a title, optionally an Annex 4 activity and an area each. */
export function AgendaEditor({ idPrefix, items, onChange, activities, areas, owners, groups, fieldErrors }: TProps) {
  const t = useTranslations('workshop');
  const steps = bySteps(activities);
  const update = (key: number, patch: Partial<TAgendaDraft>) =>
    onChange(items.map((it) => (it.key === key ? { ...it, ...patch } : it)));

  return (
    // Each control is named by the request's path (agenda.0.title), as the forms toolkit finds the
    // field of a message.
    <fieldset name="agenda" className="grid gap-3">
      <legend className="mb-1 text-sm font-medium text-slate-800">{t('agenda')}</legend>
      {fieldErrors.agenda && (
        <p role="alert" className="text-sm text-red-700">
          ⚠ {fieldErrors.agenda.join(' ')}
        </p>
      )}
      {items.length === 0 && <p className="text-sm text-slate-600">{t('noAgendaItems')}</p>}
      <ol className="grid gap-3">
        {items.map((item, i) => {
          const id = `${idPrefix}-agenda-${item.key}`;
          const err = (field: string) => fieldErrors[`agenda.${i}.${field}`];
          const described = (field: string) => (err(field) ? `${id}-${field}-error` : undefined);
          return (
            <li
              key={item.key}
              className="grid gap-2 rounded-md border border-slate-200 p-3 md:grid-cols-[2fr_2fr_2fr_auto] md:items-end"
            >
              <Field id={`${id}-title`} label={t('itemTitle', { n: i + 1 })} errors={err('title')}>
                <input
                  id={`${id}-title`}
                  name={`agenda.${i}.title`}
                  value={item.title}
                  onChange={(e) => update(item.key, { title: e.target.value })}
                  className={inputClass}
                  aria-invalid={Boolean(err('title'))}
                  aria-describedby={described('title')}
                />
              </Field>
              <Field id={`${id}-activityCode`} label={t('annexActivity')} errors={err('activityCode')}>
                <select
                  id={`${id}-activityCode`}
                  name={`agenda.${i}.activityCode`}
                  value={item.activityCode}
                  onChange={(e) => {
                    const chosen = activities.find((a) => a.code === e.target.value);
                    // An untitled item takes the activity's title, which is usually what the facilitator would type.
                    update(item.key, {
                      activityCode: e.target.value,
                      ...(item.title.trim() === '' && chosen ? { title: chosen.title } : {}),
                    });
                  }}
                  className={inputClass}
                  aria-invalid={Boolean(err('activityCode'))}
                  aria-describedby={described('activityCode')}
                >
                  <option value="">{t('noneOption')}</option>
                  {steps.map((s) => (
                    <optgroup key={s.step} label={t('stepGroup', { step: s.step, title: s.title })}>
                      {s.activities.map((a) => (
                        <option key={a.code} value={a.code}>
                          {a.code} {a.title}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </Field>
              <Field id={`${id}-areaId`} label={t('checklistArea')} errors={err('areaId')}>
                <select
                  id={`${id}-areaId`}
                  name={`agenda.${i}.areaId`}
                  value={item.areaId}
                  onChange={(e) => update(item.key, { areaId: e.target.value })}
                  className={inputClass}
                  aria-invalid={Boolean(err('areaId'))}
                  aria-describedby={described('areaId')}
                >
                  <option value="">{t('noneOption')}</option>
                  {areas.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.label}
                    </option>
                  ))}
                </select>
              </Field>
              <AgendaRunFields
                id={id}
                name={(field) => `agenda.${i}.${field}`}
                item={item}
                update={(patch) => update(item.key, patch)}
                owners={owners}
                groups={groups}
                err={err}
              />
              <Button variant="secondary" onClick={() => onChange(items.filter((it) => it.key !== item.key))}>
                {t('remove')}
                <span className="sr-only">{t('removeItem', { n: i + 1 })}</span>
              </Button>
            </li>
          );
        })}
      </ol>
      <div>
        <Button variant="secondary" onClick={() => onChange([...items, emptyAgendaItem()])}>
          {t('addAgendaItem')}
        </Button>
      </div>
    </fieldset>
  );
}
