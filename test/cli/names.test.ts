import { describe, expect, it } from 'vitest';
import { mkdtempSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../helpers/cli.ts';

function demoFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinda-names-'));
  for (const f of ['seed-000.en.txt', 'seed-000.zh.txt', 'seed-000.meta.json']) copyFileSync(join(ROOT, 'corpus', f), join(dir, f));
  return dir;
}

describe('xinda names', () => {
  it('lists the demo article\'s entities as JSON, with the outlet rendered two ways', async () => {
    const r = await runCli(['names', demoFolder(), '--format', 'json']);
    expect(r.status).toBe(0);
    const [table] = JSON.parse(r.stdout) as { entities: { english: string[]; kind: string; verdict: string[]; renderings: { text: string; count: number }[] }[] }[];
    const haqqin = table!.entities.find((e) => e.english.includes('Haqqin.az'))!;
    expect(haqqin.kind).toBe('outlet');
    expect(haqqin.verdict).toContain('inconsistent');
    expect(haqqin.renderings.map((x) => x.text).sort()).toEqual(['《哈钦报》', '《希望报》']);
    const tokayev = table!.entities.find((e) => e.english.includes('Tokayev'))!;
    expect(tokayev.renderings.find((x) => x.text === '托卡耶夫')!.count).toBe(12);
  }, 60_000);

  it('writes suggested names.tsv rows for names the file lacks', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'xinda-ref-'));
    writeFileSync(join(empty, 'names.tsv'), 'english\tchinese\tkind\tgender\tnote\n');
    const r = await runCli(['names', demoFolder(), '--format', 'tsv', '--corpus', empty]);
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => l.split('\t'));
    expect(rows[0]).toEqual(['english', 'chinese', 'kind', 'gender', 'note']);
    expect(rows).toContainEqual(expect.arrayContaining(['Zuhra Novruzova', '祖赫拉·诺夫鲁佐娃', 'person', 'f']));
  }, 60_000);

  it('names the file and line of a malformed names.tsv, still lists, and exits 2', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'xinda-ref-'));
    writeFileSync(join(bad, 'names.tsv'), 'english\tchinese\tkind\n\t托卡耶夫\tperson\nZuhra Novruzova\t祖赫拉·诺夫鲁佐娃\tperson\n');
    const r = await runCli(['names', demoFolder(), '--corpus', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(bad, 'names.tsv')}:2: empty "english"`);
    expect(r.stdout).toMatch(/Zuhra Novruzova.*authority: 祖赫拉·诺夫鲁佐娃/);
  }, 60_000);

  it('refuses bad usage with exit 2 and explains itself with --help', async () => {
    expect((await runCli(['names'])).status).toBe(2);
    expect((await runCli(['names', 'x', '--format', 'csv'])).stderr).toMatch(/--format must be one of text, json, tsv/);
    const help = await runCli(['names', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--by B/);
  }, 60_000);
});
