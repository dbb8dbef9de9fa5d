//! The cloud service rules draft's screen (`#/rules`, in the results part): the draft made
//! from the open check and, if the owner ticks them, the other services checked on this
//! device; editable, copied as text, printed on its own (one or two A4 pages). The draft
//! itself is [`crate::rules`].

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::common::screen_heading;
use super::plan::help_desks;
use crate::content::checklist;
use crate::domain::site::Site;
use crate::domain::{sort_small_by, Assessment, Lang};
use crate::i18n::{rules_ui, ui};
use crate::kit::confirm::ConfirmButton;
use crate::kit::copy::CopyField;
use crate::platform;
use crate::route::Route;
use crate::rules::{rules, service_name, Sources};
use crate::state::Action;

pub struct RulesProps {
    pub lang: Lang,
    /// Every check on this device.
    pub assessments: Vec<Assessment>,
    /// The open check's id: the draft's first service, and where an edit is kept.
    pub current: String,
    /// The company, from the letter's sender (kept on this device).
    pub company: String,
    pub today: String,
    pub site: Option<Rc<Site>>,
    /// The other checks the owner ticked, if they did (else those [`offered`] ticks).
    pub with: Option<Vec<String>>,
    pub on_action: Callback<Action>,
}

/// The checks offered beside the open one, and those ticked at first: the newest of each
/// other service that has an answer (one per service; an older check of the same service is
/// offered, not ticked).
fn offered(props: &RulesProps) -> (Vec<&Assessment>, Vec<String>) {
    let others: Vec<&Assessment> = props
        .assessments
        .iter()
        .filter(|a| a.id != props.current)
        .collect();
    let mut seen: Vec<&str> = props
        .assessments
        .iter()
        .filter(|a| a.id == props.current)
        .map(|a| a.service_name.trim())
        .collect();
    let mut newest = others.clone();
    sort_small_by(&mut newest, |a, b| b.updated_at.cmp(&a.updated_at));
    let mut ticked = Vec::new();
    for a in newest {
        let name = a.service_name.trim();
        if a.entries.values().any(|e| e.answer.is_some()) && !seen.contains(&name) {
            seen.push(name);
            ticked.push(a.id.clone());
        }
    }
    (others, ticked)
}

/// The screen: a function of its props (the choice of checks is the reducer's), as every
/// screen without hooks is.
pub fn rules_screen(props: &RulesProps) -> Html {
    let lang = props.lang;
    let t = ui(lang);
    let w = rules_ui(lang);
    let c = checklist();
    let (others, ticked) = offered(props);
    let chosen: Vec<String> = props.with.clone().unwrap_or(ticked);
    let Some(current) = props.assessments.iter().find(|a| a.id == props.current) else {
        return Html::default();
    };
    let current = c.effective(current).into_owned();
    let scored: Vec<Assessment> = others
        .iter()
        .filter(|a| chosen.contains(&a.id))
        .map(|a| c.effective(a).into_owned())
        .collect();
    let checks: Vec<&Assessment> = std::iter::once(&current).chain(scored.iter()).collect();
    let (text, edited) = rules(
        lang,
        &Sources {
            checks: &checks,
            company: &props.company,
            today: &props.today,
            desks: help_desks(props.site.as_deref()),
        },
    );
    let on_choose = {
        let chosen = chosen.clone();
        props.on_action.reform(move |e: Event| {
            let field: HtmlInputElement = e.target_unchecked_into();
            let id = field.value();
            let mut next: Vec<String> = chosen.iter().filter(|c| **c != id).cloned().collect();
            if field.checked() {
                next.push(id);
            }
            Action::RulesWith(next)
        })
    };
    let set_text = move |text: Option<String>| Action::SetRulesText { lang, text };
    let on_edit = props
        .on_action
        .reform(move |text: String| set_text(Some(text)));
    let on_reset = props.on_action.reform(move |()| set_text(None));
    let total = c.items.len();
    let name = |a: &Assessment| service_name(lang, a);
    html! {
        <div key="rules" class="screen rules">
            <div class="no-print">
                { screen_heading(html! { <>{ t.rules_heading }</> }) }
                <p>{ w.lead }</p>
                if !others.is_empty() && !edited {
                    <fieldset class="letter-questions rules-checks" onchange={on_choose}>
                        <legend>{ w.choose_legend }</legend>
                        <label class="check-option">
                            <input type="checkbox" checked=true disabled=true />
                            { (w.choose_check)(&name(&current), current.answered_count(c.item_ids()), total) }{ w.current_mark }
                        </label>
                        { for others.iter().map(|a| html! {
                            <label class="check-option">
                                <input type="checkbox" value={a.id.clone()} checked={chosen.contains(&a.id)} />
                                { (w.choose_check)(&name(a), a.answered_count(c.item_ids()), total) }
                            </label>
                        }) }
                    </fieldset>
                }
                if props.company.trim().is_empty() {
                    <p class="hint">{ w.company_hint }</p>
                }
            </div>
            <div class="message no-print">
                <CopyField {lang} id="rules-text" label={w.text_label} text={text.clone()} rows={16}
                    button={w.copy} {on_edit} />
                if edited {
                    <div class="letter-edited">
                        <p class="hint">{ w.edited }</p>
                        <ConfirmButton label={w.reset} question={w.reset_question}
                            confirm={w.reset_confirm} cancel={t.cancel} on_confirm={on_reset} />
                    </div>
                } else {
                    <p class="hint">{ w.edit_hint }</p>
                }
            </div>
            <p class="actions no-print">
                <button type="button" class="button primary" onclick={Callback::from(|_| platform::document::print())}>
                    { w.print }
                </button>
                <a class="button" href={Route::Results.to_fragment()}>{ w.back }</a>
            </p>
            // A textarea prints only what fits in it: the whole text, on its own.
            <div class="print-only message-print rules-print" lang={lang.code()}>{ text }</div>
        </div>
    }
}
