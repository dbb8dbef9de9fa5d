//! The app's state and the one pure reducer that changes it.
//!
//! UI components send [`Action`]s; [`AppState::reduce`] returns the next state. Side effects
//! (saving, changing the URL) are done by the UI after the fact, never in here, so every
//! transition is tested natively. Never imports yew, web_sys, gloo or wasm_bindgen.

use crate::domain::{Answer, Assessment, Lang};
use crate::route::Route;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppState {
    pub lang: Lang,
    pub route: Route,
    pub assessment: Assessment,
}

/// Everything the user can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
    /// The URL fragment changed (a link, back/forward, or a typed URL).
    Navigate(Route),
    /// `None` clears the answer.
    SetAnswer {
        item: String,
        answer: Option<Answer>,
    },
    SetMemo {
        item: String,
        memo: String,
    },
    SetServiceName(String),
}

impl AppState {
    pub fn new(lang: Lang, route: Route) -> AppState {
        AppState {
            lang,
            route,
            assessment: Assessment::default(),
        }
    }

    /// The state after `action`.
    pub fn reduce(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::SetLang(lang) => next.lang = lang,
            Action::Navigate(route) => next.route = route,
            Action::SetAnswer { item, answer } => next.assessment.set_answer(&item, answer),
            Action::SetMemo { item, memo } => next.assessment.set_memo(&item, &memo),
            Action::SetServiceName(name) => next.assessment.set_service_name(&name),
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_change_only_what_they_name() {
        let s = AppState::new(Lang::Ja, Route::Start);
        let s2 = s.reduce(Action::SetLang(Lang::En));
        assert_eq!((s2.lang, s2.route), (Lang::En, Route::Start));
        let s3 = s2.reduce(Action::Navigate(Route::Item(4)));
        assert_eq!(s3.route, Route::Item(4));
        assert_eq!(s3.assessment, s.assessment);
        let s4 = s3.reduce(Action::SetAnswer {
            item: "backup".into(),
            answer: Some(Answer::Done),
        });
        assert_eq!(s4.assessment.answer("backup"), Some(Answer::Done));
        assert_eq!(s4.route, Route::Item(4));
        let s5 = s4.reduce(Action::SetMemo {
            item: "backup".into(),
            memo: "NAS に週1回".into(),
        });
        assert_eq!(s5.assessment.memo("backup"), "NAS に週1回");
        assert_eq!(s5.assessment.answer("backup"), Some(Answer::Done));
    }
}
