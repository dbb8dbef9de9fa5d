//! The part of storage one instance of the app uses, shared by the hooks that read and
//! write it: its [`Area`], autosave's memory of what is stored, and a name that tells this
//! instance's writes apart from other embeds' on the same page.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use yew::prelude::*;

use crate::domain::Assessment;
use crate::persist::{Area, Autosave};

/// What the storage hooks share.
#[derive(Clone)]
pub struct StorageHandle {
    pub area: Area,
    /// What autosave knows is stored (as this instance last wrote or saw it); other
    /// writers' changes are merged against it.
    pub autosave: Rc<RefCell<Autosave>>,
    /// Distinct for every instance the page's one wasm module mounts.
    pub source: Rc<String>,
}

/// Sets up this instance's storage, starting from what was loaded (`initial` and the
/// stored text of each, by id): nothing loaded is written back unchanged.
#[hook]
pub fn use_storage(
    namespace: Option<&str>,
    initial: &[Assessment],
    texts: &BTreeMap<String, String>,
) -> StorageHandle {
    let area = Area::new(namespace);
    let autosave = {
        let (initial, texts) = (initial.to_vec(), texts.clone());
        use_mut_ref(move || Autosave::primed(&initial, &texts))
    };
    let source = use_memo((), |_| {
        static INSTANCES: AtomicUsize = AtomicUsize::new(0);
        format!("app-{}", INSTANCES.fetch_add(1, Ordering::Relaxed))
    });
    StorageHandle {
        area,
        autosave,
        source: Rc::new((*source).clone()),
    }
}
