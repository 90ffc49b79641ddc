// The layout's rules are kept by lint (docs/architecture.md, "Layout"): each zone's rule must fire
// on an import it forbids and stay quiet on one it allows. The files are virtual: ESLint lints the
// text under the path given, with the project's own eslint.config.js, without type information.
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const LAYOUT_RULES = new Set(['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax']);

type TCase = { file: string; code: string; fires: boolean };

const CASES: TCase[] = [
  // components/: no database, nothing of lib/services (types come from lib/contracts), no server/.
  { file: 'components/plan/x.tsx', code: "import { getDb } from '@/lib/db/client';", fires: true },
  { file: 'components/plan/x.tsx', code: "import type { TDb } from '@/lib/db/client';", fires: true },
  { file: 'components/plan/x.tsx', code: "import { getDb } from '../../lib/db/client';", fires: true },
  { file: 'components/plan/x.tsx', code: "import { sql } from 'kysely';", fires: true },
  {
    file: 'components/plan/x.tsx',
    code: "import { listMembers } from '@/lib/services/accounts/members';",
    fires: true,
  },
  {
    file: 'components/plan/x.tsx',
    code: "import { listMembers } from '../../lib/services/accounts/members';",
    fires: true,
  },
  {
    file: 'components/plan/x.tsx',
    code: "import type { TMember } from '@/lib/services/accounts/members';",
    fires: true,
  },
  {
    file: 'components/plan/x.tsx',
    code: "import { type TMember } from '@/lib/services/accounts/members';",
    fires: true,
  },
  {
    file: 'components/plan/x.tsx',
    code: "import type { TGroup } from '../../lib/services/workshop/group-overview';",
    fires: true,
  },
  { file: 'components/plan/x.tsx', code: "import type { TPlanSubmission } from '@/lib/contracts/plan';", fires: false },
  {
    file: 'components/plan/x.tsx',
    code: "import { ZProfileUpdateSchema } from '@/lib/contracts/accounts';",
    fires: false,
  },
  { file: 'components/plan/x.tsx', code: "import { liveServer } from '@/server/live/index';", fires: true },
  { file: 'components/plan/x.tsx', code: "import { can } from '@/lib/domain/access/permissions';", fires: false },
  // lib/: no server/.
  { file: 'lib/collab/x.ts', code: "import { createSyncServer } from '../../server/yjs/server';", fires: true },
  { file: 'lib/services/plan/x.ts', code: "import { startApp } from '@/server/app';", fires: true },
  { file: 'lib/collab/x.ts', code: "import { getT } from '../i18n/server';", fires: false },
  { file: 'lib/services/plan/x.ts', code: "import { getDb } from '../../db/client';", fires: false },
  // lib/domain/: pure, and still no server/.
  { file: 'lib/domain/plan/x.ts', code: "import type { TDb } from '../../db/client';", fires: true },
  { file: 'lib/domain/plan/x.ts', code: "import { getDb } from '@/lib/db/client';", fires: true },
  { file: 'lib/domain/plan/x.ts', code: "import { agreedActivities } from '../../services/plan/plan';", fires: true },
  { file: 'lib/domain/plan/x.ts', code: "import { currentUser } from '@/lib/auth/current-user';", fires: true },
  { file: 'lib/domain/plan/x.ts', code: "import { rateLimit } from '../../security/rate-limit';", fires: true },
  { file: 'lib/domain/plan/x.ts', code: "import type { TRateLimit } from '../../security/rate-limit';", fires: false },
  { file: 'lib/domain/plan/x.ts', code: "import fs from 'node:fs';", fires: true },
  { file: 'lib/domain/plan/x.ts', code: "import { spawn } from 'child_process';", fires: true },
  { file: 'lib/domain/plan/x.ts', code: "import { liveServer } from '../../../server/live/index';", fires: true },
  { file: 'lib/domain/plan/x.ts', code: "import { can } from '../access/permissions';", fires: false },
  { file: 'lib/domain/plan/x.ts', code: "import { createHash } from 'node:crypto';", fires: false },
  // Pages and layouts: the handle and services, never a query of their own.
  {
    file: 'app/(signed-in)/assessments/[id]/plan/page.tsx',
    code: "import { getDb } from '@/lib/db/client';",
    fires: false,
  },
  {
    file: 'app/(signed-in)/assessments/[id]/plan/page.tsx',
    code: "import { openDb } from '@/lib/db/client';",
    fires: true,
  },
  {
    file: 'app/(signed-in)/assessments/[id]/plan/page.tsx',
    code: "import { addSerialId } from '@/lib/db/portable';",
    fires: true,
  },
  { file: 'app/(signed-in)/assessments/[id]/plan/page.tsx', code: "import { sql } from 'kysely';", fires: true },
  {
    file: 'app/(signed-in)/assessments/[id]/layout.tsx',
    code: "declare const db: { selectFrom(t: string): unknown };\ndb.selectFrom('users');",
    fires: true,
  },
  {
    file: 'app/(signed-in)/assessments/[id]/plan/page.tsx',
    code: "import { listKpiSheets } from '@/lib/services/plan/kpi';",
    fires: false,
  },
  // Route handlers are not pages: they may hold a transaction's handle.
  { file: 'app/api/assessments/[id]/x/route.ts', code: "import { sql } from 'kysely';", fires: false },
  // Route handlers parse with the contracts' schemas, never with schemas of their own.
  { file: 'app/api/assessments/[id]/x/route.ts', code: "import { z } from 'zod';", fires: true },
  {
    file: 'app/api/assessments/[id]/x/route.ts',
    code: "import { ZPlanExportQuerySchema } from '@/lib/contracts/plan';",
    fires: false,
  },
];

describe('the layout rules in eslint.config.js', () => {
  let eslint: ESLint;
  beforeAll(() => {
    // Without type information: the files do not exist, and these rules need none.
    eslint = new ESLint({ cwd: ROOT, overrideConfig: [tseslint.configs.disableTypeChecked] });
  });

  it.each(CASES)('$file: $code → fires: $fires', async ({ file, code, fires }) => {
    const [result] = await eslint.lintText(`${code}\n`, { filePath: path.join(ROOT, file) });
    expect(result?.messages.filter((m) => m.fatal)).toEqual([]);
    const layout = (result?.messages ?? []).filter((m) => m.ruleId !== null && LAYOUT_RULES.has(m.ruleId));
    expect(layout.length > 0).toBe(fires);
  });
});
