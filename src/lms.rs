//! Running inside a course's LMS as a SCORM 1.2 SCO (the package `scripts/build.sh --scorm`
//! makes): what the tool reports to the LMS for a check (completion, the score, a resume
//! record), how the resume record is written and read back, the session time, the storage
//! namespace the tool uses there, and how the LMS's record and this device's copy become
//! one check. Pure: the browser side is `platform::lms`, the effects `ui::hooks::use_lms`.
//!
//! Only this goes to the LMS, and only to the course's own LMS: the overall percentage once
//! every item is answered (never before: a partial check is no grade), whether every item
//! is answered, the check as a result code (the service name and memos included while they
//! fit SCORM 1.2's 4,096 characters), and, once every item is answered, each item's answer
//! and the answers-only result code as interactions, for the course's report. Never imports yew, web_sys, gloo
//! or wasm_bindgen.

use crate::content::checklist;
use crate::domain::code::{self, Include};
use crate::domain::{Assessment, Score};

/// SCORM 1.2's limit on `cmi.suspend_data` (CMIString4096), which Moodle enforces.
pub const SUSPEND_DATA_MAX: usize = 4096;

/// What the LMS is told about a check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// `incomplete` until every item has an answer, then `completed`.
    pub lesson_status: &'static str,
    /// The overall percentage (0 to 100), only once every item is answered: every score an
    /// LMS stores is a grade (Moodle's gradebook takes each one at once, a minimum score is
    /// met by any, and "force completed" turns a scored attempt complete), so a partial
    /// check sends none.
    pub score: Option<u8>,
    /// The check as a result code, for resuming on another device.
    pub suspend_data: String,
    /// Memos that did not fit the resume record: they stay on this device only.
    pub memos_left_out: bool,
}

impl Report {
    /// The values to set, in order (`cmi.core.score.min` and `max` too: some LMSs record no
    /// score without them).
    pub fn values(&self) -> Vec<(&'static str, String)> {
        let mut values = vec![("cmi.core.lesson_status", self.lesson_status.to_owned())];
        if let Some(score) = self.score {
            values.push(("cmi.core.score.min", "0".to_owned()));
            values.push(("cmi.core.score.max", "100".to_owned()));
            values.push(("cmi.core.score.raw", score.to_string()));
        }
        values.push(("cmi.suspend_data", self.suspend_data.clone()));
        values
    }
}

/// The report for check `a` (as stored: an answer an item no longer offers counts as none).
pub fn report(a: &Assessment) -> Report {
    let c = checklist();
    let scored = c.effective(a);
    let ids: Vec<&str> = c.item_ids().collect();
    let complete = scored.answered_count(ids.iter().copied()) == ids.len();
    let score = Score::of(&scored, ids.iter().copied())
        .percent()
        .filter(|_| complete)
        .map(|p| u8::try_from(p.min(100)).unwrap_or(100));
    let full = Include {
        service_name: true,
        memos: true,
    };
    let has_memos = ids.iter().any(|id| !a.memo(id).is_empty());
    let (suspend_data, memos_left_out) = [
        full,
        Include {
            service_name: true,
            memos: false,
        },
        Include::default(),
    ]
    .into_iter()
    .map(|include| (code::encode(a, &ids, include), has_memos && !include.memos))
    .find(|(text, _)| text.len() <= SUSPEND_DATA_MAX)
    .unwrap_or_default();
    Report {
        lesson_status: if complete { "completed" } else { "incomplete" },
        score,
        suspend_data,
        memos_left_out,
    }
}

/// The id of the interaction that carries the check's result code (answers only), beside
/// one interaction per item (whose id is the item's).
pub const CODE_INTERACTION: &str = "result-code";

/// One answer as the course's report lists it (`cmi.interactions.n`): the item's id (or
/// [`CODE_INTERACTION`]) and the response (the answer's key, or the result code).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interaction {
    pub id: String,
    pub response: String,
}

/// The interactions of check `a` as they stand: none until every item is answered, then one
/// per item (its answer's key) and the result code without memos or name (54 characters,
/// within SCORM 1.2's 255), which the trainer's class overview reads from the LMS's report.
pub fn interactions(a: &Assessment) -> Vec<Interaction> {
    let c = checklist();
    let scored = c.effective(a);
    let ids: Vec<&str> = c.item_ids().collect();
    let answers: Vec<Interaction> = ids
        .iter()
        .filter_map(|id| {
            Some(Interaction {
                id: (*id).to_owned(),
                response: scored.answer(id)?.key().to_owned(),
            })
        })
        .collect();
    if answers.len() < ids.len() {
        return Vec::new();
    }
    let code = code::encode(a, &ids, Include::default());
    answers
        .into_iter()
        .chain(std::iter::once(Interaction {
            id: CODE_INTERACTION.to_owned(),
            response: code,
        }))
        .collect()
}

