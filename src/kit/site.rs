//! The hosting site's details (`site.json`, see [`crate::domain::site`]) as the pages show
//! them: who runs the page on the start screen, the links in the footer, both on the
//! printed report (where a link's address is written out, as paper cannot be clicked). Not
//! in a host page's element (the host page is the site, with its own footer) nor in an LMS
//! (the course is).

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::site::{self, Site};
use crate::domain::Lang;
use crate::i18n::{site_problem, ui};
use crate::platform;

/// The site's details as the boot script fetched them, read; what the file gets wrong is
/// said in the console, for the web manager, and left out. `None` where there is no file
/// (a development build, an LMS, a host page's element).
pub fn from_page() -> Option<Rc<Site>> {
    let (site, problems) = site::read(&platform::host::site_text()?);
    for problem in &problems {
        platform::host::warn(&site_problem(problem));
    }
    Some(Rc::new(site))
}

/// "This page is run by: …", with the contact link when there is one.
pub fn operator_line(site: &Site, lang: Lang) -> Html {
    let t = ui(lang);
    let Some(operator) = &site.operator else {
        return Html::default();
    };
    html! {
        <p class="site-operator">
            { t.site_operator }{ operator.get(lang) }
            if let Some(contact) = &site.contact {
                { " " }<a href={contact.clone()}>{ t.site_contact }</a>
            }
        </p>
    }
}

/// The site's links (contact, privacy policy, accessibility statement, security contact),
/// with the operator's name first; nothing when the site gave none.
pub fn site_details(site: &Site, lang: Lang) -> Html {
    if !site.is_shown() {
        return Html::default();
    }
    let t = ui(lang);
    let links = [
        (&site.contact, t.site_contact),
        (&site.privacy_policy, t.site_privacy),
        (&site.accessibility_statement, t.site_accessibility),
        (&site.security_contact, t.site_security),
    ];
    html! {
        <div class="site">
            if let Some(operator) = &site.operator {
                <p>{ t.site_operator }{ operator.get(lang) }</p>
            }
            <ul class="site-links">
                { for links.into_iter().filter_map(|(url, label)| url.as_ref().map(|url| html! {
                    <li><a href={url.clone()}>{ label }<span class="print-only url">{ format!(" {url}") }</span></a></li>
                })) }
            </ul>
        </div>
    }
}
