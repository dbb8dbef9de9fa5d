//! The words of the results' working part, in every language: the critical safeguards in
//! the verdict, "this week", the plan as a working list, the letter to the provider, the
//! review date and its calendar file, and "if something happens now". One [`PlanUi`] per
//! language, as [`super::Ui`]: a missing translation does not compile. Pure.

use super::{count_en, en_date, ja_date};
use crate::domain::{Lang, Level};

/// The parts of the letter that are not the questions (see `crate::letter`).
pub struct LetterWords {
    /// The first line: to the provider by name, or to its support in general.
    pub to: fn(provider: Option<&str>) -> String,
    /// The subject (also the e-mail's).
    pub subject: fn(service: &str) -> String,
    /// Who writes, for which service (and account), and what for.
    pub opening: fn(company: &str, person: &str, service: &str, account: Option<&str>) -> String,
    /// Where the item numbers come from (the provider cannot know "item 9").
    pub source: &'static str,
    /// A question's label: the item's number and topic, so that replies can be filed back.
    pub label: fn(number: u8, topic: &str) -> String,
    /// The request: in writing, citing the terms, by a date.
    pub closing: fn(reply_by: &str) -> String,
    /// Above the signature.
    pub regards: &'static str,
    /// Stand-ins for what the user has not filled in, to replace before sending.
    pub blank_company: &'static str,
    pub blank_person: &'static str,
    pub blank_contact: &'static str,
    /// In place of the product's name, until the owner gives it.
    pub blank_product: &'static str,
    /// The body a mail link carries when the letter is too long for one.
    pub mail_too_long: &'static str,
}

pub struct PlanUi {
    // The plan as a working list
    pub progress: fn(done: usize, total: usize, overdue: usize) -> String,
    pub overdue: &'static str,
    pub asked_on: fn(date: &str) -> String,
    pub done_offer: &'static str,
    pub done_offer_button: &'static str,
    pub table_caption: &'static str,
    pub col_number: &'static str,

    // The letter
    pub letter_heading: &'static str,
    pub letter_lead: &'static str,
    pub provider_name_label: &'static str,
    /// The product and plan the letter names (not the check's own name).
    pub product_label: &'static str,
    pub letter_questions_legend: &'static str,
    /// Beside a question about the company's own practice (not ticked at first).
    pub letter_question_in_house: &'static str,
    pub letter_none_chosen: &'static str,
    pub letter_edit_hint: &'static str,
    pub letter_edited: &'static str,
    pub letter_reset: &'static str,
    pub letter_reset_question: &'static str,
    pub letter_reset_confirm: &'static str,
    pub provider_contact_label: &'static str,
    pub account_label: &'static str,
    pub reply_by_label: &'static str,
    pub sender_heading: &'static str,
    pub sender_company_label: &'static str,
    pub sender_person_label: &'static str,
    pub sender_contact_label: &'static str,
    pub sender_note: &'static str,
    pub letter_in: fn(Lang) -> &'static str,
    pub letter_copy: &'static str,
    pub open_mail: &'static str,
    pub mark_sent: &'static str,
    /// Beside the mail link: nothing is marked until the user says it went.
    pub open_mail_hint: &'static str,
    /// Beside the mail link when the letter does not fit one.
    pub open_mail_short: &'static str,
    /// Where the checklist's English is fetched on demand: the English letter, on request.
    pub letter_english_offer: &'static str,
    pub letter_english_button: &'static str,
    pub sent_note: fn(steps: usize, date: &str) -> String,
    pub letter: LetterWords,

    // The review date
    pub review_heading: &'static str,
    /// The date, and how many months after the last change of the answers it falls.
    pub review_line: fn(date: &str, months: u32) -> String,
    pub review_sooner: &'static str,
    pub review_calendar: &'static str,
    pub review_calendar_note: &'static str,
    pub review_on: fn(date: &str) -> String,
    pub review_due: &'static str,
    pub calendar_summary: fn(service: &str) -> String,
    pub calendar_description: &'static str,
    /// In the calendar event: open the saved JSON first (the browser may have deleted the
    /// check), and where the tool is.
    pub calendar_bring: &'static str,
    pub calendar_tool: fn(url: &str) -> String,
    /// The choice to add the plan's due dates and the reply-by date as events.
    pub calendar_deadlines: &'static str,
    /// An open step's due date as an event: the item, and the service.
    pub calendar_due_summary: fn(number: u8, title: &str, service: &str) -> String,
    pub calendar_due_owner: fn(owner: &str) -> String,
    /// The date the provider was asked to reply by (its name, if given), as an event.
    pub calendar_reply_summary: fn(provider: &str, service: &str) -> String,
    pub calendar_reply_description: &'static str,

    // If something happens now, in the order to act: stop an intruder before calling anyone
    pub incident_heading: &'static str,
    /// A sign-in that looks unauthorised: stop it first, then the provider (its contact).
    pub incident_intrusion: fn(contact: Option<&str>) -> String,
    /// An outage: the provider's status page first.
    pub incident_outage: &'static str,
    pub incident_police: &'static str,
    pub incident_consult: &'static str,
    /// A leak of personal data: the company's own duty, whoever's systems it happened on.
    pub incident_leak: &'static str,
    /// My Number data: the My Number Act's own reportable cases.
    pub incident_mynumber: &'static str,
    pub incident_guide: &'static str,

