//! The shipped checklist is IPA's, complete, in both languages, with safe links; and the
//! validator really catches each kind of broken data.
#![cfg(not(target_arch = "wasm32"))]

use cloud_check::content::{checklist, Checklist, ContentError, CHECKLIST_JSON};
use cloud_check::domain::Lang;

/// IPA's titles and questions as printed on the guide's per-item pages (2024-07), which the
/// app must show unchanged. Item 7's title comes from the summary table (its page lacks the
/// heading). The summary table differs in 9 places; those variants must not appear.
const IPA_WORDING: [(&str, &str); 15] = [
    ("どの業務で利用するか明確にする", "どの業務をクラウドサービスで行い、どの情報を扱うかを検討し、業務の切り分けや運用ルールを明確にしましたか？"),
    ("クラウドサービスの種類を選ぶ", "業務に適したクラウドサービスを選定し、どのようなメリットがあるか確認しましたか？"),
    ("取扱う情報の重要度を確認する", "クラウドサービスで取扱う情報が漏えい、改ざん、消失したり、サービスが停止した場合の影響を確認しましたか？"),
    ("セキュリティのルールと矛盾しないようにする", "自社のルールとクラウドサービス活用との間に矛盾や不一致が生じませんか？"),
    ("クラウド事業者の信頼性を確認する", "クラウドサービスを提供する事業者は信頼できる事業者ですか？"),
    ("クラウドサービスの安全・信頼性を確認する", "サービスの稼働率、障害発生頻度、障害時の回復目標時間などのサービス品質保証は示されていますか？"),
    ("管理担当者を定める", "クラウドサービスの特性を理解した管理担当者を社内に確保していますか？"),
    ("利用者の範囲を決める", "クラウドサービスを適切な利用者のみが利用可能となるように管理できていますか？"),
    ("利用者の認証を厳格に行う", "パスワードなどの認証機能について適切に設定・管理は実施できていますか？(共有しない、複雑にするなど)"),
    ("バックアップに責任を持つ", "サービス停止やデータの消失・改ざんなどに備えて、重要情報を手元に確保して必要なときに使えるようにしていますか？"),
    ("付帯するセキュリティ対策を確認する", "サービスに付帯するセキュリティ対策が具体的に公開されていますか？"),
    ("利用者サポートの体制を確認する", "サービスの使い方がわからないときの支援(ヘルプデスクやFAQ)は提供されていますか？"),
    ("利用終了時のデータを確保する", "サービスの利用が終了したときの、データの取扱い条件について確認しましたか？"),
    ("適用法令や契約条件を確認する", "個人情報保護などを想定し、一般的契約条件の各項目について確認しましたか？"),
    ("データ保存先の地理的所在地を確認する", "データがどの国や地域に設置されたサーバーに保存されているか確認しましたか？"),
];

fn fresh() -> Checklist {
    Checklist::parse(CHECKLIST_JSON).expect("checklist.json parses")
}

#[test]
fn the_compiled_in_checklist_is_exactly_checklist_json() {
    // build.rs turns the file into statics; serde's parse of the same file must agree.
    assert_eq!(checklist(), &fresh());
}

/// The English file a release fetches on demand holds the English of every text the
/// checklist has, then the interface's; its name changes with its content.
#[test]
fn the_english_file_holds_every_english_text_and_is_named_after_it() {
    use cloud_check::content::english::{
        self, WrongFile, ENGLISH_COUNT, ENGLISH_FILE, ENGLISH_JSON, ENGLISH_UI_PARTS,
    };
    let file: Vec<String> = serde_json::from_str(ENGLISH_JSON).expect("a JSON array of strings");
    assert_eq!(file.len(), ENGLISH_COUNT);
    // The checklist's texts first; the interface's (i18n's one-line texts) after them.
    let mut in_file = file[..ENGLISH_UI_PARTS[0]].to_vec();
    let interface = &file[ENGLISH_UI_PARTS[0]..];
    for text in [
        cloud_check::i18n::ui(Lang::En).start_heading,
        cloud_check::i18n::plan_ui(Lang::En).letter_heading,
        cloud_check::i18n::plan_ui(Lang::En).letter.regards,
    ] {
        assert!(interface.iter().any(|t| t == text), "{text}");
    }
    let mut in_checklist: Vec<String> = checklist()
        .texts()
        .into_iter()
        .map(|(_, t)| t.get(Lang::En).to_owned())
        .collect();
    in_file.sort();
    in_checklist.sort();
    assert_eq!(in_file, in_checklist);
    assert!(
        ENGLISH_FILE.starts_with("content-en-") && ENGLISH_FILE.ends_with(".json"),
        "{ENGLISH_FILE}"
    );
    // A file of another build (another number of texts) is refused, a right one taken.
    assert_eq!(
        english::take(file[1..].to_vec()),
        Err(WrongFile {
            found: ENGLISH_COUNT - 1
        })
    );
    assert_eq!(english::take(file), Ok(()));
    assert!(english::ready());
}

