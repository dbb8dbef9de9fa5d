//! Switching to English where the English is fetched on demand (see
//! `crate::content::english`): the switch, and a start in English, wait for the file; if it
//! cannot be had, the app stays in (or starts in) Japanese and says so, in both languages
//! ([`Notice::EnglishUnavailable`](crate::state::Notice)).

use crate::content::english;
use crate::domain::Lang;
use crate::platform;

/// Calls `then` once the checklist's text in `lang` is here, with whether it is: at once
/// for Japanese, and for English once it was taken in (fetched from the tool's folder,
/// `app_base`, the first time). Builds that carry the English call it at once.
pub fn when_ready(lang: Lang, app_base: &str, then: impl FnOnce(bool) + 'static) {
    if lang == Lang::Ja || english::ready() {
        then(true);
        return;
    }
    let url = format!("{app_base}{}", english::ENGLISH_FILE);
    wasm_bindgen_futures::spawn_local(async move {
        let taken = match platform::fetch::strings(&url).await {
            Some(texts) => english::take(texts).is_ok(),
            None => false,
        };
        then(taken);
    });
}
