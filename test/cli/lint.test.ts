import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDb, countRows } from '../helpers/db-dump.ts';
import { ROOT, lines, runCli } from '../helpers/cli.ts';

// End to end through bin/xinda.js, as a user runs it: exit codes, a corrupt file among a
// hundred, byte-identical output for any --jobs, a closed pipe, Ctrl-C, the store's cache
// and saved findings, and the report files.

let tmp: string;

/** One JSONL document per file; `i` varies the text so documents differ. */
function docLine(i: number, opts: { clean?: boolean } = {}): string {
  const source = [`The minister spoke on day ${i + 1}.`, 'He said talks would resume, and officials agreed.', 'The meeting was held behind closed doors.'];
  const target = opts.clean
    ? [`部长在第${i + 1}天讲话。`, '他说会谈将恢复，官员们表示同意。', '会议闭门举行。']
    : [`部长在第${i + 1}天讲话。`, '他说会谈将恢复,官员们的的同意了。', '会议 [behind closed doors] 举行。'];
  return JSON.stringify({ id: `doc${String(i).padStart(3, '0')}`, source: { paragraphs: source }, translations: [{ system: i % 3 ? 'mt-a' : 'mt-b', paragraphs: target }] }) + '\n';
}

function folder(name: string, n: number, opts: { clean?: boolean; corrupt?: number } = {}): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const file = join(dir, `doc${String(i).padStart(3, '0')}.jsonl`);
    writeFileSync(file, i === opts.corrupt ? '{"id": "broken", "source": {"paragraphs": ["x"]}\n' : docLine(i, opts));
  }
  return dir;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'xinda-lint-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('exit status', () => {
  it.each([
    ['a clean document', 0, ['--rule', 'untranslated-bracket'], true],
    ['a major finding', 1, ['--rule', 'untranslated-bracket'], false],
    ['findings below --max-severity', 0, ['--rule', 'untranslated-bracket', '--max-severity', 'critical'], false],
    ['minor findings at --max-severity minor', 1, ['--rule', 'punctuation-width', '--max-severity', 'minor'], false],
  ])('%s → %s', async (_name, status, args, clean) => {
    const file = join(tmp, `one-${clean ? 'clean' : 'dirty'}.jsonl`);
    writeFileSync(file, docLine(1, { clean }));
    const r = await runCli(['lint', file, ...args]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(status);
  });

  it.each([
    [['lint'], /give at least one file/],
    [['lint', 'x.jsonl', '--format', 'xml'], /--format must be one of stylish, json, csv, mqm-tsv, html/],
    [['lint', 'x.jsonl', '--jobs', '0'], /--jobs must be at least 1/],
    [['lint', 'x.jsonl', '--jobs', 'two'], /--jobs needs a whole number/],
    [['lint', 'x.jsonl', '--save'], /--save and --recheck need --db FILE/],
    [['lint', '--db', 'no/such.db'], /no store at no\/such\.db/],
    [['lint', 'x.jsonl', '--db', 'data/x.db'], /either PATHs or --db FILE/],
    [['lint', 'x.jsonl', '--rule', 'no-such-rule'], /unknown or disabled rule "no-such-rule"/],
    [['report', '--db', 'no/such.db'], /no store at no\/such\.db/],
    [['report', '--db', 'no/such.db', '--weights', 'huge=3'], /--weights: bad weight "huge=3"/],
  ])('usage error %j → 2 with a message', async (args, message) => {
    const r = await runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('a bad config file → 2, naming the file and line', async () => {
    const cfg = join(tmp, 'bad-config.json');
    writeFileSync(cfg, '{\n  "rules": {\n    "untranslated-bracket": "loud"\n  }\n}\n');
    const file = join(tmp, 'for-config.jsonl');
    writeFileSync(file, docLine(1));
    const r = await runCli(['lint', file, '--config', cfg]);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringContaining(`${cfg}: rule "untranslated-bracket": severity must be off, minor, major or critical`)]);
  });
});

