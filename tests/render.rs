//! Every screen renders, in both languages, through Yew's server renderer: what a user
//! would see on the start screen, the overview with each section, and an item with its
//! explanation.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{at, count, render, visible_text, NOW};

use cloud_check::content::checklist;
use cloud_check::domain::{Answer, Lang};
use cloud_check::i18n::{checks_ui, ui};
use cloud_check::route::Route;
use cloud_check::state::{Action, AppState};

#[tokio::test]
async fn start_screen_says_what_it_is_how_long_and_that_nothing_leaves_the_browser() {
    for lang in Lang::ALL {
        let t = ui(lang);
        let html = render(at(lang, Route::Start)).await;
        let text = visible_text(&html);
        for s in [
            t.start_heading,
            t.start_time,
            t.start_privacy,
            t.service_label,
            t.start_button,
            t.app_title,
        ] {
            assert!(text.contains(s), "{lang:?}: missing {s:?}");
        }
        assert!(
            text.contains("中小企業のためのクラウドサービス安全利用の手引き"),
            "{lang:?}: source title"
        );
        assert!(
            text.contains(checklist().source.edition_label.get(lang)),
            "{lang:?}: edition"
        );
        assert!(
            html.contains(r##"href="#/items/1""##),
            "start links to item 1"
        );
        assert!(html.contains(&format!(r#"lang="{}""#, lang.code())));
        // The switcher offers the other language, named in that language.
        assert!(text.contains(cloud_check::i18n::lang_name(lang.other())));
    }
}

#[tokio::test]
async fn start_screen_resumes_at_the_first_unanswered_item() {
    let mut state = at(Lang::Ja, Route::Start);
    for item in ["purpose", "service-type"] {
        state = state.reduce(
            Action::SetAnswer {
                item: item.into(),
                answer: Some(Answer::Done),
            },
            NOW,
        );
    }
    let text = visible_text(&render(state.clone()).await);
    assert!(text.contains("続きから再開する（2/15回答済み）"), "{text}");
    assert!(render(state).await.contains(r##"href="#/items/3""##));
}

#[tokio::test]
async fn once_a_check_has_answers_the_start_screen_offers_another_check_and_no_longer_renames_it() {
    for lang in Lang::ALL {
        let t = ui(lang);
        // Nothing recorded yet: the field names this check; no check to name in the header,
        // and no "saved" (nothing is stored until something is recorded).
        let fresh = render(at(lang, Route::Start)).await;
        assert!(
            fresh.contains(r#"id="service-name""#),
            "{lang:?}: the name field"
        );
        assert!(!fresh.contains("another-service-name"));
        assert!(
            !fresh.contains("current-check") && !fresh.contains(r#"class="saved""#),
            "{lang:?}: nothing to name or save yet"
        );
        let started = at(lang, Route::Start)
            .reduce(Action::SetServiceName("会計ソフト".into()), NOW)
            .reduce(
                Action::SetAnswer {
                    item: "purpose".into(),
                    answer: Some(Answer::Done),
                },
                NOW,
            );
        let html = render(started).await;
        let text = visible_text(&html);
        assert!(
            !html.contains(r#"id="service-name""#),
            "{lang:?}: the open check is not renamed from here"
        );
        assert!(
            html.contains(r#"id="another-service-name""#),
            "{lang:?}: a field for the next service"
        );
        for s in [t.another_label, t.another_button] {
            assert!(text.contains(s), "{lang:?}: missing {s:?}");
        }
        assert!(
            text.contains(&(t.another_hint)("会計ソフト")),
            "{lang:?}: says the open check stays"
        );
        assert!(
            html.contains("current-check") && html.contains(r#"class="saved""#),
            "{lang:?}: named and saved"
        );
    }
}

#[tokio::test]
async fn overview_shows_each_section_with_its_items_and_progress() {
    let c = checklist();
    for lang in Lang::ALL {
        let state = at(lang, Route::Overview).reduce(
            Action::SetAnswer {
                item: "backup".into(),
                answer: Some(Answer::Unknown),
            },
            NOW,
        );
        let html = render(state).await;
        let text = visible_text(&html);
        for section in c.sections.iter() {
            let heading = format!("{}. {}", section.id, section.title.get(lang));
            assert!(text.contains(&heading), "{lang:?}: {heading}");
            assert!(text.contains(section.summary.get(lang)));
        }
        for item in c.items.iter() {
            assert!(html.contains(&format!(r##"href="#/items/{}""##, item.number)));
            assert!(
                text.contains(item.title.get(lang)),
                "{lang:?}: {}",
                item.title.get(lang)
            );
        }
        let t = ui(lang);
        // Section II has the answered backup item: 1 of 4; the others none.
        assert!(text.contains(&(t.section_progress)(1, 4)), "{lang:?}");
        assert!(text.contains(&(t.section_progress)(0, 6)), "{lang:?}");
        assert!(text.contains(&(t.section_progress)(0, 5)), "{lang:?}");
        assert!(text.contains(t.answer(Answer::Unknown).label));
        assert_eq!(count(&text, t.not_answered), 14, "{lang:?}");
        assert!(
            text.contains(&(t.progress)(1, 15)),
            "{lang:?}: header progress"
        );
    }
}

#[tokio::test]
async fn an_item_shows_ipas_question_five_answers_and_our_explanation() {
    let c = checklist();
    for lang in Lang::ALL {
        for item in c.items.iter() {
            let t = ui(lang);
            let html = render(at(lang, Route::Item(item.number))).await;
            let text = visible_text(&html);
            assert!(
                text.contains(item.title.get(lang)),
                "{lang:?} item {}",
                item.number
            );
            assert!(
                text.contains(item.question.get(lang)),
                "{lang:?} item {} question",
                item.number
            );
            assert_eq!(
                count(&html, "<legend"),
                1,
                "the question is the radio group's legend"
            );
            // 該当しない is offered only where the content says when it is legitimate.
            let offered = if item.not_applicable.is_some() { 5 } else { 4 };
            assert_eq!(
                count(&html, r#"type="radio""#),
                offered,
                "{lang:?} item {}",
                item.number
            );
            assert_eq!(
                html.contains(r#"value="not_applicable""#),
                item.not_applicable.is_some(),
                "{lang:?} item {}",
                item.number
            );
            for answer in Answer::ALL.into_iter().filter(|a| item.offers(*a)) {
                assert!(text.contains(t.answer(answer).label));
            }
            if let Some(when) = &item.not_applicable {
                assert!(text.contains(when.get(lang)), "when 該当しない applies");
            }
            // What to read before answering comes before the choices: on a phone, what
            // follows them is read after answering, if at all.
            let question = html.find("<legend").unwrap();
            let choices = html.find(r#"class="choices""#).unwrap();
            let before = item
                .answer_note
                .iter()
                .chain([&item.done_means])
                .chain(item.not_applicable.iter());
            for guidance in before {
                let at = html
                    .find(&*guidance.get(lang).replace('\'', "&#x27;"))
                    .or_else(|| html.find(guidance.get(lang)));
                let at = at.expect("the guidance is shown");
                assert!(
                    question < at && at < choices,
                    "{lang:?} item {}: guidance not between the question and the choices",
                    item.number
                );
            }
            assert!(text.contains(item.done_means.get(lang)));
            // The hardest items say what to look for, in the explanation.
            if let Some(look) = &item.look_for {
                // Its words are set in bold, so compare without the spaces tags leave.
                let squash = |s: &str| s.split_whitespace().collect::<String>();
                for line in look.lines.iter().chain([&look.missing, &look.expert]) {
                    assert!(
                        squash(&text).contains(&squash(line.get(lang))),
                        "{lang:?} item {}",
                        item.number
                    );
                }
                assert_eq!(count(&html, "<li><strong>"), look.lines.len());
                assert!(text.contains(t.look_for_heading));
            }
            assert!(text.contains(item.why.get(lang)));
            for heading in [
                t.why_heading,
                t.check_heading,
                t.steps_heading,
                t.links_heading,
            ] {
                assert!(text.contains(heading), "{lang:?}: {heading}");
            }
            assert!(
                text.contains(t.item_attribution[0].trim())
                    && text.contains(t.item_attribution[1].trim())
            );
            // Every reference opens in a new tab without handing over the opener or referrer.
            let links = count(&html, r#"target="_blank""#);
            assert_eq!(count(&html, r#"rel="noopener noreferrer""#), links);
            assert_eq!(
                links,
                item.links.len() + 1,
                "item links plus the footer's source link"
            );
            assert!(!html.contains("href=\"http://"));
            assert!(text.contains(&(t.item_position)(item.number, 15)));
        }
    }
}

#[tokio::test]
async fn english_uses_english_brackets_and_japanese_uses_japanese_ones() {
    let en = visible_text(&render(at(Lang::En, Route::Start)).await);
    assert!(en.contains("(July 2024)") && !en.contains("（July"), "{en}");
    let ja = visible_text(&render(at(Lang::Ja, Route::Start)).await);
    assert!(ja.contains("（2024年7月）"));
}

#[tokio::test]
async fn english_items_also_show_ipas_original_japanese_wording() {
    let item = checklist().item_by_number(4).unwrap();
    let en = visible_text(&render(at(Lang::En, Route::Item(4))).await);
    assert!(en.contains("IPA's original wording"));
    assert!(en.contains(&*item.question.ja));
    assert!(en.contains(&*item.question.en));
    let ja = visible_text(&render(at(Lang::Ja, Route::Item(4))).await);
    assert!(!ja.contains(ui(Lang::Ja).original_wording));
}

#[tokio::test]
async fn the_chosen_answer_and_memo_are_shown_checked_and_filled() {
    let state = at(Lang::Ja, Route::Item(10))
        .reduce(
            Action::SetAnswer {
                item: "backup".into(),
                answer: Some(Answer::Partly),
            },
            NOW,
        )
        .reduce(
            Action::SetMemo {
                item: "backup".into(),
                memo: "<b>NAS</b> に週1回".into(),
            },
            NOW,
        );
    let html = render(state).await;
    assert_eq!(count(&html, "checked"), 1);
    let checked_input = html
        .split("<input")
        .find(|s| s.contains("checked"))
        .unwrap();
    assert!(
        checked_input.contains(r#"value="partly""#),
        "{checked_input}"
    );
    // The memo is shown as text, never as markup.
    assert!(html.contains("&lt;b&gt;NAS&lt;/b&gt; に週1回"));
    assert!(!html.contains("<b>NAS</b>"));
    assert!(visible_text(&html).contains(ui(Lang::Ja).clear_answer));
}

#[tokio::test]
async fn first_and_last_items_offer_only_the_ways_that_exist() {
    for lang in Lang::ALL {
        let t = ui(lang);
        let first = visible_text(&render(at(lang, Route::Item(1))).await);
        assert!(!first.contains(t.previous) && first.contains(t.next));
        let last = visible_text(&render(at(lang, Route::Item(15))).await);
        assert!(
            last.contains(t.previous) && !last.contains(t.next) && last.contains(t.see_results)
        );
    }
}

#[tokio::test]
async fn every_item_can_be_reached_from_an_item_screen_and_answered_ones_stand_out() {
    let state = at(Lang::En, Route::Item(6)).reduce(
        Action::SetAnswer {
            item: "purpose".into(),
            answer: Some(Answer::NotDone),
        },
        NOW,
    );
    let html = render(state).await;
    let jump = &html[html.find(r#"class="item-jump""#).expect("jump nav")..];
    for n in 1..=15 {
        assert!(
            jump.contains(&format!(r##"href="#/items/{n}""##)),
            "item {n}"
        );
    }
    assert_eq!(count(jump, r#"aria-current="page""#), 1);
    let current = jump
        .split("<a")
        .find(|a| a.contains("aria-current"))
        .unwrap();
    assert!(current.contains(r##"href="#/items/6""##));
    let answered = jump
        .split("<a")
        .filter(|a| a.contains(r#"answered""#))
        .collect::<Vec<_>>();
    assert_eq!(answered.len(), 1);
    assert!(answered[0].contains("not_done") && answered[0].contains("Not yet"));
    // Section I's progress shows on the item screen.
    assert!(visible_text(&html).contains("1 of 6 answered"));
}

fn two_checks(lang: Lang, route: Route) -> AppState {
    at(lang, route)
        .reduce(
            Action::Rename {
                id: "a1".into(),
                name: "会計ソフト".into(),
            },
            NOW,
        )
        .reduce(
            Action::SetAnswer {
                item: "backup".into(),
                answer: Some(Answer::Done),
            },
            NOW,
        )
        .reduce(
            Action::Duplicate {
                id: "a1".into(),
                new_id: "b2".into(),
                name: "会計ソフト 2027".into(),
            },
            NOW,
        )
        .reduce(
            Action::SetAnswer {
                item: "backup".into(),
                answer: Some(Answer::Partly),
            },
            NOW,
        )
        .reduce(
            Action::SetAnswer {
                item: "support".into(),
                answer: Some(Answer::Unknown),
            },
            NOW,
        )
}

#[tokio::test]
async fn my_checks_lists_every_check_with_progress_score_and_what_can_be_done() {
    for lang in Lang::ALL {
        let t = ui(lang);
        let ck = checks_ui(lang);
        let html = render(two_checks(lang, Route::Assessments)).await;
        let text = visible_text(&html);
        assert_eq!(count(&html, r#"class="check-card"#), 2);
        assert!(text.contains("会計ソフト 2027") && text.contains(ck.current_marker));
        assert!(text.contains(&(t.progress)(1, 15)) && text.contains(&(t.progress)(2, 15)));
        for action in [
            ck.open,
            ck.rename,
            t.duplicate,
            ck.export_json,
            ck.export_csv,
            ck.delete,
            ck.new_assessment,
            ck.compare,
            t.delete_all,
        ] {
            assert!(text.contains(action), "{lang:?}: {action}");
        }
        assert!(
            html.contains(r#"type="file""#) && html.contains(r#"accept=".json,application/json""#)
        );
    }
}

#[tokio::test]
async fn compare_marks_each_item_whose_answers_differ() {
    let html = render(two_checks(Lang::En, Route::Compare)).await;
    let text = visible_text(&html);
    // backup: Done vs Partly; support: unanswered vs Don't know.
    assert!(text.contains("Items with different answers: 2"), "{text}");
    assert_eq!(count(&html, r#"class="differs""#), 2);
    assert_eq!(count(&html, "differs-badge"), 2);
}

#[tokio::test]
async fn notices_and_save_problems_are_shown_with_their_way_out() {
    let deleted = two_checks(Lang::Ja, Route::Assessments).reduce(
        Action::Delete {
            id: "a1".into(),
            fresh_id: "c3".into(),
        },
        NOW,
    );
    let text = visible_text(&render(deleted).await);
    assert!(text.contains("「会計ソフト」を削除しました。") && text.contains("元に戻す"));

    let full = at(Lang::En, Route::Item(1)).reduce(
        Action::Saved(Some(cloud_check::persist::SaveProblem::Full)),
        NOW,
    );
    let html = render(full).await;
    assert!(html.contains(r#"role="alert""#));
    let text = visible_text(&html);
    assert!(text.contains("storage is full") && text.contains("Export now (JSON)"));
    assert!(
        !text.contains(ui(Lang::En).saved),
        "no false 'saved' while saving fails"
    );
}

#[tokio::test]
async fn a_new_version_is_announced_with_a_way_to_start_it() {
    for lang in Lang::ALL {
        let t = ui(lang);
        let state = at(lang, Route::Item(3)).reduce(Action::NewVersion, NOW);
        let text = visible_text(&render(state).await);
        assert!(text.contains(&(t.notice)(&cloud_check::state::Notice::NewVersion)));
        assert!(text.contains(t.reload), "{lang:?}");
    }
}

#[tokio::test]
async fn a_stored_not_applicable_that_an_item_no_longer_offers_asks_for_a_new_answer() {
    // Saved before item 9 stopped offering 該当しない: kept as stored, shown as unanswered.
    let state = at(Lang::Ja, Route::Item(9)).reduce(
        Action::SetAnswer {
            item: "authentication".into(),
            answer: Some(Answer::NotApplicable),
        },
        NOW,
    );
    assert_eq!(
        state.current().answer("authentication"),
        Some(Answer::NotApplicable)
    );
    let html = render(state).await;
    let text = visible_text(&html);
    assert!(text.contains(ui(Lang::Ja).not_applicable_withdrawn));
    assert!(!html.contains("checked"), "no answer is shown as chosen");
    assert!(text.contains(&(ui(Lang::Ja).progress)(0, 15)));
}

/// The release build (tools/split.mjs) fetches, for a page opened at a part's address, the
/// split point its table names; the app asks for `Part::of` that screen. The two must agree,
/// or such a page would fetch one part and wait for another.
#[test]
fn the_build_fetches_for_each_address_the_part_its_screen_needs() {
    use cloud_check::ui::Part;
    let js = std::fs::read_to_string("tools/split.mjs").expect("tools/split.mjs");
    let table = js
        .split("const PART_ROUTES = {")
        .nth(1)
        .and_then(|rest| rest.split('}').next())
        .expect("the routes' table");
    let mut named = 0;
    for entry in table.split(',').filter(|e| !e.trim().is_empty()) {
        let (route, split) = entry.split_once(':').expect("route: split");
        let route = Route::from_fragment(&format!("#/{}", route.trim()), 15);
        let part = Part::of(route).unwrap_or_else(|| panic!("{route:?} is not a part's screen"));
        assert_eq!(
            split.trim().trim_matches('\''),
            format!("{part:?}").to_lowercase(),
            "{route:?}"
        );
        named += 1;
    }
    // Every screen of a part is in the table.
    let screens = [
        Route::Results,
        Route::Rules,
        Route::Assessments,
        Route::Compare,
    ];
    assert_eq!(named, screens.len());
    for route in [Route::Start, Route::Overview, Route::Item(1), Route::Class] {
        assert_eq!(Part::of(route), None, "{route:?} is in the first load");
    }
}