#[test]
fn shipped_checklist_passes_every_rule() {
    let errors = checklist().validate();
    assert!(
        errors.is_empty(),
        "content errors:\n{}",
        errors
            .iter()
            .map(|e| format!("- {e}\n"))
            .collect::<String>()
    );
}

#[test]
fn there_are_fifteen_items_in_sections_of_six_four_and_five() {
    let c = checklist();
    assert_eq!(c.items.len(), 15);
    let sizes: Vec<usize> = c
        .sections
        .iter()
        .map(|s| c.items_in(&s.id).count())
        .collect();
    assert_eq!(sizes, [6, 4, 5]);
    let numbers: Vec<u8> = c.items.iter().map(|i| i.number).collect();
    assert_eq!(numbers, (1..=15).collect::<Vec<u8>>());
}

#[test]
fn titles_and_questions_are_ipas_per_item_wording() {
    for (item, (title, question)) in checklist().items.iter().zip(IPA_WORDING) {
        assert_eq!(item.title.ja, title, "title of item {}", item.number);
        assert_eq!(
            item.question.ja, question,
            "question of item {}",
            item.number
        );
    }
}

#[test]
fn summary_table_variants_and_outdated_advice_are_absent() {
    // Typos and the outdated password advice from the guide's summary table.
    let variants = [
        "どの業務も",
        "区分け",
        "場合は影響",
        "準拠しない",
        "クラウドサービス運用との間",
        "回復日時時間",
        "社内にも確保",
        "定期的な変更など",
        "顧客間システム",
    ];
    for variant in variants {
        assert!(
            !CHECKLIST_JSON.contains(variant),
            "summary-table variant {variant:?} is used"
        );
    }
    // Item 9's explanation gives current advice: MFA, and no forced periodic changes.
    let nine = checklist().item_by_number(9).unwrap();
    let all_ja = format!(
        "{} {}",
        nine.why.ja,
        nine.steps.iter().map(|s| s.ja.as_ref()).collect::<String>()
    );
    assert!(all_ja.contains("多要素認証"));
    assert!(all_ja.contains("決まった期間ごとの変更は求めなくてよい"));
    // Not only after a leak: weak, reused or shared passwords change too.
    assert!(all_ja.contains("使い回しや共有をしていたとき"));
    let all_en = format!(
        "{} {}",
        nine.why.en,
        nine.steps.iter().map(|s| s.en.as_ref()).collect::<String>()
    );
    assert!(all_en.contains("multi-factor"));
    assert!(all_en.contains("Do not force regular password changes"));
    assert!(all_en.contains("reused or shared"));
    // A service without MFA cannot be "done" however good the passwords are; nor can MFA
    // on administrators' accounts only.
    assert!(
        nine.done_means.ja.contains("多要素認証の機能がない場合")
            && nine.done_means.ja.contains("管理者だけ")
            && !nine.done_means.ja.contains("少なくとも管理者は")
            && nine.done_means.ja.contains("「一部のみ」")
    );
    assert!(nine
        .done_means
        .en
        .contains("If only administrators or some people use it"));
    // The advice against regular changes names its source.
    assert!(nine
        .why
        .ja
        .contains("総務省の「国民のためのサイバーセキュリティサイト」"));
    assert!(
        nine.done_means.en.contains("offers no MFA") && nine.done_means.en.contains("“Partly”")
    );
}

#[test]
fn item_four_says_which_answer_is_favourable_despite_its_negative_question() {
    let four = checklist().item_by_number(4).unwrap();
    assert!(four.question.ja.ends_with("生じませんか？"));
    assert!(four.done_means.ja.contains("「確認・対応済み」"));
    assert!(four.done_means.en.contains("“Done”"));
    // Read before answering, not after the choices (the screen puts it above them).
    let note = four
        .answer_note
        .as_ref()
        .expect("item 4 has a note before its choices");
    assert!(note.ja.contains("逆の向き") && note.ja.contains("「未対応」"));
    assert!(note.en.contains("other way round") && note.en.contains("“Not yet”"));
}

