import ipaddr from 'ipaddr.js';

/** What the address policy says about one IP address. */
export interface AddressVerdict {
  /** The address as ipaddr.js normalises it (`::ffff:7f00:1`, `10.0.0.5`). */
  readonly address: string;
  /** The ipaddr.js range name (`unicast`, `loopback`, `private`, …); for IPv6 that embeds IPv4, the embedded address's range. */
  readonly range: string;
  /** True only for public unicast addresses. */
  readonly public: boolean;
}

/**
 * IPv6 prefixes that carry an IPv4 address in their last 32 bits. The embedded address decides:
 * `::ffff:127.0.0.1` reaches loopback on a dual-stack host, `64:ff9b::10.0.0.1` reaches 10.0.0.1
 * through a NAT64 gateway. Only the well-known NAT64 prefix (RFC 6052) is translated this way;
 * the local-use one (64:ff9b:1::/48, RFC 8215) is operator-defined and refused outright.
 */
const EMBEDS_IPV4: readonly (readonly [string, number])[] = [
  ['::ffff:0:0', 96], // IPv4-mapped (RFC 4291)
  ['::ffff:0:0:0', 96], // IPv4-translated (RFC 6145)
  ['64:ff9b::', 96], // NAT64 well-known prefix (RFC 6052)
];

/**
 * Refused although ipaddr.js calls them `unicast`: the deprecated IPv4-compatible block ::/96
 * (`::127.0.0.1` parses as unicast, yet some stacks still route it to the embedded address).
 */
const EXTRA_REFUSED_V6: readonly (readonly [string, number, string])[] = [['::', 96, 'ipv4Compatible']];

function matches(address: ipaddr.IPv6, [prefix, bits]: readonly [string, number, ...unknown[]]): boolean {
  return address.match(ipaddr.IPv6.parse(prefix), bits);
}

function classifyV4(address: ipaddr.IPv4, shown: string): AddressVerdict {
  // Only `unicast` passes: private, loopback, linkLocal (169.254.169.254 metadata), carrierGradeNat,
  // unspecified (0.0.0.0/8), broadcast, multicast, reserved (240/4, TEST-NETs, 198.18/15 benchmarking)
  // and the anycast as112/amt blocks are all refused — none of them is where a news page lives.
  const range = address.range();
  return { address: shown, range, public: range === 'unicast' };
}

/** Classifies one IP address (IPv4 or IPv6, with or without URL brackets); anything unparsable is not public. */
export function classifyAddress(input: string): AddressVerdict {
  const bare = input.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return { address: bare, range: 'invalid', public: false };
  const parsed = ipaddr.parse(bare);
  const shown = parsed.toString();
  if (parsed.kind() === 'ipv4') return classifyV4(parsed as ipaddr.IPv4, shown);
  const v6 = parsed as ipaddr.IPv6;
  if (v6.zoneId !== undefined) return { address: shown, range: 'scoped', public: false };
  if (EMBEDS_IPV4.some((prefix) => matches(v6, prefix))) {
    const [, , , , , , hi, lo] = v6.parts as [number, number, number, number, number, number, number, number];
    const embedded = new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
    return classifyV4(embedded, shown);
  }
  const extra = EXTRA_REFUSED_V6.find((prefix) => matches(v6, prefix));
  if (extra && v6.range() === 'unicast') return { address: shown, range: extra[2], public: false };
  // 6to4 and Teredo also embed IPv4 (obfuscated for Teredo); they are refused as not `unicast`
  // rather than decoded, since no news site is reachable only through them.
  const range = v6.range();
  return { address: shown, range, public: range === 'unicast' };
}

/** The normalised text of an address, for comparing allow-list entries with resolved addresses. */
export function normalizeAddress(input: string): string {
  const bare = input.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) ? ipaddr.parse(bare).toString() : bare;
}
