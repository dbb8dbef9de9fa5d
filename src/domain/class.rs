//! A trainer's class overview: many participants' export files aggregated on the trainer's
//! own device. Pure: the caller reads the files and parses each with
//! [`super::intake::file`] (or [`read_file`]); this module keeps what was added
//! ([`ClassInputs`], pasted codes included) and counts.
//!
//! Rules: every assessment in every good file counts once; the same assessment dropped
//! twice (same id) counts once, its latest version, and the trainer is shown which files
//! held it; a bad file is listed with its reason and never stops the others. One file can
//! carry at most [`MAX_CHECKS_PER_FILE`] checks (a participant's own), and a version only
//! counts as the latest by a well-formed `updated_at` that is not in the future, so one
//! file cannot outweigh the class or replace another participant's answers. Averages pool the points of all assessments over their
//! applicable maximum, with the same points as the individual score. No names are kept:
//! the overview is anonymous.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::code::{self, Include};
use super::format::{parse_import, FileError};
use super::intake::{self, ImportError, Input};
use super::{Answer, Assessment, Lang, Score};

/// Most checks one participant's file may hold: a file with more is not counted.
pub const MAX_CHECKS_PER_FILE: usize = 20;

/// A file that was not counted, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub file: String,
    pub reason: ImportError,
    /// For a code that did not read: the [`code::fingerprint`] of the check it seems to
    /// come from ([`Given::check`]).
    pub check: Option<u64>,
}

/// One input given to the class overview: what was read ([`intake::codes`], [`read_file`]),
/// and for a pasted code that did not read, the [`code::fingerprint`] of the check it seems
/// to come from ([`read_codes`]), so that the participant's corrected copy clears it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Given {
    pub input: Input,
    pub check: Option<u64>,
}

impl From<Input> for Given {
    fn from(input: Input) -> Self {
        Given { input, check: None }
    }
}

/// Pasted text for the class overview: every code as [`intake::codes`] reads it, and for each
/// that does not read, the check it seems to come from ([`code::damaged_check`]).
pub fn read_codes(text: &str, item_ids: &[&str], lang: Lang) -> Vec<Given> {
    let found = code::find(text, item_ids);
    let checks = found
        .iter()
        .map(|(c, read)| read.as_ref().err().and_then(|_| code::damaged_check(c)))
        .chain(std::iter::repeat(None));
    intake::codes(text, item_ids, lang)
        .into_iter()
        .zip(checks)
        .map(|(input, check)| Given { input, check })
        .collect()
}

/// The answers one item received across the class.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ItemTally {
    /// Counts in [`Answer::ALL`] order.
    pub answers: [usize; 5],
    pub unanswered: usize,
    /// Pooled over the class: points over the applicable maximum.
    pub score: Score,
}

impl ItemTally {
    pub fn count(&self, answer: Answer) -> usize {
        self.answers[answer.index()]
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClassSummary {
    /// Files offered, good or bad.
    pub files: usize,
    /// The first [`MAX_LISTED`] of what was not counted (the count is `skipped_count`).
    pub skipped: Vec<Skipped>,
    /// Everything not counted.
    pub skipped_count: usize,
    /// Of those, the codes that did not read and were followed by a readable code of the same
    /// check (a participant's corrected copy): no longer listed in `skipped`.
    pub corrected: usize,
    /// Assessments counted (after duplicates were set aside).
    pub assessments: usize,
    /// Assessments that appeared more than once (same id) and were counted once.
    pub duplicates: usize,
    /// The first [`MAX_LISTED`] duplicates: the source whose version was counted, the one
    /// that was not, and whether their answers differ (a correction, or another person's
    /// code carrying the same id: the trainer should know either way).
    pub duplicate_files: Vec<Duplicate>,
    /// Duplicates whose answers differ from the version they met.
    pub conflicts: usize,
    /// Per item id, in checklist order.
    pub items: Vec<(String, ItemTally)>,
}

/// One check met twice: which source counted, which did not, and whether the answers differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    pub counted: String,
    pub not_counted: String,
    pub answers_differ: bool,
}

impl ClassSummary {
    /// What was not counted and still asks for the trainer's attention: beyond `skipped`'s
    /// list, how many more.
    pub fn skipped_unlisted(&self) -> usize {
        self.skipped_count
            .saturating_sub(self.corrected)
            .saturating_sub(self.skipped.len())
    }
}

/// How many skipped inputs and duplicates the summary lists one by one; the rest are
/// counted (125,000 junk lines are one number, not 125,000 list items).
pub const MAX_LISTED: usize = 50;

impl ClassSummary {
    pub fn tally(&self, item_id: &str) -> Option<&ItemTally> {
        self.items
            .iter()
            .find(|(id, _)| id == item_id)
            .map(|(_, t)| t)
    }

