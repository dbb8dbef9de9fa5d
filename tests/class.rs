//! The class overview: counts per item and answer, pooled averages, weakest items, skipped
//! and duplicate files, with every expected number worked out by hand in the comments.
#![cfg(not(target_arch = "wasm32"))]

use cloud_check::content::checklist;
use cloud_check::domain::class::{aggregate, Duplicate, Given};
use cloud_check::domain::format::FileError;
use cloud_check::domain::intake::{self, ImportError};
use cloud_check::domain::{Answer, Assessment, Lang};
use cloud_check::export;
use Answer::*;

/// When the trainer reads the files.
const NOW: &str = "2026-11-23T12:00:00.000Z";

fn participant(id: &str, updated: &str, answers: &[(&str, Answer)]) -> Assessment {
    let mut a = Assessment::new(id, "2026-11-23T09:00:00.000Z");
    for (item, answer) in answers {
        a.set_answer(item, Some(*answer));
    }
    a.updated_at = updated.into();
    a
}

fn file(name: &str, a: &Assessment) -> (String, Vec<u8>) {
    (
        name.into(),
        export::json(&[a], Lang::Ja, "2026-11-23T10:00:00.000Z").into_bytes(),
    )
}

fn class() -> cloud_check::domain::class::ClassSummary {
    let known: Vec<&str> = checklist().item_ids().collect();
    let p1 = participant(
        "p1",
        "2026-11-23T09:10:00.000Z",
        &[
            ("purpose", Done),
            ("backup", NotDone),
            ("authentication", Unknown),
        ],
    );
    let p2 = participant(
        "p2",
        "2026-11-23T09:20:00.000Z",
        &[
            ("purpose", Partly),
            ("backup", Done),
            ("authentication", Unknown),
            ("support", NotApplicable),
        ],
    );
    let p3 = participant("p3", "2026-11-23T09:30:00.000Z", &[("purpose", NotDone)]);
    // p1 again, exported later with backup now partly: counted once, the later version.
    let p1_later = participant(
        "p1",
        "2026-11-23T09:40:00.000Z",
        &[
            ("purpose", Done),
            ("backup", Partly),
            ("authentication", Unknown),
        ],
    );
    let files = vec![
        file("a.json", &p1),
        file("b.json", &p2),
        file("c.json", &p3),
        file("a-again.json", &p1_later),
        ("broken.json".to_owned(), b"{ \"format\": ".to_vec()),
        ("survey.json".to_owned(), b"{\"pages\": []}".to_vec()),
    ];
    let parsed = files
        .into_iter()
        .map(|(name, bytes)| (name, intake::file(&bytes, &known)))
        .collect();
    aggregate(parsed, &known, NOW)
}

#[test]
fn good_files_count_bad_ones_are_listed_with_reasons_and_duplicates_count_once() {
    let s = class();
    assert_eq!((s.files, s.assessments, s.duplicates), (6, 3, 1));
    let skipped: Vec<(&str, &ImportError)> = s
        .skipped
        .iter()
        .map(|k| (k.file.as_str(), &k.reason))
        .collect();
    assert_eq!(skipped.len(), 2);
    assert_eq!(skipped[0].0, "broken.json");
    assert!(matches!(
        skipped[0].1,
        ImportError::File(FileError::NotJson { .. })
    ));
    assert_eq!(
        skipped[1],
        ("survey.json", &ImportError::File(FileError::OtherFormat))
    );
}

#[test]
fn each_item_counts_its_answers_and_pools_its_points() {
    let s = class();
    // purpose: done (p1), partly (p2), not done (p3) → 4 + 2 + 0 = 6 of 12 → 50 %.
    let purpose = s.tally("purpose").unwrap();
    assert_eq!(
        (
            purpose.count(Done),
            purpose.count(Partly),
            purpose.count(NotDone),
            purpose.unanswered
        ),
        (1, 1, 1, 0)
    );
    assert_eq!(
        (
            purpose.score.points,
            purpose.score.max,
            purpose.score.percent()
        ),
        (6, 12, Some(50))
    );
    // backup: partly (p1's later file), done (p2), unanswered (p3) → 2 + 4 = 6 of 8 → 75 %.
    let backup = s.tally("backup").unwrap();
    assert_eq!(
        (
            backup.count(Partly),
            backup.count(Done),
            backup.count(NotDone),
            backup.unanswered
        ),
        (1, 1, 0, 1)
    );
    assert_eq!(
        (
            backup.score.points,
            backup.score.max,
            backup.score.percent()
        ),
        (6, 8, Some(75))
    );
    // authentication: don't know twice → −2 of 8 → 0 %.
    let auth = s.tally("authentication").unwrap();
    assert_eq!(
        (auth.count(Unknown), auth.score.points, auth.score.percent()),
        (2, -2, Some(0))
    );
    // support: not applicable once, unanswered twice → nothing to score.
    let support = s.tally("support").unwrap();
    assert_eq!(
        (
            support.count(NotApplicable),
            support.unanswered,
            support.score.percent()
        ),
        (1, 2, None)
    );
}

