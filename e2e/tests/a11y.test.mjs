// Accessibility in a real browser, the tests behind docs/accessibility.md's rows: axe-core
// (WCAG 2.0/2.1/2.2 A and AA rules) on every screen of both pages (the 15 items, the printed
// report), in Japanese and English, light and dark, portrait and landscape on a phone and at a
// desktop width (1280 × 900), must
// find nothing, and what axe could not decide must have been judged by a person (JUDGED);
// non-text contrast computed (field borders, accents, the charts, the QR code, focus
// outlines); every interactive element's target size; no hover tooltips, no new tab unsaid;
// no sideways scrolling at 320 px, with and without WCAG's text spacing, on every screen.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { exportFile, keys, MIXED } from '../lib/fixtures.mjs';
import { DESKTOP, PHONE, useApp, waitForHeading } from '../lib/harness.mjs';

const app = useApp({ viewport: PHONE });
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const VALID_EXPORT = exportFile([{ id: 'abc', name: 'オンラインストレージ', answers: { backup: 'done' } }]);

/** Runs axe on the page; returns readable violations. */
async function axe(page) {
  return (await axeRun(page)).violations;
}

/**
 * axe's results a person had to judge ("incomplete": axe could not decide), each judged
 * fine for the reason given. A new one fails the test until someone looks at it and either
 * fixes the page or adds it here with the reason.
 */
const JUDGED = [
  {
    rule: 'color-contrast',
    // axe names each by a selector of its own making: text[…], .bar-label[…], .done.seg-count[…].
    nodes: /^(text|\.bar-label|\.bar-value|(\.[a-z_]+)?\.seg-count)\[/,
    reason: "text inside the charts' SVG, whose colours axe does not read: lowContrast() computes each against what is behind it, the chart's background or its segment (4.5:1)",
  },
  {
    rule: 'link-in-text-block',
    screen: /printed report/,
    reason: 'on paper a link is not operable; the report prints links in the text colour on purpose',
  },
];

/** Runs axe on `screen`; returns readable violations and the incomplete results nobody has judged. */
async function axeRun(page, screen = '') {
  // Evaluated through the DevTools protocol, so the page's own CSP does not apply to it.
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  const readable = (v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`;
  const judged = (v) => JUDGED.some((j) => j.rule === v.id && (!j.screen || j.screen.test(screen))
    && (!j.nodes || v.nodes.every((n) => j.nodes.test(n.target.join(' ')))));
  return {
    violations: result.violations.map(readable),
    unjudged: result.incomplete.filter((v) => !judged(v)).map(readable),
  };
}

/** Controls smaller than 44×44 px (links inside running text are exempt, as in WCAG 2.5.8). */
async function smallTargets(page) {
  return page.$$eval('button, .button, .jump, .lang-button, summary, select, input[type=text], textarea, .choice label, .item-list a, .nav-links a, .header-meta a',
    (els) => els.filter((el) => el.offsetParent !== null).map((el) => {
      const r = el.getBoundingClientRect();
      return r.width < 44 || r.height < 44 ? `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}` : null;
    }).filter(Boolean));
}

/**
 * WCAG 2.5.8 on every interactive element (24 × 24 px, or WCAG's spacing: a 24 px circle
 * around it meets no other target), with a native radio or checkbox measured with its label,
 * which is part of its target. Links inside running text are WCAG's "inline" exception:
 * returned apart, for the statement to list.
 */
async function targetSizes(page) {
  return page.evaluate(() => {
    const small = [];
    const inline = new Set();
    const els = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
      .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden'));
    const boxes = els.map((el) => {
      const parts = [el, ...(el.labels ?? [])].map((p) => p.getBoundingClientRect()).filter((r) => r.width > 1 && r.height > 1);
      if (parts.length === 0) return null; // drawn by its label elsewhere (a file field's button)
      const left = Math.min(...parts.map((r) => r.left));
      const top = Math.min(...parts.map((r) => r.top));
      return { left, top, right: Math.max(...parts.map((r) => r.right)), bottom: Math.max(...parts.map((r) => r.bottom)) };
    });
    els.forEach((el, i) => {
      const b = boxes[i];
      if (!b) return;
      const w = b.right - b.left;
      const h = b.bottom - b.top;
      if (w >= 24 && h >= 24) return;
      // Inline: a link in a block with text of its own around it.
      const block = el.closest('p, li, td, dd');
      if (el.tagName === 'A' && block && block.textContent.trim().length > el.textContent.trim().length + 1) {
        inline.add(`${block.closest('[class]')?.className.split(' ')[0] ?? block.tagName.toLowerCase()}: "${el.textContent.trim().slice(0, 30)}"`);
        return;
      }
      // Spacing: a 24 px circle centred on it overlaps no other target.
      const cx = (b.left + b.right) / 2;
      const cy = (b.top + b.bottom) / 2;
      const clear = boxes.every((o, j) => !o || j === i || Math.hypot(Math.max(o.left - cx, 0, cx - o.right), Math.max(o.top - cy, 0, cy - o.bottom)) >= 12);
      if (!clear) small.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 20)}" ${Math.round(w)}×${Math.round(h)}`);
    });
    return { small, inline: [...inline] };
  });
}

