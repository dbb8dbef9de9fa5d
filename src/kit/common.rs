//! What both pages' screens share: the ids other parts rely on, the screen heading that
//! keeps the focus contract, the skip link, and the small text helpers for sections,
//! scores, names and dates.

use yew::prelude::*;

use crate::content::{checklist, Section};
use crate::domain::{Lang, Score};
use crate::i18n::{ui, Ui};

/// Id of each screen's main heading, which receives focus when the screen changes.
pub const SCREEN_HEADING_ID: &str = "screen-heading";
/// Id of the main region, the skip link's target.
pub const MAIN_ID: &str = "main";
pub use crate::names::PRERENDERED_ID;

/// A screen's `<h1>`: the one element the app focuses when the screen changes (see the
/// root), so keyboard and screen-reader users start at the top of what they asked for.
/// Every screen uses this rather than writing the id and `tabindex` by hand.
pub fn screen_heading(children: Html) -> Html {
    html! {
        <h1 id={SCREEN_HEADING_ID} tabindex="-1">{ children }</h1>
    }
}

/// The skip link, first on every page: it moves focus to the main content itself, as the
/// fragment holds the screen and must not change.
pub fn skip_link(t: &Ui, root: NodeRef) -> Html {
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if let Some(root) = root.cast::<web_sys::Element>() {
            crate::platform::document::focus_within(&root, &format!("#{MAIN_ID}"));
        }
    });
    html! {
        <a class="skip-link" href={format!("#{MAIN_ID}")} {onclick}>{ t.skip_to_content }</a>
    }
}

/// A link to another part of the same screen (the element with `id`, focusable with
/// `tabindex="-1"`): it moves focus there, and so scrolls to it, without touching the
/// fragment, which holds the screen (a plain `#id` link would leave the screen).
pub fn jump_link(id: &'static str, class: &'static str, text: Html) -> Html {
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        let root = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|t| t.closest(".app").ok().flatten());
        if let Some(root) = root {
            crate::platform::document::focus_within(&root, &format!("#{id}"));
        }
    });
    html! {
        <a {class} href={format!("#{id}")} {onclick}>{ text }</a>
    }
}

/// "I. 選択するときのポイント"
pub fn section_title(section: &Section, lang: Lang) -> String {
    (ui(lang).section_label)(&section.id, section.title.get(lang))
}

/// "68%", or a dash when nothing can be scored.
pub fn percent_text(t: &Ui, score: &Score) -> String {
    score.percent().map_or(t.not_scored.to_owned(), t.percent)
}

/// "38 点 / 56 点", or a dash when nothing can be scored.
pub fn points_text(t: &Ui, score: &Score) -> String {
    if score.max > 0 {
        (t.score_line)(score.points, score.max)
    } else {
        t.not_scored.to_owned()
    }
}

/// When the explanations were last reviewed, the content's version and the tool's, as the
/// start screen, the footer and the printed report say it.
pub fn reviewed_line(t: &Ui) -> String {
    let c = checklist();
    (t.content_reviewed)(&c.reviewed, &c.content_version, crate::VERSION)
}

/// " (Guide to the safe use …)": the English gloss that follows IPA's Japanese title of the
/// guide on screens in other languages; nothing in Japanese.
pub fn source_gloss(lang: Lang) -> String {
    match lang {
        Lang::Ja => String::new(),
        _ => format!(" ({})", crate::content::checklist().source.title.get(lang)),
    }
}

/// The date part of an ISO 8601 timestamp.
pub fn date(timestamp: &str) -> &str {
    timestamp.get(..10).unwrap_or(timestamp)
}

/// `text` as shown on a page in `lang`: on an English page, each run of Japanese in it (the
/// titles of IPA's documents in their own words) marked `lang="ja"`, so that a screen reader
/// reads it in Japanese (WCAG 3.1.2). A Japanese page's text is given as it is.
pub fn marked_japanese(text: &str, lang: Lang) -> Html {
    if lang == Lang::Ja {
        return Html::from(text.to_owned());
    }
    let japanese = |c: char| matches!(c, '\u{3000}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}');
    let mut runs: Vec<(bool, String)> = Vec::new();
    for c in text.chars() {
        match runs.last_mut() {
            Some((ja, run)) if *ja == japanese(c) => run.push(c),
            _ => runs.push((japanese(c), c.to_string())),
        }
    }
    html! {
        { for runs.into_iter().map(|(ja, run)| if ja {
            html! { <span lang="ja">{ run }</span> }
        } else {
            Html::from(run)
        }) }
    }
}
