// @ts-check
// Trunk post-build hook (see Trunk.toml): finishes the page Trunk has just built, for release
// builds. The HTML is read and written with parse5 (the WHATWG parser); the programs put into
// it are the files in page/, filled in and minified by tools/page-programs.mjs.
//
// 0. The participants' page: its wasm is split (tools/split.mjs), so that the screens after
//    the answers leave the first load; Trunk's glue and wasm give way to the split ones.
// 1. Trunk's boot script and preload links give way to page/boot.js, which lets the browser
//    paint the page before the app's files are fetched and run.
// 2. The style sheets go inline, so that paint needs nothing but the page.
// 3. The body Rust prerenders for this page (src/bin/prerender.rs: for the participants'
//    page the start screen and the no-JavaScript checklist, with page/choose.js before it,
//    which decides before the first paint whether that start screen is the one the app will
//    show; for the trainer's page a loading line) takes the place of the page's <noscript>.
//    The participants' page also gets the checklist's English as a file of its own.
// 4. A Content-Security-Policy <meta> allows nothing but the app's own files: scripts from
//    this folder plus the page's inline scripts, the one inline style (both by their SHA-256
//    hashes, computed last), 'wasm-unsafe-eval' (needed to compile WebAssembly; it does not
//    allow eval), no plugins, no <base>, no form submissions, connections only to this
//    origin. A second <meta> tells the app that the build has a service worker.
//
// What belongs to the whole build, not to one page (embed.js, sw.js, the precompressed
// copies), is written afterwards by tools/assemble.mjs. Development builds (trunk serve)
// are left alone: its live-reload script is injected later.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { defaultTreeAdapter as tree, parse, parseFragment, serialize } from 'parse5';
import { fileURLToPath } from 'node:url';
import { bootRules, prerender, program } from './page-programs.mjs';
import { split } from './split.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const page = basename(process.env.TRUNK_HTML_FILE ?? 'index.html');
const file = join(dir, page);
/** @param {string} message @returns {never} */
const fail = (message) => {
  throw new Error(`post-build (${page}): ${message}`);
};

const document = parse(await readFile(file, 'utf8'), { scriptingEnabled: false });
const built = await readdir(dir);
const named = (/** @type {RegExp} */ re) => built.find((f) => re.test(f)) ?? fail(`no file matching ${re} in the build`);
const trunkGlue = named(/^[a-z-]+-[0-9a-f]+\.js$/);
const trunkWasm = named(/_bg\.wasm$/);
const rules = bootRules();
const participants = page === 'index.html';

// 1. The boot script, in place of Trunk's (which must name this build's files).
const trunkBoot = only((n) => n.tagName === 'script' && attr(n, 'type') === 'module' && !attr(n, 'src'), 'inline module script (Trunk’s boot)');
const preloads = elements(document).filter((n) => n.tagName === 'link' && ['modulepreload', 'preload'].includes(attr(n, 'rel') ?? ''));
const wasmPreload = preloads.find((n) => attr(n, 'href')?.endsWith(trunkWasm)) ?? fail('no preload link for the wasm');
if (!text(trunkBoot).includes(trunkGlue) || !text(trunkBoot).includes(trunkWasm)) fail('Trunk’s boot script does not name this build’s files');
// 0. The split (index.html is built with the feature "split" by scripts/lib.sh; cargo's wasm
// is the one Trunk has just built: target/wasm32-unknown-unknown/release/<bin>.wasm).
const root = fileURLToPath(new URL('..', import.meta.url));
const splitBuild = participants
  ? await split({
      dir,
      glue: trunkGlue,
      wasm: trunkWasm,
      cargoWasm: join(process.env.CARGO_TARGET_DIR ?? join(root, 'target'), 'wasm32-unknown-unknown', 'release', 'cloud-check.wasm'),
      name: 'cloud-check',
    })
  : null;
const glue = splitBuild?.glue ?? trunkGlue;
const wasm = splitBuild?.wasm ?? trunkWasm;
// The site's details (site.json, which the web manager edits) are fetched beside the app,
// except in an LMS, where the course is the site and the package carries no such file.
const lms = process.env.CLOUD_CHECK_FLAVOUR === 'lms';
const site = lms ? null : { file: rules.names.siteFile, global: rules.names.siteGlobal };
const app = { glue, wasm, integrity: splitBuild?.integrity ?? attr(wasmPreload, 'integrity') ?? '', site };
setText(trunkBoot, await program('boot.js', { BUILD_APP: app }, { module: true }));
for (const link of preloads) tree.detachNode(link);

// 2. The page's style sheets, inline as one <style> in their order: the participants' sheet
// (style.css) on every page, the trainer's (trainer.css) on the trainer's page only. The
// files stay for embed.js, whose shadow roots link the participants' sheet.
named(/^style-[0-9a-f]+\.css$/);
const sheetLinks = elements(document).filter((n) => n.tagName === 'link' && attr(n, 'rel') === 'stylesheet' && /\.css$/.test(attr(n, 'href') ?? ''));
if (sheetLinks.length === 0) fail('no style sheet link');
const sheets = await Promise.all(sheetLinks.map(async (link) => {
  const href = basename(attr(link, 'href') ?? '');
  if (!built.includes(href)) fail(`the style sheet ${href} is not in the build`);
  return (await readFile(join(dir, href), 'utf8')).trim();
}));
const css = sheets.join('\n');
if (css.toLowerCase().includes('</style')) fail('a style sheet cannot be inlined');
const style = tree.createElement('style', sheetLinks[0].namespaceURI, []);
tree.insertText(style, css);
tree.insertBefore(sheetLinks[0].parentNode, style, sheetLinks[0]);
for (const link of sheetLinks) tree.detachNode(link);

