import { NestFactory } from '@nestjs/core';
import { ApiModule } from '../../apps/api/src/api.module';
import { buildOpenApiDocument } from '../../apps/api/src/http/openapi';

export const OPENAPI_PATH = 'openapi.json';

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

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
