//! Result codes: what goes in comes out, nothing a chat or form mangles is in them, a damaged
//! or newer code is refused with its reason, and arbitrary text never panics or yields a
//! check by accident (property tests).
#![cfg(not(target_arch = "wasm32"))]

use cloud_check::content::checklist;
use cloud_check::domain::code::{self, find, CodeError, Include};
use cloud_check::domain::intake::{codes, ImportError};
use cloud_check::domain::{Answer, Assessment, Lang};
use proptest::prelude::*;

fn known() -> Vec<&'static str> {
    checklist().item_ids().collect()
}

fn sample() -> Assessment {
    let mut a = Assessment::new("k3x9q2m7a1b0", "2026-11-23T09:00:00.000Z");
    a.updated_at = "2026-11-23T09:41:00.000Z".into();
    a.set_service_name("会計ソフト");
    for (i, id) in known().iter().enumerate() {
        a.set_answer(id, Some(Answer::ALL[i % 4]));
    }
    a.set_answer("service-type", Some(Answer::NotApplicable));
    a.set_memo("backup", "NAS に週1回");
    a
}

/// What a code carries when only the answers are included.
fn answers_only(a: &Assessment) -> Assessment {
    let mut b = Assessment::new(&a.id, &a.updated_at);
    for id in known() {
        b.set_answer(id, a.answer(id));
    }
    b
}

#[test]
fn a_code_without_name_or_memos_carries_the_answers_and_fits_a_chat_line() {
    let a = sample();
    let text = code::encode(&a, &known(), Include::default());
    assert!(text.starts_with("CCHK1-"));
    assert!(text.len() <= 60, "{} characters: {text}", text.len());
    assert!(
        text.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-'),
        "{text}"
    );
    assert!(
        !text.contains("会計"),
        "the service name is left out unless ticked"
    );
    let found = find(&text, &known());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1, Ok(answers_only(&a)));
}

#[test]
fn name_and_memos_travel_only_when_ticked() {
    let a = sample();
    let all = code::encode(
        &a,
        &known(),
        Include {
            service_name: true,
            memos: true,
        },
    );
    let back = find(&all, &known()).remove(0).1.unwrap();
    assert_eq!(back.service_name, "会計ソフト");
    assert_eq!(back.memo("backup"), "NAS に週1回");
    assert_eq!(back.answer("backup"), a.answer("backup"));
    let name_only = code::encode(
        &a,
        &known(),
        Include {
            service_name: true,
            memos: false,
        },
    );
    let back = find(&name_only, &known()).remove(0).1.unwrap();
    assert_eq!(
        (back.service_name.as_str(), back.memo("backup")),
        ("会計ソフト", "")
    );
}

#[test]
fn a_code_hands_in_names_on_one_line_memos_with_plain_breaks_and_ids_of_our_shape() {
    // Made past the setters, as a crafted code would carry them.
    let mut a = sample();
    a.service_name = "会計\r\nATTENDEE:mailto:x@evil.example\u{2028}\u{0}".into();
    a.id = "a\"b<c>;d".into();
    a.entries.get_mut("backup").unwrap().memo = "一行目\r\n二行目\r三行目\u{7}".into();
    let text = code::encode(
        &a,
        &known(),
        Include {
            service_name: true,
            memos: true,
        },
    );
    let back = find(&text, &known()).remove(0).1.unwrap();
    assert_eq!(back.service_name, "会計 ATTENDEE:mailto:x@evil.example");
    assert_eq!(back.memo("backup"), "一行目\n二行目\n三行目");
    assert!(cloud_check::domain::text::is_id(&back.id), "{}", back.id);
    // The same code read again gives the same id (a correction still replaces its check).
    assert_eq!(find(&text, &known()).remove(0).1.unwrap().id, back.id);
}

