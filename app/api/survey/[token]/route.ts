import { validationError } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/body';
import { publicRoute, tooManyRequests } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { MAX_SURVEY_ANSWER_BYTES, SURVEY_ADDRESS_LIMIT, SURVEY_ANSWER_LIMIT } from '@/lib/domain/surveys/survey-limits';
import { ZSurveySubmissionSchema } from '@/lib/contracts/surveys';
import { takeToken } from '@/lib/security/rate-limit';
import { answerOpenSurvey, openSurveyByToken } from '@/lib/services/surveys/survey-answers';
import type { TOkResponse } from '@/lib/contracts/shared';

/**
 * One anonymous answer through a survey's public link, without an account. publicRoute refuses
 * cross-site posts (Origin must match) and anything but JSON, so another site cannot submit
 * answers in a visitor's browser, and limits answers per address. Nothing about the request
 * (address, agent, time) is stored or logged. A link that takes no answers is refused before
 * a byte of the body is read.
 */
export const POST = publicRoute<{ token: string }>(
  async ({ req, params }) => {
    const db = getDb();
    const survey = await openSurveyByToken(db, params.token);
    const rate = takeToken(`survey:${params.token.slice(0, 100)}`, SURVEY_ANSWER_LIMIT);
    if (!rate.ok) return tooManyRequests(rate.retryAfterSeconds, 'Too many answers at once; try again in a moment.');
    const parsed = ZSurveySubmissionSchema.safeParse(
      await readJsonBody(req, MAX_SURVEY_ANSWER_BYTES, { message: 'The answers are too long.' }),
    );
    if (!parsed.success) throw validationError(parsed.error);
    await answerOpenSurvey(db, survey, parsed.data.answers, parsed.data.invitation);
    return Response.json({ ok: true } satisfies TOkResponse, { status: 201 });
  },
  'survey',
  SURVEY_ADDRESS_LIMIT,
);
