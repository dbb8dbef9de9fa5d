//! The URL fragment, which holds the current screen (see [`crate::route`]).

use gloo_events::EventListener;

/// The current fragment, including the `#`, or an empty string.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Calls `on_change` with the new fragment whenever it changes (links, back and forward).
/// The listener is removed when the returned value is dropped.
pub fn on_fragment_change(on_change: impl Fn(String) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "hashchange", move |_| {
        on_change(fragment())
    }))
}

/// Puts `fragment` in the address bar (adding a history entry), so screens reached by a
/// button can be bookmarked and left with "back" like links.
pub fn show(fragment: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(fragment);
    }
}

/// The query string (`?lang=en&…`), or an empty string.
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}
