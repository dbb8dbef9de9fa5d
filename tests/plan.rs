//! The plan's "this week", the plan's working state through every way a
//! check travels (autosave, export, import, a 0.2.0 file), the review date, the letter to
//! the provider and the calendar file, each pinned where a user would read it.
#![cfg(not(target_arch = "wasm32"))]

use cloud_check::content::{checklist, QuickWin};
use cloud_check::domain::format::{self, FORMAT_VERSION};
use cloud_check::domain::plan::{progress, review_date, review_due, StepState, StepStatus};
use cloud_check::domain::{Answer, Assessment, Lang, Provider, Sender};
use cloud_check::export;
use cloud_check::letter::{mailto, Letter};
use cloud_check::persist;
use cloud_check::state::{Action, AppState};
use Answer::*;

fn answered(answers: [Answer; 15]) -> Assessment {
    let mut a = Assessment::new("chk1", "2026-12-03T09:00:00.000Z");
    for (item, answer) in checklist().items.iter().zip(answers) {
        a.set_answer(&item.id, Some(answer));
    }
    a
}

/// Every item Done except the given (1-based) ones.
fn done_but(gaps: &[(usize, Answer)]) -> Assessment {
    let mut answers = [Done; 15];
    for (n, answer) in gaps {
        answers[n - 1] = *answer;
    }
    answered(answers)
}

/// Item `id`'s question for its provider, in `lang`.
fn provider_question(id: &str, lang: Lang) -> &'static str {
    checklist().item(id).unwrap().provider_question.get(lang)
}

/// The letter for `a`, asking what the checklist would ask of it.
fn letter(lang: Lang, a: &Assessment, sender: &Sender, today: &str) -> Option<Letter> {
    let questions = checklist().letter_questions(a);
    cloud_check::letter::letter(lang, a, &questions, sender, today)
}

fn known() -> Vec<&'static str> {
    checklist().item_ids().collect()
}

fn wins(a: &Assessment) -> Vec<String> {
    checklist()
        .advice(a)
        .quick_wins
        .iter()
        .map(|w| match w {
            QuickWin::Item(i, _) => i.id.to_string(),
            QuickWin::Letter => "letter".to_owned(),
        })
        .collect()
}

#[test]
fn this_week_takes_three_concrete_actions_in_the_plans_order() {
    // Leavers' accounts, a backup nobody checked, and MFA for the administrator only: the
    // three key safeguards, those with nothing in place first.
    let a = done_but(&[
        (8, NotDone),
        (9, Partly),
        (10, Unknown),
        (12, NotDone),
        (1, NotDone),
    ]);
    assert_eq!(wins(&a), ["user-scope", "backup", "authentication"]);
    let c = checklist();
    let advice = c.advice(&a);
    let texts: Vec<&str> = advice
        .quick_wins
        .iter()
        .filter_map(|w| match w {
            QuickWin::Item(_, text) => Some(text.get(Lang::Ja)),
            QuickWin::Letter => None,
        })
        .collect();
    // 一部のみ on sign-in: the accounts still without MFA, not the administrator's.
    assert!(
        texts[2].contains("多要素認証がまだのアカウント"),
        "{texts:?}"
    );
    assert!(!texts[2].starts_with("管理者のアカウントに"), "{texts:?}");
    // The key safeguards' block, this week and the plan agree on the order.
    let plan: Vec<&str> = advice
        .plan
        .iter()
        .filter(|s| s.critical)
        .map(|s| s.item_id)
        .collect();
    assert_eq!(plan, ["user-scope", "backup", "authentication"]);
    assert_eq!(&advice.plan[0].item_id, &"user-scope");
    // And the letter keeps item 9's question: can administrators make MFA compulsory?
    assert!(advice
        .questions
        .iter()
        .any(|(i, q)| i.id == "authentication" && q.get(Lang::Ja).contains("全利用者に必須")));
    // 未対応 on sign-in: every account still without it, administrators first.
    let a = done_but(&[(9, NotDone)]);
    let advice = c.advice(&a);
    let QuickWin::Item(_, text) = advice.quick_wins[0] else {
        panic!("an item's action");
    };
    assert!(
        text.get(Lang::Ja).contains("まだのアカウントすべて")
            && text.get(Lang::Ja).contains("管理者から先に")
    );
    assert!(text.get(Lang::En).contains("second administrator"));
    // 一部のみ on leavers' accounts: what is left.
    let advice = c.advice(&done_but(&[(8, Partly)]));
    let QuickWin::Item(_, text) = advice.quick_wins[0] else {
        panic!("an item's action");
    };
    assert!(text
        .get(Lang::Ja)
        .starts_with("まだ済んでいない方を片付ける"));

    // Provider items come as one action, the letter, where they fall in the plan's order;
    // items without a quick win of their own (2, 4) give none.
    let a = done_but(&[
        (15, Unknown),
        (5, NotDone),
        (11, Partly),
        (2, NotDone),
        (4, Partly),
        (13, NotDone),
    ]);
    assert_eq!(wins(&a), ["letter", "exit-data"]);

    // A service without multi-factor sign-in: item 9's action is the letter, not "turn it on".
    let mut a = done_but(&[(9, Partly), (7, NotDone)]);
    a.set_lacks_feature("authentication", true);
    assert_eq!(wins(&a), ["letter", "administrator"]);
    // Nothing to do: nothing this week.
    assert!(wins(&answered([Done; 15])).is_empty());
}