    // The results screen: the verdict, the score, the plan, the result code, the answers
    pub report_service: fn(name: &str) -> String,
    pub report_date: fn(date: &str) -> String,
    pub overall_label: &'static str,
    pub provisional_heading: &'static str,
    pub provisional_text: fn(unanswered: usize) -> String,
    /// The verdict's short name ("well done"), quoted by `how_scored`.
    pub level_name: fn(level: Level) -> &'static str,
    /// What to do at a level, given how many items the action plan still lists.
    pub level_advice: fn(level: Level, remaining: usize) -> String,
    /// "Well done. Finish …": a level's name and its advice as one line.
    pub level_line: fn(name: &str, advice: &str) -> String,
    pub level_none: &'static str,
    /// Instead of a verdict while some items are unanswered.
    pub level_provisional: &'static str,
    pub provisional_marker: &'static str,
    pub not_applicable_count: fn(count: usize) -> String,
    pub unknown_hint: fn(count: usize) -> String,
    pub chart_caption: &'static str,
    pub col_answered: &'static str,
    pub how_scored_heading: &'static str,
    /// The section with the chart and the score table (below the plan's working parts).
    pub scores_heading: &'static str,
    /// The menu of the results' parts, near the top.
    pub page_menu: &'static str,
    /// At the top of the results: one tap to "if something happens now".
    pub incident_jump: &'static str,
    /// Before a plan step's first action (the rest of its steps are folded).
    pub step_first: &'static str,
    /// The fold with a plan step's question and all its steps.
    pub step_more: &'static str,
    /// How results are scored, quoting the three levels' names.
    pub how_scored: fn(good: &str, fair: &str, poor: &str) -> String,
    pub plan_heading: &'static str,
    pub plan_lead: &'static str,
    /// Above the critical safeguards that are missing; `capped`: the verdict was kept off
    /// the top level because of them (`top` is that level's name).
    pub critical_heading: &'static str,
    pub critical_lead: fn(capped: bool, top: &str) -> String,
    pub critical_badge: &'static str,
    /// Under a critical safeguard answered 一部のみ: what "partly" means there.
    pub critical_partly: &'static str,
    /// The fold with why a critical safeguard matters.
    pub critical_why: &'static str,
    pub week_heading: &'static str,
    pub week_lead: &'static str,
    /// "This week": send the questions below to the provider.
    pub week_letter: fn(questions: usize) -> String,
    /// "This week": an item's own action, with the item's number.
    pub week_item: fn(text: &str, number: u8) -> String,
    /// The plan's question when the service lacks the feature (item 9: no MFA).
    pub lacks_question_heading: &'static str,
    pub plan_empty: &'static str,
    /// The plan is empty only because items are still unanswered.
    pub plan_empty_so_far: &'static str,
    pub plan_steps_heading: &'static str,
    pub plan_question_heading: &'static str,
    /// A "don't know" on an item the company answers itself: find out in-house first.
    pub plan_internal_heading: &'static str,
    pub plan_internal_text: &'static str,
    pub open_item: fn(number: u8) -> String,
    pub keep_copy_heading: &'static str,
    pub keep_copy_lead: &'static str,
    pub never_exported: &'static str,
    pub code_heading: &'static str,
    /// The result code at the top of the results, opened from a trainer's course link.
    pub code_course_heading: fn(course: &str) -> String,
    pub code_course_lead: &'static str,
    pub code_lead: &'static str,
    pub code_include_name: &'static str,
    pub code_include_memos: &'static str,
    pub code_copy: &'static str,
    pub code_link_label: &'static str,
    pub code_copy_link: &'static str,
    pub answers_heading: &'static str,
    pub report_source: &'static str,
    pub report_tool_url: &'static str,
}

/// The plan's words in `lang` (fetched English: see [`super::ui`]).
pub fn plan_ui(lang: Lang) -> &'static PlanUi {
    match lang {
        Lang::Ja => &JA,
        #[cfg(not(feature = "english-on-demand"))]
        Lang::En => &EN,
        #[cfg(feature = "english-on-demand")]
        Lang::En => {
            static MADE: std::sync::OnceLock<PlanUi> = std::sync::OnceLock::new();
            super::fetched_english(&MADE, 1, english_planui).unwrap_or(&JA)
        }
    }
}

#[cfg(feature = "english-on-demand")]
include!(concat!(env!("OUT_DIR"), "/english_planui.rs"));

