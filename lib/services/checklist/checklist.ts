import type { TDb } from '../../db/client';
import { factorDocName } from '../../collab/doc-names';
import { fragmentText } from '../../collab/fragment-text';
import { STATUS_MAP, answerFragmentName, parseAnswerStatus } from '../../collab/layout';
import { ADDED_MARK } from '../../domain/checklist/checklist-adaptation';
import { GUIDE_CREDIT, sectionLabel } from '../../idg/checklist';
import { sensitiveQuestionKeys } from './answer-flags';
import { effectiveChecklist } from './assessment-checklist';
import { loadPersistedDoc } from '../../collab/persisted-doc';

/**
 * The checklist of an assessment's scope with each answer as plain text and its evaluation, for
 * the JSON API. Only when `seesSensitive` (facilitators and senior management) does each question
 * carry `sensitive`; for everyone else the response is the same whether an answer is flagged or
 * not, so that it reveals no flag. (Every member reads the answers themselves in the live
 * documents; what the flag withholds is the answer in redacted exports.)
 */
export async function assessmentChecklist(db: TDb, assessmentId: string, seesSensitive = false) {
  // The assessment's effective checklist: its scope, minus hidden questions, plus added ones.
  const { areas, translation } = await effectiveChecklist(db, assessmentId);
  // One persisted document per area, read once: answers and evaluations live there, not in tables.
  const [docs, sensitive] = await Promise.all([
    Promise.all(areas.map((area) => loadPersistedDoc(db, factorDocName(assessmentId, area.id)))),
    seesSensitive ? sensitiveQuestionKeys(db, assessmentId) : null,
  ]);
  const questions = areas.flatMap((area, i) => {
    const doc = docs[i]!;
    const status = doc.getMap(STATUS_MAP);
    return area.sections.flatMap((section) =>
      section.questions.map((q) => ({
        key: q.key,
        area: { id: area.id, title: area.title },
        section: sectionLabel(section),
        ...(q.subsection ? { subsection: q.subsection } : {}),
        number: q.number,
        label: q.label,
        ...(q.added ? { added: true, addedBy: ADDED_MARK } : {}),
        text: q.text,
        ...(q.translation ? { translation: q.translation } : {}),
        answer: fragmentText(doc.getXmlFragment(answerFragmentName(q.key))).trim(),
        status: parseAnswerStatus(status.get(q.key)),
        ...(sensitive ? { sensitive: sensitive.has(q.key) } : {}),
      })),
    );
  });
  for (const doc of docs) doc.destroy();
  // Hidden questions with the reason, so a reader knows what the administration left out and why.
  const hidden = areas.flatMap((a) =>
    a.hidden.map((h) => ({ key: h.key, area: { id: a.id, title: a.title }, text: h.text, reason: h.reason })),
  );
  return {
    source: GUIDE_CREDIT,
    ...(translation ? { translation: { language: translation.language, importedAt: translation.importedAt } } : {}),
    questions,
    hidden,
  };
}
