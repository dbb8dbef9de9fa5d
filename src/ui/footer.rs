//! The bottom of every screen: the privacy promise and the attribution to IPA.

use yew::prelude::*;

use crate::content::checklist;
use crate::domain::Lang;
use crate::i18n::ui;

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    pub lang: Lang,
}

#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let t = ui(props.lang);
    let c = checklist();
    let source_link = c.source.links.first().and_then(|k| c.link(k));
    html! {
        <footer class="footer">
            <p>{ t.footer_privacy }</p>
            <p>
                { t.footer_source }
                if let Some(link) = source_link {
                    <a href={link.url.clone()} target="_blank" rel="noopener noreferrer" lang="ja">
                        { format!("IPA「{}」", c.source.title.ja) }
                        <span class="visually-hidden">{ t.opens_in_new_tab }</span>
                    </a>
                }
                { (t.in_brackets)(c.source.edition_label.get(props.lang)) }
            </p>
            <p>{ t.footer_not_ipa }</p>
        </footer>
    }
}
