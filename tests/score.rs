//! Scoring and the action plan, with every expected number worked out by hand below.
//! Points: done 4, partly 2, not done 0, don't know −1; not applicable leaves the maximum.
#![cfg(not(target_arch = "wasm32"))]

use cloud_check::content::checklist;
use cloud_check::domain::{Answer, Assessment, Level, Score};
use Answer::*;

/// An assessment answering the 15 items in order (None = unanswered).
fn answered(answers: [Option<Answer>; 15]) -> Assessment {
    let mut a = Assessment::default();
    for (item, answer) in checklist().items.iter().zip(answers) {
        a.set_answer(&item.id, answer);
    }
    a
}

fn all(answer: Answer) -> Assessment {
    answered([Some(answer); 15])
}

fn overall(a: &Assessment) -> Score {
    Score::of(a, checklist().item_ids())
}

fn section(a: &Assessment, id: &str) -> Score {
    Score::of(a, checklist().items_in(id).map(|i| i.id.as_ref()))
}

#[test]
fn all_done_scores_sixty_of_sixty() {
    let a = all(Done);
    let s = overall(&a);
    assert_eq!(
        (s.points, s.max, s.percent(), s.level()),
        (60, 60, Some(100), Some(Level::Good))
    );
    assert!(!s.is_provisional());
    // Sections of 6, 4 and 5 items: 24/24, 16/16, 20/20.
    assert_eq!((section(&a, "I").points, section(&a, "I").max), (24, 24));
    assert_eq!((section(&a, "II").points, section(&a, "II").max), (16, 16));
    assert_eq!(
        (section(&a, "III").points, section(&a, "III").max),
        (20, 20)
    );
}

#[test]
fn all_not_done_scores_zero_of_sixty() {
    let s = overall(&all(NotDone));
    assert_eq!(
        (s.points, s.max, s.percent(), s.level()),
        (0, 60, Some(0), Some(Level::Poor))
    );
    assert_eq!(s.count(NotDone), 15);
}

#[test]
fn mixed_answers_score_per_section_and_overall() {
    let a = answered([
        // I: 4 + 2 + 0 − 1 + (n/a) + 4 = 9 of 5 × 4 = 20 → 45 %
        Some(Done),
        Some(Partly),
        Some(NotDone),
        Some(Unknown),
        Some(NotApplicable),
        Some(Done),
        // II: 4 + 4 + 2 − 1 = 9 of 16 → 56.25 → 56 %
        Some(Done),
        Some(Done),
        Some(Partly),
        Some(Unknown),
        // III: 5 × 4 = 20 of 20 → 100 %
        Some(Done),
        Some(Done),
        Some(Done),
        Some(Done),
        Some(Done),
    ]);
    let (one, two, three) = (section(&a, "I"), section(&a, "II"), section(&a, "III"));
    assert_eq!(
        (one.points, one.max, one.percent(), one.level()),
        (9, 20, Some(45), Some(Level::Poor))
    );
    assert_eq!(
        (two.points, two.max, two.percent(), two.level()),
        (9, 16, Some(56), Some(Level::Fair))
    );
    assert_eq!(
        (three.points, three.max, three.percent(), three.level()),
        (20, 20, Some(100), Some(Level::Good))
    );
    // Overall: 9 + 9 + 20 = 38 of 20 + 16 + 20 = 56 → 67.86 → 68 %
    let s = overall(&a);
    assert_eq!(
        (s.points, s.max, s.percent(), s.level()),
        (38, 56, Some(68), Some(Level::Fair))
    );
    assert_eq!(
        (
            s.count(Done),
            s.count(Partly),
            s.count(NotDone),
            s.count(Unknown),
            s.count(NotApplicable)
        ),
        (9, 2, 1, 2, 1)
    );
}

#[test]
fn all_dont_know_goes_below_zero_points_but_not_below_zero_percent() {
    let s = overall(&all(Unknown));
    // 15 × −1 = −15 of 60: the percentage floors at 0.
    assert_eq!(
        (s.points, s.max, s.percent(), s.level()),
        (-15, 60, Some(0), Some(Level::Poor))
    );
}

#[test]
fn all_not_applicable_leaves_nothing_to_score() {
    let s = overall(&all(NotApplicable));
    assert_eq!(
        (s.points, s.max, s.percent(), s.level()),
        (0, 0, None, None)
    );
    assert_eq!(s.answered, 15);
    assert!(!s.is_provisional());
}

#[test]
fn partial_answers_give_a_provisional_score_over_what_was_answered() {
    let mut answers = [None; 15];
    answers[0] = Some(Done); // 4
    answers[1] = Some(Partly); // 2
    answers[7] = Some(NotDone); // 0
    let s = overall(&answered(answers));
    // 6 of 3 × 4 = 12 → 50 %, with 12 items still open.
    assert_eq!(
        (s.points, s.max, s.percent(), s.level()),
        (6, 12, Some(50), Some(Level::Fair))
    );
    assert_eq!((s.answered, s.unanswered()), (3, 12));
    assert!(s.is_provisional());
    let nothing = overall(&Assessment::default());
    assert_eq!((nothing.percent(), nothing.unanswered()), (None, 15));
}

