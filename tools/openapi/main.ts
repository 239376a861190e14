// Writes the committed OpenAPI document (openapi.json at the repository root) from the API's
// controllers and DTOs. Run from the repository root after changing a route or a DTO:
//   npm run openapi   (builds, then runs dist/tools/openapi/main.js)
// test/e2e/openapi.e2e-spec.ts fails while the committed file differs from what this writes.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPENAPI_PATH, renderOpenApiJson } from './openapi-document';

async function main(root: string): Promise<void> {
  const path = join(root, OPENAPI_PATH);
  writeFileSync(path, await renderOpenApiJson(), 'utf8');
  process.stdout.write(`Wrote ${path}\n`);
}

main(process.cwd()).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
