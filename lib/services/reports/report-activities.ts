import { ROLE_NAMES, type TRole } from '../../domain/access/roles';
import { countByRole } from '../../domain/reports/redaction';
import { agendaText } from '../../domain/workshop/sessions';
import { heading, paragraph, run, table, type TDocBlock } from '../../export/document';
import type { TActivityKind, TActivityLogEntry } from '../../contracts/library';
import type { TReportData } from './report-data';
import { reportTime } from './report-time';

// Section 4 of the report: the workshop sessions and the activity log of steps 3 and 4.

const ACTIVITY_KIND_LABELS: Record<TActivityKind, string> = {
  'document-review': 'Document review',
  interview: 'Interview',
  'field-visit': 'Field visit',
  meeting: 'Meeting',
};

// Who took part in a logged activity. Redacted, members become counts by role (someone who left
// the assessment since counts as an observer, as in the sessions) and the people named in free
// text (`others`, e.g. those interviewed) are only said to exist: that text cannot be scrubbed.
function logParticipants(entry: TActivityLogEntry, roleOf: ReadonlyMap<string, TRole>, redacted: boolean): string {
  if (redacted) {
    const members = entry.participants.length
      ? `${entry.participants.length}: ${countByRole(entry.participants.map((p) => roleOf.get(p.id) ?? 'OBS'))}`
      : '';
    return (
      [members, entry.others ? 'others taking part, not named in this copy' : ''].filter(Boolean).join('; ') ||
      'Nobody recorded'
    );
  }
  return (
    [
      ...entry.participants.map((p) => {
        const role = roleOf.get(p.id);
        return role ? `${p.name} (${ROLE_NAMES[role]})` : p.name;
      }),
      ...(entry.others ? [entry.others] : []),
    ].join('\n') || 'Nobody recorded'
  );
}

function activityLogTable(data: TReportData, redacted: boolean): TDocBlock[] {
  const out: TDocBlock[] = [heading(2, 'Activity log of steps 3 and 4')];
  if (data.activityLog.length === 0)
    return [...out, paragraph(run('No step 3 or 4 activities were logged besides the sessions.', { italic: true }))];
  const roleOf = new Map(data.members.map((m) => [m.id, m.role]));
  const rows = data.activityLog.map((e) => [
    `Step ${e.step}`,
    `${ACTIVITY_KIND_LABELS[e.kind]}: ${e.title}${e.source === 'library' ? ' (background document summary)' : ''}`,
    e.heldOn,
    logParticipants(e, roleOf, redacted),
    e.notes || '—',
  ]);
  return [...out, table(['Step', 'Activity', 'Date', 'Participants', 'Notes'], rows)];
}

/** Section 4: the sessions with their dates, topics and participants, then the logged activities. */
export function reportActivities(data: TReportData, redacted: boolean): TDocBlock[] {
  if (data.sessions.length === 0)
    return [
      heading(2, 'Workshop sessions'),
      paragraph(run('No sessions were scheduled.', { italic: true })),
      ...activityLogTable(data, redacted),
    ];
  const tz = data.assessment.timeZone;
  const rows = data.sessions.map((s) => [
    s.title,
    reportTime(s.startsAt, tz),
    `${s.durationMinutes} min`,
    agendaText(s.agenda) || '—',
    redacted
      ? `${s.attendees.length}: ${countByRole(s.attendees.map((a) => a.role))}`
      : s.attendees.map((a) => `${a.name} (${ROLE_NAMES[a.role]})`).join('\n') || 'Nobody recorded',
  ]);
  return [
    heading(2, 'Workshop sessions'),
    table(['Activity', 'Date', 'Duration', 'Topics addressed', 'Participants'], rows),
    ...activityLogTable(data, redacted),
  ];
}