/**
 * Links that open a new tab without saying so, tooltips that appear only on hover (1.4.13),
 * ids used twice (4.1.1, which JIS X 8341-3:2016 still lists), and fields about the user
 * without their input purpose (1.3.5).
 */
async function unsaid(page) {
  return page.evaluate(() => [
    // 1.3.5: the fields about the user (the letter's sender) say what they are; on the
    // results, where the letter is, all three must be there (a missing field is no pass).
    ...(location.hash.startsWith('#/results') && document.querySelectorAll('.sender input').length !== 3
      ? [`the letter's sender fields: ${document.querySelectorAll('.sender input').length} of 3`] : []),
    ...[...document.querySelectorAll('.sender input')].filter((i) => !['organization', 'name', 'email'].includes(i.autocomplete))
      .map((i) => `field about the user without its purpose: #${i.id} autocomplete="${i.autocomplete}"`),
    // 3.1.2: on an English screen, every run of Japanese text is marked lang="ja" (the
    // language button, IPA's titles, the documents' names), so a screen reader switches voice.
    ...(document.documentElement.lang !== 'en' ? [] : (() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const unmarked = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        // What the user typed (the fixtures' service names) is in no language the page knows.
        const own = n.textContent.replace(/会計ソフト|オンラインストレージ/g, '');
        if (!/[\u3040-\u30ff\u4e00-\u9fff]/.test(own) || el.closest('script, style, noscript, [aria-hidden=true]')) continue;
        if (el.closest('[lang]')?.getAttribute('lang') !== 'ja' && el.checkVisibility()) unmarked.push(n.textContent.trim().slice(0, 120));
      }
      return unmarked.map((t) => `Japanese text not marked lang="ja": "${t}"`);
    })()),
    ...[...document.querySelectorAll('[id]')].map((el) => el.id)
      .filter((id, i, ids) => ids.indexOf(id) !== i).map((id) => `id "${id}" used more than once`),
    ...[...document.querySelectorAll('a[target=_blank]')].filter((a) => !a.querySelector('.visually-hidden'))
      .map((a) => `opens a new tab unsaid: "${a.textContent.trim().slice(0, 30)}"`),
    ...[...document.querySelectorAll('body [title]')].filter((el) => el.tagName !== 'svg' && !el.closest('svg'))
      .map((el) => `hover tooltip: ${el.tagName.toLowerCase()} "${el.getAttribute('title')}"`),
  ]);
}

