// How long the results are on a phone, and how far down each part starts (issue 45): the
// owner's check (OWNER in e2e/lib/fixtures.mjs) answered through the item screens, the
// results at 390 × 844 in Chromium, Japanese and English. Geometry, not timing: the same
// build gives the same numbers. Used by bench/bench.mjs; on its own:
//   DIST_DIR=target/bench-dist CHROME_PATH=/usr/bin/chromium node bench/phone-results.mjs
import { chromium } from 'playwright-core';
import { CHROME_FLAGS } from '../e2e/lib/browsers.mjs';
import { OWNER } from '../e2e/lib/fixtures.mjs';
import { serve } from '../e2e/lib/server.mjs';

const SCREEN = { width: 390, height: 844 };
/** The parts of the results an owner looks for, by their headings' ids. */
const PARTS = [
  ['this week', '#week-heading'],
  ['the plan', '#plan-heading'],
  ['the letter', '#letter-heading'],
  ['if something happens now', '#incident-heading'],
  ['the result code', '#code-heading'],
];

/** Rows of [language, page height, then each part's top] in px, for the results at 390 × 844. */
export async function phoneResults(browser, url) {
  const rows = [];
  for (const lang of ['ja', 'en']) {
    const context = await browser.newContext({ viewport: SCREEN });
    const page = await context.newPage();
    const base = `${url}?lang=${lang}`;
    await page.goto(`${base}#/`);
    await page.waitForSelector('body > .app #screen-heading');
    for (const [i, answer] of OWNER.entries()) {
      await page.goto(`${base}#/items/${i + 1}`);
      await page.check(`input[value=${answer}]`);
    }
    await page.goto(`${base}#/results`);
    await page.waitForSelector('body > .app .screen.results #week-heading');
    const at = await page.evaluate((parts) => {
      const top = (sel) => {
        const el = document.querySelector(sel);
        return el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : null;
      };
      return [document.documentElement.scrollHeight, ...parts.map(([, sel]) => top(sel))];
    }, PARTS);
    rows.push([lang, ...at]);
    await context.close();
  }
  return rows;
}

/** The rows as a Markdown table (px, and which phone screen each starts on). */
export function phoneTable(rows) {
  const screen = (px) => (px == null ? '—' : `${px} (screen ${Math.floor(px / SCREEN.height) + 1})`);
  const head = `| language | page height | ${PARTS.map(([name]) => name).join(' | ')} |`;
  const rule = `|---|---:|${PARTS.map(() => '---:').join('|')}|`;
  const body = rows.map(([lang, height, ...tops]) =>
    `| ${lang} | ${height} px (${(height / SCREEN.height).toFixed(1)} screens) | ${tops.map(screen).join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve(process.env.DIST_DIR);
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH, args: CHROME_FLAGS });
  console.log(phoneTable(await phoneResults(browser, server.url)));
  await browser.close();
  await server.close();
}
