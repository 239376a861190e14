import { MigrationInterface, QueryRunner } from "typeorm";

export class UserLanguage1796406381172 implements MigrationInterface {
    name = 'UserLanguage1796406381172'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" ADD "language" text`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "language"`);
    }

}
