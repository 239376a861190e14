import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { ApiModule } from '../../apps/api/src/api.module';
import { buildOpenApiDocument } from '../../apps/api/src/http/openapi/openapi-document';

export const OPENAPI_PATH = 'openapi.json';
/** The problem codes with their statuses and meanings, for integrators. */
export const ERROR_CODES_DOC_PATH = 'docs/error-codes.md';
/** The TypeScript types of the document, for the typed client (libs/api-client) and the web app. */
export const OPENAPI_TYPES_PATH = 'libs/api-client/src/openapi.ts';

/**
 * The API's OpenAPI document as committed: keys sorted at every level (so the order modules are
 * listed in does not churn the file), 2-space indent, trailing newline. The application is built
 * in preview mode — modules and controllers are scanned, no provider is instantiated — so no
 * database, Redis or environment is needed.
 */
export async function renderOpenApiJson(): Promise<string> {
  const app = await NestFactory.create(ApiModule.register(), { preview: true, logger: false });
  try {
    return `${JSON.stringify(sortKeys(buildOpenApiDocument(app)), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

/**
 * openapi-typescript over the committed document: what a client generator sees, nothing
 * hand-written. Its CLI runs as a child process (its CommonJS build loads ES modules, which jest
 * cannot); `check` answers whether the committed types are what it would write.
 */
export function generateOpenApiTypes(root: string, mode: 'write' | 'check'): { ok: boolean; output: string } {
  // By its package folder: the package's export map turns 'bin/cli.js' into a file it lacks.
  const cli = join(dirname(require.resolve('openapi-typescript/package.json')), 'bin', 'cli.js');
  // --default-non-nullable=false: a request field with a default (`default: false`) stays optional for the client.
  const args = [cli, OPENAPI_PATH, '--alphabetize', '--default-non-nullable=false', '--output', OPENAPI_TYPES_PATH, ...(mode === 'check' ? ['--check'] : [])];
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
