// Result codes made in JavaScript, for the benchmark's classes of thousands and the engines'
// class journey (the app's own encoder is Rust, src/domain/code.rs): answers only, as the
// results screen writes them by default. Checked against the golden codes that tests/code.rs pins, so a code made here is
// one the app reads.
import { RESULT_CODES } from './fixtures.mjs';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const NUMBERS = { done: 1, partly: 2, not_done: 3, unknown: 4, not_applicable: 5 };

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function base32(bytes) {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** The code of check `id` with `answers` (15 answer keys or null, in checklist order). */
export function resultCode(id, answers, updated = '2026-11-23T09:41:00.000Z') {
  const nibbles = [...answers.map((a) => (a ? NUMBERS[a] : 0)), 0];
  const bytes = [0];
  for (let i = 0; i < 16; i += 2) bytes.push((nibbles[i] << 4) | nibbles[i + 1]);
  bytes.push(id.length, ...Buffer.from(id, 'ascii'));
  const minutes = Math.floor((Date.parse(updated) - Date.parse('2020-01-01T00:00:00Z')) / 60000);
  bytes.push((minutes >>> 24) & 255, (minutes >>> 16) & 255, (minutes >>> 8) & 255, minutes & 255);
  const crc = crc32(bytes);
  bytes.push((crc >>> 24) & 255, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255);
  return `CCHK1-${base32(bytes)}`;
}

const blank = resultCode('a1', Array(15).fill(null), '2026-01-01T00:00:00.000Z');
const mixed = resultCode('k3x9q2m7a1b0', ['done', 'not_applicable', 'not_done', 'unknown', 'partly', 'done', 'done', 'done',
  'partly', 'unknown', 'done', 'done', 'not_applicable', 'done', 'done']);
if (blank !== RESULT_CODES[0] || mixed !== RESULT_CODES[1]) {
  throw new Error(`e2e/lib/codes.mjs no longer writes the app's codes: ${blank}, ${mixed}`);
}
