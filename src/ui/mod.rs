//! Yew components. They render from props and send [`crate::state::Action`]s up; only the
//! root's effects call [`crate::platform`].

mod app;
mod footer;
mod header;
mod item;
mod overview;
mod results;
mod start;

pub use app::{mount, App, AppProps};
pub use results::{provider_message, Env};