#[test]
fn the_letter_asks_provider_items_answered_not_yet_dont_know_and_partly_and_a_missing_feature() {
    let c = checklist();
    let mut a = done_but(&[
        (11, Partly),
        (15, Unknown),
        (14, NotDone),
        (9, Partly),
        (3, Unknown),
        (1, NotDone),
    ]);
    let ids = |a: &Assessment| -> Vec<String> {
        c.letter_questions(a)
            .iter()
            .map(|(i, _)| i.id.to_string())
            .collect()
    };
    // 1 is the company's own (未対応 is decided in-house); 3 is わからない; 9 一部のみ keeps
    // its question (can administrators make MFA compulsory for everyone?).
    assert_eq!(
        ids(&a),
        [
            "data-importance",
            "authentication",
            "security-measures",
            "law-contract",
            "data-location"
        ]
    );
    a.set_lacks_feature("authentication", true);
    assert_eq!(
        ids(&a),
        [
            "data-importance",
            "authentication",
            "security-measures",
            "law-contract",
            "data-location"
        ]
    );
    let (_, q) = c.letter_questions(&a)[1];
    assert!(
        q.get(Lang::Ja).contains("導入する予定"),
        "item 9 asks its own question: {}",
        q.get(Lang::Ja)
    );
}

fn letter_check() -> Assessment {
    let mut a = done_but(&[(15, Unknown), (11, Partly)]);
    a.set_service_name("会計ソフト");
    a.set_provider(&Provider {
        name: "クラウド会計株式会社".into(),
        contact: "support@example.com".into(),
        account: "AC-1234".into(),
        reply_by: "2026-12-17".into(),
        product: "クラウド会計 スタンダード".into(),
    });
    a
}

fn sender() -> Sender {
    Sender {
        company: "山田商店".into(),
        person: "山田太郎".into(),
        contact: "taro@example.jp".into(),
    }
}

#[test]
fn the_letter_in_japanese_is_pinned() {
    let l = letter(Lang::Ja, &letter_check(), &sender(), "2026-12-03").unwrap();
    assert_eq!(
        l.subject, "「クラウド会計 スタンダード」の安全な利用についてのお問い合わせ",
        "the product, not the check's own name (a category)"
    );
    assert_eq!(l.items, ["security-measures", "data-location"]);
    let (q11, q15) = (
        provider_question("security-measures", Lang::Ja),
        provider_question("data-location", Lang::Ja),
    );
    assert_eq!(
        l.body,
        format!(
            "クラウド会計株式会社\nご担当者様\n\n\
             いつもお世話になっております。山田商店の山田太郎と申します。\n\
             貴社の「クラウド会計 スタンダード」（契約ID・アカウントID：AC-1234）について、安全に利用するため、次の点をご教示いただけますでしょうか。\n\
             項目の番号と名前は、IPA（独立行政法人情報処理推進機構）「中小企業のためのクラウドサービス安全利用の手引き」のチェックシートによるものです。\n\n\
             1. （項目11：セキュリティ対策）{q11}\n\
             2. （項目15：データ保存先）{q15}\n\n\
             お手数をおかけしますが、2026年12月17日までに、書面（メール可）でご回答いただけますと幸いです。回答の根拠となる利用規約・契約書の条項やウェブページがあれば、あわせてお示しください。各回答に上の番号と項目名を添えていただけると助かります。\n\n\
             よろしくお願いいたします。\n山田商店\n山田太郎\ntaro@example.jp"
        )
    );
}

