import { authedRoute, parseBody } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { type TModeChangeResponse, ZModeSettingSchema } from '@/lib/contracts/modes';
import { getLocale } from '@/lib/i18n/server';
import { requireAccess } from '@/lib/services/access/access';
import { changeMode } from '@/lib/services/assessments/modes';

/** Changes the assessment's mode while it is prepared (facilitators); answers what changed. */
export const PUT = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'assessment.edit');
  const to = await parseBody(req, ZModeSettingSchema);
  return (await changeMode(db, params.id, user.id, to, await getLocale())) satisfies TModeChangeResponse;
});
