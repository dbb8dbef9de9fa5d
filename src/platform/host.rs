//! Mounting into elements of a host page (`<div data-cloud-check …>`), for course pages
//! that cannot use an iframe. Each element gets an open shadow root holding the app and its
//! stylesheet, so the app's styles and the host page's never touch each other. Started by
//! embed.js, the app only ever mounts into such elements (never the host page itself), and
//! mounts elements the page adds later too.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Marks an element the app has been mounted into.
const MOUNTED: &str = "data-cloud-check-mounted";

/// The stylesheet's address if embed.js started this wasm (it sets
/// `globalThis.cloudCheckEmbed = {stylesheet}` first); `None` on the app's own page.
pub fn embed_stylesheet() -> Option<String> {
    let window = web_sys::window()?;
    let embed = js_sys::Reflect::get(&window, &crate::names::EMBED_GLOBAL.into()).ok()?;
    if embed.is_undefined() || embed.is_null() {
        return None;
    }
    Some(
        js_sys::Reflect::get(&embed, &"stylesheet".into())
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default(),
    )
}

/// The page's elements that ask for the app and do not have it yet; each is marked as
/// having it.
pub fn take_new_elements() -> Vec<web_sys::Element> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let Ok(list) = document.query_selector_all(&format!("[data-cloud-check]:not([{MOUNTED}])"))
    else {
        return Vec::new();
    };
    let found: Vec<web_sys::Element> = (0..list.length())
        .filter_map(|i| list.get(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .collect();
    for element in &found {
        let _ = element.set_attribute(MOUNTED, "");
    }
    found
}

/// The element's place among the page's `[data-cloud-check]` elements (0 first).
pub fn position(element: &web_sys::Element) -> usize {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all("[data-cloud-check]").ok())
        .and_then(|list| {
            (0..list.length()).position(|i| {
                list.get(i)
                    .is_some_and(|n| n.is_same_node(Some(element.as_ref())))
            })
        })
        .unwrap_or(0)
}

/// Calls `on_added` whenever the page adds elements (an LMS that renders its content after
/// loading), for as long as the page lives.
pub fn watch_for_elements(on_added: impl Fn() + 'static) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let callback = Closure::<dyn Fn()>::new(on_added);
    let Ok(observer) = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    if observer.observe_with_options(&root, &options).is_ok() {
        // Lives as long as the page.
        callback.forget();
    }
}

/// The text of the site's details (`site.json`), as the boot script fetched it (see
/// [`crate::names::SITE_GLOBAL`]); `None` without a boot script or file.
pub fn site_text() -> Option<String> {
    js_sys::Reflect::get(&js_sys::global(), &crate::names::SITE_GLOBAL.into())
        .ok()?
        .as_string()
}

/// Tells a trainer looking at the console why nothing appeared.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
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
pub fn prepare(host: &web_sys::Element, stylesheet: &str) -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .ok()?;
    if !stylesheet.is_empty() {
        let link = document.create_element("link").ok()?;
        link.set_attribute("rel", "stylesheet").ok()?;
        link.set_attribute("href", stylesheet).ok()?;
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
