import { MigrationInterface, QueryRunner } from "typeorm";

export class IdempotentReplayHeaders1796402897880 implements MigrationInterface {
    name = 'IdempotentReplayHeaders1796402897880'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "idempotency_keys" ADD "response_headers" jsonb`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "idempotency_keys" DROP COLUMN "response_headers"`);
    }

}