    /// Pooled score of a group of items (a section, or all).
    pub fn pooled<'a>(&self, item_ids: impl IntoIterator<Item = &'a str>) -> Score {
        let mut total = Score::default();
        for id in item_ids {
            if let Some(t) = self.tally(id) {
                total.add(&t.score);
            }
        }
        total
    }

    /// The `n` items that got `answer` most often, with how many gave it (items nobody gave
    /// it to are left out); ties keep checklist order. For the room: 「わからない」 asks what to
    /// find out and from whom, 「未対応」 what to do first.
    pub fn most(&self, answer: Answer, n: usize) -> Vec<(&str, usize)> {
        let mut counted: Vec<(&str, usize)> = self
            .items
            .iter()
            .map(|(id, t)| (id.as_str(), t.count(answer)))
            .filter(|(_, count)| *count > 0)
            .collect();
        super::sort_small_by(&mut counted, |a, b| b.1.cmp(&a.1));
        counted.truncate(n);
        counted
    }

    /// The `n` items with the lowest pooled percentage (items nobody could score are left
    /// out); ties keep checklist order.
    pub fn weakest(&self, n: usize) -> Vec<(&str, u32)> {
        let mut scored: Vec<(&str, u32)> = self
            .items
            .iter()
            .filter_map(|(id, t)| t.score.percent().map(|p| (id.as_str(), p)))
            .collect();
        super::sort_small_by(&mut scored, |a, b| a.1.cmp(&b.1));
        scored.truncate(n);
        scored
    }
}

/// A time that can decide which version is the latest: `YYYY-MM-DDTHH:MM…`, not after
/// `now` (both as the browser writes them, in UTC).
fn trusted_time<'a>(time: &'a str, now: &str) -> Option<&'a str> {
    let b = time.as_bytes();
    let shaped = b.len() >= 16
        && b.iter().take(16).enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b'T',
            13 => *c == b':',
            _ => c.is_ascii_digit(),
        });
    (shaped && time <= now).then_some(time)
}

/// Everything a trainer has given the class overview so far (files dropped or chosen, codes
/// pasted), counted as it came: each addition counts only what it brings (a check that
/// replaces another takes the other's answers out of the tallies first), so adding one code
/// to a class of thousands costs one code's work. `scored` is how a check counts (the
/// checklist's effective answers: an answer an item no longer offers counts as none), given
/// by the caller, as this layer knows no checklist.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClassInputs {
    /// Each counted check by id, with the source it came from.
    by_id: BTreeMap<String, (Assessment, String)>,
    /// The checks that codes which did not read seem to come from (by
    /// [`code::fingerprint`]), with how many such codes each, until a readable code of that
    /// check arrives.
    unread: BTreeMap<u64, usize>,
    summary: ClassSummary,
}

impl ClassInputs {
    /// Adds what was read from more files or pasted text ([`read_file`], [`read_codes`]),
    /// and returns the summary of everything so far.
    pub fn add<G: Into<Given>>(
        &mut self,
        more: impl IntoIterator<Item = G>,
        scored: impl Fn(&Assessment) -> Assessment,
        item_ids: &[&str],
        now: &str,
    ) -> ClassSummary {
        self.take(more.into_iter().map(Into::into), &scored, item_ids, now);
        self.summary.clone()
    }

    /// Forgets everything given so far (the trainer starts over).
    pub fn clear(&mut self) {
        *self = ClassInputs::default();
    }

    /// Whether nothing was given yet.
    pub fn is_empty(&self) -> bool {
        self.summary.files == 0
    }

