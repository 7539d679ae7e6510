import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';

/**
 * Which peers may speak for the client (X-Forwarded-For, X-Forwarded-Proto): the reverse proxies named
 * in TRUST_PROXY. Anyone else could forge those headers to dodge the login throttle per address or to
 * get the session cookie marked as sent over HTTPS, so from them the headers are ignored.
 */
export type ProxyTrust = { readonly list: BlockList };

const LOOPBACK = ['127.0.0.0/8', '::1/128'];

/** Entries are addresses or CIDR ranges, or "loopback"; an invalid entry throws, naming it. */
export function parseProxyTrust(entries: readonly string[]): ProxyTrust | undefined {
  if (entries.length === 0) return undefined;
  const list = new BlockList();
  for (const raw of entries.flatMap((e) => (e === 'loopback' ? LOOPBACK : [e]))) {
    const [address = '', bits] = raw.split('/');
    const family = isIP(address);
    if (family === 0) throw new Error(`not an IP address or range: ${raw}`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = Number(bits);
    if (!/^\d+$/.test(bits) || prefix > (family === 4 ? 32 : 128)) throw new Error(`bad prefix length: ${raw}`);
    list.addSubnet(address, prefix, type);
  }
  return { list };
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) is checked as 10.0.0.1. */
function plain(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

export function isTrusted(trust: ProxyTrust | undefined, address: string | undefined): boolean {
  if (!trust || !address) return false;
  const a = plain(address);
  const family = isIP(a);
  return family !== 0 && trust.list.check(a, family === 4 ? 'ipv4' : 'ipv6');
}

type NodeBindings = { incoming?: { socket?: { remoteAddress?: string } } };

/** The TCP peer; undefined in-process (app.request() in tests has no socket). */
export function peerAddress(c: Context): string | undefined {
  const env = c.env as NodeBindings | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

/**
 * The client's address: the peer, or, when the peer is a trusted proxy, the nearest address in
 * X-Forwarded-For that is not itself a trusted proxy (the left part of the list is the client's to forge).
 */
export function clientAddress(c: Context, trust: ProxyTrust | undefined): string {
  let address = peerAddress(c);
  if (trust && isTrusted(trust, address)) {
    const forwarded = c.req.header('x-forwarded-for');
    if (forwarded) {
      const hops = forwarded.split(',');
      for (let i = hops.length - 1; i >= 0; i--) {
        const hop = plain(hops[i]!.trim());
        if (isIP(hop) === 0) break;
        address = hop;
        if (!isTrusted(trust, hop)) break;
      }
    }
  }
  return address ? plain(address) : 'unknown';
}

/** HTTPS as the client sees it: the URL's scheme, or X-Forwarded-Proto from a trusted proxy. */
export function isHttps(c: Context, trust: ProxyTrust | undefined): boolean {
  if (c.req.url.startsWith('https:')) return true;
  if (!trust) return false;
  if (!isTrusted(trust, peerAddress(c))) return false;
  const proto = c.req.header('x-forwarded-proto');
  // A chain of proxies appends: the first value is what the client used.
  return proto !== undefined && proto.split(',')[0]!.trim().toLowerCase() === 'https';
}
