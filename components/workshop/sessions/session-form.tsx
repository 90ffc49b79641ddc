'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { MeetingUrlField } from '@/components/workshop/meetings/meeting-url-field';
import { type FormEvent, useState } from 'react';
import type { TAgendaItem } from '@/lib/domain/workshop/sessions';
import { utcToZonedInputs, zonedTimeToUtc } from '@/lib/domain/time/time-zones';
import { sendJson } from '../../ui/api-client';
import { Button } from '../../ui/button';
import { Field, inputClass } from '../../ui/field';
import { FormError } from '../../ui/form-error';
import { AgendaEditor, emptyAgendaItem } from './agenda-editor';
import { TimeStrip } from './time-strip';
import type { TAgendaDraft, TEditableSession, TScheduleContext } from './types';

type TProps = { context: TScheduleContext; existing?: TEditableSession; onDone?: () => void };

const DEFAULT_DURATION = '90';

function draftsOf(agenda: TAgendaItem[], zone: string): TAgendaDraft[] {
  return agenda.map((item) => ({
    ...emptyAgendaItem(),
    title: item.title,
    activityCode: item.activityCode ?? '',
    areaId: item.areaId ?? '',
    kind: item.kind ?? '',
    time: item.startsAt ? utcToZonedInputs(item.startsAt, zone).time : '',
    duration: item.durationMinutes === undefined ? '' : String(item.durationMinutes),
    ownerId: item.ownerId ?? '',
    timerMinutes: item.timerMinutes === undefined ? '' : String(item.timerMinutes),
    groupId: item.groupId ?? '',
    page: item.page ?? '',
  }));
}

// An empty input is "none"; anything else goes as typed, so the server names a bad one.
const numberOrNull = (v: string) => (v.trim() === '' ? null : Number(v));

/** An agenda row as the API takes it; an item's time is on the session's date, in the form's zone. */
function itemOf(a: TAgendaDraft, date: string, zone: string) {
  return {
    title: a.title,
    activityCode: a.activityCode || null,
    areaId: a.areaId || null,
    kind: a.kind || null,
    startsAt: a.time ? (zonedTimeToUtc(date, a.time, zone) ?? '') : null,
    durationMinutes: numberOrNull(a.duration),
    ownerId: a.ownerId || null,
    timerMinutes: a.kind === 'breakout' ? numberOrNull(a.timerMinutes) : null,
    groupId: a.kind === 'report-back' ? a.groupId || null : null,
    page: a.kind === 'plenary' ? a.page.trim() || null : null,
  };
}

/**
 * Schedules a session or changes one. The facilitator enters the date and time in their own
 * zone; the form sends the UTC instant and shows, live, how the slot falls for every member.
 */
export function SessionForm({ context, existing, onDone }: TProps) {
  const t = useTranslations('workshop');
  const router = useRouter();
  const { assessmentId, zone } = context;
  const prefix = existing ? `edit-${existing.id}` : 'new-session';
  const initialWhen = existing ? utcToZonedInputs(existing.startsAt, zone) : { date: '', time: '' };
  const [title, setTitle] = useState(existing?.title ?? '');
  const [date, setDate] = useState(initialWhen.date);
  const [time, setTime] = useState(initialWhen.time);
  const [duration, setDuration] = useState(existing ? String(existing.durationMinutes) : DEFAULT_DURATION);
  const [agenda, setAgenda] = useState<TAgendaDraft[]>(() => (existing ? draftsOf(existing.agenda, zone) : []));
  const [meetingUrl, setMeetingUrl] = useState(existing?.meetingUrl ?? '');
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const startsAt = zonedTimeToUtc(date, time, zone);
  const durationMinutes = duration.trim() === '' ? Number.NaN : Number(duration);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    const body = {
      title,
      startsAt: startsAt ?? '',
      // null rather than NaN, which JSON would turn into null anyway, so the server names the field.
      durationMinutes: Number.isFinite(durationMinutes) ? durationMinutes : null,
      agenda: agenda.map((a) => itemOf(a, date, zone)),
      // Empty removes the link.
      meetingUrl: meetingUrl.trim() || null,
    };
    const url = `/api/assessments/${assessmentId}/sessions${existing ? `/${existing.id}` : ''}`;
    const res = await sendJson(url, existing ? 'PATCH' : 'POST', body);
    setPending(false);
    if (!res.ok) {
      setError(res.error);
      setFieldErrors(res.fieldErrors);
      setDone(null);
      return;
    }
    setError(null);
    setFieldErrors({});
    if (existing) {
      onDone?.();
    } else {
      setDone(t('scheduled', { title: title.trim() }));
      setTitle('');
      setDate('');
      setTime('');
      setDuration(DEFAULT_DURATION);
      setAgenda([]);
      setMeetingUrl('');
    }
    router.refresh();
  }

  const err = (k: string) => fieldErrors[k];
  const describedBy = (k: string, id: string) => (err(k) ? `${id}-error` : undefined);
  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      className="grid gap-4"
      noValidate
      aria-label={existing ? t('changeSession', { title: existing.title }) : t('scheduleHeading')}
    >
      <FormError message={error} />
      {done && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm">
          {done}
        </p>
      )}
      <Field id={`${prefix}-title`} label={t('title')} errors={err('title')}>
        <input
          id={`${prefix}-title`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          className={inputClass}
          aria-invalid={Boolean(err('title'))}
          aria-describedby={describedBy('title', `${prefix}-title`)}
        />
      </Field>
      <div className="grid gap-4 md:grid-cols-3">
        <Field id={`${prefix}-date`} label={t('dateIn', { zone })} errors={err('startsAt')}>
          <input
            id={`${prefix}-date`}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            className={inputClass}
            aria-invalid={Boolean(err('startsAt'))}
            aria-describedby={describedBy('startsAt', `${prefix}-date`)}
          />
        </Field>
        <Field id={`${prefix}-time`} label={t('startIn', { zone })}>
          <input
            id={`${prefix}-time`}
            type="time"
            value={time}
            onChange={(e) => setTime(e.target.value)}
            className={inputClass}
            aria-invalid={Boolean(err('startsAt'))}
            aria-describedby={describedBy('startsAt', `${prefix}-date`)}
          />
        </Field>
        <Field id={`${prefix}-duration`} label={t('duration')} errors={err('durationMinutes')} hint={t('durationHint')}>
          <input
            id={`${prefix}-duration`}
            type="number"
            inputMode="numeric"
            min={15}
            max={600}
            step={15}
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
            className={inputClass}
            aria-invalid={Boolean(err('durationMinutes'))}
            aria-describedby={[`${prefix}-duration-hint`, describedBy('durationMinutes', `${prefix}-duration`)]
              .filter(Boolean)
              .join(' ')}
          />
        </Field>
      </div>
      <TimeStrip
        idPrefix={prefix}
        startsAt={startsAt}
        durationMinutes={durationMinutes}
        date={date}
        zone={zone}
        members={context.members}
        onPickTime={setTime}
      />
      <MeetingUrlField
        id={`${prefix}-meeting`}
        value={meetingUrl}
        onChange={setMeetingUrl}
        errors={err('meetingUrl')}
      />
      <AgendaEditor
        idPrefix={prefix}
        items={agenda}
        onChange={setAgenda}
        activities={context.activities}
        areas={context.areas}
        owners={context.owners}
        groups={context.groups}
        fieldErrors={fieldErrors}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t('saving') : existing ? t('saveChanges') : t('scheduleSession')}
        </Button>
        {existing && onDone && (
          <Button variant="secondary" onClick={onDone}>
            {t('cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
