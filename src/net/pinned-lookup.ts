import type { LookupFunction } from 'node:net';
import type { ResolvedAddress } from './vet-host.js';

/**
 * A `lookup` for node:http(s) that answers with the addresses already vetted, so the socket
 * connects to what was checked: a DNS server that answers "public" to the check and "private"
 * to the connect (DNS rebinding) is never asked twice. The URL's host name still goes into the
 * Host header and TLS SNI, because only the lookup is replaced.
 */
export function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    // Node asks for one family (`family: 4|6`) or, with happy eyeballs, for all addresses.
    const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
    const first = wanted[0];
    if (!first) {
      const error: NodeJS.ErrnoException = new Error(`no vetted IPv${String(options.family)} address`);
      error.code = 'ENOTFOUND';
      callback(error, '');
      return;
    }
    if (options.all) callback(null, wanted.map((a) => ({ address: a.address, family: a.family })));
    else callback(null, first.address, first.family);
  };
}
