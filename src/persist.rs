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

use serde::{Deserialize, Serialize};

use crate::domain::format::{self, ContentStamp};
use crate::domain::{Assessment, Lang};

/// Why changes are not being kept on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    /// The browser offers no storage (disabled, private mode, blocked by the host page).
    Unavailable,
    /// The browser refused to store more (storage is full).
    Full,
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

/// What is remembered between visits besides the checks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<String>,
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

/// Reads one stored check; `None` if it is not a valid envelope with exactly one check.
pub fn decode(value: &str, known_items: &[&str]) -> Option<Assessment> {
    let preview = format::parse_import(value.as_bytes(), known_items).ok()?;
    let mut assessments = preview.assessments;
    (assessments.len() == 1).then(|| assessments.remove(0))
}

/// What storage held at start-up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    pub lang: Option<Lang>,
    pub current: Option<String>,
    pub assessments: Vec<Assessment>,
    /// Keys under which unreadable data is kept aside by this load.
    pub set_aside: Vec<String>,
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
/// removed; a check that cannot be read is set aside under a `corrupt:` key.
pub fn plan_load(
    area: &Area,
    entries: &[(String, String)],
    known_items: &[&str],
    now: &str,
) -> (Loaded, Vec<Op>) {
    let mut loaded = Loaded::default();
    let mut ops = Vec::new();
    let value_of = |key: &str| entries.iter().find(|(k, _)| k == key).map(|(_, v)| v);
    let settings: Settings = value_of(&area.settings_key())
        .and_then(|v| serde_json::from_str(v).ok())
        .unwrap_or_default();
    loaded.lang = settings.lang;
    loaded.current = settings.current;
    if area.default {
        if let Some(code) = value_of(LEGACY_LANG) {
            loaded.lang = loaded.lang.or(Lang::from_code(code));
            ops.push(Op::Remove {
                key: LEGACY_LANG.to_owned(),
            });
        }
    }
    for (key, value) in entries {
        let Some(id) = area.assessment_id(key) else {
            continue;
        };
        match decode(value, known_items) {
            Some(a) if a.id == id => loaded.assessments.push(a),
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
        Some(value) => Some(decode(value, known_items).filter(|a| a.id == id)?),
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
    keys.sort();
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
    /// Set after "delete all my data": nothing is written until the user acts.
    pub hold: bool,
}

/// Autosave's memory of what it last wrote, so that only checks that really changed are
/// encoded and written, and checks that are gone are removed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Autosave {
    /// What was last written for each check, and in which language (the stored envelope
    /// records it).
    written: BTreeMap<String, (Assessment, Lang)>,
}

/// One step of an autosave plan: the change, and what autosave remembers once it is made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub op: Op,
    remember: Remember,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Remember {
    Wrote(Assessment, Lang),
    Removed(String),
    Settings,
}

impl Autosave {
    /// The changes that bring storage in step with `now`: each changed check written, each
    /// removed check deleted, and the settings written (or forgotten when there is nothing
    /// worth remembering: no check worth storing and the default language). A blank check
    /// (no name, answer or memo) is not worth storing.
    pub fn plan(&self, area: &Area, now: Snapshot, stamp: ContentStamp) -> Vec<Step> {
        if now.hold {
            return Vec::new();
        }
        let worth: Vec<&Assessment> = now.assessments.iter().filter(|a| !a.is_empty()).collect();
        let mut steps: Vec<Step> = worth
            .iter()
            .filter(|a| {
                self.written
                    .get(&a.id)
                    .is_none_or(|(w, l)| w != **a || *l != now.lang)
            })
            .map(|a| Step {
                op: Op::Set {
                    key: area.assessment_key(&a.id),
                    value: encode(a, stamp, now.lang),
                },
                remember: Remember::Wrote((*a).clone(), now.lang),
            })
            .collect();
        steps.extend(
            self.written
                .keys()
                .filter(|id| !worth.iter().any(|a| &a.id == *id))
                .map(|id| Step {
                    op: Op::Remove {
                        key: area.assessment_key(id),
                    },
                    remember: Remember::Removed(id.clone()),
                }),
        );
        let op = if worth.is_empty() && now.lang == Lang::default() {
            Op::Remove {
                key: area.settings_key(),
            }
        } else {
            let settings = Settings {
                lang: Some(now.lang),
                current: Some(now.current.to_owned()),
            };
            Op::Set {
                key: area.settings_key(),
                value: serde_json::to_string(&settings).unwrap_or_default(),
            }
        };
        steps.push(Step {
            op,
            remember: Remember::Settings,
        });
        steps
    }

    /// Records that `step` was carried out.
    pub fn done(&mut self, step: Step) {
        match step.remember {
            Remember::Wrote(a, lang) => {
                self.written.insert(a.id.clone(), (a, lang));
            }
            Remember::Removed(id) => {
                self.written.remove(&id);
            }
            Remember::Settings => {}
        }
    }
}
