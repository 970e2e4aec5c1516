import { describe, expect, it } from 'vitest';
import { parseCookies, serializeCookie } from '../../server/web/cookies.ts';

describe('cookies', () => {
  it('parses a Cookie header, first occurrence winning', () => {
    const c = parseCookies('a=1; b="two"; a=3; bad; c=%E4%BF%A1; d=%E0%A4%A');
    expect([...c]).toEqual([
      ['a', '1'],
      ['b', 'two'],
      ['c', '信'],
    ]);
    expect(parseCookies(undefined).size).toBe(0);
  });

  it('serialises an HttpOnly, SameSite cookie', () => {
    expect(serializeCookie('x', 'a b', { maxAgeSeconds: 60 })).toBe('x=a%20b; Path=/; Max-Age=60; HttpOnly; SameSite=Lax');
    expect(serializeCookie('x', '', { maxAgeSeconds: 0, path: '/login', secure: true })).toBe(
      'x=; Path=/login; Max-Age=0; HttpOnly; SameSite=Lax; Secure',
    );
  });
});
