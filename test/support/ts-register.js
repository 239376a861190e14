// A require hook that lets `node -r test/support/ts-register.js apps/worker/src/main.ts` run the
// TypeScript sources as they are, for tests that need the API or the worker as a separate OS
// process (so it can be killed with SIGKILL) without depending on a prior `npm run build`.
// It compiles each .ts file with @swc/core — the compiler jest already uses, with the same options
// (.swcrc.jest.json) — and resolves the tsconfig path aliases (@app/<lib> → libs/<lib>/src).
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { transformSync } = require('@swc/core');

const root = join(__dirname, '..', '..');
const swcOptions = { ...JSON.parse(readFileSync(join(root, '.swcrc.jest.json'), 'utf8')), swcrc: false, configFile: false };
const ALIAS = /^@app\/([a-z-]+)$/;

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveAlias(request, ...rest) {
  const alias = ALIAS.exec(request);
  return resolveFilename.call(this, alias ? join(root, 'libs', alias[1], 'src') : request, ...rest);
};

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...swcOptions, filename });
  module._compile(code, filename);
};
