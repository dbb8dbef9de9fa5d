//! The root's effects, one concern a file, so that [`super::app::App`] reads as a list:
//!
//! - [`use_storage`]: which part of storage this instance uses, and autosave's memory of it;
//! - [`use_autosave`]: writes what changed, merging with other writers;
//! - [`use_other_tabs`]: takes in what other tabs and embeds save or delete;
//! - [`use_stored_data`]: the list of stored keys on "My checks", "delete all", saving a
//!   stored value as a file;
//! - [`use_navigation`]: the URL fragment (or, inside a host page's element, its links),
//!   the address bar, and focus on the new screen;
//! - [`use_page`]: the document around the app: `<html lang>` and the title, the offline
//!   copy and its updates, the guards against leaving unsaved and against stray drops;
//! - [`use_parts`]: the wasm parts the screens after the answers are in (fetched when
//!   needed, with a line while they come and a way to try again);
//! - [`use_lms`]: inside a course's LMS (SCORM 1.2), the reports to the course;
//! - [`load`]: what storage holds at start-up, for `mount` (not a hook: it runs before the
//!   app exists).
//!
//! A new way of keeping or sending the answers is one more hook here, called from `App`
//! beside `use_autosave` (as `use_lms` is).

mod autosave;
mod lms;
mod load;
mod navigation;
mod other_tabs;
mod page;
mod parts;
mod storage;
mod stored_data;

pub use autosave::use_autosave;
pub use lms::use_lms;
pub use load::load;
pub use navigation::use_navigation;
pub use other_tabs::use_other_tabs;
pub use page::use_page;
pub use parts::{use_parts, PartsHandle};
pub use storage::{use_storage, StorageHandle};
pub use stored_data::use_stored_data;
