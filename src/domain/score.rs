//! Scoring, the verdict and the action plan's order.
//!
//! Points follow the convention SME owners know from IPA's 「5分でできる！情報セキュリティ
//! 自社診断」: 4 for done, 2 for partly, 0 for not done, −1 for don't know (not knowing is a
//! risk in itself), and "not applicable" leaves the item out of the maximum. Unanswered
//! items are left out too, and make the result provisional.
//!
//! The percentage is the points over the applicable maximum, rounded, and floored at 0 %
//! (many "don't know" answers can push the points below zero; the points still show that).

use super::{Answer, Assessment};

/// The most points one item can give.
pub const MAX_POINTS_PER_ITEM: i32 = 4;

/// The points an answer gives; `None` for "not applicable", which counts for nothing.
pub fn points(answer: Answer) -> Option<i32> {
    match answer {
        Answer::Done => Some(4),
        Answer::Partly => Some(2),
        Answer::NotDone => Some(0),
        Answer::Unknown => Some(-1),
        Answer::NotApplicable => None,
    }
}

/// A short verdict on a percentage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// 80 % or more.
    Good,
    /// 50 % to 79 %.
    Fair,
    /// Under 50 %.
    Poor,
}

/// The score of a group of items (a section, or the whole checklist).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    pub points: i32,
    /// [`MAX_POINTS_PER_ITEM`] for every answered item that applies.
    pub max: i32,
    /// Items in the group.
    pub items: usize,
    /// Items with an answer (any, "not applicable" included).
    pub answered: usize,
    /// How many items got each answer, in [`Answer::ALL`] order.
    pub counts: [usize; 5],
}

impl Score {
    pub fn of<'a>(assessment: &Assessment, item_ids: impl IntoIterator<Item = &'a str>) -> Score {
        let mut score = Score::default();
        for id in item_ids {
            score.items += 1;
            let Some(answer) = assessment.answer(id) else {
                continue;
            };
            score.answered += 1;
            score.counts[answer.index()] += 1;
            if let Some(p) = points(answer) {
                score.points += p;
                score.max += MAX_POINTS_PER_ITEM;
            }
        }
        score
    }

    /// Takes out a score [`Score::add`] put in (a class's check replaced by a later one).
    pub fn remove(&mut self, other: &Score) {
        self.points -= other.points;
        self.max -= other.max;
        self.items = self.items.saturating_sub(other.items);
        self.answered = self.answered.saturating_sub(other.answered);
        for (sum, n) in self.counts.iter_mut().zip(other.counts) {
            *sum = sum.saturating_sub(n);
        }
    }

    /// Adds another score's points, maximum and counts (pooling a class or a section).
    pub fn add(&mut self, other: &Score) {
        self.points += other.points;
        self.max += other.max;
        self.items += other.items;
        self.answered += other.answered;
        for (sum, n) in self.counts.iter_mut().zip(other.counts) {
            *sum += n;
        }
    }

    pub fn count(&self, answer: Answer) -> usize {
        self.counts[answer.index()]
    }

    pub fn unanswered(&self) -> usize {
        self.items - self.answered
    }

    /// Some items have no answer yet, so the result may change.
    pub fn is_provisional(&self) -> bool {
        self.unanswered() > 0
    }

    /// Points over the applicable maximum, rounded half up, floored at 0; `None` when no
    /// answered item applies (nothing to score yet).
    pub fn percent(&self) -> Option<u32> {
        if self.max <= 0 {
            return None;
        }
        let points = self.points.max(0) as u32;
        let max = self.max as u32;
        Some((points * 100 + max / 2) / max)
    }

    pub fn level(&self) -> Option<Level> {
        self.percent().map(|p| match p {
            80.. => Level::Good,
            50..=79 => Level::Fair,
            _ => Level::Poor,
        })
    }
}

/// The verdict on a complete check: its level, and the critical safeguards not fully in place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict<'a> {
    /// The level by percentage, but never [`Level::Good`] while a critical safeguard is not
    /// fully in place: a good score elsewhere does not make up for it.
    pub level: Level,
    /// The critical items answered 未対応, わからない or 一部のみ, in the order given.
    pub open: Vec<&'a str>,
}

/// The verdict on `score` (the whole checklist's), once every item is answered: `None`
/// while the result is provisional or nothing can be scored. `critical` are the ids of
/// the safeguards whose absence outweighs the rest (`Item::critical`): the top level only
/// when every one of them is 確認・対応済み. 一部のみ on sign-in (MFA for administrators
/// only) leaves the other accounts as open as none at all.
pub fn verdict<'a>(
    assessment: &Assessment,
    score: &Score,
    critical: impl IntoIterator<Item = &'a str>,
) -> Option<Verdict<'a>> {
    if score.is_provisional() {
        return None;
    }
    let level = score.level()?;
    let open = open_safeguards(assessment, critical);
    let level = match level {
        Level::Good if !open.is_empty() => Level::Fair,
        l => l,
    };
    Some(Verdict { level, open })
}

/// Of the `critical` items, those answered 未対応, わからない or 一部のみ, in the order given.
pub fn open_safeguards<'a>(
    assessment: &Assessment,
    critical: impl IntoIterator<Item = &'a str>,
) -> Vec<&'a str> {
    critical
        .into_iter()
        .filter(|id| {
            matches!(
                assessment.answer(id),
                Some(Answer::NotDone | Answer::Unknown | Answer::Partly)
            )
        })
        .collect()
}

/// An item as the action plan ranks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanItem<'a> {
    pub id: &'a str,
    /// 1 first (`checklist.json`).
    pub priority: u8,
    /// One of the safeguards whose absence outweighs the rest (`Item::critical`).
    pub critical: bool,
}

/// One line of the action plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanStep<'a> {
    pub item_id: &'a str,
    pub answer: Answer,
    pub critical: bool,
}

/// Every answered item that is not fully done, in the order to tackle them: the critical
/// safeguards first — one with nothing in place (未対応, わからない) before one in place in
/// part — then by the item's priority (1 first), the answer only breaking ties (未対応,
/// then わからない, then 一部のみ). What matters comes first, not which answer was given: a
/// わからない on sign-in (item 9) outranks a 未対応 on support hours (item 12). Items without
/// an answer are not in the plan: the results list them separately.
pub fn action_plan<'a>(
    assessment: &Assessment,
    items: impl IntoIterator<Item = PlanItem<'a>>,
) -> Vec<PlanStep<'a>> {
    let mut steps: Vec<(u8, PlanStep<'a>)> = items
        .into_iter()
        .filter_map(|item| {
            let answer = assessment.answer(item.id)?;
            answer_rank(answer)?;
            let step = PlanStep {
                item_id: item.id,
                answer,
                critical: item.critical,
            };
            Some((item.priority, step))
        })
        .collect();
    let key = |(priority, s): &(u8, PlanStep)| {
        let partly_safeguard = s.critical && s.answer == Answer::Partly;
        (
            !s.critical,
            partly_safeguard,
            *priority,
            answer_rank(s.answer),
        )
    };
    super::sort_small_by(&mut steps, |a, b| key(a).cmp(&key(b)));
    steps.into_iter().map(|(_, step)| step).collect()
}

/// Where an answer puts an item among items of equal importance; `None`: not in the plan.
fn answer_rank(answer: Answer) -> Option<u8> {
    match answer {
        Answer::NotDone => Some(0),
        Answer::Unknown => Some(1),
        Answer::Partly => Some(2),
        Answer::Done | Answer::NotApplicable => None,
    }
}
