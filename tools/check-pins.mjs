// @ts-check
// The lint layer's check that every install from this repository gives the same result on
// any later day (issue #31):
//
// - no committed package-lock.json holds a dependency declared as a registry tag (`latest`,
//   `next`, …) or as "any version" (`*`, `x`, empty), unless the folder's package.json pins
//   that package with an exact version under `overrides`. Such a declaration is resolved
//   again at every `npm ci`, so the lock goes stale (and `npm ci` refuses it) the day that
//   package publishes. Peer dependencies may say `*` (the host's copy, whatever it is: nothing
//   is resolved for them), never a tag;
// - every `cargo install` in the project's shell scripts is `--locked` (without it cargo
//   resolves the tool's dependencies anew on each install).
//
// Usage: node tools/check-pins.mjs [ROOT]. Prints each problem; exits 1 when there is one.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..');

/** @param {string} pattern */
const tracked = (pattern) =>
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', pattern], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);

/**
 * A version spec that names no version range: a dist-tag, or any version at all.
 * Aliases (`npm:`), URLs, paths and git specs carry a colon or a slash and are not tags.
 * @param {string} spec
 * @param {boolean} anyAllowed
 */
export function moving(spec, anyAllowed) {
  const s = spec.trim();
  if (s === '' || s === '*' || s === 'x' || s === 'X') return !anyAllowed;
  return /^[A-Za-z][\w.-]*$/.test(s) && !/^[vV]?\d/.test(s);
}

/** An exact version: what an override must give to pin a moving dependency. */
const EXACT = /^\d+\.\d+\.\d+(-[\w.]+)?$/;

/** @type {string[]} */
const problems = [];

for (const lockPath of tracked('*package-lock.json')) {
  const lock = JSON.parse(readFileSync(join(root, lockPath), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(root, dirname(lockPath), 'package.json'), 'utf8'));
  /** @type {Record<string, unknown>} */
  const overrides = manifest.overrides ?? {};
  for (const [where, entry] of Object.entries(lock.packages ?? {})) {
    for (const [field, anyAllowed] of /** @type {const} */ ([
      ['dependencies', false],
      ['optionalDependencies', false],
      ['peerDependencies', true],
    ])) {
      for (const [name, spec] of Object.entries(entry[field] ?? {})) {
        if (!moving(String(spec), anyAllowed)) continue;
        const pinned = overrides[name];
        if (typeof pinned === 'string' && EXACT.test(pinned)) continue;
        problems.push(
          `${lockPath}: ${where || '(root)'} declares ${field} ${name}@"${spec}", which npm resolves again at every install; ` +
            `pin it in ${join(dirname(lockPath), 'package.json')} "overrides" with an exact version, or drop the package`,
        );
      }
    }
  }
}

for (const script of tracked('*.sh')) {
  readFileSync(join(root, script), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const code = line.replace(/#.*$/, '');
      if (/\bcargo install\b/.test(code) && !/--locked\b/.test(code)) {
        problems.push(`${script}:${i + 1}: \`cargo install\` without --locked resolves the tool's dependencies anew on every install`);
      }
    });
}

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} unpinned install(s)`);
  process.exit(1);
}
console.log('pins: every lock file and every cargo install is fixed');
