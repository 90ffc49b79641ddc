import { agendaItemReference, type TSessionPhase } from '@/lib/domain/sessions';
import { formatInZone } from '@/lib/domain/time-zones';
import type { TAttendance, TWorkshopSession } from '@/lib/services/sessions';
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
};

const PHASE_LABEL: Record<TSessionPhase, string> = { upcoming: 'Upcoming', running: 'Running now', past: 'Ended' };
const timeOnly = { weekday: undefined, day: undefined, month: undefined, year: undefined } as const;

/** One session: when it is in the viewer's zone, its agenda, who attended, its calendar file. */
export function SessionCard({ session, phase, zone, attendance, context }: TProps) {
  const headingId = `session-${session.id}`;
  const sameDay = formatInZone(session.startsAt, zone, { hour: undefined, minute: undefined }) === formatInZone(session.endsAt, zone, { hour: undefined, minute: undefined });
  return (
    <article aria-labelledby={headingId} className={`rounded-lg border bg-white p-4 ${phase === 'running' ? 'border-brand-600' : 'border-slate-200'}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {session.title}
        </h3>
        <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${phase === 'running' ? 'bg-brand-600 text-white' : 'bg-slate-100 text-slate-700'}`}>
          {PHASE_LABEL[phase]}
        </span>
      </div>
      <p className="text-sm">
        <time dateTime={session.startsAt}>{formatInZone(session.startsAt, zone)}</time>–
        <time dateTime={session.endsAt}>{sameDay ? formatInZone(session.endsAt, zone, timeOnly) : formatInZone(session.endsAt, zone)}</time>{' '}
        <span className="text-slate-600">
          ({zone}, {session.durationMinutes} minutes)
        </span>
      </p>

      <h4 className="mt-3 text-sm font-semibold">Agenda</h4>
      {session.agenda.length === 0 ? (
        <p className="text-sm text-slate-600">No agenda yet.</p>
      ) : (
        <ol className="ml-5 list-decimal text-sm">
          {session.agenda.map((item, i) => {
            const ref = agendaItemReference(item);
            return (
              <li key={i}>
                {item.title}
                {ref && <span className="block text-xs text-slate-600">{ref}</span>}
              </li>
            );
          })}
        </ol>
      )}

      {attendance && (
        <>
          <h4 className="mt-3 text-sm font-semibold">Attendance ({attendance.length})</h4>
          {attendance.length === 0 ? (
            <p className="text-sm text-slate-600">{phase === 'running' ? 'No one has joined yet.' : 'No one was recorded as present.'}</p>
          ) : (
            <ul className="text-sm">
              {attendance.map((a) => (
                <li key={a.userId}>
                  {a.name}: joined <time dateTime={a.firstJoinedAt}>{formatInZone(a.firstJoinedAt, zone, timeOnly)}</time>, last seen{' '}
                  <time dateTime={a.lastSeenAt}>{formatInZone(a.lastSeenAt, zone, timeOnly)}</time>
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      <p className="mt-3 text-sm">
        <a href={`/api/assessments/${session.assessmentId}/sessions/${session.id}/ics`} download className="text-brand-700 underline underline-offset-2">
          Add to calendar (.ics)<span className="sr-only">: {session.title}</span>
        </a>
      </p>
      {context && <SessionActions context={context} session={session} />}
    </article>
  );
}
