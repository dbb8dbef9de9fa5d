// The rules draft and the site's help desks, in the engine named by ENGINE (Chromium, Firefox
// or WebKit): with a site.json that lists two help desks, the results name them beside IPA's
// desk (a phone to call, the address on paper); the next step leads to the rules draft, whose
// gaps are targets with their dates and whose contacts include the desks; the owner's edit
// is kept through a reload and back and forth, and the draft made again from the answers on
// request; the English draft is made from the answers in English.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ITEM_IDS, MIXED, exportFile, keys } from '../lib/fixtures.mjs';
import { desksSite } from '../lib/site-desks.mjs';
import { By, ENGINE, MOUNT, button, click, useEngine, waitForHeading, waitInPage } from './lib/harness.mjs';

const BLANK = '/site/blank.html';
const app = useEngine({
  extra: {
    ...desksSite(MOUNT),
    [BLANK]: { type: 'text/html; charset=utf-8', body: '<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Site</title></head><body></body></html>' },
  },
});

const draft = (driver) => driver.executeScript(() => document.getElementById('rules-text')?.value ?? '');

test(`${ENGINE}: the site's help desks are named beside IPA's, and the rules draft is made, kept, edited and made again`, async () => {
  const { driver, server } = app;
  // A check answered as MIXED: 9 (sign-in) 一部のみ, 10 (backup) わからない, 3 未対応, 4 わからない.
  const k = keys();
  const record = exportFile([{ id: 'rules1', name: '会計ソフト', answers: Object.fromEntries(MIXED.map((a, i) => [ITEM_IDS[i], a])) }]);
  await driver.get(`${server.origin}${BLANK}`);
  await driver.executeScript((entries) => { for (const [key, v] of entries) localStorage.setItem(key, v); },
    [[`${k.assessment}rules1`, record], [k.settings, JSON.stringify({ lang: 'ja', current: 'rules1' })]]);
  await driver.get(`${server.url}#/results`);
  await waitForHeading(driver, '結果とアクションプラン');

  // 1. The incident block: both desks after IPA's, the first with a phone to call.
  await waitInPage(driver, () => document.querySelector('.incident .help-desks') !== null, [], 'the help desks');
  const incident = await driver.executeScript(() => document.querySelector('.incident').textContent);
  assert.ok(incident.indexOf('架空県よろず支援拠点') > incident.indexOf('企業組織向けサイバーセキュリティ相談窓口'), incident);
  assert.ok(incident.includes('架空商工会議所 中小企業相談所') && incident.includes('平日 9:00〜17:00'));
  assert.equal(await driver.executeScript(() => document.querySelector('.incident a[href^="tel:"]')?.getAttribute('href')), 'tel:0000000000');
  // 2. On paper, the desk's address is written out.
  assert.equal(await driver.executeScript(() => document.querySelector('.incident .help-desks .print-only.url')?.textContent.trim()), 'https://yorozu.example.jp/');

  // 3. The next step leads to the rules draft; its contacts include the desks.
  await click(driver, '.next-step a[href="#/rules"]');
  await waitForHeading(driver, 'クラウドサービス利用ルール（案）');
  await waitInPage(driver, () => (document.getElementById('rules-text')?.value ?? '').length > 500, [], 'the draft');
  const made = await draft(driver);
  const lines = made.split('\n');
  assert.equal(lines[0], 'クラウドサービス利用ルール（案）');
  assert.ok(lines.some((l) => l.startsWith('・すべてのアカウントで多要素認証') && l.endsWith('（No.9）（対応中：期限未定）')), made);
  assert.ok(lines.some((l) => l.includes('（No.10）（対応中：期限未定）')));
  assert.ok(lines.includes('　相談窓口：架空県よろず支援拠点　電話 000-000-0000　平日 9:00〜17:00　https://yorozu.example.jp/'), made);
  assert.ok(lines.includes('　相談窓口：架空商工会議所 中小企業相談所'));

  // The owner adds a rule of their own: kept through a reload, and back and forth.
  const field = await driver.findElement(By.css('#rules-text'));
  await driver.executeScript((f) => f.scrollIntoView({ block: 'center' }), field);
  await field.sendKeys('\n・私物のパソコンやスマートフォンでは使いません。');
  await waitInPage(driver, () => document.getElementById('rules-text').value.endsWith('・私物のパソコンやスマートフォンでは使いません。'), [], 'the edit');
  await waitInPage(driver, () => document.querySelector('.rules .letter-edited') !== null, [], 'said to be edited');
  const edited = await draft(driver);
  await driver.navigate().refresh();
  await waitForHeading(driver, 'クラウドサービス利用ルール（案）');
  await waitInPage(driver, (want) => document.getElementById('rules-text')?.value === want, [edited], 'the edit after a reload');
  await driver.navigate().back();
  await waitForHeading(driver, '結果とアクションプラン');
  await driver.navigate().forward();
  await waitForHeading(driver, 'クラウドサービス利用ルール（案）');
  await waitInPage(driver, (want) => document.getElementById('rules-text')?.value === want, [edited], 'the edit after back and forward');

  // Made again from the answers, after a question: the owner's line gone, the rules as
  // before (the review date, counted from the last change of a check this old, may move).
  await button(driver, '回答から作り直す', '.rules');
  await button(driver, '作り直す', '.rules');
  await waitInPage(driver, () => !document.getElementById('rules-text')?.value.includes('私物'), [], 'the draft from the answers');
  assert.equal(await driver.executeScript(() => document.querySelector('.rules .letter-edited')), null);
  const dated = (text) => text.split('\n').filter((l) => !/\d{4}年/.test(l));
  assert.deepEqual(dated(await draft(driver)), dated(made));

  // In English, made from the answers in English, the desks' English names with it.
  await click(driver, '.lang-button');
  await waitForHeading(driver, 'Cloud service rules (draft)');
  await waitInPage(driver, () => (document.getElementById('rules-text')?.value ?? '').startsWith('Cloud service rules (draft)'), [], 'the English draft');
  const english = await draft(driver);
  assert.ok(english.includes('(No. 9) (in progress: no date set)'), english);
  assert.ok(english.includes('  Help desk: Kakū Yorozu Support Center, phone 000-000-0000, Weekdays 9:00–17:00, https://yorozu.example.jp/'));
});
