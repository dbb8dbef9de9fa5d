//! The app's state and the one pure reducer that changes it.
//!
//! UI components send [`Action`]s; [`AppState::reduce`] returns the next state, given the
//! current time (the only outside fact a transition needs; the UI passes it in). Side
//! effects (saving, changing the URL) are done by the UI after the fact, never in here, so
//! every transition is tested natively. Never imports yew, web_sys, gloo or wasm_bindgen.

use crate::domain::plan::{StepState, StepStatus};
use crate::domain::{Answer, Assessment, Lang, Provider, Sender};
use crate::lms::LmsProblem;
use crate::persist::SaveProblem;
use crate::route::Route;

/// Something the user should be told once, until they dismiss it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Saved data could not be read; it was kept aside under backup keys, untouched.
    CorruptSetAside { keys: Vec<String> },
    /// Checks saved by another version of the tool were left as they are.
    OtherVersion { keys: Vec<String> },
    /// The check open here was deleted in another tab; it can be brought back.
    DeletedElsewhere { name: String },
    /// An assessment was deleted; it can still be brought back.
    Deleted { name: String },
    /// The deleted assessment was brought back (and opened).
    Restored { name: String },
    /// Assessments were imported as new ones.
    Imported { count: usize },
    /// An assessment was replaced by one from a file.
    Replaced { name: String },
    /// "Delete all my data" removed these storage keys.
    DataDeleted { keys: Vec<String> },
    /// Another tab (or another embed on this page) deleted all this tool's data; this one
    /// forgot what it held too.
    DataDeletedElsewhere,
    /// A new version of the app was installed; a reload starts it.
    NewVersion,
    /// The English could not be fetched (see `crate::content::english`): still Japanese.
    EnglishUnavailable,
}

