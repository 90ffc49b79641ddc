import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { getDb } from '../db/client';
import { type TSessionUser, resolveSessionUser } from './current-user';
import { authOptions } from './options';

/**
 * The signed-in user of the current request (page, route handler or server action), or null.
 * Cached per request while rendering: the layout, the page, the language and the formatters each
 * ask, and the user is read once.
 */
export const getSessionUser = cache(async (): Promise<TSessionUser | null> => {
  const session = await getServerSession(authOptions());
  return resolveSessionUser(getDb(), session?.userId, session?.sv);
});
