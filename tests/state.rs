//! The reducer with several checks: what each action changes, and what it leaves alone.
#![cfg(not(target_arch = "wasm32"))]

use cloud_check::domain::{Answer, Assessment, Lang, Sender};
use cloud_check::persist::SaveProblem;
use cloud_check::route::Route;
use cloud_check::state::{Action, AppState, Notice};

const T0: &str = "2026-11-23T09:00:00.000Z";
const T1: &str = "2026-11-23T09:05:00.000Z";

fn answer(item: &str, a: Answer) -> Action {
    Action::SetAnswer {
        item: item.into(),
        answer: Some(a),
    }
}

fn start() -> AppState {
    AppState::restore(Lang::Ja, Route::Start, Vec::new(), None, "first", T0)
}

#[test]
fn a_first_visit_has_one_blank_current_check() {
    let s = start();
    assert_eq!(s.assessments.len(), 1);
    assert_eq!(s.current, "first");
    assert!(s.current().is_empty());
    assert_eq!(s.current().created_at, T0);
}

#[test]
fn restore_keeps_the_saved_current_check_or_falls_back_to_the_latest_change() {
    let mut older = Assessment::new("old", "2025-11-01T00:00:00.000Z");
    older.set_service_name("会計ソフト");
    let mut newer = Assessment::new("new", "2026-01-01T00:00:00.000Z");
    newer.updated_at = "2026-11-01T00:00:00.000Z".into();
    let both = vec![newer.clone(), older.clone()];
    let s = AppState::restore(
        Lang::En,
        Route::Overview,
        both.clone(),
        Some("old"),
        "x",
        T0,
    );
    assert_eq!(s.current, "old");
    assert_eq!(s.assessments[0].id, "old", "oldest first");
    let s = AppState::restore(Lang::En, Route::Overview, both, Some("gone"), "x", T0);
    assert_eq!(s.current, "new");
}

#[test]
fn edits_go_to_the_current_check_and_stamp_it_only_when_something_changed() {
    let s = start().reduce(answer("backup", Answer::Done), T1);
    assert_eq!(s.current().answer("backup"), Some(Answer::Done));
    assert_eq!(s.current().updated_at, T1);
    let same = s.reduce(answer("backup", Answer::Done), "2026-12-01T00:00:00.000Z");
    assert_eq!(same.current().updated_at, T1, "no change, no new timestamp");
    let looked = s.reduce(Action::Navigate(Route::Results), "2026-12-01T00:00:00.000Z");
    assert_eq!(looked.current().updated_at, T1);
}

#[test]
fn a_new_check_becomes_current_and_the_old_one_is_untouched() {
    let s = start()
        .reduce(answer("backup", Answer::Done), T1)
        .reduce(Action::Navigate(Route::Assessments), T1);
    let s = s.reduce(
        Action::StartNew {
            id: "second".into(),
        },
        T1,
    );
    assert_eq!(s.assessments.len(), 2);
    assert_eq!(s.current, "second");
    assert_eq!(
        s.route,
        Route::Start,
        "a new check opens on its start screen"
    );
    assert!(s.current().is_empty());
    let s = s.reduce(answer("backup", Answer::NotDone), T1);
    assert_eq!(
        s.find("first").unwrap().answer("backup"),
        Some(Answer::Done)
    );
    let s = s
        .reduce(Action::Navigate(Route::Assessments), T1)
        .reduce(Action::Open { id: "first".into() }, T1);
    assert_eq!(s.current().answer("backup"), Some(Answer::Done));
    assert_eq!(
        s.route,
        Route::Start,
        "an opened check shows its start screen"
    );
    let s = s
        .reduce(Action::Navigate(Route::Assessments), T1)
        .reduce(Action::Open { id: "nope".into() }, T1);
    assert_eq!(s.current, "first", "an unknown id changes nothing");
    assert_eq!(s.route, Route::Assessments);
}

