import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The caller's X-Request-Id gets its own column; request_id is the API's own id from now on. The
 * column is chained like every other (audit_log_canonical): concat_ws skips a NULL, so the text —
 * and the hash — of every earlier row is unchanged, and `npm run audit:verify` still verifies them.
 */
const CANONICAL = (clientRequestId: string) => `
  CREATE OR REPLACE FUNCTION audit_log_canonical(r audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT concat_ws('|', r.prev_hash, r.id::text,
      to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
      coalesce(r.actor_user_id::text, ''), coalesce(r.actor_client_id::text, ''), r.actor_role,
      coalesce(r.actor_office_id::text, ''), coalesce(r.request_id, ''), r.action, r.entity_type, r.entity_id,
      coalesce(r.case_id::text, ''), coalesce(r.office_path, ''),
      coalesce(r.before::text, ''), coalesce(r.after::text, '')${clientRequestId})
  $$`;

export class AuditClientRequestId1796408840309 implements MigrationInterface {
    name = 'AuditClientRequestId1796408840309'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "audit_log" ADD "client_request_id" text`);
        await queryRunner.query(CANONICAL(", 'client:' || r.client_request_id"));
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(CANONICAL(''));
        await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "client_request_id"`);
    }

}
