import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.ts';

/** Starts `xinda serve --setup` on a free port; resolves with what it printed once it is listening. */
function serve(db: string): Promise<{ out: string; url: string; stop: () => Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/xinda.js', 'serve', '--setup', '--db', db, '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not start:\n${out}`));
    }, 30_000);
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /review site: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          out,
          url: m[1]!,
          stop: () =>
            new Promise((done) => {
              child.once('exit', (code) => done(code));
              child.kill('SIGINT');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${out}`)));
  });
}

describe('npm start (serve --setup)', () => {
  it('creates the store, imports and checks the corpus, prints the URL and a one-time admin password', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'xinda-serve-')), 'x.db');
    const first = await serve(db);
    expect(first.out).toMatch(/corpus corpus: read \d+ files: 1 translation — 1 new/);
    expect(first.out).toMatch(/checked 1 translation: \d+ open findings \(\d+ critical, \d+ major, \d+ minor\)/);
    const password = /created the first account: admin \/ (\S+)/.exec(first.out)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const login = await fetch(`${first.url}login`);
    expect(login.status).toBe(200);
    expect(await first.stop()).toBe(0);

    // Second start: nothing new to import, and no new password.
    const second = await serve(db);
    expect(second.out).toMatch(/1 translation — 0 new, 0 changed, 1 unchanged/);
    expect(second.out).not.toMatch(/created the first account/);
    await second.stop();
  });
});
