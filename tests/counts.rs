//! Every interface string that takes a count reads right at 1 and at 2, in both languages:
//! "1 item", never "1 items" or "item(s)".
#![cfg(not(target_arch = "wasm32"))]

use cloud_check::domain::{Lang, Level};
use cloud_check::i18n::{checks_ui, plan_ui, trainer_ui, ui};
use cloud_check::state::Notice;

/// Each count-taking string, called with `n`.
fn counted(lang: Lang, n: usize) -> Vec<(&'static str, String)> {
    let t = ui(lang);
    let ck = checks_ui(lang);
    let p = plan_ui(lang);
    let tr = trainer_ui(lang);
    let keys: Vec<String> = (0..n).map(|k| format!("key-{k}")).collect();
    vec![
        ("provisional_text", (p.provisional_text)(n)),
        ("not_applicable_count", (p.not_applicable_count)(n)),
        ("unknown_hint", (p.unknown_hint)(n)),
        ("level_advice", (p.level_advice)(Level::Good, n)),
        (
            "notice: set aside",
            (t.notice)(&Notice::CorruptSetAside { keys: keys.clone() }),
        ),
        (
            "notice: other version",
            (t.notice)(&Notice::OtherVersion { keys: keys.clone() }),
        ),
        (
            "notice: imported",
            (t.notice)(&Notice::Imported { count: n }),
        ),
        ("preview_meta", (ck.preview_meta)(n, "2026-12-01")),
        ("differences", (ck.differences)(n)),
        ("copy_reminder", (t.copy_reminder)(n as i64)),
        ("class_counts", (tr.class_counts)(n, n, n)),
        ("class_duplicates", (tr.class_duplicates)(n)),
    ]
}

/// The words right after each standalone `n` in `text`.
fn words_after(text: &str, n: usize) -> Vec<String> {
    let needle = format!("{n} ");
    text.match_indices(&needle)
        .filter(|(at, _)| !text[..*at].ends_with(|c: char| c.is_ascii_digit()))
        .map(|(at, _)| {
            text[at + needle.len()..]
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("")
                .to_owned()
        })
        .collect()
}

#[test]
fn english_counts_agree_with_their_nouns_and_verbs_at_one_and_two() {
    const SINGULAR: [&str; 5] = ["item", "check", "file", "day", "entry"];
    for (name, text) in counted(Lang::En, 1) {
        assert!(!text.contains("(s)"), "{name}: {text}");
        for word in words_after(&text, 1) {
            assert!(
                !word.ends_with('s') || word == "is" || word == "was",
                "{name} at 1: “1 {word}” in {text}"
            );
        }
        assert!(
            !text.contains("items are") && !text.contains("were left"),
            "{name} at 1: {text}"
        );
    }
    for (name, text) in counted(Lang::En, 2) {
        assert!(!text.contains("(s)"), "{name}: {text}");
        for word in words_after(&text, 2) {
            assert!(
                !SINGULAR.contains(&word.as_str()),
                "{name} at 2: “2 {word}” in {text}"
            );
        }
    }
    // Spot checks of whole phrases a user reads.
    let p = plan_ui(Lang::En);
    assert!((p.provisional_text)(1).starts_with("1 item is not answered yet. Answering it"));
    assert!((p.provisional_text)(2).starts_with("2 items are not answered yet. Answering them"));
    assert!((p.unknown_hint)(1).starts_with("1 item is “Don't know”"));
}

#[test]
fn japanese_counts_use_their_counter_word_at_one_and_two() {
    for n in [1, 2] {
        for (name, text) in counted(Lang::Ja, n) {
            assert!(!text.contains("(s)") && !text.is_empty(), "{name}: {text}");
            assert!(text.contains(&n.to_string()), "{name} at {n}: {text}");
        }
    }
}
