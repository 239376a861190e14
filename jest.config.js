// One `npm test` runs every project. Unit tests (pure code, no IO) run in parallel;
// integration and e2e suites share a global setup that prepares PostgreSQL and Redis once
// and give every test file its own cloned database and queue prefix (test/support/).
const fs = require('node:fs');
const process = require('node:process');
const swcConfig = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc.jest.json`, 'utf8'));

const moduleNameMapper = {
  '^@app/domain$': '<rootDir>/libs/domain/src',
  '^@app/persistence$': '<rootDir>/libs/persistence/src',
  '^@app/queue$': '<rootDir>/libs/queue/src',
  '^@app/config$': '<rootDir>/libs/config/src',
  '^@app/observability$': '<rootDir>/libs/observability/src',
  '^@app/workflow$': '<rootDir>/libs/workflow/src',
  '^@app/api-client$': '<rootDir>/libs/api-client/src',
};
const transform = { '^.+\\.ts$': ['@swc/jest', { ...swcConfig, swcrc: false }] };
const common = { rootDir: __dirname, moduleNameMapper, transform, testEnvironment: 'node' };

module.exports = {
  // Integration suites boot Nest apps against real servers; jest 29 takes the timeout only here.
  testTimeout: 30000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/tools/**/*.spec.ts', '<rootDir>/bench/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['reflect-metadata'],
    },
    {
      // The web workspace in Debian's Chromium, against the real API on its own cloned database;
      // the global setup builds the app first when its build is missing or older than its sources.
      ...common,
      displayName: 'browser',
      // `npm run screenshots` runs the screen tour instead of the journeys (SCREENSHOTS=1).
      testMatch: process.env.SCREENSHOTS ? ['<rootDir>/test/screenshots/**/*.screens.ts'] : ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/browser/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFiles: ['reflect-metadata'],
    },
  ],
};
