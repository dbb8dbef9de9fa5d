//! The trainer's page (`trainer.html`, a wasm of its own: `src/bin/trainer.rs`): set up a
//! course (its participant link, the link's QR code, the snippets to embed the tool), show
//! the QR code large for a projector or print, and the class overview of participants'
//! files and codes. It shares the participants' pieces (`ui::common`, `ui::copy`,
//! `ui::file_drop`, `ui::chart`, `ui::footer`); nothing of the participants' page imports
//! anything from here, so their wasm carries none of it.
//!
//! The set-up is kept in the trainer's own browser (`course::SETUP_KEY`) and nowhere else.

mod class;
mod qr;
mod setup;

use std::rc::Rc;

use yew::prelude::*;

use crate::course::{self, Setup, TrainerScreen, SETUP_KEY};
use crate::domain::site::Site;
use crate::domain::Lang;
use crate::embed::EmbedConfig;
use crate::i18n::{trainer_ui, ui};
use crate::kit::common::{screen_heading, skip_link, MAIN_ID, SCREEN_HEADING_ID};
use crate::kit::footer::{footer, FooterProps};
use crate::names::PRERENDERED_ID;
use crate::persist::Op;
use crate::platform;

pub use class::{ClassProps, ClassScreen};
pub use setup::{SetupProps, SetupScreen};

/// Where the trainer page remembers the language it was last shown in.
const LANG_KEY: &str = "ipa-cloud-check:trainer:v1:lang";

#[derive(Properties, PartialEq)]
pub struct TrainerProps {
    pub lang: Lang,
    pub screen: TrainerScreen,
    pub setup: Setup,
    /// The tool's folder (ending in `/`): where the participants' page is.
    pub base: String,
    /// Today, `YYYY-MM-DD`, for the names of exported files.
    pub today: String,
    /// The hosting site's details (`site.json`).
    pub site: Option<Rc<Site>>,
}

/// Mounts the trainer's page: in the language of `?lang=` (an old participants' link sent
/// here keeps it), else the one it was last shown in, with the set-up kept from last time.
pub fn mount() {
    let lang = EmbedConfig::from_query(&platform::location::query())
        .lang
        .or_else(|| platform::storage::get(LANG_KEY).and_then(|c| Lang::from_exact_code(&c)))
        .unwrap_or_default();
    let setup = platform::storage::get(SETUP_KEY)
        .map(|text| Setup::read(&text))
        .unwrap_or_default();
    let props = TrainerProps {
        lang,
        screen: TrainerScreen::from_fragment(&platform::location::fragment()),
        setup,
        base: course::folder(&platform::document::tool_url()),
        today: platform::document::today(),
        site: crate::kit::site::from_page(),
    };
    platform::document::in_next_task(move || {
        platform::document::remove(PRERENDERED_ID);
        yew::Renderer::<TrainerApp>::with_props(props).render();
    });
}