#[test]
fn the_letter_in_english_is_pinned_and_marks_what_is_left_to_fill_in() {
    let mut a = letter_check();
    a.provider.reply_by.clear();
    a.provider.account.clear();
    a.provider.product.clear();
    let l = letter(Lang::En, &a, &Sender::default(), "2026-12-03").unwrap();
    let (q11, q15) = (
        provider_question("security-measures", Lang::En),
        provider_question("data-location", Lang::En),
    );
    assert_eq!(l.subject, "Questions about using [service and plan] safely");
    assert_eq!(
        l.body,
        format!(
            "Dear クラウド会計株式会社 support team,\n\n\
             My name is [your name], and I am writing on behalf of [company] about [service and plan]. To use it safely, we would like to ask you the following.\n\
             The item numbers and names are those of the checklist in the guide to the safe use of cloud services for SMEs by IPA, Japan's Information-technology Promotion Agency.\n\n\
             1. (Item 11: Security measures) {q11}\n\
             2. (Item 15: Where the data is kept) {q15}\n\n\
             Please answer in writing (e-mail is fine) by 17 December 2026. Where an answer rests on a clause of your terms or contract, or on a web page, please point us to it. Quoting the number and item with each answer will help us file your replies.\n\n\
             Kind regards,\n[company]\n[your name]\n[contact]"
        ),
        "the reply-by date defaults to two weeks from today"
    );
    // Nothing to ask: no letter.
    assert_eq!(
        letter(
            Lang::En,
            &answered([Done; 15]),
            &Sender::default(),
            "2026-12-03"
        ),
        None
    );
}

#[test]
fn the_mail_link_opens_the_letter_addressed_to_the_providers_address_only() {
    let mut a = letter_check();
    a.provider.product = "Kaikei Cloud Standard".into();
    let l = letter(Lang::En, &a, &sender(), "2026-12-03").unwrap();
    let href = mailto("support@example.com", &l);
    assert!(
        href.starts_with("mailto:support@example.com?subject=Questions%20about%20using%20"),
        "{href}"
    );
    assert!(href.contains("&body=Dear%20"), "{href}");
    assert!(href.contains("%0D%0A"), "line breaks as CRLF: {href}");
    assert!(!href.contains(' ') && !href.contains('\n'));
    // A telephone number or a form's address is no mail address: the user picks one.
    assert!(mailto("03-1234-5678", &l).starts_with("mailto:?subject="));
    assert!(mailto("https://example.com/contact?x=1&to=a@b.c", &l).starts_with("mailto:?subject="));
}

#[test]
fn a_letter_too_long_for_a_mail_link_opens_a_short_body_that_asks_to_paste_it() {
    use cloud_check::letter::{mail_fits, MAILTO_MAX_CHARS};
    // Every item "don't know", in Japanese (each character is 9 characters encoded): the
    // whole letter makes a link of many thousand characters.
    for lang in Lang::ALL {
        let l = letter(lang, &answered([Unknown; 15]), &sender(), "2026-12-03").unwrap();
        assert!(!mail_fits("support@example.com", &l), "{lang:?}");
        let href = mailto("support@example.com", &l);
        assert!(href.len() <= MAILTO_MAX_CHARS, "{lang:?}: {}", href.len());
        assert!(href.starts_with("mailto:support@example.com?subject="));
        let word = if lang == Lang::Ja {
            "%E8%B2%BC%E3%82%8A%E4%BB%98%E3%81%91"
        } else {
            "paste"
        };
        assert!(href.contains(word), "{lang:?}: asks to paste: {href}");
    }
    // A short letter goes whole.
    let mut a = letter_check();
    a.provider.product = "Kaikei Cloud Standard".into();
    let l = letter(Lang::En, &a, &sender(), "2026-12-03").unwrap();
    assert!(mail_fits("support@example.com", &l));
    assert!(mailto("support@example.com", &l).contains("Dear%20"));
}

#[test]
fn sending_the_letter_marks_its_steps_waiting_with_the_date_but_leaves_done_steps_done() {
    let mut state = AppState::new(Lang::Ja, Default::default());
    let now = "2026-12-03T09:00:00.000Z";
    for (item, answer) in [
        ("data-location", Unknown),
        ("security-measures", Partly),
        ("backup", NotDone),
    ] {
        state = state.reduce(
            Action::SetAnswer {
                item: item.into(),
                answer: Some(answer),
            },
            now,
        );
    }
    let done = StepState {
        status: StepStatus::Done,
        ..StepState::default()
    };
    state = state.reduce(
        Action::SetStep {
            item: "security-measures".into(),
            step: done.clone(),
        },
        now,
    );
    state = state.reduce(
        Action::Asked {
            items: vec!["data-location".into(), "security-measures".into()],
            date: "2026-12-03".into(),
            reply_by: "2026-12-17".into(),
        },
        now,
    );
    let a = state.current();
    assert_eq!(
        a.provider.reply_by, "2026-12-17",
        "the date the letter gave is kept (the default moves with the day)"
    );
    assert_eq!(a.step("data-location").status, StepStatus::Waiting);
    assert_eq!(a.step("data-location").asked_on, "2026-12-03");
    assert_eq!(a.step("security-measures"), done, "a done step stays done");
    assert_eq!(
        a.step("backup"),
        StepState::default(),
        "a step the letter does not cover is untouched"
    );
}

