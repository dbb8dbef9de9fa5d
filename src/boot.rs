//! How a page load opens, decided before anything is drawn, and the same rules as data for
//! the release page's boot script (`page/choose.js`), which must decide before the wasm
//! exists whether the prerendered Japanese start screen is what the app will show first
//! (if not, a loading line stands in, so the wrong screen never flashes).
//!
//! [`opening`] and [`language`] are what `ui::mount` calls; [`rules`] is what the boot script
//! reads (the screen words, `start=` values, the namespace rule, the languages, the settings
//! keys, the names both sides use). `src/bin/prerender.rs` prints the rules
//! (`--boot-rules`), and builds from these same functions the table of addresses and saved
//! data with what the app decides for each (`--boot-cases`), which the contract test
//! (`page/test/contract.test.mjs`) runs the boot script's own decision function over: only
//! that program needs the table, so the library does not carry it. Pure: no browser code.

use serde_json::json;

use crate::content::checklist;
use crate::course::TrainerScreen;
use crate::domain::Lang;
use crate::embed::{namespace_byte, EmbedConfig, MAX_NAMESPACE, NAMESPACE_KEYS, START_VALUES};
use crate::names;
use crate::persist::{Area, LEGACY_LANG};
use crate::route::{self, Route, CODE, NAMED, NUMBERED};

/// Stands for the namespace in [`rules`]' namespaced settings key.
pub const NAMESPACE_PLACEHOLDER: &str = "{ns}";

/// What a page load opens on, from its address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opening {
    /// The host page's settings (`?lang=…&ns=…`).
    pub config: EmbedConfig,
    /// The first screen: the fragment's, else the embed's `start` when the fragment names
    /// none; a result-code link opens "My checks" with its import preview.
    pub route: Route,
    /// The result code a link carries (`#/code/…`), if any.
    pub code: Option<String>,
}

/// What the page at `query` (`location.search`) and `fragment` (`location.hash`) opens on.
pub fn opening(query: &str, fragment: &str) -> Opening {
    let config = EmbedConfig::from_query(query);
    let code = route::code_in(fragment).map(str::to_owned);
    let route = match (&code, config.start) {
        (Some(_), _) => Route::Assessments,
        (None, Some(start)) if fragment.trim_start_matches(['#', '/']).is_empty() => start,
        (None, _) => Route::from_fragment(fragment, item_count()),
    };
    Opening {
        config,
        route,
        code,
    }
}

/// The language the app opens in: the host page's (`lang=`), else the one this device
/// saved, else Japanese. The user can still switch.
pub fn language(config: &EmbedConfig, saved: Option<Lang>) -> Lang {
    config.lang.or(saved).unwrap_or_default()
}

fn item_count() -> u8 {
    u8::try_from(checklist().items.len()).unwrap_or(u8::MAX)
}

/// The rules as one JSON object, for the boot script.
pub fn rules() -> serde_json::Value {
    let fragments = |pairs: &[(&str, Route)]| -> serde_json::Map<String, serde_json::Value> {
        pairs
            .iter()
            .map(|(word, route)| ((*word).to_owned(), route.to_fragment().into()))
            .collect()
    };
    let namespace_chars: String = (0u8..128)
        .filter(|b| namespace_byte(*b))
        .map(char::from)
        .collect();
    json!({
        "names": {
            "embedGlobal": names::EMBED_GLOBAL,
            "prerenderedId": names::PRERENDERED_ID,
            "loadingClass": names::LOADING_CLASS,
            "offlineMeta": names::OFFLINE_META,
            "serviceWorker": names::SERVICE_WORKER,
            "heightMessage": names::HEIGHT_MESSAGE,
            "trainerPage": names::TRAINER_PAGE,
            "siteFile": names::SITE_FILE,
            "siteGlobal": names::SITE_GLOBAL,
        },
        "startScreen": Route::Start.to_fragment(),
        "screens": fragments(&NAMED),
        "numbered": NUMBERED,
        "itemCount": item_count(),
        "overview": Route::Overview.to_fragment(),
        "code": CODE,
        "codeScreen": Route::Assessments.to_fragment(),
        "starts": fragments(&START_VALUES),
        "namespaceKeys": NAMESPACE_KEYS,
        "namespaceChars": namespace_chars,
        "namespaceMax": MAX_NAMESPACE,
        "langs": Lang::ALL.iter().map(|l| l.code()).collect::<Vec<_>>(),
        "defaultLang": Lang::default().code(),
        "settingsKey": Area::new(None).settings_key(),
        "namespacePlaceholder": NAMESPACE_PLACEHOLDER,
        "namespacedSettingsKey": Area::new(Some(NAMESPACE_PLACEHOLDER)).settings_key(),
        "legacyLangKey": LEGACY_LANG,
        "trainerScreens": { Route::Class.to_fragment(): TrainerScreen::Class.to_fragment() },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_opens_where_its_address_says() {
        assert_eq!(opening("", "#/items/7").route, Route::Item(7));
        assert_eq!(opening("?start=results", "").route, Route::Results);
        assert_eq!(opening("?start=results", "#/items").route, Route::Overview);
        let code = opening("?start=results", "#/code/CCHK1-X");
        assert_eq!(
            (code.route, code.code.as_deref()),
            (Route::Assessments, Some("CCHK1-X"))
        );
        let config = EmbedConfig::from_query("?lang=en");
        assert_eq!(language(&config, Some(Lang::Ja)), Lang::En);
        assert_eq!(language(&EmbedConfig::default(), Some(Lang::En)), Lang::En);
        assert_eq!(language(&EmbedConfig::default(), None), Lang::Ja);
    }

    #[test]
    fn the_rules_name_exactly_what_the_app_reads() {
        let r = rules();
        for (word, fragment) in r["screens"].as_object().unwrap() {
            let route = Route::from_fragment(&format!("#/{word}"), 15);
            assert_eq!(route.to_fragment(), *fragment);
        }
        for (word, fragment) in r["starts"].as_object().unwrap() {
            let start = EmbedConfig::from_query(&format!("start={word}")).start;
            assert_eq!(start.map(Route::to_fragment).as_deref(), fragment.as_str());
        }
        assert_eq!(r["itemCount"], 15);
        assert_eq!(
            r["namespaceChars"],
            "-0123456789_abcdefghijklmnopqrstuvwxyz"
        );
        assert_eq!(r["settingsKey"], "ipa-cloud-check:v1:settings");
        assert_eq!(
            r["namespacedSettingsKey"],
            "ipa-cloud-check:ns:{ns}:v1:settings"
        );
        assert_eq!(r["langs"], json!(["ja", "en"]));
        assert_eq!(r["defaultLang"], "ja");
        assert_eq!(r["names"]["embedGlobal"], "cloudCheckEmbed");
    }
}
