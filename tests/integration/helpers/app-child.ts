// The whole app (production build, custom server) in its own process on a fresh SQLite file with
// the demo workshop, for tests that need the real HTTP stack and the server's own memory figures.
// Prints `URL <url>` once listening.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idg-app-'));
Object.assign(process.env, { NODE_ENV: 'production', DATA_DIR: dataDir });
delete process.env.DATABASE_URL;
delete process.env.REDIS_URL;

const { getDb, migrate } = await import('../../../lib/db/client');
const { seedDemo } = await import('../../../lib/services/assessments/demo-seed');
const { startApp } = await import('../../../server/app');
await migrate(getDb());
await seedDemo(getDb());
const app = await startApp({ port: 0, hostname: '127.0.0.1', dev: false, dir: root });
console.log(`URL ${app.url}`);
process.once('SIGTERM', () => {
  void app.close().finally(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
});
