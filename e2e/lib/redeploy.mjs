// Another release of the app, made from the release build under test, as the next deploy
// of a portal would look to a browser: the app's hashed files have new names (the old names
// are gone from the server), and the page, embed.js and the service worker name the new
// ones. The content hash that names the offline cache changes with them, and the page's
// Content-Security-Policy carries the hashes of its rewritten inline scripts.
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
// The test rewrites a finished build as a deploy script would; a regular expression finds the
// inline scripts of our own, known pages.
const inlineScripts = (html) => [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

/** Copies the build in `dist` to a new folder as release number `n`; returns the folder. */
export async function nextRelease(dist, n) {
  const out = await mkdtemp(join(tmpdir(), `cloud-check-release-${n}-`));
  await cp(dist, out, { recursive: true });
  const files = await readdir(out);
  const glue = files.find((f) => /^cloud-check-[0-9a-f]+\.js$/.test(f));
  const wasm = files.find((f) => /^cloud-check-[0-9a-f]+_bg\.wasm$/.test(f));
  if (!glue || !wasm) throw new Error(`redeploy: no app files in ${dist}`);
  // A different hash of the same length, as a new build's would be.
  const rehash = (name) => name.replace(/[0-9a-f]{16}/, (h) => createHash('sha256').update(h + n).digest('hex').slice(0, 16));
  const renamed = new Map([[glue, rehash(glue)], [wasm, rehash(wasm)]]);
  for (const [from, to] of renamed) await rename(join(out, from), join(out, to));
  const rewrite = (text) => [...renamed].reduce((t, [from, to]) => t.split(from).join(to), text);

  for (const name of ['embed.js', renamed.get(glue)]) {
    await writeFile(join(out, name), rewrite(await readFile(join(out, name), 'utf8')));
  }
  const renamedSw = rewrite(await readFile(join(out, 'sw.js'), 'utf8'));
  const sw = renamedSw.replace(/\bversion:"([0-9a-f]+)"/, (_, v) => `version:"${rehash(v.padEnd(16, '0'))}"`);
  if (sw === renamedSw) throw new Error("redeploy: no version found in sw.js");
  await writeFile(join(out, 'sw.js'), sw);

  const page = await readFile(join(out, 'index.html'), 'utf8');
  let next = rewrite(page);
  const [before, after] = [inlineScripts(page), inlineScripts(next)];
  before.forEach((script, i) => { next = next.replace(sha256(script), sha256(after[i])); });
  await writeFile(join(out, 'index.html'), next);
  return out;
}
