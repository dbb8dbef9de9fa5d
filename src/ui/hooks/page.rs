//! The document around the app, on a page of its own (a host page's document is the
//! host's): `<html lang>` and the title, the offline copy (not inside an LMS, which serves
//! the files) and news of a newer version, a
//! guard that asks before leaving while changes cannot be saved, and one that keeps a file
//! dropped beside a drop zone from replacing the app; plus the focus someone had on the
//! prerendered start screen.

use yew::prelude::*;

use crate::domain::Lang;
use crate::i18n::ui;
use crate::persist::SaveProblem;
use crate::platform;
use crate::state::Action;
use crate::ui::common::Env;

/// `focus_id`: the element to focus once drawn (where the user was on the prerendered copy).
#[hook]
pub fn use_page(
    lang: Lang,
    save_problem: Option<SaveProblem>,
    root: &NodeRef,
    focus_id: Option<AttrValue>,
    env: &Env,
    dispatch: &Callback<Action>,
) {
    let in_element = env.in_element;
    // Someone typing into the prerendered start screen carries on in the same field.
    {
        let root = root.clone();
        use_effect_with((), move |_| {
            if let (Some(id), Some(root)) = (focus_id, root.cast::<web_sys::Element>()) {
                platform::document::focus_within(&root, &format!("#{id}"));
            }
        });
    }

    // Keep an offline copy, and say when a newer version has taken over. Not inside an LMS
    // (the LMS serves the files), nor where the site turned it off (the service worker then
    // removes itself and its copy when it sees the site's file).
    {
        let (dispatch, lms) = (dispatch.clone(), env.lms);
        let offline = env.site.as_ref().is_none_or(|s| s.offline);
        use_effect_with((), move |_| {
            let listener = (!lms && offline)
                .then(|| platform::offline::register(move || dispatch.emit(Action::NewVersion)))
                .flatten();
            move || drop(listener)
        });
    }

    // While changes cannot be saved, leaving the page asks first (the answers exist only
    // here until exported).
    use_effect_with(save_problem, |problem| {
        let guard = problem.and_then(|_| platform::document::confirm_before_leaving());
        move || drop(guard)
    });

    // A file dropped beside a drop zone must not replace the app (a host page's drops are
    // the host's).
    use_effect_with((), move |_| {
        let guard = (!in_element)
            .then(platform::document::keep_dropped_files_in_page)
            .flatten();
        move || drop(guard)
    });

    use_effect_with(lang, move |lang| {
        if !in_element {
            platform::document::set_language_and_title(*lang, ui(*lang).app_title);
        }
    });
}
