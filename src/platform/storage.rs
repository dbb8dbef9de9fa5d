//! localStorage, under keys namespaced to this app.
//!
//! Layout (prefix `ipa-cloud-check:v1:`, or `ipa-cloud-check:ns:<namespace>:v1:` for an
//! embed given its own namespace, so two embeds on one site keep their data apart):
//! - `settings`: `{"lang":"ja","current":"<id>"}`;
//! - `assessment:<id>`: one assessment, in the same envelope as an export file (format
//!   name and version, content version), so saved data is checked and migrated exactly
//!   like an imported file;
//! - `corrupt:<when>:<key>`: saved data that could not be read, kept aside untouched.
//!
//! One key per assessment means two tabs editing different assessments never overwrite
//! each other, and the `storage` event tells the other tab exactly what changed.
//! Reading never fails loudly: storage that is disabled or throws reads as empty, with the
//! reason reported. Writing reports why it failed, so the UI can tell the user.

use gloo_events::EventListener;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

use crate::domain::format::{self, ContentStamp};
use crate::domain::{Assessment, Lang};
use crate::state::SaveProblem;

/// Where the first release kept the language, before settings existed.
const LEGACY_LANG: &str = "ipa-cloud-check:lang";

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

    fn settings(&self) -> String {
        format!("{}settings", self.prefix)
    }

    fn assessment(&self, id: &str) -> String {
        format!("{}assessment:{id}", self.prefix)
    }

    fn assessment_id<'k>(&self, key: &'k str) -> Option<&'k str> {
        key.strip_prefix(&self.prefix)?.strip_prefix("assessment:")
    }

    fn corrupt(&self, now: &str, key: &str) -> String {
        format!("{}corrupt:{now}:{key}", self.prefix)
    }

    fn owns(&self, key: &str) -> bool {
        key.starts_with(&self.prefix) || (self.default && key == LEGACY_LANG)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Settings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lang: Option<Lang>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    current: Option<String>,
}

/// What storage held at start-up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    pub lang: Option<Lang>,
    pub current: Option<String>,
    pub assessments: Vec<Assessment>,
    /// Keys under which unreadable data was kept aside during this load.
    pub set_aside: Vec<String>,
    /// Set when storage cannot be used at all.
    pub problem: Option<SaveProblem>,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn all_keys(storage: &web_sys::Storage) -> Vec<String> {
    let len = storage.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect()
}

/// Browsers signal a full storage with a `QuotaExceededError`; anything else thrown on a
/// write means storage is blocked.
fn write(storage: &web_sys::Storage, key: &str, value: &str) -> Result<(), SaveProblem> {
    storage.set_item(key, value).map_err(|e| {
        match e.dyn_ref::<web_sys::DomException>().map(|d| d.name()) {
            Some(name) if name == "QuotaExceededError" => SaveProblem::Full,
            _ => SaveProblem::Unavailable,
        }
    })
}

/// Reads one stored assessment; `None` if it is not a valid envelope with one assessment.
fn decode(value: &str, known_items: &[&str]) -> Option<Assessment> {
    let preview = format::parse_import(value.as_bytes(), known_items).ok()?;
    let mut assessments = preview.assessments;
    (assessments.len() == 1).then(|| assessments.remove(0))
}

/// The stored form of one assessment (stable for equal assessments, so a rewrite of the
/// same data is a no-op and fires no event in other tabs).
pub fn encode(a: &Assessment, stamp: ContentStamp, lang: Lang) -> String {
    let file = format::export(&[a], stamp, lang, &a.updated_at);
    serde_json::to_string(&file).unwrap_or_default()
}

/// A change another tab made to an assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExternalChange {
    pub id: String,
    /// The new value; `None` when it was deleted.
    pub assessment: Option<Assessment>,
}

