//! A button that asks before it acts: the first press shows the question with "do it" and
//! "cancel"; only the second acts. For deleting, replacing and other steps that lose data.
//! With `typed` set (inside a frame, where a page around could lay its own content over
//! both buttons and time two clicks), the act button works only once that word is typed.
//! Focus follows (WCAG 2.4.3): to the question when it is asked, back to the button when
//! the question is cancelled or answered (and where the act removed the button, the result's
//! message takes it: `ui::hooks::navigation`).

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
    let word = use_node_ref();
    let (button, question) = (use_node_ref(), use_node_ref());
    // Set by a press, so that the focus moves after the next render (not on first showing).
    let pressed = use_mut_ref(|| false);
    {
        let (pressed, button, question) = (pressed.clone(), button.clone(), question.clone());
        use_effect_with(*asking, move |asking| {
            if std::mem::take(&mut *pressed.borrow_mut()) {
                let to = if *asking { question } else { button };
                if let Some(element) = to.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    let set = |value: bool| {
        let (asking, pressed) = (asking.clone(), pressed.clone());
        Callback::from(move |_: MouseEvent| {
            *pressed.borrow_mut() = true;
            asking.set(value);
        })
    };
    if *asking {
        let confirm = {
            let (asking, on_confirm, word, typed, pressed) = (
                asking.clone(),
                props.on_confirm.clone(),
                word.clone(),
                props.typed.clone(),
                pressed.clone(),
            );
            // The word is read when the button is pressed: wrong or missing, the field gets
            // the focus and nothing happens.
            Callback::from(move |_: MouseEvent| {
                let field = word.cast::<web_sys::HtmlInputElement>();
                let ready = match (&typed, &field) {
                    (None, _) => true,
                    (Some((w, _)), Some(f)) => f.value().trim() == w.as_str(),
                    (Some(_), None) => false,
                };
                if ready {
                    *pressed.borrow_mut() = true;
                    asking.set(false);
                    on_confirm.emit(());
                } else if let Some(f) = field {
                    let _ = f.focus();
                }
            })
        };
        html! {
            <div class="confirm" role="group" aria-label={props.label.clone()}>
                <p ref={question} tabindex="-1">{ &props.question }</p>
                if let Some((_, label)) = &props.typed {
                    <label class="typed-confirm">{ label.clone() }
                        <input type="text" ref={word} autocomplete="off" spellcheck="false" />
                    </label>
                }
                <button type="button" class="button danger" onclick={confirm}>{ &props.confirm }</button>
                <button type="button" class="button" onclick={set(false)}>{ &props.cancel }</button>
            </div>
        }
    } else {
        html! {
            <button type="button" class="button danger" ref={button} onclick={set(true)}>{ &props.label }</button>
        }
    }
}