#[test]
fn progress_counts_done_steps_and_says_which_are_overdue() {
    let c = checklist();
    let mut a = done_but(&[(9, NotDone), (10, NotDone), (12, Partly)]);
    a.set_step(
        "authentication",
        StepState {
            status: StepStatus::Done,
            due: "2026-11-01".into(),
            ..Default::default()
        },
    );
    a.set_step(
        "backup",
        StepState {
            owner: "佐藤".into(),
            due: "2026-12-01".into(),
            ..Default::default()
        },
    );
    a.set_step(
        "support",
        StepState {
            due: "2026-12-03".into(),
            ..Default::default()
        },
    );
    let p = progress(&a, &c.plan(&a), "2026-12-03");
    // Done past its date is not overdue; due today is not overdue yet.
    assert_eq!((p.done, p.total, p.overdue), (1, 3, 1));
    let words = cloud_check::i18n::plan_ui(Lang::Ja);
    assert_eq!(
        (words.progress)(p.done, p.total, p.overdue),
        "3件中1件が完了（期限切れ1件）"
    );
    let words = cloud_check::i18n::plan_ui(Lang::En);
    assert_eq!(
        (words.progress)(p.done, p.total, p.overdue),
        "1 of 3 done (1 overdue)"
    );
}

#[test]
fn changing_the_answer_updates_the_plan_and_the_notes_wait_for_it() {
    let now = "2026-12-03T09:00:00.000Z";
    let mut state = AppState::new(Lang::Ja, Default::default());
    state = state.reduce(
        Action::SetAnswer {
            item: "backup".into(),
            answer: Some(NotDone),
        },
        now,
    );
    let step = StepState {
        owner: "佐藤".into(),
        status: StepStatus::Done,
        ..Default::default()
    };
    state = state.reduce(
        Action::SetStep {
            item: "backup".into(),
            step: step.clone(),
        },
        now,
    );
    assert_eq!(checklist().plan(state.current()).len(), 1);
    // "Change the answer to Done" takes the step out of the plan.
    state = state.reduce(
        Action::SetAnswer {
            item: "backup".into(),
            answer: Some(Done),
        },
        now,
    );
    assert!(checklist().plan(state.current()).is_empty());
    // Back to 一部のみ (a backup turned out not to restore): the step is back with its notes.
    state = state.reduce(
        Action::SetAnswer {
            item: "backup".into(),
            answer: Some(Partly),
        },
        now,
    );
    assert_eq!(checklist().plan(state.current()).len(), 1);
    assert_eq!(state.current().step("backup"), step);
}

fn planned() -> Assessment {
    let mut a = letter_check();
    a.set_answer("backup", Some(NotDone));
    a.set_step(
        "backup",
        StepState {
            owner: "佐藤".into(),
            due: "2026-12-20".into(),
            status: StepStatus::Waiting,
            asked_on: "2026-12-03".into(),
        },
    );
    a.set_step(
        "data-location",
        StepState {
            status: StepStatus::Done,
            ..Default::default()
        },
    );
    a.set_lacks_feature("authentication", true);
    a
}

#[test]
fn the_plans_state_survives_an_export_and_an_import() {
    let mut a = planned();
    a.provider.product.clear();
    let file = format::export(
        &[&a],
        checklist().stamp(),
        Lang::Ja,
        "2026-12-03T10:00:00.000Z",
    );
    assert_eq!(file.format_version, 2, "nothing of version 3, 4 or 5 in it");
    assert_eq!(FORMAT_VERSION, 5);
    let text = format::to_json(&file);
    assert!(
        text.contains("\"owner\": \"佐藤\"") && text.contains("\"status\": \"waiting\""),
        "{text}"
    );
    let back = format::parse_import(text.as_bytes(), &known()).unwrap();
    assert_eq!(back.assessments, [a]);
}

#[test]
fn a_check_without_plan_notes_is_still_written_as_version_1_for_older_versions() {
    let a = done_but(&[(9, NotDone)]);
    let file = format::export(
        &[&a],
        checklist().stamp(),
        Lang::Ja,
        "2026-12-03T10:00:00.000Z",
    );
    assert_eq!(file.format_version, 1);
}

#[test]
fn a_0_2_0_export_imports_with_an_empty_plan() {
    let text = include_str!("fixtures/valid-v1.json");
    let back = format::parse_import(text.as_bytes(), &known()).unwrap();
    for a in &back.assessments {
        assert!(a
            .entries
            .values()
            .all(|e| e.step == StepState::default() && !e.lacks_feature));
        assert_eq!(a.provider, Provider::default());
    }
}

#[test]
fn bad_plan_fields_in_a_file_are_refused_with_the_field_named() {
    let a = planned();
    let text = format::to_json(&format::export(
        &[&a],
        checklist().stamp(),
        Lang::Ja,
        "2026-12-03T10:00:00.000Z",
    ));
    for (from, to, field) in [
        ("\"due\": \"2026-12-20\"", "\"due\": \"next week\"", "due"),
        ("\"status\": \"waiting\"", "\"status\": \"maybe\"", "status"),
        (
            "\"reply_by\": \"2026-12-17\"",
            "\"reply_by\": \"2026-02-30x\"",
            "provider.reply_by",
        ),
    ] {
        assert!(text.contains(from), "{from}");
        let bad = text.replace(from, to);
        assert_eq!(
            format::parse_import(bad.as_bytes(), &known()),
            Err(format::FileError::InvalidField { field }),
            "{field}"
        );
    }
}

