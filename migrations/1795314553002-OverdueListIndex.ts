import { MigrationInterface, QueryRunner } from "typeorm";

export class OverdueListIndex1795314553002 implements MigrationInterface {
    name = 'OverdueListIndex1795314553002'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."deadlines_office_path_due_idx"
        `);
        await queryRunner.query(`
            CREATE INDEX "deadlines_overdue_due_path_idx" ON "deadlines" ("due_at", "id", "office_path")
            WHERE status IN ('OPEN', 'MISSED')
                AND met_at IS NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."deadlines_overdue_due_path_idx"
        `);
        await queryRunner.query(`
            CREATE INDEX "deadlines_office_path_due_idx" ON "deadlines" USING btree ("office_path", "due_at", "id")
            WHERE (
                    status = ANY (ARRAY ['OPEN'::text, 'MISSED'::text])
                )
        `);
    }

}
