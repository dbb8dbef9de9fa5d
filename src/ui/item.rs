//! One checklist item: IPA's title and question, what "done" means (read before the
//! choices), the answers as a radio group, an optional memo, our explanation (with what to
//! look for, on the hardest items), and previous/next navigation.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::common::{screen_heading, section_title, SCREEN_HEADING_ID};
use crate::content::{checklist, Item};
use crate::domain::{Answer, Assessment, Lang, MEMO_MAX_CHARS};
use crate::i18n::ui;
use crate::route::Route;
use crate::state::Action;

pub struct ItemProps {
    pub lang: Lang,
    /// IPA's item number, 1–15.
    pub number: u8,
    pub assessment: Assessment,
    pub on_action: Callback<Action>,
}

pub fn item_screen(props: &ItemProps) -> Html {
    let c = checklist();
    let Some(item) = c.item_by_number(props.number) else {
        return Html::default();
    };
    let lang = props.lang;
    let t = ui(lang);
    let total = c.items.len();
    let section = c.section(&item.section);
    // The answer as stored; one the item no longer offers counts as none, and says so.
    let stored = props.assessment.answer(&item.id);
    let withdrawn = stored.is_some_and(|a| !item.offers(a));
    let answer = stored.filter(|_| !withdrawn);
    // Ticked "the service lacks it" (item 9: no MFA): 確認・対応済み is not a choice.
    let lacking = item.lacks_feature.is_some() && props.assessment.lacks_feature(&item.id);
    let effective = c.effective(&props.assessment).into_owned();
    let section_answered = effective.answered_count(c.section_item_ids(&item.section));
    let section_size = c.items_in(&item.section).count();

    html! {
        <article key="item" class="screen item" aria-labelledby={SCREEN_HEADING_ID}>
            <p class="item-context">
                if let Some(section) = section {
                    <span class="section-name">{ section_title(section, lang) }</span>
                }
                <span class="item-position">{ (t.item_position)(item.number, total) }</span>
                <span class="section-progress">{ (t.section_progress)(section_answered, section_size) }</span>
            </p>
            { screen_heading(html! { <>
                <span class="item-number">{ format!("{}.", item.number) }</span>
                { " " }{ item.title.get(lang) }
            </> }) }
            if withdrawn {
                <p class="answer-note withdrawn" role="note">{ t.not_applicable_withdrawn }</p>
            }
            { answer_group(&AnswerGroupProps {
                lang,
                item_id: item.id.to_string(),
                question: item.question.get(lang).to_owned(),
                answer,
                offers_not_applicable: item.offers(Answer::NotApplicable),
                offers_done: !lacking,
                guidance: guidance(item, lang),
                on_action: props.on_action.clone(),
            }) }
            if lang != Lang::Ja {
                <p class="original">
                    <span class="original-label">{ t.original_wording }{ ": " }</span>
                    <span lang="ja">{ format!("{}. {} — {}", item.number, item.title.ja, item.question.ja) }</span>
                </p>
            }
            if let Some(lacks) = &item.lacks_feature {
                { lacks_feature(&item.id, lacks.label.get(lang), lacking, lang, &props.on_action) }
            }
            { memo(&MemoProps {
                lang,
                item_id: item.id.to_string(),
                memo: props.assessment.memo(&item.id).to_owned(),
                on_action: props.on_action.clone(),
            }) }
            { explanation(&ExplanationProps { lang, number: item.number }) }
            <p class="attribution">
                { t.item_attribution[0] }<span lang="ja">{ c.source.title.ja.as_ref() }</span>{ t.item_attribution[1] }
            </p>
            { item_nav(&ItemNavProps { lang, number: item.number }) }
            { item_jump(&ItemJumpProps { lang, current: item.number, assessment: effective }) }
        </article>
    }
}

/// What to read before answering, between the question and the choices: on a phone, what
/// comes after the choices is read after answering, if at all. Item 4's note (its question
/// asks the other way round), what "done" means, and when 該当しない applies.
fn guidance(item: &Item, lang: Lang) -> Html {
    let t = ui(lang);
    html! {
        <div class="guidance" id={format!("guidance-{}", item.id)}>
            if let Some(note) = &item.answer_note {
                <p class="answer-note">{ note.get(lang) }</p>
            }
            <div class="done-means">
                <h2>{ t.done_means_heading }</h2>
                <p>{ item.done_means.get(lang) }</p>
                if let Some(when) = &item.not_applicable {
                    <h2>{ t.not_applicable_heading }</h2>
                    <p>{ when.get(lang) }</p>
                }
            </div>
        </div>
    }
}

