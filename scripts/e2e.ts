// `npm run test:e2e`: builds the app when the build is missing or stale, then runs Playwright
// with the arguments given (e.g. `npm run test:e2e -- --grep smoke`) and exits with its code.
import { ensureBuild, run } from './ensure-build';

const code = ensureBuild('e2e');
process.exit(code !== 0 ? code : run('npx', ['playwright', 'test', ...process.argv.slice(2)], 'e2e'));
