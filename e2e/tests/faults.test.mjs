// Faults a real deployment meets: course pages we did not plan for (an element added after
// embed.js ran, a typo, the tool on another origin), two editors of one check on one page,
// data from another version of the tool, leaving while nothing can be saved, and a file
// dropped beside the drop zone. Each ends with nothing lost and the host page untouched. (A
// part of the app the network does not deliver: e2e/engines/parts.test.mjs, in each engine.)
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { exportFile, keys, NEWER_FORMAT } from '../lib/fixtures.mjs';
import { useApp, waitForHeading } from '../lib/harness.mjs';
import { serve } from '../lib/server.mjs';

const html = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}<title>Course</title></head><body>${body}</body></html>`;
const page = (body, head) => ({ type: 'text/html; charset=utf-8', body: html(body, head) });
const EMBED = '<script type="module" src="/sub/app/embed.js"></script>';

// The tool's files carry the CORS header README.md documents for embedding from another
// origin (a same-origin page ignores it).
const CORS = { 'access-control-allow-origin': '*' };
const app = useApp({
  extra: {
    '/lms/later.html': page(`<h1>Unit 3</h1><main id="content"></main>${EMBED}`),
    '/lms/pair.html': page(`<div id="first" data-cloud-check data-namespace="unit"></div><div id="second" data-cloud-check data-namespace="unit"></div>${EMBED}`),
    '/lms/blank.html': page('<p>blank</p>'),
  },
  server: { headers: (path) => (/\.(js|wasm|css)$/.test(path) ? CORS : {}) },
});

/** One check stored in `prefix`'s area, as the tool stores it. */
function seed(prefix, id, formatVersion = 1) {
  const at = '2026-11-23T09:00:00.000Z';
  const record = exportFile([{ id, name: '会計ソフト', created: at, updated: at }], { formatVersion, exportedAt: at });
  return [[`${prefix}assessment:${id}`, record], [`${prefix}settings`, JSON.stringify({ lang: 'ja', current: id })]];
}

async function store(p, server, entries) {
  await p.goto(`${server.origin}/lms/blank.html`);
  await p.evaluate((e) => {
    for (const [k, v] of e) localStorage.setItem(k, v);
  }, entries);
}

test('embed.js on a page whose element comes later: the host page is untouched until then', async () => {
  const { page: p, server } = app;
  // The app has loaded and looked for its element when it says it found none.
  const warned = p.waitForEvent('console', (m) => m.type() === 'warning' && m.text().includes('no [data-cloud-check] element'));
  await p.goto(`${server.origin}/lms/later.html#section-2`);
  await warned;
  // Nothing taken over: no app in the page, the host's title, language and address as they were.
  assert.equal(await p.locator('.app').count(), 0);
  assert.deepEqual(await p.evaluate(() => [document.title, document.documentElement.lang, location.hash]), ['Course', 'en', '#section-2']);
  // The LMS renders its content: the app appears in the element.
  await p.evaluate(() => document.getElementById('content').insertAdjacentHTML('beforeend', '<div id="late" data-cloud-check data-lang="en"></div>'));
  await p.locator('#late #screen-heading', { hasText: 'Are you using your cloud service safely?' }).waitFor();
  assert.deepEqual(await p.evaluate(() => [document.title, location.hash]), ['Course', '#section-2']);
});

test('two embeds editing one check on one page keep both answers', async () => {
  const { page: p, server } = app;
  await store(p, server, seed(keys('unit').prefix, 'shared1'));
  await p.goto(`${server.origin}/lms/pair.html`);
  const [a, b] = [p.locator('#first'), p.locator('#second')];
  for (const embed of [a, b]) await embed.locator('a.primary[href="#/items/1"]').click();
  await a.locator('input[value=done]').check();
  await b.locator('a[rel=next]').click();
  await b.locator('#screen-heading', { hasText: '2.' }).waitFor();
  await b.locator('input[value=partly]').check();
  // Each embed shows both answers, and storage holds both.
  for (const embed of [a, b]) await embed.locator('.progress-text', { hasText: '回答済み2/15' }).waitFor();
  const stored = JSON.parse(await p.evaluate((key) => localStorage.getItem(key), `${keys('unit').assessment}shared1`));
  assert.deepEqual(Object.fromEntries(Object.entries(stored.assessments[0].answers).map(([k, v]) => [k, v.answer])),
    { purpose: 'done', 'service-type': 'partly' });
});

test('a check saved by a newer version is left in place, named, and can be saved as a file', async () => {
  const { page: p, server } = app;
  const [[key, value]] = seed(keys().prefix, `fromv${NEWER_FORMAT}`, NEWER_FORMAT);
  await store(p, server, [[key, value]]);
  await p.goto(server.url);
  await waitForHeading(p, '');
  assert.match(await p.textContent('.banner.notice'), /別のバージョンのツールが保存したチェック（1件）/);
  assert.equal(await p.evaluate((k) => localStorage.getItem(k), key), value, 'untouched');
  assert.equal(await p.evaluate(() => Object.keys(localStorage).some((k) => k.includes(':corrupt:'))), false, 'not set aside as corrupt');
  await p.goto(`${server.url}#/checks`);
  await waitForHeading(p, '');
  const row = p.locator('.key-list li', { hasText: key });
  const [download] = await Promise.all([p.waitForEvent('download'), row.locator('button.save-key').click()]);
  assert.equal(await readFile(await download.path(), 'utf8'), value);
});

