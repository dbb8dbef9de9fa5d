//! The working part of the results: what to do this week, the action plan as a list the
//! owner works through (who, by when, how far, printed as a table), the letter to the
//! provider, the date to look again (with a calendar file), and what to do if something
//! happens now.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::actions::export_calendar;
use super::common::{jump_link, marked_japanese};
use super::english::when_ready;
use crate::content::{checklist, english, Advice, Asks, Item, QuickWin};
use crate::domain::plan::{progress, StepStatus};
use crate::domain::site::{HelpDesk, Site};
use crate::domain::{Answer, Assessment, Lang, PlanStep, Provider, Sender};
use crate::export;
use crate::i18n::{plan_ui, rules_ui, ui};
use crate::kit::confirm::ConfirmButton;
use crate::kit::copy::CopyField;
use crate::letter::{letter, mail, reply_by, Letter};
use crate::route::Route;
use crate::state::Action;

pub struct PlanProps<'a> {
    pub lang: Lang,
    /// The check as scored (see `Checklist::effective`).
    pub assessment: &'a Assessment,
    /// The checklist's advice on it, worked out once per render.
    pub advice: &'a Advice<'static>,
    pub sender: &'a Sender,
    /// `YYYY-MM-DD`.
    pub today: &'a str,
    /// The tool's folder (see `Env::app_base`), where the checklist's English is fetched.
    pub app_base: &'a str,
    /// The tool's address, for the calendar file's link.
    pub tool_url: &'a str,
    /// The hosting site's help desks (`site.json`), beside IPA's in "if something happens".
    pub desks: &'a [HelpDesk],
    pub on_action: &'a Callback<Action>,
}

/// "This week": up to three concrete actions taken from the plan's order.
pub fn this_week(props: &PlanProps) -> Html {
    let p = plan_ui(props.lang);
    let wins = &props.advice.quick_wins;
    if wins.is_empty() {
        return Html::default();
    }
    let questions = props.advice.asked.len();
    html! {
        <section class="this-week" aria-labelledby="week-heading">
            <h2 id="week-heading" tabindex="-1">{ p.week_heading }</h2>
            <p>{ p.week_lead }</p>
            <ol class="week-list">
                { for wins.iter().map(|win| match win {
                    QuickWin::Item(item, text) => html! {
                        <li>{ (p.week_item)(text.get(props.lang), item.number) }</li>
                    },
                    QuickWin::Letter => html! {
                        <li>{ jump_link("letter-heading", "inline-link", html! { <>{ (p.week_letter)(questions) }</> }) }</li>
                    },
                }) }
            </ol>
        </section>
    }
}

/// The action plan as a working list: each step with who, by when and its status.
pub fn plan_section(props: &PlanProps) -> Html {
    let lang = props.lang;
    let p = plan_ui(lang);
    let c = checklist();
    let a = props.assessment;
    let plan = &props.advice.plan;
    let done = progress(a, plan, props.today);
    let asked_today = plan
        .iter()
        .filter(|s| {
            let step = a.step(s.item_id);
            step.status == StepStatus::Waiting && step.asked_on == props.today
        })
        .count();
    html! {
        <section class="plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading" tabindex="-1">{ p.plan_heading }</h2>
            if plan.is_empty() {
                // Empty only so far while items are still unanswered.
                <p>{ if a.first_unanswered(c.item_ids()).is_some() { p.plan_empty_so_far } else { p.plan_empty } }</p>
            } else {
                <p>{ p.plan_lead }</p>
                <p class="plan-progress" role="status">
                    <strong>{ (p.progress)(done.done, done.total, done.overdue) }</strong>
                    if asked_today > 0 {
                        <span class="sent-note">{ " " }{ (p.sent_note)(asked_today, props.today) }</span>
                    }
                </p>
                <ol class="plan-steps no-print">
                    { for plan.iter().filter_map(|step| {
                        let item = c.item(step.item_id)?;
                        Some(plan_step(props, item, step))
                    }) }
                </ol>
                { plan_table(props, plan) }
            }
        </section>
    }
}

