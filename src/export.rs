//! What the export buttons produce: file names, JSON and CSV text.
//!
//! Pure: builds text from the state, content and UI strings; `platform::files` saves it.
//! Never imports yew, web_sys, gloo or wasm_bindgen.

use crate::content::checklist;
use crate::domain::class::ClassSummary;
use crate::domain::date::{civil_from_days, day_number};
use crate::domain::format;
use crate::domain::{Answer, Assessment, Lang, StepState, StepStatus};
use crate::i18n::{plan_ui, ui};

/// The export file's JSON text, naming the tool's version that wrote it.
pub fn json(assessments: &[&Assessment], lang: Lang, now: &str) -> String {
    let mut file = format::export(assessments, checklist().stamp(), lang, now);
    file.tool_version = Some(crate::VERSION.to_owned());
    format::to_json(&file)
}

/// CSV for spreadsheets: one row per assessment and item, headed in `lang`, with the action
/// plan's who, by when and status where the item is in the plan.
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
        t.owner_label,
        t.due_label,
        "status",
        t.status_label,
    ];
    let mut out = String::from("\u{feff}");
    push_row(&mut out, header.iter().map(|s| s.to_string()));
    for a in assessments {
        let plan = c.plan(a);
        for item in c.items.iter() {
            let answer = a.answer(&item.id);
            let step = a.step(&item.id);
            // A status only where the item is in the plan (or has notes): an empty cell
            // elsewhere, not "not started" on every done item.
            let in_plan = plan.iter().any(|s| s.item_id == item.id) || !step.is_empty();
            let (status_key, status_name) = if in_plan {
                (
                    step.status.key().to_owned(),
                    (t.status_name)(step.status).to_owned(),
                )
            } else {
                (String::new(), String::new())
            };
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
                    step.owner.clone(),
                    step.due.clone(),
                    status_key,
                    status_name,
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

/// One quoted cell. A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or
/// a CR as a formula; one whose list separator is `;` (or that splits on tabs) also starts a
/// cell after each separator inside this one. So every such start, in the cell or after a
/// `,` `;` tab or line break in it, gets a `'` first (OWASP, "CSV Injection").
fn csv_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    let mut at_start = true;
    for ch in text.chars() {
        if at_start && matches!(ch, '=' | '+' | '-' | '@' | '\t' | '\r') {
            out.push('\'');
        }
        if ch == '"' {
            out.push('"');
        }
        out.push(ch);
        at_start = matches!(ch, ',' | ';' | '\t' | '\r' | '\n') || (at_start && ch == ' ');
    }
    out.push('"');
    out
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
        "files_skipped": summary.skipped_count,
        "assessments": summary.assessments,
        "duplicates": summary.duplicates,
        "sections": sections,
        "items": items,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

/// A class overview as CSV: one row per item with the count of each answer.
pub fn class_csv(summary: &ClassSummary, lang: Lang, course: &str, date: &str) -> String {
    let t = ui(lang);
    let tt = crate::i18n::trainer_ui(lang);
    let c = checklist();
    let percent =
        |score: crate::domain::Score| score.percent().map_or(String::new(), |p| p.to_string());
    let mut out = String::from("\u{feff}");
    // For the organiser first: which course, when, how many, and the class's figures.
    for (label, value) in [
        (tt.class_csv_course, course.to_owned()),
        (tt.class_csv_date, date.to_owned()),
        (tt.class_csv_checks, summary.assessments.to_string()),
    ] {
        push_row(&mut out, [label.to_owned(), value].into_iter());
    }
    out.push_str("\r\n");
    push_row(
        &mut out,
        [t.col_section.to_owned(), t.col_percent.to_owned()].into_iter(),
    );
    push_row(
        &mut out,
        [
            tt.class_overall.to_owned(),
            percent(summary.pooled(c.item_ids())),
        ]
        .into_iter(),
    );
    for section in c.sections.iter() {
        let score = summary.pooled(c.section_item_ids(&section.id));
        push_row(
            &mut out,
            [
                (t.section_label)(&section.id, section.title.get(lang)),
                percent(score),
            ]
            .into_iter(),
        );
    }
    out.push_str("\r\n");
    let mut header: Vec<String> = vec!["No.".into(), "item_id".into(), t.col_item.into()];
    header.extend(Answer::ALL.iter().map(|a| t.answer(*a).label.to_owned()));
    header.extend([t.not_answered.to_owned(), t.col_percent.to_owned()]);
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

/// The review date of `a` as an iCalendar file (RFC 5545): one all-day event on its review
/// date (`Checklist::review_date`: from the last change of its answers), named after the
/// service, with what to do, when to look sooner, to open the saved JSON first and where the
/// tool is (`tool_url`, also the event's URL, when known), and two reminders: a week before
/// and at 9:00 on the day. With `deadlines`, also an all-day event on each open plan step's
/// due date (its first action and who), and on the date the provider was asked to reply by
/// once the letter went, each with a reminder at 9:00. `now` (ISO 8601, UTC) stamps it.
/// `None` when the check has no review date.
pub fn review_calendar(
    a: &Assessment,
    lang: Lang,
    now: &str,
    tool_url: &str,
    deadlines: bool,
) -> Option<String> {
    let p = plan_ui(lang);
    let t = ui(lang);
    let c = checklist();
    let review = c.review_date(a)?;
    let compact = |iso: &str| iso.replace('-', "");
    // 2026-12-03T09:30:00.000Z → 20261203T093000Z
    let stamp: String = now
        .chars()
        .filter(|c| c.is_ascii_digit())
        .take(14)
        .collect::<String>();
    let stamp = if stamp.len() == 14 {
        format!("{}T{}Z", &stamp[..8], &stamp[8..])
    } else {
        return None;
    };
    let service = t.check_name(&a.service_name);
    // The page's address without its fragment, and only a web address (a URI is not escaped).
    let tool = tool_url.split('#').next().unwrap_or_default();
    let tool = (tool.starts_with("https://") || tool.starts_with("http://"))
        .then(|| crate::domain::text::one_line(tool))
        .filter(|u| !u.chars().any(|c| c.is_whitespace() || c == '"'));
    let with_tool = |mut text: String| {
        if let Some(url) = &tool {
            text.push_str("\n\n");
            text.push_str(&(p.calendar_tool)(url));
        }
        text
    };
    // The id checked again: a UID is not escaped, so only the app's own shape goes in.
    let id = crate::domain::text::checked_id(&a.id);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!(
            "PRODID:-//cloud-check//{} {}//{}",
            t.app_title,
            crate::VERSION,
            lang.code().to_uppercase()
        ),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    // One all-day event on `date` (`YYYY-MM-DD`), with a reminder at each trigger.
    let mut event = |uid: String, date: &str, summary: &str, description: &str, alarms: &[&str]| {
        let Some(day) = day_number(date) else { return };
        let (y, m, d) = civil_from_days(day + 1);
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{uid}@cloud-check"),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", compact(date)),
            format!("DTEND;VALUE=DATE:{y:04}{m:02}{d:02}"),
            format!("SUMMARY:{}", ics_text(summary)),
            format!("DESCRIPTION:{}", ics_text(description)),
            "TRANSP:TRANSPARENT".to_owned(),
        ]);
        if let Some(url) = &tool {
            lines.push(format!("URL:{url}"));
        }
        for trigger in alarms {
            lines.extend([
                "BEGIN:VALARM".to_owned(),
                "ACTION:DISPLAY".to_owned(),
                format!("TRIGGER;RELATED=START:{trigger}"),
                format!("DESCRIPTION:{}", ics_text(summary)),
                "END:VALARM".to_owned(),
            ]);
        }
        lines.push("END:VEVENT".to_owned());
    };
    // A week before (time to find last year's file), and at 9:00 on the day.
    event(
        format!("{id}-review-{}", compact(&review)),
        &review,
        &(p.calendar_summary)(service),
        &with_tool(format!(
            "{}\n\n{}\n\n{}",
            p.calendar_description, p.calendar_bring, p.review_sooner
        )),
        &["-P7D", "PT9H"],
    );
    if deadlines {
        for (item, state) in calendar_steps(a) {
            let first = item.first_step(a).map_or("", |s| s.get(lang));
            let mut text = first.to_owned();
            if !state.owner.is_empty() {
                text.push('\n');
                text.push_str(&(p.calendar_due_owner)(&state.owner));
            }
            event(
                format!("{id}-due-{}-{}", item.id, compact(&state.due)),
                &state.due,
                &(p.calendar_due_summary)(item.number, item.title.get(lang), service),
                &with_tool(text),
                &["PT9H"],
            );
        }
        if let Some(date) = reply_due(a) {
            event(
                format!("{id}-reply-{}", compact(date)),
                date,
                &(p.calendar_reply_summary)(&a.provider.name, service),
                &with_tool(p.calendar_reply_description.to_owned()),
                &["PT9H"],
            );
        }
    }
    lines.push("END:VCALENDAR".to_owned());
    Some(lines.iter().map(|l| fold(l)).collect())
}

