//! What storage holds when an instance of the app starts, read before the app exists.

use crate::content::checklist;
use crate::persist::{self, Area, Loaded};
use crate::platform;

/// Reads this area's saved data and carries out what loading changes (the legacy key's
/// migration, unreadable data set aside).
pub fn load(area: &Area, now: &str) -> Loaded {
    let entries = match platform::storage::entries() {
        Ok(entries) => entries,
        Err(problem) => return Loaded::unavailable(problem),
    };
    let known: Vec<&str> = checklist().item_ids().collect();
    let (mut loaded, ops) = persist::plan_load(area, &entries, &known, now);
    for op in &ops {
        // Not announced to other embeds: set-aside data is no check of theirs.
        if platform::storage::apply(op, "load").is_err() {
            loaded.failed(op);
        }
    }
    loaded
}
