import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isDeadlock } from './unique-violation';

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

  /**
   * `run`, tried again (up to `attempts` in all) when PostgreSQL broke a deadlock by failing this
   * transaction: nothing of it was written, and `work` reads what it needs afresh. For writes that
   * lock rows another path locks in the other order — an act's transition (act, then its deadlines)
   * against the deadline engine's batch (deadlines, then their acts), or a calendar edit.
   */
  async runRetryingDeadlocks<T>(work: (tx: Tx) => Promise<T>, attempts = 3): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.run(work);
      } catch (error) {
        if (!isDeadlock(error) || attempt >= attempts) throw error;
      }
    }
  }

  /** A read-only snapshot: every statement of `work` sees the database as of its first one. */
  snapshot<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', work);
  }

  /**
   * A snapshot for monitoring (the worker's /metrics): declared READ ONLY, and each statement fails
   * after `statementTimeoutMs`, so a slow scrape fails rather than piling queries onto PostgreSQL.
   */
  monitoringSnapshot<T>(statementTimeoutMs: number, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.snapshot(async (tx) => {
      await tx.query(`SET TRANSACTION READ ONLY`);
      await tx.query(`SET LOCAL statement_timeout = ${Math.trunc(statementTimeoutMs)}`);
      return work(tx);
    });
  }
}
