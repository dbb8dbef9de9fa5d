//! The export file format, and reading it back with every check done before anything changes.
//!
//! One JSON document holds one or more assessments, with what is needed to read it years
//! later: the format's name and version, the checklist's content version and source
//! edition, the language it was exported in, and timestamps. The JSON Schema published in
//! `assets/cloud-check-export.schema.json` describes the same shape.
//!
//! Reading never panics on any input (a property test feeds it arbitrary bytes and JSON)
//! and reports each kind of bad input as its own [`FileError`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::plan::{StepState, StepStatus, OWNER_MAX_CHARS};
use super::text;
use super::{
    date, Answer, Assessment, EditedText, Entry, Lang, Provider, LETTER_MAX_CHARS, MEMO_MAX_CHARS,
    PROVIDER_FIELD_MAX_CHARS, SERVICE_NAME_MAX_CHARS,
};

/// The `format` field every export carries.
pub const FORMAT_NAME: &str = "ipa-cloud-check";
/// The newest version this build writes, and the newest it reads (it reads every older one).
///
/// - 1 (0.1.0, 0.2.0): answers and memos.
/// - 2 (0.3.0): adds the plan's notes per item (`owner`, `due`, `status`, `asked_on`), the
///   item 9 "the service lacks it" flag (`lacks_feature`) and the check's `provider`. A file
///   is written as version 1 when it holds none of these, so older versions still read it;
///   they refuse a version 2 file with their "made by a newer version" message.
/// - 3 (0.4.0): adds the check's `answered_at` (when an answer last changed: the next
///   review counts from it). Written as version 3 only when a check has it.
/// - 4 (after 0.2.0, unreleased as 2 and 3 are): adds the provider's `product`, each item's
///   `letter` (the owner put its question in the letter or took it out) and the check's
///   `letter_ja` / `letter_en` (the letter as the owner rewrote it). Written as version 4
///   only when a check has one of them.
/// - 5 (unreleased, as 4): adds the check's `rules_ja` / `rules_en` (the cloud service rules
///   draft as the owner rewrote it; a draft the tool writes is not kept, it is made again
///   from the answers). Written as version 5 only when a check has one of them.
pub const FORMAT_VERSION: u64 = 5;
/// The oldest version still read (every file ever written).
pub const OLDEST_FORMAT_VERSION: u64 = 1;
/// Files over this size are refused before they are read (1 MB).
pub const MAX_IMPORT_BYTES: usize = 1_000_000;
/// Longest id or timestamp accepted from a file.
const MAX_FIELD_CHARS: usize = 64;

/// The whole file, as written. Unknown fields at this level are ignored (metadata a newer
/// version may add, as 0.2.0 added `tool_version`); an assessment's and an answer's fields
/// stay closed, as they carry the user's data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportFile {
    pub format: String,
    pub format_version: u64,
    /// The checklist content version of the build that wrote the file.
    pub content_version: String,
    /// The edition of IPA's guide the checklist comes from (`YYYY-MM`).
    pub source_edition: String,
    /// The interface language when the file was written.
    pub language: Lang,
    pub exported_at: String,
    /// The version of the tool that wrote the file (user exports; not the stored copies, so
    /// a rollback to 0.1.0, which refuses unknown fields, still reads them).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_version: Option<String>,
    pub assessments: Vec<ExportedAssessment>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportedAssessment {
    pub id: String,
    pub service_name: String,
    pub created_at: String,
    pub updated_at: String,
    /// Version 3: when an answer last changed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub answered_at: String,
    /// Keyed by the checklist's stable item ids; items with nothing recorded are left out.
    pub answers: BTreeMap<String, ExportedEntry>,
    /// Version 2: who provides the service (for the letter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<ExportedProvider>,
    /// Version 4: the letter to the provider in Japanese as the owner rewrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter_ja: Option<String>,
    /// Version 4: the same in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter_en: Option<String>,
    /// Version 5: the rules draft in Japanese as the owner rewrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules_ja: Option<String>,
    /// Version 5: the same in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules_en: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportedProvider {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub account: String,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reply_by: String,
    /// Version 4: the product and plan the letter names.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub product: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportedEntry {
    /// One of `done`, `partly`, `not_done`, `unknown`, `not_applicable`; absent if unanswered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub memo: String,
    /// Version 2: the plan step's 担当.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// Version 2: the plan step's 期限, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
    /// Version 2: `todo`, `waiting` or `done`; absent for `todo`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Version 2: when the question went to the provider, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub asked_on: String,
    /// Version 2: the service lacks what the item asks for (item 9: multi-factor sign-in).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub lacks_feature: bool,
    /// Version 4: the owner put the item's question in the letter (`true`) or took it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letter: Option<bool>,
}