static JA: PlanUi = PlanUi {
    progress: |done, total, overdue| {
        if overdue > 0 {
            format!("{total}件中{done}件が完了（期限切れ{overdue}件）")
        } else {
            format!("{total}件中{done}件が完了")
        }
    },
    overdue: "期限切れ",
    asked_on: |d| format!("{}に事業者へ問い合わせ", ja_date(d)),
    done_offer: "完了にしました。この項目の回答も「確認・対応済み」に変えますか？",
    done_offer_button: "回答を「確認・対応済み」にする",
    table_caption: "アクションプラン（担当・期限・状況）",
    col_number: "No.",

    letter_heading: "事業者への問い合わせ文",
    letter_lead: "事業者に確かめることを、そのまま送れる問い合わせ文にしました。事業者についての項目で「未対応」「わからない」「一部のみ」と答えたものの質問が入っています。社内のやり方についての項目（まず社内で確かめるもの）は、サービスの機能を聞きたいときだけ選んで入れてください。宛先と差出人を入れると文面に入ります。送るのはあなたのメールソフトや問い合わせフォームからで、このツールは何も送信しません。",
    provider_name_label: "事業者名（宛先）",
    product_label: "サービス名・プラン（契約しているとおりに。例：〇〇会計 スタンダードプラン）",
    letter_questions_legend: "問い合わせ文に入れる質問",
    letter_question_in_house: "社内のやり方の項目：まず社内で確かめる",
    letter_none_chosen: "問い合わせ文に入れる質問が選ばれていません。「問い合わせ文に入れる質問」で選んでください。",
    letter_edit_hint: "文面はこの欄で直接書き換えられます。書き換えた文面は、このチェックと一緒に保存されます。",
    letter_edited: "文面を書き換えました。書き換えた文面（差出人を含む）はこのチェックと一緒に保存され、JSONで書き出すファイルにも入ります。質問の選択や宛先を変えても、この文面は変わりません。",
    letter_reset: "元の文面に戻す",
    letter_reset_question: "書き換えた文面を消して、選んだ質問と宛先から作る文面に戻します。よろしいですか。",
    letter_reset_confirm: "書き換えた文面を消す",
    provider_contact_label: "事業者の問い合わせ先（メールアドレス、フォームのアドレス、電話番号）",
    account_label: "契約ID・アカウントID（あれば）",
    reply_by_label: "回答期限",
    sender_heading: "差出人",
    sender_company_label: "会社名",
    sender_person_label: "担当者名",
    sender_contact_label: "連絡先（メールアドレス・電話番号）",
    sender_note: "差出人はこの端末にだけ保存し、次のチェックでも使います。書き出すファイルや結果コードには入りません（問い合わせ文を書き換えたときは、書き換えた文面がチェックと一緒に保存されるため、文面の中の差出人も書き出すファイルに入ります）。",
    letter_in: |lang| match lang {
        Lang::Ja => "問い合わせ文（日本語）",
        Lang::En => "問い合わせ文（英語：海外の事業者向け）",
    },
    letter_copy: "問い合わせ文をコピー",
    open_mail: "メールソフトで開く",
    mark_sent: "送った（回答待ちにする）",
    open_mail_hint: "メールソフトが開かないときは、「コピー」で本文を写して、問い合わせフォームなどに貼り付けてください。送ったら、下の「送った（回答待ちにする）」を押してください。",
    open_mail_short: "問い合わせ文が長いため、メールソフトには件名と「本文を貼り付けてください」という一文だけが入ります。「コピー」で本文を写して貼り付けてください。",
    letter_english_offer: "海外の事業者に送るときは、英語の問い合わせ文も作れます。",
    letter_english_button: "英語の問い合わせ文を作る",
    sent_note: |n, d| format!("{n}件の手順を「依頼中・回答待ち」にしました（{}）。", ja_date(d)),
    letter: LetterWords {
        to: |p| match p {
            Some(name) => format!("{name}\nご担当者様"),
            None => "ご担当者様".to_owned(),
        },
        subject: |service| format!("「{service}」の安全な利用についてのお問い合わせ"),
        opening: |company, person, service, account| {
            let account = account.map_or(String::new(), |a| format!("（契約ID・アカウントID：{a}）"));
            format!("いつもお世話になっております。{company}の{person}と申します。\n貴社の「{service}」{account}について、安全に利用するため、次の点をご教示いただけますでしょうか。")
        },
        source: "項目の番号と名前は、IPA（独立行政法人情報処理推進機構）「中小企業のためのクラウドサービス安全利用の手引き」のチェックシートによるものです。",
        label: |n, topic| format!("（項目{n}：{topic}）"),
        closing: |d| format!("お手数をおかけしますが、{}までに、書面（メール可）でご回答いただけますと幸いです。回答の根拠となる利用規約・契約書の条項やウェブページがあれば、あわせてお示しください。各回答に上の番号と項目名を添えていただけると助かります。", ja_date(d)),
        regards: "よろしくお願いいたします。",
        blank_company: "［会社名］",
        blank_person: "［担当者名］",
        blank_contact: "［連絡先］",
        mail_too_long: "（問い合わせ文が長く、メールのリンクには入りきりません。セルフチェックの画面で問い合わせ文をコピーし、ここに貼り付けてください。）",
        blank_product: "［サービス名・プラン］",
    },

    review_heading: "次の見直し",
    review_line: |d, m| {
        let after = if m == 12 { "1年後".to_owned() } else { format!("{m}か月後。特に重要な対策が済んでいないあいだは、早めに見直します") };
        format!("次の見直し：{}ごろ（回答を最後に変えた日から{after}）", ja_date(d))
    },
    review_sooner: "次のようなときは、待たずに見直しましょう：利用規約や料金プランが変わったとき、契約を更新するとき、管理担当者が替わったとき、これまでより重要な情報（個人情報など）を預けるようになったとき。",
    review_calendar: "カレンダーに登録（.ics）",
    review_calendar_note: "カレンダー用のファイルはこの端末で作られ、どこにも送られません。",
    review_on: |d| format!("見直し：{}", ja_date(d)),
    review_due: "見直しの時期です",
    calendar_summary: |service| format!("クラウドサービスの見直し：{service}"),
    calendar_description: "クラウドサービス安全利用 セルフチェックを、もう一度行いましょう。前回の結果とアクションプランを見直し、利用規約や使い方の変化を確かめます。",
    calendar_bring: "始める前に、前回書き出したJSONファイルを「チェックの一覧」の「取り込む」で開きます（ブラウザは、しばらく開かなかったデータを消すことがあります）。",
    calendar_tool: |url| format!("ツール：{url}"),
    calendar_deadlines: "作業リストの期限と、事業者への問い合わせの回答期限も、その日の予定として入れる",
    calendar_due_summary: |n, title, service| format!("期限：項目{n} {title}（{service}）"),
    calendar_due_owner: |owner| format!("担当：{owner}"),
    calendar_reply_summary: |provider, service| {
        let from = if provider.is_empty() { "事業者" } else { provider };
        format!("回答期限：{from}（{service}）")
    },
    calendar_reply_description: "送った問い合わせに回答をもらう期限です。届いていなければ、もう一度問い合わせましょう。",

    incident_heading: "いま何か起きたら",
    incident_intrusion: |c| {
        let contact = match c {
            Some(contact) => format!("（問い合わせ先：{contact}）"),
            None => "（問い合わせ文の欄に事業者の問い合わせ先を入れておくと、ここに表示されます）".to_owned(),
        };
        format!("不正ログインが疑われるときは、まず止めます。別の信頼できる端末から、そのアカウントのパスワードを変え、すべての端末からログアウトさせ、多要素認証の設定（知らない端末や認証方法が加わっていないか）を確かめ、必要ならアカウントを停止します。ログイン履歴や画面は消さずに保存します。そのうえで事業者に連絡します{contact}。")
    },
    incident_outage: "使えない・遅いといった障害のときは、まず事業者の稼働状況のページ（ステータスページ）やお知らせを確かめ、そのうえで問い合わせます。",
    incident_police: "不正アクセス、ランサムウェア、脅迫（金銭の要求）は、警察（都道府県警察のサイバー犯罪相談窓口）にも通報・相談します。",
    incident_consult: "何から手を付けるか迷ったら、IPAの「企業組織向けサイバーセキュリティ相談窓口」に相談できます。",
    incident_leak: "個人データの漏えい・滅失・毀損（ランサムウェアによる暗号化を含む）が起きた、または起きたおそれがあるとき、一定の場合（要配慮個人情報、財産的被害のおそれ、不正の目的によるおそれ、1,000人を超えるもの）は、個人情報保護委員会への報告と本人への通知が義務です。クラウドの事業者のもとで起きたことでも、自社が預けた個人データなら、報告と通知は自社の義務で、期限は自社が知った時から数えます（事業者が委託先の場合、事業者は自社に知らせれば報告を免れます）。事業者の発表を待たずに動きましょう。報告は個人情報保護委員会のウェブサイトのフォームから（業種によっては所管の省庁へ）、速報はすみやかに（おおむね3〜5日以内）、確報は30日以内（不正の目的によるおそれがあるものは60日以内）です。高度な暗号化などで守られていたデータは対象外です。",
    incident_mynumber: "マイナンバー（特定個人情報）を含むときは、番号法の決まりで、100人を超える漏えい等や、インターネットなどで誰でも見られる状態になり見られたおそれがあるときなども、報告の対象です。迷ったら、個人情報保護委員会の相談ダイヤルへ。",
    incident_guide: "対応の進め方は、IPA「中小企業の情報セキュリティ対策ガイドライン」の付録「中小企業のためのセキュリティインシデント対応の手引き」にまとまっています。",
    report_service: |name| format!("対象のサービス：{name}"),
    report_date: |date| format!("実施日：{date}"),
    overall_label: "全体",
    provisional_heading: "暫定の結果です",
    provisional_text: |n| format!("まだ回答していない項目が{n}件あります。回答すると結果が変わることがあります。"),
    level_name: |l| match l {
        Level::Good => "おおむね対策できています",
        Level::Fair => "対策は一部にとどまります",
        Level::Poor => "対策が足りません",
    },
    level_advice: |l, n| match l {
        Level::Good if n == 0 => "取り組むべき項目は残っていません。年に一度、また使い方が変わったときに見直しましょう。".to_owned(),
        Level::Good => format!("下のアクションプランに残る{n}件に取り組み、年に一度は見直しましょう。"),
        Level::Fair => "手当てが必要な項目があります。下のアクションプランの順に進めましょう。".to_owned(),
        Level::Poor => "下のアクションプランの上から順に、一つずつ取り組みましょう。".to_owned(),
    },
    level_line: |name, advice| format!("{name}。{advice}"),
    level_none: "採点できる回答がまだありません（未回答か「該当しない」だけです）。",
    level_provisional: "まだ評価は出ていません。すべての項目に回答すると、評価の目安を表示します。今の割合は回答済みの項目だけのものです。",
    provisional_marker: "（暫定）",
    not_applicable_count: |n| format!("「該当しない」として満点から除いた項目：{n}件"),
    unknown_hint: |n| format!("「わからない」が{n}件あります。社内で確かめることと事業者に聞くことを、下のアクションプランで分けて示しています。"),
    chart_caption: "セクションごとの得点の割合",
    col_answered: "回答数",
    how_scored_heading: "採点の方法",
    scores_heading: "点数の内訳",
    page_menu: "このページの内容",
    incident_jump: "いま被害が起きているとき（乗っ取り・漏えい・障害）",
    step_first: "まず：",
    step_more: "手順と質問をすべて見る",
    how_scored: |good, fair, poor| format!("配点はIPA「5分でできる！情報セキュリティ自社診断」にならい、「確認・対応済み」4点、「一部のみ」2点、「未対応」0点、「わからない」−1点です。ここから先は本ツール独自の決まりです。「該当しない」（選べる項目だけ）と未回答の項目は満点から除きます。割合は得点を満点で割ったもので、0%未満は0%と表示します。すべての項目に回答すると、80%以上を「{good}」、50〜79%を「{fair}」、50%未満を「{poor}」とする目安を表示します。ただし「{good}」は、特に重要な3つの対策（9. 利用者の認証、8. 利用者の範囲、10. バックアップ）がすべて「確認・対応済み」のときだけです。どれかが「一部のみ」「未対応」「わからない」のあいだ（項目9で「多要素認証の機能がない」に印を付けたときも）は、80%以上でも「{good}」とはせず、済んでいない対策を示します。一部だけ守っても、残りの入口から被害が起きるためです。「{good}」は、このチェックリストの基本的な対策がおおむね取れていることを示すだけで、サービスや会社が安全であることを保証するものではありません（IPAの自社診断も、満点を入門レベルの対策の達成と位置づけています）。"),
    plan_heading: "アクションプラン",
    plan_lead: "特に重要な対策（利用者の認証、利用者の範囲、バックアップ）を先に（まったくできていないものから）、残りは情報漏えいやデータ消失に直結しやすい順に並べています（回答の種類より、項目の重要さを優先しています）。上から順に取り組みましょう。",
    critical_heading: "特に重要な対策が済んでいません",
    critical_lead: |capped, top| {
        if capped {
            format!("次の対策が済んでいないため、割合にかかわらず、評価を「{top}」にはしていません。ほかの項目がよくできていても、ここが欠けると大きな被害につながります。上から順に手を付けましょう。")
        } else {
            "次の対策が済んでいません。ほかの項目がよくできていても、ここが欠けると大きな被害につながります。上から順に手を付けましょう。".to_owned()
        }
    },
    critical_badge: "特に重要",
    critical_why: "なぜ重要か",
    critical_partly: "「一部のみ」：守られていないアカウントやデータが残っています。被害はそこから起きるので、残りを済ませるまでは、できていないものと考えてください。",
    week_heading: "今週やること",
    week_lead: "アクションプランの中から、すぐにでき、効き目の大きいものを選びました。",
    week_letter: |n| format!("下の「事業者への問い合わせ文」を事業者に送り、{n}件の質問に書面で答えてもらう。"),
    week_item: |text, n| format!("{text}（項目{n}）"),
    lacks_question_heading: "事業者に確かめること（多要素認証の機能がない場合）",
    plan_empty: "取り組むべき項目はありません。すべて「確認・対応済み」か「該当しない」です。",
    plan_empty_so_far: "回答済みの項目には、取り組むべきものはありません。残りの項目に回答すると、アクションプランができます。",
    plan_steps_heading: "次にすること",
    plan_question_heading: "事業者に確かめること",
    plan_internal_heading: "まず社内で確かめること",
    plan_internal_text: "社内のやり方や決まりについての項目です。担当者や関係する人に、いまどうしているかを確かめましょう。サービスにどんな機能があるかがわからなければ、事業者にこう聞けます。",
    open_item: |n| format!("項目{n}を開く"),
    keep_copy_heading: "記録を残す",
    keep_copy_lead: "回答はこのブラウザの中にだけ保存されています。ブラウザのデータを消したときや、iPhoneやMacのSafariで7日間このツールを開かなかったときには、消えることがあります。JSONで書き出したファイルを保管しておけば、このツールに取り込み直せます。",
    never_exported: "まだJSONで書き出していません。",
    code_heading: "結果コード（研修で結果を共有するとき）",
    code_course_heading: |c| format!("講師に結果を送る（研修「{c}」）"),
    code_course_lead: "このコードをコピーして、講師に言われた研修のフォームやチャットに貼り付けてください。このツールからは何も送信されません。",
    code_lead: "回答を短い文字列にしたものです。講師に結果を送るときは、ファイルの代わりにこのコードを研修のフォームやチャットに貼り付けてください。どこにも送信されず、コピーした先にだけ残ります。",
    code_include_name: "サービス名を含める",
    code_include_memos: "メモを含める（社内の情報が含まれていないか確かめてから）",
    code_copy: "コードをコピー",
    code_link_label: "このツールで開くリンク（コードを含みます）",
    code_copy_link: "リンクをコピー",
    answers_heading: "すべての回答",
    report_source: "チェック項目の出典：IPA「中小企業のためのクラウドサービス安全利用の手引き」（2024年7月）。解説・採点・アクションプランは本ツールによるものです。",
    report_tool_url: "作成ツール：",
};

