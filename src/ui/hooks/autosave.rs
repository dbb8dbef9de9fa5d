//! Autosave: after every change, carries out persist's plan for what changed since the last
//! write, takes in what it merged with another writer's version, and reports the outcome
//! (which shows as "saved" or as a warning).

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::StorageHandle;
use crate::content::checklist;
use crate::persist::{Op, SaveProblem, Snapshot};
use crate::platform;
use crate::state::{Action, AppState};

/// Saves `state` whenever what is kept of it changes.
#[hook]
pub fn use_autosave(storage: &StorageHandle, state: &AppState, dispatch: &Callback<Action>) {
    // Once a check is stored, the browser is asked to keep it (once a visit).
    let asked_to_keep = use_memo((), |_| Cell::new(false));
    let (storage, dispatch) = (storage.clone(), dispatch.clone());
    use_effect_with(
        (
            state.assessments.clone(),
            state.lang,
            state.current.clone(),
            state.last_export.clone(),
            state.sender.clone(),
            state.hold_saving,
        ),
        move |(assessments, lang, current, last_export, sender, hold)| {
            let now = Snapshot {
                assessments,
                lang: *lang,
                current,
                last_export: last_export.as_deref(),
                sender,
                hold: *hold,
            };
            save(&storage, now, &asked_to_keep, &dispatch);
        },
    );
}

fn save(
    storage: &StorageHandle,
    now: Snapshot,
    asked_to_keep: &Rc<Cell<bool>>,
    dispatch: &Callback<Action>,
) {
    let known: Vec<&str> = checklist().item_ids().collect();
    let mut autosave = storage.autosave.borrow_mut();
    let plan = autosave.plan(
        &storage.area,
        now,
        checklist().stamp(),
        &known,
        platform::storage::get,
    );
    if plan.steps.is_empty() && plan.blocked.is_empty() {
        return;
    }
    let mut problem = (!plan.blocked.is_empty()).then_some(SaveProblem::OtherVersion);
    let mut merged = Vec::new();
    for mut step in plan.steps {
        match platform::storage::apply(&step.op, &storage.source) {
            Ok(()) => {
                let stored_a_check = matches!(&step.op, Op::Set { key, .. } if storage.area.assessment_id(key).is_some());
                if stored_a_check && !asked_to_keep.replace(true) {
                    platform::storage::ask_to_keep();
                }
                merged.extend(step.adopt.take());
                autosave.done(step);
            }
            Err(p) => problem = problem.or(Some(p)),
        }
    }
    drop(autosave);
    for (merged, from) in merged {
        dispatch.emit(Action::Merged { merged, from });
    }
    dispatch.emit(Action::Saved(problem));
}
