import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript without types: bin/ runs before anything is compiled.
import { builtEntry, newestMtime } from '../../bin/entry.js';
import { ROOT } from '../helpers/cli.ts';

const pick = builtEntry as (root: string, env?: Record<string, string | undefined>) => string | null;
const newest = newestMtime as (path: string) => number;

// bin/xinda.js runs dist/ only while the build is newer than every source file: a tree edited
// after the build must run its source, never the stale build.
describe('which code bin/xinda.js runs', () => {
  let root: string;
  const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'xinda-entry-'));
    mkdirSync(join(root, 'server', 'cli'), { recursive: true });
    mkdirSync(join(root, 'scripts'));
    mkdirSync(join(root, 'dist'));
    for (const f of ['server/cli/main.ts', 'server/cli/old.ts', 'package.json', 'scripts/build.mjs', 'dist/main.js', 'dist/BUILT']) writeFileSync(join(root, f), '');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('runs the build when it is newer than the sources', () => {
    for (const f of ['server/cli/main.ts', 'server/cli/old.ts', 'server/cli', 'server', 'package.json', 'scripts/build.mjs']) at(f, 1_000);
    at('dist/BUILT', 2_000);
    expect(pick(root, {})).toBe(join(root, 'dist', 'main.js'));
  });

  it('runs the source when one file was changed after the build', () => {
    at('server/cli/main.ts', 3_000);
    expect(pick(root, {})).toBeNull();
    at('server/cli/main.ts', 1_000);
    at('package.json', 3_000);
    expect(pick(root, {})).toBeNull();
    at('package.json', 1_000);
    // A changed build script may add an entry (a worker) the old build lacks.
    at('scripts/build.mjs', 3_000);
    expect(pick(root, {})).toBeNull();
    at('scripts/build.mjs', 1_000);
    expect(pick(root, {})).toBe(join(root, 'dist', 'main.js'));
    // A source file deleted after the build: its folder's time says so.
    rmSync(join(root, 'server', 'cli', 'old.ts'));
    expect(pick(root, {})).toBeNull();
    at('server/cli', 1_000);
  });

  it('counts a file that vanishes while the tree is read as newer than any build', () => {
    expect(newest(join(root, 'server', 'no-such-file.ts'))).toBe(Number.POSITIVE_INFINITY);
    expect(newest(join(root, 'server'))).toBe(1_000_000);
  });

  it('runs the source when asked to, or when there is no build', () => {
    expect(pick(root, { XINDA_FROM_SOURCE: '1' })).toBeNull();
    rmSync(join(root, 'dist', 'BUILT'));
    expect(pick(root, {})).toBeNull();
  });
});

// The build itself: built into a folder of its own inside the project (the code finds corpus/
// and views/ by walking up to package.json), it must print what the source prints, worker
// threads included.
describe('npm run build', () => {
  let out: string;
  const run = (args: string[], fromBuild: boolean) => {
    // A runner file, not `node -e`: worker threads inherit the process's flags, -e included.
    const argv = fromBuild ? [join(out, 'run.mjs'), ...args] : ['bin/xinda.js', ...args];
    try {
      return execFileSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, XINDA_FROM_SOURCE: '1', NO_COLOR: '1', NODE_OPTIONS: '' }, maxBuffer: 64 << 20 });
    } catch (e) {
      // lint exits 1 when it finds something: the output is what is compared.
      const err = e as { status?: number; stdout?: string };
      if (err.status === 1 && err.stdout) return err.stdout;
      throw e;
    }
  };

  beforeAll(() => {
    mkdirSync(join(ROOT, 'tmp'), { recursive: true });
    out = mkdtempSync(join(ROOT, 'tmp', 'build-test-'));
    execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', out], { cwd: ROOT, encoding: 'utf8' });
    // The stamp is dated when the build started, so a source saved during it counts as newer.
    const built = statSync(join(out, 'BUILT')).mtimeMs;
    for (const f of readdirSync(out)) expect(statSync(join(out, f)).mtimeMs, f).toBeGreaterThanOrEqual(built);
    writeFileSync(join(out, 'run.mjs'), `const { main } = await import(${JSON.stringify(pathToFileURL(join(out, 'main.js')).href)});\nprocess.exitCode = await main(process.argv.slice(2));\n`);
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  // Throwaway folders only, each holding a file no build writes: should the guard ever break,
  // the build empties one of these, not the tree.
  it.each([
    ['outside the project', () => mkdtempSync(join(tmpdir(), 'xinda-build-elsewhere-')), /must be a folder inside/],
    ['holding more than a build', () => mkdtempSync(join(ROOT, 'tmp', 'build-foreign-')), /notes\.txt, which no build writes: refusing to empty it/],
  ])('refuses an --outdir %s, exit 2, leaving it as it was', (_, dir, message) => {
    const target = dir();
    writeFileSync(join(target, 'notes.txt'), 'kept\n');
    let status: number | null = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', target], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      ({ status, stderr } = e as { status: number | null; stderr: string });
    }
    const kept = readdirSync(target);
    rmSync(target, { recursive: true, force: true });
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
    expect(kept).toEqual(['notes.txt']);
  });

  it('names the demo article as the source does', () => {
    const args = ['names', '--format', 'json', 'corpus'];
    expect(run(args, true)).toBe(run(args, false));
  }, 60_000);

  it('lints with a worker thread as the source does', () => {
    // Eight documents make eight batches, so --jobs 2 starts a worker (dist/lint-worker.js).
    const docs = join(out, 'docs.jsonl');
    const line = (i: number) =>
      JSON.stringify({
        id: `d${i}`,
        source: { paragraphs: [`Minister Anna Kovacs spoke on day ${i + 1}.`, 'Talks will resume, the Kyiv Post reported.'] },
        translations: [{ system: 'mt', paragraphs: [`部长安娜·科瓦奇在第${i + 2}天讲话。`, '据《基辅邮报》报道，会谈将 [resume]。'] }],
      });
    writeFileSync(docs, `${Array.from({ length: 8 }, (_, i) => line(i)).join('\n')}\n`);
    const args = ['lint', '--format', 'json', '--jobs', '2', docs];
    const built = run(args, true);
    expect(JSON.parse(built).documents.length).toBe(8);
    expect(built).toBe(run(args, false));
  }, 60_000);
});
