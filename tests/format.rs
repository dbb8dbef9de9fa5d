//! The export format: a round trip loses nothing, every kind of bad file gets its own
//! error (from fixture files in tests/fixtures), versions are checked, and the parser
//! survives arbitrary input (property tests).
#![cfg(not(target_arch = "wasm32"))]

use cloud_check::content::checklist;
use cloud_check::domain::code::CodeError;
use cloud_check::domain::format::{
    self, parse_import, FileError, FORMAT_VERSION, MAX_IMPORT_BYTES, OLDEST_FORMAT_VERSION,
};
use cloud_check::domain::intake::ImportError;
use cloud_check::domain::plan::{StepState, StepStatus};
use cloud_check::domain::{Answer, Assessment, Lang, Provider, MEMO_MAX_CHARS};
use cloud_check::export;
use proptest::prelude::*;

const NOW: &str = "2026-11-23T09:00:00.000Z";

fn known() -> Vec<&'static str> {
    checklist().item_ids().collect()
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn import(name: &str) -> Result<format::ImportPreview, FileError> {
    parse_import(&fixture(name), &known())
}

fn sample() -> Assessment {
    let mut a = Assessment::new("k3j9x0a1b2c3", "2026-11-20T01:00:00.000Z");
    a.set_service_name("会計ソフト");
    for (item, answer) in checklist().items.iter().zip(Answer::ALL.iter().cycle()) {
        a.set_answer(&item.id, Some(*answer));
    }
    a.set_memo("backup", "NAS に週1回。\n\"引用\" と <タグ> も");
    a.set_memo("purpose", "メモだけ");
    a.set_answer("purpose", None);
    a
}

#[test]
fn an_export_imports_back_to_the_same_assessments() {
    let a = sample();
    let mut b = Assessment::new("second", NOW);
    b.set_answer("authentication", Some(Answer::Unknown));
    let text = export::json(&[&a, &b], Lang::En, NOW);
    let preview = parse_import(text.as_bytes(), &known()).unwrap();
    assert_eq!(preview.assessments, vec![a, b]);
    assert_eq!(preview.language, Lang::En);
    assert_eq!(preview.exported_at, NOW);
    assert_eq!(preview.content_version, checklist().content_version);
}

#[test]
fn an_export_carries_format_version_content_version_and_source_edition() {
    let text = export::json(&[&sample()], Lang::Ja, NOW);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "ipa-cloud-check");
    // Nothing of version 2 in it (no plan notes, no provider): written as version 1, which
    // 0.2.0 still reads (tests/plan.rs covers version 2).
    assert_eq!(v["format_version"], 1);
    assert_eq!(v["content_version"], &*checklist().content_version);
    assert_eq!(v["source_edition"], "2024-07");
    assert_eq!(v["language"], "ja");
    // Item 10 (backup) is the 10th in the cycle of five answers: not_applicable.
    assert_eq!(
        v["assessments"][0]["answers"]["backup"]["answer"],
        "not_applicable"
    );
    assert_eq!(
        v["assessments"][0]["answers"]["purpose"]["memo"],
        "メモだけ"
    );
    assert!(v["assessments"][0]["answers"]["purpose"]
        .get("answer")
        .is_none());
}

#[test]
fn the_fixture_of_a_valid_file_imports() {
    let p = import("valid-v1.json").unwrap();
    assert_eq!(p.assessments.len(), 2);
    let a = &p.assessments[0];
    assert_eq!(a.service_name, "会計ソフト");
    assert_eq!(a.answer("backup"), Some(Answer::Partly));
    assert_eq!(a.memo("backup"), "NAS に週1回。\n外付けHDDにも月1回。");
    assert_eq!(a.answer("data-location"), None);
    assert_eq!(a.memo("data-location"), "事業者に問い合わせ中");
    assert_eq!(p.assessments[1].answer("user-scope"), Some(Answer::NotDone));
}

