import { DomainError } from '@/lib/domain/shared/errors';
import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { getLocale } from '@/lib/i18n/server';
import { canCreateAssessment } from '@/lib/domain/access/permissions';
import { createAssessment, listMyAssessments, rolesHeld } from '@/lib/services/assessments/assessments';
import {
  type TAssessmentsResponse,
  type TCreatedAssessmentResponse,
  ZCreateAssessmentSchema,
} from '@/lib/contracts/assessments';

/** The assessments I am a member of. */
export const GET = authedRoute(async ({ user }) => {
  const assessments = await listMyAssessments(getDb(), user.id);
  return {
    assessments: assessments.map((a) => ({
      id: a.id,
      title: a.title,
      administration: a.administration,
      mode: a.mode,
      myRole: a.myRole,
    })),
  } satisfies TAssessmentsResponse;
});

/** Creates an assessment; I become its first facilitator. */
export const POST = authedRoute(async ({ req, user }) => {
  const db = getDb();
  if (!canCreateAssessment(user.isAdmin, await rolesHeld(db, user.id))) {
    throw new DomainError('assessments.create_forbidden');
  }
  const input = await parseBody(req, ZCreateAssessmentSchema);
  const assessment = await createAssessment(db, user.id, input, await getLocale());
  return Response.json({ assessment } satisfies TCreatedAssessmentResponse, { status: 201 });
});