#[test]
fn checking_another_service_from_the_start_screen_never_renames_the_open_check() {
    let s = start()
        .reduce(Action::SetServiceName("会計ソフト".into()), T0)
        .reduce(answer("backup", Answer::Done), T0)
        .reduce(Action::Navigate(Route::Start), T1)
        .reduce(
            Action::StartAnother {
                id: "second".into(),
                name: "  Google Workspace\n".into(),
            },
            T1,
        );
    assert_eq!(s.assessments.len(), 2);
    assert_eq!(s.current, "second");
    assert_eq!(
        s.current().service_name,
        "Google Workspace",
        "named as any name is (one line, trimmed)"
    );
    assert_eq!(
        s.route,
        Route::Item(1),
        "the new check opens at its first item"
    );
    assert_eq!(s.current().answered_count(["backup"]), 0);
    let first = s.find("first").unwrap();
    assert_eq!(
        first.service_name, "会計ソフト",
        "the finished check keeps its name"
    );
    assert_eq!(
        first.answer("backup"),
        Some(Answer::Done),
        "and its answers"
    );
    // Twice over: a third service, and the first is still untouched.
    let s = s.reduce(Action::Navigate(Route::Start), T1).reduce(
        Action::StartAnother {
            id: "third".into(),
            name: String::new(),
        },
        T1,
    );
    assert_eq!(s.assessments.len(), 3);
    assert_eq!(s.current().service_name, "");
    assert_eq!(s.find("first").unwrap().service_name, "会計ソフト");
    assert_eq!(s.find("second").unwrap().service_name, "Google Workspace");
}

#[test]
fn rename_and_duplicate_for_next_years_recheck() {
    let s = start()
        .reduce(answer("backup", Answer::Partly), T0)
        .reduce(
            Action::Rename {
                id: "first".into(),
                name: "  会計ソフト ".into(),
            },
            T0,
        )
        .reduce(
            Action::Duplicate {
                id: "first".into(),
                new_id: "copy".into(),
                name: "会計ソフト 2027".into(),
            },
            T1,
        );
    assert_eq!(s.find("first").unwrap().service_name, "会計ソフト");
    let copy = s.find("copy").unwrap();
    assert_eq!(copy.service_name, "会計ソフト 2027");
    assert_eq!(copy.answer("backup"), Some(Answer::Partly));
    assert_eq!((copy.created_at.as_str(), s.current.as_str()), (T1, "copy"));
}

#[test]
fn delete_can_be_undone_and_the_last_check_is_replaced_by_a_blank_one() {
    let s = start()
        .reduce(
            Action::Rename {
                id: "first".into(),
                name: "Microsoft 365".into(),
            },
            T0,
        )
        .reduce(
            Action::Delete {
                id: "first".into(),
                fresh_id: "fresh".into(),
            },
            T1,
        );
    assert_eq!(s.assessments.len(), 1);
    assert_eq!(s.current, "fresh");
    assert_eq!(
        s.notice,
        Some(Notice::Deleted {
            name: "Microsoft 365".into()
        })
    );
    let back = s.reduce(Action::UndoDelete, T1);
    assert_eq!(back.current().service_name, "Microsoft 365");
    // Said, so that the focus that was on the undo button has a message to go to.
    assert_eq!(
        back.notice,
        Some(Notice::Restored {
            name: "Microsoft 365".into()
        })
    );
    assert_eq!(back.assessments.len(), 2);
}

