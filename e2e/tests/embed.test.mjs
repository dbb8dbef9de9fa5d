// Embedding, as a trainer would paste it into a course page: the app in an iframe on a host
// page at another path, configured through URL parameters. The frame sizes itself through
// messages that carry nothing but the height, and an item can be completed inside it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APP_HEADING, useApp, watch } from '../lib/harness.mjs';

const HOST = '/courses/cloud-security/lesson-3.html';
const HOST_PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Lesson 3</title></head>
<body><h1>Lesson 3: check your cloud service</h1>
<iframe id="check" title="Cloud check" src="/sub/app/?lang=en&ns=course-a&compact=1&theme=dark" style="width:100%;border:0" height="300"></iframe>
<script>
  window.messages = [];
  addEventListener('message', (e) => {
    window.messages.push(e.data);
    if (e.data && typeof e.data.cloudCheckHeight === 'number') document.getElementById('check').height = e.data.cloudCheckHeight;
  });
</script></body></html>`;

const app = useApp({ extra: { [HOST]: { type: 'text/html; charset=utf-8', body: HOST_PAGE } } });

test('an iframe on a course page is configured by URL, completes an item and sizes itself', async () => {
  const { page, server } = app;
  await page.goto(server.origin + HOST);
  const frame = page.frameLocator('#check');
  await frame.locator(APP_HEADING).waitFor();
  const inner = page.frames().find((f) => f.url().includes('/sub/app/'));
  await inner.waitForFunction(() => document.documentElement.lang === 'en'); // lang=en
  assert.equal(await inner.getAttribute('html', 'data-theme'), 'dark', 'theme=dark');
  assert.equal(await frame.locator('.app-title').isVisible(), false, 'compact: no title bar');

  await inner.evaluate(() => { location.hash = '#/items/9'; });
  await frame.locator(APP_HEADING, { hasText: '9. Authenticate users strictly' }).waitFor();
  await frame.locator('input[value=done]').check();
  await frame.locator('.progress-text', { hasText: '1 of 15 answered' }).waitFor();

  // Data went to this embed's own namespace.
  const keys = await inner.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.includes('ipa-cloud-check:ns:course-a:v1:settings'), keys.join(', '));
  assert.ok(keys.some((k) => k.startsWith('ipa-cloud-check:ns:course-a:v1:assessment:')), keys.join(', '));
  assert.ok(!keys.some((k) => k.startsWith('ipa-cloud-check:v1:')), 'nothing in the default area');

  // The host only ever heard heights, and used them.
  await page.waitForFunction(() => Number(document.getElementById('check').height) > 300);
  const messages = await page.evaluate(() => window.messages);
  assert.ok(messages.length >= 1);
  for (const m of messages) assert.deepEqual(Object.keys(m), ['cloudCheckHeight']);
});

test('the standalone app and an embed with its own namespace do not share answers', async () => {
  const { page, server, context } = app;
  await page.goto(server.url + '#/items/1');
  await page.locator(APP_HEADING).waitFor();
  await page.check('input[value=not_done]');
  const host = await context.newPage();
  watch(app, host);
  await host.goto(server.origin + HOST);
  const frame = host.frameLocator('#check');
  await frame.locator(APP_HEADING).waitFor();
  await host.frames().find((f) => f.url().includes('/sub/app/')).evaluate(() => { location.hash = '#/items/1'; });
  await frame.locator(APP_HEADING, { hasText: '1.' }).waitFor();
  assert.equal(await frame.locator('input:checked').count(), 0, 'the embed starts empty');
  assert.equal(await frame.locator('.progress-text').textContent(), '0 of 15 answered');
});
