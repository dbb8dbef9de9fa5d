// The hosting guide's configs on the real servers (docs/hosting/, docs/hosting.md): nginx,
// Apache httpd and Caddy, each over the release build in a sub-path with its config exactly
// as a web manager copies it (e2e/lib/webservers.mjs). For every file of the build: status,
// MIME type, nosniff, caching, the recommended security headers, and the precompressed copy
// a browser that accepts it gets; then a participant's journey in Chromium through the
// server. And the same servers behind a site-wide CSP header, as a portal sends one: the
// page around the tool keeps it, the tool's folder does not, and the tool works.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS } from '../lib/browsers.mjs';
import { reportViolations, waitForHeading, watch } from '../lib/harness.mjs';
import { PORTAL_CSP, PORTAL_PAGE, SERVER_NAMES, startServer } from '../lib/webservers.mjs';

const DIST = process.env.DIST_DIR;
const CHROME = process.env.CHROME_PATH;
if (!DIST || !CHROME) throw new Error('DIST_DIR and CHROME_PATH must be set (scripts/test.sh sets them)');

/** The type each kind of file must be served as: text with its charset, UTF-8 (docs/hosting.md, 3). */
const TYPES = {
  html: /^text\/html;\s*charset=utf-8$/i,
  js: /^(text|application)\/javascript;\s*charset=utf-8$/i,
  css: /^text\/css;\s*charset=utf-8$/i,
  wasm: /^application\/wasm$/,
  json: /^application\/json;\s*charset=utf-8$/i,
  svg: /^image\/svg\+xml;\s*charset=utf-8$/i,
  png: /^image\/png$/,
  webmanifest: /^application\/manifest\+json;\s*charset=utf-8$/i,
  zip: /^application\/zip$/,
};
/** Named by content: never changes, so cached for a year. */
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css|svg|json)$/;
/** The headers docs/hosting.md recommends for every response of the folder. */
const SECURITY = {
  'content-security-policy': "frame-ancestors 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
};

/** GET with exactly these request headers; the body as sent (never decompressed). */
const get = (url, headers = {}) =>
  new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });

const files = (await readdir(DIST)).filter((f) => !/\.(br|gz)$/.test(f)).sort();

for (const name of SERVER_NAMES) {
  describe(name, () => {
    /** @type {Awaited<ReturnType<typeof startServer>>} */
    let server;
    before(async () => {
      server = await startServer(name, DIST);
    });
    after(async () => server?.close());

    test(`${name}: every file of the build with its type, caching, security headers and precompressed copy`, async () => {
      assert.deepEqual(await wrongFiles(server.url), [], (await server.log()).slice(-2000));
    });

    test(`${name}: a participant answers and reads the results, with no console error and no policy violation`, async () => {
      await journey(server.url);
    });
  });
}

/**
 * What is wrong with the build's files as the server at `url` sends them: status, type,
 * body, caching, the security headers, and the precompressed copy a browser that accepts
 * it gets. Empty when all is right.
 * @param {string} url
 */
async function wrongFiles(url) {
  const wrong = [];
  for (const file of [...files, '']) {
    const shown = file || '(the folder)';
    const extension = (file || 'index.html').split('.').pop();
    const plain = await get(url + file, { 'accept-encoding': 'identity' });
    if (plain.status !== 200) {
      wrong.push(`${shown}: status ${plain.status}`);
      continue;
    }
    const type = plain.headers['content-type'] ?? '';
    if (!TYPES[extension]?.test(type)) wrong.push(`${shown}: type ${type}`);
    const ondisk = await readFile(join(DIST, file || 'index.html'));
    if (!plain.body.equals(ondisk)) wrong.push(`${shown}: uncompressed body is not the file`);
    const caching = plain.headers['cache-control'] ?? '';
    const wanted = HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (caching !== wanted) wrong.push(`${shown}: cache-control "${caching}", not "${wanted}"`);
    for (const [header, value] of Object.entries(SECURITY)) {
      if (plain.headers[header] !== value) wrong.push(`${shown}: ${header} "${plain.headers[header]}"`);
    }
    // The build's own copy, as it is, to a browser that accepts it.
    for (const [encoding, accept] of [['br', 'gzip, deflate, br'], ['gzip', 'gzip, deflate']]) {
      const copy = await readFile(join(DIST, `${file || 'index.html'}.${encoding === 'br' ? 'br' : 'gz'}`)).catch(() => null);
      if (!copy) continue;
      const sent = await get(url + file, { 'accept-encoding': accept });
      if (sent.headers['content-encoding'] !== encoding) {
        wrong.push(`${shown}: asked ${accept}, got ${sent.headers['content-encoding'] ?? 'no encoding'}`);
      } else if (!sent.body.equals(copy)) {
        wrong.push(`${shown}: ${encoding} body is not the build's .${encoding === 'br' ? 'br' : 'gz'} copy`);
      }
      if (!TYPES[extension]?.test(sent.headers['content-type'] ?? '')) wrong.push(`${shown} (${encoding}): type ${sent.headers['content-type']}`);
      if (!/accept-encoding/i.test(sent.headers.vary ?? '')) wrong.push(`${shown} (${encoding}): no Vary: Accept-Encoding`);
    }
    // A browser that refuses Brotli (`br;q=0`) is not sent it.
    const refusing = await get(url + file, { 'accept-encoding': 'br;q=0, gzip' });
    if (refusing.headers['content-encoding'] === 'br') wrong.push(`${shown}: asked br;q=0, gzip, got br`);
  }
  return wrong;
}

