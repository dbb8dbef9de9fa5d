// The screens after the answers are parts of the app fetched after the first screen
// (src/ui/parts.rs), in the engine named by ENGINE: when the network does not deliver them,
// nothing is lost and the owner is told, in their language, with a way to try again. The
// server answers 503 for every part (WebDriver cannot cut one request), then serves them
// again, as a network that comes back.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { test } from 'node:test';
import { CHECKED, ENGINE, MOUNT, button, click, useEngine, valueIn, waitForHeading, waitInPage, waitUntilEquals } from './lib/harness.mjs';

const extra = {};
const app = useEngine({ extra });
const parts = (await readdir(process.env.DIST_DIR)).filter((f) => /^cloud-check-part-.+\.wasm$/.test(f)).map((f) => `${MOUNT}${f}`);
const unavailable = { status: 503, type: 'text/plain', body: 'unavailable' };
const FAILED_JA = 'この画面を読み込めませんでした。通信できる状態で、もう一度お試しください。回答はそのまま残っています。';
const FAILED_EN = 'This screen could not be loaded. Once you are online, try again. Your answers are still here.';

test(`${ENGINE}: a screen whose part of the app does not arrive says so in both languages, the answers stay, and it comes when the network is back`, async () => {
  const { driver, server } = app;
  assert.ok(parts.length >= 2, `the build has parts: ${parts}`);
  for (const path of parts) extra[path] = unavailable;
  try {
    await driver.get(`${server.url}#/items/1`);
    await waitForHeading(driver, '1.');
    await click(driver, 'input[value=done]');
    await waitUntilEquals(driver, valueIn, [null, CHECKED], 'done');
    // Moving on fetches the parts, unasked; they fail, and nobody is told (nobody waits).
    await click(driver, 'a.next');
    await waitForHeading(driver, '2.');
    await waitInPage(driver, (n) => performance.getEntriesByType('resource').filter((r) => /-part-/.test(r.name)).length >= n, [2], 'the parts asked for');
    assert.equal(await driver.executeScript(() => document.querySelectorAll('[role=alert]').length), 0, 'no message while nobody waits for a part');

    await driver.get(`${server.url}#/results`);
    await waitInPage(driver, (want) => document.querySelector('.waiting [role=alert]')?.textContent.includes(want) ?? false, [FAILED_JA], 'the message in Japanese');
    assert.equal(await driver.executeScript(() => document.querySelector('#screen-heading')?.textContent.trim()), '結果とアクションプラン');
    await click(driver, '.lang-button');
    await waitInPage(driver, (want) => document.querySelector('.waiting [role=alert]')?.textContent.includes(want) ?? false, [FAILED_EN], 'the message in English');
    await click(driver, '.lang-button');
    await waitInPage(driver, (want) => document.querySelector('.waiting [role=alert]')?.textContent.includes(want) ?? false, [FAILED_JA], 'back in Japanese');

    // Back to the answers: they are there.
    await driver.get(`${server.url}#/items/1`);
    await waitForHeading(driver, '1.');
    await waitUntilEquals(driver, valueIn, [null, CHECKED], 'done');
    // Coming back, the screen says it is loading, then the new try's answer: the old
    // message is not drawn first (a screen reader heard it twice, and its button was
    // replaced under the pointer).
    await driver.executeScript(() => {
      const seen = [];
      Object.assign(window, { seenStates: seen });
      new MutationObserver((records) => {
        for (const node of records.flatMap((r) => [...r.addedNodes])) {
          if (node.nodeType !== 1) continue;
          if (node.matches('[role=alert]') || node.querySelector('.waiting [role=alert]')) seen.push('message');
          else if (node.matches('.loading') || node.querySelector('.waiting .loading')) seen.push('loading');
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    await driver.get(`${server.url}#/results`);
    await waitInPage(driver, () => window.seenStates.includes('loading') && window.seenStates.at(-1) === 'message', [], 'the message again, after the loading line');
    const seen = await driver.executeScript(() => window.seenStates);
    assert.equal(seen[0], 'loading', seen.join(', '));
    assert.deepEqual(seen.filter((state) => state === 'message'), ['message'], seen.join(', '));
  } finally {
    for (const path of parts) delete extra[path];
  }
  // The network is back: trying again draws the results, with the answer.
  await button(driver, 'もう一度読み込む', '.waiting');
  await waitForHeading(driver, '結果とアクションプラン');
  await waitInPage(driver, () => document.querySelectorAll('.answers-table td.status.done').length === 1, [], 'the results with the answer');
  assert.equal(await driver.executeScript(() => document.querySelectorAll('.answers-table td.status.answered').length), 1);
  // "My checks" comes too, without a second try.
  await driver.get(`${server.url}#/checks`);
  await waitForHeading(driver, 'チェックの一覧');
  assert.ok((await driver.executeScript(() => document.querySelector('main')?.textContent ?? '')).includes('回答済み1/15'));
});
