// @ts-check
// Zips for a release, the same bytes on every machine (entries sorted; tools/zip.mjs).
//
//   node tools/release-zip.mjs OUT.zip TOP-FOLDER DIST FILE...
//     the static files of DIST under TOP-FOLDER/dist/ (the folder to copy to a host), and
//     each FILE beside it (docs/x.md keeps its folder; a file from elsewhere goes to the top)
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative } from 'node:path';
import { reproducibleZip } from './zip.mjs';

const ROOT = new URL('..', import.meta.url).pathname;

const [out, top, dist, ...files] = process.argv.slice(2);
if (!out || !top || !dist) throw new Error('usage: node tools/release-zip.mjs OUT.zip TOP-FOLDER DIST FILE...');
/** @type {Record<string, Uint8Array>} */
const entries = {};
for (const name of (await readdir(dist)).filter((f) => !f.startsWith('.')).sort()) {
  entries[`${top}/dist/${name}`] = new Uint8Array(await readFile(join(dist, name)));
}
for (const file of files) {
  const path = isAbsolute(file) ? file : join(ROOT, file);
  const inRepo = relative(ROOT, path);
  const name = inRepo.startsWith('..') || inRepo.startsWith('release/') ? basename(path) : inRepo;
  entries[`${top}/${name}`] = new Uint8Array(await readFile(path));
}
const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : 1)));
await writeFile(out, reproducibleZip(sorted));
console.log(`release-zip: ${out} (${Object.keys(sorted).length} files)`);
