//! Helpers shared by the native render tests.
#![allow(dead_code)]

use cloud_check::domain::Lang;
use cloud_check::route::Route;
use cloud_check::state::AppState;
use cloud_check::ui::{App, AppProps, Env};

/// A fixed "now" for reducer calls.
pub const NOW: &str = "2026-11-23T09:00:00.000Z";

/// The whole app rendered to HTML by Yew's server renderer, as the browser would first show it.
pub async fn render(state: AppState) -> String {
    render_in(state, Env::default()).await
}

/// As [`render`], with the page facts in `env` (today and the tool's address filled in).
pub async fn render_in(state: AppState, env: Env) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        initial: state,
        env: Env {
            today: "2026-11-23".into(),
            tool_url: "https://example.org/tools/cloud-check/".into(),
            ..env
        },
        focus_id: None,
        stored_texts: Default::default(),
        lms: None,
    })
    .hydratable(false)
    .render()
    .await
}

pub fn at(lang: Lang, route: Route) -> AppState {
    AppState::new(lang, route)
}

/// The text as a user reads it: tags dropped, entities decoded, whitespace folded.
pub fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(ch),
            _ => {}
        }
    }
    let out = out
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}
