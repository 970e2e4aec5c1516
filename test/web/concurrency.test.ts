import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '../../server/web/sessions.ts';
import { codePointLength } from '../../server/text/codepoints.ts';
import { Browser, csrfOf, importDocs, start, type Running } from './harness.ts';
import { NEWS } from './fixtures.ts';

// Twenty reviewers annotate one document at the same time, 200 annotations each, through
// HTTP as their browsers would: every annotation must be stored exactly once.

const REVIEWERS = 20;
const EACH = 200;

let r: Running;
let doc: number;

/** A form POST over a kept-alive connection (node:http costs the test less than fetch). */
function post(agent: Agent, path: string, cookie: string, form: Record<string, string>): Promise<number> {
  const body = new URLSearchParams(form).toString();
  return new Promise((resolve, reject) => {
    const req = request(
      `${r.base}${path}`,
      { method: 'POST', agent, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  r = await start();
  importDocs(r.db, [NEWS]);
  doc = r.db.prepare('SELECT id FROM translations').pluck().get() as number;
});
afterAll(() => r.close());

describe('concurrent reviewers', () => {
  // The time limit allows for a busy machine; on an idle one this takes a few seconds.
  it(`stores all ${REVIEWERS * EACH} annotations of ${REVIEWERS} reviewers posting at once, none lost or duplicated`, { timeout: 90_000 }, async () => {
    const before = r.db.prepare("SELECT count(*) FROM annotations WHERE origin = 'review'").pluck().get() as number;
    // Accounts and sessions made directly: logging in is tested elsewhere, and 40 scrypt
    // hashes would cost more than the posts.
    const browsers = await Promise.all(
      Array.from({ length: REVIEWERS }, async (_, i) => {
        const name = `rev${String(i).padStart(2, '0')}`;
        const id = Number(
          r.db.prepare("INSERT INTO users (name, role, pw_hash, created_at) VALUES (?, 'reviewer', 'none', ?)").run(name, new Date().toISOString()).lastInsertRowid,
        );
        const { token } = createSession(r.db, id, r.clock.now);
        const b = new Browser(r.base);
        b.cookies.set(SESSION_COOKIE, token);
        const cookie = `${SESSION_COOKIE}=${token}`;
        return { name, cookie, csrf: await csrfOf(b, `/doc/${doc}`) };
      }),
    );
    const paragraphs = NEWS.translations[0]!.paragraphs.map(codePointLength);
    const statuses = await Promise.all(
      browsers.map(async ({ name, cookie, csrf }) => {
        // One connection per reviewer, as one browser keeps one.
        const agent = new Agent({ keepAlive: true, maxSockets: 1 });
        const got: number[] = [];
        for (let k = 0; k < EACH; k++) {
          const para = k % paragraphs.length;
          const start = k % (paragraphs[para]! - 1);
          const status = await post(agent, `/doc/${doc}/annotations`, cookie, {
            _csrf: csrf,
            side: 'target',
            para: String(para + 1),
            start: String(start),
            end: String(start + 1),
            category: 'Style/Awkward',
            severity: 'minor',
            comment: `${name}#${k}`,
          });
          got.push(status);
        }
        agent.destroy();
        return got;
      }),
    );
    expect(statuses.flat().filter((s) => s !== 303)).toEqual([]);

    const rows = r.db.prepare("SELECT author, comment FROM annotations WHERE origin = 'review'").all() as { author: string; comment: string }[];
    expect(rows).toHaveLength(before + REVIEWERS * EACH);
    const comments = new Set(rows.map((x) => x.comment));
    expect(comments.size).toBe(REVIEWERS * EACH);
    for (const { name } of browsers) {
      for (let k = 0; k < EACH; k++) expect(comments.has(`${name}#${k}`)).toBe(true);
      expect(rows.filter((x) => x.author === name)).toHaveLength(EACH);
    }
    // each one audited once
    expect(r.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'annotation.add'").pluck().get()).toBe(REVIEWERS * EACH);
  });
});
