//! The checklist as data: IPA's 15 items, in 3 sections, with our explanations and official
//! links, Japanese and English side by side.
//!
//! The data lives in `checklist.json` beside this file. `build.rs` compiles it into statics
//! ([`checklist`]), so the app neither carries a parser for it nor parses it at start-up;
//! native builds can also parse it with serde ([`Checklist::parse`]), which the tests use to
//! check the statics and [`Checklist::validate`]. Item titles and questions are IPA's
//! wording from the per-item pages of the guide; everything else is ours.
//!
//! This module never imports yew, web_sys, gloo or wasm_bindgen.

use std::borrow::Cow;
use std::fmt;

#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;

mod advice;
pub mod english;

pub use advice::{QuickWin, QUICK_WINS};

use crate::domain::format::ContentStamp;
use crate::domain::{Answer, Assessment, Lang, Score};

/// Text that is `'static` in the shipped checklist and owned when parsed (tests edit copies).
pub type Str = Cow<'static, str>;
/// A list that is a `'static` slice in the shipped checklist and a `Vec` when parsed.
pub type List<T> = Cow<'static, [T]>;

/// The raw data file (native builds only: the wasm has the statics).
#[cfg(not(target_arch = "wasm32"))]
pub const CHECKLIST_JSON: &str = include_str!("checklist.json");

/// The structure of IPA's 2024 sheet: section ids in order, with their item counts.
pub const EXPECTED_SECTIONS: [(&str, usize); 3] = [("I", 6), ("II", 4), ("III", 5)];

/// The least number of official links each item's explanation must offer.
pub const MIN_LINKS_PER_ITEM: usize = 2;

/// A piece of text in every language the app speaks. Adding a language adds a field here,
/// so a missing translation fails to parse rather than showing up blank.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Text {
    pub ja: Str,
    /// Empty when built with "english-on-demand": the text is then the English file's
    /// entry `key`, once it has been taken in (see [`english`]).
    pub en: Str,
    #[cfg(feature = "english-on-demand")]
    #[cfg_attr(not(target_arch = "wasm32"), serde(skip))]
    pub key: u16,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.ja,
            #[cfg(feature = "english-on-demand")]
            Lang::En if self.en.is_empty() => english::get(self.key).unwrap_or(&self.ja),
            Lang::En => &self.en,
        }
    }
}

/// The whole checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Checklist {
    /// Version of our content (explanations, links); recorded in exports.
    pub content_version: Str,
    /// When our content (explanations, legal statements, links) was last checked against
    /// its sources, `YYYY-MM-DD`; shown to users, because such statements age.
    pub reviewed: Str,
    pub source: Source,
    pub sections: List<Section>,
    pub items: List<Item>,
    pub links: List<Link>,
}

