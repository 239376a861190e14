import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * A unit of work: what a repository method takes when its statement must join the caller's
 * transaction. Callers only pass it along; they never query through it (lint: apps import no typeorm).
 */
export type Tx = EntityManager;

/** Runs work in one transaction: everything written through its `tx` commits together or not at all. */
@Injectable()
export class Transactions {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** A read-only snapshot: every statement of `work` sees the database as of its first one. */
  snapshot<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', work);
  }
}
