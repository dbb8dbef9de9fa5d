//! Every user-facing string of the interface, in every language.
//!
//! One [`Ui`] value per language: adding a string means adding a field, and the compiler then
//! refuses to build until every language has it. Strings that carry numbers are functions.
//! Checklist content (titles, questions, explanations) is not here but in [`crate::content`].
//! Never imports yew, web_sys, gloo or wasm_bindgen.

use crate::domain::site::SiteProblem;
use crate::domain::{Answer, Lang, StepStatus};
use crate::lms::LmsProblem;
use crate::names::SITE_FILE;
use crate::persist::SaveProblem;
use crate::state::Notice;

mod checks;
mod plan;
mod rules;
pub mod trainer;
pub use checks::{checks_ui, ChecksUi};
pub use plan::{plan_ui, PlanUi};
pub use rules::{rules_ui, RulesUi, SECURITY_ACTION_URL};
pub use trainer::{trainer_ui, TrainerUi};

/// The label and one-line hint of an answer choice.
pub struct AnswerText {
    pub label: &'static str,
    pub hint: &'static str,
}

pub struct Ui {
    pub app_title: &'static str,
    pub skip_to_content: &'static str,
    /// Accessible name of the language switcher group.
    pub lang_switch_label: &'static str,

    // Start screen
    pub start_heading: &'static str,
    pub start_lead: &'static str,
    /// On the start screen opened from a trainer's course link (the course's id).
    pub course_note: fn(course: &str) -> String,
    pub start_who: &'static str,
    pub start_time: &'static str,
    pub start_privacy: &'static str,
    pub start_saved: &'static str,
    /// What a browser may delete, and how to keep a copy.
    pub start_may_delete: &'static str,
    pub service_label: &'static str,
    pub service_hint: &'static str,
    /// Once the open check has answers, the start screen offers a new check for another
    /// service, named by its own field (the open check, named `current` or unnamed when
    /// empty, keeps its name).
    pub another_label: &'static str,
    pub another_hint: fn(current: &str) -> String,
    pub another_button: &'static str,
    pub start_button: &'static str,
    pub resume_button: fn(answered: usize, total: usize) -> String,
    pub see_all_items: &'static str,
    /// Shown (with the checklist) only when JavaScript is off.
    pub noscript_note: &'static str,
    /// The same page's note to readers of this language when the page is in another: the
    /// items below are in that language (the list itself is not repeated: it would weigh on
    /// every first load for a few readers without JavaScript).
    pub noscript_other: &'static str,
    /// Shown while the app loads, when the prerendered start screen is not what it will show,
    /// and while a screen's part of the app comes (`ui::parts`).
    pub loading: &'static str,
    /// A screen's part of the app could not be fetched (offline before it was ever loaded).
    pub part_failed: &'static str,
    pub part_retry: &'static str,
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
    pub not_applicable_heading: &'static str,
    /// Shown on an item whose stored answer is 該当しない where the item no longer offers it.
    pub not_applicable_withdrawn: &'static str,
    pub memo_label: &'static str,
    pub memo_hint: fn(max_chars: usize) -> String,
    pub explanation_summary: &'static str,
    pub why_heading: &'static str,
    pub check_heading: &'static str,
    pub steps_heading: &'static str,
    pub links_heading: &'static str,
    pub look_for_heading: &'static str,
    pub look_for_missing_heading: &'static str,
    pub look_for_expert_heading: &'static str,
    pub opens_in_new_tab: &'static str,
    pub original_wording: &'static str,
    /// Before and after the checklist's title (in Japanese, marked as such).
    pub item_attribution: [&'static str; 2],

    // Results
    pub see_results: &'static str,
    pub results_heading: &'static str,
    pub score_line: fn(points: i32, max: i32) -> String,
    pub percent: fn(percent: u32) -> String,
    pub not_scored: &'static str,
    pub col_section: &'static str,
    pub col_score: &'static str,
    pub col_percent: &'static str,
    /// "Explanations and links last reviewed on …" with the content version.
    /// When the explanations were reviewed, the content's version and the tool's.
    pub content_reviewed: fn(date: &str, version: &str, tool: &str) -> String,
    /// Beside item 9's "no multi-factor authentication" box: why 確認・対応済み is not offered.
    pub lacks_done_note: &'static str,
    /// A plan step's 担当, 期限 and 状況 (the CSV's columns).
    pub owner_label: &'static str,
    pub due_label: &'static str,
    pub status_label: &'static str,
    pub status_name: fn(StepStatus) -> &'static str,
    pub copy: &'static str,
    pub last_export: fn(&str) -> String,
    /// A check started this many days ago has changed since the last JSON export.
    pub copy_reminder: fn(i64) -> String,
    pub code_paste_label: &'static str,
    pub code_paste_hint: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub col_item: &'static str,
    pub col_answer: &'static str,
    pub col_memo: &'static str,
    pub print: &'static str,

    // Saving, assessments, import and export
    pub saved: &'static str,
    pub save_problem: fn(SaveProblem) -> &'static str,
    pub export_now: &'static str,
    pub notice: fn(&Notice) -> String,
    pub undo: &'static str,
    pub reload: &'static str,
    pub dismiss: &'static str,
    pub checking: fn(name: &str) -> String,
    pub unnamed: &'static str,
    pub my_checks: &'static str,
    pub assessments_heading: &'static str,
    pub rename_label: &'static str,
    pub cancel: &'static str,
    pub duplicate: &'static str,
    pub export_all_json: &'static str,
    pub replace: &'static str,
    pub compare_heading: &'static str,
    /// The rules draft's screen (here, not in `RulesUi`, for its placeholder in the first load).
    pub rules_heading: &'static str,
    pub delete_all: &'static str,

    /// The link to the trainer's page (start screen, footer, "My checks").
    pub trainer_link: &'static str,
    /// On the participants' page, where the class overview used to be.
    pub class_moved_heading: &'static str,
    pub class_moved: &'static str,
    pub class_moved_link: &'static str,

    // Footer
    pub footer_privacy: &'static str,

    pub footer_source: &'static str,
    pub footer_not_ipa: &'static str,
    pub footer_disclaimer: &'static str,

    // The hosting site's details (site.json), on the start screen, in the footer and on
    // the printed report
    pub site_operator: &'static str,
    pub site_contact: &'static str,
    pub site_privacy: &'static str,
    pub site_accessibility: &'static str,
    pub site_security: &'static str,
}

impl Ui {
    /// A check's name as shown everywhere: its service name, or "(no name)".
    pub fn check_name<'a>(&'a self, service_name: &'a str) -> &'a str {
        if service_name.is_empty() {
            self.unnamed
        } else {
            service_name
        }
    }

