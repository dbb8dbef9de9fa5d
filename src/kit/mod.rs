//! The shared kit of the two pages (the participants' `ui` and the trainer's `trainer`):
//! the Yew pieces both show, so neither page borrows from the other. Components render from
//! props; the only browser calls are what a button does on the spot (copying, reading a
//! dropped file), through [`crate::platform`].

pub mod chart;
pub mod common;
pub mod confirm;
pub mod copy;
pub mod file_drop;
pub mod footer;
pub mod site;
