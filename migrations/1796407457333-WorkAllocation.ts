import { MigrationInterface, QueryRunner } from "typeorm";

export class WorkAllocation1796407457333 implements MigrationInterface {
    name = 'WorkAllocation1796407457333'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "user_absences" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "deputy_user_id" uuid NOT NULL, "reason" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d076df7a98054e59b5cd73966c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "user_absences_deputy_idx" ON "user_absences"  ("deputy_user_id") `);
        await queryRunner.query(`CREATE INDEX "user_absences_user_dates_idx" ON "user_absences"  ("user_id", "starts_on", "ends_on") `);
        // Generated as one NOT NULL column; split by hand to fill existing rows first: an act filed
        // before work allocation answered to its case's responsible prosecutor (who got its reminders).
        await queryRunner.query(`ALTER TABLE "acts" ADD "responsible_user_id" uuid`);
        await queryRunner.query(`UPDATE "acts" a SET "responsible_user_id" = c."responsible_prosecutor_id" FROM "cases" c WHERE c."id" = a."case_id"`);
        await queryRunner.query(`ALTER TABLE "acts" ALTER COLUMN "responsible_user_id" SET NOT NULL`);
        await queryRunner.query(`CREATE INDEX "acts_responsible_user_id_idx" ON "acts"  ("responsible_user_id") `);
        await queryRunner.query(`ALTER TABLE "acts" ADD CONSTRAINT "FK_c067189c0d45282cb57a7477e3e" FOREIGN KEY ("responsible_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_absences" ADD CONSTRAINT "FK_330862b9b7383a428d4859976ad" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_absences" ADD CONSTRAINT "FK_d21ca9c2b9453b01f31022fff53" FOREIGN KEY ("deputy_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "user_absences" DROP CONSTRAINT "FK_d21ca9c2b9453b01f31022fff53"`);
        await queryRunner.query(`ALTER TABLE "user_absences" DROP CONSTRAINT "FK_330862b9b7383a428d4859976ad"`);
        await queryRunner.query(`ALTER TABLE "acts" DROP CONSTRAINT "FK_c067189c0d45282cb57a7477e3e"`);
        await queryRunner.query(`DROP INDEX "public"."acts_responsible_user_id_idx"`);
        await queryRunner.query(`ALTER TABLE "acts" DROP COLUMN "responsible_user_id"`);
        await queryRunner.query(`DROP INDEX "public"."user_absences_user_dates_idx"`);
        await queryRunner.query(`DROP INDEX "public"."user_absences_deputy_idx"`);
        await queryRunner.query(`DROP TABLE "user_absences"`);
    }

}
