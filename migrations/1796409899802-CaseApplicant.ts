import { MigrationInterface, QueryRunner } from "typeorm";

export class CaseApplicant1796409899802 implements MigrationInterface {
    name = 'CaseApplicant1796409899802'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "cases" ADD "application_received_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "cases" ADD "applicant_identified" boolean`);
        await queryRunner.query(`ALTER TABLE "cases" ADD "applicant_name" text`);
        await queryRunner.query(`ALTER TABLE "cases" ADD "anonymous_exception" text`);
        await queryRunner.query(`ALTER TABLE "cases" ADD "intake_edition_id" text`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "intake_edition_id"`);
        await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "anonymous_exception"`);
        await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "applicant_name"`);
        await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "applicant_identified"`);
        await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "application_received_at"`);
    }

}
