import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { IntegrationScope } from '@app/persistence';
import { Webhook } from 'standardwebhooks';
import { signStandardWebhook } from '../../apps/worker/src/notices/webhook-signature';
import { WebhookInbox } from '../../examples/integration-client/webhook-receiver';
import { ApiHarness } from '../support/api-harness';
import { createIntegrationClient } from '../support/factories';
import { ACT_TEXT } from '../support/act-text';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

/** examples/integration-client, run as docs/integrations.md says, against the real API over HTTP. */
describe('the example integration client', () => {
  let api: ApiHarness;
  let baseUrl: string;

  beforeAll(async () => {
    api = await ApiHarness.start();
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => api?.stop());

  const runExample = async (args: string[]) => {
    const { stdout } = await run(process.execPath, ['-r', './test/support/ts-register.js', 'examples/integration-client/main.ts', ...args], { cwd: ROOT, timeout: 60_000 });
    return stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  };

  it('pulls a case status with its ETag and follows the change feed, resuming where it stopped', async () => {
    const { key } = await createIntegrationClient(api.dataSource, { scopes: [IntegrationScope.CASES_READ, IntegrationScope.CHANGES_READ], officeCodes: ['ALA'] });
    const caseId = await api.openCase('bostandyk.prosecutor', 'EXAMPLE-0001');
    const cursorFile = join(mkdtempSync(join(tmpdir(), 'pao-example-')), 'changes.cursor');
    const args = ['--base-url', baseUrl, '--api-key', key, '--case', caseId, '--cursor-file', cursorFile];

    const first = await runExample(args);
    expect(first[0]).toEqual({ step: 'status', changed: true, number: 'EXAMPLE-0001', acts: [] });
    expect(first[1]).toEqual({ step: 'status-again', changed: false });
    expect(first.filter((line) => line.step === 'change')).toEqual([expect.objectContaining({ entityType: 'case', entityId: caseId, action: 'case.created' })]);
    expect(readFileSync(cursorFile, 'utf8')).not.toBe('');

    const protest = await api.http
      .post('/api/v1/acts/protests')
      .set(await api.as('bostandyk.prosecutor'))
      .send({ caseId, title: 'Protest against resolution No. 7', addresseeName: 'Akimat', target: 'NON_NORMATIVE_LEGAL_ACT', text: ACT_TEXT })
      .expect(201);
    const second = await runExample(args);
    expect(second[0]).toEqual({ step: 'status', changed: true, number: 'EXAMPLE-0001', acts: [{ type: 'PROTEST', state: 'DRAFT', nextDueAt: null }] });
    // Resumed after the stored cursor: only what happened since, nothing twice.
    expect(second.filter((line) => line.step === 'change').map((line) => [line.entityType, line.entityId, line.action])).toEqual([['act', protest.body.id, 'act.filed']]);
  });

  it('accepts a webhook signed as the worker signs it, once, and refuses a forgery', () => {
    const secret = `whsec_${Buffer.from('a 32-byte secret for the example').toString('base64')}`;
    const body = JSON.stringify({ id: 'delivery-1', type: 'deadline.missed', createdAt: new Date().toISOString(), data: { event: 'deadline.missed' } });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = { 'webhook-id': 'delivery-1', 'webhook-timestamp': String(timestamp), 'webhook-signature': signStandardWebhook(secret, 'delivery-1', timestamp, body) };
    const inbox = new WebhookInbox(secret);
    expect(inbox.receive(body, headers)?.id).toBe('delivery-1');
    expect(inbox.receive(body, headers)).toBeNull();
    const forged = new Webhook(`whsec_${Buffer.from('somebody else entirely, 32 bytes').toString('base64')}`).sign('delivery-2', new Date(), body);
    expect(() => inbox.receive(body, { ...headers, 'webhook-id': 'delivery-2', 'webhook-signature': forged })).toThrow();
  });
});
