// `npm run demo`: build if needed, migrate, seed the demo workshop on an empty database, serve.
import { ensureBuild } from './ensure-build';

const code = ensureBuild('demo');
if (code !== 0) process.exit(code);

Object.assign(process.env, { NODE_ENV: 'production' });
const port = Number(process.env.PORT ?? 3000);

async function main(): Promise<void> {
  // Imported after the environment is set: the database module reads it on first use.
  const { getDb, migrate } = await import('../lib/db/client');
  const { DEMO_ASSESSMENT_TITLE, DEMO_USERS, demoPassword, seedDemo } = await import('../lib/services/demo-seed');
  const { startApp } = await import('../server/app');

  const db = getDb();
  await migrate(db);
  const seeded = await seedDemo(db);
  const app = await startApp({ port, dev: false, hostname: process.env.HOST || undefined });

  console.log(`\nIDG Workshop demo is running at ${app.url}`);
  console.log(seeded ? `Seeded the assessment "${DEMO_ASSESSMENT_TITLE}".` : 'The database already had accounts; nothing was seeded.');
  console.log(`Sign in with any of these (password: ${demoPassword()}):`);
  for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(24)} ${u.role.padEnd(4)} ${u.name}`);
  console.log('Stop with Ctrl+C.\n');

  const stop = () => void app.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error('The demo failed to start:', err);
  process.exit(1);
});
