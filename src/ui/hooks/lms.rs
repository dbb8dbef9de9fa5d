//! Inside a course's LMS (SCORM 1.2): reports the open check to the course a moment after
//! each change (and again when the user asks), and on leaving sends the last report, says
//! the attempt is suspended (so the next one resumes), the session's time, and finishes,
//! exactly once. Every call's error is read; a refusal shows as a warning with a way to
//! try again, and nothing is lost (the answers are kept on this device all along). Outside
//! an LMS this does nothing.

#[cfg(not(feature = "lms"))]
use {
    crate::platform::lms::Api,
    crate::state::{Action, AppState},
    yew::prelude::*,
};

/// `api`: the LMS's, if the app runs in one (and started there). Only the SCORM package's
/// build (feature "lms") carries this; the hosted tool's does nothing here.
#[cfg(not(feature = "lms"))]
#[hook]
pub fn use_lms(_api: Option<Api>, _state: &AppState, _dispatch: &Callback<Action>) {}

#[cfg(feature = "lms")]
pub use reporting::use_lms;

#[cfg(feature = "lms")]
mod reporting {
    use std::cell::Cell;

    use gloo_timers::callback::Timeout;
    use yew::prelude::*;

    use crate::lms::{self, error_code, LmsProblem, Report};
    use crate::platform;
    use crate::platform::lms::Api;
    use crate::state::{Action, AppState};

    /// How long after a change the report waits for the next one.
    const DEBOUNCE_MS: u32 = 800;

    /// `api`: the LMS's, if the app runs in one (and started there).
    #[hook]
    pub fn use_lms(api: Option<Api>, state: &AppState, dispatch: &Callback<Action>) {
        let latest = use_mut_ref(|| None::<Report>);
        // The timer of the report that waits for its moment (replacing it cancels it), and
        // whether one is waiting.
        let timer = use_mut_ref(|| None::<Timeout>);
        let waiting = use_memo((), |_| Cell::new(false));
        let finished = use_memo((), |_| Cell::new(false));
        {
            let (api, dispatch, latest, waiting) = (
                api.clone(),
                dispatch.clone(),
                latest.clone(),
                waiting.clone(),
            );
            use_effect_with(
                (state.current().clone(), state.lms_retries),
                move |(check, _)| {
                    if let Some(api) = api {
                        let report = lms::report(check);
                        *latest.borrow_mut() = Some(report.clone());
                        waiting.set(true);
                        *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                            waiting.set(false);
                            dispatch.emit(Action::LmsReported {
                                problem: send(&api, &report),
                                memos_left_out: report.memos_left_out,
                            });
                        }));
                    }
                },
            );
        }
        use_effect_with((), move |_| {
            let started = platform::document::millis();
            let listener = api.and_then(|api| {
                platform::document::on_page_hide(move || {
                    if finished.replace(true) {
                        return;
                    }
                    // The report waiting for its moment goes now: the last answer is never lost.
                    let last = waiting
                        .replace(false)
                        .then(|| latest.borrow().clone())
                        .flatten();
                    finish(&api, last.as_ref(), started);
                })
            });
            move || drop(listener)
        });
    }

    /// Sends a report and commits it; the first refusal, if any.
    fn send(api: &Api, report: &Report) -> Option<LmsProblem> {
        for (element, value) in report.values() {
            if let Some(problem) = refused(api, api.set(element, &value)) {
                return Some(problem);
            }
        }
        refused(api, api.commit())
    }

    /// A call's outcome, its error read: `None` when it worked.
    fn refused(api: &Api, answered_true: bool) -> Option<LmsProblem> {
        let code = error_code(&api.last_error());
        (!answered_true || code != 0).then_some(LmsProblem::Record { code })
    }

    /// The end of the session: the report still waiting, then suspend, time, commit, finish.
    fn finish(api: &Api, waiting: Option<&Report>, started: f64) {
        for (element, value) in waiting.map(Report::values).unwrap_or_default() {
            api.set(element, &value);
        }
        let ms = (platform::document::millis() - started).max(0.0) as u64;
        api.set("cmi.core.exit", "suspend");
        api.set("cmi.core.session_time", &lms::session_time(ms));
        api.commit();
        api.finish();
    }
}
