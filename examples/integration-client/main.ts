// Runs the integration tour against a running API and prints one JSON line per step:
//   node -r ./test/support/ts-register.js examples/integration-client/main.ts \
//     --base-url http://127.0.0.1:3000 --api-key <key> --case <case id> --cursor-file .data/changes.cursor
import { parseArgs } from 'node:util';
import { CaseStatusPoller } from './case-status';
import { followChanges } from './change-feed';
import { connect } from './client';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'base-url': { type: 'string' }, 'api-key': { type: 'string' }, case: { type: 'string' }, 'cursor-file': { type: 'string' } } });
  const baseUrl = values['base-url'];
  const apiKey = values['api-key'];
  const caseId = values.case;
  const cursorFile = values['cursor-file'];
  if (!baseUrl || !apiKey || !caseId || !cursorFile) throw new Error('usage: main.ts --base-url URL --api-key KEY --case ID --cursor-file PATH');
  const client = connect(baseUrl, apiKey);
  const print = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);

  const poller = new CaseStatusPoller(client);
  const first = await poller.read(caseId);
  print({ step: 'status', changed: first.changed, number: first.status.number, acts: first.status.acts.map((act) => ({ type: act.type, state: act.state, nextDueAt: act.nextDueAt })) });
  const second = await poller.read(caseId);
  print({ step: 'status-again', changed: second.changed });

  const handled = await followChanges(client, cursorFile, async (change) => {
    print({ step: 'change', cursor: change.cursor, entityType: change.entityType, entityId: change.entityId, action: change.action });
  });
  print({ step: 'feed-done', handled });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
