//! When to remind the user to keep a copy (browsers may delete what a site stored).

use crate::domain::date::day_number;
use crate::domain::Assessment;

/// Days without a visit after which Safari (WebKit) may delete everything a site stored
/// (apps added to the home screen excepted); a private window loses it when closed.
pub const SAFARI_KEEPS_DAYS: i64 = 7;

/// Days a change may go without a JSON export before the user is reminded to keep a copy:
/// well inside [`SAFARI_KEEPS_DAYS`].
pub const REMIND_AFTER_DAYS: i64 = 3;
const _: () = assert!(
    REMIND_AFTER_DAYS < SAFARI_KEEPS_DAYS,
    "remind before Safari may delete"
);

/// Whether to remind the user to keep a copy, and of how many days of work: the oldest
/// check with something in it that changed since the last JSON export (or was never
/// exported) was started at least [`REMIND_AFTER_DAYS`] days ago. `None`: nothing to remind.
pub fn copy_reminder(
    assessments: &[Assessment],
    last_export: Option<&str>,
    now: &str,
) -> Option<i64> {
    let today = day_number(now)?;
    assessments
        .iter()
        .filter(|a| !a.is_empty())
        .filter(|a| last_export.is_none_or(|at| a.updated_at.as_str() > at))
        .filter_map(|a| day_number(&a.created_at))
        .map(|started| today - started)
        .max()
        .filter(|days| *days >= REMIND_AFTER_DAYS)
}