impl Notice {
    /// Whether the notice is the result of what the user just did (deleted, imported,
    /// replaced): then, if the control they pressed went away, the focus goes to it.
    pub fn answers_the_user(&self) -> bool {
        matches!(
            self,
            Notice::Deleted { .. }
                | Notice::Restored { .. }
                | Notice::Imported { .. }
                | Notice::Replaced { .. }
                | Notice::DataDeleted { .. }
        )
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppState {
    pub lang: Lang,
    pub route: Route,
    /// Every assessment on this device, oldest first. Never empty.
    pub assessments: Vec<Assessment>,
    /// The id of the assessment being answered.
    pub current: String,
    /// Set while changes cannot be saved.
    pub save_problem: Option<SaveProblem>,
    pub notice: Option<Notice>,
    /// The last deleted assessment, for undo.
    pub deleted: Option<Assessment>,
    /// Set by "delete all my data": nothing is written again until the user acts.
    pub hold_saving: bool,
    /// A result code from a link (`#/code/…`), waiting in the import preview for the user
    /// to take it in or not: never imported silently.
    pub incoming_code: Option<String>,
    /// When the user last saved a JSON export (ISO 8601), remembered between visits.
    pub last_export: Option<String>,
    /// Who signs the letter to the provider (this device only).
    pub sender: Sender,
    /// Inside an LMS: why the course's record is not up to date, if it is not.
    pub lms_problem: Option<LmsProblem>,
    /// Inside an LMS: the memos did not fit the course's record and stay on this device.
    pub lms_memos_left_out: bool,
    /// Inside an LMS: how often the user asked to send the record again.
    pub lms_retries: u32,
    /// The English was fetched for something shown in Japanese (the English letter); only
    /// so that what shows it is drawn again (see `crate::content::english`).
    pub english_fetched: bool,
    /// The other checks the rules draft covers, as the owner ticked them (by id); `None`
    /// until they tick one (the screen then offers its own choice). Not stored: a choice
    /// for this visit.
    pub rules_with: Option<Vec<String>>,
}

/// Everything that can change the state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
    /// The URL fragment changed (a link, back/forward, or a typed URL).
    Navigate(Route),
    /// On the current assessment; `None` clears the answer.
    SetAnswer {
        item: String,
        answer: Option<Answer>,
    },
    /// On the current assessment.
    SetMemo {
        item: String,
        memo: String,
    },
    /// On the current assessment.
    SetServiceName(String),
    /// On the current assessment: a plan step's notes (who, by when, how far).
    SetStep {
        item: String,
        step: StepState,
    },
    /// On the current assessment: the service lacks what the item asks for.
    SetLacksFeature {
        item: String,
        lacks: bool,
    },
    /// On the current assessment: who provides the service.
    SetProvider(Provider),
    /// On the current assessment: the letter went to the provider on `date`
    /// (`YYYY-MM-DD`); these items' steps are now waiting for its answer (a step marked
    /// done stays done), and the reply-by date the letter gave is kept if none was set
    /// (the default moves with the day).
    Asked {
        items: Vec<String>,
        date: String,
        reply_by: String,
    },
    /// On the current assessment: the owner puts `item`'s question in the letter (`ask`) or
    /// takes it out.
    SetLetterQuestion {
        item: String,
        ask: bool,
    },
    /// On the current assessment: the letter in `lang` as the owner edited it, or (`None`)
    /// back to the letter the tool writes.
    SetLetterText {
        lang: Lang,
        text: Option<String>,
    },
    /// The rules draft covers these other checks (by id), as the owner ticked them.
    RulesWith(Vec<String>),
    /// On the current assessment: the rules draft in `lang` as the owner edited it, or
    /// (`None`) back to the draft the tool writes from the answers.
    SetRulesText {
        lang: Lang,
        text: Option<String>,
    },
    /// Who signs the letter (kept on this device).
    SetSender(Sender),
    /// Starts a new, empty assessment, makes it current and opens its start screen.
    StartNew {
        id: String,
    },
    /// The start screen's "check another service": a new assessment named `name` becomes
    /// current and opens at its first item; the one that was open keeps its name and answers.
    StartAnother {
        id: String,
        name: String,
    },
    /// Makes an assessment current and opens its start screen.
    Open {
        id: String,
    },
    Rename {
        id: String,
        name: String,
    },
    /// Copies an assessment's answers into a new one (a re-check) and makes it current.
    Duplicate {
        id: String,
        new_id: String,
        name: String,
    },
    /// Deletes an assessment (after the user confirmed). If it was the last one, a fresh
    /// one with `fresh_id` takes its place.
    Delete {
        id: String,
        fresh_id: String,
    },
    UndoDelete,
    /// Adds assessments from a file under new ids (one per assessment, in order).
    ImportAsNew {
        assessments: Vec<Assessment>,
        new_ids: Vec<String>,
    },
    /// Replaces the assessment `target` with one from a file, keeping `target`'s id.
    Replace {
        target: String,
        with: Assessment,
    },
    /// Another tab (or embed) saved (`Some`) or deleted (`None`) the assessment with this
    /// id. A saved one is merged with this tab's, `base` being the version both started
    /// from (see `Assessment::merge`), so neither side's answers are lost.
    External {
        id: String,
        assessment: Option<Assessment>,
        base: Option<Assessment>,
    },
    /// Autosave found that someone else had stored this check since this tab last wrote
    /// or saw it, and stored the merge of both (`from`: this tab's version the merge was
    /// made from). Taken in as it is, unless the check changed here since: then those
    /// changes stay on top.
    Merged {
        merged: Assessment,
        from: Assessment,
    },
    /// The result of the last save.
    Saved(Option<SaveProblem>),
    /// A JSON export was handed to the browser at this time: a copy the user can keep.
    Exported(String),
    /// All stored data was deleted; start again with one fresh assessment.
    DataDeleted {
        keys: Vec<String>,
        fresh_id: String,
    },
    /// Another tab or embed deleted all this tool's data (see
    /// `persist::deleted_all_elsewhere`): forget it here too, with nothing to bring back.
    DataDeletedElsewhere {
        fresh_id: String,
    },
    DismissNotice,
    /// The offline copy was updated to a new version while the page was open.
    NewVersion,
    /// The English could not be fetched (see `crate::content::english`).
    EnglishUnavailable,
    /// The English was fetched while the interface stays Japanese (for the English letter).
    EnglishFetched,
    /// A link carried a result code: show it in the import preview of "My checks".
    OpenCode(String),
    /// Inside an LMS: the outcome of the last report to the course.
    LmsReported {
        problem: Option<LmsProblem>,
        memos_left_out: bool,
    },
    /// Inside an LMS: the user asks to send the record again.
    RetryLms,
}

impl Action {
    /// Whether this only follows something (a link, a save, another tab, a notice) rather
    /// than being something the user did to their data; after "delete all my data" only
    /// an action that is not passive resumes saving. Exhaustive on purpose: a new action
    /// must be placed on one side.
    pub fn is_passive(&self) -> bool {
        match self {
            Action::Navigate(_)
            | Action::RulesWith(_)
            | Action::Saved(_)
            | Action::Exported(_)
            | Action::DismissNotice
            | Action::NewVersion
            | Action::EnglishUnavailable
            | Action::EnglishFetched
            | Action::External { .. }
            | Action::Merged { .. }
            | Action::DataDeleted { .. }
            | Action::DataDeletedElsewhere { .. }
            | Action::OpenCode(_)
            | Action::LmsReported { .. }
            | Action::RetryLms => true,
            Action::SetLang(_)
            | Action::SetAnswer { .. }
            | Action::SetMemo { .. }
            | Action::SetServiceName(_)
            | Action::SetStep { .. }
            | Action::SetLacksFeature { .. }
            | Action::SetProvider(_)
            | Action::SetLetterQuestion { .. }
            | Action::SetLetterText { .. }
            | Action::SetRulesText { .. }
            | Action::Asked { .. }
            | Action::SetSender(_)
            | Action::StartNew { .. }
            | Action::StartAnother { .. }
            | Action::Open { .. }
            | Action::Rename { .. }
            | Action::Duplicate { .. }
            | Action::Delete { .. }
            | Action::UndoDelete
            | Action::ImportAsNew { .. }
            | Action::Replace { .. } => false,
        }
    }
}

impl AppState {
    /// A state with one fresh assessment.
    pub fn new(lang: Lang, route: Route) -> AppState {
        AppState::restore(lang, route, Vec::new(), None, "a1", "")
    }

