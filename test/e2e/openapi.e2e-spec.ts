import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../../apps/api/src/http/openapi';
import { generateOpenApiTypes, OPENAPI_PATH, OPENAPI_TYPES_PATH, renderOpenApiJson } from '../../tools/openapi/openapi-document';
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
