//! The only code that touches the browser: the URL fragment, localStorage, the document,
//! the clipboard, files the user saves or opens, the tool's own English file, the offline
//! service worker, and an LMS's SCORM run-time.
//!
//! Every function here degrades instead of panicking when the browser refuses (no window,
//! storage disabled, quota full): the app must keep working in memory. Errors that the user
//! should hear about are returned as typed values; the UI words them.

pub mod clipboard;
pub mod document;
pub mod fetch;
pub mod files;
pub mod host;
pub mod lms;
pub mod location;
pub mod offline;
pub mod storage;