#[test]
fn import_adds_under_new_ids_and_replace_keeps_the_target_id() {
    let mut from_file = Assessment::new("k3j9x0a1b2c3", "2026-11-20T01:00:00.000Z");
    from_file.set_service_name("会計ソフト");
    from_file.set_answer("purpose", Some(Answer::Done));
    let s = start().reduce(
        Action::ImportAsNew {
            assessments: vec![from_file.clone()],
            new_ids: vec!["imported".into()],
        },
        T1,
    );
    assert_eq!(s.assessments.len(), 2);
    assert_eq!(s.current, "imported");
    assert_eq!(s.current().answer("purpose"), Some(Answer::Done));
    assert_eq!(
        s.current().created_at,
        "2026-11-20T01:00:00.000Z",
        "dates come from the file"
    );
    assert_eq!(s.notice, Some(Notice::Imported { count: 1 }));

    let r = start().reduce(
        Action::Replace {
            target: "first".into(),
            with: from_file,
        },
        T1,
    );
    assert_eq!(r.assessments.len(), 1);
    assert_eq!(r.current().id, "first");
    assert_eq!(r.current().service_name, "会計ソフト");
    assert_eq!(r.current().updated_at, T1);
}

#[test]
fn another_tabs_changes_arrive_and_deletions_never_leave_nothing() {
    let s = start();
    let mut theirs = s.current().clone();
    theirs.set_answer("support", Some(Answer::Unknown));
    let base = s.current().clone();
    let s = s.reduce(
        Action::External {
            id: "first".into(),
            assessment: Some(theirs.clone()),
            base: Some(base),
        },
        T1,
    );
    assert_eq!(s.current(), &theirs);
    let mut other = Assessment::new("other-tab", T1);
    other.set_service_name("オンラインストレージ");
    let s = s.reduce(
        Action::External {
            id: "other-tab".into(),
            assessment: Some(other),
            base: None,
        },
        T1,
    );
    assert_eq!(s.assessments.len(), 2);
    assert_eq!(s.current, "first", "their new check does not steal focus");
    let s = s.reduce(
        Action::External {
            id: "first".into(),
            assessment: None,
            base: None,
        },
        T1,
    );
    assert_eq!(s.assessments.len(), 1);
    assert_eq!(s.current, "other-tab");
    // The check open here was deleted there: not silently, and it can come back.
    assert_eq!(
        s.notice,
        Some(Notice::DeletedElsewhere {
            name: String::new()
        })
    );
    let s = s.reduce(Action::UndoDelete, T1);
    assert_eq!(s.current, "first");
    assert_eq!(s.current().answer("support"), Some(Answer::Unknown));
}

#[test]
fn two_tabs_editing_one_check_keep_both_answers() {
    // Both tabs start from the stored version; each answers a different item, and this tab
    // is typing a memo while the other tab's save arrives.
    let s = start().reduce(answer("backup", Answer::Partly), T0);
    let stored = s.current().clone();
    let s = s.reduce(answer("support", Answer::Done), T1).reduce(
        Action::SetMemo {
            item: "backup".into(),
            memo: "NAS に週1回".into(),
        },
        T1,
    );
    let mut theirs = stored.clone();
    theirs.set_answer("authentication", Some(Answer::Done));
    theirs.set_memo("backup", "NAS");
    let s = s.reduce(
        Action::External {
            id: "first".into(),
            assessment: Some(theirs),
            base: Some(stored),
        },
        T1,
    );
    let a = s.current();
    assert_eq!(a.answer("support"), Some(Answer::Done), "ours kept");
    assert_eq!(
        a.answer("authentication"),
        Some(Answer::Done),
        "theirs kept"
    );
    assert_eq!(a.answer("backup"), Some(Answer::Partly));
    assert_eq!(
        a.memo("backup"),
        "NAS に週1回",
        "the memo being typed loses nothing"
    );
}

#[test]
fn save_problems_are_kept_until_a_save_works() {
    let s = start().reduce(Action::Saved(Some(SaveProblem::Full)), T0);
    assert_eq!(s.save_problem, Some(SaveProblem::Full));
    assert_eq!(s.reduce(Action::Saved(None), T0).save_problem, None);
}

