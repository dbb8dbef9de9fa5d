//! The overview: the three sections with their items, answers and progress; a link to each
//! item, so any item is one step away.

use yew::prelude::*;

use super::common::{screen_heading, section_title};
use crate::content::checklist;
use crate::domain::{Assessment, Lang};
use crate::i18n::ui;
use crate::route::Route;

pub struct OverviewProps {
    pub lang: Lang,
    pub assessment: Assessment,
}

pub fn overview_screen(props: &OverviewProps) -> Html {
    let t = ui(props.lang);
    html! {
        <div key="overview" class="screen overview">
            { screen_heading(html! { <>{ t.overview_heading }</> }) }
            <p class="lead">{ t.overview_lead }</p>
            { for checklist().sections.iter().map(|section| html! {
                { section_block(&SectionBlockProps { lang: props.lang, section_id: section.id.to_string(), assessment: props.assessment.clone() }) }
            }) }
            <p class="actions">
                <a class="button primary" href={Route::Results.to_fragment()}>{ t.see_results }</a>
            </p>
        </div>
    }
}

pub struct SectionBlockProps {
    pub lang: Lang,
    pub section_id: String,
    pub assessment: Assessment,
}

/// One section: its title, our summary, its progress and its items.
pub fn section_block(props: &SectionBlockProps) -> Html {
    let t = ui(props.lang);
    let c = checklist();
    let Some(section) = c.section(&props.section_id) else {
        return Html::default();
    };
    let items: Vec<_> = c.items_in(&section.id).collect();
    let answered = props
        .assessment
        .answered_count(items.iter().map(|i| i.id.as_ref()));
    let heading_id = format!("section-{}", section.id);
    html! {
        <section class="section-block" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ section_title(section, props.lang) }</h2>
            <p class="section-summary">{ section.summary.get(props.lang) }</p>
            <p class="section-progress">{ (t.section_progress)(answered, items.len()) }</p>
            <ol class="item-list">
                { for items.iter().map(|item| {
                    let answer = props.assessment.answer(&item.id);
                    let status = answer.map_or(t.not_answered, |a| t.answer(a).label);
                    let class = answer.map_or("status".to_owned(), |a| format!("status answered {}", a.key()));
                    html! {
                        <li>
                            <a href={Route::Item(item.number).to_fragment()}>
                                <span class="item-number">{ item.number }</span>
                                <span class="item-title">{ item.title.get(props.lang) }</span>
                                <span {class}>{ status }</span>
                            </a>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
