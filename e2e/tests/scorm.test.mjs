// The SCORM 1.2 package in an LMS, in Chromium: its manifest checked with a real XML parser
// and against the IMS/ADL schema files; then the package served as Moodle serves a package's
// files, framed by a course page that gives it a real SCORM run-time (scorm-again) as an LMS
// does: completion and score recorded, a partial check incomplete, the answers restored from
// the LMS's record in a new browser profile, a refusing LMS shown to the participant with
// nothing lost, and on leaving: suspended, timed and finished once. (The journey itself runs
// in every engine: e2e/engines/scorm.test.mjs.)
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { validateXML } from 'xmllint-wasm';
import { MIXED } from '../lib/fixtures.mjs';
import { useApp } from '../lib/harness.mjs';
import { COURSE, courseFiles, moodleHeaders, PACKAGE_MOUNT, unpacked } from '../lib/lms.mjs';
import { announcement, frameIdOf, liveRegions } from '../lib/live.mjs';

const pkg = await unpacked();
const app = useApp({
  root: pkg.dir,
  mount: PACKAGE_MOUNT,
  extra: courseFiles(),
  server: { headers: moodleHeaders },
});

const CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

test('the manifest is SCORM 1.2 content packaging, lists every file, and validates against the schemas', async () => {
  const text = new TextDecoder().decode(pkg.entries['imsmanifest.xml']);
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  const root = doc.documentElement;
  assert.equal(root.localName, 'manifest');
  assert.equal(root.namespaceURI, CP);
  assert.match(root.getAttribute('identifier'), /^[A-Za-z0-9_.-]+$/);
  const version = (await readFile(join(dirname(new URL(import.meta.url).pathname), '../../Cargo.toml'), 'utf8')).match(/^version = "(.+)"/m)[1];
  assert.equal(root.getAttribute('version'), version, "Cargo.toml's version");
  const el = (parent, name, ns = CP) => [...parent.getElementsByTagNameNS(ns, name)];
  assert.equal(el(root, 'schema')[0].textContent, 'ADL SCORM');
  assert.equal(el(root, 'schemaversion')[0].textContent, '1.2');
  const organizations = el(root, 'organizations')[0];
  const orgs = el(organizations, 'organization');
  assert.equal(orgs.length, 1);
  assert.equal(organizations.getAttribute('default'), orgs[0].getAttribute('identifier'));
  assert.equal(el(orgs[0], 'title')[0].textContent, 'クラウドサービス安全利用 セルフチェック');
  const items = el(orgs[0], 'item');
  assert.equal(items.length, 1);
  const resources = el(root, 'resource');
  assert.equal(resources.length, 1);
  const sco = resources[0];
  assert.equal(items[0].getAttribute('identifierref'), sco.getAttribute('identifier'));
  assert.equal(sco.getAttributeNS(ADLCP, 'scormtype'), 'sco');
  assert.equal(sco.getAttribute('type'), 'webcontent');
  assert.equal(sco.getAttribute('href'), 'index.html');
  const listed = el(sco, 'file').map((f) => f.getAttribute('href')).sort();
  const inZip = Object.keys(pkg.entries).filter((n) => n !== 'imsmanifest.xml').sort();
  assert.deepEqual(listed, inZip, 'every file of the package is listed, and only those');
  assert.ok(inZip.some((n) => n.endsWith('_bg.wasm')) && !inZip.some((n) => /\.(br|gz)$/.test(n)));

  // The schema files ADL ships with SCORM 1.2 (committed under e2e/test-data/scorm12-schema,
  // where their origin is noted), checked by libxml2 (xmllint-wasm): a schema that imports
  // both of the manifest's namespaces. IMS's copy of the xml namespace's schema (ims_xml.xsd)
  // binds that namespace as the default, which libxml2 refuses; W3C's own xml.xsd declares
  // the same attributes and stands in for it.
  const schemas = fileURLToPath(new URL('../test-data/scorm12-schema/', import.meta.url));
  const xsd = (name) => readFile(join(schemas, name), 'utf8');
  const both = `<?xml version="1.0"?><xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
    <xsd:import namespace="${CP}" schemaLocation="imscp_rootv1p1p2.xsd"/>
    <xsd:import namespace="${ADLCP}" schemaLocation="adlcp_rootv1p2.xsd"/></xsd:schema>`;
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: text }],
    schema: [{ fileName: 'scorm12.xsd', contents: both }],
    preload: [
      { fileName: 'imscp_rootv1p1p2.xsd', contents: await xsd('imscp_rootv1p1p2.xsd') },
      { fileName: 'adlcp_rootv1p2.xsd', contents: await xsd('adlcp_rootv1p2.xsd') },
      { fileName: 'imsmd_rootv1p2p1.xsd', contents: await xsd('imsmd_rootv1p2p1.xsd') },
      { fileName: 'ims_xml.xsd', contents: await xsd('xml.xsd') },
    ],
  });
  assert.deepEqual(result.errors, [], result.rawOutput);
  assert.ok(result.valid);
});

/** The course page's SCO frame, once the app in it is up. */
async function sco(page, query = '') {
  await page.goto(`${app.server.origin}${COURSE}${query}`);
  const frame = page.frameLocator('#sco');
  await frame.locator('body > .app #screen-heading').waitFor();
  return { frame, inner: page.frames().find((f) => f.url().includes(PACKAGE_MOUNT)) };
}

