//! What the export buttons produce: file names, JSON and CSV text.
//!
//! Pure: builds text from the state, content and UI strings; `platform::files` saves it.
//! Never imports yew, web_sys, gloo or wasm_bindgen.

use crate::content::checklist;
use crate::domain::format::{self, ContentStamp};
use crate::domain::{Assessment, Lang};
use crate::i18n::ui;

/// The export file's JSON text.
pub fn json(assessments: &[&Assessment], lang: Lang, now: &str) -> String {
    let c = checklist();
    let stamp = ContentStamp {
        content_version: &c.content_version,
        source_edition: &c.source.edition,
    };
    format::to_json(&format::export(assessments, stamp, lang, now))
}

/// CSV for spreadsheets: one row per assessment and item, headed in `lang`.
///
/// Starts with a UTF-8 byte order mark so that Excel reads Japanese correctly, and defuses
/// cells a spreadsheet would run as a formula (text from memos is the user's, not code).
pub fn csv(assessments: &[&Assessment], lang: Lang) -> String {
    let t = ui(lang);
    let c = checklist();
    let header = [
        t.rename_label,
        "No.",
        "item_id",
        t.col_item,
        "answer",
        t.col_answer,
        t.col_memo,
        "updated_at",
    ];
    let mut out = String::from("\u{feff}");
    push_row(&mut out, header.iter().map(|s| s.to_string()));
    for a in assessments {
        for item in &c.items {
            let answer = a.answer(&item.id);
            push_row(
                &mut out,
                [
                    a.service_name.clone(),
                    item.number.to_string(),
                    item.id.clone(),
                    item.title.get(lang).to_owned(),
                    answer.map_or(String::new(), |x| x.key().to_owned()),
                    answer.map_or(String::new(), |x| t.answer(x).label.to_owned()),
                    a.memo(&item.id).to_owned(),
                    a.updated_at.clone(),
                ]
                .into_iter(),
            );
        }
    }
    out
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    let row: Vec<String> = cells.map(|cell| csv_cell(&cell)).collect();
    out.push_str(&row.join(","));
    out.push_str("\r\n");
}

fn csv_cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// A file name such as `cloud-check_会計ソフト_2026-11-23.json`, safe on every system.
pub fn file_name(service_name: &str, today: &str, extension: &str) -> String {
    let name: String = service_name
        .chars()
        .map(|ch| match ch {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() || c.is_whitespace() => '_',
            c => c,
        })
        .take(40)
        .collect();
    let name = if name.trim_matches('_').is_empty() {
        "check".to_owned()
    } else {
        name
    };
    format!("cloud-check_{name}_{today}.{extension}")
}