#[test]
fn autosave_keeps_the_plans_state_and_the_sender_stays_in_the_devices_settings() {
    let area = persist::Area::new(None);
    let a = planned();
    let stored = persist::encode(&a, checklist().stamp(), Lang::Ja);
    assert_eq!(persist::decode(&stored, &known()), Ok(a.clone()));
    // The sender is in the settings only, never in the check's stored form or its export.
    let s = sender();
    let checks = [a];
    let plan = persist::Autosave::default().plan(
        &area,
        persist::Snapshot {
            assessments: &checks,
            lang: Lang::Ja,
            current: "chk1",
            last_export: None,
            sender: &s,
            hold: false,
        },
        checklist().stamp(),
        &known(),
        |_| None,
    );
    let values: Vec<String> = plan
        .steps
        .iter()
        .filter_map(|step| match &step.op {
            persist::Op::Set { key, value } => Some(format!("{key}={value}")),
            _ => None,
        })
        .collect();
    let settings = values
        .iter()
        .find(|v| v.starts_with(&area.settings_key()))
        .unwrap();
    assert!(
        settings.contains("\"sender\":{\"company\":\"山田商店\""),
        "{settings}"
    );
    assert!(
        values.iter().filter(|v| v.contains("山田商店")).count() == 1,
        "{values:?}"
    );
    let read = persist::Settings::read(settings.split_once('=').unwrap().1);
    assert_eq!(read.sender, s);
    // A sender field of another kind is dropped; the rest is kept.
    let odd = persist::Settings::read(r#"{"lang":"ja","sender":{"company":7,"person":"花子"}}"#);
    assert_eq!(
        odd.sender,
        Sender {
            person: "花子".into(),
            ..Sender::default()
        }
    );
}

#[test]
fn the_review_date_counts_from_the_last_change_of_the_answers() {
    assert_eq!(
        review_date("2026-12-03T09:00:00.000Z", 12).as_deref(),
        Some("2027-12-03")
    );
    assert_eq!(
        review_date("2028-02-29T09:00:00.000Z", 12).as_deref(),
        Some("2029-02-28")
    );
    assert_eq!(
        review_date("2026-11-30T09:00:00.000Z", 3).as_deref(),
        Some("2027-02-28")
    );
    assert_eq!(
        review_date("2026-10-31T09:00:00.000Z", 3).as_deref(),
        Some("2027-01-31")
    );
    assert_eq!(review_date("soon", 12), None);
    assert!(!review_due("2027-12-03", "2027-12-02"));
    assert!(review_due("2027-12-03", "2027-12-03"));

    // Through the reducer: answering stamps the date; a plan note or the provider's name
    // does not move it; a key safeguard not in place brings it to three months.
    let c = checklist();
    let mut state = AppState::new(Lang::Ja, Default::default());
    for item in c.items.iter() {
        state = state.reduce(
            Action::SetAnswer {
                item: item.id.to_string(),
                answer: Some(Done),
            },
            "2026-12-03T09:00:00.000Z",
        );
    }
    assert_eq!(
        c.review_date(state.current()).as_deref(),
        Some("2027-12-03")
    );
    state = state.reduce(
        Action::SetMemo {
            item: "purpose".into(),
            memo: "経理で使う".into(),
        },
        "2027-03-01T09:00:00.000Z",
    );
    state = state.reduce(
        Action::SetProvider(Provider {
            name: "会計クラウド株式会社".into(),
            ..Provider::default()
        }),
        "2027-03-02T09:00:00.000Z",
    );
    assert_eq!(
        c.review_date(state.current()).as_deref(),
        Some("2027-12-03")
    );
    state = state.reduce(
        Action::SetAnswer {
            item: "backup".into(),
            answer: Some(Partly),
        },
        "2027-03-05T09:00:00.000Z",
    );
    assert_eq!(
        c.review_date(state.current()).as_deref(),
        Some("2027-06-05")
    );
    // Kept through the stored form and an export.
    let a = state.current().clone();
    let stored = persist::encode(&a, c.stamp(), Lang::Ja);
    let back = persist::decode(&stored, &known()).expect("reads back");
    assert_eq!(back.answered_at, "2027-03-05T09:00:00.000Z");
    let file = format::export(&[&a], c.stamp(), Lang::Ja, "2027-03-06T00:00:00.000Z");
    assert_eq!(file.format_version, 3, "nothing of version 4 in it");
    assert_eq!(file.assessments[0].answered_at, a.answered_at);
}

/// A check saved before `answered_at` was kept (an older file or an older version's save)
/// counts its review from its last change. Editing its letter, its rules draft or a plan
/// note afterwards must not move that review: the first such edit fixes the date it was
/// counting from; a new answer moves it as it does for any check.
#[test]
fn an_older_checks_review_date_stays_when_its_letter_rules_or_notes_are_edited() {
    let c = checklist();
    let mut old = done_but(&[(10, NotDone)]);
    old.updated_at = "2026-12-03T09:00:00.000Z".into();
    old.answered_at = String::new();
    let mut state = AppState::restore(
        Lang::Ja,
        cloud_check::route::Route::Start,
        vec![old.clone()],
        Some(&old.id),
        "fresh",
        "2027-01-10T09:00:00.000Z",
    );
    // Item 10 (backups) not in place: three months from the last change.
    assert_eq!(
        c.review_date(state.current()).as_deref(),
        Some("2027-03-03")
    );
    for (n, action) in [
        Action::SetLetterText {
            lang: Lang::Ja,
            text: Some("拝啓 …".into()),
        },
        Action::SetRulesText {
            lang: Lang::Ja,
            text: Some("当社のクラウドサービス利用ルール".into()),
        },
        Action::SetMemo {
            item: "backup".into(),
            memo: "月末に確認".into(),
        },
    ]
    .into_iter()
    .enumerate()
    {
        state = state.reduce(action, &format!("2027-02-0{}T09:00:00.000Z", n + 1));
        assert_eq!(
            c.review_date(state.current()).as_deref(),
            Some("2027-03-03"),
            "after edit {n}"
        );
    }
    assert_eq!(state.current().updated_at, "2027-02-03T09:00:00.000Z");
    state = state.reduce(
        Action::SetAnswer {
            item: "backup".into(),
            answer: Some(Done),
        },
        "2027-02-10T09:00:00.000Z",
    );
    assert_eq!(
        c.review_date(state.current()).as_deref(),
        Some("2028-02-10")
    );
}

#[test]
fn the_calendar_file_is_pinned() {
    let mut a = done_but(&[]);
    a.set_service_name("会計ソフト; 経理用");
    a.updated_at = "2026-12-03T09:30:00.000Z".into();
    let ics = export::review_calendar(
        &a,
        Lang::Ja,
        "2026-12-03T10:15:42.123Z",
        "https://example.org/tools/cloud-check/#/results",
        false,
    )
    .unwrap();
    let version = cloud_check::VERSION;
    let expected = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:-//cloud-check//クラウドサービス安全利用 セルフチェック {version}//JA"),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        "UID:chk1-review-20271203@cloud-check".to_owned(),
        "DTSTAMP:20261203T101542Z".to_owned(),
        "DTSTART;VALUE=DATE:20271203".to_owned(),
        "DTEND;VALUE=DATE:20271204".to_owned(),
        "SUMMARY:クラウドサービスの見直し：会計ソフト\\; 経理用".to_owned(),
    ];
    let unfolded = ics.replace("\r\n ", "");
    let lines: Vec<&str> = unfolded.split("\r\n").collect();
    assert_eq!(lines[..expected.len()], expected);
    assert!(lines[expected.len()].starts_with(
        "DESCRIPTION:クラウドサービス安全利用 セルフチェックを、もう一度行いましょう。"
    ));
    assert!(
        lines[expected.len()].contains("\\n\\n次のようなときは"),
        "line breaks escaped"
    );
    // What to bring (the JSON saved last time: Safari may have deleted the check) and where
    // the tool is, the address without its screen.
    assert!(lines[expected.len()].contains("前回書き出したJSONファイル"));
    assert!(lines[expected.len()].ends_with("ツール：https://example.org/tools/cloud-check/"));
    // A reminder a week before and one at 9:00 on the day.
    assert_eq!(
        lines[expected.len() + 1..],
        [
            "TRANSP:TRANSPARENT",
            "URL:https://example.org/tools/cloud-check/",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER;RELATED=START:-P7D",
            "DESCRIPTION:クラウドサービスの見直し：会計ソフト\\; 経理用",
            "END:VALARM",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER;RELATED=START:PT9H",
            "DESCRIPTION:クラウドサービスの見直し：会計ソフト\\; 経理用",
            "END:VALARM",
            "END:VEVENT",
            "END:VCALENDAR",
            ""
        ]
    );
    // Folded at 75 octets, never inside a character, every line ending in CRLF.
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{line}");
    }
    assert!(ics.ends_with("END:VCALENDAR\r\n") && !ics.replace("\r\n", "").contains('\n'));
}