#[test]
fn after_deleting_all_data_nothing_is_saved_until_the_user_acts() {
    let s = start().reduce(answer("backup", Answer::Done), T0).reduce(
        Action::DataDeleted {
            keys: vec!["ipa-cloud-check:v1:settings".into()],
            fresh_id: "fresh".into(),
        },
        T1,
    );
    assert!(s.hold_saving);
    assert_eq!(s.assessments.len(), 1);
    assert!(s.current().is_empty());
    assert!(matches!(&s.notice, Some(Notice::DataDeleted { keys }) if keys.len() == 1));
    assert!(
        s.reduce(Action::Navigate(Route::Start), T1).hold_saving,
        "looking around saves nothing"
    );
    assert!(!s.reduce(answer("backup", Answer::Done), T1).hold_saving);
}

#[test]
fn deleting_all_data_here_or_in_another_tab_forgets_the_sender_and_everything_else() {
    let mut filled = start()
        .reduce(answer("backup", Answer::Done), T0)
        .reduce(
            Action::SetSender(Sender {
                company: "株式会社サンプル".into(),
                person: "山田".into(),
                contact: "yamada@example.jp".into(),
            }),
            T0,
        )
        .reduce(Action::Exported(T0.into()), T0);
    filled.incoming_code = Some("CCHK1-X".into());
    let current = filled.current.clone();
    filled = filled.reduce(
        Action::Delete {
            id: current,
            fresh_id: "g".into(),
        },
        T0,
    );
    assert!(filled.deleted.is_some());
    for action in [
        Action::DataDeleted {
            keys: vec![],
            fresh_id: "fresh".into(),
        },
        Action::DataDeletedElsewhere {
            fresh_id: "fresh".into(),
        },
    ] {
        let s = filled.reduce(action, T1);
        assert!(s.sender.is_empty(), "the letter's sender goes");
        assert_eq!(s.last_export, None);
        assert_eq!(s.deleted, None, "nothing to bring back");
        assert_eq!(s.incoming_code, None);
        assert_eq!(s.assessments.len(), 1);
        assert!(s.current().is_empty());
        assert!(s.hold_saving);
        // Switching the language writes nothing of what was.
        let after = s.reduce(Action::SetLang(Lang::En), T1);
        assert!(after.sender.is_empty() && after.current().is_empty());
    }
    assert_eq!(
        filled
            .reduce(
                Action::DataDeletedElsewhere {
                    fresh_id: "f".into()
                },
                T1
            )
            .notice,
        Some(Notice::DataDeletedElsewhere)
    );
}

#[test]
fn autosaves_merge_is_taken_in_without_undoing_what_changed_here_since() {
    let mut s = start();
    s = s.reduce(answer("purpose", Answer::Done), T0);
    let from = s.current().clone();
    // Another tab answered item 9 meanwhile; autosave stored the merge of both.
    let mut merged = from.clone();
    merged.set_answer("authentication", Some(Answer::Partly));

    let taken = s.reduce(
        Action::Merged {
            merged: merged.clone(),
            from: from.clone(),
        },
        T1,
    );
    assert_eq!(*taken.current(), merged, "taken in as it is");
    assert!(Action::Merged {
        merged: merged.clone(),
        from: from.clone()
    }
    .is_passive());

    // Something changed here before the merge arrived: it stays, and so does theirs.
    let edited = s.reduce(answer("backup", Answer::NotDone), T1);
    let after = edited.reduce(
        Action::Merged {
            merged: merged.clone(),
            from: from.clone(),
        },
        T1,
    );
    assert_eq!(after.current().answer("backup"), Some(Answer::NotDone));
    assert_eq!(
        after.current().answer("authentication"),
        Some(Answer::Partly)
    );
    assert_eq!(after.current().answer("purpose"), Some(Answer::Done));

    // A check deleted here meanwhile is not brought back by its merge.
    let id = s.current.clone();
    let deleted = s.reduce(
        Action::Delete {
            id: id.clone(),
            fresh_id: "fresh".into(),
        },
        T1,
    );
    let after = deleted.reduce(Action::Merged { merged, from }, T1);
    assert!(after.find(&id).is_none());
}