#[test]
fn each_kind_of_bad_file_gets_its_own_error() {
    assert_eq!(import("empty.json"), Err(FileError::Empty));
    assert_eq!(parse_import(b" \n\t", &known()), Err(FileError::Empty));
    assert_eq!(import("binary.png"), Err(FileError::Binary));
    // Text in another encoding is called that, not "not a text file": UTF-16 as Windows
    // editors save it, and Shift_JIS.
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(
            std::str::from_utf8(&fixture("valid-v1.json"))
                .unwrap()
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    assert_eq!(parse_import(&utf16, &known()), Err(FileError::NotUtf8));
    let shift_jis = b"{\"service_name\": \"\x89\xef\x8c\x76\"}";
    assert_eq!(parse_import(shift_jis, &known()), Err(FileError::NotUtf8));
    // The tool's own CSV export is recognised, so the message can say to use the JSON.
    let csv = export::csv(&[&sample()], Lang::Ja);
    assert_eq!(
        parse_import(csv.as_bytes(), &known()),
        Err(FileError::OurCsv)
    );
    assert_eq!(
        parse_import(&[0x00, 0x01, 0x41], &known()),
        Err(FileError::Binary)
    );
    // Line 4 is `  "assessments": [,]`: 18 characters, then the comma at column 19.
    assert_eq!(
        import("not-json.json"),
        Err(FileError::NotJson {
            line: 4,
            column: 19
        })
    );
    assert_eq!(import("other-format.json"), Err(FileError::OtherFormat));
    assert_eq!(
        import("newer-version.json"),
        Err(FileError::NewerVersion { found: 6 })
    );
    assert_eq!(import("version-zero.json"), Err(FileError::UnknownVersion));
    assert!(
        matches!(import("missing-field.json"), Err(FileError::Malformed { line, .. }) if line > 1)
    );
    assert_eq!(import("no-assessments.json"), Err(FileError::NoAssessments));
    assert_eq!(
        import("unknown-item.json"),
        Err(FileError::UnknownItem {
            item: "cookie-banner".into()
        })
    );
    assert_eq!(
        import("invalid-answer.json"),
        Err(FileError::InvalidAnswer {
            item: "backup".into(),
            value: "yes".into()
        })
    );
    assert_eq!(
        import("memo-too-long.json"),
        Err(FileError::MemoTooLong {
            item: "user-scope".into(),
            chars: MEMO_MAX_CHARS + 1
        })
    );
    let huge = vec![b' '; MAX_IMPORT_BYTES + 1];
    assert_eq!(
        parse_import(&huge, &known()),
        Err(FileError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1
        })
    );
}

#[test]
fn a_byte_order_mark_from_a_text_editor_is_accepted() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(fixture("valid-v1.json"));
    assert!(parse_import(&bytes, &known()).is_ok());
}

#[test]
fn every_error_has_words_in_both_languages() {
    // Every reason any reader can give: the file parser's, a code's, and the rest.
    let file_errors = [
        FileError::Empty,
        FileError::NotUtf8,
        FileError::OurCsv,
        FileError::TooLarge { bytes: 2_000_000 },
        FileError::Binary,
        FileError::NotJson {
            line: 4,
            column: 18,
        },
        FileError::OtherFormat,
        FileError::NewerVersion { found: 2 },
        FileError::UnknownVersion,
        FileError::Malformed { line: 9, column: 5 },
        FileError::NoAssessments,
        FileError::UnknownItem { item: "x".into() },
        FileError::InvalidAnswer {
            item: "backup".into(),
            value: "yes".into(),
        },
        FileError::MemoTooLong {
            item: "backup".into(),
            chars: 2001,
        },
        FileError::NameTooLong { chars: 101 },
        FileError::InvalidField { field: "id" },
    ];
    let errors: Vec<ImportError> = file_errors
        .into_iter()
        .map(ImportError::File)
        .chain([
            ImportError::Unreadable,
            ImportError::TooManyChecks { count: 500 },
            ImportError::NoCode,
            ImportError::Code(CodeError::Damaged),
            ImportError::Code(CodeError::NewerVersion { found: 2 }),
        ])
        .collect();
    for lang in Lang::ALL {
        let words: Vec<String> = errors
            .iter()
            .map(|e| (cloud_check::i18n::checks_ui(lang).import_error)(e))
            .collect();
        let unique: std::collections::BTreeSet<_> = words.iter().collect();
        assert_eq!(
            unique.len(),
            errors.len(),
            "{lang:?}: every error reads differently"
        );
    }
    let ja = (cloud_check::i18n::checks_ui(Lang::Ja).import_error)(&ImportError::File(
        FileError::NotJson {
            line: 4,
            column: 18,
        },
    ));
    assert!(ja.contains("4行目18文字目"), "{ja}");
}

