//! Autosave: what to write, remove or merge as the app changes, and what it remembers.

use std::collections::BTreeMap;

use super::{decode, encode, Area, Op, Settings, Unreadable};
use crate::domain::format::ContentStamp;
use crate::domain::{Assessment, Lang, Sender};

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
