//! The hosting site's own details, from `site.json` beside the page: who runs the page, how
//! to reach them, their privacy policy and accessibility statement, a security contact, and
//! whether the tool keeps an offline copy. A web manager edits the file in a text editor
//! (docs/hosting.md), so a mistake must cost only the field it is in: each field is read on
//! its own, a field that is wrong is left out with a [`SiteProblem`], and the tool works as
//! without it. Links must be `https:`, `http:`, `mailto:` or a path on the same site: a
//! `javascript:` or `data:` link would run in the tool's page when clicked.

use serde_json::Value;

use super::Lang;

/// The longest operator's name shown (a name, not a paragraph).
pub const OPERATOR_MAX_CHARS: usize = 120;
/// The longest link taken.
pub const LINK_MAX_CHARS: usize = 2000;

/// The keys `site.json` may hold. Keys beginning with `$` or `_` are notes for the people
/// editing the file (`"$schema"`, `"_comment"`) and are passed over in silence.
pub const KEYS: [&str; 6] = [
    "operator",
    "contact",
    "privacy_policy",
    "accessibility_statement",
    "security_contact",
    "offline",
];

/// What a site says about itself; every part optional.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    /// Who runs the page, in Japanese and, if given, in English.
    pub operator: Option<Named>,
    pub contact: Option<String>,
    pub privacy_policy: Option<String>,
    pub accessibility_statement: Option<String>,
    pub security_contact: Option<String>,
    /// `false` turns the service worker off (an installed one removes itself).
    pub offline: bool,
}

/// A name in Japanese, and in English when the site gives one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub ja: String,
    pub en: Option<String>,
}

impl Named {
    /// The name in `lang`, else the Japanese.
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.en) {
            (Lang::En, Some(en)) => en,
            _ => &self.ja,
        }
    }
}

/// Why part of `site.json` was left out (the web manager reads it in the console).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SiteProblem {
    /// Not JSON at all, or JSON but not an object: nothing is taken.
    NotAnObject,
    /// A key the tool does not know (a typo, most likely).
    UnknownKey(String),
    /// A known key whose value is not of its kind (a number for a link, say).
    WrongKind(&'static str),
    /// A link with a scheme other than https, http and mailto, or with spaces or control
    /// characters in it.
    UnsafeLink(&'static str),
    /// A value longer than the tool shows.
    TooLong(&'static str),
}

impl Default for Site {
    fn default() -> Self {
        Site {
            operator: None,
            contact: None,
            privacy_policy: None,
            accessibility_statement: None,
            security_contact: None,
            offline: true,
        }
    }
}

impl Site {
    /// Whether there is anything to show.
    pub fn is_shown(&self) -> bool {
        self.operator.is_some()
            || self.contact.is_some()
            || self.privacy_policy.is_some()
            || self.accessibility_statement.is_some()
            || self.security_contact.is_some()
    }
}

/// Reads `site.json`: what it says, and what was left out and why.
pub fn read(text: &str) -> (Site, Vec<SiteProblem>) {
    let mut site = Site::default();
    let mut problems = Vec::new();
    let Ok(Value::Object(fields)) = serde_json::from_str::<Value>(text) else {
        return (site, vec![SiteProblem::NotAnObject]);
    };
    for (key, value) in &fields {
        let known = KEYS.iter().find(|k| **k == key.as_str());
        match known {
            None if key.starts_with(['$', '_']) => {}
            None => problems.push(SiteProblem::UnknownKey(key.clone())),
            Some(&"offline") => match value {
                Value::Bool(on) => site.offline = *on,
                Value::Null => {}
                _ => problems.push(SiteProblem::WrongKind("offline")),
            },
            Some(&"operator") => match operator(value) {
                Ok(named) => site.operator = named,
                Err(problem) => problems.push(problem),
            },
            Some(&key) => match link(key, value) {
                Ok(url) => {
                    let slot = match key {
                        "contact" => &mut site.contact,
                        "privacy_policy" => &mut site.privacy_policy,
                        "accessibility_statement" => &mut site.accessibility_statement,
                        _ => &mut site.security_contact,
                    };
                    *slot = url;
                }
                Err(problem) => problems.push(problem),
            },
        }
    }
    (site, problems)
}

/// A name given as a string (Japanese) or as `{"ja": …, "en": …}`; empty means none.
fn operator(value: &Value) -> Result<Option<Named>, SiteProblem> {
    const KEY: &str = "operator";
    let text = |v: Option<&Value>| -> Result<Option<String>, SiteProblem> {
        match v {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) if s.trim().chars().count() > OPERATOR_MAX_CHARS => {
                Err(SiteProblem::TooLong(KEY))
            }
            Some(Value::String(s)) => Ok(Some(s.trim().to_owned())),
            Some(_) => Err(SiteProblem::WrongKind(KEY)),
        }
    };
    let (ja, en) = match value {
        Value::Object(names) => {
            if names.keys().any(|k| k != "ja" && k != "en") {
                return Err(SiteProblem::WrongKind(KEY));
            }
            (text(names.get("ja"))?, text(names.get("en"))?)
        }
        other => (text(Some(other))?, None),
    };
    Ok(match (ja, en) {
        (Some(ja), en) => Some(Named { ja, en }),
        // Only an English name: it stands for both.
        (None, Some(en)) => Some(Named { ja: en, en: None }),
        (None, None) => None,
    })
}

/// A link the page may show: https, http, mailto or a path on this site (one that cannot
/// name another host); empty means none.
fn link(key: &'static str, value: &Value) -> Result<Option<String>, SiteProblem> {
    let url = match value {
        Value::Null => return Ok(None),
        Value::String(s) => s.trim(),
        _ => return Err(SiteProblem::WrongKind(key)),
    };
    if url.is_empty() {
        return Ok(None);
    }
    if url.chars().count() > LINK_MAX_CHARS {
        return Err(SiteProblem::TooLong(key));
    }
    // Browsers drop tabs and line breaks inside an address ("java\tscript:" is
    // "javascript:"), so no space or control character is taken at all.
    if url.chars().any(|c| c <= ' ' || c == '\u{7f}') {
        return Err(SiteProblem::UnsafeLink(key));
    }
    match scheme(url) {
        // A browser reads `\` as `/` in a web address, and `//host/…` (so `\\host`, `/\host`)
        // as another host: a path on this site has neither.
        None if url.contains('\\') || url.starts_with("//") => Err(SiteProblem::UnsafeLink(key)),
        None => Ok(Some(url.to_owned())),
        Some(s)
            if ["https", "http", "mailto"]
                .iter()
                .any(|ok| s.eq_ignore_ascii_case(ok)) =>
        {
            Ok(Some(url.to_owned()))
        }
        Some(_) => Err(SiteProblem::UnsafeLink(key)),
    }
}

/// The scheme of `url` as a browser reads it (letters, digits, `+`, `-`, `.` before the
/// first `:`, beginning with a letter), or `None` for a relative address.
fn scheme(url: &str) -> Option<&str> {
    let end = url.find(':')?;
    let candidate = &url[..end];
    let mut chars = candidate.chars();
    let starts_with_letter = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    (starts_with_letter && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        .then_some(candidate)
}