describe('a corpus folder with one corrupt file of a hundred', () => {
  it('lints the other 99, names the bad one with its line, exits 2', async () => {
    const dir = folder('hundred', 100, { corrupt: 57 });
    const r = await runCli(['lint', dir, '--format', 'json', '--jobs', '2'], { timeoutMs: 120_000 });
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout) as { documents: { key: string; findings: unknown[] }[] };
    expect(out.documents).toHaveLength(99);
    expect(out.documents.some((d) => d.key.startsWith('doc057'))).toBe(false);
    expect(out.documents.every((d) => d.findings.length > 0)).toBe(true);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(new RegExp(`^xinda lint: .*hundred/doc057\\.jsonl:1: `))]);
  });
});

describe('a corpus large enough that the workers start while it is read', () => {
  it('gives byte-identical output for --jobs 1 and 2, and names the corrupt file', async () => {
    // 30 files of 30 documents of three paragraphs: 2,700 segment pairs, one file corrupt in the middle.
    const dir = join(tmp, 'streamed');
    mkdirSync(dir, { recursive: true });
    for (let f = 0; f < 30; f++) {
      const lines = Array.from({ length: 30 }, (_, k) => docLine(f * 30 + k));
      if (f === 17) lines[4] = lines[4]!.slice(0, 40) + '\n';
      writeFileSync(join(dir, `part${String(f).padStart(2, '0')}.jsonl`), lines.join(''));
    }
    const [one, two] = await Promise.all([
      runCli(['lint', dir, '--format', 'json', '--jobs', '1'], { timeoutMs: 180_000 }),
      runCli(['lint', dir, '--format', 'json', '--jobs', '2', '--verbose'], { timeoutMs: 180_000 }),
    ]);
    expect(two.stderr).toContain('xinda lint: 870 documents read, 1 input refused');
    expect(two.stderr).toContain('in 2 threads (the main thread and 1 worker)');
    expect([one.status, two.status]).toEqual([2, 2]);
    expect(two.stdout).toBe(one.stdout);
    const out = JSON.parse(one.stdout) as { documents: { key: string }[] };
    expect(out.documents).toHaveLength(870);
    expect(out.documents.map((d) => d.key).slice(508, 512)).toEqual(['doc508/mt-a', 'doc509/mt-a', 'doc540/mt-b', 'doc541/mt-a']);
    expect(lines(one.stderr)).toEqual([expect.stringMatching(new RegExp(`^xinda lint: .*streamed/part17\\.jsonl:5: malformed JSON`))]);
  });
});

