//! What is kept on the device and how: the storage key layout, the stored form of a check,
//! the settings record, the migration of older data, and the plans for loading, autosaving
//! and deleting — as pure functions that turn "what storage holds" and "what the app holds"
//! into a list of [`Op`]s. `platform::storage` only carries those out (get, set, remove,
//! keys, the `storage` event); the root of the UI does all storage I/O.
//!
//! Layout (prefix `ipa-cloud-check:v1:`, or `ipa-cloud-check:ns:<namespace>:v1:` for an
//! embed given its own namespace, so two embeds on one site keep their data apart):
//! - `settings`: `{"lang":"ja","current":"<id>"}`;
//! - `assessment:<id>`: one check, in the same envelope as an export file (format name and
//!   version, content version), so saved data is checked and migrated exactly like an
//!   imported file;
//! - `corrupt:<when>:<key>`: saved data that could not be read, kept aside untouched.
//!
//! One key per check means two tabs editing different checks never overwrite each other,
//! and the `storage` event tells the other tab exactly what changed.
//!
//! Never imports yew, web_sys, gloo or wasm_bindgen: every rule here is tested natively.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::domain::date::day_number;
use crate::domain::format::{self, ContentStamp};
use crate::domain::{Assessment, Lang, Sender};

/// Why changes are not being kept on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// The browser offers no storage (disabled, private mode, blocked by the host page).
    Unavailable,
    /// The browser refused to store more (storage is full).
    Full,
    /// Another version of the tool (in another tab) stored a check this one cannot read;
    /// it is not overwritten.
    OtherVersion,
}

/// Why a stored check cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Well-formed, but written by another (newer) version of the tool: a newer format
    /// version, an item or answer this checklist does not have, a field it does not know.
    /// Left where it is: that version can read it.
    OtherVersion,
    /// Damaged (cut short, not JSON, not ours): set aside under a `corrupt:` key.
    Corrupt,
}

/// Where the first release kept the language, before settings existed.
pub const LEGACY_LANG: &str = "ipa-cloud-check:lang";

/// The part of localStorage one instance of the app uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Area {
    prefix: String,
    /// Only the default area migrates the first release's key.
    default: bool,
}

impl Area {
    /// The default area, or a namespaced one (the namespace is validated by `embed`).
    pub fn new(namespace: Option<&str>) -> Area {
        match namespace {
            None => Area {
                prefix: "ipa-cloud-check:v1:".to_owned(),
                default: true,
            },
            Some(ns) => Area {
                prefix: format!("ipa-cloud-check:ns:{ns}:v1:"),
                default: false,
            },
        }
    }

    /// The key of the settings record.
    pub fn settings_key(&self) -> String {
        format!("{}settings", self.prefix)
    }

    /// The key of one check.
    pub fn assessment_key(&self, id: &str) -> String {
        format!("{}assessment:{id}", self.prefix)
    }

    /// The id of the check stored under `key`, if `key` holds one of this area's checks.
    pub fn assessment_id<'k>(&self, key: &'k str) -> Option<&'k str> {
        key.strip_prefix(&self.prefix)?.strip_prefix("assessment:")
    }

    fn corrupt_key(&self, now: &str, key: &str) -> String {
        format!("{}corrupt:{now}:{key}", self.prefix)
    }

    /// Whether `key` belongs to this area (the legacy language key belongs to the default).
    pub fn owns(&self, key: &str) -> bool {
        key.starts_with(&self.prefix) || (self.default && key == LEGACY_LANG)
    }
}

/// What is remembered between visits besides the checks. Written with serde; read with
/// [`Settings::read`], field by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Settings {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
    /// When the user last saved a JSON export (ISO 8601): what the "keep a copy" reminder
    /// goes by. Older versions ignore the field (and drop it when they write).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_export: Option<String>,
    /// Who signs the letter to the provider: kept on this device only (never in an export
    /// or a result code), and reused for the next check. Older versions ignore the field.
    #[serde(skip_serializing_if = "Sender::is_empty")]
    pub sender: Sender,
}

