import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserAbsenceEntity } from '../entities/user-absence.entity';
import { Tx } from '../transactions';
import { OfficeReach, officeReachCondition } from './office-reach';

/** An absence as recorded: who, when (Almaty dates, both inclusive), who covers, why, who recorded it. */
export type NewUserAbsence = Pick<UserAbsenceEntity, 'userId' | 'startsOn' | 'endsOn' | 'deputyUserId' | 'reason' | 'createdBy'>;

/** What the list of absences may be narrowed to. */
export interface AbsenceFilter {
  /** The offices whose people's absences the caller may see (an administrator: everything). */
  readonly reach: OfficeReach | 'everything';
  readonly userId?: string;
  /** Only absences that include this date, or end on or after it (`current` false). */
  readonly onOrAfter?: string;
}

/** Absences and their deputies (work allocation): who covers for whom, and when. */
@Injectable()
export class UserAbsencesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(tx: Tx, absence: NewUserAbsence): Promise<UserAbsenceEntity> {
    return tx.save(tx.create(UserAbsenceEntity, absence));
  }

  findById(id: string, tx: Tx = this.dataSource.manager): Promise<UserAbsenceEntity | null> {
    return tx.findOneBy(UserAbsenceEntity, { id });
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.delete(UserAbsenceEntity, { id });
  }

  /** Whether the user's absences overlap [startsOn, endsOn] (one user is away once at a time). */
  overlaps(tx: Tx, userId: string, startsOn: string, endsOn: string): Promise<boolean> {
    return tx
      .createQueryBuilder(UserAbsenceEntity, 'a')
      .where('a.user_id = :userId AND a.starts_on <= :endsOn AND a.ends_on >= :startsOn', { userId, startsOn, endsOn })
      .getExists();
  }

  /** Absences of people within the reach, soonest first. */
  list(filter: AbsenceFilter): Promise<UserAbsenceEntity[]> {
    const builder = this.dataSource.manager.createQueryBuilder(UserAbsenceEntity, 'a').innerJoin('a.user', 'u').innerJoin('u.office', 'o');
    if (filter.reach !== 'everything') {
      const scope = officeReachCondition(filter.reach, 'o.path');
      builder.andWhere(scope.sql, scope.params);
    }
    if (filter.userId) builder.andWhere('a.user_id = :userId', { userId: filter.userId });
    if (filter.onOrAfter) builder.andWhere('a.ends_on >= :onOrAfter', { onOrAfter: filter.onOrAfter });
    return builder.orderBy('a.starts_on', 'ASC').addOrderBy('a.id', 'ASC').getMany();
  }
}
