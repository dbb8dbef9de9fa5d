//! localStorage, under keys namespaced to this app.
//!
//! Reading never fails loudly: storage that is disabled or throws reads as empty.
//! Writing reports why it failed, so the UI can tell the user.

use crate::domain::Lang;

/// Prefix of every key this app writes.
pub const NAMESPACE: &str = "ipa-cloud-check";

/// Why a value could not be stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser offers no localStorage (disabled, private mode, blocked by the host page).
    Unavailable,
    /// The browser refused the write (most often: storage is full).
    WriteRefused,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn key(name: &str) -> String {
    format!("{NAMESPACE}:{name}")
}

fn read(name: &str) -> Option<String> {
    local_storage()?.get_item(&key(name)).ok().flatten()
}

fn write(name: &str, value: &str) -> Result<(), StorageError> {
    let storage = local_storage().ok_or(StorageError::Unavailable)?;
    storage
        .set_item(&key(name), value)
        .map_err(|_| StorageError::WriteRefused)
}

/// The language the user last chose, if any.
pub fn load_lang() -> Option<Lang> {
    read("lang").and_then(|code| Lang::from_code(&code))
}

/// Remembers the user's language for the next visit.
pub fn save_lang(lang: Lang) -> Result<(), StorageError> {
    write("lang", lang.code())
}
