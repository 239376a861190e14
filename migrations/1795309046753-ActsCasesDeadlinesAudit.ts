import { MigrationInterface, QueryRunner } from "typeorm";

export class ActsCasesDeadlinesAudit1795309046753 implements MigrationInterface {
    name = 'ActsCasesDeadlinesAudit1795309046753'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "cases" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "number" text NOT NULL,
                "subject" text NOT NULL,
                "addressee_name" text NOT NULL,
                "office_id" uuid NOT NULL,
                "office_path" text COLLATE "C" NOT NULL,
                "responsible_prosecutor_id" uuid NOT NULL,
                "status" text NOT NULL DEFAULT 'OPEN',
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "cases_number_key" ON "cases" ("number")
        `);
        await queryRunner.query(`
            CREATE INDEX "cases_office_id_idx" ON "cases" ("office_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "cases_responsible_prosecutor_id_idx" ON "cases" ("responsible_prosecutor_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "cases_created_idx" ON "cases" ("created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "cases_office_path_created_idx" ON "cases" ("office_path", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "acts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "office_id" uuid NOT NULL,
                "office_path" text COLLATE "C" NOT NULL,
                "type" text NOT NULL,
                "kind" text,
                "state" text NOT NULL,
                "suspended_from" text,
                "complaint_pending" boolean NOT NULL DEFAULT false,
                "version" integer NOT NULL DEFAULT '1',
                "edition_id" text NOT NULL,
                "issued_at" TIMESTAMP WITH TIME ZONE,
                "title" text NOT NULL,
                "addressee_name" text NOT NULL,
                "target_description" text,
                "attributes" jsonb NOT NULL,
                "linked_act_id" uuid,
                "link_reason" text,
                "author_id" uuid NOT NULL,
                "next_due_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e5c3aa0cbd9be1df7dcaaf15345" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "acts_case_id_idx" ON "acts" ("case_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "acts_office_id_idx" ON "acts" ("office_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "acts_linked_act_id_idx" ON "acts" ("linked_act_id")
            WHERE linked_act_id IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "acts_author_id_idx" ON "acts" ("author_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "acts_next_due_at_idx" ON "acts" ("next_due_at", "id")
            WHERE next_due_at IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "acts_type_state_idx" ON "acts" ("type", "state")
        `);
        await queryRunner.query(`
            CREATE INDEX "acts_office_path_created_idx" ON "acts" ("office_path", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "acts_office_path_state_idx" ON "acts" ("office_path", "state")
        `);
        await queryRunner.query(`
            CREATE TABLE "act_transitions" (
                "id" BIGSERIAL NOT NULL,
                "act_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "event" text NOT NULL,
                "from_state" text,
                "to_state" text NOT NULL,
                "actor_user_id" uuid,
                "actor_role" text NOT NULL,
                "payload" jsonb NOT NULL,
                "effects" jsonb NOT NULL,
                "request_id" text,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "act_transitions_act_version_key" UNIQUE ("act_id", "version"),
                CONSTRAINT "PK_6f5edbfb6aaed9fafcebb2c2568" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "act_transitions_act_id_idx" ON "act_transitions" ("act_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" bigint NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "actor_user_id" uuid,
                "actor_client_id" uuid,
                "actor_role" text NOT NULL,
                "actor_office_id" uuid,
                "request_id" text,
                "action" text NOT NULL,
                "entity_type" text NOT NULL,
                "entity_id" text NOT NULL,
                "case_id" uuid,
                "office_path" text COLLATE "C",
                "before" jsonb,
                "after" jsonb,
                "prev_hash" text NOT NULL,
                "hash" text NOT NULL,
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "audit_log_entity_idx" ON "audit_log" ("entity_type", "entity_id", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "calendar_entries" (
                "id" text NOT NULL,
                "kind" text NOT NULL,
                "date" date NOT NULL,
                "working_day" date,
                "religious" boolean NOT NULL DEFAULT false,
                "label" jsonb NOT NULL,
                "source" jsonb NOT NULL,
                "status" text NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5e2835bf73f59874b0f6793a4a2" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "deadlines" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "act_id" uuid NOT NULL,
                "office_id" uuid NOT NULL,
                "office_path" text COLLATE "C" NOT NULL,
                "kind" text NOT NULL,
                "status" text NOT NULL,
                "runs_against" text NOT NULL,
                "triggered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "internal_target_at" TIMESTAMP WITH TIME ZONE,
                "met_at" TIMESTAMP WITH TIME ZONE,
                "missed_at" TIMESTAMP WITH TIME ZONE,
                "citation" text NOT NULL,
                "edition_id" text NOT NULL,
                "explanation" jsonb NOT NULL,
                "fires_term_missed" boolean NOT NULL,
                "ledger" jsonb NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "deadlines_act_kind_key" UNIQUE ("act_id", "kind"),
                CONSTRAINT "PK_a9b8551c028a78298641a8e3470" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "deadlines_office_path_due_idx" ON "deadlines" ("office_path", "due_at", "id")
            WHERE status IN ('OPEN', 'MISSED')
        `);
        await queryRunner.query(`
            CREATE INDEX "deadlines_status_due_idx" ON "deadlines" ("status", "due_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "idempotency_keys" (
                "principal" text NOT NULL,
                "key" text NOT NULL,
                "fingerprint" text NOT NULL,
                "response_status" integer,
                "response_body" jsonb,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_574edfb9ce98100b66a0a2e0f34" PRIMARY KEY ("principal", "key")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys" ("created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "integration_clients" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" text NOT NULL,
                "key_prefix" text NOT NULL,
                "key_hash" text NOT NULL,
                "scopes" text array NOT NULL,
                "office_ids" uuid array NOT NULL,
                "is_active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_38a6ed3834fe9aeb1d467c4804f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "integration_clients_key_prefix_key" ON "integration_clients" ("key_prefix")
        `);
        await queryRunner.query(`
            CREATE TABLE "refresh_tokens" (
                "id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "family_id" uuid NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "refresh_tokens_user_id_idx" ON "refresh_tokens" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "refresh_tokens_family_id_idx" ON "refresh_tokens" ("family_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "cases"
            ADD CONSTRAINT "FK_0b9a68697a099266eb5a08fee57" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cases"
            ADD CONSTRAINT "FK_c24d9f75071eefb02552fe44fdf" FOREIGN KEY ("responsible_prosecutor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "acts"
            ADD CONSTRAINT "FK_86b46060b06010a74e6107b570b" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "acts"
            ADD CONSTRAINT "FK_e0f7a0e5a7c19a281d26891d7da" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "acts"
            ADD CONSTRAINT "FK_20e6948dbe3a07c1c7f4f835dad" FOREIGN KEY ("linked_act_id") REFERENCES "acts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "acts"
            ADD CONSTRAINT "FK_e9af12f8c7e22f2dc98cc0f8252" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "act_transitions"
            ADD CONSTRAINT "FK_66674ea603a822365326bef10b9" FOREIGN KEY ("act_id") REFERENCES "acts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "deadlines"
            ADD CONSTRAINT "FK_5ddf72624a266805612343075a5" FOREIGN KEY ("act_id") REFERENCES "acts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4"
        `);
        await queryRunner.query(`
            ALTER TABLE "deadlines" DROP CONSTRAINT "FK_5ddf72624a266805612343075a5"
        `);
        await queryRunner.query(`
            ALTER TABLE "act_transitions" DROP CONSTRAINT "FK_66674ea603a822365326bef10b9"
        `);
        await queryRunner.query(`
            ALTER TABLE "acts" DROP CONSTRAINT "FK_e9af12f8c7e22f2dc98cc0f8252"
        `);
        await queryRunner.query(`
            ALTER TABLE "acts" DROP CONSTRAINT "FK_20e6948dbe3a07c1c7f4f835dad"
        `);
        await queryRunner.query(`
            ALTER TABLE "acts" DROP CONSTRAINT "FK_e0f7a0e5a7c19a281d26891d7da"
        `);
        await queryRunner.query(`
            ALTER TABLE "acts" DROP CONSTRAINT "FK_86b46060b06010a74e6107b570b"
        `);
        await queryRunner.query(`
            ALTER TABLE "cases" DROP CONSTRAINT "FK_c24d9f75071eefb02552fe44fdf"
        `);
        await queryRunner.query(`
            ALTER TABLE "cases" DROP CONSTRAINT "FK_0b9a68697a099266eb5a08fee57"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."refresh_tokens_family_id_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."refresh_tokens_user_id_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "refresh_tokens"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."integration_clients_key_prefix_key"
        `);
        await queryRunner.query(`
            DROP TABLE "integration_clients"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."idempotency_keys_created_at_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "idempotency_keys"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."deadlines_status_due_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."deadlines_office_path_due_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "deadlines"
        `);
        await queryRunner.query(`
            DROP TABLE "calendar_entries"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."audit_log_entity_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."act_transitions_act_id_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "act_transitions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."acts_office_path_state_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."acts_office_path_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."acts_type_state_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."acts_next_due_at_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."acts_author_id_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."acts_linked_act_id_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."acts_office_id_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."acts_case_id_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "acts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."cases_office_path_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."cases_created_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."cases_responsible_prosecutor_id_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."cases_office_id_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."cases_number_key"
        `);
        await queryRunner.query(`
            DROP TABLE "cases"
        `);
    }

}