/// The plan's open steps with a due date (what the calendar file can add), in the plan's
/// order.
pub fn calendar_steps(a: &Assessment) -> Vec<(&'static crate::content::Item, StepState)> {
    let c = checklist();
    c.plan(a)
        .iter()
        .filter_map(|step| {
            let state = a.step(step.item_id);
            let open = !state.due.is_empty() && state.status != StepStatus::Done;
            Some((c.item(step.item_id)?, state)).filter(|_| open)
        })
        .collect()
}

/// The date the provider was asked to reply by, once the letter went (a step waits for it).
pub fn reply_due(a: &Assessment) -> Option<&str> {
    let waiting = a
        .entries
        .values()
        .any(|e| e.step.status == StepStatus::Waiting && !e.step.asked_on.is_empty());
    Some(a.provider.reply_by.as_str()).filter(|d| waiting && !d.is_empty())
}

/// TEXT as RFC 5545 §3.3.11 asks: backslash, semicolon and comma escaped, every line break
/// (CRLF, a bare CR, U+2028…) written `\n`, and no other control character, which TEXT
/// excludes: whatever a name holds, it stays inside its own property.
fn ics_text(text: &str) -> String {
    crate::domain::text::lines(text)
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
        .replace('\t', " ")
}

/// One content line, folded at 75 octets without splitting a character (RFC 5545 §3.1),
/// ending in CRLF.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for ch in line.chars() {
        let len = ch.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += len;
    }
    out.push_str("\r\n");
    out
}
