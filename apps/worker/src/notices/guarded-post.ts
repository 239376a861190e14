import { isNonPublicAddress } from '@app/config';
import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { request as httpRequest, RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { LookupFunction } from 'node:net';

export interface GuardedAnswer {
  readonly status: number;
}

/** A connection refused because the host resolved to an address a webhook may not reach. */
export class TargetNotAllowed extends Error {
  constructor(host: string, address: string) {
    super(`${host} resolves to ${address}, which is not a public address; allow the host in WEBHOOK_ALLOWED_HOSTS to deliver there`);
    this.name = 'TargetNotAllowed';
  }
}

/**
 * The address check at connect time: the name is resolved once, every address checked, and the
 * connection made to the address that was checked — so a name that resolves to a public address
 * when the subscription is created and to 127.0.0.1 when the worker connects (DNS rebinding) is
 * refused as well.
 */
function guardedLookup(allowedHosts: readonly string[]): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as LookupAddress[];
      const allowed = allowedHosts.includes(hostname.toLowerCase());
      const refused = allowed ? undefined : list.find((entry) => isNonPublicAddress(entry.address));
      if (refused) return callback(new TargetNotAllowed(hostname, refused.address), '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

/**
 * One POST, no redirects followed (a redirect is not a delivery: following it would send the
 * signed payload elsewhere), the body of the answer discarded. Rejects on a network error, a
 * refused target and the timeout.
 */
export function guardedPost(url: string, headers: Record<string, string>, body: string, options: { timeoutMs: number; allowedHosts: readonly string[] }): Promise<GuardedAnswer> {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const requestOptions: RequestOptions = {
    method: 'POST',
    headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
    lookup: guardedLookup(options.allowedHosts),
    timeout: options.timeoutMs,
    agent: false,
  };
  return new Promise((resolve, reject) => {
    const bareHost = target.hostname.replace(/^\[|\]$/g, '');
    // A literal address is not looked up: check it here.
    if (!options.allowedHosts.includes(bareHost.toLowerCase()) && isNonPublicAddress(bareHost)) {
      reject(new TargetNotAllowed(bareHost, bareHost));
      return;
    }
    const outgoing = send(target, requestOptions, (answer) => {
      answer.resume();
      answer.on('end', () => resolve({ status: answer.statusCode ?? 0 }));
      answer.on('error', reject);
    });
    const deadline = setTimeout(() => outgoing.destroy(new TimeoutError(options.timeoutMs)), options.timeoutMs);
    outgoing.on('close', () => clearTimeout(deadline));
    outgoing.on('timeout', () => outgoing.destroy(new TimeoutError(options.timeoutMs)));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

export class TimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'TimeoutError';
  }
}
