import type { TDb } from '../db/client';
import { checklistAreas, sectionLabel } from '../idg/checklist';
import { GUIDE_CREDIT } from '../idg/checklist';
import { findAssessment } from './assessments';

/** The checklist of an assessment's scope, for the JSON API. */
export async function assessmentChecklist(db: TDb, assessmentId: string) {
  const assessment = await findAssessment(db, assessmentId);
  const inScope = new Set(assessment?.areas ?? []);
  const questions = checklistAreas
    .filter((area) => inScope.has(area.id))
    .flatMap((area) =>
      area.sections.flatMap((section) =>
        section.questions.map((q) => ({
          key: q.key,
          area: { id: area.id, title: area.title },
          section: sectionLabel(section),
          ...(q.subsection ? { subsection: q.subsection } : {}),
          number: q.number,
          text: q.text,
        })),
      ),
    );
  return { source: GUIDE_CREDIT, questions };
}
