import type { Db } from '../store/db.ts';
import { randomToken } from './tokens.ts';

/**
 * Rendered review pages, kept until the store changes. A page depends only on the store, the
 * user and the language, except for two per-request values (the session's CSRF token and the
 * form's request key), which are rendered as placeholders and filled in on the way out.
 *
 * The store's state is `PRAGMA data_version` (moves when another connection, such as a CLI
 * import, commits) with `total_changes()` (moves with every row this connection writes), so
 * any write anywhere makes every cached page a miss; nothing stale is ever served.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private readonly dataVersion;
  private readonly totalChanges;

  constructor(
    db: Db,
    private readonly max = 64,
  ) {
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.totalChanges = db.prepare('SELECT total_changes()').pluck();
  }

  /** The key of a page at the store's current state. */
  key(parts: readonly (string | number)[]): string {
    return `${parts.join('\u0000')}\u0000${String(this.dataVersion.get())}:${String(this.totalChanges.get())}`;
  }

  get(key: string): CachedPage | undefined {
    return this.pages.get(key);
  }

  /** Keeps the page, cut at its slots once so that filling them is a join. */
  set(key: string, html: string): CachedPage {
    const page = new CachedPage(html);
    this.pages.set(key, page);
    // Keys of an older state can never be asked for again: drop the oldest first.
    while (this.pages.size > this.max) this.pages.delete(this.pages.keys().next().value!);
    return page;
  }
}

/** Placeholders no page text can hold by chance: random for each process. */
export const CSRF_SLOT = `\u0000csrf-${randomToken()}\u0000`;
export const REQUEST_SLOT = `\u0000request-${randomToken()}\u0000`;

/** A page as UTF-8 pieces around its slots: encoded once, so a hit costs a copy, not an encoding. */
export class CachedPage {
  private readonly pieces: Buffer[] = [];
  private readonly slots: boolean[] = []; // true: CSRF token, false: request key

  constructor(html: string) {
    let from = 0;
    for (;;) {
      const csrf = html.indexOf(CSRF_SLOT, from);
      const request = html.indexOf(REQUEST_SLOT, from);
      const at = csrf < 0 ? request : request < 0 ? csrf : Math.min(csrf, request);
      if (at < 0) break;
      this.pieces.push(Buffer.from(html.slice(from, at)));
      this.slots.push(at === csrf);
      from = at + (at === csrf ? CSRF_SLOT.length : REQUEST_SLOT.length);
    }
    this.pieces.push(Buffer.from(html.slice(from)));
  }

  fill(csrf: string, requestKey: string): Buffer {
    const values = [Buffer.from(requestKey), Buffer.from(csrf)];
    const parts: Buffer[] = [this.pieces[0]!];
    for (let i = 0; i < this.slots.length; i++) parts.push(values[Number(this.slots[i])]!, this.pieces[i + 1]!);
    return Buffer.concat(parts);
  }
}