impl Settings {
    /// Reads a stored settings record field by field: a field that is missing, of another
    /// type, or not understood (a language this version does not speak) is left out and the
    /// rest is kept; anything but a JSON object reads as no settings. The release page's boot
    /// script reads the language by this same rule (`page/choose.js`; the contract test in
    /// `page/test/` runs it over [`crate::boot::cases`]).
    pub fn read(text: &str) -> Settings {
        let Ok(serde_json::Value::Object(fields)) = serde_json::from_str(text) else {
            return Settings::default();
        };
        let text_field = |name: &str| fields.get(name).and_then(|v| v.as_str()).map(str::to_owned);
        Settings {
            lang: fields
                .get("lang")
                .and_then(|v| v.as_str())
                .and_then(Lang::from_exact_code),
            current: text_field("current"),
            last_export: text_field("last_export"),
            sender: read_sender(fields.get("sender")),
        }
    }
}

/// The sender as stored in the settings, field by field: anything but text is left out.
fn read_sender(value: Option<&serde_json::Value>) -> Sender {
    let field = |name: &str| {
        value
            .and_then(|v| v.get(name))
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned()
    };
    Sender {
        company: field("company"),
        person: field("person"),
        contact: field("contact"),
    }
    .bounded()
}

/// The language this area's storage remembers: the settings' own, else (in the default
/// area only) the first release's language key. What the app opens in when the address
/// names none.
pub fn saved_lang(area: &Area, entries: &[(String, String)]) -> Option<Lang> {
    let value_of = |key: &str| entries.iter().find(|(k, _)| k == key).map(|(_, v)| v);
    let settings = value_of(&area.settings_key())
        .map(|v| Settings::read(v))
        .unwrap_or_default();
    settings.lang.or_else(|| {
        area.default
            .then(|| value_of(LEGACY_LANG))
            .flatten()
            .and_then(|code| Lang::from_code(code))
    })
}

/// One change to storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
    Set {
        key: String,
        value: String,
    },
    Remove {
        key: String,
    },
    /// Copies `value` from `from` to `to`, and removes `from` only once the copy is made:
    /// unreadable data is kept, never lost.
    SetAside {
        from: String,
        to: String,
        value: String,
    },
}

/// The stored form of one check (stable for equal checks, so a rewrite of the same data is
/// a no-op and fires no event in other tabs).
pub fn encode(a: &Assessment, stamp: ContentStamp, lang: Lang) -> String {
    let file = format::export(&[a], stamp, lang, &a.updated_at);
    serde_json::to_string(&file).unwrap_or_default()
}

/// Reads one stored check: a valid envelope with exactly one check.
pub fn decode(value: &str, known_items: &[&str]) -> Result<Assessment, Unreadable> {
    use format::ImportError as E;
    match format::parse_import(value.as_bytes(), known_items) {
        Ok(preview) => {
            let mut assessments = preview.assessments;
            if assessments.len() == 1 {
                Ok(assessments.remove(0))
            } else {
                Err(Unreadable::Corrupt)
            }
        }
        // Exhaustive on purpose: a new kind of import error must be placed on one side.
        Err(
            E::NewerVersion { .. }
            | E::UnknownItem { .. }
            | E::InvalidAnswer { .. }
            | E::Malformed { .. }
            | E::MemoTooLong { .. }
            | E::NameTooLong { .. }
            | E::InvalidField { .. },
        ) => Err(Unreadable::OtherVersion),
        Err(
            E::Empty
            | E::Unreadable
            | E::TooLarge { .. }
            | E::Binary
            | E::NotUtf8
            | E::OurCsv
            | E::TooManyChecks { .. }
            | E::NotJson { .. }
            | E::OtherFormat
            | E::UnknownVersion
            | E::NoAssessments
            | E::DamagedCode
            | E::NoCode
            | E::NewerCode { .. },
        ) => Err(Unreadable::Corrupt),
    }
}

