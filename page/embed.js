// @ts-check
// embed.js: puts the app into elements of a host page (a course page in an LMS, say):
//
//   <div data-cloud-check data-lang="ja"></div>
//   <script type="module" src="https://example.org/tools/cloud-check/embed.js"></script>
//
// It knows this build's file names (BUILD_EMBED, filled in by tools/assemble.mjs), so
// host pages use one stable URL. Its one global tells the app to mount only into
// [data-cloud-check] elements (also ones the page adds later), never the host page itself,
// and where its styles are.

const build = BUILD_EMBED;
const base = new URL('./', import.meta.url);
/** @type {Record<string, unknown>} */ (globalThis)[build.names.embedGlobal] = {
  stylesheet: new URL(build.stylesheet, base).href,
};
const { default: init } = await import(new URL(build.glue, base).href);
await init({ module_or_path: new URL(build.wasm, base) });
