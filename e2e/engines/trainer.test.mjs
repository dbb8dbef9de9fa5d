// The trainer's page, in the engine named by ENGINE: a course set up in a minute (a course
// id and English), its participant link read back from a screenshot of the QR code with a
// real decoder (jsqr), the link opening the English start screen with the course's own
// storage, naming the course and opening the results with the code to send, which the
// class overview counts; the element snippet, pasted into a host page, showing the tool; result codes and
// files counted by the class overview; and the participants' page's old class-overview
// address arriving there.
import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import jsQR from 'jsqr';
import { exportFile, keys, MIXED, RESULT_CODES } from '../lib/fixtures.mjs';
import { resultCode } from '../lib/codes.mjs';
import { By, ENGINE, PROBE, button, click, downloaded, headingIn, screenshotOf, text, useEngine, waitForHeading, waitInPage } from './lib/harness.mjs';

const HOST = '/lms/pasted.html';
// The host page gets the element snippet the trainer copied, once the test has it.
const extra = { [HOST]: { type: 'text/html; charset=utf-8', body: '' } };
const app = useEngine({ extra });

/** Opens the trainer's page and sets up course `id` for English-speaking participants. */
async function setUp(driver, url, id) {
  await driver.get(`${url}trainer.html`);
  await waitForHeading(driver, '研修で使う方へ');
  // Replaces whatever the page kept from last time, as a trainer would.
  const field = await driver.findElement(By.css('#course-id'));
  await field.clear();
  await field.sendKeys(id);
  await driver.findElement(By.css('#course-lang option[value=en]')).click();
  await waitInPage(driver, () => document.querySelector('#participant-link')?.value.includes('lang=en'));
  return driver.executeScript(() => document.querySelector('#participant-link').value);
}

test(`${ENGINE}: a course set up on the trainer's page; its QR code decodes to the link, which opens the English tool for that course`, async () => {
  const { driver, server } = app;
  // An invalid id is refused with the rule, and makes no link.
  await driver.get(`${server.url}trainer.html`);
  await waitForHeading(driver, '研修で使う方へ');
  await driver.findElement(By.css('#course-id')).sendKeys('Course B');
  // Every character that does not fit, and the id that would.
  assert.match(await text(driver, '#course-id-problem'), /^「C」「空白」「B」は使えません。[\s\S]*「course-b」ではどうでしょう。$/);
  assert.equal((await driver.findElements(By.css('#participant-link'))).length, 0);

  const link = await setUp(driver, server.url, 'course-b');
  assert.equal(link, `${server.url}?lang=en&ns=course-b`);
  // What to tell participants, on the page where the course is prepared; a trial run of the
  // participants' screen goes where theirs will.
  assert.ok((await driver.executeScript(() => document.querySelector('#setup-instructions').value)).includes(`${link} を開き`));
  assert.equal(await driver.executeScript(() => document.querySelector('.trainer-nav a:not([href^="#"])').href), link);
  // The LMS guide is a page of the site, one tap from the set-up.
  await click(driver, '.scorm-package a[href="#/guide"]');
  await waitForHeading(driver, 'LMS（Moodleなど）で使う');
  assert.match(await text(driver, '.guide'), /「インタラクションレポート」（Interactions report）/);
  await click(driver, '.trainer-nav a[href="#/"]');
  await waitForHeading(driver, '研修で使う方へ');
  await waitInPage(driver, () => !!document.querySelector('.qr-small'));
  const png = await screenshotOf(driver, '.qr-small');
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.equal(decoded?.data, link, 'the QR code holds exactly the participant link');

  // The large view for a projector holds the same link.
  await click(driver, 'a[href="#/qr"]');
  await waitForHeading(driver, '参加者用リンクのQRコード');
  assert.equal(await text(driver, '.qr-link'), link);

  // A participant's phone opens the link: the English start screen, the course's storage;
  // the start says which course and that a code goes to the trainer; no trainers' page.
  await driver.get(link);
  await waitForHeading(driver, 'Are you using your cloud service safely?');
  assert.match(await text(driver, '.course-note'), /course “course-b”/);
  assert.equal((await driver.findElements(By.css('.trainer-link'))).length, 0);
  for (const [i, answer] of MIXED.entries()) {
    await driver.get(`${link}#/items/${i + 1}`);
    await waitForHeading(driver, `${i + 1}.`);
    await click(driver, `input[value=${answer}]`);
  }
  await waitInPage(driver, (prefix) => Object.keys(localStorage).some((k) => k.startsWith(prefix)), [keys('course-b').assessment]);
  // The results open with what to send the trainer: the code, above the verdict.
  await driver.get(`${link}#/results`);
  await waitForHeading(driver, 'Results');
  await waitInPage(driver, () => !!document.querySelector('.result-code.for-course #result-code'));
  assert.match(await text(driver, '.result-code.for-course h2'), /^Send your result to your trainer \(course “course-b”\)$/);
  assert.ok(await driver.executeScript(() => document.querySelector('.result-code').getBoundingClientRect().bottom
    < document.querySelector('.summary').getBoundingClientRect().top), 'above the verdict');
  const code = await driver.executeScript(() => document.querySelector('#result-code').value);
  assert.match(code, /^CCHK1-/);
  // The trainer pastes it: the class counts it.
  await driver.get(`${server.url}trainer.html#/class`);
  await waitForHeading(driver, '研修の集計');
  await driver.findElement(By.css('#class-codes')).sendKeys(`Cさん: ${code}`);
  await button(driver, 'コードを集計に加える');
  await waitInPage(driver, () => document.querySelector('.class-status')?.textContent.includes('集計しました'));
  assert.match(await text(driver, '.class-status'), /1件のチェックを集計しました/);
  await button(driver, '集計を消してやり直す');
  await button(driver, '集計を消す');
  await waitInPage(driver, () => !document.querySelector('.class-status')?.textContent);
});

