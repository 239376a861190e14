import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook must not reach unless an operator allows the host (WEBHOOK_ALLOWED_HOSTS):
 * loopback, link-local (169.254.0.0/16 holds the cloud metadata service), the private ranges and
 * everything else that is not the public internet. A webhook URL is chosen by whoever holds an
 * administrator account; without this a subscription could make the worker POST to the database,
 * Redis or an internal admin page and report back what answered (SSRF).
 */
const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96], // NAT64: a public-looking way to an IPv4 inside
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** True for an IP address outside the public internet (IPv4-mapped IPv6 addresses judged as their IPv4). */
export function isNonPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 0) return false;
  return NON_PUBLIC.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}

/** A comma-separated host list (WEBHOOK_ALLOWED_HOSTS), lower-cased, brackets dropped. */
export function parseHostList(value: string): string[] {
  return value
    .split(',')
    .map((host) => host.trim().toLowerCase().replace(/^\[|\]$/g, ''))
    .filter((host) => host !== '');
}

/**
 * Why a webhook URL's host may not be a target, or null when it may (by its name alone: a name is
 * checked again, resolved, when the worker connects). `allowed`: hosts an operator allowed
 * explicitly (parseHostList).
 */
export function webhookTargetRefusal(url: string, allowed: readonly string[]): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return 'is not a URL';
  }
  if (allowed.includes(host)) return null;
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is this machine (loopback)`;
  if (isNonPublicAddress(host)) return `${host} is not a public address (loopback, link-local or a private range)`;
  return null;
}
