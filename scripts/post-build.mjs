// Trunk post-build hook (see Trunk.toml): finishes dist/index.html for release builds.
//
// Adds a Content-Security-Policy <meta> that allows nothing but the app's own files:
// scripts only from this folder plus the one inline boot script Trunk writes (allowed by
// its SHA-256 hash, computed here because the script names the hashed file names),
// 'wasm-unsafe-eval' (needed to compile WebAssembly; it does not allow eval), no plugins,
// no <base>, no form submissions, and connections only to this origin.
// Development builds (trunk serve) are left alone: its live-reload script is injected later.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) throw new Error('expected Trunk’s inline boot script in index.html');
const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);

export const csp = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

if (html.includes('http-equiv=Content-Security-Policy') || html.includes('http-equiv="Content-Security-Policy"')) {
  throw new Error('index.html already has a CSP');
}
// The policy must come before any script, so it goes right after the charset.
const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
const charset = html.match(/<meta charset="?utf-8"?>/i);
if (!charset) throw new Error('no <meta charset> in index.html');
html = html.replace(charset[0], charset[0] + meta);
await writeFile(file, html);
console.log(`post-build: CSP with ${hashes.length} inline script hash(es) added to index.html`);
