import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OfficeEntity } from '../entities/office.entity';
import { UserRole } from '../entities/user.entity';
import { Tx } from '../transactions';

/** Someone a deadline's notice goes to: in-app always, by e-mail when an address is on file. */
export interface NoticeRecipient {
  readonly id: string;
  readonly email: string | null;
}

/** Who is to hear of a deadline: a case's responsible prosecutor, an office's heads, or both. */
export interface RecipientQuery {
  /** The case whose responsible prosecutor hears of it. */
  readonly responsibleFor?: string;
  /** The office whose heads (SUPERVISOR) hear of it. */
  readonly supervisorsOf?: string;
}

/** The offices of the prosecution system and the people who work in them (users). */
@Injectable()
export class OfficesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The office, which must exist (fails with EntityNotFoundError otherwise): e.g. an id taken from an office path. */
  getById(id: string, tx: Tx = this.dataSource.manager): Promise<OfficeEntity> {
    return tx.findOneByOrFail(OfficeEntity, { id });
  }

  /** Who hears of a deadline, in one round trip: the active users the query names, by id. */
  noticeRecipients(whom: RecipientQuery, tx: Tx = this.dataSource.manager): Promise<NoticeRecipient[]> {
    return tx.query(
      `SELECT id, email FROM users
        WHERE is_active
          AND (id = (SELECT responsible_prosecutor_id FROM cases WHERE id = $1) OR (office_id = $2 AND role = $3))
        ORDER BY id`,
      [whom.responsibleFor ?? null, whom.supervisorsOf ?? null, UserRole.SUPERVISOR],
    );
  }
}
