//! Yew components. They render from props and send [`crate::state::Action`]s up. All
//! storage I/O is the root's ([`mount`], and [`App`] through its hooks in `hooks/`); leaves call [`crate::platform`] only
//! for what a button does on the spot (a download, printing, the clipboard, reading a file).
//! Shared pieces live in `common` (which brings the pages' shared [`crate::kit`]), so no
//! screen imports another.

mod actions;
mod app;
mod assessments;
mod common;
mod compare;
mod english;
mod header;
mod hooks;
mod item;
mod mount;
mod moved;
mod overview;
mod parts;
mod plan;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod results;
mod rules;
mod start;
mod status;

pub use app::{App, AppProps};
pub use common::Env;
pub use hooks::load;
pub use mount::mount;
pub use parts::Part;
