// Accessibility in a real browser: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every
// screen, in Japanese and English, light and dark, must find nothing; and the layout must
// not scroll sideways at 320 px.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { exportFile, keys, MIXED } from '../lib/fixtures.mjs';
import { PHONE, useApp, waitForHeading } from '../lib/harness.mjs';

const app = useApp({ viewport: PHONE });
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const VALID_EXPORT = exportFile([{ id: 'abc', name: 'オンラインストレージ', answers: { backup: 'done' } }]);

/** Runs axe on the page; returns readable violations. */
async function axe(page) {
  // Evaluated through the DevTools protocol, so the page's own CSP does not apply to it.
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Controls smaller than 44×44 px (links inside running text are exempt, as in WCAG 2.5.8). */
async function smallTargets(page) {
  return page.$$eval('button, .button, .jump, .lang-button, summary, select, input[type=text], textarea, .choice label, .item-list a, .nav-links a, .header-meta a',
    (els) => els.filter((el) => el.offsetParent !== null).map((el) => {
      const r = el.getBoundingClientRect();
      return r.width < 44 || r.height < 44 ? `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}` : null;
    }).filter(Boolean));
}

async function noSidewaysScroll(page, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${where}: scrolls sideways by ${overflow}px`);
}

/** Every screen, set up as a user would reach it; yields [name, ready-page]. */
async function* screens(page, url, lang) {
  await page.goto(`${url}#/`);
  await waitForHeading(page, '');
  yield 'start';
  await page.fill('#service-name', '会計ソフト');
  for (const [i, answer] of MIXED.entries()) {
    await page.goto(`${url}#/items/${i + 1}`);
    await page.check(`input[value=${answer}]`);
  }
  await page.goto(`${url}#/items`);
  await waitForHeading(page, '');
  yield 'overview (every section)';
  await page.goto(`${url}#/items/4`);
  await waitForHeading(page, '4.');
  await page.click('.explanation summary');
  yield 'item 4 with its explanation open';
  await page.goto(`${url}#/results`);
  await waitForHeading(page, '');
  yield 'results and action plan';
  await page.goto(`${url}#/checks`);
  await waitForHeading(page, '');
  await page.click('.check-card button:nth-of-type(3)'); // duplicate, for compare
  await page.waitForSelector('.check-card:nth-of-type(2)');
  yield 'my checks, with the stored-data panel';
  await page.setInputFiles('#import-file', { name: 'storage.json', mimeType: 'application/json', buffer: Buffer.from(VALID_EXPORT) });
  await page.waitForSelector('.preview');
  yield 'import preview';
  await page.setInputFiles('#import-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
  await page.waitForSelector('.import-error');
  yield 'import error';
  await page.goto(`${url}#/compare`);
  await waitForHeading(page, '');
  yield 'compare';
  // The trainer's page.
  await page.goto(`${url}trainer.html?lang=${lang}`);
  await waitForHeading(page, '');
  yield "trainer's set-up, empty";
  await page.fill('#course-id', 'Course A');
  yield "trainer's set-up, an invalid course id";
  await page.fill('#course-id', 'course-a');
  await page.waitForSelector('#participant-link');
  yield "trainer's set-up with the link, QR code and snippets";
  await page.click('a[href="#/qr"]');
  await page.waitForSelector('.qr-large');
  yield "trainer's QR code, large";
  await page.goto(`${url}trainer.html?lang=${lang}#/class`);
  await waitForHeading(page, '');
  await page.setInputFiles('#class-files', [
    { name: 'one.json', mimeType: 'application/json', buffer: Buffer.from(VALID_EXPORT) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') },
  ]);
  await page.waitForSelector('.distribution-table');
  yield 'class overview with a skipped file';
  await page.check('.check-option input');
  yield 'class overview in large text';
}

for (const lang of ['ja', 'en']) {
  for (const scheme of ['light', 'dark']) {
    test(`every screen passes axe in ${lang}, ${scheme}, and fits 320 px`, async () => {
      const { page, server } = app;
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(server.url);
      await page.evaluate(([key, l]) => localStorage.setItem(key, JSON.stringify({ lang: l })), [keys().settings, lang]);
      await page.reload();
      await waitForHeading(page, '');
      // <html lang> is set by an effect just after the first render.
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      // axe must be able to fail: a planted unlabeled field is reported, then removed.
      await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<input id="planted">'));
      assert.ok((await axe(page)).some((v) => v.startsWith('label:')), 'axe reports a planted violation');
      await page.evaluate(() => document.getElementById('planted').remove());
      const failures = [];
      for await (const name of screens(page, server.url, lang)) {
        failures.push(...(await axe(page)).map((v) => `[${name}] ${v}`));
        failures.push(...(await smallTargets(page)).map((v) => `[${name}] target under 44×44: ${v}`));
        await page.setViewportSize({ width: 320, height: 640 });
        await noSidewaysScroll(page, `${name} at 320 px`);
        await page.setViewportSize(PHONE);
      }
      assert.deepEqual(failures, []);
    });
  }
}

test('the page without JavaScript, and the loading line, pass axe in light and dark', async () => {
  const { page, server } = app;
  const failures = [];
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.route('**/*_bg.wasm', () => {}); // the app never arrives
    // Opened on another screen: the loading line stands in for the start screen. (From a
    // blank page: the same URL again would only move to its fragment, not load it.)
    await page.goto('about:blank');
    await page.goto(`${server.url}#/items/3`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.prerender-loading', { state: 'visible' });
    failures.push(...(await axe(page)).map((v) => `[loading, ${scheme}] ${v}`));
    // axe needs scripts, so the no-JavaScript page is shown the way a browser without them
    // would: the <noscript> markup (raw text while scripts run) becomes the body.
    await page.evaluate(() => { document.body.innerHTML = document.querySelector('noscript').textContent; });
    failures.push(...(await axe(page)).map((v) => `[no JavaScript, ${scheme}] ${v}`));
    failures.push(...(await smallTargets(page)).map((v) => `[no JavaScript, ${scheme}] target under 44×44: ${v}`));
    await page.setViewportSize({ width: 320, height: 640 });
    await noSidewaysScroll(page, `no JavaScript, ${scheme}, at 320 px`);
    await page.setViewportSize(PHONE);
    await page.unroute('**/*_bg.wasm');
  }
  assert.deepEqual(failures, []);
});

/** Tabs through the page; every control the focus reaches must show a focus indicator. */
async function focusWithoutIndicator(page, limit = 80) {
  const missing = [];
  await page.evaluate(() => document.activeElement?.blur());
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      // Native radios, checkboxes and file fields show their focus on their visible label.
      const candidates = [el, ...(el.labels ?? []), el.nextElementSibling, el.closest('label')].filter(Boolean);
      const shows = candidates.some((c) => {
        const s = getComputedStyle(c);
        return (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
      });
      return { id: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} "${el.textContent.trim().slice(0, 20)}"`, shows };
    });
    if (!seen) break;
    if (!seen.shows) missing.push(seen.id);
  }
  return [...new Set(missing)];
}

/** WCAG 1.4.12's spacing, applied as a user style sheet would; then what is cut off. */
async function lostUnderTextSpacing(page) {
  // Through the CSSOM, as a user style sheet or extension does: the page's policy allows no
  // inline style (rightly), and this is no style of the page's.
  return page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p, li, dd { margin-bottom: 2em !important; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return [...document.querySelectorAll('body *')].filter((el) => {
    if (el.closest('.visually-hidden, svg') || !el.checkVisibility()) return false;
    const s = getComputedStyle(el);
    const clips = [s.overflowX, s.overflowY].some((o) => o === 'hidden' || o === 'clip');
      return clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    }).map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  });
}

for (const lang of ['ja', 'en']) {
  test(`every control shows where the focus is, and text spacing (WCAG 1.4.12) cuts nothing off and fits 320 px, in ${lang}`, async () => {
    const { page, server } = app;
    await page.goto(server.url);
    await page.evaluate(([key, l]) => localStorage.setItem(key, JSON.stringify({ lang: l })), [keys().settings, lang]);
    // A complete check, so the results hold their score table, verdict and plan.
    await page.goto(`${server.url}#/`);
    await waitForHeading(page, '');
    await page.fill('#service-name', '会計ソフト');
    for (const [i, answer] of MIXED.entries()) {
      await page.goto(`${server.url}#/items/${i + 1}`);
      await page.check(`input[value=${answer}]`);
    }
    const failures = [];
    for (const [name, path] of [['start', '#/'], ['item 4', '#/items/4'], ['results', '#/results'], ['my checks', '#/checks'],
      ["trainer's set-up", `trainer.html?lang=${lang}`], ["trainer's class overview", `trainer.html?lang=${lang}#/class`]]) {
      await page.goto(`${server.url}${path}`);
      await waitForHeading(page, '');
      if (path.startsWith('trainer.html') && !path.includes('#')) {
        await page.fill('#course-id', 'course-a');
        await page.waitForSelector('#participant-link');
      }
      failures.push(...(await focusWithoutIndicator(page)).map((v) => `[${name}] no focus indicator: ${v}`));
      failures.push(...(await lostUnderTextSpacing(page)).map((v) => `[${name}] cut off under text spacing: ${v}`));
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) failures.push(`[${name}] scrolls sideways by ${overflow}px with text spacing at 320 px`);
      await page.setViewportSize(PHONE);
    }
    assert.deepEqual(failures, []);
  });
}