    /// What the trainer's device keeps of the class, at `now`: see [`SavedClass`].
    pub fn save(&self, item_ids: &[&str], now: &str) -> SavedClass {
        let s = &self.summary;
        SavedClass {
            saved_at: now.to_owned(),
            files: s.files,
            skipped: s.skipped_count,
            corrected: s.corrected,
            unread: self.unread.clone(),
            duplicates: s.duplicates,
            conflicts: s.conflicts,
            checks: self
                .by_id
                .values()
                .map(|(a, source)| {
                    (
                        code::encode(a, item_ids, Include::default()),
                        source.clone(),
                    )
                })
                .collect(),
        }
    }

    /// The class as it was saved: every check counted again from its code, the counts as
    /// they were; the lists of what was skipped or met twice start empty (the codes that did
    /// not read can still be corrected). A code that does not read (edited storage) is left
    /// out.
    pub fn restore(saved: &SavedClass, item_ids: &[&str]) -> ClassInputs {
        let mut inputs = ClassInputs::default();
        inputs.summary.items = empty_tallies(item_ids);
        for (text, source) in &saved.checks {
            let Some(a) = code::find(text, item_ids)
                .into_iter()
                .find_map(|(_, r)| r.ok())
            else {
                continue;
            };
            if !inputs.by_id.contains_key(&a.id) {
                count_new(&mut inputs.by_id, &mut inputs.summary, a, source.clone());
            }
        }
        inputs.unread = saved.unread.clone();
        let s = &mut inputs.summary;
        (
            s.files,
            s.skipped_count,
            s.corrected,
            s.duplicates,
            s.conflicts,
        ) = (
            saved.files,
            saved.skipped,
            saved.corrected,
            saved.duplicates,
            saved.conflicts,
        );
        inputs
    }

    /// The summary of everything so far.
    pub fn summary(&self) -> ClassSummary {
        self.summary.clone()
    }

    fn take(
        &mut self,
        more: impl Iterator<Item = Given>,
        scored: &dyn Fn(&Assessment) -> Assessment,
        item_ids: &[&str],
        now: &str,
    ) {
        let summary = &mut self.summary;
        if summary.items.is_empty() {
            summary.items = empty_tallies(item_ids);
        }
        for Given {
            input: (file, result),
            check,
        } in more
        {
            summary.files += 1;
            let preview = match result {
                Ok(p) if p.assessments.len() > MAX_CHECKS_PER_FILE => {
                    Err(ImportError::TooManyChecks {
                        count: p.assessments.len(),
                    })
                }
                other => other,
            };
            let preview = match preview {
                Ok(preview) => preview,
                Err(reason) => {
                    summary.skipped_count += 1;
                    if let Some(check) = check {
                        *self.unread.entry(check).or_default() += 1;
                    }
                    if summary.skipped.len() < MAX_LISTED {
                        summary.skipped.push(Skipped {
                            file,
                            reason,
                            check,
                        });
                    }
                    continue;
                }
            };
            for a in preview.assessments {
                let a = scored(&a);
                let check = code::fingerprint(&a.id);
                if let Some(n) = self.unread.remove(&check) {
                    // The participant's corrected copy of codes that did not read.
                    summary.corrected += n;
                    summary.skipped.retain(|k| k.check != Some(check));
                }
                let Some((seen, seen_file)) = self.by_id.get(&a.id) else {
                    count_new(&mut self.by_id, summary, a, file.clone());
                    continue;
                };
                summary.duplicates += 1;
                // Only a trustworthy time replaces what was counted; at the same time, the
                // one given later (a participant's correction within the minute a code
                // keeps) does.
                let newer = match (
                    trusted_time(&a.updated_at, now),
                    trusted_time(&seen.updated_at, now),
                ) {
                    (Some(new), Some(old)) => new >= old,
                    (Some(_), None) => true,
                    (None, _) => false,
                };
                let answers_differ = item_ids.iter().any(|id| seen.answer(id) != a.answer(id));
                summary.conflicts += usize::from(answers_differ);
                let (counted, not_counted) = if newer {
                    (file.clone(), seen_file.clone())
                } else {
                    (seen_file.clone(), file.clone())
                };
                if summary.duplicate_files.len() < MAX_LISTED {
                    summary.duplicate_files.push(Duplicate {
                        counted,
                        not_counted,
                        answers_differ,
                    });
                }
                if newer {
                    let old = seen.clone();
                    count(summary, &old, -1);
                    count(summary, &a, 1);
                    self.by_id.insert(a.id.clone(), (a, file.clone()));
                }
            }
        }
    }
}