test(`${ENGINE}: the element snippet, pasted into a host page, shows the tool for the course`, async () => {
  const { driver, server } = app;
  await setUp(driver, server.url, 'course-c');
  const snippet = await driver.executeScript(() => document.querySelector('#element-snippet').value);
  assert.ok(snippet.includes('data-namespace="course-c"'), snippet);
  extra[HOST].body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>${PROBE}</script>
<link rel="icon" href="data:,"><title>Unit 4</title></head><body><h1>Unit 4</h1>${snippet}</body></html>`;
  await driver.get(server.origin + HOST);
  await waitInPage(driver, headingIn, ['#cloud-check-course-c', 'Are you using']);
  assert.equal(await driver.getTitle(), 'Unit 4');
});

test(`${ENGINE}: the class overview counts pasted codes and chosen files; the old address arrives there`, async () => {
  const { driver, server } = app;
  // The participants' page's old address for the class overview.
  await driver.get(`${server.url}#/class`);
  await waitForHeading(driver, '研修の集計');
  assert.ok((await driver.getCurrentUrl()).endsWith('trainer.html#/class'), await driver.getCurrentUrl());

  await driver.findElement(By.css('#class-codes')).sendKeys(`Aさん: ${RESULT_CODES[0]} / Bさん: ${RESULT_CODES[1]}`);
  await button(driver, 'コードを集計に加える');
  await waitInPage(driver, () => document.querySelector('.class-status')?.textContent.includes('集計しました'));
  assert.equal(await text(driver, '.class-status'), '2件のファイル・コードのうち2件を読み込み、2件のチェックを集計しました。');

  const dir = join(tmpdir(), `cloud-check-class-${ENGINE}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const files = [];
  for (const [i, answer] of ['done', 'not_done'].entries()) {
    const file = join(dir, `p${i}.json`);
    await writeFile(file, exportFile([{ id: `file${i}`, answers: { authentication: answer } }]));
    files.push(file);
  }
  await driver.findElement(By.css('#class-files')).sendKeys(files.join('\n'));
  await waitInPage(driver, () => document.querySelector('.class-status')?.textContent.startsWith('4件'));
  assert.equal(await text(driver, '.class-status'), '4件のファイル・コードのうち4件を読み込み、4件のチェックを集計しました。');

  // A reload keeps the class (on this device, said so); clearing asks first, then forgets it.
  await driver.navigate().refresh();
  await waitForHeading(driver, '研修の集計');
  await waitInPage(driver, () => document.querySelector('.class-status')?.textContent.startsWith('4件'));
  assert.match(await text(driver, '.class-kept'), /この端末に保存しています/);
  await button(driver, '集計を消してやり直す');
  assert.match(await text(driver, '.class-kept .confirm'), /この集計を消しますか/);
  assert.equal(await text(driver, '.class-status'), '4件のファイル・コードのうち4件を読み込み、4件のチェックを集計しました。', 'nothing cleared yet');
  await button(driver, '集計を消す');
  await waitInPage(driver, () => !document.querySelector('.class-status')?.textContent);
  await driver.navigate().refresh();
  await waitForHeading(driver, '研修の集計');
  assert.equal(await driver.executeScript(() => Object.keys(localStorage).filter((k) => k.includes(':class:')).length), 0);
  assert.equal(await text(driver, '.class-status'), '', 'nothing comes back');
});

test(`${ENGINE}: a chat with a same-minute correction, a duplicate and a typo is counted right, kept through a reload, the typo cleared by its resent code, and reported for the organiser`, async () => {
  const { driver, server, downloads } = app;
  await setUp(driver, server.url, 'course-d');
  // Ａさん first says 11 わからない, then corrects it to 一部のみ within the same minute;
  // Ｂさん sends the same code twice; Ｃさん's code has one character mistyped (near its end)
  // and is sent again, right, after the trainer's reload.
  const answers = (eleven) => ['done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', 'done', eleven, 'done', 'done', 'done', 'done'];
  const first = resultCode('a-san', answers('unknown'), '2026-12-07T10:00:00.000Z');
  const corrected = resultCode('a-san', answers('partly'), '2026-12-07T10:00:30.000Z');
  const b = resultCode('b-san', answers('not_done'), '2026-12-07T10:01:00.000Z');
  const good = resultCode('c-san', answers('done'), '2026-12-07T10:02:00.000Z');
  const at = good.length - 3;
  const typo = `${good.slice(0, at)}${good[at] === 'A' ? 'B' : 'A'}${good.slice(at + 1)}`;
  await driver.get(`${server.url}trainer.html#/class`);
  await waitForHeading(driver, '研修の集計');
  const chat = [
    `Aさん 10:00 ${first}`, `Bさん 10:01 ${b}`, `Bさん 10:01 ${b}`, `Aさん 10:01 すみません、訂正です ${corrected}`, `Cさん 10:02 ${typo}`,
  // On one line (WebKitGTK's WebDriver drops typed line breaks), as some chats copy.
  ].join(' / ');
  await driver.findElement(By.css('#class-codes')).sendKeys(chat);
  assert.equal(await driver.executeScript(() => document.querySelector('#class-codes').value), chat, 'typed as written');
  await button(driver, 'コードを集計に加える');
  await waitInPage(driver, () => document.querySelector('.class-status')?.textContent.includes('集計しました'));
  assert.match(await text(driver, '.class-status'), /^5件のファイル・コードのうち4件を読み込み、2件のチェックを集計しました。 同じチェックが2回以上届いたものが2件あり/);
  // The correction counts: item 11 is 一部のみ for one and 未対応 for the other, わからない for none.
  // Item 11's row of the table: [一部のみ, わからない] (its cells: done, partly, not yet, don't know, …).
  const row11 = () => driver.executeScript(() => {
    const cells = document.querySelectorAll('.distribution-table tbody tr')[10].querySelectorAll('td');
    return `${cells[1].textContent}/${cells[3].textContent}`;
  });
  assert.equal(await row11(), '1/0', 'partly 1, unknown 0');
  assert.match(await text(driver, '.skipped'), /読み込めなかったファイル・コード/);
  // A reload keeps the class.
  await driver.navigate().refresh();
  await waitForHeading(driver, '研修の集計');
  await waitInPage(driver, () => document.querySelector('.class-status')?.textContent.startsWith('5件'));
  assert.equal(await row11(), '1/0');
  // Ｃさん sends the code again, right: it counts, and the typo is no longer asked about.
  await driver.findElement(By.css('#class-codes')).sendKeys(`Cさん 10:05 もう一度送ります ${good}`);
  await button(driver, 'コードを集計に加える');
  await waitInPage(driver, () => document.querySelector('.class-status')?.textContent.startsWith('6件'));
  assert.match(await text(driver, '.class-status'), /^6件のファイル・コードのうち5件を読み込み、3件のチェックを集計しました。.*読み込めなかったコードのうち1件は、同じチェックの読めるコードが後から届いたため、そちらを数えました。/);
  assert.equal(await driver.executeScript(() => document.querySelector('.skipped')), null, 'nothing left to ask about');
  // The organiser's CSV: named after the course, it starts with the course and the count.
  await button(driver, '集計をCSVで書き出す');
  const csv = await downloaded(downloads, /^cloud-check_class_course-d_\d{4}-\d{2}-\d{2}\.csv$/);
  await rm(join(downloads, csv.name));
  const rows = csv.text.replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(rows[0], '"コース","course-d"');
  assert.equal(rows[2], '"集計したチェック","3"');
  assert.match(rows[5], /^"全体","\d+"$/);
  await button(driver, '集計を消してやり直す');
  await button(driver, '集計を消す');
  await waitInPage(driver, () => !document.querySelector('.class-status')?.textContent);
});
