import { MigrationInterface, QueryRunner } from "typeorm";

export class ActLastFact1796408634799 implements MigrationInterface {
    name = 'ActLastFact1796408634799'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "acts" ADD "last_fact_at" TIMESTAMP WITH TIME ZONE`);
        // Acts issued before this column existed: their issue is the last fact known for certain
        // (later reported instants are not re-read from history), so a later event may not precede it.
        await queryRunner.query(`UPDATE "acts" SET "last_fact_at" = "issued_at" WHERE "issued_at" IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "acts" DROP COLUMN "last_fact_at"`);
    }

}
