import { CaseEntity } from './entities/case.entity';
import { IntegrationClientEntity } from './entities/integration-client.entity';
import { OfficeEntity } from './entities/office.entity';
import { AccessChanges } from './access-changes';
import { DataSource, QueryRunner, UpdateEvent } from 'typeorm';

describe('AccessChanges', () => {
  let dataSource: { subscribers: unknown[] };
  let changes: AccessChanges;
  let announced: number;

  beforeEach(() => {
    dataSource = { subscribers: [] };
    changes = new AccessChanges(dataSource as unknown as DataSource);
    announced = 0;
    changes.onChange(() => (announced += 1));
  });

  const written = (target: unknown, inTransaction = false): UpdateEvent<unknown> => {
    const queryRunner = { isTransactionActive: inTransaction, data: {} } as unknown as QueryRunner;
    return { metadata: { target }, queryRunner } as unknown as UpdateEvent<unknown>;
  };

  it('subscribes to the data source’s entity events', () => {
    expect(dataSource.subscribers).toEqual([changes]);
  });

  it('announces a write of an integration client at once, and again when its transaction commits', () => {
    const event = written(IntegrationClientEntity, true);
    changes.afterUpdate(event);
    expect(announced).toBe(1);
    changes.afterTransactionCommit({ queryRunner: event.queryRunner } as never);
    expect(announced).toBe(2);
    changes.afterTransactionCommit({ queryRunner: event.queryRunner } as never);
    expect(announced).toBe(2);
  });

  it('announces a write of an office; a rolled-back transaction is not announced again', () => {
    const event = written(OfficeEntity, true);
    changes.afterInsert(event as never);
    changes.afterTransactionRollback({ queryRunner: event.queryRunner } as never);
    changes.afterTransactionCommit({ queryRunner: event.queryRunner } as never);
    expect(announced).toBe(1);
  });

  it('ignores writes of other entities', () => {
    changes.afterUpdate(written(CaseEntity));
    changes.afterTransactionCommit({ queryRunner: written(CaseEntity).queryRunner } as never);
    expect(announced).toBe(0);
  });
});
