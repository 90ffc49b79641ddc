'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { MeetingUrlField } from '@/components/workshop/meetings/meeting-url-field';
import type { z } from 'zod';
import type { ZSessionInputSchema } from '@/lib/contracts/sessions';
import type { TAgendaItem } from '@/lib/domain/workshop/sessions';
import { utcToZonedInputs, zonedTimeToUtc } from '@/lib/domain/time/time-zones';
import { sendJson } from '../../ui/api-client';
import { Button } from '../../ui/button';
import { inputClass } from '../../ui/field';
import { FormError } from '../../ui/form-error';
import { FormField, controlAria, fieldMessage } from '../../ui/form-field';
import { flatErrors } from '../../ui/place-errors';
import { useSchemaForm } from '../../ui/use-schema-form';
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

type TSessionRequest = z.input<typeof ZSessionInputSchema>;
type TAgendaRequest = NonNullable<TSessionRequest['agenda']>[number];

/** An agenda row as the API takes it; an item's time is on the session's date, in the form's zone. */
function itemOf(a: TAgendaDraft, date: string, zone: string): TAgendaRequest {
  return {
    title: a.title,
    activityCode: a.activityCode || null,
    areaId: a.areaId || null,
    // The select offers only the schema's kinds, and the schema checks what comes anyway.
    kind: (a.kind || null) as TAgendaRequest['kind'],
    startsAt: a.time ? (zonedTimeToUtc(date, a.time, zone) ?? '') : null,
    durationMinutes: numberOrNull(a.duration),
    ownerId: a.ownerId || null,
    timerMinutes: a.kind === 'breakout' ? numberOrNull(a.timerMinutes) : null,
    groupId: a.kind === 'report-back' ? a.groupId || null : null,
    page: a.kind === 'plenary' ? a.page.trim() || null : null,
  };
}

/** The schedule form's values: what the facilitator types, in their zone. */
type TSessionValues = {
  title: string;
  date: string;
  time: string;
  duration: string;
  meetingUrl: string;
  agenda: TAgendaDraft[];
};

/** The request a form's values make: the date and time become the session's UTC instant. */
function requestOf(v: TSessionValues, zone: string): TSessionRequest {
  const duration = v.duration.trim() === '' ? Number.NaN : Number(v.duration);
  return {
    title: v.title,
    startsAt: zonedTimeToUtc(v.date, v.time, zone) ?? '',
    // null rather than NaN, which JSON would turn into null anyway, so the schema names the field.
    durationMinutes: (Number.isFinite(duration) ? duration : null) as number,
    agenda: v.agenda.map((a) => itemOf(a, v.date, zone)),
    // Empty removes the link.
    meetingUrl: v.meetingUrl.trim() || null,
  };
}

// The session's own fields the request names differently; agenda rows name their inputs by the
// request's paths (agenda-editor.tsx), so their messages need no moving.
const FIELD_OF: Record<string, keyof TSessionValues> = { startsAt: 'date', durationMinutes: 'duration' };
const fieldOf = (path: string) => FIELD_OF[path] ?? path;

/**
 * Schedules a session or changes one. The facilitator enters the date and time in their own
 * zone; the form checks and sends the UTC instant (the route's schema, through the forms
 * toolkit) and shows, live, how the slot falls for every member.
 */
export function SessionForm({ context, existing, onDone }: TProps) {
  const t = useTranslations('workshop');
  const router = useRouter();
  const { assessmentId, zone } = context;
  const prefix = existing ? `edit-${existing.id}` : 'new-session';
  const [done, setDone] = useState<string | null>(null);
  const initialWhen = existing ? utcToZonedInputs(existing.startsAt, zone) : { date: '', time: '' };
  const empty: TSessionValues = {
    title: '',
    date: '',
    time: '',
    duration: DEFAULT_DURATION,
    meetingUrl: '',
    agenda: [],
  };
  const { form, formProps, formError, pending } = useSchemaForm({
    schema: () => import('@/lib/contracts/sessions').then((m) => m.ZSessionInputSchema),
    defaultValues: existing
      ? {
          title: existing.title,
          ...initialWhen,
          duration: String(existing.durationMinutes),
          meetingUrl: existing.meetingUrl ?? '',
          agenda: draftsOf(existing.agenda, zone),
        }
      : empty,
    toRequest: (values: TSessionValues) => requestOf(values, zone),
    fieldOf,
    send: (request) => {
      setDone(null);
      return sendJson(
        `/api/assessments/${assessmentId}/sessions${existing ? `/${existing.id}` : ''}`,
        existing ? 'PATCH' : 'POST',
        request,
      );
    },
    onSuccess: (_data, values) => {
      if (existing) {
        onDone?.();
      } else {
        setDone(t('scheduled', { title: values.title.trim() }));
        form.reset(empty);
      }
      router.refresh();
    },
  });

  const [date, time, duration, meetingUrl, agenda] = form.watch(['date', 'time', 'duration', 'meetingUrl', 'agenda']);
  const startsAt = zonedTimeToUtc(date, time, zone);
  const durationMinutes = duration.trim() === '' ? Number.NaN : Number(duration);
  const dateMessage = fieldMessage(form, 'date');
  const meetingMessage = fieldMessage(form, 'meetingUrl');
  return (
    <form
      {...formProps}
      className="grid gap-4"
      aria-label={existing ? t('changeSession', { title: existing.title }) : t('scheduleHeading')}
    >
      <FormError message={formError} />
      {done && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm">
          {done}
        </p>
      )}
      <FormField form={form} name="title" id={`${prefix}-title`} label={t('title')}>
        {(control) => <input {...control} className={inputClass} />}
      </FormField>
      <div className="grid gap-4 md:grid-cols-3">
        <FormField form={form} name="date" id={`${prefix}-date`} label={t('dateIn', { zone })}>
          {(control) => <input {...control} type="date" className={inputClass} />}
        </FormField>
        <FormField form={form} name="time" id={`${prefix}-time`} label={t('startIn', { zone })}>
          {/* One message for the instant, under the date; the time is marked with it too. */}
          {(control) => (
            <input {...control} {...controlAria(`${prefix}-date`, dateMessage)} type="time" className={inputClass} />
          )}
        </FormField>
        <FormField form={form} name="duration" id={`${prefix}-duration`} label={t('duration')} hint={t('durationHint')}>
          {(control) => (
            <input {...control} type="number" inputMode="numeric" min={15} max={600} step={15} className={inputClass} />
          )}
        </FormField>
      </div>
      <TimeStrip
        idPrefix={prefix}
        startsAt={startsAt}
        durationMinutes={durationMinutes}
        date={date}
        zone={zone}
        members={context.members}
        onPickTime={(picked) => form.setValue('time', picked)}
      />
      <MeetingUrlField
        id={`${prefix}-meeting`}
        name="meetingUrl"
        value={meetingUrl}
        onChange={(value) => form.setValue('meetingUrl', value)}
        errors={meetingMessage ? [meetingMessage] : undefined}
      />
      <AgendaEditor
        idPrefix={prefix}
        items={agenda}
        onChange={(items) => form.setValue('agenda', items)}
        activities={context.activities}
        areas={context.areas}
        owners={context.owners}
        groups={context.groups}
        fieldErrors={flatErrors(form.formState.errors)}
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
