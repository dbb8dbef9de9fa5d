//! Yew components. They render from props and send [`crate::state::Action`]s up; only the
//! root's effects call [`crate::platform`].

mod actions;
mod app;
mod assessments;
mod chart;
mod class;
mod compare;
mod confirm;
mod footer;
mod header;
mod item;
mod overview;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod results;
mod start;
mod status;

pub use app::{mount, App, AppProps};
pub use class::{ClassProps, ClassScreen};
pub use results::{provider_message, Env};
