import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript without types: bin/ runs before anything is compiled.
import { builtEntry } from '../../bin/entry.js';
import { ROOT } from '../helpers/cli.ts';

const pick = builtEntry as (root: string, env?: Record<string, string | undefined>) => string | null;

// bin/xinda.js runs dist/ only while the build is newer than every source file: a tree edited
// after the build must run its source, never the stale build.
describe('which code bin/xinda.js runs', () => {
  let root: string;
  const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'xinda-entry-'));
    mkdirSync(join(root, 'server', 'cli'), { recursive: true });
    mkdirSync(join(root, 'dist'));
    for (const f of ['server/cli/main.ts', 'package.json', 'dist/main.js', 'dist/BUILT']) writeFileSync(join(root, f), '');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('runs the build when it is newer than the sources', () => {
    for (const f of ['server/cli/main.ts', 'server/cli', 'server', 'package.json']) at(f, 1_000);
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
    writeFileSync(join(out, 'run.mjs'), `const { main } = await import(${JSON.stringify(pathToFileURL(join(out, 'main.js')).href)});\nprocess.exitCode = await main(process.argv.slice(2));\n`);
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

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
