//! The answer scale shared by all 15 items.
//!
//! IPA's questions are not all phrased the same way round: item 4 asks whether a conflict
//! *will arise* (「…矛盾や不一致が生じませんか？」), so a plain yes would mean the opposite of
//! a yes anywhere else. The scale therefore says what the company has *done* about the point,
//! which reads the same for every item: the favourable answer is always [`Answer::Done`].

use serde::{Deserialize, Serialize};

/// How far the company has dealt with one checklist item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// Checked, and whatever it needed has been done (確認・対応済み).
    Done,
    /// Partly done (一部のみ).
    Partly,
    /// Not done yet (未対応).
    NotDone,
    /// The person answering does not know (わからない): a question for the provider or a colleague.
    Unknown,
    /// The item does not apply to this service (該当しない).
    NotApplicable,
}

impl Answer {
    /// Every answer, in the order the choices are shown.
    pub const ALL: [Answer; 5] = [
        Answer::Done,
        Answer::Partly,
        Answer::NotDone,
        Answer::Unknown,
        Answer::NotApplicable,
    ];

    /// The stable identifier used in files and in the DOM (`done`, `not_done`, …).
    pub fn key(self) -> &'static str {
        match self {
            Answer::Done => "done",
            Answer::Partly => "partly",
            Answer::NotDone => "not_done",
            Answer::Unknown => "unknown",
            Answer::NotApplicable => "not_applicable",
        }
    }

    /// The answer's place in [`Answer::ALL`] (the order of the choices, and of tallies kept
    /// as arrays in that order).
    pub fn index(self) -> usize {
        match self {
            Answer::Done => 0,
            Answer::Partly => 1,
            Answer::NotDone => 2,
            Answer::Unknown => 3,
            Answer::NotApplicable => 4,
        }
    }

    /// The answer's number in result codes (1 to 5; 0 there means unanswered). Written out
    /// here rather than taken from the order of [`Answer::ALL`]: codes already pasted into
    /// course forms must keep their meaning whatever order the choices are shown in.
    pub fn code_number(self) -> u8 {
        match self {
            Answer::Done => 1,
            Answer::Partly => 2,
            Answer::NotDone => 3,
            Answer::Unknown => 4,
            Answer::NotApplicable => 5,
        }
    }

    /// Reads [`Answer::code_number`].
    pub fn from_code_number(n: u8) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.code_number() == n)
    }

    /// Parses [`Answer::key`].
    pub fn from_key(key: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_round_trip_through_serde_too() {
        for answer in Answer::ALL {
            assert_eq!(Answer::from_key(answer.key()), Some(answer));
            let json = serde_json::to_string(&answer).unwrap();
            assert_eq!(json, format!("\"{}\"", answer.key()));
        }
        assert_eq!(Answer::from_key("yes"), None);
    }

    #[test]
    fn indexes_follow_the_order_of_the_choices_and_code_numbers_are_fixed() {
        for (i, answer) in Answer::ALL.into_iter().enumerate() {
            assert_eq!(answer.index(), i);
            assert_eq!(Answer::from_code_number(answer.code_number()), Some(answer));
        }
        let numbers: Vec<u8> = Answer::ALL.map(Answer::code_number).into();
        assert_eq!(numbers, [1, 2, 3, 4, 5]);
        assert_eq!(Answer::from_code_number(0), None);
        assert_eq!(Answer::from_code_number(6), None);
    }
}
