//! The start screen: what this is, who it is for, how long it takes, the privacy promise,
//! the source, and an optional name for the service being checked.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::common::{reviewed_line, screen_heading, source_gloss, SERVICE_NAME_ID};
use crate::content::checklist;
use crate::domain::site::Site;
use crate::domain::{Assessment, Lang, SERVICE_NAME_MAX_CHARS};
use crate::i18n::ui;
use crate::kit::site::operator_line;
use crate::platform;
use crate::route::Route;
use crate::state::Action;

pub struct StartProps {
    pub lang: Lang,
    /// The trainer's page, where it is offered (not in a compact embed or an LMS).
    pub trainer_page: Option<String>,
    /// Opened by a course's LMS: say what goes to the course, and that nothing goes elsewhere.
    pub lms: bool,
    /// Opened from a trainer's course link: which course, and that a code goes to the trainer.
    pub course: Option<String>,
    pub assessment: Assessment,
    /// The hosting site's details (`site.json`), once known: who runs this page.
    pub site: Option<Rc<Site>>,
    pub on_action: Callback<Action>,
}

/// The field naming a new check for another service (once the open one has answers).
const ANOTHER_NAME_ID: &str = "another-service-name";

pub fn start_screen(props: &StartProps) -> Html {
    let t = ui(props.lang);
    let c = checklist();
    let total = c.items.len();
    let answered = props.assessment.answered_count(c.item_ids());
    // Resume where the user left off: the first unanswered item, else the first item.
    let next_number = props
        .assessment
        .first_unanswered(c.item_ids())
        .and_then(|id| c.item(id))
        .map_or(1, |i| i.number);
    let begin_label = if answered == 0 {
        t.start_button.to_owned()
    } else {
        (t.resume_button)(answered, total)
    };
    let on_name = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_action.emit(Action::SetServiceName(input.value()));
        })
    };
    // Once the open check has answers, its name is no longer edited here (that renamed a
    // finished check when the owner meant to start the next one): the field names a new check
    // for another service, read when its button is pressed.
    let another = NodeRef::default();
    let on_another = {
        let (on_action, another) = (props.on_action.clone(), another.clone());
        Callback::from(move |_: MouseEvent| {
            let name = another
                .cast::<HtmlInputElement>()
                .map(|input| input.value())
                .unwrap_or_default();
            on_action.emit(Action::StartAnother {
                id: platform::document::random_id(),
                name,
            });
        })
    };
    html! {
        <div key="start" class="screen start">
            { screen_heading(html! { <>{ t.start_heading }</> }) }
            <p class="lead">{ t.start_lead }</p>
            if let Some(course) = &props.course {
                <p class="notice course-note">{ (t.course_note)(course) }</p>
            }
            <p>{ t.start_who }</p>
            <ul class="facts">
                <li>{ t.start_time }</li>
                <li class={classes!(props.lms.then_some("lms-notice"))}>
                    { crate::i18n::lms_ui(props.lang).filter(|_| props.lms).map_or(t.start_privacy, |l| l.lms_notice) }
                </li>
                <li>{ t.start_saved }</li>
                <li>{ t.start_may_delete }</li>
            </ul>
            if answered == 0 {
                <div class="field">
                    <label for={SERVICE_NAME_ID}>{ t.service_label }</label>
                    <input id={SERVICE_NAME_ID} type="text" autocomplete="off"
                        maxlength={SERVICE_NAME_MAX_CHARS.to_string()}
                        aria-describedby="service-name-hint"
                        value={props.assessment.service_name.clone()} oninput={on_name} />
                    <p id="service-name-hint" class="hint">{ t.service_hint }</p>
                </div>
            }
            <p class="actions">
                <a class="button primary" href={Route::Item(next_number).to_fragment()}>{ begin_label }</a>
                <a class="button" href={Route::Overview.to_fragment()}>{ t.see_all_items }</a>
                if answered > 0 {
                    <a class="button" href={Route::Results.to_fragment()}>{ t.see_results }</a>
                }
            </p>
            if answered > 0 {
                <div class="field another">
                    <label for={ANOTHER_NAME_ID}>{ t.another_label }</label>
                    <input id={ANOTHER_NAME_ID} ref={another} type="text" autocomplete="off"
                        maxlength={SERVICE_NAME_MAX_CHARS.to_string()}
                        aria-describedby="another-name-hint another-name-stays" />
                    <p id="another-name-hint" class="hint">{ t.service_hint }</p>
                    <p id="another-name-stays" class="hint">{ (t.another_hint)(&props.assessment.service_name) }</p>
                    <p class="actions">
                        <button type="button" class="button" onclick={on_another}>{ t.another_button }</button>
                    </p>
                </div>
            }
            if let Some(page) = &props.trainer_page {
                <p class="trainer-link"><a href={page.clone()}>{ t.trainer_link }</a></p>
            }
            if let Some(site) = &props.site {
                { operator_line(site, props.lang) }
            }
            <section class="source" aria-labelledby="source-heading">
                <h2 id="source-heading">{ t.source_heading }</h2>
                <p>
                    <span lang="ja">{ format!("{}「{}」", c.source.publisher.ja, c.source.title.ja) }</span>
                    { source_gloss(props.lang) }
                    { (t.in_brackets)(c.source.edition_label.get(props.lang)) }
                </p>
                <p class="reviewed">{ reviewed_line(t) }</p>
                <ul class="links">
                    { for c.source.links.iter().filter_map(|k| c.link(k)).map(|link| html! {
                        <li>
                            <a href={link.url.clone()} target="_blank" rel="noopener noreferrer">
                                { link.title.get(props.lang) }
                                <span class="visually-hidden">{ t.opens_in_new_tab }</span>
                            </a>
                        </li>
                    }) }
                </ul>
            </section>
        </div>
    }
}