    /// The state at start-up, from what storage held. `fresh_id` names a new assessment
    /// if there is none; `current` falls back to the most recently changed one.
    pub fn restore(
        lang: Lang,
        route: Route,
        mut assessments: Vec<Assessment>,
        current: Option<&str>,
        fresh_id: &str,
        now: &str,
    ) -> AppState {
        crate::domain::sort_small_by(&mut assessments, by_creation);
        if assessments.is_empty() {
            assessments.push(Assessment::new(fresh_id, now));
        }
        let current = current
            .filter(|id| assessments.iter().any(|a| a.id == *id))
            .map(str::to_owned)
            .or_else(|| {
                assessments
                    .iter()
                    .max_by_key(|a| &a.updated_at)
                    .map(|a| a.id.clone())
            })
            .unwrap_or_default();
        AppState {
            lang,
            route,
            assessments,
            current,
            ..AppState::default()
        }
    }

    /// The assessment being answered.
    pub fn current(&self) -> &Assessment {
        self.find(&self.current).unwrap_or(&self.assessments[0])
    }

    pub fn find(&self, id: &str) -> Option<&Assessment> {
        self.assessments.iter().find(|a| a.id == id)
    }

    /// The state after `action`, at time `now` (ISO 8601).
    pub fn reduce(&self, action: Action, now: &str) -> AppState {
        let mut next = self.clone();
        // Anything the user does (not merely looking around) resumes saving.
        if !action.is_passive() {
            next.hold_saving = false;
        }
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Navigate(route) => next.route = route,
            Action::SetAnswer { item, answer } => {
                next.edit_current(now, |a| a.set_answer(&item, answer));
            }
            Action::SetMemo { item, memo } => next.edit_current(now, |a| a.set_memo(&item, &memo)),
            Action::SetServiceName(name) => next.edit_current(now, |a| a.set_service_name(&name)),
            Action::SetStep { item, step } => next.edit_current(now, |a| a.set_step(&item, step)),
            Action::SetLacksFeature { item, lacks } => {
                next.edit_current(now, |a| a.set_lacks_feature(&item, lacks));
            }
            Action::SetProvider(provider) => next.edit_current(now, |a| a.set_provider(&provider)),
            Action::SetLetterQuestion { item, ask } => {
                next.edit_current(now, |a| a.set_letter_choice(&item, ask));
            }
            Action::SetLetterText { lang, text } => {
                next.edit_current(now, |a| a.letter.set_edited(lang, text.as_deref()));
            }
            Action::RulesWith(ids) => next.rules_with = Some(ids),
            Action::SetRulesText { lang, text } => {
                next.edit_current(now, |a| a.rules.set_edited(lang, text.as_deref()));
            }
            Action::Asked {
                items,
                date,
                reply_by,
            } => next.edit_current(now, |a| {
                if a.provider.reply_by.is_empty() {
                    a.provider.reply_by = reply_by;
                }
                for item in &items {
                    let step = a.step(item);
                    if step.status != StepStatus::Done {
                        a.set_step(
                            item,
                            StepState {
                                status: StepStatus::Waiting,
                                asked_on: date.clone(),
                                ..step
                            },
                        );
                    }
                }
            }),
            Action::SetSender(sender) => next.sender = sender.bounded(),
            Action::StartNew { id } => {
                next.assessments.push(Assessment::new(&id, now));
                next.current = id;
                next.route = Route::Start;
            }
            Action::StartAnother { id, name } => {
                let mut another = Assessment::new(&id, now);
                another.set_service_name(&name);
                next.assessments.push(another);
                next.current = id;
                next.route = Route::Item(1);
            }
            Action::Open { id } => {
                if next.find(&id).is_some() {
                    next.current = id;
                    next.route = Route::Start;
                }
            }
            Action::Rename { id, name } => next.edit(&id, now, |a| a.set_service_name(&name)),
            Action::Duplicate { id, new_id, name } => {
                if let Some(copy) = self.find(&id).map(|a| a.duplicate(&new_id, now, &name)) {
                    next.assessments.push(copy);
                    next.current = new_id;
                }
            }
            Action::Delete { id, fresh_id } => {
                if let Some(pos) = next.assessments.iter().position(|a| a.id == id) {
                    let gone = next.assessments.remove(pos);
                    next.notice = Some(Notice::Deleted {
                        name: gone.service_name.clone(),
                    });
                    next.deleted = Some(gone);
                    next.ensure_one(&fresh_id, now);
                }
            }
            Action::UndoDelete => {
                if let Some(back) = next.deleted.take() {
                    next.current = back.id.clone();
                    next.notice = Some(Notice::Restored {
                        name: back.service_name.clone(),
                    });
                    next.upsert(back);
                }
            }
            Action::ImportAsNew {
                assessments,
                new_ids,
            } => {
                let count = assessments.len().min(new_ids.len());
                for (mut a, id) in assessments.into_iter().zip(new_ids) {
                    a.id = id.clone();
                    next.current = id;
                    next.assessments.push(a);
                }
                next.notice = Some(Notice::Imported { count });
                next.incoming_code = None;
            }
            Action::Replace { target, mut with } => {
                if next.find(&target).is_some() {
                    with.id = target.clone();
                    with.updated_at = now.to_owned();
                    next.notice = Some(Notice::Replaced {
                        name: with.service_name.clone(),
                    });
                    next.upsert(with);
                    next.current = target;
                    next.incoming_code = None;
                }
            }
            Action::External {
                id,
                assessment,
                base,
            } => match assessment {
                Some(theirs) => {
                    let merged = match self.find(&id) {
                        Some(ours) => Assessment::merge(base.as_ref(), ours, &theirs),
                        None => theirs,
                    };
                    next.upsert(merged);
                }
                None => {
                    if let Some(pos) = next.assessments.iter().position(|a| a.id == id) {
                        let gone = next.assessments.remove(pos);
                        // Deleted under the user's hands: say so, and offer it back.
                        if id == self.current {
                            next.notice = Some(Notice::DeletedElsewhere {
                                name: gone.service_name.clone(),
                            });
                            next.deleted = Some(gone);
                        }
                        next.ensure_one(&format!("{id}-new"), now);
                    }
                }
            },
            Action::Merged { merged, from } => {
                // A check deleted here meanwhile stays deleted.
                if let Some(ours) = self.find(&merged.id) {
                    let taken = if *ours == from {
                        merged
                    } else {
                        Assessment::merge(Some(&from), ours, &merged)
                    };
                    next.upsert(taken);
                }
            }
            Action::Saved(problem) => next.save_problem = problem,
            Action::Exported(at) => next.last_export = Some(at),
            Action::DataDeleted { keys, fresh_id } => {
                next.forget_all(fresh_id, now);
                next.notice = Some(Notice::DataDeleted { keys });
            }
            Action::DataDeletedElsewhere { fresh_id } => {
                next.forget_all(fresh_id, now);
                next.notice = Some(Notice::DataDeletedElsewhere);
            }
            Action::DismissNotice => next.notice = None,
            Action::NewVersion => next.notice = Some(Notice::NewVersion),
            Action::EnglishUnavailable => next.notice = Some(Notice::EnglishUnavailable),
            Action::EnglishFetched => next.english_fetched = true,
            Action::OpenCode(code) => {
                next.incoming_code = Some(code);
                next.route = Route::Assessments;
            }
            Action::LmsReported {
                problem,
                memos_left_out,
            } => {
                next.lms_problem = problem;
                next.lms_memos_left_out = memos_left_out;
            }
            Action::RetryLms => next.lms_retries += 1,
        }
        next
    }