struct AnswerGroupProps {
    lang: Lang,
    item_id: String,
    question: String,
    answer: Option<Answer>,
    /// Whether 該当しない is one of the choices (see `content::Item::not_applicable`).
    offers_not_applicable: bool,
    /// Whether 確認・対応済み is one of the choices (not while the service lacks what the
    /// item asks for).
    offers_done: bool,
    /// Read between the question and the choices, and the group's description.
    guidance: Html,
    on_action: Callback<Action>,
}

/// The question as the legend of a native radio group: arrow keys move between choices,
/// and screen readers read the question with every choice.
fn answer_group(props: &AnswerGroupProps) -> Html {
    let t = ui(props.lang);
    let choose = |answer: Option<Answer>| {
        let item = props.item_id.clone();
        props.on_action.reform(move |_: ()| Action::SetAnswer {
            item: item.clone(),
            answer,
        })
    };
    // Keyed by the item: moving to another item replaces the radio buttons instead of
    // renaming them in place. Renamed in place, a checked button that joins the next item's
    // group unchecks that item's answer (the browser's radio-group rule), so an answered
    // item could show no answer after 次の項目 (issue #31).
    html! {
        <fieldset key={props.item_id.clone()} class="answers" aria-describedby={format!("guidance-{}", props.item_id)}>
            <legend class="question">{ &props.question }</legend>
            { props.guidance.clone() }
            <div class="choices">
                { for Answer::ALL.into_iter().filter(|a| match a {
                    Answer::NotApplicable => props.offers_not_applicable,
                    Answer::Done => props.offers_done,
                    _ => true,
                }).map(|a| {
                    let id = format!("answer-{}-{}", props.item_id, a.key());
                    let text = t.answer(a);
                    html! {
                        <div class={classes!("choice", a.key())}>
                            <input type="radio" id={id.clone()} name={format!("answer-{}", props.item_id)}
                                value={a.key()} checked={props.answer == Some(a)}
                                onchange={choose(Some(a)).reform(|_: Event| ())} />
                            <label for={id}>
                                <span class="choice-label">{ text.label }</span>
                                <span class="choice-hint">{ text.hint }</span>
                            </label>
                        </div>
                    }
                }) }
            </div>
            if props.answer.is_some() {
                <button type="button" class="link-button clear" onclick={choose(None).reform(|_: MouseEvent| ())}>
                    { t.clear_answer }
                </button>
            }
        </fieldset>
    }
}

/// "The service does not offer this" (item 9: no multi-factor sign-in): the plan then asks
/// the provider and offers what can be done instead.
fn lacks_feature(
    item_id: &str,
    label: &str,
    checked: bool,
    lang: Lang,
    on_action: &Callback<Action>,
) -> Html {
    let onchange = {
        let (on_action, item) = (on_action.clone(), item_id.to_owned());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            on_action.emit(Action::SetLacksFeature {
                item: item.clone(),
                lacks: input.checked(),
            });
        })
    };
    html! {
        <div class="lacks-feature">
            <label class="check-option">
                <input type="checkbox" id={format!("lacks-{item_id}")} {checked} {onchange} />
                { label }
            </label>
            if checked {
                <p class="hint">{ ui(lang).lacks_done_note }</p>
            }
        </div>
    }
}

struct MemoProps {
    lang: Lang,
    item_id: String,
    memo: String,
    on_action: Callback<Action>,
}

fn memo(props: &MemoProps) -> Html {
    let t = ui(props.lang);
    let id = format!("memo-{}", props.item_id);
    let hint_id = format!("{id}-hint");
    let oninput = {
        let on_action = props.on_action.clone();
        let item = props.item_id.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            on_action.emit(Action::SetMemo {
                item: item.clone(),
                memo: area.value(),
            });
        })
    };
    html! {
        <div class="field memo">
            <label for={id.clone()}>{ t.memo_label }</label>
            <textarea id={id} rows="3" maxlength={MEMO_MAX_CHARS.to_string()}
                aria-describedby={hint_id.clone()} value={props.memo.clone()} {oninput} />
            <p id={hint_id} class="hint">{ (t.memo_hint)(MEMO_MAX_CHARS) }</p>
        </div>
    }
}

pub struct ExplanationProps {
    pub lang: Lang,
    pub number: u8,
}

