//! The top bar: app title, language switcher, which check is open, whether it is saved,
//! and overall progress.

use yew::prelude::*;

use crate::content::checklist;
use crate::domain::{Assessment, Lang};
use crate::i18n::ui;
use crate::persist::SaveProblem;
use crate::route::Route;
use crate::state::Action;

pub struct HeaderProps {
    pub lang: Lang,
    pub route: Route,
    pub assessment: Assessment,
    pub save_problem: Option<SaveProblem>,
    /// The tool's folder (see `Env::app_base`), where the checklist's English is fetched.
    pub app_base: String,
    pub on_action: Callback<Action>,
}

pub fn header(props: &HeaderProps) -> Html {
    let t = ui(props.lang);
    let total = checklist().items.len();
    let answered = props.assessment.answered_count(checklist().item_ids());
    let other = props.lang.other();
    let switch = {
        let on_action = props.on_action.clone();
        let app_base = props.app_base.clone();
        Callback::from(move |_: MouseEvent| {
            let on_action = on_action.clone();
            super::english::when_ready(other, &app_base, move |ready| {
                on_action.emit(if ready {
                    Action::SetLang(other)
                } else {
                    Action::EnglishUnavailable
                });
            });
        })
    };
    let name = t.check_name(&props.assessment.service_name);
    let untouched = props.assessment.is_empty();
    html! {
        <header class="header">
            <div class="header-bar">
                <a class="app-title" href={Route::Start.to_fragment()}>{ t.app_title }</a>
                <nav class="lang-switch" aria-label={t.lang_switch_label}>
                    <button type="button" class="lang-button" lang={other.code()} onclick={switch}>
                        { crate::i18n::lang_name(other) }
                    </button>
                </nav>
            </div>
            <p class="header-meta">
                // Before anything is recorded there is no check to name, and nothing is saved
                // (autosave keeps only checks with something in them).
                if !untouched {
                    <span class="current-check">{ (t.checking)(name) }</span>
                }
                <a href={Route::Assessments.to_fragment()}>{ t.my_checks }</a>
                // Always present, so a change of save state is announced.
                <span class="save-state" role="status">
                    if props.save_problem.is_none() && !untouched {
                        <span class="saved">{ "✓ " }{ t.saved }</span>
                    }
                </span>
            </p>
            if props.route != Route::Start {
                <div class="progress">
                    <progress max={total.to_string()} value={answered.to_string()} aria-hidden="true"></progress>
                    <p class="progress-text" role="status">{ (t.progress)(answered, total) }</p>
                </div>
            }
        </header>
    }
}
