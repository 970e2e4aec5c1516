import { describe, expect, it } from 'vitest';
import { LoginLimiter } from '../../server/web/login-limiter.ts';

const WINDOW = 15 * 60 * 1000;

function limiter(maxEntries = 10_000) {
  const clock = { now: 0 };
  return { clock, l: new LoginLimiter(() => clock.now, { maxFailures: 5, windowMs: WINDOW, maxEntries }) };
}

describe('LoginLimiter', () => {
  it('blocks a user name after 5 failures, from any address', () => {
    const { l } = limiter();
    for (let i = 0; i < 5; i++) l.recordFailure(`10.0.0.${i}`, 'alice');
    expect(l.retryAfter('10.9.9.9', 'alice')).toBe(WINDOW);
    expect(l.retryAfter('10.9.9.9', 'ALICE')).toBe(WINDOW);
    expect(l.retryAfter('10.9.9.9', 'bob')).toBe(0);
  });

  it('blocks an address after 5 failures, whatever the name', () => {
    const { l } = limiter();
    for (let i = 0; i < 5; i++) l.recordFailure('10.0.0.1', `user${i}`);
    expect(l.retryAfter('10.0.0.1', 'someone-else')).toBeGreaterThan(0);
    expect(l.retryAfter('10.0.0.2', 'someone-else')).toBe(0);
  });

  it('allows 4 failures, and forgets them once the window has passed', () => {
    const { l, clock } = limiter();
    for (let i = 0; i < 4; i++) l.recordFailure('ip', 'alice');
    expect(l.retryAfter('ip', 'alice')).toBe(0);
    l.recordFailure('ip', 'alice');
    clock.now = WINDOW - 60_000;
    expect(l.retryAfter('ip', 'alice')).toBe(60_000);
    clock.now = WINDOW;
    expect(l.retryAfter('ip', 'alice')).toBe(0);
  });

  it('resets on success', () => {
    const { l } = limiter();
    for (let i = 0; i < 4; i++) l.recordFailure('ip', 'alice');
    l.reset('ip', 'alice');
    for (let i = 0; i < 4; i++) l.recordFailure('ip', 'alice');
    expect(l.retryAfter('ip', 'alice')).toBe(0);
  });

  it('keeps its memory bounded, and a flood of throwaway keys does not unlock a locked one', () => {
    const { l } = limiter(100);
    for (let i = 0; i < 5; i++) l.recordFailure('attacker', 'alice');
    for (let i = 0; i < 1000; i++) l.recordFailure(`10.0.${i >> 8}.${i & 255}`, `name${i}`);
    expect(l.retryAfter('attacker', 'fresh')).toBeGreaterThan(0);
    expect(l.retryAfter('10.1.1.1', 'alice')).toBeGreaterThan(0);
  });
});
