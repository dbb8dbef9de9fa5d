//! What is remembered between visits besides the checks, and the language storage remembers.

use serde::Serialize;

use super::keys::{Area, LEGACY_LANG};
use crate::domain::{Lang, Sender};

/// What is remembered between visits besides the checks. Written with serde; read with
/// [`Settings::read`], field by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Settings {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    /// When the user last saved a JSON export (ISO 8601): what the "keep a copy" reminder
    /// goes by. Older versions ignore the field (and drop it when they write).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_export: Option<String>,
    /// Who signs the letter to the provider: kept on this device only (never in an export
    /// or a result code), and reused for the next check. Older versions ignore the field.
    #[serde(skip_serializing_if = "Sender::is_empty")]
    pub sender: Sender,
}

impl Settings {
    /// Reads a stored settings record field by field: a field that is missing, of another
    /// type, or not understood (a language this version does not speak) is left out and the
    /// rest is kept; anything but a JSON object reads as no settings. The release page's boot
    /// script reads the language by this same rule (`page/choose.js`; the contract test in
    /// `page/test/` runs it over the table `prerender --boot-cases` prints).
    pub fn read(text: &str) -> Settings {
        let Ok(serde_json::Value::Object(fields)) = serde_json::from_str(text) else {
            return Settings::default();
        };
        let text_field = |name: &str| fields.get(name).and_then(|v| v.as_str()).map(str::to_owned);
        Settings {
            lang: fields
                .get("lang")
                .and_then(|v| v.as_str())
                .and_then(Lang::from_exact_code),
            current: text_field("current"),
            last_export: text_field("last_export"),
            sender: read_sender(fields.get("sender")),
        }
    }
}

/// The sender as stored in the settings, field by field: anything but text is left out.
fn read_sender(value: Option<&serde_json::Value>) -> Sender {
    let field = |name: &str| {
        value
            .and_then(|v| v.get(name))
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned()
    };
    Sender {
        company: field("company"),
        person: field("person"),
        contact: field("contact"),
    }
    .bounded()
}

/// The language this area's storage remembers: the settings' own, else (in the default
/// area only) the first release's language key. What the app opens in when the address
/// names none.
pub fn saved_lang(area: &Area, entries: &[(String, String)]) -> Option<Lang> {
    let value_of = |key: &str| entries.iter().find(|(k, _)| k == key).map(|(_, v)| v);
    let settings = value_of(&area.settings_key())
        .map(|v| Settings::read(v))
        .unwrap_or_default();
    settings.lang.or_else(|| {
        area.default
            .then(|| value_of(LEGACY_LANG))
            .flatten()
            .and_then(|code| Lang::from_code(code))
    })
}
