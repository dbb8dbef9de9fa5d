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

/// How long after the first screen the parts are fetched: past the page's own start-up work
/// (first paint, the first input), well before anyone has answered fifteen items.
const PREFETCH_AFTER_MS: u32 = 2_000;

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
            if let Some(part) = *part {
                if !parts::is_here(part) {
                    failed.set(None);
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
    // Once the first screen is drawn, the parts come while the owner reads and answers (the
    // service worker, where there is one, has fetched them too; then this costs no network).
    use_effect_with((), |_| {
        let later = gloo_timers::callback::Timeout::new(PREFETCH_AFTER_MS, || {
            for part in Part::ALL {
                parts::fetch(part, |_| {});
            }
        });
        move || drop(later)
    });
    let retry = Callback::from(move |_: MouseEvent| tries.set(*tries + 1));
    PartsHandle {
        failed: *failed,
        retry,
    }
}
