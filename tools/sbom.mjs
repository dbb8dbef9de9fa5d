// @ts-check
// The release's SBOM: the crates compiled into the WebAssembly, as CycloneDX 1.5 JSON from
// cargo-cyclonedx (`node tools/sbom.mjs OUT.cdx.json VERSION COMMIT`; scripts/release.sh).
//
// cargo-cyclonedx stamps each run with the time and a random serial number, and names the
// checkout's folder; a release must give the same bytes from the same commit, so the first
// two are taken from the commit instead (SOURCE_DATE_EPOCH, and a name-based UUID of the
// version and commit) and the folder becomes /build.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const [out, version, commit] = process.argv.slice(2);
if (!out || !version || !commit) throw new Error('usage: node tools/sbom.mjs OUT.cdx.json VERSION COMMIT');

const generated = join(ROOT, 'cloud-check.cdx.json');
await rm(generated, { force: true });
execFileSync('cargo', ['cyclonedx', '--format', 'json', '--spec-version', '1.5', '--target', 'wasm32-unknown-unknown',
  '--all-features', '--no-build-deps', '--override-filename', 'cloud-check.cdx'], { cwd: ROOT, stdio: 'inherit' });
// References name the checkout's folder (path+file:///its/path#cloud-check@…): the same
// /build the release remaps the wasm's paths to, so the SBOM names no machine's folders.
const checkout = ROOT.replace(/\/$/, '');
const bom = JSON.parse((await readFile(generated, 'utf8')).replaceAll(`path+file://${checkout}#`, 'path+file:///build#'));
if (JSON.stringify(bom).includes(checkout)) throw new Error(`sbom: ${checkout} is still named in the SBOM`);
await rm(generated, { force: true });

const epoch = Number(process.env.SOURCE_DATE_EPOCH ?? 0);
bom.metadata.timestamp = new Date(epoch * 1000).toISOString().replace(/\.000Z$/, 'Z');
// A version-5-style UUID from the release's name: the same release, the same serial number.
const h = createHash('sha1').update(`cloud-check ${version} ${commit}`).digest('hex');
const uuid = `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
bom.serialNumber = `urn:uuid:${uuid}`;
await writeFile(out, `${JSON.stringify(bom, null, 2)}\n`);
console.log(`sbom: ${out} (${bom.components?.length ?? 0} components)`);