impl Area {
    /// Reads everything this area holds. Unreadable assessments are moved aside under
    /// `corrupt:` keys (never deleted) and reported in [`Loaded::set_aside`].
    pub fn load(&self, known_items: &[&str], now: &str) -> Loaded {
        let Some(storage) = local_storage() else {
            return Loaded {
                problem: Some(SaveProblem::Unavailable),
                ..Loaded::default()
            };
        };
        let mut loaded = Loaded::default();
        let settings: Settings = storage
            .get_item(&self.settings())
            .ok()
            .flatten()
            .and_then(|v| serde_json::from_str(&v).ok())
            .unwrap_or_default();
        loaded.lang = settings.lang;
        loaded.current = settings.current;
        // Migrate the first release's language key into settings.
        if let (true, Ok(Some(code))) = (self.default, storage.get_item(LEGACY_LANG)) {
            if loaded.lang.is_none() {
                loaded.lang = Lang::from_code(&code);
            }
            let _ = storage.remove_item(LEGACY_LANG);
        }
        for key in all_keys(&storage) {
            let Some(id) = self.assessment_id(&key) else {
                continue;
            };
            let Ok(Some(value)) = storage.get_item(&key) else {
                continue;
            };
            match decode(&value, known_items) {
                Some(a) if a.id == id => loaded.assessments.push(a),
                _ => {
                    let aside = self.corrupt(now, &key);
                    // Keep the data even if the copy fails; only remove it once it is aside.
                    if write(&storage, &aside, &value).is_ok() {
                        let _ = storage.remove_item(&key);
                        loaded.set_aside.push(aside);
                    }
                }
            }
        }
        loaded
    }

    /// Saves one assessment (already encoded with [`encode`]).
    pub fn save_assessment(&self, id: &str, encoded: &str) -> Result<(), SaveProblem> {
        let storage = local_storage().ok_or(SaveProblem::Unavailable)?;
        write(&storage, &self.assessment(id), encoded)
    }

    pub fn remove_assessment(&self, id: &str) -> Result<(), SaveProblem> {
        let storage = local_storage().ok_or(SaveProblem::Unavailable)?;
        storage
            .remove_item(&self.assessment(id))
            .map_err(|_| SaveProblem::Unavailable)
    }

    /// Remembers the language and the current assessment for the next visit.
    pub fn save_settings(&self, lang: Lang, current: &str) -> Result<(), SaveProblem> {
        let storage = local_storage().ok_or(SaveProblem::Unavailable)?;
        let settings = Settings {
            lang: Some(lang),
            current: Some(current.to_owned()),
        };
        write(
            &storage,
            &self.settings(),
            &serde_json::to_string(&settings).unwrap_or_default(),
        )
    }

    /// Forgets the settings (when there is nothing worth remembering).
    pub fn clear_settings(&self) -> Result<(), SaveProblem> {
        let storage = local_storage().ok_or(SaveProblem::Unavailable)?;
        storage
            .remove_item(&self.settings())
            .map_err(|_| SaveProblem::Unavailable)
    }

    /// Every key this area holds, with the size of its value in characters.
    pub fn our_keys(&self) -> Vec<(String, usize)> {
        let Some(storage) = local_storage() else {
            return Vec::new();
        };
        let mut keys: Vec<(String, usize)> = all_keys(&storage)
            .into_iter()
            .filter(|k| self.owns(k))
            .map(|k| {
                let size = storage
                    .get_item(&k)
                    .ok()
                    .flatten()
                    .map_or(0, |v| v.chars().count());
                (k, size)
            })
            .collect();
        keys.sort();
        keys
    }

    /// Removes every key this area holds (and nothing else); returns the keys removed.
    pub fn delete_all(&self) -> Vec<String> {
        let Some(storage) = local_storage() else {
            return Vec::new();
        };
        self.our_keys()
            .into_iter()
            .filter_map(|(key, _)| storage.remove_item(&key).ok().map(|_| key))
            .collect()
    }

    /// Calls `on_change` when another tab of this origin saves or deletes an assessment in
    /// this area. Unreadable values are ignored here; the next load sets them aside.
    pub fn on_external_change(
        &self,
        known_items: Vec<String>,
        on_change: impl Fn(ExternalChange) + 'static,
    ) -> Option<EventListener> {
        let window = web_sys::window()?;
        let area = self.clone();
        Some(EventListener::new(&window, "storage", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            let Some(key) = event.key() else { return };
            let Some(id) = area.assessment_id(&key) else {
                return;
            };
            let known: Vec<&str> = known_items.iter().map(String::as_str).collect();
            let assessment = match event.new_value() {
                None => None,
                Some(value) => match decode(&value, &known) {
                    Some(a) if a.id == id => Some(a),
                    _ => return,
                },
            };
            on_change(ExternalChange {
                id: id.to_owned(),
                assessment,
            });
        }))
    }
}
