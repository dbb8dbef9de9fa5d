//! The host document: its language and title, keyboard focus, the date, printing, and
//! the address of the tool.

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

/// Opens the browser's print dialog (which also offers "save as PDF").
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The current time as an ISO 8601 string in UTC (`2026-11-23T09:00:00.000Z`).
pub fn now() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// A random id for a new assessment: 12 characters of base 36 (about 62 bits).
pub fn random_id() -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    (0..12)
        .map(|_| DIGITS[(js_sys::Math::random() * 36.0) as usize % 36] as char)
        .collect()
}

/// Today's date in the user's time zone, as `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The address of the tool without the fragment or query: what a printed report cites.
pub fn tool_url() -> String {
    web_sys::window()
        .and_then(|w| {
            let location = w.location();
            Some(format!(
                "{}{}",
                location.origin().ok()?,
                location.pathname().ok()?
            ))
        })
        .unwrap_or_default()
}
