// Set-up for the cross-engine journeys: the release build served from a sub-path, one
// engine (ENGINE) driven over WebDriver with a fresh browser per test, and the checks that
// apply to every page in every engine: no request to another origin or outside the app's
// folder, no console error, no uncaught exception or unhandled rejection, no CSP violation.
//
// WebDriver (unlike Playwright's Chromium protocol) cannot listen to a page's console or
// network, so the test server writes a small probe into each app page, ahead of the page's
// own policy, that records those problems in sessionStorage (it survives reloads); the
// server's own log catches requests outside the app's folder.
import assert from 'node:assert/strict';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach } from 'node:test';
import { By, Key, until } from 'selenium-webdriver';
import { APP_HEADING, DESKTOP, headingStarts, MOUNT, outsideRequests, PHONE } from '../../lib/common.mjs';
import { names } from '../../lib/fixtures.mjs';
import { serve } from '../../lib/server.mjs';
import { startEngine } from './engines.mjs';

export { APP_HEADING, DESKTOP, MOUNT, PHONE };

const DIST = process.env.DIST_DIR;
if (!DIST) throw new Error('DIST_DIR must be set (scripts/test.sh sets it)');
export const ENGINE = process.env.ENGINE ?? 'chromium';
export { By, Key };

const PROBE_KEY = '__cloudCheckProbe';