/// What storage held at start-up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    pub lang: Option<Lang>,
    pub current: Option<String>,
    pub last_export: Option<String>,
    pub sender: Sender,
    pub assessments: Vec<Assessment>,
    /// Keys under which unreadable data is kept aside by this load.
    pub set_aside: Vec<String>,
    /// Keys of checks another version of the tool wrote: left in place, untouched.
    pub other_version: Vec<String>,
    /// The stored text of each check loaded, by id (what autosave starts from).
    pub texts: BTreeMap<String, String>,
    /// Set when storage cannot be used at all.
    pub problem: Option<SaveProblem>,
}

impl Loaded {
    /// Storage that cannot be read at all: nothing loaded, and why.
    pub fn unavailable(problem: SaveProblem) -> Loaded {
        Loaded {
            problem: Some(problem),
            ..Loaded::default()
        }
    }

    /// Records that `op` of this load's plan failed: data that could not be copied aside
    /// stays where it was, so it is not reported as set aside.
    pub fn failed(&mut self, op: &Op) {
        if let Op::SetAside { to, .. } = op {
            self.set_aside.retain(|k| k != to);
        }
    }
}

/// Reads this area out of `entries` (every key and value storage holds) and plans what
/// loading changes: the first release's language key is folded into the settings and
/// removed; a damaged check is set aside under a `corrupt:` key; a check another version
/// wrote is left where it is.
pub fn plan_load(
    area: &Area,
    entries: &[(String, String)],
    known_items: &[&str],
    now: &str,
) -> (Loaded, Vec<Op>) {
    let mut loaded = Loaded::default();
    let mut ops = Vec::new();
    let value_of = |key: &str| entries.iter().find(|(k, _)| k == key).map(|(_, v)| v);
    let settings = value_of(&area.settings_key())
        .map(|v| Settings::read(v))
        .unwrap_or_default();
    loaded.lang = saved_lang(area, entries);
    loaded.current = settings.current;
    loaded.last_export = settings.last_export;
    loaded.sender = settings.sender;
    if area.default && value_of(LEGACY_LANG).is_some() {
        ops.push(Op::Remove {
            key: LEGACY_LANG.to_owned(),
        });
    }
    for (key, value) in entries {
        let Some(id) = area.assessment_id(key) else {
            continue;
        };
        match decode(value, known_items) {
            Ok(a) if a.id == id => {
                loaded.texts.insert(a.id.clone(), value.clone());
                loaded.assessments.push(a);
            }
            Err(Unreadable::OtherVersion) => loaded.other_version.push(key.clone()),
            _ => {
                let to = area.corrupt_key(now, key);
                loaded.set_aside.push(to.clone());
                ops.push(Op::SetAside {
                    from: key.clone(),
                    to,
                    value: value.clone(),
                });
            }
        }
    }
    (loaded, ops)
}

/// A change another tab made to a check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExternalChange {
    pub id: String,
    /// The new value; `None` when it was deleted.
    pub assessment: Option<Assessment>,
}

/// What a `storage` event (key and new value) means for this area: a check saved or
/// deleted in another tab. Other keys, and values that cannot be read, mean nothing here
/// (the next load sets unreadable ones aside).
pub fn external_change(
    area: &Area,
    key: &str,
    new_value: Option<&str>,
    known_items: &[&str],
) -> Option<ExternalChange> {
    let id = area.assessment_id(key)?;
    let assessment = match new_value {
        None => None,
        Some(value) => Some(decode(value, known_items).ok().filter(|a| a.id == id)?),
    };
    Some(ExternalChange {
        id: id.to_owned(),
        assessment,
    })
}

