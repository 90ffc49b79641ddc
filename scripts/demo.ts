// `npm run demo`: build if needed, migrate, seed the demo workshop (mid-flight) on an empty database, serve.
import { ensureBuild } from './ensure-build';
import { env } from '../lib/config/env';

const code = ensureBuild('demo');
if (code !== 0) process.exit(code);

Object.assign(process.env, { NODE_ENV: 'production' });
const { PORT: port, HOST: hostname } = env();

async function main(): Promise<void> {
  // Imported after the environment is set: the database module reads it on first use.
  const { getDb, migrate } = await import('../lib/db/client');
  const { DEMO_ASSESSMENT_TITLE, DEMO_USERS, demoPassword, seedDemo } =
    await import('../lib/services/assessments/demo-seed');
  const { seedDemoWorkshop } = await import('../lib/services/assessments/demo-workshop');
  const { startApp } = await import('../server/app');

  const db = getDb();
  await migrate(db);
  // The base (accounts, assessment, groups) is also the end-to-end suite's; the workshop in
  // mid-flight on top of it is the demo's alone.
  const seeded = (await seedDemo(db)) && (await seedDemoWorkshop(db));
  const app = await startApp({ port, dev: false, hostname });

  console.log(`\nIDG Workshop demo is running at ${app.url}`);
  if (seeded) {
    console.log(`Seeded the assessment "${DEMO_ASSESSMENT_TITLE}" in the middle of its workshop:`);
    console.log('  today’s afternoon session (Sessions) with its agenda, two breakout groups');
    console.log('  with answers and evaluations in their key factors (Checklist), each group’s');
    console.log('  strengths, weaknesses and proposed activities (Groups), and the report-back still to do.');
  } else {
    console.log('The database already had accounts; nothing was seeded.');
  }
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