impl ExportedEntry {
    /// Holds something only version 2 knows.
    fn is_v2(&self) -> bool {
        !self.owner.is_empty()
            || !self.due.is_empty()
            || self.status.is_some()
            || !self.asked_on.is_empty()
            || self.lacks_feature
    }
}

/// What the file says about the checklist it was made with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ContentStamp<'a> {
    pub content_version: &'a str,
    pub source_edition: &'a str,
}

/// Writes assessments as an export file.
pub fn export(
    assessments: &[&Assessment],
    stamp: ContentStamp,
    lang: Lang,
    now: &str,
) -> ExportFile {
    let assessments: Vec<ExportedAssessment> = assessments.iter().map(|a| exported(a)).collect();
    let v2 = assessments
        .iter()
        .any(|a| a.provider.is_some() || a.answers.values().any(ExportedEntry::is_v2));
    let v3 = assessments.iter().any(|a| !a.answered_at.is_empty());
    let v4 = assessments.iter().any(|a| {
        a.letter_ja.is_some()
            || a.letter_en.is_some()
            || a.provider.as_ref().is_some_and(|p| !p.product.is_empty())
            || a.answers.values().any(|e| e.letter.is_some())
    });
    let v5 = assessments
        .iter()
        .any(|a| a.rules_ja.is_some() || a.rules_en.is_some());
    ExportFile {
        format: FORMAT_NAME.to_owned(),
        format_version: match (v5, v4, v3, v2) {
            (true, ..) => FORMAT_VERSION,
            (false, true, _, _) => 4,
            (false, false, true, _) => 3,
            (false, false, false, true) => 2,
            (false, false, false, false) => OLDEST_FORMAT_VERSION,
        },
        content_version: stamp.content_version.to_owned(),
        source_edition: stamp.source_edition.to_owned(),
        language: lang,
        exported_at: now.to_owned(),
        tool_version: None,
        assessments,
    }
}

fn exported(a: &Assessment) -> ExportedAssessment {
    let p = &a.provider;
    ExportedAssessment {
        id: a.id.clone(),
        service_name: a.service_name.clone(),
        created_at: a.created_at.clone(),
        updated_at: a.updated_at.clone(),
        answered_at: a.answered_at.clone(),
        answers: super::map_of(a.entries.iter().map(|(id, e)| {
            let entry = ExportedEntry {
                answer: e.answer.map(|a| a.key().to_owned()),
                memo: e.memo.clone(),
                owner: e.step.owner.clone(),
                due: e.step.due.clone(),
                status: (e.step.status != StepStatus::Todo).then(|| e.step.status.key().to_owned()),
                asked_on: e.step.asked_on.clone(),
                lacks_feature: e.lacks_feature,
                letter: e.in_letter,
            };
            (id.clone(), entry)
        })),
        provider: (!p.is_empty()).then(|| ExportedProvider {
            name: p.name.clone(),
            contact: p.contact.clone(),
            account: p.account.clone(),
            reply_by: p.reply_by.clone(),
            product: p.product.clone(),
        }),
        letter_ja: a.letter.ja.clone(),
        letter_en: a.letter.en.clone(),
        rules_ja: a.rules.ja.clone(),
        rules_en: a.rules.en.clone(),
    }
}

/// The file as pretty-printed JSON text.
pub fn to_json(file: &ExportFile) -> String {
    // Serialising plain strings, numbers and maps cannot fail.
    serde_json::to_string_pretty(file).unwrap_or_default()
}

