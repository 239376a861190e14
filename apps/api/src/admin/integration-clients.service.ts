import { IntegrationClientEntity, IntegrationClientsRepository, OfficesRepository, Transactions, Tx } from '@app/persistence';
import { Injectable } from '@nestjs/common';
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
    private readonly transactions: Transactions,
    private readonly clients: IntegrationClientsRepository,
    private readonly offices: OfficesRepository,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<IntegrationClientView[]> {
    return (await this.clients.all()).map(clientView);
  }

  async create(caller: Caller, body: CreateIntegrationClientDto): Promise<CreatedIntegrationClientView> {
    const { key, prefix, hash } = generateApiKey();
    return this.transactions.run(async (tx) => {
      await this.requireOffices(tx, body.officeIds);
      const client = clientView(await this.clients.insert(tx, { name: body.name, keyPrefix: prefix, keyHash: hash, scopes: body.scopes, officeIds: body.officeIds }));
      await this.audit.record(tx, caller, { action: 'integration_client.created', entityType: 'integration_client', entityId: client.id, before: null, after: client });
      return { client, apiKey: key };
    });
  }

  /** Revoking takes effect at the client's next request: the write clears the API-key cache (ApiKeyCache), here and at commit. */
  async revoke(caller: Caller, id: string): Promise<IntegrationClientView> {
    return this.transactions.run(async (tx) => {
      const found = await this.clients.lockById(tx, id);
      if (!found) throw notFound('Integration client');
      const before = clientView(found);
      const after = clientView(await this.clients.revoke(tx, id));
      await this.audit.record(tx, caller, { action: 'integration_client.revoked', entityType: 'integration_client', entityId: id, before, after });
      return after;
    });
  }

  private async requireOffices(tx: Tx, officeIds: readonly string[]): Promise<void> {
    const found = await this.offices.findByIds(officeIds, tx);
    const missing = officeIds.filter((id) => !found.some((office) => office.id === id));
    if (missing.length) throw invalidField('officeIds', 'OFFICE_NOT_FOUND', `No office with id ${missing.join(', ')}.`);
  }
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
