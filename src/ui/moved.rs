//! Where the class overview used to be on the participants' page (`#/class`): it is on the
//! trainer's page now. Page loads of the old address are sent there before anything is
//! drawn (page/choose.js); this screen catches the rest (a host page's element with
//! `data-start="class"`, or `#/class` typed while the app is open).

use yew::prelude::*;

use super::common::screen_heading;
use crate::domain::Lang;
use crate::i18n::ui;
use crate::route::Route;

pub fn class_moved_screen(lang: Lang, trainer_page: &str) -> Html {
    let t = ui(lang);
    html! {
        <div key="class-moved" class="screen">
            { screen_heading(html! { <>{ t.class_moved_heading }</> }) }
            <p>{ t.class_moved }</p>
            <p class="actions">
                <a class="button primary" href={format!("{trainer_page}{}", Route::Class.to_fragment())}>{ t.class_moved_link }</a>
            </p>
        </div>
    }
}
