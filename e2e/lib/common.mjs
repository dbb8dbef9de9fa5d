// What both browser layers' harnesses share (e2e/lib/harness.mjs for Playwright,
// e2e/engines/lib/harness.mjs over WebDriver): where the app is served, the viewports, the
// app's own heading, and the checks every scenario ends with.

/** The sub-path the release build is served from, as a portal would host it. */
export const MOUNT = '/sub/app/';
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** The app's own screen heading; release builds also carry a prerendered copy until it is up. */
export const APP_HEADING = 'body > .app #screen-heading';

/**
 * Runs in the page (both layers): whether the app is up (the prerendered copy, whose id is
 * `prerendered`, is gone) and the heading matching `selector` starts with `start`, on the
 * screen itself (not the placeholder with the same heading shown while the screen's part of
 * the app comes: src/ui/parts.rs).
 */
export function headingStarts({ prerendered, selector, start }) {
  const heading = document.querySelector(selector);
  return !document.getElementById(prerendered) && !heading?.closest('.waiting') && (heading?.textContent.trim().startsWith(start) ?? false);
}

/** Requests the test server logged outside the app's folder (host pages in `extra` aside). */
export function outsideRequests(server, extra = {}) {
  const mounts = server.mounts ?? [server.mount ?? MOUNT];
  return server.requests.filter((r) => !mounts.some((m) => r.path.startsWith(m)) && !extra[r.path]);
}
