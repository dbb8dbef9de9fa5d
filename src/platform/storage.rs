//! localStorage itself: read every entry or one, carry out a [`crate::persist::Op`], and
//! hear other writers: the `storage` event (other tabs and windows) and our own
//! same-document event (other embeds on the same page, which the `storage` event never
//! reaches). What is stored where, and when, is decided by [`crate::persist`].
//!
//! Reading never fails loudly: storage that is disabled or throws reads as unavailable.
//! Writing reports why it failed (full or blocked), so the UI can tell the user.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;

use crate::persist::{Op, SaveProblem};

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Every key storage holds with its value, in storage's order.
pub fn entries() -> Result<Vec<(String, String)>, SaveProblem> {
    let storage = local_storage().ok_or(SaveProblem::Unavailable)?;
    let len = storage.length().map_err(|_| SaveProblem::Unavailable)?;
    Ok((0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| {
            let value = storage.get_item(&key).ok().flatten()?;
            Some((key, value))
        })
        .collect())
}

/// One key's value; `None` if it is absent or storage cannot be read.
pub fn get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// The same-document event that tells other instances of the app on this page about a
/// write (`detail`: `{key, value, source}`).
const SAME_PAGE_EVENT: &str = "cloud-check-storage";

/// Tells the other instances on this page what `source` changed.
fn announce(key: &str, value: Option<&str>, source: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"key".into(), &key.into());
    let value = value.map_or(wasm_bindgen::JsValue::NULL, Into::into);
    let _ = js_sys::Reflect::set(&detail, &"value".into(), &value);
    let _ = js_sys::Reflect::set(&detail, &"source".into(), &source.into());
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(SAME_PAGE_EVENT, &init) {
        let _ = window.dispatch_event(&event);
    }
}

/// Browsers signal a full storage with a `QuotaExceededError`; anything else thrown on a
/// write means storage is blocked.
fn set(storage: &web_sys::Storage, key: &str, value: &str) -> Result<(), SaveProblem> {
    storage.set_item(key, value).map_err(|e| {
        match e.dyn_ref::<web_sys::DomException>().map(|d| d.name()) {
            Some(name) if name == "QuotaExceededError" => SaveProblem::Full,
            _ => SaveProblem::Unavailable,
        }
    })
}

fn remove(storage: &web_sys::Storage, key: &str) -> Result<(), SaveProblem> {
    storage
        .remove_item(key)
        .map_err(|_| SaveProblem::Unavailable)
}

/// Carries out one change for the instance `source` (see [`on_change`]).
pub fn apply(op: &Op, source: &str) -> Result<(), SaveProblem> {
    let storage = local_storage().ok_or(SaveProblem::Unavailable)?;
    match op {
        Op::Set { key, value } => {
            set(&storage, key, value)?;
            announce(key, Some(value), source);
        }
        Op::Remove { key } => {
            remove(&storage, key)?;
            announce(key, None, source);
        }
        // The original is removed only once its copy is made.
        Op::SetAside { from, to, value } => {
            set(&storage, to, value)?;
            remove(&storage, from)?;
        }
    }
    Ok(())
}

/// Calls `on_change(key, new value)` (`None`: removed) when another tab or window of this
/// origin changes a key, or another instance of the app on this page does (one whose
/// `source` is not this one's). Both listeners go when the returned value is dropped.
pub fn on_change(
    source: &str,
    on_change: impl Fn(&str, Option<&str>) + 'static,
) -> Option<(EventListener, EventListener)> {
    let window = web_sys::window()?;
    let on_change = std::rc::Rc::new(on_change);
    let other_tabs = {
        let on_change = on_change.clone();
        EventListener::new(&window, "storage", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            if let Some(key) = event.key() {
                on_change(&key, event.new_value().as_deref());
            }
        })
    };
    let source = source.to_owned();
    let same_page = EventListener::new(&window, SAME_PAGE_EVENT, move |event| {
        let Some(detail) = event
            .dyn_ref::<web_sys::CustomEvent>()
            .map(web_sys::CustomEvent::detail)
        else {
            return;
        };
        let field = |name: &str| {
            js_sys::Reflect::get(&detail, &name.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        if field("source").as_deref() == Some(source.as_str()) {
            return;
        }
        if let Some(key) = field("key") {
            on_change(&key, field("value").as_deref());
        }
    });
    Some((other_tabs, same_page))
}

/// Asks the browser to keep this site's storage when it clears space or data it considers
/// idle (`navigator.storage.persist()`): Chromium and Safari decide without asking the user,
/// Firefox may ask. The answer is not needed, and where the API is missing or throws
/// nothing happens.
pub fn ask_to_keep() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(manager) = js_sys::Reflect::get(&window.navigator(), &"storage".into())
        .ok()
        .filter(|m| m.is_object())
    else {
        return;
    };
    let asked = js_sys::Reflect::get(&manager, &"persist".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|persist| persist.call0(&manager).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    if let Some(asked) = asked {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(asked).await;
        });
    }
}
