import { IntegrationClientEntity, OfficeEntity } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { generateApiKey } from '../auth/api-key';
import { Caller } from '../auth/caller';
import { notFound } from '../auth/office-scope';
import { invalidField } from './admin-problems';
import { CreatedIntegrationClientView, CreateIntegrationClientDto, IntegrationClientView } from './dto/integration-client.dto';

/** Other state systems' API clients. The key is shown once at creation; only prefix and hash are kept. */
@Injectable()
export class IntegrationClientsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<IntegrationClientView[]> {
    const clients = await this.dataSource.getRepository(IntegrationClientEntity).find({ order: { createdAt: 'ASC', id: 'ASC' } });
    return clients.map(clientView);
  }

  async create(caller: Caller, body: CreateIntegrationClientDto): Promise<CreatedIntegrationClientView> {
    const { key, prefix, hash } = generateApiKey();
    return this.dataSource.transaction(async (manager) => {
      await requireOffices(manager, body.officeIds);
      const clients = manager.getRepository(IntegrationClientEntity);
      const { identifiers } = await clients.insert({ name: body.name, keyPrefix: prefix, keyHash: hash, scopes: body.scopes, officeIds: body.officeIds });
      const client = clientView(await clients.findOneByOrFail({ id: identifiers[0].id as string }));
      await this.audit.record(manager, caller, { action: 'integration_client.created', entityType: 'integration_client', entityId: client.id, before: null, after: client });
      return { client, apiKey: key };
    });
  }

  /** Revoking takes effect at the client's next request: the write clears the API-key cache (ApiKeyCache), here and at commit. */
  async revoke(caller: Caller, id: string): Promise<IntegrationClientView> {
    return this.dataSource.transaction(async (manager) => {
      const clients = manager.getRepository(IntegrationClientEntity);
      const found = await clients.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!found) throw notFound('Integration client');
      const before = clientView(found);
      await clients.update({ id }, { isActive: false });
      const after = clientView(await clients.findOneByOrFail({ id }));
      await this.audit.record(manager, caller, { action: 'integration_client.revoked', entityType: 'integration_client', entityId: id, before, after });
      return after;
    });
  }
}

async function requireOffices(manager: EntityManager, officeIds: readonly string[]): Promise<void> {
  const found = await manager.getRepository(OfficeEntity).findBy({ id: In([...officeIds]) });
  const missing = officeIds.filter((id) => !found.some((office) => office.id === id));
  if (missing.length) throw invalidField('officeIds', 'OFFICE_NOT_FOUND', `No office with id ${missing.join(', ')}.`);
}

function clientView(client: IntegrationClientEntity): IntegrationClientView {
  return {
    id: client.id,
    name: client.name,
    keyPrefix: client.keyPrefix,
    scopes: client.scopes,
    officeIds: client.officeIds,
    isActive: client.isActive,
    createdAt: client.createdAt,
  };
}
