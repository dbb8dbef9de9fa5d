//! The checklist's rules (what makes the data fit to ship) and a parser for it: native only,
//! for the tests and the build's checks; the wasm carries neither.

use std::borrow::Cow;
use std::fmt;

use super::*;

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

impl Checklist {
    /// Parses checklist data. Structure only: call [`Checklist::validate`] for the rules.
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
    pub fn texts(&self) -> Vec<(String, Cow<'_, Text>)> {
        let b = Cow::Borrowed;
        let o = |t: &LaterText| Cow::Owned(t.text());
        let mut out = vec![
            ("source.title".to_owned(), b(&self.source.title)),
            ("source.publisher".to_owned(), b(&self.source.publisher)),
            (
                "source.edition_label".to_owned(),
                b(&self.source.edition_label),
            ),
        ];
        for s in self.sections.iter() {
            out.push((format!("section {} title", s.id), b(&s.title)));
            out.push((format!("section {} summary", s.id), b(&s.summary)));
        }
        for i in self.items.iter() {
            let at = |field: &str| format!("item {} {field}", i.id);
            out.push((at("title"), b(&i.title)));
            out.push((at("topic"), o(&i.topic)));
            out.push((at("question"), b(&i.question)));
            if let Some(note) = &i.answer_note {
                out.push((at("answer_note"), b(note)));
            }
            if let Some(when) = &i.not_applicable {
                out.push((at("not_applicable"), b(when)));
            }
            out.push((at("done_means"), b(&i.done_means)));
            out.push((at("why"), b(&i.why)));
            out.push((at("provider_question"), o(&i.provider_question)));
            if let Some(t) = &i.critical {
                out.push((at("critical"), o(t)));
            }
            if let Some(t) = &i.quick_win_partly {
                out.push((at("quick_win_partly"), o(t)));
            }
            if let Some(t) = &i.quick_win {
                out.push((at("quick_win"), o(t)));
            }
            if let Some(l) = &i.lacks_feature {
                out.push((at("lacks_feature.label"), b(&l.label)));
                out.push((at("lacks_feature.question"), o(&l.question)));
                out.extend(
                    l.steps
                        .iter()
                        .enumerate()
                        .map(|(n, t)| (at(&format!("lacks_feature.steps[{n}]")), b(t))),
                );
            }
            if let Some(look) = &i.look_for {
                out.extend(
                    look.lines
                        .iter()
                        .enumerate()
                        .map(|(n, t)| (at(&format!("look_for.lines[{n}]")), b(t))),
                );
                out.push((at("look_for.missing"), b(&look.missing)));
                out.push((at("look_for.expert"), b(&look.expert)));
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
                    .map(|(n, t)| (at(&format!("check[{n}]")), b(t))),
            );
            out.extend(
                i.steps
                    .iter()
                    .enumerate()
                    .map(|(n, t)| (at(&format!("steps[{n}]")), b(t))),
            );
        }
        for l in self.links.iter() {
            out.push((format!("link {} title", l.key), b(&l.title)));
            out.push((format!("link {} publisher", l.key), b(&l.publisher)));
        }
        out
    }
}

/// An empty list (of checks or steps) is reported as an empty text at that place.
fn errors_placeholder(out: &mut Vec<(String, Cow<'_, Text>)>, place: String) {
    static EMPTY: Text = Text {
        ja: Cow::Borrowed(""),
        en: Cow::Borrowed(""),
        #[cfg(feature = "english-on-demand")]
        key: u16::MAX,
    };
    out.push((place, Cow::Borrowed(&EMPTY)));
}
