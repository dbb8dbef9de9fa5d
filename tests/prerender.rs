//! The HTML that release builds put into index.html (src/bin/prerender.rs): the start screen
//! as the app first draws it, and a no-JavaScript page with the whole checklist.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{at, count, render, visible_text};

use cloud_check::content::checklist;
use cloud_check::domain::Lang;
use cloud_check::i18n::ui;
use cloud_check::route::Route;
use cloud_check::ui::prerender::body;

/// The part of `html` between `start` and `end` (both excluded).
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).expect("start marker") + start.len();
    let to = from + html[from..].find(end).expect("end marker");
    &html[from..to]
}

#[tokio::test]
async fn the_prerendered_start_screen_is_the_one_the_app_draws_for_a_first_visit() {
    let html = body(Lang::Ja).await;
    let wrapper = between(
        &html,
        r#"<div id="cloud-check-prerendered" class="prerendered">"#,
        "<noscript>",
    );
    // A loading line (in every language) for when the app opens elsewhere, then the copy.
    let loading = between(wrapper, r#"<main class="prerender-loading"><h1>"#, "</h1>");
    for lang in Lang::ALL {
        assert!(visible_text(loading).contains(ui(lang).loading), "{lang:?}");
    }
    let copy =
        &wrapper[wrapper.find("</main>").expect("the loading line ends") + "</main>".len()..];
    // Identical markup, so nothing moves or changes when the app replaces it.
    let app = render(at(Lang::Ja, Route::Start)).await;
    assert_eq!(visible_text(copy), visible_text(&app));
    assert_eq!(count(copy, "<h1"), 1);
    assert!(visible_text(copy).contains(ui(Lang::Ja).start_heading));
    assert!(!html.contains("<script"), "no script to allow in the CSP");
}

#[tokio::test]
async fn without_javascript_the_page_lists_every_item_with_its_question_and_tells_english_readers_why(
) {
    let html = body(Lang::Ja).await;
    let page = between(&html, "<noscript>", "</noscript>");
    let text = visible_text(page);
    let c = checklist();
    assert!(text.contains(ui(Lang::Ja).noscript_note));
    for item in c.items.iter() {
        for s in [item.title.ja.as_ref(), item.question.ja.as_ref()] {
            assert_eq!(
                count(&text, &visible_text(s)),
                1,
                "item {}: {s:?}",
                item.number
            );
        }
    }
    // English readers are told, in English, that the tool needs JavaScript; the list is not
    // repeated in English (it would weigh on every first load).
    let english = between(page, r#"lang="en" class="notice no-script-other">"#, "</p>");
    assert_eq!(visible_text(english), ui(Lang::En).noscript_other);
    assert!(!text.contains(c.items[0].title.en.as_ref()));
    assert!(
        text.contains(&*c.source.title.ja),
        "attribution to IPA's guide"
    );
}