fn plan_step(props: &PlanProps, item: &Item, step: &PlanStep) -> Html {
    let lang = props.lang;
    let t = ui(lang);
    let p = plan_ui(lang);
    let a = props.assessment;
    let memo = a.memo(&item.id);
    let state = a.step(&item.id);
    let lacking = item
        .lacks_feature
        .as_ref()
        .filter(|_| a.lacks_feature(&item.id));
    let overdue = state.is_overdue(props.today);
    let id = |field: &str| format!("step-{}-{field}", item.id);
    // One handler for the three fields (their events bubble): each field's name says which.
    // Input for typing; change too, which is what a select surely fires (WebDriver's click
    // on an option fires only that).
    let on_field = {
        let (on_action, item_id, state) =
            (props.on_action.clone(), item.id.to_string(), state.clone());
        Callback::from(move |e: Event| {
            let (name, value) = named_value(&e);
            let mut step = state.clone();
            match name.as_str() {
                "owner" => step.owner = value,
                "due" => step.due = value,
                _ => step.status = StepStatus::from_key(&value).unwrap_or_default(),
            }
            on_action.emit(Action::SetStep {
                item: item_id.clone(),
                step,
            });
        })
    };
    let mark_answer_done = {
        let (on_action, item_id) = (props.on_action.clone(), item.id.to_string());
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::SetAnswer {
                item: item_id.clone(),
                answer: Some(Answer::Done),
            });
        })
    };
    html! {
        <li class={classes!("plan-step", step.critical.then_some("critical"))}>
            <h3 id={id("heading")}>
                { format!("{}. {}", item.number, item.title.get(lang)) }
                <span class={classes!("badge", step.answer.key())}>{ t.answer(step.answer).label }</span>
                if step.critical {
                    <span class="badge critical">{ p.critical_badge }</span>
                }
            </h3>
            if !memo.is_empty() {
                <p class="memo-quote">{ format!("{}: {memo}", t.col_memo) }</p>
            }
            if let Some(first) = item.first_step(a) {
                <p class="step-first"><strong>{ p.step_first }</strong>{ first.get(lang) }</p>
            }
            // Named by the step's heading: a screen reader going from field to field hears
            // which step a 担当 / 期限 / 状況 belongs to (WCAG 1.3.1).
            <div class="step-fields" role="group" aria-labelledby={id("heading")}
                oninput={on_field.reform(Event::from)} onchange={on_field}>
                <div class="field">
                    <label for={id("owner")}>{ t.owner_label }</label>
                    <input type="text" name="owner" id={id("owner")} value={state.owner.clone()} autocomplete="off" />
                </div>
                <div class="field">
                    <label for={id("due")}>{ t.due_label }</label>
                    <input type="date" name="due" id={id("due")} value={state.due.clone()}
                        aria-describedby={overdue.then(|| id("overdue"))} />
                </div>
                <div class="field">
                    <label for={id("status")}>{ t.status_label }</label>
                    <select name="status" id={id("status")}>
                        { for StepStatus::ALL.into_iter().map(|s| html! {
                            <option value={s.key()} selected={s == state.status}>{ (t.status_name)(s) }</option>
                        }) }
                    </select>
                </div>
            </div>
            if overdue {
                <p class="overdue" id={id("overdue")}>{ format!("⚠ {}", p.overdue) }</p>
            }
            if !state.asked_on.is_empty() {
                <p class="asked-on">{ (p.asked_on)(&state.asked_on) }</p>
            }
            if state.status == StepStatus::Done {
                <p class="done-offer">
                    { p.done_offer }{ " " }
                    <button type="button" class="button" onclick={mark_answer_done}>{ p.done_offer_button }</button>
                </p>
            }
            // The rest folded: a phone shows the whole plan as some ten screens otherwise.
            <details class="step-more">
                <summary>{ p.step_more }</summary>
                if let Some(lacks) = lacking {
                    <p class="plan-sub">{ p.lacks_question_heading }</p>
                    <p class="question-text">{ lacks.question.get(lang) }</p>
                    <p class="plan-sub">{ p.plan_steps_heading }</p>
                    <ul>{ for lacks.steps.iter().map(|s| html! { <li>{ s.get(lang) }</li> }) }</ul>
                } else {
                    if step.answer == Answer::Unknown && item.asks == Asks::Company {
                        <p class="plan-sub">{ p.plan_internal_heading }</p>
                        <p>{ p.plan_internal_text }</p>
                        <p class="question-text">{ item.provider_question.get(lang) }</p>
                    } else if item.asks == Asks::Provider || step.answer == Answer::Unknown {
                        <p class="plan-sub">{ p.plan_question_heading }</p>
                        <p class="question-text">{ item.provider_question.get(lang) }</p>
                    }
                    <p class="plan-sub">{ p.plan_steps_heading }</p>
                    <ul>{ for item.steps.iter().map(|s| html! { <li>{ s.get(lang) }</li> }) }</ul>
                }
                <p class="open-item"><a href={Route::Item(item.number).to_fragment()}>{ (p.open_item)(item.number) }</a></p>
            </details>
        </li>
    }
}