    pub fn answer(&self, answer: Answer) -> &AnswerText {
        &self.answer_choices[answer.index()]
    }
}

/// The strings for `lang`.
/// Text taken from a file, cut to a length a message can show (a file may hold a 1 MB key).
pub fn clip(text: &str) -> String {
    const MAX: usize = 40;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(MAX).collect();
        cut.push('…');
        cut
    }
}

/// An English count with its noun: `1 item`, `2 items`.
fn count_en(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// `2026-11-23` as `2026年11月23日` (anything else as it is).
/// `YYYY-MM-DD` as an English letter writes it: "17 December 2026" (anything else as given).
fn en_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut parts = iso.splitn(3, '-');
    let number = |p: Option<&str>| p.and_then(|p| p.parse::<usize>().ok());
    match (parts.next(), number(parts.next()), number(parts.next())) {
        (Some(y), Some(m @ 1..=12), Some(d @ 1..=31)) => format!("{d} {} {y}", MONTHS[m - 1]),
        _ => iso.to_owned(),
    }
}

fn ja_date(iso: &str) -> String {
    let mut parts = iso.splitn(3, '-').map(|p| p.trim_start_matches('0'));
    match (parts.next(), parts.next(), parts.next()) {
        (Some(y), Some(m), Some(d)) if !m.is_empty() && !d.is_empty() => format!("{y}年{m}月{d}日"),
        _ => iso.to_owned(),
    }
}

/// The words of the SCORM package's LMS parts: what goes to the course, and what went
/// wrong. Only builds that can run in an LMS carry them (the package's, feature "lms", and
/// native builds, which prerender its start screen): the hosted tool's wasm has none.
pub struct LmsUi {
    pub footer_privacy_lms: &'static str,
    /// What goes to the course site, and that nothing goes anywhere else.
    pub lms_notice: &'static str,
    pub lms_problem: fn(LmsProblem) -> String,
    pub lms_retry: &'static str,
    pub lms_to_code: &'static str,
    pub lms_memos_here: &'static str,
}

