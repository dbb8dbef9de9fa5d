// A course page that sandboxes its iframe in the strictest way (scripts only, so the frame
// has an opaque origin): no storage and no service worker there. Chromium and Firefox run
// the app and say that answers will not be kept; WebKit refuses the app's own files under
// its policy ('self' matches nothing in an opaque origin), so the page says how to open it
// instead of showing a start screen that does nothing. Nothing throws in any engine.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { By, ENGINE, PROBE, problems, useEngine, waitForHeading, waitInPage } from './lib/harness.mjs';

const HOST = '/courses/sandboxed.html';
const PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><script>${PROBE}</script>
<link rel="icon" href="data:,"><title>Sandboxed</title></head>
<body><iframe id="check" sandbox="allow-scripts" title="Cloud check" src="/sub/app/" style="width:100%" height="600"></iframe></body></html>`;

// An opaque origin fetches the app's module scripts and wasm with CORS, as from another site.
const app = useEngine({
  extra: { [HOST]: { type: 'text/html; charset=utf-8', body: PAGE } },
  server: { headers: () => ({ 'access-control-allow-origin': '*' }) },
});

test(`${ENGINE}: in an iframe sandboxed without allow-same-origin, the user is told what works`, async () => {
  const { driver, server } = app;
  await driver.get(server.origin + HOST);
  await driver.switchTo().frame(await driver.findElement(By.css('#check')));
  if (ENGINE === 'webkit') {
    const note = await waitInPage(driver, () => document.querySelector('.load-failed')?.textContent);
    assert.match(note, /埋め込み設定（sandbox）では、ツールを動かせません/);
    assert.ok(note.includes(`${server.url}`), `the address to open: ${note}`);
  } else {
    await waitForHeading(driver, 'そのクラウドサービス');
    const banner = await waitInPage(driver, () => document.querySelector('.banner.warning')?.textContent);
    assert.match(banner, /このブラウザでは保存が使えません/);
  }
  const inFrame = (await problems(driver)).filter((p) => !(ENGINE === 'webkit' && / CSP violation: /.test(p)));
  assert.deepEqual(inFrame, [], 'nothing thrown inside the frame');
  await driver.switchTo().defaultContent();
});
