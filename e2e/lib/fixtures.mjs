// What the two browser layers (e2e/tests with Playwright, e2e/engines over WebDriver) and
// the benchmark share: the answer pattern whose scores were worked out by hand, export
// files built from the native tests' own fixture, the items and answers from the app's own
// data (checklist.json, the published schema), and the storage keys and page names from the
// rules the app prints (src/boot.rs), so no layer writes them down again.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const json = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

/** The checklist as the app carries it. */
const CHECKLIST = json('src/content/checklist.json');
/** The items' ids, in IPA's order. */
export const ITEM_IDS = CHECKLIST.items.map((i) => i.id);
/** Item `number`'s text `field` in `lang`, as the checklist holds it (e.g. its question for the provider). */
export const itemText = (number, field, lang = 'ja') => CHECKLIST.items[number - 1][field][lang];
/** The numbers (1-based) of the items that offer 該当しない (the others could only shrink the maximum). */
export const OFFER_NOT_APPLICABLE = CHECKLIST.items.filter((i) => i.not_applicable).map((i) => i.number);
/** The answer keys in the order the choices are shown (the published schema's, pinned to the app's by tests/format.rs). */
export const ANSWER_KEYS = json('assets/cloud-check-export.schema.json').$defs.entry.properties.answer.enum;
/** A format version newer than any this build reads (the published schema lists those it writes). */
export const NEWER_FORMAT = Math.max(...json('assets/cloud-check-export.schema.json').properties.format_version.enum) + 1;

/**
 * One answer per item (IPA's order), every answer used (該当しない on item 2, which offers
 * it); the scores are worked out by hand in tests/score.rs: I 4+(n/a)+0−1+2+4 = 9/20 → 45 %,
 * II 4+4+2−1 = 9/16 → 56 %, III 5×4 = 20/20 → 100 %, overall 38/56 → 68 %.
 */
export const MIXED = ['done', 'not_applicable', 'not_done', 'unknown', 'partly', 'done',
  'done', 'done', 'partly', 'unknown', 'done', 'done', 'done', 'done', 'done'];
/**
 * The owner of issue 45: a 12-person office answering honestly — MFA for the administrator
 * only (9 一部のみ), leavers' accounts maybe still there (8 わからない), backups never
 * checked (10 わからない), the provider's side mostly unknown.
 */
export const OWNER = ['done', 'done', 'done', 'unknown', 'done', 'unknown', 'done', 'unknown',
  'partly', 'unknown', 'unknown', 'done', 'unknown', 'done', 'unknown'];
/** The results' score table for MIXED, in Japanese: [points, percent, answered] per row. */
export const MIXED_SCORES = [
  ['9点 / 20点', '45%', '6/6'],
  ['9点 / 16点', '56%', '4/4'],
  ['20点 / 20点', '100%', '5/5'],
  ['38点 / 56点', '68%', '15/15'],
];
export const MIXED_PERCENT = '68%';

/** tests/fixtures/valid-v1.json, the export file the native format tests start from. */
export const VALID_EXPORT = readFileSync(new URL('../../tests/fixtures/valid-v1.json', import.meta.url), 'utf8');

/**
 * An export file with one check per entry of `checks` ({ id, name, answers: {item: answer},
 * updated }), in the envelope of VALID_EXPORT.
 */
export function exportFile(checks, { formatVersion = 1, exportedAt = '2026-11-23T10:00:00.000Z' } = {}) {
  const envelope = JSON.parse(VALID_EXPORT);
  return JSON.stringify({
    ...envelope,
    format_version: formatVersion,
    exported_at: exportedAt,
    assessments: checks.map(({ id, name = '', answers = {}, created = '2026-11-23T09:00:00.000Z', updated = '2026-11-23T09:30:00.000Z' }) => ({
      id,
      service_name: name,
      created_at: created,
      updated_at: updated,
      answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, { answer: v }])),
    })),
  });
}

let rules;
/** The app's boot rules (`prerender --boot-rules`), read once. */
export function bootRules() {
  rules ??= JSON.parse(execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'prerender', '--', '--boot-rules'],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  return rules;
}

/** Names the page and the app agree on (the prerendered start screen's id, …). */
export function names() {
  return bootRules().names;
}

/** The storage keys of the default area, or of namespace `ns`. */
export function keys(ns = null) {
  const r = bootRules();
  const settings = ns === null ? r.settingsKey : r.namespacedSettingsKey.replace(r.namespacePlaceholder, ns);
  const prefix = settings.slice(0, -'settings'.length);
  return { settings, prefix, assessment: `${prefix}assessment:` };
}

/**
 * Result codes as this tool writes them (pinned, with the checks they carry, by
 * tests/code.rs): a blank check, and the mixed one of the golden checks (answers only).
 */
export const RESULT_CODES = [
  'CCHK1-0000000000000002C4RG0C1A01QWTFGD',
  'CCHK1-00AK888H4G8N240CDCSQGEBH69PKER9HC8R00DTP0NCP36D8',
];
