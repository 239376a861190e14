import { MigrationInterface, QueryRunner } from "typeorm";

export class CaseNumberPerOffice1796408300037 implements MigrationInterface {
    name = 'CaseNumberPerOffice1796408300037'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."cases_number_key"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "cases_office_number_key" ON "cases"  ("office_id", "number") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."cases_office_number_key"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "cases_number_key" ON "cases" USING btree ("number") `);
    }

}
