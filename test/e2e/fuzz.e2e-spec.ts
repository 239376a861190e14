import { randomBytes } from 'node:crypto';
import { IntegrationScope } from '@app/persistence';
import { ACT_TEXT } from '../support/act-text';
import { ApiHarness } from '../support/api-harness';
import { createIntegrationClient } from '../support/factories';
import { FuzzRequest, OpenApiFuzzer, Operation, randomSource } from '../support/fuzz/openapi-fuzzer';

/**
 * The OpenAPI-driven fuzzer, on a small budget in every test run (FUZZ_REQUESTS, default 2000;
 * `npm run fuzz` sends more with a fresh seed): requests for every operation of openapi.json, as
 * every kind of caller, valid and broken. Two rules hold for every answer:
 * - no 5xx;
 * - a 4xx changed nothing: every table has a row-level trigger counting committed changes, read
 *   before and after each request (a refused request's transaction may begin, but nothing of it
 *   may commit). The one exception is idempotency_keys, bookkeeping of its own: a request with an
 *   Idempotency-Key claims its key first and releases it when refused, so that table is held to
 *   "no row more, no row less" instead.
 * A failure prints the seed and the request, so it can be replayed.
 */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 2709);
const UNLIMITED = '1000000000';

interface Finding {
  readonly index: number;
  readonly rule: '5xx' | 'write on 4xx';
  readonly request: string;
  readonly status: number;
  readonly answer: string;
}

describe(`the OpenAPI fuzzer (${REQUESTS} requests, seed ${SEED})`, () => {
  let api: ApiHarness;
  let baseUrl: string;

  beforeAll(async () => {
    api = await ApiHarness.start({
      config: {
        RATE_LIMIT_MAX: UNLIMITED,
        RATE_LIMIT_ADDRESS_MAX: UNLIMITED,
        RATE_LIMIT_AUTH_FAILURES_MAX: UNLIMITED,
        RATE_LIMIT_LOGIN_MAX: UNLIMITED,
        RATE_LIMIT_LOGIN_ADDRESS_MAX: UNLIMITED,
        PASSWORD_CHECK_QUEUE: '10000',
      },
    });
    await installWriteCounter(api);
    await api.app.listen(0, '127.0.0.1');
    baseUrl = await api.app.getUrl();
  });
  afterAll(() => api?.stop());

  it('answers no 5xx, and a refused request writes nothing', async () => {
    const random = randomSource(SEED);
    const caseId = await api.openCase('bostandyk.prosecutor', 'FUZZ-0001');
    const prosecutor = await api.as('bostandyk.prosecutor');
    const protest = await api.http.post('/api/v1/acts/protests').set(prosecutor).send({ caseId, title: 'Fuzzed protest', addresseeName: 'Akimat', target: 'DECISION_OR_ACTION', text: ACT_TEXT }).expect(201);
    await api.http.post(`/api/v1/acts/${protest.body.id}/events`).set(prosecutor).send({ event: 'ISSUE' }).expect(200);
    const integration = await createIntegrationClient(api.dataSource, { scopes: Object.values(IntegrationScope), officeCodes: ['GPO'] });
    const fuzzer = new OpenApiFuzzer(random, [caseId, protest.body.id as string, await api.officeId('ALA-BOS')]);
    const byRole: Record<string, Array<Record<string, string>>> = {
      PROSECUTOR: [await api.as('bostandyk.prosecutor'), await api.as('sairam.prosecutor')],
      SUPERVISOR: [await api.as('almaty.head'), await api.as('gpo.head')],
      ADMINISTRATOR: [await api.as('admin')],
    };
    const callers: Array<Record<string, string>> = [
      {},
      ...Object.values(byRole).flat(),
      { 'X-Api-Key': integration.key },
      { Authorization: `Bearer ${randomBytes(30).toString('base64url')}` },
      { 'X-Api-Key': `pak_${randomBytes(32).toString('base64url')}` },
    ];
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
    // Two in three requests come from a caller the route admits, so they reach its handler; the rest from anybody.
    const callerFor = (operation: Operation): Record<string, string> => {
      const admitted = [...operation.roles.flatMap((role) => byRole[role] ?? []), ...(operation.scopes.length ? [{ 'X-Api-Key': integration.key }] : [])];
      return admitted.length && random() < 0.67 ? pick(admitted) : pick(callers);
    };
    const findings: Finding[] = [];
    const statuses = new Map<number, number>();
    for (let index = 0; index < REQUESTS; index += 1) {
      const request = fuzzer.next(callerFor);
      const writesBefore = await writes(api);
      const { status, text } = await send(baseUrl, request);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500) findings.push({ index, rule: '5xx', request: show(request), status, answer: text.slice(0, 500) });
      else if (status >= 400 && (await writes(api)) !== writesBefore) findings.push({ index, rule: 'write on 4xx', request: show(request), status, answer: text.slice(0, 500) });
      else if (status >= 200 && status < 300) rememberIds(fuzzer, text);
    }
    const summary = [...statuses.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(' ');
    process.stderr.write(`fuzz: ${REQUESTS} requests, seed ${SEED}: ${summary}\n`);
    expect(findings).toEqual([]);
    // It reached the handlers, not only the validation: some requests succeeded, some were refused by the rules.
    expect([...statuses.keys()].some((status) => status >= 200 && status < 300)).toBe(true);
    expect(statuses.get(422) ?? 0).toBeGreaterThan(0);
  }, 60_000 + REQUESTS * 50);
});

