//! One assessment: the answers and memos given for one cloud service, and its progress.

use std::collections::BTreeMap;

use serde::Serialize;

use super::plan::{StepState, OWNER_MAX_CHARS};
use super::{Answer, Lang};

/// Longest memo kept for one item, in characters (not bytes: Japanese text is 3 bytes a char).
pub const MEMO_MAX_CHARS: usize = 2000;
/// Longest name kept for the cloud service being checked, in characters.
pub const SERVICE_NAME_MAX_CHARS: usize = 100;

/// Longest provider field (name, contact, account) kept, in characters.
pub const PROVIDER_FIELD_MAX_CHARS: usize = 200;

/// What the user recorded for one item.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    pub answer: Option<Answer>,
    pub memo: String,
    /// The plan step's notes (who, by when, how far).
    pub step: StepState,
    /// The service lacks what the item asks for (item 9: no multi-factor sign-in), so the
    /// plan asks the provider and offers what can be done instead.
    pub lacks_feature: bool,
    /// The owner put the item's question in the letter to the provider (`true`) or took it
    /// out; `None` follows the checklist's default (see `Checklist::in_letter`).
    pub in_letter: Option<bool>,
}

impl Entry {
    fn is_empty(&self) -> bool {
        self.answer.is_none()
            && self.memo.is_empty()
            && self.step.is_empty()
            && !self.lacks_feature
            && self.in_letter.is_none()
    }
}

/// Who provides the service, for the letter to the provider and the "if something happens"
/// block. Kept with the check (and in its export), unlike the sender, which stays on the
/// device.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Provider {
    /// The provider's name (the company), as the letter addresses it.
    pub name: String,
    /// Its support contact: an e-mail address, a form's address or a telephone number.
    pub contact: String,
    /// The account or contract ID the provider knows the company by.
    pub account: String,
    /// The date the letter asks a reply by (`YYYY-MM-DD`), or empty.
    pub reply_by: String,
    /// The product and plan as the provider knows it ("freee会計 スタンダード"): what the
    /// letter names, where the check's own name may be a category ("会計ソフト").
    pub product: String,
}

impl Provider {
    pub fn is_empty(&self) -> bool {
        *self == Provider::default()
    }

    /// Each field trimmed and cut to [`PROVIDER_FIELD_MAX_CHARS`] characters.
    pub fn bounded(&self) -> Provider {
        let cut =
            |s: &str| truncate_chars(super::text::one_line(s).trim(), PROVIDER_FIELD_MAX_CHARS);
        Provider {
            name: cut(&self.name),
            contact: cut(&self.contact),
            account: cut(&self.account),
            reply_by: cut(&self.reply_by),
            product: cut(&self.product),
        }
    }
}

/// Longest text kept as the owner edited it (the letter, the rules draft), in characters (a
/// letter with all 15 questions is about 4,000 in English, the rules draft about 3,000).
pub const LETTER_MAX_CHARS: usize = 10_000;

/// A text the tool writes (the letter to the provider, the rules draft) as the owner
/// rewrote it, kept with the check, per language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EditedText {
    /// The Japanese text as edited, if it was (an empty text is an edit too).
    pub ja: Option<String>,
    /// The English text as edited, if it was.
    pub en: Option<String>,
}

impl EditedText {
    pub fn is_empty(&self) -> bool {
        *self == EditedText::default()
    }

    /// The text in `lang` as the owner edited it, if they did.
    pub fn edited(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Ja => self.ja.as_deref(),
            Lang::En => self.en.as_deref(),
        }
    }

    /// Keeps `text` as the text in `lang` (cut to [`LETTER_MAX_CHARS`]), or with `None`
    /// goes back to the text the tool writes.
    pub fn set_edited(&mut self, lang: Lang, text: Option<&str>) {
        let text = text.map(|t| truncate_chars(&super::text::lines(t), LETTER_MAX_CHARS));
        match lang {
            Lang::Ja => self.ja = text,
            Lang::En => self.en = text,
        }
    }
}

/// The sender of the letter to the provider.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Sender {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub company: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub person: String,
    /// An e-mail address or telephone number for the reply.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub contact: String,
}

/// Longest sender field kept, in characters.
pub const SENDER_FIELD_MAX_CHARS: usize = 200;

impl Sender {
    pub fn is_empty(&self) -> bool {
        *self == Sender::default()
    }

