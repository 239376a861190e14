import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { join } from 'node:path';
import { API_ERROR_CODES } from '../../apps/api/src/http/error-codes';
import { renderProblemCodesMarkdown } from '../../apps/api/src/http/problem-codes';
import { buildOpenApiDocument } from '../../apps/api/src/http/openapi/openapi-document';
import { ERROR_CODES_DOC_PATH, generateOpenApiTypes, OPENAPI_PATH, OPENAPI_TYPES_PATH, renderOpenApiJson } from '../../tools/openapi/openapi-document';
import { ApiHarness } from '../support/api-harness';

/** JSON paths where two documents differ (at most `limit`), to point at the stale part. */
function differences(committed: unknown, generated: unknown, path = '$', limit = 5): string[] {
  if (JSON.stringify(committed) === JSON.stringify(generated)) return [];
  const bothObjects = typeof committed === 'object' && committed !== null && typeof generated === 'object' && generated !== null;
  if (!bothObjects || Array.isArray(committed) !== Array.isArray(generated)) return [path];
  const keys = [...new Set([...Object.keys(committed), ...Object.keys(generated)])];
  return keys
    .flatMap((key) => differences((committed as Record<string, unknown>)[key], (generated as Record<string, unknown>)[key], `${path}.${key}`, limit))
    .slice(0, limit);
}

describe('the committed OpenAPI document', () => {
  it('is what `npm run openapi` generates', async () => {
    const committed = readFileSync(join(__dirname, '..', '..', OPENAPI_PATH), 'utf8');
    const generated = await renderOpenApiJson();
    if (committed !== generated) {
      throw new Error(
        `openapi.json is out of date: run \`npm run openapi\` and commit the result. Differs at ${differences(JSON.parse(committed), JSON.parse(generated)).join(', ')}. ` +
          '(If it still differs after that, a route parameter is typed with an imported type alias, which tsc and SWC — the build and jest — ' +
          'describe differently: give the parameter an explicit @ApiParam or @ApiQuery.)',
      );
    }
  });

  it('has client types that are what openapi-typescript generates from it', () => {
    const check = generateOpenApiTypes(join(__dirname, '..', '..'), 'check');
    if (!check.ok) throw new Error(`${OPENAPI_TYPES_PATH} is out of date: run \`npm run openapi\` and commit the result.\n${check.output}`);
  });

  it('matches what the running API serves at /docs/openapi.json', async () => {
    const api = await ApiHarness.start();
    try {
      const served = await api.http.get('/docs/openapi.json').expect(200);
      expect(served.body).toEqual(JSON.parse(await renderOpenApiJson()));
      expect(buildOpenApiDocument(api.app)).toEqual(served.body);
    } finally {
      await api.stop();
    }
  });
});

describe('the OpenAPI document as a contract', () => {
  const document = JSON.parse(readFileSync(join(__dirname, '..', '..', OPENAPI_PATH), 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string; security?: unknown[]; responses: Record<string, unknown> }>>;
  };
  const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));

  it('is a valid OpenAPI 3.1 document (swagger-parser)', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('names every operation with a stable verb-first id, once', () => {
    const ids = operations.map(({ operation }) => operation.operationId ?? '');
    expect(ids.filter((id) => !/^[a-z]+[A-Z][A-Za-z]*$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every operation a success answer, a problem answer for 500, and a security requirement (public ones empty)', () => {
    for (const { path, method, operation } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect([where, Object.keys(operation.responses).some((status) => status.startsWith('2'))]).toEqual([where, true]);
      expect([where, operation.responses['500']]).toEqual([where, { $ref: '#/components/responses/InternalError' }]);
      expect([where, Array.isArray(operation.security)]).toEqual([where, true]);
    }
  });

  it('has a problem-code reference that is what `npm run openapi` writes', () => {
    expect(readFileSync(join(__dirname, '..', '..', ERROR_CODES_DOC_PATH), 'utf8') === renderProblemCodesMarkdown()).toBe(true);
  });

  it('publishes every problem code the code base knows, and only those', () => {
    const schemas = (JSON.parse(readFileSync(join(__dirname, '..', '..', OPENAPI_PATH), 'utf8')) as { components: { schemas: Record<string, { enum?: string[] }> } }).components.schemas;
    expect(schemas.ProblemCode.enum).toEqual([...API_ERROR_CODES]);
  });
});
