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

    // Results
    pub see_results: &'static str,
    pub results_heading: &'static str,
    pub report_service: fn(name: &str) -> String,
    pub report_date: fn(date: &str) -> String,
    pub provisional_heading: &'static str,
    pub provisional_text: fn(unanswered: usize) -> String,
    pub overall_label: &'static str,
    pub score_line: fn(points: i32, max: i32) -> String,
    pub percent: fn(percent: u32) -> String,
    pub not_scored: &'static str,
    pub level_good: &'static str,
    pub level_fair: &'static str,
    pub level_poor: &'static str,
    pub level_none: &'static str,
    pub unknown_hint: fn(count: usize) -> String,
    pub chart_caption: &'static str,
    pub col_section: &'static str,
    pub col_score: &'static str,
    pub col_percent: &'static str,
    pub col_answered: &'static str,
    pub how_scored_heading: &'static str,
    pub how_scored: &'static str,
    pub plan_heading: &'static str,
    pub plan_lead: &'static str,
    pub plan_empty: &'static str,
    pub plan_steps_heading: &'static str,
    pub plan_question_heading: &'static str,
    pub open_item: fn(number: u8) -> String,
    pub questions_heading: &'static str,
    pub questions_lead: &'static str,
    /// Label of the provider message written in the given language.
    pub questions_in: fn(Lang) -> &'static str,
    pub message_intro: fn(service: &str) -> String,
    pub message_outro: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub answers_heading: &'static str,
    pub col_item: &'static str,
    pub col_answer: &'static str,
    pub col_memo: &'static str,
    pub print: &'static str,
    pub report_source: &'static str,
    pub report_tool_url: &'static str,

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

    see_results: "結果とアクションプランを見る",
    results_heading: "結果とアクションプラン",
    report_service: |name| format!("対象のサービス：{name}"),
    report_date: |date| format!("実施日：{date}"),
    provisional_heading: "暫定の結果です",
    provisional_text: |n| format!("まだ回答していない項目が {n} 件あります。回答すると結果が変わります。"),
    overall_label: "全体",
    score_line: |points, max| format!("{points} 点 / {max} 点"),
    percent: |p| format!("{p}%"),
    not_scored: "—",
    level_good: "よくできています。「一部のみ」の項目を仕上げ、年に一度は見直しましょう。",
    level_fair: "基本はできていますが、手当てが必要な項目があります。下のアクションプランの順に進めましょう。",
    level_poor: "対策が足りない項目が多くあります。下のアクションプランの上から順に、一つずつ取り組みましょう。",
    level_none: "採点できる回答がまだありません（未回答か「該当しない」だけです）。",
    unknown_hint: |n| format!("「わからない」が {n} 件あります。下の質問文を使って事業者に確かめましょう。"),
    chart_caption: "セクションごとの得点の割合",
    col_section: "セクション",
    col_score: "得点",
    col_percent: "割合",
    col_answered: "回答済み",
    how_scored_heading: "採点の方法",
    how_scored: "「確認・対応済み」4点、「一部のみ」2点、「未対応」0点、「わからない」−1点で数えます（IPA「5分でできる！情報セキュリティ自社診断」と同じ配点です）。「該当しない」と未回答の項目は満点から除きます。割合は得点を満点で割ったもので、0%未満は0%と表示します。80%以上は「よくできています」、50〜79%は「基本はできています」、50%未満は「対策が足りません」の目安です。",
    plan_heading: "アクションプラン",
    plan_lead: "「未対応」、「わからない」、「一部のみ」の順に、同じ回答の中では情報漏えいやデータ消失に直結しやすい項目から並べています。上から順に取り組みましょう。",
    plan_empty: "取り組むべき項目はありません。すべて「確認・対応済み」か「該当しない」です。",
    plan_steps_heading: "次にすること",
    plan_question_heading: "事業者に確かめること",
    open_item: |n| format!("項目 {n} を開く"),
    questions_heading: "事業者への質問文",
    questions_lead: "「わからない」と答えた項目を、事業者への問い合わせにそのまま使える文面にしました。コピーしてメールや問い合わせフォームに貼り付けてください。",
    questions_in: |lang| match lang {
        Lang::Ja => "日本語の文面",
        Lang::En => "英語の文面（海外の事業者向け）",
    },
    message_intro: |service| format!("{service}の利用にあたり、以下の点について教えてください。"),
    message_outro: "お手数ですが、よろしくお願いいたします。",
    copy: "文面をコピー",
    copied: "コピーしました。",
    copy_failed: "コピーできませんでした。文面を選択してコピーしてください。",
    answers_heading: "すべての回答",
    col_item: "項目",
    col_answer: "回答",
    col_memo: "メモ",
    print: "印刷・PDF で保存",
    report_source: "チェック項目の出典：IPA「中小企業のためのクラウドサービス安全利用の手引き」（2024年7月）。解説・採点・アクションプランは本ツールによるものです。",
    report_tool_url: "作成ツール：",

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

    see_results: "See results and action plan",
    results_heading: "Results and action plan",
    report_service: |name| format!("Service checked: {name}"),
    report_date: |date| format!("Date: {date}"),
    provisional_heading: "Provisional result",
    provisional_text: |n| format!("{n} items are not answered yet. Answering them will change the result."),
    overall_label: "Overall",
    score_line: |points, max| format!("{points} of {max} points"),
    percent: |p| format!("{p}%"),
    not_scored: "—",
    level_good: "Well done. Finish the items that are only partly done, and review everything once a year.",
    level_fair: "The basics are in place, but some items need attention. Work through the action plan below in order.",
    level_poor: "Many items need attention. Start at the top of the action plan below and take them one at a time.",
    level_none: "Nothing to score yet (only unanswered or “Not applicable” items).",
    unknown_hint: |n| format!("{n} items are “Don't know”. Use the questions below to ask the provider."),
    chart_caption: "Score by section, as a percentage",
    col_section: "Section",
    col_score: "Points",
    col_percent: "Percentage",
    col_answered: "Answered",
    how_scored_heading: "How is this scored?",
    how_scored: "“Done” counts 4 points, “Partly” 2, “Not yet” 0 and “Don't know” −1 (the same points as IPA's 5-minute information security self-diagnosis, 5分でできる！情報セキュリティ自社診断). “Not applicable” and unanswered items are left out of the maximum. The percentage is the points over that maximum, shown as 0% if below zero. As a guide: 80% or more is good, 50–79% means the basics are in place, under 50% means protection is lacking.",
    plan_heading: "Action plan",
    plan_lead: "Items answered “Not yet” come first, then “Don't know”, then “Partly”; among the same answer, the items most likely to lead straight to a leak or a loss of data come first. Work from the top.",
    plan_empty: "Nothing left to do: every item is “Done” or “Not applicable”.",
    plan_steps_heading: "What to do next",
    plan_question_heading: "Ask the provider",
    open_item: |n| format!("Open item {n}"),
    questions_heading: "Questions for the provider",
    questions_lead: "Your “Don't know” items, written as a message you can send the provider as it is. Copy it into an e-mail or the provider's contact form.",
    questions_in: |lang| match lang {
        Lang::Ja => "In Japanese",
        Lang::En => "In English",
    },
    message_intro: |service| format!("We use (or plan to use) {service}. Could you please answer the following questions?"),
    message_outro: "Thank you for your help.",
    copy: "Copy the message",
    copied: "Copied.",
    copy_failed: "Could not copy. Please select the text and copy it.",
    answers_heading: "All answers",
    col_item: "Item",
    col_answer: "Answer",
    col_memo: "Memo",
    print: "Print or save as PDF",
    report_source: "Checklist items: IPA, 中小企業のためのクラウドサービス安全利用の手引き (July 2024). Explanations, scoring and the action plan are this tool's own.",
    report_tool_url: "Made with: ",

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
