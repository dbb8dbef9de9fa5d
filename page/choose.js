// @ts-check
// The release page's first script: inline and classic, so it runs before anything is
// painted. It decides whether the prerendered Japanese start screen in index.html is what
// the app will show first; when it is not (another screen in the address or in the embed's
// `start=`, or English from `lang=` or from what this device saved), a class on <html> makes
// style.css show a loading line instead, so the wrong screen never flashes. The class
// overview's old address (`#/class`, or `start=class` in an embed) is sent to the trainer's
// page, where it lives now.
//
// It decides by the app's own rules (src/boot.rs, printed by `prerender --boot-rules` and
// filled in for BUILD_RULES by tools/post-build.mjs), and the contract test
// (page/test/contract.test.mjs) runs `decide` over the table of addresses and saved data
// that the Rust side prints with what the app decides for each (`prerender --boot-cases`).
// The script's value is `decide` itself, so that test can take it without a page.

((decide) => {
  if (typeof document === 'undefined') return decide;
  const rules = BUILD_RULES;
  const opening = decide(rules, location.search, location.hash, (key) => localStorage.getItem(key));
  if (Object.hasOwn(rules.trainerScreens, opening.screen)) {
    // The class overview is on the trainer's page now: old links and embeds go there.
    location.replace(rules.names.trainerPage + location.search + rules.trainerScreens[opening.screen]);
  }
  if (opening.screen !== rules.startScreen || opening.lang !== rules.defaultLang) {
    document.documentElement.classList.add(rules.names.loadingClass);
  }
  return decide;
})(
  /**
   * What the app opens on, as `ui::mount` decides it (`boot::opening`, `boot::language`,
   * `persist::saved_lang`).
   * @param {Rules} rules
   * @param {string} query `location.search`
   * @param {string} fragment `location.hash`
   * @param {(key: string) => string | null} stored reads localStorage (which may throw)
   * @returns {Opening}
   */
  (rules, query, fragment, stored) => {
    /** `Lang::from_code`: the primary subtag, ASCII letters in any case. */
    const langOf = (/** @type {string} */ code) => {
      const primary = code.split(/[-_]/)[0].replace(/[A-Z]/g, (c) => c.toLowerCase());
      return rules.langs.includes(primary) ? primary : null;
    };
    /** `EmbedConfig::from_query`: no URL-decoding; a later key wins; invalid values are none. */
    let lang = null;
    let start = null;
    let namespace = null;
    for (const pair of query.replace(/^[?]+/, '').split('&')) {
      if (pair === '') continue;
      const at = pair.indexOf('=');
      const key = at < 0 ? pair : pair.slice(0, at);
      const value = at < 0 ? '' : pair.slice(at + 1);
      if (key === 'lang') lang = langOf(value);
      else if (key === 'start') start = Object.hasOwn(rules.starts, value) ? rules.starts[value] : null;
      else if (rules.namespaceKeys.includes(key)) {
        const valid = value.length > 0 && value.length <= rules.namespaceMax
          && [...value].every((c) => rules.namespaceChars.includes(c));
        namespace = valid ? value : null;
      }
    }

    /** `boot::opening`: a code link, else `start=` when the fragment names nothing, else the fragment. */
    const path = fragment.replace(/^#+/, '').replace(/^\/+|\/+$/g, '');
    const parts = path.split('/');
    let screen = rules.startScreen;
    if (path.startsWith(`${rules.code}/`) && path.length > rules.code.length + 1) {
      screen = rules.codeScreen;
    } else if (start !== null && fragment.replace(/^[#/]+/, '') === '') {
      screen = start;
    } else if (parts.length === 1 && Object.hasOwn(rules.screens, parts[0])) {
      screen = rules.screens[parts[0]];
    } else if (parts.length === 2 && parts[0] === rules.numbered) {
      // `u8::from_str`: digits with an optional plus sign; anything else is no item.
      const n = /^[+]?[0-9]+$/.test(parts[1]) ? Number(parts[1]) : 0;
      screen = n >= 1 && n <= rules.itemCount ? `${rules.overview}/${n}` : rules.overview;
    }

    /** `persist::saved_lang`: the settings' language, else (default area only) the first release's key. */
    if (lang === null) {
      try {
        const key = namespace === null
          ? rules.settingsKey
          : rules.namespacedSettingsKey.replace(rules.namespacePlaceholder, namespace);
        lang = settingsLang(rules, stored(key));
        if (lang === null && namespace === null) lang = langOf(stored(rules.legacyLangKey) ?? '');
      } catch {
        // Storage refused: the app cannot have saved a language either.
      }
    }
    return { screen, lang: lang ?? rules.defaultLang, namespace };

    /**
     * `Settings::read`: a JSON object's `lang`, when it is exactly a language's code.
     * @param {Rules} rules
     * @param {string | null} text
     */
    function settingsLang(rules, text) {
      if (text === null) return null;
      let value;
      try {
        value = JSON.parse(text);
      } catch {
        return null;
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
      return typeof value.lang === 'string' && rules.langs.includes(value.lang) ? value.lang : null;
    }
  },
);
