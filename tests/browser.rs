//! Browser-only code, in headless Chromium (wasm-bindgen-test): storage that works, that is
//! corrupt, that throws and that is full; the URL fragment; the document; and the app
//! mounted for real, showing the user what happened.
#![cfg(target_arch = "wasm32")]

use cloud_check::content::checklist;
use cloud_check::domain::{Answer, Assessment, Lang};
use cloud_check::persist::{self, Area, Loaded, Op, SaveProblem};
use cloud_check::platform::{document, location, storage};
use cloud_check::route::Route;
use cloud_check::state::AppState;
use cloud_check::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2026-11-23T09:00:00.000Z";

fn window() -> web_sys::Window {
    web_sys::window().expect("a window")
}

fn local_storage() -> web_sys::Storage {
    window().local_storage().unwrap().expect("localStorage")
}

fn area() -> Area {
    Area::new(None)
}

/// Saves one check as autosave does.
fn save(area: &Area, a: &Assessment) -> Result<(), SaveProblem> {
    storage::apply(
        &Op::Set {
            key: area.assessment_key(&a.id),
            value: persist::encode(a, checklist().stamp(), Lang::Ja),
        },
        "test",
    )
}

/// Loads as the app does at start-up.
fn load(area: &Area) -> Loaded {
    cloud_check::ui::load(area, NOW)
}

/// The keys this app holds in `area`.
fn our_keys(area: &Area) -> Vec<String> {
    let entries = storage::entries().unwrap();
    persist::our_keys(area, &entries)
        .into_iter()
        .map(|(k, _)| k)
        .collect()
}

/// Every test starts from an empty storage.
fn clean() {
    local_storage().clear().unwrap();
}

fn sample(id: &str, name: &str) -> Assessment {
    let mut a = Assessment::new(id, NOW);
    a.set_service_name(name);
    a.set_answer("backup", Some(Answer::Partly));
    a.set_memo("backup", "NAS に週1回");
    a
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

/// Makes every localStorage write throw a `DOMException` named `name`, as a locked-down or
/// full browser does, until [`restore_set_item`].
fn make_set_item_throw(name: &str) {
    js_sys::eval(&format!(
        "window.__setItem = Storage.prototype.setItem; Storage.prototype.setItem = function () {{ throw new DOMException('refused', '{name}'); }};"
    ))
    .unwrap();
}

fn restore_set_item() {
    js_sys::eval("Storage.prototype.setItem = window.__setItem;").unwrap();
}

/// The text of the persistent warning banner, if one is shown.
fn warning_banner(root: &web_sys::Element) -> Option<String> {
    root.query_selector(".banner.warning")
        .unwrap()
        .map(|b| b.text_content().unwrap_or_default())
}

thread_local! {
    /// The app the last test mounted: each test starts with no other app on the page (the
    /// apps on one page hear each other's saves, as embeds sharing a namespace should).
    static MOUNTED: std::cell::RefCell<Option<yew::AppHandle<App>>> = const { std::cell::RefCell::new(None) };
}

/// Mounts the app into a fresh element of the test page, in place of the last test's.
async fn mount(state: AppState) -> web_sys::Element {
    if let Some(previous) = MOUNTED.with(|m| m.borrow_mut().take()) {
        previous.destroy();
    }
    let doc = window().document().unwrap();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            initial: state,
            env: Default::default(),
            focus_id: None,
            stored_texts: Default::default(),
            lms: None,
        },
    )
    .render();
    MOUNTED.with(|m| *m.borrow_mut() = Some(handle));
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
fn assessments_and_settings_survive_a_save_and_load() {
    clean();
    let a = sample("abc123", "会計ソフト");
    save(&area(), &a).unwrap();
    storage::apply(
        &Op::Set {
            key: area().settings_key(),
            value: r#"{"lang":"en","current":"abc123"}"#.into(),
        },
        "test",
    )
    .unwrap();
    let loaded = load(&area());
    assert_eq!(loaded.assessments, vec![a]);
    assert_eq!(
        (loaded.lang, loaded.current.as_deref()),
        (Some(Lang::En), Some("abc123"))
    );
    assert!(loaded.set_aside.is_empty() && loaded.problem.is_none());
    assert_eq!(
        our_keys(&area()),
        [
            "ipa-cloud-check:v1:assessment:abc123",
            "ipa-cloud-check:v1:settings"
        ]
    );
}

