import { Injectable } from '@nestjs/common';
import { DataSource, EntitySubscriberInterface, InsertEvent, QueryRunner, RemoveEvent, TransactionCommitEvent, TransactionRollbackEvent, UpdateEvent } from 'typeorm';
import { IntegrationClientEntity } from './entities/integration-client.entity';
import { OfficeEntity } from './entities/office.entity';

/** Marks a transaction that wrote a client or an office, so its commit is announced again. */
const TOUCHED = 'accessChangesTouched';

const runnerData = (queryRunner: QueryRunner): Record<string, unknown> => (queryRunner.data ??= {}) as Record<string, unknown>;

/**
 * Announces every insert, update or removal of an integration client or an office made in this
 * process — when it happens, and again when its transaction commits (a request reading between
 * the two could otherwise keep the old row). What an API key may reach depends on both, so the
 * API's key cache forgets everything it holds on each announcement.
 */
@Injectable()
export class AccessChanges implements EntitySubscriberInterface {
  private readonly listeners: Array<() => void> = [];

  constructor(dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  afterInsert(event: InsertEvent<unknown>): void {
    this.written(event);
  }

  afterUpdate(event: UpdateEvent<unknown>): void {
    this.written(event);
  }

  afterRemove(event: RemoveEvent<unknown>): void {
    this.written(event);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = runnerData(event.queryRunner);
    if (!data[TOUCHED]) return;
    delete data[TOUCHED];
    this.announce();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    delete runnerData(event.queryRunner)[TOUCHED];
  }

  private written(event: InsertEvent<unknown> | UpdateEvent<unknown> | RemoveEvent<unknown>): void {
    const target = event.metadata.target;
    if (target !== IntegrationClientEntity && target !== OfficeEntity) return;
    this.announce();
    if (event.queryRunner.isTransactionActive) runnerData(event.queryRunner)[TOUCHED] = true;
  }

  private announce(): void {
    for (const listener of this.listeners) listener();
  }
}
