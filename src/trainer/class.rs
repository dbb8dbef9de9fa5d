//! The class overview on the trainer's page: many participants' export files and result
//! codes read at once, on this device only, and summarised: counts per item and answer,
//! averages per section, the items most answered 「わからない」 and 「未対応」 (two different
//! problems for the room), a distribution chart with its table, and what
//! was skipped. Nothing is sent anywhere; the summary can be exported, printed, or shown in large
//! text (for a projector). The class is kept on the trainer's device per course until the
//! trainer clears it (`domain::class::SavedClass`), so a reload keeps it.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::content::checklist;
use crate::domain::class::{read_codes, ClassInputs, ClassSummary, Given, SavedClass};
use crate::domain::{Answer, Assessment, Lang};
use crate::export;
use crate::i18n::{trainer_ui, ui, TrainerUi, Ui};
use crate::kit::chart;
use crate::kit::common::{percent_text, points_text, screen_heading, section_title};
use crate::kit::confirm::ConfirmButton;
use crate::kit::copy::CopyField;
use crate::kit::file_drop::{paste_codes, use_file_drop, Checked};
use crate::persist::Op;
use crate::platform;

#[derive(Properties, PartialEq)]
pub struct ClassProps {
    pub lang: Lang,
    pub today: String,
    /// Where participants open the tool (the course's link once it is set up), for the
    /// instructions to give them.
    #[prop_or_default]
    pub tool_url: String,
    /// A summary to show (tests pass one; in the browser it comes from the chosen files).
    #[prop_or_default]
    pub summary: Option<ClassSummary>,
    /// The course set up on the trainer's page (its valid ID, or empty): the class is kept
    /// on this device per course.
    #[prop_or_default]
    pub course: String,
}

/// How a check counts in the class: as scored (an answer an item no longer offers counts as
/// none).
fn scored(a: &Assessment) -> Assessment {
    checklist().effective(a).into_owned()
}

#[component]
pub fn ClassScreen(props: &ClassProps) -> Html {
    let t = ui(props.lang);
    let tt = trainer_ui(props.lang);
    let lang = props.lang;
    let initial = props.summary.clone();
    let summary = use_state(move || initial);
    let projector = use_state(|| false);
    // Every file and code read so far (domain::class::ClassInputs): the summary counts them
    // all together.
    let inputs = use_mut_ref(ClassInputs::default);
    // Kept on this device per course until cleared: when it was last saved, or why it could
    // not be (`None`: nothing to keep yet).
    let kept = use_state(|| None::<Result<String, ()>>);
    let key = crate::course::class_key(&props.course);
    {
        let (summary, inputs, kept) = (summary.clone(), inputs.clone(), kept.clone());
        use_effect_with(key.clone(), move |key| {
            let known: Vec<&str> = checklist().item_ids().collect();
            let saved = platform::storage::get(key).and_then(|text| SavedClass::read(&text));
            match saved {
                Some(saved) => {
                    *inputs.borrow_mut() = ClassInputs::restore(&saved, &known);
                    summary.set(Some(inputs.borrow().summary()));
                    kept.set(Some(Ok(saved.saved_at)));
                }
                None => {
                    inputs.borrow_mut().clear();
                    kept.set(None);
                }
            }
        });
    }
    let add = {
        let (summary, inputs, kept, key) =
            (summary.clone(), inputs.clone(), kept.clone(), key.clone());
        Callback::from(move |more: Vec<Given>| {
            let known: Vec<&str> = checklist().item_ids().collect();
            let now = platform::document::now();
            summary.set(Some(inputs.borrow_mut().add(more, scored, &known, &now)));
            let op = Op::Set {
                key: key.clone(),
                value: inputs.borrow().save(&known, &now).encode(),
            };
            kept.set(Some(
                platform::storage::apply(&op, "trainer")
                    .map(|()| now)
                    .map_err(|_| ()),
            ));
        })
    };
    // Export files, and any text that holds result codes (an LMS's report downloaded as text
    // or CSV): see `class::read_file`.
    let drop = use_file_drop(
        true,
        crate::domain::class::read_file,
        lang,
        add.reform(|files: Vec<Checked>| {
            files
                .into_iter()
                .map(|f| Given::from((f.file_name, f.result)))
                .collect()
        }),
    );
    let pasted = use_node_ref();
    let add_codes = {
        let (add, pasted) = (add.clone(), pasted.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = pasted.cast::<HtmlTextAreaElement>() {
                let known: Vec<&str> = checklist().item_ids().collect();
                add.emit(read_codes(&area.value(), &known, lang));
                area.set_value("");
            }
        })
    };
    let clear = {
        let (summary, inputs, kept, key) =
            (summary.clone(), inputs.clone(), kept.clone(), key.clone());
        Callback::from(move |()| {
            inputs.borrow_mut().clear();
            summary.set(None);
            kept.set(None);
            let _ = platform::storage::apply(&Op::Remove { key: key.clone() }, "trainer");
        })
    };
    let toggle_projector = {
        let projector = projector.clone();
        Callback::from(move |_: Event| projector.set(!*projector))
    };

    html! {
        <div class={classes!("screen", "class", projector.then_some("projector"))}>
            { screen_heading(html! { <>{ tt.class_heading }</> }) }
            <p class="lead no-print">{ tt.class_lead }</p>
            { drop.zone("class-files", (tt.class_choose, tt.class_drop), (true, ".json,.csv,.txt,application/json,text/csv,text/plain"), classes!("no-print")) }
            { paste_codes(t, "class-codes", pasted, tt.class_codes_add, add_codes, html! {}, classes!("no-print")) }
            if summary.is_some() {
                <div class="class-kept no-print">
                    if let Some(state) = &*kept {
                        <p>{ match state {
                            Ok(at) => (tt.class_kept)(at.get(..10).unwrap_or(at)),
                            Err(()) => tt.class_not_kept.to_owned(),
                        } }</p>
                    }
                    <ConfirmButton label={tt.class_clear} question={tt.class_clear_question}
                        confirm={tt.class_clear_yes} cancel={t.cancel} on_confirm={clear} />
                </div>
            }
            if !props.tool_url.is_empty() {
                <details class="instructions no-print">
                    <summary>{ tt.class_instructions_label }</summary>
                    <CopyField {lang} id="class-instructions" label={tt.class_instructions_label}
                        text={(tt.class_instructions)(&props.tool_url)} rows={7} button={tt.class_instructions_copy} />
                </details>
            }
            <p class="no-print">
                <label class="check-option">
                    <input type="checkbox" checked={*projector} onchange={toggle_projector} />
                    { tt.class_projector }
                </label>
            </p>
            <p role="status" class="class-status">
                if drop.busy { { tt.class_reading } }
                else if let Some(s) = &*summary {
                    { (tt.class_counts)(s.files - s.skipped_count, s.files, s.assessments) }
                    if s.duplicates > 0 { { " " }{ (tt.class_duplicates)(s.duplicates) } }
                    if s.conflicts > 0 { { " " }{ (tt.class_conflicts)(s.conflicts) } }
                    if s.corrected > 0 { { " " }{ (tt.class_corrected)(s.corrected) } }
                }
            </p>
            if let Some(s) = &*summary {
                { class_report(t, tt, lang, s, &props.today, &props.course) }
            }
        </div>
    }
}

