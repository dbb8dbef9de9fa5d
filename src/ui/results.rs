//! Results: the score per section and overall with a chart and its table, the action plan,
//! questions for the provider, every answer; laid out so that printing gives a clean report.

use std::rc::Rc;

use yew::prelude::*;

use super::actions::export_json;
use super::common::{
    date, jump_link, marked_japanese, percent_text, points_text, reviewed_line, screen_heading,
    section_title, Env,
};
use super::plan::{
    help_desks, incident_section, letter_section, plan_section, review_section, this_week,
    PlanProps,
};
use crate::content::{checklist, Advice, Item, Section};
use crate::domain::code::{self, Include};
use crate::domain::site::Site;
use crate::domain::{Answer, Assessment, Lang, Level, Score, Sender};
use crate::i18n::{checks_ui, plan_ui, rules_ui, ui, PlanUi, Ui, SECURITY_ACTION_URL};
use crate::kit::chart;
use crate::kit::copy::CopyField;
use crate::kit::site::site_details;
use crate::platform;
use crate::route::Route;
use crate::state::Action;

pub struct ResultsProps {
    pub lang: Lang,
    pub assessment: Assessment,
    pub env: Env,
    /// When the user last saved a JSON export, if ever.
    pub last_export: Option<String>,
    /// Who writes the letter to the provider (kept on this device, not with the check).
    pub sender: Sender,
    /// The hosting site's details (`site.json`), on the printed report.
    pub site: Option<Rc<Site>>,
    pub on_action: Callback<Action>,
}