// 3. The prerendered body. The participants' page gets the start screen, with the script
// that decides whether it is shown; other pages a loading line.
const noscript = only((n) => n.tagName === 'noscript', '<noscript>');
// The SCORM package's build (scripts/lib.sh build_scorm) starts as it shows inside an LMS.
const flavour = lms ? ['--lms'] : [];
const body = parseFragment(participants ? prerender(...flavour) : prerender('--trainer'), { scriptingEnabled: false });
if (!elements(body).some((n) => attr(n, 'id') === rules.names.prerenderedId)) fail('the prerender printed no body');
if (elements(body).some((n) => n.tagName === 'script')) fail('the prerender printed a script');
if (participants) {
  const choose = tree.createElement('script', noscript.namespaceURI, []);
  tree.insertText(choose, await program('choose.js', { BUILD_RULES: rules }, { module: false }));
  tree.insertBefore(noscript.parentNode, choose, noscript);
}
for (const node of [...body.childNodes]) tree.insertBefore(noscript.parentNode, node, noscript);
tree.detachNode(noscript);

// 3b. The checklist's English as a file of its own, named after its content: the
// participants' wasm (feature "english-on-demand") fetches it when someone reads in English.
if (participants) {
  const [name, json] = prerender('--english').split('\n');
  if (!/^content-en-[0-9a-f]{16}\.json$/.test(name) || !Array.isArray(JSON.parse(json))) fail('the prerender printed no English file');
  await writeFile(join(dir, name), json);
}

// 4. The policy, with the hashes of what is inline.
const all = elements(document);
if (all.some((n) => n.attrs.some((/** @type {{ name: string }} */ a) => a.name === 'style' || a.name.startsWith('on')))) {
  fail('a style or event-handler attribute (the policy allows neither)');
}
if (all.some((n) => n.tagName === 'meta' && attr(n, 'http-equiv')?.toLowerCase() === 'content-security-policy')) {
  fail('the page already has a policy');
}
const sha256 = (/** @type {string} */ content) => `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
const scripts = all.filter((n) => n.tagName === 'script' && !attr(n, 'src')).map(text);
const styles = all.filter((n) => n.tagName === 'style').map(text);
const expected = participants ? 2 : 1;
if (scripts.length !== expected || styles.length !== 1) {
  fail(`expected ${expected} inline script(s) and one style, found ${scripts.length} and ${styles.length}`);
}
const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${scripts.map(sha256).join(' ')}`,
  `style-src 'self' ${styles.map(sha256).join(' ')}`,
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
// The policy must come before any script, so it goes right after the charset.
const charset = only((n) => n.tagName === 'meta' && attr(n, 'charset')?.toLowerCase() === 'utf-8', '<meta charset>');
const metas = [
  [{ name: 'http-equiv', value: 'Content-Security-Policy' }, { name: 'content', value: policy }],
  [{ name: 'name', value: rules.names.offlineMeta }, { name: 'content', value: rules.names.serviceWorker }],
];
const head = charset.parentNode;
const after = head.childNodes[head.childNodes.indexOf(charset) + 1] ?? fail('nothing after <meta charset>');
for (const attrs of metas) tree.insertBefore(head, tree.createElement('meta', charset.namespaceURI, attrs), after);

await writeFile(file, serialize(document, { scriptingEnabled: false }));
console.log(`post-build (${page}): ${splitBuild ? `wasm split (${splitBuild.parts.length} parts), ` : ''}boot script, inline style, prerendered body, policy with ${scripts.length} script hashes`);

// parse5's tree is walked loosely here (any node may have children, a template its content):
// its nodes are typed `any` below, on purpose.

/**
 * Every element under `node`, in document order.
 * @param {any} node
 * @returns {any[]}
 */
function elements(node) {
  /** @type {any[]} */
  const found = [];
  /** @param {any} n */
  const walk = (n) => {
    for (const child of n.childNodes ?? []) {
      if (child.tagName) found.push(child);
      walk(child.tagName === 'template' ? child.content : child);
    }
  };
  walk(node);
  return found;
}

/**
 * The one element of the page that `test` accepts.
 * @param {(node: any) => boolean} test
 * @param {string} what
 */
function only(test, what) {
  const found = elements(document).filter(test);
  if (found.length !== 1) fail(`expected one ${what}, found ${found.length}`);
  return found[0];
}

/**
 * @param {any} node
 * @param {string} name
 * @returns {string | undefined}
 */
function attr(node, name) {
  return node.attrs?.find((/** @type {{ name: string, value: string }} */ a) => a.name === name)?.value;
}

/**
 * @param {any} node
 * @returns {string}
 */
function text(node) {
  return node.childNodes.map((/** @type {any} */ c) => c.value ?? '').join('');
}

/**
 * @param {any} node
 * @param {string} content
 */
function setText(node, content) {
  for (const child of [...node.childNodes]) tree.detachNode(child);
  tree.insertText(node, content);
}