#[test]
fn the_calendar_file_keeps_every_hostile_name_and_id_inside_its_own_line() {
    // Set directly, past the setters' own cleaning: the file must hold even for data that
    // reached the check some other way (an older version, another tab's storage).
    let hostile = [
        "a\rATTENDEE:mailto:x@evil.example",
        "a\r\nURL:https://evil.example",
        "a\nEND:VEVENT\nBEGIN:VEVENT",
        "a\u{2028}b\u{2029}c\u{85}d\u{0}e\u{1b}f",
        &format!("{}\r\nX:y{}", "会".repeat(30), "計".repeat(40)),
    ];
    for (n, name) in hostile.iter().enumerate() {
        let mut a = done_but(&[]);
        a.service_name = (*name).to_owned();
        a.id = if n % 2 == 0 {
            "x\r\nATTENDEE:a"
        } else {
            "k3j9x0a1b2c3"
        }
        .to_owned();
        a.updated_at = "2026-12-03T09:30:00.000Z".into();
        // A hostile address too: it is left out unless it is a web address in one piece.
        let url = [
            "https://example.org/\r\nATTENDEE:x",
            "javascript:alert(1)",
            "https://example.org/a b",
            "https://example.org/ok",
            "",
        ][n];
        let ics =
            export::review_calendar(&a, Lang::En, "2026-12-03T10:15:42.123Z", url, false).unwrap();
        // Every physical line ends in CRLF, no other CR or LF anywhere, no control character.
        assert!(ics.ends_with("\r\n"));
        let body = ics.replace("\r\n", "");
        assert!(
            !body
                .chars()
                .any(|c| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')),
            "{name:?}: {ics:?}"
        );
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        // Unfolded, the properties are exactly ours, in order, one event.
        let unfolded = ics.replace("\r\n ", "");
        let names: Vec<&str> = unfolded
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|l| l.split([':', ';']).next().unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "BEGIN",
                "VERSION",
                "PRODID",
                "CALSCALE",
                "METHOD",
                "BEGIN",
                "UID",
                "DTSTAMP",
                "DTSTART",
                "DTEND",
                "SUMMARY",
                "DESCRIPTION",
                "TRANSP",
            ]
            .into_iter()
            .chain((n == 3).then_some("URL"))
            .chain([
                "BEGIN",
                "ACTION",
                "TRIGGER",
                "DESCRIPTION",
                "END",
                "BEGIN",
                "ACTION",
                "TRIGGER",
                "DESCRIPTION",
                "END",
                "END",
                "END"
            ])
            .collect::<Vec<_>>(),
            "{name:?}"
        );
        let uid = unfolded
            .split("\r\n")
            .find(|l| l.starts_with("UID:"))
            .unwrap();
        let id = uid["UID:".len()..].split("-review-").next().unwrap();
        assert!(cloud_check::domain::text::is_id(id), "{uid}");
        let summary = unfolded
            .split("\r\n")
            .find(|l| l.starts_with("SUMMARY:"))
            .unwrap();
        assert!(!summary.contains('\r'), "{summary:?}");
    }
    // A line break in a name reads as one in the calendar's text, escaped.
    let mut a = done_but(&[]);
    a.service_name = "a\r\nb".into();
    a.updated_at = "2026-12-03T09:30:00.000Z".into();
    let ics = export::review_calendar(&a, Lang::En, "2026-12-03T10:15:42.123Z", "", true).unwrap();
    assert!(ics.contains("a\\nb"), "{ics}");
}

