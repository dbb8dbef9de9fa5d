//! The results screen and the action plan, rendered through Yew's server renderer in both
//! languages, for answer patterns whose numbers are worked out in tests/score.rs.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cloud_check::content::checklist;
use cloud_check::domain::Assessment;
use cloud_check::domain::Sender;
use cloud_check::domain::{Answer, Lang, Level};
use cloud_check::i18n::plan_ui;
use cloud_check::i18n::ui;
use cloud_check::letter::Letter;
use cloud_check::route::Route;
use cloud_check::state::{Action, AppState};
use common::{at, count, render, visible_text, NOW};
use Answer::*;

/// Section I: 9/20 (45 %), II: 9/16 (56 %), III: 20/20 (100 %), overall 38/56 (68 %).
/// 該当しない on item 2, one of the items that offers it.
const MIXED: [Answer; 15] = [
    Done,
    NotApplicable,
    NotDone,
    Unknown,
    Partly,
    Done,
    Done,
    Done,
    Partly,
    Unknown,
    Done,
    Done,
    Done,
    Done,
    Done,
];

fn with_answers(lang: Lang, answers: &[Option<Answer>]) -> AppState {
    let mut state =
        at(lang, Route::Results).reduce(Action::SetServiceName("会計ソフト".into()), NOW);
    for (item, answer) in checklist().items.iter().zip(answers) {
        state = state.reduce(
            Action::SetAnswer {
                item: item.id.to_string(),
                answer: *answer,
            },
            NOW,
        );
    }
    state
}

fn mixed(lang: Lang) -> AppState {
    with_answers(lang, &MIXED.map(Some))
}

/// The text of the score table's row whose header starts with `label`.
fn table_row(html: &str, label: &str) -> String {
    let table = &html[html.find("score-table").unwrap()..];
    let row = table
        .split("<tr>")
        .find(|r| visible_text(r).starts_with(label))
        .unwrap_or_else(|| panic!("row {label}"));
    visible_text(row)
}

#[tokio::test]
async fn scores_show_per_section_and_overall_with_points_and_percentages() {
    let html = render(mixed(Lang::Ja)).await;
    assert!(
        table_row(&html, "I.").contains("9点 / 20点 45% 6/6"),
        "{}",
        table_row(&html, "I.")
    );
    assert!(table_row(&html, "II.").contains("9点 / 16点 56% 4/4"));
    assert!(table_row(&html, "III.").contains("20点 / 20点 100% 5/5"));
    assert!(table_row(&html, "全体").contains("38点 / 56点 68% 15/15"));
    let text = visible_text(&html);
    let p = plan_ui(Lang::Ja);
    // Fair's advice does not depend on how much is left (Good's does: see below).
    assert!(text.contains(&(p.level_line)(
        (p.level_name)(Level::Fair),
        &(p.level_advice)(Level::Fair, 0)
    )));
    assert!(text.contains("「わからない」が2件あります"));
    assert!(
        text.contains(&(p.not_applicable_count)(1)),
        "what was left out of the maximum"
    );
    assert!(text.contains("対象のサービス：会計ソフト") && text.contains("実施日：2026-11-23"));
    assert!(
        !text.contains(plan_ui(Lang::Ja).provisional_heading),
        "all answered: not provisional"
    );

    let en = visible_text(&render(mixed(Lang::En)).await);
    assert!(en.contains("Overall 68% 38 of 56 points"), "{en}");
    assert!(en.contains("Only partly in place. Some items need attention."));
}

