// @ts-check
// The SCORM 1.2 package of a release build: `node tools/scorm.mjs DIST OUT.zip VERSION`.
//
// The zip holds the build's files (not the .br/.gz copies, which an LMS does not send) and
// at its root imsmanifest.xml: SCORM 1.2 content packaging (IMS CP 1.1.2 with ADL's
// extensions), one organization with one item, one SCO resource whose entry is the
// participants' page, every file of the package listed, schema "ADL SCORM" version "1.2",
// an identifier that stays the same from version to version (an LMS recognises an update),
// and the title in Japanese (the course can rename the activity).
//
// The same build gives the same bytes on any machine: the manifest, then the files sorted
// (tools/zip.mjs).
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reproducibleZip } from './zip.mjs';

/** Stays the same across versions: an LMS sees a new version as the same package. */
export const IDENTIFIER = 'cloud-check-selfcheck-scorm12';
export const TITLE = 'クラウドサービス安全利用 セルフチェック';

const xmlEscape = (/** @type {string} */ text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The manifest for a package of `files` (sorted, relative to the package root).
 * @param {string[]} files
 * @param {string} version
 */
export function manifest(files, version) {
  const listed = files.map((f) => `      <file href="${xmlEscape(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${IDENTIFIER}" version="${xmlEscape(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${TITLE}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${TITLE}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${listed}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * Writes the package of the build in `dist` to `out`; its file names.
 * @param {string} dist
 * @param {string} out
 * @param {string} version
 */
export async function writePackage(dist, out, version) {
  const files = (await readdir(dist)).filter((f) => !f.startsWith('.') && !/\.(br|gz)$/.test(f)).sort();
  if (!files.includes('index.html')) throw new Error(`scorm: no index.html in ${dist}`);
  /** @type {Record<string, Uint8Array>} */
  const entries = { 'imsmanifest.xml': new TextEncoder().encode(manifest(files, version)) };
  for (const f of files) entries[f] = new Uint8Array(await readFile(join(dist, f)));
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, reproducibleZip(entries));
  return ['imsmanifest.xml', ...files];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const [dist, out, version] = process.argv.slice(2);
  if (!dist || !out || !version) throw new Error('usage: node tools/scorm.mjs DIST OUT.zip VERSION');
  const files = await writePackage(dist, out, version);
  console.log(`scorm: ${out} (${files.length} files)`);
}
