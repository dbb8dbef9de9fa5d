//! A trainer's course, as the trainer's page sets it up: the course id (the participants'
//! storage namespace), the language and first screen participants get, and compact
//! embedding; what that gives a trainer to paste or show (the participant link, the iframe
//! and element snippets, the instructions for participants); the trainer page's screens;
//! and how the set-up is kept in the trainer's own browser.
//!
//! Pure: never imports yew, web_sys, gloo or wasm_bindgen. The links and snippets are
//! built only from a valid course id, so an invalid one can never reach a participant.

use serde::{Deserialize, Serialize};

use crate::domain::Lang;
use crate::embed::{namespace_byte, MAX_NAMESPACE};
use crate::names;
use crate::route::Route;

/// Why a course id cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CourseIdProblem {
    /// Without an id, participants' answers would share the tool's default data on their
    /// devices (their own checks of their own services): a course always has one.
    Empty,
    /// Longer than [`MAX_NAMESPACE`] characters.
    TooLong { chars: usize },
    /// Characters outside `a-z 0-9 - _` (each once, in the order typed), and the id that
    /// lower case and hyphens for spaces would make, when that one is valid.
    BadChars {
        chars: Vec<char>,
        suggestion: Option<String>,
    },
}

/// The course id `text` as typed, checked by the rule of the `ns` parameter
/// ([`crate::embed::namespace`]); surrounding spaces are forgiven.
pub fn course_id(text: &str) -> Result<String, CourseIdProblem> {
    let id = text.trim();
    if id.is_empty() {
        return Err(CourseIdProblem::Empty);
    }
    let fits = |c: char| c.is_ascii() && namespace_byte(c as u8);
    let mut bad: Vec<char> = Vec::new();
    for c in id.chars().filter(|c| !fits(*c)) {
        if !bad.contains(&c) {
            bad.push(c);
        }
    }
    if !bad.is_empty() {
        let fixed: String = id
            .chars()
            .map(|c| {
                if c == ' ' {
                    '-'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        let valid = fixed.chars().all(fits) && fixed.chars().count() <= MAX_NAMESPACE;
        return Err(CourseIdProblem::BadChars {
            chars: bad,
            suggestion: valid.then_some(fixed),
        });
    }
    let chars = id.chars().count();
    if chars > MAX_NAMESPACE {
        return Err(CourseIdProblem::TooLong { chars });
    }
    Ok(id.to_owned())
}

/// The screens a link may open participants on (`start=`), in the order offered.
pub const STARTS: [Route; 4] = [
    Route::Start,
    Route::Overview,
    Route::Results,
    Route::Assessments,
];

/// What the trainer chose. Kept in the trainer's browser only (see [`Setup::read`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Setup {
    /// As typed; checked by [`course_id`] before any link is made from it.
    pub id: String,
    pub lang: Lang,
    pub compact: bool,
    /// One of [`STARTS`].
    #[serde(with = "start_word")]
    pub start: Route,
}

impl Default for Setup {
    fn default() -> Setup {
        Setup {
            id: String::new(),
            lang: Lang::default(),
            compact: true,
            start: Route::Start,
        }
    }
}

/// A route as its `start=` word.
mod start_word {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::embed::START_VALUES;
    use crate::route::Route;

    pub fn serialize<S: Serializer>(route: &Route, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(super::start_value(*route))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Route, D::Error> {
        let word = String::deserialize(d)?;
        Ok(START_VALUES
            .iter()
            .find(|(w, route)| *w == word && super::STARTS.contains(route))
            .map_or(Route::Start, |(_, route)| *route))
    }
}

/// The `start=` word of a route (see [`crate::embed::START_VALUES`]).
pub fn start_value(route: Route) -> &'static str {
    crate::embed::START_VALUES
        .iter()
        .find(|(_, r)| *r == route)
        .map_or("start", |(word, _)| *word)
}

/// Where the trainer page keeps the set-up, in the trainer's browser.
pub const SETUP_KEY: &str = "ipa-cloud-check:trainer:v1:course";

/// Where the trainer page keeps a course's class overview (`domain::class::SavedClass`), in
/// the trainer's browser: one per course ID (`-` without one).
pub fn class_key(course: &str) -> String {
    let course = if course.is_empty() { "-" } else { course };
    format!("ipa-cloud-check:trainer:v1:class:{course}")
}

impl Setup {
    /// The stored set-up; anything unreadable reads as a fresh one.
    pub fn read(text: &str) -> Setup {
        serde_json::from_str(text).unwrap_or_default()
    }

    /// The stored form.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The links and snippets for this set-up, from the tool's folder `base` (ending in
    /// `/`), the iframe titled `title` (the tool's name in the course's language); `None`
    /// while the course id is not valid.
    pub fn links(&self, base: &str, title: &str) -> Option<Links> {
        let id = course_id(&self.id).ok()?;
        let base = &quoted_safe(base);
        let mut query = format!("?lang={}&ns={id}", self.lang.code());
        if self.start != Route::Start {
            query.push_str(&format!("&start={}", start_value(self.start)));
        }
        let participant = format!("{base}{query}");
        let mut framed = query.clone();
        if self.compact {
            framed.push_str("&compact=1");
        }
        let origin = origin(base);
        let height = names::HEIGHT_MESSAGE;
        let iframe = format!(
            r#"<iframe src="{base}{framed}" title="{title}" style="width:100%;border:0" height="900" loading="lazy" allow="clipboard-write"></iframe>
<script>
  // Lets the tool set the frame's height; it sends nothing but {{"{height}": n}}.
  addEventListener('message', (e) => {{
    if (e.origin !== '{origin}' || typeof e.data?.{height} !== 'number') return;
    for (const frame of document.querySelectorAll('iframe')) {{
      if (frame.contentWindow === e.source) frame.height = e.data.{height};
    }}
  }});
</script>"#
        );
        let mut attributes = format!(
            r#"id="cloud-check-{id}" data-cloud-check data-namespace="{id}" data-lang="{}""#,
            self.lang.code()
        );
        if self.compact {
            attributes.push_str(r#" data-compact="1""#);
        }
        if self.start != Route::Start {
            attributes.push_str(&format!(r#" data-start="{}""#, start_value(self.start)));
        }
        // Shown until the tool takes the element over, and where it never can (another site
        // without CORS, scripts blocked): a link to the same place.
        let element = format!(
            r#"<div {attributes}><a href="{participant}">{title}</a></div>
<script type="module" src="{base}embed.js"></script>"#
        );
        Some(Links {
            participant,
            iframe,
            element,
        })
    }
}

/// What a trainer pastes into a course page or shows participants.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Links {
    /// Opens the participants' tool on the course (for a link, a chat, the QR code).
    pub participant: String,
    /// An iframe for a course page, with the script that lets it set its own height.
    pub iframe: String,
    /// An element and `embed.js`, for pages that allow scripts but not frames.
    pub element: String,
}

/// The folder of the page at `url` (`https://example.org/tools/cc/trainer.html?x#y` →
/// `https://example.org/tools/cc/`): where the participants' page is.
pub fn folder(url: &str) -> String {
    let url = url.split(['?', '#']).next().unwrap_or_default();
    match url.rfind('/') {
        Some(at) => url[..=at].to_owned(),
        None => String::new(),
    }
}

/// `url` with every character that could end a quoted string in HTML or JavaScript, or
/// start markup, percent-encoded (`'` → `%27`…): the same address, safe inside the
/// snippets' quotes whatever the folder is called.
fn quoted_safe(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for ch in url.chars() {
        match ch {
            '\'' | '"' | '`' | '<' | '>' | '\\' | '&' => {
                out.push_str(&format!("%{:02X}", ch as u32))
            }
            ch if ch.is_whitespace() || ch.is_control() => {
                let mut buf = [0; 4];
                for b in ch.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            ch => out.push(ch),
        }
    }
    out
}

/// The origin of an absolute URL (`https://example.org/tools/` → `https://example.org`).
fn origin(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |at| at + 3);
    match url[after_scheme..].find('/') {
        Some(at) => &url[..after_scheme + at],
        None => url,
    }
}

/// A screen of the trainer's page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TrainerScreen {
    /// Course set-up: the links, snippets and QR code (`#/`).
    #[default]
    Setup,
    /// The class overview: participants' files and codes summarised (`#/class`).
    Class,
    /// The QR code alone, large, for a projector or for print (`#/qr`).
    Qr,
    /// Using the tool in an LMS: Moodle's settings, the report to the overview (`#/guide`).
    Guide,
}

impl TrainerScreen {
    /// Reads a fragment; anything unknown is the set-up.
    pub fn from_fragment(fragment: &str) -> TrainerScreen {
        match fragment.trim_start_matches('#').trim_matches('/') {
            "class" => TrainerScreen::Class,
            "qr" => TrainerScreen::Qr,
            "guide" => TrainerScreen::Guide,
            _ => TrainerScreen::Setup,
        }
    }

    /// The fragment, including the `#`. The class overview's is the participants' page's
    /// old one (`#/class`), which that page sends here.
    pub fn to_fragment(self) -> String {
        match self {
            TrainerScreen::Setup => "#/".to_owned(),
            TrainerScreen::Class => Route::Class.to_fragment(),
            TrainerScreen::Qr => "#/qr".to_owned(),
            TrainerScreen::Guide => "#/guide".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_course_id_follows_the_namespace_rule_and_cannot_be_empty() {
        assert_eq!(course_id(" course-a_1 "), Ok("course-a_1".into()));
        assert_eq!(course_id(""), Err(CourseIdProblem::Empty));
        assert_eq!(course_id("   "), Err(CourseIdProblem::Empty));
        // Every bad character once; lower case and hyphens offered where they make it valid.
        assert_eq!(
            course_id("Course A"),
            Err(CourseIdProblem::BadChars {
                chars: vec!['C', ' ', 'A'],
                suggestion: Some("course-a".into())
            })
        );
        assert_eq!(
            course_id("研修a"),
            Err(CourseIdProblem::BadChars {
                chars: vec!['研', '修'],
                suggestion: None
            })
        );
        assert_eq!(
            course_id("a b"),
            Err(CourseIdProblem::BadChars {
                chars: vec![' '],
                suggestion: Some("a-b".into())
            })
        );
        assert_eq!(
            course_id(&"a".repeat(33)),
            Err(CourseIdProblem::TooLong { chars: 33 })
        );
        // Whatever passes is a namespace the participants' page accepts.
        for id in ["a", "x_1", &"z".repeat(32)] {
            assert_eq!(crate::embed::namespace(id).as_deref(), Some(id));
        }
    }

    #[test]
    fn the_folder_and_origin_of_a_page() {
        assert_eq!(
            folder("https://example.org/tools/cc/trainer.html?lang=en#/class"),
            "https://example.org/tools/cc/"
        );
        assert_eq!(folder("https://example.org/"), "https://example.org/");
        assert_eq!(
            origin("https://example.org:8443/tools/"),
            "https://example.org:8443"
        );
    }

    #[test]
    fn trainer_screens_round_trip_and_the_old_class_link_is_the_overview() {
        for s in [
            TrainerScreen::Setup,
            TrainerScreen::Class,
            TrainerScreen::Qr,
            TrainerScreen::Guide,
        ] {
            assert_eq!(TrainerScreen::from_fragment(&s.to_fragment()), s);
        }
        assert_eq!(
            TrainerScreen::from_fragment("#/class"),
            TrainerScreen::Class
        );
        assert_eq!(
            TrainerScreen::from_fragment("#/nothing"),
            TrainerScreen::Setup
        );
    }

    #[test]
    fn a_stored_setup_reads_back_and_damage_reads_as_a_fresh_one() {
        let s = Setup {
            id: "course-a".into(),
            lang: Lang::En,
            compact: false,
            start: Route::Results,
        };
        assert_eq!(Setup::read(&s.encode()), s);
        assert_eq!(Setup::read("{"), Setup::default());
        assert_eq!(
            Setup::read(r#"{"id":"x","lang":"ja","compact":true,"start":"class"}"#).start,
            Route::Start,
            "the class overview is not a participants' screen"
        );
    }
}
