import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../server/store/db.ts';
import { writeImport } from '../../server/store/import-writer.ts';
import { checkStored } from '../../server/pipeline/check-stored.ts';
import { resolveConfig } from '../../server/checks/config.ts';
import { EMPTY_REFERENCE } from '../../server/checks/reference.ts';
import { RULES } from '../../server/checks/rules/index.ts';
import { findingsOf } from '../../server/store/findings.ts';
import type { ImportDoc } from '../../server/model.ts';
import { Browser, start, user, type Running } from '../web/harness.ts';

const DOC: ImportDoc = {
  origin: { file: 'mem' },
  source: { key: 'quote', lang: 'en', paragraphs: ['"Every republic has its own interests [and] many border issues," he said.'] },
  translations: [{ system: 'mt', lang: 'zh-Hans', paragraphs: ['“每个共和国都有自己的利益 [and] 许多边界问题尚未解决，”他说。<b>'], annotations: [] }],
  warnings: [],
};

const onlyBracket = () => resolveConfig(RULES.filter((r) => r.id === 'untranslated-bracket'));

describe('checkStored', () => {
  it('stores findings, keeps reviewed ones, and does not raise dismissed ones again', () => {
    const db = openDb(':memory:');
    writeImport(db, [DOC], { paths: ['t'] });
    const run = checkStored(db, onlyBracket(), EMPTY_REFERENCE);
    expect(run).toMatchObject({ documents: 1, findings: 1, bySeverity: { major: 1 } });
    expect(run.signature).toMatch(/^xinda:\d+\.\d+\.\d+\|config:[0-9a-f]{12}\|rules:untranslated-bracket$/);
    const tid = db.prepare('SELECT id FROM translations').pluck().get() as number;
    const [f] = findingsOf(db, tid);
    expect(f).toMatchObject({ ruleId: 'untranslated-bracket', text: '[and]', para: 0, start: 14, end: 19, suggestion: '和', status: 'open' });

    // A second run replaces open findings instead of adding to them.
    checkStored(db, onlyBracket(), EMPTY_REFERENCE);
    expect(findingsOf(db, tid)).toHaveLength(1);

    // Confirmed: kept, not duplicated.
    db.prepare("UPDATE findings SET status = 'confirmed'").run();
    checkStored(db, onlyBracket(), EMPTY_REFERENCE);
    expect(findingsOf(db, tid).map((x) => x.status)).toEqual(['confirmed']);

    // Dismissed: kept as the reviewer's record, and not raised again.
    db.prepare("UPDATE findings SET status = 'dismissed', reason = 'house style'").run();
    const again = checkStored(db, onlyBracket(), EMPTY_REFERENCE);
    expect(again.findings).toBe(0);
    expect(findingsOf(db, tid).map((x) => [x.status, x.reason])).toEqual([['dismissed', 'house style']]);
  });
});

describe('findings on the document page', () => {
  let app: Running;
  let browser: Browser;
  beforeAll(async () => {
    app = await start();
    writeImport(app.db, [DOC], { paths: ['t'] });
    checkStored(app.db, onlyBracket(), EMPTY_REFERENCE);
    const pw = user(app.db, 'ed');
    browser = new Browser(app.base);
    await browser.login('ed', pw);
  });
  afterAll(() => app.close());

  it('marks the finding in the text and lists it with its fix, escaped', async () => {
    const tid = app.db.prepare('SELECT id FROM translations').pluck().get() as number;
    const res = await browser.get(`/doc/${tid}`);
    const html = await res.text();
    expect(html).toMatch(/<mark class="finding sev-major" title="untranslated-bracket · [^"]*" data-finding="\d+">\[and\]<\/mark>/);
    expect(html).toContain('<code>untranslated-bracket</code>');
    expect(html).toContain('<span class="suggestion">和</span>');
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toContain('<b>');
  });
});