#[test]
fn codes_are_found_among_chat_text_in_any_case_and_damage_is_named() {
    let a = code::encode(&sample(), &known(), Include::default());
    let mut other = sample();
    other.id = "otherparticipant".into();
    let b = code::encode(&other, &known(), Include::default());
    let mut cut = a.clone();
    cut.truncate(a.len() - 3);
    // One character of the body changed, as a mistyped copy would.
    let body = &a["CCHK1-".len()..];
    let flipped = if body.starts_with('0') { "1" } else { "0" };
    let edited = format!("CCHK1-{flipped}{}", &body[1..]);
    let chat = format!(
        "田中: {a} です\n佐藤：{}\n鈴木 {cut}\n{edited}\nCCHK9-ABCDEF\nhello CCHKX and nothing",
        b.to_lowercase()
    );
    let found = find(&chat, &known());
    let results: Vec<_> = found
        .iter()
        .map(|(_, r)| r.as_ref().map(|a| a.id.as_str()).map_err(Clone::clone))
        .collect();
    assert_eq!(
        results,
        [
            Ok("k3x9q2m7a1b0"),
            Ok("otherparticipant"),
            Err(CodeError::Damaged),
            Err(CodeError::Damaged),
            Err(CodeError::NewerVersion { found: 9 }),
        ]
    );
}

/// A damaged code still names the check it seems to come from when that part reads (the
/// class overview matches the participant's corrected copy to it); when the damage is in
/// the id, or too little is left, it names another or none.
#[test]
fn a_damaged_code_names_its_check_where_that_part_still_reads() {
    let a = code::encode(&sample(), &known(), Include::default());
    let body = &a["CCHK1-".len()..];
    let with = |at: usize, c: char| {
        let mut chars: Vec<char> = body.chars().collect();
        chars[at] = if chars[at] == c { 'Z' } else { c };
        format!("CCHK1-{}", chars.into_iter().collect::<String>())
    };
    let check = |code: &str| {
        let (found, read) = find(code, &known()).remove(0);
        assert_eq!(read, Err(CodeError::Damaged), "{code}");
        code::damaged_check(&found)
    };
    let id = Some(code::fingerprint("k3x9q2m7a1b0"));
    // Item 2's answer mistyped, a letter not in the alphabet (U) among the answers, the
    // checksum's last character, or the code cut short after the id.
    assert_eq!(check(&with(3, '7')), id);
    assert_eq!(check(&with(5, 'U')), id);
    assert_eq!(check(&with(body.len() - 1, '7')), id);
    assert_eq!(check(&a[..a.len() - 3]), id);
    // The id's own characters mistyped: another check, never this one.
    assert_ne!(check(&with(17, '7')), id);
    // Cut short before the id.
    assert_eq!(check(&a[..12]), None);
    assert_eq!(check("CCHK1-BROKEN"), None);
}

