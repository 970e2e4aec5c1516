// Benchmark of the review site (`npm run bench:web`). It builds a store from corpus/ in a
// temporary folder, checks it, starts `xinda serve` on it as a separate process on 127.0.0.1,
// and measures over HTTP:
//   1. the review page of the demo article, requested one at a time: the server's own time
//      (its Server-Timing header), the round trip and the server's CPU time, for cached pages
//      and for pages rendered afresh after a write;
//   2. the same page under load with autocannon: 50 connections for 20 s, requests/s, p99
//      latency, errors and non-2xx answers;
//   3. 20 reviewers each posting 200 annotations to that document at the same time: the time
//      it takes, and whether all 4,000 are stored exactly once;
//   4. in this process, the names panel's analysis of the demo article, which the server does
//      once per text (a page rendered after a write reuses it, so 1. does not include it).
// Options: --duration S (default 20), --connections N (default 50), --reviewers N (20), --each N (200).
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../server/checks/config.ts';
import { loadReference } from '../server/checks/reference-load.ts';
import { RULES } from '../server/checks/rules/index.ts';
import { readInputs } from '../server/ingest/read-inputs.ts';
import { checkStored } from '../server/pipeline/check-stored.ts';
import { openDb } from '../server/store/db.ts';
import { writeImport } from '../server/store/import-writer.ts';
import { loadDocument } from '../server/store/documents.ts';
import { paragraphLinks } from '../server/align/document-links.ts';
import { addUser } from '../server/users/accounts.ts';
import { buildNamesPanel } from '../server/web/names-panel.ts';
import { codePointLength } from '../server/text/codepoints.ts';
import { wholeNumberOption } from './lib/args.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    duration: { type: 'string' },
    connections: { type: 'string' },
    reviewers: { type: 'string' },
    each: { type: 'string' },
  },
});
const DURATION = wholeNumberOption('bench:web', 'duration', values.duration, 20);
const CONNECTIONS = wholeNumberOption('bench:web', 'connections', values.connections, 50);
const REVIEWERS = wholeNumberOption('bench:web', 'reviewers', values.reviewers, 20);
const EACH = wholeNumberOption('bench:web', 'each', values.each, 200);
const SEQUENTIAL = 200;
const P99_BAR_MS = 250;

