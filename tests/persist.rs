//! What is kept on the device, natively: the load plan (migration, set-aside), autosave's
//! plan (only what changed, removals, settings, the hold after "delete all"), other tabs'
//! changes, the stored-data list and "delete all" — each carried out on an in-memory
//! storage the way `platform::storage` carries them out in the browser.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use cloud_check::content::checklist;
use cloud_check::domain::format;
use cloud_check::domain::{Answer, Assessment, Lang, Sender};
use cloud_check::persist::{
    self, external_change, our_keys, plan_delete_all, plan_load, Area, Autosave, Op, SaveProblem,
    Snapshot,
};

const NOW: &str = "2026-11-23T09:00:00.000Z";
static NO_SENDER: Sender = Sender {
    company: String::new(),
    person: String::new(),
    contact: String::new(),
};

fn known() -> Vec<&'static str> {
    checklist().item_ids().collect()
}

fn sample(id: &str, name: &str) -> Assessment {
    let mut a = Assessment::new(id, NOW);
    a.set_service_name(name);
    a.set_answer("backup", Some(Answer::Partly));
    a.set_memo("backup", "NAS に週1回");
    a
}

/// localStorage, in memory; `refuse` makes every write fail as a full one does.
#[derive(Default)]
struct Memory {
    map: BTreeMap<String, String>,
    refuse: Option<SaveProblem>,
}

impl Memory {
    fn with(pairs: &[(&str, &str)]) -> Memory {
        Memory {
            map: pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            refuse: None,
        }
    }

