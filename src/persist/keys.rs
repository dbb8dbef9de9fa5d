//! The storage key layout: the part of localStorage one instance of the app uses.

/// What every key this tool keeps starts with: each area (the default, a course's `ns:`
/// one, an LMS activity's), the trainer's page, data set aside, the first release's key.
pub const TOOL_PREFIX: &str = "ipa-cloud-check:";

/// Written and removed at once by "delete all": the other tabs and embeds hear it (a
/// `storage` event) and forget what they hold, before any of them could write it back.
pub const DELETED_ALL_KEY: &str = "ipa-cloud-check:deleted-all";

/// Where the first release kept the language, before settings existed.
pub const LEGACY_LANG: &str = "ipa-cloud-check:lang";

/// The part of localStorage one instance of the app uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Area {
    prefix: String,
    /// Only the default area migrates the first release's key.
    pub(super) default: bool,
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

    /// Where unreadable data under `key` is set aside at `now`.
    pub(super) fn corrupt_key(&self, now: &str, key: &str) -> String {
        format!("{}corrupt:{now}:{key}", self.prefix)
    }

    /// Whether `key` belongs to this area (the legacy language key belongs to the default).
    pub fn owns(&self, key: &str) -> bool {
        key.starts_with(&self.prefix) || (self.default && key == LEGACY_LANG)
    }
}