/// Every key this area holds, sorted, with the size of its value in characters.
pub fn our_keys(area: &Area, entries: &[(String, String)]) -> Vec<(String, usize)> {
    let mut keys: Vec<(String, usize)> = entries
        .iter()
        .filter(|(k, _)| area.owns(k))
        .map(|(k, v)| (k.clone(), v.chars().count()))
        .collect();
    crate::domain::sort_small_by(&mut keys, Ord::cmp);
    keys
}

/// "Delete all my data": removes every key of this area, and nothing else.
pub fn plan_delete_all(area: &Area, entries: &[(String, String)]) -> Vec<Op> {
    our_keys(area, entries)
        .into_iter()
        .map(|(key, _)| Op::Remove { key })
        .collect()
}

/// What the app holds that autosave keeps: its checks, the language and the open check.
#[derive(Clone, Copy, Debug)]
pub struct Snapshot<'a> {
    pub assessments: &'a [Assessment],
    pub lang: Lang,
    pub current: &'a str,
    pub last_export: Option<&'a str>,
    pub sender: &'a Sender,
    /// Set after "delete all my data": nothing is written until the user acts.
    pub hold: bool,
}

/// Autosave's memory of each check as it is stored (as this tab last wrote or saw it), so
/// that only checks that really changed are written, checks that are gone are removed, and
/// a check someone else changed meanwhile is merged, not overwritten.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Autosave {
    /// By id: the check, the language its envelope was written in (`None`: as loaded or
    /// seen, any), and the stored text.
    written: BTreeMap<String, (Assessment, Option<Lang>, String)>,
}

/// One step of an autosave plan: the change, and what autosave remembers once it is made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub op: Op,
    /// A merge with someone else's version, which the app takes in: `(merged, ours)`, ours
    /// being the version the merge was made from (`Action::External` in `state`).
    pub adopt: Option<(Assessment, Assessment)>,
    remember: Remember,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Remember {
    Wrote(Box<Assessment>, Lang, String),
    Removed(String),
    Settings,
}

/// What autosave will do now.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub steps: Vec<Step>,
    /// Checks not written because another version of the tool stored them meanwhile.
    pub blocked: Vec<String>,
}

impl Autosave {
    /// Starts from what was loaded: those checks are stored as they are.
    pub fn primed(loaded: &[Assessment], texts: &BTreeMap<String, String>) -> Autosave {
        let written = crate::domain::map_of(loaded.iter().filter_map(|a| {
            let text = texts.get(&a.id)?;
            Some((a.id.clone(), (a.clone(), None, text.clone())))
        }));
        Autosave { written }
    }

    /// The check `id` as it is stored, as far as this tab knows: what a merge starts from.
    pub fn base(&self, id: &str) -> Option<&Assessment> {
        self.written.get(id).map(|(a, _, _)| a)
    }

    /// Another tab (or embed) stored `text` for check `id` (`None`: deleted it), which reads
    /// as `theirs`.
    pub fn saw(&mut self, id: &str, text: Option<&str>, theirs: Option<&Assessment>) {
        match (text, theirs) {
            (Some(text), Some(theirs)) => {
                self.written
                    .insert(id.to_owned(), (theirs.clone(), None, text.to_owned()));
            }
            _ => {
                self.written.remove(id);
            }
        }
    }