#[wasm_bindgen_test]
fn the_first_releases_language_key_is_migrated_into_settings() {
    clean();
    local_storage()
        .set_item("ipa-cloud-check:lang", "en")
        .unwrap();
    assert_eq!(load(&area()).lang, Some(Lang::En));
    assert_eq!(
        local_storage().get_item("ipa-cloud-check:lang").unwrap(),
        None
    );
}

#[wasm_bindgen_test]
fn corrupt_saved_data_is_set_aside_untouched_and_the_rest_still_loads() {
    clean();
    let good = sample("good1", "Microsoft 365");
    save(&area(), &good).unwrap();
    local_storage()
        .set_item(
            "ipa-cloud-check:v1:assessment:bad1",
            "{\"format\": \"ipa-cloud-check\", trunc",
        )
        .unwrap();
    let loaded = load(&area());
    assert_eq!(loaded.assessments, vec![good]);
    assert_eq!(
        loaded.set_aside,
        [format!(
            "ipa-cloud-check:v1:corrupt:{NOW}:ipa-cloud-check:v1:assessment:bad1"
        )]
    );
    assert_eq!(
        local_storage()
            .get_item(&loaded.set_aside[0])
            .unwrap()
            .as_deref(),
        Some("{\"format\": \"ipa-cloud-check\", trunc")
    );
    assert_eq!(
        local_storage()
            .get_item("ipa-cloud-check:v1:assessment:bad1")
            .unwrap(),
        None
    );
}

#[wasm_bindgen_test]
async fn storage_that_throws_is_reported_and_the_app_keeps_working_in_memory() {
    clean();
    // As in a locked-down browser: every write throws.
    make_set_item_throw("SecurityError");
    let a = sample("t1", "x");
    let result = save(&area(), &a);
    let root = mount(AppState::new(Lang::Ja, Route::Item(10))).await;
    click(&root, "input[value=done]");
    yew::scheduler::flush().await;
    let banner = warning_banner(&root);
    let progress = text_of(&root, ".progress-text");
    restore_set_item();
    assert_eq!(result, Err(SaveProblem::Unavailable));
    assert_eq!(progress, "回答済み1/15", "the answer is kept in memory");
    let banner = banner.expect("a persistent warning");
    assert!(
        banner.contains("保存が使えません") && banner.contains("今すぐ書き出す"),
        "{banner}"
    );
}

#[wasm_bindgen_test]
fn storage_that_is_not_there_reads_as_empty_and_says_why() {
    clean();
    // Window's attributes live on the window itself: keep the real one to put it back.
    js_sys::eval("window.__ls = Object.getOwnPropertyDescriptor(window, 'localStorage'); Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('denied', 'SecurityError'); } });").unwrap();
    let loaded = load(&area());
    let saved = save(&area(), &sample("x", "x"));
    js_sys::eval("Object.defineProperty(window, 'localStorage', window.__ls);").unwrap();
    assert_eq!(loaded.problem, Some(SaveProblem::Unavailable));
    assert!(loaded.assessments.is_empty());
    assert_eq!(saved, Err(SaveProblem::Unavailable));
    assert!(
        window().local_storage().unwrap().is_some(),
        "restored for the other tests"
    );
}

#[wasm_bindgen_test]
async fn full_storage_refuses_the_write_keeps_the_last_good_save_and_says_so() {
    clean();
    let a = sample("full1", "会計ソフト");
    save(&area(), &a).unwrap();
    // What browsers throw when the origin's quota is used up.
    make_set_item_throw("QuotaExceededError");
    let mut changed = a.clone();
    changed.set_memo("backup", "changed");
    let result = save(&area(), &changed);
    let root = mount(AppState::new(Lang::En, Route::Item(1))).await;
    click(&root, "input[value=partly]");
    yew::scheduler::flush().await;
    let banner = warning_banner(&root);
    restore_set_item();
    let reloaded = load(&area()).assessments;
    clean();
    assert_eq!(result, Err(SaveProblem::Full));
    assert_eq!(reloaded, vec![a], "the last good save is intact");
    let banner = banner.expect("a persistent warning");
    assert!(
        banner.contains("storage is full") && banner.contains("Export now"),
        "{banner}"
    );
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
async fn answering_in_the_mounted_app_saves_it_and_the_language_is_remembered() {
    clean();
    let state = AppState::new(Lang::Ja, Route::Item(2));
    let id = state.current.clone();
    let root = mount(state).await;
    assert_eq!(text_of(&root, ".progress-text"), "回答済み0/15");
    assert!(our_keys(&area()).is_empty(), "a blank check is not stored");

    click(&root, "input[value=done]");
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, ".progress-text"), "回答済み1/15");
    assert!(text_of(&root, ".saved").contains("自動保存"));
    let loaded = load(&area());
    assert_eq!(loaded.assessments.len(), 1);
    assert_eq!(loaded.assessments[0].id, id);
    assert_eq!(
        loaded.assessments[0].answer("service-type"),
        Some(Answer::Done)
    );

    click(&root, ".lang-button");
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, ".progress-text"), "1 of 15 answered");
    assert_eq!(load(&area()).lang, Some(Lang::En));
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
    clean();
}

