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

#[cfg(not(target_arch = "wasm32"))]
use serde::Deserialize;

mod advice;
pub mod english;

pub use advice::{Advice, Question, QuickWin, QUICK_WINS};

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

/// A text only the screens after the answers read (the plan, the letter, the results, the
/// class overview): in the shipped statics its Japanese sits in a table of its own,
/// `LATER_JA` (written by build.rs), which only [`LaterText::get`] reads. The release
/// build splits those screens out of the first load, and the table goes with them: the
/// first load carries neither (about 7 KB of Japanese). A parsed checklist (tests, native
/// tools) holds the text itself.
#[derive(Clone, Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize), serde(from = "Text"))]
pub struct LaterText {
    /// The text; its Japanese is empty where [`LaterText::ja_key`] is set.
    text: Text,
    /// In the shipped statics: the index of its Japanese in `LATER_JA`.
    ja_key: Option<u16>,
}

impl LaterText {
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, self.ja_key) {
            (Lang::Ja, Some(key)) => later_ja(key),
            _ => self.text.get(lang),
        }
    }

    /// The whole text, its Japanese in it (for the content's checks and tests).
    pub fn text(&self) -> Text {
        match self.ja_key {
            Some(key) => Text {
                ja: Cow::Borrowed(later_ja(key)),
                ..self.text.clone()
            },
            None => self.text.clone(),
        }
    }
}

fn later_ja(key: u16) -> &'static str {
    LATER_JA.get(usize::from(key)).copied().unwrap_or("")
}

impl From<Text> for LaterText {
    fn from(text: Text) -> Self {
        LaterText { text, ja_key: None }
    }
}

/// Equal when they read the same: a shipped text and the same text parsed are equal.
impl PartialEq for LaterText {
    fn eq(&self, other: &Self) -> bool {
        self.text() == other.text()
    }
}

impl Eq for LaterText {}

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
    pub topic: LaterText,
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
    pub critical: Option<LaterText>,
    /// Ours: one concrete thing to do this week when the item is in the plan (the plan's
    /// "this week" block takes the first three from the plan's order).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub quick_win: Option<LaterText>,
    /// Ours: this week's action when the item is answered 一部のみ, where the part still
    /// missing calls for another one (item 9: the accounts still without MFA, not the
    /// administrator's that is usually done already).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub quick_win_partly: Option<LaterText>,
    /// Ours, where a service may simply not offer what the item asks (item 9: multi-factor
    /// sign-in): the box to tick, the question for the provider, and what to do instead.
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub lacks_feature: Option<LacksFeature>,
    /// Ours: a question for the provider, shown for "don't know", and for "not yet" where
    /// the item [`Asks::Provider`] (nothing published is what that answer means there).
    pub provider_question: LaterText,
    /// Ours: the letter asks [`Item::provider_question`] for 一部のみ as well, where the
    /// missing part may hang on what the service can do (item 9: can administrators make
    /// MFA compulsory for every user?).
    #[cfg_attr(not(target_arch = "wasm32"), serde(default))]
    pub ask_if_partly: bool,
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
    pub question: LaterText,
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
    /// to be answered again; and 確認・対応済み on an item whose service lacks what it asks
    /// (item 9 with "no multi-factor authentication" ticked, from a file or an older save)
    /// counts as 一部のみ, which is what that item's own "when to choose Done" says. Stored
    /// and exported data keep what was given: nothing is lost.
    pub fn effective<'a>(&self, a: &'a Assessment) -> Cow<'a, Assessment> {
        let stale: Vec<(&str, Option<Answer>)> = self
            .items
            .iter()
            .filter_map(|i| {
                let given = a.answer(&i.id)?;
                if !i.offers(given) {
                    Some((i.id.as_ref(), None))
                } else if given == Answer::Done
                    && i.lacks_feature.is_some()
                    && a.lacks_feature(&i.id)
                {
                    Some((i.id.as_ref(), Some(Answer::Partly)))
                } else {
                    None
                }
            })
            .collect();
        if stale.is_empty() {
            return Cow::Borrowed(a);
        }
        let mut a = a.clone();
        for (id, answer) in stale {
            a.set_answer(id, answer);
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

// The rules and the parser, for tests and native tools only.
#[cfg(not(target_arch = "wasm32"))]
mod validate;
#[cfg(not(target_arch = "wasm32"))]
pub use validate::ContentError;

// `SHIPPED`, generated by build.rs from checklist.json.
include!(concat!(env!("OUT_DIR"), "/checklist.rs"));

/// The shipped checklist.
pub fn checklist() -> &'static Checklist {
    &SHIPPED
}
