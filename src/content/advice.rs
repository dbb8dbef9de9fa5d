//! The checklist's own advice on a check: the plan in its order, the verdict with the
//! critical safeguards, the three things to do this week, and the questions for the
//! provider's letter. The rules are the domain's; which item is critical, what its quick win
//! is and what it asks the provider are this content's.

use super::{Asks, Checklist, Item, LaterText, Text};
use crate::domain::plan::{review_date, REVIEW_MONTHS, REVIEW_MONTHS_OPEN};
use crate::domain::{
    action_plan, open_safeguards, verdict, Answer, Assessment, PlanItem, PlanStep, Score, Verdict,
};

/// One of the plan's "this week" actions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuickWin<'a> {
    /// The item's own quick win for its answer (`Item::quick_win`, or
    /// `Item::quick_win_partly` for 一部のみ where it has one).
    Item(&'a Item, &'a LaterText),
    /// Send the provider the letter with every open question (once, however many items
    /// it covers).
    Letter,
}

/// How many actions "this week" offers.
pub const QUICK_WINS: usize = 3;

/// One letter question: the item, and what to ask its provider.
pub type Question<'a> = (&'a Item, &'a LaterText);

/// Everything the results advise for one check, worked out once (the results screen,
/// "this week" and the letter all read the same plan and questions).
#[derive(Clone, Debug, PartialEq)]
pub struct Advice<'a> {
    /// See [`Checklist::plan`].
    pub plan: Vec<PlanStep<'a>>,
    /// See [`Checklist::letter_questions`]: every question the letter may ask.
    pub questions: Vec<Question<'a>>,
    /// Those the letter asks (see [`Checklist::in_letter`]), in the same order.
    pub asked: Vec<Question<'a>>,
    /// Up to [`QUICK_WINS`] concrete actions for this week, in the plan's order: an item's
    /// own quick win, or the letter where the step is answered by asking the provider.
    pub quick_wins: Vec<QuickWin<'a>>,
}

impl Item {
    /// A plan step's first action for `a`: the first of the item's steps (of its "the
    /// service lacks it" steps when the owner said so).
    pub fn first_step(&self, a: &Assessment) -> Option<&Text> {
        self.lacks_feature
            .as_ref()
            .filter(|_| a.lacks_feature(&self.id))
            .map_or(&self.steps, |lacks| &lacks.steps)
            .first()
    }
}

impl Checklist {
    /// The items as the plan ranks them.
    fn plan_items(&self) -> impl Iterator<Item = PlanItem<'_>> {
        self.items.iter().map(|i| PlanItem {
            id: &i.id,
            priority: i.priority,
            critical: i.critical.is_some(),
        })
    }

    /// The action plan for `a` (as scored: see [`Checklist::effective`]).
    pub fn plan(&self, a: &Assessment) -> Vec<PlanStep<'_>> {
        action_plan(&self.effective(a), self.plan_items())
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
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

    /// How many months after its answers last changed `a` is due for review:
    /// [`REVIEW_MONTHS`], or [`REVIEW_MONTHS_OPEN`] while a key safeguard is not fully in
    /// place.
    pub fn review_months(&self, a: &Assessment) -> u32 {
        if open_safeguards(&self.effective(a), self.critical_ids()).is_empty() {
            REVIEW_MONTHS
        } else {
            REVIEW_MONTHS_OPEN
        }
    }

    /// When to review `a` again (see [`Checklist::review_months`]).
    pub fn review_date(&self, a: &Assessment) -> Option<String> {
        review_date(a.answered_on(), self.review_months(a))
    }

    /// The plan, the letter's questions and this week's actions for `a` (as scored).
    pub fn advice(&self, a: &Assessment) -> Advice<'_> {
        let plan = self.plan(a);
        let questions = self.letter_questions(a);
        let asked: Vec<Question> = questions
            .iter()
            .copied()
            .filter(|(item, _)| self.in_letter(a, item))
            .collect();
        let quick_wins = self.quick_wins(a, &plan, &asked);
        Advice {
            plan,
            questions,
            asked,
            quick_wins,
        }
    }

    fn quick_wins<'c>(
        &'c self,
        a: &Assessment,
        plan: &[PlanStep<'c>],
        questions: &[Question<'c>],
    ) -> Vec<QuickWin<'c>> {
        let mut wins: Vec<QuickWin> = Vec::new();
        for step in plan {
            let Some(item) = self.item(step.item_id) else {
                continue;
            };
            let lacking = item.lacks_feature.is_some() && a.lacks_feature(&item.id);
            let own = match (&item.quick_win_partly, step.answer) {
                (Some(partly), Answer::Partly) => Some(partly),
                _ => item.quick_win.as_ref(),
            };
            let win = match (own, lacking) {
                (Some(text), false) => Some(QuickWin::Item(item, text)),
                _ if questions.iter().any(|(i, _)| i.id == step.item_id) => Some(QuickWin::Letter),
                _ => None,
            };
            if let Some(win) = win {
                if !wins.contains(&win) {
                    wins.push(win);
                }
            }
            if wins.len() == QUICK_WINS {
                break;
            }
        }
        wins
    }

    /// Whether the letter asks `item`'s question (one of [`Checklist::letter_questions`]):
    /// as the owner chose, else by default: yes, unless it is about the company's own
    /// practice and asked only because the owner did not know (see
    /// [`Checklist::asked_in_house`]).
    pub fn in_letter(&self, a: &Assessment, item: &Item) -> bool {
        a.letter_choice(&item.id)
            .unwrap_or_else(|| !self.asked_in_house(a, item))
    }

    /// An item about the company's own practice answered わからない (and not one whose
    /// service lacks the feature): the owner finds out in-house first; the provider can
    /// tell only what the service offers, so its question is left out of the letter
    /// unless the owner puts it in.
    pub fn asked_in_house(&self, a: &Assessment, item: &Item) -> bool {
        let a = self.effective(a);
        item.asks == Asks::Company
            && a.answer(&item.id) == Some(Answer::Unknown)
            && !(item.lacks_feature.is_some() && a.lacks_feature(&item.id))
    }

    /// The questions for the provider's letter, in checklist order: items about what the
    /// provider offers answered 未対応, わからない or 一部のみ; any item answered わからない
    /// (what the service can do); an item answered 一部のみ whose rest may hang on the
    /// service (`Item::ask_if_partly`); and an item whose feature the service lacks (its own
    /// question). Each with the question to ask.
    pub fn letter_questions(&self, a: &Assessment) -> Vec<Question<'_>> {
        let a = self.effective(a);
        self.items
            .iter()
            .filter_map(|item| {
                let answer = a.answer(&item.id)?;
                if let (Some(lacks), true) = (&item.lacks_feature, a.lacks_feature(&item.id)) {
                    return matches!(answer, Answer::NotDone | Answer::Unknown | Answer::Partly)
                        .then_some((item, &lacks.question));
                }
                let asks = match answer {
                    Answer::Unknown => true,
                    Answer::NotDone => item.asks == Asks::Provider,
                    Answer::Partly => item.asks == Asks::Provider || item.ask_if_partly,
                    Answer::Done | Answer::NotApplicable => false,
                };
                asks.then_some((item, &item.provider_question))
            })
            .collect()
    }
}