#[test]
fn item_four_tells_a_company_without_written_rules_what_done_means_and_where_templates_are() {
    let four = checklist().item_by_number(4).unwrap();
    // Contracts and the law apply without written rules.
    assert!(four.done_means.ja.contains("書面のルールがない会社でも"));
    assert!(four.done_means.ja.contains("契約") && four.done_means.ja.contains("マイナンバー"));
    assert!(four.done_means.en.contains("without written rules"));
    let steps_ja: String = four.steps.iter().map(|s| s.ja.as_ref()).collect();
    let steps_en: String = four.steps.iter().map(|s| s.en.as_ref()).collect();
    assert!(steps_ja.contains("ひな形") && steps_en.contains("templates"));
    // The My Number step's own guideline, not the general APPI one.
    assert!(steps_ja.contains("特定個人情報の適正な取扱いに関するガイドライン（事業者編）"));
    assert!(four.links.iter().any(|k| k == "ppc-mynumber-guideline"));
    assert!(four.links.iter().any(|k| k == "ipa-sme-guideline"));
}

/// Links whose pages were seen, or seen cited by another page (the ✔ and ◐ rows of the
/// link table in shared/CONTENT-NOTES.md): L1, L2, L5, L6, L7, L8, L10's substitute, L12,
/// L13, L14, L16. Nothing else, and never a guessed address.
/// The PPC pages added in content 2026.12-1: the two Q&A pages were seen; the My Number
/// guideline's address is the one several maintained projects cite (one checked it in
/// 2026-09), not opened from here. Added in 0.3.0 for "if something happens now": the
/// PPC's page on leak reports, seen (its text lists the four reportable cases).
const CHECKED_LINKS: [(&str, &str); 20] = [
    (
        "ppc-faq-foreign-cloud",
        "https://www.ppc.go.jp/all_faq_index/faq1-q12-4/",
    ),
    // Content 2026.12-2: Q&A 7-53, in the form maintained projects cite (its text seen
    // quoted); the ISMAP portal (its overview page on that host was seen).
    (
        "ppc-faq-cloud",
        "https://www.ppc.go.jp/all_faq_index/faq1-q7-53/",
    ),
    ("ismap", "https://www.ismap.go.jp/"),
    // The PPC's enquiry line, which item 15's expert note cites (its page was seen).
    ("ppc-dial", "https://www.ppc.go.jp/personalinfo/pipldial/"),
    (
        "ppc-mynumber-guideline",
        "https://www.ppc.go.jp/legal/policy/my_number_guideline_jigyosha/",
    ),
    (
        "ppc-faq-mynumber-cloud",
        "https://www.ppc.go.jp/all_faq_index/faq5-q16-4/",
    ),
    (
        "ipa-guide-pdf",
        "https://www.ipa.go.jp/security/guide/sme/ug65p90000019cbk-att/000072150.pdf",
    ),
    (
        "ipa-sme-guideline",
        "https://www.ipa.go.jp/security/guide/sme/about.html",
    ),
    ("isms-cloud", "https://isms.jp/isms-cls.html"),
    (
        "jipdec-isms-cloud-faq",
        "https://www.jipdec.or.jp/project/smpo/FAQ1_ISMS_cloud.html",
    ),
    (
        "aspic-certification",
        "https://www.aspicjapan.org/nintei/tokuko-nintei/gaiyo.html",
    ),
    ("jasa-cs-mark", "https://jcispa.jasa.jp/cloud_security"),
    (
        "ppc-faq-cloud-safeguards",
        "https://www.ppc.go.jp/all_faq_index/faq1-q7-54/",
    ),
    (
        "npa-cyber",
        "https://www.npa.go.jp/bureau/cyber/soudan.html",
    ),
    (
        "aspic-guidelines",
        "https://aspicjapan.org/information/guideline/index.html",
    ),
    (
        "ppc-guideline-offshore",
        "https://www.ppc.go.jp/personalinfo/legal/guidelines_offshore/",
    ),
    (
        "ppc-guideline-general",
        "https://www.ppc.go.jp/personalinfo/legal/guidelines_tsusoku/",
    ),
    (
        "soumu-cybersecurity",
        "https://www.soumu.go.jp/main_sosiki/cybersecurity/kokumin/index.html",
    ),
    (
        "ipa-consultation",
        "https://www.ipa.go.jp/security/support/soudan.html",
    ),
    (
        "ppc-leak-report",
        "https://www.ppc.go.jp/personalinfo/legal/leakAction/",
    ),
];

/// Links whose official page was seen (✔): each item needs at least one of them.
const VERIFIED_LINKS: [&str; 8] = [
    "ipa-sme-guideline",
    "ppc-faq-foreign-cloud",
    "ppc-faq-mynumber-cloud",
    "jipdec-isms-cloud-faq",
    "aspic-certification",
    "jasa-cs-mark",
    "aspic-guidelines",
    "ppc-guideline-offshore",
];

