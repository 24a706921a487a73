import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { classifyAddress, normalizeAddress } from './address-policy.js';
import type { Failure } from './failure.js';

/** One resolved address, as `dns.lookup(host, { all: true })` gives it. */
export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Resolves a host name to all its addresses. Injected so tests can map names to addresses. */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

/** Who may be contacted. */
export interface AddressPolicy {
  /** Skips the public-address check entirely: for intranets and tests against 127.0.0.1. */
  readonly allowPrivate?: boolean;
  /**
   * Exact addresses treated as public although their range is not (`['127.0.0.1']`). The seam
   * for tests that need one "public" server on loopback while every other private address is
   * still refused — e.g. that a redirect from it to 169.254.169.254 is caught — and for one
   * trusted intranet host without opening the whole private range.
   */
  readonly allowAddresses?: readonly string[];
}

export const systemResolver: Resolver = async (hostname) => {
  // `verbatim` keeps the resolver's order (no IPv4-first reordering), as the OS would connect.
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

/** The host of a URL without IPv6 brackets: what `isIP` and the resolver expect. */
export function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/**
 * Resolves a URL's host and checks every address against the policy. ALL addresses must be
 * public: a name that resolves to a public and a private address is how DNS-rebinding attacks
 * are staged, so it is refused rather than filtered. The vetted addresses are returned so the
 * connection goes to exactly these (see pinned-lookup.ts), never to a second resolution.
 */
export async function vetHost(url: URL, resolver: Resolver, policy: AddressPolicy): Promise<readonly ResolvedAddress[] | Failure> {
  const host = bareHostname(url);
  let addresses: readonly ResolvedAddress[];
  const literal = isIP(host);
  if (literal) {
    addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await resolver(host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      return { ruleId: 'fetch/dns', reason: `could not resolve the host "${host}" (${code}); check the URL's spelling and the network connection` };
    }
    if (!addresses.length) return { ruleId: 'fetch/dns', reason: `the host "${host}" resolves to no address; check the URL` };
  }
  if (policy.allowPrivate) return addresses;
  const allowed = new Set((policy.allowAddresses ?? []).map(normalizeAddress));
  for (const { address } of addresses) {
    const verdict = classifyAddress(address);
    if (verdict.public || allowed.has(verdict.address)) continue;
    const via = literal ? `the address ${host}` : `the host "${host}" resolves to ${addresses.map((a) => a.address).join(', ')}, including ${verdict.address}, which`;
    return {
      ruleId: 'fetch/private-address',
      reason: `${via} is not a public address (range: ${verdict.range}); Parallax only fetches public addresses so that a link cannot reach your own machine or network — pass allowPrivate for an intranet source`,
    };
  }
  return addresses;
}