    /// Each field trimmed and cut to [`SENDER_FIELD_MAX_CHARS`] characters.
    pub fn bounded(&self) -> Sender {
        let cut = |s: &str| truncate_chars(super::text::one_line(s).trim(), SENDER_FIELD_MAX_CHARS);
        Sender {
            company: cut(&self.company),
            person: cut(&self.person),
            contact: cut(&self.contact),
        }
    }
}

/// The self-check of one cloud service. Entries are keyed by the content's stable item ids.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Assessment {
    /// Random, stable id: the storage key and what "replace" matches on import.
    pub id: String,
    pub service_name: String,
    /// ISO 8601 timestamps, as the browser gives them.
    pub created_at: String,
    pub updated_at: String,
    /// When an answer (or item 9's "the service lacks it") last changed; empty in checks
    /// saved before it was kept. The next review counts from here, so that a plan note or
    /// the provider's name does not move it (see [`Assessment::answered_on`]).
    pub answered_at: String,
    pub entries: BTreeMap<String, Entry>,
    pub provider: Provider,
    /// The letter as the owner rewrote it.
    pub letter: EditedText,
    /// The cloud service rules draft (`crate::rules`) as the owner rewrote it.
    pub rules: EditedText,
}

impl Assessment {
    pub fn new(id: &str, now: &str) -> Assessment {
        Assessment {
            id: id.to_owned(),
            created_at: now.to_owned(),
            updated_at: now.to_owned(),
            ..Assessment::default()
        }
    }

    /// A copy under a new id and dates (for a re-check next year), with the same answers.
    /// The plan's notes stay behind: a re-check starts its own plan. The provider stays.
    pub fn duplicate(&self, id: &str, now: &str, name: &str) -> Assessment {
        let mut copy = Assessment::new(id, now);
        copy.entries = self.entries.clone();
        copy.answered_at = now.to_owned();
        for id in self.entries.keys() {
            copy.set_step(id, StepState::default());
            copy.update_entry(id, |e| e.in_letter = None);
        }
        copy.provider = self.provider.clone();
        copy.set_service_name(name);
        copy
    }

    pub fn entry(&self, item_id: &str) -> Option<&Entry> {
        self.entries.get(item_id)
    }

    pub fn answer(&self, item_id: &str) -> Option<Answer> {
        self.entry(item_id).and_then(|e| e.answer)
    }

    pub fn memo(&self, item_id: &str) -> &str {
        self.entry(item_id).map_or("", |e| e.memo.as_str())
    }

    /// Stores the answer; 確認・対応済み on an item whose service lacks what it asks is
    /// 一部のみ (see [`Entry::lacks_feature`]).
    pub fn set_answer(&mut self, item_id: &str, answer: Option<Answer>) {
        self.update_entry(item_id, |e| {
            e.answer = match answer {
                Some(Answer::Done) if e.lacks_feature => Some(Answer::Partly),
                other => other,
            }
        });
    }

    /// When the answers last changed, else (a check saved before that was kept) when
    /// anything did: what the next review counts from.
    pub fn answered_on(&self) -> &str {
        if self.answered_at.is_empty() {
            &self.updated_at
        } else {
            &self.answered_at
        }
    }

    /// Whether `other` has other answers (or "lacks it" flags) than this check.
    pub fn answers_differ(&self, other: &Assessment) -> bool {
        let answers = |a: &Assessment| {
            a.entries
                .iter()
                .filter(|(_, e)| e.answer.is_some() || e.lacks_feature)
                .map(|(id, e)| (id.clone(), e.answer, e.lacks_feature))
                .collect::<Vec<_>>()
        };
        answers(self) != answers(other)
    }

    /// The plan step's notes for an item (empty ones when none were written).
    pub fn step(&self, item_id: &str) -> StepState {
        self.entry(item_id)
            .map(|e| e.step.clone())
            .unwrap_or_default()
    }

    /// Stores a plan step's notes, the owner cut to [`OWNER_MAX_CHARS`] characters.
    pub fn set_step(&mut self, item_id: &str, step: StepState) {
        let step = StepState {
            owner: truncate_chars(step.owner.trim(), OWNER_MAX_CHARS),
            ..step
        };
        self.update_entry(item_id, |e| e.step = step);
    }

    /// Whether the service lacks what the item asks for (see [`Entry::lacks_feature`]).
    pub fn lacks_feature(&self, item_id: &str) -> bool {
        self.entry(item_id).is_some_and(|e| e.lacks_feature)
    }

