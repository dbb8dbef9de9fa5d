//! Browser-only code, in headless Chromium (wasm-bindgen-test): the remembered language,
//! the URL fragment, the document's language and title, and the app mounted for real.
#![cfg(target_arch = "wasm32")]

use cloud_check::domain::Lang;
use cloud_check::platform::{document, location, storage};
use cloud_check::route::Route;
use cloud_check::state::AppState;
use cloud_check::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn window() -> web_sys::Window {
    web_sys::window().expect("a window")
}

fn local_storage() -> web_sys::Storage {
    window().local_storage().unwrap().expect("localStorage")
}

fn text_of(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
        .text_content()
        .unwrap_or_default()
}

fn click(root: &web_sys::Element, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

/// Mounts the app into a fresh element of the test page.
async fn mount(state: AppState) -> web_sys::Element {
    let doc = window().document().unwrap();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            initial: state,
            env: Default::default(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
fn the_chosen_language_is_remembered_under_the_apps_namespace() {
    local_storage().remove_item("ipa-cloud-check:lang").unwrap();
    assert_eq!(storage::load_lang(), None);
    storage::save_lang(Lang::En).unwrap();
    assert_eq!(storage::load_lang(), Some(Lang::En));
    assert_eq!(
        local_storage()
            .get_item("ipa-cloud-check:lang")
            .unwrap()
            .as_deref(),
        Some("en")
    );
    storage::save_lang(Lang::Ja).unwrap();
    assert_eq!(storage::load_lang(), Some(Lang::Ja));
}

#[wasm_bindgen_test]
fn a_garbled_saved_language_reads_as_no_choice() {
    local_storage()
        .set_item("ipa-cloud-check:lang", "<klingon>")
        .unwrap();
    assert_eq!(storage::load_lang(), None);
}

#[wasm_bindgen_test]
fn the_fragment_is_read_as_the_browser_has_it() {
    window().location().set_hash("#/items/3").unwrap();
    assert_eq!(location::fragment(), "#/items/3");
    assert_eq!(
        Route::from_fragment(&location::fragment(), 15),
        Route::Item(3)
    );
}

#[wasm_bindgen_test]
fn the_document_takes_the_language_and_title() {
    document::set_language_and_title(Lang::En, "Cloud service safety self-check");
    let doc = window().document().unwrap();
    assert_eq!(
        doc.document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    assert_eq!(doc.title(), "Cloud service safety self-check");
}

#[wasm_bindgen_test]
async fn answering_in_the_mounted_app_updates_progress_and_language_switches() {
    let root = mount(AppState::new(Lang::Ja, Route::Item(2))).await;
    assert_eq!(text_of(&root, ".progress-text"), "回答済み 0/15");

    click(&root, "input[value=done]");
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, ".progress-text"), "回答済み 1/15");
    let checked = root
        .query_selector("input:checked")
        .unwrap()
        .expect("a checked answer");
    assert_eq!(checked.get_attribute("value").as_deref(), Some("done"));

    click(&root, ".lang-button");
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, ".progress-text"), "1 of 15 answered");
    assert_eq!(
        storage::load_lang(),
        Some(Lang::En),
        "the switch is remembered"
    );
    assert_eq!(
        window()
            .document()
            .unwrap()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
}
