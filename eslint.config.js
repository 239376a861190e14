// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

/** Libraries are used through their index only: `@app/domain`, never `@app/domain/acts/…`. */
const noDeepImports = [
  { group: ['@app/*/*'], message: 'Import a library through its index (@app/<lib>), not a deep path.' },
  { group: ['**/libs/*/src', '**/libs/*/src/**'], message: 'Import another library through its alias (@app/<lib>), not a relative path into it.' },
];

/** The statutory domain is pure TypeScript: no framework, ORM, queue or driver may leak into it. */
const domainPurity = [
  ...noDeepImports,
  {
    group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'bullmq', 'bullmq/*', 'ioredis', 'pg', 'express', '@app/*'],
    message: 'libs/domain must stay free of NestJS, TypeORM, BullMQ and IO (see docs/architecture.md).',
  },
];

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-restricted-imports': ['error', { patterns: noDeepImports }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['libs/domain/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: domainPurity }] } },
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
