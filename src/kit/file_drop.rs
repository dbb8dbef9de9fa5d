//! Choosing or dropping export files: one hook for the import and class screens. Each file
//! is size-checked (a huge file is refused before it is read, so a phone does not freeze),
//! read, and checked by the screen's [`Reader`] (the import's: [`intake::file`]); nothing
//! changes until the screen decides.

use web_sys::HtmlInputElement;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::content::checklist;
use crate::domain::format::{FileError, ImportPreview, MAX_IMPORT_BYTES};
use crate::domain::intake::{self, ImportError, Input};
use crate::domain::Lang;
use crate::i18n::Ui;
use crate::platform;

/// One file read and checked (or one part of it, where a file holds several: its name is
/// then followed by the part's label).
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub file_name: String,
    pub result: Result<ImportPreview, ImportError>,
}

/// How a screen reads a file's bytes: `(label, result)` for each check in it (a label says
/// which part of the file, empty for the whole).
pub type Reader = fn(&[u8], &[&str], Lang) -> Vec<Input>;

/// The import's reader: one export file, one result.
pub fn export_file(bytes: &[u8], known: &[&str], _lang: Lang) -> Vec<Input> {
    vec![(String::new(), intake::file(bytes, known))]
}

/// The handlers for a file field and its drop zone, and what they are doing.
pub struct FileDrop {
    pub onchange: Callback<Event>,
    pub ondragover: Callback<DragEvent>,
    pub ondragleave: Callback<DragEvent>,
    pub ondrop: Callback<DragEvent>,
    /// A file is being dragged over the zone.
    pub dragging: bool,
    /// Files are being read.
    pub busy: bool,
}

fn files_of(list: Option<web_sys::FileList>, multiple: bool) -> Vec<web_sys::File> {
    let files = list
        .map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
        .unwrap_or_default();
    if multiple {
        files
    } else {
        files.into_iter().take(1).collect()
    }
}

async fn check(file: web_sys::File, read: Reader, lang: Lang) -> Vec<Checked> {
    // Shown in messages: a file's name can be as long as its system allows.
    let file_name = crate::i18n::clip(&file.name());
    let size = file.size() as usize;
    let results = if size > MAX_IMPORT_BYTES {
        vec![(
            String::new(),
            Err(FileError::TooLarge { bytes: size }.into()),
        )]
    } else {
        let known: Vec<&str> = checklist().item_ids().collect();
        match platform::files::read(&file).await {
            Ok(bytes) => read(&bytes, &known, lang),
            Err(_) => vec![(String::new(), Err(ImportError::Unreadable))],
        }
    };
    results
        .into_iter()
        .map(|(label, result)| Checked {
            file_name: if label.is_empty() {
                file_name.clone()
            } else {
                format!("{file_name}: {label}")
            },
            result,
        })
        .collect()
}

impl FileDrop {
    /// The drop zone with its file button: `id` names the file field, `label` is the
    /// button's text and `hint` the line about dropping; `multiple` lets several be chosen.
    /// `accept`: the file types the picker offers.
    pub fn zone(
        &self,
        id: &str,
        (label, hint): (&str, &str),
        (multiple, accept): (bool, &'static str),
        class: Classes,
    ) -> Html {
        html! {
            <div class={classes!("drop-zone", class, self.dragging.then_some("dragging"))}
                ondragover={self.ondragover.clone()} ondragleave={self.ondragleave.clone()} ondrop={self.ondrop.clone()}>
                <label class="button file-button" for={id.to_owned()}>{ label }</label>
                <input id={id.to_owned()} class="visually-hidden" type="file" {multiple} {accept}
                    onchange={self.onchange.clone()} />
                <span class="hint">{ hint }</span>
            </div>
        }
    }
}

/// A field to paste result codes into, with the button that reads them (and any more
/// buttons after it): shared by import and the class overview.
pub fn paste_codes(
    t: &Ui,
    id: &str,
    field: NodeRef,
    button: &str,
    onclick: Callback<MouseEvent>,
    more: Html,
    class: Classes,
) -> Html {
    let hint = format!("{id}-hint");
    html! {
        <div class={classes!("field", "paste-codes", class)}>
            <label for={id.to_owned()}>{ t.code_paste_label }</label>
            <textarea id={id.to_owned()} ref={field} rows="3" spellcheck="false" autocomplete="off"
                aria-describedby={hint.clone()} />
            <p id={hint} class="hint">{ t.code_paste_hint }</p>
            <button type="button" id={format!("{id}-add")} class="button" {onclick}>{ button }</button>
            { more }
        </div>
    }
}

/// Reads the files chosen or dropped (only the first unless `multiple`), one after
/// another, with `read`, and gives `on_read` every one of them checked, in order.
#[hook]
pub fn use_file_drop(
    multiple: bool,
    read: Reader,
    lang: Lang,
    on_read: Callback<Vec<Checked>>,
) -> FileDrop {
    let dragging = use_state(|| false);
    let busy = use_state(|| false);
    let read = {
        let busy = busy.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            if files.is_empty() {
                return;
            }
            busy.set(true);
            let (busy, on_read) = (busy.clone(), on_read.clone());
            spawn_local(async move {
                let mut checked = Vec::with_capacity(files.len());
                for file in files {
                    checked.extend(check(file, read, lang).await);
                    // One file a task: a class's hundreds of files never block input long.
                    platform::document::next_task().await;
                }
                busy.set(false);
                on_read.emit(checked);
            });
        })
    };
    let onchange = {
        let read = read.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            read.emit(files_of(input.files(), multiple));
            // The same file can be chosen again (after fixing it, say).
            input.set_value("");
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            read.emit(files_of(
                e.data_transfer().and_then(|d| d.files()),
                multiple,
            ));
        })
    };
    FileDrop {
        onchange,
        ondragover,
        ondragleave,
        ondrop,
        dragging: *dragging,
        busy: *busy,
    }
}
