import { authedRoute, parseBody } from '@/lib/api/route';
import { validationError } from '@/lib/api/errors';
import { DomainError } from '@/lib/domain/shared/errors';
import { getDb } from '@/lib/db/client';
import {
  type TAnswerFlagChangeResponse,
  type TAnswerFlagsResponse,
  ZAnswerFlagInputSchema,
} from '@/lib/contracts/checklist';
import { flagsSensitive, seesSensitive } from '@/lib/domain/reports/redaction';
import { requireAccess } from '@/lib/services/access/access';
import { clearAnswerFlag, listAnswerFlags, setAnswerFlag } from '@/lib/services/checklist/answer-flags';

// Roles are checked before any input is read, so that a member without the right learns 403
// whatever they send (the service checks again).
const mayNotFlag = () => new DomainError('answer_flags.set_forbidden');

/** The flagged answers of the assessment; facilitators and senior management only. */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'checklist.view');
  if (!seesSensitive(me.role)) throw new DomainError('answer_flags.view_forbidden');
  return { flags: await listAnswerFlags(db, me), canFlag: flagsSensitive(me.role) } satisfies TAnswerFlagsResponse;
});

/** Flags one answer: `{ questionKey, flag: "sensitive" }`; facilitators only. */
export const PUT = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'checklist.view');
  if (!flagsSensitive(me.role)) throw mayNotFlag();
  const input = await parseBody(req, ZAnswerFlagInputSchema);
  const { changed } = await setAnswerFlag(db, me, input);
  return { questionKey: input.questionKey, flag: input.flag, on: true, changed } satisfies TAnswerFlagChangeResponse;
});

/** Clears one answer's flag: `?questionKey=…&flag=sensitive`; facilitators only. */
export const DELETE = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const me = await requireAccess(db, params.id, user, 'checklist.view');
  if (!flagsSensitive(me.role)) throw mayNotFlag();
  const query = new URL(req.url).searchParams;
  const parsed = ZAnswerFlagInputSchema.safeParse({
    questionKey: query.get('questionKey') ?? undefined,
    flag: query.get('flag') ?? undefined,
  });
  if (!parsed.success) throw validationError(parsed.error);
  const { changed } = await clearAnswerFlag(db, me, parsed.data);
  return {
    questionKey: parsed.data.questionKey,
    flag: parsed.data.flag,
    on: false,
    changed,
  } satisfies TAnswerFlagChangeResponse;
});
