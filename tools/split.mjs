// @ts-check
// The participants' wasm in parts (feature "split", src/ui/parts.rs), for tools/post-build.mjs:
// the screens after the answers leave the first load and are fetched after it.
//
// Trunk has built the page from cargo's wasm as a whole. This takes cargo's wasm again
// (linked with --emit-relocs, see build.rs) and:
//
// 1. splits it with wasm-split-cli (pinned in scripts/lib.sh): a main module, one .wasm per
//    split point, a chunk for what several share, and a small JS module that loads them;
// 2. runs wasm-bindgen on the main module as Trunk does (plus --keep-lld-exports, which
//    keeps the function table the parts link to), and wasm-opt on every module with
//    the options Trunk was given for the page (WASM_OPT below);
// 3. folds the loader into the glue, so the page still loads one script: the glue's import
//    of the loader becomes the loader's own functions, and the loader's import of the glue's
//    `initSync` the glue's own. Each part is fetched with its integrity hash and compiled
//    from the whole download, as page/boot.js does the main wasm (no streaming compile, which
//    also needs a server that sends the wasm's MIME type; an LMS may not), as soon as it
//    arrives, and kept until the part is used: a page opened at a part's address
//    (`#/results`, `#/rules`, `#/checks`, `#/compare`) fetches and compiles that part while the main
//    wasm comes;
// 4. names every file after its content (as Trunk does), minifies the glue with terser, and
//    replaces Trunk's glue and wasm with these.
//
// Returns the new glue's and main wasm's names and the main wasm's integrity, which the
// boot script uses.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minify } from 'terser';

/** What Trunk runs wasm-opt with for this page (index.html's data-wasm-opt and its params),
 * with the features rustc's wasm declares, which the split modules no longer carry. */