/// The plan on paper: one row per step with its first action, and room for who, by when
/// and the status (each on one line: a word broken across lines reads as two).
fn plan_table(props: &PlanProps, plan: &[PlanStep]) -> Html {
    let lang = props.lang;
    let t = ui(lang);
    let p = plan_ui(lang);
    let c = checklist();
    html! {
        <table class="plan-table print-only">
            <caption>{ p.table_caption }</caption>
            <thead><tr>
                <th scope="col">{ p.col_number }</th>
                <th scope="col">{ t.col_item }</th>
                <th scope="col">{ t.col_answer }</th>
                <th scope="col">{ t.owner_label }</th>
                <th scope="col">{ t.due_label }</th>
                <th scope="col">{ t.status_label }</th>
            </tr></thead>
            <tbody>
                { for plan.iter().enumerate().filter_map(|(n, step)| {
                    let item = c.item(step.item_id)?;
                    let state = props.assessment.step(&item.id);
                    let first = item.first_step(props.assessment);
                    let status = if state.is_overdue(props.today) {
                        format!("{}{}", (t.status_name)(state.status), (t.in_brackets)(p.overdue))
                    } else {
                        (t.status_name)(state.status).to_owned()
                    };
                    Some(html! {
                        <tr>
                            <td>{ n + 1 }</td>
                            <th scope="row">
                                { format!("{}. {}", item.number, item.title.get(lang)) }
                                if step.critical { { format!(" [{}]", p.critical_badge) } }
                                if let Some(first) = first {
                                    <span class="plan-first-action">{ first.get(lang) }</span>
                                }
                            </th>
                            <td class="one-line">{ t.answer(step.answer).label }</td>
                            <td class="blank-cell">{ &state.owner }</td>
                            <td class="blank-cell one-line">{ &state.due }</td>
                            <td class="one-line">{ status }</td>
                        </tr>
                    })
                }) }
            </tbody>
        </table>
    }
}

