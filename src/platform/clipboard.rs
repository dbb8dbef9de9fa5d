//! Copying text to the clipboard.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why text could not be copied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClipboardError {
    /// The browser offers no clipboard here (a page over plain http, an old browser).
    Unavailable,
    /// The browser refused (no permission, the page was not focused).
    Refused,
}

/// Puts `text` on the clipboard. Never throws: where `navigator.clipboard` is missing (any
/// page served over plain http) it says so instead.
pub async fn copy(text: &str) -> Result<(), ClipboardError> {
    let window = web_sys::window().ok_or(ClipboardError::Unavailable)?;
    let navigator = window.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .ok_or(ClipboardError::Unavailable)?;
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ClipboardError::Refused)
}

/// Selects all the text of a field, so the user can copy it by hand.
pub fn select(field: &web_sys::Element) {
    if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.select();
    } else if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        input.select();
    }
}
