import { MigrationInterface, QueryRunner } from "typeorm";

export class DeadlineEngine1795310562524 implements MigrationInterface {
    name = 'DeadlineEngine1795310562524'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "notices" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "key" text NOT NULL,
                "deadline_id" uuid,
                "act_id" uuid,
                "kind" text NOT NULL,
                "step" text NOT NULL,
                "channel" text NOT NULL,
                "recipient_user_id" uuid,
                "address" text,
                "subject" jsonb NOT NULL,
                "body" jsonb NOT NULL,
                "status" text NOT NULL,
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" text,
                "scheduled_for" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "read_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_3eb18c29da25d6935fcbe584237" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "notices_key_key" ON "notices" ("key")
        `);
        await queryRunner.query(`
            CREATE INDEX "notices_deadline_id_idx" ON "notices" ("deadline_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "notices_unsent_idx" ON "notices" ("status", "created_at")
            WHERE status IN ('PENDING', 'FAILED')
        `);
        await queryRunner.query(`
            CREATE INDEX "notices_recipient_idx" ON "notices" ("recipient_user_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "outbox" (
                "id" BIGSERIAL NOT NULL,
                "topic" text NOT NULL,
                "payload" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "relayed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "outbox_pending_idx" ON "outbox" ("id")
            WHERE relayed_at IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "webhook_subscriptions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "client_id" uuid NOT NULL,
                "url" text NOT NULL,
                "secret" text NOT NULL,
                "events" text array NOT NULL,
                "is_active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_bf631ae77d39849d599817fb6f4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "webhook_subscriptions_client_id_idx" ON "webhook_subscriptions" ("client_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "webhook_deliveries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "subscription_id" uuid NOT NULL,
                "event_key" text NOT NULL,
                "event_type" text NOT NULL,
                "payload" jsonb NOT NULL,
                "status" text NOT NULL,
                "attempts" integer NOT NULL DEFAULT '0',
                "next_attempt_at" TIMESTAMP WITH TIME ZONE,
                "last_status_code" integer,
                "last_error" text,
                "delivered_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "webhook_deliveries_subscription_event_key" UNIQUE ("subscription_id", "event_key"),
                CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "webhook_deliveries_pending_idx" ON "webhook_deliveries" ("next_attempt_at")
            WHERE status IN ('PENDING', 'FAILED')
        `);
        await queryRunner.query(`
            ALTER TABLE "deadlines"
            ADD "escalation_level" smallint NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_subscriptions"
            ADD CONSTRAINT "FK_874abbd42af720d43fa8544c415" FOREIGN KEY ("client_id") REFERENCES "integration_clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_deliveries"
            ADD CONSTRAINT "FK_23eb2b6ae801c52cfb79a556b8a" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_23eb2b6ae801c52cfb79a556b8a"
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_subscriptions" DROP CONSTRAINT "FK_874abbd42af720d43fa8544c415"
        `);
        await queryRunner.query(`
            ALTER TABLE "deadlines" DROP COLUMN "escalation_level"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."webhook_deliveries_pending_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "webhook_deliveries"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."webhook_subscriptions_client_id_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "webhook_subscriptions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."outbox_pending_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "outbox"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."notices_recipient_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."notices_unsent_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."notices_deadline_id_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."notices_key_key"
        `);
        await queryRunner.query(`
            DROP TABLE "notices"
        `);
    }

}
