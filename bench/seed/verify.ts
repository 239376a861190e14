// A sample of the seeded rows read back the way the app reads them: every ledger must decode with
// the app's codec and agree with its row (id, due instant), every state must belong to its machine.
import { MACHINES } from '@app/domain';
import { decodeDeadlineRecord } from '@app/persistence';
import { Client } from 'pg';

export async function verifySample(db: Client, size = 2_000): Promise<number> {
  const deadlines = await db.query<{ id: string; due_at: Date; ledger: unknown }>(`SELECT id, due_at, ledger FROM deadlines TABLESAMPLE SYSTEM (10) LIMIT $1`, [size]);
  for (const row of deadlines.rows) {
    const record = decodeDeadlineRecord(row.ledger);
    if (record.id !== row.id || record.dueAt.getTime() !== row.due_at.getTime()) throw new Error(`deadline ${row.id}: ledger disagrees with its row`);
  }
  const states = await db.query<{ type: string; kind: string | null; state: string; edition_id: string }>(`SELECT DISTINCT type, kind, state, edition_id FROM acts`);
  for (const row of states.rows) {
    const machine = MACHINES.find((candidate) => candidate.actType === row.type && candidate.kind === row.kind && candidate.editionId === row.edition_id);
    if (!machine?.states.some((state) => state === row.state)) throw new Error(`${row.type}.${row.kind}: no machine with a state ${row.state}`);
  }
  return deadlines.rows.length + states.rows.length;
}