describe('--jobs', () => {
  it.each(['json', 'mqm-tsv'])('--jobs 1 and --jobs 2 write byte-identical %s', async (format) => {
    const dir = existsSync(join(tmp, 'forty')) ? join(tmp, 'forty') : folder('forty', 40);
    const [one, two] = await Promise.all([
      runCli(['lint', dir, '--format', format, '--jobs', '1'], { timeoutMs: 120_000 }),
      runCli(['lint', dir, '--format', format, '--jobs', '2', '--verbose'], { timeoutMs: 120_000 }),
    ]);
    expect(two.stderr).toContain('in 2 threads (the main thread and 1 worker)');
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(one.stdout.length).toBeGreaterThan(1000);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe('a closed pipe', () => {
  it('`xinda lint … | head` exits quietly', () => {
    const dir = existsSync(join(tmp, 'forty')) ? join(tmp, 'forty') : folder('forty', 40);
    const err = join(tmp, 'pipe.err');
    // The JSON output is far larger than a pipe's buffer, so head closes the pipe mid-write.
    const r = spawnSync('bash', ['-c', `node bin/xinda.js lint '${dir}' --format json --jobs 1 2>'${err}' | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    // The status the command decided (1: findings), or 0 when the pipe closed before it had
    // decided; never a crash, which would print a stack trace.
    expect(['0', '1']).toContain(r.stdout.trim());
    expect(readFileSync(err, 'utf8')).toBe('');
  });
});

describe('progress', () => {
  const hasScript = spawnSync('sh', ['-c', 'command -v script'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('is drawn on a terminal (done/total, rate, ETA) and not with --quiet', () => {
    const file = join(tmp, 'progress.jsonl');
    writeFileSync(file, docLine(1) + docLine(2));
    const run = (extra: string) => {
      const log = join(tmp, `tty${extra}.log`);
      // script(1) gives the command a pseudo-terminal, as a user's shell would.
      spawnSync('script', ['-qc', `node bin/xinda.js lint '${file}' --format json --out /dev/null ${extra}`, log], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
      return readFileSync(log, 'utf8');
    };
    expect(run('')).toMatch(/linting 2\/2 +[\d.]+\/s +ETA 0s/);
    expect(run('--quiet')).not.toMatch(/linting \d/);
  });
});

describe('the store: --db, --save, the cache, Ctrl-C and the report', () => {
  let db: string;
  beforeAll(async () => {
    db = join(tmp, 'store', 'x.db');
    const r = await runCli(['import', '--db', db, folder('stored', 6), '--quiet']);
    expect(r.status).toBe(0);
  });

  it('saves findings with --save, and checks unchanged documents only once', async () => {
    expect(countRows(db, 'findings')).toBe(0);
    const first = await runCli(['lint', '--db', db, '--save', '--verbose', '--format', 'json']);
    expect(first.status).toBe(1);
    expect(first.stderr).toContain('0 unchanged since the last check; checking 6 documents');
    expect(first.stderr).toContain('findings of 6 documents saved, 0 already stored');
    const saved = countRows(db, 'findings');
    expect(saved).toBeGreaterThan(6);
    const second = await runCli(['lint', '--db', db, '--save', '--verbose', '--format', 'json']);
    expect(second.stderr).toContain('6 unchanged since the last check; checking 0 documents');
    expect(second.stderr).toContain('findings of 0 documents saved, 6 already stored');
    expect(second.stdout).toBe(first.stdout);
    expect(countRows(db, 'findings')).toBe(saved);
  });

  it('writes the report as HTML, CSV and JSON, each with the signature', async () => {
    const out = join(tmp, 'reports', 'nightly');
    const r = await runCli(['report', '--db', db, '--out', out, '--title', 'Nightly']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^checked 0 documents, 6 unchanged since their last check$/m);
    const sig = /^(xinda:\S+)$/m.exec(r.stdout)?.[1];
    expect(sig).toMatch(/\|rules:untranslated-bracket,/);
    const html = readFileSync(`${out}.html`, 'utf8');
    expect(html).toContain(sig);
    expect(html).toContain('<h1>Nightly</h1>');
    const json = JSON.parse(readFileSync(`${out}.json`, 'utf8')) as { signatures: string[]; total: { documents: number } };
    expect(json.signatures).toEqual([sig]);
    expect(json.total.documents).toBe(6);
    expect(readFileSync(`${out}.csv`, 'utf8').split('\r\n')[1]).toMatch(/^total,,,,,6,/);
    expect(readFileSync(`${out}.counts.csv`, 'utf8')).toContain('rule,repeated-word,');
  });

  it('a malformed line in the reference files: the report is still written, the line named, exit 2', async () => {
    const corpus = join(tmp, 'bad-corpus');
    mkdirSync(corpus, { recursive: true });
    writeFileSync(join(corpus, 'names.tsv'), 'english\tchinese\tkind\nAlma Ruiz\t阿尔玛·鲁伊斯\tperson\n\t无名\tperson\n');
    const out = join(tmp, 'reports', 'with-bad-corpus');
    const r = await runCli(['report', '--db', db, '--out', out, '--corpus', corpus, '--quiet']);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual([`xinda report: ${join(corpus, 'names.tsv')}:3: empty "english"; line skipped`]);
    expect(readFileSync(`${out}.json`, 'utf8')).toContain('"signatures"');
  });

  it('Ctrl-C during --jobs 2 stops the workers and leaves the store as it was', async () => {
    const big = join(tmp, 'store', 'big.db');
    const imp = await runCli(['import', '--db', big, folder('many', 400), '--quiet'], { timeoutMs: 120_000 });
    expect(imp.status).toBe(0);
    const before = dumpDb(big);
    const child = spawn(process.execPath, ['bin/xinda.js', 'lint', '--db', big, '--save', '--jobs', '2', '--verbose', '--recheck'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let sent = false;
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
      if (!sent && stderr.includes('in 2 threads')) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    expect(sent).toBe(true);
    // 130: our handler ran (not a default kill), terminated the workers and exited; a worker
    // left behind would keep the process alive and this test would time out.
    expect(status).toBe(130);
    expect(stderr).toContain('interrupted; nothing was written');
    expect(dumpDb(big)).toBe(before);
  });
});
