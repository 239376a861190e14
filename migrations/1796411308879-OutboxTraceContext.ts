import { MigrationInterface, QueryRunner } from "typeorm";

export class OutboxTraceContext1796411308879 implements MigrationInterface {
    name = 'OutboxTraceContext1796411308879'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "outbox" ADD "trace_context" text`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "trace_context"`);
    }

}
