import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { requireAccess } from '@/lib/services/access/access';
import { feedbackState, setFeedbackSettings } from '@/lib/services/reports/feedback';
import { type TFeedbackState, ZFeedbackSettingsSchema } from '@/lib/contracts/reports';

/** Opens or closes the survey and sets whether it is anonymous (facilitators). */
export const PUT = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const membership = await requireAccess(db, params.id, user, 'session.run');
  await setFeedbackSettings(db, membership, await parseBody(req, ZFeedbackSettingsSchema));
  return (await feedbackState(db, params.id, user.id)) satisfies TFeedbackState;
});
