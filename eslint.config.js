import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layout's rules (docs/architecture.md, "Layout"). Each zone lists what its files may not
// import, by `@/` alias and by relative path; relative paths are matched by the folder they climb
// to, which is unambiguous because lib/ has one db/, services/, security/ and auth/ folder and no
// server/ folder (lib/i18n/server.ts is imported as `@/lib/i18n/server` or from beside it).
const noServer = [
  {
    group: ['@/server', '@/server/**'],
    message:
      'lib/ and components/ never import server/; the custom server registers what they need on globalThis (docs/pitfalls.md).',
  },
  {
    regex: '^(\\.\\./)+server(/|$)',
    message:
      'lib/ and components/ never import server/; the custom server registers what they need on globalThis (docs/pitfalls.md).',
  },
];
const pureDomain =
  'lib/domain holds pure rules: no database, services, sessions or I/O (docs/architecture.md, "Layout").';
const layoutZones = [
  {
    files: ['lib/**/*.{ts,tsx,js,mjs}'],
    patterns: noServer,
  },
  {
    files: ['lib/domain/**/*.{ts,tsx}'],
    patterns: [
      ...noServer,
      { group: ['@/lib/db', '@/lib/db/**', '@/lib/services/**', '@/lib/auth/**', 'kysely'], message: pureDomain },
      { regex: '^(\\.\\./)+(lib/)?(db|services|auth)(/|$)', message: pureDomain },
      // Types (a rate limit's shape) are fine: they leave nothing behind at run time.
      { group: ['@/lib/security/**'], allowTypeImports: true, message: pureDomain },
      { regex: '^(\\.\\./)+(lib/)?security(/|$)', allowTypeImports: true, message: pureDomain },
    ],
    paths: ['fs', 'fs/promises', 'net', 'http', 'https', 'child_process', 'worker_threads', 'dgram', 'tls'].flatMap(
      (m) => [
        { name: m, message: pureDomain },
        { name: `node:${m}`, message: pureDomain },
      ],
    ),
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    patterns: [
      ...noServer,
      {
        group: ['@/lib/db', '@/lib/db/**', 'kysely'],
        message: 'Components never import the database; the page loads the data and passes it in.',
      },
      {
        regex: '^(\\.\\./)+lib/db(/|$)',
        message: 'Components never import the database; the page loads the data and passes it in.',
      },
      // What a page passes and a route returns is typed by lib/contracts/<feature>.ts, beside its zod
      // schemas; a component that needs a service's own type means that type belongs in the contract.
      {
        regex: '^(@/|(\\.\\./)+)lib/services(/|$)',
        message: 'Components take their types and schemas from lib/contracts/<feature>, never from lib/services.',
      },
    ],
  },
  {
    // Pages and layouts get the database handle and call services; the queries live in the services.
    files: ['app/**/page.tsx', 'app/**/layout.tsx'],
    patterns: [
      { group: ['kysely'], message: 'Pages call lib/services for their data; a query belongs in a service.' },
      {
        regex: '^@/lib/db(/(?!client$).*)?$',
        message: 'Pages call lib/services for their data; a query belongs in a service.',
      },
    ],
    paths: [
      {
        name: '@/lib/db/client',
        allowImportNames: ['getDb'],
        message: 'Pages call lib/services for their data; a query belongs in a service.',
      },
    ],
    syntax: [
      {
        selector:
          'CallExpression[callee.property.name=/^(selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto)$/]',
        message: 'Pages call lib/services for their data; a query belongs in a service.',
      },
    ],
  },
  {
    // What a route takes is the feature's contract with the client, so its schema lives there too.
    files: ['app/api/**/*.ts'],
    patterns: [],
    paths: [
      {
        name: 'zod',
        message: 'Route handlers parse with the schemas of lib/contracts/<feature>; define a new one there.',
      },
    ],
  },
];

export default tseslint.config(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'data/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      // Prettier wraps code at 120; this holds comments to it too (strings and URLs may run long).
      'max-len': [
        'error',
        {
          code: 120,
          tabWidth: 2,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreUrls: true,
          ignoreRegExpLiterals: true,
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // Asymmetric matchers (expect.stringMatching, expect.any) are typed `any` by the test runners.
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-argument': 'off' },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    // Every environment variable is parsed once, in lib/config/env.ts (its defaults and meaning
    // beside it, the README's table checked against it). Tests and scripts may set variables.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx,js,mjs}', 'server/**/*.{ts,mjs}'],
    ignores: ['lib/config/env.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through env() from lib/config/env.ts.' },
      ],
    },
  },
  {
    // Server code logs through lib/log (pino, a child per module). Scripts print to their user;
    // tests and benchmarks print what they measure.
    files: ['app/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx,js,mjs}', 'server/**/*.{ts,mjs}'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-console': 'error' },
  },
  // Later zones override earlier ones for the same file, so lib/domain repeats lib/'s rule.
  ...layoutZones.map(({ files, patterns, paths = [], syntax }) => ({
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
      ...(syntax ? { 'no-restricted-syntax': ['error', ...syntax] } : {}),
    },
  })),
);