#[test]
fn sections_pool_their_items_and_the_weakest_items_come_first() {
    let s = class();
    let c = checklist();
    let section = |id: &str| s.pooled(c.items_in(id).map(|i| i.id.as_ref()));
    // I: only purpose scored → 6 of 12 → 50 %.
    assert_eq!(
        (
            section("I").points,
            section("I").max,
            section("I").percent()
        ),
        (6, 12, Some(50))
    );
    // II: authentication −2 of 8 and backup 6 of 8 → 4 of 16 → 25 %.
    assert_eq!(
        (
            section("II").points,
            section("II").max,
            section("II").percent()
        ),
        (4, 16, Some(25))
    );
    // III: only support, not applicable → nothing to score.
    assert_eq!(section("III").percent(), None);
    assert_eq!(
        s.weakest(5),
        vec![("authentication", 0), ("purpose", 50), ("backup", 75)]
    );
}

#[test]
fn no_files_and_only_bad_files_give_an_empty_but_honest_summary() {
    let known: Vec<&str> = checklist().item_ids().collect();
    let empty = aggregate(Vec::new(), &known, NOW);
    assert_eq!(
        (empty.files, empty.assessments, empty.skipped.len()),
        (0, 0, 0)
    );
    assert!(empty.weakest(5).is_empty());
    let bad = aggregate(
        vec![("x.png".into(), Err(FileError::Binary.into()))],
        &known,
        NOW,
    );
    assert_eq!((bad.files, bad.assessments, bad.skipped.len()), (1, 0, 1));
    assert_eq!(bad.tally("purpose").unwrap().unanswered, 0);
}