fn class_report(
    t: &'static Ui,
    tt: &'static TrainerUi,
    lang: Lang,
    s: &ClassSummary,
    today: &str,
    course: &str,
) -> Html {
    let c = checklist();
    // The files are named after the course, when there is one: "class_course-b".
    let base = if course.is_empty() {
        "class".to_owned()
    } else {
        format!("class_{course}")
    };
    let exports = {
        let (a, b) = (s.clone(), s.clone());
        let (d1, d2, course) = (today.to_owned(), today.to_owned(), course.to_owned());
        let (n1, n2) = (base.clone(), base);
        (
            Callback::from(move |_: MouseEvent| {
                let text = export::class_json(&a, &platform::document::now());
                let _ = platform::files::download(
                    &export::file_name(&n1, &d1, "json"),
                    "application/json",
                    &text,
                );
            }),
            Callback::from(move |_: MouseEvent| {
                let _ = platform::files::download(
                    &export::file_name(&n2, &d2, "csv"),
                    "text/csv;charset=utf-8",
                    &export::class_csv(&b, lang, &course, &d2),
                );
            }),
        )
    };
    let overall = s.pooled(c.item_ids());
    // Each section's pooled score, once: the strip and the table show the same figures.
    let sections: Vec<(String, crate::domain::Score)> = c
        .sections
        .iter()
        .map(|sec| {
            let score = s.pooled(c.items_in(&sec.id).map(|i| i.id.as_ref()));
            (section_title(sec, lang), score)
        })
        .collect();
    html! {
        <>
            // The room's view first: what the class did not know and has not done, and the
            // sections' figures; then what was not counted; then every item in detail.
            // The sections' figures on one line: what the projector shows in place of the
            // table below (which it hides), so that they share the room's first screen.
            <p class="class-meta">{ (tt.class_meta)(course, today, s.assessments, &percent_text(t, &overall)) }</p>
            <ul class="section-strip">
                <li class="overall">{ format!("{} {}", tt.class_overall, percent_text(t, &overall)) }</li>
                { for sections.iter().map(|(title, score)| html! {
                    <li>{ format!("{title} {}", percent_text(t, score)) }</li>
                }) }
            </ul>
            <div class="focus-pair">
                { focus_list(lang, tt, s, Answer::Unknown, ("class-unknown", tt.class_unknown_heading, tt.class_unknown_prompt)) }
                { focus_list(lang, tt, s, Answer::NotDone, ("class-not-done", tt.class_not_done_heading, tt.class_not_done_prompt)) }
            </div>
            // Named by its table's region (below), not twice.
            <section class="sections">
                <h2 id="class-sections">{ tt.class_sections_heading }</h2>
                // As on the results: a region of its own that scrolls sideways if it must (with
                // text spacing forced at 320 px the English headings no longer fit).
                <div class="table-fit" role="region" aria-labelledby="class-sections" tabindex="0">
                    <table class="score-table">
                        <thead><tr>
                            <th scope="col">{ t.col_section }</th>
                            <th scope="col">{ t.col_score }</th>
                            <th scope="col">{ t.col_percent }</th>
                        </tr></thead>
                        <tbody>
                            { for sections.iter().map(|(title, score)| html! {
                                <tr>
                                    <th scope="row">{ title.clone() }</th>
                                    <td>{ points_text(t, score) }</td>
                                    <td>{ percent_text(t, score) }</td>
                                </tr>
                            }) }
                            <tr class="overall">
                                <th scope="row">{ tt.class_overall }</th>
                                <td>{ points_text(t, &overall) }</td>
                                <td>{ percent_text(t, &overall) }</td>
                            </tr>
                        </tbody>
                    </table>
                </div>
            </section>
            if !s.skipped.is_empty() || s.skipped_unlisted() > 0 {
                <section class="notice skipped" aria-labelledby="skipped-heading">
                    <h2 id="skipped-heading">{ tt.class_skipped_heading }</h2>
                    <ul>
                        { for s.skipped.iter().map(|k| html! {
                            <li><strong>{ &k.file }</strong>{ ": " }{ (crate::i18n::checks_ui(lang).import_error)(&k.reason) }</li>
                        }) }
                    </ul>
                    if s.skipped_unlisted() > 0 {
                        <p class="more">{ (tt.class_more)(s.skipped_unlisted()) }</p>
                    }
                </section>
            }
            if !s.duplicate_files.is_empty() {
                <section class="notice duplicates" aria-labelledby="duplicates-heading">
                    <h2 id="duplicates-heading">{ tt.class_duplicates_heading }</h2>
                    <ul>
                        { for s.duplicate_files.iter().map(|d| html! {
                            <li class={classes!(d.answers_differ.then_some("differs"))}>
                                { (tt.class_duplicate_pair)(&d.counted, &d.not_counted) }
                                if d.answers_differ { { " " }<strong>{ tt.class_answers_differ }</strong> }
                            </li>
                        }) }
                    </ul>
                    if s.duplicates > s.duplicate_files.len() {
                        <p class="more">{ (tt.class_more)(s.duplicates - s.duplicate_files.len()) }</p>
                    }
                </section>
            }
            <p class="hint anonymous">{ tt.class_anonymous }</p>
            <section aria-labelledby="class-distribution">
                <h2 id="class-distribution">{ tt.class_distribution_heading }</h2>
                // The key first, where the eye starts.
                <ul class="legend" aria-hidden="true">
                    { for Answer::ALL.iter().map(|a| html! {
                        <li><span class={classes!("swatch", a.key())}></span>{ t.answer(*a).label }</li>
                    }) }
                    <li><span class="swatch none"></span>{ t.not_answered }</li>
                </ul>
                { distribution_chart(lang, s) }
                // Scrolls sideways on a phone; focusable so keyboard users can scroll it too.
                <div class="table-scroll" tabindex="0" role="region" aria-label={tt.class_distribution_caption}>
                    <table class="distribution-table">
                        <caption>{ tt.class_distribution_caption }</caption>
                        <thead><tr>
                            <th scope="col">{ t.col_item }</th>
                            { for Answer::ALL.iter().map(|a| html! { <th scope="col">{ t.answer(*a).label }</th> }) }
                            <th scope="col">{ t.not_answered }</th>
                            <th scope="col">{ t.col_percent }</th>
                        </tr></thead>
                        <tbody>
                            { for c.items.iter().filter_map(|item| {
                                let tally = s.tally(&item.id)?;
                                Some(html! {
                                    <tr>
                                        <th scope="row">{ format!("{}. {}", item.number, item.title.get(lang)) }</th>
                                        { for Answer::ALL.iter().map(|a| html! { <td>{ tally.count(*a) }</td> }) }
                                        <td>{ tally.unanswered }</td>
                                        <td>{ percent_text(t, &tally.score) }</td>
                                    </tr>
                                })
                            }) }
                        </tbody>
                    </table>
                </div>
            </section>
            <p class="actions no-print">
                <button type="button" class="button" onclick={exports.0}>{ tt.class_export_json }</button>
                <button type="button" class="button" onclick={exports.1}>{ tt.class_export_csv }</button>
                <button type="button" class="button primary" onclick={Callback::from(|_| platform::document::print())}>{ t.print }</button>
            </p>
        </>
    }
}

