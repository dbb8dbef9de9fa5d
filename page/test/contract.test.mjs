// The contract between the boot script (page/choose.js) and the app: for every row of the
// table the Rust side prints (`prerender --boot-cases`: an address and what storage holds,
// with the screen, language and namespace the app then opens on), the boot script's own
// decision function, as the build ships it (filled in and minified by
// tools/page-programs.mjs), decides the same. Then the script itself runs in a stand-in page:
// it shows the loading line exactly when the app will not open on the Japanese start screen.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import vm from 'node:vm';
import { bootRules, prerender, program } from '../../tools/page-programs.mjs';

const rules = bootRules();
const cases = JSON.parse(prerender('--boot-cases'));
const source = await program('choose.js', { BUILD_RULES: rules }, { module: false });

/** Runs the shipped script in a context holding `globals`; its value (the decision function). */
const run = (globals) => vm.runInNewContext(source, { ...globals });

test('the table covers the odd cases it exists for', () => {
  assert.ok(cases.length > 1000, `${cases.length} rows`);
  const corrupt = cases.find((c) => c.query === '' && c.fragment === '' && c.storage[rules.settingsKey] === '{');
  assert.equal(corrupt?.lang, 'en', 'corrupt settings fall back to the first release’s language key');
  assert.ok(cases.some((c) => c.namespace === 'course-a' && c.lang === 'en' && c.query === '?ns=course-a'));
  assert.ok(new Set(cases.map((c) => c.screen)).size >= 8, 'every kind of screen');
});

test('the boot script decides as the app does, for every row', () => {
  const decide = run({});
  assert.equal(typeof decide, 'function', 'the script’s value is its decision function');
  const differ = [];
  for (const row of cases) {
    const stored = (key) => (Object.hasOwn(row.storage, key) ? row.storage[key] : null);
    const got = decide(rules, row.query, row.fragment, stored);
    const want = { screen: row.screen, lang: row.lang, namespace: row.namespace };
    if (JSON.stringify(got) !== JSON.stringify(want)) differ.push({ ...row, got });
  }
  assert.deepEqual(differ.slice(0, 5), [], `${differ.length} of ${cases.length} rows differ`);
});

test('storage that throws reads as nothing saved', () => {
  const decide = run({});
  const refuse = () => {
    throw new Error('SecurityError');
  };
  assert.deepEqual({ ...decide(rules, '?ns=course-a', '#/items/3', refuse) }, { screen: '#/items/3', lang: 'ja', namespace: 'course-a' });
});

test('in a page, the loading line stands in exactly when the start screen is not first', () => {
  for (const row of cases.filter((_, i) => i % 97 === 0)) {
    const classes = new Set();
    run({
      document: { documentElement: { classList: { add: (c) => classes.add(c) } } },
      location: { search: row.query, hash: row.fragment, replace: () => {} },
      localStorage: { getItem: (key) => (Object.hasOwn(row.storage, key) ? row.storage[key] : null) },
    });
    const elsewhere = row.screen !== rules.startScreen || row.lang !== rules.defaultLang;
    assert.equal(classes.has(rules.names.loadingClass), elsewhere, JSON.stringify(row));
  }
});

test('the old class overview address goes to the trainer page, the rest stays', () => {
  const moved = cases.filter((c) => Object.hasOwn(rules.trainerScreens, c.screen));
  assert.ok(moved.some((c) => c.fragment === '#/class') && moved.some((c) => c.query.includes('start=class')));
  for (const row of [...moved.slice(0, 50), ...cases.filter((_, i) => i % 211 === 0)]) {
    const replaced = [];
    run({
      document: { documentElement: { classList: { add: () => {} } } },
      location: { search: row.query, hash: row.fragment, replace: (url) => replaced.push(url) },
      localStorage: { getItem: () => null },
    });
    const expected = Object.hasOwn(rules.trainerScreens, row.screen)
      ? [`${rules.names.trainerPage}${row.query}${rules.trainerScreens[row.screen]}`]
      : [];
    assert.deepEqual(replaced, expected, JSON.stringify(row));
  }
});