#[test]
fn codes_say_why_each_code_is_refused_and_text_without_codes_says_so() {
    let good = code::encode(&sample(), &known(), Include::default());
    let text = format!("{good}\nCCHK2-0000\n{}", &good[..good.len() - 1]);
    let p = codes(&text, &known(), Lang::Ja);
    assert_eq!(p.len(), 3);
    assert!(p[0].1.is_ok());
    assert_eq!(
        p[1].1,
        Err(ImportError::Code(CodeError::NewerVersion { found: 2 }))
    );
    assert_eq!(p[2].1, Err(ImportError::Code(CodeError::Damaged)));
    let none = codes("こんにちは、よろしくお願いします。", &known(), Lang::Ja);
    assert_eq!(none, vec![(String::new(), Err(ImportError::NoCode))]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_check_round_trips(
        answers in prop::collection::vec(0usize..6, 15),
        name in ".{0,60}",
        memo in ".{0,200}",
        id in "[a-z0-9]{1,32}",
        when in (2020u32..2100, 1u32..=12, 1u32..=28, 0u32..24, 0u32..60),
    ) {
        let mut a = Assessment::new(&id, "2026-01-01T00:00:00.000Z");
        for (item, n) in known().into_iter().zip(&answers) {
            a.set_answer(item, n.checked_sub(1).map(|i| Answer::ALL[i]));
        }
        a.set_service_name(&name);
        a.set_memo("support", &memo);
        // Codes carry the time to the minute.
        let (y, mo, d, h, mi) = when;
        a.updated_at = format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:00.000Z");
        let text = code::encode(&a, &known(), Include { service_name: true, memos: true });
        let back = find(&text, &known()).remove(0).1.unwrap();
        prop_assert_eq!(back.entries, a.entries);
        prop_assert_eq!(back.service_name, a.service_name);
        prop_assert_eq!(back.updated_at, a.updated_at);
    }

    #[test]
    fn arbitrary_text_never_panics_and_never_reads_as_a_check_by_chance(text in ".{0,400}") {
        for (_, result) in find(&text, &known()) {
            prop_assert!(result.is_err(), "{text}");
        }
        let _ = codes(&text, &known(), Lang::En);
    }

    #[test]
    fn a_code_with_one_character_changed_is_refused(at in any::<prop::sample::Index>(), to in 0usize..32) {
        let good = code::encode(&sample(), &known(), Include::default());
        let body = &good["CCHK1-".len()..];
        let i = at.index(body.len());
        let replacement = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".as_bytes()[to] as char;
        prop_assume!(body.as_bytes()[i] as char != replacement);
        let mut changed = body.to_owned();
        changed.replace_range(i..=i, &replacement.to_string());
        let results = find(&format!("CCHK1-{changed}"), &known());
        prop_assert_eq!(results.len(), 1);
        prop_assert!(results[0].1.is_err());
    }
}

/// Fixed checks whose codes are pinned below: codes already pasted into course forms and
/// chats must keep reading as the same answers whatever changes in the code.
fn golden_checks() -> Vec<(Assessment, Include)> {
    let answers = [
        ("purpose", "done"),
        ("service-type", "not_applicable"),
        ("data-importance", "not_done"),
        ("rules-conflict", "unknown"),
        ("provider-trust", "partly"),
        ("service-level", "done"),
        ("administrator", "done"),
        ("user-scope", "done"),
        ("authentication", "partly"),
        ("backup", "unknown"),
        ("security-measures", "done"),
        ("support", "done"),
        ("exit-data", "not_applicable"),
        ("law-contract", "done"),
        ("data-location", "done"),
    ];
    let mut mixed = Assessment::new("k3x9q2m7a1b0", "2026-11-23T09:41:00.000Z");
    for (item, answer) in answers {
        mixed.set_answer(item, Answer::from_key(answer));
    }
    mixed.updated_at = "2026-11-23T09:41:00.000Z".into();
    let mut named = mixed.clone();
    named.set_service_name("会計ソフト");
    named.set_memo("backup", "NAS に週1回");
    let blank = {
        let mut b = Assessment::new("a1", "2026-01-01T00:00:00.000Z");
        b.updated_at = "2026-01-01T00:00:00.000Z".into();
        b
    };
    vec![
        (blank, Include::default()),
        (mixed, Include::default()),
        (
            named,
            Include {
                service_name: true,
                memos: true,
            },
        ),
    ]
}

/// The codes of [`golden_checks`], as this tool has written them since format 1.
const GOLDEN: [&str; 3] = [
    "CCHK1-0000000000000002C4RG0C1A01QWTFGD",
    "CCHK1-00AK888H4G8N240CDCSQGEBH69PKER9HC8R00DTP0NCP36D8",
    "CCHK1-0CAK888H4G8N240CDCSQGEBH69PKER9HC8R00DTP0M7Y9F4TX2M8HRW2QQHR75F3GE40228E9S0N6873G6NYK05H67JSQ7JG6S8TE",
];

#[test]
fn golden_codes_are_written_and_read_exactly_as_before() {
    for ((a, include), golden) in golden_checks().into_iter().zip(GOLDEN) {
        assert_eq!(code::encode(&a, &known(), include), golden, "{a:?}");
        let expected = if include.service_name {
            a.clone()
        } else {
            answers_only(&a)
        };
        let found = find(golden, &known());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, Ok(expected), "{golden}");
    }
}