    fn edit_current(&mut self, now: &str, change: impl FnOnce(&mut Assessment)) {
        let id = self.current().id.clone();
        self.edit(&id, now, change);
    }

    /// Applies `change`; stamps `updated_at` only if something really changed, and
    /// `answered_at` only if an answer did. A check saved before `answered_at` was kept
    /// counts its review from its last change ([`Assessment::answered_on`]): an edit that is
    /// not an answer fixes that date as its `answered_at`, so the review does not move.
    fn edit(&mut self, id: &str, now: &str, change: impl FnOnce(&mut Assessment)) {
        if let Some(a) = self.assessments.iter_mut().find(|a| a.id == id) {
            let before = a.clone();
            change(a);
            stamp(a, before, now);
        }
    }

    fn upsert(&mut self, assessment: Assessment) {
        match self.assessments.iter_mut().find(|a| a.id == assessment.id) {
            Some(slot) => *slot = assessment,
            None => {
                self.assessments.push(assessment);
                crate::domain::sort_small_by(&mut self.assessments, by_creation);
            }
        }
    }

    /// "Delete all": one fresh check, and nothing kept of what was (the letter's sender,
    /// the last export, a check that could be brought back); nothing is written again
    /// until the user acts.
    fn forget_all(&mut self, fresh_id: String, now: &str) {
        self.assessments = vec![Assessment::new(&fresh_id, now)];
        self.current = fresh_id;
        self.deleted = None;
        self.sender = Sender::default();
        self.last_export = None;
        self.incoming_code = None;
        self.hold_saving = true;
    }

    /// Keeps the "never empty" and "current exists" promises after a removal.
    fn ensure_one(&mut self, fresh_id: &str, now: &str) {
        if self.assessments.is_empty() {
            self.assessments.push(Assessment::new(fresh_id, now));
        }
        if self.find(&self.current).is_none() {
            self.current = self.assessments[self.assessments.len() - 1].id.clone();
        }
    }
}

/// Stamps `a`, just changed from `before` (see `AppState::edit`). Not generic, and kept
/// out of line: `edit` is made once for each kind of change, and this part is the same for
/// all of them.
#[inline(never)]
fn stamp(a: &mut Assessment, before: Assessment, now: &str) {
    if *a != before {
        a.updated_at = now.to_owned();
        if a.answers_differ(&before) {
            a.answered_at = now.to_owned();
        } else if a.answered_at.is_empty() && !before.entries.is_empty() {
            a.answered_at = before.updated_at;
        }
    }
}

/// The list of checks' order: oldest first, ties by id.
fn by_creation(a: &Assessment, b: &Assessment) -> std::cmp::Ordering {
    (&a.created_at, &a.id).cmp(&(&b.created_at, &b.id))
}
