import { IntegrationScope, UserRole } from '@app/persistence';
import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '../admin/admin-problems';
import { CurrentPrincipal, IntegrationScopes, Roles } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { Principal } from '../auth/principal';
import { ListWebhookDeliveriesQuery, WebhookDeliveriesPage, WebhookDeliveryView } from './dto/webhook-delivery.dto';
import { WebhookDeliveriesService } from './webhook-deliveries.service';

@ApiTags('webhooks')
@Controller('api/v1/webhook-deliveries')
export class WebhookDeliveriesController {
  constructor(private readonly deliveries: WebhookDeliveriesService) {}

  @Get()
  @Roles(UserRole.ADMINISTRATOR)
  @IntegrationScopes(IntegrationScope.WEBHOOKS_READ)
  @ApiOperation({
    operationId: 'listWebhookDeliveries',
    summary: 'The delivery log, newest first (keyset pages): every delivery for administrators, its own for an integration',
    description: 'Receivers deduplicate by X-Webhook-Id (the delivery id): a delivery whose answer was lost is sent again with the same id.',
  })
  @ApiOkResponse({ type: WebhookDeliveriesPage })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListWebhookDeliveriesQuery): Promise<WebhookDeliveriesPage> {
    return this.deliveries.list(principal, query);
  }

  @Get(':id')
  @Roles(UserRole.ADMINISTRATOR)
  @IntegrationScopes(IntegrationScope.WEBHOOKS_READ)
  @ApiOperation({ operationId: 'getWebhookDelivery', summary: 'One delivery and how getting it there went' })
  @ApiOkResponse({ type: WebhookDeliveryView })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no such delivery within your reach' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', uuidParam()) id: string): Promise<WebhookDeliveryView> {
    return this.deliveries.get(principal, id);
  }

  @Post(':id/redeliver')
  @HttpCode(200)
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'redeliverWebhook', summary: 'Redeliver a DEAD or FAILED delivery: back to PENDING, with a new round of tries' })
  @ApiOkResponse({ type: WebhookDeliveryView })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  @ApiConflictResponse({ description: 'DELIVERY_NOT_REDELIVERABLE (PENDING or DELIVERED), SUBSCRIPTION_INACTIVE' })
  redeliver(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string): Promise<WebhookDeliveryView> {
    return this.deliveries.redeliver(caller, id);
  }
}
