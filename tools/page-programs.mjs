// @ts-check
// The page programs (page/*.js) as the build ships them: each BUILD_* name is replaced by
// its value as a JSON literal (page/types.d.ts says which names exist and what they hold),
// then the result is minified with terser. The build (tools/post-build.mjs,
// tools/assemble.mjs) and the contract test (page/test/) both go through `program`, so the
// test runs exactly what a page gets.
//
// Also reads what the Rust side prints for the build: the boot rules, the table of cases,
// the prerendered HTML (src/bin/prerender.rs, the same dev profile as `cargo test`, so CI
// compiles nothing twice).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGE = new URL('../page/', import.meta.url);

/**
 * The page program `name` (a file in page/) with `values` filled in ({BUILD_APP: {...}}),
 * minified. `module`: an ES module (may use top-level await and import.meta); otherwise a
 * classic script, whose value (its last expression) is kept.
 * @param {string} name
 * @param {Record<string, unknown>} values
 * @param {{ module: boolean }} options
 */
export async function program(name, values, { module }) {
  let source = await readFile(new URL(name, PAGE), 'utf8');
  const used = new Set(source.match(/\bBUILD_[A-Z]+\b/g) ?? []);
  for (const key of used) {
    if (!(key in values)) throw new Error(`page/${name}: no value for ${key}`);
    source = source.replaceAll(new RegExp(`\\b${key}\\b`, 'g'), () => JSON.stringify(values[key]));
  }
  for (const key of Object.keys(values)) {
    if (!used.has(key)) throw new Error(`page/${name}: ${key} is given but never used`);
  }
  const result = await minify(source, {
    module,
    ecma: 2022,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (!result.code) throw new Error(`page/${name}: terser gave nothing`);
  return result.code;
}

/**
 * Runs the native prerender binary with `args`; its standard output.
 * @param {...string} args
 */
export function prerender(...args) {
  return execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'prerender', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The boot rules (src/boot.rs). */
export const bootRules = () => JSON.parse(prerender('--boot-rules'));