/// Why an export file cannot be imported: exactly what [`parse_import`] can return. Each is
/// worded for the user in one place (`i18n`, through [`super::intake::ImportError`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// The file has no content.
    Empty,
    /// Over [`MAX_IMPORT_BYTES`].
    TooLarge { bytes: usize },
    /// Not text: NUL bytes (an image, a spreadsheet, a zip…).
    Binary,
    /// Text in another encoding than UTF-8 (UTF-16, or Shift_JIS from an old editor).
    NotUtf8,
    /// This tool's own CSV export, which is for spreadsheets, not for importing.
    OurCsv,
    /// Text, but not JSON; where the first problem is (1-based).
    NotJson { line: usize, column: usize },
    /// JSON, but not this app's export (no `"format": "ipa-cloud-check"`).
    OtherFormat,
    /// Written by a newer version of the app than this one.
    NewerVersion { found: u64 },
    /// A version number this app never wrote.
    UnknownVersion,
    /// This app's format, but a field is missing or of the wrong kind.
    Malformed { line: usize, column: usize },
    /// The file holds no assessment.
    NoAssessments,
    /// An answer refers to an item this checklist does not have.
    UnknownItem { item: String },
    /// An answer value that is not one of the five.
    InvalidAnswer { item: String, value: String },
    /// A memo longer than [`MEMO_MAX_CHARS`].
    MemoTooLong { item: String, chars: usize },
    /// A service name longer than [`SERVICE_NAME_MAX_CHARS`].
    NameTooLong { chars: usize },
    /// An id or timestamp that is too long to be one.
    InvalidField { field: &'static str },
}

/// A file that passed every check: what the preview shows and what import applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    pub language: Lang,
    pub exported_at: String,
    pub content_version: String,
    pub assessments: Vec<Assessment>,
}

/// Reads an export file. `known_items` are the checklist's item ids. Checks everything and
/// changes nothing: the caller applies the preview only after the user confirms.
pub fn parse_import(bytes: &[u8], known_items: &[&str]) -> Result<ImportPreview, FileError> {
    if bytes.is_empty() {
        return Err(FileError::Empty);
    }
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(FileError::TooLarge { bytes: bytes.len() });
    }
    // UTF-16 (which Windows editors write) starts with a byte-order mark; other text that is
    // not UTF-8 (Shift_JIS, say) has no NUL bytes, which binary files nearly always do.
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(FileError::NotUtf8);
    }
    if bytes.contains(&0) {
        return Err(FileError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| FileError::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        // The CSV export's header names the item ids' column.
        if text
            .lines()
            .next()
            .is_some_and(|l| l.contains("\"item_id\""))
        {
            FileError::OurCsv
        } else {
            FileError::NotJson {
                line: e.line(),
                column: e.column(),
            }
        }
    })?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT_NAME) {
        return Err(FileError::OtherFormat);
    }
    match value.get("format_version").and_then(|v| v.as_u64()) {
        Some(OLDEST_FORMAT_VERSION..=FORMAT_VERSION) => {}
        Some(found) if found > FORMAT_VERSION => return Err(FileError::NewerVersion { found }),
        // No version before 1 was ever written: a 0, a string or a missing version is not ours.
        _ => return Err(FileError::UnknownVersion),
    }
    let file: ExportFile = serde_json::from_str(text).map_err(|e| FileError::Malformed {
        line: e.line(),
        column: e.column(),
    })?;
    if file.assessments.is_empty() {
        return Err(FileError::NoAssessments);
    }
    let assessments = file
        .assessments
        .iter()
        .map(|a| validate_assessment(a, known_items))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ImportPreview {
        language: file.language,
        exported_at: bounded(&file.exported_at, "exported_at")?,
        content_version: bounded(&file.content_version, "content_version")?,
        assessments,
    })
}

fn bounded(value: &str, field: &'static str) -> Result<String, FileError> {
    if value.chars().count() > MAX_FIELD_CHARS {
        Err(FileError::InvalidField { field })
    } else {
        Ok(value.to_owned())
    }
}

