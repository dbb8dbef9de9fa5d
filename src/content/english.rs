//! The checklist's English, which the participants' release page fetches only when someone
//! reads it in English (built with the feature "english-on-demand"): about 14 KB of the
//! compressed wasm that Japanese readers, most of them, never download. The interface's own
//! English strings (`crate::i18n`) stay in the wasm, so a failed fetch still leaves an
//! English interface that can say what happened.
//!
//! `build.rs` writes every English text, in the order it writes the statics, as one JSON
//! array ([`ENGLISH_JSON`], natively; the release serves it as [`ENGLISH_FILE`]); a text's
//! index there is its `key`. Without the feature (native builds, tests, the trainer's page,
//! development) the statics hold the English themselves and everything here is ready.
//!
//! This module never imports yew, web_sys, gloo or wasm_bindgen: the fetch is the
//! platform's, and hands its texts to [`take`].

pub use super::{ENGLISH_COUNT, ENGLISH_FILE};

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

/// The English text with this key, once taken in.
#[cfg(feature = "english-on-demand")]
pub(super) fn get(key: u16) -> Option<&'static str> {
    TAKEN.get()?.get(usize::from(key)).copied()
}