/** A row-level trigger on every table bumps one counter per committed row change (rolled back: nothing). */
async function installWriteCounter(api: ApiHarness): Promise<void> {
  await api.dataSource.query(`CREATE TABLE fuzz_writes (n bigint NOT NULL)`);
  await api.dataSource.query(`INSERT INTO fuzz_writes VALUES (0)`);
  await api.dataSource.query(`CREATE FUNCTION fuzz_count_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE fuzz_writes SET n = n + 1; RETURN NULL; END $$`);
  const tables = (await api.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('fuzz_writes', 'idempotency_keys')`)) as Array<{
    tablename: string;
  }>;
  for (const { tablename } of tables) {
    await api.dataSource.query(`CREATE TRIGGER fuzz_count_write AFTER INSERT OR UPDATE OR DELETE ON "${tablename}" FOR EACH ROW EXECUTE FUNCTION fuzz_count_write()`);
  }
}

async function writes(api: ApiHarness): Promise<string> {
  const [{ n, keys }] = (await api.dataSource.query(`SELECT n::text AS n, (SELECT count(*) FROM idempotency_keys)::text AS keys FROM fuzz_writes`)) as Array<{ n: string; keys: string }>;
  return `${n} changes, ${keys} idempotency keys`;
}

async function send(baseUrl: string, request: FuzzRequest): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { ...request.headers };
  let body: string | undefined;
  if (request.method === 'GET') {
    // fetch sends no body with GET
  } else if (request.body && 'json' in request.body) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(request.body.json) ?? 'null';
  } else if (request.body) {
    headers['content-type'] = request.body.type;
    body = request.body.raw;
  }
  const response = await fetch(`${baseUrl}${request.url}`, { method: request.method, headers, body, signal: AbortSignal.timeout(20_000) });
  return { status: response.status, text: await response.text() };
}

function show(request: FuzzRequest): string {
  const body = request.body === undefined ? '' : ` ${'json' in request.body ? JSON.stringify(request.body.json) : request.body.raw}`;
  return `${request.method} ${request.url} ${JSON.stringify(Object.keys(request.headers))}${body}`.slice(0, 2000);
}

function rememberIds(fuzzer: OpenApiFuzzer, text: string): void {
  try {
    const body = JSON.parse(text) as { id?: unknown; subscription?: { id?: unknown }; client?: { id?: unknown } };
    fuzzer.remember(body.id);
    fuzzer.remember(body.subscription?.id);
    fuzzer.remember(body.client?.id);
  } catch {
    // not JSON (the CSV export): nothing to remember
  }
}
