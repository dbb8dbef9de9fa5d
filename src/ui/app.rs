//! The root component: owns the one reducer, keeps the URL fragment and the document in
//! step with the state, and picks the screen.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use super::assessments::AssessmentsScreen;
use super::class::ClassScreen;
use super::compare::CompareScreen;
use super::footer::Footer;
use super::header::Header;
use super::item::ItemScreen;
use super::overview::OverviewScreen;
use super::results::{Env, ResultsScreen};
use super::start::StartScreen;
use super::status::StatusBanner;
use crate::content::checklist;
use crate::domain::format::ContentStamp;
use crate::domain::{Assessment, Lang};
use crate::embed::EmbedConfig;
use crate::i18n::ui;
use crate::platform;
use crate::route::Route;
use crate::state::{Action, AppState, Notice};

/// Id of each screen's main heading, which receives focus when the screen changes.
pub const SCREEN_HEADING_ID: &str = "screen-heading";
/// Id of the main region, the skip link's target.
pub const MAIN_ID: &str = "main";
/// Id of the start screen that release builds carry in index.html (see `prerender`), shown
/// until the app has drawn its own.
pub const PRERENDERED_ID: &str = "cloud-check-prerendered";
/// Id of the start screen's field for the service's name.
pub const SERVICE_NAME_ID: &str = "service-name";

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
}

/// Mounts the app: into each `[data-cloud-check]` element of a host page if there are any,
/// otherwise as the whole page. Starts from the URL (or the element's settings) and from
/// what this device saved.
pub fn mount() {
    let hosts = platform::host::elements();
    if hosts.is_empty() {
        let config = EmbedConfig::from_query(&platform::location::query());
        platform::document::set_theme(config.theme.attribute());
        // A task of its own, apart from compiling the wasm. (Release builds fetch the wasm
        // only once the prerendered start screen is on screen: see scripts/post-build.mjs.)
        platform::document::in_next_task(move || mount_page(config));
        return;
    }
    for (n, host) in hosts.iter().enumerate() {
        let pairs = platform::host::settings(host);
        let mut config =
            EmbedConfig::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        // Two embeds on one site keep separate data unless told otherwise.
        if config.namespace.is_none() {
            let id = host.id();
            let fallback = format!("embed-{n}");
            let wanted = if id.is_empty() {
                fallback.as_str()
            } else {
                id.as_str()
            };
            config.namespace = EmbedConfig::from_pairs([("ns", wanted)])
                .namespace
                .or(Some(fallback.clone()));
        }
        if let Some(theme) = config.theme.attribute() {
            let _ = host.set_attribute("data-theme", theme);
        }
        let Some(container) = platform::host::prepare(host) else {
            continue;
        };
        let route = config.start.unwrap_or_default();
        let props = props_for(config, route, true);
        yew::Renderer::<App>::with_root_and_props(container, props).render();
    }
}

/// Mounts the app as the whole page.
fn mount_page(config: EmbedConfig) {
    platform::document::report_height_to_parent();
    let fragment = platform::location::fragment();
    let route = match config.start {
        Some(start) if fragment.trim_start_matches(['#', '/']).is_empty() => start,
        _ => Route::from_fragment(&fragment, item_count()),
    };
    let mut props = props_for(config, route, false);
    // Reading storage and drawing the app are separate tasks, so neither blocks input long.
    platform::document::in_next_task(move || {
        // Release builds show a prerendered start screen while the wasm loads. It goes now,
        // in the same task as the app's first drawing; what was typed into it stays.
        let taken = platform::document::take_prerendered(PRERENDERED_ID, SERVICE_NAME_ID);
        if let Some(name) = taken.value {
            if props.initial.current().service_name.is_empty() {
                let now = platform::document::now();
                props.initial = props.initial.reduce(Action::SetServiceName(name), &now);
            }
        }
        props.focus_id = taken.focused_id.map(AttrValue::from);
        yew::Renderer::<App>::with_props(props).render();
    });
}

/// The starting props for one instance of the app.
fn props_for(config: EmbedConfig, route: Route, in_element: bool) -> AppProps {
    let known: Vec<&str> = checklist().item_ids().collect();
    let now = platform::document::now();
    let loaded = platform::storage::Area::new(config.namespace.as_deref()).load(&known, &now);
    let mut initial = AppState::restore(
        // The host page's language wins at load; the user can still switch.
        config.lang.or(loaded.lang).unwrap_or_default(),
        route,
        loaded.assessments,
        loaded.current.as_deref(),
        &platform::document::random_id(),
        &now,
    );
    initial.save_problem = loaded.problem;
    if !loaded.set_aside.is_empty() {
        initial.notice = Some(Notice::CorruptSetAside {
            keys: loaded.set_aside,
        });
    }
    let env = Env {
        today: platform::document::today(),
        tool_url: platform::document::tool_url(),
        namespace: config.namespace,
        compact: config.compact,
        in_element,
    };
    AppProps {
        initial,
        env,
        focus_id: None,
    }
}