/// The publication the checklist comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Source {
    pub title: Text,
    pub publisher: Text,
    /// Edition as `YYYY-MM`; recorded in exports.
    pub edition: Str,
    pub edition_label: Text,
    /// Keys into [`Checklist::links`].
    pub links: List<Str>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Section {
    /// The Roman numeral IPA uses (I, II, III); also the stable id.
    pub id: Str,
    /// IPA's section title.
    pub title: Text,
    /// Our one-paragraph summary.
    pub summary: Text,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Item {
    /// Stable id that saved data and exports refer to; never reuse or rename one.
    pub id: Str,
    /// IPA's number, 1–15; also used in URLs.
    pub number: u8,
    /// The id of the section it belongs to.
    pub section: Str,
    /// IPA's title (ja) and our translation (en).
    pub title: Text,
    /// Ours: a two- or three-word name for the item, labelling its question in the letter
    /// to the provider so that replies can be filed back.
    pub topic: Text,
    /// IPA's question (ja) and our translation (en).
    pub question: Text,
    /// Ours: read before answering (item 4's question asks the other way round).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub answer_note: Option<Text>,
    /// Ours: when the favourable answer applies, so every item reads the same way round.
    pub done_means: Text,
    /// Ours: when 該当しない (not applicable) is a legitimate answer. Without it, the item
    /// does not offer that answer: it could only be used to shrink the maximum.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub not_applicable: Option<Text>,
    /// Ours: why it matters.
    pub why: Text,
    /// Ours, after IPA's key points: what to check.
    pub check: List<Text>,
    /// Ours: how a small company does it.
    pub steps: List<Text>,
    /// Ours: where the item stands in the action plan among items with the same answer
    /// (1 first). The order is explained in the README ("Results and the action plan").
    pub priority: u8,
    /// Ours, on the safeguards whose absence outweighs the rest (items 8, 9 and 10): why.
    /// While one of them is 未対応 or わからない the verdict cannot be the top level, and
    /// the results name it; the plan puts them first.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub critical: Option<Text>,
    /// Ours: one concrete thing to do this week when the item is in the plan (the plan's
    /// "this week" block takes the first three from the plan's order).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub quick_win: Option<Text>,
    /// Ours, where a service may simply not offer what the item asks (item 9: multi-factor
    /// sign-in): the box to tick, the question for the provider, and what to do instead.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub lacks_feature: Option<LacksFeature>,
    /// Ours: a question for the provider, shown for "don't know", and for "not yet" where
    /// the item [`Asks::Provider`] (nothing published is what that answer means there).
    pub provider_question: Text,
    /// Ours: who holds the answer, which decides where a "don't know" is resolved.
    pub asks: Asks,
    /// Ours, for the items an owner finds hardest to judge: the words to look for in the
    /// terms or on the provider's pages, what to do when they are missing, and when to
    /// ask an expert.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub look_for: Option<LookFor>,
    /// Keys into [`Checklist::links`].
    pub links: List<Str>,
}

/// Who holds an item's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize),
    serde(rename_all = "lowercase")
)]
pub enum Asks {
    /// What the provider publishes or offers (items 5, 6, 11–15): "don't know" and "not
    /// yet" are both resolved by asking the provider.
    Provider,
    /// What the company itself decides or does (items 1–4, 7–10): "don't know" is
    /// resolved in-house first; the provider only answers what the service can do.
    Company,
}

/// What the plan says when the service lacks what the item asks for (see
/// [`Item::lacks_feature`]).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize),
    serde(deny_unknown_fields)
)]
pub struct LacksFeature {
    /// The checkbox on the item's screen.
    pub label: Text,
    /// The provider question that replaces the item's own.
    pub question: Text,
    /// What to do instead, replacing the item's own steps.
    pub steps: List<Text>,
}

/// What to look for in the terms or on the provider's pages (see [`Item::look_for`]).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize),
    serde(deny_unknown_fields)
)]
pub struct LookFor {
    /// Each: the words to find, what they tell, and an example of such wording.
    pub lines: List<Text>,
    /// What to do when it is not there.
    pub missing: Text,
    /// When to ask an expert.
    pub expert: Text,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(
    not(target_arch = "wasm32"),
    derive(Deserialize),
    serde(deny_unknown_fields)
)]
pub struct Link {
    pub key: Str,
    pub title: Text,
    pub publisher: Text,
    pub url: Str,
}

