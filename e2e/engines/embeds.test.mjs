// A trainer's two ways of putting the tool on a course page, in the engine named by ENGINE:
// an iframe configured by URL that sizes itself, and elements of the host page (each app in
// its own shadow root) that leave the host page's address and look alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { By, ENGINE, PROBE, useEngine, waitInPage } from './lib/harness.mjs';

const HTML = 'text/html; charset=utf-8';
const FRAME_HOST = '/courses/lesson-3.html';
const FRAME_PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><script>${PROBE}</script>
<link rel="icon" href="data:,"><title>Lesson 3</title></head>
<body><h1>Lesson 3</h1>
<iframe id="check" title="Cloud check" src="/sub/app/?lang=en&ns=course-a&compact=1" style="width:100%;border:0" height="300"></iframe>
<script>
  addEventListener('message', (e) => {
    if (e.data && typeof e.data.cloudCheckHeight === 'number') document.getElementById('check').height = e.data.cloudCheckHeight;
  });
</script></body></html>`;
const ELEMENT_HOST = '/lms/unit-2.html';
const ELEMENT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>${PROBE}</script>
<link rel="icon" href="data:,"><title>Unit 2</title>
<style>body { font-family: serif; background: rgb(255, 250, 240); }</style></head>
<body><h1>Unit 2</h1>
<div id="group-a" data-cloud-check data-lang="en" data-compact="1"></div>
<div id="group-b" data-cloud-check data-lang="ja"></div>
<script type="module" src="/sub/app/embed.js"></script></body></html>`;

const app = useEngine({
  extra: {
    [FRAME_HOST]: { type: HTML, body: FRAME_PAGE },
    [ELEMENT_HOST]: { type: HTML, body: ELEMENT_PAGE },
  },
});

/** Waits for the screen heading inside `root` (a document or an element's shadow root). */
const headingIn = (root) => `return (${root})?.querySelector('#screen-heading')?.textContent.trim().startsWith(arguments[0]) ?? false`;

test(`${ENGINE}: an iframe on a course page is configured by URL, completes an item and sizes itself`, async () => {
  const { driver, server } = app;
  await driver.get(server.origin + FRAME_HOST);
  await driver.switchTo().frame(await driver.findElement(By.css('#check')));
  await waitInPage(driver, 'return document.documentElement.lang === "en" && !document.getElementById("cloud-check-prerendered")');
  await waitInPage(driver, headingIn('document.querySelector("body > .app")'), ['Are you using your cloud service safely?']);
  assert.equal(await driver.findElement(By.css('.app-title')).isDisplayed(), false, 'compact: no title bar');
  await driver.executeScript('location.hash = "#/items/9"');
  await waitInPage(driver, headingIn('document'), ['9. Authenticate users strictly']);
  await driver.findElement(By.css('input[value=done]')).click();
  await waitInPage(driver, "return document.querySelector('.progress-text')?.textContent === '1 of 15 answered'");
  const keys = await driver.executeScript('return Object.keys(localStorage)');
  assert.ok(keys.some((k) => k.startsWith('ipa-cloud-check:ns:course-a:v1:assessment:')), keys.join(', '));

  await driver.switchTo().defaultContent();
  await waitInPage(driver, "return Number(document.getElementById('check').height) > 300");
  assert.equal(await driver.getTitle(), 'Lesson 3');
});

test(`${ENGINE}: two elements of a host page each get their own app; the host keeps its page`, async () => {
  const { driver, server } = app;
  await driver.get(server.origin + ELEMENT_HOST);
  const a = "document.querySelector('#group-a').shadowRoot";
  const b = "document.querySelector('#group-b').shadowRoot";
  await waitInPage(driver, headingIn(a), ['Are you using your cloud service safely?']);
  await waitInPage(driver, headingIn(b), ['そのクラウドサービス、安全に使えていますか？']);

  const inA = (selector) => driver.executeScript(`return ${a}.querySelector(arguments[0])`, selector);
  await (await inA('a[href="#/items"]')).click();
  await waitInPage(driver, headingIn(a), ['All checklist items']);
  await (await inA('a[href="#/items/1"]')).click();
  await waitInPage(driver, headingIn(a), ['1.']);
  await (await inA('input[value=done]')).click();
  await waitInPage(driver, `return ${a}.querySelector('.progress-text')?.textContent === '1 of 15 answered'`);

  const host = await driver.executeScript(`return {
    hash: location.hash, title: document.title, lang: document.documentElement.lang,
    bg: getComputedStyle(document.body).backgroundColor }`);
  assert.deepEqual(host, { hash: '', title: 'Unit 2', lang: 'en', bg: 'rgb(255, 250, 240)' });
  assert.equal(await driver.executeScript(`return ${b}.querySelector('#screen-heading').textContent`),
    'そのクラウドサービス、安全に使えていますか？', 'the other embed stays put');
  const keys = await driver.executeScript('return Object.keys(localStorage)');
  assert.ok(keys.some((k) => k.startsWith('ipa-cloud-check:ns:group-a:v1:assessment:')), keys.join(', '));
});