/// The letter to the provider: its addressee and sender fields, a box per question (the
/// provider's ticked, the company's own not), and the letter in the user's language and,
/// folded, the other (a Japanese company may write to a provider abroad), each editable.
pub fn letter_section(props: &PlanProps) -> Html {
    let lang = props.lang;
    let p = plan_ui(lang);
    let c = checklist();
    let a = props.assessment;
    let questions = &props.advice.questions;
    if questions.is_empty() {
        return Html::default();
    }
    let asked = &props.advice.asked;
    let own = letter(lang, a, asked, props.sender, props.today);
    // "Sent" marks the steps whose questions the letter asks.
    let sent = own.as_ref().map(|l| mark_sent(props, &l.items));
    let on_provider = {
        let (on_action, provider) = (props.on_action.clone(), a.provider.clone());
        Callback::from(move |e: InputEvent| {
            let (name, value) = named_value(&e);
            let mut next: Provider = provider.clone();
            match name.as_str() {
                "name" => next.name = value,
                "product" => next.product = value,
                "contact" => next.contact = value,
                "account" => next.account = value,
                _ => next.reply_by = value,
            }
            on_action.emit(Action::SetProvider(next));
        })
    };
    let on_sender = {
        let (on_action, sender) = (props.on_action.clone(), props.sender.clone());
        Callback::from(move |e: InputEvent| {
            let (name, value) = named_value(&e);
            let mut next = sender.clone();
            match name.as_str() {
                "company" => next.company = value,
                "person" => next.person = value,
                _ => next.contact = value,
            }
            on_action.emit(Action::SetSender(next));
        })
    };
    let on_question = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let field: HtmlInputElement = e.target_unchecked_into();
            on_action.emit(Action::SetLetterQuestion {
                item: field.value(),
                ask: field.checked(),
            });
        })
    };
    let fetch_english = {
        let (on_action, app_base) = (props.on_action.clone(), props.app_base.to_owned());
        Callback::from(move |_: MouseEvent| {
            let on_action = on_action.clone();
            when_ready(Lang::En, &app_base, move |ok| {
                on_action.emit(if ok {
                    Action::EnglishFetched
                } else {
                    Action::EnglishUnavailable
                });
            });
        })
    };
    let other = lang.other();
    html! {
        <section class="questions letter" aria-labelledby="letter-heading">
            <h2 id="letter-heading" tabindex="-1">{ p.letter_heading }</h2>
            <p class="no-print">{ p.letter_lead }</p>
            <div class="letter-fields no-print" oninput={on_provider}>
                { text_field("provider", "name", p.provider_name_label, &a.provider.name, "text", "off") }
                { text_field("provider", "product", p.product_label, &a.provider.product, "text", "off") }
                { text_field("provider", "contact", p.provider_contact_label, &a.provider.contact, "text", "off") }
                { text_field("provider", "account", p.account_label, &a.provider.account, "text", "off") }
                { text_field("provider", "reply_by", p.reply_by_label, &reply_by(a, props.today), "date", "off") }
            </div>
            <fieldset class="letter-fields sender no-print" oninput={on_sender}>
                <legend>{ p.sender_heading }</legend>
                { text_field("sender", "company", p.sender_company_label, &props.sender.company, "text", "organization") }
                { text_field("sender", "person", p.sender_person_label, &props.sender.person, "text", "name") }
                { text_field("sender", "contact", p.sender_contact_label, &props.sender.contact, "text", "email") }
                <p class="hint">{ p.sender_note }</p>
            </fieldset>
            <fieldset class="letter-questions no-print" onchange={on_question}>
                <legend>{ p.letter_questions_legend }</legend>
                { for questions.iter().map(|(item, _)| html! {
                    <label class="check-option">
                        <input type="checkbox" name="ask" value={item.id.to_string()} checked={c.in_letter(a, item)} />
                        <span>
                            { format!("{}. {}", item.number, item.title.get(lang)) }
                            if c.asked_in_house(a, item) {
                                <span class="hint">{ p.letter_question_in_house }</span>
                            }
                        </span>
                    </label>
                }) }
            </fieldset>
            if let Some(own) = own {
                { letter_message(props, lang, own) }
                <details class="letter-other no-print">
                    <summary>{ (p.letter_in)(other) }</summary>
                    if other == Lang::En && !english::ready() {
                        // Where the English is fetched on demand: the English letter when asked for.
                        <div class="message">
                            <p>{ p.letter_english_offer }</p>
                            <p class="actions"><button type="button" class="button" onclick={fetch_english}>{ p.letter_english_button }</button></p>
                        </div>
                    } else if let Some(text) = letter(other, a, asked, props.sender, props.today) {
                        { letter_message(props, other, text) }
                    }
                </details>
                <p class="actions no-print">
                    <button type="button" class="button" onclick={sent}>{ p.mark_sent }</button>
                </p>
            } else {
                <p class="notice no-print" role="status">{ p.letter_none_chosen }</p>
            }
        </section>
    }
}

/// "Sent": the steps of the questions the letter asked now wait for the answer, by the date
/// the letter gave.
fn mark_sent(props: &PlanProps, items: &[String]) -> Callback<MouseEvent> {
    let (on_action, items, today, reply_by) = (
        props.on_action.clone(),
        items.to_vec(),
        props.today.to_owned(),
        reply_by(props.assessment, props.today),
    );
    Callback::from(move |_: MouseEvent| {
        on_action.emit(Action::Asked {
            items: items.clone(),
            date: today.clone(),
            reply_by: reply_by.clone(),
        });
    })
}