#[wasm_bindgen_test]
fn two_embeds_with_their_own_namespaces_keep_their_data_apart() {
    clean();
    let course_a = Area::new(Some("course-a"));
    let a = sample("aaa", "会計ソフト");
    save(&course_a, &a).unwrap();
    assert_eq!(load(&course_a).assessments, vec![a]);
    assert!(
        load(&area()).assessments.is_empty(),
        "the default area sees nothing"
    );
    assert!(load(&Area::new(Some("course-b"))).assessments.is_empty());
    assert_eq!(
        our_keys(&course_a),
        ["ipa-cloud-check:ns:course-a:v1:assessment:aaa"]
    );
    clean();
}

/// Lets promise callbacks and spawned futures run, then lets Yew render.
async fn settle() {
    for _ in 0..3 {
        let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(
            &wasm_bindgen::JsValue::NULL,
        ))
        .await;
    }
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn without_a_clipboard_the_copy_button_selects_the_code_and_says_to_copy_it_by_hand() {
    clean();
    // As on a page served over plain http: navigator.clipboard does not exist.
    js_sys::eval("Object.defineProperty(navigator, 'clipboard', { configurable: true, get: () => undefined });")
        .unwrap();
    let mut state = AppState::new(Lang::Ja, Route::Results);
    state = state.reduce(
        cloud_check::state::Action::SetAnswer {
            item: "backup".into(),
            answer: Some(Answer::Done),
        },
        NOW,
    );
    let root = mount(state).await;
    click(&root, ".result-code .copy-field button");
    settle().await;
    let status = text_of(&root, ".result-code .copy-status");
    let selected = js_sys::eval(
        "(() => { const a = document.activeElement; return a && a.id === 'result-code' && a.selectionEnd - a.selectionStart === a.value.length; })()",
    )
    .unwrap()
    .as_bool();
    js_sys::eval("delete navigator.clipboard;").unwrap();
    assert!(
        status.contains("自動ではコピーできませんでした"),
        "{status}"
    );
    assert_eq!(
        selected,
        Some(true),
        "the code is selected for copying by hand"
    );
}

#[wasm_bindgen_test]
async fn a_download_can_still_be_fetched_after_its_click_and_the_page_is_left_alone() {
    // Safari and Firefox may fetch a download's Blob URL only after click() has returned:
    // record the link a click would follow instead of saving (the test browser saves nothing).
    js_sys::eval(
        "window.__links = []; window.__click = HTMLAnchorElement.prototype.click; HTMLAnchorElement.prototype.click = function () { window.__links.push([this.download, this.href]); };",
    )
    .unwrap();
    let saved = cloud_check::platform::files::download(
        "cloud-check_test.json",
        "application/json",
        "{\"answer\":\"done\"}",
    );
    let fetched = js_sys::eval(
        "HTMLAnchorElement.prototype.click = window.__click; Promise.all(window.__links.map(([name, url]) => fetch(url).then((r) => r.text()).then((text) => [name, text])))",
    )
    .unwrap();
    let fetched = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(fetched)).await;
    let left = window()
        .document()
        .unwrap()
        .query_selector_all("a[download]")
        .unwrap()
        .length();
    assert_eq!(saved, Ok(()));
    let fetched = fetched.expect("the file's URL still answers after the click");
    assert_eq!(
        js_sys::JSON::stringify(&fetched)
            .unwrap()
            .as_string()
            .unwrap(),
        r#"[["cloud-check_test.json","{\"answer\":\"done\"}"]]"#
    );
    assert_eq!(left, 0, "no link is put into the page");
}
