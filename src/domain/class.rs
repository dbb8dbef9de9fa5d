//! A trainer's class overview: many participants' export files aggregated on the trainer's
//! own device. Pure: the caller reads the files and parses each with
//! [`super::format::parse_import`]; this module only counts.
//!
//! Rules: every assessment in every good file counts once; the same assessment dropped
//! twice (same id) counts once, its latest version; a bad file is listed with its reason
//! and never stops the others. Averages pool the points of all assessments over their
//! applicable maximum, with the same points as the individual score. No names are kept:
//! the overview is anonymous.

use std::collections::BTreeMap;

use super::format::{ImportError, ImportPreview};
use super::{Answer, Assessment, Score};

/// A file that was not counted, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub file: String,
    pub reason: ImportError,
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
        self.answers[Answer::ALL.iter().position(|a| *a == answer).unwrap_or(0)]
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClassSummary {
    /// Files offered, good or bad.
    pub files: usize,
    pub skipped: Vec<Skipped>,
    /// Assessments counted (after duplicates were set aside).
    pub assessments: usize,
    /// Assessments that appeared more than once (same id) and were counted once.
    pub duplicates: usize,
    /// Per item id, in checklist order.
    pub items: Vec<(String, ItemTally)>,
}

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

    /// The `n` items with the lowest pooled percentage (items nobody could score are left
    /// out); ties keep checklist order.
    pub fn weakest(&self, n: usize) -> Vec<(&str, u32)> {
        let mut scored: Vec<(&str, u32)> = self
            .items
            .iter()
            .filter_map(|(id, t)| t.score.percent().map(|p| (id.as_str(), p)))
            .collect();
        scored.sort_by_key(|(_, p)| *p);
        scored.truncate(n);
        scored
    }
}

/// Counts every good file's assessments; lists the bad ones with their reasons.
pub fn aggregate(
    files: Vec<(String, Result<ImportPreview, ImportError>)>,
    item_ids: &[&str],
) -> ClassSummary {
    let mut summary = ClassSummary {
        files: files.len(),
        ..ClassSummary::default()
    };
    let mut by_id: BTreeMap<String, Assessment> = BTreeMap::new();
    for (file, result) in files {
        match result {
            Err(reason) => summary.skipped.push(Skipped { file, reason }),
            Ok(preview) => {
                for a in preview.assessments {
                    match by_id.get(&a.id) {
                        Some(seen) => {
                            summary.duplicates += 1;
                            if a.updated_at > seen.updated_at {
                                by_id.insert(a.id.clone(), a);
                            }
                        }
                        None => {
                            by_id.insert(a.id.clone(), a);
                        }
                    }
                }
            }
        }
    }
    summary.assessments = by_id.len();
    summary.items = item_ids
        .iter()
        .map(|id| {
            let mut tally = ItemTally::default();
            for a in by_id.values() {
                match a.answer(id) {
                    Some(answer) => {
                        tally.answers[Answer::ALL.iter().position(|x| *x == answer).unwrap_or(0)] +=
                            1
                    }
                    None => tally.unanswered += 1,
                }
                tally.score.add(&Score::of(a, [*id]));
            }
            (id.to_string(), tally)
        })
        .collect();
    summary
}
