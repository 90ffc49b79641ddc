import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { getDb } from '../db/client';
import type { TAction } from '../domain/access/permissions';
import { checkAccess } from '../services/access/access';
import type { TMembership } from '../services/access/membership';
import type { TSessionUser } from './current-user';
import { getSessionUser } from './session';

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
  const access = await checkAccess(getDb(), assessmentId, user, action);
  if (access.kind === 'not-found') notFound();
  if (access.kind === 'forbidden') forbidden();
  return { user, membership: access.membership };
}