const lms = (page, element) => page.evaluate((e) => window.API.getCMIValue(e), element);

test('answering everything records completed and the score; leaving suspends and finishes once', async () => {
  const { page } = app;
  const { frame, inner } = await sco(page);
  assert.match(await frame.locator('.facts').textContent(), /研修サイトに送られるのは/);
  for (const [i, answer] of MIXED.entries()) {
    await inner.evaluate((n) => { location.hash = `#/items/${n}`; }, i + 1);
    await frame.locator('#screen-heading', { hasText: `${i + 1}.` }).waitFor();
    await frame.locator(`input[value=${answer}]`).check();
  }
  await page.waitForFunction(() => window.API.getCMIValue('cmi.core.lesson_status') === 'completed');
  assert.equal(await lms(page, 'cmi.core.score.raw'), '68');
  assert.equal(await lms(page, 'cmi.core.score.min'), '0');
  assert.equal(await lms(page, 'cmi.core.score.max'), '100');
  assert.match(await lms(page, 'cmi.suspend_data'), /^CCHK1-[0-9A-Z]+$/);
  assert.deepEqual(await page.evaluate(() => window.calls.filter((c) => c !== 'LMSCommit')), ['LMSInitialize']);
  // The participant leaves: the frame goes away.
  await page.evaluate(() => document.getElementById('sco').remove());
  await page.waitForFunction(() => window.calls.includes('LMSFinish'));
  const sets = Object.fromEntries(await page.evaluate(() => window.sets));
  assert.equal(sets['cmi.core.exit'], 'suspend');
  assert.match(sets['cmi.core.session_time'], /^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  assert.deepEqual(await page.evaluate(() => window.calls.filter((c) => c === 'LMSFinish')), ['LMSFinish'], 'finished once');
});

test('a partial check is incomplete; a new profile resumes from the LMS record alone', async () => {
  const { page } = app;
  const { frame, inner } = await sco(page);
  await inner.evaluate(() => { location.hash = '#/items/3'; });
  await frame.locator('#screen-heading', { hasText: '3.' }).waitFor();
  await frame.locator('input[value=partly]').check();
  await frame.locator('textarea[id^=memo-]').fill('顧客名簿あり');
  await page.waitForFunction(() => window.API.getCMIValue('cmi.suspend_data').length > 0
    && window.API.getCMIValue('cmi.core.lesson_status') === 'incomplete');
  // A partial check is no grade: nothing is written to the score.
  assert.equal(await page.evaluate(() => window.API.getCMIValue('cmi.core.score.raw')), '');
  await page.evaluate(() => document.getElementById('sco').remove());
  await page.waitForFunction(() => window.calls.includes('LMSFinish'));
  const record = await page.evaluate(() => window.API.renderCommitCMI(true));

  // Another device: a fresh browser profile, nothing stored; the LMS gives its record back.
  const other = await page.context().browser().newContext();
  try {
    const fresh = await other.newPage();
    const encoded = Buffer.from(JSON.stringify(record.cmi ?? record)).toString('base64');
    const { frame: again, inner: innerAgain } = await sco(fresh, `?record=${encodeURIComponent(encoded)}`);
    await innerAgain.evaluate(() => { location.hash = '#/items/3'; });
    await again.locator('#screen-heading', { hasText: '3.' }).waitFor();
    assert.equal(await again.locator('input[value=partly]').isChecked(), true, 'the answer came back');
    assert.equal(await again.locator('textarea[id^=memo-]').inputValue(), '顧客名簿あり', 'the memo too');
  } finally {
    await other.close();
  }
});

test('an LMS that refuses to commit: the participant is told, nothing is lost, and can try again', async () => {
  const { page } = app;
  const { frame, inner } = await sco(page, '?refuse=1');
  await inner.evaluate(() => { location.hash = '#/items/1'; });
  await frame.locator('#screen-heading', { hasText: '1.' }).waitFor();
  // The message reaches a screen reader (WCAG 4.1.3: e2e/lib/live.mjs).
  const cdp = await page.context().newCDPSession(page);
  const frameId = await frameIdOf(cdp, PACKAGE_MOUNT);
  const before = await liveRegions(cdp, frameId);
  await frame.locator('input[value=done]').check();
  const banner = frame.locator('.lms-problem');
  await banner.waitFor();
  const heard = await announcement(cdp, '研修サイト（LMS）に結果を記録できませんでした', before, frameId);
  assert.equal(heard.why, '');
  assert.match(await banner.textContent(), /研修サイト（LMS）に結果を記録できませんでした/);
  assert.match(await banner.textContent(), /回答はこの端末に残っています/);
  // Nothing lost: the answer is on screen and kept on this device.
  assert.equal(await frame.locator('input[value=done]').isChecked(), true);
  const kept = await inner.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':assessment:')).length);
  assert.equal(kept, 1);
  // Trying again asks the LMS again (which still refuses, and says so again).
  const commits = await page.evaluate(() => window.calls.filter((c) => c === 'LMSCommit').length);
  await frame.locator('.lms-problem button').click();
  await page.waitForFunction((n) => window.calls.filter((c) => c === 'LMSCommit').length > n, commits);
  await banner.waitFor();
  // The result code is one click away.
  await frame.locator('.lms-problem a').click();
  await frame.locator('#screen-heading', { hasText: '結果とアクションプラン' }).waitFor();
});