/// What the trainer's device keeps of a class (per course, until the trainer clears it, so
/// that a reload keeps it): each counted check as a result code (answers, id and minute: no
/// names, no memos, as participants send them) with the source it came from, and the counts
/// of inputs read, skipped, met twice and differing. Not the lists of what was skipped or met
/// twice: after a reload those show as counts; but the fingerprints of the checks that codes
/// which did not read seem to come from, so that a corrected code still clears them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedClass {
    /// When it was last saved (ISO 8601).
    pub saved_at: String,
    pub files: usize,
    pub skipped: usize,
    /// Of `skipped`, the codes a readable copy followed (absent in a class saved by an
    /// earlier build).
    #[serde(default)]
    pub corrected: usize,
    /// The checks the codes that did not read seem to come from (their
    /// [`code::fingerprint`]s: not even the ids), with how many such codes each, still
    /// waiting for a readable copy (absent in an earlier build's).
    #[serde(default)]
    pub unread: BTreeMap<u64, usize>,
    pub duplicates: usize,
    pub conflicts: usize,
    /// `(result code, source)` of each counted check.
    pub checks: Vec<(String, String)>,
}

impl SavedClass {
    /// The stored form.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A stored class; anything unreadable reads as none.
    pub fn read(text: &str) -> Option<SavedClass> {
        serde_json::from_str(text).ok()
    }
}

/// A tally of nothing for each item, in checklist order.
fn empty_tallies(item_ids: &[&str]) -> Vec<(String, ItemTally)> {
    item_ids
        .iter()
        .map(|id| (id.to_string(), ItemTally::default()))
        .collect()
}

/// Counts `a`, met for the first time, as come from `source`.
fn count_new(
    by_id: &mut BTreeMap<String, (Assessment, String)>,
    summary: &mut ClassSummary,
    a: Assessment,
    source: String,
) {
    count(summary, &a, 1);
    summary.assessments += 1;
    by_id.insert(a.id.clone(), (a, source));
}

/// Adds (`sign` 1) or takes out (`sign` -1) one check's answers in the item tallies.
fn count(summary: &mut ClassSummary, a: &Assessment, sign: i32) {
    let step = |n: &mut usize| {
        *n = if sign > 0 {
            *n + 1
        } else {
            n.saturating_sub(1)
        };
    };
    for (id, tally) in &mut summary.items {
        match a.answer(id) {
            Some(answer) => step(&mut tally.answers[answer.index()]),
            None => step(&mut tally.unanswered),
        }
        let one = Score::of(a, [id.as_str()]);
        if sign > 0 {
            tally.score.add(&one);
        } else {
            tally.score.remove(&one);
        }
    }
}

/// Counts every good file's assessments at time `now`; lists the bad ones with their
/// reasons.
pub fn aggregate(files: Vec<Input>, item_ids: &[&str], now: &str) -> ClassSummary {
    let mut inputs = ClassInputs::default();
    inputs.add(files, Assessment::clone, item_ids, now)
}

/// One file given to the class overview, as `(label, result)` pairs: a JSON export, read as
/// the import reads it (one pair, label empty); or, when it is no export (an LMS's report
/// downloaded as text or CSV, a saved chat), every result code in its text, each labelled
/// by the code's first characters. A file with neither gives the export's reason.
pub fn read_file(bytes: &[u8], item_ids: &[&str], lang: Lang) -> Vec<Input> {
    let parsed = parse_import(bytes, item_ids);
    if matches!(
        parsed,
        Err(FileError::NotJson { .. } | FileError::OurCsv | FileError::OtherFormat)
    ) {
        let text = String::from_utf8_lossy(bytes);
        let codes = intake::codes(&text, item_ids, lang);
        if !codes
            .iter()
            .all(|(_, r)| matches!(r, Err(ImportError::NoCode)))
        {
            return codes;
        }
    }
    vec![(String::new(), parsed.map_err(ImportError::File))]
}
