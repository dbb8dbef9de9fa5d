//! A button that asks before it acts: the first press shows the question with "do it" and
//! "cancel"; only the second acts. For deleting, replacing and other steps that lose data.
//! With `typed` set (inside a frame, where a page around could lay its own content over
//! both buttons and time two clicks), the act button works only once that word is typed.

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
    /// The word to type before the act button works, and the field's label.
    #[prop_or_default]
    pub typed: Option<(AttrValue, AttrValue)>,
}

#[component]
pub fn ConfirmButton(props: &ConfirmProps) -> Html {
    let asking = use_state(|| false);
    let typed = use_state(String::new);
    let set = |value: bool| {
        let (asking, typed) = (asking.clone(), typed.clone());
        Callback::from(move |_: MouseEvent| {
            typed.set(String::new());
            asking.set(value);
        })
    };
    if *asking {
        let ready = props
            .typed
            .as_ref()
            .is_none_or(|(word, _)| typed.trim() == word.as_str());
        let confirm = {
            let (asking, on_confirm) = (asking.clone(), props.on_confirm.clone());
            Callback::from(move |_: MouseEvent| {
                if ready {
                    asking.set(false);
                    on_confirm.emit(());
                }
            })
        };
        let field = props.typed.as_ref().map(|(word, label)| {
            let oninput = {
                let typed = typed.clone();
                Callback::from(move |e: InputEvent| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    typed.set(input.value());
                })
            };
            html! {
                <label class="typed-confirm">{ label.clone() }
                    <input type="text" value={(*typed).clone()} {oninput} autocomplete="off"
                        spellcheck="false" data-word={word.clone()} />
                </label>
            }
        });
        html! {
            <div class="confirm" role="group" aria-label={props.label.clone()}>
                <p>{ &props.question }</p>
                { for field }
                <button type="button" class="button danger" onclick={confirm}
                    aria-disabled={(!ready).then_some("true")}>{ &props.confirm }</button>
                <button type="button" class="button" onclick={set(false)}>{ &props.cancel }</button>
            </div>
        }
    } else {
        html! {
            <button type="button" class="button danger" onclick={set(true)}>{ &props.label }</button>
        }
    }
}