#[cfg(not(feature = "english-on-demand"))]
static EN: PlanUi = PlanUi {
    progress: |done, total, overdue| {
        if overdue > 0 {
            format!("{done} of {total} done ({overdue} overdue)")
        } else {
            format!("{done} of {total} done")
        }
    },
    overdue: "Overdue",
    asked_on: |d| format!("Asked the provider on {d}"),
    done_offer: "Marked done. Change this item's answer to “Done” as well?",
    done_offer_button: "Change the answer to “Done”",
    table_caption: "Action plan (who, by when, status)",
    col_number: "No.",

    letter_heading: "Letter to the provider",
    letter_lead: "What to ask the provider, as a letter you can send as it is: the questions for the items about the provider answered “Not yet”, “Don't know” or “Partly”. Questions about your own company's practice (find those out in-house first) go in only if you tick them, to ask what the service offers. Fill in the addressee and the sender and they appear in the text. You send it from your own mail app or the provider's contact form: this tool sends nothing.",
    provider_name_label: "Provider (addressee)",
    product_label: "Service and plan (as in your contract, for example: XYZ Accounting, Standard plan)",
    letter_questions_legend: "Questions in the letter",
    letter_question_in_house: "About your own practice: find out in-house first",
    letter_none_chosen: "No question is chosen for the letter. Choose them under “Questions in the letter”.",
    letter_edit_hint: "You can rewrite the letter in this box. Your text is saved with this check.",
    letter_edited: "You rewrote this letter. Your text (the sender in it too) is saved with this check and goes into its JSON exports; it no longer changes when you change the questions or the addressee.",
    letter_reset: "Back to the tool's letter",
    letter_reset_question: "Delete your text and go back to the letter made from the chosen questions and the addressee?",
    letter_reset_confirm: "Delete my text",
    provider_contact_label: "Provider's support contact (e-mail address, form address or phone number)",
    account_label: "Account or contract ID (if any)",
    reply_by_label: "Reply by",
    sender_heading: "Sender",
    sender_company_label: "Your company",
    sender_person_label: "Your name",
    sender_contact_label: "Your contact (e-mail address or phone number)",
    sender_note: "The sender is kept on this device only and reused for your next check; it goes into no exported file and no result code (once you rewrite the letter, your text is kept with the check, so the sender in it goes into exported files too).",
    letter_in: |lang| match lang {
        Lang::Ja => "The letter in Japanese",
        Lang::En => "The letter in English (for a provider abroad)",
    },
    letter_copy: "Copy the letter",
    open_mail: "Open in your mail app",
    mark_sent: "I've sent it (mark as waiting)",
    open_mail_hint: "If no mail app opens, copy the text and paste it into the provider's contact form. Once it has gone, press “I've sent it (mark as waiting)” below.",
    open_mail_short: "The letter is long, so your mail app gets the subject and a line asking you to paste the text. Copy the text and paste it in.",
    letter_english_offer: "For a provider abroad, the letter can be made in English too.",
    letter_english_button: "Make the letter in English",
    sent_note: |n, d| format!("{} now “Asked, waiting for an answer” ({d}).", if n == 1 { "1 step is".to_owned() } else { format!("{n} steps are") }),
    letter: LetterWords {
        to: |p| match p {
            Some(name) => format!("Dear {name} support team,"),
            None => "Dear support team,".to_owned(),
        },
        subject: |service| format!("Questions about using {service} safely"),
        opening: |company, person, service, account| {
            let account = account.map_or(String::new(), |a| format!(" (account or contract ID: {a})"));
            format!("My name is {person}, and I am writing on behalf of {company} about {service}{account}. To use it safely, we would like to ask you the following.")
        },
        source: "The item numbers and names are those of the checklist in the guide to the safe use of cloud services for SMEs by IPA, Japan's Information-technology Promotion Agency.",
        label: |n, topic| format!("(Item {n}: {topic}) "),
        closing: |d| format!("Please answer in writing (e-mail is fine) by {}. Where an answer rests on a clause of your terms or contract, or on a web page, please point us to it. Quoting the number and item with each answer will help us file your replies.", en_date(d)),
        regards: "Kind regards,",
        blank_company: "[company]",
        blank_person: "[your name]",
        blank_contact: "[contact]",
        mail_too_long: "(The letter is too long for a mail link. Copy it from the self-check and paste it here.)",
        blank_product: "[service and plan]",
    },

    review_heading: "Next review",
    review_line: |d, m| {
        let after = if m == 12 { "a year after the answers last changed".to_owned() } else { format!("{m} months after the answers last changed: sooner while a key safeguard is not fully in place") };
        format!("Next review: around {} ({after})", en_date(d))
    },
    review_sooner: "Review sooner when the terms or the price plan change, when the contract is renewed, when the person in charge changes, or when you start keeping more sensitive information (such as personal data) in the service.",
    review_calendar: "Add to calendar (.ics)",
    review_calendar_note: "The calendar file is made on this device and sent nowhere.",
    review_on: |d| format!("Review: {d}"),
    review_due: "Due for review",
    calendar_summary: |service| format!("Review of a cloud service: {service}"),
    calendar_description: "Do the cloud service safety self-check again: go over the last result and action plan, and check what has changed in the terms and in how you use the service.",
    calendar_bring: "Before you start, open the JSON file you exported last time with Import in My checks (browsers may delete data a site has not used for a while).",
    calendar_tool: |url| format!("The tool: {url}"),
    calendar_deadlines: "Also add the working list's due dates and the date the provider should reply by, each as an event on its day",
    calendar_due_summary: |n, title, service| format!("Due: item {n}, {title} ({service})"),
    calendar_due_owner: |owner| format!("Who: {owner}"),
    calendar_reply_summary: |provider, service| {
        let from = if provider.is_empty() { "the provider" } else { provider };
        format!("Reply due from {from} ({service})")
    },
    calendar_reply_description: "The date you asked the provider to reply to your letter by. If no answer has come, ask again.",

    incident_heading: "If something happens now",
    incident_intrusion: |c| {
        let contact = match c {
            Some(contact) => format!(" (support contact: {contact})"),
            None => " (enter its support contact in the letter's fields and it appears here)".to_owned(),
        };
        format!("If a sign-in looks unauthorised, stop it first: from another device you trust, change that account's password, sign it out everywhere, check its multi-factor authentication (no unknown device or method added), and suspend the account if needed. Keep the sign-in history and screenshots. Then contact the provider{contact}.")
    },
    incident_outage: "If the service is down or slow, check the provider's status page and notices first, then contact it.",
    incident_police: "Report unauthorised access, ransomware and extortion (a demand for money) to the police as well: every prefecture's police has a cybercrime desk.",
    incident_consult: "If you are not sure where to start, IPA's cybersecurity desk for organisations (企業組織向けサイバーセキュリティ相談窓口) advises on first steps.",
    incident_leak: "When personal data has leaked, been lost or been damaged (including data encrypted by ransomware), or may have been, you must in certain cases (sensitive personal data, a risk of financial harm, a suspected wrongful purpose, or more than 1,000 people) report it to the Personal Information Protection Commission (PPC, Japan's data protection authority) and tell the people concerned. This is your company's duty for the personal data you put on a cloud service, even when the incident happened at the provider, and the deadlines run from when your company learns of it (a provider acting as your contractor is relieved once it tells you): do not wait for the provider. Report through the PPC's online form (some sectors report to their ministry): a preliminary report promptly (roughly within 3 to 5 days), a final report within 30 days (60 where a wrongful purpose is suspected). Data protected by strong encryption is exempt.",
    incident_mynumber: "Data with My Number (Japan's individual number for tax and social security) has its own cases under the My Number Act: a leak of more than 100 people's data, or data that anyone could view online and may have viewed, must be reported too. If unsure, call the PPC's enquiry line.",
    incident_guide: "How to respond step by step: the appendix “Security incident response guide for SMEs” (中小企業のためのセキュリティインシデント対応の手引き) to IPA's information security guidelines for SMEs.",
    report_service: |name| format!("Service checked: {name}"),
    report_date: |date| format!("Date: {date}"),
    overall_label: "Overall",
    provisional_heading: "Provisional result",
    provisional_text: |n| if n == 1 {
        "1 item is not answered yet. Answering it may change the result.".to_owned()
    } else {
        format!("{n} items are not answered yet. Answering them may change the result.")
    },
    level_name: |l| match l {
        Level::Good => "Mostly in place",
        Level::Fair => "Only partly in place",
        Level::Poor => "Protection is lacking",
    },
    level_advice: |l, n| match l {
        Level::Good if n == 0 => "Nothing is left to do. Review everything once a year, and whenever the way you use the service changes.".to_owned(),
        Level::Good => format!("Work through the {} still in the action plan below, and review everything once a year.", count_en(n, "item", "items")),
        Level::Fair => "Some items need attention. Work through the action plan below in order.".to_owned(),
        Level::Poor => "Start at the top of the action plan below and take the items one at a time.".to_owned(),
    },
    level_line: |name, advice| format!("{name}. {advice}"),
    level_none: "Nothing to score yet (only unanswered or “Not applicable” items).",
    level_provisional: "No verdict yet. Answer every item to see one; the percentage so far covers only the items answered.",
    provisional_marker: " (provisional)",
    not_applicable_count: |n| format!("Left out of the maximum as “Not applicable”: {}", count_en(n, "item", "items")),
    unknown_hint: |n| format!("{} “Don't know”. The action plan below says which to find out in-house and which to ask the provider.", if n == 1 { "1 item is".to_owned() } else { format!("{n} items are") }),
    chart_caption: "Score by section, as a percentage",
    col_answered: "Answered",
    how_scored_heading: "How is this scored?",
    scores_heading: "Scores by section",
    page_menu: "On this page",
    incident_jump: "Something happening now? (a break-in, a leak, an outage)",
    step_first: "First: ",
    step_more: "All steps and the question",
    how_scored: |good, fair, poor| format!("The points follow IPA's 5-minute information security self-diagnosis (5分でできる！情報セキュリティ自社診断): “Done” 4, “Partly” 2, “Not yet” 0, “Don't know” −1. The rest is this tool's own rule: “Not applicable” (where an item offers it) and unanswered items are left out of the maximum; the percentage is the points over that maximum, shown as 0% if below zero; once every item is answered, 80% or more reads “{good}”, 50–79% “{fair}” and under 50% “{poor}”. But the verdict is “{good}” only when all three key safeguards (9 sign-in, 8 who may use the service, 10 backup) are “Done”: while any is “Partly”, “Not yet” or “Don't know” (or item 9's “no multi-factor authentication” box is ticked), it is not, even at 80% or more, and the safeguard is named. Half a safeguard leaves the other half open. “{good}” only means that the basics this checklist covers are mostly in place; it does not mean the service or the company is secure (IPA's self-diagnosis, too, treats a full score as reaching an introductory level)."),
    plan_heading: "Action plan",
    plan_lead: "The key safeguards (sign-in, who may use the service, backup) come first, those with nothing in place before those in place in part; the rest follow in the order most likely to lead to a leak or a loss of data (how important an item is counts before which answer it got). Work from the top.",
    critical_heading: "Key safeguards not fully in place",
    critical_lead: |capped, top| {
        if capped {
            format!("The safeguards below are not fully in place, so the verdict is not “{top}”, whatever the percentage. However well the other items are done, a gap here can lead to serious harm. Start at the top.")
        } else {
            "The safeguards below are not fully in place. However well the other items are done, a gap here can lead to serious harm. Start at the top.".to_owned()
        }
    },
    critical_badge: "Key safeguard",
    critical_why: "Why it matters",
    critical_partly: "“Partly”: some accounts or data are still unprotected. That is where harm gets in, so treat this safeguard as missing until the rest is done.",
    week_heading: "This week",
    week_lead: "From the action plan, the things that take little time and make a real difference.",
    week_letter: |n| format!("Send the provider the letter below (“Letter to the provider”) and ask for written answers to {}.", count_en(n, "question", "questions")),
    week_item: |text, n| format!("{text} (item {n})"),
    lacks_question_heading: "Ask the provider (no multi-factor authentication)",
    plan_empty: "Nothing left to do: every item is “Done” or “Not applicable”.",
    plan_empty_so_far: "Nothing to do among the items answered so far. Answer the rest to complete the action plan.",
    plan_steps_heading: "What to do next",
    plan_question_heading: "Ask the provider",
    plan_internal_heading: "Find out in-house first",
    plan_internal_text: "This item is about your own company's practice. Ask the people involved what you do today. If you do not know what the service can do, you can ask the provider this:",
    open_item: |n| format!("Open item {n}"),
    keep_copy_heading: "Keep a copy",
    keep_copy_lead: "Your answers are stored only in this browser. They can be lost when the browser's data is cleared, or when this tool is not opened for 7 days in Safari on iPhone and Mac. A JSON export is a file you keep, and it can be imported back into this tool.",
    never_exported: "Not exported as JSON yet.",
    code_heading: "Result code (for sharing results in a course)",
    code_course_heading: |c| format!("Send your result to your trainer (course “{c}”)"),
    code_course_lead: "Copy this code and paste it into the course's form or chat, as your trainer asked. This tool sends nothing itself.",
    code_lead: "Your answers as a short text. To send your result to a trainer, paste this code into the course's form or chat instead of sending a file. It is not sent anywhere: it exists only where you paste it.",
    code_include_name: "Include the service name",
    code_include_memos: "Include the memos (check first that they hold nothing internal)",
    code_copy: "Copy the code",
    code_link_label: "A link that opens it in this tool (it contains the code)",
    code_copy_link: "Copy the link",
    answers_heading: "All answers",
    report_source: "Checklist items: IPA, 中小企業のためのクラウドサービス安全利用の手引き (Guide to the safe use of cloud services for SMEs, July 2024). Explanations, scoring and the action plan are this tool's own.",
    report_tool_url: "Made with: ",
};