#[test]
fn every_link_is_a_checked_one_and_every_item_has_a_verified_page() {
    let c = checklist();
    for link in c.links.iter() {
        assert!(
            CHECKED_LINKS.contains(&(&*link.key, &*link.url)),
            "{} {} is not in the checked link table",
            link.key,
            link.url
        );
    }
    for item in c.items.iter() {
        assert!(
            item.links.iter().any(|k| VERIFIED_LINKS.contains(&&**k)),
            "item {} has no link whose page was verified",
            item.number
        );
    }
    // The most visible link (footer, start screen) is the verified page, not the PDF whose
    // edition was never confirmed.
    assert_eq!(&*c.source.links[0], "ipa-sme-guideline");
}

#[test]
fn not_applicable_is_offered_only_with_a_stated_reason_and_never_where_it_cannot_apply() {
    let c = checklist();
    // Items no company can honestly skip: the answer could only shrink the maximum.
    for number in [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15] {
        let item = c.item_by_number(number).unwrap();
        assert!(
            item.not_applicable.is_none(),
            "item {number} offers 該当しない"
        );
    }
    for number in [2, 13] {
        let when = c.item_by_number(number).unwrap().not_applicable.as_ref();
        let when = when.unwrap_or_else(|| panic!("item {number} says when 該当しない applies"));
        assert!(when.ja.contains("場合だけ") && when.en.contains("only if"));
    }
}

#[test]
fn a_stored_not_applicable_where_it_is_no_longer_offered_counts_as_unanswered_and_is_kept() {
    use cloud_check::domain::{Answer, Assessment, Score};
    let c = checklist();
    let mut a = Assessment::new("a", "2026-11-23T00:00:00Z");
    a.set_answer("authentication", Some(Answer::NotApplicable));
    a.set_answer("service-type", Some(Answer::NotApplicable));
    a.set_memo("authentication", "memo stays");
    let seen = c.effective(&a);
    assert_eq!(seen.answer("authentication"), None);
    assert_eq!(seen.memo("authentication"), "memo stays");
    assert_eq!(seen.answer("service-type"), Some(Answer::NotApplicable));
    assert_eq!(Score::of(&seen, c.item_ids()).answered, 1);
    assert_eq!(
        a.answer("authentication"),
        Some(Answer::NotApplicable),
        "stored data keeps it"
    );
}

#[test]
fn items_about_the_provider_say_that_nothing_published_means_not_yet() {
    let c = checklist();
    for number in [5, 6, 11, 12, 13, 14, 15] {
        let item = c.item_by_number(number).unwrap();
        assert!(
            item.done_means.ja.contains("「未対応」"),
            "item {number} ja"
        );
        assert!(item.done_means.en.contains("“Not yet”"), "item {number} en");
    }
}