#[test]
fn the_published_json_schema_describes_what_is_written() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../assets/cloud-check-export.schema.json")).unwrap();
    // Every field written: the plan's notes on one item, the flag, and the provider.
    let mut full = sample();
    full.set_step(
        "backup",
        StepState {
            owner: "佐藤".into(),
            due: "2026-12-20".into(),
            status: StepStatus::Waiting,
            asked_on: "2026-12-03".into(),
        },
    );
    full.set_lacks_feature("backup", true);
    full.answered_at = "2026-12-03T09:00:00.000Z".into();
    full.set_provider(&Provider {
        name: "A".into(),
        contact: "B".into(),
        account: "C".into(),
        reply_by: "2026-12-17".into(),
        product: "D".into(),
    });
    full.set_letter_choice("backup", true);
    full.letter.set_edited(Lang::Ja, Some("E"));
    full.letter.set_edited(Lang::En, Some("F"));
    full.rules.set_edited(Lang::Ja, Some("G"));
    full.rules.set_edited(Lang::En, Some("H"));
    let text = export::json(&[&full], Lang::Ja, NOW);
    let file: serde_json::Value = serde_json::from_str(&text).unwrap();
    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&schema["properties"]), keys(&file));
    assert_eq!(file["format_version"], FORMAT_VERSION);
    assert_eq!(
        schema["properties"]["format_version"]["enum"],
        serde_json::json!([OLDEST_FORMAT_VERSION, 2, 3, 4, FORMAT_VERSION])
    );
    let mut entry_keys = keys(&schema["$defs"]["entry"]["properties"]);
    entry_keys.sort();
    let mut written = keys(&file["assessments"][0]["answers"]["backup"]);
    written.sort();
    assert_eq!(entry_keys, written);
    assert_eq!(
        keys(&schema["properties"]["assessments"]["items"]["properties"]["provider"]["properties"]),
        keys(&file["assessments"][0]["provider"])
    );
    let assessment = &schema["properties"]["assessments"]["items"];
    assert_eq!(
        keys(&assessment["properties"]),
        keys(&file["assessments"][0])
    );
    let item_ids = keys(&assessment["properties"]["answers"]["properties"]);
    let mut ours: Vec<String> = known().iter().map(|s| s.to_string()).collect();
    ours.sort();
    assert_eq!(
        item_ids, ours,
        "the schema lists exactly the checklist's item ids"
    );
    let answers: Vec<&str> = schema["$defs"]["entry"]["properties"]["answer"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(answers, Answer::ALL.map(|a| a.key()));
}

#[test]
fn csv_opens_in_excel_and_never_runs_a_memo_as_a_formula() {
    let mut a = sample();
    a.set_memo("support", "=HYPERLINK(\"http://evil\")");
    let csv = export::csv(&[&a], Lang::Ja);
    assert!(csv.starts_with('\u{feff}'), "BOM for Excel");
    let lines: Vec<&str> = csv
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines.len(), 1 + 15);
    assert!(lines[0].starts_with("\"サービス名\",\"No.\""));
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""),
        "formula defused, quotes doubled"
    );
    assert!(csv.contains("\"NAS に週1回。\n\"\"引用\"\" と <タグ> も\""));
}

