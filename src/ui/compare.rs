//! Two assessments side by side (two services, or this year against last year), with the
//! items whose answers differ marked in words as well as colour.

use yew::prelude::*;

use super::common::{date, percent_text, screen_heading, section_title};
use crate::content::{checklist, Checklist};
use crate::domain::{Answer, Assessment, Lang, Score};
use crate::i18n::{checks_ui, plan_ui, ui};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub lang: Lang,
    pub assessments: Vec<Assessment>,
    pub current: String,
}

/// A check's name; an unnamed one also says when it was created, so two unnamed checks can
/// be told apart.
fn name(lang: Lang, a: &Assessment) -> String {
    let name = ui(lang).check_name(&a.service_name);
    if a.service_name.is_empty() {
        format!("{name} ({})", date(&a.created_at))
    } else {
        name.to_owned()
    }
}

#[component]
pub fn CompareScreen(props: &CompareProps) -> Html {
    let t = ui(props.lang);
    let ck = checks_ui(props.lang);
    let lang = props.lang;
    let c = checklist();
    // Default: the current check against the most recently changed other one.
    let first_default = props.current.clone();
    let second_default = props
        .assessments
        .iter()
        .filter(|a| a.id != props.current)
        .max_by_key(|a| &a.updated_at)
        .map(|a| a.id.clone())
        .unwrap_or_default();
    let first = use_state(|| first_default);
    let second = use_state(|| second_default);
    let select = |id: &str, label: &str, chosen: &UseStateHandle<String>| {
        let handle = chosen.clone();
        let onchange = Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            handle.set(select.value());
        });
        html! {
            <div class="field">
                <label for={id.to_owned()}>{ label }</label>
                <select id={id.to_owned()} {onchange}>
                    { for props.assessments.iter().map(|a| html! {
                        <option value={a.id.clone()} selected={a.id == **chosen}>{ name(lang, a) }</option>
                    }) }
                </select>
            </div>
        }
    };
    let a = props.assessments.iter().find(|a| a.id == *first);
    let b = props.assessments.iter().find(|a| a.id == *second);

    html! {
        <div class="screen compare">
            { screen_heading(html! { <>{ t.compare_heading }</> }) }
            <p class="lead">{ ck.compare_lead }</p>
            if props.assessments.len() < 2 {
                <p>{ ck.compare_need_two }</p>
                <p class="actions"><a class="button" href={Route::Assessments.to_fragment()}>{ t.my_checks }</a></p>
            } else {
                <div class="compare-pickers">
                    { select("compare-first", ck.compare_first, &first) }
                    { select("compare-second", ck.compare_second, &second) }
                </div>
                if let (Some(a), Some(b)) = (a, b) {
                    { compare_table(lang, &c.effective(a), &c.effective(b), c) }
                }
            }
        </div>
    }
}

fn compare_table(lang: Lang, a: &Assessment, b: &Assessment, c: &Checklist) -> Html {
    let t = ui(lang);
    let ck = checks_ui(lang);
    let label = |x: Option<Answer>| x.map_or(t.not_answered, |x| t.answer(x).label);
    let differences = c
        .items
        .iter()
        .filter(|i| a.answer(&i.id) != b.answer(&i.id))
        .count();
    let pct = |s: Score| percent_text(t, &s);
    html! {
        <>
            <p class="differences" role="status">{ (ck.differences)(differences) }</p>
            <table class="compare-table">
                <thead><tr>
                    <th scope="col">{ t.col_item }</th>
                    <th scope="col">{ name(lang, a) }</th>
                    <th scope="col">{ name(lang, b) }</th>
                </tr></thead>
                <tbody>
                    { for c.section_scores(a).into_iter().zip(c.section_scores(b)).map(|((s, x), (_, y))| {
                        html! {
                            <>
                                <tr class="section-row">
                                    <th scope="row">{ section_title(s, lang) }</th>
                                    <td>{ pct(x) }</td>
                                    <td>{ pct(y) }</td>
                                </tr>
                                { for c.items_in(&s.id).map(|item| {
                                    let (x, y) = (a.answer(&item.id), b.answer(&item.id));
                                    let differs = x != y;
                                    html! {
                                        <tr class={classes!(differs.then_some("differs"))}>
                                            <th scope="row">
                                                { format!("{}. {}", item.number, item.title.get(lang)) }
                                                if differs {
                                                    <span class="badge differs-badge">{ ck.differs }</span>
                                                }
                                            </th>
                                            <td class={classes!("status", x.map(|v| v.key()), x.map(|_| "answered"))}>{ label(x) }</td>
                                            <td class={classes!("status", y.map(|v| v.key()), y.map(|_| "answered"))}>{ label(y) }</td>
                                        </tr>
                                    }
                                }) }
                            </>
                        }
                    }) }
                    <tr class="section-row">
                        <th scope="row">{ plan_ui(lang).overall_label }</th>
                        <td>{ pct(Score::of(a, c.item_ids())) }</td>
                        <td>{ pct(Score::of(b, c.item_ids())) }</td>
                    </tr>
                </tbody>
            </table>
        </>
    }
}
