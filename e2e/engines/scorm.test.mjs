// The SCORM 1.2 package in an LMS, in the engine named by ENGINE: served as Moodle serves a
// package's files and framed by a course page with a real SCORM run-time (scorm-again).
// Answering everything records completed and the score; a new browser (another device) with
// only the LMS's record gets the answers back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exportFile, ITEM_IDS, keys, MIXED } from '../lib/fixtures.mjs';
import { COURSE, courseFiles, moodleHeaders, PACKAGE_MOUNT, PACKAGE_MOUNT_UPDATED, unpacked } from '../lib/lms.mjs';
import { By, CHECKED, ENGINE, PROBE, click, useEngine, valueIn, waitForHeading, waitInPage, waitUntilEquals, walkItems } from './lib/harness.mjs';

const pkg = unpacked();
const BLANK = '/lms/site.html';
const app = useEngine({
  root: pkg.then((p) => p.dir),
  mount: PACKAGE_MOUNT,
  extra: {
    ...courseFiles(PROBE),
    // A page of the same site that runs no package (to leave data as an older version did).
    [BLANK]: { type: 'text/html; charset=utf-8', body: '<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Site</title></head><body></body></html>' },
  },
  server: { headers: moodleHeaders, aliases: [PACKAGE_MOUNT_UPDATED] },
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
  const value = await driver.executeScript((e) => window.API.getCMIValue(e), element);
  await driver.switchTo().frame(await driver.findElement(By.css('#sco')));
  return value;
}

async function answer(driver, n, value) {
  await driver.executeScript((f) => { location.hash = f; }, `#/items/${n}`);
  await waitForHeading(driver, `${n}.`);
  await click(driver, `input[value=${value}]`);
  await waitUntilEquals(driver, valueIn, [null, CHECKED], value);
}

test(`${ENGINE}: in an LMS, no score before the 15th answer, then completed and 68; another device resumes from the record`, async () => {
  const { driver } = app;
  await intoSco(driver);
  for (const [i, value] of MIXED.entries()) {
    if (i === MIXED.length - 1) {
      // 14 of 15 answered, recorded in the course: incomplete, and no grade yet.
      await driver.switchTo().defaultContent();
      await waitInPage(driver, () => window.API.getCMIValue('cmi.suspend_data').length > 0 && window.API.getCMIValue('cmi.core.lesson_status') === 'incomplete');
      assert.equal(await driver.executeScript(() => window.API.getCMIValue('cmi.core.score.raw')), '', 'no score before the 15th answer');
      await driver.switchTo().frame(await driver.findElement(By.css('#sco')));
    }
    await answer(driver, i + 1, value);
  }
  await driver.switchTo().defaultContent();
  await waitInPage(driver, () => window.API.getCMIValue('cmi.core.lesson_status') === 'completed');
  assert.equal(await driver.executeScript(() => window.API.getCMIValue('cmi.core.score.raw')), '68');
  // The course's report: one interaction per item with its answer, and the result code, once.
  await waitInPage(driver, () => window.sets.some(([e, v]) => e.endsWith('.id') && v === 'result-code'));
  const sets = await driver.executeScript(() => window.sets);
  const field = (name) => sets.filter(([e]) => new RegExp(`^cmi\\.interactions\\.\\d+\\.${name}$`).test(e)).map(([, v]) => v);
  assert.deepEqual(field('id'), [...ITEM_IDS, 'result-code']);
  assert.deepEqual(field('student_response').slice(0, 15), MIXED);
  assert.match(field('student_response')[15], /^CCHK1-[0-9A-Z-]+$/);
  assert.deepEqual([...new Set(field('type'))], ['fill-in']);
  assert.deepEqual([...new Set(field('result'))], ['neutral']);
  await driver.executeScript(() => { document.getElementById('sco').remove(); });
  await waitInPage(driver, () => window.calls.includes('LMSFinish'));
  const record = await driver.executeScript(() => {
    const r = window.API.renderCommitCMI(true);
    return JSON.stringify(r.cmi ?? r);
  });

  // Another device: a new browser, nothing stored; the LMS gives its record back.
  await app.engine.quit(driver);
  app.driver = await app.engine.session();
  const other = app.driver;
  await intoSco(other, `?record=${encodeURIComponent(Buffer.from(record).toString('base64'))}`);
  await other.executeScript(() => { location.hash = '#/results'; });
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

test(`${ENGINE}: a package uploaded again (the next revision) finds the answers and memos kept on this device`, async () => {
  const { driver } = app;
  await intoSco(driver);
  await answer(driver, 3, 'partly');
  await driver.findElement(By.css('textarea[id^=memo-]')).sendKeys('顧客名簿あり');
  // Kept on this device (the memo is in the stored check).
  await waitInPage(driver, () => Object.values(localStorage).some((v) => v.includes('顧客名簿あり')));
  // The trainer uploads the package again: Moodle serves it from the next revision. The
  // course page gives no record here, so only this device's copy can bring the check back.
  await intoSco(driver, '?rev=43');
  assert.match(await driver.executeScript(() => location.pathname), /\/mod_scorm\/content\/43\//, 'the package at the next revision');
  await driver.executeScript(() => { location.hash = '#/items/3'; });
  await waitForHeading(driver, '3.');
  assert.equal(await driver.executeScript(() => document.querySelector('input[type=radio]:checked')?.value ?? null), 'partly');
  assert.equal(await driver.executeScript(() => document.querySelector('textarea[id^=memo-]').value), '顧客名簿あり');
});

/** 0.2.0's storage namespace inside an LMS: FNV-1a of the package's whole address. */
function namespaceOf020(path) {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(path)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return `lms-${hash.toString(16).padStart(8, '0')}`;
}

test(`${ENGINE}: a check kept on this device by 0.2.0 is found when the new package is uploaded`, async () => {
  const { driver, server } = app;
  // 0.2.0 ran at revision 42 and kept the check under the whole address's name.
  const old = keys(namespaceOf020(`${PACKAGE_MOUNT}index.html`));
  const at = '2026-11-23T09:00:00.000Z';
  const record = exportFile([{ id: 'v020', name: '会計ソフト', answers: { 'data-importance': 'partly' }, created: at, updated: at }], { exportedAt: at });
  // A page of the site that runs no package (the course page would already run one).
  await driver.get(`${server.origin}${BLANK}`);
  await driver.executeScript((entries) => { for (const [k, v] of entries) localStorage.setItem(k, v); },
    [[`${old.assessment}v020`, record], [old.settings, JSON.stringify({ lang: 'ja', current: 'v020' })]]);
  // This version, uploaded as revision 43: nothing under its own name yet.
  await intoSco(driver, '?rev=43');
  await driver.executeScript(() => { location.hash = '#/items/3'; });
  await waitForHeading(driver, '3.');
  assert.equal(await driver.executeScript(() => document.querySelector('input[type=radio]:checked')?.value ?? null), 'partly');
  assert.equal(await driver.executeScript(() => document.querySelector('.header-meta, .header')?.textContent.includes('会計ソフト')), true);
});

test(`${ENGINE}: a course record from a newer version is left as it is, and the participant is told`, async () => {
  const { driver } = app;
  // Another copy of the package, a later version, already recorded this participant's check.
  const newer = 'CCHK2-00AK888H4G8N240CDCSQGEBH69PKER9HC8R00DTP0NCP36D8';
  const record = Buffer.from(JSON.stringify({ suspend_data: newer })).toString('base64');
  await intoSco(driver, `?record=${encodeURIComponent(record)}`);
  const warning = await driver.wait(async () => (await driver.findElements(By.css('.lms-problem')))[0], 20000);
  assert.match(await warning.getText(), /新しい版で作られています/);
  // The participant answers on this device…
  await answer(driver, 3, 'partly');
  await waitInPage(driver, () => Object.values(localStorage).some((v) => v.includes('"partly"')));
  // …and leaves: even the last report on leaving writes nothing over the course's record.
  await driver.switchTo().defaultContent();
  await driver.executeScript(() => { document.getElementById('sco').remove(); });
  await waitInPage(driver, () => window.calls.includes('LMSFinish'));
  assert.deepEqual(await driver.executeScript(() => window.sets.map(([element]) => element)), [], 'nothing set in the course');
  assert.equal(await driver.executeScript(() => window.API.getCMIValue('cmi.suspend_data')), newer, 'the record is unchanged');
});
