//! What storage holds at start-up and what loading changes; another tab's changes; every
//! key of this area, and deleting them all.

use std::collections::BTreeMap;

use super::keys::{DELETED_ALL_KEY, TOOL_PREFIX};
use super::{decode, saved_lang, Area, Op, SaveProblem, Settings, Unreadable, LEGACY_LANG};
use crate::domain::{Assessment, Lang, Sender};

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
            // Kept by a version that took any id from a file: the check moves to the key of
            // the id it now reads with (`domain::text::checked_id`), nothing else changes.
            Ok(a) if a.id == crate::domain::text::checked_id(id) => {
                ops.push(Op::SetAside {
                    from: key.clone(),
                    to: area.assessment_key(&a.id),
                    value: value.clone(),
                });
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

/// Whether `key` holds data of this tool (the delete-all marker is a signal, not data).
fn is_tools(key: &str) -> bool {
    key.starts_with(TOOL_PREFIX) && key != DELETED_ALL_KEY
}

/// How many keys of this tool the site holds outside `area` (other courses' and LMS
/// activities' areas, the trainer page's): what "delete all" removes besides this area's.
pub fn other_areas_keys(area: &Area, entries: &[(String, String)]) -> usize {
    entries
        .iter()
        .filter(|(k, _)| is_tools(k) && !area.owns(k))
        .count()
}

/// "Delete all my data": every key of this tool on this site goes, whatever area holds it
/// (every course's and LMS activity's, the trainer page's, data set aside, checks another
/// version wrote), and nothing of any other site's or app's. First a marker is written, so
/// that other tabs and embeds forget what they hold before they hear of each key (see
/// [`deleted_all_elsewhere`]); last it goes too. `now` (ISO 8601) is the marker's value.
pub fn plan_delete_all(entries: &[(String, String)], now: &str) -> Vec<Op> {
    let mut keys: Vec<&str> = entries
        .iter()
        .map(|(k, _)| k.as_str())
        .filter(|k| is_tools(k))
        .collect();
    crate::domain::sort_small_by(&mut keys, Ord::cmp);
    let marker = || DELETED_ALL_KEY.to_owned();
    let mut ops = vec![Op::Set {
        key: marker(),
        value: now.to_owned(),
    }];
    ops.extend(keys.into_iter().map(|key| Op::Remove {
        key: key.to_owned(),
    }));
    ops.push(Op::Remove { key: marker() });
    ops
}

/// Whether a change to `key` (new value `value`) is another tab or embed deleting all this
/// tool's data (see [`plan_delete_all`]).
pub fn deleted_all_elsewhere(key: &str, value: Option<&str>) -> bool {
    key == DELETED_ALL_KEY && value.is_some()
}
