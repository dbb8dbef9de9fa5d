//! Cloud-service safety self-check: IPA's 15-item クラウドサービス安全利用チェックシート
//! (「中小企業のためのクラウドサービス安全利用の手引き」, IPA, July 2024) as a widget that
//! runs entirely in the browser.
//!
//! Layers, each depending only on the ones before it:
//! - [`names`]: the names the page's own JavaScript and the app share (ids, globals, files);
//! - [`domain`]: pure rules (languages, answers, an assessment, scoring, the file format);
//! - [`content`]: the checklist as data, both languages side by side, compiled into statics
//!   by build.rs (and validated by the tests);
//! - [`persist`]: what is kept on the device: key layout, stored form, migration, and the
//!   load, autosave and delete plans as lists of storage operations;
//! - [`route`], [`embed`] and [`state`]: where the user is, how a host page configures the
//!   widget (URL parameters), and what they answered, as a pure reducer;
//! - [`i18n`]: every user-facing UI string, one struct per language, and the words for every
//!   typed error and notice of the layers above;
//! - [`export`]: the text of exported files (JSON, CSV and the review's calendar file);
//! - [`letter`]: the letter to the provider, and its `mailto:` address;
//! - [`lms`]: inside a course's LMS (SCORM 1.2): what is reported, the resume record;
//! - [`boot`]: the rules the release page's boot script needs before the wasm runs, as data;
//! - [`kit`]: the Yew pieces both pages show (headings, the footer, copying, file drops, the
//!   chart's arithmetic, the site's details);
//! - [`ui`]: the participants' page, Yew components; the root's effects call [`platform`],
//!   the only code that touches the browser (and which imports nothing above `persist`);
//! - [`course`] and [`trainer`]: the trainer's page (its own wasm): a course's set-up, links
//!   and snippets (pure), and its components, which use the [`kit`]; neither page uses the
//!   other's components.
//!
//! Everything but `ui`, `kit`, `trainer` and `platform` never imports yew, web_sys, gloo or wasm_bindgen, so
//! it is tested natively with plain `cargo test`.

/// The tool's version (Cargo.toml's): shown in the footer and the printed report, written
/// into exports, and the version of a release.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

pub mod boot;
pub mod content;
pub mod course;
pub mod domain;
pub mod embed;
pub mod export;
pub mod i18n;
pub mod kit;
pub mod letter;
pub mod lms;
pub mod names;
pub mod persist;
pub mod platform;
pub mod route;
pub mod rules;
pub mod state;
pub mod trainer;
pub mod ui;
