// The privacy promise, enforced by the browser: the release page carries a strict
// Content-Security-Policy, and it really blocks what it should (an injected inline script,
// a connection to another origin), with each violation reported.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useApp, waitForHeading } from '../lib/harness.mjs';

const app = useApp();

test('the page carries a strict CSP with no unsafe-inline and no unsafe-eval', async () => {
  const { page, server } = app;
  await page.goto(server.url);
  await waitForHeading(page, '');
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'none'"]);
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  assert.deepEqual(directives['object-src'], ["'none'"]);
  assert.deepEqual(directives['base-uri'], ["'none'"]);
  assert.deepEqual(directives['form-action'], ["'none'"]);
  assert.ok(directives['script-src'].includes("'wasm-unsafe-eval'"));
  assert.ok(!csp.includes("'unsafe-inline'") && !csp.includes("'unsafe-eval'"), csp);
  assert.ok(directives['script-src'].every((s) => ["'self'", "'wasm-unsafe-eval'"].includes(s) || s.startsWith("'sha256-")));
  // The inline style sheet is allowed by its hash and nothing looser.
  assert.equal(directives['style-src'][0], "'self'");
  assert.equal(directives['style-src'].length, 2);
  assert.match(directives['style-src'][1], /^'sha256-[A-Za-z0-9+/]+=*'$/);
});

test('an injected style is refused, the inline style sheet is applied', async () => {
  const { page, server } = app;
  await page.goto(server.url);
  await waitForHeading(page, '');
  const outcome = await page.evaluate(() => {
    const s = document.createElement('style');
    s.textContent = 'body { display: none }';
    document.head.appendChild(s);
    const lead = getComputedStyle(document.querySelector('.lead'));
    return { bodyShown: getComputedStyle(document.body).display !== 'none', styledLead: lead.fontSize === '16.8px' }; // style.css: .lead { font-size: 1.05rem }
  });
  assert.deepEqual(outcome, { bodyShown: true, styledLead: true });
  // The browser's own refusal and the page's violation report arrive asynchronously.
  const seen = () => ['Applying inline style violates', 'CSP violation: style-src']
    .every((s) => app.problems.some((p) => p.includes(s)));
  for (let waited = 0; !seen() && waited < 5000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.ok(seen(), app.problems.join('\n'));
  app.problems.length = 0;
});

test('the policy blocks an injected script and a connection elsewhere, and says so', async () => {
  const { page, server } = app;
  await page.goto(server.url);
  await waitForHeading(page, '');
  const outcome = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true;';
    document.head.appendChild(s);
    let fetched = true;
    try { await fetch('https://example.org/collect'); } catch { fetched = false; }
    return { injected: window.__injected === true, fetched };
  });
  assert.deepEqual(outcome, { injected: false, fetched: false });
  // Reports travel from the browser asynchronously: wait (bounded) until both have arrived.
  const reports = () => app.problems.filter((p) => p.includes('CSP violation'));
  for (let waited = 0; reports().length < 2 && waited < 5000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const reported = reports();
  assert.ok(reported.some((p) => p.includes('script-src')), reported.join('\n'));
  assert.ok(reported.some((p) => p.includes('connect-src') && p.includes('example.org')), reported.join('\n'));
  // These violations were the point of the test: the shared after-each check must not fail on them.
  app.problems.length = 0;
  app.foreign.length = 0;
});
