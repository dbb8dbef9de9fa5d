//! The cloud service rules draft: every line follows from an answer, a safeguard that is not
//! 確認・対応済み is never stated as in place, and the owner's edit travels with the check
//! (storage, export, import), each pinned where an owner would read it.
#![cfg(not(target_arch = "wasm32"))]

use cloud_check::content::checklist;
use cloud_check::domain::format::{self, FORMAT_VERSION};
use cloud_check::domain::plan::StepState;
use cloud_check::domain::site::read;
use cloud_check::domain::{Answer, Assessment, Lang, Provider};
use cloud_check::rules::{draft, rules, Sources};
use cloud_check::state::{Action, AppState};
use Answer::*;

const TODAY: &str = "2026-12-07";

fn check(id: &str, name: &str, answers: [Answer; 15]) -> Assessment {
    let mut a = Assessment::new(id, "2026-12-07T09:00:00.000Z");
    a.set_service_name(name);
    for (item, answer) in checklist().items.iter().zip(answers) {
        a.set_answer(&item.id, Some(answer));
    }
    a.answered_at = "2026-12-07T09:00:00.000Z".to_owned();
    a
}

fn due(a: &mut Assessment, item: &str, date: &str) {
    a.set_step(
        item,
        StepState {
            due: date.to_owned(),
            ..StepState::default()
        },
    );
}

/// The owner from the guide: MFA for the administrator only (due in a week), leavers'
/// accounts maybe still there, backups not yet taken (due in two weeks).
fn mixed() -> Assessment {
    let mut answers = [Done; 15];
    answers[8] = Partly; // 9. authentication
    answers[7] = Unknown; // 8. user scope
    answers[9] = NotDone; // 10. backup
    let mut a = check("acct", "会計ソフト", answers);
    due(&mut a, "authentication", "2026-12-14");
    due(&mut a, "backup", "2026-12-21");
    a.set_provider(&Provider {
        name: "架空クラウド株式会社".to_owned(),
        contact: "support@kaku-cloud.example.jp".to_owned(),
        product: "架空会計 スタンダード".to_owned(),
        ..Provider::default()
    });
    a
}

fn made(lang: Lang, checks: &[&Assessment], company: &str) -> String {
    draft(
        lang,
        &Sources {
            checks,
            company,
            today: TODAY,
            desks: &[],
        },
    )
}

/// The lines of `text` that cite item `number`.
fn citing(text: &str, lang: Lang, number: u8) -> Vec<String> {
    let cite = match lang {
        Lang::Ja => format!("（No.{number}）"),
        Lang::En => format!("(No. {number})"),
    };
    text.lines()
        .filter(|l| l.contains(&cite))
        .map(str::to_owned)
        .collect()
}

fn pending(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "（対応中：",
        Lang::En => "(in progress: ",
    }
}

