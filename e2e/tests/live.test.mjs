// WCAG 4.1.3 status messages, from the accessibility tree Chromium gives screen readers
// (e2e/lib/live.mjs): each message a user would otherwise have to look for (progress saved,
// copied, imported, an import refused, the class overview's counts, a course ID refused)
// arrives in a live region that was there before it, or is an alert of its own. The checker
// first shows it can fail: with the notices' region stripped of its live setting, the
// import notice is reported as not announced.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exportFile } from '../lib/fixtures.mjs';
import { useApp, waitForHeading } from '../lib/harness.mjs';
import { announcement, liveRegions } from '../lib/live.mjs';

const app = useApp();
const ONE_CHECK = exportFile([{ id: 'abc', name: 'オンラインストレージ', answers: { backup: 'done' } }]);

/**
 * Runs `act`, then reports how `text` reaches a screen reader.
 * @param {import('playwright-core').CDPSession} cdp
 * @param {() => Promise<unknown>} act
 * @param {string} text
 */
async function after(cdp, act, text) {
  const before = await liveRegions(cdp);
  await act();
  return announcement(cdp, text, before);
}

test('the participants\' messages reach a screen reader: progress, copied, imported, refused', async () => {
  const { page, server } = app;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const cdp = await page.context().newCDPSession(page);
  const heard = [];
  const hear = async (name, act, text) => heard.push([name, await after(cdp, act, text)]);

  await page.goto(`${server.url}#/items/1`);
  await waitForHeading(page, '1.');
  await hear('progress saved with an answer', () => page.check('input[value=done]').then(() => page.locator('.progress-text', { hasText: '回答済み1/15' }).waitFor()), '回答済み1/15');

  await page.goto(`${server.url}#/results`);
  await waitForHeading(page, '結果とアクションプラン');
  await hear('result code copied', () => page.click('#result-code ~ p button').then(() => page.locator('.result-code .copy-status', { hasText: 'コピーしました' }).waitFor()), 'コピーしました');

  await page.goto(`${server.url}#/checks`);
  await waitForHeading(page, 'チェックの一覧');
  await page.setInputFiles('#import-file', { name: 'check.json', mimeType: 'application/json', buffer: Buffer.from(ONE_CHECK) });
  await page.locator('.preview').waitFor();
  await hear('a check imported', () => page.click('button:has-text("新しいチェックとして取り込む")').then(() => page.locator('.banner.notice', { hasText: '取り込みました' }).waitFor()), '1件のチェックを取り込みました');
  await hear('a broken file refused', () => page.setInputFiles('#import-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') }).then(() => page.locator('.import-error').waitFor()), 'broken.json');

  const unheard = heard.filter(([, a]) => !a.announced).map(([name, a]) => `${name}: ${a.why}`);
  assert.deepEqual(unheard, []);
});

test("the trainer's messages reach a screen reader: a course ID refused, the class overview's counts", async () => {
  const { page, server } = app;
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${server.url}trainer.html`);
  await waitForHeading(page, '研修で使う方へ');
  const refused = await after(cdp, () => page.fill('#course-id', 'Course A').then(() => page.locator('#course-id-problem').waitFor()), 'は使えません');
  await page.goto(`${server.url}trainer.html#/class`);
  await waitForHeading(page, '研修の集計');
  const counted = await after(cdp, () => page.setInputFiles('#class-files', { name: 'one.json', mimeType: 'application/json', buffer: Buffer.from(ONE_CHECK) })
    .then(() => page.locator('.class-status', { hasText: '集計しました' }).waitFor()), '集計しました');
  assert.deepEqual([refused.why, counted.why], ['', '']);
  assert.equal(refused.role, 'alert');
});

test('the checker fails a message whose region lost its live setting', async () => {
  const { page, server } = app;
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${server.url}#/checks`);
  await waitForHeading(page, 'チェックの一覧');
  await page.setInputFiles('#import-file', { name: 'check.json', mimeType: 'application/json', buffer: Buffer.from(ONE_CHECK) });
  await page.locator('.preview').waitFor();
  await page.evaluate(() => document.querySelector('.status-area')?.removeAttribute('aria-live'));
  const notice = await after(cdp, () => page.click('button:has-text("新しいチェックとして取り込む")').then(() => page.locator('.banner.notice').waitFor()), '取り込みました');
  assert.equal(notice.announced, false);
  assert.match(notice.why, /in no live region/);
});
