//! The screens an owner needs only after answering (the results with the plan and the
//! letter, "My checks" with import and export, the comparison), each in a wasm part of its
//! own in the participants' release build (feature "split"): the first load carries the
//! start and item screens and the help around them, and the parts follow.
//!
//! How: each part's entry below is a split point of `wasm_split_helpers`; after cargo, the
//! release build (tools/post-build.mjs) runs `wasm-split-cli`, which moves every function
//! and every piece of data that only that entry reaches into a `.wasm` of its own, and the
//! glue fetches it when the entry is first called. Every part is fetched once the owner
//! moves on from the first screen ([`super::hooks::use_parts`]), and a page opened at a
//! part's address fetches that part beside the main wasm (tools/split.mjs), so an owner
//! rarely waits; the service worker precaches them with the rest.
//!
//! The screens themselves stay plain functions of their props: [`draw`] draws one when its
//! part is here and says `None` otherwise; [`fetch`] brings a part, once, and says whether it
//! came. Builds without the feature (development, tests, the prerender) carry every screen
//! and [`draw`] always draws.

use yew::prelude::*;

use super::assessments::{assessments_screen, AssessmentsProps};
use super::common::screen_heading;
use super::hooks::PartsHandle;
use super::results::{results_screen, ResultsProps};
use super::rules::RulesProps;
use crate::domain::Lang;
use crate::i18n::ui;
use crate::route::Route;

/// A part of the participants' wasm that is fetched after the first screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// Results, with the plan, the letter and printing, and the rules draft.
    Results,
    /// "My checks": the list, import, export, the stored data and the comparison.
    Checks,
}

impl Part {
    pub const ALL: [Part; 2] = [Part::Results, Part::Checks];

    /// The part a screen needs, if it is not in the first load.
    pub fn of(route: Route) -> Option<Part> {
        match route {
            Route::Results | Route::Rules => Some(Part::Results),
            Route::Assessments | Route::Compare => Some(Part::Checks),
            Route::Start | Route::Overview | Route::Item(_) | Route::Class => None,
        }
    }
}

/// What a part draws.
pub enum Screen<'a> {
    Results(&'a ResultsProps),
    Rules(&'a RulesProps),
    Checks(&'a AssessmentsProps),
    Compare(&'a super::compare::CompareProps),
}

impl Screen<'_> {
    fn part(&self) -> Part {
        match self {
            Screen::Results(_) | Screen::Rules(_) => Part::Results,
            Screen::Checks(_) | Screen::Compare(_) => Part::Checks,
        }
    }
}

/// The drawing code a part brings.
type Draw = fn(&Screen) -> Html;

/// Draws the results (what the results part hands back, so whatever it reaches is in that
/// part, not in the first load).
fn draw_results(screen: &Screen) -> Html {
    match screen {
        Screen::Results(props) => results_screen(props),
        Screen::Rules(props) => super::rules::rules_screen(props),
        Screen::Checks(_) | Screen::Compare(_) => Html::default(),
    }
}

/// Draws "My checks" and the comparison (what the checks part hands back).
fn draw_checks(screen: &Screen) -> Html {
    match screen {
        Screen::Checks(props) => assessments_screen(props),
        Screen::Compare(props) => yew::html! {
            <super::compare::CompareScreen lang={props.lang} assessments={props.assessments.clone()} current={props.current.clone()} />
        },
        Screen::Results(_) | Screen::Rules(_) => Html::default(),
    }
}

/// In place of a screen whose part is not here: its heading (where focus goes, as on any
/// new screen) and a line while the part comes, or, if it could not be had, what to do and
/// a button to try again.
pub fn waiting(lang: Lang, screen: &Screen, parts: &PartsHandle) -> Html {
    let t = ui(lang);
    let heading = match screen {
        Screen::Results(_) => t.results_heading,
        Screen::Rules(_) => t.rules_heading,
        Screen::Checks(_) => t.assessments_heading,
        Screen::Compare(_) => t.compare_heading,
    };
    let failed = parts.failed == Some(screen.part());
    html! {
        <div key="waiting" class={classes!("screen", "waiting", (!failed).then_some("coming"))}>
            { screen_heading(html! { <>{ heading }</> }) }
            if failed {
                <div class="banner warning" role="alert">
                    <p>{ t.part_failed }</p>
                    <button type="button" class="button" onclick={parts.retry.clone()}>{ t.part_retry }</button>
                </div>
            } else {
                <p class="loading" role="status">{ t.loading }</p>
            }
        </div>
    }
}

/// Whether `part` is here (always, in builds that carry every screen).
pub fn is_here(part: Part) -> bool {
    loaded(part).is_some()
}

/// Draws `screen` if its part is here.
pub fn draw(screen: &Screen) -> Option<Html> {
    loaded(screen.part()).map(|draw| draw(screen))
}

#[cfg(not(all(feature = "split", target_arch = "wasm32")))]
fn loaded(part: Part) -> Option<Draw> {
    Some(match part {
        Part::Results => draw_results,
        Part::Checks => draw_checks,
    })
}

/// Brings `part` and calls `done` with whether it came (at once when it is here).
#[cfg(not(all(feature = "split", target_arch = "wasm32")))]
pub fn fetch(_: Part, done: impl FnOnce(bool) + 'static) {
    done(true);
}

#[cfg(all(feature = "split", target_arch = "wasm32"))]
pub use split::fetch;
#[cfg(all(feature = "split", target_arch = "wasm32"))]
use split::loaded;

#[cfg(all(feature = "split", target_arch = "wasm32"))]
mod split {
    use std::sync::OnceLock;

    use wasm_split_helpers::{wasm_split, SplitLoaderError};

    use super::{draw_checks, draw_results, Draw, Part};

    // One entry per part, handing back its drawing function: `wasm-split-cli` moves what
    // only one entry reaches into that part, and what both reach into a chunk either brings.
    #[wasm_split(results, fallible)]
    fn results_part() -> Result<Draw, SplitLoaderError> {
        Ok(draw_results)
    }

    #[wasm_split(checks, fallible)]
    fn checks_part() -> Result<Draw, SplitLoaderError> {
        Ok(draw_checks)
    }

    static RESULTS: OnceLock<Draw> = OnceLock::new();
    static CHECKS: OnceLock<Draw> = OnceLock::new();

    fn slot(part: Part) -> &'static OnceLock<Draw> {
        match part {
            Part::Results => &RESULTS,
            Part::Checks => &CHECKS,
        }
    }

    pub(super) fn loaded(part: Part) -> Option<Draw> {
        slot(part).get().copied()
    }

    pub fn fetch(part: Part, done: impl FnOnce(bool) + 'static) {
        if loaded(part).is_some() {
            done(true);
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let got = match part {
                Part::Results => results_part().await,
                Part::Checks => checks_part().await,
            };
            done(match got {
                Ok(draw) => {
                    let _ = slot(part).set(draw);
                    true
                }
                Err(_) => false,
            });
        });
    }
}