#[test]
fn a_mixed_check_writes_each_gap_as_a_target_with_its_date() {
    let a = mixed();
    let ja = made(Lang::Ja, &[&a], "架空商事株式会社");
    assert_eq!(
        ja.lines().take(2).collect::<Vec<_>>(),
        [
            "クラウドサービス利用ルール（案）",
            "架空商事株式会社　作成：2026年12月7日　次回の見直し：2027年3月7日"
        ]
    );
    assert!(ja.contains("\n・会計ソフト（架空会計 スタンダード）：使う業務〔　　　　　　　　〕\n"));
    assert_eq!(
        citing(&ja, Lang::Ja, 9),
        [
            "・すべてのアカウントで多要素認証（2段階認証など）を使います。（No.9）（対応中：期限 2026年12月14日）",
            "・パスワードは長く推測されにくいものにし、ほかのサービスと使い回さず、人に教えません。（No.9）（対応中：期限 2026年12月14日）",
        ]
    );
    assert_eq!(
        citing(&ja, Lang::Ja, 10),
        [
            "・重要な情報は、クラウドとは別の場所にも定期的にコピーを取り、何世代か残します。（No.10）（対応中：期限 2026年12月21日）",
            "・〔担当：　　　　〕が年に1回以上、コピーから元に戻せるかを試します。（No.10）（対応中：期限 2026年12月21日）",
        ]
    );
    assert_eq!(citing(&ja, Lang::Ja, 8).len(), 3);
    assert!(citing(&ja, Lang::Ja, 8)
        .iter()
        .all(|l| l.ends_with("（No.8）（対応中：期限未定）")));
    // What is done is stated as a rule, with its item and nothing pending.
    for number in [1, 3, 4, 7] {
        let lines = citing(&ja, Lang::Ja, number);
        assert!(
            !lines.is_empty() && lines.iter().all(|l| !l.contains(pending(Lang::Ja))),
            "{number}: {lines:?}"
        );
    }
    // Whom to call, with IPA's desk's address (paper cannot be clicked), and the review.
    assert!(ja.contains(
        "\n　会計ソフトの事業者：架空クラウド株式会社（support@kaku-cloud.example.jp）\n"
    ));
    assert!(ja.contains("「企業組織向けサイバーセキュリティ相談窓口」 https://www.ipa.go.jp/"));
    assert!(ja.contains("\n・このルールは2027年3月7日までに見直します。"));
    // What staff do comes first, then whom to call: stop a takeover before calling, and the
    // leak duty is the administrator's to check.
    let stop = ja
        .find("・乗っ取りが疑われるときは、まず止めます。")
        .unwrap();
    let leak = ja
        .find("・個人データが漏えいしたおそれがあるときは、管理担当者が")
        .unwrap();
    assert!(stop < leak && leak < ja.find("・連絡先").unwrap());
    assert!(
        ja.contains("\n制定日：　　　　年　　月　　日　　　承認：〔　　　　　　　　〕（署名）\n")
    );

    let en = made(Lang::En, &[&a], "Kakū Trading Co.");
    assert_eq!(
        en.lines().take(2).collect::<Vec<_>>(),
        [
            "Cloud service rules (draft)",
            "Kakū Trading Co. · Made: 7 December 2026 · Next review: 7 March 2027"
        ]
    );
    assert_eq!(
        citing(&en, Lang::En, 9),
        [
            "- Every account uses multi-factor sign-in (such as two-step verification). (No. 9) (in progress: due 14 December 2026)",
            "- Passwords are long and hard to guess, never reused for another service and never told to anyone. (No. 9) (in progress: due 14 December 2026)",
        ]
    );
    assert_eq!(
        citing(&en, Lang::En, 10)[0],
        "- Important information is copied regularly to a place apart from the cloud service, keeping several generations. (No. 10) (in progress: due 21 December 2026)"
    );
    assert!(citing(&en, Lang::En, 8)
        .iter()
        .all(|l| l.ends_with("(No. 8) (in progress: no date set)")));
    assert!(en.contains(
        "\n  Provider of 会計ソフト: 架空クラウド株式会社 (support@kaku-cloud.example.jp)\n"
    ));
}

