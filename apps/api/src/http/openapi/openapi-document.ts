import { WEBHOOK_EVENT_TYPES, WebhookEventType } from '@app/domain';
import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { DeadlineWebhookEventView, WorkAssignedWebhookEventView } from '../../webhooks/dto/webhook-event.views';
import { PROBLEM_CODES } from '../problem-codes';
import { ProblemDetails } from '../problem-details';
import { describeHttpPipeline } from './http-pipeline';
import { toOpenApi31Schemas } from './openapi-31';
import { API_KEY_SCHEME, BEARER_SCHEME } from './security-schemes';


const TAGS: ReadonlyArray<[name: string, description: string]> = [
  ['auth', 'Signing in: access and refresh tokens, and who the caller is.'],
  ['cases', 'Supervision cases: the folder an office keeps its acts in.'],
  ['acts', 'The supervision acts of art. 18 — filing one per type, reading one, and firing the events of its life cycle. Refusals name the article.'],
  ['supervision', 'What heads of offices review: deadlines past due in their office and every office below, and counts.'],
  ['notifications', 'The caller’s inbox of reminders, breaches and escalations.'],
  ['catalog', 'The domain as data: act types, state machines, events and their fields, term rules, labels in kk, ru and en.'],
  ['calendar', 'The production calendar of Kazakhstan that working-day terms count on, and administrators’ edits with their impact.'],
  ['integrations', 'For other state systems (X-Api-Key): a case’s status and the change feed, resumable and in commit order.'],
  ['webhooks', 'Webhook subscriptions and the delivery log; the events themselves are under `webhooks` of this document.'],
  ['admin', 'Offices, users and integration clients, for administrators.'],
  ['health', 'Liveness and readiness probes.'],
];

/** Each event type the system POSTs: what it means, the verb a generated SDK names its handler by, its body's schema. */
const WEBHOOKS: Record<WebhookEventType, { summary: string; operationId: string; schema: string }> = {
  'deadline.reminder': {
    summary: 'A statutory deadline comes due soon (days or hours before, and on the morning of its last day)',
    operationId: 'onDeadlineReminder',
    schema: 'DeadlineWebhookEvent',
  },
  'deadline.missed': { summary: 'A statutory deadline ran out unmet', operationId: 'onDeadlineMissed', schema: 'DeadlineWebhookEvent' },
  'deadline.escalated': { summary: 'A missed deadline was escalated to the next office up', operationId: 'onDeadlineEscalated', schema: 'DeadlineWebhookEvent' },
  'work.assigned': { summary: 'A case or an act has a new responsible prosecutor', operationId: 'onWorkAssigned', schema: 'WorkAssignedWebhookEvent' },
};

/** The API's OpenAPI 3.1 document: routes from the controllers and DTOs, the HTTP pipeline's answers, the webhooks. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Prosecutorial acts API')
    .setDescription(
      'Supervision acts of Chapter 3 of the Law "On the Prosecutor\'s Office" (No. 2709, ed. 28.12.2016): filing, life cycle, ' +
        'statutory deadlines and their audit trail. Every error is an RFC 9457 problem document (application/problem+json) with a ' +
        'stable `code` and, when the statute is the reason, the `article`. Integrators: see docs/integrations.md.',
    )
    .setVersion('1')
    .addServer('/', 'The origin that serves this document')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'An access token from POST /api/v1/auth/login; the roles that may call a route are listed on it.' }, BEARER_SCHEME)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'An integration client’s key; the scopes that open a route are listed on it.' }, API_KEY_SCHEME);
  for (const [name, description] of TAGS) builder.addTag(name, description);
  const document = SwaggerModule.createDocument(app, builder.build(), { extraModels: [ProblemDetails, DeadlineWebhookEventView, WorkAssignedWebhookEventView] });
  describeHttpPipeline(document);
  describeProblemCodes(document);
  // Not open source: an SPDX LicenseRef (OpenAPI 3.1 `identifier`) says so without a made-up URL.
  document.info.license = { name: 'Proprietary: not for redistribution', identifier: 'LicenseRef-Proprietary' } as OpenAPIObject['info']['license'];
  return { ...(toOpenApi31Schemas(document) as OpenAPIObject), webhooks: webhooks() } as OpenAPIObject;
}

/** Each problem code's status and meaning beside the enum (`x-enumDescriptions`, which generators turn into doc comments). */
function describeProblemCodes(document: OpenAPIObject): void {
  const schema = document.components?.schemas?.ProblemCode as Record<string, unknown> | undefined;
  if (!schema) throw new Error('the ProblemCode schema is missing from the document');
  schema['x-enumDescriptions'] = Object.fromEntries(Object.entries(PROBLEM_CODES).map(([code, { statuses, meaning }]) => [code, `${statuses.join(', ')}: ${meaning}`]));
  schema.description = 'Stable and machine-readable: switch on it. docs/error-codes.md lists each with its status and meaning.';
}

export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'docs/openapi.json' });
}

/** What the system POSTs to subscribers: one entry per event type (OpenAPI 3.1 `webhooks`). */
function webhooks(): Record<string, unknown> {
  const header = (name: string, description: string, example: string) => ({ name, in: 'header', required: true, description, schema: { type: 'string' }, example });
  const parameters = [
    header('webhook-id', 'Standard Webhooks: the delivery id, the same on every retry — deduplicate by it', '0b5c6f5e-7d7c-4c9a-9b8e-2f0d7e1c1a11'),
    header('webhook-timestamp', 'Standard Webhooks: unix seconds when this try was signed; refuse old ones', '1765000000'),
    header(
      'webhook-signature',
      'Standard Webhooks: `v1,` + base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<raw body>" under the secret’s bytes (the base64 after `whsec_`). Verify with any Standard Webhooks library.',
      'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=',
    ),
    header('X-Webhook-Id', 'The delivery id (the same as webhook-id)', '0b5c6f5e-7d7c-4c9a-9b8e-2f0d7e1c1a11'),
    header('X-Webhook-Event', 'The event type', 'deadline.missed'),
    header('X-Webhook-Timestamp', 'The same as webhook-timestamp', '1765000000'),
    header('X-Webhook-Signature', 'The original signature, kept for existing receivers: `sha256=` + hex HMAC-SHA256 of "<timestamp>.<raw body>" under the whole secret string', 'sha256=9f2c…'),
  ];
  return Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [
      type,
      {
        post: {
          operationId: WEBHOOKS[type].operationId,
          summary: WEBHOOKS[type].summary,
          description:
            'POSTed to each active subscription of this event type whose integration client may see the office concerned. ' +
            'Delivery is at least once: answer 2xx within WEBHOOK_TIMEOUT_MS; anything else is retried with capped exponential backoff, then dead-lettered.',
          tags: ['webhooks'],
          security: [],
          parameters,
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${WEBHOOKS[type].schema}` } } } },
          responses: {
            '200': { description: 'Delivered (any 2xx).' },
            '400': { description: 'Not delivered: the receiver refused it (e.g. a bad signature); it is retried like every non-2xx answer.' },
          },
        },
      },
    ]),
  );
}
