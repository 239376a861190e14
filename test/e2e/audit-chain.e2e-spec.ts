import { verifyAuditChain } from '@app/persistence';
import { auditVerify } from '../../tools/audit-verify/audit-verify';
import { ApiHarness } from '../support/api-harness';

/** What a superuser with access to the table could do: edit history behind the triggers' back. */
async function asSuperuser(api: ApiHarness, sql: string, params: unknown[] = []): Promise<void> {
  await api.dataSource.transaction(async (manager) => {
    await manager.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    await manager.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_chain');
    await manager.query(sql, params);
    await manager.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_chain');
    await manager.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
  });
}

describe('audit chain', () => {
  let api: ApiHarness;
  let ids: string[];

  beforeAll(async () => {
    api = await ApiHarness.start();
    const admin = await api.as('admin');
    const parentId = await api.officeId('KAR');
    for (const code of ['KAR-ZHE', 'KAR-BAL', 'KAR-SAR']) {
      const name = { kk: code, ru: code, en: code };
      await api.http.post('/api/v1/admin/offices').set(admin).send({ code, parentId, level: 'DISTRICT', kind: 'CITY', name }).expect(201);
    }
    await api.http
      .post('/api/v1/calendar/entries')
      .set(admin)
      .send({ id: 'TEST-2026-12-31', kind: 'HOLIDAY', date: '2026-12-31', label: { kk: 'а', ru: 'б «в»', en: "New Year's Eve" }, source: { kk: 'а', ru: 'б', en: 'c' }, status: 'DRAFT' })
      .expect(201);
    await api.http.patch(`/api/v1/admin/offices/${parentId}`).set(admin).send({ name: { kk: 'Қарағанды', ru: 'Караганда', en: 'Karaganda' } }).expect(200);
    ids = (await api.dataSource.query('SELECT id::text AS id FROM audit_log ORDER BY id')).map((row: { id: string }) => row.id);
  });
  afterAll(() => api?.stop());

  it('the rows written through the API form an intact chain, whatever the batch size', async () => {
    expect(ids).toHaveLength(5);
    expect(await verifyAuditChain(api.dataSource)).toEqual({ checked: 5, firstBroken: null });
    expect(await verifyAuditChain(api.dataSource, { batchSize: 2 })).toEqual({ checked: 5, firstBroken: null });
    expect(await auditVerify({ DATABASE_URL: api.context.databaseUrl })).toEqual({ exitCode: 0, message: 'audit chain intact: 5 rows' });
    const [first] = await api.dataSource.query('SELECT prev_hash FROM audit_log ORDER BY id LIMIT 1');
    expect(first.prev_hash).toBe('0'.repeat(64));
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE of the log, even for the superuser', async () => {
    const before = await api.dataSource.query('SELECT * FROM audit_log ORDER BY id');
    await expect(api.dataSource.query(`UPDATE audit_log SET after = '{"forged": true}' WHERE id = $1`, [ids[2]])).rejects.toThrow('audit_log is append-only: UPDATE refused');
    await expect(api.dataSource.query('DELETE FROM audit_log WHERE id = $1', [ids[2]])).rejects.toThrow('audit_log is append-only: DELETE refused');
    await expect(api.dataSource.query('TRUNCATE audit_log')).rejects.toThrow('audit_log is append-only: TRUNCATE refused');
    expect(await api.dataSource.query('SELECT * FROM audit_log ORDER BY id')).toEqual(before);
  });

  it('names a row whose content was changed behind the triggers (HASH_MISMATCH), and only that one', async () => {
    const [original] = await api.dataSource.query('SELECT after FROM audit_log WHERE id = $1', [ids[2]]);
    await asSuperuser(api, `UPDATE audit_log SET after = jsonb_set(after, '{code}', '"FORGED"') WHERE id = $1`, [ids[2]]);
    try {
      expect(await verifyAuditChain(api.dataSource)).toEqual({ checked: 3, firstBroken: { id: ids[2], reason: 'HASH_MISMATCH' } });
      expect(await verifyAuditChain(api.dataSource, { batchSize: 2 })).toEqual({ checked: 3, firstBroken: { id: ids[2], reason: 'HASH_MISMATCH' } });
      expect(await auditVerify({ DATABASE_URL: api.context.databaseUrl })).toEqual({
        exitCode: 1,
        message: `audit chain BROKEN at row ${ids[2]} (HASH_MISMATCH): its content does not match its hash; the 2 rows before it are intact`,
      });
    } finally {
      await asSuperuser(api, 'UPDATE audit_log SET after = $2 WHERE id = $1', [ids[2], original.after]);
    }
    expect((await verifyAuditChain(api.dataSource)).firstBroken).toBeNull();
  });

  it('a forger who also recomputes the hash is caught at the next row (PREV_HASH_MISMATCH)', async () => {
    const [original] = await api.dataSource.query('SELECT after, hash FROM audit_log WHERE id = $1', [ids[1]]);
    await asSuperuser(api, `UPDATE audit_log SET after = '{"forged": true}' WHERE id = $1`, [ids[1]]);
    await asSuperuser(api, `UPDATE audit_log a SET hash = encode(sha256(convert_to(audit_log_canonical(a), 'UTF8')), 'hex') WHERE id = $1`, [ids[1]]);
    try {
      expect(await verifyAuditChain(api.dataSource)).toEqual({ checked: 3, firstBroken: { id: ids[2], reason: 'PREV_HASH_MISMATCH' } });
    } finally {
      await asSuperuser(api, 'UPDATE audit_log SET after = $2, hash = $3 WHERE id = $1', [ids[1], original.after, original.hash]);
    }
    expect((await verifyAuditChain(api.dataSource)).firstBroken).toBeNull();
  });

  it('a deleted row breaks the link of the row after it', async () => {
    // Kept in the database itself, so the restored row is bit-for-bit the deleted one.
    await api.dataSource.query('CREATE TABLE deleted_audit_row AS SELECT * FROM audit_log WHERE id = $1', [ids[3]]);
    await asSuperuser(api, 'DELETE FROM audit_log WHERE id = $1', [ids[3]]);
    try {
      expect(await verifyAuditChain(api.dataSource)).toEqual({ checked: 4, firstBroken: { id: ids[4], reason: 'PREV_HASH_MISMATCH' } });
    } finally {
      await asSuperuser(api, 'INSERT INTO audit_log SELECT * FROM deleted_audit_row');
    }
    expect(await verifyAuditChain(api.dataSource)).toEqual({ checked: 5, firstBroken: null });
  });
});
