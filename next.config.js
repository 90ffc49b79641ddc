/** @type {import('next').NextConfig} */
const nextConfig = {
  // One copy of yjs for the custom server and the route handlers (see PITFALLS.md);
  // native and Node-only drivers stay outside the bundle.
  serverExternalPackages: ['yjs', 'y-protocols', 'lib0', 'better-sqlite3', 'pg', 'kysely', 'ioredis', 'bcryptjs', 'nodemailer'],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // forbidden() renders app/forbidden.tsx with a 403.
  experimental: { authInterrupts: true },
};
export default nextConfig;