/// What to append to the course's interactions now that they stand at `now`, when `before`
/// were last written (or stood when the session began: an LMS's interactions are
/// write-only, and each write adds a record, so nothing is written twice): the items whose
/// answer changed, and the result code with them; everything when nothing was written.
pub fn interactions_to_write(before: &[Interaction], now: &[Interaction]) -> Vec<Interaction> {
    let changed: Vec<Interaction> = now
        .iter()
        .filter(|i| i.id != CODE_INTERACTION && !before.contains(i))
        .cloned()
        .collect();
    if changed.is_empty() {
        return Vec::new();
    }
    changed
        .into_iter()
        .chain(now.iter().filter(|i| i.id == CODE_INTERACTION).cloned())
        .collect()
}

/// The values that append `list` to the course's interactions from index `start` (the
/// LMS's `cmi.interactions._count`), at `time` (`HH:MM:SS`): SCORM 1.2's `fill-in` type
/// (`choice` admits single characters only), the result `neutral` (a self-check has no
/// right answer).
pub fn interaction_values(list: &[Interaction], start: usize, time: &str) -> Vec<(String, String)> {
    list.iter()
        .enumerate()
        .flat_map(|(n, i)| {
            let at = |field: &str| format!("cmi.interactions.{}.{field}", start + n);
            [
                (at("id"), i.id.clone()),
                (at("type"), "fill-in".to_owned()),
                (at("student_response"), i.response.clone()),
                (at("result"), "neutral".to_owned()),
                (at("time"), time.to_owned()),
            ]
        })
        .collect()
}

/// What the course's resume record holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Record {
    /// A check this version reads.
    Check(Box<Assessment>),
    /// A check written by a newer version of the tool (another copy of the package, another
    /// device): it must not be overwritten with this version's older view of it.
    Newer { found: u32 },
    /// Nothing this tool wrote, or nothing readable (empty, junk, a cut or edited code): the
    /// next report repairs it from this device's copy.
    Nothing,
}

/// Reads the course's resume record (`cmi.suspend_data`).
pub fn read_record(suspend_data: &str) -> Record {
    let ids: Vec<&str> = checklist().item_ids().collect();
    let found = code::find(suspend_data, &ids);
    let newer = found.iter().find_map(|(_, r)| match r {
        Err(code::CodeError::NewerVersion { found }) => Some(*found),
        _ => None,
    });
    match (found.into_iter().find_map(|(_, r)| r.ok()), newer) {
        (Some(check), _) => Record::Check(Box::new(check)),
        (None, Some(found)) => Record::Newer { found },
        (None, None) => Record::Nothing,
    }
}

/// This device's copy and the LMS's record of the same check, as one: the one changed last
/// wins field by field, and a field it leaves empty (an item it has no answer or memo for,
/// no service name) is filled from the other. A record's times are to the minute (result
/// codes carry no more), so the two are compared to the minute; on a tie this device's
/// copy wins. The check keeps this device's id when it has one.
pub fn combine(local: Option<&Assessment>, from_lms: Option<Assessment>) -> Option<Assessment> {
    let Some(remote) = from_lms else {
        return local.cloned();
    };
    let Some(local) = local.filter(|a| !a.is_empty()) else {
        return Some(remote);
    };
    let minute = |a: &Assessment| a.updated_at.get(..16).unwrap_or_default().to_owned();
    let (newer, older) = if minute(&remote) > minute(local) {
        (&remote, local)
    } else {
        (local, &remote)
    };
    let mut one = newer.clone();
    one.id = local.id.clone();
    one.created_at = local.created_at.clone();
    if one.service_name.is_empty() {
        one.service_name = older.service_name.clone();
    }
    for (id, entry) in &older.entries {
        if one.answer(id).is_none() {
            one.set_answer(id, entry.answer);
        }
        if one.memo(id).is_empty() {
            one.set_memo(id, &entry.memo);
        }
    }
    one.updated_at = std::cmp::max(&local.updated_at, &remote.updated_at).clone();
    Some(one)
}

/// `cmi.core.session_time`, SCORM 1.2's CMITimespan: `HHHH:MM:SS.SS`.
pub fn session_time(ms: u64) -> String {
    let centis = ms / 10;
    let (hours, rest) = (centis / 360_000, centis % 360_000);
    let (minutes, rest) = (rest / 6_000, rest % 6_000);
    let (seconds, centis) = (rest / 100, rest % 100);
    format!(
        "{:04}:{minutes:02}:{seconds:02}.{centis:02}",
        hours.min(9999)
    )
}

/// The storage namespace inside an LMS: of its own (apart from the tool used on its own or
/// in other courses on the same site), one per activity, named after the address the LMS
/// serves the package from, without the package's revision: Moodle serves it from
/// `/pluginfile.php/<context>/mod_scorm/content/<revision>/`, and the revision grows each
/// time the trainer uploads a new package, while the device copy must stay the same check.
pub fn namespace(path: &str) -> String {
    hashed(&without_revision(path).unwrap_or_else(|| path.to_owned()))
}

