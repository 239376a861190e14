import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What TypeORM cannot generate: the audit log's append-only, hash-chained numbering, and the
 * immutability of act history.
 *
 * audit_log: a BEFORE INSERT trigger takes a transaction-level advisory lock, numbers the row from
 * its own sequence and chains it (hash = SHA-256 of the canonical text of the row, which starts
 * with the previous row's hash). Numbering under the lock means a row with a higher id always
 * commits after every lower one, so ids follow commit order: the integrations' change feed pages
 * by id and can never skip a row. The cost is that writers serialise for the rest of their
 * transaction — acceptable for this workload, measured in the benchmarks.
 */
export class AuditLogChain1795309062182 implements MigrationInterface {
  name = 'AuditLogChain1795309062182';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE audit_log_id_seq OWNED BY audit_log.id`);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_canonical(r audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT concat_ws('|', r.prev_hash, r.id::text,
          to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          coalesce(r.actor_user_id::text, ''), coalesce(r.actor_client_id::text, ''), r.actor_role,
          coalesce(r.actor_office_id::text, ''), coalesce(r.request_id, ''), r.action, r.entity_type, r.entity_id,
          coalesce(r.case_id::text, ''), coalesce(r.office_path, ''),
          coalesce(r.before::text, ''), coalesce(r.after::text, ''))
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE previous text;
      BEGIN
        PERFORM pg_advisory_xact_lock(27090002);
        NEW.id := nextval('audit_log_id_seq');
        SELECT hash INTO previous FROM audit_log ORDER BY id DESC LIMIT 1;
        NEW.prev_hash := coalesce(previous, repeat('0', 64));
        NEW.hash := '';
        NEW.hash := encode(sha256(convert_to(audit_log_canonical(NEW), 'UTF8')), 'hex');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain()`);
    await queryRunner.query(`
      CREATE FUNCTION refuse_change_of_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['audit_log', 'act_transitions']) {
      await queryRunner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history()`);
      await queryRunner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'act_transitions']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON ${table}`);
    }
    await queryRunner.query(`DROP FUNCTION refuse_change_of_history()`);
    await queryRunner.query(`DROP TRIGGER audit_log_chain ON audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_chain()`);
    await queryRunner.query(`DROP FUNCTION audit_log_canonical(audit_log)`);
    await queryRunner.query(`DROP SEQUENCE audit_log_id_seq`);
  }
}
