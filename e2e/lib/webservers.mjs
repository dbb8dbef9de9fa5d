// Real web servers for the hosting tests (e2e/tests/servers.test.mjs): Debian's nginx, Apache
// httpd and Caddy, each started as a plain process on a port of 127.0.0.1 with the config
// file from docs/hosting/ exactly as a web manager copies it, only its paths, port and site
// address replaced. The little around it (nginx's http block, Apache's modules, Caddy's
// global options) is what a stock install already has, written out here because the test
// runs its own process rather than the system's service.
import { spawn } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DOCS = new URL('../../docs/hosting/', import.meta.url);
/** Where the configs put the tool, and the folder its files are in. */
export const TOOL_PATH = '/tools/cloud-check/';
const TOOL_FOLDER = '/var/www/cloud-check';

/** A page of the portal around the tool, outside its folder. */
export const PORTAL_PAGE = '/portal.html';

/** A site-wide policy as a portal sends it: strict, and knowing nothing of the tool's needs. */
export const PORTAL_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; frame-ancestors 'self'";

const free = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });

const doc = async (name) => readFile(new URL(name, DOCS), 'utf8');

/** Each server: its config files from docs/hosting/ with paths replaced, and how to run it. */
const SERVERS = {
  async nginx({ dir, www, port, portalCsp }) {
    const snippets = join(dir, 'snippets');
    await mkdir(snippets);
    await writeFile(join(snippets, 'cloud-check-headers.conf'), await doc('nginx/cloud-check-headers.conf'));
    const tool = (await doc('nginx/cloud-check.conf'))
      .replaceAll('/etc/nginx/snippets/', `${snippets}/`)
      .replaceAll(`${TOOL_FOLDER}/`, `${www}${TOOL_PATH}`);
    await writeFile(join(snippets, 'cloud-check.conf'), tool);
    const conf = join(dir, 'nginx.conf');
    await writeFile(conf, `
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
daemon off;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${www};
    ${portalCsp ? `add_header Content-Security-Policy "${portalCsp}" always;` : ''}
    include ${snippets}/cloud-check.conf;
  }
}
`);
    return ['nginx', ['-c', conf, '-p', dir]];
  },

  async apache({ dir, www, folder, port, portalCsp, portalLocation, htaccess, vhost, toolPath }) {
    // Another sub-path, changed as docs/hosting.md says: the one `Define` line of the URL.
    const tool = (await doc('apache/cloud-check.conf'))
      .replaceAll(TOOL_FOLDER, folder)
      .replace(/^Define CLOUD_CHECK_URL .*$/m, `Define CLOUD_CHECK_URL ${toolPath.replace(/\/$/, '')}`);
    await writeFile(join(dir, 'cloud-check.conf'), tool);
    // Shared hosting: the folder's .htaccess (docs/hosting/apache/htaccess, renamed), with
    // only the AllowOverride line the guide asks the host for.
    if (htaccess) await cp(new URL('apache/htaccess', DOCS), join(www, toolPath, '.htaccess'));
    // A portal whose policy is set in <Location "/"> (with `Header always set` or `Header set`).
    const portalHeader = portalLocation === 'onsuccess' ? 'Header set' : 'Header always set';
    // At server level, or (with `vhost`) in the site's <VirtualHost>, before the tool's file.
    const portalSection = `<Location "/">\n  ${portalHeader} Content-Security-Policy "${portalCsp}"\n</Location>`;
    const modules = ['mpm_event', 'authz_core', 'mime', 'dir', 'alias', 'rewrite', 'headers', 'setenvif', 'filter', 'deflate'];
    const conf = join(dir, 'apache2.conf');
    await writeFile(conf, `
ServerRoot ${dir}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${dir}/apache2.pid
DefaultRuntimeDir ${dir}
Mutex file:${dir}
ErrorLog ${dir}/error.log
LogLevel warn
${process.getuid?.() === 0 ? 'User www-data\nGroup www-data' : ''}
${modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n')}
TypesConfig /etc/mime.types
AddOutputFilterByType DEFLATE application/json
DocumentRoot ${www}
<Directory ${www}>
  Require all granted
  ${htaccess ? HTACCESS_OVERRIDE : ''}
</Directory>
${portalCsp && !portalLocation ? `Header always set Content-Security-Policy "${portalCsp}"` : ''}
${portalCsp && portalLocation && !vhost ? portalSection : ''}
${htaccess || vhost ? '' : `Include ${dir}/cloud-check.conf`}
${vhost ? `<VirtualHost 127.0.0.1:${port}>\n  ServerName 127.0.0.1\n  DocumentRoot ${www}\n  ${portalCsp && portalLocation ? portalSection : ''}\n  Include ${dir}/cloud-check.conf\n</VirtualHost>` : ''}
`);
    return ['apache2', ['-f', conf, '-d', dir, '-DFOREGROUND']];
  },

  async caddy({ dir, www, port, portalCsp, portalDefer }) {
    // A portal's deferred header, kept off the tool's folder as docs/hosting.md says.
    const portal = !portalCsp
      ? ''
      : portalDefer
        ? `\t@portal not path ${TOOL_PATH}*\n\theader @portal {\n\t\tContent-Security-Policy "${portalCsp}"\n\t\tdefer\n\t}\n`
        : `\theader Content-Security-Policy "${portalCsp}"\n`;
    const site = (await doc('caddy/Caddyfile'))
      .replace('example.org {', `http://127.0.0.1:${port} {\n\troot * ${www}\n${portal}\tfile_server`)
      .replaceAll(TOOL_FOLDER, `${www}${TOOL_PATH.replace(/\/$/, '')}`);
    const conf = join(dir, 'Caddyfile');
    await writeFile(conf, `{\n\tadmin off\n\tauto_https off\n\tstorage file_system ${dir}/data\n}\n${site}`);
    return ['caddy', ['run', '--config', conf, '--adapter', 'caddyfile']];
  },
};