/// A reason the checklist data is unfit to ship.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ContentError {
    /// The file is not the JSON shape [`Checklist`] expects.
    Parse(String),
    /// Not exactly the sections I, II and III, in that order.
    Sections { found: Vec<String> },
    /// A section holds the wrong number of items.
    SectionSize {
        section: String,
        expected: usize,
        found: usize,
    },
    /// The items are not numbered 1, 2, 3… in order, or an item's section is out of place.
    Order { position: usize, number: u8 },
    /// An item id, or a link key, appears more than once.
    Duplicate { id: String },
    /// A piece of text is empty (or blank) in one language.
    EmptyText { place: String, lang: Lang },
    /// A link does not start with `https://`.
    NotHttps { key: String },
    /// Something refers to a link key that does not exist.
    UnknownLink { place: String, key: String },
    /// An item offers fewer than [`MIN_LINKS_PER_ITEM`] links.
    TooFewLinks { item: String, found: usize },
    /// The items' priorities are not 1, 2, … n, each used once.
    Priorities { found: Vec<u8> },
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContentError::Parse(e) => write!(f, "checklist.json does not parse: {e}"),
            ContentError::Sections { found } => {
                write!(f, "expected sections I, II, III; found {found:?}")
            }
            ContentError::SectionSize {
                section,
                expected,
                found,
            } => {
                write!(
                    f,
                    "section {section} must have {expected} items, has {found}"
                )
            }
            ContentError::Order { position, number } => write!(
                f,
                "item at position {position} is numbered {number} or sits in the wrong section"
            ),
            ContentError::Duplicate { id } => write!(f, "id {id:?} is used more than once"),
            ContentError::EmptyText { place, lang } => {
                write!(f, "{place} is empty in {}", lang.code())
            }
            ContentError::NotHttps { key } => write!(f, "link {key:?} is not https"),
            ContentError::UnknownLink { place, key } => {
                write!(f, "{place} refers to unknown link {key:?}")
            }
            ContentError::Priorities { found } => {
                write!(
                    f,
                    "item priorities must be 1..=n, each once; found {found:?}"
                )
            }
            ContentError::TooFewLinks { item, found } => write!(
                f,
                "item {item:?} has {found} links; at least {MIN_LINKS_PER_ITEM} are required"
            ),
        }
    }
}

impl std::error::Error for ContentError {}

impl Item {
    /// Whether the item offers `answer`: all five, except 該当しない where it cannot apply.
    pub fn offers(&self, answer: Answer) -> bool {
        answer != Answer::NotApplicable || self.not_applicable.is_some()
    }

    /// Whether `answer` is resolved by asking the provider: "don't know" always (the
    /// question is worth asking even for an in-house gap), "not yet" where the item is
    /// about what the provider publishes.
    pub fn needs_provider_question(&self, answer: Answer) -> bool {
        match answer {
            Answer::Unknown => true,
            Answer::NotDone => self.asks == Asks::Provider,
            _ => false,
        }
    }
}

