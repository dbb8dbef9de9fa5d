// How every layer starts a browser on a machine with no GPU and no outside network: the
// Chromium flags (Playwright, ChromeDriver, the benchmark, and webdriver.json for the
// browser layer, which scripts/lib.sh writes from this list) and the Firefox preferences.
// One list, so a flag added for one layer reaches all of them.

/** Chromium's flags; headless mode is added by whoever needs it (Playwright adds its own). */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  // A closed network: no background connections (refused here, many at a time).
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Firefox's preferences for a closed network: no update checks, telemetry or probes. */
export const FIREFOX_PREFS = {
  'app.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
};

// `node e2e/lib/browsers.mjs webdriver.json CHROME FIREFOX`: prints the capabilities file
// wasm-bindgen-test-runner reads (scripts/lib.sh).
if (process.argv[2] === 'webdriver.json') {
  const [chrome, firefox] = process.argv.slice(3);
  const caps = { 'goog:chromeOptions': { binary: chrome, args: ['--headless=new', ...CHROME_FLAGS] } };
  if (firefox) caps['moz:firefoxOptions'] = { binary: firefox, prefs: FIREFOX_PREFS };
  console.log(JSON.stringify(caps, null, 2));
}
