// Screenshots for people to look at (not a test) in Firefox and WebKit: phone and desktop
// widths, Japanese and English, light and dark (the `theme` URL setting, as WebDriver cannot
// set the system's colour scheme), of the start screen, items 4, 9 and 15, the results and
// "this week" with the menu of parts, the letter's questions, their score table, the next step
// (the rules draft, SECURITY ACTION), the rules draft's screen, and the print layout's screen. Usage (scripts/test.sh's environment):
//   DIST_DIR=target/e2e-dist ENGINE=webkit node e2e/engines/screenshots.mjs [out-dir]
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MIXED } from '../lib/fixtures.mjs';
import { serve } from '../lib/server.mjs';
import { startEngine } from './lib/engines.mjs';

const engineName = process.env.ENGINE ?? 'webkit';
const out = process.argv[2] ?? `target/screenshots/${engineName}`;
await mkdir(out, { recursive: true });
const server = await serve(process.env.DIST_DIR);
const engine = await startEngine(engineName);
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const screens = { start: '#/', item4: '#/items/4', item9: '#/items/9', item15: '#/items/15', results: '#/results', week: '#/results', letter: '#/results', scores: '#/results', next: '#/results', checks: '#/checks', rules: '#/rules' };
try {
  for (const [size, rect] of Object.entries(sizes)) {
    for (const lang of ['ja', 'en']) {
      for (const theme of ['light', 'dark']) {
        const driver = await engine.session();
        try {
          await driver.manage().window().setRect(rect);
          const base = `${server.url}?lang=${lang}&theme=${theme}`;
          await driver.get(`${base}#/`);
          await driver.wait(() => driver.executeScript(() => !!document.querySelector('body > .app #screen-heading')), 20000);
          for (const [i, answer] of MIXED.entries()) {
            await driver.get(`${base}#/items/${i + 1}`);
            await driver.wait(() => driver.executeScript((n) => document.querySelector('body > .app #screen-heading')?.textContent.startsWith(n), `${i + 1}.`), 20000);
            await driver.executeScript((a) => document.querySelector(`input[value=${a}]`).click(), answer);
          }
          for (const [name, fragment] of Object.entries(screens)) {
            await driver.get(`${base}${fragment}`);
            // The screen itself, not its placeholder while its part of the app comes.
            await driver.wait(() => driver.executeScript(() => !!document.querySelector('body > .app #screen-heading') && !document.querySelector('body > .app .waiting')), 20000);
            if (name === 'item9' || name === 'item15') await driver.executeScript(() => { document.querySelector('.explanation').open = true; });
            const part = { week: '.this-week', letter: '.letter-questions', scores: '.score-table', next: '.next-step' }[name];
            if (part) await driver.executeScript((s) => { document.querySelector(s).scrollIntoView({ behavior: 'instant' }); }, part);
            const png = await driver.takeScreenshot();
            await writeFile(join(out, `${name}-${size}-${lang}-${theme}.png`), png, 'base64');
          }
        } finally {
          await engine.quit(driver);
        }
      }
    }
  }
} finally {
  engine.stop();
  await server.close();
}
console.log(`screenshots in ${out}`);