/// The interface's strings in one language, as written in src/i18n/ (string literals of
/// that language's tables, the participants' and the trainer's, format strings included,
/// so a "{n} 件" cannot hide in a function).
fn ui_literals(lang: Lang) -> Vec<String> {
    let sources = [
        include_str!("../src/i18n/mod.rs"),
        include_str!("../src/i18n/trainer.rs"),
    ];
    sources
        .iter()
        .flat_map(|source| {
            let table = match lang {
                Lang::Ja => {
                    &source[source.find("pub static JA").unwrap()
                        ..source.find("pub static EN").unwrap()]
                }
                Lang::En => &source[source.find("pub static EN").unwrap()..],
            };
            table
                .split('"')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Every Japanese text the app shows: the checklist's and the interface's.
fn japanese_texts() -> Vec<(String, String)> {
    let mut texts: Vec<(String, String)> = checklist()
        .texts()
        .into_iter()
        .map(|(place, t)| (place, t.ja.to_string()))
        .collect();
    texts.extend(
        ui_literals(Lang::Ja)
            .into_iter()
            .map(|s| ("ui".to_owned(), s)),
    );
    texts
}

#[test]
fn no_product_or_brand_names_in_examples() {
    const BRANDS: [&str; 17] = [
        "Microsoft",
        "Excel",
        "Google",
        "Dropbox",
        "Box ",
        "Salesforce",
        "AWS",
        "Amazon",
        "Azure",
        "Slack",
        "Zoom",
        "kintone",
        "freee",
        "マネーフォワード",
        "弥生",
        "LINE",
        "Chatwork",
    ];
    let c = checklist();
    for (place, text) in c.texts() {
        for lang in Lang::ALL {
            for brand in BRANDS {
                assert!(
                    !text.get(lang).contains(brand),
                    "{place} ({lang:?}) names {brand}"
                );
            }
        }
    }
    for lang in Lang::ALL {
        for s in ui_literals(lang) {
            for brand in BRANDS {
                assert!(!s.contains(brand), "ui ({lang:?}) names {brand}: {s}");
            }
        }
    }
}

#[test]
fn japanese_text_has_no_spaces_around_latin_words_as_ipa_writes_it() {
    let japanese = |c: char| matches!(c, '\u{3000}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}');
    for (place, text) in japanese_texts() {
        let chars: Vec<char> = text.chars().collect();
        for w in chars.windows(3) {
            let spaced = w[1] == ' '
                && ((japanese(w[0]) && w[2].is_ascii_alphanumeric())
                    || (w[0].is_ascii_alphanumeric() && japanese(w[2])));
            assert!(
                !spaced,
                "{place}: a space in {:?}",
                w.iter().collect::<String>()
            );
        }
    }
}

#[test]
fn the_content_says_when_it_was_last_reviewed() {
    let c = checklist();
    let date = &*c.reviewed;
    let parts: Vec<&str> = date.split('-').collect();
    assert!(
        parts.len() == 3 && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())),
        "{date} is YYYY-MM-DD"
    );
    assert!(date >= "2026-11-01", "reviewed for this release");
    for lang in Lang::ALL {
        let line = (cloud_check::i18n::ui(lang).content_reviewed)(
            date,
            &c.content_version,
            cloud_check::VERSION,
        );
        assert!(line.contains(&*c.content_version) && line.contains(cloud_check::VERSION));
    }
    assert!(
        (cloud_check::i18n::ui(Lang::Ja).content_reviewed)("2026-11-23", "v", "0")
            .contains("2026年11月")
    );
}

#[test]
fn every_item_has_at_least_two_official_https_links() {
    let c = checklist();
    for item in c.items.iter() {
        assert!(item.links.len() >= 2, "item {}", item.number);
        for key in item.links.iter() {
            let link = c
                .link(key)
                .unwrap_or_else(|| panic!("item {} link {key}", item.number));
            assert!(link.url.starts_with("https://"), "{}", link.url);
        }
    }
}

#[test]
fn validator_catches_a_missing_item() {
    let mut c = fresh();
    c.items.to_mut().remove(3);
    let errors = c.validate();
    assert!(
        errors.contains(&ContentError::SectionSize {
            section: "I".into(),
            expected: 6,
            found: 5
        }),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| matches!(e, ContentError::Order { .. })),
        "{errors:?}"
    );
}

#[test]
fn validator_catches_an_item_moved_to_another_section() {
    let mut c = fresh();
    c.items.to_mut()[0].section = "II".into();
    let errors = c.validate();
    assert!(
        errors.contains(&ContentError::SectionSize {
            section: "II".into(),
            expected: 4,
            found: 5
        }),
        "{errors:?}"
    );
}

#[test]
fn validator_catches_a_repeated_id() {
    let mut c = fresh();
    c.items.to_mut()[5].id = c.items[2].id.clone();
    assert!(c.validate().contains(&ContentError::Duplicate {
        id: c.items[2].id.to_string()
    }));
}

#[test]
fn validator_catches_empty_text_in_either_language() {
    for lang in Lang::ALL {
        let mut c = fresh();
        match lang {
            Lang::Ja => c.items.to_mut()[8].why.ja = "  ".into(),
            Lang::En => c.items.to_mut()[8].steps.to_mut()[1].en = "".into(),
        }
        let errors = c.validate();
        assert!(
            errors.iter().any(|e| matches!(e, ContentError::EmptyText { place, lang: l } if place.starts_with("item authentication") && *l == lang)),
            "{lang:?}: {errors:?}"
        );
    }
    let mut c = fresh();
    c.items.to_mut()[0].steps = Vec::new().into();
    assert!(c.validate().iter().any(
        |e| matches!(e, ContentError::EmptyText { place, .. } if place == "item purpose steps")
    ));
}

#[test]
fn validator_catches_plain_http_unknown_keys_and_too_few_links() {
    let mut c = fresh();
    c.links.to_mut()[0].url = c.links[0].url.replacen("https://", "http://", 1).into();
    c.items.to_mut()[1].links = vec!["no-such-link".into()].into();
    let errors = c.validate();
    assert!(errors.contains(&ContentError::NotHttps {
        key: c.links[0].key.to_string()
    }));
    assert!(errors.contains(&ContentError::UnknownLink {
        place: "item service-type".into(),
        key: "no-such-link".into()
    }));
    assert!(errors.contains(&ContentError::TooFewLinks {
        item: "service-type".into(),
        found: 1
    }));
}

