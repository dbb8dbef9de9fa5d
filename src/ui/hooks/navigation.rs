//! Where the user is: the URL fragment (links, back and forward, typed addresses) or, inside
//! a host page's element, the app's own links; the address bar kept in step when a button
//! changes the screen; and focus moved to the new screen's heading, or to the message that
//! answers what the user did.

use yew::prelude::*;

use crate::content::checklist;
use crate::kit::common::SCREEN_HEADING_ID;
use crate::platform;
use crate::route::{self, Route};
use crate::state::{Action, Notice};

fn item_count() -> u8 {
    u8::try_from(checklist().items.len()).unwrap_or(u8::MAX)
}

/// `root` is the app's outermost element; `in_element`: mounted into a host page's element,
/// whose address bar is the host's.
#[hook]
pub fn use_navigation(
    route: Route,
    notice: Option<&Notice>,
    root: &NodeRef,
    in_element: bool,
    dispatch: &Callback<Action>,
) {
    // The fragment the app last took a screen from (or put in the address bar itself); read
    // when the app is first drawn in the browser (the prerender has no address bar).
    let seen = use_mut_ref(String::new);

    // Links, back/forward and typed URLs all arrive here. Inside a host page's element,
    // links between screens are caught on the app's root instead.
    {
        let (dispatch, root, seen) = (dispatch.clone(), root.clone(), seen.clone());
        use_effect_with((), move |_| {
            *seen.borrow_mut() = platform::location::fragment();
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
            let listener = (!in_element).then(|| {
                platform::location::on_fragment_change(move |fragment| {
                    seen.borrow_mut().clone_from(&fragment);
                    dispatch.emit(match route::code_in(&fragment) {
                        Some(code) => Action::OpenCode(code.to_owned()),
                        None => Action::Navigate(Route::from_fragment(&fragment, item_count())),
                    });
                })
            });
            move || drop((listener, inside))
        });
    }

    // The address bar shows the screen, also when a button (not a link) changed it. Not when
    // the address moved on since the app last took a screen from it (back, then forward at
    // once: this effect can run after the second step, before its hashchange arrives), which
    // would push the old screen over the forward entry; that hashchange brings its own screen.
    use_effect_with(route, move |route| {
        let fragment = platform::location::fragment();
        let shown = Route::from_fragment(&fragment, item_count());
        if !in_element && shown != *route && fragment == *seen.borrow() {
            let wanted = route.to_fragment();
            platform::location::show(&wanted);
            *seen.borrow_mut() = wanted;
        }
    });

    // The result of what the user did (a check deleted, a file imported) takes the focus
    // when the control they pressed went away with it, rather than leaving it nowhere (WCAG
    // 2.4.3): keyboard users go on from the message, with its undo button next.
    {
        let root = root.clone();
        let answers = notice.filter(|n| n.answers_the_user()).cloned();
        use_effect_with(answers, move |answers| {
            if answers.is_some() && platform::document::focus_is_on_page() {
                if let Some(root) = root.cast::<web_sys::Element>() {
                    platform::document::focus_within(&root, ".status-area .banner.notice");
                }
            }
        });
    }

    // Focus moves to the new screen's heading when the screen changes (not on first load),
    // so keyboard and screen-reader users start at the top of what they asked for.
    let first = use_mut_ref(|| true);
    let root = root.clone();
    use_effect_with(route, move |_| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            if let Some(root) = root.cast::<web_sys::Element>() {
                platform::document::focus_within(&root, &format!("#{SCREEN_HEADING_ID}"));
            }
        }
    });
}
