// A course's LMS for the SCORM package, as the tests need one: the package (the one the test
// command built, or one made now from DIST_DIR's build) unpacked into a folder the test
// server serves from a sub-path, and a course page that gives the package scorm-again's
// SCORM 1.2 run-time (npm, MIT: the run-time LMSs use) as `window.API` and frames the package,
// as an LMS does. The page takes a stored record to resume from, and can make the LMS refuse
// commits, through its address (so it works the same over WebDriver).
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

const require = createRequire(import.meta.url);

/**
 * Where the package is served, as Moodle serves a package's files:
 * /pluginfile.php/<context>/mod_scorm/content/<revision>/. The revision grows each time the
 * trainer uploads the package again; PACKAGE_MOUNT_UPDATED is the same activity after one
 * such upload (the course page frames it with ?rev=43).
 */
const PACKAGE_BASE = '/pluginfile.php/77/mod_scorm/content/';
export const PACKAGE_MOUNT = `${PACKAGE_BASE}42/`;
export const PACKAGE_MOUNT_UPDATED = `${PACKAGE_BASE}43/`;
export const COURSE = '/lms/course.html';
export const COMMIT = '/lms/commit';

/** The package's zip: the test command's (SCORM_ZIP), else one made now from DIST_DIR. */
async function packageZip() {
  if (process.env.SCORM_ZIP) return process.env.SCORM_ZIP;
  throw new Error('SCORM_ZIP must be set (scripts/test.sh builds the package)');
}

/** The package unpacked: { zip, dir, entries } (entries: name → bytes). */
export async function unpacked() {
  const zip = await packageZip();
  const entries = unzipSync(new Uint8Array(await readFile(zip)));
  const dir = await mkdtemp(join(tmpdir(), 'cloud-check-scorm-'));
  for (const [name, bytes] of Object.entries(entries)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), bytes);
  }
  return { zip, dir, entries };
}

// The package's own files (its exports do not list the browser bundle).
const RUNTIME = await readFile(join(dirname(require.resolve('scorm-again/scorm12')), 'scorm12.min.js'), 'utf8');

/** The course page's own script (runs in the page): the run-time set up as an LMS does, then the package framed. */
function course(commitUrl, packageBase) {
  const params = new URLSearchParams(location.search);
  const settings = { autocommit: false, logLevel: 5 };
  if (params.get('refuse')) Object.assign(settings, { lmsCommitUrl: commitUrl });
  window.API = new window.Scorm12API(settings);
  window.calls = [];
  window.sets = [];
  for (const name of ['LMSInitialize', 'LMSFinish', 'LMSCommit']) window.API.on(name, () => window.calls.push(name));
  window.API.on('LMSSetValue.cmi.*', (element, value) => window.sets.push([element, value]));
  if (params.get('record')) window.API.loadFromJSON(JSON.parse(atob(params.get('record'))));
  const frame = document.createElement('iframe');
  frame.id = 'sco';
  frame.title = 'SCO';
  frame.style = 'width:100%;height:800px;border:0';
  frame.src = `${packageBase}${params.get('rev') || '42'}/index.html`;
  document.body.append(frame);
}

/**
 * The course page. `?record=<base64 JSON>` starts the attempt from a stored record (as an LMS
 * resumes one); `?refuse=1` makes the LMS refuse commits (its commit address says no);
 * `?rev=43` frames the package at the next revision.
 * The page keeps what the package did: `window.calls` (the names of its LMSInitialize,
 * LMSCommit and LMSFinish calls) and `window.sets` (each value it set).
 */
const COURSE_PAGE = (probe = '') => `<!doctype html><html lang="ja"><head><meta charset="utf-8">${probe ? `<script>${probe}</script>` : ''}
<link rel="icon" href="data:,"><title>Course</title><script src="/lms/scorm12.min.js"></script></head>
<body><h1>Unit 5: cloud services</h1>
<script>(${course})(${JSON.stringify(COMMIT)}, ${JSON.stringify(PACKAGE_BASE)});</script></body></html>`;

/** The test server's extra files for the course: the page, the run-time, the commit address. */
export function courseFiles(probe = '') {
  return {
    [COURSE]: { type: 'text/html; charset=utf-8', body: COURSE_PAGE(probe) },
    '/lms/scorm12.min.js': { type: 'text/javascript; charset=utf-8', body: RUNTIME },
    // An LMS's answer to a commit it refuses (read by scorm-again as the LMS's).
    [COMMIT]: { type: 'application/json', body: '{"result":false,"errorCode":101}' },
  };
}

/**
 * Response headers as Moodle sends a package's files (its file-type table): no wasm type at
 * all, the old JavaScript type, and no sniffing.
 */
export function moodleHeaders(path) {
  const headers = { 'x-content-type-options': 'nosniff' };
  if (path.endsWith('.wasm')) headers['content-type'] = 'document/unknown';
  if (path.endsWith('.js')) headers['content-type'] = 'application/x-javascript';
  return headers;
}
