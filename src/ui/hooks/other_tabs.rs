//! Other tabs and other embeds on the page: what they save or delete shows up here at once,
//! merged with what is being edited here; "delete all" there empties this one too.

use yew::prelude::*;

use super::StorageHandle;
use crate::content::checklist;
use crate::persist;
use crate::platform;
use crate::state::Action;

/// Listens for the whole life of the app.
#[hook]
pub fn use_other_tabs(storage: &StorageHandle, dispatch: &Callback<Action>) {
    let (storage, dispatch) = (storage.clone(), dispatch.clone());
    use_effect_with((), move |_| {
        let StorageHandle {
            area,
            autosave,
            source,
        } = storage;
        let listener = platform::storage::on_change(&source, move |key, value| {
            // Heard before any key goes: nothing held here can be written back.
            if persist::deleted_all_elsewhere(key, value) {
                dispatch.emit(Action::DataDeletedElsewhere {
                    fresh_id: platform::document::random_id(),
                });
                return;
            }
            let known: Vec<&str> = checklist().item_ids().collect();
            if let Some(change) = persist::external_change(&area, key, value, &known) {
                let base = autosave.borrow().base(&change.id).cloned();
                autosave
                    .borrow_mut()
                    .saw(&change.id, value, change.assessment.as_ref());
                dispatch.emit(Action::External {
                    id: change.id,
                    assessment: change.assessment,
                    base,
                });
            }
        });
        move || drop(listener)
    });
}
