//! The host document: its language, its title, and moving keyboard focus.

use wasm_bindgen::JsCast;

use crate::domain::Lang;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets `<html lang>` so screen readers and fonts use the right language, and the title.
pub fn set_language_and_title(lang: Lang, title: &str) {
    if let Some(doc) = document() {
        if let Some(root) = doc.document_element() {
            // Ignoring the result: a host page that forbids it still shows a working app.
            let _ = root.set_attribute("lang", lang.code());
        }
        doc.set_title(title);
    }
}

/// Moves keyboard focus to the element with this id, if it exists and can take focus.
pub fn focus_by_id(id: &str) {
    let element = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
