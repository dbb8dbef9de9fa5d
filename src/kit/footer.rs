//! The bottom of every screen: the privacy promise, the attribution to IPA, what the tool
//! is not, the hosting site's details, and the way to the trainer's page.

use std::rc::Rc;

use yew::prelude::*;

use super::common::{reviewed_line, source_gloss};
use super::site::site_details;
use crate::content::checklist;
use crate::domain::site::Site;
use crate::domain::Lang;
use crate::i18n::ui;

pub struct FooterProps {
    pub lang: Lang,
    /// The trainer's page, linked from the participants' pages (not from itself).
    pub trainer_page: Option<String>,
    /// Opened by a course's LMS, which is told the results.
    pub lms: bool,
    /// The hosting site's details (`site.json`), once known.
    pub site: Option<Rc<Site>>,
}

pub fn footer(props: &FooterProps) -> Html {
    let lang = props.lang;
    let t = ui(lang);
    let c = checklist();
    // The verified page that carries the guide leads; the PDF's edition is not confirmed.
    let source_link = c.source.links.first().and_then(|k| c.link(k));
    html! {
        <footer class="footer">
            <p>{ crate::i18n::lms_ui(lang).filter(|_| props.lms).map_or(t.footer_privacy, |l| l.footer_privacy_lms) }</p>
            <p>
                { t.footer_source }
                <span lang="ja">{ format!("IPA「{}」", c.source.title.ja) }</span>
                { source_gloss(lang) }
                { (t.in_brackets)(c.source.edition_label.get(lang)) }
                if let Some(link) = source_link {
                    { " " }
                    <a href={link.url.clone()} target="_blank" rel="noopener noreferrer">
                        { link.title.get(lang) }
                        <span class="visually-hidden">{ t.opens_in_new_tab }</span>
                    </a>
                }
            </p>
            <p>{ reviewed_line(t) }</p>
            <p>{ t.footer_not_ipa }</p>
            <p>{ t.footer_disclaimer }</p>
            if let Some(site) = &props.site {
                { site_details(site, lang) }
            }
            if let Some(page) = &props.trainer_page {
                <p class="trainer-link"><a href={page.clone()}>{ t.trainer_link }</a></p>
            }
        </footer>
    }
}
