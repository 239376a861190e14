import { dataSourceOptions } from '@app/persistence';
import { DataSource } from 'typeorm';
import { createTestContext, TestContext } from '../support/test-context';

describe('database schema', () => {
  let context: TestContext;
  let dataSource: DataSource;

  beforeAll(async () => {
    context = await createTestContext();
    dataSource = await new DataSource(dataSourceOptions(context.databaseUrl, 2)).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await context?.dispose();
  });

  it('the migrations produce exactly the schema the entities describe (no drift)', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('every migration is reversible: reverting all and re-applying leaves no drift', async () => {
    const applied: number = (await dataSource.query('SELECT count(*)::int AS n FROM typeorm_migrations'))[0].n;
    for (let i = 0; i < applied; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations'`)).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });
});
