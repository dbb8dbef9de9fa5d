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
pub const KEYS: [&str; 7] = [
    "operator",
    "contact",
    "privacy_policy",
    "accessibility_statement",
    "security_contact",
    "offline",
    "help_desks",
];

/// The most help desks shown (a list to call, not a directory).
pub const HELP_DESKS_MAX: usize = 5;
/// The longest telephone number taken.
pub const PHONE_MAX_CHARS: usize = 30;

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
    /// The SME help desks the site recommends (a prefecture's, a chamber of commerce's, a
    /// よろず支援拠点), shown where the results say whom to call.
    pub help_desks: Vec<HelpDesk>,
}

/// A help desk the site recommends: its name, and how and when to reach it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpDesk {
    pub name: Named,
    pub url: Option<String>,
    /// As written (`03-1234-5678`); [`HelpDesk::tel`] is its link.
    pub phone: Option<String>,
    /// When it answers (`平日 9:00〜17:00`), in Japanese and, if given, in English.
    pub hours: Option<Named>,
}

impl HelpDesk {
    /// The phone number as a `tel:` link (its digits and a leading `+`).
    pub fn tel(&self) -> Option<String> {
        let phone = self.phone.as_deref()?;
        let digits: String = phone
            .chars()
            .filter_map(|c| match c {
                '0'..='9' | '+' => Some(c),
                '０'..='９' => char::from_digit(c as u32 - '０' as u32, 10),
                _ => None,
            })
            .collect();
        Some(format!("tel:{digits}"))
    }
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
            help_desks: Vec::new(),
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
            Some(&"operator") => match named("operator", value) {
                Ok(named) => site.operator = named,
                Err(problem) => problems.push(problem),
            },
            Some(&"help_desks") => site.help_desks = help_desks(value, &mut problems),
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

/// The help desks: a list of `{"name", "url", "phone", "hours"}`, where only the name is
/// needed. A desk without a name is left out; any other field that is wrong is left out on
/// its own, and the desk stays.
fn help_desks(value: &Value, problems: &mut Vec<SiteProblem>) -> Vec<HelpDesk> {
    const KEY: &str = "help_desks";
    let desks = match value {
        Value::Null => return Vec::new(),
        Value::Array(desks) => desks,
        _ => {
            problems.push(SiteProblem::WrongKind(KEY));
            return Vec::new();
        }
    };
    if desks.len() > HELP_DESKS_MAX {
        problems.push(SiteProblem::TooLong(KEY));
    }
    let mut out = Vec::new();
    for desk in desks.iter().take(HELP_DESKS_MAX) {
        let Value::Object(fields) = desk else {
            problems.push(SiteProblem::WrongKind(KEY));
            continue;
        };
        for key in fields.keys() {
            if !["name", "url", "phone", "hours"].contains(&key.as_str())
                && !key.starts_with(['$', '_'])
            {
                problems.push(SiteProblem::UnknownKey(format!("{KEY}.{key}")));
            }
        }
        let field = |key| fields.get(key).unwrap_or(&Value::Null);
        let name = match named("help_desks.name", field("name")) {
            Ok(Some(name)) => name,
            Ok(None) => {
                problems.push(SiteProblem::WrongKind("help_desks.name"));
                continue;
            }
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let url = kept(link("help_desks.url", field("url")), problems);
        let phone = kept(phone(field("phone")), problems);
        let hours = kept(named("help_desks.hours", field("hours")), problems);
        out.push(HelpDesk {
            name,
            url,
            phone,
            hours,
        });
    }
    out
}

/// A field's value, or none with its problem noted.
fn kept<T>(result: Result<Option<T>, SiteProblem>, problems: &mut Vec<SiteProblem>) -> Option<T> {
    result.unwrap_or_else(|problem| {
        problems.push(problem);
        None
    })
}

/// A telephone number: digits (half- or full-width), spaces, `+`, `-` and brackets.
fn phone(value: &Value) -> Result<Option<String>, SiteProblem> {
    const KEY: &str = "help_desks.phone";
    let phone = match value {
        Value::Null => return Ok(None),
        Value::String(s) => s.trim(),
        _ => return Err(SiteProblem::WrongKind(KEY)),
    };
    if phone.chars().count() > PHONE_MAX_CHARS {
        return Err(SiteProblem::TooLong(KEY));
    }
    let ok =
        |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c) || " +-()－（）‐".contains(c);
    match phone {
        "" => Ok(None),
        p if p.chars().all(ok)
            && p.chars()
                .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)) =>
        {
            Ok(Some(p.to_owned()))
        }
        _ => Err(SiteProblem::WrongKind(KEY)),
    }
}

/// A name given as a string (Japanese) or as `{"ja": …, "en": …}`; empty means none.
fn named(key: &'static str, value: &Value) -> Result<Option<Named>, SiteProblem> {
    let text = |v: Option<&Value>| -> Result<Option<String>, SiteProblem> {
        match v {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) if s.trim().chars().count() > OPERATOR_MAX_CHARS => {
                Err(SiteProblem::TooLong(key))
            }
            Some(Value::String(s)) => Ok(Some(s.trim().to_owned())),
            Some(_) => Err(SiteProblem::WrongKind(key)),
        }
    };
    let (ja, en) = match value {
        Value::Object(names) => {
            if names.keys().any(|k| k != "ja" && k != "en") {
                return Err(SiteProblem::WrongKind(key));
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
