//! What the export buttons produce: file names, JSON and CSV text.
//!
//! Pure: builds text from the state, content and UI strings; `platform::files` saves it.
//! Never imports yew, web_sys, gloo or wasm_bindgen.

use crate::content::checklist;
use crate::domain::class::ClassSummary;
use crate::domain::format;
use crate::domain::{Answer, Assessment, Lang};
use crate::i18n::ui;

/// The export file's JSON text, naming the tool's version that wrote it.
pub fn json(assessments: &[&Assessment], lang: Lang, now: &str) -> String {
    let mut file = format::export(assessments, checklist().stamp(), lang, now);
    file.tool_version = Some(crate::VERSION.to_owned());
    format::to_json(&file)
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
        for item in c.items.iter() {
            let answer = a.answer(&item.id);
            push_row(
                &mut out,
                [
                    a.service_name.clone(),
                    item.number.to_string(),
                    item.id.to_string(),
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

/// A class overview as JSON: counts and pooled scores per item and section, no names.
pub fn class_json(summary: &ClassSummary, now: &str) -> String {
    let c = checklist();
    let score = |s: crate::domain::Score| serde_json::json!({ "points": s.points, "max": s.max, "percent": s.percent() });
    let sections: Vec<serde_json::Value> = c
        .sections
        .iter()
        .map(|s| {
            let mut v = score(summary.pooled(c.section_item_ids(&s.id)));
            v["id"] = s.id.clone().into();
            v
        })
        .collect();
    let items: Vec<serde_json::Value> = c
        .items
        .iter()
        .filter_map(|item| {
            let t = summary.tally(&item.id)?;
            let mut v = score(t.score);
            v["id"] = item.id.clone().into();
            v["number"] = item.number.into();
            for answer in Answer::ALL {
                v[answer.key()] = t.count(answer).into();
            }
            v["unanswered"] = t.unanswered.into();
            Some(v)
        })
        .collect();
    let doc = serde_json::json!({
        "format": "ipa-cloud-check-class-summary",
        "format_version": 1,
        "content_version": c.content_version,
        "source_edition": c.source.edition,
        "generated_at": now,
        "files": summary.files,
        "files_skipped": summary.skipped.len(),
        "assessments": summary.assessments,
        "duplicates": summary.duplicates,
        "sections": sections,
        "items": items,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// A class overview as CSV: one row per item with the count of each answer.
pub fn class_csv(summary: &ClassSummary, lang: Lang) -> String {
    let t = ui(lang);
    let c = checklist();
    let mut header: Vec<String> = vec!["No.".into(), "item_id".into(), t.col_item.into()];
    header.extend(Answer::ALL.iter().map(|a| t.answer(*a).label.to_owned()));
    header.extend([t.not_answered.to_owned(), t.col_percent.to_owned()]);
    let mut out = String::from("\u{feff}");
    push_row(&mut out, header.into_iter());
    for item in c.items.iter() {
        let Some(tally) = summary.tally(&item.id) else {
            continue;
        };
        let mut row = vec![
            item.number.to_string(),
            item.id.to_string(),
            item.title.get(lang).to_owned(),
        ];
        row.extend(Answer::ALL.iter().map(|a| tally.count(*a).to_string()));
        row.push(tally.unanswered.to_string());
        row.push(
            tally
                .score
                .percent()
                .map_or(String::new(), |p| p.to_string()),
        );
        push_row(&mut out, row.into_iter());
    }
    out
}
