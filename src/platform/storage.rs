//! localStorage itself: read every entry, carry out a [`crate::persist::Op`], and hear the
//! `storage` event. What is stored where, and when, is decided by [`crate::persist`].
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

/// Carries out one change.
pub fn apply(op: &Op) -> Result<(), SaveProblem> {
    let storage = local_storage().ok_or(SaveProblem::Unavailable)?;
    match op {
        Op::Set { key, value } => set(&storage, key, value),
        Op::Remove { key } => remove(&storage, key),
        // The original is removed only once its copy is made.
        Op::SetAside { from, to, value } => {
            set(&storage, to, value)?;
            remove(&storage, from)
        }
    }
}

/// Calls `on_change(key, new value)` when another document of this origin changes a key
/// (`None`: removed). The browser never tells the document that made the change.
pub fn on_change(on_change: impl Fn(&str, Option<&str>) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        if let Some(key) = event.key() {
            on_change(&key, event.new_value().as_deref());
        }
    }))
}
