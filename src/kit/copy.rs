//! A text with a copy button, for text the user hands on (the message for the provider,
//! which the owner may edit; a result code, its link, a trainer's instructions, read-only). Where the clipboard is
//! missing or refuses (a page over plain http, no permission), the text is selected and
//! the user is told to copy it by hand: never an exception, never silence.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::domain::Lang;
use crate::i18n::ui;
use crate::platform;

#[derive(Properties, PartialEq)]
pub struct CopyFieldProps {
    pub lang: Lang,
    /// The field's id (its label points at it).
    pub id: AttrValue,
    pub label: AttrValue,
    pub text: AttrValue,
    /// The button's text (`copy` by default).
    #[prop_or_default]
    pub button: Option<AttrValue>,
    #[prop_or(3)]
    pub rows: u32,
    /// The language of the text, if it is not the screen's.
    #[prop_or_default]
    pub text_lang: Option<Lang>,
    #[prop_or_default]
    pub class: Classes,
    /// Makes the text editable: each change is handed here (the owner's letter).
    #[prop_or_default]
    pub on_edit: Option<Callback<String>>,
}

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Idle,
    Copied,
    ByHand,
}

#[component]
pub fn CopyField(props: &CopyFieldProps) -> Html {
    let t = ui(props.lang);
    let status = use_state(|| Status::Idle);
    let field = use_node_ref();
    {
        // A new text is not yet copied.
        let status = status.clone();
        use_effect_with(props.text.clone(), move |_| status.set(Status::Idle));
    }
    let onclick = {
        let (status, field, text) = (status.clone(), field.clone(), props.text.clone());
        Callback::from(move |_: MouseEvent| {
            let (status, field, text) = (status.clone(), field.clone(), text.clone());
            spawn_local(async move {
                match platform::clipboard::copy(&text).await {
                    Ok(()) => status.set(Status::Copied),
                    Err(_) => {
                        if let Some(field) = field.cast::<web_sys::Element>() {
                            platform::clipboard::select(&field);
                        }
                        status.set(Status::ByHand);
                    }
                }
            });
        })
    };
    let note = match *status {
        Status::Idle => "",
        Status::Copied => t.copied,
        Status::ByHand => t.copy_failed,
    };
    let oninput = props.on_edit.clone().map(|on_edit| {
        Callback::from(move |e: InputEvent| {
            let field: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            on_edit.emit(field.value());
        })
    });
    html! {
        <div class={classes!("copy-field", props.class.clone())}>
            <label for={props.id.clone()}>{ &props.label }</label>
            <textarea id={props.id.clone()} ref={field} class="message-text" readonly={props.on_edit.is_none()}
                lang={props.text_lang.map(Lang::code)} rows={props.rows.to_string()} value={props.text.clone()} {oninput} />
            <p class="no-print">
                <button type="button" class="button" {onclick}>{ props.button.clone().unwrap_or(t.copy.into()) }</button>
                <span class="copy-status" role="status">{ note }</span>
            </p>
        </div>
    }
}
