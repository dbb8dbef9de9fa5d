//! "My checks": every assessment on this device with its progress and score; create,
//! open, rename, duplicate, delete; export one or all; import with a preview; the data
//! stored on this device and "delete all my data".

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::actions::{export_csv, export_json};
use super::common::{date, screen_heading};
use crate::content::checklist;
use crate::domain::format::ImportPreview;
use crate::domain::intake::{self, ImportError};
use crate::domain::plan::review_due;
use crate::domain::{Assessment, Lang, Score, SERVICE_NAME_MAX_CHARS};
use crate::i18n::{checks_ui, plan_ui, ui};
use crate::kit::confirm::ConfirmButton;
use crate::kit::file_drop::{export_file, paste_codes, use_file_drop, Checked};
use crate::platform;
use crate::route::Route;
use crate::state::Action;

pub struct AssessmentsProps {
    pub lang: Lang,
    pub assessments: Vec<Assessment>,
    pub current: String,
    pub today: String,
    /// Every key this app keeps on the device, with its size (read by the root).
    pub stored_keys: Vec<(String, usize)>,
    /// How many keys of this tool other areas hold.
    pub other_keys: usize,
    /// "Delete all my data", confirmed (carried out by the root).
    pub on_delete_all: Callback<()>,
    /// Saves one stored key's value as a file (carried out by the root).
    pub on_download: Callback<String>,
    /// A result code from a link, shown in the import preview.
    pub incoming_code: Option<String>,
    pub on_action: Callback<Action>,
    /// Inside an LMS (`Env::lms`) and inside a frame (`Env::framed`).
    pub lms: bool,
    pub framed: bool,
}

