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

    use crate::lms::{self, error_code, Interaction, LmsProblem, Report};
    use crate::platform;
    use crate::platform::lms::Api;
    use crate::state::{Action, AppState};

    /// How long after a change the report waits for the next one.
    const DEBOUNCE_MS: u32 = 800;

    /// `api`: the LMS's, if the app runs in one (and started there).
    #[hook]
    pub fn use_lms(api: Option<Api>, state: &AppState, dispatch: &Callback<Action>) {
        // A course record from a newer version is never overwritten: nothing is reported, and
        // leaving only ends the session.
        let hold = matches!(state.lms_problem, Some(LmsProblem::NewerRecord { .. }));
        // The report waiting for its moment, with the check's interactions as they stand.
        let latest = use_mut_ref(|| None::<(Report, Vec<Interaction>)>);
        // The interactions the course already has from this check: those of the check as the
        // session began (a check completed in an earlier visit was written then), then those
        // last written.
        let written = use_mut_ref(|| lms::interactions(state.current()));
        // The timer of the report that waits for its moment (replacing it cancels it), and
        // whether one is waiting.
        let timer = use_mut_ref(|| None::<Timeout>);
        let waiting = use_memo((), |_| Cell::new(false));
        let finished = use_memo((), |_| Cell::new(false));
        {
            let (api, dispatch, latest, waiting, written) = (
                api.clone(),
                dispatch.clone(),
                latest.clone(),
                waiting.clone(),
                written.clone(),
            );
            use_effect_with(
                (state.current().clone(), state.lms_retries),
                move |(check, _)| {
                    if let Some(api) = api.filter(|_| !hold) {
                        let report = lms::report(check);
                        let now = lms::interactions(check);
                        *latest.borrow_mut() = Some((report.clone(), now.clone()));
                        waiting.set(true);
                        *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                            waiting.set(false);
                            let problem = send(&api, &report, &written, &now);
                            dispatch.emit(Action::LmsReported {
                                problem,
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
                    if hold {
                        api.finish();
                        return;
                    }
                    // The report waiting for its moment goes now: the last answer is never lost.
                    let last = waiting
                        .replace(false)
                        .then(|| latest.borrow().clone())
                        .flatten();
                    if let Some((report, now)) = &last {
                        send(&api, report, &written, now);
                    }
                    finish(&api, started);
                })
            });
            move || drop(listener)
        });
    }

    /// Sends a report and the interactions not written yet (appended after the course's
    /// `_count`, which a resumed attempt gets back), and commits; the first refusal, if any.
    fn send(
        api: &Api,
        report: &Report,
        written: &std::cell::RefCell<Vec<Interaction>>,
        now: &[Interaction],
    ) -> Option<LmsProblem> {
        for (element, value) in report.values() {
            if let Some(problem) = refused(api, api.set(element, &value)) {
                return Some(problem);
            }
        }
        let new = lms::interactions_to_write(&written.borrow(), now);
        if !new.is_empty() {
            let start = api
                .get("cmi.interactions._count")
                .trim()
                .parse()
                .unwrap_or(0);
            let clock = platform::document::now();
            let time = clock.get(11..19).unwrap_or("00:00:00");
            for (element, value) in lms::interaction_values(&new, start, time) {
                if let Some(problem) = refused(api, api.set(&element, &value)) {
                    return Some(problem);
                }
            }
            *written.borrow_mut() = now.to_vec();
        }
        refused(api, api.commit())
    }

    /// A call's outcome, its error read: `None` when it worked.
    fn refused(api: &Api, answered_true: bool) -> Option<LmsProblem> {
        let code = error_code(&api.last_error());
        (!answered_true || code != 0).then_some(LmsProblem::Record { code })
    }

    /// The end of the session (the report still waiting has gone): suspend, time, commit,
    /// finish.
    fn finish(api: &Api, started: f64) {
        let ms = (platform::document::millis() - started).max(0.0) as u64;
        api.set("cmi.core.exit", "suspend");
        api.set("cmi.core.session_time", &lms::session_time(ms));
        api.commit();
        api.finish();
    }
}
