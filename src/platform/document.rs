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

/// Whether keyboard focus is on no element of the page's own (on the page itself, as after
/// the focused element was removed).
pub fn focus_is_on_page() -> bool {
    let Some(doc) = document() else { return false };
    match doc.active_element() {
        None => true,
        Some(active) => doc
            .body()
            .is_some_and(|body| active.is_same_node(Some(&body))),
    }
}

/// Moves keyboard focus to the first element matching `selector` inside `root` (the app's
/// own root, so it works the same on a page of its own and inside a host page's element).
pub fn focus_within(root: &web_sys::Element, selector: &str) {
    let element = root
        .query_selector(selector)
        .ok()
        .flatten()
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

/// Forces a colour theme (`data-theme` on `<html>`), or leaves it to the device.
pub fn set_theme(theme: Option<&str>) {
    let root = document().and_then(|d| d.document_element());
    if let (Some(root), Some(theme)) = (root, theme) {
        let _ = root.set_attribute("data-theme", theme);
    }
}

/// Whether the page is shown inside a frame (its parent is another window).
pub fn framed() -> bool {
    web_sys::window()
        .and_then(|w| Some(w.parent().ok()?? != w))
        .unwrap_or(false)
}

/// The origin of the page that embedded this one, as the browser tells it (the referrer:
/// by default browsers send at least the origin to a frame); `None` when it is not told.
fn embedder_origin() -> Option<String> {
    let referrer = document()?.referrer();
    let origin = web_sys::Url::new(&referrer).ok()?.origin();
    (origin.starts_with("https://") || origin.starts_with("http://")).then_some(origin)
}

/// Inside an iframe, tells the host page the document's height whenever it changes, so the
/// host can size the frame. The message carries nothing but the height:
/// `{"cloudCheckHeight": 1234}`, and goes only to the origin that embedded the tool (a
/// parent that has since gone to another site is not told); a host that sends no referrer
/// gets no height, and its frame keeps the height it set.
pub fn report_height_to_parent() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let Some(target) = embedder_origin() else {
        return;
    };
    let Some(body) = document().and_then(|d| d.body()) else {
        return;
    };
    let last = std::cell::Cell::new(0);
    let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        let height = document()
            .and_then(|d| d.document_element())
            .map_or(0, |e| e.scroll_height());
        if height != last.replace(height) {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(
                &message,
                &crate::names::HEIGHT_MESSAGE.into(),
                &height.into(),
            );
            let _ = parent.post_message(&message, &target);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // The observer lives as long as the page; so must its callback.
    callback.forget();
}

/// Reloads the page (to start the new version).
/// Asks the browser to confirm before the page is closed or left (while changes cannot be
/// saved), until the returned value is dropped.
pub fn confirm_before_leaving() -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    Some(gloo_events::EventListener::new_with_options(
        &window,
        "beforeunload",
        options,
        |event| {
            event.prevent_default();
            // Older engines ask through returnValue.
            if let Some(event) = event.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                event.set_return_value("");
            }
        },
    ))
}

/// A file dropped anywhere on the page, outside a drop zone, would make the browser open
/// it in place of the app; this keeps the page (drop zones handle their own drops first).
pub fn keep_dropped_files_in_page() -> Option<[gloo_events::EventListener; 2]> {
    let window = web_sys::window()?;
    let listen = |name: &'static str| {
        let options = gloo_events::EventListenerOptions::enable_prevent_default();
        gloo_events::EventListener::new_with_options(&window, name, options, |event| {
            let carries_files = event
                .dyn_ref::<web_sys::DragEvent>()
                .and_then(web_sys::DragEvent::data_transfer)
                .is_some_and(|d| d.types().includes(&"Files".into(), 0));
            if carries_files {
                event.prevent_default();
            }
        })
    };
    Some([listen("dragover"), listen("drop")])
}

pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// What the user did on the prerendered copy of the start screen (see `ui::prerender`)
/// while the app was loading.
#[derive(Debug, Default)]
pub struct Prerendered {
    /// The value of the asked-for text field, if anything was typed into it.
    pub value: Option<String>,
    /// The id of the element that had keyboard focus, if it was inside the copy.
    pub focused_id: Option<String>,
}

/// Removes the prerendered copy of the start screen (element `root_id`), called just before
/// the app draws its own in the same task, so nothing blinks. Returns what was typed into
/// its text field `field_id` and where focus was, for the app to take over.
pub fn take_prerendered(root_id: &str, field_id: &str) -> Prerendered {
    let Some(doc) = document() else {
        return Prerendered::default();
    };
    let Some(copy) = doc.get_element_by_id(root_id) else {
        return Prerendered::default();
    };
    let value = copy
        .query_selector(&format!("#{field_id}"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .filter(|v| !v.trim().is_empty());
    let focused_id = doc
        .active_element()
        .filter(|e| copy.contains(Some(e)) && !e.id().is_empty())
        .map(|e| e.id());
    copy.remove();
    Prerendered { value, focused_id }
}

/// Milliseconds since the epoch, for measuring how long something took.
pub fn millis() -> f64 {
    js_sys::Date::now()
}

/// Calls `on_hide` when the page is left, closed or put away (`pagehide`: the last moment a
/// page is sure to run), until the returned value is dropped.
pub fn on_page_hide(on_hide: impl Fn() + 'static) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(
        &window,
        "pagehide",
        move |_| on_hide(),
    ))
}

/// The path of the page's address (`/tools/cloud-check/index.html`).
pub fn path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// Resolves in a task of its own (a zero-delay timeout), so that long work done in steps
/// lets the browser handle input and draw between them.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled =
            web_sys::window().is_some_and(|w| w.set_timeout_with_callback(&resolve).is_ok());
        if !scheduled {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Removes the element with id `id`, if there is one (the trainer page's loading line).
pub fn remove(id: &str) {
    if let Some(element) = document().and_then(|d| d.get_element_by_id(id)) {
        element.remove();
    }
}

/// Runs `f` in a task of its own (a zero-delay timeout), so that the browser can handle
/// input and draw between long pieces of start-up work; at once if that cannot be arranged.
pub fn in_next_task(f: impl FnOnce() + 'static) {
    use std::cell::Cell;
    use std::rc::Rc;

    let slot = Rc::new(Cell::new(Some(f)));
    let queued = {
        let slot = slot.clone();
        wasm_bindgen::closure::Closure::once_into_js(move || {
            if let Some(f) = slot.take() {
                f();
            }
        })
    };
    let scheduled = web_sys::window()
        .is_some_and(|w| w.set_timeout_with_callback(queued.unchecked_ref()).is_ok());
    if !scheduled {
        if let Some(f) = slot.take() {
            f();
        }
    }
}
