import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { signStandardWebhook, signWebhook } from './webhook-signature';

describe('webhook signatures', () => {
  const body = JSON.stringify({ id: 'd-1', type: 'deadline.missed', createdAt: '2026-03-27T00:00:00.000Z', data: { article: 'art. 19.3' } });
  const timestamp = 1_774_569_600;

  it('signs as the Standard Webhooks reference library does', () => {
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const reference = new Webhook(secret).sign('d-1', new Date(timestamp * 1000), body);
    expect(signStandardWebhook(secret, 'd-1', timestamp, body)).toBe(reference);
  });

  it('reads a secret issued in base64url (before the Standard Webhooks form) as the same key', () => {
    const key = randomBytes(32);
    const urlSafe = `whsec_${key.toString('base64url')}`;
    expect(signStandardWebhook(urlSafe, 'd-1', timestamp, body)).toBe(signStandardWebhook(`whsec_${key.toString('base64')}`, 'd-1', timestamp, body));
  });

  it('keeps the original sha256= signature over "<timestamp>.<body>" under the whole secret string', () => {
    // printf '%s' "1774569600.<body>" | openssl dgst -sha256 -hmac whsec_abc
    expect(signWebhook('whsec_abc', timestamp, body)).toBe('sha256=ed5e26424ab34351a960fd132325962ceb58ae7ac018bd8b60faada852d7e72e');
  });
});
