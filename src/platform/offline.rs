//! The service worker that keeps the app working offline (written by
//! `scripts/post-build.mjs` for release builds only).

use gloo_events::EventListener;
use wasm_bindgen_futures::JsFuture;

/// Whether this build has a service worker (release builds mark it with a meta tag).
fn enabled(document: &web_sys::Document) -> bool {
    matches!(
        document.query_selector("meta[name=cloud-check-offline]"),
        Ok(Some(_))
    )
}

/// Registers the service worker. When a newer version takes over while the page is open,
/// `on_new_version` is called (the first install, on a first visit, is not a new version).
/// Does nothing where service workers are unavailable (an insecure origin, a sandbox).
pub fn register(on_new_version: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    if !enabled(&window.document()?) {
        return None;
    }
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        return None;
    }
    let container = navigator.service_worker();
    let had_controller = container.controller().is_some();
    let registering = container.register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        // A refused registration only means no offline copy; the app works the same.
        let _ = JsFuture::from(registering).await;
    });
    had_controller
        .then(|| EventListener::new(&container, "controllerchange", move |_| on_new_version()))
}