pub fn results_screen(props: &ResultsProps) -> Html {
    let lang = props.lang;
    let t = ui(lang);
    let p = plan_ui(lang);
    let c = checklist();
    let a = &props.assessment;
    let overall = Score::of(a, c.item_ids());
    let sections = c.section_scores(a);
    let unanswered: Vec<&Item> = c
        .items
        .iter()
        .filter(|i| a.answer(&i.id).is_none())
        .collect();
    let advice = c.advice(a);
    let remaining = advice.plan.len();
    // A verdict only once every item is answered (one "done" answer is not "well done"),
    // and never the top level while a critical safeguard is missing.
    let verdict = c.verdict(a);
    let level = match (&verdict, overall.level()) {
        (_, None) => p.level_none.to_owned(),
        (None, Some(_)) => p.level_provisional.to_owned(),
        (Some(v), Some(_)) => (p.level_line)(
            (p.level_name)(v.level),
            &(p.level_advice)(v.level, remaining),
        ),
    };
    let capped = verdict
        .as_ref()
        .is_some_and(|v| v.level != Level::Good && overall.level() == Some(Level::Good));
    // Named as soon as they are answered so, provisional or not, in the plan's order (the
    // block, "this week" and the plan agree on what comes first).
    let open: Vec<(&Item, Answer)> = advice
        .plan
        .iter()
        .filter(|s| s.critical)
        .filter_map(|s| Some((c.item(s.item_id)?, s.answer)))
        .collect();
    let unknowns = overall.count(Answer::Unknown);
    let left_out = overall.count(Answer::NotApplicable);
    let review = c.review_date(a).is_some();
    let plan = PlanProps {
        lang,
        assessment: a,
        advice: &advice,
        sender: &props.sender,
        today: &props.env.today,
        app_base: &props.env.app_base,
        tool_url: &props.env.tool_url,
        desks: help_desks(props.site.as_deref()),
        on_action: &props.on_action,
    };

    html! {
        <div key="results" class="screen results">
            // On paper the header is gone; the report still says what made it.
            <p class="print-only report-title">{ t.app_title }</p>
            { screen_heading(html! { <>{ t.results_heading }</> }) }
            <p class="report-meta">
                if !a.service_name.is_empty() {
                    <span>{ (p.report_service)(&a.service_name) }</span>
                }
                if !props.env.today.is_empty() {
                    <span>{ (p.report_date)(&props.env.today) }</span>
                }
            </p>
            // From a trainer's course link: what to send the trainer comes first.
            if let Some(course) = &props.env.course {
                <ResultCode {lang} assessment={a.clone()} tool_url={props.env.tool_url.clone()} course={Some(course.clone())} />
            }
            <p class="incident-jump no-print">{ jump_link("incident-heading", "inline-link", html! { <>{ p.incident_jump }</> }) }</p>
            if overall.is_provisional() {
                <div class="notice provisional">
                    <h2>{ p.provisional_heading }</h2>
                    <p>{ (p.provisional_text)(unanswered.len()) }</p>
                    <ul class="unanswered">
                        { for unanswered.iter().map(|i| html! {
                            <li><a href={Route::Item(i.number).to_fragment()}>{ format!("{}. {}", i.number, i.title.get(lang)) }</a></li>
                        }) }
                    </ul>
                </div>
            }
            <section class="summary" aria-labelledby="summary-heading">
                <h2 id="summary-heading" class="overall">
                    <span class="overall-label">{ p.overall_label }</span>
                    <span class="overall-percent">{ percent_text(t, &overall) }</span>
                    if overall.is_provisional() && overall.max > 0 {
                        <span class="overall-provisional">{ p.provisional_marker }</span>
                    }
                    if overall.max > 0 {
                        <span class="overall-points">{ (t.score_line)(overall.points, overall.max) }</span>
                    }
                </h2>
                <p class="level">{ level }</p>
                if !open.is_empty() {
                    { critical_open(lang, &open, capped) }
                }
                if left_out > 0 {
                    <p class="left-out">{ (p.not_applicable_count)(left_out) }</p>
                }
                if unknowns > 0 {
                    <p class="level">{ (p.unknown_hint)(unknowns) }</p>
                }
            </section>
            { this_week(&plan) }
            { page_menu(lang, &advice, review, props.env.course.is_none()) }
            { plan_section(&plan) }
            { letter_section(&plan) }
            { review_section(&plan) }
            { next_step(lang) }
            { incident_section(&plan) }
            <section class="scores" aria-labelledby="scores-heading">
                <h2 id="scores-heading" tabindex="-1">{ p.scores_heading }</h2>
                { chart(t, p.overall_label, &overall, &sections) }
                // A region of its own that scrolls sideways if it must (WCAG 1.4.10 allows it
                // for a data table): with text spacing forced at 320 px the English headings no
                // longer fit, and the page itself must not scroll.
                <div class="table-fit" role="region" aria-labelledby="score-caption" tabindex="0">
                    <table class="score-table">
                        <caption id="score-caption">{ p.chart_caption }</caption>
                        <thead><tr>
                            <th scope="col">{ t.col_section }</th>
                            <th scope="col">{ t.col_score }</th>
                            <th scope="col">{ t.col_percent }</th>
                            <th scope="col">{ p.col_answered }</th>
                        </tr></thead>
                        <tbody>
                            { for sections.iter().map(|(s, score)| score_row(t, section_title(s, lang), score)) }
                            { score_row(t, p.overall_label.to_owned(), &overall) }
                        </tbody>
                    </table>
                </div>
                // Folded on screen (12 lines on a phone), printed whole.
                <details class="how-scored-fold no-print">
                    <summary>{ p.how_scored_heading }</summary>
                    <p class="how-scored">{ marked_japanese(&how_scored(p), lang) }</p>
                </details>
                <h3 class="print-only">{ p.how_scored_heading }</h3>
                <p class="how-scored print-only">{ marked_japanese(&how_scored(p), lang) }</p>
            </section>
            { keep_copy(lang, a, &props.env.today, props.last_export.as_deref(), &props.on_action) }
            if props.env.course.is_none() {
                <ResultCode {lang} assessment={a.clone()} tool_url={props.env.tool_url.clone()} course={None::<String>} />
            }
            { all_answers(lang, a) }
            <p class="actions no-print">
                <button type="button" class="button primary" onclick={Callback::from(|_| platform::document::print())}>
                    { t.print }
                </button>
                <a class="button" href={Route::Overview.to_fragment()}>{ t.all_items }</a>
            </p>
            <p class="report-source">
                { marked_japanese(p.report_source, lang) }
                <br />{ reviewed_line(t) }
                if !props.env.tool_url.is_empty() {
                    <br />{ p.report_tool_url }<span class="url">{ &props.env.tool_url }</span>
                }
            </p>
            if let Some(site) = &props.site {
                <div class="print-only">{ site_details(site, lang) }</div>
            }
        </div>
    }
}

