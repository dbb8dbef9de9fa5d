// The SCORM 1.2 package in an LMS, in the engine named by ENGINE: served as Moodle serves a
// package's files and framed by a course page with a real SCORM run-time (scorm-again).
// Answering everything records completed and the score; a new browser (another device) with
// only the LMS's record gets the answers back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MIXED } from '../lib/fixtures.mjs';
import { COURSE, courseFiles, moodleHeaders, PACKAGE_MOUNT, unpacked } from '../lib/lms.mjs';
import { By, ENGINE, PROBE, click, useEngine, waitForHeading, waitInPage, walkItems } from './lib/harness.mjs';

const pkg = unpacked();
const app = useEngine({
  root: pkg.then((p) => p.dir),
  mount: PACKAGE_MOUNT,
  extra: courseFiles(PROBE),
  server: { headers: moodleHeaders },
});

/** Opens the course page and goes into the package's frame once its app is up. */
async function intoSco(driver, query = '') {
  await driver.get(`${app.server.origin}${COURSE}${query}`);
  await driver.switchTo().frame(await driver.wait(async () => (await driver.findElements(By.css('#sco')))[0], 20000));
  await waitForHeading(driver, 'そのクラウドサービス');
}

/** A value the LMS holds, read in the course page. */
async function lms(driver, element) {
  await driver.switchTo().defaultContent();
  const value = await driver.executeScript('return window.API.getCMIValue(arguments[0])', element);
  await driver.switchTo().frame(await driver.findElement(By.css('#sco')));
  return value;
}

async function answer(driver, n, value) {
  await driver.executeScript(`location.hash = '#/items/${n}'`);
  await waitForHeading(driver, `${n}.`);
  await click(driver, `input[value=${value}]`);
  await waitInPage(driver, 'return document.querySelector(arguments[0])?.checked', [`input[value=${value}]`]);
}

test(`${ENGINE}: in an LMS, no score before the 15th answer, then completed and 68; another device resumes from the record`, async () => {
  const { driver } = app;
  await intoSco(driver);
  for (const [i, value] of MIXED.entries()) {
    if (i === MIXED.length - 1) {
      // 14 of 15 answered, recorded in the course: incomplete, and no grade yet.
      await driver.switchTo().defaultContent();
      await waitInPage(driver, "return window.API.getCMIValue('cmi.suspend_data').length > 0 && window.API.getCMIValue('cmi.core.lesson_status') === 'incomplete'");
      assert.equal(await driver.executeScript("return window.API.getCMIValue('cmi.core.score.raw')"), '', 'no score before the 15th answer');
      await driver.switchTo().frame(await driver.findElement(By.css('#sco')));
    }
    await answer(driver, i + 1, value);
  }
  await driver.switchTo().defaultContent();
  await waitInPage(driver, "return window.API.getCMIValue('cmi.core.lesson_status') === 'completed'");
  assert.equal(await driver.executeScript("return window.API.getCMIValue('cmi.core.score.raw')"), '68');
  await driver.executeScript("document.getElementById('sco').remove()");
  await waitInPage(driver, "return window.calls.includes('LMSFinish')");
  const record = await driver.executeScript('const r = window.API.renderCommitCMI(true); return JSON.stringify(r.cmi ?? r)');

  // Another device: a new browser, nothing stored; the LMS gives its record back.
  await app.engine.quit(driver);
  app.driver = await app.engine.session();
  const other = app.driver;
  await intoSco(other, `?record=${encodeURIComponent(Buffer.from(record).toString('base64'))}`);
  await other.executeScript("location.hash = '#/results'");
  await waitForHeading(other, '結果とアクションプラン');
  assert.equal((await other.findElement(By.css('.overall-percent')).getText()).trim(), '68%');
  assert.equal(await lms(other, 'cmi.core.lesson_status'), 'completed');
});

test(`${ENGINE}: in an LMS, going over the answers with next and previous shows every answer`, async () => {
  const { driver } = app;
  await intoSco(driver);
  const { forward, backward } = await walkItems(driver, MIXED);
  assert.deepEqual(forward, MIXED, 'forward with 次の項目');
  assert.deepEqual(backward, MIXED, 'back with 前の項目');
});
