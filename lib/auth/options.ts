import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import { z } from 'zod';
import { getDb } from '../db/client';
import { delayBeforeAttempt, lockedUntil, activeFailures } from '../domain/sign-in-throttle';
import { verifyPassword } from './password';
import { clearFailures, loadThrottle, recordFailure } from './throttle';

const ZCredentialsSchema = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(1000) });

/** Message shown when an email is locked after repeated failures. */
export const LOCKED_MESSAGE = 'Too many failed sign-ins. This account is locked for a while; try again later.';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const credentials = CredentialsProvider({
  name: 'Email and password',
  credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
  async authorize(raw) {
    const parsed = ZCredentialsSchema.safeParse(raw);
    if (!parsed.success) return null;
    const { email, password } = parsed.data;
    const db = getDb();
    const now = new Date();
    const throttle = await loadThrottle(db, email);
    if (lockedUntil(throttle, now)) throw new Error(LOCKED_MESSAGE);
    await sleep(delayBeforeAttempt(activeFailures(throttle, now)));

    const user = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    if (!(await verifyPassword(password, user?.password_hash ?? null)) || !user) {
      const next = await recordFailure(db, email);
      if (next.lockedUntil) throw new Error(LOCKED_MESSAGE);
      return null;
    }
    await clearFailures(db, email);
    return { id: user.id, email: user.email, name: user.name };
  },
});

/** Single sign-on through any OpenID Connect provider, when OIDC_* variables are set. */
function oidcProvider(): OAuthConfig<Record<string, string>> | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = process.env;
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    id: 'oidc',
    name: process.env.OIDC_NAME ?? 'Single sign-on',
    type: 'oauth',
    wellKnown: `${OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    authorization: { params: { scope: 'openid email profile' } },
    idToken: true,
    checks: ['pkce', 'state'],
    profile: (p) => ({ id: p.sub ?? '', email: p.email ?? '', name: p.name ?? p.email ?? '' }),
  };
}

/** Whether single sign-on is configured. */
export function isOidcEnabled(): boolean {
  return oidcProvider() !== null;
}

/** The next-auth configuration, shared by the route handler, pages and the custom server. */
export function authOptions(): AuthOptions {
  const oidc = oidcProvider();
  return {
    secret: process.env.NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: oidc ? [credentials, oidc] : [credentials],
    callbacks: {
      // Accounts come from invitations: single sign-on only opens an account that already exists.
      async signIn({ user, account }) {
        if (account?.provider !== 'oidc') return true;
        const email = user.email?.toLowerCase();
        if (!email) return false;
        const row = await getDb().selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
        return Boolean(row);
      },
      async jwt({ token, user, account }) {
        if (user) {
          const email = (user.email ?? '').toLowerCase();
          const row = await getDb()
            .selectFrom('users')
            .select(['id', 'session_version'])
            .where(account?.provider === 'oidc' ? 'email' : 'id', '=', account?.provider === 'oidc' ? email : user.id)
            .executeTakeFirst();
          if (row) {
            token.sub = row.id;
            token.sv = row.session_version;
          }
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sv: token.sv };
      },
    },
  };
}