    /// Ticks or clears "the service lacks it"; ticked, an answer of 確認・対応済み becomes
    /// 一部のみ: that item's own "when to choose Done" says a service without it is partly
    /// covered at best, and the verdict must not count it as done.
    pub fn set_lacks_feature(&mut self, item_id: &str, lacks: bool) {
        self.update_entry(item_id, |e| {
            e.lacks_feature = lacks;
            if lacks && e.answer == Some(Answer::Done) {
                e.answer = Some(Answer::Partly);
            }
        });
    }

    pub fn set_provider(&mut self, provider: &Provider) {
        self.provider = provider.bounded();
    }

    /// Whether the owner put `item_id`'s question in the letter or took it out, if they did.
    pub fn letter_choice(&self, item_id: &str) -> Option<bool> {
        self.entry(item_id).and_then(|e| e.in_letter)
    }

    /// Keeps the owner's choice for `item_id`'s question in the letter.
    pub fn set_letter_choice(&mut self, item_id: &str, ask: bool) {
        self.update_entry(item_id, |e| e.in_letter = Some(ask));
    }

    /// Stores the memo, cut to [`MEMO_MAX_CHARS`] characters.
    pub fn set_memo(&mut self, item_id: &str, memo: &str) {
        let memo = truncate_chars(&super::text::lines(memo), MEMO_MAX_CHARS);
        self.update_entry(item_id, |e| e.memo = memo);
    }

    /// Stores the service name, trimmed of surrounding blanks and cut to
    /// [`SERVICE_NAME_MAX_CHARS`] characters.
    pub fn set_service_name(&mut self, name: &str) {
        self.service_name =
            truncate_chars(super::text::one_line(name).trim(), SERVICE_NAME_MAX_CHARS);
    }

    /// How many of the given items have an answer.
    pub fn answered_count<'a>(&self, item_ids: impl IntoIterator<Item = &'a str>) -> usize {
        item_ids
            .into_iter()
            .filter(|id| self.answer(id).is_some())
            .count()
    }

    /// The first of the given items (in the given order) without an answer.
    pub fn first_unanswered<'a>(
        &self,
        item_ids: impl IntoIterator<Item = &'a str>,
    ) -> Option<&'a str> {
        item_ids.into_iter().find(|id| self.answer(id).is_none())
    }

    /// Nothing recorded yet (no name, no answer, no memo, no plan notes, no provider).
    pub fn is_empty(&self) -> bool {
        self.service_name.is_empty()
            && self.provider.is_empty()
            && self.entries.values().all(Entry::is_empty)
    }

    /// Two edits of the same check brought together (two tabs, or two embeds on one page):
    /// `base` is the version both started from (the one last stored, as far as `ours`
    /// knows). Each field (the service name, and each item's answer and memo) takes the side
    /// that changed it; where both did, `ours` wins: it is the edit being made here, and the
    /// other side adopts the result when it is stored. Without a base, a field the two sides
    /// disagree on is ours.
    pub fn merge(base: Option<&Assessment>, ours: &Assessment, theirs: &Assessment) -> Assessment {
        fn pick<T: PartialEq + Clone>(base: Option<T>, ours: T, theirs: T) -> T {
            if base.as_ref() == Some(&ours) {
                theirs
            } else {
                ours
            }
        }
        let mut merged = ours.clone();
        merged.service_name = pick(
            base.map(|b| b.service_name.clone()),
            ours.service_name.clone(),
            theirs.service_name.clone(),
        );
        merged.provider = pick(
            base.map(|b| b.provider.clone()),
            ours.provider.clone(),
            theirs.provider.clone(),
        );
        merged.letter = pick(
            base.map(|b| b.letter.clone()),
            ours.letter.clone(),
            theirs.letter.clone(),
        );
        merged.rules = pick(
            base.map(|b| b.rules.clone()),
            ours.rules.clone(),
            theirs.rules.clone(),
        );
        // Every item either side has, once each (no set: see `super::map_of`).
        let ids = ours.entries.keys().chain(
            theirs
                .entries
                .keys()
                .filter(|id| !ours.entries.contains_key(*id)),
        );
        for id in ids {
            let answer = pick(
                base.map(|b| b.answer(id)),
                ours.answer(id),
                theirs.answer(id),
            );
            let memo = pick(
                base.map(|b| b.memo(id).to_owned()),
                ours.memo(id).to_owned(),
                theirs.memo(id).to_owned(),
            );
            let step = pick(base.map(|b| b.step(id)), ours.step(id), theirs.step(id));
            let lacks = pick(
                base.map(|b| b.lacks_feature(id)),
                ours.lacks_feature(id),
                theirs.lacks_feature(id),
            );
            let in_letter = pick(
                base.map(|b| b.letter_choice(id)),
                ours.letter_choice(id),
                theirs.letter_choice(id),
            );
            merged.update_entry(id, |e| {
                e.answer = answer;
                e.memo = memo;
                e.step = step;
                e.lacks_feature = lacks;
                e.in_letter = in_letter;
            });
        }
        merged.updated_at = ours.updated_at.clone().max(theirs.updated_at.clone());
        merged.answered_at = ours.answered_at.clone().max(theirs.answered_at.clone());
        merged
    }

    fn update_entry(&mut self, item_id: &str, change: impl FnOnce(&mut Entry)) {
        let entry = self.entries.entry(item_id.to_owned()).or_default();
        change(entry);
        // Keep the map free of empty entries so that equal content means equal assessments.
        if entry.is_empty() {
            self.entries.remove(item_id);
        }
    }
}