#[test]
fn the_plan_puts_the_critical_safeguards_first_then_the_rest_by_priority_whatever_the_answer() {
    let c = checklist();
    let mut answers = [Some(Done); 15];
    answers[0] = Some(NotDone); // purpose, priority 13
    answers[8] = Some(Unknown); // authentication, priority 1, critical
    answers[9] = Some(Partly); // backup, priority 3, critical
    answers[11] = Some(NotDone); // support, priority 14
    answers[14] = Some(Unknown); // data-location, priority 8
    answers[4] = Some(Partly); // provider-trust, priority 10
    answers[12] = Some(NotApplicable); // exit-data: not in the plan
    answers[1] = None; // service-type: unanswered, not in the plan
    let a = answered(answers);
    let order: Vec<(&str, Answer, bool)> = c
        .plan(&a)
        .iter()
        .map(|s| (s.item_id, s.answer, s.critical))
        .collect();
    assert_eq!(
        order,
        [
            // わからない on sign-in comes before any 未対応: importance first; a key
            // safeguard with nothing in place before one in place in part.
            ("authentication", Unknown, true),
            ("backup", Partly, true),
            ("data-location", Unknown, false),
            ("provider-trust", Partly, false),
            ("purpose", NotDone, false),
            ("support", NotDone, false),
        ]
    );
}

/// Every item Done but the given (1-based) ones.
fn done_but(gaps: &[(usize, Answer)]) -> Assessment {
    let mut answers = [Some(Done); 15];
    for (n, answer) in gaps {
        answers[n - 1] = Some(*answer);
    }
    answered(answers)
}

#[test]
fn the_top_level_only_when_every_key_safeguard_is_done() {
    let c = checklist();
    // 14 of 15 done and one key safeguard not fully in place: 56/60 = 93 % (58/60 = 97 %
    // for 一部のみ), still not the top level, and named.
    for (n, id) in [(8, "user-scope"), (9, "authentication"), (10, "backup")] {
        for gap in [NotDone, Unknown, Partly] {
            let a = done_but(&[(n, gap)]);
            assert_eq!(
                overall(&a).level(),
                Some(Level::Good),
                "item {n} {gap:?}: 80 % or more"
            );
            let v = c.verdict(&a).expect("complete");
            assert_eq!(
                (v.level, v.open),
                (Level::Fair, vec![id]),
                "item {n} {gap:?}"
            );
        }
    }
    // Item 9 answered Done with "this service has no MFA" ticked (from a file or an older
    // save) counts as 一部のみ: not the top level.
    let mut a = done_but(&[]);
    a.entries.get_mut("authentication").unwrap().lacks_feature = true;
    assert_eq!(a.answer("authentication"), Some(Done), "stored as given");
    let v = c.verdict(&a).unwrap();
    assert_eq!((v.level, v.open), (Level::Fair, vec!["authentication"]));
    assert_eq!(overall(&c.effective(&a)).points, 58);
    // Every key safeguard done: the top level.
    let v = c.verdict(&done_but(&[(1, Partly)])).unwrap();
    assert_eq!((v.level, v.open.len()), (Level::Good, 0));
    // 12 done; 9, 8 and 10 not done: 48/60 = 80 %, yet not the top level, all three named.
    let a = done_but(&[(8, NotDone), (9, NotDone), (10, NotDone)]);
    assert_eq!(overall(&a).percent(), Some(80));
    let v = c.verdict(&a).unwrap();
    assert_eq!(v.level, Level::Fair);
    assert_eq!(v.open, ["user-scope", "authentication", "backup"]);
    // A poor result stays poor, and still names them.
    let v = c.verdict(&all(NotDone)).unwrap();
    assert_eq!((v.level, v.open.len()), (Level::Poor, 3));
    // No verdict while provisional.
    let mut partial = done_but(&[(9, NotDone)]);
    partial.set_answer("purpose", None);
    assert_eq!(c.verdict(&partial), None);
}

#[test]
fn ticking_no_mfa_takes_done_off_item_9() {
    // The reducer's rule, in the domain: ticked, 確認・対応済み becomes 一部のみ, and stays so.
    let mut a = done_but(&[]);
    a.set_lacks_feature("authentication", true);
    assert_eq!(a.answer("authentication"), Some(Partly));
    a.set_answer("authentication", Some(Done));
    assert_eq!(a.answer("authentication"), Some(Partly));
    a.set_lacks_feature("authentication", false);
    a.set_answer("authentication", Some(Done));
    assert_eq!(a.answer("authentication"), Some(Done));
}
