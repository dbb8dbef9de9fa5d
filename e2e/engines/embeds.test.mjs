// A trainer's two ways of putting the tool on a course page, in the engine named by ENGINE:
// an iframe configured by URL that sizes itself (the host only ever hears a height), and
// elements of the host page (each app in its own shadow root, with its own data) that leave
// the host page's address and look alone; and an embed's namespace keeps its answers apart
// from the tool opened on its own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MIXED, names, keys as storageKeys } from '../lib/fixtures.mjs';
import {
  By, ENGINE, PROBE, button, click, clickElement, countIn, findIn, headingIn, textIn, useEngine, waitForHeading, waitInPage, waitUntilEquals,
  walkItems,
} from './lib/harness.mjs';

const HTML = 'text/html; charset=utf-8';
const FRAME_HOST = '/courses/lesson-3.html';
/** The course page's own script: it keeps every message and sizes the frame by the height it hears. */
function listen() {
  window.messages = [];
  addEventListener('message', (e) => {
    window.messages.push(e.data);
    if (typeof e.data?.cloudCheckHeight === 'number') document.getElementById('check').height = e.data.cloudCheckHeight;
  });
}
const FRAME_PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><script>${PROBE}</script>
<link rel="icon" href="data:,"><title>Lesson 3</title></head>
<body><h1>Lesson 3</h1>
<iframe id="check" title="Cloud check" src="/sub/app/?lang=en&ns=course-a&compact=1&theme=dark" style="width:100%;border:0" height="300"></iframe>
<script>(${listen})();</script></body></html>`;
const ELEMENT_HOST = '/lms/unit-2.html';
const ELEMENT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>${PROBE}</script>
<link rel="icon" href="data:,"><title>Unit 2</title>
<style>body { font-family: serif; background: rgb(255, 250, 240); } h1 { color: rgb(128, 0, 0); }</style></head>
<body><h1>Unit 2</h1>
<div id="group-a" data-cloud-check data-lang="en" data-compact="1"></div>
<div id="group-b" data-cloud-check data-lang="ja"></div>
<script type="module" src="/sub/app/embed.js"></script></body></html>`;

/** Moves the app in the current frame to `fragment`, as a link inside it would. */
const goTo = (driver, fragment) => driver.executeScript((f) => { location.hash = f; }, fragment);

const app = useEngine({
  extra: {
    [FRAME_HOST]: { type: HTML, body: FRAME_PAGE },
    [ELEMENT_HOST]: { type: HTML, body: ELEMENT_PAGE },
  },
});

/** The app of the page itself (not an element embed's). */
const PAGE_APP = null;

test(`${ENGINE}: an iframe on a course page is configured by URL, completes an item and sizes itself`, async () => {
  const { driver, server } = app;
  await driver.get(server.origin + FRAME_HOST);
  await driver.switchTo().frame(await driver.findElement(By.css('#check')));
  await waitInPage(driver, (id) => document.documentElement.lang === 'en' && !document.getElementById(id), [names().prerenderedId]);
  await waitForHeading(driver, 'Are you using your cloud service safely?');
  assert.equal(await driver.findElement(By.css('.app-title')).isDisplayed(), false, 'compact: no title bar');
  assert.equal(await driver.executeScript(() => document.documentElement.dataset.theme), 'dark', 'theme=dark');
  await goTo(driver, '#/items/9');
  await waitForHeading(driver, '9. Make sure every sign-in is secure');
  // Centred first: the choices sit below the guidance, near the frame's lower edge.
  await click(driver, 'input[value=done]');
  await waitUntilEquals(driver, textIn, [PAGE_APP, '.progress-text'], '1 of 15 answered');
  const keys = await driver.executeScript(() => Object.keys(localStorage));
  const course = storageKeys('course-a');
  assert.ok(keys.includes(course.settings), keys.join(', '));
  assert.ok(keys.some((k) => k.startsWith(course.assessment)), keys.join(', '));
  assert.ok(!keys.some((k) => k.startsWith(storageKeys().prefix)), 'nothing in the default area');

  await driver.switchTo().defaultContent();
  await waitInPage(driver, () => Number(document.getElementById('check').height) > 300);
  assert.equal(await driver.getTitle(), 'Lesson 3');
  const messages = await driver.executeScript(() => window.messages);
  assert.ok(messages.length >= 1);
  for (const m of messages) assert.deepEqual(Object.keys(m), ['cloudCheckHeight'], 'the host only ever hears a height');

  // In a frame, "delete all" needs the word typed: two clicks alone (which a page around the
  // frame could time) delete nothing.
  await driver.switchTo().frame(await driver.findElement(By.css('#check')));
  await goTo(driver, '#/checks');
  await waitForHeading(driver, 'My checks');
  await button(driver, 'Delete all my data on this device');
  await button(driver, 'Delete everything');
  assert.ok((await driver.executeScript(() => Object.keys(localStorage))).includes(course.settings), 'not deleted by clicks alone');
  const word = await driver.findElement(By.css('.typed-confirm input'));
  await word.sendKeys('delete');
  await button(driver, 'Delete everything');
  await waitInPage(driver, () => !Object.keys(localStorage).some((k) => k.startsWith('ipa-cloud-check:')));
  await driver.switchTo().defaultContent();
});

