//! Inside a course's LMS (SCORM 1.2): what is sent for a check (completion, score, the
//! resume record and its size limit), reading the record back, one check from the LMS's
//! record and this device's copy, and what the participant is told.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cloud_check::content::checklist;
use cloud_check::domain::{Answer, Assessment, Lang, MEMO_MAX_CHARS};
use cloud_check::i18n::{lms_ui, ui};
use cloud_check::lms::{self, LmsProblem, SUSPEND_DATA_MAX};
use cloud_check::route::Route;
use cloud_check::state::AppState;
use common::{at, visible_text};

const T0: &str = "2026-11-23T09:00:00.000Z";

fn check(answers: &[(&str, Answer)]) -> Assessment {
    let mut a = Assessment::new("k3x9q2m7a1b0", T0);
    for (item, answer) in answers {
        a.set_answer(item, Some(*answer));
    }
    a.updated_at = "2026-11-23T09:41:00.000Z".into();
    a
}

/// The check a resume record holds, if it holds one this version reads.
fn resume(suspend_data: &str) -> Option<Assessment> {
    match lms::read_record(suspend_data) {
        lms::Record::Check(check) => Some(*check),
        lms::Record::Newer { .. } | lms::Record::Nothing => None,
    }
}

fn every(answer: Answer) -> Vec<(&'static str, Answer)> {
    checklist().item_ids().map(|id| (id, answer)).collect()
}

#[test]
fn incomplete_until_every_item_is_answered_then_completed_with_the_percentage() {
    let partial = lms::report(&check(&[
        ("purpose", Answer::Done),
        ("backup", Answer::Partly),
    ]));
    assert_eq!(partial.lesson_status, "incomplete");
    // 4 + 2 of 8 would be 75 %, but a partial check is no grade: no score at all, so an
    // LMS's gradebook, minimum score or "force completed" cannot take it for one.
    assert_eq!(partial.score, None);
    let values = partial.values();
    assert_eq!(values[0], ("cmi.core.lesson_status", "incomplete".into()));
    assert!(!values.iter().any(|(k, _)| k.starts_with("cmi.core.score")));
    // 14 of 15 answered: still none.
    let mut fourteen = every(Answer::Done);
    fourteen.pop();
    assert_eq!(lms::report(&check(&fourteen)).score, None);

    let done = lms::report(&check(&every(Answer::Done)));
    assert_eq!((done.lesson_status, done.score), ("completed", Some(100)));
    let values = done.values();
    assert!(values.contains(&("cmi.core.score.min", "0".into())));
    assert!(values.contains(&("cmi.core.score.max", "100".into())));
    assert!(values.contains(&("cmi.core.score.raw", "100".into())));
    // Many "don't know": the points go below zero, the percentage stops at 0.
    let unknown = lms::report(&check(&every(Answer::Unknown)));
    assert_eq!(
        (unknown.lesson_status, unknown.score),
        ("completed", Some(0))
    );
    // Nothing scorable yet: no score is sent at all.
    let blank = lms::report(&Assessment::new("a1", T0));
    assert_eq!(blank.score, None);
    assert!(!blank
        .values()
        .iter()
        .any(|(k, _)| k.starts_with("cmi.core.score")));
}

#[test]
fn the_resume_record_fits_scorm_12_and_reads_back_as_the_same_check() {
    let mut a = check(&every(Answer::Partly));
    a.set_service_name("会計ソフト");
    a.set_memo("backup", "NAS に週1回");
    let report = lms::report(&a);
    assert!(report.suspend_data.starts_with("CCHK1-"));
    assert!(!report.memos_left_out);
    let back = resume(&report.suspend_data).expect("readable");
    assert_eq!(back.service_name, "会計ソフト");
    assert_eq!(back.memo("backup"), "NAS に週1回");
    assert_eq!(back.answer("purpose"), Some(Answer::Partly));

    // Memos that would not fit 4,096 characters stay on this device; the answers still go.
    let mut long = a.clone();
    for id in checklist().item_ids() {
        long.set_memo(id, &"記".repeat(MEMO_MAX_CHARS));
    }
    let report = lms::report(&long);
    assert!(
        report.suspend_data.len() <= SUSPEND_DATA_MAX,
        "{}",
        report.suspend_data.len()
    );
    assert!(report.memos_left_out);
    let back = resume(&report.suspend_data).expect("readable");
    assert_eq!(back.answer("backup"), Some(Answer::Partly));
    assert_eq!(back.memo("backup"), "");
    assert_eq!(resume("garbage"), None);
    assert_eq!(resume(""), None);
}

