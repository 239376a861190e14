// The unit tests Stryker runs against each mutant (npm run test:mutation, stryker.config.mjs):
// pure code only, no global setup, so a mutant costs a few hundred milliseconds.
const base = require('./jest.config.js');
const unit = base.projects.find((project) => project.displayName === 'unit');

module.exports = {
  ...unit,
  displayName: undefined,
  testMatch: ['<rootDir>/libs/domain/**/*.spec.ts', '<rootDir>/apps/api/src/auth/**/*.spec.ts', '<rootDir>/apps/api/src/http/**/*.spec.ts'],
};
