//! The service worker that keeps the app working offline (written by
//! `tools/assemble.mjs` for release builds only).

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::names::{OFFLINE_META, SERVICE_WORKER};

/// Whether this build has a service worker (release builds mark it with a meta tag).
fn enabled(document: &web_sys::Document) -> bool {
    matches!(
        document.query_selector(&format!("meta[name={OFFLINE_META}]")),
        Ok(Some(_))
    )
}

/// Registers the service worker. When a newer version takes over while the page is open,
/// `on_new_version` is called (the first install, on a first visit, is not a new version).
/// Does nothing where service workers are unavailable: an insecure origin, a private
/// window, or a sandboxed iframe, where merely reading `navigator.serviceWorker` throws.
pub fn register(on_new_version: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    if !enabled(&window.document()?) {
        return None;
    }
    // Read through Reflect, which turns the getter's exception into an Err.
    let container: web_sys::ServiceWorkerContainer =
        js_sys::Reflect::get(&window.navigator(), &"serviceWorker".into())
            .ok()
            .filter(|c| c.is_object())?
            .unchecked_into();
    let had_controller = container.controller().is_some();
    // `register` is called through Function::call1, which catches a synchronous throw too.
    let register: js_sys::Function = js_sys::Reflect::get(&container, &"register".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let registering: js_sys::Promise = register
        .call1(&container, &SERVICE_WORKER.into())
        .ok()?
        .dyn_into()
        .ok()?;
    wasm_bindgen_futures::spawn_local(async move {
        // A refused registration only means no offline copy; the app works the same.
        let _ = JsFuture::from(registering).await;
    });
    had_controller
        .then(|| EventListener::new(&container, "controllerchange", move |_| on_new_version()))
}
