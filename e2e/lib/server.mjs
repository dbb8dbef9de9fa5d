// A static file server for the e2e suite: serves the release build under a sub-path on
// 127.0.0.1, the way a portal would host it, and logs every request it receives (the
// browser's own request events miss some, such as favicons).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `root` at `mount` (e.g. "/sub/app/"). Resolves to { origin, url, requests, close,
 * deploy }: `deploy(dir)` serves another build from then on, as a new release (or a
 * rollback) would. Extra files (a host page, say) can be served from `extra`: a map of
 * path → { type, body, status?, headers? }. With `gzip`, responses are compressed (level 9) for clients that
 * accept it, as a production host would. `headers(path)` adds response headers (caching
 * headers like a static host's, or CORS for embedding from another origin). `setOffline(true)`
 * drops every connection from then on, as a lost network would. With `precompressed`, a
 * file's `.br` or `.gz` copy from the build is sent as it is when the browser accepts that
 * encoding, as nginx's brotli_static/gzip_static do. With `probe` (a
 * script's text), every HTML page of the app gets it inline first thing in its head, ahead
 * of the page's own policy (see engines/lib/probe.mjs).
 */
export async function serve(root, mount = '/sub/app/', extra = {}, { gzip = false, precompressed = false, headers = () => ({}), probe = null, aliases = [] } = {}) {
  const requests = [];
  const extraHeaders = headers;
  let offline = false;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push({ method: req.method, path, offline });
    if (offline) return req.socket.destroy(); // as a dropped connection looks to the browser
    if (extra[path]) {
      res.writeHead(extra[path].status ?? 200, { 'content-type': extra[path].type, ...(extra[path].headers ?? {}) });
      return res.end(extra[path].body);
    }
    // The same files may also be served under `aliases` (a package at a second revision).
    const base = [mount, ...aliases].find((m) => path.startsWith(m));
    if (!base) {
      res.writeHead(404);
      return res.end();
    }
    const rel = path.slice(base.length) || 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
      res.writeHead(403);
      return res.end();
    }
    try {
      let body = await readFile(file);
      if (probe && extname(file) === '.html') {
        body = Buffer.from(body.toString('utf8').replace(/<meta charset=("?)utf-8\1>/i, (m) => `${m}<script>${probe}</script>`));
      }
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extraHeaders(rel) };
      if (precompressed && !probe) {
        const accepts = req.headers['accept-encoding'] ?? '';
        for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
          if (!new RegExp(`\\b${encoding}\\b`).test(accepts)) continue;
          const copy = await readFile(file + suffix).catch(() => null);
          if (!copy) continue;
          res.writeHead(200, { ...headers, 'content-encoding': encoding, vary: 'accept-encoding' });
          return res.end(copy);
        }
      }
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        headers['content-encoding'] = 'gzip';
        res.writeHead(200, headers);
        return res.end(gzipSync(body, { level: 9 }));
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    mount,
    mounts: [mount, ...aliases],
    url: origin + mount,
    requests,
    deploy: (dir) => { root = dir; },
    /** With `true`, every request fails as on a lost network (for engines that cannot be set offline). */
    setOffline: (value) => { offline = value; server.closeAllConnections(); },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
