//! Files the user chooses: downloading an export, reading a file to import.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be saved or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileError {
    /// The browser refused (no document, blocked downloads, unreadable file).
    Refused,
}

/// How long a download's Blob URL stays valid after its click. Revoking it at once cancels
/// the download in some Safari and Firefox versions, which fetch the URL after `click()`
/// has returned; a minute is ample, and the Blob is small.
const KEEP_URL_MS: i32 = 60_000;

/// Offers `content` as a file download named `filename`. Nothing leaves the device: the
/// file is made in the page (a Blob URL, revoked a minute later). The link is never put in
/// the document (an embed's host page is not ours to touch).
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), FileError> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(FileError::Refused)?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| FileError::Refused)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| FileError::Refused)?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| FileError::Refused)?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            revoke.unchecked_ref(),
            KEEP_URL_MS,
        );
    }
    Ok(())
}

/// The bytes of a file the user picked or dropped.
pub async fn read(file: &web_sys::File) -> Result<Vec<u8>, FileError> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileError::Refused)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
