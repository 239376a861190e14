// Writes the committed OpenAPI document (openapi.json at the repository root) from the API's
// controllers and DTOs, the client types generated from it (libs/api-client/src/openapi.ts) and
// the problem-code reference (docs/error-codes.md).
// Run from the repository root after changing a route or a DTO:
//   npm run openapi   (builds, then runs dist/tools/openapi/main.js)
// test/e2e/openapi.e2e-spec.ts fails while either committed file differs from what this writes.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderProblemCodesMarkdown } from '../../apps/api/src/http/problem-codes';
import { ERROR_CODES_DOC_PATH, generateOpenApiTypes, OPENAPI_PATH, OPENAPI_TYPES_PATH, renderOpenApiJson } from './openapi-document';

async function main(root: string): Promise<void> {
  writeFileSync(join(root, OPENAPI_PATH), await renderOpenApiJson(), 'utf8');
  writeFileSync(join(root, ERROR_CODES_DOC_PATH), renderProblemCodesMarkdown(), 'utf8');
  const types = generateOpenApiTypes(root, 'write');
  if (!types.ok) throw new Error(`openapi-typescript failed:\n${types.output}`);
  process.stdout.write(`Wrote ${OPENAPI_PATH}, ${OPENAPI_TYPES_PATH} and ${ERROR_CODES_DOC_PATH}\n`);
}

main(process.cwd()).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
