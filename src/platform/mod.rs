//! The only code that touches the browser: the URL fragment, localStorage, the document
//! and the clipboard.
//!
//! Every function here degrades instead of panicking when the browser refuses (no window,
//! storage disabled, quota full): the app must keep working in memory. Errors that the user
//! should hear about are returned as typed values; the UI words them.

pub mod clipboard;
pub mod document;
pub mod location;
pub mod storage;
