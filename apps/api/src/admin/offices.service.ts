import { isUniqueViolation, OFFICE_CODE_KEY, OfficeEntity, OfficeLevel, OfficesRepository, Transactions } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/caller';
import { notFound } from '../auth/office-scope';
import { conflict, invalidField } from './admin-problems';
import { CreateOfficeDto, OfficeView, RenameOfficeDto } from './dto/office.dto';
import { KINDS_OF_LEVEL, PARENT_LEVEL } from './office-rules';

const codeTaken = (code: string) => conflict('OFFICE_CODE_TAKEN', 'Office code taken', `An office with code '${code}' exists.`);

/**
 * The office hierarchy (ADR 0004): `path` is the chain of ancestor ids and `depth` the number of
 * ancestors, both fixed at creation. Moving an office to another parent is not offered: it would
 * rewrite the path of its subtree and of every case, act and deadline copied from it.
 */
@Injectable()
export class OfficesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly offices: OfficesRepository,
    private readonly audit: AuditService,
  ) {}

  /** Every office, depth first: each office followed by its subtree, siblings by code. */
  async list(): Promise<OfficeView[]> {
    const offices = await this.offices.all();
    const children = new Map<string | null, OfficeEntity[]>();
    for (const office of offices) children.set(office.parentId, [...(children.get(office.parentId) ?? []), office]);
    const ordered: OfficeView[] = [];
    const visit = (parentId: string | null) => {
      for (const office of children.get(parentId) ?? []) {
        ordered.push(officeView(office));
        visit(office.id);
      }
    };
    visit(null);
    return ordered;
  }

  async create(caller: Caller, body: CreateOfficeDto): Promise<OfficeView> {
    if (body.level === OfficeLevel.GENERAL) {
      throw invalidField('level', 'OFFICE_LEVEL_NOT_ALLOWED', "There is one General Prosecutor's Office: new offices are REGIONAL or DISTRICT.");
    }
    if (!KINDS_OF_LEVEL[body.level].includes(body.kind)) {
      throw invalidField('kind', 'OFFICE_KIND_NOT_OF_LEVEL', `A ${body.level} office is one of: ${KINDS_OF_LEVEL[body.level].join(', ')}.`);
    }
    try {
      return await this.transactions.run(async (tx) => {
        const parent = await this.offices.findById(body.parentId, tx);
        if (!parent) throw invalidField('parentId', 'OFFICE_NOT_FOUND', 'No office with this id.');
        if (parent.level !== PARENT_LEVEL[body.level]) {
          throw invalidField('parentId', 'PARENT_LEVEL_MISMATCH', `A ${body.level} office sits under a ${PARENT_LEVEL[body.level]} office, not under a ${parent.level} one.`);
        }
        if (await this.offices.codeTaken(body.code, tx)) throw codeTaken(body.code);
        const view = officeView(
          await this.offices.insertUnder(tx, parent, { code: body.code, nameKk: body.name.kk, nameRu: body.name.ru, nameEn: body.name.en, level: body.level, kind: body.kind }),
        );
        await this.audit.record(tx, caller, { action: 'office.created', entityType: 'office', entityId: view.id, before: null, after: view });
        return view;
      });
    } catch (error) {
      if (isUniqueViolation(error, OFFICE_CODE_KEY)) throw codeTaken(body.code);
      throw error;
    }
  }

  async rename(caller: Caller, id: string, body: RenameOfficeDto): Promise<OfficeView> {
    return this.transactions.run(async (tx) => {
      // Locked: two renames of one office are audited in the order they were applied.
      const office = await this.offices.lockById(tx, id);
      if (!office) throw notFound('Office');
      const before = officeView(office);
      const after = officeView(await this.offices.rename(tx, id, { nameKk: body.name.kk, nameRu: body.name.ru, nameEn: body.name.en }));
      await this.audit.record(tx, caller, { action: 'office.renamed', entityType: 'office', entityId: id, before, after });
      return after;
    });
  }
}

export function officeView(office: OfficeEntity): OfficeView {
  return {
    id: office.id,
    code: office.code,
    level: office.level,
    kind: office.kind,
    parentId: office.parentId,
    path: office.path,
    depth: office.depth,
    name: { kk: office.nameKk, ru: office.nameRu, en: office.nameEn },
    createdAt: office.createdAt,
  };
}