#[test]
fn csv_defuses_a_formula_after_a_separator_inside_a_cell() {
    // A spreadsheet whose list separator is `;` splits `x;=1+1;` into cells, the second a
    // formula; so does one that splits on tabs or reads each line of a cell.
    let mut a = sample();
    a.set_memo("support", "x;=1+1; y, @SUM(A1)\t+1\n-2 and 3-4");
    a.set_service_name(" =cmd|' /C calc'!A0");
    let csv = export::csv(&[&a], Lang::Ja);
    assert!(
        csv.contains("\"x;'=1+1; y, '@SUM(A1)\t'+1\n'-2 and 3-4\""),
        "{csv}"
    );
    assert!(
        csv.contains("\"'=cmd|' /C calc'!A0\""),
        "the name, trimmed, defused"
    );
    // Text without a formula start is left as written (dates, hyphens inside words).
    assert!(!csv.contains("'2026") && csv.contains("\"No.\""));
}

#[test]
fn a_file_hands_in_names_on_one_line_memos_with_plain_breaks_and_ids_of_our_shape() {
    let text = r#"{"format":"ipa-cloud-check","format_version":3,"exported_at":"2026-12-01T00:00:00.000Z",
        "content_version":"x","source_edition":"2024-07","language":"ja","assessments":[{"id":"x\r\nATTENDEE:a","service_name":" a\rURL:b\u2028c\u0000 ",
        "created_at":"","updated_at":"","answers":{"backup":{"answer":"done","memo":"1\r\n2\r3","owner":"山田\n佐藤"}},
        "provider":{"name":"P\r\nQ","contact":"","account":"","reply_by":""}}]}"#;
    let a = parse_import(text.as_bytes(), &known())
        .map_err(|e| format!("{e:?}"))
        .unwrap()
        .assessments
        .remove(0);
    assert_eq!(a.service_name, "a URL:b c");
    assert_eq!(a.memo("backup"), "1\n2\n3");
    assert_eq!(a.step("backup").owner, "山田 佐藤");
    assert_eq!(a.provider.name, "P Q");
    assert!(cloud_check::domain::text::is_id(&a.id), "{}", a.id);
    let again = parse_import(text.as_bytes(), &known())
        .unwrap()
        .assessments
        .remove(0);
    assert_eq!(
        again.id, a.id,
        "the same file finds the same check to replace"
    );
}

#[test]
fn export_file_names_are_safe_everywhere() {
    assert_eq!(
        export::file_name("会計ソフト", "2026-11-23", "json"),
        "cloud-check_会計ソフト_2026-11-23.json"
    );
    assert_eq!(
        export::file_name("a/b:c*d?", "2026-11-23", "csv"),
        "cloud-check_a_b_c_d__2026-11-23.csv"
    );
    assert_eq!(
        export::file_name("  ", "2026-11-23", "json"),
        "cloud-check_check_2026-11-23.json"
    );
}