export const SERVER_NAMES = /** @type {(keyof typeof SERVERS)[]} */ (Object.keys(SERVERS));

/** What docs/hosting.md says a host must allow for the .htaccess route. */
export const HTACCESS_OVERRIDE = 'AllowOverride FileInfo Indexes Options';

/**
 * Starts `name` over a copy of `dist` at `toolPath` (TOOL_PATH unless given; plus a portal
 * page beside it). With `portalCsp`, the whole site sends that policy, as a portal's server
 * does: at server level, or (Apache, `portalLocation`) in `<Location "/">` with `Header
 * always set` ('always') or `Header set` ('onsuccess'), or (Caddy, `portalDefer`) deferred.
 * `htaccess` (Apache): the folder's .htaccess instead of the server config; `vhost` (Apache):
 * the config included inside a <VirtualHost>, as for an origin of the tool's own. Resolves to
 * { origin, url, close, log }.
 * @param {keyof typeof SERVERS} name
 * @param {string} dist
 * @param {{ portalCsp?: string, portalLocation?: 'always' | 'onsuccess', portalDefer?: boolean, htaccess?: boolean, vhost?: boolean, toolPath?: string }} [options]
 */
export async function startServer(name, dist, { portalCsp = '', portalLocation, portalDefer = false, htaccess = false, vhost = false, toolPath = TOOL_PATH } = {}) {
  const dir = await mkdtemp(join(tmpdir(), `cloud-check-${name}-`));
  // Readable by the server's own user (nginx's workers and Apache's children drop root).
  await chmod(dir, 0o755);
  const www = join(dir, 'www');
  // Apache's config serves the folder by its Alias from outside the site's root, as the
  // guide sets it up (so a wrong path shows); the others, and a .htaccess, from inside it.
  const folder = name === 'apache' && !htaccess ? join(dir, 'cloud-check') : join(www, toolPath);
  await mkdir(www, { recursive: true });
  await cp(dist, folder, { recursive: true });
  await writeFile(join(www, PORTAL_PAGE), '<!doctype html><title>Portal</title><p>A page of the portal.</p>');
  const port = await free();
  const [command, args] = await SERVERS[name]({ dir, www, folder, port, portalCsp, portalLocation, portalDefer, htaccess, vhost, toolPath });
  let output = '';
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir } });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => child.on('exit', resolve));
  // Ready once it answers; a server that exits (a config it refuses) fails at once.
  for (let tries = 0; ; tries++) {
    const answered = await fetch(`${origin}${PORTAL_PAGE}`).then((r) => r.ok, () => false);
    if (answered) break;
    if (child.exitCode !== null || tries > 200) {
      const log = await readFile(join(dir, 'error.log'), 'utf8').catch(() => '');
      child.kill();
      throw new Error(`${name} did not start:\n${output}\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    origin,
    url: `${origin}${toolPath}`,
    www: folder,
    log: async () => `${output}${await readFile(join(dir, 'error.log'), 'utf8').catch(() => '')}`,
    close: async () => {
      child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
