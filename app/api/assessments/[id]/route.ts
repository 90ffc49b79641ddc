import { authedRoute } from '@/lib/api/route';
import type { TAssessmentResponse } from '@/lib/contracts/assessments';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { findAssessment } from '@/lib/services/assessments/assessments';
import { listMembers } from '@/lib/services/accounts/members';

/** One assessment with its members and their roles. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'assessment.view');
  const assessment = await findAssessment(db, params.id);
  const members = await listMembers(db, params.id);
  return {
    assessment,
    myRole: me.role,
    members: members.map((m) => ({
      userId: m.userId,
      name: m.name,
      email: m.email,
      role: m.role,
      organisation: m.organisation,
    })),
  } satisfies TAssessmentResponse;
});
