// @ts-check
const { builtinModules } = require('node:module');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

/**
 * Who may import whom: the "may import" column of docs/architecture.md, as a table lint enforces.
 * Each zone may import the libraries listed and nothing else of ours; tools/lint/boundary-rule.spec.ts
 * proves every rule fails on a violation.
 */
const LIBRARIES = ['domain', 'config', 'persistence', 'queue', 'workflow', 'observability', 'api-client'];
const ZONES = {
  'libs/domain': [],
  'libs/config': [],
  'libs/api-client': [],
  'libs/persistence': ['domain', 'config'],
  'libs/queue': ['config', 'domain'],
  'libs/workflow': ['domain', 'persistence', 'config'],
  'libs/observability': ['config', 'persistence', 'queue'],
  'apps/api': ['domain', 'config', 'persistence', 'queue', 'workflow', 'observability'],
  'apps/worker': ['domain', 'config', 'persistence', 'queue', 'workflow', 'observability'],
};
const APPS = ['api', 'worker', 'web'];

/** Libraries are used through their index only: `@app/domain`, never `@app/domain/acts/…`. */
const noDeepImports = [
  { group: ['@app/*/*'], message: 'Import a library through its index (@app/<lib>), not a deep path.' },
  { group: ['**/libs/*/src', '**/libs/*/src/**'], message: 'Import another library through its alias (@app/<lib>), not a relative path into it.' },
];

/** The patterns a zone may not import: the libraries outside its row, by alias and by any relative path, and the other apps. */
function zonePatterns(zone) {
  const [kind, name] = zone.split('/');
  const allowed = new Set(ZONES[zone]);
  const others = LIBRARIES.filter((lib) => !allowed.has(lib) && !(kind === 'libs' && lib === name));
  return [
    ...noDeepImports,
    ...others.map((lib) => ({ group: [`@app/${lib}`], message: `${zone} may not import @app/${lib} (docs/architecture.md, "may import").` })),
    ...others.map((lib) => ({
      group: [`**/${lib}/src`, `**/${lib}/src/**`],
      message: `${zone} may not reach into libs/${lib} by a relative path (nor at all: docs/architecture.md).`,
    })),
    ...APPS.filter((app) => !(kind === 'apps' && app === name)).map((app) => ({
      group: [`**/apps/${app}/**`, `**/${app}/src/**`],
      message: `${zone} may not import apps/${app}: apps never import each other.`,
    })),
  ];
}

/** The statutory domain is pure TypeScript: no framework, ORM, queue, driver or Node built-in leaks into it. */
const domainPurity = [
  ...zonePatterns('libs/domain'),
  {
    group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'bullmq', 'bullmq/*', 'ioredis', 'pg', 'express', '@app/*'],
    message: 'libs/domain must stay free of NestJS, TypeORM, BullMQ and IO (see docs/architecture.md).',
  },
  {
    group: [...builtinModules.filter((name) => !name.startsWith('_')), 'node:*'],
    message: 'libs/domain must stay free of Node built-ins: it computes, it does no IO (see docs/architecture.md).',
  },
];

/** The apps and the libraries above persistence reach PostgreSQL only through its repositories. */
const noDirectPersistence = [
  { group: ['typeorm', 'typeorm/*', '@nestjs/typeorm', 'pg'], message: 'Only libs/persistence talks to PostgreSQL: read and write through its repositories (docs/architecture.md).' },
];
/** The zones held to noDirectPersistence. */
const SQL_FREE_ZONES = new Set(['apps/api', 'apps/worker', 'libs/workflow', 'libs/observability', 'libs/queue']);

const zoneRules = Object.keys(ZONES)
  .filter((zone) => zone !== 'libs/domain')
  .map((zone) => ({
    files: [`${zone}/**/*.ts`],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...zonePatterns(zone), ...(SQL_FREE_ZONES.has(zone) ? noDirectPersistence : [])] }] },
  }));

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'docs/**', 'apps/web/dist/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-imports': ['error', { patterns: noDeepImports }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...zoneRules,
  { files: ['libs/domain/**/*.ts'], ignores: ['**/*.spec.ts'], rules: { 'no-restricted-imports': ['error', { patterns: domainPurity }] } },
  {
    // Written as an integrator would write it: from the generated types alone, no casts, no any.
    files: ['test/e2e/typed-client.e2e-spec.ts', 'examples/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    // The web workspace runs in a browser: it talks to the API over HTTP only, typed by the types
    // generated from openapi.json for every client (libs/api-client, imported as
    // types only: erased from the bundle), never by importing the server's code.
    files: ['apps/web/**/*.{ts,tsx,mts}'],
    ignores: ['apps/web/vite.config.mts'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', localStorage: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', crypto: 'readonly', Request: 'readonly', Response: 'readonly' } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          // Built-ins by exact name: as a gitignore-style pattern, 'domain' would match '@app/domain' too.
          paths: builtinModules.filter((name) => !name.startsWith('_')).map((name) => ({ name, message: 'apps/web runs in a browser: no Node built-ins.' })),
          patterns: [
            { group: ['@app/api-client'], allowTypeImports: true, message: 'apps/web imports the generated API types as types only (import type): nothing of libs/ goes into the bundle.' },
            { group: ['@app/*', '!@app/api-client', '**/libs/**', '**/apps/api/**', '**/apps/worker/**', '**/api/src/**', '**/worker/src/**'], message: 'apps/web is a browser app: it reaches the server over HTTP, typed from openapi.json, never by importing server code.' },
            { group: ['node:*'], message: 'apps/web runs in a browser: no Node built-ins.' },
          ],
        },
      ],
    },
  },
  {
    // Jest's global setup runs outside jest's module mapper, so it reaches the migration runner
    // by path; the rest of test/ goes through the aliases like everybody else.
    files: ['test/support/global-setup.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
