//! The root component: owns the one reducer, keeps the URL fragment and the document in
//! step with the state, and picks the screen.

use std::rc::Rc;

use yew::prelude::*;

use super::footer::Footer;
use super::header::Header;
use super::item::ItemScreen;
use super::overview::OverviewScreen;
use super::results::{Env, ResultsScreen};
use super::start::StartScreen;
use crate::content::checklist;
use crate::i18n::ui;
use crate::platform;
use crate::route::Route;
use crate::state::{Action, AppState};

/// Id of each screen's main heading, which receives focus when the screen changes.
pub const SCREEN_HEADING_ID: &str = "screen-heading";
/// Id of the main region, the skip link's target.
pub const MAIN_ID: &str = "main";

/// Yew's adapter for the pure reducer in [`crate::state`].
#[derive(PartialEq)]
struct Store(AppState);

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.reduce(action);
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
}

/// Mounts the app into the page's `<body>`, starting from the URL and the saved language.
pub fn mount() {
    let item_count = checklist().items.len() as u8;
    let lang = platform::storage::load_lang().unwrap_or_default();
    let route = Route::from_fragment(&platform::location::fragment(), item_count);
    let env = Env {
        today: platform::document::today(),
        tool_url: platform::document::tool_url(),
    };
    yew::Renderer::<App>::with_props(AppProps {
        initial: AppState::new(lang, route),
        env,
    })
    .render();
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

    // Follow the URL fragment: links, back/forward and typed URLs all arrive here.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let item_count = checklist().items.len() as u8;
            let listener = platform::location::on_fragment_change(move |fragment| {
                dispatch.emit(Action::Navigate(Route::from_fragment(
                    &fragment, item_count,
                )));
            });
            move || drop(listener)
        });
    }

    // Keep <html lang> and the title in step, and remember the choice.
    use_effect_with(state.lang, |lang| {
        platform::document::set_language_and_title(*lang, ui(*lang).app_title);
        // A refused write only means the choice is not remembered next time; the app
        // works the same, so there is nothing to tell the user here.
        let _ = platform::storage::save_lang(*lang);
    });

    // Move focus to the new screen's heading when the screen changes (not on first load),
    // so keyboard and screen-reader users start at the top of what they asked for.
    {
        let first = use_mut_ref(|| true);
        use_effect_with(state.route, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                platform::document::focus_by_id(SCREEN_HEADING_ID);
            }
        });
    }

    let lang = state.lang;
    let screen = match state.route {
        Route::Start => html! {
            <StartScreen {lang} assessment={state.assessment.clone()} on_action={dispatch.clone()} />
        },
        Route::Overview => html! {
            <OverviewScreen {lang} assessment={state.assessment.clone()} />
        },
        Route::Item(number) => html! {
            <ItemScreen {lang} {number} assessment={state.assessment.clone()} on_action={dispatch.clone()} />
        },
        Route::Results => html! {
            <ResultsScreen {lang} assessment={state.assessment.clone()} env={props.env.clone()} />
        },
    };

    html! {
        <div class="app" lang={lang.code()}>
            <a class="skip-link" href={format!("#{MAIN_ID}")} onclick={skip_to_main()}>
                { ui(lang).skip_to_content }
            </a>
            <Header {lang} route={state.route} assessment={state.assessment.clone()} on_action={dispatch} />
            <main id={MAIN_ID} class="main" tabindex="-1">{ screen }</main>
            <Footer {lang} />
        </div>
    }
}

/// The skip link must not change the fragment (which holds the route), so it moves focus
/// itself instead of following `#main`.
fn skip_to_main() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        platform::document::focus_by_id(MAIN_ID);
    })
}