#[tokio::test]
async fn the_chart_draws_one_bar_per_section_plus_overall_and_hides_behind_its_table() {
    let html = render(mixed(Lang::En)).await;
    let svg = &html[html.find("<svg").unwrap()..html.find("</svg>").unwrap()];
    assert!(svg.contains(r#"aria-hidden="true""#));
    assert_eq!(count(svg, r#"class="fill""#), 4);
    // Bars are 220 units wide at 100 %: 45 % → 99, 56 % → 123.2, 100 % → 220, 68 % → 149.6.
    for width in ["99", "123.2", "220", "149.6"] {
        assert!(
            svg.split("<rect")
                .filter(|r| r.contains(r#"class="fill""#))
                .any(|r| r.contains(&format!(r#"width="{width}""#))),
            "width {width}"
        );
    }
    assert!(
        html.contains(r#"<caption id="score-caption">Score by section, as a percentage</caption>"#)
    );
    // Its region scrolls on its own if it must, named by the caption, reachable by keyboard.
    let at = html.find(r#"class="table-fit""#).unwrap();
    let region = &html[html[..at].rfind("<div").unwrap()..];
    let region = &region[..region.find('>').unwrap()];
    for attr in [
        r#"role="region""#,
        r#"aria-labelledby="score-caption""#,
        r#"tabindex="0""#,
    ] {
        assert!(region.contains(attr), "{region}");
    }
}

/// The plan's part of the page: from the plan's heading to the letter.
fn plan_part(html: &str) -> &str {
    &html[html.find(r#"class="plan""#).unwrap()..html.find(r#"class="questions letter""#).unwrap()]
}

#[tokio::test]
async fn the_plan_lists_the_key_safeguards_first_then_by_priority_with_next_steps() {
    let html = render(mixed(Lang::Ja)).await;
    let plan = plan_part(&html);
    let titles: Vec<String> = plan
        .split("<h3")
        .skip(1)
        .map(|h| visible_text(&h[h.find('>').unwrap() + 1..h.find("</h3>").unwrap()]))
        .collect();
    // Key safeguards first, whatever their answer, one with nothing in place before one in
    // place in part: 10 (don't know), 9 (partly); then by priority: 3 (4, not done), 4 (6,
    // don't know), 5 (10, partly).
    let expected = [
        "10. バックアップに責任を持つ わからない 特に重要",
        "9. 利用者の認証を厳格に行う 一部のみ 特に重要",
        "3. 取扱う情報の重要度を確認する 未対応",
        "4. セキュリティのルールと矛盾しないようにする わからない",
        "5. クラウド事業者の信頼性を確認する 一部のみ",
    ];
    assert_eq!(titles, expected);
    // Each step's three fields are a group named by its heading (WCAG 1.3.1): from field to
    // field, a screen reader says which step 担当 belongs to.
    assert_eq!(plan.matches(r#"role="group""#).count(), expected.len());
    for id in ["backup", "authentication", "data-importance"] {
        assert!(plan.contains(&format!(r#"id="step-{id}-heading""#)), "{id}");
        assert!(
            plan.contains(&format!(r#"aria-labelledby="step-{id}-heading""#)),
            "{id}"
        );
    }
    let c = checklist();
    let backup = c.item_by_number(10).unwrap();
    assert!(
        visible_text(plan).contains(backup.provider_question.get(Lang::Ja)),
        "don't-know items carry the question"
    );
    assert!(
        visible_text(plan).contains(&*backup.steps[0].ja),
        "every item carries its next steps"
    );
    // Each step takes who, by when and a status, each with its label.
    assert_eq!(
        count(plan, r#"for="step-"#),
        15,
        "three labelled fields on each of 5 steps"
    );
    for field in ["owner", "due", "status"] {
        assert_eq!(
            count(plan, &format!(r#"for="step-backup-{field}""#)),
            1,
            "{field}"
        );
    }
    assert!(visible_text(plan).contains("5件中0件が完了"));
}

#[tokio::test]
async fn open_questions_become_a_letter_and_the_companys_own_wait_for_the_owners_tick() {
    let state = mixed(Lang::Ja);
    let c = checklist();
    let ja = letter(Lang::Ja, state.current(), &Sender::default(), "2026-11-23").unwrap();
    // 4 and 10 are わからない but about the company's own practice: a box each, not ticked
    // (a support desk cannot say what the company does); 5 is about the provider and
    // 一部のみ; 9 is 一部のみ and keeps its question (can administrators make MFA compulsory?).
    assert_eq!(ja.items, ["provider-trust", "authentication"]);
    let four = c.item_by_number(4).unwrap();
    assert!(!ja.body.contains(four.provider_question.get(Lang::Ja)));
    let html = render(state.clone()).await;
    let boxes = &html[html.find("letter-questions").unwrap()..];
    let boxes = &boxes[..boxes.find("</fieldset>").unwrap()];
    assert_eq!(count(boxes, r#"name="ask""#), 4, "a box per question");
    assert_eq!(
        count(boxes, plan_ui(Lang::Ja).letter_question_in_house),
        2,
        "items 4 and 10 say why they are not ticked"
    );
    assert_eq!(
        count(&html, r#"id="provider-message-"#),
        2,
        "Japanese and English versions"
    );
    for lang in Lang::ALL {
        let at = html
            .find(&format!(r#"id="provider-message-{}""#, lang.code()))
            .unwrap();
        let tag = &html[html[..at].rfind('<').unwrap()..];
        let tag = &tag[..tag.find('>').unwrap()];
        assert!(tag.starts_with("<textarea"), "{tag}");
        assert!(!tag.contains("readonly"), "the letter can be edited: {tag}");
    }
    assert!(
        html.contains(r#"href="mailto:?subject="#),
        "no provider address yet: the user picks one"
    );
    let plan = plan_part(&html);
    assert_eq!(count(plan, plan_ui(Lang::Ja).plan_internal_heading), 2);
    assert_eq!(
        count(plan, plan_ui(Lang::Ja).plan_question_heading),
        1,
        "item 5"
    );
    // Ticked, item 4's question goes in, in checklist order.
    let state = state.reduce(
        Action::SetLetterQuestion {
            item: "rules-conflict".into(),
            ask: true,
        },
        "2026-11-23T09:00:00.000Z",
    );
    let ja = letter(Lang::Ja, state.current(), &Sender::default(), "2026-11-23").unwrap();
    assert_eq!(
        ja.items,
        ["rules-conflict", "provider-trust", "authentication"]
    );
    assert!(ja.body.contains(&format!(
        "1. （項目4：社内ルール）{}",
        four.provider_question.get(Lang::Ja)
    )));
    // Unticked, the provider's own question goes out.
    let state = state.reduce(
        Action::SetLetterQuestion {
            item: "provider-trust".into(),
            ask: false,
        },
        "2026-11-23T09:00:00.000Z",
    );
    let ja = letter(Lang::Ja, state.current(), &Sender::default(), "2026-11-23").unwrap();
    assert_eq!(ja.items, ["rules-conflict", "authentication"]);
    let en = visible_text(&render(mixed(Lang::En)).await);
    assert!(en.contains(plan_ui(Lang::En).letter_question_in_house));
}

#[tokio::test]
async fn with_no_question_ticked_there_is_no_letter_to_send_and_the_boxes_stay() {
    let mut state = mixed(Lang::Ja);
    for item in ["provider-trust", "authentication"] {
        state = state.reduce(
            Action::SetLetterQuestion {
                item: item.into(),
                ask: false,
            },
            "2026-11-23T09:00:00.000Z",
        );
    }
    let html = render(state).await;
    let p = plan_ui(Lang::Ja);
    assert!(visible_text(&html).contains(p.letter_none_chosen));
    assert_eq!(count(&html, r#"name="ask""#), 4);
    assert!(!html.contains(r#"id="provider-message-"#));
    assert!(
        !visible_text(&html).contains(p.mark_sent),
        "nothing to mark as sent"
    );
}

#[tokio::test]
async fn not_yet_on_an_item_about_the_provider_brings_its_question_and_on_a_company_item_does_not()
{
    let c = checklist();
    let mut answers = [Some(Done); 15];
    answers[5] = Some(NotDone); // item 6, the SLA: nothing published
    answers[2] = Some(NotDone); // item 3, the company's own assessment
    for lang in Lang::ALL {
        let p = plan_ui(lang);
        let message = letter(
            lang,
            with_answers(lang, &answers).current(),
            &Sender::default(),
            NOW,
        )
        .unwrap()
        .body;
        let six = c.item_by_number(6).unwrap();
        let three = c.item_by_number(3).unwrap();
        assert!(
            message.contains(&format!(
                "1. {}{}",
                (plan_ui(lang).letter.label)(6, six.topic.get(lang)),
                six.provider_question.get(lang)
            )),
            "{lang:?}"
        );
        assert!(
            !message.contains(three.provider_question.get(lang)),
            "{lang:?}"
        );
        let html = render(with_answers(lang, &answers)).await;
        let text = visible_text(&html);
        assert!(text.contains(plan_ui(lang).letter_heading), "{lang:?}");
        let plan = plan_part(&html);
        assert_eq!(
            count(plan, p.plan_question_heading),
            1,
            "{lang:?}: item 6 only"
        );
        assert_eq!(count(plan, p.plan_internal_heading), 0, "{lang:?}");
        // 13 done, two "not yet": 52 of 60 = 86 %, "well done", yet two items are left,
        // and the advice says so instead of pointing only at "partly" items.
        assert!(
            text.contains(&(p.level_line)(
                (p.level_name)(Level::Good),
                &(p.level_advice)(Level::Good, 2)
            )),
            "{lang:?}"
        );
    }
    let en = visible_text(&render(with_answers(Lang::En, &answers)).await);
    assert!(en.contains("Work through the 2 items still in the action plan below"));
    answers[2] = Some(Done);
    let en = visible_text(&render(with_answers(Lang::En, &answers)).await);
    assert!(
        en.contains("Work through the 1 item still in the action plan below"),
        "{en}"
    );
    let ja = visible_text(&render(with_answers(Lang::Ja, &answers)).await);
    assert!(ja.contains("下のアクションプランに残る1件に取り組み"));
}

#[tokio::test]
async fn partial_answers_are_marked_provisional_and_the_unanswered_items_are_listed() {
    let mut answers = [None; 15];
    answers[0] = Some(Done);
    answers[1] = Some(Partly);
    answers[7] = Some(NotDone);
    for lang in Lang::ALL {
        let html = render(with_answers(lang, &answers)).await;
        let text = visible_text(&html);
        let p = plan_ui(lang);
        assert!(text.contains(p.provisional_heading));
        assert!(text.contains(&(p.provisional_text)(12)));
        let notice = &html[html.find("notice provisional").unwrap()..];
        let notice = &notice[..notice.find("</ul>").unwrap()];
        assert_eq!(count(notice, "<li>"), 12);
        assert!(
            notice.contains(r##"href="#/items/3""##) && !notice.contains(r##"href="#/items/1""##)
        );
        // 4 + 2 + 0 = 6 of 12 → 50 %, shown as provisional, and no verdict yet: one "done"
        // answer is not "well done".
        assert!(table_row(&html, p.overall_label).contains("50%"));
        assert!(text.contains(p.provisional_marker.trim()));
        assert!(text.contains(p.level_provisional));
        for level in [Level::Good, Level::Fair, Level::Poor] {
            for left in 0..=15 {
                assert!(
                    !text.contains(&(p.level_advice)(level, left)),
                    "{lang:?}: a verdict on a partial check"
                );
            }
        }
    }
}

#[tokio::test]
async fn one_done_answer_is_a_provisional_100_percent_without_a_verdict() {
    let mut answers = [None; 15];
    answers[8] = Some(Done);
    let html = render(with_answers(Lang::Ja, &answers)).await;
    let text = visible_text(&html);
    let p = plan_ui(Lang::Ja);
    assert!(text.contains("全体 100% （暫定）"), "{text}");
    assert!(text.contains(p.plan_empty_so_far) && !text.contains(p.plan_empty));
    assert!(
        !text.contains(&(p.level_advice)(Level::Good, 0)),
        "no verdict line"
    );
    assert!(text.contains(p.level_provisional));
}

#[tokio::test]
async fn how_it_is_scored_names_the_levels_as_shown_and_says_which_rules_are_ours() {
    for lang in Lang::ALL {
        let p = plan_ui(lang);
        let text = visible_text(&render(mixed(lang)).await);
        for level in [Level::Good, Level::Fair, Level::Poor] {
            let quoted = match lang {
                Lang::Ja => format!("「{}」", (p.level_name)(level)),
                Lang::En => format!("“{}”", (p.level_name)(level)),
            };
            assert!(text.contains(&quoted), "{lang:?}: {quoted}");
        }
    }
    let ja = visible_text(&render(mixed(Lang::Ja)).await);
    assert!(ja.contains("IPA「5分でできる！情報セキュリティ自社診断」にならい"));
    assert!(ja.contains("本ツール独自の決まり"));
    let en = visible_text(&render(mixed(Lang::En)).await);
    assert!(en.contains("this tool's own rule"));
}

#[tokio::test]
async fn all_done_needs_no_plan_and_all_not_applicable_has_nothing_to_score() {
    let done = visible_text(&render(with_answers(Lang::En, &[Some(Done); 15])).await);
    assert!(done.contains(plan_ui(Lang::En).plan_empty));
    assert!(done.contains("Overall 100% 60 of 60 points"));
    assert!(!done.contains(plan_ui(Lang::En).letter_heading));
    // 該当しない where the items offer it, nothing else: nothing to score.
    let mut answers = [None; 15];
    answers[1] = Some(NotApplicable);
    answers[12] = Some(NotApplicable);
    let na = visible_text(&render(with_answers(Lang::En, &answers)).await);
    assert!(na.contains(plan_ui(Lang::En).level_none));
    assert!(na.contains("Overall —"));
}

#[tokio::test]
async fn the_report_lists_every_answer_with_its_memo_and_cites_source_and_tool() {
    let state = mixed(Lang::Ja).reduce(
        Action::SetMemo {
            item: "backup".into(),
            memo: "ベンダーに確認中 <script>".into(),
        },
        NOW,
    );
    let html = render(state).await;
    let table = &html[html.find("answers-table").unwrap()..];
    assert_eq!(
        count(&table[..table.find("</table>").unwrap()], "<tr>"),
        16,
        "header + 15 items"
    );
    assert!(
        html.contains("ベンダーに確認中 &lt;script&gt;"),
        "memos are text, never markup"
    );
    let text = visible_text(&html);
    assert!(text.contains("中小企業のためのクラウドサービス安全利用の手引き"));
    assert!(text.contains("https://example.org/tools/cloud-check/"));
}

#[tokio::test]
async fn the_results_offer_a_result_code_and_its_link_without_name_or_memos() {
    let state = mixed(Lang::Ja).reduce(
        Action::SetMemo {
            item: "backup".into(),
            memo: "社外秘のNAS構成".into(),
        },
        NOW,
    );
    let known: Vec<&str> = checklist().item_ids().collect();
    let expected = cloud_check::domain::code::encode(state.current(), &known, Default::default());
    let html = render(state).await;
    assert!(html.contains(r#"id="result-code""#));
    assert!(html.contains(&expected), "the code of the answers alone");
    assert!(html.contains(&format!(
        "https://example.org/tools/cloud-check/#/code/{expected}"
    )));
    let (_, result) = cloud_check::domain::code::find(&expected, &known).remove(0);
    let back = result.unwrap();
    assert_eq!(
        back.service_name, "",
        "the service name is left out unless ticked"
    );
    assert_eq!(back.memo("backup"), "", "memos are left out unless ticked");
}

#[tokio::test]
async fn results_say_where_the_answers_live_and_when_they_were_last_exported() {
    let html = visible_text(&render(mixed(Lang::Ja)).await);
    assert!(html.contains("記録を残す"), "{html}");
    assert!(html.contains("iPhoneやMacのSafariで7日間"), "{html}");
    assert!(html.contains("まだJSONで書き出していません。"), "{html}");
    let exported = mixed(Lang::En).reduce(Action::Exported("2026-11-22T23:10:00.000Z".into()), NOW);
    let html = visible_text(&render(exported).await);
    assert!(html.contains("Last exported as JSON: 2026-11-22"), "{html}");
}

#[tokio::test]
async fn work_started_days_ago_and_never_exported_brings_a_reminder_until_exported() {
    use cloud_check::domain::Assessment;
    let mut old = Assessment::new("a1", "2026-11-19T09:00:00.000Z");
    old.set_answer("backup", Some(Done));
    let state = AppState::restore(Lang::Ja, Route::Start, vec![old], None, "x", NOW);
    let start = visible_text(&render(state.clone()).await);
    assert!(
        start.contains("4日前に始めたチェックが、まだファイルに書き出されていません。"),
        "{start}"
    );
    // Not while answering an item.
    let item = visible_text(&render(state.reduce(Action::Navigate(Route::Item(1)), NOW)).await);
    assert!(
        !item.contains("まだファイルに書き出されていません"),
        "{item}"
    );
    // Gone once exported.
    let exported = state.reduce(Action::Exported(NOW.into()), NOW);
    let start = visible_text(&render(exported).await);
    assert!(
        !start.contains("まだファイルに書き出されていません"),
        "{start}"
    );
}

#[tokio::test]
async fn a_complete_check_missing_key_safeguards_is_not_praised_and_names_them() {
    // 12 done; 8, 9 and 10 not done: 48/60 = 80 %.
    let mut answers = [Some(Done); 15];
    for n in [8, 9, 10] {
        answers[n - 1] = Some(NotDone);
    }
    let c = checklist();
    for lang in Lang::ALL {
        let p = plan_ui(lang);
        let html = render(with_answers(lang, &answers)).await;
        let text = visible_text(&html);
        let level = &html[html.find(r#"<p class="level">"#).unwrap()..];
        let level = visible_text(&level[..level.find("</p>").unwrap()]);
        assert_eq!(
            level,
            (p.level_line)(
                (p.level_name)(Level::Fair),
                &(p.level_advice)(Level::Fair, 3)
            ),
            "{lang:?}: 80 %, yet not the top level"
        );
        assert!(text.contains(p.critical_heading), "{lang:?}");
        assert!(
            text.contains(&(p.critical_lead)(true, (p.level_name)(Level::Good))),
            "{lang:?}"
        );
        for n in [8, 9, 10] {
            let why = c
                .item_by_number(n)
                .unwrap()
                .critical
                .as_ref()
                .unwrap()
                .get(lang);
            assert!(text.contains(why), "{lang:?} item {n}");
        }
        // This week: the three critical ones' concrete actions.
        assert!(text.contains(p.week_heading), "{lang:?}");
        let week = visible_text(
            &html
                [html.find(r#"class="this-week""#).unwrap()..html.find(r#"class="plan""#).unwrap()],
        );
        for n in [9, 8, 10] {
            let win = c
                .item_by_number(n)
                .unwrap()
                .quick_win
                .as_ref()
                .unwrap()
                .get(lang);
            assert!(week.contains(win), "{lang:?} item {n}");
        }
    }
    // While provisional the missing safeguard is named already, without a verdict.
    let mut partial = [None; 15];
    partial[8] = Some(Unknown);
    let text = visible_text(&render(with_answers(Lang::Ja, &partial)).await);
    assert!(text.contains(&(plan_ui(Lang::Ja).critical_lead)(false, "")));
    assert!(text.contains(plan_ui(Lang::Ja).level_provisional));
    // MIXED answers 10 (backup) わからない: named. With 9 and 10 一部のみ both are named, with
    // what "partly" means there; with every key safeguard done, none is.
    let text = visible_text(&render(mixed(Lang::Ja)).await);
    assert!(text.contains(plan_ui(Lang::Ja).critical_heading));
    let mut partly = MIXED.map(Some);
    partly[9] = Some(Partly);
    let html = render(with_answers(Lang::Ja, &partly)).await;
    let block = visible_text(
        &html[html.find(r#"class="critical-missing""#).unwrap()
            ..html.find(r#"class="this-week""#).unwrap()],
    );
    assert!(
        block.contains(plan_ui(Lang::Ja).critical_heading),
        "{block}"
    );
    let at = |n: u8| block.find(&format!("{n}. ")).unwrap_or(usize::MAX);
    assert!(at(9) < at(10), "in the plan's order: {block}");
    assert_eq!(
        block.matches(plan_ui(Lang::Ja).critical_partly).count(),
        2,
        "{block}"
    );
    let mut done = partly;
    done[8] = Some(Done);
    done[9] = Some(Done);
    let text = visible_text(&render(with_answers(Lang::Ja, &done)).await);
    assert!(!text.contains(plan_ui(Lang::Ja).critical_heading));
}

#[tokio::test]
async fn a_provisional_chart_carries_no_verdict_colour_but_keeps_its_numbers() {
    let mut answers = [None; 15];
    answers[0] = Some(Done);
    let html = render(with_answers(Lang::Ja, &answers)).await;
    let svg = &html[html.find("<svg").unwrap()..html.find("</svg>").unwrap()];
    assert_eq!(count(svg, r#"class="bar none""#), 4, "{svg}");
    assert!(svg.contains("100%"), "the numbers stay");
    let html = render(mixed(Lang::Ja)).await;
    let svg = &html[html.find("<svg").unwrap()..html.find("</svg>").unwrap()];
    assert_eq!(
        count(svg, r#"class="bar none""#),
        0,
        "complete: the levels show"
    );
}

/// The letter for `a`, asking what the checklist (and the owner's ticks) would ask of it.
fn letter(lang: Lang, a: &Assessment, sender: &Sender, today: &str) -> Option<Letter> {
    let asked = checklist().advice(a).asked;
    cloud_check::letter::letter(lang, a, &asked, sender, today)
}

#[test]
fn a_middle_result_does_not_read_as_praise_and_the_top_one_says_what_it_does_not_mean() {
    assert_eq!(
        (plan_ui(Lang::Ja).level_name)(Level::Fair),
        "対策は一部にとどまります"
    );
    assert_eq!(
        (plan_ui(Lang::En).level_name)(Level::Fair),
        "Only partly in place"
    );
    assert_eq!(
        (plan_ui(Lang::Ja).level_name)(Level::Good),
        "おおむね対策できています"
    );
    let how = (plan_ui(Lang::En).how_scored)("a", "b", "c");
    assert!(
        how.contains("does not mean the service or the company is secure"),
        "{how}"
    );
    let how = (plan_ui(Lang::Ja).how_scored)("a", "b", "c");
    assert!(how.contains("保証するものではありません"), "{how}");
}

#[tokio::test]
async fn the_results_show_the_review_date_and_what_to_do_if_something_happens() {
    for lang in Lang::ALL {
        let p = plan_ui(lang);
        let html = render(mixed(lang)).await;
        let text = visible_text(&html);
        // NOW is 2026-11-23; backup is わからない: the review in three months.
        assert!(text.contains(&(p.review_line)("2027-02-23", 3)), "{lang:?}");
        assert!(text.contains(p.review_calendar), "{lang:?}");
        assert!(text.contains(p.incident_heading), "{lang:?}");
        assert!(html.contains("https://www.ppc.go.jp/personalinfo/legal/leakAction/"));
        assert!(html.contains("https://www.ipa.go.jp/security/support/soudan.html"));
    }
}

/// The part of the results between the element that opens with `from` and the one that
/// opens with `to`, as visible text.
fn part(html: &str, from: &str, to: &str) -> String {
    let start = html.find(from).unwrap_or_else(|| panic!("{from}"));
    let end = start + html[start..].find(to).unwrap_or_else(|| panic!("{to}"));
    visible_text(&html[start..end])
}

#[tokio::test]
async fn if_something_happens_the_owner_stops_an_intruder_before_calling_anyone() {
    for lang in Lang::ALL {
        let mut state = mixed(lang);
        let mut provider = state.current().provider.clone();
        provider.contact = "support@example.com".into();
        state = state.reduce(Action::SetProvider(provider), NOW);
        let html = render(state).await;
        let block = part(&html, r#"class="incident""#, "</section>");
        // Spaces aside: on the English page, Japanese names are marked lang="ja", and each
        // tag reads as a space in the block's text.
        let squash = |t: &str| t.split_whitespace().collect::<String>();
        let block = squash(&block);
        let p = plan_ui(lang);
        let steps: Vec<&str> = match lang {
            Lang::Ja => vec![
                "まず止めます",
                "パスワードを変え",
                "すべての端末からログアウト",
                "アカウントを停止",
                "ログイン履歴",
                "そのうえで事業者に連絡",
                "support@example.com",
            ],
            Lang::En => vec![
                "stop it first",
                "change that account's password",
                "sign it out everywhere",
                "suspend the account",
                "sign-in history",
                "Then contact the provider",
                "support@example.com",
            ],
        };
        let at: Vec<usize> = steps
            .iter()
            .map(|s| {
                block
                    .find(&squash(s))
                    .unwrap_or_else(|| panic!("{lang:?}: {s} in {block}"))
            })
            .collect();
        assert!(
            at.windows(2).all(|w| w[0] < w[1]),
            "{lang:?}: in this order: {block}"
        );
        // An outage: the status page first. Then the police, IPA's desk for organisations.
        let order = [
            p.incident_outage,
            p.incident_police,
            p.incident_consult,
            p.incident_leak,
            p.incident_mynumber,
        ];
        let at: Vec<usize> = order
            .iter()
            .map(|s| block.find(&squash(s)).expect("each step"))
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{lang:?}");
        assert!(at[0] > block.find(&squash(steps[5])).unwrap());
        for url in [
            "https://www.npa.go.jp/bureau/cyber/soudan.html",
            "https://www.ipa.go.jp/security/support/soudan.html",
            "https://www.ppc.go.jp/personalinfo/legal/leakAction/",
            "https://www.ppc.go.jp/personalinfo/pipldial/",
        ] {
            assert!(html.contains(url), "{lang:?} {url}");
        }
    }
    let ja = plan_ui(Lang::Ja);
    assert!(ja
        .incident_outage
        .starts_with("使えない・遅いといった障害のときは、まず事業者の稼働状況のページ"));
    assert!(ja
        .incident_police
        .contains("都道府県警察のサイバー犯罪相談窓口"));
    assert!(ja
        .incident_consult
        .contains("企業組織向けサイバーセキュリティ相談窓口"));
    let en = plan_ui(Lang::En);
    assert!(en
        .incident_outage
        .starts_with("If the service is down or slow, check the provider's status page"));
    assert!(en.incident_consult.contains("desk for organisations"));
}

#[test]
fn a_leak_at_the_provider_is_still_the_companys_to_report_and_my_number_has_its_own_cases() {
    let ja = plan_ui(Lang::Ja);
    // The duty is the company's, counted from when it learns of it; a contractor is
    // relieved once it tells the company; loss and damage count; encrypted data is exempt.
    for part in [
        "漏えい・滅失・毀損（ランサムウェアによる暗号化を含む）",
        "クラウドの事業者のもとで起きたことでも、自社が預けた個人データなら、報告と通知は自社の義務",
        "期限は自社が知った時から数えます",
        "自社に知らせれば報告を免れます",
        "事業者の発表を待たずに",
        "ウェブサイトのフォーム",
        "所管の省庁",
        "高度な暗号化",
    ] {
        assert!(ja.incident_leak.contains(part), "{part}");
    }
    assert!(ja.incident_mynumber.contains("100人を超える"));
    assert!(ja.incident_mynumber.contains("誰でも見られる状態"));
    let en = plan_ui(Lang::En);
    for part in [
        "leaked, been lost or been damaged (including data encrypted by ransomware)",
        "Japan's data protection authority",
        "This is your company's duty",
        "the deadlines run from when your company learns of it",
        "do not wait for the provider",
        "the PPC's online form",
        "some sectors report to their ministry",
        "strong encryption is exempt",
    ] {
        assert!(en.incident_leak.contains(part), "{part}");
    }
    assert!(en.incident_mynumber.contains("more than 100 people"));
    assert!(en.incident_mynumber.contains("Japan's individual number"));
}

#[tokio::test]
async fn the_letter_has_one_name_everywhere() {
    // The heading, "this week", item 6's and 14's hints and item 9's step all say
    // 「事業者への問い合わせ文」 / "Letter to the provider"; the older names are gone.
    let c = checklist();
    for lang in Lang::ALL {
        let name = plan_ui(lang).letter_heading;
        let html = render(mixed(lang)).await;
        let quoted = match lang {
            Lang::Ja => format!("「{name}」"),
            Lang::En => format!("“{name}”"),
        };
        assert!(
            (plan_ui(lang).week_letter)(2).contains(&quoted),
            "{lang:?}: this week"
        );
        let text = visible_text(&html);
        for old in [
            "事業者への質問文",
            "依頼文",
            "Questions for the provider",
            "questions below",
        ] {
            assert!(!text.contains(old), "{lang:?}: {old}");
        }
        let all: String = c
            .texts()
            .iter()
            .map(|(_, t)| t.get(lang).to_owned())
            .collect();
        for old in [
            "事業者への質問文",
            "依頼文",
            "Questions for the provider",
            "the letter below",
        ] {
            assert!(!all.contains(old), "{lang:?}: {old} in the checklist");
        }
        for n in [6, 9, 14] {
            let item = c.item_by_number(n).unwrap();
            let mut texts = vec![item.done_means.get(lang).to_owned()];
            texts.extend(item.steps.iter().map(|s| s.get(lang).to_owned()));
            if let Some(l) = &item.look_for {
                texts.push(l.missing.get(lang).to_owned());
            }
            if let Some(l) = &item.lacks_feature {
                texts.extend(l.steps.iter().map(|s| s.get(lang).to_owned()));
            }
            assert!(
                texts.iter().any(|t| t.contains(name)),
                "{lang:?}: item {n} names the letter as {name}"
            );
        }
    }
    assert_eq!(plan_ui(Lang::Ja).letter_heading, "事業者への問い合わせ文");
    assert_eq!(plan_ui(Lang::En).letter_heading, "Letter to the provider");
}

#[tokio::test]
async fn item_9_does_not_offer_done_while_its_service_has_no_mfa() {
    let item = |state: AppState| async move {
        let html = render(state.reduce(Action::Navigate(Route::Item(9)), NOW)).await;
        html
    };
    let state = mixed(Lang::Ja);
    let html = item(state.clone()).await;
    assert!(html.contains(r#"id="answer-authentication-done""#));
    let ticked = state.reduce(
        Action::SetLacksFeature {
            item: "authentication".into(),
            lacks: true,
        },
        NOW,
    );
    let html = item(ticked.clone()).await;
    assert!(
        !html.contains(r#"id="answer-authentication-done""#),
        "Done is not offered"
    );
    assert!(html.contains(r#"id="answer-authentication-partly""#));
    assert!(visible_text(&html).contains(ui(Lang::Ja).lacks_done_note));
    // Done, then ticked: 一部のみ, and the verdict says so.
    let done = state
        .reduce(
            Action::SetAnswer {
                item: "authentication".into(),
                answer: Some(Done),
            },
            NOW,
        )
        .reduce(
            Action::SetLacksFeature {
                item: "authentication".into(),
                lacks: true,
            },
            NOW,
        );
    assert_eq!(done.current().answer("authentication"), Some(Partly));
}

#[tokio::test]
async fn the_results_put_what_to_do_first_and_every_menu_link_has_its_part() {
    for lang in Lang::ALL {
        let html = render(mixed(lang)).await;
        let at = |needle: &str| {
            html.find(needle)
                .unwrap_or_else(|| panic!("{lang:?}: no {needle}"))
        };
        // The verdict and the key safeguards, this week, the menu, then the working parts;
        // the chart and the score table after "if something happens now".
        let order = [
            r#"id="summary-heading""#,
            r#"class="critical-missing""#,
            r#"id="week-heading""#,
            r#"class="page-menu no-print""#,
            r#"id="plan-heading""#,
            r#"id="letter-heading""#,
            r#"id="review-heading""#,
            r#"id="next-heading""#,
            r#"id="incident-heading""#,
            r#"id="scores-heading""#,
            r#"class="chart""#,
            r#"id="code-heading""#,
            r#"id="answers-heading""#,
        ];
        let places: Vec<usize> = order.iter().map(|n| at(n)).collect();
        assert!(
            places.windows(2).all(|w| w[0] < w[1]),
            "{lang:?}: {places:?}"
        );
        assert!(at(r#"class="incident-jump no-print""#) < at(r#"id="summary-heading""#));
        // Each link of the menu (and the jump to the incident block) leads to a heading on
        // this screen that can take focus.
        let menu = &html[at("page-menu")..];
        let menu = &menu[..menu.find("</nav>").unwrap()];
        let targets: Vec<&str> = menu
            .split(r##"href="#"##)
            .skip(1)
            .map(|rest| &rest[..rest.find('"').unwrap()])
            .collect();
        assert_eq!(targets.len(), 9, "{lang:?}");
        for id in targets {
            assert_eq!(
                count(&html, &format!(r#"id="{id}" tabindex="-1""#)),
                1,
                "{lang:?}: {id}"
            );
        }
        // Folded on screen and printed whole: how it is scored, why each safeguard matters.
        let p = plan_ui(lang);
        assert_eq!(count(&html, r#"class="how-scored-fold no-print""#), 1);
        assert_eq!(count(&html, r#"class="how-scored print-only""#), 1);
        assert_eq!(
            count(&html, r#"class="critical-why no-print""#),
            count(&html, r#"class="badge critical""#).min(3),
            "{lang:?}"
        );
        assert!(visible_text(&html).contains(p.step_more));
    }
}

#[tokio::test]
async fn from_a_trainers_course_link_the_code_to_send_comes_first_and_the_start_says_so() {
    use cloud_check::ui::Env;
    for lang in Lang::ALL {
        let course = Env {
            namespace: Some("course-b".into()),
            course: Some("course-b".into()),
            ..Env::default()
        };
        let html = common::render_in(mixed(lang), course.clone()).await;
        let code = html
            .find(r#"class="result-code no-print for-course""#)
            .unwrap();
        assert!(
            code < html.find(r#"id="summary-heading""#).unwrap(),
            "{lang:?}: at the top"
        );
        assert_eq!(count(&html, r#"id="result-code""#), 1, "{lang:?}: once");
        let p = plan_ui(lang);
        assert!(visible_text(&html).contains(&(p.code_course_heading)("course-b")));
        assert!(
            !html.contains(r##"href="#code-heading""##),
            "{lang:?}: not in the menu again"
        );
        // Without a course (an embed's own namespace), where it always was.
        let plain = common::render_in(
            mixed(lang),
            Env {
                namespace: Some("embed-1".into()),
                ..Env::default()
            },
        )
        .await;
        assert!(
            plain.find(r#"id="result-code""#).unwrap()
                > plain.find(r#"id="incident-heading""#).unwrap()
        );
        assert!(!visible_text(&plain).contains(&(p.code_course_heading)("embed-1")));
        // The course's start screen names the course and the code to come; no trainers' link.
        let start = common::render_in(at(lang, Route::Start), course).await;
        let t = ui(lang);
        assert!(
            visible_text(&start).contains(&(t.course_note)("course-b")),
            "{lang:?}"
        );
        assert!(!visible_text(&start).contains(t.trainer_link), "{lang:?}");
    }
}

#[tokio::test]
async fn the_next_step_offers_the_rules_draft_and_explains_security_action_with_its_official_pages()
{
    for lang in Lang::ALL {
        let html = render(mixed(lang)).await;
        let w = cloud_check::i18n::rules_ui(lang);
        let start = html.find(r#"class="next-step""#).unwrap();
        let section = &html[start..start + html[start..].find("</section>").unwrap()];
        let text = visible_text(section);
        for words in [w.next_heading, w.next_rules_button, w.sa_heading, w.sa_what] {
            assert!(text.contains(words), "{lang:?}: {words}");
        }
        assert!(section.contains(r##"href="#/rules""##));
        // The pages it cites are linked, and on paper their addresses are written out.
        for url in [
            cloud_check::i18n::SECURITY_ACTION_URL,
            "https://www.ipa.go.jp/security/guide/sme/about.html",
        ] {
            assert!(
                section.contains(&format!(r#"href="{url}""#)),
                "{lang:?}: {url}"
            );
            assert!(text.contains(url), "{lang:?}: {url} printed");
        }
        // It says what the scheme is not, and that the check replaces neither step of ★★.
        let (not_certified, not_a_substitute) = match lang {
            Lang::Ja => ("認定するものではありません", "代わりにはなりません"),
            Lang::En => ("not IPA certifying", "neither replaces"),
        };
        assert!(
            text.contains(not_certified) && text.contains(not_a_substitute),
            "{lang:?}"
        );
    }
}

#[tokio::test]
async fn the_sites_help_desks_stand_beside_ipas_desk_with_a_phone_to_call_and_on_paper() {
    let (site, problems) = cloud_check::domain::site::read(
        r#"{"help_desks": [
            {"name": {"ja": "架空県よろず支援拠点", "en": "Kakū Yorozu Support Center"}, "phone": "000-000-0000",
             "hours": {"ja": "平日 9:00〜17:00", "en": "Weekdays 9:00–17:00"}, "url": "https://yorozu.example.jp/"},
            {"name": "架空商工会議所 中小企業相談所"}
        ]}"#,
    );
    assert_eq!(problems, []);
    for lang in Lang::ALL {
        let env = cloud_check::ui::Env {
            site: Some(std::rc::Rc::new(site.clone())),
            ..Default::default()
        };
        let html = common::render_in(mixed(lang), env).await;
        let start = html.find(r#"id="incident-heading""#).unwrap();
        let incident = &html[start..start + html[start..].find("</section>").unwrap()];
        let text = visible_text(incident);
        let (name, hours) = match lang {
            Lang::Ja => ("架空県よろず支援拠点", "平日 9:00〜17:00"),
            Lang::En => ("Kakū Yorozu Support Center", "Weekdays 9:00–17:00"),
        };
        // After IPA's desk, each desk; the phone is a link a phone can call.
        let ipa = text
            .find("https://www.ipa.go.jp/security/support/soudan.html")
            .unwrap();
        assert!(text.find(name).unwrap() > ipa, "{lang:?}");
        assert!(text.contains(hours) && text.contains("架空商工会議所 中小企業相談所"));
        assert!(incident.contains(r#"href="tel:0000000000""#));
        assert!(incident.contains(r#"href="https://yorozu.example.jp/""#));
        assert!(
            text.contains("https://yorozu.example.jp/"),
            "the address, on paper"
        );
        // Without desks, no empty list.
        let plain = render(mixed(lang)).await;
        assert!(!plain.contains("help-desks"));
    }
}

#[tokio::test]
async fn the_rules_screen_shows_the_draft_offers_the_other_services_and_prints_it_whole() {
    let now = NOW;
    for lang in Lang::ALL {
        // A second service checked earlier on this device, then the open one.
        let state = with_answers(lang, &MIXED.map(Some))
            .reduce(
                Action::StartAnother {
                    id: "second".into(),
                    name: "グループウェア".into(),
                },
                now,
            )
            .reduce(
                Action::SetAnswer {
                    item: "backup".into(),
                    answer: Some(Done),
                },
                now,
            )
            .reduce(Action::Navigate(Route::Rules), now);
        let html = render(state).await;
        let w = cloud_check::i18n::rules_ui(lang);
        let text = visible_text(&html);
        assert!(
            text.contains(ui(lang).rules_heading) && text.contains(w.choose_legend),
            "{lang:?}"
        );
        // The other service is offered and ticked; the draft names both.
        let boxes = &html[html.find("rules-checks").unwrap()..];
        let boxes = &boxes[..boxes.find("</fieldset>").unwrap()];
        assert_eq!(count(boxes, "<input"), 2, "the open check and the other");
        assert_eq!(count(boxes, "checked"), 2, "both ticked: {boxes}");
        let print = &html[html.find("rules-print").unwrap()..];
        let print = &print[print.find('>').unwrap() + 1..];
        let print = visible_text(&print[..print.find("</div>").unwrap()]);
        assert!(
            print.contains("グループウェア") && print.contains("会計ソフト"),
            "{lang:?}: {print}"
        );
        assert!(print.starts_with(ui(lang).rules_heading));
        // Back to the results, one link away.
        assert!(html.contains(r##"href="#/results""##));
    }
}

#[tokio::test]
async fn an_edited_rules_draft_is_shown_as_the_owners_and_says_it_goes_into_the_export() {
    for lang in Lang::ALL {
        let state = with_answers(lang, &MIXED.map(Some))
            .reduce(
                Action::SetRulesText {
                    lang,
                    text: Some("当社のクラウド利用ルール".into()),
                },
                NOW,
            )
            .reduce(Action::Navigate(Route::Rules), NOW);
        let html = render(state).await;
        let w = cloud_check::i18n::rules_ui(lang);
        let text = visible_text(&html);
        let at = text
            .find(&w.edited[..12])
            .map(|i| text[i..].chars().take(120).collect::<String>());
        assert!(
            text.contains(w.edited) && w.edited.contains("JSON"),
            "{lang:?}: {at:?}"
        );
        assert!(text.contains(w.reset), "{lang:?}: a way back to the draft");
        assert!(html.contains("当社のクラウド利用ルール"));
        assert!(
            !html.contains("rules-checks"),
            "{lang:?}: no choice of services for an edited text"
        );
    }
}
