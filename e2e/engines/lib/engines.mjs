// The three browser engines, each driven over W3C WebDriver by selenium-webdriver (the
// Selenium project's own client, which speaks to any conforming driver): Chromium through
// ChromeDriver, Firefox through geckodriver, WebKit (Safari's engine) through WebKitGTK's
// WebKitWebDriver and MiniBrowser under a virtual display. Each engine gets its own
// download folder, so a test can read the file a user would get.
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';

const env = process.env;

/** Engines to run: all three unless ENGINES (comma-separated) narrows them. */
export const ENGINES = (env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=ja-JP'];

/** How each engine's driver is started and what a new session asks for. */
const SPECS = {
  chromium: {
    command: (port) => [required('CHROMEDRIVER'), [`--port=${port}`]],
    capabilities: (downloads) => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: required('CHROME_PATH'),
        args: CHROME_FLAGS,
        prefs: { 'download.default_directory': downloads, 'download.prompt_for_download': false, 'intl.accept_languages': 'ja-JP' },
      },
    }),
  },
  firefox: {
    command: (port) => [required('GECKODRIVER'), ['--port', String(port), '--host', '127.0.0.1']],
    capabilities: (downloads) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: required('FIREFOX_PATH'),
        args: ['-headless'],
        prefs: {
          'browser.download.dir': downloads,
          'browser.download.folderList': 2,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'intl.accept_languages': 'ja-JP',
          // A closed network: no update checks, no telemetry, no captive-portal probes.
          'app.update.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'browser.safebrowsing.downloads.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
        },
      },
    }),
  },
  webkit: {
    // MiniBrowser has no headless mode: the driver and its browsers run under Xvfb.
    command: (port) => ['xvfb-run', ['-a', '-s', '-screen 0 1400x1000x24', required('WEBKIT_DRIVER'), `--port=${port}`]],
    capabilities: () => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: required('WEBKIT_BROWSER'), args: ['--automation'] },
    }),
    // MiniBrowser saves downloads in the XDG download folder, which is the home folder when
    // none is configured: the driver gets a home of its own, which is then the download folder.
    homeIsDownloads: true,
  },
};

function required(name) {
  if (!env[name]) throw new Error(`${name} must be set (scripts/test.sh sets it)`);
  return env[name];
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port, child, name) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${name}'s driver exited with ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100)); // polling a port, not a test wait
  }
  throw new Error(`${name}'s driver did not open port ${port} in 30 s`);
}

/**
 * Starts an engine's driver. Resolves to { name, session(), downloads, stop() }: `session()`
 * opens a new browser (a fresh profile) and resolves to a selenium WebDriver.
 */
export async function startEngine(name) {
  const spec = SPECS[name];
  if (!spec) throw new Error(`unknown engine ${name}`);
  const port = await freePort();
  const [command, args] = spec.command(port);
  const downloads = await mkdtemp(join(tmpdir(), `cloud-check-${name}-downloads-`));
  const childEnv = spec.homeIsDownloads ? { ...env, HOME: downloads } : env;
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true, env: childEnv });
  let log = '';
  child.stderr.on('data', (d) => { log = (log + d).slice(-4000); });
  try {
    await waitForPort(port, child, name);
  } catch (e) {
    throw new Error(`${e.message}\n${log}`);
  }
  return {
    name,
    downloads,
    session: () => new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(spec.capabilities(downloads)).build(),
    stop: () => {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    },
  };
}
