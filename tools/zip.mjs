// @ts-check
// Zips that are the same bytes on every machine, for the SCORM package (tools/scorm.mjs) and
// a release's archive (tools/release-zip.mjs): every entry dated 2024-07-01 00:00 UTC (the
// edition of IPA's guide), no extra fields, entries in the order given.
import { zipSync } from 'fflate';

process.env.TZ = 'UTC'; // zip dates are local time: pin the zone so they are the same everywhere
const DATE = new Date(Date.UTC(2024, 6, 1, 0, 0, 0));

/**
 * The zip of `files` (name → bytes, in the order the entries are written).
 * @param {Record<string, Uint8Array>} files
 */
export function reproducibleZip(files) {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { mtime: DATE }]])), { level: 9 });
}