#[test]
fn the_csv_carries_who_by_when_and_the_status_where_the_item_is_in_the_plan() {
    let a = planned();
    let csv = export::csv(&[&a], Lang::Ja);
    let rows: Vec<Vec<String>> = csv
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| {
            l[1..l.len() - 1]
                .split("\",\"")
                .map(str::to_owned)
                .collect()
        })
        .collect();
    assert_eq!(rows[0][8..], ["担当", "期限", "status", "状況"]);
    let row = |id: &str| rows.iter().find(|r| r[2] == id).unwrap();
    assert_eq!(
        row("backup")[8..],
        ["佐藤", "2026-12-20", "waiting", "依頼中・回答待ち"]
    );
    // In the plan without notes: not started. Done and out of the plan: empty.
    assert_eq!(row("security-measures")[8..], ["", "", "todo", "未着手"]);
    assert_eq!(row("purpose")[8..], ["", "", "", ""]);
}

#[test]
fn the_provider_and_the_sender_are_kept_within_bounds() {
    let now = "2026-12-03T09:00:00.000Z";
    let long = "あ".repeat(500);
    let state = AppState::new(Lang::Ja, Default::default())
        .reduce(
            Action::SetProvider(Provider {
                name: format!("  {long}"),
                ..Provider::default()
            }),
            now,
        )
        .reduce(
            Action::SetSender(Sender {
                company: long.clone(),
                person: " 山田 ".into(),
                ..Sender::default()
            }),
            now,
        );
    assert_eq!(state.current().provider.name.chars().count(), 200);
    assert_eq!(state.sender.company.chars().count(), 200);
    assert_eq!(state.sender.person, "山田");
    // A new check made from this one for next year starts its own plan, with the provider.
    let mut a = planned();
    a.updated_at = now.into();
    let copy = a.duplicate("chk2", now, "来年");
    assert_eq!(copy.provider, a.provider);
    assert!(copy
        .entries
        .values()
        .all(|e| e.step == StepState::default()));
    assert_eq!(copy.answer("backup"), Some(NotDone));
}

