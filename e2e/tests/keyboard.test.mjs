// Keyboard use where only Playwright can follow it: the file picker opened from the
// keyboard and the download it gives, with the skip link and the explanation on the way.
// (The journeys themselves, keyboard-only answering included, run in every engine:
// e2e/engines/journeys.test.mjs.)
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { tabUntil, useApp, waitForHeading } from '../lib/harness.mjs';

const app = useApp();

test('the rest of the journey works by keyboard too: explanation, results, export, import', async () => {
  const { page, server } = app;
  const focused = (sel) => page.evaluate((s) => document.activeElement?.matches(s), sel);
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
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles({ name: 'export.json', mimeType: 'application/json', buffer: exported });
  await page.waitForSelector('.preview');
  await tabUntil(page, () => document.activeElement?.textContent === '新しいチェックとして取り込む');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.banner.notice');
  assert.equal(await page.locator('.check-card').count(), 2);
  assert.match(await page.textContent('.progress-text'), /回答済み1\/15/);
});
