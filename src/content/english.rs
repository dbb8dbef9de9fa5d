//! The English, which the participants' release page fetches only when someone reads in
//! English (built with the feature "english-on-demand"): the checklist's texts and the
//! interface's one-line texts, which Japanese readers, most of them, never download. The
//! interface's texts with numbers in them (closures in `crate::i18n`) stay in the wasm.
//!
//! `build.rs` writes every English text as one JSON array ([`ENGLISH_JSON`], natively; the
//! release serves it as [`ENGLISH_FILE`]): first the checklist's, in the order it writes the
//! statics (a text's index there is its `key`), then the interface's ([`interface`]). Without
//! the feature (native builds, tests, the trainer's page, development) the statics hold the
//! English themselves and everything here is ready.
//!
//! This module never imports yew, web_sys, gloo or wasm_bindgen: the fetch is the
//! platform's, and hands its texts to [`take`].

pub use super::{ENGLISH_COUNT, ENGLISH_FILE, ENGLISH_UI_PARTS};

#[cfg(not(target_arch = "wasm32"))]
include!(concat!(env!("OUT_DIR"), "/english.rs"));

/// Why a fetched English file was not taken in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WrongFile {
    pub found: usize,
}

#[cfg(feature = "english-on-demand")]
static TAKEN: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();

/// Whether the checklist's English is here: always, unless built with "english-on-demand"
/// and not yet taken in.
pub fn ready() -> bool {
    #[cfg(feature = "english-on-demand")]
    return TAKEN.get().is_some();
    #[cfg(not(feature = "english-on-demand"))]
    true
}

/// Takes in the English file's texts, in key order. Refuses a file of another build (its
/// count differs; its name carries a hash of its content, so a cache cannot mix builds of
/// equal count). Taking them in twice keeps the first.
pub fn take(texts: Vec<String>) -> Result<(), WrongFile> {
    if texts.len() != ENGLISH_COUNT {
        return Err(WrongFile { found: texts.len() });
    }
    #[cfg(feature = "english-on-demand")]
    {
        // Kept for the rest of the page's life, like the statics they stand in for.
        let leaked = texts
            .into_iter()
            .map(|t| &*Box::leak(t.into_boxed_str()))
            .collect();
        let _ = TAKEN.set(leaked);
    }
    Ok(())
}

/// The texts of the interface's English part `n` (see [`ENGLISH_UI_PARTS`]: 0 for
/// `i18n::Ui`, 1 for `i18n::PlanUi`, 2 for `i18n::ChecksUi`, 3 for `i18n::RulesUi`), once taken in.
#[cfg(feature = "english-on-demand")]
pub fn interface(n: usize) -> Option<&'static [&'static str]> {
    let all = TAKEN.get()?;
    let start = *ENGLISH_UI_PARTS.get(n)?;
    let end = ENGLISH_UI_PARTS.get(n + 1).copied().unwrap_or(all.len());
    all.get(start..end)
}

/// The English text with this key, once taken in.
#[cfg(feature = "english-on-demand")]
pub(super) fn get(key: u16) -> Option<&'static str> {
    TAKEN.get()?.get(usize::from(key)).copied()
}