#[test]
fn the_owners_letter_choices_and_text_stay_with_the_check_merge_across_tabs_and_stay_behind_on_a_recheck(
) {
    let now = "2026-12-03T09:00:00.000Z";
    let state = AppState::new(Lang::Ja, Default::default())
        .reduce(
            Action::SetAnswer {
                item: "backup".into(),
                answer: Some(Unknown),
            },
            now,
        )
        .reduce(
            Action::SetLetterQuestion {
                item: "backup".into(),
                ask: true,
            },
            now,
        )
        .reduce(
            Action::SetLetterText {
                lang: Lang::Ja,
                text: Some(format!("本文\r\n{}", "あ".repeat(20_000))),
            },
            now,
        );
    let a = state.current().clone();
    assert_eq!(a.letter_choice("backup"), Some(true));
    let text = a.letter.edited(Lang::Ja).unwrap();
    assert!(text.starts_with("本文\nあ"), "one kind of line break");
    assert_eq!(
        text.chars().count(),
        cloud_check::domain::LETTER_MAX_CHARS,
        "cut to the bound"
    );
    // Two tabs: one takes the question out, the other rewrites the English letter; both stay.
    let mut ours = a.clone();
    ours.set_letter_choice("backup", false);
    let mut theirs = a.clone();
    theirs.letter.set_edited(Lang::En, Some("Dear support"));
    let merged = Assessment::merge(Some(&a), &ours, &theirs);
    assert_eq!(merged.letter_choice("backup"), Some(false));
    assert_eq!(merged.letter.edited(Lang::En), Some("Dear support"));
    assert_eq!(merged.letter.edited(Lang::Ja), a.letter.edited(Lang::Ja));
    // A re-check next year starts its own letter (the provider stays).
    let again = a.duplicate("b", now, "会計ソフト 2027");
    assert_eq!(again.letter_choice("backup"), None);
    assert!(again.letter.is_empty());
    assert_eq!(again.answer("backup"), Some(Unknown));
    // Back to the tool's letter.
    let state = state.reduce(
        Action::SetLetterText {
            lang: Lang::Ja,
            text: None,
        },
        now,
    );
    assert_eq!(state.current().letter.edited(Lang::Ja), None);
}

#[test]
fn the_calendar_file_can_hold_each_open_due_date_and_the_reply_by_date_as_events_of_their_own() {
    let mut a = done_but(&[(9, Partly), (10, NotDone), (15, Unknown)]);
    a.set_service_name("会計ソフト");
    a.updated_at = "2026-12-03T09:30:00.000Z".into();
    let step = |due: &str, status: StepStatus| StepState {
        owner: "山田".into(),
        due: due.into(),
        status,
        ..StepState::default()
    };
    a.set_step("backup", step("2026-12-10", StepStatus::Todo));
    a.set_step("authentication", step("2026-12-20", StepStatus::Done));
    let events = |a: &Assessment, deadlines: bool| {
        let ics = export::review_calendar(a, Lang::Ja, "2026-12-03T10:15:42.123Z", "", deadlines)
            .unwrap()
            .replace("\r\n ", "");
        ics.split("BEGIN:VEVENT")
            .skip(1)
            .map(|e| {
                let line = |key: &str| {
                    e.lines()
                        .find_map(|l| l.strip_prefix(key))
                        .unwrap_or_default()
                        .to_owned()
                };
                (line("DTSTART;VALUE=DATE:"), line("SUMMARY:"))
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        events(&a, false).len(),
        1,
        "the review date only, unless asked"
    );
    // The open step's due date; the done one's is left out; no letter sent yet, no reply date.
    assert_eq!(
        events(&a, true)[1..],
        [(
            "20261210".to_owned(),
            "期限：項目10 バックアップに責任を持つ（会計ソフト）".to_owned()
        )]
    );
    // Sent: the reply-by date the letter gave becomes an event.
    let mut b = a.clone();
    b.set_step(
        "data-location",
        StepState {
            status: StepStatus::Waiting,
            asked_on: "2026-12-03".into(),
            ..StepState::default()
        },
    );
    b.provider.reply_by = "2026-12-17".into();
    b.provider.name = "クラウド会計株式会社".into();
    assert_eq!(
        events(&b, true).last().unwrap(),
        &(
            "20261217".to_owned(),
            "回答期限：クラウド会計株式会社（会計ソフト）".to_owned()
        )
    );
}
