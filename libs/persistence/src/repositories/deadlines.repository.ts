import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DeadlineEntity } from '../entities/deadline.entity';
import { Tx } from '../transactions';

/** A deadline row before it is stored: what ActEffects computes for a clock that starts. */
export type NewDeadline = Omit<DeadlineEntity, 'act' | 'escalationLevel' | 'createdAt' | 'updatedAt'>;

/**
 * The statutory clocks of acts (deadlines). Rows are written only by the transition path
 * (libs/workflow ActEffects) and the deadline engine, always with an outbox row beside them.
 */
@Injectable()
export class DeadlinesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** An act's clocks in the order they started. */
  ofAct(actId: string, tx: Tx = this.dataSource.manager): Promise<DeadlineEntity[]> {
    return tx.find(DeadlineEntity, { where: { actId }, order: { createdAt: 'ASC', kind: 'ASC' } });
  }

  async insert(tx: Tx, rows: readonly NewDeadline[]): Promise<void> {
    if (rows.length) await tx.insert(DeadlineEntity, [...rows] as QueryDeepPartialEntity<DeadlineEntity>[]);
  }

  /**
   * Writes every column a transition's effect may change, by primary key. Explicit, not save():
   * save() would first re-select the row to tell an insert from an update. An effect that writes
   * another column must add it here.
   */
  async updateClock(tx: Tx, row: DeadlineEntity): Promise<void> {
    const { status, dueAt, internalTargetAt, metAt, missedAt, explanation, ledger, version, triggeredAt, runsAgainst, citation, editionId, firesTermMissed } = row;
    await tx.update(DeadlineEntity, { id: row.id }, {
      status, dueAt, internalTargetAt, metAt, missedAt, explanation, ledger, version, triggeredAt, runsAgainst, citation, editionId, firesTermMissed,
    } as QueryDeepPartialEntity<DeadlineEntity>);
  }
}
