import { describe, expect, it } from 'vitest';
import { classifyAddress } from './address-policy.js';
import { vetHost, type Resolver } from './vet-host.js';

describe('classifyAddress', () => {
  it.each([
    ['8.8.8.8', 'unicast', true],
    ['93.184.215.14', 'unicast', true],
    ['2606:4700::1111', 'unicast', true],
    ['::ffff:8.8.8.8', 'unicast', true], // mapped public address: the embedded address decides
    ['64:ff9b::8.8.8.8', 'unicast', true], // NAT64 of a public address
    ['127.0.0.1', 'loopback', false],
    ['127.255.0.9', 'loopback', false],
    ['10.0.0.1', 'private', false],
    ['172.31.255.255', 'private', false],
    ['172.32.0.1', 'unicast', true], // just outside 172.16/12
    ['192.168.10.10', 'private', false],
    ['169.254.169.254', 'linkLocal', false],
    ['100.64.0.1', 'carrierGradeNat', false],
    ['100.128.0.1', 'unicast', true], // just outside 100.64/10
    ['0.0.0.0', 'unspecified', false],
    ['255.255.255.255', 'broadcast', false],
    ['239.1.2.3', 'multicast', false],
    ['192.0.2.7', 'reserved', false], // TEST-NET-1
    ['::1', 'loopback', false],
    ['::', 'unspecified', false],
    ['fe80::1', 'linkLocal', false],
    ['fc00::1', 'uniqueLocal', false],
    ['fdff::1', 'uniqueLocal', false],
    ['ff02::1', 'multicast', false],
    ['::ffff:10.1.2.3', 'private', false],
    ['::ffff:0:a9fe:a9fe', 'linkLocal', false], // IPv4-translated (RFC 6145)
    ['64:ff9b::7f00:1', 'loopback', false],
    ['64:ff9b:1::1', 'rfc6052', false], // local-use NAT64 prefix: operator-defined, refused
    ['::7f00:1', 'ipv4Compatible', false],
    ['2001:db8::1', 'reserved', false],
    ['2001::1', 'teredo', false],
    ['[::1]', 'loopback', false],
    ['not-an-address', 'invalid', false],
  ])('%s is %s (public: %s)', (address, range, isPublic) => {
    expect(classifyAddress(address)).toMatchObject({ range, public: isPublic });
  });
});

describe('vetHost', () => {
  const resolver: Resolver = async (host) => (host === 'public.test' ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.0.0.2', family: 4 }]);

  it('lets the allow-listed address through and nothing else', async () => {
    const policy = { allowAddresses: ['127.0.0.1'] };
    expect(await vetHost(new URL('http://public.test/'), resolver, policy)).toEqual([{ address: '127.0.0.1', family: 4 }]);
    expect(await vetHost(new URL('http://other.test/'), resolver, policy)).toMatchObject({ ruleId: 'fetch/private-address' });
    expect(await vetHost(new URL('http://[::ffff:127.0.0.1]/'), resolver, policy)).toMatchObject({ ruleId: 'fetch/private-address' });
  });

  it('allows everything with allowPrivate, literal addresses without asking the resolver', async () => {
    const never: Resolver = () => Promise.reject(new Error('not called'));
    expect(await vetHost(new URL('http://10.1.1.1/'), never, { allowPrivate: true })).toEqual([{ address: '10.1.1.1', family: 4 }]);
    expect(await vetHost(new URL('http://[fd00::5]/'), never, { allowPrivate: true })).toEqual([{ address: 'fd00::5', family: 6 }]);
  });
});