/// The letter `text`, in `msg_lang`, to edit, to copy, to open in the user's own mail app
/// (addressed to the provider's contact), or to print (only the user's language prints).
fn letter_message(props: &PlanProps, msg_lang: Lang, text: Letter) -> Html {
    let lang = props.lang;
    let t = ui(lang);
    let p = plan_ui(lang);
    let (href, whole) = mail(&props.assessment.provider.contact, &text);
    let hint = if whole {
        p.open_mail_hint
    } else {
        p.open_mail_short
    };
    let edited = props.assessment.letter.edited(msg_lang).is_some();
    let set_text = move |text: Option<String>| Action::SetLetterText {
        lang: msg_lang,
        text,
    };
    let on_edit = props
        .on_action
        .reform(move |text: String| set_text(Some(text)));
    let on_reset = props.on_action.reform(move |()| set_text(None));
    html! {
        <div class={classes!("message", (msg_lang != lang).then_some("no-print"))}>
            <CopyField lang={lang} id={format!("provider-message-{}", msg_lang.code())}
                label={(p.letter_in)(msg_lang)} text={text.body.clone()} rows={12}
                text_lang={msg_lang} button={p.letter_copy} {on_edit} />
            if edited {
                <div class="letter-edited no-print">
                    <p class="hint">{ p.letter_edited }</p>
                    <ConfirmButton label={p.letter_reset} question={p.letter_reset_question}
                        confirm={p.letter_reset_confirm} cancel={t.cancel} on_confirm={on_reset} />
                </div>
            } else {
                <p class="hint no-print">{ p.letter_edit_hint }</p>
            }
            // Opening a mail app is not sending: the steps are marked only when the user
            // says the letter went (the button below the letters).
            <p class="actions no-print">
                <a class="button" {href}>{ p.open_mail }</a>
            </p>
            <p class="hint no-print">{ hint }</p>
            // A textarea prints only what fits in it; print the whole text instead.
            <div class="print-only message-print" lang={msg_lang.code()}>{ text.body }</div>
        </div>
    }
}

/// A labelled input named `name`, with the id `{group}-{name}`; its group's container
/// handles its input.
fn text_field(
    group: &str,
    name: &'static str,
    label: &str,
    value: &str,
    kind: &'static str,
    auto: &'static str,
) -> Html {
    let id = format!("{group}-{name}");
    html! {
        <div class="field">
            <label for={id.clone()}>{ label.to_owned() }</label>
            <input type={kind} {name} {id} value={value.to_owned()} autocomplete={auto} />
        </div>
    }
}

/// The name and value of the field an input event came from: an input, or a select (whose
/// getters an input's do not reach: wasm-bindgen calls them on their own interface).
fn named_value(e: &Event) -> (String, String) {
    match e.target_dyn_into::<HtmlSelectElement>() {
        Some(select) => (select.name(), select.value()),
        None => {
            let field: HtmlInputElement = e.target_unchecked_into();
            (field.name(), field.value())
        }
    }
}

/// The next review date, what calls for one sooner, and the calendar file.
pub fn review_section(props: &PlanProps) -> Html {
    let lang = props.lang;
    let p = plan_ui(lang);
    let c = checklist();
    let Some(date) = c.review_date(props.assessment) else {
        return Html::default();
    };
    // The choice is read when the button is pressed (an unticked box leaves one event).
    let deadlines = NodeRef::default();
    let offer = !export::calendar_steps(props.assessment).is_empty()
        || export::reply_due(props.assessment).is_some();
    let download = {
        let (a, today, tool_url, deadlines) = (
            props.assessment.clone(),
            props.today.to_owned(),
            props.tool_url.to_owned(),
            deadlines.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let more = deadlines
                .cast::<HtmlInputElement>()
                .is_some_and(|b| b.checked());
            export_calendar(&a, lang, &today, &tool_url, more);
        })
    };
    html! {
        <section class="review" aria-labelledby="review-heading">
            <h2 id="review-heading" tabindex="-1">{ p.review_heading }</h2>
            <p class="review-date"><strong>{ (p.review_line)(&date, c.review_months(props.assessment)) }</strong></p>
            <p>{ p.review_sooner }</p>
            if offer {
                <p class="no-print">
                    <label class="check-option">
                        <input type="checkbox" id="calendar-deadlines" ref={deadlines} />
                        { p.calendar_deadlines }
                    </label>
                </p>
            }
            <p class="actions no-print">
                <button type="button" class="button" onclick={download}>{ p.review_calendar }</button>
            </p>
            <p class="hint no-print">{ p.review_calendar_note }</p>
        </section>
    }
}

