//! Pure rules of the self-check: languages, the answer scale, one assessment and its progress,
//! scoring, the action plan and its working state, the export file format, result codes, what an import or a class overview was given, and a trainer's class
//! overview.
//!
//! Nothing here imports yew, web_sys, gloo or wasm_bindgen; everything is tested natively.

mod answer;
mod assessment;
pub mod class;
pub mod code;
pub mod date;
pub mod format;
pub mod intake;
mod lang;
pub mod plan;
mod score;
pub mod site;
pub mod text;

pub use answer::Answer;
pub use assessment::{
    Assessment, EditedText, Entry, Provider, Sender, LETTER_MAX_CHARS, MEMO_MAX_CHARS,
    PROVIDER_FIELD_MAX_CHARS, SENDER_FIELD_MAX_CHARS, SERVICE_NAME_MAX_CHARS,
};
pub use lang::Lang;
pub use plan::{StepState, StepStatus};
pub use score::{
    action_plan, open_safeguards, points, verdict, Level, PlanItem, PlanStep, Score, Verdict,
    MAX_POINTS_PER_ITEM,
};

/// A map of `pairs`, built by inserting each (a later key replaces an earlier one). Not
/// `collect()`: a `BTreeMap` collects by sorting its input first, and that sort,
/// monomorphised per call site, costs the wasm about 4 KB of code each.
pub fn map_of<K: Ord, V>(
    pairs: impl IntoIterator<Item = (K, V)>,
) -> std::collections::BTreeMap<K, V> {
    let mut map = std::collections::BTreeMap::new();
    for (k, v) in pairs {
        map.insert(k, v);
    }
    map
}

/// Sorts a short list stably (insertion sort). Every list this app sorts holds a few dozen
/// entries at most (items, saved checks, a class's codes), and the standard library's sorts,
/// monomorphised once per call site, cost the wasm several kilobytes for them.
pub fn sort_small_by<T>(list: &mut [T], cmp: impl Fn(&T, &T) -> std::cmp::Ordering) {
    for i in 1..list.len() {
        let mut j = i;
        while j > 0 && cmp(&list[j - 1], &list[j]).is_gt() {
            list.swap(j - 1, j);
            j -= 1;
        }
    }
}
