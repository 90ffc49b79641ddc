// next-intl's configuration of a request (next.config.js points its plugin here): the member's
// language, all of its messages for server components, and the member's time zone, UTC until
// they choose one, so that server and browser format the same instant the same way.
import { getRequestConfig } from 'next-intl/server';
import { getSessionUser } from '../auth/session';
import { messagesOf } from './messages';
import { getLocale } from './server';

export default getRequestConfig(async () => {
  const [locale, user] = await Promise.all([getLocale(), getSessionUser()]);
  return { locale, messages: messagesOf(locale), timeZone: user?.timeZone ?? 'UTC' };
});
