//! Mounting into elements of a host page (`<div data-cloud-check …>`), for course pages
//! that cannot use an iframe. Each element gets an open shadow root holding the app and its
//! stylesheet, so the app's styles and the host page's never touch each other.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;

/// Every element of the page that asks for the app.
pub fn elements() -> Vec<web_sys::Element> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let Ok(list) = document.query_selector_all("[data-cloud-check]") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.get(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// The element's `data-*` settings as `(key, value)` pairs for `EmbedConfig::from_pairs`
/// (`data-lang`, `data-start`, `data-namespace`, `data-compact`, `data-theme`).
pub fn settings(element: &web_sys::Element) -> Vec<(String, String)> {
    ["lang", "start", "namespace", "compact", "theme"]
        .into_iter()
        .filter_map(|key| {
            element
                .get_attribute(&format!("data-{key}"))
                .map(|value| (key.to_owned(), value))
        })
        .collect()
}

/// Attaches a shadow root to `host` with the app's stylesheet and an empty container,
/// and returns the container to render into. `None` if the element cannot host one.
pub fn prepare(host: &web_sys::Element) -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .ok()?;
    // embed.js tells each element where the stylesheet is.
    if let Some(href) = host.get_attribute("data-cloud-check-stylesheet") {
        let link = document.create_element("link").ok()?;
        link.set_attribute("rel", "stylesheet").ok()?;
        link.set_attribute("href", &href).ok()?;
        shadow.append_child(&link).ok()?;
    }
    let container = document.create_element("div").ok()?;
    shadow.append_child(&container).ok()?;
    Some(container)
}

/// Inside a host page the address bar belongs to the host, so links between the app's
/// screens (`href="#/…"`) are caught here and handed to `on_route` instead.
pub fn intercept_links(
    root: &web_sys::Element,
    on_route: impl Fn(String) + 'static,
) -> EventListener {
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(root, "click", options, move |event| {
        let link = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href^='#/']").ok().flatten());
        if let Some(href) = link.and_then(|a| a.get_attribute("href")) {
            event.prevent_default();
            on_route(href);
        }
    })
}
