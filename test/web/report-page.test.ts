import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../server/checks/config.ts';
import { EMPTY_REFERENCE } from '../../server/checks/reference.ts';
import { RULES } from '../../server/checks/rules/index.ts';
import { checkStored } from '../../server/pipeline/check-stored.ts';
import { findingsOf } from '../../server/store/findings.ts';
import { Browser, importDocs, postForm, start, user, type Running } from './harness.ts';
import { BRACKETED, HOSTILE, XSS_SCRIPT } from './fixtures.ts';

// /report: the report builder's page inside the site, with the reviewers' decisions.

let r: Running;
let vera: Browser;

beforeAll(async () => {
  r = await start();
  importDocs(r.db, [BRACKETED, HOSTILE]);
  checkStored(r.db, resolveConfig(RULES.filter((x) => x.id === 'untranslated-bracket')), EMPTY_REFERENCE);
  const rita = new Browser(r.base);
  await rita.login('rita', user(r.db, 'rita'));
  const tid = r.db.prepare("SELECT t.id FROM translations t JOIN sources s ON s.id = t.source_id WHERE s.key = 'bracketed-1'").pluck().get() as number;
  await postForm(rita, `/doc/${tid}/findings/${findingsOf(r.db, tid)[0]!.id}/dismiss`, {});
  vera = new Browser(r.base);
  await vera.login('vera', user(r.db, 'vera', 'viewer'));
});
afterAll(() => r.close());

describe('/report', () => {
  it('shows the corpus report to any signed-in user, its styles from a file, corpus text escaped', async () => {
    const res = await vera.get('/report');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<link rel="stylesheet" href="/report/report.css">');
    expect(html).toContain('<div class="xr">');
    expect(html).toContain('bracketed-1');
    expect(html).not.toContain(XSS_SCRIPT);
    expect(html.replace(/<script src="\/static\/[a-z-]+\.js" defer><\/script>/g, '')).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    const css = await vera.get('/report/report.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await css.text()).toContain('.xr');
  });

  it("counts the reviewers' decisions: the dismissed finding is not in the totals", async () => {
    const report = (await (await vera.get('/report/report.json')).json()) as { total: { findings: number } };
    expect(report.total.findings).toBe(1);
  });

  it('needs a session', async () => {
    expect((await new Browser(r.base).get('/report')).status).toBe(302);
  });
});