fn validate_assessment(
    a: &ExportedAssessment,
    known_items: &[&str],
) -> Result<Assessment, FileError> {
    let chars = a.service_name.chars().count();
    if chars > SERVICE_NAME_MAX_CHARS {
        return Err(FileError::NameTooLong { chars });
    }
    let mut entries = BTreeMap::new();
    for (item, e) in &a.answers {
        if !known_items.contains(&item.as_str()) {
            return Err(FileError::UnknownItem { item: item.clone() });
        }
        let answer = match &e.answer {
            None => None,
            Some(value) => {
                Some(
                    Answer::from_key(value).ok_or_else(|| FileError::InvalidAnswer {
                        item: item.clone(),
                        value: value.clone(),
                    })?,
                )
            }
        };
        let chars = e.memo.chars().count();
        if chars > MEMO_MAX_CHARS {
            return Err(FileError::MemoTooLong {
                item: item.clone(),
                chars,
            });
        }
        let entry = Entry {
            answer,
            memo: text::lines(&e.memo),
            step: step_state(e)?,
            lacks_feature: e.lacks_feature,
            in_letter: e.letter,
        };
        if entry != Entry::default() {
            entries.insert(item.clone(), entry);
        }
    }
    Ok(Assessment {
        id: text::checked_id(&bounded(&a.id, "id")?),
        service_name: text::one_line(&a.service_name).trim().to_owned(),
        created_at: bounded(&a.created_at, "created_at")?,
        updated_at: bounded(&a.updated_at, "updated_at")?,
        answered_at: bounded(&a.answered_at, "answered_at")?,
        entries,
        provider: a
            .provider
            .as_ref()
            .map_or(Ok(Provider::default()), provider)?,
        letter: EditedText {
            ja: letter_text(&a.letter_ja, "letter_ja")?,
            en: letter_text(&a.letter_en, "letter_en")?,
        },
        rules: EditedText {
            ja: letter_text(&a.rules_ja, "rules_ja")?,
            en: letter_text(&a.rules_en, "rules_en")?,
        },
    })
}

/// A letter's (or the rules draft's) text as the owner rewrote it, from a file: within bounds, its line breaks
/// made one kind.
fn letter_text(text: &Option<String>, field: &'static str) -> Result<Option<String>, FileError> {
    match text {
        Some(t) if t.chars().count() > LETTER_MAX_CHARS => Err(FileError::InvalidField { field }),
        other => Ok(other.as_deref().map(text::lines)),
    }
}

/// A plan step's notes from a file: a known status, real dates, an owner within bounds.
fn step_state(e: &ExportedEntry) -> Result<StepState, FileError> {
    if e.owner.chars().count() > OWNER_MAX_CHARS {
        return Err(FileError::InvalidField { field: "owner" });
    }
    let status = match &e.status {
        None => StepStatus::Todo,
        Some(key) => {
            StepStatus::from_key(key).ok_or(FileError::InvalidField { field: "status" })?
        }
    };
    Ok(StepState {
        owner: text::one_line(&e.owner).trim().to_owned(),
        due: date_field(&e.due, "due")?,
        status,
        asked_on: date_field(&e.asked_on, "asked_on")?,
    })
}

fn provider(p: &ExportedProvider) -> Result<Provider, FileError> {
    for (value, field) in [
        (&p.name, "provider.name"),
        (&p.contact, "provider.contact"),
        (&p.account, "provider.account"),
        (&p.product, "provider.product"),
    ] {
        if value.chars().count() > PROVIDER_FIELD_MAX_CHARS {
            return Err(FileError::InvalidField { field });
        }
    }
    Ok(Provider {
        name: text::one_line(&p.name).trim().to_owned(),
        contact: text::one_line(&p.contact).trim().to_owned(),
        account: text::one_line(&p.account).trim().to_owned(),
        reply_by: date_field(&p.reply_by, "provider.reply_by")?,
        product: text::one_line(&p.product).trim().to_owned(),
    })
}

/// Empty, or a calendar date written `YYYY-MM-DD`.
fn date_field(value: &str, field: &'static str) -> Result<String, FileError> {
    if value.is_empty() || (value.len() == 10 && date::day_number(value).is_some()) {
        Ok(value.to_owned())
    } else {
        Err(FileError::InvalidField { field })
    }
}
