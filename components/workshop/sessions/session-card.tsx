import { getTranslations } from 'next-intl/server';
import type { TChecklistArea } from '@/lib/idg/checklist';
import type { TSessionPhase } from '@/lib/domain/workshop/session-phase';
import { agendaItemReference } from '@/lib/domain/workshop/sessions';
import { formatInZone } from '@/lib/domain/time/time-zones';
import type { TAgendaKind } from '@/lib/domain/workshop/run-of-show';
import { getLocale } from '@/lib/i18n/server';
import type { TAttendance, TWorkshopSession } from '@/lib/contracts/sessions';
import { MeetingLink } from '../meetings/meeting-link';
import { SessionActions } from './session-actions';
import type { TScheduleContext } from './types';

type TProps = {
  session: TWorkshopSession;
  phase: TSessionPhase;
  /** The viewer's zone, in which every time is shown. */
  zone: string;
  /** Attendance, for running and past sessions only. */
  attendance: TAttendance[] | null;
  /** Present for facilitators, who may change and delete the session. */
  context: TScheduleContext | null;
  /** An area as the guide names it in the viewer's language. */
  areaName: (area: TChecklistArea) => string;
};

const timeOnly = { weekday: undefined, day: undefined, month: undefined, year: undefined } as const;

const KIND_LABEL = {
  plenary: 'runKindPlenary',
  breakout: 'runKindBreakout',
  'report-back': 'runKindReportBack',
  rating: 'runKindRating',
  break: 'runKindBreak',
} as const satisfies Record<TAgendaKind, string>;

/** One session: when it is in the viewer's zone, its meeting link, its agenda, who attended, its calendar file. */
export async function SessionCard({ session, phase, zone, attendance, context, areaName }: TProps) {
  const [t, locale] = await Promise.all([getTranslations('workshop'), getLocale()]);
  // Dates in the member's language, in the viewer's zone, on a 24-hour clock.
  const when = (instant: string, options: Intl.DateTimeFormatOptions = {}) =>
    formatInZone(instant, zone, options, locale);
  const words = { activity: (code: string) => t('agendaActivityRef', { code }), area: areaName };
  const headingId = `session-${session.id}`;
  const sameDay =
    when(session.startsAt, { hour: undefined, minute: undefined }) ===
    when(session.endsAt, { hour: undefined, minute: undefined });
  return (
    <article
      aria-labelledby={headingId}
      className={`rounded-lg border bg-white p-4 ${phase === 'running' ? 'border-brand-600' : 'border-slate-200'}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {session.title}
        </h3>
        <span
          className={`rounded-full px-2 py-0.5 text-xs font-semibold ${phase === 'running' ? 'bg-brand-600 text-white' : 'bg-slate-100 text-slate-700'}`}
        >
          {t(`phase.${phase}`)}
        </span>
      </div>
      <p className="text-sm">
        <time dateTime={session.startsAt}>{when(session.startsAt)}</time>–
        <time dateTime={session.endsAt}>{sameDay ? when(session.endsAt, timeOnly) : when(session.endsAt)}</time>{' '}
        <span className="text-slate-600">{t('zoneAndDuration', { zone, n: session.durationMinutes })}</span>
      </p>
      {session.meetingUrl && phase !== 'past' && (
        <p className="mt-2 text-sm">
          <MeetingLink url={session.meetingUrl} of={session.title} />
        </p>
      )}

      <h4 className="mt-3 text-sm font-semibold">{t('agenda')}</h4>
      {session.agenda.length === 0 ? (
        <p className="text-sm text-slate-600">{t('noAgenda')}</p>
      ) : (
        <ol className="ml-5 list-decimal text-sm">
          {session.agenda.map((item, i) => {
            const ref = agendaItemReference(item, words);
            return (
              <li key={i}>
                {item.startsAt && (
                  <time dateTime={item.startsAt} className="mr-1 font-mono">
                    {when(item.startsAt, timeOnly)}
                  </time>
                )}
                {item.title}
                {(item.kind || item.durationMinutes) && (
                  <span className="block text-xs text-slate-600">
                    {[item.kind && t(KIND_LABEL[item.kind]), item.durationMinutes && `${item.durationMinutes} min`]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                )}
                {ref && <span className="block text-xs text-slate-600">{ref}</span>}
              </li>
            );
          })}
        </ol>
      )}

      {attendance && (
        <>
          <h4 className="mt-3 text-sm font-semibold">{t('attendance', { n: attendance.length })}</h4>
          {attendance.length === 0 ? (
            <p className="text-sm text-slate-600">{phase === 'running' ? t('noOneJoined') : t('noOneRecorded')}</p>
          ) : (
            <ul className="text-sm">
              {attendance.map((a) => (
                <li key={a.userId}>
                  {t('joinedLastSeen', {
                    name: a.name,
                    joined: when(a.firstJoinedAt, timeOnly),
                    seen: when(a.lastSeenAt, timeOnly),
                  })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      <p className="mt-3 text-sm">
        <a
          href={`/api/assessments/${session.assessmentId}/sessions/${session.id}/ics`}
          download
          className="text-brand-700 underline underline-offset-2"
        >
          {t('addToCalendar')}
          <span className="sr-only">: {session.title}</span>
        </a>
      </p>
      {context && <SessionActions context={context} session={session} />}
    </article>
  );
}