/** Runs first in every app page (and in the host pages the tests write), keeping what goes wrong under `key`. */
function probe(key) {
  const record = (what) => {
    const line = `${location.pathname}: ${what}`;
    try {
      const list = JSON.parse(sessionStorage.getItem(key) || '[]');
      list.push(line);
      sessionStorage.setItem(key, JSON.stringify(list));
    } catch (_) {
      window[key] = window[key] || [];
      window[key].push(line);
    }
  };
  addEventListener('error', (e) => {
    if (e.target && e.target !== window) record(`failed to load ${e.target.src || e.target.href || e.target.tagName}`);
    else record(`exception: ${e.message}`);
  }, true);
  addEventListener('unhandledrejection', (e) => record(`unhandled rejection: ${e.reason?.message || e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => record(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
  const error = console.error;
  console.error = function (...args) {
    record(`console: ${args.join(' ')}`);
    return error.apply(this, args);
  };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const url = new URL(entry.name, location.href);
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== location.origin) record(`request to another origin: ${entry.name}`);
      }
    }).observe({ type: 'resource', buffered: true });
  } catch (_) {
    record('no PerformanceObserver');
  }
}

/** The probe as the script a page carries. */
export const PROBE = `(${probe})(${JSON.stringify(PROBE_KEY)});`;

/** What the probe recorded in the current top-level page and its same-origin frames. */
export async function problems(driver) {
  return driver.executeScript((key) => {
    let list = [];
    try {
      list = JSON.parse(sessionStorage.getItem(key) || '[]');
    } catch (_) {}
    return list.concat(window[key] || []);
  }, PROBE_KEY);
}

/**
 * Registers hooks that give each test a fresh browser of ENGINE. Returns an object whose
 * fields (server, driver, engine, downloads) are filled in before each test.
 */
export function useEngine({ viewport = PHONE, extra = {}, server = {}, root = DIST, mount = MOUNT } = {}) {
  const env = {};
  before(async () => {
    env.server = await serve(await root, mount, extra, { ...server, probe: PROBE });
    env.engine = await startEngine(ENGINE);
    env.downloads = env.engine.downloads;
  });
  after(async () => {
    env.engine?.stop();
    await env.server?.close();
  });
  beforeEach(async () => {
    env.server.requests.length = 0;
    await clearDownloads(env.downloads);
    env.driver = await env.engine.session();
    await env.driver.manage().window().setRect(viewport);
  });
  afterEach(async () => {
    let recorded = [];
    try {
      recorded = await problems(env.driver);
    } finally {
      if (env.driver) await env.engine.quit(env.driver);
    }
    assert.deepEqual(recorded, [], 'console errors, exceptions, CSP violations or foreign requests');
    assert.deepEqual(outsideRequests(env.server, extra), [], "requests outside the app's folder");
  });
  return env;
}

/** Removes this app's files from the download folder. */
async function clearDownloads(dir) {
  const names = await readdir(dir).catch(() => []);
  await Promise.all(names.filter((n) => n.startsWith('cloud-check')).map((n) => rm(join(dir, n), { force: true })));
}

const WAIT = 20000;

/** Waits until `fn`, run in the page with `args`, returns something truthy; resolves to that. */
export async function waitInPage(driver, fn, args = [], message = String(fn)) {
  assert.equal(typeof fn, 'function', 'a page program is a function (Biome reads it)');
  return driver.wait(async () => driver.executeScript(fn, ...args), WAIT, `timed out waiting for: ${message}`);
}

/** Waits until `fn`, run in the page with `args`, returns `want` (compared as JSON). */
export async function waitUntilEquals(driver, fn, args, want) {
  let last;
  const same = async () => {
    last = await driver.executeScript(fn, ...args);
    return JSON.stringify(last) === JSON.stringify(want);
  };
  try {
    await driver.wait(same, WAIT);
  } catch {
    throw new Error(`timed out waiting for ${fn.name}(${args.map((a) => JSON.stringify(a)).join(', ')}) to be ${JSON.stringify(want)}; last ${JSON.stringify(last)}`);
  }
}

/** The checked choice of an item. */
export const CHECKED = 'input[type=radio]:checked';

// Programs run in the page, for an app in the document (`host` null) or in an element
// embed's shadow root (`host`: the selector of the element that carries it).
/** The element matching `selector`, or null. */
export const findIn = (host, selector) => (host ? document.querySelector(host)?.shadowRoot : document)?.querySelector(selector) ?? null;
/** The text of the element matching `selector`, or null. */
export const textIn = (host, selector) => (host ? document.querySelector(host)?.shadowRoot : document)?.querySelector(selector)?.textContent ?? null;
/** The value of the element matching `selector` (the checked choice: 'input[type=radio]:checked'), or null. */
export const valueIn = (host, selector) => (host ? document.querySelector(host)?.shadowRoot : document)?.querySelector(selector)?.value ?? null;
/** Whether the screen's heading starts with `start` (the screen's own, not its placeholder's
 * while its part of the app comes). */
export const headingIn = (host, start) => {
  const heading = (host ? document.querySelector(host)?.shadowRoot : document)?.querySelector('#screen-heading');
  return !heading?.closest('.waiting') && (heading?.textContent.trim().startsWith(start) ?? false);
};
/** How many elements match `selector`. */
export const countIn = (host, selector) => (host ? document.querySelector(host)?.shadowRoot : document)?.querySelectorAll(selector).length ?? 0;

/** Waits until the app is up and its main heading starts with `start`. */
export async function waitForHeading(driver, start) {
  try {
    await waitInPage(driver, headingStarts, [{ prerendered: names().prerenderedId, selector: APP_HEADING, start }], `heading "${start}"`);
  } catch (e) {
    const seen = await driver.executeScript(
      (selector) => `${location.href} shows "${(document.querySelector(selector) || document.querySelector('h1') || document.body).textContent.trim().slice(0, 80)}"`,
      APP_HEADING,
    );
    throw new Error(`${e.message}; ${seen}`);
  }
}

/** Text of the first element matching `selector`, once it exists. */
export async function text(driver, selector) {
  const el = await driver.wait(until.elementLocated(By.css(selector)), WAIT, `no ${selector}`);
  return (await el.getText()).trim();
}

/** Clicks the first element matching `selector` once it exists, scrolled to the middle. */
export async function click(driver, selector) {
  await clickElement(driver, await driver.wait(until.elementLocated(By.css(selector)), WAIT, `no ${selector}`));
}

/** Clicks `el` after scrolling it to the middle of the viewport (an element found in an embed's root). */
export async function clickElement(driver, el) {
  await driver.executeScript((e) => e.scrollIntoView({ block: 'center' }), el);
  await el.click();
}

/** Clicks the button whose text is `label` (inside `within`, a CSS selector, if given). */
export async function button(driver, label, within = 'body') {
  const el = await driver.wait(
    async () => driver.executeScript((w, l) => [...document.querySelectorAll(`${w} button`)].find((b) => b.textContent.trim() === l), within, label),
    WAIT,
    `no button "${label}"`,
  );
  await clickElement(driver, el);
}

/** Presses keys (selenium Key values or text) as a keyboard user would. */
export async function press(driver, ...keys) {
  await driver.actions().sendKeys(...keys).perform();
}

/** Presses Tab (or Shift+Tab) until `predicate`, run in the page (it reads document.activeElement itself), holds. */
export async function tabUntil(driver, predicate, { limit = 40, back = false } = {}) {
  for (let i = 0; i < limit; i++) {
    if (back) await driver.actions().keyDown(Key.SHIFT).sendKeys(Key.TAB).keyUp(Key.SHIFT).perform();
    else await press(driver, Key.TAB);
    if (await driver.executeScript(predicate)) return;
  }
  throw new Error(`focus never reached ${predicate} after ${limit} presses`);
}

/**
 * Waits for a finished download whose name matches `pattern`; resolves to { name, text }.
 * Engines write under a temporary name first (.part, .crdownload), and Firefox leaves an
 * empty placeholder under the final name until it is done.
 */
export async function downloaded(dir, pattern) {
  for (let i = 0; i < 200; i++) {
    const names = await readdir(dir).catch(() => []);
    const name = names.find((n) => pattern.test(n));
    const partial = names.some((n) => /\.(part|crdownload|download)$/.test(n));
    if (name && !partial) {
      const body = await readFile(join(dir, name), 'utf8');
      if (body.length > 0) return { name, text: body };
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // polling the file system
  }
  throw new Error(`no finished download matching ${pattern} in ${dir}`);
}

/**
 * A PNG (pngjs image) of what the element matching `selector` looks like on screen: the
 * viewport's screenshot cut to the element's box (WebKitGTK's element screenshots come
 * back empty, so every engine goes this one way).
 */
export async function screenshotOf(driver, selector) {
  const { PNG } = await import('pngjs');
  // Scrolled at once (never smoothly), then measured after two frames: the screenshot must
  // show the element where the box says (WebKit sometimes captured the frame before).
  const box = await driver.executeAsyncScript((s, done) => {
    const el = document.querySelector(s);
    el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const r = el.getBoundingClientRect();
      done({ x: r.x, y: r.y, width: r.width, height: r.height, scale: devicePixelRatio });
    }));
  }, selector);
  const page = PNG.sync.read(Buffer.from(await driver.takeScreenshot(), 'base64'));
  const [x, y] = [Math.max(0, Math.floor(box.x * box.scale)), Math.max(0, Math.floor(box.y * box.scale))];
  const width = Math.min(Math.ceil(box.width * box.scale), page.width - x);
  const height = Math.min(Math.ceil(box.height * box.scale), page.height - y);
  const out = new PNG({ width, height });
  PNG.bitblt(page, out, x, y, width, height, 0, 0);
  return out;
}

/**
 * The walk an owner takes to look over their answers (issue #31): from the start screen of
 * the app in `host` (null: the page's own app; or an element embed's host), answers every
 * item with `answers` (one answer key per item, IPA's order) moving on with 次の項目, then goes
 * back to item 1 by the item list under the item and walks forward with 次の項目 and backward
 * with 前の項目, reading the checked choice on every item. Resolves to
 * { forward, backward }: the checked answer key (or null) per item, in item order.
 */
export async function walkItems(driver, answers, host = null) {
  const follow = async (selector) => clickElement(driver, await driver.executeScript(findIn, host, selector));
  const checked = () => driver.executeScript(valueIn, host, CHECKED);
  const onItem = (n) => waitInPage(driver, headingIn, [host, `${n}.`], `item ${n}`);
  const last = answers.length;

  await follow('a[href="#/items/1"]');
  for (let n = 1; n <= last; n++) {
    await onItem(n);
    await follow(`input[value=${answers[n - 1]}]`);
    await waitUntilEquals(driver, valueIn, [host, CHECKED], answers[n - 1]);
    if (n < last) await follow('a[rel=next]');
  }

  await follow('.item-jump a[href="#/items/1"]');
  const forward = [];
  for (let n = 1; n <= last; n++) {
    await onItem(n);
    forward.push(await checked());
    if (n < last) await follow('a[rel=next]');
  }
  const backward = [];
  for (let n = last; n >= 1; n--) {
    await onItem(n);
    backward.unshift(await checked());
    if (n > 1) await follow('a[rel=prev]');
  }
  return { forward, backward };
}
