import { describe, expect, it, beforeAll, vi } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/cli.ts';
import { main } from '../../server/cli/main.ts';
import { legacyEncoder } from '../helpers/legacy-encode.ts';

const EN = ['The weather was cold.', 'We drank hot tea together.', 'Then Wang Xiaoming arrived with 240,000 yuan.'];
const ZH = ['天气很冷。', '我们一起喝了热茶。', '然后王小明带着24万元来了。'];

let dir: string;
const file = (name: string, text: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xinda-align-'));
});

describe('xinda align', () => {
  it('prints one link a line for two sentence files', async () => {
    const r = await runCli(['align', '--src', file('a.en', `${EN.join('\n')}\n`), '--tgt', file('a.zh', `${ZH.join('\n')}\n`)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('[0]:[0]\n[1]:[1]\n[2]:[2]\n');
  });

  it('takes the Chinese file on either side', async () => {
    const r = await runCli(['align', '--src', file('b.zh', ZH.join('\n')), '--tgt', file('b.en', `${EN[0]} ${EN[1]}\n${EN[2]}`)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('[0,1]:[0]\n[2]:[1]\n');
  });

  it('reads each file in its own encoding (GB18030 Chinese against UTF-16 English)', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EN.join('\n'), 'utf16le')]);
    const r = await runCli(['align', '--src', file('c.en', utf16), '--tgt', file('c.zh', Buffer.from(legacyEncoder('gb18030')(ZH.join('\n'))))]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('[0]:[0]\n[1]:[1]\n[2]:[2]\n');
  });

  it('aligns a folder of src/NNN and tgt/NNN files into OUT/NNN.align', async () => {
    const d = join(dir, 'set');
    mkdirSync(join(d, 'src'), { recursive: true });
    mkdirSync(join(d, 'tgt'), { recursive: true });
    writeFileSync(join(d, 'src', '001'), ZH.join('\n'));
    writeFileSync(join(d, 'src', '001.tok'), 'tokenised copy, not an input');
    writeFileSync(join(d, 'tgt', '001'), EN.join('\n'));
    const out = join(dir, 'out');
    const r = await runCli(['align', '--dir', d, '--out', out]);
    expect(r.status).toBe(0);
    expect(readFileSync(join(out, '001.align'), 'utf8')).toBe('[0]:[0]\n[1]:[1]\n[2]:[2]\n');
    expect(existsSync(join(out, '001.tok.align'))).toBe(false);
  });

  it('shows its help', async () => {
    const r = await runCli(['align', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--src FILE');
    expect(r.stdout).toContain('--dir DIR');
  });

  it.each<[string, () => string[], RegExp]>([
    ['no arguments', () => [], /give --src FILE and --tgt FILE/],
    ['--dir without --out', () => ['--dir', dir], /--dir needs --out/],
    ['--jobs 0', () => ['--dir', dir, '--out', join(dir, 'out-jobs'), '--jobs', '0'], /--jobs must be at least 1/],
    ['an empty file', () => ['--src', file('e.en', ''), '--tgt', file('e.zh', ZH.join('\n'))], /e\.en: file is empty/],
    ['a side with only blank lines', () => ['--src', file('f.en', EN.join('\n')), '--tgt', file('f.zh', '\n\n  \n')], /f\.zh: file is empty/],
    ['a line of 100,000 characters', () => ['--src', file('g.en', `${'word '.repeat(20_000)}\n`), '--tgt', file('g.zh', ZH.join('\n'))], /g\.en:1: a line of 100000 characters/],
    ['50,000 lines', () => ['--src', file('h.en', 'A short sentence.\n'.repeat(50_000)), '--tgt', file('h.zh', ZH.join('\n'))], /h\.en: 50000 lines, more than --max-lines/],
    ['broken UTF-8', () => ['--src', file('i.en', Buffer.concat([Buffer.from(EN.join('\n')), Buffer.from([0xe4, 0xb8]), Buffer.from('好'.repeat(50))])), '--tgt', file('i.zh', ZH.join('\n'))], /i\.en \(byte offset \d+\): invalid UTF-8/],
    ['two English files', () => ['--src', file('j.en', EN.join('\n')), '--tgt', file('j2.en', EN.join('\n'))], /one file must be Chinese/],
    ['a missing file', () => ['--src', join(dir, 'nope.en'), '--tgt', file('k.zh', ZH.join('\n'))], /nope\.en: no such file/],
    ['a file of blank lines between sentences only', () => ['--src', file('l.en', '\n \nword\n'), '--tgt', file('l.zh', '\u3000\n\n')], /l\.zh: file is empty/],
  ])('refuses %s with a message and status 2', async (_name, args, message) => {
    // In process, to keep the suite fast; the spawned run below checks the real exit path.
    const err: string[] = [];
    const out: string[] = [];
    const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
    const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    let status: number;
    try {
      status = await main(['align', ...args()]);
    } finally {
      e.mockRestore();
      o.mockRestore();
    }
    expect(status).toBe(2);
    expect(err.join('')).toMatch(message);
    expect(out.join('')).toBe('');
  });

  it('exits 2 without a stack trace when run as a program', async () => {
    const r = await runCli(['align', '--src', file('m.en', `${'word '.repeat(20_000)}\n`), '--tgt', file('m.zh', ZH.join('\n'))]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/m\.en:1: a line of 100000 characters/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run eval:align', () => {
  const evalAlign = (args: string[]) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'scripts/eval-align.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) =>
        resolve({ status: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });
  const set = (gold: string) => {
    const d = mkdtempSync(join(tmpdir(), 'xinda-eval-'));
    for (const sub of ['src', 'tgt', 'gold']) mkdirSync(join(d, sub));
    writeFileSync(join(d, 'src', '001'), ZH.join('\n'));
    writeFileSync(join(d, 'tgt', '001'), EN.join('\n'));
    writeFileSync(join(d, 'gold', '001.align'), gold);
    return d;
  };

  it('scores xinda against the gold links', async () => {
    const r = await evalAlign([set('[0]:[0]\n[1]:[1]\n[2]:[2]\n')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/exact {3}P 1\.0000 {2}R 1\.0000 {2}F1 1\.0000/);
    expect(r.stdout).toMatch(/1-1 +3 \/ 3/);
  });

  it('refuses a gold file with an index out of range', async () => {
    const r = await evalAlign([set('[0]:[0]\n[1]:[1]\n[2]:[7]\n')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/001\.align:3: target index 7 is out of range/);
  });
});
