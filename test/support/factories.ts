import { randomUUID } from 'node:crypto';
import { ActState, ActType, DeadlineKind, DeadlineStatus, ResolutionKind } from '@app/domain';
import { ActEntity, CaseEntity, CaseStatus, DeadlineEntity, IntegrationClientEntity, IntegrationScope, OfficeEntity, UserEntity } from '@app/persistence';
import { DataSource } from 'typeorm';
import { generateApiKey } from '../../apps/api/src/auth/api-key';

/**
 * Rows written straight into a test database, for suites that read what other features write.
 * Each factory fills what the schema requires with plausible values; pass what the test is about.
 */
export const EDITION_ID = 'KZ-2709@2016-12-28';

/** Anything that runs SQL: a DataSource, an EntityManager or a pg Client. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

async function office(dataSource: DataSource, code: string): Promise<OfficeEntity> {
  return dataSource.getRepository(OfficeEntity).findOneByOrFail({ code });
}

async function user(dataSource: DataSource, login: string): Promise<UserEntity> {
  return dataSource.getRepository(UserEntity).findOneByOrFail({ login });
}

/** An active integration client over the subtrees of `officeCodes`; returns its API key. */
export async function createIntegrationClient(
  dataSource: DataSource,
  options: { scopes: IntegrationScope[]; officeCodes: string[]; name?: string },
): Promise<{ id: string; key: string }> {
  const { key, prefix, hash } = generateApiKey();
  const officeIds = await Promise.all(options.officeCodes.map(async (code) => (await office(dataSource, code)).id));
  const saved = await dataSource.getRepository(IntegrationClientEntity).save({
    name: options.name ?? `client-${prefix}`,
    keyPrefix: prefix,
    keyHash: hash,
    scopes: options.scopes,
    officeIds,
  });
  return { id: saved.id, key };
}

export async function insertCase(
  dataSource: DataSource,
  options: { officeCode: string; number?: string; status?: CaseStatus; responsibleLogin?: string },
): Promise<CaseEntity> {
  const where = await office(dataSource, options.officeCode);
  const responsible = await user(dataSource, options.responsibleLogin ?? 'bostandyk.prosecutor');
  return dataSource.getRepository(CaseEntity).save({
    number: options.number ?? `${options.officeCode}-${randomUUID().slice(0, 8)}`,
    subject: 'Unlawful refusal to register a land plot',
    addresseeName: 'Akimat of the district',
    officeId: where.id,
    officePath: where.path,
    responsibleProsecutorId: responsible.id,
    status: options.status ?? CaseStatus.OPEN,
  });
}

export async function insertAct(
  dataSource: DataSource,
  kase: CaseEntity,
  options: { type: ActType; state: ActState; kind?: ResolutionKind | null; version?: number; nextDueAt?: Date | null; authorLogin?: string },
): Promise<ActEntity> {
  const author = await user(dataSource, options.authorLogin ?? 'bostandyk.prosecutor');
  return dataSource.getRepository(ActEntity).save({
    caseId: kase.id,
    officeId: kase.officeId,
    officePath: kase.officePath,
    type: options.type,
    kind: options.kind ?? null,
    state: options.state,
    version: options.version ?? 1,
    editionId: EDITION_ID,
    issuedAt: options.state === ActState.DRAFT ? null : new Date('2026-11-02T05:00:00Z'),
    title: `${options.type} on ${kase.number}`,
    addresseeName: kase.addresseeName,
    attributes: {},
    authorId: author.id,
    responsibleUserId: author.id,
    nextDueAt: options.nextDueAt ?? null,
  });
}

export async function insertDeadline(
  dataSource: DataSource,
  act: ActEntity,
  options: { kind: DeadlineKind; dueAt: Date; status?: DeadlineStatus; citation?: string; metAt?: Date | null },
): Promise<DeadlineEntity> {
  return dataSource.getRepository(DeadlineEntity).save({
    actId: act.id,
    officeId: act.officeId,
    officePath: act.officePath,
    kind: options.kind,
    status: options.status ?? DeadlineStatus.OPEN,
    runsAgainst: 'ADDRESSEE',
    triggeredAt: new Date(options.dueAt.getTime() - 10 * 24 * 3600 * 1000),
    dueAt: options.dueAt,
    metAt: options.metAt ?? null,
    citation: options.citation ?? 'art. 19.3',
    editionId: EDITION_ID,
    explanation: { kk: '10 күнтізбелік күн', ru: '10 календарных дней', en: '10 calendar days' },
    firesTermMissed: true,
    ledger: {},
  });
}

/**
 * One audit row, written as AuditService writes it (the trigger numbers and chains it). Returns its
 * id. Through a pg Client inside BEGIN … COMMIT it holds the chain lock until that transaction ends.
 */
export async function insertAuditRow(
  db: Queryable,
  row: { action: string; entityType: string; entityId: string; caseId?: string | null; officePath?: string | null; after?: unknown },
): Promise<string> {
  const result = (await db.query(
    `INSERT INTO audit_log (id, occurred_at, actor_user_id, actor_client_id, actor_role, actor_office_id, request_id,
       action, entity_type, entity_id, case_id, office_path, before, after, prev_hash, hash)
     VALUES (0, now(), NULL, NULL, 'SYSTEM', NULL, NULL, $1, $2, $3, $4, $5, NULL, $6, '', '')
     RETURNING id::text AS id`,
    [row.action, row.entityType, row.entityId, row.caseId ?? null, row.officePath ?? null, row.after === undefined ? null : JSON.stringify(row.after)],
  )) as { id: string }[] | { rows: { id: string }[] };
  return (Array.isArray(result) ? result : result.rows)[0].id;
}
