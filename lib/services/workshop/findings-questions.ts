import 'server-only';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { type TEffectiveChecklist, effectiveChecklist } from '../checklist/assessment-checklist';

/** A question findings and candidate activities may cite, as they show it. */
export type TCitableQuestion = { key: string; areaId: string; label: string; text: string; added: boolean };

/**
 * Every question of an assessment that may be cited, by key: its effective checklist (the guide's
 * questions of its scope and those the administration added) and the questions it hid since,
 * which an earlier finding may have cited and whose answers are kept. A caller that has the
 * effective checklist already passes it.
 */
export async function citableQuestions(
  db: TDb,
  assessmentId: string,
  checklist?: TEffectiveChecklist,
): Promise<ReadonlyMap<string, TCitableQuestion>> {
  const { areas } = checklist ?? (await effectiveChecklist(db, assessmentId));
  const out = new Map<string, TCitableQuestion>();
  for (const area of areas) {
    for (const q of area.sections.flatMap((s) => s.questions))
      out.set(q.key, { key: q.key, areaId: area.id, label: q.label, text: q.text, added: q.added });
    for (const h of area.hidden)
      out.set(h.key, { key: h.key, areaId: area.id, label: h.label, text: h.text, added: h.label.startsWith('A') });
  }
  return out;
}

/** Refuses (400, naming each) the keys that are no question of the assessment; `field` names the input they came in. */
export function requireCitable(
  questions: ReadonlyMap<string, TCitableQuestion>,
  keys: readonly string[],
  field: string,
): void {
  const unknown = [...new Set(keys.filter((k) => !questions.has(k)))];
  if (unknown.length === 0) return;
  const list = unknown.join(', ');
  throw new DomainError(
    'findings.unknown_questions',
    { n: unknown.length, list },
    { fieldErrors: { [field]: [`Not in this assessment’s checklist: ${list}.`] } },
  );
}
