// A trainer's class overview in a real browser: many files at once, good and broken mixed;
// the counts shown match what was dropped, and bad files never stop the good ones; and the
// SCORM package the trainer's page offers.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { exportFile as exportChecks, RESULT_CODES } from '../lib/fixtures.mjs';
import { useApp, waitForHeading } from '../lib/harness.mjs';

const exportFile = (id, answers) => exportChecks([{ id, name: '参加者の会計ソフト', answers }]);

const app = useApp();


const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('dropping good and broken files together shows the right counts and the reasons', async () => {
  const { page, server } = app;
  await page.goto(`${server.url}trainer.html#/class`);
  await waitForHeading(page, '研修の集計');
  // Three participants: authentication is "don't know" for all, backup done for two.
  await page.setInputFiles('#class-files', [
    file('p1.json', exportFile('p1', { authentication: 'unknown', backup: 'done', purpose: 'partly' })),
    file('p2.json', exportFile('p2', { authentication: 'unknown', backup: 'done' })),
    file('p3.json', exportFile('p3', { authentication: 'unknown', backup: 'not_done' })),
    file('truncated.json', '{"format": "ipa-cloud-check", "format_ver'),
    file('notes.json', '{"todo": []}'),
  ]);
  await page.waitForFunction(() => document.querySelector('.class-status')?.textContent.includes('集計しました'));
  assert.equal((await page.textContent('.class-status')).trim(), '5件のファイル・コードのうち3件を読み込み、3件のチェックを集計しました。');
  const skipped = await page.$$eval('.skipped li', (lis) => lis.map((li) => li.textContent));
  assert.equal(skipped.length, 2);
  assert.match(skipped[0], /^truncated\.json: JSONとして読めません/);
  assert.match(skipped[1], /^notes\.json: このツールの書き出しファイルではありません/);
  // "Don't know" and "not yet" apart: authentication unknown for all three, backup not done
  // for one; each item links to its explanation on the participants' page.
  const listed = (section) => page.$$eval(`.focus.${section} li`, (lis) => lis.map((li) => li.textContent));
  assert.deepEqual(await listed('unknown'), ['9. 利用者の認証を厳格に行う — 3人中3人']);
  assert.deepEqual(await listed('not_done'), ['10. バックアップに責任を持つ — 3人中1人']);
  assert.equal(await page.getAttribute('.focus.unknown a', 'href'), './#/items/9');
  const row9 = await page.$$eval('.distribution-table tbody tr:nth-child(9) td', (tds) => tds.map((td) => td.textContent));
  assert.deepEqual(row9, ['0', '0', '0', '3', '0', '0', '0%']);
  assert.equal(await page.locator('text=参加者の会計ソフト').count(), 0, 'no names are shown');
  // No check of a participant was stored as theirs on this device; the class is kept as
  // answers only, without the service names.
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('assessment')).length), 0);
  const kept = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.includes(':class:')).map(([, v]) => v));
  assert.equal(kept.length, 1);
  assert.doesNotMatch(kept[0], /参加者の会計ソフト/);
});

