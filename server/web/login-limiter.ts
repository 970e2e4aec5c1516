// Slows password guessing: after `maxFailures` failed logins from one IP address, or for one
// user name, further attempts are refused until the window that began with the first failure
// has passed. Counting by name stops a spread-out attack on one account; counting by address
// stops one client trying many names. In memory, so a restart forgets (fine for one process).

export interface LimiterOptions {
  maxFailures: number;
  windowMs: number;
  /** Bound on remembered keys per kind, so a flood of invented names cannot exhaust memory. */
  maxEntries: number;
}

export const DEFAULT_LIMITS: LimiterOptions = { maxFailures: 5, windowMs: 15 * 60 * 1000, maxEntries: 10_000 };

interface Entry {
  failures: number;
  since: number;
}

/** Failure counts for one kind of key. Addresses and names are kept apart so a flood of one cannot evict the other. */
class Counts {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly opts: LimiterOptions) {}

  wait(key: string, now: number): number {
    const e = this.live(key, now);
    return e && e.failures >= this.opts.maxFailures ? e.since + this.opts.windowMs - now : 0;
  }

  fail(key: string, now: number): void {
    const e = this.live(key, now);
    if (e) e.failures++;
    else this.entries.set(key, { failures: 1, since: now });
    if (this.entries.size > this.opts.maxEntries) this.prune(now);
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  private live(key: string, now: number): Entry | undefined {
    const e = this.entries.get(key);
    if (e && now - e.since >= this.opts.windowMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e;
  }

  private prune(now: number): void {
    for (const [key, e] of this.entries) if (now - e.since >= this.opts.windowMs) this.entries.delete(key);
    // Still too many: drop the oldest keys that are not locked out (a Map iterates in insertion
    // order), so flooding with throwaway keys cannot unlock a key under attack; locked keys go last.
    for (const lockedToo of [false, true]) {
      for (const [key, e] of this.entries) {
        if (this.entries.size <= this.opts.maxEntries) return;
        if (lockedToo || e.failures < this.opts.maxFailures) this.entries.delete(key);
      }
    }
  }
}

export class LoginLimiter {
  private readonly byIp: Counts;
  private readonly byName: Counts;

  constructor(
    private readonly clock: () => number,
    opts: LimiterOptions = DEFAULT_LIMITS,
  ) {
    this.byIp = new Counts(opts);
    this.byName = new Counts(opts);
  }

  /** Milliseconds until this address and name may try again; 0 when they may try now. */
  retryAfter(ip: string, name: string): number {
    const now = this.clock();
    return Math.max(this.byIp.wait(ip, now), this.byName.wait(nameKey(name), now));
  }

  recordFailure(ip: string, name: string): void {
    const now = this.clock();
    this.byIp.fail(ip, now);
    this.byName.fail(nameKey(name), now);
  }

  reset(ip: string, name: string): void {
    this.byIp.forget(ip);
    this.byName.forget(nameKey(name));
  }
}

/** Lower-cased so "Alice" and "alice" share one budget. */
function nameKey(name: string): string {
  return name.trim().toLowerCase();
}
