import createNextIntlPlugin from 'next-intl/plugin';

// Content security policy. Next's app router writes inline bootstrap scripts (the RSC payload
// in `self.__next_f.push(...)`), so script-src needs 'unsafe-inline'. Nonces would remove that,
// but a nonce must be minted per request in middleware, which makes every page dynamic (no
// static rendering or caching) and Next only applies it to its own scripts; with no
// third-party script and every input escaped by React, 'self' plus inline is the trade taken.
// Tailwind and Tiptap (carets, the collaboration cursor colours) set inline styles.
// connect-src: the Yjs sync server and socket.io are same-origin WebSockets, which 'self'
// does not cover in every browser, so ws:/wss: are listed.
// In development React's refresh runtime evaluates code, hence 'unsafe-eval' there only.
const dev = process.env.NODE_ENV === 'development';
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  // public/sw.js, the offline reloads of checklist pages.
  "worker-src 'self'",
  "object-src 'none'",
  // The report page shows its preview (/api/.../report/preview) in a frame: the app may frame
  // itself, no other site may frame it (clickjacking). X-Frame-Options below says the same for
  // browsers without frame-ancestors.
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The security headers of every response; HSTS only where the app is served over https. */
function securityHeaders() {
  const headers = [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  ];
  // Over plain http (a local install, the e2e suite) HSTS would be ignored at best and would
  // pin "localhost" to https at worst. Next reads headers() at build time: build with the
  // production NEXTAUTH_URL set.
  if ((process.env.NEXTAUTH_URL ?? '').startsWith('https://')) {
    headers.push({ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' });
  }
  return headers;
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // One copy of yjs for the custom server and the route handlers (see docs/pitfalls.md, "One copy
  // of yjs");
  // native and Node-only drivers stay outside the bundle.
  serverExternalPackages: [
    'yjs',
    'y-protocols',
    'lib0',
    'better-sqlite3',
    'pg',
    'kysely',
    'ioredis',
    'bcryptjs',
    'nodemailer',
  ],
  // See lib/collab/no-buffer.ts: no Buffer polyfill in the browser.
  turbopack: { resolveAlias: { 'next/dist/compiled/buffer': { browser: './lib/collab/no-buffer.ts' } } },
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // forbidden() renders app/forbidden.tsx with a 403.
  experimental: { authInterrupts: true },
  // `npm run typecheck` checks the whole project (server/, tests/ too) before any build in
  // `npm test`; checking again inside `next build` only costs time.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
};
// next-intl reads each request's language, messages and time zone from lib/i18n/request.ts.
// `precompile`: the message files are compiled at build time, so pages carry compiled messages
// and only the formatter, not the ICU parser (about 12 kB compressed on every page). Code run
// outside the bundle (the custom server, mail, tests) reads the same JSON as plain ICU strings.
export default createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: {
    messages: { format: 'json', path: './lib/i18n/messages', locales: 'infer', sourceLocale: 'en', precompile: true },
  },
})(nextConfig);
