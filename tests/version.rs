//! The tool's one version (Cargo.toml's): in the footer of every screen, on the printed
//! report, in exported files; not in the copies kept in storage (so a rollback to 0.1.0,
//! which refuses fields it does not know, still reads them). Files from newer versions
//! with new top-level fields are read.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cloud_check::content::checklist;
use cloud_check::domain::format::{parse_import, FileError};
use cloud_check::domain::{Assessment, Lang};
use cloud_check::persist;
use cloud_check::route::Route;
use common::{at, render, visible_text};

const VERSION: &str = env!("CARGO_PKG_VERSION");

#[tokio::test]
async fn the_version_is_in_the_footer_and_on_the_printed_report() {
    assert_eq!(cloud_check::VERSION, VERSION);
    for lang in Lang::ALL {
        for route in [Route::Start, Route::Item(3), Route::Results] {
            let text = visible_text(&render(at(lang, route)).await);
            let footer = &text[text.rfind(checklist().source.title.ja.as_ref()).unwrap()..];
            assert!(footer.contains(VERSION), "{lang:?} {route:?}");
        }
    }
}

#[test]
fn exports_name_the_version_and_stored_copies_do_not() {
    let a = Assessment::new("abc", "2026-12-01T00:00:00.000Z");
    let file = cloud_check::export::json(&[&a], Lang::Ja, "2026-12-01T00:00:00.000Z");
    let parsed: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_eq!(parsed["tool_version"], VERSION);
    let stored = persist::encode(&a, checklist().stamp(), Lang::Ja);
    assert!(!stored.contains("tool_version"), "{stored}");
}

#[test]
fn unknown_top_level_fields_are_read_past_and_an_assessments_are_not() {
    let known: Vec<&str> = checklist().item_ids().collect();
    let a = Assessment::new("abc", "2026-12-01T00:00:00.000Z");
    let file = cloud_check::export::json(&[&a], Lang::Ja, "2026-12-01T00:00:00.000Z");
    let newer = file.replacen('{', r#"{"made_by": {"name": "a later version"},"#, 1);
    assert!(parse_import(newer.as_bytes(), &known).is_ok());
    let odd = file.replace(r#""service_name""#, r#""mood": 1, "service_name""#);
    assert!(matches!(
        parse_import(odd.as_bytes(), &known),
        Err(FileError::Malformed { .. })
    ));
}
