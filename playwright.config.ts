import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium';

const port = Number(process.env.E2E_PORT ?? 3100);
// One host name everywhere: Next refuses some requests from 127.0.0.1 when it serves localhost
// (see docs/pitfalls.md, "WebSocket upgrades on a Next custom server"), and next-auth's cookies
// are per host.
const baseURL = `http://localhost:${port}`;

// Debian's Chromium where it exists; otherwise Playwright's own, launched as Playwright
// launches it by default (scripts/e2e.ts has checked that one of them is there).
const found = findChromium();
const executablePath = found?.source === 'system' ? found.executablePath : undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  // Two workers: every test that writes has an assessment of its own (tests/e2e/scenario.ts), so
  // files run side by side. Tests within a file stay in order in one worker, which files with a
  // shared beforeAll (authz-matrix.spec.ts) need. More workers would only queue on two cores.
  workers: 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  // Several browser contexts, the server and the build share two cores: multi-user scenarios need room.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    headless: true,
    trace: 'on-first-retry',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
      args: ['--no-sandbox', '--disable-background-networking'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: /journey\.spec\.ts/ },
    // The whole workshop in one test (tests/e2e/journey.spec.ts): seven people through every
    // stage, on an assessment of its own, so it shares the server with the rest safely.
    {
      name: 'journey',
      use: { ...devices['Desktop Chrome'], actionTimeout: 20_000 },
      testMatch: /journey\.spec\.ts/,
      timeout: 15 * 60_000,
    },
  ],
  webServer: {
    command: 'node --import tsx scripts/e2e-server.ts',
    url: `${baseURL}/api/health`,
    // Warnings and errors only: a connection line per page and user would bury the test report.
    env: {
      E2E_PORT: String(port),
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
    // Locally a server already on the port is reused (start it with the same command to
    // debug it); CI always starts a fresh one.
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // SIGTERM lets the server close and remove its temporary data directory.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