/// The LMS parts' words in `lang` (see [`LmsUi`]); `None` in the hosted tool's wasm, which
/// never runs in an LMS.
#[cfg(any(feature = "lms", not(target_arch = "wasm32")))]
pub fn lms_ui(lang: Lang) -> Option<&'static LmsUi> {
    Some(match lang {
        Lang::Ja => &LMS_JA,
        Lang::En => &LMS_EN,
    })
}

/// The LMS parts' words: none in the hosted tool's wasm (see [`LmsUi`]).
#[cfg(not(any(feature = "lms", not(target_arch = "wasm32"))))]
pub fn lms_ui(_lang: Lang) -> Option<&'static LmsUi> {
    None
}

#[cfg(any(feature = "lms", not(target_arch = "wasm32")))]
static LMS_JA: LmsUi = LmsUi {
    footer_privacy_lms: "回答は、この研修サイト（LMS）のほかには送信されません。",
    lms_notice: "この教材は研修サイト（LMS）から開かれています。研修サイトに送られるのは、全体の得点（割合）、15項目すべてに回答したかどうか、各項目の回答（講師が研修サイトの報告で見られます）、回答を結果コードにしたもの（サービス名とメモも、収まる限り含みます）だけです。ほかのどこにも送信されません。",
    lms_problem: |p| match p {
        LmsProblem::Start { code } => format!("研修サイト（LMS）との接続を始められませんでした（エラー{code}）。回答はこの端末に保存されますが、研修サイトには記録されません。結果は「結果とアクションプラン」の結果コードで講師に送れます。"),
        LmsProblem::Record { code } => format!("研修サイト（LMS）に結果を記録できませんでした（エラー{code}）。回答はこの端末に残っています。もう一度記録するか、「結果とアクションプラン」の結果コードを講師に送ってください。"),
        LmsProblem::NewerRecord { found } => format!("研修サイト（LMS）にある記録は、このツールの新しい版で作られています（結果コードの版{found}）。その記録を上書きしないよう、この教材は研修サイトに何も記録せず、回答はこの端末にだけ保存します。講師に教材（パッケージ）の更新を頼んでください。結果は「結果とアクションプラン」の結果コードでも送れます。"),
    },
    lms_retry: "もう一度記録する",
    lms_to_code: "結果コードを開く",
    lms_memos_here: "メモは長いため研修サイトには送らず、この端末にだけ残しています。",
};

#[cfg(any(feature = "lms", not(target_arch = "wasm32")))]
static LMS_EN: LmsUi = LmsUi {
    footer_privacy_lms: "Your answers are sent nowhere but this course site (LMS).",
    lms_notice: "This check was opened from your course site (LMS). The course site receives only your overall score (a percentage), whether all 15 items are answered, your answer to each item (which the trainer sees in the course site's report), and your answers as a result code (with the service name and memos while they fit). Nothing is sent anywhere else.",
    lms_problem: |p| match p {
        LmsProblem::Start { code } => format!("The connection to your course site (LMS) could not be started (error {code}). Your answers are saved on this device but not recorded in the course. You can send your result to the trainer as a result code from “Results and action plan”."),
        LmsProblem::Record { code } => format!("Your result could not be recorded in the course site (LMS) (error {code}). Your answers are kept on this device. Try again, or send the result code from “Results and action plan” to the trainer."),
        LmsProblem::NewerRecord { found } => format!("The course site (LMS) holds a record made by a newer version of this tool (result code version {found}). So as not to overwrite it, this package records nothing in the course, and your answers are saved on this device only. Ask your trainer to update the package. You can also send your result as a result code from “Results and action plan”."),
    },
    lms_retry: "Try recording again",
    lms_to_code: "Open the result code",
    lms_memos_here: "Your memos are too long for the course site's record: they are kept on this device only.",
};

/// The language's own name, as the switcher shows it to speakers of that language. Not in
/// [`Ui`]: the switcher names English before any English is fetched.
pub fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "日本語",
        Lang::En => "English",
    }
}

/// [`Notice::EnglishUnavailable`] in English, shown under the Japanese: where the English
/// is fetched on demand and could not be, this is the one English sentence the app has.
pub const ENGLISH_UNAVAILABLE: &str = "The English version could not be loaded, so the tool stays in Japanese. Try again when you are online (your answers are saved).";

