import { MigrationInterface, QueryRunner } from "typeorm";

export class NoticeLatenessIndex1795313146913 implements MigrationInterface {
    name = 'NoticeLatenessIndex1795313146913'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "notices_lateness_idx" ON "notices" ("created_at")
            WHERE kind IN ('REMINDER', 'BREACH')
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."notices_lateness_idx"
        `);
    }

}
