//! A button that asks before it acts: the first press shows the question with "do it" and
//! "cancel"; only the second acts. For deleting, replacing and other steps that lose data.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    /// The button's text, and the name of the question group.
    pub label: AttrValue,
    pub question: AttrValue,
    /// The text of the button that acts.
    pub confirm: AttrValue,
    pub cancel: AttrValue,
    pub on_confirm: Callback<()>,
}

#[component]
pub fn ConfirmButton(props: &ConfirmProps) -> Html {
    let asking = use_state(|| false);
    let set = |value: bool| {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(value))
    };
    if *asking {
        let confirm = {
            let (asking, on_confirm) = (asking.clone(), props.on_confirm.clone());
            Callback::from(move |_: MouseEvent| {
                asking.set(false);
                on_confirm.emit(());
            })
        };
        html! {
            <div class="confirm" role="group" aria-label={props.label.clone()}>
                <p>{ &props.question }</p>
                <button type="button" class="button danger" onclick={confirm}>{ &props.confirm }</button>
                <button type="button" class="button" onclick={set(false)}>{ &props.cancel }</button>
            </div>
        }
    } else {
        html! {
            <button type="button" class="button danger" onclick={set(true)}>{ &props.label }</button>
        }
    }
}