test(`${ENGINE}: the tool on its own and an embed with its own namespace do not share answers`, async () => {
  const { driver, server } = app;
  await driver.get(`${server.url}#/items/1`);
  await waitForHeading(driver, '1.');
  await click(driver, 'input[value=not_done]');
  await waitUntilEquals(driver, textIn, [PAGE_APP, '.progress-text'], '回答済み1/15');
  await driver.get(server.origin + FRAME_HOST);
  await driver.switchTo().frame(await driver.findElement(By.css('#check')));
  await waitForHeading(driver, 'Are you using your cloud service safely?');
  await goTo(driver, '#/items/1');
  await waitForHeading(driver, '1.');
  assert.equal((await driver.findElements(By.css('input:checked'))).length, 0, 'the embed starts empty');
  assert.equal(await driver.executeScript(textIn, PAGE_APP, '.progress-text'), '0 of 15 answered');
});

test(`${ENGINE}: two elements of a host page each get their own app; the host keeps its page`, async () => {
  const { driver, server } = app;
  await driver.get(server.origin + ELEMENT_HOST);
  const [a, b] = ['#group-a', '#group-b'];
  await waitInPage(driver, headingIn, [a, 'Are you using your cloud service safely?']);
  await waitInPage(driver, headingIn, [b, 'そのクラウドサービス、安全に使えていますか？']);

  const inA = (selector) => driver.executeScript(findIn, a, selector);
  await (await inA('a[href="#/items"]')).click();
  await waitInPage(driver, headingIn, [a, 'All checklist items']);
  await (await inA('a[href="#/items/1"]')).click();
  await waitInPage(driver, headingIn, [a, '1.']);
  await clickElement(driver, await inA('input[value=done]'));
  await waitUntilEquals(driver, textIn, [a, '.progress-text'], '1 of 15 answered');

  const host = await driver.executeScript(() => ({
    hash: location.hash,
    title: document.title,
    lang: document.documentElement.lang,
    bg: getComputedStyle(document.body).backgroundColor,
    h1: getComputedStyle(document.querySelector('h1')).color,
  }));
  assert.deepEqual(host, { hash: '', title: 'Unit 2', lang: 'en', bg: 'rgb(255, 250, 240)', h1: 'rgb(128, 0, 0)' });
  assert.equal(await driver.executeScript(textIn, b, '#screen-heading'),
    'そのクラウドサービス、安全に使えていますか？', 'the other embed stays put');
  const keys = await driver.executeScript(() => Object.keys(localStorage));
  assert.ok(keys.some((k) => k.startsWith(storageKeys('group-a').assessment)), keys.join(', '));
  assert.ok(!keys.some((k) => k.startsWith(storageKeys('group-b').assessment)), keys.join(', '));

  // The second embed starts its own check: nothing from the first shows up in it.
  await (await driver.executeScript(findIn, b, 'a.primary[href="#/items/1"]')).click();
  await waitInPage(driver, headingIn, [b, '1. どの業務で利用するか明確にする']);
  assert.equal(await driver.executeScript(countIn, b, 'input:checked'), 0);
  assert.equal(await driver.executeScript(textIn, b, '.progress-text'), '回答済み0/15');
});

test(`${ENGINE}: in an element embed, going over the answers with next and previous shows every answer`, async () => {
  const { driver, server } = app;
  await driver.get(server.origin + ELEMENT_HOST);
  await waitInPage(driver, headingIn, ['#group-a', 'Are you using your cloud service safely?']);
  const { forward, backward } = await walkItems(driver, MIXED, '#group-a');
  assert.deepEqual(forward, MIXED, 'forward with Next');
  assert.deepEqual(backward, MIXED, 'back with Previous');
});
