// Results from a phone without files: participants copy a result code, a trainer pastes
// several (with chat text, a broken one and one twice) into the class overview, and a code
// link opens the import preview, never importing by itself.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PHONE, useApp, waitForHeading, watch } from '../lib/harness.mjs';

const app = useApp();

/** A participant on a phone answers item 9 and copies the result code; returns it. */
async function participant(answer, { clipboard = false } = {}) {
  const { page: first, server } = app;
  const context = await first.context().browser().newContext({ viewport: PHONE });
  try {
    if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    watch(app, page);
    await page.goto(`${server.url}#/items/9`);
    await waitForHeading(page, '9.');
    await page.check(`input[value=${answer}]`);
    await page.goto(`${server.url}#/results`);
    await waitForHeading(page, '結果とアクションプラン');
    const code = await page.inputValue('#result-code');
    if (clipboard) {
      await page.click('#result-code ~ p button');
      await page.locator('.result-code .copy-status', { hasText: 'コピーしました' }).first().waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code, 'the copied text is the code');
      // No horizontal scrolling on the phone, even with the long code.
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
    }
    return code;
  } finally {
    await context.close();
  }
}

test('a participant copies a short code; a trainer pastes codes with chat text and sees the right counts', async () => {
  const a = await participant('done', { clipboard: true });
  const b = await participant('partly');
  const c = await participant('not_done');
  assert.match(a, /^CCHK1-[0-9A-Z]+$/);
  assert.ok(a.length <= 60, `${a.length} characters`);

  const { page, server } = app;
  await page.goto(`${server.url}#/class`);
  await waitForHeading(page, '研修の集計');
  // Cut short: a copy of the code sent before it (Ｃ's), so no later code corrects it (a
  // later readable code of the same check would: e2e/engines/trainer.test.mjs).
  const broken = c.slice(0, -4);
  await page.fill('#class-codes', `田中：${a}\n佐藤：${b} よろしくお願いします\n${c}\n鈴木：${broken}\n田中（再送）：${a}`);
  await page.click('button:has-text("コードを集計に加える")');
  assert.equal((await page.textContent('.class-status')).trim(),
    '5件のファイル・コードのうち4件を読み込み、3件のチェックを集計しました。 同じチェックが2回以上届いたものが1件あり、それぞれ新しい方だけを数えました。');
  const skipped = await page.locator('.skipped li').allTextContents();
  assert.equal(skipped.length, 1);
  assert.match(skipped[0], /途中で切れているか、書き換えられています/);
  // Item 9 got one of each answer.
  const row = await page.locator('.distribution-table tbody tr', { hasText: '9.' }).first().locator('td').allTextContents();
  assert.deepEqual(row.slice(0, 3), ['1', '1', '1']);
});

test('a code link opens the import preview and imports only when asked', async () => {
  const code = await participant('unknown');
  const { page, server } = app;
  await page.goto(`${server.url}#/code/${code}`);
  await waitForHeading(page, 'チェックの一覧');
  await page.locator('.preview').waitFor();
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':assessment:')).length), 0,
    'nothing imported yet');
  await page.click('button:has-text("新しいチェックとして取り込む")');
  await page.locator('.banner.notice', { hasText: '1件のチェックを取り込みました' }).waitFor();
  await page.goto(`${server.url}#/items/9`);
  await waitForHeading(page, '9.');
  assert.equal(await page.isChecked('input[value=unknown]'), true);
});
