import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795307750722 implements MigrationInterface {
    name = 'InitialSchema1795307750722'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "offices" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" text NOT NULL,
                "name_kk" text NOT NULL,
                "name_ru" text NOT NULL,
                "name_en" text NOT NULL,
                "level" text NOT NULL,
                "kind" text NOT NULL,
                "parent_id" uuid,
                "path" text COLLATE "C" NOT NULL,
                "depth" smallint NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "offices_root_has_no_parent" CHECK ((level = 'GENERAL') = (parent_id IS NULL)),
                CONSTRAINT "PK_1ea41502c6dddcec44ad9fcbbb3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "offices_code_key" ON "offices" ("code")
        `);
        await queryRunner.query(`
            CREATE INDEX "offices_parent_id_idx" ON "offices" ("parent_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "offices_path_prefix_idx" ON "offices" ("path")
        `);
        await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "login" text NOT NULL,
                "full_name" text NOT NULL,
                "email" text,
                "role" text NOT NULL,
                "office_id" uuid NOT NULL,
                "password_hash" text NOT NULL,
                "is_active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "users_login_key" ON "users" ("login")
        `);
        await queryRunner.query(`
            CREATE INDEX "users_office_id_idx" ON "users" ("office_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "offices"
            ADD CONSTRAINT "FK_93974f61b68dc8c65cea74e3e91" FOREIGN KEY ("parent_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "FK_6b31546fc92b0d7344f032d0447" FOREIGN KEY ("office_id") REFERENCES "offices"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "FK_6b31546fc92b0d7344f032d0447"
        `);
        await queryRunner.query(`
            ALTER TABLE "offices" DROP CONSTRAINT "FK_93974f61b68dc8c65cea74e3e91"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."users_office_id_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."users_login_key"
        `);
        await queryRunner.query(`
            DROP TABLE "users"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."offices_path_prefix_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."offices_parent_id_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."offices_code_key"
        `);
        await queryRunner.query(`
            DROP TABLE "offices"
        `);
    }

}
