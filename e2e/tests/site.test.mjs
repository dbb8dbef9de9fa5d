// A web manager's site.json (docs/hosting.md): edited in a text editor after the build, on a
// host that sends the build's precompressed copies. Who runs the page shows on the start
// screen, the links in the footer and on the printed report, in both languages; a mistake
// costs only its field (said in the console); a broken file costs nothing; and
// `"offline": false` removes an installed offline copy while the tool keeps working.
import assert from 'node:assert/strict';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { useApp, waitForHeading } from '../lib/harness.mjs';

const copy = await mkdtemp(join(tmpdir(), 'cloud-check-site-'));
await cp(process.env.DIST_DIR, copy, { recursive: true });
const app = useApp({ root: copy, server: { precompressed: true } });
/** @param {unknown} value */
const site = (value) => writeFile(join(copy, 'site.json'), typeof value === 'string' ? value : JSON.stringify(value, null, 2));

const FILLED = {
  operator: { ja: '架空市 情報政策課', en: 'Kakū City, IT Policy Division' },
  contact: 'https://www.city.example.jp/contact/',
  privacy_policy: 'javascript:alert(document.domain)',
  accessibility_statement: '/a11y/cloud-check.html',
  security_contact: 'mailto:security@city.example.jp',
  oprator: 'a typo',
};

/** The console's warnings, collected from the start of a page. */
function warnings(page) {
  const seen = [];
  page.on('console', (m) => m.type() === 'warning' && seen.push(m.text()));
  return seen;
}

test('who runs the page, on the start screen, in the footer and on the printed report; a bad field is left out and said', async () => {
  const { page, server } = app;
  await site(FILLED);
  const warned = warnings(page);
  await page.goto(server.url);
  await waitForHeading(page, '');
  assert.equal(await page.textContent('.start .site-operator'), 'このページの運営：架空市 情報政策課 お問い合わせ');
  const links = await page.$$eval('.footer .site a', (as) => as.map((a) => [a.firstChild.textContent, a.getAttribute('href')]));
  assert.deepEqual(links, [
    ['お問い合わせ', 'https://www.city.example.jp/contact/'],
    ['ウェブアクセシビリティ方針', '/a11y/cloud-check.html'],
    ['セキュリティ上の問題の連絡先', 'mailto:security@city.example.jp'],
  ]);
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  assert.ok(warned.some((w) => w.includes('privacy_policy') && w.includes('https:')), warned.join('\n'));
  assert.ok(warned.some((w) => w.includes('oprator')), warned.join('\n'));

  // English: the operator's English name.
  await page.click('.lang-switch button');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.textContent('.start .site-operator'), 'This page is run by: Kakū City, IT Policy Division Contact');

  // The printed report names the operator and writes each link's address out.
  await page.goto(`${server.url}#/items/1`);
  await page.check('input[value=done]');
  await page.goto(`${server.url}#/results`);
  await page.waitForSelector('.report-source');
  await page.emulateMedia({ media: 'print' });
  // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out for print, not the DOM's
  const printed = await page.locator('.print-only .site').innerText();
  assert.match(printed, /This page is run by: Kakū City, IT Policy Division/);
  assert.match(printed, /Contact\s+https:\/\/www\.city\.example\.jp\/contact\//);
  assert.match(printed, /Report a security problem\s+mailto:security@city\.example\.jp/);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('.print-only .site').isVisible(), false);

  // The trainer's page has the same footer.
  await page.goto(`${server.url}trainer.html`);
  await page.waitForSelector('body > .app .footer .site');
  assert.match(await page.textContent('.footer .site'), /Kakū City, IT Policy Division|架空市 情報政策課/);

  // WCAG 3.2.6: on every screen of both pages the help (the contact) is in the same place:
  // the first link of the footer's site line, the footer after the main content.
  for (const at of ['#/', '#/items', '#/items/1', '#/items/15', '#/results', '#/rules', '#/checks', '#/compare',
    'trainer.html', 'trainer.html#/qr', 'trainer.html#/guide', 'trainer.html#/class']) {
    await page.goto(`${server.url}${at}`);
    await page.waitForSelector('body > .app .footer .site a');
    const place = await page.evaluate(() => {
      const footer = document.querySelector('body > .app .footer');
      const main = document.querySelector('body > .app main');
      return {
        first: footer.querySelector('.site a').getAttribute('href'),
        afterMain: !!(main.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING),
      };
    });
    assert.deepEqual(place, { first: 'https://www.city.example.jp/contact/', afterMain: true }, at);
  }
});

test('a broken site.json: nothing of it is shown, the web manager is told, and the tool works as without it', async () => {
  const { page, server } = app;
  await site('{ "operator": "架空市", ');
  const warned = warnings(page);
  await page.goto(`${server.url}#/items/1`);
  await waitForHeading(page, '1.');
  await page.check('input[value=done]');
  await page.waitForSelector('.saved');
  assert.equal(await page.locator('.site, .site-operator').count(), 0);
  assert.ok(warned.some((w) => w.startsWith('site.json:') && w.includes('JSON')), warned.join('\n'));
});

test('"offline": false removes an installed offline copy and its caches; the tool keeps working online', async () => {
  const { page, server } = app;
  await site({ offline: true });
  await page.goto(server.url);
  await waitForHeading(page, '');
  await page.evaluate(() => navigator.serviceWorker.ready);
  assert.ok((await page.evaluate(() => caches.keys())).some((k) => k.startsWith('cloud-check:')));

  // The web manager turns offline use off; the next visit sees it.
  await site({ offline: false });
  await page.reload();
  await waitForHeading(page, '');
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistrations()).length === 0
    && !(await caches.keys()).some((k) => k.startsWith('cloud-check:')));
  // And it stays off: the page works from the server and registers nothing.
  await page.reload();
  await waitForHeading(page, '');
  await page.goto(`${server.url}#/items/2`);
  await waitForHeading(page, '2.');
  await page.check('input[value=done]');
  await page.waitForSelector('.saved');
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
});
