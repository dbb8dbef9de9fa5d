//! The wasm parts the screens after the answers are in (see [`crate::ui::parts`]): when the
//! screen shown needs a part that is not here yet, it is fetched, and the screen is drawn
//! once it comes; if it cannot be had, the screen says so with a button to try again (the
//! answers are in memory and in storage as before: nothing waits on the part but the
//! screen itself).

use yew::prelude::*;

use crate::kit::common::SCREEN_HEADING_ID;
use crate::platform;
use crate::route::Route;
use crate::ui::parts::{self, Part};

/// What the root needs to draw a screen whose part is not here.
#[derive(Clone, PartialEq)]
pub struct PartsHandle {
    /// The part that could not be fetched, if the last try failed.
    pub failed: Option<Part>,
    /// Tries again.
    pub retry: Callback<MouseEvent>,
}

#[hook]
pub fn use_parts(route: Route, root: &NodeRef) -> PartsHandle {
    let failed = use_state_eq(|| None::<Part>);
    let tries = use_state(|| 0u32);
    // How many parts came after a wait, and whether the last one came for a screen the user
    // moved to (not the one the page opened at).
    let arrived = use_state(|| (0u32, false));
    let opened = use_mut_ref(|| true);
    {
        let failed = failed.clone();
        let arrived = arrived.clone();
        use_effect_with((Part::of(route), *tries), move |(part, _)| {
            let moved = !std::mem::replace(&mut *opened.borrow_mut(), false);
            // A new try, or a screen that needs no part: what failed before is not shown
            // again (coming back to the screen draws its line while the part comes, then its
            // answer, not the old message first and the line after it).
            failed.set(None);
            if let Some(part) = *part {
                if !parts::is_here(part) {
                    parts::fetch(part, move |came| {
                        if came {
                            arrived.set((arrived.0 + 1, moved));
                        } else {
                            failed.set(Some(part));
                        }
                    });
                }
            }
        });
    }
    // A screen the user moved to, drawn after a wait, takes the focus its placeholder's
    // heading had (which went to the page with the placeholder), as any new screen does.
    {
        let root = root.clone();
        use_effect_with(*arrived, move |(count, moved)| {
            if *count > 0 && *moved && platform::document::focus_is_on_page() {
                if let Some(root) = root.cast::<web_sys::Element>() {
                    platform::document::focus_within(&root, &format!("#{SCREEN_HEADING_ID}"));
                }
            }
        });
    }
    // The parts come once the owner moves on from the first screen: it is drawn, the page's
    // start-up is over, and fifteen items lie ahead (the service worker, where there is one,
    // has fetched them too; then this costs no network).
    let first_screen = use_mut_ref(|| Some(route));
    use_effect_with(route, move |route| {
        let mut first = first_screen.borrow_mut();
        if first.is_some_and(|first| first != *route) {
            *first = None;
            for part in Part::ALL {
                parts::fetch(part, |_| {});
            }
        }
    });
    let retry = Callback::from(move |_: MouseEvent| tries.set(*tries + 1));
    PartsHandle {
        failed: *failed,
        retry,
    }
}