/** CPU time (user + system) a process has used, from /proc; NaN where there is no /proc. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** A cookie jar of one: the session cookie after logging in through the form, as a browser does. */
async function login(base: string, name: string, password: string): Promise<{ cookie: string; csrf: string }> {
  const form = await fetch(`${base}/login`);
  const pre = form.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ');
  const token = /name="csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const res = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: pre, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf: token, name, password }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith('xinda_session='));
  if (res.status !== 303 || !session) throw new Error(`login of ${name} failed: HTTP ${res.status}`);
  const cookie = session.split(';')[0]!;
  const page = await (await fetch(`${base}/`, { headers: { cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  if (!csrf) throw new Error('no CSRF token in the documents page');
  return { cookie, csrf };
}

function startServer(dbPath: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['bin/xinda.js', 'serve', '--db', dbPath, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve({ child, base: `http://127.0.0.1:${m[1]}` });
    });
    child.on('exit', (code) => reject(new Error(`xinda serve exited (${code}) before listening: ${out}`)));
  });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'xinda-bench-web-'));
  const dbPath = join(dir, 'bench.db');
  const corpus = join(ROOT, 'corpus');
  const db = openDb(dbPath);
  writeImport(db, readInputs([corpus]).docs, { paths: [corpus], actor: 'bench' });
  const reference = loadReference(corpus);
  const run = checkStored(db, resolveConfig(RULES), reference);
  const doc = db.prepare("SELECT t.id FROM translations t JOIN sources s ON s.id = t.source_id WHERE s.key = 'seed-000'").pluck().get() as number;
  const view = loadDocument(db, doc)!;
  const namesDoc = { key: 'bench', source: view.source, target: view.target, links: paragraphLinks(view) };
  const reader = addUser(db, 'bench-reader', 'reviewer', 'bench').password;
  const reviewers = Array.from({ length: REVIEWERS }, (_, i) => {
    const name = `bench-${String(i).padStart(2, '0')}`;
    return { name, password: addUser(db, name, 'reviewer', 'bench').password };
  });
  const paragraphs = (db.prepare('SELECT text FROM translation_paragraphs WHERE translation_id = ? ORDER BY idx').pluck().all(doc) as string[]).map(codePointLength);
  db.close();

  const { child, base } = await startServer(dbPath);
  try {
    const url = `${base}/doc/${doc}`;
    process.stdout.write(`xinda web benchmark: demo article ${url} (${paragraphs.length} paragraphs, ${run.findings} findings), node ${process.version}\n\n`);
    const { cookie } = await login(base, 'bench-reader', reader);

    // 1. One request at a time: warm (the rendered page is cached until the store changes) and
    //    cold (a write before every request, so each one renders the page from the store).
    const timed = async (): Promise<{ server: number; roundTrip: number }> => {
      const t0 = performance.now();
      const res = await fetch(url, { headers: { cookie } });
      const body = await res.text();
      const roundTrip = performance.now() - t0;
      if (res.status !== 200 || !body.includes('class="aligned"')) throw new Error(`review page answered ${res.status}`);
      return { server: Number(/dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1]), roundTrip };
    };
    const summary = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return `median ${percentile(sorted, 50).toFixed(2)} ms, p90 ${percentile(sorted, 90).toFixed(2)} ms`;
    };
    for (let i = 0; i < 20; i++) await timed();
    const cpu0 = cpuMs(child.pid!);
    const warm: { server: number; roundTrip: number }[] = [];
    for (let i = 0; i < SEQUENTIAL; i++) warm.push(await timed());
    const warmCpu = (cpuMs(child.pid!) - cpu0) / SEQUENTIAL;
    const writer = await login(base, reviewers[0]!.name, reviewers[0]!.password);
    const cold: { server: number; roundTrip: number }[] = [];
    for (let i = 0; i < SEQUENTIAL / 2; i++) {
      const flip = await fetch(`${url}/review`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: writer.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: writer.csrf, reviewed: String(i % 2 === 0 ? 1 : 0) }),
      });
      if (flip.status !== 303) throw new Error(`marking reviewed answered ${flip.status}`);
      cold.push(await timed());
    }
    process.stdout.write(
      `review page, one request at a time (server time from its Server-Timing header):\n` +
        `  warm, ${SEQUENTIAL} requests: server ${summary(warm.map((x) => x.server))}; round trip ${summary(warm.map((x) => x.roundTrip))}; server CPU ${warmCpu.toFixed(2)} ms/request\n` +
        `  cold, ${SEQUENTIAL / 2} requests, each after a write: server ${summary(cold.map((x) => x.server))}; round trip ${summary(cold.map((x) => x.roundTrip))}\n\n`,
    );

    // 2. Under load.
    const load = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { cookie } });
    const errors = load.errors + load.timeouts + load.non2xx;
    process.stdout.write(
      `review page, ${CONNECTIONS} connections for ${DURATION} s (autocannon):\n` +
        `  ${load.requests.total} requests, ${load.requests.average.toFixed(1)} requests/s (average)\n` +
        `  latency median ${load.latency.p50} ms, p99 ${load.latency.p99} ms, max ${load.latency.max} ms\n` +
        `  errors ${load.errors}, timeouts ${load.timeouts}, non-2xx ${load.non2xx}\n` +
        `  p99 ≤ ${P99_BAR_MS} ms: ${load.latency.p99 <= P99_BAR_MS ? 'yes' : 'NO'}; zero errors: ${errors === 0 ? 'yes' : 'NO'}\n\n`,
    );

    // 3. Reviewers annotating at once.
    const sessions = await Promise.all(reviewers.map(async (r) => ({ ...r, ...(await login(base, r.name, r.password)) })));
    const t0 = performance.now();
    const statuses = await Promise.all(
      sessions.map(async (s) => {
        const got: number[] = [];
        for (let k = 0; k < EACH; k++) {
          const para = k % paragraphs.length;
          const start = k % Math.max(1, paragraphs[para]! - 1);
          const res = await fetch(`${url}/annotations`, {
            method: 'POST',
            redirect: 'manual',
            headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({
              _csrf: s.csrf,
              side: 'target',
              para: String(para + 1),
              start: String(start),
              end: String(start + 1),
              category: 'Style/Awkward',
              severity: 'minor',
              comment: `${s.name}#${k}`,
            }),
          });
          await res.arrayBuffer();
          got.push(res.status);
        }
        return got;
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const refused = statuses.flat().filter((s) => s !== 303).length;
    const check = openDb(dbPath);
    const comments = check.prepare("SELECT comment FROM annotations WHERE origin = 'review'").pluck().all() as string[];
    check.close();
    const expected = REVIEWERS * EACH;
    const stored = new Set(comments);
    const distinct = stored.size;
    const missing = sessions.reduce((n, s) => n + Array.from({ length: EACH }, (_, k) => `${s.name}#${k}`).filter((c) => !stored.has(c)).length, 0);
    process.stdout.write(
      `${REVIEWERS} reviewers × ${EACH} annotations posted at once to one document:\n` +
        `  ${expected} posts in ${seconds.toFixed(2)} s (${(expected / seconds).toFixed(0)} posts/s), ${refused} not accepted\n` +
        `  stored ${comments.length}, distinct ${distinct}, missing ${missing}, duplicated ${comments.length - distinct}\n` +
        `  all stored exactly once: ${comments.length === expected && distinct === expected && missing === 0 ? 'yes' : 'NO'}\n`,
    );

    // 4. The names analysis alone, on fresh copies of the text (the analysis caches per text object).
    const names: number[] = [];
    for (let i = 0; i < 25; i++) {
      const t0 = performance.now();
      buildNamesPanel({ ...namesDoc, source: [...namesDoc.source], target: [...namesDoc.target] }, reference);
      if (i >= 5) names.push(performance.now() - t0);
    }
    process.stdout.write(`\nnames panel analysis of the demo article (once per text, then cached by the server), ${names.length} runs in this process: ${summary(names)}\n`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
