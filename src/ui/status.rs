//! What the user must know about their data, under the header: a persistent warning while
//! changes cannot be saved (with a way to export right away), a reminder to keep a copy
//! when work has gone days without an export, and one-off notices
//! (deleted, with undo; imported; data set aside; everything deleted); inside an LMS, a
//! warning while the course's record is not up to date, with a way to try again.

use yew::prelude::*;

use super::actions::export_all_json;
use crate::domain::{Assessment, Lang};
use crate::i18n::ui;
use crate::lms::LmsProblem;
use crate::persist::SaveProblem;
use crate::platform;
use crate::route::Route;
use crate::state::{Action, Notice};

pub struct StatusProps {
    pub lang: Lang,
    pub save_problem: Option<SaveProblem>,
    pub notice: Option<Notice>,
    pub assessments: Vec<Assessment>,
    pub today: String,
    /// Days of work not yet exported, when the user should be reminded to keep a copy.
    pub copy_reminder: Option<i64>,
    /// Inside an LMS: why the course's record is not up to date, if it is not.
    pub lms_problem: Option<LmsProblem>,
    /// Inside an LMS: the memos stay on this device only.
    pub lms_memos_left_out: bool,
    pub on_action: Callback<Action>,
}

pub fn status_banner(props: &StatusProps) -> Html {
    let t = ui(props.lang);
    let export = {
        let (assessments, lang, today) =
            (props.assessments.clone(), props.lang, props.today.clone());
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| export_all_json(&assessments, lang, &today, &on_action))
    };
    let dismiss = props
        .on_action
        .reform(|_: MouseEvent| Action::DismissNotice);
    let undo = props.on_action.reform(|_: MouseEvent| Action::UndoDelete);
    // The SCORM package's words (none in the hosted tool, which never runs in an LMS).
    let lms = crate::i18n::lms_ui(props.lang);
    html! {
        // A live region that is always there, so a notice that appears in it (imported,
        // deleted, a newer version) is announced; problems inside are alerts of their own.
        <div class="status-area" aria-live="polite">
            if let (Some(problem), Some(l)) = (props.lms_problem, lms) {
                <div class="banner warning lms-problem" role="alert">
                    <p>{ (l.lms_problem)(problem) }</p>
                    <p class="banner-actions">
                        if matches!(problem, LmsProblem::Record { .. }) {
                            <button type="button" class="button primary"
                                onclick={props.on_action.reform(|_: MouseEvent| Action::RetryLms)}>{ l.lms_retry }</button>
                        }
                        <a class="button" href={Route::Results.to_fragment()}>{ l.lms_to_code }</a>
                    </p>
                </div>
            } else if let (true, Some(l)) = (props.lms_memos_left_out, lms) {
                <p class="banner notice lms-memos">{ l.lms_memos_here }</p>
            }
            if let Some(problem) = props.save_problem {
                <div class="banner warning" role="alert">
                    <p>{ (t.save_problem)(problem) }</p>
                    <button type="button" class="button" onclick={export.clone()}>{ t.export_now }</button>
                </div>
            }
            if let (Some(days), None) = (props.copy_reminder, props.save_problem) {
                <div class="banner reminder">
                    <p>{ (t.copy_reminder)(days) }</p>
                    <button type="button" class="button" onclick={export}>{ t.export_all_json }</button>
                </div>
            }
            if let Some(notice) = &props.notice {
                // Focusable by script: it takes the focus when the control the user pressed
                // went away (see `ui::hooks::navigation`).
                <div class="banner notice" tabindex="-1">
                    <p>{ (t.notice)(notice) }</p>
                    if matches!(notice, Notice::EnglishUnavailable) && props.lang == Lang::Ja {
                        <p lang="en">{ crate::i18n::ENGLISH_UNAVAILABLE }</p>
                    }
                    <p class="banner-actions">
                        if matches!(notice, Notice::Deleted { .. } | Notice::DeletedElsewhere { .. }) {
                            <button type="button" class="button" onclick={undo}>{ t.undo }</button>
                        }
                        if matches!(notice, Notice::NewVersion) {
                            <button type="button" class="button primary"
                                onclick={Callback::from(|_| platform::document::reload())}>{ t.reload }</button>
                        }
                        <button type="button" class="link-button" onclick={dismiss}>{ t.dismiss }</button>
                    </p>
                </div>
            }
        </div>
    }
}
