//! The stored form of one check: the export file's envelope, read exactly as an import is.

use super::Unreadable;
use crate::domain::format::{self, ContentStamp};
use crate::domain::{Assessment, Lang};

/// The stored form of one check (stable for equal checks, so a rewrite of the same data is
/// a no-op and fires no event in other tabs).
pub fn encode(a: &Assessment, stamp: ContentStamp, lang: Lang) -> String {
    let file = format::export(&[a], stamp, lang, &a.updated_at);
    serde_json::to_string(&file).unwrap_or_default()
}

/// Reads one stored check: a valid envelope with exactly one check.
pub fn decode(value: &str, known_items: &[&str]) -> Result<Assessment, Unreadable> {
    use format::FileError as E;
    match format::parse_import(value.as_bytes(), known_items) {
        Ok(preview) => {
            let mut assessments = preview.assessments;
            if assessments.len() == 1 {
                Ok(assessments.remove(0))
            } else {
                Err(Unreadable::Corrupt)
            }
        }
        // Exhaustive on purpose: every reason the parser can give is placed on one side, and a
        // new one must be.
        Err(
            E::NewerVersion { .. }
            | E::UnknownItem { .. }
            | E::InvalidAnswer { .. }
            | E::Malformed { .. }
            | E::MemoTooLong { .. }
            | E::NameTooLong { .. }
            | E::InvalidField { .. },
        ) => Err(Unreadable::OtherVersion),
        Err(
            E::Empty
            | E::TooLarge { .. }
            | E::Binary
            | E::NotUtf8
            | E::OurCsv
            | E::NotJson { .. }
            | E::OtherFormat
            | E::UnknownVersion
            | E::NoAssessments,
        ) => Err(Unreadable::Corrupt),
    }
}
