//! The rules the release page's inline boot script needs before the wasm exists, as data
//! taken from the Rust that applies them: which URL fragments name a screen other than the
//! start screen ([`crate::route`]), which `start=` values do ([`crate::embed`]), what a
//! valid namespace is, the language codes, and the settings keys ([`crate::persist`]).
//!
//! The boot script decides from these, before anything is painted, whether the prerendered
//! Japanese start screen is what the app will show first; if not, a loading line stands in,
//! so the wrong screen never flashes. `src/bin/prerender.rs --boot-rules` prints them and
//! `scripts/post-build.mjs` writes them into the script. Pure: no browser code.

use serde_json::json;

use crate::domain::Lang;
use crate::embed::{namespace_byte, MAX_NAMESPACE, NAMESPACE_KEYS, START_VALUES};
use crate::persist::{Area, LEGACY_LANG};
use crate::route::{Route, CODE, NAMED, NUMBERED};

/// Stands for the namespace in [`rules`]' namespaced settings key.
pub const NAMESPACE_PLACEHOLDER: &str = "{ns}";

/// The rules as one JSON object (see the module's doc for what each field mirrors).
pub fn rules() -> serde_json::Value {
    let not_start = |pairs: &[(&str, Route)]| -> Vec<String> {
        pairs
            .iter()
            .filter(|(_, route)| *route != Route::Start)
            .map(|(word, _)| (*word).to_owned())
            .collect()
    };
    let namespace_chars: String = (0u8..128)
        .filter(|b| namespace_byte(*b))
        .map(char::from)
        .collect();
    json!({
        "screens": not_start(&NAMED),
        "numbered": NUMBERED,
        "code": CODE,
        "starts": not_start(&START_VALUES),
        "namespaceKeys": NAMESPACE_KEYS,
        "namespaceChars": namespace_chars,
        "namespaceMax": MAX_NAMESPACE,
        "langs": Lang::ALL.iter().map(|l| l.code()).collect::<Vec<_>>(),
        "defaultLang": Lang::default().code(),
        "settingsKey": Area::new(None).settings_key(),
        "namespacePlaceholder": NAMESPACE_PLACEHOLDER,
        "namespacedSettingsKey": Area::new(Some(NAMESPACE_PLACEHOLDER)).settings_key(),
        "legacyLangKey": LEGACY_LANG,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::EmbedConfig;

    #[test]
    fn the_rules_name_exactly_what_the_app_reads() {
        let r = rules();
        let words = |field: &str| -> Vec<String> {
            serde_json::from_value(r[field].clone()).expect("a list of words")
        };
        // Every screen word leads away from the start screen, and a word not listed does not.
        for word in words("screens") {
            assert_ne!(Route::from_fragment(&format!("#/{word}"), 15), Route::Start);
        }
        assert_eq!(Route::from_fragment("#/nothing", 15), Route::Start);
        let code_link = format!("#/{}/CCHK1-X", r["code"].as_str().unwrap());
        assert!(crate::route::code_in(&code_link).is_some());
        assert_ne!(
            Route::from_fragment(&format!("#/{}/abc", r["numbered"].as_str().unwrap()), 15),
            Route::Start
        );
        for word in words("starts") {
            let start = EmbedConfig::from_query(&format!("start={word}")).start;
            assert!(start.is_some_and(|s| s != Route::Start), "{word}");
        }
        assert_eq!(
            r["namespaceChars"],
            "-0123456789_abcdefghijklmnopqrstuvwxyz"
        );
        assert_eq!(r["settingsKey"], "ipa-cloud-check:v1:settings");
        assert_eq!(
            r["namespacedSettingsKey"],
            "ipa-cloud-check:ns:{ns}:v1:settings"
        );
        assert_eq!(words("langs"), ["ja", "en"]);
        assert_eq!(r["defaultLang"], "ja");
    }
}
