// The rules of workshop sessions: what an agenda refers to (when one runs: ./session-phase.ts).
import { type TChecklistArea, areaLabel, findArea } from '../../idg/checklist';
import { assessmentSteps } from '../../idg/process';
import type { TRunItem } from './run-of-show';

/**
 * One item of a session's agenda, optionally tied to an Annex 4 activity and a checklist area,
 * with its place in the run of show (time, owner, what starting it does).
 */
export type TAgendaItem = TRunItem & { activityCode?: string; areaId?: string; ownerId?: string };

const activities = new Map(assessmentSteps.flatMap((s) => s.activities.map((a) => [a.code, a.title] as const)));

/** How a reference names what it refers to: English by default, as the text exports have it. */
export type TReferenceWords = { activity: (code: string) => string; area: (area: TChecklistArea) => string };

const ENGLISH: TReferenceWords = { activity: (code) => `Annex 4 activity ${code}`, area: areaLabel };

/** What an agenda item refers to in the guide, e.g. "Annex 4 activity 5.3 · Key factor 3: Transparency", or null. */
export function agendaItemReference(item: TAgendaItem, words: TReferenceWords = ENGLISH): string | null {
  const refs: string[] = [];
  if (item.activityCode && activities.has(item.activityCode)) refs.push(words.activity(item.activityCode));
  const area = item.areaId ? findArea(item.areaId) : undefined;
  if (area) refs.push(words.area(area));
  return refs.length > 0 ? refs.join(' · ') : null;
}

/**
 * The agenda as plain numbered lines, for calendar invitations and other text-only places; with
 * `times` (each item's "14:00–14:55" in `times.zone`), each line starts with its time.
 */
export function agendaText(items: readonly TAgendaItem[], times?: { zone: string; ofItem: readonly string[] }): string {
  if (items.length === 0) return 'No agenda yet.';
  return [
    times ? `Agenda (times in ${times.zone}):` : 'Agenda:',
    ...items.map((item, i) => {
      const ref = agendaItemReference(item);
      const time = times?.ofItem[i];
      return `${i + 1}. ${time ? `${time} ` : ''}${item.title}${ref ? ` (${ref})` : ''}`;
    }),
  ].join('\n');
}
