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
    // Links, back/forward and typed URLs all arrive here. Inside a host page's element,
    // links between screens are caught on the app's root instead.
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
            let listener = (!in_element).then(|| {
                platform::location::on_fragment_change(move |fragment| {
                    dispatch.emit(match route::code_in(&fragment) {
                        Some(code) => Action::OpenCode(code.to_owned()),
                        None => Action::Navigate(Route::from_fragment(&fragment, item_count())),
                    });
                })
            });
            move || drop((listener, inside))
        });
    }

    // The address bar shows the screen, also when a button (not a link) changed it.
    use_effect_with(route, move |route| {
        let shown = Route::from_fragment(&platform::location::fragment(), item_count());
        if !in_element && shown != *route {
            platform::location::show(&route.to_fragment());
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
