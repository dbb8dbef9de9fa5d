//! The action plan as a working list: what the owner noted for each step (who, by when, how
//! far), how far the plan has got, and the date to look at the check again. The plan's
//! steps and their order are the score's ([`super::action_plan`]).

use super::{date, Assessment, PlanStep};

/// How far a plan step has got.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StepStatus {
    /// 未着手: nobody has started.
    #[default]
    Todo,
    /// 依頼中・回答待ち: asked (the provider, or someone in-house) and waiting.
    Waiting,
    /// 完了: done.
    Done,
}

impl StepStatus {
    pub const ALL: [StepStatus; 3] = [StepStatus::Todo, StepStatus::Waiting, StepStatus::Done];

    /// The stable key used in exports.
    pub fn key(self) -> &'static str {
        match self {
            StepStatus::Todo => "todo",
            StepStatus::Waiting => "waiting",
            StepStatus::Done => "done",
        }
    }

    pub fn from_key(key: &str) -> Option<StepStatus> {
        StepStatus::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// What the owner noted for one plan step. Kept with the item's answer, so a step keeps its
/// notes while its answer moves it in and out of the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepState {
    /// 担当: who does it (free text: a name or a role).
    pub owner: String,
    /// 期限: by when, `YYYY-MM-DD`, or empty.
    pub due: String,
    pub status: StepStatus,
    /// When the question went to the provider (`YYYY-MM-DD`), or empty.
    pub asked_on: String,
}

/// Longest 担当 kept, in characters.
pub const OWNER_MAX_CHARS: usize = 100;

impl StepState {
    pub fn is_empty(&self) -> bool {
        *self == StepState::default()
    }

    /// Past its date and not done, on `today` (`YYYY-MM-DD…`).
    pub fn is_overdue(&self, today: &str) -> bool {
        self.status != StepStatus::Done
            && matches!((date::day_number(&self.due), date::day_number(today)), (Some(due), Some(now)) if due < now)
    }
}

/// How far the plan has got: steps marked 完了, steps in all, and those past their date.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub overdue: usize,
}

pub fn progress(assessment: &Assessment, plan: &[PlanStep], today: &str) -> Progress {
    plan.iter().fold(Progress::default(), |mut p, step| {
        let state = assessment.step(step.item_id);
        p.total += 1;
        p.done += usize::from(state.status == StepStatus::Done);
        p.overdue += usize::from(state.is_overdue(today));
        p
    })
}

/// Months to the next review of a check whose key safeguards are all in place.
pub const REVIEW_MONTHS: u32 = 12;
/// Months to the next review while a key safeguard is not fully in place: soon enough to
/// see that the gap was closed.
pub const REVIEW_MONTHS_OPEN: u32 = 3;

/// When to look at a check again: `months` after `answered` (`YYYY-MM-DD…`, when its
/// answers last changed: [`Assessment::answered_on`]), as `YYYY-MM-DD`; a day the month
/// lacks (31 April, 29 February) moves to that month's last. `None` when `answered` is not
/// a date.
pub fn review_date(answered: &str, months: u32) -> Option<String> {
    let day = date::day_number(answered)?;
    let (y, m, d) = date::civil_from_days(day);
    let index = y * 12 + (m - 1) + i64::from(months);
    let (y, m) = (index.div_euclid(12), index.rem_euclid(12) + 1);
    let last =
        date::civil_from_days(date::days_from_civil(y + i64::from(m == 12), m % 12 + 1, 1) - 1).2;
    Some(format!("{y:04}-{m:02}-{:02}", d.min(last)))
}

/// Whether a review date (`YYYY-MM-DD`) has come, on `today`.
pub fn review_due(review: &str, today: &str) -> bool {
    match (date::day_number(review), date::day_number(today)) {
        (Some(review), Some(now)) => review <= now,
        _ => false,
    }
}

/// `days` after `from` (`YYYY-MM-DD…`), as `YYYY-MM-DD`.
pub fn days_after(from: &str, days: i64) -> Option<String> {
    let (y, m, d) = date::civil_from_days(date::day_number(from)? + days);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}