impl Checklist {
    /// Parses checklist data. Structure only: call [`Checklist::validate`] for the rules.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(json: &str) -> Result<Checklist, ContentError> {
        serde_json::from_str(json).map_err(|e| ContentError::Parse(e.to_string()))
    }

    /// Every rule the shipped checklist must meet; an empty list means it is fit to ship.
    pub fn validate(&self) -> Vec<ContentError> {
        let mut errors = Vec::new();
        self.check_structure(&mut errors);
        self.check_ids(&mut errors);
        self.check_texts(&mut errors);
        self.check_links(&mut errors);
        errors
    }

    fn check_structure(&self, errors: &mut Vec<ContentError>) {
        let ids: Vec<&str> = self.sections.iter().map(|s| s.id.as_ref()).collect();
        let expected_ids: Vec<&str> = EXPECTED_SECTIONS.iter().map(|(id, _)| *id).collect();
        let mut priorities: Vec<u8> = self.items.iter().map(|i| i.priority).collect();
        priorities.sort_unstable();
        if !priorities.iter().copied().eq(1..=self.items.len() as u8) {
            errors.push(ContentError::Priorities { found: priorities });
        }
        if ids != expected_ids {
            errors.push(ContentError::Sections {
                found: ids.iter().map(|s| s.to_string()).collect(),
            });
        }
        for (section, expected) in EXPECTED_SECTIONS {
            let found = self.items.iter().filter(|i| i.section == section).count();
            if found != expected {
                errors.push(ContentError::SectionSize {
                    section: section.to_owned(),
                    expected,
                    found,
                });
            }
        }
        // Items must be numbered 1.. in order, and sections must be contiguous in IPA's order.
        let mut section_order = EXPECTED_SECTIONS.iter().map(|(id, _)| *id);
        let mut current = section_order.next();
        for (position, item) in self.items.iter().enumerate() {
            while current.is_some_and(|s| s != item.section) {
                current = section_order.next();
            }
            if usize::from(item.number) != position + 1 || current.is_none() {
                errors.push(ContentError::Order {
                    position,
                    number: item.number,
                });
            }
        }
    }

    fn check_ids(&self, errors: &mut Vec<ContentError>) {
        let item_ids = self.items.iter().map(|i| i.id.as_ref());
        let link_keys = self.links.iter().map(|l| l.key.as_ref());
        for ids in [item_ids.collect::<Vec<_>>(), link_keys.collect()] {
            let mut seen = std::collections::BTreeSet::new();
            for id in ids {
                if id.trim().is_empty() || !seen.insert(id) {
                    errors.push(ContentError::Duplicate { id: id.to_owned() });
                }
            }
        }
    }

    fn check_texts(&self, errors: &mut Vec<ContentError>) {
        for (place, text) in self.texts() {
            for lang in Lang::ALL {
                if text.get(lang).trim().is_empty() {
                    errors.push(ContentError::EmptyText {
                        place: place.clone(),
                        lang,
                    });
                }
            }
        }
    }

    fn check_links(&self, errors: &mut Vec<ContentError>) {
        for link in self.links.iter() {
            if !link.url.starts_with("https://") {
                errors.push(ContentError::NotHttps {
                    key: link.key.to_string(),
                });
            }
        }
        let mut refer = |place: String, keys: &[Str]| {
            for key in keys {
                if self.link(key).is_none() {
                    errors.push(ContentError::UnknownLink {
                        place: place.clone(),
                        key: key.to_string(),
                    });
                }
            }
        };
        refer("source".to_owned(), &self.source.links);
        for item in self.items.iter() {
            refer(format!("item {}", item.id), &item.links);
        }
        for item in self.items.iter() {
            if item.links.len() < MIN_LINKS_PER_ITEM {
                errors.push(ContentError::TooFewLinks {
                    item: item.id.to_string(),
                    found: item.links.len(),
                });
            }
        }
    }

    /// Every piece of text with a label saying where it is, for checks and tests.
    pub fn texts(&self) -> Vec<(String, &Text)> {
        let mut out = vec![
            ("source.title".to_owned(), &self.source.title),
            ("source.publisher".to_owned(), &self.source.publisher),
            (
                "source.edition_label".to_owned(),
                &self.source.edition_label,
            ),
        ];
        for s in self.sections.iter() {
            out.push((format!("section {} title", s.id), &s.title));
            out.push((format!("section {} summary", s.id), &s.summary));
        }
        for i in self.items.iter() {
            let at = |field: &str| format!("item {} {field}", i.id);
            out.push((at("title"), &i.title));
            out.push((at("topic"), &i.topic));
            out.push((at("question"), &i.question));
            if let Some(note) = &i.answer_note {
                out.push((at("answer_note"), note));
            }
            if let Some(when) = &i.not_applicable {
                out.push((at("not_applicable"), when));
            }
            out.push((at("done_means"), &i.done_means));
            out.push((at("why"), &i.why));
            out.push((at("provider_question"), &i.provider_question));
            if let Some(t) = &i.critical {
                out.push((at("critical"), t));
            }
            if let Some(t) = &i.quick_win {
                out.push((at("quick_win"), t));
            }
            if let Some(l) = &i.lacks_feature {
                out.push((at("lacks_feature.label"), &l.label));
                out.push((at("lacks_feature.question"), &l.question));
                out.extend(
                    l.steps
                        .iter()
                        .enumerate()
                        .map(|(n, t)| (at(&format!("lacks_feature.steps[{n}]")), t)),
                );
            }
            if let Some(look) = &i.look_for {
                out.extend(
                    look.lines
                        .iter()
                        .enumerate()
                        .map(|(n, t)| (at(&format!("look_for.lines[{n}]")), t)),
                );
                out.push((at("look_for.missing"), &look.missing));
                out.push((at("look_for.expert"), &look.expert));
            }
            if i.check.is_empty() {
                errors_placeholder(&mut out, at("check"));
            }
            if i.steps.is_empty() {
                errors_placeholder(&mut out, at("steps"));
            }
            out.extend(
                i.check
                    .iter()
                    .enumerate()
                    .map(|(n, t)| (at(&format!("check[{n}]")), t)),
            );
            out.extend(
                i.steps
                    .iter()
                    .enumerate()
                    .map(|(n, t)| (at(&format!("steps[{n}]")), t)),
            );
        }
        for l in self.links.iter() {
            out.push((format!("link {} title", l.key), &l.title));
            out.push((format!("link {} publisher", l.key), &l.publisher));
        }
        out
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    pub fn items_in<'a>(&'a self, section_id: &'a str) -> impl Iterator<Item = &'a Item> + 'a {
        self.items.iter().filter(move |i| i.section == section_id)
    }

    pub fn item_by_number(&self, number: u8) -> Option<&Item> {
        self.items.iter().find(|i| i.number == number)
    }

    pub fn link(&self, key: &str) -> Option<&Link> {
        self.links.iter().find(|l| l.key == key)
    }

    /// All item ids, in order.
    pub fn item_ids(&self) -> impl Iterator<Item = &str> + '_ {
        self.items.iter().map(|i| i.id.as_ref())
    }

    /// The ids of a section's items, in order.
    pub fn section_item_ids<'a>(
        &'a self,
        section_id: &'a str,
    ) -> impl Iterator<Item = &'a str> + 'a {
        self.items_in(section_id).map(|i| i.id.as_ref())
    }

    /// Each section with `a`'s score in it, in order.
    pub fn section_scores(&self, a: &Assessment) -> Vec<(&Section, Score)> {
        self.sections
            .iter()
            .map(|s| (s, Score::of(a, self.section_item_ids(&s.id))))
            .collect()
    }

    /// `a` as it is scored and shown: an answer the item does not offer (該当しない where it
    /// cannot apply, in data saved before that rule) counts as no answer, so the item asks
    /// to be answered again. Stored and exported data keep it: nothing is lost.
    pub fn effective<'a>(&self, a: &'a Assessment) -> Cow<'a, Assessment> {
        let stale: Vec<&str> = self
            .items
            .iter()
            .filter(|i| a.answer(&i.id).is_some_and(|x| !i.offers(x)))
            .map(|i| i.id.as_ref())
            .collect();
        if stale.is_empty() {
            return Cow::Borrowed(a);
        }
        let mut a = a.clone();
        for id in stale {
            a.set_answer(id, None);
        }
        Cow::Owned(a)
    }

    /// What saved and exported data is stamped with: this content's version and edition.
    pub fn stamp(&self) -> ContentStamp<'_> {
        ContentStamp {
            content_version: &self.content_version,
            source_edition: &self.source.edition,
        }
    }
}

/// An empty list (of checks or steps) is reported as an empty text at that place.
fn errors_placeholder(out: &mut Vec<(String, &Text)>, place: String) {
    static EMPTY: Text = Text {
        ja: Cow::Borrowed(""),
        en: Cow::Borrowed(""),
        #[cfg(feature = "english-on-demand")]
        key: u16::MAX,
    };
    out.push((place, &EMPTY));
}

// `SHIPPED`, generated by build.rs from checklist.json.
include!(concat!(env!("OUT_DIR"), "/checklist.rs"));

/// The shipped checklist.
pub fn checklist() -> &'static Checklist {
    &SHIPPED
}
