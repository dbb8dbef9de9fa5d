//! Pure rules of the self-check: languages, the answer scale, one assessment and its progress,
//! scoring, the action plan and its working state, the export file format, result codes, and a trainer's class
//! overview.
//!
//! Nothing here imports yew, web_sys, gloo or wasm_bindgen; everything is tested natively.

mod answer;
mod assessment;
pub mod class;
pub mod code;
pub mod date;
pub mod format;
mod lang;
pub mod plan;
mod score;

pub use answer::Answer;
pub use assessment::{
    Assessment, Entry, Provider, Sender, MEMO_MAX_CHARS, PROVIDER_FIELD_MAX_CHARS,
    SENDER_FIELD_MAX_CHARS, SERVICE_NAME_MAX_CHARS,
};
pub use lang::Lang;
pub use plan::{action_plan, PlanItem, PlanStep, StepState, StepStatus};
pub use score::{points, verdict, Level, Score, Verdict, MAX_POINTS_PER_ITEM};