/**
 * Puts the colour arithmetic both contrast checks use into the page (run in the page, as
 * `window.cloudCheckColours`): what is behind an element (the first ancestor with a
 * background, else the theme's page colour) and WCAG's contrast ratio of two CSS colours.
 */
function installColours() {
  const rgba = (c) => {
    const m = c.match(/[\d.]+/g).map(Number);
    return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1];
  };
  const luminance = (c) => {
    const [r, g, b] = rgba(c).slice(0, 3).map((v) => {
      const x = v / 255;
      return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  window.cloudCheckColours = {
    behind(el) {
      for (let e = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (rgba(c)[3] > 0) return c;
      }
      return matchMedia('(prefers-color-scheme: dark)').matches ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)';
    },
    contrast(a, b) {
      const [la, lb] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (la + 0.05) / (lb + 0.05);
    },
  };
}

/**
 * WCAG 1.4.11, computed from the colours the browser uses: field borders, a radio's or
 * checkbox's accent colour, the chart's bars and the QR code's modules against what is
 * behind them must reach 3:1. (Focus indicators are computed as the focus moves: below.)
 */
async function lowContrast(page) {
  await page.evaluate(installColours);
  return page.evaluate(() => {
    const { behind, contrast } = window.cloudCheckColours;
    const low = [];
    const check = (what, fg, bg) => {
      const ratio = contrast(fg, bg);
      if (ratio < 3) low.push(`${what}: ${ratio.toFixed(2)}:1 (${fg} on ${bg})`);
    };
    for (const el of document.querySelectorAll('input[type=text], input[type=date], textarea, select')) {
      if (!el.checkVisibility()) continue;
      const s = getComputedStyle(el);
      if (Number.parseFloat(s.borderTopWidth) > 0) check(`border of ${el.tagName.toLowerCase()}#${el.id}`, s.borderTopColor, behind(el.parentElement));
    }
    for (const el of document.querySelectorAll('input[type=radio], input[type=checkbox]')) {
      if (!el.checkVisibility()) continue;
      const accent = getComputedStyle(el).accentColor;
      if (accent !== 'auto') check(`accent of ${el.type} ${el.value || el.id}`, accent, behind(el.parentElement));
    }
    // A chart's bar against its track and against the page behind the chart.
    for (const bar of document.querySelectorAll('.chart .fill')) {
      if (bar.getBoundingClientRect().width < 1) continue;
      const fill = getComputedStyle(bar).fill;
      const track = bar.parentElement?.querySelector('.track') ?? bar.closest('svg')?.querySelector('.track');
      if (track) check(`chart bar ${bar.parentElement?.getAttribute('class')} on its track`, fill, getComputedStyle(track).fill);
      check(`chart bar ${bar.parentElement?.getAttribute('class')}`, fill, behind(bar.closest('svg')));
    }
    // The class overview's segments and their key against the page: by their edge where they
    // have one (the pale "no answer" segment), else by their fill.
    for (const seg of document.querySelectorAll('.chart .seg')) {
      if (seg.getBoundingClientRect().width < 1) continue;
      const s = getComputedStyle(seg);
      const edge = s.stroke !== 'none' && Number.parseFloat(s.strokeWidth) > 0 ? s.stroke : s.fill;
      check(`class chart segment ${seg.getAttribute('class')}`, edge, behind(seg.closest('svg')));
    }
    for (const swatch of document.querySelectorAll('.swatch')) {
      if (!swatch.checkVisibility()) continue;
      const s = getComputedStyle(swatch);
      const edge = Number.parseFloat(s.borderTopWidth) > 0 ? s.borderTopColor : s.backgroundColor;
      if (!s.backgroundImage.startsWith('repeating')) check(`key swatch ${swatch.className}`, edge, behind(swatch.parentElement));
    }
    // Text in the charts' SVG (axe cannot read its colours): 4.5:1, as text, against what is
    // behind it: a count inside a segment against the segment, the rest against the chart's
    // background.
    for (const text of document.querySelectorAll('svg text')) {
      if (!text.checkVisibility()) continue;
      const segment = text.parentElement?.querySelector(':scope > .seg');
      const ratio = contrast(getComputedStyle(text).fill, segment ? getComputedStyle(segment).fill : behind(text.closest('svg')));
      if (ratio < 4.5) low.push(`chart text "${text.textContent}": ${ratio.toFixed(2)}:1`);
    }
    for (const qr of document.querySelectorAll('svg.qr')) {
      const dark = qr.querySelector('.qr-dark');
      const light = qr.querySelector('.qr-light');
      if (dark && light) check('QR code modules', getComputedStyle(dark).fill, getComputedStyle(light).fill);
    }
    return low;
  });
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
  for (let n = 1; n <= 15; n++) {
    await page.goto(`${url}#/items/${n}`);
    await waitForHeading(page, `${n}.`);
    if (n === 4 || n === 9) {
      await page.click('.explanation summary');
      yield `item ${n} with its explanation open`;
    } else {
      yield `item ${n}`;
    }
  }
  await page.goto(`${url}#/results`);
  await waitForHeading(page, '');
  yield 'results and action plan';
  await page.emulateMedia({ media: 'print' });
  yield 'the printed report';
  await page.emulateMedia({ media: 'screen' });
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
  await page.goto(`${url}#/rules`);
  await waitForHeading(page, '');
  await page.waitForSelector('.rules-checks');
  yield 'rules draft, with the other check to include';
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
      // So must the computed checks: a faint field border and a tiny button alone are reported.
      await page.evaluate(() => {
        const field = Object.assign(document.createElement('input'), { type: 'text', id: 'planted-field' });
        field.style.border = `1px solid ${getComputedStyle(document.body).backgroundColor}`;
        const tiny = Object.assign(document.createElement('button'), { id: 'planted-button', textContent: 'x' });
        Object.assign(tiny.style, { minWidth: '0', minHeight: '0', width: '10px', height: '10px', padding: '0', position: 'absolute', top: '40px', left: '40px' });
        const beside = Object.assign(document.createElement('button'), { textContent: 'y' });
        Object.assign(beside.style, { minWidth: '0', minHeight: '0', width: '10px', height: '10px', padding: '0', position: 'absolute', top: '40px', left: '52px' });
        document.querySelector('main').append(field, tiny, beside);
      });
      assert.ok((await lowContrast(page)).some((v) => v.includes('planted-field')), 'a faint border is reported');
      assert.ok((await targetSizes(page)).small.some((v) => v.includes('"x" 10×10')), 'a tiny target without spacing is reported');
      await page.evaluate(() => document.querySelector('main').append(Object.assign(document.createElement('span'), { id: 'planted-field' })));
      assert.ok((await unsaid(page)).includes('id "planted-field" used more than once'), 'an id used twice is reported');
      await page.evaluate(() => document.querySelector('main > span#planted-field').remove());
      await page.evaluate(() => { for (const id of ['planted-field', 'planted-button']) document.getElementById(id).remove(); document.querySelector('main > button:last-child').remove(); });
      const failures = [];
      const inline = new Set();
      const titles = new Map();
      for await (const name of screens(page, server.url, lang)) {
        // 2.4.2: each page's own title, in the language shown.
        titles.set(name, await page.title());
        const portrait = await axeRun(page, name);
        failures.push(...portrait.violations.map((v) => `[${name}] ${v}`));
        failures.push(...portrait.unjudged.map((v) => `[${name}] axe could not decide, and nobody has judged: ${v}`));
        failures.push(...(await lowContrast(page)).map((v) => `[${name}] non-text contrast under 3:1: ${v}`));
        failures.push(...(await unsaid(page)).map((v) => `[${name}] ${v}`));
        if (name === 'the printed report') continue; // paper: no targets, no viewport
        // A desktop width as well: axe, the computed contrasts and the targets' spacing.
        await page.setViewportSize(DESKTOP);
        const wide = await axeRun(page, name);
        failures.push(...wide.violations.map((v) => `[${name}, desktop] ${v}`));
        failures.push(...wide.unjudged.map((v) => `[${name}, desktop] axe could not decide, and nobody has judged: ${v}`));
        failures.push(...(await lowContrast(page)).map((v) => `[${name}, desktop] non-text contrast under 3:1: ${v}`));
        failures.push(...(await targetSizes(page)).small.map((v) => `[${name}, desktop] target under 24×24 without spacing (2.5.8): ${v}`));
        await page.setViewportSize(PHONE);
        failures.push(...(await smallTargets(page)).map((v) => `[${name}] target under 44×44: ${v}`));
        const targets = await targetSizes(page);
        failures.push(...targets.small.map((v) => `[${name}] target under 24×24 without spacing (2.5.8): ${v}`));
        for (const link of targets.inline) inline.add(link);
        // A phone turned sideways (1.3.4, 1.4.10).
        await page.setViewportSize({ width: PHONE.height, height: PHONE.width });
        const landscape = await axeRun(page, name);
        failures.push(...landscape.violations.map((v) => `[${name}, landscape] ${v}`));
        failures.push(...landscape.unjudged.map((v) => `[${name}, landscape] axe could not decide, and nobody has judged: ${v}`));
        await noSidewaysScroll(page, `${name} in landscape`);
        await page.setViewportSize({ width: 320, height: 640 });
        await noSidewaysScroll(page, `${name} at 320 px`);
        // And with WCAG's text spacing (1.4.12) at 320 px: nothing cut off, no sideways scroll.
        failures.push(...(await lostUnderTextSpacing(page)).map((v) => `[${name}] cut off under text spacing: ${v}`));
        const spaced = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (spaced > 0) failures.push(`[${name}] scrolls sideways by ${spaced}px with text spacing at 320 px`);
        await withoutTextSpacing(page);
        await page.setViewportSize(PHONE);
      }
      // For the accessibility statement's 2.5.8 row: the inline links, exempt as WCAG allows.
      console.log(`inline links (${lang}, ${scheme}): ${[...inline].sort().join(' · ')}`);
      assert.deepEqual(failures, []);
      // 2.4.2: the tool's screens share the tool's title; trainer.html has one of its own,
      // in the language shown (not the host's, not the participants').
      const tool = lang === 'ja' ? 'クラウドサービス安全利用 セルフチェック' : 'Cloud service safety self-check';
      const trainer = lang === 'ja' ? /^研修で使う方へ｜/ : /^For trainers \| /;
      for (const [name, title] of titles) {
        assert.ok(title.includes(tool), `${name}: "${title}"`);
        assert.equal(trainer.test(title), name.startsWith("trainer's") || name.startsWith('class overview'), `${name}: "${title}"`);
      }
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
  await page.evaluate(installColours);
  await page.evaluate(() => document.activeElement?.blur());
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      // Native radios, checkboxes and file fields show their focus on their visible label.
      const candidates = [el, ...(el.labels ?? []), el.nextElementSibling, el.closest('label')].filter(Boolean);
      const ring = candidates.find((c) => {
        const s = getComputedStyle(c);
        return (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
      });
      // WCAG 1.4.11: the outline against what is behind it, where it is drawn (outside the element).
      let ratio = null;
      if (ring && getComputedStyle(ring).outlineStyle !== 'none') {
        const { behind, contrast } = window.cloudCheckColours;
        ratio = contrast(getComputedStyle(ring).outlineColor, behind(ring.parentElement));
      }
      return { id: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} "${el.textContent.trim().slice(0, 20)}"`, shows: Boolean(ring), ratio };
    });
    if (!seen) break;
    if (!seen.shows) missing.push(seen.id);
    else if (seen.ratio !== null && seen.ratio < 3) missing.push(`${seen.id} (focus outline ${seen.ratio.toFixed(2)}:1, under 3:1)`);
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
    Object.assign(sheet, { wcagTextSpacing: true });
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return [...document.querySelectorAll('body *')].filter((el) => {
    if (el.closest('.visually-hidden, svg') || !el.checkVisibility()) return false;
    const s = getComputedStyle(el);
    const clips = [s.overflowX, s.overflowY].some((o) => o === 'hidden' || o === 'clip');
      return clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    }).map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  });
}

/** Takes WCAG 1.4.12's spacing off again. */
async function withoutTextSpacing(page) {
  await page.evaluate(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !('wcagTextSpacing' in s));
  });
}

for (const [lang, scheme] of [['ja', 'light'], ['ja', 'dark'], ['en', 'light'], ['en', 'dark']]) {
  test(`every control shows where the focus is (3:1 against its background), and text spacing (WCAG 1.4.12) cuts nothing off and fits 320 px, in ${lang}, ${scheme}`, async () => {
    const { page, server } = app;
    await page.emulateMedia({ colorScheme: scheme });
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
    for (const [name, path] of [['start', '#/'], ['overview', '#/items'], ['item 1', '#/items/1'], ['item 4', '#/items/4'],
      ['item 9', '#/items/9'], ['item 15', '#/items/15'], ['results', '#/results'], ['rules draft', '#/rules'], ['my checks', '#/checks'], ['compare', '#/compare'],
      ["trainer's set-up", `trainer.html?lang=${lang}`], ["trainer's QR code", `trainer.html?lang=${lang}#/qr`],
      ["trainer's class overview", `trainer.html?lang=${lang}#/class`]]) {
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

test('answers differ by more than colour (WCAG 1.4.1): a mark of its own in the item links and before each choice, in forced colours too, and not in the names screen readers read', async () => {
  const { page, server } = app;
  for (const [n, answer] of [[1, 'done'], [2, 'partly'], [3, 'not_done'], [5, 'unknown']]) {
    await page.goto(`${server.url}#/items/${n}`);
    await page.check(`input[value=${answer}]`);
  }
  for (const forcedColors of ['none', 'active']) {
    await page.emulateMedia({ forcedColors });
    await page.goto(`${server.url}#/items/6`);
    await waitForHeading(page, '6.');
    const links = await page.$$eval('.item-jump a', (as) => as.map((a) => getComputedStyle(a, '::after').content));
    const shown = [0, 1, 2, 4].map((i) => links[i]);
    assert.ok(shown.every((c) => c !== 'none' && c !== 'normal'), `${forcedColors}: ${shown}`);
    assert.equal(new Set(shown).size, 4, `${forcedColors}: four answers, four marks: ${shown}`);
    assert.ok(['none', 'normal'].includes(links[3]), `${forcedColors}: an open item has none: ${links[3]}`);
    const choices = await page.$$eval('.choice-label', (ls) => ls.map((l) => getComputedStyle(l, '::before').content));
    assert.equal(new Set(choices).size, choices.length, `${forcedColors}: each choice its own mark: ${choices}`);
    // Screen readers read the answer in words, not the mark.
    const named = await page.locator('.item-jump a').first().ariaSnapshot();
    assert.match(named, /確認・対応済み/);
    assert.doesNotMatch(named, /[○△×]/, named);
  }
  await page.emulateMedia({ forcedColors: 'none' });
});

test('nothing locks the orientation (WCAG 1.3.4): the install manifest names none, and every screen is checked in landscape above', async () => {
  const manifest = JSON.parse(await readFile(join(process.env.DIST_DIR, 'manifest.webmanifest'), 'utf8'));
  assert.equal(manifest.orientation, undefined);
  const css = await readFile(new URL('../../assets/style.css', import.meta.url), 'utf8');
  assert.ok(!/orientation\s*:/.test(css), 'no orientation media query in the style sheet');
});