/// If something happens now, in the order to act: stop an intruder (then the provider), an
/// outage's status page, the police, IPA's desk, the company's own duty to report a leak
/// (and My Number data's own cases), and IPA's guide to handling an incident.
/// The hosting site's help desks (`site.json`), none where there is no site.
pub fn help_desks(site: Option<&Site>) -> &[HelpDesk] {
    site.map_or(&[], |s| &s.help_desks)
}

/// The hosting site's help desks, each with its phone (a link a phone can call), hours and
/// page; on paper the page's address is written out.
pub fn help_desks_list(lang: Lang, desks: &[HelpDesk]) -> Html {
    let t = ui(lang);
    let w = rules_ui(lang);
    html! {
        <>
            <p>{ w.desks_lead }</p>
            <ul>
                { for desks.iter().map(|d| html! {
                    <li>
                        if let Some(url) = &d.url {
                            <a href={url.clone()} target="_blank" rel="noopener noreferrer">
                                { marked_japanese(d.name.get(lang), lang) }<span class="visually-hidden">{ t.opens_in_new_tab }</span>
                            </a>
                            <span class="print-only url">{ format!(" {url}") }</span>
                        } else {
                            { marked_japanese(d.name.get(lang), lang) }
                        }
                        if let (Some(phone), Some(tel)) = (&d.phone, d.tel()) {
                            <br />{ w.desk_phone }<a href={tel}>{ phone }</a>
                        }
                        if let Some(hours) = &d.hours {
                            <br />{ w.desk_hours }{ marked_japanese(hours.get(lang), lang) }
                        }
                    </li>
                }) }
            </ul>
        </>
    }
}

pub fn incident_section(props: &PlanProps) -> Html {
    let lang = props.lang;
    let t = ui(lang);
    let p = plan_ui(lang);
    let c = checklist();
    let contact = &props.assessment.provider.contact;
    let link = |keys: &[&str], text: &str| {
        html! {
            <li>
                { marked_japanese(text, lang) }
                { for keys.iter().filter_map(|key| c.link(key)).map(|l| html! { <>
                    { " " }
                    <a href={l.url.clone()} target="_blank" rel="noopener noreferrer">
                        { l.title.get(lang) }
                        <span class="visually-hidden">{ t.opens_in_new_tab }</span>
                    </a>
                    <span class="publisher">{ format!(" — {}", l.publisher.get(lang)) }</span>
                    <span class="print-only url">{ format!(" {}", l.url) }</span>
                </> }) }
            </li>
        }
    };
    html! {
        <section class="incident" aria-labelledby="incident-heading">
            <h2 id="incident-heading" tabindex="-1">{ p.incident_heading }</h2>
            <ol>
                { link(&[], &(p.incident_intrusion)((!contact.is_empty()).then_some(contact.as_str()))) }
                { link(&[], p.incident_outage) }
                { link(&["npa-cyber"], p.incident_police) }
                { link(&["ipa-consultation"], p.incident_consult) }
                if !props.desks.is_empty() {
                    <li class="help-desks">{ help_desks_list(lang, props.desks) }</li>
                }
                { link(&["ppc-leak-report"], p.incident_leak) }
                { link(&["ppc-dial"], p.incident_mynumber) }
                { link(&["ipa-sme-guideline"], p.incident_guide) }
            </ol>
        </section>
    }
}
