//! How a host page configures the widget: URL parameters of the iframe's `src`
//! (`?lang=en&start=items&ns=course-a&compact=1&theme=dark`).
//!
//! Pure parsing: unknown keys and invalid values are ignored (the widget then behaves as
//! it would without them), so a typo in an embed snippet never breaks the page.
//! Never imports yew, web_sys, gloo or wasm_bindgen.

use crate::domain::Lang;
use crate::route::Route;

/// Colour theme: follow the device, or force one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// The value of `data-theme` on `<html>`, if any.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedConfig {
    /// The language to start in (the user can still switch).
    pub lang: Option<Lang>,
    /// The screen to open when the URL names none.
    pub start: Option<Route>,
    /// Keeps this embed's data apart from other embeds on the same site.
    pub namespace: Option<String>,
    /// Without the title bar and footer, for tight spaces in course pages.
    pub compact: bool,
    pub theme: Theme,
}

/// Longest namespace accepted; namespaces are `a-z`, `0-9`, `-` and `_`.
pub const MAX_NAMESPACE: usize = 32;

/// The accepted values of `start` and the screens they open.
pub const START_VALUES: [(&str, Route); 5] = [
    ("start", Route::Start),
    ("items", Route::Overview),
    ("results", Route::Results),
    ("checks", Route::Assessments),
    ("class", Route::Class),
];

/// The names the namespace parameter goes by.
pub const NAMESPACE_KEYS: [&str; 2] = ["ns", "namespace"];

/// Whether `b` may appear in a namespace.
pub fn namespace_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_'
}

/// The namespace `value` names, if it is a valid one.
pub fn namespace(value: &str) -> Option<String> {
    let valid =
        !value.is_empty() && value.len() <= MAX_NAMESPACE && value.bytes().all(namespace_byte);
    valid.then(|| value.to_owned())
}

impl EmbedConfig {
    /// Reads `key=value` pairs (already URL-decoded).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> EmbedConfig {
        let mut config = EmbedConfig::default();
        for (key, value) in pairs {
            match key {
                "lang" => config.lang = Lang::from_code(value),
                "start" => {
                    config.start = START_VALUES
                        .iter()
                        .find(|(v, _)| *v == value)
                        .map(|(_, route)| *route);
                }
                _ if NAMESPACE_KEYS.contains(&key) => config.namespace = namespace(value),
                "compact" => config.compact = matches!(value, "" | "1" | "true" | "yes"),
                "theme" => {
                    config.theme = match value {
                        "light" => Theme::Light,
                        "dark" => Theme::Dark,
                        _ => Theme::Auto,
                    }
                }
                _ => {}
            }
        }
        config
    }

    /// Reads a query string such as `location.search` gives it (`?a=1&b=2`); values are
    /// expected URL-encoded only where needed (the accepted values are all plain ASCII).
    pub fn from_query(query: &str) -> EmbedConfig {
        let query = query.trim_start_matches('?');
        EmbedConfig::from_pairs(query.split('&').filter(|p| !p.is_empty()).map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (k, v)
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_is_read_from_the_query() {
        let c = EmbedConfig::from_query("?lang=en&start=results&ns=course-a&compact=1&theme=dark");
        assert_eq!(
            c,
            EmbedConfig {
                lang: Some(Lang::En),
                start: Some(Route::Results),
                namespace: Some("course-a".into()),
                compact: true,
                theme: Theme::Dark,
            }
        );
        assert!(EmbedConfig::from_query("compact").compact);
        assert_eq!(EmbedConfig::from_query(""), EmbedConfig::default());
    }

    #[test]
    fn typos_and_unsafe_values_are_ignored_not_fatal() {
        let c = EmbedConfig::from_query(
            "lang=fr&start=admin&ns=../../x&compact=no&theme=neon&utm_source=mail",
        );
        assert_eq!(c, EmbedConfig::default());
        assert_eq!(
            EmbedConfig::from_query("ns=ABC").namespace,
            None,
            "lower case only"
        );
        assert_eq!(
            EmbedConfig::from_query(&format!("ns={}", "a".repeat(33))).namespace,
            None
        );
    }
}
