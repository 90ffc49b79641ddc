import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import type { OAuthConfig } from 'next-auth/providers/oauth';
import { getDb } from '../db/client';
import { safeCallbackPath } from '../domain/accounts/callback-url';
import { CLIENT_ADDRESS_HEADER } from '../security/client-address';
import { authorizeCredentials } from './credentials';
import { env } from '../config/env';

const credentials = CredentialsProvider({
  name: 'Email and password',
  credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
  authorize: (raw, req) =>
    authorizeCredentials(
      getDb(),
      raw,
      (req.headers as Record<string, string | undefined> | undefined)?.[CLIENT_ADDRESS_HEADER],
    ),
});

/** Single sign-on through any OpenID Connect provider, when OIDC_* variables are set. */
function oidcProvider(): OAuthConfig<Record<string, string>> | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = env();
  if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) return null;
  return {
    id: 'oidc',
    name: OIDC_NAME ?? 'Single sign-on',
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

/** The app's own origin, from NEXTAUTH_URL (the custom server sets it to where it listens when unset). */
export function appOrigin(): string {
  return new URL(env().NEXTAUTH_URL ?? 'http://localhost:3000').origin;
}

/** Whether single sign-on is configured. */
export function isOidcEnabled(): boolean {
  return oidcProvider() !== null;
}

/** The next-auth configuration, shared by the route handler, pages and the custom server. */
export function authOptions(): AuthOptions {
  const oidc = oidcProvider();
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: oidc ? [credentials, oidc] : [credentials],
    callbacks: {
      // next-auth's default accepts anything starting with `/`, and `/\evil.example` is another site to a browser.
      redirect: ({ url, baseUrl }) => `${new URL(baseUrl).origin}${safeCallbackPath(url, baseUrl)}`,
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
