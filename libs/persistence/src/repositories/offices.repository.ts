import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { OfficeEntity } from '../entities/office.entity';
import { Tx } from '../transactions';
import { OfficeReach, officeReachCondition } from './office-reach';

/** The unique constraint on offices.code: isUniqueViolation(error, OFFICE_CODE_KEY) tells a concurrent duplicate. */
export const OFFICE_CODE_KEY = 'offices_code_key';

/** An office's name in the three languages it is kept in. */
export type OfficeName = Pick<OfficeEntity, 'nameKk' | 'nameRu' | 'nameEn'>;

/** What an administrator gives for a new office; its place in the hierarchy comes from the parent. */
export type NewOffice = Pick<OfficeEntity, 'code' | 'level' | 'kind'> & OfficeName;

/**
 * The office hierarchy (ADR 0004): `path` is the chain of ancestor ids and `depth` the number of
 * ancestors, both fixed when the office is created. Writes go through TypeORM's insert and update,
 * so the API-key cache's subscriber sees them (an integration's reach is a set of office paths).
 */
@Injectable()
export class OfficesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every office, by code (the tree is built by the caller). */
  all(tx: Tx = this.dataSource.manager): Promise<OfficeEntity[]> {
    return tx.find(OfficeEntity, { order: { code: 'ASC' } });
  }

  /** The offices within a reach (a prosecutor's own office, a head's subtree), by depth then code. */
  withinReach(reach: OfficeReach, tx: Tx = this.dataSource.manager): Promise<OfficeEntity[]> {
    const scope = officeReachCondition(reach, 'o.path');
    return tx.createQueryBuilder(OfficeEntity, 'o').where(scope.sql, scope.params).orderBy('o.depth').addOrderBy('o.code').getMany();
  }

  findById(id: string, tx: Tx = this.dataSource.manager): Promise<OfficeEntity | null> {
    return tx.findOneBy(OfficeEntity, { id });
  }

  /** The office, which must exist (fails with EntityNotFoundError otherwise): e.g. an id taken from an office path. */
  getById(id: string, tx: Tx = this.dataSource.manager): Promise<OfficeEntity> {
    return tx.findOneByOrFail(OfficeEntity, { id });
  }

  /** The office, locked until the transaction ends (FOR UPDATE): two renames are audited in the order they were applied. Null when absent. */
  lockById(tx: Tx, id: string): Promise<OfficeEntity | null> {
    return tx.findOne(OfficeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  exists(id: string, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(OfficeEntity, { id });
  }

  /** Whether an office already has this code (a friendly early answer; the constraint is the guard). */
  codeTaken(code: string, tx: Tx = this.dataSource.manager): Promise<boolean> {
    return tx.existsBy(OfficeEntity, { code });
  }

  /** The offices among these ids that exist, in no particular order. */
  /** The offices with these codes (`GPO`, `ALA-BOS`): what an operator types. */
  findByCodes(codes: readonly string[], tx: Tx = this.dataSource.manager): Promise<OfficeEntity[]> {
    return tx.findBy(OfficeEntity, { code: In([...codes]) });
  }

  findByIds(ids: readonly string[], tx: Tx = this.dataSource.manager): Promise<OfficeEntity[]> {
    return ids.length ? tx.findBy(OfficeEntity, { id: In([...ids]) }) : Promise.resolve([]);
  }

  /** The offices at these paths (an integration's granted roots), in no particular order. */
  findByPaths(paths: readonly string[], tx: Tx = this.dataSource.manager): Promise<OfficeEntity[]> {
    return tx.findBy(OfficeEntity, { path: In([...paths]) });
  }

  /** Whether any office exists: an empty hierarchy is a new production database. */
  async any(tx: Tx = this.dataSource.manager): Promise<boolean> {
    return (await tx.count(OfficeEntity, { take: 1 })) > 0;
  }

  /** Creates the root of the hierarchy (the General Prosecutor's Office), depth 0, and answers it as stored. */
  async insertRoot(tx: Tx, office: NewOffice): Promise<OfficeEntity> {
    const id = randomUUID();
    await tx.insert(OfficeEntity, { id, code: office.code, nameKk: office.nameKk, nameRu: office.nameRu, nameEn: office.nameEn, level: office.level, kind: office.kind, parentId: null, path: `/${id}/`, depth: 0 });
    return tx.findOneByOrFail(OfficeEntity, { id });
  }

  /**
   * Creates an office under `parent` and answers it as stored. The id is chosen here so path and
   * depth are right in the one INSERT. A duplicate code fails on OFFICE_CODE_KEY.
   */
  async insertUnder(tx: Tx, parent: Pick<OfficeEntity, 'id' | 'path' | 'depth'>, office: NewOffice): Promise<OfficeEntity> {
    const id = randomUUID();
    await tx.insert(OfficeEntity, {
      id,
      code: office.code,
      nameKk: office.nameKk,
      nameRu: office.nameRu,
      nameEn: office.nameEn,
      level: office.level,
      kind: office.kind,
      parentId: parent.id,
      path: `${parent.path}${id}/`,
      depth: parent.depth + 1,
    });
    return tx.findOneByOrFail(OfficeEntity, { id });
  }

  /** Renames the office (its code, level and place never change) and answers it as stored. */
  async rename(tx: Tx, id: string, name: OfficeName): Promise<OfficeEntity> {
    await tx.update(OfficeEntity, { id }, { nameKk: name.nameKk, nameRu: name.nameRu, nameEn: name.nameEn });
    return tx.findOneByOrFail(OfficeEntity, { id });
  }
}
