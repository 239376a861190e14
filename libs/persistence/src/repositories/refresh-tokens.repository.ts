import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import { Tx } from '../transactions';

export type NewRefreshToken = Pick<RefreshTokenEntity, 'id' | 'userId' | 'familyId' | 'expiresAt'>;

/**
 * Issued refresh tokens (by JWT id), the sessions of the users. Rotation: using a token revokes it
 * and issues the next of its family; a token used twice (a replay) revokes the whole family.
 */
@Injectable()
export class RefreshTokensRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Records a newly issued token, not revoked. One autocommitted statement. */
  async record(token: NewRefreshToken): Promise<void> {
    await this.dataSource.manager.insert(RefreshTokenEntity, { ...token, revokedAt: null });
  }

  /**
   * Uses the token up: revokes it if nobody has yet. False when it was already revoked (or never
   * issued) — the caller treats that as a replay. The guarded update settles two concurrent uses.
   */
  async consume(tx: Tx, id: string, at: Date): Promise<boolean> {
    const consumed = await tx.update(RefreshTokenEntity, { id, revokedAt: IsNull() }, { revokedAt: at });
    return (consumed.affected ?? 0) > 0;
  }

  /**
   * Revokes every token of the family still valid (a replayed token: the family is presumed stolen;
   * a sign-out). Answers how many were still valid: none when the family had already ended.
   */
  async revokeFamily(tx: Tx, familyId: string, at: Date): Promise<number> {
    const revoked = await tx.update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: at });
    return revoked.affected ?? 0;
  }

  /** Revokes every token of the user still valid: the account was deactivated or its password reset. */
  async revokeAllOfUser(tx: Tx, userId: string, at: Date): Promise<void> {
    await tx.update(RefreshTokenEntity, { userId, revokedAt: IsNull() }, { revokedAt: at });
  }
}