fn truncate_chars(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => text[..cut].to_owned(),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merge_keeps_both_sides_changes_and_ours_where_both_changed() {
        let mut base = Assessment::new("x", "2026-11-23T09:00:00Z");
        base.set_answer("a", Some(Answer::Partly));
        base.set_memo("m", "NAS");
        let mut ours = base.clone();
        ours.set_answer("b", Some(Answer::Done)); // only here
        ours.set_memo("m", "NAS に週1回"); // both changed: ours is being typed
        ours.updated_at = "2026-11-23T09:05:00Z".into();
        let mut theirs = base.clone();
        theirs.set_answer("a", Some(Answer::Done)); // only there
        theirs.set_memo("m", "NAS?");
        theirs.set_service_name("会計ソフト");
        theirs.updated_at = "2026-11-23T09:06:00Z".into();
        let merged = Assessment::merge(Some(&base), &ours, &theirs);
        assert_eq!(merged.answer("a"), Some(Answer::Done));
        assert_eq!(merged.answer("b"), Some(Answer::Done));
        assert_eq!(merged.memo("m"), "NAS に週1回");
        assert_eq!(merged.service_name, "会計ソフト");
        assert_eq!(merged.updated_at, "2026-11-23T09:06:00Z");
        // Cleared on one side only: cleared.
        let mut cleared = base.clone();
        cleared.set_answer("a", None);
        assert_eq!(
            Assessment::merge(Some(&base), &base, &cleared).answer("a"),
            None
        );
    }

    #[test]
    fn answering_and_clearing_leaves_no_trace() {
        let mut a = Assessment::default();
        a.set_answer("backup", Some(Answer::Partly));
        assert_eq!(a.answer("backup"), Some(Answer::Partly));
        a.set_answer("backup", None);
        assert_eq!(a, Assessment::default());
    }

    #[test]
    fn memo_is_cut_by_characters_not_bytes() {
        let mut a = Assessment::default();
        let long: String = "あ".repeat(MEMO_MAX_CHARS + 5);
        a.set_memo("backup", &long);
        assert_eq!(a.memo("backup").chars().count(), MEMO_MAX_CHARS);
        assert!(a.memo("backup").chars().all(|c| c == 'あ'));
    }

    #[test]
    fn service_name_is_trimmed_and_bounded() {
        let mut a = Assessment::default();
        a.set_service_name("  会計ソフト  ");
        assert_eq!(a.service_name, "会計ソフト");
        a.set_service_name(&"x".repeat(500));
        assert_eq!(a.service_name.chars().count(), SERVICE_NAME_MAX_CHARS);
    }

    #[test]
    fn progress_counts_only_answers_and_finds_the_first_gap() {
        let ids = ["a", "b", "c"];
        let mut a = Assessment::default();
        a.set_memo("a", "memo only");
        a.set_answer("b", Some(Answer::Unknown));
        assert_eq!(a.answered_count(ids), 1);
        assert_eq!(a.first_unanswered(ids), Some("a"));
        a.set_answer("a", Some(Answer::Done));
        a.set_answer("c", Some(Answer::NotApplicable));
        assert_eq!(a.answered_count(ids), 3);
        assert_eq!(a.first_unanswered(ids), None);
    }
}
