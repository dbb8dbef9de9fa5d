// Where the wasm's bytes go: reads a .wasm that still has its "name" section (see
// scripts/bench.sh, which makes one from the release build with `wasm-opt -Oz --debuginfo`)
// and prints the size of each section, the code per crate and the largest functions.
//
// Why not twiggy: twiggy 0.7.0 (crates.io, tried) stops at today's rustc output ("Unknown
// 0xfc opcode": bulk memory) or panics on wasm-opt's ("should not parse the same key into
// multiple items"). The wasm binary format is simple enough to read directly.
//
// Usage: node bench/wasm-size.mjs file.wasm [top-n]
import { readFileSync } from 'node:fs';

const SECTIONS = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export',
  'start', 'element', 'code', 'data', 'data count'];

/** Sizes of sections, and of each function body with its name. */
export function analyse(bytes) {
  let at = 8;
  const leb = () => {
    let result = 0; let shift = 0; let byte;
    do { byte = bytes[at++]; result += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return result;
  };
  const name = () => { const n = leb(); const s = new TextDecoder().decode(bytes.subarray(at, at + n)); at += n; return s; };
  const sections = [];
  const bodies = [];
  const names = new Map();
  let importedFunctions = 0;
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    let label = SECTIONS[id] ?? `unknown ${id}`;
    if (id === 0) {
      const custom = name();
      label = `custom "${custom}"`;
      if (custom === 'name') {
        while (at < end) {
          const sub = bytes[at++];
          const subEnd = leb() + at;
          if (sub === 1) for (let n = leb(); n > 0; n--) { const index = leb(); names.set(index, name()); }
          at = subEnd;
        }
      }
    } else if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        name(); name();
        const kind = bytes[at++];
        if (kind === 0) { leb(); importedFunctions++; }
        else if (kind === 1) { at++; const flags = leb(); leb(); if (flags & 1) leb(); }
        else if (kind === 2) { const flags = leb(); leb(); if (flags & 1) leb(); }
        else if (kind === 3) { at += 2; }
        else if (kind === 4) { at++; leb(); }
      }
    } else if (id === 10) {
      const count = leb();
      for (let n = 0; n < count; n++) {
        const start = at;
        const bodySize = leb();
        at += bodySize;
        bodies.push({ index: importedFunctions + n, size: at - start });
      }
    }
    sections.push({ label, size });
    at = end;
  }
  for (const body of bodies) body.name = names.get(body.index) ?? `function ${body.index}`;
  return { sections, bodies };
}

/** The crate a function's code belongs to: the first path segment of its (demangled) name. */
export function crateOf(fn) {
  const name = fn.replace(/^(core::ptr::drop_in_place<)?<?&?(mut )?(dyn )?/, '');
  const m = name.match(/^([A-Za-z_][A-Za-z0-9_]*)/);
  return m ? m[1] : 'other';
}

/** The report as Markdown lines. */
export function report(bytes, top = 15) {
  const lines = [];
  const say = (line = '') => lines.push(line);
  const { sections, bodies } = analyse(bytes);
  const kb = (n) => (n / 1024).toFixed(1);
  say('| section | KB |');
  say('|---|---:|');
  for (const s of sections.filter((s) => !s.label.startsWith('custom "name"') && s.size >= 1024)) say(`| ${s.label} | ${kb(s.size)} |`);
  say();
  const crates = new Map();
  for (const b of bodies) crates.set(crateOf(b.name), (crates.get(crateOf(b.name)) ?? 0) + b.size);
  const code = bodies.reduce((sum, b) => sum + b.size, 0);
  const views = bodies.filter((b) => b.name.includes('Stateful>::view')).reduce((sum, b) => sum + b.size, 0);
  say('| code by crate | KB | share |');
  say('|---|---:|---:|');
  for (const [crate, size] of [...crates].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
    say(`| ${crate} | ${kb(size)} | ${((100 * size) / code).toFixed(0)} % |`);
  }
  say();
  say(`Code ${kb(code)} KB, of which our components' markup (each component's \`view\`, which Rust compiles into Yew's generic code, so it counts under yew above): ${kb(views)} KB.`);
  say();
  say('| largest functions | KB |');
  say('|---|---:|');
  for (const b of [...bodies].sort((a, b) => b.size - a.size).slice(0, top)) {
    const shown = b.name.replace(/::h[0-9a-f]{16}$/, '').replace(/\|/g, '\\|');
    say(`| \`${shown.length > 110 ? `${shown.slice(0, 107)}…` : shown}\` | ${kb(b.size)} |`);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, top = '15'] = process.argv.slice(2);
  console.log(report(readFileSync(file), Number(top)).join('\n'));
}
