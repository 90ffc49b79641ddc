import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxyHops } from './client-address';

describe('clientAddress', () => {
  it('believes only the socket without trusted proxies, whatever the client forwards', () => {
    expect(clientAddress('10.0.0.5', '1.2.3.4', 0)).toBe('10.0.0.5');
    expect(clientAddress(undefined, undefined, 0)).toBe('unknown');
  });

  it('takes the entry the outermost trusted proxy appended, never one the client wrote', () => {
    // The client sent "6.6.6.6"; nginx appended the address it saw.
    expect(clientAddress('127.0.0.1', '6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddress('127.0.0.1', '203.0.113.7', 1)).toBe('203.0.113.7');
    // Two proxies: a CDN then nginx.
    expect(clientAddress('127.0.0.1', ['6.6.6.6, 203.0.113.7', '198.51.100.2'], 2)).toBe('203.0.113.7');
  });

  it('falls back to the socket when the header is shorter than the proxies it should carry', () => {
    expect(clientAddress('127.0.0.1', undefined, 1)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '203.0.113.7', 2)).toBe('127.0.0.1');
  });

  it('reads TRUST_PROXY as a small count, anything else as none', () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops('1')).toBe(1);
    expect(trustedProxyHops('true')).toBe(0);
    expect(trustedProxyHops('-1')).toBe(0);
  });
});
