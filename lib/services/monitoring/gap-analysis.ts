import 'server-only';
import type { TDb } from '../../db/client';
import { gapAnalysis } from '../../domain/monitoring/gap-analysis';
import { listEvaluations } from './evaluation';
import { roundComparison } from './review-round';
import type { TComparison } from '../../contracts/monitoring';
import type { TGapAnalysisView } from '../../contracts/review';

/**
 * The integrity gap analysis of a review round (Part V.2): per area the previous round's findings,
 * the previous plan's activities and what remains now, beside the Part V judgements of the previous
 * plan; null for a first round. Takes the round's comparison when the caller has it already.
 */
export async function roundGapAnalysis(
  db: TDb,
  assessmentId: string,
  comparison?: TComparison,
): Promise<TGapAnalysisView | null> {
  const c = comparison ?? (await roundComparison(db, assessmentId));
  if (!c.round) return null;
  const evaluations = await listEvaluations(db, c.round.previousAssessmentId);
  const analysis = gapAnalysis(c.questions, evaluations);
  const titles = new Map(c.areas.map((a) => [a.areaId, a.title]));
  return {
    areas: analysis.areas.map((a) => ({ ...a, title: titles.get(a.areaId) ?? a.areaId })),
    judgements: analysis.judgements,
  };
}
