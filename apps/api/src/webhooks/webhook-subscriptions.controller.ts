import { UserRole } from '@app/persistence';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '../admin/admin-problems';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { CreatedWebhookSubscriptionView, CreateWebhookSubscriptionDto, ListWebhookSubscriptionsQuery, WebhookSubscriptionView } from './dto/webhook-subscription.dto';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

/** What a receiver must know, published with the route that hands out the secret. */
const RECEIVER_CONTRACT = [
  'Each event is POSTed as JSON `{ id, type, createdAt, data }` (the `webhooks` of this document describe each type), signed',
  'twice: by Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of',
  '"<id>.<timestamp>.<raw body>" under the base64-decoded secret after whsec_>` — verify with any Standard Webhooks library),',
  'and by the original headers `X-Webhook-Id`, `X-Webhook-Event`, `X-Webhook-Timestamp` and `X-Webhook-Signature: sha256=<hex',
  'HMAC-SHA256 of "<timestamp>.<raw body>" under the whole secret string>`. Verify over the raw body and refuse old timestamps.',
  'Any 2xx answer delivers; anything else, a redirect, a network error or no answer within WEBHOOK_TIMEOUT_MS is',
  'retried with exponential backoff (capped at NOTICE_RETRY_MAX_MS) until WEBHOOK_MAX_ATTEMPTS, then the delivery',
  'is DEAD until an administrator redelivers it. Delivery is at least once: when your 2xx is lost on the way the same',
  'delivery comes again with the same webhook-id — store the ids you have processed and acknowledge repeats',
  'without acting on them again; that makes the effect exactly once.',
].join(' ');

@ApiTags('webhooks')
@Controller('api/v1/admin/webhook-subscriptions')
export class WebhookSubscriptionsController {
  constructor(private readonly subscriptions: WebhookSubscriptionsService) {}

  @Get()
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'listWebhookSubscriptions', summary: 'Webhook subscriptions (never their secrets)' })
  @ApiOkResponse({ type: [WebhookSubscriptionView] })
  list(@Query() query: ListWebhookSubscriptionsQuery): Promise<WebhookSubscriptionView[]> {
    return this.subscriptions.list(query.clientId);
  }

  @Post()
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({
    operationId: 'createWebhookSubscription',
    summary: 'Subscribe an integration client to events; the answer carries the signing secret, shown this once',
    description: RECEIVER_CONTRACT,
  })
  @ApiCreatedResponse({ type: CreatedWebhookSubscriptionView })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateWebhookSubscriptionDto): Promise<CreatedWebhookSubscriptionView> {
    return this.subscriptions.create(caller, body);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'deactivateWebhookSubscription', summary: 'Deactivate a subscription: no new deliveries, and pending ones are dead-lettered' })
  @ApiOkResponse({ type: WebhookSubscriptionView })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  deactivate(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string): Promise<WebhookSubscriptionView> {
    return this.subscriptions.deactivate(caller, id);
  }
}
