import { createHmac } from 'node:crypto';

/**
 * `sha256=` + hex HMAC-SHA256 of "<timestamp>.<body>" under the subscription's secret. Signing the
 * timestamp with the body lets a receiver refuse old captured requests replayed later.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
