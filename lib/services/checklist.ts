import type { TDb } from '../db/client';
import { factorDocName } from '../collab/doc-names';
import { fragmentText } from '../collab/findings-layout';
import { SENSITIVE_MAP, STATUS_MAP, answerFragmentName, parseAnswerStatus, parseSensitive } from '../collab/layout';
import { GUIDE_CREDIT, checklistAreas, sectionLabel } from '../idg/checklist';
import { findAssessment } from './assessments';
import { loadPersistedDoc } from '../collab/persisted-doc';

/**
 * The checklist of an assessment's scope with each answer as plain text and its evaluation, for
 * the JSON API. Answers marked sensitive are withheld unless `seesSensitive` (facilitators and
 * senior management): their text is null and `withheld` is true.
 */
export async function assessmentChecklist(db: TDb, assessmentId: string, seesSensitive = false) {
  const assessment = await findAssessment(db, assessmentId);
  const inScope = new Set(assessment?.areas ?? []);
  const areas = checklistAreas.filter((area) => inScope.has(area.id));
  // One persisted document per area, read once: answers and evaluations live there, not in tables.
  const docs = await Promise.all(areas.map((area) => loadPersistedDoc(db, factorDocName(assessmentId, area.id))));
  const questions = areas.flatMap((area, i) => {
    const doc = docs[i]!;
    const status = doc.getMap(STATUS_MAP);
    const sensitive = doc.getMap(SENSITIVE_MAP);
    return area.sections.flatMap((section) =>
      section.questions.map((q) => ({
        key: q.key,
        area: { id: area.id, title: area.title },
        section: sectionLabel(section),
        ...(q.subsection ? { subsection: q.subsection } : {}),
        number: q.number,
        text: q.text,
        ...(parseSensitive(sensitive.get(q.key))
          ? seesSensitive
            ? { answer: fragmentText(doc.getXmlFragment(answerFragmentName(q.key))).trim(), sensitive: true }
            : { answer: null, withheld: true }
          : { answer: fragmentText(doc.getXmlFragment(answerFragmentName(q.key))).trim() }),
        status: parseAnswerStatus(status.get(q.key)),
      })),
    );
  });
  for (const doc of docs) doc.destroy();
  return { source: GUIDE_CREDIT, questions };
}
