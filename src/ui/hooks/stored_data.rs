//! "Data stored on this device" on "My checks": the keys this instance keeps, "delete all",
//! and saving any stored value as a file (data set aside, or left by another version of the
//! tool, can then be kept and imported elsewhere).

use yew::prelude::*;

use super::StorageHandle;
use crate::persist::{self, Op};
use crate::platform;
use crate::route::Route;
use crate::state::{Action, AppState};

/// What "My checks" shows and offers about stored data.
pub struct StoredData {
    /// Every key of this instance's area, with the size of its value.
    pub keys: Vec<(String, usize)>,
    /// How many keys of this tool other areas hold ("delete all" removes them too).
    pub other_keys: usize,
    pub delete_all: Callback<()>,
    /// Saves the value stored under a key as a file.
    pub download: Callback<String>,
}

/// The list is read again after each change while "My checks" is open.
#[hook]
pub fn use_stored_data(
    storage: &StorageHandle,
    state: &AppState,
    today: &str,
    dispatch: &Callback<Action>,
) -> StoredData {
    let keys = use_state(Vec::<(String, usize)>::new);
    let other_keys = use_state(|| 0);
    {
        let (keys, other_keys, area) = (keys.clone(), other_keys.clone(), storage.area.clone());
        use_effect_with(
            (state.route, state.assessments.clone()),
            move |(route, _)| {
                if *route == Route::Assessments {
                    let entries = platform::storage::entries().unwrap_or_default();
                    keys.set(persist::our_keys(&area, &entries));
                    other_keys.set(persist::other_areas_keys(&area, &entries));
                }
            },
        );
    }
    let delete_all = {
        let (dispatch, storage) = (dispatch.clone(), storage.clone());
        Callback::from(move |()| {
            let entries = platform::storage::entries().unwrap_or_default();
            let ops = persist::plan_delete_all(&entries, &platform::document::now());
            let removed = ops
                .into_iter()
                .filter(|op| platform::storage::apply(op, &storage.source).is_ok())
                .filter_map(|op| match op {
                    Op::Remove { key } if key != persist::DELETED_ALL_KEY => Some(key),
                    _ => None,
                })
                .collect();
            // The list above is read again: the new fresh check changes the checks.
            dispatch.emit(Action::DataDeleted {
                keys: removed,
                fresh_id: platform::document::random_id(),
            });
        })
    };
    let download = {
        let today = today.to_owned();
        Callback::from(move |key: String| {
            if let Some(value) = platform::storage::get(&key) {
                let tail = key.rsplit(':').next().unwrap_or("saved-data");
                let name = crate::export::file_name(&format!("saved-{tail}"), &today, "json");
                let _ = platform::files::download(&name, "application/json", &value);
            }
        })
    };
    StoredData {
        keys: (*keys).clone(),
        other_keys: *other_keys,
        delete_all,
        download,
    }
}