/// Any JSON value, nested a few levels.
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(serde_json::Value::from),
        ".{0,20}".prop_map(serde_json::Value::from),
        prop_oneof![
            Just("done"),
            Just("ipa-cloud-check"),
            Just("backup"),
            Just("answers")
        ]
        .prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::btree_map(
                prop_oneof![
                    Just("format".to_owned()),
                    Just("format_version".to_owned()),
                    Just("assessments".to_owned()),
                    Just("answers".to_owned()),
                    Just("answer".to_owned()),
                    Just("memo".to_owned()),
                    ".{0,8}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = parse_import(&bytes, &known());
    }

    #[test]
    fn arbitrary_json_never_panics_even_with_our_header(value in any_json(), version in 0u64..4) {
        let _ = parse_import(value.to_string().as_bytes(), &known());
        let mut wrapped = serde_json::json!({ "format": "ipa-cloud-check", "format_version": version });
        wrapped["assessments"] = value.clone();
        let _ = parse_import(wrapped.to_string().as_bytes(), &known());
    }

    #[test]
    fn a_damaged_valid_file_is_refused_or_read_never_a_panic(
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8)
    ) {
        let mut bytes = export::json(&[&sample()], Lang::Ja, NOW).into_bytes();
        for (at, byte) in flips {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        if let Ok(p) = parse_import(&bytes, &known()) {
            // Whatever passes must be within the rules.
            for a in &p.assessments {
                prop_assert!(a.entries.values().all(|e| e.memo.chars().count() <= MEMO_MAX_CHARS));
                prop_assert!(a.entries.keys().all(|k| known().contains(&k.as_str())));
            }
        }
    }

    #[test]
    fn stored_checks_round_trip(name in ".{0,100}", memo in ".{0,300}", english in any::<bool>()) {
        let mut a = sample();
        a.set_service_name(&name);
        a.set_memo("backup", &memo);
        let lang = if english { Lang::En } else { Lang::Ja };
        let stored = cloud_check::persist::encode(&a, checklist().stamp(), lang);
        prop_assert_eq!(cloud_check::persist::decode(&stored, &known()), Ok(a));
    }
}

#[test]
fn text_from_a_file_is_shown_cut_to_a_readable_length() {
    let huge = "k".repeat(1_000_000);
    for lang in Lang::ALL {
        let t = cloud_check::i18n::checks_ui(lang);
        let unknown = (t.import_error)(&FileError::UnknownItem { item: huge.clone() }.into());
        let invalid = (t.import_error)(
            &FileError::InvalidAnswer {
                item: "backup".into(),
                value: huge.clone(),
            }
            .into(),
        );
        assert!(
            unknown.chars().count() < 200 && unknown.contains('…'),
            "{lang:?}"
        );
        assert!(
            invalid.chars().count() < 200 && invalid.contains('…'),
            "{lang:?}"
        );
    }
}

#[test]
fn the_letter_as_the_owner_chose_and_edited_it_survives_an_export_and_is_version_4() {
    let mut a = Assessment::new("a1", NOW);
    a.set_answer("backup", Some(Answer::Unknown));
    let plain = format::export(&[&a], checklist().stamp(), Lang::Ja, NOW);
    assert!(plain.format_version < 4, "nothing of version 4 in it");
    a.set_provider(&Provider {
        product: "  クラウド会計\nスタンダード ".into(),
        ..Provider::default()
    });
    assert_eq!(
        a.provider.product, "クラウド会計 スタンダード",
        "one line, trimmed"
    );
    a.set_letter_choice("backup", true);
    a.set_letter_choice("support", false);
    a.letter
        .set_edited(Lang::En, Some("Dear support,\r\n\r\nplease…"));
    a.letter.set_edited(Lang::Ja, Some(""));
    let text = export::json(&[&a], Lang::Ja, NOW);
    let back = parse_import(text.as_bytes(), &known()).unwrap().assessments;
    assert_eq!(
        back[0], a,
        "the product, both choices and both edits, the empty one too"
    );
    assert_eq!(
        back[0].letter.edited(Lang::En),
        Some("Dear support,\n\nplease…")
    );
    let file: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(file["format_version"], 4);
    assert_eq!(
        file["assessments"][0]["answers"]["support"]["letter"],
        false
    );
    // A letter longer than the bound, or a choice that is not true or false, is refused.
    let long = text.replace(
        r#""letter_ja": """#,
        &format!(r#""letter_ja": "{}""#, "あ".repeat(10_001)),
    );
    assert_ne!(long, text);
    assert_eq!(
        parse_import(long.as_bytes(), &known()).map(|_| ()),
        Err(FileError::InvalidField { field: "letter_ja" }),
    );
    let odd = text.replace(r#""letter": false"#, r#""letter": "no""#);
    assert_ne!(odd, text);
    assert!(matches!(
        parse_import(odd.as_bytes(), &known()),
        Err(FileError::Malformed { .. })
    ));
}
