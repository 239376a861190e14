import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IntegrationClientEntity } from '../entities/integration-client.entity';
import { Tx } from '../transactions';

/** A new client: its key is never stored, only the public prefix and the hash. */
export type NewIntegrationClient = Pick<IntegrationClientEntity, 'name' | 'keyPrefix' | 'keyHash' | 'scopes' | 'officeIds'>;

/**
 * Other state systems' API clients. Writes go through TypeORM's insert and update, so the API-key
 * cache's subscriber sees them: a revocation takes effect at the client's next request.
 */
@Injectable()
export class IntegrationClientsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every client, oldest first. */
  all(tx: Tx = this.dataSource.manager): Promise<IntegrationClientEntity[]> {
    return tx.find(IntegrationClientEntity, { order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The active client whose key has this prefix (its hash is then compared by the caller), or null. */
  activeByKeyPrefix(keyPrefix: string): Promise<IntegrationClientEntity | null> {
    return this.dataSource.manager.findOneBy(IntegrationClientEntity, { keyPrefix, isActive: true });
  }

  /**
   * The client whose key has this prefix, active or revoked, or null: a key no client was ever
   * issued is one nobody but a guesser sends (the API key cache remembers it as unknown).
   */
  byKeyPrefix(keyPrefix: string): Promise<IntegrationClientEntity | null> {
    return this.dataSource.manager.findOneBy(IntegrationClientEntity, { keyPrefix });
  }

  /** Creates the client and answers it as stored. */
  async insert(tx: Tx, client: NewIntegrationClient): Promise<IntegrationClientEntity> {
    const { identifiers } = await tx.insert(IntegrationClientEntity, client);
    return tx.findOneByOrFail(IntegrationClientEntity, { id: identifiers[0].id as string });
  }

  /** The client, locked until the transaction ends (FOR UPDATE), or null. */
  lockById(tx: Tx, id: string): Promise<IntegrationClientEntity | null> {
    return tx.findOne(IntegrationClientEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * The client, share-locked until the transaction ends (FOR SHARE), or null: what is created
   * for it (a webhook subscription) commits before a concurrent revocation, or sees it.
   */
  shareLockById(tx: Tx, id: string): Promise<IntegrationClientEntity | null> {
    return tx.findOne(IntegrationClientEntity, { where: { id }, lock: { mode: 'pessimistic_read' } });
  }

  /** Revokes the client (its key stops working) and answers it as stored. */
  async revoke(tx: Tx, id: string): Promise<IntegrationClientEntity> {
    await tx.update(IntegrationClientEntity, { id }, { isActive: false });
    return tx.findOneByOrFail(IntegrationClientEntity, { id });
  }
}