/// Where 0.2.0 kept this activity's device copy (named after the whole address, revision
/// included): the same address at this revision and every earlier one, newest first, at most
/// [`EARLIER_REVISIONS`]; empty when the address carries no revision. A package that finds
/// nothing under [`namespace`] takes in the first of these that holds a check.
pub fn earlier_namespaces(path: &str) -> Vec<String> {
    let Some((before, revision, after)) = revision_parts(path) else {
        return Vec::new();
    };
    (0..=revision)
        .rev()
        .take(EARLIER_REVISIONS)
        .map(|r| hashed(&format!("{before}{r}{after}")))
        .collect()
}

/// How many earlier revisions [`earlier_namespaces`] looks back.
pub const EARLIER_REVISIONS: usize = 200;

/// The address split around Moodle's revision segment: `(…/mod_scorm/content/, revision,
/// /index.html…)`.
fn revision_parts(path: &str) -> Option<(&str, u32, &str)> {
    const MARK: &str = "/mod_scorm/content/";
    let at = path.find(MARK)? + MARK.len();
    let rest = &path[at..];
    let end = rest.find('/')?;
    let revision = rest[..end].parse().ok()?;
    Some((&path[..at], revision, &rest[end..]))
}

fn without_revision(path: &str) -> Option<String> {
    revision_parts(path).map(|(before, _, after)| format!("{before}{}", &after[1..]))
}

fn hashed(path: &str) -> String {
    // FNV-1a: short, stable across versions and builds.
    let hash = path.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    format!("lms-{hash:08x}")
}

/// A SCORM call that went wrong: which, and the LMS's error number
/// (`LMSGetLastError`; 0 when it said nothing more).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LmsProblem {
    /// `LMSInitialize` refused: nothing will be recorded in the course.
    Start { code: u16 },
    /// A value or `LMSCommit` refused: the latest answers are not recorded in the course.
    Record { code: u16 },
    /// The course's record was written by a newer version of the tool (version `found` of
    /// the result code): this package leaves it as it is and records nothing in the course.
    NewerRecord { found: u32 },
}

/// Takes the LMS's record of a check into this device's checks: merged with the same check
/// here (see [`combine`]), else added; the id of the check to open.
pub fn take_in(assessments: &mut Vec<Assessment>, remote: Assessment) -> String {
    match assessments.iter_mut().find(|a| a.id == remote.id) {
        Some(local) => {
            if let Some(one) = combine(Some(local), Some(remote)) {
                *local = one;
            }
            local.id.clone()
        }
        None => {
            let id = remote.id.clone();
            assessments.push(remote);
            id
        }
    }
}

/// Reads `LMSGetLastError`'s answer (a number as text); anything else counts as 0.
pub fn error_code(text: &str) -> u16 {
    text.trim().parse().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_times_are_cmi_timespans() {
        assert_eq!(session_time(0), "0000:00:00.00");
        assert_eq!(session_time(3_723_456), "0001:02:03.45");
        assert!(
            session_time(u64::MAX).starts_with("9999:"),
            "hours stop at four digits"
        );
    }

    #[test]
    fn a_namespace_of_its_own_per_activity_that_the_ns_rule_accepts() {
        let a = namespace("/pluginfile.php/123/mod_scorm/content/4/index.html");
        let b = namespace("/pluginfile.php/124/mod_scorm/content/1/index.html");
        assert_ne!(a, b);
        assert_eq!(crate::embed::namespace(&a).as_deref(), Some(a.as_str()));
        // The same activity after the trainer uploads a new package (revision 4 -> 5).
        assert_eq!(
            a,
            namespace("/pluginfile.php/123/mod_scorm/content/5/index.html")
        );
        // An LMS whose address carries no revision: the whole address names it.
        let other = namespace("/lms/content/42/index.html");
        assert_eq!(
            crate::embed::namespace(&other).as_deref(),
            Some(other.as_str())
        );
        assert_eq!(
            earlier_namespaces("/lms/content/42/index.html"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn an_updated_package_looks_where_0_2_0_kept_the_device_copy() {
        // 0.2.0 named the namespace after the whole address.
        let v020 = |path: &str| hashed(path);
        let earlier = earlier_namespaces("/pluginfile.php/123/mod_scorm/content/5/index.html");
        assert_eq!(
            earlier[..2],
            [
                v020("/pluginfile.php/123/mod_scorm/content/5/index.html"),
                v020("/pluginfile.php/123/mod_scorm/content/4/index.html")
            ]
        );
        assert_eq!(earlier.len(), 6, "revisions 5 down to 0");
        let far = earlier_namespaces("/pluginfile.php/1/mod_scorm/content/9999/index.html");
        assert_eq!(far.len(), EARLIER_REVISIONS);
    }

    #[test]
    fn error_codes_read_as_numbers() {
        assert_eq!(error_code("101"), 101);
        assert_eq!(error_code(" 0 "), 0);
        assert_eq!(error_code("oops"), 0);
    }
}
