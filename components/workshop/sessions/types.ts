import type { TWorkshopSession } from '@/lib/contracts/sessions';
import type { TAgendaItem } from '@/lib/domain/workshop/sessions';
import type { TMemberZone } from '@/lib/domain/time/time-zones';

/** An Annex 4 activity as the agenda picker offers it. */
export type TActivityOption = { code: string; title: string; step: number; stepTitle: string };

/** A checklist area of the assessment's scope as the agenda picker offers it. */
export type TAreaOption = { id: string; label: string };

/** A member on the time strip; `assumed` when they have not set a zone and the administration's is used. */
export type TStripMember = TMemberZone & { assumed: boolean };

/** An agenda item while it is being edited; `key` keeps React rows stable as items come and go. */
export type TAgendaDraft = {
  key: number;
  title: string;
  activityCode: string;
  areaId: string;
  /** The run of show as the inputs hold it ('' for none); `time` is HH:MM in the form's zone, on the session's day. */
  kind: string;
  time: string;
  duration: string;
  ownerId: string;
  timerMinutes: string;
  groupId: string;
  page: string;
};

/** A member or a group as the agenda's pickers offer it. */
export type TNamedOption = { id: string; name: string };

/** What the schedule form needs to know about the assessment and its people. */
export type TScheduleContext = {
  assessmentId: string;
  /** The zone the facilitator enters times in: their own, else the administration's. */
  zone: string;
  members: TStripMember[];
  activities: TActivityOption[];
  areas: TAreaOption[];
  /** Who may lead an agenda item, and the groups a report-back may present. */
  owners: TNamedOption[];
  groups: TNamedOption[];
};

/** A scheduled session as the schedule form edits it. */
export type TEditableSession = Pick<
  TWorkshopSession,
  'id' | 'title' | 'startsAt' | 'durationMinutes' | 'meetingUrl'
> & {
  agenda: TAgendaItem[];
};