/// A record a newer version wrote is told apart from junk: junk is repaired by the next
/// report, a newer record is left as it is (and the participant told, in both languages).
#[test]
fn a_record_from_a_newer_version_is_recognised_and_never_taken_for_junk() {
    let ours = lms::report(&check(&[("purpose", Answer::Done)])).suspend_data;
    assert!(matches!(lms::read_record(&ours), lms::Record::Check(_)));
    let newer = ours.replacen("CCHK1-", "CCHK2-", 1);
    assert_eq!(lms::read_record(&newer), lms::Record::Newer { found: 2 });
    for junk in ["", "garbage", "<b>CCHK</b>", &ours[..ours.len() - 3]] {
        assert_eq!(lms::read_record(junk), lms::Record::Nothing, "{junk:?}");
    }
    for lang in Lang::ALL {
        let text = (lms_ui(lang).unwrap().lms_problem)(LmsProblem::NewerRecord { found: 2 });
        assert!(text.contains('2'), "{lang:?}: {text}");
        assert_ne!(
            text,
            (lms_ui(lang).unwrap().lms_problem)(LmsProblem::Record { code: 0 })
        );
    }
}

#[test]
fn the_lms_record_and_this_devices_copy_become_one_check() {
    let ids: Vec<&str> = checklist().item_ids().collect();
    // A new device (or a cleared browser): the record is the check.
    let remote = resume(&lms::report(&check(&[("purpose", Answer::Done)])).suspend_data).unwrap();
    assert_eq!(
        lms::combine(None, Some(remote.clone())),
        Some(remote.clone())
    );
    assert_eq!(
        lms::combine(Some(&Assessment::new("x", T0)), Some(remote.clone())),
        Some(remote.clone())
    );
    // No record: this device's copy.
    let local = check(&[("backup", Answer::NotDone)]);
    assert_eq!(lms::combine(Some(&local), None), Some(local.clone()));

    // Both: the newer wins where both have an answer; each fills the other's gaps.
    let mut newer_remote = check(&[("purpose", Answer::Partly), ("support", Answer::Done)]);
    newer_remote.updated_at = "2026-11-24T10:00:00.000Z".into();
    let mut older_local = check(&[("purpose", Answer::Done), ("backup", Answer::NotDone)]);
    older_local.set_memo("backup", "毎週");
    let one = lms::combine(Some(&older_local), Some(newer_remote)).unwrap();
    assert_eq!(
        one.answer("purpose"),
        Some(Answer::Partly),
        "the newer's answer"
    );
    assert_eq!(one.answer("support"), Some(Answer::Done));
    assert_eq!(
        one.answer("backup"),
        Some(Answer::NotDone),
        "a gap filled from the older"
    );
    assert_eq!(one.memo("backup"), "毎週");
    assert_eq!(one.id, older_local.id);
    assert_eq!(one.updated_at, "2026-11-24T10:00:00.000Z");
    assert_eq!(one.answered_count(ids.iter().copied()), 3);

    // Taken into the device's checks: merged with the same check, or added and opened.
    let mut checks = vec![Assessment::new("other", T0), older_local.clone()];
    let mut record = older_local.clone();
    record.set_answer("service-level", Some(Answer::Done));
    assert_eq!(lms::take_in(&mut checks, record), older_local.id);
    assert_eq!(checks.len(), 2);
    let mut elsewhere = check(&[]);
    elsewhere.id = "from-the-lms".into();
    assert_eq!(lms::take_in(&mut checks, elsewhere), "from-the-lms");
    assert_eq!(checks.len(), 3);
}