    /// The changes that bring storage in step with `now`: each changed check written, each
    /// removed check deleted, and the settings written (or forgotten when there is nothing
    /// worth remembering: no check worth storing and the default language). A blank check
    /// (no name, answer or memo) is not worth storing. `stored` reads a key's current value:
    /// a check someone else changed since this tab last wrote or saw it is merged with
    /// theirs; one another version wrote is not touched.
    pub fn plan(
        &self,
        area: &Area,
        now: Snapshot,
        stamp: ContentStamp,
        known_items: &[&str],
        stored: impl Fn(&str) -> Option<String>,
    ) -> Plan {
        let mut plan = Plan::default();
        if now.hold {
            return plan;
        }
        let worth: Vec<&Assessment> = now.assessments.iter().filter(|a| !a.is_empty()).collect();
        for a in &worth {
            let last = self.written.get(&a.id);
            if last.is_some_and(|(w, l, _)| w == *a && l.is_none_or(|l| l == now.lang)) {
                continue;
            }
            let key = area.assessment_key(&a.id);
            let current = stored(&key);
            let changed_elsewhere =
                current.is_some() && current.as_deref() != last.map(|(_, _, t)| t.as_str());
            let (write, adopt) = if changed_elsewhere {
                match decode(current.as_deref().unwrap_or_default(), known_items) {
                    Ok(theirs) if theirs.id == a.id => {
                        let merged = Assessment::merge(last.map(|(w, _, _)| w), a, &theirs);
                        let adopt = (merged != **a).then(|| (merged.clone(), (*a).clone()));
                        (merged, adopt)
                    }
                    Ok(_) | Err(Unreadable::Corrupt) => ((*a).clone(), None),
                    Err(Unreadable::OtherVersion) => {
                        plan.blocked.push(a.id.clone());
                        continue;
                    }
                }
            } else {
                ((*a).clone(), None)
            };
            let value = encode(&write, stamp, now.lang);
            plan.steps.push(Step {
                op: Op::Set {
                    key,
                    value: value.clone(),
                },
                adopt,
                remember: Remember::Wrote(Box::new(write), now.lang, value),
            });
        }
        plan.steps.extend(
            self.written
                .keys()
                .filter(|id| !worth.iter().any(|a| &a.id == *id))
                .map(|id| Step {
                    op: Op::Remove {
                        key: area.assessment_key(id),
                    },
                    adopt: None,
                    remember: Remember::Removed(id.clone()),
                }),
        );
        let op = if worth.is_empty() && now.lang == Lang::default() && now.sender.is_empty() {
            Op::Remove {
                key: area.settings_key(),
            }
        } else {
            let settings = Settings {
                lang: Some(now.lang),
                current: Some(now.current.to_owned()),
                last_export: now.last_export.map(str::to_owned),
                sender: now.sender.clone(),
            };
            Op::Set {
                key: area.settings_key(),
                value: serde_json::to_string(&settings).unwrap_or_default(),
            }
        };
        plan.steps.push(Step {
            op,
            adopt: None,
            remember: Remember::Settings,
        });
        plan
    }

    /// Records that `step` was carried out.
    pub fn done(&mut self, step: Step) {
        match step.remember {
            Remember::Wrote(a, lang, text) => {
                self.written.insert(a.id.clone(), (*a, Some(lang), text));
            }
            Remember::Removed(id) => {
                self.written.remove(&id);
            }
            Remember::Settings => {}
        }
    }
}

/// Days without a visit after which Safari (WebKit) may delete everything a site stored
/// (apps added to the home screen excepted); a private window loses it when closed.
pub const SAFARI_KEEPS_DAYS: i64 = 7;

/// Days a change may go without a JSON export before the user is reminded to keep a copy:
/// well inside [`SAFARI_KEEPS_DAYS`].
pub const REMIND_AFTER_DAYS: i64 = 3;
const _: () = assert!(
    REMIND_AFTER_DAYS < SAFARI_KEEPS_DAYS,
    "remind before Safari may delete"
);

/// Whether to remind the user to keep a copy, and of how many days of work: the oldest
/// check with something in it that changed since the last JSON export (or was never
/// exported) was started at least [`REMIND_AFTER_DAYS`] days ago. `None`: nothing to remind.
pub fn copy_reminder(
    assessments: &[Assessment],
    last_export: Option<&str>,
    now: &str,
) -> Option<i64> {
    let today = day_number(now)?;
    assessments
        .iter()
        .filter(|a| !a.is_empty())
        .filter(|a| last_export.is_none_or(|at| a.updated_at.as_str() > at))
        .filter_map(|a| day_number(&a.created_at))
        .map(|started| today - started)
        .max()
        .filter(|days| *days >= REMIND_AFTER_DAYS)
}