/// The items the class most often answered `answer`, each with its count, a link to its
/// explanation on the participants' page, and what the room can discuss.
fn focus_list(
    lang: Lang,
    tt: &'static TrainerUi,
    s: &ClassSummary,
    answer: Answer,
    (id, heading, prompt): (&'static str, &'static str, &'static str),
) -> Html {
    let c = checklist();
    // Three each: what a room can discuss in one sitting, and both lists on one screen.
    let most = s.most(answer, 3);
    html! {
        <section class={classes!("focus", answer.key())} aria-labelledby={id}>
            <h2 {id}>{ heading }</h2>
            if most.is_empty() {
                <p>{ tt.class_most_none }</p>
            } else {
                // Not numbered: the items carry their own numbers.
                <ul class="focus-list">
                    { for most.iter().filter_map(|(item_id, count)| {
                        let item = c.item(item_id)?;
                        Some(html! {
                            <li>
                                <a href={format!("./#/items/{}", item.number)}>
                                    { format!("{}. {}", item.number, item.title.get(lang)) }
                                </a>
                                { " — " }{ (tt.class_count_of)(*count, s.assessments) }
                            </li>
                        })
                    }) }
                </ul>
                <p class="hint">{ prompt }</p>
            }
        </section>
    }
}

/// Each item's answers as one bar of segments, for the room: the item's number and topic,
/// each segment's count written in it where it fits, and 一部のみ hatched so that it does not
/// merge with 未対応 on a washed-out projector. Hidden from assistive technology: the table
/// below carries the same counts.
fn distribution_chart(lang: Lang, s: &ClassSummary) -> Html {
    // In whole units; segments in tenths (see `chart`).
    // The label column fits the longest topic ("13. Your data when you leave").
    const LEFT: u32 = 215;
    const WIDTH: u32 = 280;
    const ROW: u32 = 22;
    let c = checklist();
    let total = s.assessments.max(1) as u32;
    // Each answer's own key, then the unanswered.
    let keys = Answer::ALL.iter().map(|a| a.key()).chain(["none"]);
    html! {
        <svg class="chart distribution" viewBox={format!("0 0 {} {}", LEFT + WIDTH + 4, ROW * c.items.len() as u32 + 4)}
            aria-hidden="true" focusable="false">
            <defs>
                <pattern id="hatch-partly" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect class="hatch" width="2.5" height="6" />
                </pattern>
            </defs>
            { for c.items.iter().enumerate().filter_map(|(row, item)| {
                let tally = s.tally(&item.id)?;
                let y = 2 + ROW * row as u32;
                let counts = Answer::ALL.iter().map(|a| tally.count(*a)).chain([tally.unanswered]);
                // Segments end where the running total ends, so rounding never leaves a gap.
                let mut before = 0;
                Some(html! {
                    <g>
                        <text class="bar-label" x="0" y={(y + 14).to_string()}>{ format!("{}. {}", item.number, item.topic.get(lang)) }</text>
                        { for counts.zip(keys.clone()).filter(|(n, _)| *n > 0).map(|(n, key)| {
                            let from = LEFT * 10 + chart::share(WIDTH * 10, before, total);
                            before += n as u32;
                            let to = LEFT * 10 + chart::share(WIDTH * 10, before, total);
                            let (x, width) = (chart::coord(from), chart::coord(to - from));
                            let mid = chart::coord((from + to) / 2);
                            // One group per segment: its count is read against its own colour.
                            html! { <g class="segment">
                                <rect class={classes!("seg", key)} x={x.clone()} y={(y + 2).to_string()} width={width.clone()} height="16" />
                                if key == "partly" {
                                    <rect class="seg-hatch" x={x} y={(y + 2).to_string()} {width} height="16" fill="url(#hatch-partly)" />
                                }
                                // The count, where a digit or two fits (1.4 units at least).
                                if to - from >= 140 {
                                    <text class={classes!("seg-count", key)} x={mid} y={(y + 14).to_string()} text-anchor="middle">{ n }</text>
                                }
                            </g> }
                        }) }
                    </g>
                })
            }) }
        </svg>
    }
}