#[tokio::test]
async fn inside_an_lms_the_participant_is_told_what_goes_to_the_course_and_what_went_wrong() {
    for lang in Lang::ALL {
        let t = ui(lang);
        let mut state = AppState::new(lang, Route::Start);
        state.lms_problem = Some(LmsProblem::Record { code: 101 });
        let html = yew::LocalServerRenderer::<cloud_check::ui::App>::with_props(
            cloud_check::ui::AppProps {
                initial: state,
                env: cloud_check::ui::Env {
                    lms: true,
                    ..Default::default()
                },
                focus_id: None,
                stored_texts: Default::default(),
                lms: None,
            },
        )
        .hydratable(false)
        .render()
        .await;
        let text = visible_text(&html);
        let l = lms_ui(lang).expect("native builds carry the LMS words");
        assert!(text.contains(l.lms_notice), "{lang:?}");
        assert!(text.contains(l.footer_privacy_lms));
        assert!(
            !text.contains(t.start_privacy),
            "{lang:?}: no 'never sent anywhere' inside an LMS"
        );
        assert!(text.contains(&(l.lms_problem)(LmsProblem::Record { code: 101 })));
        assert!(text.contains(l.lms_retry) && text.contains(l.lms_to_code));
        assert!(
            !text.contains(t.trainer_link),
            "no way out of the course's frame"
        );
    }
    // Outside an LMS, nothing of it.
    let html = common::render(at(Lang::Ja, Route::Start)).await;
    assert!(!visible_text(&html).contains(lms_ui(Lang::Ja).unwrap().lms_notice));
}

/// The course's report gets one interaction per item once the check is complete, and the
/// result code; after that only what changed (each write adds a record in the LMS).
#[test]
fn the_items_go_to_the_courses_report_once_complete_and_then_only_what_changed() {
    use lms::{interaction_values, interactions, interactions_to_write, Interaction};
    let ids: Vec<&str> = checklist().item_ids().collect();
    let mut partial: Vec<(&str, Answer)> = ids.iter().map(|id| (*id, Answer::Done)).collect();
    partial[9].1 = Answer::Unknown; // backup
    partial.pop();
    assert_eq!(
        interactions(&check(&partial)),
        [],
        "no interactions before the 15th answer"
    );
    partial.push((ids[14], Answer::Partly));
    let complete = check(&partial);
    let all = interactions(&complete);
    assert_eq!(all.len(), 16);
    assert_eq!(
        all[9],
        Interaction {
            id: "backup".into(),
            response: "unknown".into()
        }
    );
    assert_eq!(all[14].response, "partly");
    let code = &all[15];
    assert_eq!(code.id, lms::CODE_INTERACTION);
    assert!(code.response.starts_with("CCHK1-") && code.response.len() <= 255);
    assert_eq!(
        resume(&code.response).unwrap().answer("backup"),
        Some(Answer::Unknown)
    );

    // Everything the first time; nothing when nothing changed; then the change and the code.
    assert_eq!(interactions_to_write(&[], &all), all);
    assert_eq!(interactions_to_write(&all, &all), []);
    let mut changed = partial.clone();
    changed[9].1 = Answer::Done;
    let now = interactions(&check(&changed));
    let written = interactions_to_write(&all, &now);
    assert_eq!(
        written
            .iter()
            .map(|i| (i.id.as_str(), i.response.as_str()))
            .take(1)
            .collect::<Vec<_>>(),
        [("backup", "done")]
    );
    assert_eq!(written.len(), 2);
    assert_eq!(written[1].id, lms::CODE_INTERACTION);

    // SCORM 1.2's values, appended after what the course has.
    let values = interaction_values(&written[..1], 16, "09:30:00");
    assert_eq!(
        values,
        [
            ("cmi.interactions.16.id".to_owned(), "backup".to_owned()),
            ("cmi.interactions.16.type".to_owned(), "fill-in".to_owned()),
            (
                "cmi.interactions.16.student_response".to_owned(),
                "done".to_owned()
            ),
            (
                "cmi.interactions.16.result".to_owned(),
                "neutral".to_owned()
            ),
            ("cmi.interactions.16.time".to_owned(), "09:30:00".to_owned()),
        ]
    );
}