const WASM_OPT = ['-Oz', '--flatten', '--rereloop', '-Oz', '-Oz',
  '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];

/** The screens' addresses (src/route.rs) and the split point each needs (`Part::of` in
 * src/ui/parts.rs; tests/render.rs holds the two to agreeing): a page opened at one fetches
 * that part, and what it shares, at once. */
const PART_ROUTES = { results: 'results', rules: 'results', checks: 'checks', compare: 'checks' };

/**
 * @param {{ dir: string, glue: string, wasm: string, cargoWasm: string, name: string }} build
 *   the staging folder, Trunk's glue and wasm in it, cargo's wasm, the files' base name
 * @returns {Promise<{ glue: string, wasm: string, integrity: string, parts: string[] }>}
 */
export async function split({ dir, glue, wasm, cargoWasm, name }) {
  const fail = (/** @type {string} */ message) => {
    throw new Error(`split: ${message}`);
  };
  const work = await mkdtemp(join(tmpdir(), 'cloud-check-split-'));
  try {
    // 1. Split.
    execFileSync('wasm-split-cli', [cargoWasm, work], { stdio: 'pipe' });
    const loader = await readFile(join(work, '__wasm_split.js'), 'utf8');
    const modules = (await readdir(work)).filter((f) => f.endsWith('.wasm') && f !== 'main.wasm').sort();
    if (modules.length === 0) fail('wasm-split-cli found no split point (was the wasm built with the feature "split"?)');

    // 2. wasm-bindgen on the main module, wasm-opt on every module.
    execFileSync('wasm-bindgen', ['--target=web', `--out-dir=${work}`, `--out-name=${name}`, '--no-typescript', '--keep-lld-exports', join(work, 'main.wasm')], { stdio: 'pipe' });
    const optimise = (/** @type {string} */ file) =>
      execFileSync('wasm-opt', [join(work, file), `--output=${join(work, file)}`, ...WASM_OPT], { stdio: 'pipe' });
    optimise(`${name}_bg.wasm`);
    for (const module of modules) optimise(module);

    // 3 and 4. The parts, named after their content; the loader pointed at them.
    const hash = (/** @type {Buffer | string} */ bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    const integrity = (/** @type {Buffer} */ bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
    /** @type {Map<string, { file: string, integrity: string }>} */
    const parts = new Map();
    for (const module of modules) {
      const bytes = await readFile(join(work, module));
      const file = `${name}-part-${module.replace(/^split_/, '').replace(/\.wasm$/, '').replace(/_/g, '')}-${hash(bytes)}.wasm`;
      await writeFile(join(dir, file), bytes);
      parts.set(module, { file, integrity: integrity(bytes) });
    }
    const fetcher = /makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)", import\.meta\.url\)\);\s*src\.catch\(\(\) => \{\}\);\s*return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);\s*\}\s*,/g;
    let found = 0;
    let linked = loader.replace(fetcher, (_, module) => {
      const part = parts.get(module) ?? fail(`the loader names ${module}, which was not written`);
      found++;
      return `makeLoad(part(${JSON.stringify(part.file)}, ${JSON.stringify(part.integrity)}),`;
    });
    if (found !== parts.size) fail(`the loader fetches ${found} of ${parts.size} modules the way this script knows (has wasm-split-cli changed?)`);
    // A part that does not arrive is told to the owner by the app, in words
    // (src/ui/parts.rs): not also to the console as an error.
    const logged = '            console.error(e);\n';
    if (!linked.includes(logged)) fail('the loader does not report a failed load as this script expects');
    linked = linked.replace(logged, '');
    const importGlue = 'import { initSync } from "./main.js";\n';
    if (!linked.startsWith(importGlue)) fail('the loader does not start by importing the glue');
    linked = linked.slice(importGlue.length);
    const entries = [...linked.matchAll(/^export const (__wasm_split_load_\w+) = /gm)].map((m) => m[1]);
    if (entries.length === 0) fail('the loader exports no split point');
    linked = linked.replace(/^export const /gm, 'const ');

    // Which files each split point needs: its own and its chunks'.
    /** @type {Map<string, { file: string, integrity: string, deps: string[] }>} */
    const loaders = new Map();
    for (const m of linked.matchAll(/^const (__\w+) = (?:wrapAsyncCb\()?makeLoad\(part\("([^"]+)", "([^"]+)"\), \[([^\]]*)\]/gm)) {
      loaders.set(m[1], { file: m[2], integrity: m[3], deps: m[4].split(',').map((d) => d.trim()).filter(Boolean) });
    }
    /** @returns {[string, string][]} */
    const filesOf = (/** @type {string} */ loader) => {
      const l = loaders.get(loader) ?? fail(`the loader has no ${loader}`);
      return [[l.file, l.integrity], ...l.deps.flatMap(filesOf)];
    };
    const routeFiles = Object.fromEntries(Object.entries(PART_ROUTES).map(([route, split]) => [route, filesOf(`__wasm_split_load_${split}`)]));
    const gluePath = join(work, `${name}.js`);
    let js = await readFile(gluePath, 'utf8');
    // wasm-bindgen imports the loader once per function the wasm takes from it.
    const importsOfLoader = /^import \* as (import\d+) from "\.\/__wasm_split\.js";?\n/gm;
    const names = [...js.matchAll(importsOfLoader)].map((m) => m[1]);
    if (names.length === 0 || names.some((n) => !js.includes(`"./__wasm_split.js": ${n},`))) fail('the glue does not import the loader as this script expects');
    js = js.replace(importsOfLoader, '');
    js += `
// The parts of the wasm (tools/split.mjs): the loader of wasm-split-cli, fetching each part
// with its integrity hash and compiling the whole download.
const fetched = new Map();
function compiled(file, integrity) {
    let got = fetched.get(file);
    if (got === undefined) {
        got = fetch(new URL(\`./\${file}\`, import.meta.url), { integrity })
            .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(\`\${file}: \${r.status}\`))))
            .then((b) => WebAssembly.compile(b));
        fetched.set(file, got);
        got.catch(() => fetched.delete(file));
    }
    return got;
}
function part(file, integrity) {
    return () => {
        const got = compiled(file, integrity);
        got.catch(() => {});
        return async (imports) => WebAssembly.instantiate(await got, imports);
    };
}
${linked}
const loaderEntries = { ${entries.join(', ')} };
${names.map((n) => `const ${n} = loaderEntries;`).join('\n')}
{
    const wanted = ${JSON.stringify(routeFiles)}[/^#\\/(\\w+)/.exec(globalThis.location?.hash ?? '')?.[1]];
    for (const [file, integrity] of wanted ?? []) compiled(file, integrity).catch(() => {});
}
`;
    const minified = (await minify(js, { module: true, compress: true, mangle: true })).code ?? fail('terser returned nothing');
    const mainBytes = await readFile(join(work, `${name}_bg.wasm`));
    const newWasm = `${name}-${hash(mainBytes)}_bg.wasm`;
    const withWasm = minified.replaceAll(`${name}_bg.wasm`, newWasm);
    const newGlue = `${name}-${hash(withWasm)}.js`;
    await rm(join(dir, glue));
    await rm(join(dir, wasm));
    await writeFile(join(dir, newWasm), mainBytes);
    await writeFile(join(dir, newGlue), withWasm);
    return { glue: newGlue, wasm: newWasm, integrity: integrity(mainBytes), parts: [...parts.values()].map((p) => p.file) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
