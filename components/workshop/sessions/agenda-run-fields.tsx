'use client';

import { useTranslations } from 'next-intl';
import { Field, inputClass } from '../../ui/field';
import type { TAgendaDraft, TNamedOption } from './types';

type TProps = {
  id: string;
  /** The control name of a field of the request's agenda item (`agenda.0.startsAt`). */
  name: (requestField: string) => string;
  item: TAgendaDraft;
  update: (patch: Partial<TAgendaDraft>) => void;
  owners: TNamedOption[];
  groups: TNamedOption[];
  err: (field: string) => string[] | undefined;
};

/**
 * An agenda item's place in the run of show: what starting it does (with what that needs: a
 * breakout's timer, the group reporting back, a plenary's page), when it starts, how long it
 * lasts, and who leads it.
 */
export function AgendaRunFields({ id, name, item, update, owners, groups, err }: TProps) {
  const t = useTranslations('workshop');
  const input = (field: keyof TAgendaDraft, label: string, type: 'text' | 'number' | 'time') => {
    const requestField = field === 'time' ? 'startsAt' : field === 'duration' ? 'durationMinutes' : field;
    return (
      <Field id={`${id}-${field}`} label={label} errors={err(requestField)}>
        <input
          id={`${id}-${field}`}
          name={name(requestField)}
          type={type}
          min={type === 'number' ? 1 : undefined}
          value={item[field]}
          onChange={(e) => update({ [field]: e.target.value })}
          className={inputClass}
        />
      </Field>
    );
  };
  return (
    <div className="grid gap-2 md:col-span-4 md:grid-cols-4 md:items-end">
      <Field id={`${id}-kind`} label={t('runKind')} errors={err('kind')}>
        <select
          id={`${id}-kind`}
          name={name('kind')}
          value={item.kind}
          onChange={(e) => update({ kind: e.target.value })}
          className={inputClass}
        >
          <option value="">{t('runKindNone')}</option>
          <option value="plenary">{t('runKindPlenary')}</option>
          <option value="breakout">{t('runKindBreakout')}</option>
          <option value="report-back">{t('runKindReportBack')}</option>
          <option value="rating">{t('runKindRating')}</option>
          <option value="break">{t('runKindBreak')}</option>
        </select>
      </Field>
      {input('time', t('runStart'), 'time')}
      {input('duration', t('runDuration'), 'number')}
      <Field id={`${id}-ownerId`} label={t('runOwner')} errors={err('ownerId')}>
        <select
          id={`${id}-ownerId`}
          name={name('ownerId')}
          value={item.ownerId}
          onChange={(e) => update({ ownerId: e.target.value })}
          className={inputClass}
        >
          <option value="">{t('noneOption')}</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </Field>
      {item.kind === 'breakout' && input('timerMinutes', t('runTimer'), 'number')}
      {item.kind === 'report-back' && (
        <Field id={`${id}-groupId`} label={t('runGroup')} errors={err('groupId')}>
          <select
            id={`${id}-groupId`}
            name={name('groupId')}
            value={item.groupId}
            onChange={(e) => update({ groupId: e.target.value })}
            className={inputClass}
          >
            <option value="">{t('runAllGroups')}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {item.kind === 'plenary' && input('page', t('runPage'), 'text')}
    </div>
  );
}
