//! What is kept on the device and how: the storage key layout, the stored form of a check,
//! the settings record, the migration of older data, and the plans for loading, autosaving
//! and deleting — as pure functions that turn "what storage holds" and "what the app holds"
//! into a list of [`Op`]s. `platform::storage` only carries those out (get, set, remove,
//! keys, the `storage` event); the root of the UI does all storage I/O.
//!
//! Layout (prefix `ipa-cloud-check:v1:`, or `ipa-cloud-check:ns:<namespace>:v1:` for an
//! embed given its own namespace, so two embeds on one site keep their data apart):
//! - `settings`: `{"lang":"ja","current":"<id>"}`;
//! - `assessment:<id>`: one check, in the same envelope as an export file (format name and
//!   version, content version), so saved data is checked and migrated exactly like an
//!   imported file;
//! - `corrupt:<when>:<key>`: saved data that could not be read, kept aside untouched.
//!
//! One key per check means two tabs editing different checks never overwrite each other,
//! and the `storage` event tells the other tab exactly what changed.
//!
//! Never imports yew, web_sys, gloo or wasm_bindgen: every rule here is tested natively.
//!
//! The rooms: [`keys`] (the layout: which keys one instance uses), [`settings`] (what is
//! remembered besides the checks), [`stored`] (a check's stored form, read as an import
//! is), [`load`] (start-up, other tabs' changes, delete all), [`autosave`] (what to write
//! as the app changes) and [`reminder`] (when to suggest keeping a copy).

mod autosave;
mod keys;
mod load;
mod reminder;
mod settings;
mod stored;

pub use autosave::{Autosave, Plan, Snapshot, Step};
pub use keys::{Area, DELETED_ALL_KEY, LEGACY_LANG, TOOL_PREFIX};
pub use load::{
    deleted_all_elsewhere, external_change, other_areas_keys, our_keys, plan_delete_all, plan_load,
    ExternalChange, Loaded,
};
pub use reminder::{copy_reminder, REMIND_AFTER_DAYS, SAFARI_KEEPS_DAYS};
pub use settings::{saved_lang, Settings};
pub use stored::{decode, encode};

/// Why changes are not being kept on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// The browser offers no storage (disabled, private mode, blocked by the host page).
    Unavailable,
    /// The browser refused to store more (storage is full).
    Full,
    /// Another version of the tool (in another tab) stored a check this one cannot read;
    /// it is not overwritten.
    OtherVersion,
}

/// Why a stored check cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Well-formed, but written by another (newer) version of the tool: a newer format
    /// version, an item or answer this checklist does not have, a field it does not know.
    /// Left where it is: that version can read it.
    OtherVersion,
    /// Damaged (cut short, not JSON, not ours): set aside under a `corrupt:` key.
    Corrupt,
}

/// One change to storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
    Set {
        key: String,
        value: String,
    },
    Remove {
        key: String,
    },
    /// Copies `value` from `from` to `to`, and removes `from` only once the copy is made:
    /// unreadable data is kept, never lost.
    SetAside {
        from: String,
        to: String,
        value: String,
    },
}
