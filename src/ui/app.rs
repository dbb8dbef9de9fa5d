//! The root component: owns the one reducer, runs the root's effects (each a hook in
//! [`super::hooks`]: storage, other tabs, navigation, the page around the app) and picks the
//! screen.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use super::assessments::AssessmentsProps;
use super::common::{skip_link, Env, MAIN_ID};
use super::compare::CompareProps;
use super::header::{header, HeaderProps};
use super::hooks::{
    use_autosave, use_lms, use_navigation, use_other_tabs, use_page, use_parts, use_storage,
    use_stored_data,
};
use super::item::{item_screen, ItemProps};
use super::moved::class_moved_screen;
use super::overview::{overview_screen, OverviewProps};
use super::parts::{self, Screen};
use super::results::ResultsProps;
use super::rules::RulesProps;
use super::start::{start_screen, StartProps};
use super::status::{status_banner, StatusProps};
use crate::content::checklist;
use crate::i18n::ui;
use crate::kit::footer::{footer, FooterProps};
use crate::persist;
use crate::platform;
use crate::route::Route;
use crate::state::{Action, AppState};

/// Yew's adapter for the pure reducer in [`crate::state`].
#[derive(PartialEq)]
struct Store(AppState);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.reduce(action, &platform::document::now());
        // Returning the same Rc tells Yew nothing changed, so nothing re-renders.
        if next == self.0 {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The state to start from (tests give one; `mount` builds it from the browser).
    pub initial: AppState,
    /// Today's date and the tool's address, for the report.
    #[prop_or_default]
    pub env: Env,
    /// The id of the element to give keyboard focus once drawn (where the user was on the
    /// prerendered start screen).
    #[prop_or_default]
    pub focus_id: Option<AttrValue>,
    /// The stored text of each check in `initial`, by id, as loaded: autosave starts from
    /// it (nothing loaded is written back unchanged, and others' changes merge against it).
    #[prop_or_default]
    pub stored_texts: BTreeMap<String, String>,
    /// The course's LMS, when the app runs in one and started there.
    #[prop_or_default]
    pub lms: Option<platform::lms::Api>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let store = use_reducer(move || Store(initial));
    let state = &store.0;
    let dispatch: Callback<Action> = {
        let store = store.clone();
        Callback::from(move |action| store.dispatch(action))
    };
    let env = &props.env;
    let root = use_node_ref();

    let storage = use_storage(
        env.namespace.as_deref(),
        &props.initial.assessments,
        &props.stored_texts,
    );
    use_other_tabs(&storage, &dispatch);
    use_autosave(&storage, state, &dispatch);
    use_lms(props.lms.clone(), state, &dispatch);
    let stored = use_stored_data(&storage, state, &env.today, &dispatch);
    use_navigation(
        state.route,
        state.notice.as_ref(),
        &root,
        env.in_element,
        &dispatch,
    );
    let parts = use_parts(state.route, &root);
    use_page(
        state.lang,
        state.save_problem,
        &root,
        props.focus_id.clone(),
        env,
        &dispatch,
    );

    let lang = state.lang;
    // Where a returning user looks first, not while answering.
    let copy_reminder = matches!(
        state.route,
        Route::Start | Route::Assessments | Route::Results
    )
    .then(|| persist::copy_reminder(&state.assessments, state.last_export.as_deref(), &env.today))
    .flatten();
    // The check as scored and shown (an answer an item no longer offers counts as none);
    // the item screen gets it as stored, so it can say so.
    let current = checklist().effective(state.current()).into_owned();
    // Screens without hooks are functions (a component type each would cost the wasm its
    // own copy of Yew's lifecycle code); each screen's root carries a key, so one screen's
    // elements are replaced by the next screen's, never patched into them.
    let screen = match state.route {
        Route::Start => html! {
            { start_screen(&StartProps {
                lang,
                assessment: current.clone(),
                // Not to a course's participants, nor inside a compact frame or an LMS.
                trainer_page: (!env.compact && !env.lms && env.course.is_none()).then(|| env.trainer_page()),
                lms: env.lms,
                course: env.course.clone(),
                site: env.site.clone(),
                on_action: dispatch.clone(),
            }) }
        },
        Route::Overview => html! {
            { overview_screen(&OverviewProps { lang, assessment: current.clone() }) }
        },
        Route::Item(number) => html! {
            { item_screen(&ItemProps { lang, number, assessment: state.current().clone(), on_action: dispatch.clone() }) }
        },
        Route::Results => {
            let props = ResultsProps {
                lang,
                assessment: current.clone(),
                env: env.clone(),
                last_export: state.last_export.clone(),
                sender: state.sender.clone(),
                site: env.site.clone(),
                on_action: dispatch.clone(),
            };
            part_screen(lang, &Screen::Results(&props), &parts)
        }
        Route::Rules => {
            let props = RulesProps {
                lang,
                assessments: state.assessments.clone(),
                current: state.current.clone(),
                company: state.sender.company.clone(),
                today: env.today.clone(),
                site: env.site.clone(),
                with: state.rules_with.clone(),
                on_action: dispatch.clone(),
            };
            part_screen(lang, &Screen::Rules(&props), &parts)
        }
        Route::Assessments => {
            let props = AssessmentsProps {
                lang,
                assessments: state.assessments.clone(),
                current: state.current.clone(),
                today: env.today.clone(),
                stored_keys: stored.keys,
                other_keys: stored.other_keys,
                on_delete_all: stored.delete_all,
                on_download: stored.download,
                incoming_code: state.incoming_code.clone(),
                on_action: dispatch.clone(),
                lms: env.lms,
                framed: env.framed,
            };
            part_screen(lang, &Screen::Checks(&props), &parts)
        }
        Route::Class => class_moved_screen(lang, &env.trainer_page()),
        Route::Compare => {
            let props = CompareProps {
                lang,
                assessments: state.assessments.clone(),
                current: state.current.clone(),
            };
            part_screen(lang, &Screen::Compare(&props), &parts)
        }
    };

    html! {
        <div ref={root.clone()} class={classes!("app", env.compact.then_some("compact"))} lang={lang.code()}>
            { skip_link(ui(lang), root) }
            { header(&HeaderProps {
                lang,
                route: state.route,
                assessment: current,
                save_problem: state.save_problem,
                app_base: env.app_base.clone(),
                on_action: dispatch.clone(),
            }) }
            { status_banner(&StatusProps {
                lang,
                save_problem: state.save_problem,
                notice: state.notice.clone(),
                assessments: state.assessments.clone(),
                today: env.today.clone(),
                copy_reminder,
                lms_problem: state.lms_problem,
                lms_memos_left_out: state.lms_memos_left_out,
                on_action: dispatch,
            }) }
            <main id={MAIN_ID} class="main" tabindex="-1">{ screen }</main>
            { footer(&FooterProps { lang, trainer_page: (!env.lms && env.course.is_none()).then(|| env.trainer_page()), lms: env.lms, site: env.site.clone() }) }
        </div>
    }
}

/// A screen of a part of the app: drawn when the part is here, else its placeholder.
fn part_screen(
    lang: crate::domain::Lang,
    screen: &Screen,
    handle: &super::hooks::PartsHandle,
) -> Html {
    parts::draw(screen).unwrap_or_else(|| parts::waiting(lang, screen, handle))
}