fn item_count() -> u8 {
    checklist().items.len() as u8
}

/// What the stored data is stamped with.
pub fn content_stamp() -> ContentStamp<'static> {
    let c = checklist();
    ContentStamp {
        content_version: &c.content_version,
        source_edition: &c.source.edition,
    }
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
                    dispatch.emit(Action::Navigate(Route::from_fragment(
                        &fragment,
                        item_count(),
                    )));
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

    let area = platform::storage::Area::new(props.env.namespace.as_deref());

    // Keep an offline copy, and say when a newer version has taken over.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = platform::offline::register(move || dispatch.emit(Action::NewVersion));
            move || drop(listener)
        });
    }

    // Follow other tabs: what they save or delete shows up here at once.
    {
        let (dispatch, area) = (dispatch.clone(), area.clone());
        use_effect_with((), move |_| {
            let known = checklist().item_ids().map(str::to_owned).collect();
            let listener = area.on_external_change(known, move |change| {
                dispatch.emit(Action::External {
                    id: change.id,
                    assessment: change.assessment,
                });
            });
            move || drop(listener)
        });
    }

    // Autosave: write each assessment that changed since the last write, remove deleted
    // ones, and report the outcome (which shows as "saved" or as a warning).
    {
        let (dispatch, area) = (dispatch.clone(), area.clone());
        // What was last written for each check (and in which language, which the stored
        // envelope records), so only checks that really changed are encoded and written.
        let written = use_mut_ref(BTreeMap::<String, (Assessment, Lang)>::new);
        use_effect_with(
            (
                state.assessments.clone(),
                state.lang,
                state.current.clone(),
                state.hold_saving,
            ),
            move |(assessments, lang, current, hold)| {
                if *hold {
                    return;
                }
                let mut written = written.borrow_mut();
                let mut problem = None;
                // A blank check (no name, answer or memo) is not worth storing.
                let worth: Vec<&Assessment> =
                    assessments.iter().filter(|a| !a.is_empty()).collect();
                for a in &worth {
                    if written
                        .get(&a.id)
                        .is_some_and(|(w, l)| w == *a && l == lang)
                    {
                        continue;
                    }
                    let encoded = platform::storage::encode(a, content_stamp(), *lang);
                    match area.save_assessment(&a.id, &encoded) {
                        Ok(()) => {
                            written.insert(a.id.clone(), ((*a).clone(), *lang));
                        }
                        Err(p) => problem = Some(p),
                    }
                }
                let gone: Vec<String> = written
                    .keys()
                    .filter(|id| !worth.iter().any(|a| &a.id == *id))
                    .cloned()
                    .collect();
                for id in gone {
                    match area.remove_assessment(&id) {
                        Ok(()) => {
                            written.remove(&id);
                        }
                        Err(p) => problem = Some(p),
                    }
                }
                let settings = if worth.is_empty() && *lang == Lang::default() {
                    area.clear_settings()
                } else {
                    area.save_settings(*lang, current)
                };
                if let Err(p) = settings {
                    problem = Some(p);
                }
                dispatch.emit(Action::Saved(problem));
            },
        );
    }

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
    let screen = match state.route {
        Route::Start => html! {
            <StartScreen {lang} assessment={state.current().clone()} on_action={dispatch.clone()} />
        },
        Route::Overview => html! {
            <OverviewScreen {lang} assessment={state.current().clone()} />
        },
        Route::Item(number) => html! {
            <ItemScreen {lang} {number} assessment={state.current().clone()} on_action={dispatch.clone()} />
        },
        Route::Results => html! {
            <ResultsScreen {lang} assessment={state.current().clone()} env={props.env.clone()} />
        },
        Route::Assessments => html! {
            <AssessmentsScreen {lang} assessments={state.assessments.clone()} current={state.current.clone()}
                today={props.env.today.clone()} namespace={props.env.namespace.clone()} on_action={dispatch.clone()} />
        },
        Route::Class => html! {
            <ClassScreen {lang} today={props.env.today.clone()} />
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
            <Header {lang} route={state.route} assessment={state.current().clone()}
                save_problem={state.save_problem} on_action={dispatch.clone()} />
            <StatusBanner {lang} save_problem={state.save_problem} notice={state.notice.clone()}
                assessments={state.assessments.clone()} today={props.env.today.clone()} on_action={dispatch} />
            <main id={MAIN_ID} class="main" tabindex="-1">{ screen }</main>
            <Footer {lang} />
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
