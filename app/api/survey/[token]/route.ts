import { ApiError, validationError } from '@/lib/api/errors';
import { publicRoute } from '@/lib/api/route';
import { getDb } from '@/lib/db/client';
import { MAX_SURVEY_ANSWER_BYTES, SURVEY_ANSWER_LIMIT } from '@/lib/domain/survey-limits';
import { ZSurveySubmissionSchema } from '@/lib/domain/survey-schema';
import { takeToken } from '@/lib/security/rate-limit';
import { submitSurveyAnswer } from '@/lib/services/survey-answers';

/**
 * One anonymous answer through a survey's public link, without an account. publicRoute refuses
 * cross-site posts (Origin must match) and anything but JSON, so another site cannot submit
 * answers in a visitor's browser. Nothing about the request (address, agent, time) is stored or logged.
 */
export const POST = publicRoute<{ token: string }>(async ({ req, params }) => {
  if (Number(req.headers.get('content-length') ?? 0) > MAX_SURVEY_ANSWER_BYTES) throw new ApiError(413, 'The answers are too long.');
  const rate = takeToken(`survey:${params.token.slice(0, 100)}`, SURVEY_ANSWER_LIMIT);
  if (!rate.ok) return Response.json({ error: 'Too many answers at once; try again in a moment.' }, { status: 429, headers: { 'Retry-After': String(rate.retryAfterSeconds) } });
  const text = await req.text();
  if (new TextEncoder().encode(text).length > MAX_SURVEY_ANSWER_BYTES) throw new ApiError(413, 'The answers are too long.');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'The request body must be JSON.');
  }
  const parsed = ZSurveySubmissionSchema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error);
  await submitSurveyAnswer(getDb(), params.token, parsed.data.answers, parsed.data.invitation);
  return Response.json({ ok: true }, { status: 201 });
});
