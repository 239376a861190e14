import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import type { components } from '@app/api-client';

export type WebhookEvent = components['schemas']['DeadlineWebhookEvent'] | components['schemas']['WorkAssignedWebhookEvent'];

/**
 * Checks a webhook POST with the Standard Webhooks library (signature, and a timestamp no older
 * than 5 minutes) and answers the event once per delivery id: a repeat — the sender retries when
 * it did not see your 2xx — is acknowledged without acting on it again.
 */
export class WebhookInbox {
  private readonly verifier: Webhook;
  private readonly seen = new Set<string>();

  constructor(secret: string) {
    this.verifier = new Webhook(secret);
  }

  /** The event to act on; null for a repeat; throws WebhookVerificationError for a forgery (answer 400). */
  receive(rawBody: string, headers: Record<string, string>): WebhookEvent | null {
    const verified: unknown = this.verifier.verify(rawBody, headers);
    if (!isWebhookEvent(verified)) throw new WebhookVerificationError('not a webhook event of this API');
    if (this.seen.has(verified.id)) return null;
    this.seen.add(verified.id);
    return verified;
  }
}

function isWebhookEvent(value: unknown): value is WebhookEvent {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' && 'type' in value && 'data' in value;
}
