//! Course set-up: the trainer picks a course id (checked by the namespace rule, shown with
//! the rule when it fails), the participants' language, the screen to open with and compact
//! embedding; the page then shows the participant link, its QR code, and the iframe and
//! element snippets, each with a copy button. Nothing is made from an invalid id. Also the
//! QR code alone, large, for a projector or for print (`#/qr`).

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::qr::qr_svg;
use crate::course::{course_id, Links, Setup, TrainerScreen, STARTS};
use crate::domain::Lang;
use crate::embed::MAX_NAMESPACE;
use crate::i18n::{trainer_ui, ui};
use crate::kit::common::screen_heading;
use crate::kit::copy::CopyField;
use crate::platform;

#[derive(Properties, PartialEq)]
pub struct SetupProps {
    pub lang: Lang,
    pub setup: Setup,
    /// Made from `setup`; `None` while its course id is not valid.
    pub links: Option<Links>,
    /// Whether the set-up could be kept in this browser.
    pub kept: bool,
    pub on_change: Callback<Setup>,
}

#[component]
pub fn SetupScreen(props: &SetupProps) -> Html {
    let lang = props.lang;
    let (t, tt) = (ui(lang), trainer_ui(lang));
    let change = |edit: fn(&mut Setup, String)| {
        let (setup, on_change) = (props.setup.clone(), props.on_change.clone());
        Callback::from(move |value: String| {
            let mut next = setup.clone();
            edit(&mut next, value);
            on_change.emit(next);
        })
    };
    let on_id = change(|s, v| s.id = v)
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_lang = change(|s, v| s.lang = Lang::from_exact_code(&v).unwrap_or_default())
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    let on_start = change(|s, v| {
        s.start = v
            .parse::<usize>()
            .ok()
            .and_then(|i| STARTS.get(i).copied())
            .unwrap_or_default();
    })
    .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    let on_compact = change(|s, v| s.compact = v == "true").reform(|e: Event| {
        e.target_unchecked_into::<HtmlInputElement>()
            .checked()
            .to_string()
    });

    let problem = (!props.setup.id.trim().is_empty())
        .then(|| course_id(&props.setup.id).err())
        .flatten();
    let described = if problem.is_some() {
        "course-id-hint course-id-problem"
    } else {
        "course-id-hint"
    };
    html! {
        <div key="setup" class="screen setup">
            { screen_heading(html! { <>{ tt.setup_heading }</> }) }
            <p class="lead">{ tt.setup_lead }</p>
            <div class="field">
                <label for="course-id">{ tt.course_id_label }</label>
                <input id="course-id" type="text" autocomplete="off" spellcheck="false" autocapitalize="none"
                    value={props.setup.id.clone()} oninput={on_id} aria-describedby={described}
                    aria-invalid={problem.is_some().then_some("true")} />
                <p id="course-id-hint" class="hint">{ (tt.course_id_hint)(MAX_NAMESPACE) }</p>
                if let Some(problem) = &problem {
                    <p id="course-id-problem" class="field-error" role="alert">{ (tt.course_id_problem)(problem, MAX_NAMESPACE) }</p>
                }
            </div>
            <div class="field">
                <label for="course-lang">{ tt.lang_label }</label>
                <select id="course-lang" onchange={on_lang}>
                    { for Lang::ALL.iter().map(|l| html! {
                        <option value={l.code()} selected={*l == props.setup.lang} lang={l.code()}>{ crate::i18n::lang_name(*l) }</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="course-start">{ tt.start_label }</label>
                <select id="course-start" onchange={on_start}>
                    { for STARTS.iter().zip(tt.start_names).enumerate().map(|(i, (route, name))| html! {
                        <option value={i.to_string()} selected={*route == props.setup.start}>{ name }</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label class="check-option">
                    <input type="checkbox" checked={props.setup.compact} onchange={on_compact} aria-describedby="compact-hint" />
                    { tt.compact_label }
                </label>
                <p id="compact-hint" class="hint">{ tt.compact_hint }</p>
            </div>
            <p class="hint">{ if props.kept { tt.kept_here } else { (t.save_problem)(crate::persist::SaveProblem::Unavailable) } }</p>
            <section aria-labelledby="course-links" class="course-links">
                <h2 id="course-links">{ tt.outputs_heading }</h2>
                { match &props.links {
                    None => html! { <p class="notice">{ tt.waiting_for_id }</p> },
                    Some(links) => outputs(lang, links),
                } }
            </section>
            // The LMS's way in needs no course id: the LMS keeps each activity apart.
            <section aria-labelledby="scorm-heading" class="scorm-package">
                <h2 id="scorm-heading">{ tt.scorm_heading }</h2>
                <p>{ tt.scorm_lead }</p>
                <p class="actions">
                    <a class="button" id="scorm-package" href={crate::names::SCORM_PACKAGE} download="">{ tt.scorm_download }</a>
                </p>
                <p class="hint">{ tt.scorm_hint }</p>
                <p><a href={TrainerScreen::Guide.to_fragment()}>{ tt.nav_guide }</a></p>
            </section>
        </div>
    }
}

/// The link, its QR code and the two snippets.
fn outputs(lang: Lang, links: &Links) -> Html {
    let tt = trainer_ui(lang);
    html! {
        <>
            <p class="hint">{ tt.link_hint }</p>
            <CopyField {lang} id="participant-link" label={tt.link_heading} text={links.participant.clone()}
                rows={2} button={tt.link_copy} class={classes!("link-field")} />
            <p><a href={links.participant.clone()} target="_blank" rel="noopener noreferrer">
                { tt.open_link }<span class="visually-hidden">{ ui(lang).opens_in_new_tab }</span>
            </a></p>
            // What to tell the participants, where the trainer prepares the course (the class
            // overview offers it again).
            <CopyField {lang} id="setup-instructions" label={tt.class_instructions_label}
                text={(tt.class_instructions)(&links.participant)} rows={7} button={tt.class_instructions_copy} />
            <h3>{ tt.qr_heading }</h3>
            <p class="hint">{ tt.qr_hint }</p>
            { qr_svg(&links.participant, &(tt.qr_label)(&links.participant), "qr-small").unwrap_or_default() }
            <p class="actions"><a class="button" href={TrainerScreen::Qr.to_fragment()}>{ tt.qr_show }</a></p>
            <h3>{ tt.iframe_heading }</h3>
            <p class="hint">{ tt.iframe_hint }</p>
            <CopyField {lang} id="iframe-snippet" label={tt.iframe_label} text={links.iframe.clone()}
                rows={9} button={tt.snippet_copy} text_lang={Some(Lang::En)} class={classes!("snippet")} />
            <h3>{ tt.element_heading }</h3>
            <p class="hint">{ tt.element_hint }</p>
            <CopyField {lang} id="element-snippet" label={tt.element_label} text={links.element.clone()}
                rows={3} button={tt.snippet_copy} text_lang={Some(Lang::En)} class={classes!("snippet")} />
            <p class="hint">{ tt.more_in_guide }</p>
        </>
    }
}

/// The QR code alone, as large as the window allows, with the link written under it: for a
/// projected slide or a printed sheet.
pub fn qr_screen(lang: Lang, setup: &Setup, links: Option<&Links>) -> Html {
    let tt = trainer_ui(lang);
    let print = Callback::from(|_: MouseEvent| platform::document::print());
    html! {
        <div key="qr" class="screen qr-view">
            { screen_heading(html! { <>{ tt.qr_heading }</> }) }
            { match links {
                None => html! { <p class="notice">{ tt.waiting_for_id }</p> },
                Some(links) => html! {
                    // A slide on a projector: the code beside the address, the course and what
                    // to do (one above the other on a phone).
                    <div class="qr-slide">
                        { qr_svg(&links.participant, &(tt.qr_label)(&links.participant), "qr-large").unwrap_or_default() }
                        <div class="qr-text">
                            <p class="qr-scan">{ tt.qr_scan }</p>
                            <ol class="qr-steps">{ for tt.qr_steps.iter().map(|step| html! { <li>{ *step }</li> }) }</ol>
                            <p class="qr-link">{ &links.participant }</p>
                            <p class="qr-course">{ format!("{}: {}", tt.course_id_label, setup.id.trim()) }</p>
                        </div>
                    </div>
                },
            } }
            <p class="actions no-print">
                if links.is_some() {
                    <button type="button" class="button primary" onclick={print}>{ ui(lang).print }</button>
                }
                <a class="button" href={TrainerScreen::Setup.to_fragment()}>{ tt.qr_back }</a>
            </p>
        </div>
    }
}
