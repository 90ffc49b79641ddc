import type { TDb } from '../db/client';
import { factorDocName } from '../collab/doc-names';
import { fragmentText } from '../collab/findings-layout';
import { STATUS_MAP, answerFragmentName, parseAnswerStatus } from '../collab/layout';
import { GUIDE_CREDIT, checklistAreas, sectionLabel } from '../idg/checklist';
import { findAssessment } from './assessments';
import { loadPersistedDoc } from '../collab/persisted-doc';

/** The checklist of an assessment's scope with each answer as plain text and its evaluation, for the JSON API. */
export async function assessmentChecklist(db: TDb, assessmentId: string) {
  const assessment = await findAssessment(db, assessmentId);
  const inScope = new Set(assessment?.areas ?? []);
  const areas = checklistAreas.filter((area) => inScope.has(area.id));
  // One persisted document per area, read once: answers and evaluations live there, not in tables.
  const docs = await Promise.all(areas.map((area) => loadPersistedDoc(db, factorDocName(assessmentId, area.id))));
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
        text: q.text,
        answer: fragmentText(doc.getXmlFragment(answerFragmentName(q.key))).trim(),
        status: parseAnswerStatus(status.get(q.key)),
      })),
    );
  });
  for (const doc of docs) doc.destroy();
  return { source: GUIDE_CREDIT, questions };
}
