//! Cloud-service safety self-check: IPA's 15-item クラウドサービス安全利用チェックシート
//! (「中小企業のためのクラウドサービス安全利用の手引き」, IPA, July 2024) as a widget that
//! runs entirely in the browser.
//!
//! Layers, each depending only on the ones before it:
//! - [`content`]: the checklist as data, both languages side by side, compiled into statics
//!   by build.rs (and validated by the tests);
//! - [`domain`]: pure rules (languages, answers, an assessment, progress);
//! - [`i18n`]: every user-facing UI string, one struct per language;
//! - [`route`] and [`state`]: where the user is and what they answered, as a pure reducer;
//! - [`embed`]: how a host page configures the widget (URL parameters);
//! - [`export`]: the text of exported files (JSON and CSV);
//! - [`ui`]: Yew components; their effects call [`platform`], the only code that touches the browser.
//!
//! `content`, `domain`, `i18n`, `route` and `state` never import yew, web_sys, gloo or
//! wasm_bindgen, so they are tested natively with plain `cargo test`.

pub mod content;
pub mod domain;
pub mod embed;
pub mod export;
pub mod i18n;
pub mod platform;
pub mod route;
pub mod state;
pub mod ui;