#[test]
fn a_missing_translation_does_not_parse() {
    let broken = CHECKLIST_JSON.replacen("\"en\": \"Be clear about", "\"fr\": \"Be clear about", 1);
    assert_ne!(broken, CHECKLIST_JSON);
    assert!(matches!(
        Checklist::parse(&broken),
        Err(ContentError::Parse(_))
    ));
}

#[test]
fn validator_catches_a_repeated_priority() {
    let mut c = fresh();
    c.items.to_mut()[0].priority = c.items[1].priority;
    assert!(c
        .validate()
        .iter()
        .any(|e| matches!(e, ContentError::Priorities { .. })));
}

#[test]
fn items_say_who_holds_the_answer_provider_or_company() {
    use cloud_check::content::Asks;
    let c = checklist();
    for item in c.items.iter() {
        let expected = if [5, 6, 11, 12, 13, 14, 15].contains(&item.number) {
            Asks::Provider
        } else {
            Asks::Company
        };
        assert_eq!(item.asks, expected, "item {}", item.number);
    }
}

#[test]
fn the_three_hardest_items_say_what_to_look_for_what_if_missing_and_when_to_ask_an_expert() {
    let c = checklist();
    for number in [11, 14, 15] {
        let look = c.item_by_number(number).unwrap().look_for.as_ref();
        let look = look.unwrap_or_else(|| panic!("item {number} says what to look for"));
        assert!(look.lines.len() >= 4, "item {number}");
        for line in look.lines.iter() {
            // The words to find, in quotes, and one example each.
            assert!(
                line.ja.starts_with('「') && line.ja.contains("例"),
                "item {number}: {}",
                line.ja
            );
            assert!(
                line.en.starts_with('“') && line.en.contains("Example"),
                "item {number}: {}",
                line.en
            );
        }
        assert!(look.missing.ja.contains("「未対応」") && look.missing.en.contains("“Not yet”"));
        assert!(look.expert.ja.contains("相談") && look.expert.en.contains("ask"));
    }
    assert_eq!(c.items.iter().filter(|i| i.look_for.is_some()).count(), 3);
}

#[test]
fn item_fifteen_covers_the_providers_country_and_what_a_japan_region_does_not_settle() {
    let c = checklist();
    let fifteen = c.item_by_number(15).unwrap();
    assert!(fifteen.done_means.ja.contains("どの国の会社か"));
    assert!(fifteen
        .done_means
        .en
        .contains("the provider itself is based"));
    assert!(fifteen
        .check
        .iter()
        .any(|x| x.ja.contains("事業者（運営会社）がどの国の会社か")));
    assert!(fifteen.provider_question.get(Lang::Ja).contains("所在国"));
    assert!(fifteen
        .provider_question
        .get(Lang::En)
        .contains("In which country is your company based"));
    assert!(fifteen.why.ja.contains("それで決まるのは保存場所だけ"));
    assert!(fifteen.why.en.contains("settles only where the data sits"));
    // The PPC's Q&A on a foreign provider with servers in Japan, a page that was seen.
    assert_eq!(&*fifteen.links[0], "ppc-faq-foreign-cloud");
}

#[test]
fn backups_say_a_synced_folder_is_not_one_and_one_copy_stays_disconnected() {
    let ten = checklist().item_by_number(10).unwrap();
    let all = |lang: Lang| -> String {
        [&ten.done_means]
            .into_iter()
            .chain(ten.check.iter())
            .chain(ten.steps.iter())
            .map(|t| t.get(lang).to_owned())
            .collect()
    };
    assert!(
        all(Lang::Ja).contains("同期されるフォルダ")
            && all(Lang::Ja).contains("ネットワークから切り離して")
    );
    assert!(
        all(Lang::En).contains("syncs") && all(Lang::En).contains("disconnected from the network")
    );
}

#[test]
fn a_trial_never_uses_real_personal_data_and_a_prescribed_service_is_simply_not_applicable() {
    let two = checklist().item_by_number(2).unwrap();
    assert!(two
        .steps
        .iter()
        .any(|s| s.ja.contains("実際の顧客情報や個人データを入れず")));
    assert!(two
        .steps
        .iter()
        .any(|s| s.en.contains("never with real customer or personal data")));
    // "Not applicable" that still asks the user to check something would not be one.
    let na = two.not_applicable.as_ref().unwrap();
    assert!(!na.ja.contains("確かめて") && !na.en.contains("check"));
    let thirteen = checklist().item_by_number(13).unwrap();
    let na = thirteen.not_applicable.as_ref().unwrap();
    assert!(na.ja.contains("アカウントを持たず") && na.en.contains("no account"));
}