#[test]
fn a_draft_for_two_services_says_which_one_a_gap_is_in() {
    let a = mixed();
    let mut g = check("gw", "グループウェア", [Done; 15]);
    g.set_answer("purpose", Some(NotDone));
    g.set_answer("backup", Some(NotApplicable));
    for (lang, services, one, nine, ten) in [
        (
            Lang::Ja,
            ["・会計ソフト（架空会計 スタンダード）：使う業務〔　　　　　　　　〕", "・グループウェア：使う業務〔　　　　　　　　〕"],
            "・業務の情報は、上のサービスだけに入れます。ほかのサービスを使いたいときは、先に管理担当者に相談します。（No.1）（対応中：グループウェア 期限未定）",
            "・すべてのアカウントで多要素認証（2段階認証など）を使います。（No.9）（対応中：会計ソフト 期限 2026年12月14日）",
            "（No.10）（対応中：会計ソフト 期限 2026年12月21日）",
        ),
        (
            Lang::En,
            ["- 会計ソフト (架空会計 スタンダード): used for [                ]", "- グループウェア: used for [                ]"],
            "- Work information goes into the services above only. Anyone who wants to use another service asks the administrator first. (No. 1) (in progress: グループウェア, no date set)",
            "- Every account uses multi-factor sign-in (such as two-step verification). (No. 9) (in progress: 会計ソフト, due 14 December 2026)",
            "(No. 10) (in progress: 会計ソフト, due 21 December 2026)",
        ),
    ] {
        let text = made(lang, &[&a, &g], "");
        for service in services {
            assert!(text.lines().any(|l| l == service), "{lang:?}: {service}");
        }
        assert_eq!(citing(&text, lang, 1), [one]);
        assert_eq!(citing(&text, lang, 9)[0], nine);
        // Backups do not apply to the groupware: only the accounting software is pending.
        assert!(citing(&text, lang, 10).iter().all(|l| l.ends_with(ten)), "{lang:?}");
        // Each provider is a contact; the company is a blank to fill in.
        assert_eq!(text.lines().filter(|l| l.contains("グループウェア") && (l.contains("の事業者") || l.contains("Provider of"))).count(), 1);
        assert!(text.lines().nth(1).unwrap().starts_with(if lang == Lang::Ja { "〔会社名〕" } else { "[Company name]" }));
    }
}

#[test]
fn no_safeguard_short_of_done_is_ever_stated_as_in_place() {
    let c = checklist();
    // Every item a rule follows from, as the draft cites them.
    let all_done = check("all", "会計ソフト", [Done; 15]);
    for lang in [Lang::Ja, Lang::En] {
        let text = made(lang, &[&all_done], "");
        assert!(!text.contains(pending(lang)), "all done: nothing pending");
        let cited: Vec<&str> = c
            .items
            .iter()
            .filter(|i| !citing(&text, lang, i.number).is_empty())
            .map(|i| i.id.as_ref())
            .collect();
        assert_eq!(
            cited,
            [
                "purpose",
                "data-importance",
                "rules-conflict",
                "administrator",
                "user-scope",
                "authentication",
                "backup"
            ]
        );
        for id in &cited {
            let item = c.item(id).unwrap();
            for answer in [Some(Partly), Some(NotDone), Some(Unknown), None] {
                for other_done in [false, true] {
                    let mut a = all_done.clone();
                    a.set_answer(id, answer);
                    // Alone, or beside a second check where it is done.
                    let b = check("b", "グループウェア", [Done; 15]);
                    let checks: Vec<&Assessment> = if other_done { vec![&a, &b] } else { vec![&a] };
                    let text = made(lang, &checks, "");
                    let lines = citing(&text, lang, item.number);
                    assert!(!lines.is_empty(), "{id} {answer:?}");
                    for line in &lines {
                        assert!(
                            line.contains(pending(lang)),
                            "{lang:?} {id} {answer:?}: {line}"
                        );
                    }
                    // Only that item's lines are pending.
                    assert_eq!(
                        text.matches(pending(lang)).count(),
                        lines.len(),
                        "{id} {answer:?}"
                    );
                }
            }
            // Where the item does not apply, its rules are not written.
            if item.offers(NotApplicable) {
                let mut a = all_done.clone();
                a.set_answer(id, Some(NotApplicable));
                assert!(
                    citing(&made(lang, &[&a], ""), lang, item.number).is_empty(),
                    "{id}"
                );
            }
        }
    }
}

