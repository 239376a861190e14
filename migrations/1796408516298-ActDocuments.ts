import { MigrationInterface, QueryRunner } from "typeorm";

export class ActDocuments1796408516298 implements MigrationInterface {
    name = 'ActDocuments1796408516298'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "act_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "act_id" uuid NOT NULL, "language" text NOT NULL, "act_version" integer NOT NULL, "sha256" text NOT NULL, "size_bytes" integer NOT NULL, "storage_key" text NOT NULL, "prepared_at" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE, "superseded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3ff4a9748661a882fe2031059d1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "act_documents_act_id_idx" ON "act_documents"  ("act_id", "prepared_at") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "act_documents_current_key" ON "act_documents"  ("act_id", "language") WHERE superseded_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "act_signatures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "act_id" uuid NOT NULL, "document_id" uuid NOT NULL, "signed_by" uuid NOT NULL, "certificate_subject" text NOT NULL, "certificate_issuer" text NOT NULL, "certificate_serial" text NOT NULL, "certificate_sha256" text NOT NULL, "certificate_not_before" TIMESTAMP WITH TIME ZONE NOT NULL, "certificate_not_after" TIMESTAMP WITH TIME ZONE NOT NULL, "algorithm" text NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "cms" bytea NOT NULL, CONSTRAINT "PK_55d2e9ffc92904a2af13291ab45" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "act_signatures_document_id_idx" ON "act_signatures"  ("document_id") `);
        await queryRunner.query(`CREATE INDEX "act_signatures_act_id_idx" ON "act_signatures"  ("act_id", "recorded_at") `);
        await queryRunner.query(`CREATE TABLE "attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "act_id" uuid, "office_path" text COLLATE "C" NOT NULL, "file_name" text NOT NULL, "media_type" text NOT NULL, "size_bytes" bigint NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "attachments_act_id_idx" ON "attachments"  ("act_id", "uploaded_at") WHERE act_id IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "attachments_case_id_idx" ON "attachments"  ("case_id", "uploaded_at") `);
        await queryRunner.query(`ALTER TABLE "acts" ADD "text" jsonb NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`ALTER TABLE "acts" ADD "registration_number" BIGSERIAL NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "acts_registration_number_key" ON "acts"  ("registration_number") `);
        await queryRunner.query(`ALTER TABLE "act_documents" ADD CONSTRAINT "FK_146faf848618897cda0a81f0358" FOREIGN KEY ("act_id") REFERENCES "acts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "act_signatures" ADD CONSTRAINT "FK_3cd8bb3a3cdb25c3ba7255d1dcb" FOREIGN KEY ("act_id") REFERENCES "acts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "act_signatures" ADD CONSTRAINT "FK_dde809e01d5e0063ffe873b94cf" FOREIGN KEY ("document_id") REFERENCES "act_documents"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "act_signatures" ADD CONSTRAINT "FK_83decb48aa8b1488f9beb8f4880" FOREIGN KEY ("signed_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "attachments" ADD CONSTRAINT "FK_2ecf0bc117c5bfeac567475c871" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "attachments" ADD CONSTRAINT "FK_6ad1d15aaaf53bd1bb436c28ba0" FOREIGN KEY ("act_id") REFERENCES "acts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "attachments" ADD CONSTRAINT "FK_e25812e3fd9b3f3edf11b2c5d58" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        // Written by hand (TypeORM does not describe triggers): an issued document is final — its
        // row never changes nor goes — and a recorded signature is never rewritten.
        await queryRunner.query(`
          CREATE FUNCTION refuse_change_of_issued_document() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            IF OLD.issued_at IS NOT NULL THEN
              RAISE EXCEPTION 'act_documents: the issued document % is final', OLD.id USING ERRCODE = 'integrity_constraint_violation';
            END IF;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
          END $$`);
        await queryRunner.query(`CREATE TRIGGER act_documents_issued_final BEFORE UPDATE OR DELETE ON act_documents FOR EACH ROW EXECUTE FUNCTION refuse_change_of_issued_document()`);
        await queryRunner.query(`CREATE TRIGGER act_signatures_append_only BEFORE UPDATE OR DELETE ON act_signatures FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER act_signatures_append_only ON act_signatures`);
        await queryRunner.query(`DROP TRIGGER act_documents_issued_final ON act_documents`);
        await queryRunner.query(`DROP FUNCTION refuse_change_of_issued_document()`);
        await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_e25812e3fd9b3f3edf11b2c5d58"`);
        await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_6ad1d15aaaf53bd1bb436c28ba0"`);
        await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_2ecf0bc117c5bfeac567475c871"`);
        await queryRunner.query(`ALTER TABLE "act_signatures" DROP CONSTRAINT "FK_83decb48aa8b1488f9beb8f4880"`);
        await queryRunner.query(`ALTER TABLE "act_signatures" DROP CONSTRAINT "FK_dde809e01d5e0063ffe873b94cf"`);
        await queryRunner.query(`ALTER TABLE "act_signatures" DROP CONSTRAINT "FK_3cd8bb3a3cdb25c3ba7255d1dcb"`);
        await queryRunner.query(`ALTER TABLE "act_documents" DROP CONSTRAINT "FK_146faf848618897cda0a81f0358"`);
        await queryRunner.query(`DROP INDEX "public"."acts_registration_number_key"`);
        await queryRunner.query(`ALTER TABLE "acts" DROP COLUMN "registration_number"`);
        await queryRunner.query(`ALTER TABLE "acts" DROP COLUMN "text"`);
        await queryRunner.query(`DROP INDEX "public"."attachments_case_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."attachments_act_id_idx"`);
        await queryRunner.query(`DROP TABLE "attachments"`);
        await queryRunner.query(`DROP INDEX "public"."act_signatures_act_id_idx"`);
        await queryRunner.query(`DROP INDEX "public"."act_signatures_document_id_idx"`);
        await queryRunner.query(`DROP TABLE "act_signatures"`);
        await queryRunner.query(`DROP INDEX "public"."act_documents_current_key"`);
        await queryRunner.query(`DROP INDEX "public"."act_documents_act_id_idx"`);
        await queryRunner.query(`DROP TABLE "act_documents"`);
    }

}
