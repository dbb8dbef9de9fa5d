//! Prints the build-time HTML for index.html's `<body>` (see `src/ui/prerender.rs`), or with
//! `--trainer` for trainer.html's, or with `--lms` for the SCORM package's index.html; with
//! `--boot-rules` the rules the page's boot script needs, as JSON (see `src/boot.rs`), run by
//! `tools/post-build.mjs` for release builds; with `--english` the name and content of the
//! checklist's English file (see `src/content/english.rs`); with `--boot-cases` the table of addresses
//! and saved data with what the app opens on, for the contract test in `page/test/`. A
//! native program: on wasm32 it does nothing.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if std::env::args().any(|a| a == "--boot-rules") {
        print!("{}", cloud_check::boot::rules());
        return;
    }
    if std::env::args().any(|a| a == "--trainer") {
        print!("{}", cloud_check::ui::prerender::trainer_body());
        return;
    }
    if std::env::args().any(|a| a == "--english") {
        use cloud_check::content::english::{ENGLISH_FILE, ENGLISH_JSON};
        print!("{ENGLISH_FILE}\n{ENGLISH_JSON}");
        return;
    }
    if std::env::args().any(|a| a == "--boot-cases") {
        print!("{}", cases::cases());
        return;
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime starts");
    let lang = cloud_check::domain::Lang::default();
    let body = if std::env::args().any(|a| a == "--lms") {
        runtime.block_on(cloud_check::ui::prerender::lms_body(lang))
    } else {
        runtime.block_on(cloud_check::ui::prerender::body(lang))
    };
    print!("{body}");
}

#[cfg(target_arch = "wasm32")]
fn main() {}

/// The contract's table of cases (`--boot-cases`), for `page/test/`: only this program
/// needs it, so the library (and the wasm) does not carry it.
#[cfg(not(target_arch = "wasm32"))]
mod cases {
    use cloud_check::boot::{language, opening};
    use cloud_check::content::checklist;
    use cloud_check::persist::{self, Area, LEGACY_LANG};
    use serde_json::json;

    /// Addresses and saved data, each with what the app opens on: the screen (as its fragment),
    /// the language and the storage namespace, as `ui::mount` decides them (through `boot::opening`,
    /// `persist::plan_load` and `boot::language`). Every query × fragment × storage combination of
    /// the lists below: the odd ones (typos, corrupt or legacy settings) are the point.
    pub fn cases() -> serde_json::Value {
        const QUERIES: &[&str] = &[
            "",
            "?lang=en",
            "?lang=EN-gb",
            "?lang=ja_JP",
            "?lang=fr",
            "?lang=en&lang=fr",
            "??lang=en",
            "?lang",
            "?ns=course-a",
            "?ns=course-a&lang=ja",
            "?namespace=x_1",
            "?ns=ABC",
            "?ns=a%2Db",
            "?ns=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "?start=results",
            "?start=items&ns=course-a",
            "?start=start",
            "?start=class",
            "?start=bogus",
            "?compact=1&theme=dark",
            "?utm_source=mail&lang=en&",
        ];
        const FRAGMENTS: &[&str] = &[
            "",
            "#",
            "#/",
            "##/",
            "#/items",
            "#/items/",
            "#/items/7",
            "#/items/15",
            "#/items/+7",
            "#/items/007",
            "#/items/0",
            "#/items/16",
            "#/items/300",
            "#/items/abc",
            "#/items/7/x",
            "#//results//",
            "#/results",
            "#/checks",
            "#/compare",
            "#/class",
            "#/Results",
            "#/nothing",
            "#/nothing/here",
            "#/code/CCHK1-0000",
            "#/code/",
            "#/code",
            "#/codes/x",
        ];
        let default = Area::new(None).settings_key();
        let course = Area::new(Some("course-a")).settings_key();
        let storages: Vec<Vec<(&str, &str)>> = vec![
            vec![],
            vec![(&default, r#"{"lang":"en"}"#)],
            vec![(&default, r#"{"lang":"ja"}"#), (LEGACY_LANG, "en")],
            vec![(&default, "{"), (LEGACY_LANG, "en")],
            vec![
                (&default, r#"{"lang":"fr","current":"x"}"#),
                (LEGACY_LANG, "en"),
            ],
            vec![(&default, r#"{"lang":5}"#), (LEGACY_LANG, "en-US")],
            vec![(&default, r#"["en"]"#)],
            vec![(&default, "null"), (LEGACY_LANG, "EN")],
            vec![(&default, r#"{"lang":"EN"}"#)],
            vec![(&default, r#"{"lang":"en","lang":"ja"}"#)],
            vec![(LEGACY_LANG, "en")],
            vec![(LEGACY_LANG, "fr")],
            vec![(&course, r#"{"lang":"en"}"#)],
            vec![
                (&course, r#"{"lang":"en"}"#),
                (&default, r#"{"lang":"ja"}"#),
            ],
        ];
        let known: Vec<&str> = checklist().item_ids().collect();
        let mut rows = Vec::new();
        for storage in &storages {
            let entries: Vec<(String, String)> = storage
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect();
            for query in QUERIES {
                for fragment in FRAGMENTS {
                    let open = opening(query, fragment);
                    let area = Area::new(open.config.namespace.as_deref());
                    let (loaded, _) = persist::plan_load(&area, &entries, &known, "");
                    rows.push(json!({
                        "query": query,
                        "fragment": fragment,
                        "storage": entries
                            .iter()
                            .map(|(k, v)| (k.clone(), serde_json::Value::from(v.as_str())))
                            .collect::<serde_json::Map<_, _>>(),
                        "screen": open.route.to_fragment(),
                        "lang": language(&open.config, loaded.lang).code(),
                        "namespace": open.config.namespace,
                    }));
                }
            }
        }
        rows.into()
    }

    #[cfg(test)]
    mod tests {
        use super::cases;

        #[test]
        fn corrupt_settings_fall_back_to_the_first_releases_language_key() {
            let rows = cases();
            let row = rows
                .as_array()
                .unwrap()
                .iter()
                .find(|r| {
                    r["query"] == ""
                        && r["fragment"] == ""
                        && r["storage"]
                            .as_object()
                            .is_some_and(|s| s.values().any(|v| v == "{"))
                })
                .expect("the corrupt-settings row");
            assert_eq!(row["lang"], "en");
        }
    }
}
