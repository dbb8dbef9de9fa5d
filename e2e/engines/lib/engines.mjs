// The three browser engines, each driven over W3C WebDriver by selenium-webdriver (the
// Selenium project's own client, which speaks to any conforming driver): Chromium through
// ChromeDriver and Firefox through geckodriver, each started by selenium's own service class;
// WebKit (Safari's engine) through WebKitGTK's WebKitWebDriver and MiniBrowser under a
// virtual display, started here, as selenium has no service for it and Xvfb's process group
// must go as a whole. Each engine gets its own download folder, so a test can read the file
// a user would get.
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';
import { ServiceBuilder as ChromeService } from 'selenium-webdriver/chrome.js';
import { ServiceBuilder as FirefoxService } from 'selenium-webdriver/firefox.js';
import { CHROME_FLAGS, FIREFOX_PREFS } from '../../lib/browsers.mjs';

const env = process.env;

/** Engines to run: all three unless ENGINES (comma-separated) narrows them. */
export const ENGINES = (env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);

/** How each engine's driver is started and what a new session asks for. */
const SPECS = {
  chromium: {
    service: () => new ChromeService(required('CHROMEDRIVER')).build(),
    capabilities: (downloads) => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: required('CHROME_PATH'),
        args: ['--headless=new', ...CHROME_FLAGS, '--lang=ja-JP'],
        prefs: { 'download.default_directory': downloads, 'download.prompt_for_download': false, 'intl.accept_languages': 'ja-JP' },
      },
    }),
  },
  firefox: {
    service: () => new FirefoxService(required('GECKODRIVER')).build(),
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
          // The downloads panel that opens with each download takes the window's focus (a
          // person closes it with Escape); keys would no longer reach the page.
          'browser.download.alwaysOpenPanel': false,
          'intl.accept_languages': 'ja-JP',
          ...FIREFOX_PREFS,
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
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100)); // polling a port, not a test wait
  }
  throw new Error(`${name}'s driver did not open port ${port} in 30 s`);
}

/** Starts WebKitWebDriver under Xvfb; resolves to { address, stop }. */
async function startUnderXvfb(spec, name, downloads) {
  const port = await freePort();
  const [command, args] = spec.command(port);
  const childEnv = spec.homeIsDownloads ? { ...env, HOME: downloads } : env;
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true, env: childEnv });
  let log = '';
  child.stderr.on('data', (d) => {
    log = (log + d).slice(-4000);
  });
  try {
    await waitForPort(port, child, name);
  } catch (e) {
    throw new Error(`${e.message}\n${log}`);
  }
  return {
    address: `http://127.0.0.1:${port}`,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM'); // xvfb-run, Xvfb and the driver together
      } catch {
        // already gone
      }
    },
  };
}

/** How long a new browser may take to open (it takes 1-5 s) before its driver is restarted. */
const SESSION_BOUND = 45000;
/** How long closing a browser may take before its driver is restarted. */
const QUIT_BOUND = 15000;
/**
 * How long one WebDriver command may take (a page load included; the tests' own waits are
 * 20 s) before the test fails naming it: a browser that dies mid-test otherwise leaves every
 * later command waiting for ever, and the whole file ends in node's timeout with no word of
 * where. The next test gets a new browser (and a new driver if closing this one stalls).
 */
const COMMAND_BOUND = 60000;

/** `promise`, or a rejection with `message` after `ms`. */
function bounded(promise, ms, message) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Starts an engine's driver. Resolves to { name, session(), quit(driver), downloads, stop() }:
 * `session()` opens a new browser (a fresh profile) and resolves to a selenium WebDriver;
 * `quit(driver)` closes it. A browser that does not open or close in time (MiniBrowser has
 * been seen to die at start under load, leaving its driver waiting for ever) costs its driver:
 * a new one is started and the browser opened once more, so a stall is one retry, not a hung
 * test run.
 */
export async function startEngine(name) {
  const spec = SPECS[name];
  if (!spec) throw new Error(`unknown engine ${name}`);
  const downloads = await mkdtemp(join(tmpdir(), `cloud-check-${name}-downloads-`));
  const startDriver = async () => {
    if (spec.service) {
      const service = spec.service();
      return { address: await service.start(30000), stop: () => service.kill() };
    }
    return startUnderXvfb(spec, name, downloads);
  };
  let driver = await startDriver();
  const restart = async (why) => {
    console.log(`# ${name}: ${why}; starting its driver again`);
    await driver.stop();
    driver = await startDriver();
  };
  return {
    name,
    downloads,
    async session() {
      for (let attempt = 1; ; attempt++) {
        const opening = new Builder().usingServer(driver.address).withCapabilities(spec.capabilities(downloads)).build();
        try {
          const session = await bounded(opening, SESSION_BOUND, `no browser opened in ${SESSION_BOUND / 1000} s`);
          const execute = session.execute.bind(session);
          session.execute = (command) =>
            bounded(execute(command), COMMAND_BOUND, `${name} did not answer ${command.getName()} in ${COMMAND_BOUND / 1000} s`);
          return session;
        } catch (e) {
          opening.catch(() => {}); // settles, if ever, after its driver has gone
          if (attempt === 2) throw e;
          await restart(e.message);
        }
      }
    },
    async quit(session) {
      try {
        await bounded(session.quit(), QUIT_BOUND, `the browser did not close in ${QUIT_BOUND / 1000} s`);
      } catch (e) {
        await restart(e.message);
      }
    },
    stop: () => driver.stop(),
  };
}
