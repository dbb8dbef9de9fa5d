//! Every user-facing string of the interface, in every language.
//!
//! One [`Ui`] value per language: adding a string means adding a field, and the compiler then
//! refuses to build until every language has it. Strings that carry numbers are functions.
//! Checklist content (titles, questions, explanations) is not here but in [`crate::content`].
//! Never imports yew, web_sys, gloo or wasm_bindgen.

use crate::domain::{Answer, Lang};

/// The label and one-line hint of an answer choice.
pub struct AnswerText {
    pub label: &'static str,
    pub hint: &'static str,
}

pub struct Ui {
    /// The language's own name, as the switcher shows it to speakers of that language.
    pub lang_name: &'static str,
    pub app_title: &'static str,
    pub skip_to_content: &'static str,
    /// Accessible name of the language switcher group.
    pub lang_switch_label: &'static str,

    // Start screen
    pub start_heading: &'static str,
    pub start_lead: &'static str,
    pub start_who: &'static str,
    pub start_time: &'static str,
    pub start_privacy: &'static str,
    pub start_not_saved_yet: &'static str,
    pub service_label: &'static str,
    pub service_hint: &'static str,
    pub start_button: &'static str,
    pub resume_button: fn(answered: usize, total: usize) -> String,
    pub see_all_items: &'static str,
    pub source_heading: &'static str,
    /// An aside in brackets, with the brackets the language uses: "（2024年7月）", " (July 2024)".
    pub in_brackets: fn(&str) -> String,

    // Progress and navigation
    pub progress: fn(answered: usize, total: usize) -> String,
    pub section_progress: fn(answered: usize, total: usize) -> String,
    pub item_position: fn(number: u8, total: usize) -> String,
    pub section_label: fn(numeral: &str, title: &str) -> String,
    pub previous: &'static str,
    pub next: &'static str,
    pub all_items: &'static str,
    pub review_answers: &'static str,
    pub item_nav_label: &'static str,
    pub jump_to_item: &'static str,

    // Overview
    pub overview_heading: &'static str,
    pub overview_lead: &'static str,
    pub not_answered: &'static str,

    // Item screen
    pub answer_choices: [AnswerText; 5],
    pub clear_answer: &'static str,
    pub done_means_heading: &'static str,
    pub memo_label: &'static str,
    pub memo_hint: fn(max_chars: usize) -> String,
    pub explanation_summary: &'static str,
    pub why_heading: &'static str,
    pub check_heading: &'static str,
    pub steps_heading: &'static str,
    pub links_heading: &'static str,
    pub opens_in_new_tab: &'static str,
    pub original_wording: &'static str,
    pub item_attribution: &'static str,

    // Footer
    pub footer_privacy: &'static str,
    pub footer_source: &'static str,
    pub footer_not_ipa: &'static str,
}

impl Ui {
    pub fn answer(&self, answer: Answer) -> &AnswerText {
        let index = Answer::ALL.iter().position(|a| *a == answer).unwrap_or(0);
        &self.answer_choices[index]
    }
}

/// The strings for `lang`.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

pub static JA: Ui = Ui {
    lang_name: "日本語",
    app_title: "クラウドサービス安全利用 セルフチェック",
    skip_to_content: "本文へ移動",
    lang_switch_label: "表示言語",

    start_heading: "そのクラウドサービス、安全に使えていますか？",
    start_lead: "IPA（情報処理推進機構）の「クラウドサービス安全利用チェックシート」の15項目で、いま使っている、またはこれから使うクラウドサービス（会計ソフト、Microsoft 365、オンラインストレージなど）の使い方を確かめます。",
    start_who: "中小企業の経営者や、IT を任されている方のためのチェックです。専門知識は要りません。各項目に、なぜ大切か・何を確認するか・どう進めるかの解説があります。",
    start_time: "所要時間：約10分",
    start_privacy: "回答はこのブラウザの中だけで扱われ、どこにも送信されません。",
    start_not_saved_yet: "回答はこの画面を開いている間だけ保持されます。ページを閉じたり再読み込みしたりすると消えます。",
    service_label: "チェックするクラウドサービス（任意）",
    service_hint: "例：会計ソフト、Microsoft 365、オンラインストレージ",
    start_button: "チェックを始める",
    resume_button: |answered, total| format!("続きから再開する（{answered}/{total} 回答済み）"),
    see_all_items: "15項目の一覧を見る",
    source_heading: "出典",
    in_brackets: |s| format!("（{s}）"),

    progress: |answered, total| format!("回答済み {answered}/{total}"),
    section_progress: |answered, total| format!("{answered}/{total} 回答済み"),
    item_position: |number, total| format!("項目 {number}/{total}"),
    section_label: |numeral, title| format!("{numeral}. {title}"),
    previous: "前の項目",
    next: "次の項目",
    all_items: "項目一覧",
    review_answers: "一覧で回答を確かめる",
    item_nav_label: "前後の項目",
    jump_to_item: "項目へ移動",

    overview_heading: "チェック項目の一覧",
    overview_lead: "どの項目からでも回答できます。項目名を選ぶとその項目に移動します。",
    not_answered: "未回答",

    answer_choices: [
        AnswerText { label: "確認・対応済み", hint: "確かめて、必要な対応もした" },
        AnswerText { label: "一部のみ", hint: "一部は確かめた・対応した" },
        AnswerText { label: "未対応", hint: "まだ確かめていない・対応していない" },
        AnswerText { label: "わからない", hint: "社内や事業者に確認が必要" },
        AnswerText { label: "該当しない", hint: "このサービスには当てはまらない" },
    ],
    clear_answer: "回答を取り消す",
    done_means_heading: "「確認・対応済み」を選ぶ目安",
    memo_label: "メモ（任意）",
    memo_hint: |max| format!("確かめたこと、担当者、期限など。{max}文字まで。"),
    explanation_summary: "解説：なぜ大切か・何を確認するか・どう進めるか",
    why_heading: "なぜ大切か",
    check_heading: "確認すること",
    steps_heading: "小さな会社での進め方",
    links_heading: "公式の参考資料",
    opens_in_new_tab: "（新しいタブで開きます）",
    original_wording: "IPA の原文",
    item_attribution: "項目名と質問文は IPA「中小企業のためのクラウドサービス安全利用の手引き」（2024年7月）のチェックシートによります。解説は本ツールが独自に作成したものです。",

    footer_privacy: "回答はこのブラウザの中だけで扱われ、外部には送信されません。",
    footer_source: "チェックシートの出典：",
    footer_not_ipa: "本ツールは IPA の資料をもとに作成したもので、IPA が提供するものではありません。",
};

