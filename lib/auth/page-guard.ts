import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '../db/client';
import type { TAction } from '../domain/access/permissions';
import { accessFor } from '../services/access/access';
import { type TMembership, findMembership } from '../services/access/membership';
import { findAssessment } from '../services/assessments/assessments';
import type { TAssessment } from '../contracts/assessments';
import type { TSessionUser } from './current-user';
import { getSessionUser } from './session';

// A page request renders its layout and its page, and each asks for the membership (and most for
// the assessment): React's cache reads each once per request, however many components ask.
const requestMembership = cache((assessmentId: string, userId: string) =>
  findMembership(getDb(), assessmentId, userId),
);

/** The assessment of the current page request (null when there is none), read once for its layout and page. */
export const pageAssessment = cache((assessmentId: string): Promise<TAssessment | null> =>
  findAssessment(getDb(), assessmentId),
);

/** The signed-in user of a page, or a redirect to the sign-in page that comes back here. */
export async function requirePageUser(returnTo: string): Promise<TSessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For an assessment page: the user and their membership, or 404 for non-members and 403 without the right. */
export async function requirePageAccess(
  assessmentId: string,
  action: TAction,
  returnTo: string,
): Promise<{ user: TSessionUser; membership: TMembership }> {
  const user = await requirePageUser(returnTo);
  const access = accessFor(await requestMembership(assessmentId, user.id), action);
  if (access.kind === 'not-found') notFound();
  if (access.kind === 'forbidden') forbidden();
  return { user, membership: access.membership };
}
