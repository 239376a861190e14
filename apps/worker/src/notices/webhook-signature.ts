import { createHmac } from 'node:crypto';

/**
 * The original signature, kept for receivers built before Standard Webhooks: `sha256=` + hex
 * HMAC-SHA256 of "<timestamp>.<body>" under the whole secret string. Signing the timestamp with the
 * body lets a receiver refuse old captured requests replayed later.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * The Standard Webhooks signature (standardwebhooks.com, `webhook-signature`): `v1,` + base64
 * HMAC-SHA256 of "<id>.<timestamp>.<body>" under the secret's bytes — the base64 after `whsec_`.
 * Node reads both base64 alphabets, so secrets issued before base64url was dropped sign too.
 */
export function signStandardWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}
