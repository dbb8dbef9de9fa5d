//! Things a button does outside the state: building an export and handing it to the
//! browser as a download. Shared by the screens that offer exports.

use yew::Callback;

use crate::domain::{Assessment, Lang};
use crate::export;
use crate::platform;
use crate::state::Action;

/// The service name for a file of one check ("check" if unnamed), "all" for several.
fn base_name<'a>(assessments: &[&'a Assessment]) -> &'a str {
    match assessments {
        [one] if !one.service_name.is_empty() => &one.service_name,
        [_] => "check",
        _ => "all",
    }
}

/// Downloads `assessments` as one JSON export file, and reports it through `on_action`
/// (the "keep a copy" reminder goes by the last JSON export).
pub fn export_json(
    assessments: &[&Assessment],
    lang: Lang,
    today: &str,
    on_action: &Callback<Action>,
) {
    let file = export::file_name(base_name(assessments), today, "json");
    let now = platform::document::now();
    let text = export::json(assessments, lang, &now);
    // A refused download leaves nothing changed; the button can simply be pressed again.
    if platform::files::download(&file, "application/json", &text).is_ok() {
        on_action.emit(Action::Exported(now));
    }
}

/// Downloads `assessments` as CSV for spreadsheets.
pub fn export_csv(assessments: &[&Assessment], lang: Lang, today: &str) {
    let file = export::file_name(base_name(assessments), today, "csv");
    let _ = platform::files::download(
        &file,
        "text/csv;charset=utf-8",
        &export::csv(assessments, lang),
    );
}

/// Downloads every assessment as JSON.
pub fn export_all_json(
    assessments: &[Assessment],
    lang: Lang,
    today: &str,
    on_action: &Callback<Action>,
) {
    let all: Vec<&Assessment> = assessments.iter().collect();
    export_json(&all, lang, today, on_action);
}

/// Downloads the review date of `a` (with `deadlines`, the plan's due dates and the reply-by
/// date too) as a calendar file (`.ics`), made here: nothing is sent.
pub fn export_calendar(a: &Assessment, lang: Lang, today: &str, tool_url: &str, deadlines: bool) {
    let now = platform::document::now();
    if let Some(text) = export::review_calendar(a, lang, &now, tool_url, deadlines) {
        let file = export::file_name(base_name(&[a]), today, "ics");
        let _ = platform::files::download(&file, "text/calendar;charset=utf-8", &text);
    }
}
