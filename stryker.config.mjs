// Mutation testing (npm run test:mutation; docs/adr/0012). Scoped to the code where a surviving
// mutant is a missing test: the term rules and the guards of libs/domain, and the API's access
// code. Slow on two cores, so not in CI; the HTML report lands in reports/mutation/ (not in git).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.mutation.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  // First scope (docs/adr/0012): how a term is counted, the statutory floor a filing is held to,
  // and who reaches which office. guards.ts and the rule tables are next; each costs ~5 s a mutant here.
  mutate: ['libs/domain/src/terms/compute-due.ts', 'libs/domain/src/terms/check-prescribed-term.ts', 'apps/api/src/auth/office-scope.ts'],
  // A static mutant (a module-level constant such as a rule table's row) can only be tested by
  // running every unit test, ~15 s each on this machine: 391 of them would take over 90 minutes.
  // They are left out (counted as ignored); the rule tables are held by their own spec files.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['html', 'clear-text', 'progress', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['.data', '.data-*', 'dist', 'reports', 'coverage', 'bench/results', '.stryker-tmp'],
  cleanTempDir: 'always',
};
