// The cloud service rules draft on paper and on the clipboard, which only Playwright can
// check: from the owner of issue 45 (MFA for the administrator only, much unknown), the draft
// prints alone on one or two A4 pages, copies as the text shown, and names the site's help
// desks; the printed report has them too. The journey in every engine is
// e2e/engines/rules.test.mjs.
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { MOUNT } from '../lib/common.mjs';
import { ITEM_IDS, OWNER, exportFile, keys } from '../lib/fixtures.mjs';
import { useApp, waitForHeading } from '../lib/harness.mjs';
import { desksSite } from '../lib/site-desks.mjs';

const app = useApp({ extra: desksSite(MOUNT) });
const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

/** Pages in a PDF made by Chromium: one "/Type /Page" object each. */
function pageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function owner(page, url) {
  const k = keys();
  const record = exportFile([{ id: 'owner1', name: '会計ソフト', answers: Object.fromEntries(OWNER.map((a, i) => [ITEM_IDS[i], a])) }]);
  await page.goto(`${url}#/`);
  await waitForHeading(page, '');
  await page.evaluate((entries) => { for (const [key, v] of entries) localStorage.setItem(key, v); },
    [[`${k.assessment}owner1`, record], [k.settings, JSON.stringify({ lang: 'ja', current: 'owner1' })]]);
}

for (const [lang, heading, pending, desk] of [
  ['ja', 'クラウドサービス利用ルール（案）', '（対応中：期限未定）', '架空県よろず支援拠点'],
  ['en', 'Cloud service rules (draft)', '(in progress: no date set)', 'Kakū Yorozu Support Center'],
]) {
  test(`${lang}: the rules draft prints alone on one or two A4 pages and copies as the text shown`, async () => {
    const { page, server, context } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await owner(page, server.url);
    if (lang === 'en') {
      await page.goto(`${server.url}#/`);
      await page.click('.lang-button');
      await waitForHeading(page, '');
    }
    await page.goto(`${server.url}#/results`);
    await page.click('a[href="#/rules"]');
    await waitForHeading(page, heading);
    const text = await page.inputValue('#rules-text');
    assert.ok(text.startsWith(heading), text.slice(0, 80));
    assert.ok(text.includes(pending), 'the gaps are targets, not claims');
    assert.ok(text.includes(desk), "the site's help desk among the contacts");
    await page.click('button:has-text("' + (lang === 'ja' ? 'ルール（案）をコピー' : 'Copy the rules draft') + '")');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), text);

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.isVisible('.header'), false);
    assert.equal(await page.isVisible('#rules-text'), false, 'not the field');
    assert.equal(await page.isVisible('.rules-print'), true, 'the whole text');
    assert.equal((await page.textContent('.rules-print')).trim(), text.trim());
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, `rules-${lang}.pdf`), pdf);
    const pages = pageCount(pdf);
    assert.ok(pages >= 1 && pages <= 2, `the draft is 1 or 2 A4 pages, not ${pages}`);
  });
}

test("the printed report names the site's help desks beside IPA's desk, with their addresses and phone", async () => {
  const { page, server } = app;
  await owner(page, server.url);
  await page.goto(`${server.url}#/results`);
  await waitForHeading(page, '結果とアクションプラン');
  await page.emulateMedia({ media: 'print' });
  const incident = await page.locator('.incident').textContent();
  assert.equal(await page.isVisible('.incident .help-desks'), true, 'the desks on paper');
  assert.equal(await page.isVisible('.incident .help-desks .print-only.url'), true, "the desk's address written out");
  assert.ok(incident.indexOf('架空県よろず支援拠点') > incident.indexOf('企業組織向けサイバーセキュリティ相談窓口'), incident);
  for (const words of ['https://yorozu.example.jp/', '000-000-0000', '平日 9:00〜17:00', '架空商工会議所 中小企業相談所']) {
    assert.ok(incident.includes(words), words);
  }
});
