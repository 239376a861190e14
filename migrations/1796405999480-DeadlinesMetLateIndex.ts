import { MigrationInterface, QueryRunner } from "typeorm";

export class DeadlinesMetLateIndex1796405999480 implements MigrationInterface {
    name = 'DeadlinesMetLateIndex1796405999480'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "deadlines_met_late_idx" ON "deadlines"  ("met_at") WHERE met_at > due_at`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."deadlines_met_late_idx"`);
    }

}