#[test]
fn overclaims_and_wording_the_review_found_misleading_are_gone() {
    for gone in [
        "損害の大半",
        "突然影響",
        "といったことが起こります。",
        "漏えいの疑いがあるときだけ",
        "委託先としての監督）",
        "そのページにないため",
        "does not cover your losses",
        "without warning",
        "competent court",
        "a foreign language",
        "come in kinds",
        "ASP・SaaS disclosure",
        "personal-information law",
    ] {
        assert!(
            !CHECKLIST_JSON.contains(gone),
            "{gone:?} is still in the content"
        );
        for lang in Lang::ALL {
            assert!(
                ui_literals(lang).iter().all(|s| !s.contains(gone)),
                "{gone:?} is still in the interface"
            );
        }
    }
}

#[test]
fn item_eleven_uses_one_word_for_intrusions_and_one_rule_for_certified_but_undisclosed() {
    let eleven = checklist().item_by_number(11).unwrap();
    for text in [
        eleven.done_means.clone(),
        eleven.check[1].clone(),
        eleven.provider_question.text(),
    ] {
        assert!(text.ja.contains("不正侵入の防止・検知"), "{}", text.ja);
        assert!(
            text.en.contains("intrusion prevention and detection"),
            "{}",
            text.en
        );
    }
    // The rule is stated once, in what "done" means.
    assert!(eleven
        .done_means
        .ja
        .contains("第三者の認証（項目5）を受けている場合は「一部のみ」"));
    assert!(eleven.done_means.en.contains("choose “Partly”"));
    assert!(eleven
        .steps
        .iter()
        .all(|s| !s.ja.contains("一部のみ") && !s.ja.contains("代わりに")));
}

#[test]
fn english_is_consistent_in_apostrophes_acronyms_and_the_laws_name() {
    let c = checklist();
    let english: Vec<(String, String)> = c
        .texts()
        .into_iter()
        .map(|(place, t)| (place, t.en.to_string()))
        .chain(
            ui_literals(Lang::En)
                .into_iter()
                .map(|s| ("ui".to_owned(), s)),
        )
        .collect();
    for (place, text) in &english {
        assert!(
            !text.contains('’'),
            "{place}: a curly apostrophe in {text:?}"
        );
        assert!(
            !text.contains("https,") && !text.contains("(https"),
            "{place}: https as a word"
        );
        // A middle dot between Latin words (ASP・SaaS); Japanese names quoted in English
        // text keep theirs.
        assert!(
            !text.contains("P・S"),
            "{place}: a Japanese middle dot in English"
        );
        // The law has one name: the Act on the Protection of Personal Information (APPI).
        if text.contains("Act on the Protection") {
            assert!(
                text.contains("Act on the Protection of Personal Information (APPI)"),
                "{place}"
            );
        }
    }
}

#[test]
fn japanese_is_consistent_in_terms_and_in_how_done_texts_end() {
    let c = checklist();
    for (place, text) in japanese_texts() {
        for wrong in ["形式の版", "」、「", "Web会議", "Webサイト", "流出"] {
            assert!(!text.contains(wrong), "{place}: {wrong:?} in {text}");
        }
    }
    for item in c.items.iter() {
        // One style: "…なら「確認・対応済み」です。", never "…を選んでください。".
        assert!(
            !item.done_means.ja.contains("選んで"),
            "item {}",
            item.number
        );
        assert!(
            item.done_means.ja.contains("「確認・対応済み」です。"),
            "item {}",
            item.number
        );
    }
    // SLA is explained wherever it first appears in a text.
    for (place, t) in c.texts() {
        // "SLA（サービス品質保証）" or "サービス品質保証（SLA）"; "service-level agreement (SLA)".
        if let Some(at) = t.ja.find("SLA") {
            let glossed = t.ja[at..].starts_with("SLA（") || t.ja[..at].ends_with("（");
            assert!(glossed, "{place}: SLA unexplained in {}", t.ja);
        }
        if let Some(at) = t.en.find("SLA") {
            let glossed = t.en[..at].ends_with("service-level agreement (")
                || t.en[..at].ends_with("a service-level agreement, ");
            assert!(glossed, "{place}: SLA unexplained in {}", t.en);
        }
    }
}