/// The results' parts, one tap away from the top (a phone shows the results as some ten
/// screens): each link names its part by the part's own heading.
fn page_menu(lang: Lang, advice: &Advice, review: bool, code_below: bool) -> Html {
    let p = plan_ui(lang);
    let next_heading = rules_ui(lang).next_heading;
    let parts: [(&'static str, &'static str, bool); 9] = [
        ("plan-heading", p.plan_heading, true),
        (
            "letter-heading",
            p.letter_heading,
            !advice.questions.is_empty(),
        ),
        ("review-heading", p.review_heading, review),
        ("next-heading", next_heading, true),
        ("incident-heading", p.incident_heading, true),
        ("scores-heading", p.scores_heading, true),
        ("keep-copy-heading", p.keep_copy_heading, true),
        // For a course's participant the code is at the top already.
        ("code-heading", p.code_heading, code_below),
        ("answers-heading", p.answers_heading, true),
    ];
    html! {
        <nav class="page-menu no-print" aria-label={p.page_menu}>
            <ul>
                { for parts.into_iter().filter(|(_, _, shown)| *shown).map(|(id, text, _)| html! {
                    <li>{ jump_link(id, "", html! { <>{ text }</> }) }</li>
                }) }
            </ul>
        </nav>
    }
}

/// What comes after the plan: the company's own rules, drafted from the answers (its own
/// screen), and IPA's SECURITY ACTION, which the check and the draft help prepare for.
fn next_step(lang: Lang) -> Html {
    let t = ui(lang);
    let w = rules_ui(lang);
    let guideline = checklist().link("ipa-sme-guideline");
    let official = |url: &str, title: &str, publisher: &str| {
        html! {
            <li>
                <a href={url.to_owned()} target="_blank" rel="noopener noreferrer">
                    { marked_japanese(title, lang) }<span class="visually-hidden">{ t.opens_in_new_tab }</span>
                </a>
                <span class="publisher">{ format!(" — {publisher}") }</span>
                <span class="print-only url">{ format!(" {url}") }</span>
            </li>
        }
    };
    html! {
        <section class="next-step" aria-labelledby="next-heading">
            <h2 id="next-heading" tabindex="-1">{ w.next_heading }</h2>
            <p>{ w.next_rules }</p>
            <p class="actions no-print">
                <a class="button" href={Route::Rules.to_fragment()}>{ w.next_rules_button }</a>
            </p>
            <h3>{ w.sa_heading }</h3>
            <p>{ w.sa_what }</p>
            <ul>
                <li>{ marked_japanese(w.sa_one_star, lang) }</li>
                <li>{ marked_japanese(w.sa_two_stars, lang) }</li>
            </ul>
            <p>{ marked_japanese(w.sa_help, lang) }</p>
            <p>{ w.sa_how }</p>
            <ul class="links">
                { official(SECURITY_ACTION_URL, w.sa_link, w.sa_publisher) }
                if let Some(l) = guideline {
                    { official(&l.url, l.title.get(lang), l.publisher.get(lang)) }
                }
            </ul>
        </section>
    }
}

/// How results are scored, naming the levels exactly as they are shown.
fn how_scored(p: &PlanUi) -> String {
    (p.how_scored)(
        (p.level_name)(Level::Good),
        (p.level_name)(Level::Fair),
        (p.level_name)(Level::Poor),
    )
}

/// A bar's colour class: none while the check is provisional (a colour is a verdict).
fn level_class(score: &Score, provisional: bool) -> &'static str {
    if provisional {
        return "none";
    }
    match score.level() {
        Some(Level::Good) => "good",
        Some(Level::Fair) => "fair",
        Some(Level::Poor) => "poor",
        None => "none",
    }
}