test('with storage refused, leaving asks first; a file dropped beside the drop zone keeps the page', async () => {
  const { page: p, server, context } = app;
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await p.goto(`${server.url}#/items/3`);
  await waitForHeading(p, '3.');
  await p.check('input[value=done]');
  await p.locator('.banner.warning').waitFor();
  const asked = p.waitForEvent('dialog', { timeout: 10000 });
  await p.close({ runBeforeUnload: true });
  const dialog = await asked;
  assert.equal(dialog.type(), 'beforeunload');
  await dialog.dismiss();
  assert.equal(p.isClosed(), false, 'the user can stay and export');

  const prevented = await p.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{}'], 'check.json', { type: 'application/json' }));
    const drop = new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
    document.querySelector('main').dispatchEvent(drop);
    return drop.defaultPrevented;
  });
  assert.equal(prevented, true, 'the browser does not open the file in place of the app');
});

// The element embed from another origin, with the headers and host CSP that README.md gives.
test('an element embed from another origin works with the documented headers', async () => {
  const { page: p, server } = app;
  const tool = server.origin;
  const csp = `default-src 'self'; script-src 'self' ${tool} 'wasm-unsafe-eval'; style-src 'self' ${tool}; connect-src 'self' ${tool}; img-src 'self' ${tool}`;
  const host = await serve(process.env.DIST_DIR, '/nothing/', {
    '/course.html': page(`<div id="unit-1" data-cloud-check data-lang="ja"><a href="${tool}/sub/app/">セルフチェック</a></div><script type="module" src="${tool}/sub/app/embed.js"></script>`,
      `<meta http-equiv="Content-Security-Policy" content="${csp}">`),
  });
  try {
    await p.goto(`${host.origin}/course.html`);
    await p.locator('#unit-1 #screen-heading', { hasText: 'そのクラウドサービス、安全に使えていますか？' }).waitFor();
    await p.locator('#unit-1 a.primary[href="#/items/1"]').click();
    await p.locator('#unit-1 input[value=done]').check();
    await p.locator('#unit-1 .progress-text', { hasText: '回答済み1/15' }).waitFor();
    // The snippet's fallback link goes once the tool has the element.
    assert.equal(await p.isVisible('#unit-1 > a'), false, 'the fallback link is gone');
    // The host's own origin is where the page lives; nothing else was asked of it.
    app.foreign = app.foreign.filter((url) => !url.startsWith(`${host.origin}/`));
    assert.deepEqual(host.requests.map((r) => r.path), ['/course.html']);
  } finally {
    await host.close();
  }
});

test('an element embed from a site that does not allow it leaves the snippet\'s link to the tool, not a blank', async () => {
  const { page: p } = app;
  // The same files without the CORS header: the browser refuses embed.js.
  const bare = await serve(process.env.DIST_DIR);
  const host = await serve(process.env.DIST_DIR, '/nothing/', {
    '/course.html': page(`<div id="unit-1" data-cloud-check data-lang="ja"><a href="${bare.url}">クラウドサービス安全利用 セルフチェック</a></div><script type="module" src="${bare.url}embed.js"></script>`),
  });
  try {
    await p.goto(`${host.origin}/course.html`);
    await p.waitForLoadState('networkidle');
    assert.equal(await p.isVisible('#unit-1 > a'), true, 'the link stays');
    assert.equal(await p.getAttribute('#unit-1 > a', 'href'), bare.url);
    assert.equal(await p.evaluate(() => document.getElementById('unit-1').shadowRoot), null, 'the tool never took the element');
    app.foreign = app.foreign.filter((url) => !url.startsWith(`${host.origin}/`) && !url.startsWith(`${bare.origin}/`));
    // The browser's refusal, in the console (the only clue before this link).
    const refused = app.problems.filter((p) => /CORS|Access-Control|embed\.js|Failed to load resource: net::ERR_FAILED/.test(p));
    assert.ok(refused.length > 0, app.problems.join('\n'));
    app.problems = app.problems.filter((p) => !refused.includes(p));
  } finally {
    await host.close();
    await bare.close();
  }
});

test('a file the browser cannot read is reported as unreadable, not as empty', async () => {
  const { page: p, server } = app;
  await p.goto(`${server.url}#/checks`);
  await waitForHeading(p, 'チェックの一覧');
  await p.evaluate(() => {
    // As when the file was moved or locked after it was chosen.
    Blob.prototype.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
    const data = new DataTransfer();
    data.items.add(new File(['{"format":"ipa-cloud-check"}'], 'moved.json', { type: 'application/json' }));
    document.querySelector('.import .drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  const error = p.locator('.import-error');
  await error.waitFor();
  assert.match(await error.textContent(), /moved\.json.*ファイルを読み込めませんでした/s);
});