/// Our explanation, folded by default so the question stays first on a phone.
pub fn explanation(props: &ExplanationProps) -> Html {
    let c = checklist();
    let Some(item) = c.item_by_number(props.number) else {
        return Html::default();
    };
    let lang = props.lang;
    let t = ui(lang);
    html! {
        <details class="explanation">
            <summary>{ t.explanation_summary }</summary>
            <h2>{ t.why_heading }</h2>
            <p>{ item.why.get(lang) }</p>
            <h2>{ t.check_heading }</h2>
            <ul>{ for item.check.iter().map(|x| html! { <li>{ x.get(lang) }</li> }) }</ul>
            if let Some(look) = &item.look_for {
                <h2>{ t.look_for_heading }</h2>
                <ul class="look-for">{ for look.lines.iter().map(|x| look_for_line(x.get(lang))) }</ul>
                <h3>{ t.look_for_missing_heading }</h3>
                <p>{ look.missing.get(lang) }</p>
                <h3>{ t.look_for_expert_heading }</h3>
                <p>{ look.expert.get(lang) }</p>
            }
            <h2>{ t.steps_heading }</h2>
            <ol>{ for item.steps.iter().map(|x| html! { <li>{ x.get(lang) }</li> }) }</ol>
            <h2>{ t.links_heading }</h2>
            { links(item, lang) }
        </details>
    }
}

/// One "what to look for" line with its words in bold: the text up to the first colon.
fn look_for_line(line: &str) -> Html {
    let split = line
        .find('：')
        .map(|at| at + '：'.len_utf8())
        .or_else(|| line.find(": ").map(|at| at + 1));
    match split {
        Some(at) => html! { <li><strong>{ &line[..at] }</strong>{ &line[at..] }</li> },
        None => html! { <li>{ line }</li> },
    }
}

fn links(item: &Item, lang: Lang) -> Html {
    let c = checklist();
    let t = ui(lang);
    html! {
        <ul class="links">
            { for item.links.iter().filter_map(|k| c.link(k)).map(|link| html! {
                <li>
                    <a href={link.url.clone()} target="_blank" rel="noopener noreferrer">
                        { link.title.get(lang) }
                        <span class="visually-hidden">{ t.opens_in_new_tab }</span>
                    </a>
                    <span class="publisher">{ format!(" — {}", link.publisher.get(lang)) }</span>
                </li>
            }) }
        </ul>
    }
}

struct ItemNavProps {
    lang: Lang,
    number: u8,
}

/// Previous / all items / next. Plain links: they change the fragment, which is the route.
fn item_nav(props: &ItemNavProps) -> Html {
    let t = ui(props.lang);
    let total = checklist().items.len() as u8;
    let n = props.number;
    html! {
        <nav class="item-nav" aria-label={t.item_nav_label}>
            if n > 1 {
                <a class="button prev" rel="prev" href={Route::Item(n - 1).to_fragment()}>{ "← " }{ t.previous }</a>
            }
            if n < total {
                <a class="button primary next" rel="next" href={Route::Item(n + 1).to_fragment()}>{ t.next }{ " →" }</a>
            } else {
                <a class="button primary next" href={Route::Results.to_fragment()}>{ t.see_results }</a>
            }
            <p class="nav-links">
                <a href={Route::Overview.to_fragment()}>{ t.all_items }</a>
                <a href={Route::Results.to_fragment()}>{ t.see_results }</a>
            </p>
        </nav>
    }
}

struct ItemJumpProps {
    lang: Lang,
    current: u8,
    assessment: Assessment,
}

/// Every item as a numbered link, one row per section: any item is one step away, and the
/// filled ones show at a glance what is still open.
fn item_jump(props: &ItemJumpProps) -> Html {
    let t = ui(props.lang);
    let c = checklist();
    html! {
        <nav class="item-jump" aria-label={t.jump_to_item}>
            <h2>{ t.jump_to_item }</h2>
            { for c.sections.iter().map(|section| html! {
                <ul class="jump-row" aria-label={section_title(section, props.lang)}>
                    { for c.items_in(&section.id).map(|item| {
                        let answer = props.assessment.answer(&item.id);
                        let status = answer.map_or(t.not_answered, |a| t.answer(a).label);
                        let current = (item.number == props.current).then_some("page");
                        html! {
                            <li>
                                <a href={Route::Item(item.number).to_fragment()}
                                    class={classes!("jump", answer.map(|a| a.key()), answer.map(|_| "answered"))}
                                    aria-current={current}>
                                    { item.number }
                                    <span class="visually-hidden">{ format!(" {} ({status})", item.title.get(props.lang)) }</span>
                                </a>
                            </li>
                        }
                    }) }
                </ul>
            }) }
        </nav>
    }
}
