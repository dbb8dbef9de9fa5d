//! Fetching one of the tool's own files: the checklist's English (see
//! `crate::content::english`). Only ever an address in the tool's own folder, which the
//! page's policy (`connect-src 'self'`) and the service worker's cache both cover.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The JSON array of strings at `url`; `None` when it cannot be had (offline and not
/// cached, a host that does not serve it, anything but an array of strings).
pub async fn strings(url: &str) -> Option<Vec<String>> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    let value = js_sys::JSON::parse(&text).ok()?;
    let array: js_sys::Array = value.dyn_into().ok()?;
    array.iter().map(|v| v.as_string()).collect()
}