/// The class screen in `lang` with the summary of [`class`], counted on 2026-11-23.
async fn render_class(lang: Lang, tool_url: String, course: String) -> String {
    use cloud_check::trainer::{ClassProps, ClassScreen};
    yew::LocalServerRenderer::<ClassScreen>::with_props(ClassProps {
        lang,
        today: "2026-11-23".into(),
        tool_url,
        summary: Some(class()),
        course,
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test]
async fn the_class_screen_shows_counts_skipped_files_weakest_items_and_sections() {
    for lang in Lang::ALL {
        let html = render_class(
            lang,
            "https://example.org/tools/cloud-check/".into(),
            "course-a".into(),
        )
        .await;
        let ck = cloud_check::i18n::checks_ui(lang);
        let tt = cloud_check::i18n::trainer_ui(lang);
        assert!(html.contains(&(tt.class_counts)(4, 6, 3)), "{lang:?}");
        // Clearing asks first: the button opens a question, it does not clear.
        assert!(html.contains(tt.class_clear) && !html.contains(tt.class_clear_question));
        assert!(html.contains(&(tt.class_duplicates)(1)));
        assert!(html.contains("broken.json") && html.contains("survey.json"));
        assert!(html.contains(&(ck.import_error)(&ImportError::File(
            FileError::OtherFormat
        ))));
        // "Don't know" and "not yet" apart: two problems for the room, each item with its
        // count, a link to its explanation, and what to discuss.
        let list = |class: &str| {
            let at = &html[html.find(&format!(r#"class="focus {class}""#)).unwrap()..];
            at[..at.find("</section>").unwrap()].to_owned()
        };
        let unknown = list("unknown");
        let first = &unknown[..unknown.find("</li>").unwrap()];
        assert!(
            first.contains(r##"href="./#/items/9""##) && first.contains(&(tt.class_count_of)(2, 3)),
            "{first}"
        );
        assert!(unknown.contains(tt.class_unknown_prompt));
        let not_done = list("not_done");
        assert!(
            not_done.contains(r##"href="./#/items/1""##)
                && not_done.contains(&(tt.class_count_of)(1, 3)),
            "{not_done}"
        );
        assert!(
            !not_done.contains(r##"href="./#/items/9""##),
            "an unknown is not a not-yet"
        );
        // The distribution table: 15 item rows, each with 5 answers + unanswered + percentage.
        let table = &html[html.find("distribution-table").unwrap()..];
        assert_eq!(table.matches(r#"<th scope="row">"#).count(), 15);
        assert!(!html.contains("会計ソフト"), "anonymous: no service names");
        // Codes can be pasted, and the participants' instructions name the tool's address.
        assert!(html.contains(r#"id="class-codes""#));
        let instructions = (tt.class_instructions)("https://example.org/tools/cloud-check/");
        assert!(instructions.contains("CCHK1-"));
        assert!(
            html.contains("https://example.org/tools/cloud-check/"),
            "the instructions are on the page"
        );
    }
}

#[test]
fn one_file_cannot_outweigh_the_class() {
    let known: Vec<&str> = checklist().item_ids().collect();
    let many: Vec<Assessment> = (0..21)
        .map(|n| {
            participant(
                &format!("p{n}"),
                "2026-11-23T10:00:00.000Z",
                &[("backup", NotDone)],
            )
        })
        .collect();
    let refs: Vec<&Assessment> = many.iter().collect();
    let bytes = export::json(&refs, Lang::Ja, NOW).into_bytes();
    let one = participant("real", "2026-11-23T10:00:00.000Z", &[("backup", Done)]);
    let (name, real) = file("real.json", &one);
    let summary = aggregate(
        vec![
            ("stuffed.json".into(), intake::file(&bytes, &known)),
            (name, intake::file(&real, &known)),
        ],
        &known,
        NOW,
    );
    assert_eq!(
        summary.assessments, 1,
        "only the participant's own file counts"
    );
    assert_eq!(summary.skipped.len(), 1);
    assert_eq!(
        summary.skipped[0].reason,
        ImportError::TooManyChecks { count: 21 }
    );
}

#[test]
fn a_copied_id_with_a_far_future_time_does_not_replace_a_participant() {
    let known: Vec<&str> = checklist().item_ids().collect();
    let honest = participant("same", "2026-11-23T10:00:00.000Z", &[("backup", Done)]);
    let copied = participant("same", "9999-12-31T23:59:59.999Z", &[("backup", NotDone)]);
    let garbled = participant("same", "zzzz", &[("backup", Unknown)]);
    let (a, a_bytes) = file("honest.json", &honest);
    let (b, b_bytes) = file("copied.json", &copied);
    let (c, c_bytes) = file("garbled.json", &garbled);
    let summary = aggregate(
        vec![
            (a, intake::file(&a_bytes, &known)),
            (b, intake::file(&b_bytes, &known)),
            (c, intake::file(&c_bytes, &known)),
        ],
        &known,
        NOW,
    );
    assert_eq!(summary.assessments, 1);
    assert_eq!(
        summary.tally("backup").unwrap().count(Done),
        1,
        "the honest answer stays"
    );
    assert_eq!(summary.duplicates, 2);
    // The trainer is told which files held the same check and which one counted.
    let pair = |counted: &str, not: &str| Duplicate {
        counted: counted.into(),
        not_counted: not.into(),
        answers_differ: true,
    };
    assert_eq!(
        summary.duplicate_files,
        [
            pair("honest.json", "copied.json"),
            pair("honest.json", "garbled.json"),
        ]
    );
    assert_eq!(
        summary.conflicts, 2,
        "both carried other answers: flagged, not silent"
    );
}

/// A participant who corrects an answer and resends within the same minute (a code keeps
/// the minute): the code given later counts, and the trainer sees that the answers differ.
#[test]
fn a_correction_sent_within_the_same_minute_counts_and_is_shown_as_differing() {
    use cloud_check::domain::code::{self, Include};
    let ids: Vec<&str> = checklist().item_ids().collect();
    let first = participant("p1", "2026-11-23T09:10:00.000Z", &[("backup", Unknown)]);
    let fixed = participant("p1", "2026-11-23T09:10:40.000Z", &[("backup", Partly)]);
    let text = format!(
        "{}\n{}",
        code::encode(&first, &ids, Include::default()),
        code::encode(&fixed, &ids, Include::default())
    );
    let s = aggregate(intake::codes(&text, &ids, Lang::Ja), &ids, NOW);
    assert_eq!(s.assessments, 1);
    assert_eq!(
        s.tally("backup").unwrap().count(Partly),
        1,
        "the later paste wins"
    );
    assert_eq!(s.tally("backup").unwrap().count(Unknown), 0);
    assert_eq!((s.duplicates, s.conflicts), (1, 1));
    assert!(s.duplicate_files[0].answers_differ);
    // The same code twice is a duplicate, not a conflict.
    let twice = format!("{text}\n{}", code::encode(&fixed, &ids, Include::default()));
    let s = aggregate(intake::codes(&twice, &ids, Lang::Ja), &ids, NOW);
    assert_eq!((s.duplicates, s.conflicts), (2, 1));
}

/// Adding bit by bit gives what adding everything at once gives, replacements included:
/// the tallies are kept as they go, never recounted.
#[test]
fn adding_one_input_at_a_time_gives_the_same_summary_as_all_at_once() {
    use cloud_check::domain::class::ClassInputs;
    let ids: Vec<&str> = checklist().item_ids().collect();
    let inputs: Vec<_> = (0..40)
        .map(|n| {
            let answer = Answer::ALL[n % 5];
            let p = participant(
                &format!("p{}", n % 13),
                &format!("2026-11-23T09:{:02}:00.000Z", n % 60),
                &[("backup", answer), ("purpose", Answer::ALL[(n / 5) % 5])],
            );
            let (name, bytes) = file(&format!("{n}.json"), &p);
            (name, intake::file(&bytes, &ids))
        })
        .chain([("bad.json".to_owned(), intake::file(b"{", &ids))])
        .collect();
    let all = aggregate(inputs.clone(), &ids, NOW);
    let mut one_by_one = ClassInputs::default();
    let mut last = None;
    for input in inputs {
        last = Some(one_by_one.add(vec![input], Assessment::clone, &ids, NOW));
    }
    assert_eq!(last.unwrap(), all);
    assert_eq!(all.assessments, 13);
    let total: usize = Answer::ALL
        .iter()
        .map(|a| all.tally("backup").unwrap().count(*a))
        .sum();
    assert_eq!(
        total + all.tally("backup").unwrap().unanswered,
        13,
        "each participant once"
    );
}

/// A crafted input cannot make the overview list without end or read without end: one
/// text gives at most `MAX_CODES_PER_TEXT` codes (and says how many it held), and the lists
/// of what was skipped or met twice show their first `MAX_LISTED` with a count.
#[test]
fn junk_and_floods_of_codes_are_capped_and_counted() {
    use cloud_check::domain::class::{ClassInputs, MAX_LISTED};
    use cloud_check::domain::code::{self, Include, MAX_CODES_PER_TEXT};
    let ids: Vec<&str> = checklist().item_ids().collect();
    let flood: String = (0..MAX_CODES_PER_TEXT + 300)
        .map(|n| {
            let p = participant(
                &format!("p{n}"),
                "2026-11-23T09:10:00.000Z",
                &[("backup", Done)],
            );
            code::encode(&p, &ids, Include::default()) + "\n"
        })
        .collect();
    let read = cloud_check::domain::class::read_file(flood.as_bytes(), &ids, Lang::Ja);
    assert_eq!(read.len(), MAX_CODES_PER_TEXT + 1);
    assert_eq!(
        read.last().unwrap().1,
        Err(ImportError::TooManyCodes {
            count: MAX_CODES_PER_TEXT + 300
        })
    );
    let mut inputs = ClassInputs::default();
    let s = inputs.add(read, Assessment::clone, &ids, NOW);
    assert_eq!((s.assessments, s.skipped_count), (MAX_CODES_PER_TEXT, 1));
    // Lines of junk shaped like codes: each one read is a refused code, listed up to
    // MAX_LISTED; past MAX_CODES_PER_TEXT they are counted only.
    let junk: String = (0..MAX_CODES_PER_TEXT + 1000)
        .map(|n| format!("CCHK1-{n:X}ZZ\n"))
        .collect();
    let s = inputs.add(
        intake::codes(&junk, &ids, Lang::Ja),
        Assessment::clone,
        &ids,
        NOW,
    );
    assert_eq!(s.skipped.len(), MAX_LISTED);
    assert_eq!(
        s.skipped_count,
        1 + MAX_CODES_PER_TEXT + 1,
        "the rest counted, not listed"
    );
    assert_eq!(
        s.assessments, MAX_CODES_PER_TEXT,
        "nothing counted from junk"
    );
}

/// An LMS's report download (the shape of Moodle's SCORM interactions report as text/CSV:
/// one row per participant and attempt, each response in a column) holds the result-code
/// interactions the package writes; the overview reads them from the text as it is, and a
/// participant who changed an answer after completing (so two codes) counts once, with the
/// later answers.
#[test]
fn an_lms_report_download_with_result_codes_counts_each_participant_once() {
    use cloud_check::domain::code::{self, Include};
    let ids: Vec<&str> = checklist().item_ids().collect();
    let code = |a: &Assessment| code::encode(a, &ids, Include::default());
    let all_done = |id: &str, updated: &str| {
        participant(
            id,
            updated,
            &ids.iter().map(|i| (*i, Done)).collect::<Vec<_>>(),
        )
    };
    let mut a_first = all_done("aaaaaaaaaaaa", "2026-11-23T09:10:00.000Z");
    a_first.set_answer("backup", Some(Unknown));
    let a_later = all_done("aaaaaaaaaaaa", "2026-11-23T09:40:00.000Z");
    let b = all_done("bbbbbbbbbbbb", "2026-11-23T09:20:00.000Z");
    let report = format!(
        "\u{feff}\"First name\",\"Last name\",\"Email address\",\"Attempt\",\"Question 9\",\"Response 9\",\"Question 16\",\"Response 16\",\"Question 17\",\"Response 17\"\r\n\
         \"Aiko\",\"Sato\",\"aiko@example.jp\",\"1\",\"backup\",\"unknown\",\"result-code\",\"{}\",\"result-code\",\"{}\"\r\n\
         \"Ben\",\"Ito\",\"ben@example.jp\",\"1\",\"backup\",\"done\",\"result-code\",\"{}\",\"\",\"\"\r\n",
        code(&a_first),
        code(&a_later),
        code(&b),
    );
    // Dropped as a file (a CSV download), as pasted text: the same three codes.
    let previews = cloud_check::domain::class::read_file(report.as_bytes(), &ids, Lang::Ja);
    assert_eq!(previews, intake::codes(&report, &ids, Lang::Ja));
    assert_eq!(previews.len(), 3, "three codes found in the report");
    let summary = aggregate(previews, &ids, NOW);
    assert_eq!(summary.assessments, 2, "two participants");
    assert_eq!(summary.duplicates, 1);
    let backup = &summary
        .items
        .iter()
        .find(|(id, _)| id == "backup")
        .unwrap()
        .1;
    assert_eq!(
        backup.answers[Done.index()],
        2,
        "Aiko's later answer counts"
    );
    assert_eq!(backup.answers[Unknown.index()], 0);
}

/// A file dropped on the class overview: an export as the import reads it; a text without
/// an export or a code keeps the export's reason (nothing is counted from it).
#[test]
fn a_dropped_file_is_an_export_or_text_with_codes_and_otherwise_says_why() {
    use cloud_check::domain::class::read_file;
    let ids: Vec<&str> = checklist().item_ids().collect();
    let a = participant("p1", "2026-11-23T09:10:00.000Z", &[("backup", Done)]);
    let json = export::json(&[&a], Lang::Ja, "2026-11-23T10:00:00.000Z");
    let read = read_file(json.as_bytes(), &ids, Lang::Ja);
    assert_eq!(read.len(), 1);
    assert_eq!(read[0].0, "", "the whole file");
    assert_eq!(read[0].1.as_ref().unwrap().assessments[0].id, "p1");
    let csv = "\u{feff}\"First name\",\"Response\"\r\n\"Aiko\",\"done\"\r\n";
    assert!(matches!(
        read_file(csv.as_bytes(), &ids, Lang::Ja).as_slice(),
        [(label, Err(ImportError::File(FileError::NotJson { .. })))] if label.is_empty()
    ));
}

/// What the trainer's page does as files and codes come in (`ClassInputs`): each addition
/// gives the summary of everything so far, counted as scored; starting over forgets it all.
#[test]
fn files_then_codes_add_up_as_scored_and_clearing_starts_over() {
    use cloud_check::domain::class::ClassInputs;
    use cloud_check::domain::code::{self, Include};
    let c = checklist();
    let ids: Vec<&str> = c.item_ids().collect();
    let scored = |a: &Assessment| c.effective(a).into_owned();
    // An item that offers no 該当しない: such an answer there counts as none.
    let no_na = c
        .items
        .iter()
        .find(|i| !i.offers(NotApplicable))
        .unwrap()
        .id
        .to_string();
    let p1 = participant(
        "p1",
        "2026-11-23T09:10:00.000Z",
        &[("backup", Done), (&no_na, NotApplicable)],
    );
    let p2 = participant("p2", "2026-11-23T09:20:00.000Z", &[("backup", NotDone)]);
    let (name, bytes) = file("p1.json", &p1);
    let mut inputs = ClassInputs::default();

    let first = inputs.add(vec![(name, intake::file(&bytes, &ids))], scored, &ids, NOW);
    assert_eq!((first.files, first.assessments), (1, 1));
    let tally = |s: &cloud_check::domain::class::ClassSummary, id: &str| {
        s.items.iter().find(|(i, _)| i == id).unwrap().1
    };
    assert_eq!(
        tally(&first, &no_na).count(NotApplicable),
        0,
        "an answer the item does not offer counts as none"
    );
    assert_eq!(tally(&first, &no_na).unanswered, 1);

    // Then two codes pasted with chat text, one of them p1's again: p2 is added, p1 counts once.
    let pasted = format!(
        "佐藤：{} よろしくお願いします\n田中（再送）：{}",
        code::encode(&p2, &ids, Include::default()),
        code::encode(&p1, &ids, Include::default())
    );
    let second = inputs.add(intake::codes(&pasted, &ids, Lang::Ja), scored, &ids, NOW);
    assert_eq!(
        (second.files, second.assessments, second.duplicates),
        (3, 2, 1)
    );
    assert_eq!(tally(&second, "backup").count(Done), 1);
    assert_eq!(tally(&second, "backup").count(NotDone), 1);

    inputs.clear();
    let again = inputs.add(Vec::<Given>::new(), scored, &ids, NOW);
    assert_eq!((again.files, again.assessments), (0, 0));
}

/// The class a trainer has counted survives a reload of the trainer's page: saved as result
/// codes (no names, no memos) with the counts, read back to the same tallies; the lists of
/// what was skipped or met twice come back as counts only. Adding after the reload goes on
/// from there (a later correction still replaces its check).
#[test]
fn a_saved_class_reads_back_to_the_same_tallies_and_goes_on_from_there() {
    use cloud_check::domain::class::{ClassInputs, SavedClass};
    use cloud_check::domain::code::{self, Include};
    let ids: Vec<&str> = checklist().item_ids().collect();
    let p =
        |id: &str, at: &str, answer| participant(id, at, &[("backup", answer), ("purpose", Done)]);
    let mut memo = p("p1", "2026-11-23T09:10:00.000Z", Unknown);
    memo.set_memo("backup", "社外秘のメモ");
    memo.set_service_name("会計ソフト");
    let text = [
        code::encode(
            &memo,
            &ids,
            Include {
                service_name: true,
                memos: true,
            },
        ),
        code::encode(
            &p("p2", "2026-11-23T09:20:00.000Z", NotDone),
            &ids,
            Include::default(),
        ),
        code::encode(
            &p("p2", "2026-11-23T09:25:00.000Z", Partly),
            &ids,
            Include::default(),
        ),
        "CCHK1-BROKEN".to_owned(),
    ]
    .join("\n");
    let mut inputs = ClassInputs::default();
    let before = inputs.add(
        intake::codes(&text, &ids, Lang::Ja),
        Assessment::clone,
        &ids,
        NOW,
    );
    let saved = inputs.save(&ids, NOW);
    let stored = saved.encode();
    assert!(
        !stored.contains("社外秘") && !stored.contains("会計ソフト"),
        "no memos, no names kept"
    );
    let back = ClassInputs::restore(&SavedClass::read(&stored).unwrap(), &ids);
    let after = back.summary();
    assert_eq!(after.items, before.items, "the same tallies");
    assert_eq!(
        (
            after.files,
            after.assessments,
            after.skipped_count,
            after.duplicates,
            after.conflicts
        ),
        (
            before.files,
            before.assessments,
            before.skipped_count,
            before.duplicates,
            before.conflicts
        )
    );
    assert!(
        after.skipped.is_empty() && after.duplicate_files.is_empty(),
        "lists are not kept"
    );
    assert!(SavedClass::read("not json").is_none());
    // Going on after the reload: p2 corrects again within the same minute.
    let mut back = back;
    let fix = code::encode(
        &p("p2", "2026-11-23T09:25:30.000Z", Done),
        &ids,
        Include::default(),
    );
    let s = back.add(
        intake::codes(&fix, &ids, Lang::Ja),
        Assessment::clone,
        &ids,
        NOW,
    );
    assert_eq!(s.assessments, 2);
    assert_eq!(s.tally("backup").unwrap().count(Done), 1);
    assert_eq!(s.tally("backup").unwrap().count(Partly), 0);
}

/// A code mistyped in the chat (one character of its answers), then the participant's
/// corrected copy: the typo leaves the list of what needs the trainer, after a reload too,
/// and the status says why. A typo that comes after the good copy stays listed: it may carry
/// a later correction the trainer should ask for again.
#[test]
fn a_typo_is_cleared_by_the_corrected_code_after_a_reload_too() {
    use cloud_check::domain::class::{read_codes, ClassInputs, SavedClass};
    use cloud_check::domain::code::{self, CodeError, Include};
    let ids: Vec<&str> = checklist().item_ids().collect();
    let add = |inputs: &mut ClassInputs, text: &str| {
        inputs.add(
            read_codes(text, &ids, Lang::Ja),
            Assessment::clone,
            &ids,
            NOW,
        )
    };
    let p1 = participant("p1", "2026-11-23T09:10:00.000Z", &[("backup", Partly)]);
    let p2 = participant("p2", "2026-11-23T09:12:00.000Z", &[("backup", NotDone)]);
    let good = code::encode(&p1, &ids, Include::default());
    let mut typo: Vec<char> = good.chars().collect();
    typo[9] = if typo[9] == '7' { '8' } else { '7' };
    let typo: String = typo.into_iter().collect();
    let mut inputs = ClassInputs::default();
    let chat = format!("{typo}\n{}", code::encode(&p2, &ids, Include::default()));
    let s = add(&mut inputs, &chat);
    assert_eq!((s.assessments, s.skipped.len(), s.corrected), (1, 1, 0));
    assert_eq!(s.skipped[0].reason, ImportError::Code(CodeError::Damaged));
    assert_eq!(s.skipped[0].check, Some(code::fingerprint("p1")));
    // A reload between the typo and its correction.
    let saved = SavedClass::read(&inputs.save(&ids, NOW).encode()).unwrap();
    let mut back = ClassInputs::restore(&saved, &ids);
    for (s, when) in [
        (add(&mut back, &good), "after a reload"),
        (add(&mut inputs, &good), "at once"),
    ] {
        assert_eq!(s.assessments, 2, "{when}");
        assert_eq!(s.tally("backup").unwrap().count(Partly), 1, "{when}");
        assert!(s.skipped.is_empty(), "{when}");
        assert_eq!(
            (s.files, s.skipped_count, s.corrected, s.skipped_unlisted()),
            (3, 1, 1, 0),
            "{when}: read 2 of 3, the third corrected"
        );
    }
    let s = add(&mut inputs, &typo);
    assert_eq!(
        (s.skipped.len(), s.corrected, s.skipped_unlisted()),
        (1, 1, 0)
    );
    // A class saved by an earlier build (no such fields) still reads.
    let old = r#"{"saved_at":"2026-11-23T12:00:00.000Z","files":1,"skipped":1,"duplicates":0,"conflicts":0,"checks":[]}"#;
    let old = ClassInputs::restore(&SavedClass::read(old).unwrap(), &ids).summary();
    assert_eq!(
        (old.skipped_count, old.corrected, old.skipped_unlisted()),
        (1, 0, 1)
    );
}

/// The class screen says when a typo was corrected, and lists what still needs the trainer:
/// here nothing, as the only code that did not read was corrected.
#[tokio::test]
async fn the_class_screen_says_a_typo_was_corrected_and_lists_no_more_than_is_left() {
    use cloud_check::trainer::{ClassProps, ClassScreen};
    let mut summary = class();
    summary.skipped.clear();
    summary.corrected = summary.skipped_count;
    for lang in Lang::ALL {
        let tt = cloud_check::i18n::trainer_ui(lang);
        let html = yew::LocalServerRenderer::<ClassScreen>::with_props(ClassProps {
            lang,
            today: "2026-11-23".into(),
            tool_url: String::new(),
            summary: Some(summary.clone()),
            course: String::new(),
        })
        .hydratable(false)
        .render()
        .await;
        assert!(html.contains(&(tt.class_corrected)(2)), "{lang:?}");
        assert!(!html.contains(tt.class_skipped_heading), "{lang:?}");
    }
}

#[test]
fn the_class_csv_tells_the_organiser_the_course_the_day_the_count_and_the_figures() {
    let s = class();
    let csv = export::class_csv(&s, Lang::Ja, "course-a", "2026-11-23");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[..4],
        [
            r#""コース","course-a""#,
            r#""集計日","2026-11-23""#,
            r#""集計したチェック","3""#,
            ""
        ]
    );
    assert_eq!(lines[4], r#""セクション","割合""#);
    // 10 of 28 points: purpose 6 of 12, backup 6 of 8, authentication −2 of 8.
    assert_eq!(lines[5], r#""全体","36""#);
    assert!(
        lines[6].starts_with(r#""I. "#) && lines[6].ends_with(r#","50""#),
        "{}",
        lines[6]
    );
    assert!(
        lines[7].starts_with(r#""II. "#) && lines[7].ends_with(r#","25""#),
        "{}",
        lines[7]
    );
    assert!(
        lines[8].starts_with(r#""III. "#) && lines[8].ends_with(r#","""#),
        "{}",
        lines[8]
    );
    assert_eq!(lines[9], "");
    assert!(lines[10].starts_with(r#""No.","item_id","#));
    assert_eq!(
        lines.len(),
        10 + 1 + 15 + 1,
        "the items' table as before, then the end"
    );
    let en = export::class_csv(&s, Lang::En, "course-a", "2026-11-23");
    assert!(en.contains(
        "\"Course\",\"course-a\"\r\n\"Counted on\",\"2026-11-23\"\r\n\"Checks counted\",\"3\""
    ));
    assert!(en.contains("\"Overall\",\"36\""));
}

#[tokio::test]
async fn the_class_report_names_the_course_the_day_the_participants_and_the_overall_figure() {
    for lang in Lang::ALL {
        let html = render_class(lang, String::new(), "course-a".into()).await;
        let tt = cloud_check::i18n::trainer_ui(lang);
        let t = cloud_check::i18n::ui(lang);
        let overall = (t.percent)(36);
        assert!(
            html.contains(&(tt.class_meta)("course-a", "2026-11-23", 3, &overall)),
            "{lang:?}"
        );
        assert!(
            html.contains(r#"<p class="lead no-print">"#),
            "how to paste stays off paper"
        );
        assert!(html.contains(r#"<tr class="overall">"#));
    }
}

#[tokio::test]
async fn the_distribution_chart_names_each_item_writes_its_counts_and_hatches_partly() {
    let c = checklist();
    for lang in Lang::ALL {
        let html = render_class(lang, String::new(), String::new()).await;
        let at = html.find(r#"class="chart distribution""#).unwrap();
        assert!(
            html.find(r#"class="legend""#).unwrap() < at,
            "the key before the chart"
        );
        let svg = &html[at..html[at..].find("</svg>").unwrap() + at];
        // Every item by its number and topic.
        for item in c.items.iter() {
            let label = format!("{}. {}", item.number, item.topic.get(lang));
            assert!(svg.contains(&label), "{lang:?}: {label}");
        }
        // The counts written in: authentication is "don't know" for 2 of the 3.
        assert!(svg.contains(r#"class="seg-count unknown""#), "{lang:?}");
        assert!(svg.contains(">2</text>"), "{lang:?}");
        // Partly (purpose, backup) hatched; no other answer is.
        assert_eq!(
            svg.matches(r#"fill="url(#hatch-partly)""#).count(),
            svg.matches(r#"class="seg partly""#).count()
        );
        assert!(svg.matches(r#"class="seg partly""#).count() >= 2);
    }
}

#[test]
fn a_code_in_a_list_shows_its_start_and_its_end_so_two_of_one_check_differ() {
    use cloud_check::domain::intake::code_label;
    let a = "CCHK1-abcdefghijklmnopqrstuvwxyz0123456789-AAAA1111";
    let b = "CCHK1-abcdefghijklmnopqrstuvwxyz0123456789-BBBB2222";
    assert_eq!(code_label(a), "CCHK1-abcd…AAAA1111");
    assert_ne!(code_label(a), code_label(b));
    assert_eq!(code_label("CCHK1-short"), "CCHK1-short");
}
