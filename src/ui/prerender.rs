//! Build-time HTML for index.html (native only): the start screen exactly as the app first
//! shows it, so people read it before the wasm has arrived, and, for browsers without
//! JavaScript, the checklist itself with a note that answering needs JavaScript.
//!
//! `src/bin/prerender.rs` prints [`body`]; `tools/post-build.mjs` puts it into the release
//! build's index.html. The app removes the prerendered copy once it has drawn its own
//! (see [`super::app`]), taking over anything typed into it meanwhile.

use yew::prelude::*;
use yew::LocalServerRenderer;

use super::app::{App, AppProps};
use super::common::{section_title, Env, PRERENDERED_ID};
use crate::content::checklist;
use crate::domain::Lang;
use crate::i18n::ui;
use crate::kit::footer::{footer, FooterProps};
use crate::route::Route;
use crate::state::AppState;

/// The markup for `<body>` in `lang`: the prerendered start screen, hidden by style.css when
/// scripting is off, a loading line shown instead of it when the app will open elsewhere,
/// and a `<noscript>` page with the checklist in every language.
pub async fn body(lang: Lang) -> String {
    page_body(lang, Env::default()).await
}

/// The same for the SCORM package's page, as it first shows inside a course's LMS (which is
/// told the results, as the start screen then says).
pub async fn lms_body(lang: Lang) -> String {
    page_body(
        lang,
        Env {
            lms: true,
            ..Env::default()
        },
    )
    .await
}

async fn page_body(lang: Lang, env: Env) -> String {
    let app = LocalServerRenderer::<App>::with_props(AppProps {
        initial: AppState::new(lang, Route::Start),
        env: env.clone(),
        focus_id: None,
        stored_texts: Default::default(),
        lms: None,
    })
    .hydratable(false)
    .render()
    .await;
    let no_script = LocalServerRenderer::<NoScriptPage>::with_props(NoScriptProps { lang })
        .hydratable(false)
        .render()
        .await;
    // Shown instead of the start screen while the app loads when the page was opened on
    // another screen or in another language (page/choose.js decides).
    let loading = Lang::ALL
        .into_iter()
        .map(|l| format!(r#"<span lang="{}">{}</span>"#, l.code(), ui(l).loading))
        .collect::<Vec<_>>()
        .join(" / ");
    format!(
        r#"<div id="{PRERENDERED_ID}" class="prerendered"><main class="prerender-loading"><h1>{loading}</h1></main>{app}</div><noscript>{no_script}</noscript>"#
    )
}

/// The markup for the trainer page's `<body>`: a loading line until its app is up, and a
/// `<noscript>` note in every language.
pub fn trainer_body() -> String {
    let loading = Lang::ALL
        .into_iter()
        .map(|l| format!(r#"<span lang="{}">{}</span>"#, l.code(), ui(l).loading))
        .collect::<Vec<_>>()
        .join(" / ");
    let notes = Lang::ALL
        .into_iter()
        .map(|l| {
            format!(
                r#"<p lang="{}">{}</p>"#,
                l.code(),
                crate::i18n::trainer_ui(l).noscript_note
            )
        })
        .collect::<String>();
    format!(
        r#"<div id="{PRERENDERED_ID}" class="prerendered always-loading"><main class="prerender-loading"><h1>{loading}</h1></main></div><noscript><main class="main no-script">{notes}</main></noscript>"#
    )
}

#[derive(Properties, PartialEq)]
pub struct NoScriptProps {
    pub lang: Lang,
}

/// What a browser without JavaScript shows: what this is, that answering needs JavaScript
/// (also to readers of the other languages), and IPA's 15 items to read through, in `lang`.
#[component]
pub fn NoScriptPage(props: &NoScriptProps) -> Html {
    let lang = props.lang;
    let t = ui(lang);
    html! {
        <div class="app no-script" lang={lang.code()}>
            <main class="main">
                <div class="screen">
                    <h1>{ t.app_title }</h1>
                    <p class="lead">{ t.start_lead }</p>
                    <p class="notice">{ t.noscript_note }</p>
                    { for Lang::ALL.into_iter().filter(|l| *l != lang).map(|other| html! {
                        <p class="notice no-script-other" lang={other.code()}>{ ui(other).noscript_other }</p>
                    }) }
                    <ItemList {lang} />
                </div>
            </main>
            { footer(&FooterProps { lang, trainer_page: Some(Env::default().trainer_page()), lms: false, site: None }) }
        </div>
    }
}

/// The three sections with each item's title and question.
#[component]
fn ItemList(props: &NoScriptProps) -> Html {
    let lang = props.lang;
    let c = checklist();
    html! {
        { for c.sections.iter().map(|section| {
            let items: Vec<_> = c.items_in(&section.id).collect();
            let start = items.first().map_or(1, |i| i.number).to_string();
            html! {
                <section class="section-block">
                    <h2>{ section_title(section, lang) }</h2>
                    <ol class="no-script-items" {start}>
                        { for items.iter().map(|item| html! {
                            <li>
                                <p class="item-title">{ item.title.get(lang) }</p>
                                <p>{ item.question.get(lang) }</p>
                            </li>
                        }) }
                    </ol>
                </section>
            }
        }) }
    }
}