#[test]
fn the_site_help_desks_are_among_the_contacts() {
    let (site, _) = read(
        r#"{"help_desks": [
            {"name": {"ja": "架空県よろず支援拠点", "en": "Kakū Yorozu Support Center"}, "phone": "000-000-0000",
             "hours": {"ja": "平日 9:00〜17:00", "en": "Weekdays 9:00–17:00"}, "url": "https://yorozu.example.jp/"},
            {"name": "架空商工会議所"}
        ]}"#,
    );
    let a = mixed();
    let sources = Sources {
        checks: &[&a],
        company: "",
        today: TODAY,
        desks: &site.help_desks,
    };
    let ja = draft(Lang::Ja, &sources);
    assert!(ja.contains("\n　相談窓口：架空県よろず支援拠点　電話 000-000-0000　平日 9:00〜17:00　https://yorozu.example.jp/\n"));
    assert!(ja.contains("\n　相談窓口：架空商工会議所\n"));
    let en = draft(Lang::En, &sources);
    assert!(en.contains("\n  Help desk: Kakū Yorozu Support Center, phone 000-000-0000, Weekdays 9:00–17:00, https://yorozu.example.jp/\n"));
}

#[test]
fn the_owners_edit_stays_with_the_check_travels_in_its_file_and_can_be_undone() {
    let now = "2026-12-07T09:00:00.000Z";
    let state = AppState::new(Lang::Ja, Default::default())
        .reduce(
            Action::SetAnswer {
                item: "backup".into(),
                answer: Some(NotDone),
            },
            now,
        )
        .reduce(
            Action::SetRulesText {
                lang: Lang::Ja,
                text: Some("当社のルール\r\n・バックアップは毎週".into()),
            },
            now,
        );
    let a = state.current().clone();
    let sources = Sources {
        checks: &[&a],
        company: "",
        today: TODAY,
        desks: &[],
    };
    assert_eq!(
        rules(Lang::Ja, &sources),
        ("当社のルール\n・バックアップは毎週".to_owned(), true)
    );
    // The English is still made from the answers.
    let (en, edited) = rules(Lang::En, &sources);
    assert!(!edited && en.starts_with("Cloud service rules (draft)"));

    // In the file: version 5, read back the same; a file without an edit stays older.
    let c = checklist();
    let known: Vec<&str> = c.item_ids().collect();
    let file = format::export(&[&a], c.stamp(), Lang::Ja, now);
    assert_eq!(file.format_version, FORMAT_VERSION);
    assert_eq!(FORMAT_VERSION, 5);
    let text = format::to_json(&file);
    assert!(text.contains("\"rules_ja\": \"当社のルール\\n・バックアップは毎週\""));
    let back = format::parse_import(text.as_bytes(), &known).unwrap();
    assert_eq!(back.assessments[0].rules, a.rules);
    let plain = check("p", "会計ソフト", [Done; 15]);
    assert!(format::export(&[&plain], c.stamp(), Lang::Ja, now).format_version < 5);
    // A file whose draft is longer than kept is refused as a whole, not cut.
    let long = text.replace("当社のルール", &"あ".repeat(10_001));
    assert!(format::parse_import(long.as_bytes(), &known).is_err());

    // Two tabs: one edits the rules, the other the letter; both stay.
    let mut theirs = a.clone();
    theirs.letter.set_edited(Lang::Ja, Some("拝啓"));
    let ours = a.clone();
    let merged = Assessment::merge(Some(&a), &ours, &theirs);
    assert_eq!(
        (
            merged.rules.edited(Lang::Ja),
            merged.letter.edited(Lang::Ja)
        ),
        (a.rules.edited(Lang::Ja), Some("拝啓"))
    );

    // Back to the draft from the answers.
    let state = state.reduce(
        Action::SetRulesText {
            lang: Lang::Ja,
            text: None,
        },
        now,
    );
    let a = state.current().clone();
    let (text, edited) = rules(
        Lang::Ja,
        &Sources {
            checks: &[&a],
            company: "",
            today: TODAY,
            desks: &[],
        },
    );
    assert!(!edited && text.contains("（No.10）（対応中：期限未定）"));
}