/// Content 2026.12-2 (issue #33): what a reviewer checks.
#[test]
fn provider_questions_speak_to_the_provider_and_the_links_have_one_form() {
    let c = checklist();
    for item in c.items.iter() {
        let q = item.provider_question.get(Lang::Ja);
        assert!(
            !q.contains("事業者が") && !q.contains("このサービスが受けている"),
            "item {} asks the provider about itself in the third person: {q}",
            item.number
        );
    }
    assert!(c
        .item_by_number(14)
        .unwrap()
        .provider_question
        .get(Lang::Ja)
        .starts_with("貴社が当社のデータに"));
    // Q&A pages end with a slash, as the PPC's own addresses do.
    for link in c.links.iter().filter(|l| l.url.contains("all_faq_index")) {
        assert!(link.url.ends_with('/'), "{}", link.url);
    }
    let links = |n: u8| {
        c.item_by_number(n)
            .unwrap()
            .links
            .iter()
            .map(|k| k.to_string())
            .collect::<Vec<_>>()
    };
    assert!(
        links(5).contains(&"ismap".to_owned()),
        "item 5 names ISMAP and links it"
    );
    assert!(
        links(11).contains(&"ipa-consultation".to_owned()),
        "item 11's expert note cites IPA's desks"
    );
    assert!(
        links(14).contains(&"ppc-faq-cloud".to_owned()),
        "item 14 cites Q&A 7-53"
    );
    assert!(
        !links(14).contains(&"aspic-guidelines".to_owned()),
        "not the 2018 industry list"
    );
    assert!(
        links(15).contains(&"ppc-dial".to_owned()),
        "item 15's expert note cites the PPC's enquiry line"
    );
    // The "no access" clause does not settle whether a provider is a contractor.
    let fourteen = c.item_by_number(14).unwrap();
    // The PPC's test: the contract says the provider does not handle it *and* access is
    // controlled (Q&A 7-53); your own safeguards still apply (7-54); handling as the
    // service makes a contractor (Art. 25).
    assert!(fourteen
        .check
        .iter()
        .any(|t| t.ja.contains("適切にアクセス制御されていれば")
            && t.ja.contains("Q&A 7-53")
            && t.ja.contains("Q&A 7-54")
            && t.ja.contains("データを扱うこと自体がサービスなら委託先")
            && t.en.contains("access is properly controlled")));
    assert!(links(14).contains(&"ppc-faq-cloud-safeguards".to_owned()));
    let fifteen = c.item_by_number(15).unwrap();
    assert!(fifteen
        .check
        .iter()
        .any(|t| t.ja.contains("とあるだけでは決まらない")));
    assert!(fifteen
        .why
        .ja
        .contains("「外国にある第三者」にはあたりません"));
    // One spelling of わからない in the tool's words; IPA's gloss of SLA (item 6's question,
    // IPA's own words, keeps its サービス品質保証).
    let all: String = c
        .texts()
        .iter()
        .filter(|(place, _)| !place.ends_with(" question") && !place.ends_with(" title"))
        .map(|(_, t)| t.ja.to_string())
        .collect();
    assert!(!all.contains("分から"));
    assert!(!all.contains("サービス品質保証"));
    assert!(all.contains("SLA（サービスレベル合意書）"));
}

/// Item 4 (issue #33, points 4 and 15): the My Number question asks the same in both
/// languages, only if such data is stored; the certification is named in both.
#[test]
fn item_4_asks_about_my_number_data_conditionally_and_names_the_certification() {
    let four = checklist().item_by_number(4).unwrap();
    let q = four.provider_question.text();
    assert!(
        q.ja.contains("含むデータを保存する場合")
            && q.ja.contains("取り扱う（アクセスする）ことがあるか")
    );
    assert!(
        q.en.contains("If we store data containing")
            && q.en.contains("do you handle (access) that data")
    );
    assert!(!q.en.contains("We may store data containing"));
    let steps_ja: String = four.steps.iter().map(|s| s.ja.to_string()).collect();
    let steps_en: String = four.steps.iter().map(|s| s.en.to_string()).collect();
    assert!(
        steps_ja.contains("「特定個人情報ASP・SaaSの安全・信頼性に係る情報開示認定」")
            && !steps_ja.contains("特定個人情報の取扱いに関する認定")
            && steps_ja.contains("日本クラウド産業協会（ASPIC）")
    );
    assert!(steps_ja.contains("再委託するには自社の許諾が必要"));
    assert!(
        steps_en.contains("ASPIC (the Japan Cloud Industry Association)")
            && steps_en.contains("disclosure certification for services handling My Number data")
            && steps_en.contains("only with your permission")
    );
    assert!(four.links.iter().any(|k| k == "aspic-certification"));
}