/// What was left out of `site.json` and why, for the web manager reading the console (in
/// both languages: it is not the reader's language that matters here).
pub fn site_problem(problem: &SiteProblem) -> String {
    let (key, ja, en) = match problem {
        SiteProblem::NotAnObject => (
            "",
            "JSONのオブジェクト（{ … }）ではないため使いません",
            "not a JSON object ({ … }): not used",
        ),
        SiteProblem::UnknownKey(key) => (
            key.as_str(),
            "使えない項目名です（綴りを確かめてください）",
            "not a setting (check its spelling)",
        ),
        SiteProblem::WrongKind(key) => (
            *key,
            "値の形が違うため使いません",
            "left out: its value is not of the right kind",
        ),
        SiteProblem::UnsafeLink(key) => (
            *key,
            "https:・http:・mailto:のリンクかこのサイトのパスだけ使えます",
            "left out: only https:, http:, mailto: or a path on this site",
        ),
        SiteProblem::TooLong(key) => (*key, "長すぎるため使いません", "left out: too long"),
    };
    format!("{SITE_FILE}: {key} {ja} / {en}")
}

/// The interface's words in `lang`. Built with "english-on-demand", the English is made
/// from the fetched English file (see `crate::content::english`) and is Japanese until then.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Ja => &JA,
        #[cfg(not(feature = "english-on-demand"))]
        Lang::En => &EN,
        #[cfg(feature = "english-on-demand")]
        Lang::En => {
            static MADE: std::sync::OnceLock<Ui> = std::sync::OnceLock::new();
            fetched_english(&MADE, 0, english_ui).unwrap_or(&JA)
        }
    }
}