pub static EN: Ui = Ui {
    lang_name: "English",
    app_title: "Cloud service safety self-check",
    skip_to_content: "Skip to main content",
    lang_switch_label: "Language",

    start_heading: "Are you using your cloud service safely?",
    start_lead: "Check a cloud service you use or plan to use (accounting software, Microsoft 365, online storage…) against the 15 points of the Cloud Service Safety Checklist published by IPA, Japan's Information-technology Promotion Agency.",
    start_who: "For owners of small and medium-sized businesses and whoever looks after IT for them. No expert knowledge needed: every item explains why it matters, what to check and how to go about it.",
    start_time: "Takes about 10 minutes",
    start_privacy: "Your answers stay in this browser and are never sent anywhere.",
    start_not_saved_yet: "Your answers are kept only while this page is open; closing or reloading it clears them.",
    service_label: "Cloud service you are checking (optional)",
    service_hint: "e.g. accounting software, Microsoft 365, online storage",
    start_button: "Start the check",
    resume_button: |answered, total| format!("Continue ({answered} of {total} answered)"),
    see_all_items: "See all 15 items",
    source_heading: "Source",
    in_brackets: |s| format!(" ({s})"),

    progress: |answered, total| format!("{answered} of {total} answered"),
    section_progress: |answered, total| format!("{answered} of {total} answered"),
    item_position: |number, total| format!("Item {number} of {total}"),
    section_label: |numeral, title| format!("{numeral}. {title}"),
    previous: "Previous item",
    next: "Next item",
    all_items: "All items",
    review_answers: "Review your answers",
    item_nav_label: "Previous and next item",
    jump_to_item: "Go to an item",

    overview_heading: "All checklist items",
    overview_lead: "Answer the items in any order: choose an item to go to it.",
    not_answered: "Not answered",

    answer_choices: [
        AnswerText { label: "Done", hint: "Checked, and what it needs is in place" },
        AnswerText { label: "Partly", hint: "Checked or done in part" },
        AnswerText { label: "Not yet", hint: "Not checked or not done yet" },
        AnswerText { label: "Don't know", hint: "Need to ask a colleague or the provider" },
        AnswerText { label: "Not applicable", hint: "Does not apply to this service" },
    ],
    clear_answer: "Clear answer",
    done_means_heading: "When to choose “Done”",
    memo_label: "Memo (optional)",
    memo_hint: |max| format!("What you checked, who is responsible, deadlines. Up to {max} characters."),
    explanation_summary: "Explanation: why it matters, what to check, how to do it",
    why_heading: "Why it matters",
    check_heading: "What to check",
    steps_heading: "How a small company can do it",
    links_heading: "Official references",
    opens_in_new_tab: "(opens in a new tab)",
    original_wording: "IPA's original wording",
    item_attribution: "Item titles and questions come from the checklist in IPA's 中小企業のためのクラウドサービス安全利用の手引き (July 2024); the English translation and all explanations are ours.",

    footer_privacy: "Your answers stay in this browser and are never sent anywhere.",
    footer_source: "Checklist source: ",
    footer_not_ipa: "This tool is based on IPA's material but is not provided by IPA.",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_has_a_distinct_label_in_every_language() {
        for lang in Lang::ALL {
            let labels: std::collections::BTreeSet<_> = Answer::ALL
                .iter()
                .map(|a| ui(lang).answer(*a).label)
                .collect();
            assert_eq!(labels.len(), Answer::ALL.len(), "{lang:?}");
        }
        assert_eq!(ui(Lang::Ja).answer(Answer::Done).label, "確認・対応済み");
        assert_eq!(
            ui(Lang::En).answer(Answer::NotApplicable).label,
            "Not applicable"
        );
    }
}
