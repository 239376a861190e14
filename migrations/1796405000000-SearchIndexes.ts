import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search over case numbers, subjects, act titles and addressees (the web workspace's search box).
 *
 * `search_fold(text)` folds a text to lower-case Latin: Russian and Kazakh letters are
 * transliterated (ё as е, ә as а, қ as к, ң as н, ө as о, ұ and ү as у, і as и — so a word typed
 * on a Russian keyboard finds its Kazakh spelling), upper case is lowered, and everything that is
 * not a letter or a digit becomes one space. Transliterating first makes pg_trgm index the text
 * under any database locale: under `C` (the embedded PostgreSQL's) pg_trgm sees no word characters
 * in Cyrillic at all, and lower() leaves it upper case. A query is folded by the same function,
 * so there is one definition of what matches.
 *
 * Written by hand (migration:create): TypeORM cannot express functions or expression indexes; the
 * entities declare the indexes with `synchronize: false`, so the drift check leaves them alone.
 */
export class SearchIndexes1796405000000 implements MigrationInterface {
  name = 'SearchIndexes1796405000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE FUNCTION search_fold(input text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT trim(regexp_replace(lower(
          translate(
            replace(replace(replace(replace(replace(replace(replace(replace(
              translate(input,
                'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІ',
                'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі'),
              'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'ю', 'yu'), 'я', 'ya'),
            'абвгдеёзийклмнопрстуфыэәғқңөұүһіъь',
            'abvgdeeziyklmnoprstufyeagknouuhi')
        ), '[^a-z0-9]+', ' ', 'g'))
      $$`);
    await queryRunner.query(`CREATE INDEX "cases_search_idx" ON "cases" USING gin (search_fold("number" || ' ' || "subject" || ' ' || "addressee_name") gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "cases_number_search_idx" ON "cases" USING gin (search_fold("number") gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "acts_search_idx" ON "acts" USING gin (search_fold("title" || ' ' || "addressee_name") gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "acts_search_idx"`);
    await queryRunner.query(`DROP INDEX "cases_number_search_idx"`);
    await queryRunner.query(`DROP INDEX "cases_search_idx"`);
    await queryRunner.query(`DROP FUNCTION search_fold(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
