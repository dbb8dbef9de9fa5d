//! The root component: owns the one reducer, does all of the app's storage I/O (autosave,
//! other tabs' changes, the stored-data list, "delete all"), keeps the URL fragment and the
//! document in step with the state, and picks the screen.

use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use yew::prelude::*;

use super::assessments::{assessments_screen, AssessmentsProps};
use super::class::ClassScreen;
use super::common::{Env, MAIN_ID, SCREEN_HEADING_ID};
use super::compare::CompareScreen;
use super::footer::{footer, FooterProps};
use super::header::{header, HeaderProps};
use super::item::{item_screen, ItemProps};
use super::overview::{overview_screen, OverviewProps};
use super::results::{results_screen, ResultsProps};
use super::start::{start_screen, StartProps};
use super::status::{status_banner, StatusProps};
use crate::content::checklist;
use crate::i18n::ui;
use crate::persist::{self, Area, Autosave, Op, SaveProblem, Snapshot};
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
    /// The state to start from (tests give one; [`mount`] builds it from the browser).
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
}

fn item_count() -> u8 {
    checklist().items.len() as u8
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

    let in_element = props.env.in_element;

    // Follow the URL fragment: links, back/forward and typed URLs all arrive here. Inside a
    // host page's element, links between screens are caught on the app's root instead.
    let root = use_node_ref();
    {
        let (dispatch, root) = (dispatch.clone(), root.clone());
        use_effect_with((), move |_| {
            let inside = root
                .cast::<web_sys::Element>()
                .filter(|_| in_element)
                .map(|root| {
                    let dispatch = dispatch.clone();
                    platform::host::intercept_links(&root, move |fragment| {
                        dispatch.emit(Action::Navigate(Route::from_fragment(
                            &fragment,
                            item_count(),
                        )));
                    })
                });
            let dispatch = dispatch.clone();
            let listener = (!in_element).then(|| {
                platform::location::on_fragment_change(move |fragment| {
                    dispatch.emit(match crate::route::code_in(&fragment) {
                        Some(code) => Action::OpenCode(code.to_owned()),
                        None => Action::Navigate(Route::from_fragment(&fragment, item_count())),
                    });
                })
            });
            move || drop((listener, inside))
        });
    }

    // Someone typing into the prerendered start screen carries on in the same field.
    {
        let (focus_id, root) = (props.focus_id.clone(), root.clone());
        use_effect_with((), move |_| {
            if let (Some(id), Some(root)) = (focus_id, root.cast::<web_sys::Element>()) {
                platform::document::focus_within(&root, &format!("#{id}"));
            }
        });
    }

    let area = Area::new(props.env.namespace.as_deref());

    // Keep an offline copy, and say when a newer version has taken over.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = platform::offline::register(move || dispatch.emit(Action::NewVersion));
            move || drop(listener)
        });
    }

    // What autosave knows is stored (as this instance last wrote or saw it), starting from
    // what was loaded; other writers' changes are merged against it. `source` tells this
    // instance's writes apart from other embeds' on the same page.
    let autosave = {
        let (initial, texts) = (
            props.initial.assessments.clone(),
            props.stored_texts.clone(),
        );
        use_mut_ref(move || Autosave::primed(&initial, &texts))
    };
    let source = use_memo((), |_| {
        // Distinct for every instance the page's one wasm module mounts.
        static INSTANCES: AtomicUsize = AtomicUsize::new(0);
        format!("app-{}", INSTANCES.fetch_add(1, Ordering::Relaxed))
    });

    // Follow other tabs and embeds: what they save or delete shows up here at once, merged
    // with what is being edited here.
    {
        let (dispatch, area, autosave, source) = (
            dispatch.clone(),
            area.clone(),
            autosave.clone(),
            source.clone(),
        );
        use_effect_with((), move |_| {
            let listener = platform::storage::on_change(&source, move |key, value| {
                let known: Vec<&str> = checklist().item_ids().collect();
                if let Some(change) = persist::external_change(&area, key, value, &known) {
                    let base = autosave.borrow().base(&change.id).cloned();
                    autosave
                        .borrow_mut()
                        .saw(&change.id, value, change.assessment.as_ref());
                    dispatch.emit(Action::External {
                        id: change.id,
                        assessment: change.assessment,
                        base,
                    });
                }
            });
            move || drop(listener)
        });
    }

    let asked_to_keep = use_mut_ref(|| false);
    // Autosave: carry out persist's plan for what changed since the last write, take in
    // what it merged, and report the outcome (which shows as "saved" or as a warning).
    {
        let (dispatch, area, source) = (dispatch.clone(), area.clone(), source.clone());
        let asked_to_keep = asked_to_keep.clone();
        use_effect_with(
            (
                state.assessments.clone(),
                state.lang,
                state.current.clone(),
                state.last_export.clone(),
                state.hold_saving,
            ),
            move |(assessments, lang, current, last_export, hold)| {
                let now = Snapshot {
                    assessments,
                    lang: *lang,
                    current,
                    last_export: last_export.as_deref(),
                    hold: *hold,
                };
                let known: Vec<&str> = checklist().item_ids().collect();
                let mut autosave = autosave.borrow_mut();
                let plan = autosave.plan(
                    &area,
                    now,
                    checklist().stamp(),
                    &known,
                    platform::storage::get,
                );
                if plan.steps.is_empty() && plan.blocked.is_empty() {
                    return;
                }
                let mut problem = (!plan.blocked.is_empty()).then_some(SaveProblem::OtherVersion);
                let mut adopted = Vec::new();
                for mut step in plan.steps {
                    match platform::storage::apply(&step.op, &source) {
                        Ok(()) => {
                            // Once a check is stored, ask the browser to keep it (once a visit).
                            if matches!(&step.op, Op::Set { key, .. } if area.assessment_id(key).is_some())
                                && !asked_to_keep.replace(true)
                            {
                                platform::storage::ask_to_keep();
                            }
                            adopted.extend(step.adopt.take());
                            autosave.done(step);
                        }
                        Err(p) => problem = problem.or(Some(p)),
                    }
                }
                drop(autosave);
                for (merged, ours) in adopted {
                    dispatch.emit(Action::External {
                        id: merged.id.clone(),
                        assessment: Some(merged),
                        base: Some(ours),
                    });
                }
                dispatch.emit(Action::Saved(problem));
            },
        );
    }

    // What this app keeps on the device, listed on "My checks": read after each change
    // while that screen is open.
    let stored_keys = use_state(Vec::<(String, usize)>::new);
    {
        let (stored_keys, area) = (stored_keys.clone(), area.clone());
        use_effect_with(
            (state.route, state.assessments.clone()),
            move |(route, _)| {
                if *route == Route::Assessments {
                    let entries = platform::storage::entries().unwrap_or_default();
                    stored_keys.set(persist::our_keys(&area, &entries));
                }
            },
        );
    }
    let delete_all = {
        let (dispatch, area, source) = (dispatch.clone(), area.clone(), source.clone());
        Callback::from(move |()| {
            let entries = platform::storage::entries().unwrap_or_default();
            let removed = persist::plan_delete_all(&area, &entries)
                .into_iter()
                .filter(|op| platform::storage::apply(op, &source).is_ok())
                .filter_map(|op| match op {
                    persist::Op::Remove { key } => Some(key),
                    _ => None,
                })
                .collect();
            // The list above is read again: the new fresh check changes the checks.
            dispatch.emit(Action::DataDeleted {
                keys: removed,
                fresh_id: platform::document::random_id(),
            });
        })
    };

    // While changes cannot be saved, leaving the page asks first (the answers exist only
    // here until exported).
    use_effect_with(state.save_problem, |problem| {
        let guard = problem.and_then(|_| platform::document::confirm_before_leaving());
        move || drop(guard)
    });

    // A file dropped beside a drop zone must not replace the app (on a page of its own; a
    // host page's drops are the host's).
    use_effect_with((), move |_| {
        let guard = (!in_element)
            .then(platform::document::keep_dropped_files_in_page)
            .flatten();
        move || drop(guard)
    });

    // Any stored value, saved as a file as it is: data set aside, or left by another version
    // of the tool, can be kept and imported elsewhere.
    let download_key = {
        let today = props.env.today.clone();
        Callback::from(move |key: String| {
            if let Some(value) = platform::storage::get(&key) {
                let tail = key.rsplit(':').next().unwrap_or("saved-data");
                let name = crate::export::file_name(&format!("saved-{tail}"), &today, "json");
                let _ = platform::files::download(&name, "application/json", &value);
            }
        })
    };

    // Keep <html lang> and the title in step (on a page of its own; a host page's are its own).
    use_effect_with(state.lang, move |lang| {
        if !in_element {
            platform::document::set_language_and_title(*lang, ui(*lang).app_title);
        }
    });

    // The address bar shows the screen, also when a button (not a link) changed it.
    use_effect_with(state.route, move |route| {
        let shown = Route::from_fragment(&platform::location::fragment(), item_count());
        if !in_element && shown != *route {
            platform::location::show(&route.to_fragment());
        }
    });

    // Move focus to the new screen's heading when the screen changes (not on first load),
    // so keyboard and screen-reader users start at the top of what they asked for.
    {
        let (first, root) = (use_mut_ref(|| true), root.clone());
        use_effect_with(state.route, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                if let Some(root) = root.cast::<web_sys::Element>() {
                    platform::document::focus_within(&root, &format!("#{SCREEN_HEADING_ID}"));
                }
            }
        });
    }

    let lang = state.lang;
    // Where a returning user looks first, not while answering.
    let copy_reminder = matches!(
        state.route,
        Route::Start | Route::Assessments | Route::Results
    )
    .then(|| {
        persist::copy_reminder(
            &state.assessments,
            state.last_export.as_deref(),
            &props.env.today,
        )
    })
    .flatten();
    // The check as scored and shown (an answer an item no longer offers counts as none);
    // the item screen gets it as stored, so it can say so.
    let current = checklist().effective(state.current()).into_owned();
    // Screens without hooks are functions (a component type each would cost the wasm its
    // own copy of Yew's lifecycle code); each screen's root carries a key, so one screen's
    // elements are replaced by the next screen's, never patched into them.
    let screen = match state.route {
        Route::Start => html! {
            { start_screen(&StartProps { lang, assessment: current.clone(), on_action: dispatch.clone() }) }
        },
        Route::Overview => html! {
            { overview_screen(&OverviewProps { lang, assessment: current.clone() }) }
        },
        Route::Item(number) => html! {
            { item_screen(&ItemProps { lang, number, assessment: state.current().clone(), on_action: dispatch.clone() }) }
        },
        Route::Results => html! {
            { results_screen(&ResultsProps {
                lang,
                assessment: current.clone(),
                env: props.env.clone(),
                last_export: state.last_export.clone(),
                on_action: dispatch.clone(),
            }) }
        },
        Route::Assessments => html! {
            { assessments_screen(&AssessmentsProps {
                lang,
                assessments: state.assessments.clone(),
                current: state.current.clone(),
                today: props.env.today.clone(),
                stored_keys: (*stored_keys).clone(),
                on_delete_all: delete_all,
                on_download: download_key,
                incoming_code: state.incoming_code.clone(),
                on_action: dispatch.clone(),
            }) }
        },
        Route::Class => html! {
            <ClassScreen {lang} today={props.env.today.clone()} tool_url={props.env.tool_url.clone()} />
        },
        Route::Compare => html! {
            <CompareScreen {lang} assessments={state.assessments.clone()} current={state.current.clone()} />
        },
    };

    html! {
        <div ref={root.clone()} class={classes!("app", props.env.compact.then_some("compact"))} lang={lang.code()}>
            <a class="skip-link" href={format!("#{MAIN_ID}")} onclick={skip_to_main(root)}>
                { ui(lang).skip_to_content }
            </a>
            { header(&HeaderProps {
                lang,
                route: state.route,
                assessment: current,
                save_problem: state.save_problem,
                on_action: dispatch.clone(),
            }) }
            { status_banner(&StatusProps {
                lang,
                save_problem: state.save_problem,
                notice: state.notice.clone(),
                assessments: state.assessments.clone(),
                today: props.env.today.clone(),
                copy_reminder,
                on_action: dispatch,
            }) }
            <main id={MAIN_ID} class="main" tabindex="-1">{ screen }</main>
            { footer(&FooterProps { lang }) }
        </div>
    }
}

/// The skip link must not change the fragment (which holds the route), so it moves focus
/// itself instead of following `#main`.
fn skip_to_main(root: NodeRef) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if let Some(root) = root.cast::<web_sys::Element>() {
            platform::document::focus_within(&root, &format!("#{MAIN_ID}"));
        }
    })
}