    fn entries(&self) -> Vec<(String, String)> {
        self.map
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    fn apply(&mut self, op: &Op) -> Result<(), SaveProblem> {
        let writable = |m: &Memory| m.refuse.map_or(Ok(()), Err);
        match op {
            Op::Set { key, value } => {
                writable(self)?;
                self.map.insert(key.clone(), value.clone());
            }
            Op::Remove { key } => {
                self.map.remove(key);
            }
            Op::SetAside { from, to, value } => {
                writable(self)?;
                self.map.insert(to.clone(), value.clone());
                self.map.remove(from);
            }
        }
        Ok(())
    }

    fn keys(&self) -> Vec<&str> {
        self.map.keys().map(String::as_str).collect()
    }
}

/// Loads as the app's root does: plan, then carry out.
fn load(area: &Area, storage: &mut Memory) -> persist::Loaded {
    let (mut loaded, ops) = plan_load(area, &storage.entries(), &known(), NOW);
    for op in &ops {
        if storage.apply(op).is_err() {
            loaded.failed(op);
        }
    }
    loaded
}

/// One autosave run as the root does it; returns the problem it reports, if any, and how
/// many changes it made.
fn autosave(
    saver: &mut Autosave,
    area: &Area,
    storage: &mut Memory,
    now: Snapshot,
) -> (Option<SaveProblem>, usize) {
    let mut problem = None;
    let mut made = 0;
    let plan = saver.plan(area, now, checklist().stamp(), &known(), |k| {
        storage.map.get(k).cloned()
    });
    if !plan.blocked.is_empty() {
        problem = Some(SaveProblem::OtherVersion);
    }
    for step in plan.steps {
        match storage.apply(&step.op) {
            Ok(()) => {
                made += 1;
                saver.done(step);
            }
            Err(p) => problem = Some(p),
        }
    }
    (problem, made)
}

fn snapshot<'a>(assessments: &'a [Assessment], lang: Lang, current: &'a str) -> Snapshot<'a> {
    Snapshot {
        assessments,
        lang,
        current,
        last_export: None,
        sender: &NO_SENDER,
        hold: false,
    }
}

#[test]
fn what_autosave_writes_loads_back_exactly() {
    let area = Area::new(None);
    let mut storage = Memory::default();
    let checks = vec![sample("abc123", "会計ソフト"), sample("def456", "")];
    let (problem, _) = autosave(
        &mut Autosave::default(),
        &area,
        &mut storage,
        snapshot(&checks, Lang::En, "def456"),
    );
    assert_eq!(problem, None);
    assert_eq!(
        storage.keys(),
        [
            "ipa-cloud-check:v1:assessment:abc123",
            "ipa-cloud-check:v1:assessment:def456",
            "ipa-cloud-check:v1:settings",
        ]
    );
    let loaded = load(&area, &mut storage);
    assert_eq!(loaded.assessments, checks);
    assert_eq!(loaded.lang, Some(Lang::En));
    assert_eq!(loaded.current.as_deref(), Some("def456"));
    assert!(loaded.set_aside.is_empty() && loaded.problem.is_none());
}

#[test]
fn autosave_writes_only_what_changed_and_removes_what_is_gone() {
    let area = Area::new(None);
    let mut storage = Memory::default();
    let mut saver = Autosave::default();
    let mut checks = vec![sample("a", "会計ソフト"), sample("b", "ストレージ")];
    autosave(
        &mut saver,
        &area,
        &mut storage,
        snapshot(&checks, Lang::Ja, "a"),
    );
    let before_b = storage.map["ipa-cloud-check:v1:assessment:b"].clone();

    // One answer in one check: that check and the settings, nothing else.
    checks[0].set_answer("purpose", Some(Answer::Done));
    let plan = saver.plan(
        &area,
        snapshot(&checks, Lang::Ja, "a"),
        checklist().stamp(),
        &known(),
        |k| storage.map.get(k).cloned(),
    );
    let keys: Vec<&Op> = plan.steps.iter().map(|s| &s.op).collect();
    assert!(matches!(keys[..], [Op::Set { .. }, Op::Set { .. }]));
    autosave(
        &mut saver,
        &area,
        &mut storage,
        snapshot(&checks, Lang::Ja, "a"),
    );
    assert_eq!(storage.map["ipa-cloud-check:v1:assessment:b"], before_b);
    assert_eq!(
        persist::decode(&storage.map["ipa-cloud-check:v1:assessment:a"], &known()),
        Ok(checks[0].clone())
    );

    // A deleted check is removed from storage.
    checks.remove(1);
    autosave(
        &mut saver,
        &area,
        &mut storage,
        snapshot(&checks, Lang::Ja, "a"),
    );
    assert!(!storage.map.contains_key("ipa-cloud-check:v1:assessment:b"));

    // A check emptied of everything is not worth keeping.
    checks[0] = Assessment::new("a", NOW);
    autosave(
        &mut saver,
        &area,
        &mut storage,
        snapshot(&checks, Lang::Ja, "a"),
    );
    assert!(
        storage.keys().is_empty(),
        "nothing worth remembering: {:?}",
        storage.keys()
    );
}

#[test]
fn a_failed_write_is_reported_and_tried_again_next_time() {
    let area = Area::new(None);
    let mut storage = Memory::default();
    let mut saver = Autosave::default();
    let checks = vec![sample("a", "会計ソフト")];
    storage.refuse = Some(SaveProblem::Full);
    let (problem, _) = autosave(
        &mut saver,
        &area,
        &mut storage,
        snapshot(&checks, Lang::Ja, "a"),
    );
    assert_eq!(problem, Some(SaveProblem::Full));
    assert!(storage.keys().is_empty());
    storage.refuse = None;
    let (problem, _) = autosave(
        &mut saver,
        &area,
        &mut storage,
        snapshot(&checks, Lang::Ja, "a"),
    );
    assert_eq!(problem, None);
    assert_eq!(load(&area, &mut storage).assessments, checks);
}

#[test]
fn after_delete_all_nothing_is_written_until_the_user_acts_even_in_english() {
    let area = Area::new(None);
    let mut storage = Memory::default();
    let mut saver = Autosave::default();
    let checks = vec![sample("a", "会計ソフト")];
    autosave(
        &mut saver,
        &area,
        &mut storage,
        snapshot(&checks, Lang::En, "a"),
    );
    assert_eq!(storage.keys().len(), 2);

    // "Delete all my data": every key of the area goes, and the app holds one fresh check.
    let ops = plan_delete_all(&storage.entries(), NOW);
    for op in &ops {
        storage.apply(op).unwrap();
    }
    assert!(storage.keys().is_empty());
    let fresh = vec![Assessment::new("fresh", NOW)];
    let held = Snapshot {
        hold: true,
        ..snapshot(&fresh, Lang::En, "fresh")
    };
    // English would otherwise be remembered in the settings, but the user asked for nothing.
    assert!(
        saver.plan(&area, held, checklist().stamp(), &known(), |_| None)
            == persist::Plan::default()
    );
    assert_eq!(autosave(&mut saver, &area, &mut storage, held).1, 0);
    assert!(storage.keys().is_empty());

    // The user's next action: the removed check is not written back, the language is.
    autosave(
        &mut saver,
        &area,
        &mut storage,
        snapshot(&fresh, Lang::En, "fresh"),
    );
    assert_eq!(storage.keys(), ["ipa-cloud-check:v1:settings"]);
    assert_eq!(load(&area, &mut storage).lang, Some(Lang::En));
    assert!(load(&area, &mut storage).assessments.is_empty());
}

#[test]
fn the_first_releases_language_key_is_folded_into_settings_and_removed() {
    let area = Area::new(None);
    let mut storage = Memory::with(&[("ipa-cloud-check:lang", "en-US")]);
    let loaded = load(&area, &mut storage);
    assert_eq!(loaded.lang, Some(Lang::En));
    assert!(storage.keys().is_empty());
    // Settings win over the old key; a namespaced area never touches it.
    let mut storage = Memory::with(&[
        ("ipa-cloud-check:lang", "en"),
        ("ipa-cloud-check:v1:settings", r#"{"lang":"ja"}"#),
    ]);
    assert_eq!(load(&Area::new(Some("course-a")), &mut storage).lang, None);
    assert_eq!(storage.keys().len(), 2);
    assert_eq!(load(&area, &mut storage).lang, Some(Lang::Ja));
}

#[test]
fn settings_are_read_field_by_field_and_damaged_ones_fall_back_to_the_old_key() {
    use cloud_check::persist::Settings;
    // A language this version does not speak (a newer version's) leaves the rest usable.
    let newer = Settings::read(
        r#"{"lang":"fr","current":"abc","last_export":"2026-11-20T08:00:00.000Z","extra":1}"#,
    );
    assert_eq!(newer.lang, None);
    assert_eq!(newer.current.as_deref(), Some("abc"));
    assert_eq!(
        newer.last_export.as_deref(),
        Some("2026-11-20T08:00:00.000Z")
    );
    for odd in [
        "{",
        "null",
        r#"["en"]"#,
        r#"{"lang":5}"#,
        r#"{"lang":"EN"}"#,
        "",
    ] {
        assert_eq!(Settings::read(odd).lang, None, "{odd}");
    }
    assert_eq!(Settings::read(r#"{"current":7}"#).current, None);
    // Damaged settings beside the first release's key: the key still says English (the
    // boot script decides the same: page/test/contract.test.mjs).
    let mut storage = Memory::with(&[
        ("ipa-cloud-check:lang", "en"),
        ("ipa-cloud-check:v1:settings", "{"),
    ]);
    assert_eq!(load(&Area::new(None), &mut storage).lang, Some(Lang::En));
    let mut storage = Memory::with(&[
        ("ipa-cloud-check:lang", "en"),
        (
            "ipa-cloud-check:v1:settings",
            r#"{"lang":"fr","current":"x"}"#,
        ),
    ]);
    let loaded = load(&Area::new(None), &mut storage);
    assert_eq!(
        (loaded.lang, loaded.current.as_deref()),
        (Some(Lang::En), Some("x"))
    );
}

#[test]
fn unreadable_data_is_set_aside_untouched_and_the_rest_loads() {
    let area = Area::new(None);
    let good = sample("good1", "会計ソフト");
    let good_text = persist::encode(&good, checklist().stamp(), Lang::Ja);
    let broken = r#"{"format": "ipa-cloud-check", trunc"#;
    // A valid check filed under another id is not that id's check either.
    let misfiled = persist::encode(&sample("other", "x"), checklist().stamp(), Lang::Ja);
    let mut storage = Memory::with(&[
        ("ipa-cloud-check:v1:assessment:good1", &good_text),
        ("ipa-cloud-check:v1:assessment:bad1", broken),
        ("ipa-cloud-check:v1:assessment:bad2", &misfiled),
        ("ipa-cloud-check:v1:settings", "not json"),
        ("someone-else", "left alone"),
    ]);
    let loaded = load(&area, &mut storage);
    assert_eq!(loaded.assessments, vec![good]);
    assert_eq!(loaded.lang, None, "unreadable settings are simply not used");
    let aside = format!("ipa-cloud-check:v1:corrupt:{NOW}:ipa-cloud-check:v1:assessment:bad1");
    assert_eq!(loaded.set_aside.len(), 2);
    assert_eq!(loaded.set_aside[0], aside);
    assert_eq!(storage.map[&aside], broken);
    assert!(!storage
        .map
        .contains_key("ipa-cloud-check:v1:assessment:bad1"));
    assert_eq!(storage.map["someone-else"], "left alone");
    // Set-aside data is listed as the area's own, so the user sees it and can delete it.
    assert!(our_keys(&area, &storage.entries())
        .iter()
        .any(|(k, _)| *k == aside));
}

#[test]
fn a_check_kept_under_a_foreign_id_moves_to_the_id_it_now_reads_with_and_nothing_is_lost() {
    // 0.2.0 took any id from a file; such a check now reads with an id of the app's shape.
    let area = Area::new(None);
    let odd = "a b\r\nc";
    let text = persist::encode(&sample(odd, "会計ソフト"), checklist().stamp(), Lang::Ja);
    let key = format!("ipa-cloud-check:v1:assessment:{odd}");
    let mut storage = Memory::with(&[(&key, &text)]);
    let loaded = load(&area, &mut storage);
    let id = cloud_check::domain::text::checked_id(odd);
    assert_eq!(loaded.assessments.len(), 1);
    assert_eq!(loaded.assessments[0].id, id);
    assert_eq!(loaded.assessments[0].memo("backup"), "NAS に週1回");
    assert!(loaded.set_aside.is_empty(), "not reported as damaged");
    assert_eq!(
        storage.keys(),
        [format!("ipa-cloud-check:v1:assessment:{id}").as_str()]
    );
    // And the next load finds it where it now is.
    assert_eq!(load(&area, &mut storage).assessments[0].id, id);
}

#[test]
fn data_that_cannot_be_copied_aside_stays_where_it_is_and_is_not_reported_moved() {
    let area = Area::new(None);
    let mut storage = Memory::with(&[("ipa-cloud-check:v1:assessment:bad1", "garbage")]);
    storage.refuse = Some(SaveProblem::Full);
    let loaded = load(&area, &mut storage);
    assert!(loaded.set_aside.is_empty());
    assert_eq!(storage.map["ipa-cloud-check:v1:assessment:bad1"], "garbage");
}

#[test]
fn another_tabs_change_is_read_for_this_area_only() {
    let area = Area::new(None);
    let a = sample("abc", "会計ソフト");
    let text = persist::encode(&a, checklist().stamp(), Lang::Ja);
    let saved = external_change(
        &area,
        "ipa-cloud-check:v1:assessment:abc",
        Some(&text),
        &known(),
    );
    assert_eq!(
        saved.map(|c| (c.id, c.assessment)),
        Some(("abc".into(), Some(a)))
    );
    let deleted = external_change(&area, "ipa-cloud-check:v1:assessment:abc", None, &known());
    assert_eq!(deleted.map(|c| c.assessment), Some(None));
    assert_eq!(
        external_change(&area, "ipa-cloud-check:v1:settings", Some("{}"), &known()),
        None
    );
    assert_eq!(
        external_change(
            &Area::new(Some("b")),
            "ipa-cloud-check:v1:assessment:abc",
            Some(&text),
            &known()
        ),
        None,
        "another namespace's checks are not ours"
    );
    assert_eq!(
        external_change(
            &area,
            "ipa-cloud-check:v1:assessment:abc",
            Some("broken"),
            &known()
        ),
        None
    );
}

#[test]
fn the_stored_data_list_covers_this_area_and_delete_all_every_area_of_this_tool() {
    let area = Area::new(Some("course-a"));
    let mut storage = Memory::with(&[
        ("ipa-cloud-check:ns:course-a:v1:assessment:x", "12345"),
        ("ipa-cloud-check:ns:course-a:v1:settings", "日本語"),
        ("ipa-cloud-check:ns:course-b:v1:settings", "{}"),
        ("ipa-cloud-check:ns:lms-3f9a:v1:assessment:y", "{}"),
        (
            "ipa-cloud-check:v1:settings",
            r#"{"sender":{"company":"株式会社サンプル"}}"#,
        ),
        (
            "ipa-cloud-check:v1:corrupt:2026:ipa-cloud-check:v1:assessment:z",
            "x",
        ),
        ("ipa-cloud-check:trainer:v1:course", "{}"),
        ("ipa-cloud-check:lang", "ja"),
        ("another-app:settings", "kept"),
        ("ipa-cloud-check-other", "kept"),
    ]);
    assert_eq!(
        our_keys(&area, &storage.entries()),
        [
            ("ipa-cloud-check:ns:course-a:v1:assessment:x".to_owned(), 5),
            ("ipa-cloud-check:ns:course-a:v1:settings".to_owned(), 3),
        ]
    );
    // The default area owns the first release's key too.
    let default_keys: Vec<String> = our_keys(&Area::new(None), &storage.entries())
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(
        default_keys,
        [
            "ipa-cloud-check:lang",
            "ipa-cloud-check:v1:corrupt:2026:ipa-cloud-check:v1:assessment:z",
            "ipa-cloud-check:v1:settings"
        ]
    );
    // What the list does not show, it counts: the other areas' keys of this tool.
    assert_eq!(persist::other_areas_keys(&area, &storage.entries()), 6);
    // Delete all, from any area: the others hear the marker first, then every key of this
    // tool goes (the sender's settings, other courses, an LMS activity, the trainer's
    // page), then the marker; nothing of anyone else's.
    let ops = plan_delete_all(&storage.entries(), NOW);
    assert_eq!(
        ops.first(),
        Some(&Op::Set {
            key: persist::DELETED_ALL_KEY.to_owned(),
            value: NOW.to_owned()
        })
    );
    assert!(persist::deleted_all_elsewhere(
        persist::DELETED_ALL_KEY,
        Some(NOW)
    ));
    assert!(!persist::deleted_all_elsewhere(
        persist::DELETED_ALL_KEY,
        None
    ));
    assert!(!persist::deleted_all_elsewhere(
        "ipa-cloud-check:v1:settings",
        Some("{}")
    ));
    for op in &ops {
        storage.apply(op).unwrap();
    }
    assert_eq!(
        storage.keys(),
        ["another-app:settings", "ipa-cloud-check-other"]
    );
    assert_eq!(ops.len(), 8 + 2);
}

/// A record as a newer build writes it: a format version this build does not know.
fn from_a_newer_build(id: &str) -> String {
    persist::encode(&sample(id, "新しい版"), checklist().stamp(), Lang::Ja).replace(
        "\"format_version\":1",
        &format!("\"format_version\":{}", format::FORMAT_VERSION + 1),
    )
}

#[test]
fn a_check_a_newer_build_wrote_is_left_in_place_named_and_never_overwritten() {
    let area = Area::new(None);
    let newer = from_a_newer_build("n1");
    let unknown_item = persist::encode(&sample("n2", "x"), checklist().stamp(), Lang::Ja)
        .replace("\"backup\"", "\"ai-usage\"");
    let mut storage = Memory::with(&[
        ("ipa-cloud-check:v1:assessment:n1", &newer),
        ("ipa-cloud-check:v1:assessment:n2", &unknown_item),
    ]);
    let loaded = load(&area, &mut storage);
    assert!(loaded.assessments.is_empty());
    assert!(loaded.set_aside.is_empty(), "not moved under corrupt:");
    assert_eq!(
        loaded.other_version,
        [
            "ipa-cloud-check:v1:assessment:n1",
            "ipa-cloud-check:v1:assessment:n2"
        ]
    );
    assert_eq!(
        storage.map["ipa-cloud-check:v1:assessment:n1"], newer,
        "untouched"
    );
}

#[test]
fn a_stale_tab_does_not_overwrite_what_a_newer_build_stored_meanwhile() {
    let area = Area::new(None);
    let mut storage = Memory::default();
    let mut checks = vec![sample("a", "会計ソフト")];
    let mut stale = Autosave::default();
    autosave(
        &mut stale,
        &area,
        &mut storage,
        snapshot(&checks, Lang::Ja, "a"),
    );
    // A newer build, in another tab, stores the same check in its own format.
    let newer = from_a_newer_build("a");
    storage
        .map
        .insert("ipa-cloud-check:v1:assessment:a".into(), newer.clone());
    // The stale tab edits its copy: it must not write over the newer one.
    checks[0].set_answer("support", Some(Answer::Done));
    let (problem, _) = autosave(
        &mut stale,
        &area,
        &mut storage,
        snapshot(&checks, Lang::Ja, "a"),
    );
    assert_eq!(problem, Some(SaveProblem::OtherVersion));
    assert_eq!(storage.map["ipa-cloud-check:v1:assessment:a"], newer);
}

#[test]
fn two_editors_of_one_check_merge_instead_of_overwriting() {
    // Two tabs (or two embeds with one namespace) loaded the same check.
    let area = Area::new(None);
    let mut storage = Memory::default();
    let start = vec![sample("a", "会計ソフト")];
    autosave(
        &mut Autosave::default(),
        &area,
        &mut storage,
        snapshot(&start, Lang::Ja, "a"),
    );
    let (loaded_a, loaded_b) = (load(&area, &mut storage), load(&area, &mut storage));
    let mut tab_a = Autosave::primed(&loaded_a.assessments, &loaded_a.texts);
    let mut tab_b = Autosave::primed(&loaded_b.assessments, &loaded_b.texts);

    // A answers one item and saves; B answers another before hearing of A's save.
    let mut a = loaded_a.assessments.clone();
    a[0].set_answer("support", Some(Answer::Done));
    autosave(&mut tab_a, &area, &mut storage, snapshot(&a, Lang::Ja, "a"));
    let mut b = loaded_b.assessments.clone();
    b[0].set_answer("authentication", Some(Answer::Done));
    let plan = tab_b.plan(
        &area,
        snapshot(&b, Lang::Ja, "a"),
        checklist().stamp(),
        &known(),
        |k| storage.map.get(k).cloned(),
    );
    // B writes the merge and takes it in; nothing of A's is lost.
    let (merged, _) = plan.steps[0].adopt.clone().expect("B takes in the merge");
    for step in plan.steps {
        storage.apply(&step.op).unwrap();
        tab_b.done(step);
    }
    let stored =
        persist::decode(&storage.map["ipa-cloud-check:v1:assessment:a"], &known()).unwrap();
    assert_eq!(stored, merged);
    assert_eq!(stored.answer("support"), Some(Answer::Done));
    assert_eq!(stored.answer("authentication"), Some(Answer::Done));
}

#[test]
fn the_last_export_is_remembered_between_visits() {
    let area = Area::new(None);
    let mut storage = Memory::default();
    let checks = vec![sample("abc123", "会計ソフト")];
    let now = Snapshot {
        last_export: Some("2026-11-20T08:00:00.000Z"),
        ..snapshot(&checks, Lang::Ja, "abc123")
    };
    let (problem, _) = autosave(&mut Autosave::default(), &area, &mut storage, now);
    assert_eq!(problem, None);
    assert_eq!(
        load(&area, &mut storage).last_export.as_deref(),
        Some("2026-11-20T08:00:00.000Z")
    );
}

/// A check started on `created` and last changed on `updated`, with one answer.
fn started(id: &str, created: &str, updated: &str) -> Assessment {
    let mut a = sample(id, "");
    a.created_at = created.to_owned();
    a.updated_at = updated.to_owned();
    a
}

#[test]
fn the_keep_a_copy_reminder_comes_after_three_days_of_unexported_work() {
    use cloud_check::persist::copy_reminder;
    let now = "2026-11-23T09:00:00.000Z";
    let old = started("a1", "2026-11-19T10:00:00.000Z", "2026-11-22T10:00:00.000Z");
    let new = started("a2", "2026-11-22T10:00:00.000Z", "2026-11-22T11:00:00.000Z");
    // Never exported: the oldest check with answers counts (4 days).
    assert_eq!(
        copy_reminder(&[new.clone(), old.clone()], None, now),
        Some(4)
    );
    // Two days is not yet "a few days".
    assert_eq!(copy_reminder(std::slice::from_ref(&new), None, now), None);
    // Exported after the last change: nothing to remind.
    assert_eq!(
        copy_reminder(
            std::slice::from_ref(&old),
            Some("2026-11-22T12:00:00.000Z"),
            now
        ),
        None
    );
    // Changed again after the export: remind again.
    assert_eq!(
        copy_reminder(
            std::slice::from_ref(&old),
            Some("2026-11-21T12:00:00.000Z"),
            now
        ),
        Some(4)
    );
    // A blank check (nothing answered) is nothing to lose.
    let blank = Assessment::new("a3", "2026-11-01T00:00:00.000Z");
    assert_eq!(copy_reminder(&[blank], None, now), None);
    // Across a month and a year end.
    let dec = started("a4", "2026-12-29T00:00:00.000Z", "2026-12-29T00:00:00.000Z");
    assert_eq!(
        copy_reminder(&[dec], None, "2027-01-02T00:00:00.000Z"),
        Some(4)
    );
}