fn score_row(t: &Ui, label: String, score: &Score) -> Html {
    html! {
        <tr>
            <th scope="row">{ label }</th>
            <td>{ points_text(t, score) }</td>
            <td>{ percent_text(t, score) }</td>
            <td>{ format!("{}/{}", score.answered, score.items) }</td>
        </tr>
    }
}

/// Horizontal bars, one per section and one overall, with guides at 50 % and 80 %.
/// Drawn by the app as SVG; hidden from assistive technology because the table below
/// carries the same numbers.
fn chart(t: &Ui, overall_label: &str, overall: &Score, sections: &[(&Section, Score)]) -> Html {
    // In whole units; bar widths in tenths (see `chart`).
    const LEFT: u32 = 64;
    const WIDTH: u32 = 220;
    const ROW: u32 = 34;
    let rows: Vec<(String, &Score)> = sections
        .iter()
        .map(|(s, score)| (s.id.to_string(), score))
        .chain(std::iter::once((overall_label.to_owned(), overall)))
        .collect();
    let height = ROW * rows.len() as u32 + 8;
    let x_at = |percent: u32| (LEFT + WIDTH * percent / 100).to_string();
    html! {
        <svg class="chart" viewBox={format!("0 0 330 {height}")} role="presentation" aria-hidden="true" focusable="false">
            { for [50, 80].into_iter().map(|p| html! {
                <line class="guide" x1={x_at(p)} x2={x_at(p)} y1="0" y2={(height - 4).to_string()} />
            }) }
            { for rows.iter().enumerate().map(|(i, (label, score))| {
                let y = 4 + ROW * i as u32;
                let percent = score.percent().unwrap_or(0).min(100);
                let width = chart::coord(chart::share(WIDTH * 10, percent, 100));
                html! {
                    <g class={classes!("bar", level_class(score, overall.is_provisional()))}>
                        <text class="bar-label" x="0" y={(y + 18).to_string()}>{ label }</text>
                        <rect class="track" x={LEFT.to_string()} y={(y + 4).to_string()} width={WIDTH.to_string()} height="20" rx="4" />
                        <rect class="fill" x={LEFT.to_string()} y={(y + 4).to_string()} {width} height="20" rx="4" />
                        <text class="bar-value" x={(LEFT + WIDTH + 6).to_string()} y={(y + 19).to_string()}>{ percent_text(t, score) }</text>
                    </g>
                }
            }) }
        </svg>
    }
}

