// Takes screenshots of every screen for people to look at (not a test): phone and desktop
// widths, Japanese and English, light and dark. Usage:
//   DIST_DIR=target/e2e-dist CHROME_PATH=/usr/bin/chromium node e2e/screenshots.mjs [out-dir]
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS } from './lib/browsers.mjs';
import { MIXED, RESULT_CODES } from './lib/fixtures.mjs';
import { serve } from './lib/server.mjs';

const out = process.argv[2] ?? 'target/screenshots';
await mkdir(out, { recursive: true });
const server = await serve(process.env.DIST_DIR);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH,
  args: CHROME_FLAGS,
});
const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 }, narrow: { width: 320, height: 640 } };
const screens = {
  start: '#/',
  overview: '#/items',
  item4: '#/items/4',
  item9open: '#/items/9',
  item15open: '#/items/15',
  results: '#/results',
  checks: '#/checks',
  compare: '#/compare',
};
for (const [wname, viewport] of Object.entries(widths)) {
  for (const lang of ['ja', 'en']) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport, colorScheme: scheme });
      const page = await context.newPage();
      // The language from the address, as a course link gives it (a saved setting would be
      // overridden by the first visit's own).
      const base = `${server.url}?lang=${lang}`;
      for (const [sname, frag] of Object.entries(screens)) {
        await page.goto(base + frag);
        await page.reload();
        if (sname === 'results') {
          await page.goto(`${base}#/`);
          await page.fill('#service-name', lang === 'en' ? 'Accounting software' : '会計ソフト');
          for (const [i, answer] of MIXED.entries()) {
            await page.goto(`${base}#/items/${i + 1}`);
            await page.check(`input[value=${answer}]`);
          }
          await page.goto(base + frag);
        }
        if (sname === 'checks') {
          // A second check, duplicated from the first, with one answer changed.
          await page.click('.check-card button:nth-of-type(3)');
          await page.goto(`${base}#/items/9`);
          await page.check('input[value=done]');
          await page.goto(base + frag);
        }
        await page.waitForSelector('body > .app #screen-heading');
        if (sname === 'item4') await page.click('input[value=partly]');
        if (sname === 'item9open' || sname === 'item15open') await page.click('.explanation summary');
        await page.screenshot({ path: `${out}/${sname}-${wname}-${lang}-${scheme}.png`, fullPage: true });
      }
      await context.close();
    }
  }
}
// The trainer's page: the set-up with a course's link and QR code, the large QR view, the
// class overview with two codes, and its projector view.
for (const [wname, viewport] of Object.entries(widths)) {
  for (const lang of ['ja', 'en']) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport, colorScheme: scheme });
      const page = await context.newPage();
      const shot = (name) => page.screenshot({ path: `${out}/${name}-${wname}-${lang}-${scheme}.png`, fullPage: true });
      await page.goto(`${server.url}trainer.html?lang=${lang}`);
      await page.waitForSelector('body > .app #course-id');
      await page.fill('#course-id', 'course-b');
      await page.waitForSelector('#participant-link');
      await shot('trainer-setup');
      await page.click('a[href="#/qr"]');
      await page.waitForSelector('.qr-link');
      await shot('trainer-qr');
      await page.goto(`${server.url}trainer.html?lang=${lang}#/class`);
      await page.waitForSelector('#class-codes');
      await page.fill('#class-codes', RESULT_CODES.join('\n'));
      await page.click('#class-codes-add');
      await page.waitForSelector('#class-unknown');
      await shot('trainer-class');
      await page.click('.class .check-option input');
      await page.waitForSelector('.class.projector');
      await shot('trainer-projector');
      await context.close();
    }
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
