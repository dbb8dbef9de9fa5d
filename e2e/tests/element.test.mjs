// Mounting into elements of a host page (no iframe), as an LMS page would: two embeds, each
// in its own shadow root, with their own settings and data; the host page's styles and
// address bar stay the host's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp } from '../lib/harness.mjs';

const HOST = '/lms/unit-2.html';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Unit 2</title>
<style>body { font-family: serif; background: rgb(255, 250, 240); margin: 24px; } h1 { color: rgb(128, 0, 0); }</style></head>
<body><h1>Unit 2: cloud services</h1>
<div id="group-a" data-cloud-check data-lang="en" data-compact="1"></div>
<div id="group-b" data-cloud-check data-lang="ja"></div>
<script type="module" src="/sub/app/embed.js"></script></body></html>`;

const app = useApp({ extra: { [HOST]: { type: 'text/html; charset=utf-8', body: PAGE } } });

test('two elements of a host page each get their own app, data and screens', async () => {
  const { page, server } = app;
  await page.goto(server.origin + HOST);
  const a = page.locator('#group-a');
  const b = page.locator('#group-b');
  await a.locator('#screen-heading', { hasText: 'Are you using your cloud service safely?' }).waitFor();
  await b.locator('#screen-heading', { hasText: 'そのクラウドサービス、安全に使えていますか？' }).waitFor();
  assert.equal(await a.locator('.app-title').isVisible(), false, 'data-compact');

  // The host page keeps its own look, language and address.
  const host = await page.evaluate(() => ({
    bg: getComputedStyle(document.body).backgroundColor,
    font: getComputedStyle(document.body).fontFamily,
    h1: getComputedStyle(document.querySelector('h1')).color,
    lang: document.documentElement.lang,
    title: document.title,
  }));
  assert.deepEqual(host, { bg: 'rgb(255, 250, 240)', font: 'serif', h1: 'rgb(128, 0, 0)', lang: 'en', title: 'Unit 2' });

  // Links between screens work inside the element without touching the host's URL.
  await a.locator('a[href="#/items"]').first().click();
  await a.locator('#screen-heading', { hasText: 'All checklist items' }).waitFor();
  await a.locator('a[href="#/items/1"]').click();
  await a.locator('#screen-heading', { hasText: '1.' }).waitFor();
  await a.locator('input[value=done]').check();
  await a.locator('.progress-text', { hasText: '1 of 15 answered' }).waitFor();
  assert.equal(new URL(page.url()).hash, '', 'the host page URL is untouched');
  assert.equal(await b.locator('#screen-heading').textContent(), 'そのクラウドサービス、安全に使えていますか？', 'the other embed stays put');

  // Each element keeps its own data (namespaced by the element's id).
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.some((k) => k.startsWith('ipa-cloud-check:ns:group-a:v1:assessment:')), keys.join(', '));
  assert.ok(!keys.some((k) => k.includes(':group-b:') && k.includes('assessment')), keys.join(', '));
  // The second embed starts its own check: nothing from the first shows up in it.
  await b.locator('a.primary[href="#/items/1"]').click();
  await b.locator('#screen-heading', { hasText: '1. どの業務で利用するか明確にする' }).waitFor();
  assert.equal(await b.locator('input:checked').count(), 0);
  assert.equal(await b.locator('.progress-text').textContent(), '回答済み0/15');
});