/// The critical safeguards not fully in place, in the plan's order: each named with its
/// answer and why it matters; one answered 一部のみ says what "partly" means there.
fn critical_open(lang: Lang, open: &[(&Item, Answer)], capped: bool) -> Html {
    let t = ui(lang);
    let p = plan_ui(lang);
    html! {
        <div class="critical-missing" role="note">
            <h3>{ p.critical_heading }</h3>
            <p>{ (p.critical_lead)(capped, (p.level_name)(Level::Good)) }</p>
            <ul>
                { for open.iter().map(|(item, answer)| html! {
                    <li>
                        <a href={Route::Item(item.number).to_fragment()}><strong>{ format!("{}. {}", item.number, item.title.get(lang)) }</strong></a>
                        { " " }<span class={classes!("badge", answer.key())}>{ t.answer(*answer).label }</span>
                        if *answer == Answer::Partly {
                            <br /><strong>{ p.critical_partly }</strong>
                        }
                        // Why it matters, folded on screen (three of these fill a phone
                        // screen), printed whole.
                        if let Some(why) = &item.critical {
                            <details class="critical-why no-print">
                                <summary>{ p.critical_why }</summary>
                                <p>{ why.get(lang) }</p>
                            </details>
                            <p class="print-only">{ why.get(lang) }</p>
                        }
                    </li>
                }) }
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ResultCodeProps {
    lang: Lang,
    assessment: Assessment,
    /// The tool's address, for the link form.
    tool_url: String,
    /// Opened from a trainer's course link: the course, named in the heading.
    course: Option<String>,
}

/// The result as a code to paste into a course's form or chat, and as a link that opens it
/// in this tool. Answers only, unless the participant ticks the service name or the memos
/// (memos can hold internal details).
#[component]
fn ResultCode(props: &ResultCodeProps) -> Html {
    let ck = checks_ui(props.lang);
    let p = plan_ui(props.lang);
    let include = use_state(Include::default);
    let known: Vec<&str> = checklist().item_ids().collect();
    let text = code::encode(&props.assessment, &known, *include);
    let link = (!props.tool_url.is_empty()).then(|| {
        let base = props.tool_url.split('#').next().unwrap_or_default();
        format!("{base}{}", Route::code_fragment(&text))
    });
    let toggle = |name: bool| {
        let include = include.clone();
        Callback::from(move |_: Event| {
            let mut next = *include;
            if name {
                next.service_name = !next.service_name;
            } else {
                next.memos = !next.memos;
            }
            include.set(next);
        })
    };
    html! {
        <section class={classes!("result-code", "no-print", props.course.is_some().then_some("for-course"))} aria-labelledby="code-heading">
            <h2 id="code-heading" tabindex="-1">
                { props.course.as_deref().map_or_else(|| p.code_heading.to_owned(), p.code_course_heading) }
            </h2>
            <p>{ if props.course.is_some() { p.code_course_lead } else { p.code_lead } }</p>
            <p class="code-options">
                <label class="check-option">
                    <input type="checkbox" checked={include.service_name} onchange={toggle(true)} />
                    { p.code_include_name }
                </label>
                <label class="check-option">
                    <input type="checkbox" checked={include.memos} onchange={toggle(false)} />
                    { p.code_include_memos }
                </label>
            </p>
            <CopyField lang={props.lang} id="result-code" label={ck.code_label} text={text.clone()}
                rows={3} button={p.code_copy} />
            if let Some(link) = link {
                <CopyField lang={props.lang} id="result-code-link" label={p.code_link_label} text={link}
                    rows={4} button={p.code_copy_link} />
            }
        </section>
    }
}

/// Where the answers live, what may delete them, and a file to keep (not on paper).
fn keep_copy(
    lang: Lang,
    a: &Assessment,
    today: &str,
    last_export: Option<&str>,
    on_action: &Callback<Action>,
) -> Html {
    let t = ui(lang);
    let ck = checks_ui(lang);
    let p = plan_ui(lang);
    let export = {
        let (a, today, on_action) = (a.clone(), today.to_owned(), on_action.clone());
        Callback::from(move |_: MouseEvent| export_json(&[&a], lang, &today, &on_action))
    };
    html! {
        <section class="keep-copy no-print" aria-labelledby="keep-copy-heading">
            <h2 id="keep-copy-heading" tabindex="-1">{ p.keep_copy_heading }</h2>
            <p>{ p.keep_copy_lead }</p>
            <p class="actions">
                <button type="button" class="button" onclick={export}>{ ck.export_json }</button>
            </p>
            <p class="last-export">
                { last_export.map_or_else(|| p.never_exported.to_owned(), |at| (t.last_export)(date(at))) }
            </p>
        </section>
    }
}

fn all_answers(lang: Lang, a: &Assessment) -> Html {
    let t = ui(lang);
    let p = plan_ui(lang);
    let c = checklist();
    html! {
        <section class="all-answers" aria-labelledby="answers-heading">
            <h2 id="answers-heading" tabindex="-1">{ p.answers_heading }</h2>
            <table class="answers-table">
                <thead><tr>
                    <th scope="col">{ t.col_item }</th>
                    <th scope="col">{ t.col_answer }</th>
                    <th scope="col">{ t.col_memo }</th>
                </tr></thead>
                <tbody>
                    { for c.items.iter().map(|item| {
                        let answer = a.answer(&item.id);
                        html! {
                            <tr>
                                <th scope="row">{ format!("{}. {}", item.number, item.title.get(lang)) }</th>
                                <td class={classes!("status", answer.map(|x| x.key()), answer.map(|_| "answered"))}>
                                    { answer.map_or(t.not_answered, |x| t.answer(x).label) }
                                </td>
                                <td class="memo-cell">{ a.memo(&item.id) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
