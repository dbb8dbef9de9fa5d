// Keyboard use where only Playwright can follow it: the file picker opened from the
// keyboard and the download it gives, with the skip link and the explanation on the way;
// and the trainer's page from set-up to the class overview by keyboard alone, every stop
// showing where the focus is (WCAG 2.1.1, 2.4.3, 2.4.7).
// (The journeys themselves, keyboard-only answering included, run in every engine:
// e2e/engines/journeys.test.mjs.)
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { RESULT_CODES } from '../lib/fixtures.mjs';
import { tabUntil, useApp, waitForHeading } from '../lib/harness.mjs';

const app = useApp();

test('the rest of the journey works by keyboard too: explanation, results, export, import', async () => {
  const { page, server } = app;
  const focused = (sel) => page.evaluate((s) => document.activeElement?.matches(s), sel);
  // Listen for the file picker from the start: Playwright turns on its interception only when
  // a listener is added, asynchronously, so a listener added together with the key press can
  // miss the picker (the same race as puppeteer/puppeteer#6040; 2 runs in 10 here).
  const picker = page.waitForEvent('filechooser', { timeout: 60_000 });
  await page.goto(`${server.url}#/items/9`);
  await waitForHeading(page, '9.');
  await tabUntil(page, () => document.activeElement?.type === 'radio');
  await page.keyboard.press('Space');
  // The explanation opens with Enter on its summary.
  await tabUntil(page, () => document.activeElement?.tagName === 'SUMMARY');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('.explanation', 'open'), '');
  // On a fresh load the skip link is the first stop and moves focus to the main content.
  await page.reload();
  await waitForHeading(page, '9.');
  await page.keyboard.press('Tab');
  assert.ok(await focused('.skip-link'), 'the skip link comes first');
  await page.keyboard.press('Enter');
  assert.ok(await focused('main'), 'skip link moves focus to main');
  assert.ok(page.url().endsWith('#/items/9'), 'and keeps the route');

  // To "My checks" through the header link, then export with Enter.
  await tabUntil(page, () => document.activeElement?.getAttribute('href') === '#/checks', null, 60, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await waitForHeading(page, 'チェックの一覧');
  await tabUntil(page, () => document.activeElement?.textContent === 'JSONで書き出す');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const exported = await readFile(await download.path());

  // Import it back: the file field takes Space, the preview's button takes Enter.
  await tabUntil(page, () => document.activeElement?.id === 'import-file');
  const outline = await page.$eval('.file-button', (el) => getComputedStyle(el).outlineStyle);
  assert.equal(outline, 'solid', 'the focus ring shows on the visible button');
  await page.keyboard.press('Space');
  const chooser = await picker;
  await chooser.setFiles({ name: 'export.json', mimeType: 'application/json', buffer: exported });
  await page.waitForSelector('.preview');
  await tabUntil(page, () => document.activeElement?.textContent === '新しいチェックとして取り込む');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.banner.notice');
  assert.equal(await page.locator('.check-card').count(), 2);
  assert.match(await page.textContent('.progress-text'), /回答済み1\/15/);
});

test("a trainer sets up a course, shows its QR code and reads the class's codes by keyboard alone, the focus always visible", async () => {
  const { page, server } = app;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  /** Every stop: what has the focus, and whether it shows (an outline of 2 px or more, on it or its label). */
  const stops = [];
  const tab = async (predicate, arg = null, key = 'Tab') => {
    await tabUntil(page, predicate, arg, 60, key);
    stops.push(await page.evaluate(() => {
      const el = document.activeElement;
      const shown = [el, ...(el?.labels ?? []), el?.closest('label')].filter(Boolean).some((c) => {
        const s = getComputedStyle(c);
        return s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 2;
      });
      return { at: `${el?.tagName.toLowerCase()}#${el?.id} "${el?.textContent?.trim().slice(0, 20)}"`, shown };
    }));
  };
  await page.goto(`${server.url}trainer.html`);
  await waitForHeading(page, '研修で使う方へ');
  // Skip link first, then into the course ID; typing it gives the link, the QR code and the snippets.
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('skip-link')), 'the skip link comes first');
  await tab(() => document.activeElement?.id === 'course-id');
  await page.keyboard.type('course-a');
  await page.waitForSelector('#participant-link');
  // The start language by keyboard: English.
  await tab(() => document.activeElement?.id === 'course-lang');
  await page.keyboard.press('ArrowDown');
  assert.match(await page.inputValue('#participant-link'), /course-a/);
  // Copy the link with Enter.
  await tab(() => document.activeElement?.textContent === 'リンクをコピー');
  await page.keyboard.press('Enter');
  await page.locator('.link-field .copy-status', { hasText: 'コピーしました' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.inputValue('#participant-link'));
  // The large QR code, and back.
  await tab(() => document.activeElement?.textContent === '大きく表示・印刷する');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.qr-large');
  assert.ok(await page.evaluate(() => document.activeElement?.id === 'screen-heading'), 'focus on the new screen\'s heading');
  await tab(() => document.activeElement?.textContent === 'コースの準備に戻る');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#course-id');
  // To the class overview through the page's navigation, backwards from the heading.
  await tab(() => document.activeElement?.getAttribute('href') === '#/class', null, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await waitForHeading(page, '研修の集計');
  // Two participants' codes pasted, added with Enter.
  await tab(() => document.activeElement?.id === 'class-codes');
  await page.keyboard.insertText(RESULT_CODES.join('\n'));
  await tab(() => document.activeElement?.id === 'class-codes-add');
  await page.keyboard.press('Enter');
  await page.locator('.class-status', { hasText: '2件のチェックを集計しました' }).waitFor();
  // The projector view with Space, then back.
  await tab(() => document.activeElement?.closest('.check-option') !== null);
  await page.keyboard.press('Space');
  await page.waitForSelector('.class.projector');
  await page.keyboard.press('Space');
  await page.waitForSelector('.class:not(.projector)');
  assert.deepEqual(stops.filter((s) => !s.shown), [], 'every stop shows its focus');
});
