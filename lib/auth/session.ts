import 'server-only';
import { getServerSession } from 'next-auth';
import { getDb } from '../db/client';
import { type TSessionUser, resolveSessionUser } from './current-user';
import { authOptions } from './options';

/** The signed-in user of the current request (page, route handler or server action), or null. */
export async function getSessionUser(): Promise<TSessionUser | null> {
  const session = await getServerSession(authOptions());
  return resolveSessionUser(getDb(), session?.userId, session?.sv);
}