#[component]
pub fn TrainerApp(props: &TrainerProps) -> Html {
    let lang = use_state(|| props.lang);
    let screen = use_state(|| props.screen);
    let setup = use_state(|| props.setup.clone());
    // Whether the set-up could be kept in this browser (it works the same either way).
    let kept = use_state(|| true);
    let root = use_node_ref();

    // The offline copy: the participants' worker, which keeps this page's files too once it
    // has been opened, unless the site turned it off. (A newer version needs no notice
    // here: nothing is being answered.)
    let offline = props.site.as_ref().is_none_or(|s| s.offline);
    use_effect_with((), move |_| {
        let listener = offline
            .then(|| platform::offline::register(|| {}))
            .flatten();
        move || drop(listener)
    });
    // The address bar's fragment is the screen: links, back and forward arrive here.
    {
        let screen = screen.clone();
        use_effect_with((), move |_| {
            let listener = platform::location::on_fragment_change(move |fragment| {
                screen.set(TrainerScreen::from_fragment(&fragment));
            });
            move || drop(listener)
        });
    }
    // Focus goes to the new screen's heading when the screen changes (not on first load).
    {
        let (first, root) = (use_mut_ref(|| true), root.clone());
        use_effect_with(*screen, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                if let Some(root) = root.cast::<web_sys::Element>() {
                    platform::document::focus_within(&root, &format!("#{SCREEN_HEADING_ID}"));
                }
            }
        });
    }
    {
        let lang = *lang;
        use_effect_with(lang, move |lang| {
            platform::document::set_language_and_title(*lang, trainer_ui(*lang).page_title);
        });
    }
    // Keep the set-up (and the page's language) in this browser, and only here.
    {
        let kept = kept.clone();
        use_effect_with(((*setup).clone(), *lang), move |(setup, lang)| {
            let ops = [
                Op::Set {
                    key: SETUP_KEY.to_owned(),
                    value: setup.encode(),
                },
                Op::Set {
                    key: LANG_KEY.to_owned(),
                    value: lang.code().to_owned(),
                },
            ];
            kept.set(
                ops.iter()
                    .all(|op| platform::storage::apply(op, "trainer").is_ok()),
            );
        });
    }

    let l = *lang;
    let t = ui(l);
    let tt = trainer_ui(l);
    let switch = {
        let lang = lang.clone();
        Callback::from(move |_: MouseEvent| lang.set(lang.other()))
    };
    let on_setup = {
        let setup = setup.clone();
        Callback::from(move |next: Setup| setup.set(next))
    };
    let links = setup.links(&props.base, ui(setup.lang).app_title);
    // The participants' screen as the course's link opens it (its language, start and
    // storage), so that a trial run lands where the participants' own will.
    let open_tool = links
        .as_ref()
        .map_or_else(|| "./".to_owned(), |k| k.participant.clone());
    let screen_html = match *screen {
        TrainerScreen::Setup => html! {
            <SetupScreen lang={l} setup={(*setup).clone()} links={links.clone()} kept={*kept} on_change={on_setup} />
        },
        TrainerScreen::Qr => setup::qr_screen(l, &(*setup).clone(), links.as_ref()),
        TrainerScreen::Guide => guide_screen(l),
        TrainerScreen::Class => html! {
            <ClassScreen lang={l} today={props.today.clone()}
                course={course::course_id(&setup.id).unwrap_or_default()}
                tool_url={links.map_or_else(|| props.base.clone(), |k| k.participant)} />
        },
    };
    let current = |s: TrainerScreen| (*screen == s).then_some("page");
    html! {
        <div ref={root.clone()} class="app trainer" lang={l.code()}>
            { skip_link(t, root) }
            <header class="header no-print">
                <div class="header-bar">
                    <a class="app-title" href={TrainerScreen::Setup.to_fragment()}>{ tt.nav_label }</a>
                    <nav class="lang-switch" aria-label={t.lang_switch_label}>
                        <button type="button" class="lang-button" lang={l.other().code()} onclick={switch}>
                            { crate::i18n::lang_name(l.other()) }
                        </button>
                    </nav>
                </div>
                <nav class="header-meta trainer-nav" aria-label={tt.nav_label}>
                    <a href={TrainerScreen::Setup.to_fragment()} aria-current={current(TrainerScreen::Setup)}>{ tt.nav_setup }</a>
                    <a href={TrainerScreen::Class.to_fragment()} aria-current={current(TrainerScreen::Class)}>{ tt.nav_class }</a>
                    <a href={TrainerScreen::Guide.to_fragment()} aria-current={current(TrainerScreen::Guide)}>{ tt.nav_guide }</a>
                    <a href={open_tool}>{ tt.open_tool }</a>
                </nav>
            </header>
            <main id={MAIN_ID} class="main" tabindex="-1">{ screen_html }</main>
            { footer(&FooterProps { lang: l, trainer_page: None, lms: false, site: props.site.clone() }) }
        </div>
    }
}

/// Using the tool in an LMS: the package, Moodle's settings, what the course gets, the way
/// from the LMS's report to the class overview, and changes after completing.
pub fn guide_screen(lang: Lang) -> Html {
    let tt = trainer_ui(lang);
    html! {
        <div key="guide" class="screen guide">
            { screen_heading(html! { <>{ tt.guide_heading }</> }) }
            <p class="lead">{ tt.guide_lead }</p>
            { for tt.guide.iter().map(|part| html! {
                <section>
                    <h2>{ part.heading }</h2>
                    <p>{ part.lead }</p>
                    if !part.steps.is_empty() {
                        <ol>{ for part.steps.iter().map(|step| html! { <li>{ *step }</li> }) }</ol>
                    }
                </section>
            }) }
            <p class="hint">{ tt.guide_more }</p>
        </div>
    }
}
