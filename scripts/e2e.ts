// `npm run test:e2e`: checks that there is a Chromium to drive (scripts/chromium.ts), builds the
// app when the build is missing or stale, then runs Playwright with the arguments given (e.g.
// `npm run test:e2e -- --grep smoke`) and exits with its code. The browser comes first: without
// one, Playwright would fail every test with the same long error, after the build.
import { ensureChromium } from './chromium';
import { ensureBuild, run } from './ensure-build';

if (!ensureChromium('e2e')) process.exit(1);
const code = ensureBuild('e2e');
process.exit(code !== 0 ? code : run('npx', ['playwright', 'test', ...process.argv.slice(2)], 'e2e'));