test('the projector view shows the room what matters on its first screen, in larger type, and turning it off brings the rest back', async () => {
  const { page, server } = app;
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${server.url}trainer.html#/class`);
  await waitForHeading(page, '研修の集計');
  await page.setInputFiles('#class-files', [
    file('p1.json', exportFile('p1', { authentication: 'unknown', backup: 'not_done' })),
    file('broken.json', '{"format": "ipa-cloud-check", "format_ver'),
  ]);
  await page.waitForSelector('.focus.unknown li');
  const focusSize = () => page.$eval('.focus-list li', (li) => Number.parseFloat(getComputedStyle(li).fontSize));
  const tableSize = () => page.$eval('.distribution-table td', (td) => Number.parseFloat(getComputedStyle(td).fontSize));
  const before = { focus: await focusSize(), table: await tableSize() };
  await page.getByLabel('大きな文字で表示（プロジェクター用）').check();
  for (const hidden of ['.drop-zone', '#class-codes', '.skipped', '.actions', '.header', '.footer', '.class-kept', '.sections']) {
    assert.equal(await page.isVisible(hidden), false, `${hidden} is hidden`);
  }
  assert.ok((await focusSize()) > before.focus * 1.2, 'the items are larger');
  assert.ok((await tableSize()) > before.table * 1.2, 'the tables are larger');
  // On the first screen (1280 × 720): the class's overall figure, the sections' and both
  // lists of items. Backup (II) not done: 0 %, and so overall; I and III have nothing
  // scorable: a dash, as in the table.
  const strip = await page.$$eval('.section-strip li', (lis) => lis.map((li) => li.textContent));
  assert.deepEqual(strip.map((x) => x.split(' ')[0]), ['全体', 'I.', 'II.', 'III.']);
  assert.match(strip[0], / 0%$/);
  assert.match(strip[2], / 0%$/);
  assert.match(strip[1], / —$/);
  for (const list of ['.section-strip', '.focus.unknown li', '.focus.not_done li']) {
    const box = await page.locator(list).first().boundingBox();
    assert.ok(box && box.y + box.height <= 720, `${list} on the first screen (${box?.y})`);
  }
  await page.getByLabel('大きな文字で表示（プロジェクター用）').uncheck();
  assert.equal(await page.isVisible('#class-codes'), true);
  assert.equal(await page.isVisible('.skipped'), true);
  assert.equal(await page.isVisible('.section-strip'), false, 'the table carries the figures again');
  assert.equal(await tableSize(), before.table);
});

test("the trainer's page offers the SCORM package, the very one the LMS tests run, without a course id", async () => {
  const { page, server } = app;
  await page.goto(`${server.url}trainer.html`);
  await waitForHeading(page, '研修で使う方へ');
  assert.match(await page.textContent('#scorm-heading'), /SCORMパッケージ/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#scorm-package')]);
  assert.equal(download.suggestedFilename(), 'cloud-check-scorm12.zip');
  const got = await readFile(await download.path());
  assert.deepEqual(got, await readFile(process.env.SCORM_ZIP), 'the package scripts/test.sh runs in the LMS tests');
  assert.equal(got.subarray(0, 4).toString('latin1'), 'PK\u0003\u0004', 'a zip');
  // Participants never download it: it is not in the offline copy's list.
  assert.doesNotMatch(await (await fetch(`${server.url}sw.js`)).text(), /scorm12\.zip/);
});

test("an LMS's report downloaded as CSV is dropped as it is: its result codes are counted, each check once", async () => {
  const { page, server } = app;
  await page.goto(`${server.url}trainer.html#/class`);
  await waitForHeading(page, '研修の集計');
  // The shape of Moodle's interactions report download: one row per attempt; the mixed
  // check's code twice (written again after a change), a blank check's once.
  const [blank, mixed] = RESULT_CODES;
  const report = `\ufeff"First name","Surname","Question 16","Response 16","Question 17","Response 17"\r\n`
    + `"Aiko","Sato","result-code","${mixed}","result-code","${mixed}"\r\n`
    + `"Ben","Ito","result-code","${blank}","",""\r\n`;
  await page.setInputFiles('#class-files', [{ name: 'interactions.csv', mimeType: 'text/csv', buffer: Buffer.from(report) }]);
  await page.waitForFunction(() => document.querySelector('.class-status')?.textContent.includes('集計しました'));
  assert.match(await page.textContent('.class-status'), /2件のチェックを集計しました/);
});

test('the large QR code is a slide for the room: the code, the address, the course and three steps on one 1280 × 720 screen', async () => {
  const { page, server } = app;
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${server.url}trainer.html`);
  await waitForHeading(page, '研修で使う方へ');
  await page.fill('#course-id', 'course-q');
  await page.locator('#participant-link').waitFor();
  await page.click('a[href="#/qr"]');
  await waitForHeading(page, '参加者用リンクのQRコード');
  for (const part of ['.qr-large', '.qr-steps', '.qr-link', '.qr-course']) {
    const box = await page.locator(part).boundingBox();
    assert.ok(box && box.y + box.height <= 720, `${part} ends at ${box && Math.round(box.y + box.height)} px`);
  }
  assert.equal(await page.locator('.qr-steps li').count(), 3);
  assert.match(await page.textContent('.qr-course'), /course-q/);
});