/// The English of the interface's part `part` (see `content::english::ENGLISH_UI_PARTS`),
/// made by `make` from the fetched English file the first time it is asked for and kept in
/// `made`; `None` until that file is taken in. Every part's words (`ui`, `plan_ui`,
/// `checks_ui`, `rules_ui`) come this one way.
#[cfg(feature = "english-on-demand")]
fn fetched_english<T>(
    made: &'static std::sync::OnceLock<T>,
    part: usize,
    make: fn(&[&'static str]) -> T,
) -> Option<&'static T> {
    crate::content::english::interface(part).map(|texts| made.get_or_init(|| make(texts)))
}

#[cfg(feature = "english-on-demand")]
include!(concat!(env!("OUT_DIR"), "/english_ui.rs"));

pub static JA: Ui = Ui {
    app_title: "クラウドサービス安全利用 セルフチェック",
    skip_to_content: "本文へ移動",
    lang_switch_label: "表示言語",

    start_heading: "そのクラウドサービス、安全に使えていますか？",
    start_lead: "IPA（情報処理推進機構）の「クラウドサービス安全利用チェックシート」の15項目で、いま使っている、またはこれから使うクラウドサービス（会計ソフト、グループウェア、オンラインストレージなど）の使い方を確かめます。",
    course_note: |c| format!("研修「{c}」のチェックです。15項目に答えると、結果の画面のいちばん上に、講師に送る「結果コード」が出ます（送るのは回答だけです。サービス名とメモは、選んだときだけ入ります）。"),
    start_who: "中小企業の経営者や、ITを任されている方のためのチェックです。専門知識は要りません。各項目に、なぜ大切か・何を確認するか・どう進めるかの解説があります。",
    start_time: "所要時間：約10分（解説も読むと15分ほど）",
    start_privacy: "回答はこのブラウザの中だけで扱われ、どこにも送信されません。",
    start_saved: "回答はこの端末のブラウザに自動保存されます。途中でやめても、続きから再開できます。",
    start_may_delete: "ただし、ブラウザは保存したデータを消すことがあります（データの消去をしたとき、iPhoneやMacのSafariで7日間開かなかったとき、プライベートモードを閉じたとき）。残しておきたい結果は、JSONで書き出して保管してください。",
    service_label: "チェックするクラウドサービス（任意）",
    service_hint: "例：会計ソフト、グループウェア、オンラインストレージ",
    another_label: "別のサービスをチェックする（サービス名・任意）",
    another_hint: |current| {
        let which = if current.is_empty() { String::new() } else { format!("「{current}」") };
        format!("いまのチェック{which}は、名前も回答もそのまま残ります。「チェックの一覧」から、いつでも開けます。")
    },
    another_button: "新しいチェックを始める",
    start_button: "チェックを始める",
    resume_button: |answered, total| format!("続きから再開する（{answered}/{total}回答済み）"),
    see_all_items: "15項目の一覧を見る",
    loading: "読み込み中…",
    part_failed: "この画面を読み込めませんでした。通信できる状態で、もう一度お試しください。回答はそのまま残っています。",
    part_retry: "もう一度読み込む",
    noscript_note: "回答して結果を見るには、ブラウザのJavaScriptを有効にしてください。JavaScriptが使えなくても、下の15項目を読んで一つずつ確かめることはできます。",
    noscript_other: "このセルフチェックにはJavaScriptが必要です。有効にすると、日本語でも回答できます。下の15項目は英語です。",
    source_heading: "出典",
    in_brackets: |s| format!("（{s}）"),

    progress: |answered, total| format!("回答済み{answered}/{total}"),
    section_progress: |answered, total| format!("{answered}/{total}回答済み"),
    item_position: |number, total| format!("項目{number}/{total}"),
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
        AnswerText { label: "未対応", hint: "まだ手を付けていない。または確かめた結果、できていない・規約にない・断られた" },
        AnswerText { label: "わからない", hint: "まだ確かめていない・聞いていない。−1点（わからないこと自体がリスクのため）" },
        AnswerText { label: "該当しない", hint: "このサービスには当てはまらない" },
    ],
    clear_answer: "回答を取り消す",
    done_means_heading: "「確認・対応済み」を選ぶ目安",
    not_applicable_heading: "「該当しない」を選べる場合",
    not_applicable_withdrawn: "以前「該当しない」と回答されていましたが、この項目では選べなくなりました（満点を小さくするだけになるため）。回答を選び直してください。",
    memo_label: "メモ（任意）",
    memo_hint: |max| format!("確かめたこと、担当者、期限など。{max}文字まで。"),
    explanation_summary: "解説：なぜ大切か・何を確認するか・どう進めるか",
    why_heading: "なぜ大切か",
    check_heading: "確認すること",
    steps_heading: "小さな会社での進め方",
    links_heading: "公式の参考資料",
    look_for_heading: "規約や公開資料で探す言葉",
    look_for_missing_heading: "見つからないとき",
    look_for_expert_heading: "専門家に相談するとき",
    opens_in_new_tab: "（新しいタブで開きます）",
    original_wording: "IPAの原文",
    item_attribution: ["項目名と質問文は、IPA「", "」（2024年7月）のチェックシートの各項目のページの表記によります（項目7の項目名は、チェックシートの一覧表の表記）。解説は本ツールが独自に作成したものです。"],

    see_results: "結果とアクションプランを見る",
    results_heading: "結果とアクションプラン",
    score_line: |points, max| format!("{points}点 / {max}点"),
    percent: |p| format!("{p}%"),
    not_scored: "—",
    col_section: "セクション",
    col_score: "得点",
    col_percent: "割合",
    content_reviewed: |date, version, tool| format!("解説・リンクの最終確認：{}（内容のバージョン：{version}）・ツールのバージョン：{tool}", ja_date(date)),
    lacks_done_note: "多要素認証の機能がないサービスでは、「確認・対応済み」は選べません。ほかができていれば「一部のみ」です。",
    owner_label: "担当",
    due_label: "期限",
    status_label: "状況",
    status_name: |s| match s {
        StepStatus::Todo => "未着手",
        StepStatus::Waiting => "依頼中・回答待ち",
        StepStatus::Done => "完了",
    },
    copy: "文面をコピー",
    last_export: |at| format!("最後にJSONで書き出した日：{at}"),
    copy_reminder: |days| format!("{days}日前に始めたチェックが、まだファイルに書き出されていません。ブラウザは、しばらく開かなかったサイトのデータを消すことがあります（iPhoneやMacのSafariは7日間）。JSONで書き出して、ファイルを保管してください。"),
    code_paste_label: "結果コードを貼り付け",
    code_paste_hint: "CCHK1-で始まるコード。1行に1つ、またはチャットの文章ごと貼り付けても読み取ります。",
    copied: "コピーしました。",
    copy_failed: "自動ではコピーできませんでした。文面を選択したので、そのままコピーしてください（長押しまたはCtrl+C）。",
    col_item: "項目",
    col_answer: "回答",
    col_memo: "メモ",
    print: "印刷・PDFで保存",

    saved: "この端末に自動保存しています",
    save_problem: |p| match p {
        SaveProblem::Unavailable => "このブラウザでは保存が使えません（プライベートモードや設定で無効になっています）。回答はこの画面を開いている間だけ残ります。閉じる前に書き出してください。",
        SaveProblem::Full => "この端末の保存容量がいっぱいで、最新の変更を保存できません。回答はこの画面を開いている間だけ残ります。閉じる前に書き出してください。",
        SaveProblem::OtherVersion => "別のタブで、新しいバージョンのツールがこのチェックを保存しました。このタブは上書きしません（この画面の変更は保存されていません）。書き出してから、ページを再読み込みしてください。",
    },
    export_now: "今すぐ書き出す（JSON）",
    notice: |n| match n {
        Notice::CorruptSetAside { keys } => format!("保存されていたデータの一部（{}件）を読み込めませんでした。消さずに別の場所に退避しました（「この端末に保存しているデータ」の一覧にあり、ファイルとして保存できます）。", keys.len()),
        Notice::Deleted { name } => format!("「{}」を削除しました。", JA.check_name(name)),
        Notice::Restored { name } => format!("「{}」を元に戻して開きました。", JA.check_name(name)),
        Notice::DeletedElsewhere { name } => format!("ここで開いていた「{}」は、別のタブで削除されました。元に戻すこともできます。", JA.check_name(name)),
        Notice::OtherVersion { keys } => format!("別のバージョンのツールが保存したチェック（{}件）は読み込まず、そのまま残しています。そのバージョンで開くか、「この端末に保存しているデータ」からファイルとして保存できます。", keys.len()),
        Notice::Imported { count } => format!("{count}件のチェックを取り込みました。"),
        Notice::Replaced { name } => format!("「{}」をファイルの内容で置き換えました。", JA.check_name(name)),
        Notice::DataDeleted { keys } => format!("この端末からデータを削除しました（{}件）：{}", keys.len(), keys.join("、")),
        Notice::DataDeletedElsewhere => "別のタブで、このツールのデータがすべて削除されました。ここでも消えています。".to_owned(),
        Notice::NewVersion => "新しいバージョンが届きました。再読み込みすると使えます（回答は保存されています）。".to_owned(),
        Notice::EnglishUnavailable => "英語版の文面を読み込めなかったため、日本語のまま表示しています。通信できるところで、もう一度お試しください（回答は保存されています）。".to_owned(),
    },
    undo: "元に戻す",
    reload: "再読み込み",
    dismiss: "閉じる",
    checking: |name| format!("チェック中：{name}"),
    unnamed: "（名前なし）",
    my_checks: "チェックの一覧",
    assessments_heading: "チェックの一覧",
    rename_label: "サービス名",
    cancel: "やめる",
    duplicate: "複製",
    export_all_json: "すべてをJSONで書き出す",
    replace: "選んだチェックを置き換える",
    compare_heading: "2つのチェックを比べる",
    rules_heading: "クラウドサービス利用ルール（案）",
    delete_all: "この端末のデータをすべて削除",

    trainer_link: "研修で使う方へ（講師向けページ）",
    class_moved_heading: "研修の集計は講師向けページに移りました",
    class_moved: "参加者の結果をまとめる「研修の集計」は、講師向けのページにあります。",
    class_moved_link: "講師向けページの研修の集計を開く",

    footer_privacy: "回答はこのブラウザの中だけで扱われ、外部には送信されません。",
    footer_source: "チェックシートの出典：",
    footer_not_ipa: "本ツールはIPAの資料をもとに作成したもので、IPAが提供するものではありません。",
    footer_disclaimer: "結果と解説は自己点検の目安です。法的な助言や安全の保証ではありません。",

    site_operator: "このページの運営：",
    site_contact: "お問い合わせ",
    site_privacy: "プライバシーポリシー",
    site_accessibility: "ウェブアクセシビリティ方針",
    site_security: "セキュリティ上の問題の連絡先",
};

