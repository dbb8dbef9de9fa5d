//! Copying text to the clipboard.

use wasm_bindgen_futures::JsFuture;

/// Why text could not be copied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClipboardError {
    /// The browser offers no clipboard here (an insecure page, an old browser).
    Unavailable,
    /// The browser refused (no permission, the page was not focused).
    Refused,
}

/// Puts `text` on the clipboard.
pub async fn copy(text: &str) -> Result<(), ClipboardError> {
    let window = web_sys::window().ok_or(ClipboardError::Unavailable)?;
    let clipboard = window.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ClipboardError::Refused)
}