pub fn assessments_screen(props: &AssessmentsProps) -> Html {
    let t = ui(props.lang);
    let ck = checks_ui(props.lang);
    let new = props.on_action.reform(|_: MouseEvent| Action::StartNew {
        id: platform::document::random_id(),
    });
    let all: Vec<&Assessment> = props.assessments.iter().collect();
    let export_all = {
        let (lang, today) = (props.lang, props.today.clone());
        let all: Vec<Assessment> = props.assessments.clone();
        let json = {
            let (all, today, on_action) = (all.clone(), today.clone(), props.on_action.clone());
            Callback::from(move |_: MouseEvent| {
                export_json(&all.iter().collect::<Vec<_>>(), lang, &today, &on_action)
            })
        };
        let csv = Callback::from(move |_: MouseEvent| {
            export_csv(&all.iter().collect::<Vec<_>>(), lang, &today)
        });
        (json, csv)
    };
    html! {
        <div key="assessments" class="screen assessments">
            { screen_heading(html! { <>{ t.assessments_heading }</> }) }
            <p class="lead">{ ck.assessments_lead }</p>
            <p class="actions">
                <button type="button" class="button primary" onclick={new}>{ ck.new_assessment }</button>
                if all.len() >= 2 {
                    <a class="button" href={Route::Compare.to_fragment()}>{ ck.compare }</a>
                }
            </p>
            <ul class="check-list">
                { for props.assessments.iter().map(|a| html! {
                    // Keyed: a card's own state (renaming, the delete question, where the focus
                    // goes back to) stays with its check when another is deleted.
                    <CheckCard key={a.id.clone()} lang={props.lang} assessment={a.clone()} is_current={a.id == props.current}
                        today={props.today.clone()} on_action={props.on_action.clone()} />
                }) }
            </ul>
            <section aria-labelledby="export-heading">
                <h2 id="export-heading">{ ck.export_heading }</h2>
                <p>{ ck.export_lead }</p>
                <p class="actions">
                    <button type="button" class="button" onclick={export_all.0}>{ t.export_all_json }</button>
                    <button type="button" class="button" onclick={export_all.1}>{ ck.export_all_csv }</button>
                </p>
            </section>
            <Import lang={props.lang} assessments={props.assessments.clone()} on_action={props.on_action.clone()}
                incoming_code={props.incoming_code.clone()} />
            { stored_data(&StoredDataProps {
                lang: props.lang,
                other_keys: props.other_keys,
                lms: props.lms,
                framed: props.framed,
                keys: props.stored_keys.clone(),
                on_delete_all: props.on_delete_all.clone(),
                on_download: props.on_download.clone(),
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CardProps {
    lang: Lang,
    assessment: Assessment,
    is_current: bool,
    today: String,
    on_action: Callback<Action>,
}

#[derive(Clone, Copy, PartialEq)]
enum CardMode {
    Normal,
    Renaming,
}

/// One assessment in the list, with everything that can be done to it.
#[component]
fn CheckCard(props: &CardProps) -> Html {
    let t = ui(props.lang);
    let ck = checks_ui(props.lang);
    let a = &props.assessment;
    let c = checklist();
    let mode = use_state(|| CardMode::Normal);
    let name_input = use_node_ref();
    let score = Score::of(&c.effective(a), c.item_ids());
    let id = a.id.clone();
    let name = t.check_name(&a.service_name).to_owned();

    let open = {
        let id = id.clone();
        props
            .on_action
            .reform(move |_: MouseEvent| Action::Open { id: id.clone() })
    };
    let duplicate = {
        let (id, copy) = (id.clone(), (ck.copy_name)(&a.service_name));
        props
            .on_action
            .reform(move |_: MouseEvent| Action::Duplicate {
                id: id.clone(),
                new_id: platform::document::random_id(),
                name: copy.clone(),
            })
    };
    // Renaming swaps the buttons for a form and back: the focus goes to the name field,
    // then back to the rename button (WCAG 2.4.3), after a press, not on first showing.
    let rename_button = use_node_ref();
    let pressed = use_mut_ref(|| false);
    {
        let (pressed, field, button) = (pressed.clone(), name_input.clone(), rename_button.clone());
        use_effect_with(*mode, move |mode| {
            if std::mem::take(&mut *pressed.borrow_mut()) {
                let to = match mode {
                    CardMode::Renaming => field,
                    CardMode::Normal => button,
                };
                if let Some(element) = to.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    let set_mode = |m: CardMode| {
        let (mode, pressed) = (mode.clone(), pressed.clone());
        Callback::from(move |_: MouseEvent| {
            *pressed.borrow_mut() = true;
            mode.set(m);
        })
    };
    let delete = {
        let id = id.clone();
        props.on_action.reform(move |()| Action::Delete {
            id: id.clone(),
            fresh_id: platform::document::random_id(),
        })
    };
    let save_name = {
        let (id, mode, input, pressed) = (
            id.clone(),
            mode.clone(),
            name_input.clone(),
            pressed.clone(),
        );
        let on_action = props.on_action.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(input) = input.cast::<HtmlInputElement>() {
                on_action.emit(Action::Rename {
                    id: id.clone(),
                    name: input.value(),
                });
            }
            *pressed.borrow_mut() = true;
            mode.set(CardMode::Normal);
        })
    };
    let exports = {
        let (lang, today) = (props.lang, props.today.clone());
        let (one, one2) = (a.clone(), a.clone());
        let (today2, on_action) = (today.clone(), props.on_action.clone());
        (
            Callback::from(move |_: MouseEvent| export_json(&[&one], lang, &today, &on_action)),
            Callback::from(move |_: MouseEvent| export_csv(&[&one2], lang, &today2)),
        )
    };
    let input_id = format!("rename-{id}");

    html! {
        <li class={classes!("check-card", props.is_current.then_some("current"))}>
            <h2 class="check-name">
                { &name }
                if props.is_current {
                    <span class="badge current-badge">{ ck.current_marker }</span>
                }
            </h2>
            <p class="check-meta">
                <span>{ (ck.created_on)(date(&a.created_at)) }</span>
                <span>{ (ck.updated_on)(date(&a.updated_at)) }</span>
                <span>{ (t.progress)(score.answered, score.items) }</span>
                if let Some(p) = score.percent() {
                    <span>{ format!("{} {}", plan_ui(props.lang).overall_label, (t.percent)(p)) }</span>
                }
                // Once the check is complete: when to look at it again.
                if !score.is_provisional() {
                    if let Some(review) = checklist().review_date(a) {
                        if review_due(&review, &props.today) {
                            <span class="review-due"><strong>{ format!("⏰ {}", plan_ui(props.lang).review_due) }</strong></span>
                        } else {
                            <span>{ (plan_ui(props.lang).review_on)(&review) }</span>
                        }
                    }
                }
            </p>
            { match *mode {
                CardMode::Renaming => html! {
                    <form class="rename" onsubmit={save_name}>
                        <label for={input_id.clone()}>{ t.rename_label }</label>
                        <input id={input_id} ref={name_input} type="text" value={a.service_name.clone()}
                            maxlength={SERVICE_NAME_MAX_CHARS.to_string()} />
                        <button type="submit" class="button primary">{ ck.save_name }</button>
                        <button type="button" class="button" onclick={set_mode(CardMode::Normal)}>{ t.cancel }</button>
                    </form>
                },
                CardMode::Normal => html! {
                    <div class="card-actions">
                        <button type="button" class="button primary" onclick={open}>{ ck.open }</button>
                        <button type="button" class="button" ref={rename_button} onclick={set_mode(CardMode::Renaming)}>{ ck.rename }</button>
                        <button type="button" class="button" onclick={duplicate}>{ t.duplicate }</button>
                        <button type="button" class="button" onclick={exports.0}>{ ck.export_json }</button>
                        <button type="button" class="button" onclick={exports.1}>{ ck.export_csv }</button>
                        <ConfirmButton label={ck.delete} question={(ck.confirm_delete)(&name)}
                            confirm={ck.confirm_delete_yes} cancel={t.cancel} on_confirm={delete} />
                    </div>
                },
            } }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct ImportProps {
    lang: Lang,
    assessments: Vec<Assessment>,
    on_action: Callback<Action>,
    incoming_code: Option<String>,
}

/// Pasted text read for result codes: the checks they carry as one preview (each check
/// once), or the first reason none can be read; and the codes that were refused.
fn check_codes(lang: Lang, text: &str) -> (Checked, Vec<(String, ImportError)>) {
    let known: Vec<&str> = checklist().item_ids().collect();
    let mut assessments: Vec<Assessment> = Vec::new();
    // Each check once, by id: a map of the type the storage layer already keeps (a
    // BTreeSet<String> would add its own 2 KB of code to the wasm for the same job).
    let mut seen = std::collections::BTreeMap::<String, String>::new();
    let mut refused = Vec::new();
    for (label, result) in intake::codes(text, &known, lang) {
        match result {
            Ok(p) => {
                for a in p.assessments {
                    if seen.insert(a.id.clone(), String::new()).is_none() {
                        assessments.push(a);
                    }
                }
            }
            Err(e) => refused.push((label, e)),
        }
    }
    let file_name = checks_ui(lang).code_label.to_owned();
    let result = match assessments.first() {
        Some(first) => Ok(ImportPreview {
            language: lang,
            exported_at: first.updated_at.clone(),
            content_version: String::new(),
            assessments,
        }),
        None => Err(refused.remove(0).1),
    };
    (Checked { file_name, result }, refused)
}

#[component]
fn Import(props: &ImportProps) -> Html {
    let t = ui(props.lang);
    let ck = checks_ui(props.lang);
    // The file (or pasted codes) read and checked, waiting for the user's decision; and the
    // codes that could not be read.
    let checked = use_state(|| None::<Checked>);
    let refused = use_state(Vec::<(String, ImportError)>::new);
    let pasted = use_node_ref();
    {
        // A code from a link goes straight to the preview (never imported without asking).
        let (checked, refused, lang) = (checked.clone(), refused.clone(), props.lang);
        use_effect_with(props.incoming_code.clone(), move |code| {
            if let Some(code) = code {
                let (c, r) = check_codes(lang, code);
                checked.set(Some(c));
                refused.set(r);
            }
        });
    }
    let check_pasted = {
        let (checked, refused, pasted, lang) =
            (checked.clone(), refused.clone(), pasted.clone(), props.lang);
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = pasted.cast::<HtmlTextAreaElement>() {
                let (c, r) = check_codes(lang, &area.value());
                checked.set(Some(c));
                refused.set(r);
            }
        })
    };
    let drop = {
        let (checked, refused) = (checked.clone(), refused.clone());
        use_file_drop(
            false,
            export_file,
            props.lang,
            Callback::from(move |files: Vec<Checked>| {
                checked.set(files.into_iter().next());
                refused.set(Vec::new());
            }),
        )
    };
    // Whatever the user decides about a previewed file, the preview closes.
    let on_decision = {
        let (checked, refused, on_action) =
            (checked.clone(), refused.clone(), props.on_action.clone());
        Callback::from(move |action: Action| {
            checked.set(None);
            refused.set(Vec::new());
            on_action.emit(action);
        })
    };
    html! {
        <section class="import" aria-labelledby="import-heading">
            <h2 id="import-heading">{ ck.import_heading }</h2>
            <p>{ ck.import_lead }</p>
            { drop.zone("import-file", (ck.choose_file, ck.drop_here), (false, ".json,application/json"), classes!()) }
            { paste_codes(t, "import-codes", pasted, ck.code_check, check_pasted, Html::default(), classes!()) }
            if let Some(c) = &*checked {
                { match &c.result {
                    Err(e) => html! {
                        <div class="banner warning import-error" role="alert">
                            <p><strong>{ &c.file_name }</strong></p>
                            <p>{ (ck.import_error)(e) }</p>
                        </div>
                    },
                    Ok(preview) => html! {
                        <Preview lang={props.lang} file_name={c.file_name.clone()} preview={preview.clone()}
                            assessments={props.assessments.clone()}
                            on_action={on_decision.clone()} />
                    },
                } }
            }
            if !refused.is_empty() {
                <div class="banner warning import-error" role="alert">
                    <ul>
                        { for refused.iter().map(|(label, e)| html! {
                            <li><strong>{ label }</strong>{ " " }{ (ck.import_error)(e) }</li>
                        }) }
                    </ul>
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PreviewProps {
    lang: Lang,
    file_name: String,
    preview: ImportPreview,
    assessments: Vec<Assessment>,
    on_action: Callback<Action>,
}

/// What a valid file holds, and the two ways to take it in.
#[component]
fn Preview(props: &PreviewProps) -> Html {
    let t = ui(props.lang);
    let ck = checks_ui(props.lang);
    let c = checklist();
    let p = &props.preview;
    // Replace targets the check with the same id if there is one, else the first.
    let default_target = p
        .assessments
        .first()
        .and_then(|f| props.assessments.iter().find(|a| a.id == f.id))
        .or(props.assessments.first())
        .map(|a| a.id.clone())
        .unwrap_or_default();
    let target = use_state(|| default_target);
    let import_new = {
        let assessments = p.assessments.clone();
        props
            .on_action
            .reform(move |_: MouseEvent| Action::ImportAsNew {
                new_ids: assessments
                    .iter()
                    .map(|_| platform::document::random_id())
                    .collect(),
                assessments: assessments.clone(),
            })
    };
    let choose_target = {
        let target = target.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            target.set(select.value());
        })
    };
    let replace = {
        let (with, target) = (p.assessments.first().cloned(), target.clone());
        let on_action = props.on_action.clone();
        Callback::from(move |()| {
            if let Some(with) = with.clone() {
                on_action.emit(Action::Replace {
                    target: (*target).clone(),
                    with,
                });
            }
        })
    };
    let target_name = props
        .assessments
        .iter()
        .find(|a| a.id == *target)
        .map(|a| t.check_name(&a.service_name).to_owned())
        .unwrap_or_default();
    html! {
        <div class="preview" role="region" aria-labelledby="preview-heading">
            <h3 id="preview-heading">{ (ck.preview_heading)(&props.file_name) }</h3>
            <p>{ (ck.preview_meta)(p.assessments.len(), date(&p.exported_at)) }</p>
            <ul class="preview-list">
                { for p.assessments.iter().map(|a| {
                    let score = Score::of(&c.effective(a), c.item_ids());
                    html! {
                        <li>
                            <strong>{ t.check_name(&a.service_name) }</strong>
                            { " — " }{ (t.progress)(score.answered, score.items) }
                            if let Some(pct) = score.percent() {
                                { format!(" / {} {}", plan_ui(props.lang).overall_label, (t.percent)(pct)) }
                            }
                            { format!(" / {}", (ck.updated_on)(date(&a.updated_at))) }
                        </li>
                    }
                }) }
            </ul>
            <p class="actions">
                <button type="button" class="button primary" onclick={import_new}>{ ck.import_as_new }</button>
            </p>
            if p.assessments.len() == 1 && !props.assessments.is_empty() {
                <div class="replace">
                    <label for="replace-target">{ ck.replace_label }</label>
                    <select id="replace-target" onchange={choose_target}>
                        { for props.assessments.iter().map(|a| html! {
                            <option value={a.id.clone()} selected={a.id == *target}>{ t.check_name(&a.service_name) }</option>
                        }) }
                    </select>
                    <ConfirmButton label={t.replace} question={(ck.confirm_replace)(&target_name)}
                        confirm={ck.confirm_replace_yes} cancel={t.cancel} on_confirm={replace} />
                </div>
            }
        </div>
    }
}

struct StoredDataProps {
    lang: Lang,
    other_keys: usize,
    /// Inside an LMS: the confirmation says what stays in the course's record.
    lms: bool,
    /// Inside a frame: "delete all" asks for a typed word.
    framed: bool,
    keys: Vec<(String, usize)>,
    on_delete_all: Callback<()>,
    on_download: Callback<String>,
}

/// Every key this app keeps on the device, with its size; and "delete all my data".
fn stored_data(props: &StoredDataProps) -> Html {
    let t = ui(props.lang);
    let ck = checks_ui(props.lang);
    let question = if props.lms {
        format!("{} {}", ck.confirm_delete_all, ck.confirm_delete_all_lms)
    } else {
        ck.confirm_delete_all.to_owned()
    };
    html! {
        <section class="stored-data" aria-labelledby="data-heading">
            <h2 id="data-heading">{ ck.data_heading }</h2>
            <p>{ ck.data_lead }</p>
            <ul class="key-list">
                { for props.keys.iter().map(|(key, size)| {
                    let save = {
                        let key = key.clone();
                        props.on_download.reform(move |_: MouseEvent| key.clone())
                    };
                    html! {
                        <li>
                            <code>{ key }</code>{ format!(" — {size}") }
                            if !key.ends_with(":settings") {
                                <button type="button" class="link-button save-key" onclick={save}
                                    aria-label={(ck.save_key_as_file_label)(key)}>{ ck.save_key_as_file }</button>
                            }
                        </li>
                    }
                }) }
            </ul>
            if props.other_keys > 0 {
                <p class="other-areas">{ (ck.other_areas)(props.other_keys) }</p>
            }
            <ConfirmButton label={t.delete_all} question={question}
                confirm={ck.confirm_delete_all_yes} cancel={t.cancel} on_confirm={props.on_delete_all.clone()}
                typed={props.framed.then(|| (AttrValue::from(ck.typed_confirm_word), AttrValue::from(ck.typed_confirm_label)))} />
        </section>
    }
}