#[cfg(not(feature = "english-on-demand"))]
pub static EN: Ui = Ui {
    app_title: "Cloud service safety self-check",
    skip_to_content: "Skip to main content",
    lang_switch_label: "Language",

    start_heading: "Are you using your cloud service safely?",
    start_lead: "Check a cloud service you use or plan to use (accounting software, groupware, online storage…) against the 15 points of the Cloud Service Safety Checklist published by IPA, Japan's Information-technology Promotion Agency.",
    course_note: |c| format!("This check is for the course “{c}”. Once you have answered the 15 items, the top of the results gives you a result code to send your trainer (your answers only; the service name and memos only if you tick them)."),
    start_who: "For owners of small and medium-sized businesses and whoever looks after IT for them. No expert knowledge needed: every item explains why it matters, what to check and how to go about it.",
    start_time: "Takes about 10 minutes (15 if you read the explanations)",
    start_privacy: "Your answers stay in this browser and are never sent anywhere.",
    start_saved: "Your answers are saved automatically in this browser, so you can stop and carry on later.",
    start_may_delete: "A browser may still delete what it stored: when you clear its data, after 7 days without a visit in Safari on iPhone and Mac, and when a private window is closed. Export the results you want to keep as JSON and keep the file.",
    service_label: "Cloud service you are checking (optional)",
    service_hint: "e.g. accounting software, groupware, online storage",
    another_label: "Check another service (its name, optional)",
    another_hint: |current| {
        let which = if current.is_empty() { String::new() } else { format!(" (“{current}”)") };
        format!("The check you have open{which} keeps its name and answers. Open it again from My checks at any time.")
    },
    another_button: "Start a new check",
    start_button: "Start the check",
    resume_button: |answered, total| format!("Continue ({answered} of {total} answered)"),
    see_all_items: "See all 15 items",
    loading: "Loading…",
    part_failed: "This screen could not be loaded. Once you are online, try again. Your answers are still here.",
    part_retry: "Try again",
    noscript_note: "Answering and seeing your result need JavaScript, which is turned off in this browser. Without it you can still read the 15 items below and go through them one by one.",
    noscript_other: "This self-check needs JavaScript, which is turned off in this browser. Turn it on to answer in English. The 15 items below are IPA's checklist in Japanese.",
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
        AnswerText { label: "Not yet", hint: "Not started, or checked and not in place (not in the terms, or refused)" },
        AnswerText { label: "Don't know", hint: "Not checked or asked yet. −1 point: not knowing is a risk in itself" },
        AnswerText { label: "Not applicable", hint: "Does not apply to this service" },
    ],
    clear_answer: "Clear answer",
    done_means_heading: "When to choose “Done”",
    not_applicable_heading: "When “Not applicable” may be chosen",
    not_applicable_withdrawn: "This item was answered “Not applicable”, which it no longer offers (it could only shrink the maximum). Please choose an answer again.",
    memo_label: "Memo (optional)",
    memo_hint: |max| format!("What you checked, who is responsible, deadlines. Up to {max} characters."),
    explanation_summary: "Explanation: why it matters, what to check, how to do it",
    why_heading: "Why it matters",
    check_heading: "What to check",
    steps_heading: "How a small company can do it",
    links_heading: "Official references",
    look_for_heading: "Words to look for in the terms and the provider's pages",
    look_for_missing_heading: "If you cannot find them",
    look_for_expert_heading: "When to ask an expert",
    opens_in_new_tab: "(opens in a new tab)",
    original_wording: "IPA's original wording",
    item_attribution: ["Item titles and questions follow the per-item pages of the checklist in IPA's ", " (Guide to the safe use of cloud services for SMEs, July 2024; item 7's title as in the checklist's table); the English translation and all explanations are ours."],

    see_results: "See results and action plan",
    results_heading: "Results and action plan",
    score_line: |points, max| format!("{points} of {max} points"),
    percent: |p| format!("{p}%"),
    not_scored: "—",
    col_section: "Section",
    col_score: "Points",
    col_percent: "%",
    content_reviewed: |date, version, tool| format!("Explanations and links last reviewed on {date} (content version {version}) · tool version {tool}"),
    lacks_done_note: "A service without multi-factor authentication cannot be “Done” here: with the rest in place, choose “Partly”.",
    owner_label: "Who",
    due_label: "By when",
    status_label: "Status",
    status_name: |s| match s {
        StepStatus::Todo => "Not started",
        StepStatus::Waiting => "Asked, waiting for an answer",
        StepStatus::Done => "Done",
    },
    copy: "Copy the message",
    last_export: |at| format!("Last exported as JSON: {at}"),
    copy_reminder: |days| format!("A check you started {} ago has not been saved to a file yet. Browsers may delete a site's data when it is not opened for a while (Safari on iPhone and Mac: after 7 days). Export it as JSON and keep the file.", count_en(usize::try_from(days).unwrap_or(0), "day", "days")),
    code_paste_label: "Paste result codes",
    code_paste_hint: "Codes start with CCHK1-. One per line, or whole chat messages: the codes are picked out.",
    copied: "Copied.",
    copy_failed: "Could not copy automatically. The text is selected: copy it by hand (long-press, or Ctrl+C).",
    col_item: "Item",
    col_answer: "Answer",
    col_memo: "Memo",
    print: "Print or save as PDF",

    saved: "Saved automatically on this device",
    save_problem: |p| match p {
        SaveProblem::Unavailable => "This browser does not allow saving here (private mode or a setting). Your answers last only while this page is open: export them before you close it.",
        SaveProblem::Full => "This device's storage is full, so your latest changes are not saved. Your answers last only while this page is open: export them before you close it.",
        SaveProblem::OtherVersion => "A newer version of this tool saved this check in another tab. This tab will not overwrite it, so the changes made here are not saved: export them, then reload the page.",
    },
    export_now: "Export now (JSON)",
    notice: |n| match n {
        Notice::CorruptSetAside { keys } => format!("Some saved data ({}) could not be read. It was kept aside, not deleted (it is listed under “Data stored on this device”, where it can be saved as a file).", count_en(keys.len(), "entry", "entries")),
        Notice::Deleted { name } => format!("Deleted “{}”.", ui(Lang::En).check_name(name)),
        Notice::Restored { name } => format!("Brought back “{}” and opened it.", ui(Lang::En).check_name(name)),
        Notice::DeletedElsewhere { name } => format!("“{}”, open here, was deleted in another tab. You can bring it back.", ui(Lang::En).check_name(name)),
        Notice::OtherVersion { keys } => if keys.len() == 1 {
            "1 check saved by another version of this tool was left as it is, unread. Open it in that version, or save it as a file under “Data stored on this device”.".to_owned()
        } else {
            format!("{} checks saved by another version of this tool were left as they are, unread. Open them in that version, or save them as files under “Data stored on this device”.", keys.len())
        },
        Notice::Imported { count } => format!("Imported {}.", count_en(*count, "check", "checks")),
        Notice::Replaced { name } => format!("Replaced “{}” with the file's contents.", ui(Lang::En).check_name(name)),
        Notice::DataDeleted { keys } => format!("Deleted this device's data ({}): {}", keys.len(), keys.join(", ")),
        Notice::DataDeletedElsewhere => "All of this tool's data was deleted in another tab; it is gone here too.".to_owned(),
        Notice::NewVersion => "A new version has arrived. Reload to use it (your answers are saved).".to_owned(),
        Notice::EnglishUnavailable => ENGLISH_UNAVAILABLE.to_owned(),
    },
    undo: "Undo",
    reload: "Reload",
    dismiss: "Dismiss",
    checking: |name| format!("Checking: {name}"),
    unnamed: "(no name)",
    my_checks: "My checks",
    assessments_heading: "My checks",
    rename_label: "Service name",
    cancel: "Cancel",
    duplicate: "Duplicate",
    export_all_json: "Export all as JSON",
    replace: "Replace the chosen check",
    compare_heading: "Compare two checks",
    rules_heading: "Cloud service rules (draft)",
    delete_all: "Delete all my data on this device",

    trainer_link: "For trainers (the trainer's page)",
    class_moved_heading: "The class overview has moved to the trainer's page",
    class_moved: "The class overview, which summarises participants' results, is on the trainer's page.",
    class_moved_link: "Open the class overview on the trainer's page",

    footer_privacy: "Your answers stay in this browser and are never sent anywhere.",
    footer_source: "Checklist source: ",
    footer_not_ipa: "This tool is based on IPA's material but is not provided by IPA.",
    footer_disclaimer: "The results and explanations are a guide for checking yourself: not legal advice, and no guarantee of security.",

    site_operator: "This page is run by: ",
    site_contact: "Contact",
    site_privacy: "Privacy policy",
    site_accessibility: "Accessibility statement",
    site_security: "Report a security problem",
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
