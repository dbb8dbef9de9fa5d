//! What one input given to the import or the class overview became: a file chosen or
//! dropped, or a result code pasted (or found in a file that is no export). Each reader
//! returns only the reasons it can produce — [`FileError`] from
//! [`super::format::parse_import`], [`CodeError`] from [`super::code::find`] — and this is
//! where they meet, with the few reasons no reader gives (the browser could not read the
//! file; a file holds a whole class), so the words for all of them live in one match.

use super::code::{self, CodeError};
use super::format::{self, FileError, ImportPreview};
use super::Lang;

/// Why one input was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The export file's reason.
    File(FileError),
    /// A result code's reason.
    Code(CodeError),
    /// Pasted text (or a file that is no export) that holds no result code.
    NoCode,
    /// The browser could not read the file (moved, deleted or locked while being read).
    Unreadable,
    /// More checks in one file than one participant would have (the class overview).
    TooManyChecks { count: usize },
    /// More codes in one text than are read from one ([`code::MAX_CODES_PER_TEXT`]): the
    /// first ones were read, `count` in all.
    TooManyCodes { count: usize },
}

impl From<FileError> for ImportError {
    fn from(e: FileError) -> Self {
        ImportError::File(e)
    }
}

impl From<CodeError> for ImportError {
    fn from(e: CodeError) -> Self {
        ImportError::Code(e)
    }
}

/// One input's label (empty for a whole file; a code's first characters for a code) and
/// what reading it gave.
pub type Input = (String, Result<ImportPreview, ImportError>);

/// One export file, read as the import reads it.
pub fn file(bytes: &[u8], known_items: &[&str]) -> Result<ImportPreview, ImportError> {
    format::parse_import(bytes, known_items).map_err(ImportError::File)
}

/// Every code in `text`, each as an import preview of one check or the reason it cannot be
/// read, labelled by the code's start and end (for the trainer's lists of what was skipped
/// and of duplicates: two codes of one check share their start, and differ at the end). Text without any code gives one [`ImportError::NoCode`].
/// A code shortened for a list: its first 10 characters, "…", its last 8; whole when short.
pub fn code_label(code: &str) -> String {
    let chars: Vec<char> = code.chars().collect();
    if chars.len() <= 20 {
        return code.to_owned();
    }
    let head: String = chars[..10].iter().collect();
    let tail: String = chars[chars.len() - 8..].iter().collect();
    format!("{head}…{tail}")
}

pub fn codes(text: &str, item_ids: &[&str], lang: Lang) -> Vec<Input> {
    let (found, total) = code::find_counted(text, item_ids);
    if found.is_empty() {
        return vec![(String::new(), Err(ImportError::NoCode))];
    }
    let too_many = (total > found.len()).then(|| {
        (
            String::new(),
            Err(ImportError::TooManyCodes { count: total }),
        )
    });
    found
        .into_iter()
        .map(|(code, result)| {
            let label = code_label(&code);
            let result = result
                .map(|a| ImportPreview {
                    language: lang,
                    exported_at: a.updated_at.clone(),
                    content_version: String::new(),
                    assessments: vec![a],
                })
                .map_err(ImportError::Code);
            (label, result)
        })
        .chain(too_many)
        .collect()
}
