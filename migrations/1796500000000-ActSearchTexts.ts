import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The acts' search text moves off the acts table into its own (act_search_texts), kept by triggers.
 *
 * Why: an act changes state and next_due_at — both indexed — on every transition and every missed
 * clock, so no UPDATE of an act is HOT and each new row version takes an entry in every index of
 * acts. For the trigram index over search_fold(title, addressee) that meant evaluating search_fold
 * (nine replaces and a regexp) and inserting a dozen trigrams on every transition, though the text
 * it indexes only changes when a draft is filed or revised: measured with the index dropped inside
 * a rolled-back transaction, the deadline engine's UPDATE of 5,000 acts took 184–265 ms against
 * 409–545 ms with it (ADR 0013).
 *
 * The side table holds the folded text once; its row is written when an act is inserted and when
 * its title or addressee changes, by triggers, so every writer (the API, the seeds, a bench's bare
 * inserts) keeps it exact, as an index would be. A transition does not name either column, so it
 * does not fire them (`UPDATE OF title, addressee_name`). Written by hand (migration:create):
 * TypeORM cannot express triggers or a gin_trgm_ops index; no entity maps the table — only the
 * search condition reads it (libs/persistence/src/repositories/search.ts).
 */
export class ActSearchTexts1796500000000 implements MigrationInterface {
  name = 'ActSearchTexts1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "act_search_texts" (
        "act_id" uuid NOT NULL,
        "folded" text NOT NULL,
        CONSTRAINT "PK_act_search_texts" PRIMARY KEY ("act_id"),
        CONSTRAINT "FK_act_search_texts_act" FOREIGN KEY ("act_id") REFERENCES "acts"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE FUNCTION keep_act_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO act_search_texts (act_id, folded) VALUES (NEW.id, search_fold(NEW.title || ' ' || NEW.addressee_name))
        ON CONFLICT (act_id) DO UPDATE SET folded = EXCLUDED.folded;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER acts_search_text_on_insert AFTER INSERT ON acts FOR EACH ROW EXECUTE FUNCTION keep_act_search_text()`);
    await queryRunner.query(`
      CREATE TRIGGER acts_search_text_on_update AFTER UPDATE OF title, addressee_name ON acts FOR EACH ROW
      WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.addressee_name IS DISTINCT FROM NEW.addressee_name)
      EXECUTE FUNCTION keep_act_search_text()`);
    await queryRunner.query(`INSERT INTO act_search_texts (act_id, folded) SELECT id, search_fold(title || ' ' || addressee_name) FROM acts`);
    await queryRunner.query(`CREATE INDEX "act_search_texts_folded_idx" ON "act_search_texts" USING gin ("folded" gin_trgm_ops)`);
    await queryRunner.query(`DROP INDEX "acts_search_idx"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "acts_search_idx" ON "acts" USING gin (search_fold("title" || ' ' || "addressee_name") gin_trgm_ops)`);
    await queryRunner.query(`DROP TRIGGER acts_search_text_on_update ON acts`);
    await queryRunner.query(`DROP TRIGGER acts_search_text_on_insert ON acts`);
    await queryRunner.query(`DROP FUNCTION keep_act_search_text()`);
    await queryRunner.query(`DROP TABLE "act_search_texts"`);
  }
}
