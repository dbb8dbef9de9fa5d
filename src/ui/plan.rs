//! The results' plan: what to do this week, the action plan in order of importance, and the
//! questions for the provider as one message, each labelled with its item.

use yew::prelude::*;

use super::copy::CopyField;
use crate::content::{checklist, Asks, Item, QuickWin};
use crate::domain::{Answer, Assessment, Lang, PlanStep};
use crate::i18n::ui;
use crate::letter::provider_message;
use crate::route::Route;

pub struct PlanProps<'a> {
    pub lang: Lang,
    /// The check as scored (see `Checklist::effective`).
    pub assessment: &'a Assessment,
}

/// "This week": up to three concrete actions taken from the plan's order.
pub fn this_week(props: &PlanProps) -> Html {
    let t = ui(props.lang);
    let c = checklist();
    let wins = c.quick_wins(props.assessment);
    if wins.is_empty() {
        return Html::default();
    }
    let questions = c.letter_questions(props.assessment).len();
    html! {
        <section class="this-week" aria-labelledby="week-heading">
            <h2 id="week-heading">{ t.week_heading }</h2>
            <p>{ t.week_lead }</p>
            <ol class="week-list">
                { for wins.iter().map(|win| match win {
                    QuickWin::Item(item) => html! {
                        <li>{ (t.week_item)(item.quick_win.as_ref().map_or("", |w| w.get(props.lang)), item.number) }</li>
                    },
                    QuickWin::Letter => html! {
                        <li><a href="#questions-heading">{ (t.week_letter)(questions) }</a></li>
                    },
                }) }
            </ol>
        </section>
    }
}

/// The action plan: the key safeguards first, then by the item's priority.
pub fn plan_section(props: &PlanProps) -> Html {
    let t = ui(props.lang);
    let c = checklist();
    let a = props.assessment;
    let plan = c.plan(a);
    html! {
        <section class="plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{ t.plan_heading }</h2>
            if plan.is_empty() {
                // Empty only so far while items are still unanswered.
                <p>{ if a.first_unanswered(c.item_ids()).is_some() { t.plan_empty_so_far } else { t.plan_empty } }</p>
            } else {
                <p>{ t.plan_lead }</p>
                <ol class="plan-steps">
                    { for plan.iter().filter_map(|step| Some(plan_step(props, c.item(step.item_id)?, step))) }
                </ol>
            }
        </section>
    }
}

fn plan_step(props: &PlanProps, item: &Item, step: &PlanStep) -> Html {
    let lang = props.lang;
    let t = ui(lang);
    let a = props.assessment;
    let memo = a.memo(&item.id);
    let lacking = item
        .lacks_feature
        .as_ref()
        .filter(|_| a.lacks_feature(&item.id));
    // Where the answer comes from the provider: its question (a service that lacks the
    // feature gets its own), or, for the company's own practice, find out in-house first.
    let (question_heading, question, steps) = match lacking {
        Some(lacks) => (
            Some(t.lacks_question_heading),
            Some(&lacks.question),
            &lacks.steps,
        ),
        None if step.answer == Answer::Unknown && item.asks == Asks::Company => {
            (None, Some(&item.provider_question), &item.steps)
        }
        None if item.asks == Asks::Provider || step.answer == Answer::Unknown => (
            Some(t.plan_question_heading),
            Some(&item.provider_question),
            &item.steps,
        ),
        None => (None, None, &item.steps),
    };
    html! {
        <li class={classes!("plan-step", step.critical.then_some("critical"))}>
            <h3>
                { format!("{}. {}", item.number, item.title.get(lang)) }
                <span class={classes!("badge", step.answer.key())}>{ t.answer(step.answer).label }</span>
                if step.critical {
                    <span class="badge critical">{ t.critical_badge }</span>
                }
            </h3>
            if !memo.is_empty() {
                <p class="memo-quote">{ format!("{}: {memo}", t.col_memo) }</p>
            }
            if let Some(heading) = question_heading {
                <p class="plan-sub">{ heading }</p>
            } else if question.is_some() {
                <p class="plan-sub">{ t.plan_internal_heading }</p>
                <p>{ t.plan_internal_text }</p>
            }
            if let Some(question) = question {
                <p class="question-text">{ question.get(lang) }</p>
            }
            <p class="plan-sub">{ t.plan_steps_heading }</p>
            <ul>{ for steps.iter().map(|s| html! { <li>{ s.get(lang) }</li> }) }</ul>
            <p class="no-print"><a href={Route::Item(item.number).to_fragment()}>{ (t.open_item)(item.number) }</a></p>
        </li>
    }
}

/// The questions for the provider as one message, in the user's language and then the
/// other one (a Japanese company writing to a provider abroad needs the English one).
pub fn provider_questions(props: &PlanProps) -> Html {
    let t = ui(props.lang);
    let a = props.assessment;
    let questions = checklist().letter_questions(a);
    if questions.is_empty() {
        return Html::default();
    }
    let internal: Vec<u8> = questions
        .iter()
        .filter(|(i, _)| i.asks == Asks::Company && a.answer(&i.id) == Some(Answer::Unknown))
        .map(|(i, _)| i.number)
        .collect();
    html! {
        <section class="questions" aria-labelledby="questions-heading">
            <h2 id="questions-heading">{ t.questions_heading }</h2>
            <p>{ t.questions_lead }</p>
            if !internal.is_empty() {
                <p>{ (t.questions_internal)(&internal) }</p>
            }
            { for [props.lang, props.lang.other()].into_iter().map(|msg_lang| {
                let message = provider_message(msg_lang, a);
                html! {
                    <div class={classes!("message", (msg_lang != props.lang).then_some("no-print"))}>
                        <CopyField lang={props.lang} id={format!("provider-message-{}", msg_lang.code())}
                            label={(t.questions_in)(msg_lang)} text={message.clone()} rows={8}
                            text_lang={msg_lang} />
                        // A textarea prints only what fits in it; print the whole text instead.
                        <div class="print-only message-print" lang={msg_lang.code()}>{ message }</div>
                    </div>
                }
            }) }
        </section>
    }
}
