// Shared set-up for every scenario: the release build served from a sub-path, the system's
// headless Chromium, and the checks that apply to every page: no request to any other
// origin, no request outside the app's own folder, no console error, no uncaught exception.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS } from './browsers.mjs';
import { APP_HEADING, DESKTOP, headingStarts, MOUNT, outsideRequests, PHONE } from './common.mjs';
import { names } from './fixtures.mjs';
import { serve } from './server.mjs';

export { APP_HEADING, DESKTOP, MOUNT, PHONE };

const DIST = process.env.DIST_DIR;
const CHROME = process.env.CHROME_PATH;
if (!DIST || !CHROME) throw new Error('DIST_DIR and CHROME_PATH must be set (scripts/test.sh sets them)');


/**
 * Registers hooks that give each test a fresh browser context and page. Returns an object
 * whose fields (server, page, context, foreign, problems) are filled in before each test.
 */
export function useApp({ viewport = PHONE, extra = {}, server = {}, root = DIST, mount = MOUNT } = {}) {
  const env = {};
  let browser;
  before(async () => {
    env.server = await serve(await root, mount, extra, server);
    browser = await chromium.launch({
      executablePath: CHROME,
      args: CHROME_FLAGS,
    });
  });
  after(async () => {
    await browser?.close();
    await env.server?.close();
  });
  beforeEach(async () => {
    env.server.requests.length = 0;
    env.foreign = [];
    env.problems = [];
    env.context = await browser.newContext({ viewport, locale: 'ja-JP' });
    await reportViolations(env.context);
    env.page = await env.context.newPage();
    watch(env, env.page);
  });
  afterEach(async () => {
    await env.context?.close();
    assert.deepEqual(env.foreign, [], 'requests to another origin');
    assert.deepEqual(env.problems, [], 'console errors or uncaught exceptions');
    assert.deepEqual(outsideRequests(env.server, extra), [], "requests outside the app's folder");
  });
  return env;
}

/**
 * Makes every page of `context` report CSP violations as console errors, which `watch`
 * records and the tests fail on.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function reportViolations(context) {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
}

/** Records foreign requests and console problems of a page into env. */
export function watch(env, page) {
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== env.server.origin) env.foreign.push(req.url());
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') env.problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => env.problems.push(`exception: ${err.message}`));
}


/**
 * Waits until the app (not the prerendered start screen in index.html) is up and its screen's
 * main heading (the one focused on navigation) starts with text.
 */
export async function waitForHeading(page, start) {
  await page.waitForFunction(headingStarts, { prerendered: names().prerenderedId, selector: APP_HEADING, start });
}

/**
 * Presses Tab (or `key`, e.g. 'Shift+Tab') until `predicate(arg)`, evaluated in the page,
 * is true (it reads document.activeElement itself), as a keyboard user would; fails after
 * `limit` presses.
 */
export async function tabUntil(page, predicate, arg = null, limit = 40, key = 'Tab') {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate(predicate, arg)) return;
  }
  throw new Error(`focus never reached the element after ${limit} Tab presses`);
}
