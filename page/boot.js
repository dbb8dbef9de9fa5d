// @ts-check
// The release page's boot script (inline, a module): starts the app once the page is on
// screen. Trunk's own starts fetching the app at once and runs it as soon as it arrives,
// which on a fast network can be before the prerendered start screen is painted, and on a
// slow one competes with the page for bandwidth. This one waits until the browser reports
// the first contentful paint (one frame where paints are not reported), then fetches the
// wasm (with Trunk's integrity hash) and the glue in parallel. The wasm is compiled from the
// whole download rather than streamed: streaming decodes each arriving chunk on the main
// thread, which on a fast link is one long task that blocks input, while compiling a
// finished download runs off the main thread. A hidden tab (or an iframe scrolled out of
// sight) may paint nothing, so it waits at most 3 seconds.
//
// With the wasm it fetches the site's own details (site.json, which the web manager edits;
// none in an LMS), and hands their text to the app in a global before it starts, so the
// first screen the app draws already says who runs the page, and the app knows whether the
// site wants the offline copy before it registers the service worker. Without the file
// the app works as it would with an empty one.
//
// BUILD_APP (this build's file names, the wasm's hash, the site file) is filled in by
// tools/post-build.mjs.

const app = BUILD_APP;

await new Promise((done) => {
  setTimeout(done, 3000);
  if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(() => setTimeout(done));
    return;
  }
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) done(undefined);
  }).observe({ type: 'paint', buffered: true });
});

// The site's details, beside the wasm (it is tiny; nothing waits for it before the paint,
// and the app waits for it at most 3 seconds: a stalled network costs the details, never
// the tool).
const site = app.site
  ? Promise.race([
      fetch(`./${app.site.file}`)
        .then((r) => (r.ok ? r.text() : null))
        .catch(() => null),
      new Promise((resolve) => setTimeout(resolve, 3000, null)),
    ])
  : null;

try {
  const wasm = fetch(`./${app.wasm}`, { integrity: app.integrity }).then((r) => r.arrayBuffer());
  wasm.catch(() => {}); // handled below, through init, when the glue loaded first
  const { default: init } = await import(`./${app.glue}`);
  const siteText = await site;
  if (app.site && siteText !== null) Object.assign(globalThis, { [app.site.global]: siteText });
  const instance = await init({ module_or_path: wasm });
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
} catch {
  // The start screen is only a picture of the app until it loads: say why nothing works.
  // An opaque origin is an iframe sandboxed without allow-same-origin (WebKit then refuses
  // the app's own files under its policy); otherwise the network failed midway.
  const sandboxed = self.origin === 'null';
  const words = sandboxed
    ? {
        ja: 'このページの埋め込み設定（sandbox）では、ツールを動かせません。次のアドレスを新しいタブで開いてください：',
        en: 'This page embeds the tool in a way that does not let it run (sandbox). Open this address in a new tab: ',
      }
    : {
        ja: 'ツールを読み込めませんでした。通信状態を確かめて、ページを再読み込みしてください。',
        en: 'The tool could not load. Check your connection and reload the page.',
      };
  const note = document.createElement('div');
  note.className = 'banner warning load-failed';
  note.setAttribute('role', 'alert');
  for (const [lang, text] of Object.entries(words)) {
    const p = document.createElement('p');
    p.lang = lang;
    p.textContent = text + (sandboxed ? location.href.split('#')[0] : '');
    note.append(p);
  }
  document.body.prepend(note);
}