describe('behind a site-wide CSP header', () => {
  for (const name of SERVER_NAMES) {
    test(`${name}: the portal's pages keep its policy, the tool's folder has its own, and the tool works`, async () => {
      const server = await startServer(name, DIST, { portalCsp: PORTAL_CSP });
      try {
        const portal = await get(server.origin + PORTAL_PAGE);
        assert.equal(portal.headers['content-security-policy'], PORTAL_CSP);
        const tool = await get(server.url);
        assert.equal(tool.headers['content-security-policy'], SECURITY['content-security-policy']);
        await journey(server.url);
      } finally {
        await server.close();
      }
    });
  }
});

// The routes the guide also covers, each as a web manager follows it (docs/hosting.md, 4
// and 5): shared hosting with only a .htaccess; a portal policy set in <Location "/">,
// with `Header always set` and with `Header set`; Caddy's deferred site header; Apache at
// another sub-path, changed where the guide says; Apache in an origin's own <VirtualHost>.
describe('the other routes of the guide', () => {
  /** Starts the server, checks every file and the policy, walks the journey, stops it. */
  const route = async (name, options, portal = false) => {
    const server = await startServer(name, DIST, options);
    try {
      assert.deepEqual(await wrongFiles(server.url), [], (await server.log()).slice(-2000));
      if (portal) {
        assert.equal((await get(server.origin + PORTAL_PAGE)).headers['content-security-policy'], PORTAL_CSP, 'the portal keeps its policy');
      }
      await journey(server.url);
    } finally {
      await server.close();
    }
  };
  test('apache: only a .htaccess in the folder, with the AllowOverride line the guide asks for', () => route('apache', { htaccess: true }));
  for (const portalLocation of /** @type {const} */ (['always', 'onsuccess'])) {
    test(`apache: a portal policy in <Location "/"> with ${portalLocation === 'always' ? 'Header always set' : 'Header set'}`, () =>
      route('apache', { portalCsp: PORTAL_CSP, portalLocation }, true));
  }
  test("caddy: a portal's deferred site header, kept off the tool's folder", () => route('caddy', { portalCsp: PORTAL_CSP, portalDefer: true }, true));
  test('apache: at another sub-path, with the one line the guide names changed', () => route('apache', { toolPath: '/learning/check/' }));
  test('apache: included in the <VirtualHost> of an origin of its own', () => route('apache', { vhost: true }));
  test('apache: a portal policy in <Location "/"> of its <VirtualHost>, the tool included after it there', () =>
    route('apache', { vhost: true, portalCsp: PORTAL_CSP, portalLocation: 'always' }, true));
});

/**
 * Start → item 1 answered → results, in Chromium, through the server at `url`; fails on any
 * console error, CSP violation, uncaught exception or request to another origin, and checks
 * the offline copy is installed.
 * @param {string} url
 */
async function journey(url) {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ja-JP' });
    await reportViolations(context);
    const page = await context.newPage();
    const seen = { server: { origin: new URL(url).origin }, foreign: [], problems: [] };
    watch(seen, page);
    await page.goto(url);
    await waitForHeading(page, 'そのクラウドサービス');
    await page.click('.start .button.primary');
    await page.waitForSelector('input[type=radio]');
    await page.check('input[value=done]');
    await page.waitForSelector('.saved');
    await page.goto(`${url}#/results`);
    await page.waitForFunction(() => document.querySelector('#screen-heading')?.textContent.includes('結果'));
    const worker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
    assert.equal(worker, `${url}sw.js`);
    assert.deepEqual([...seen.foreign, ...seen.problems], []);
    await context.close();
  } finally {
    await browser.close();
  }
}

