//! The checklist's own advice on a check: the action plan in its order and the verdict with
//! the critical safeguards. The rules are the domain's; which items are critical and how
//! important each item is are this content's.

use super::{Checklist, Item};
use crate::domain::{action_plan, verdict, Assessment, PlanItem, PlanStep, Score, Verdict};

impl Checklist {
    /// The items as the plan ranks them.
    fn plan_items(&self) -> impl Iterator<Item = PlanItem<'_>> {
        self.items.iter().map(|i| PlanItem {
            id: &i.id,
            priority: i.priority,
            critical: i.critical.is_some(),
        })
    }

    /// The action plan for `a`, as scored (see [`Checklist::effective`]).
    pub fn plan(&self, a: &Assessment) -> Vec<PlanStep<'_>> {
        action_plan(&self.effective(a), self.plan_items())
    }

    /// The ids of the critical safeguards, in checklist order.
    pub fn critical_ids(&self) -> impl Iterator<Item = &str> + '_ {
        self.items
            .iter()
            .filter(|i| i.critical.is_some())
            .map(|i| i.id.as_ref())
    }

    /// The verdict on `a`, once complete (see [`verdict`]).
    pub fn verdict(&self, a: &Assessment) -> Option<Verdict<'_>> {
        let a = self.effective(a);
        verdict(&a, &Score::of(&a, self.item_ids()), self.critical_ids())
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }
}
