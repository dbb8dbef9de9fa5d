//! The words of the results' working part, in every language: the critical safeguards in
//! the verdict, "this week", the plan as a working list, the letter to the provider, the
//! review date and its calendar file, and "if something happens now". One [`PlanUi`] per
//! language, as [`super::Ui`]: a missing translation does not compile. Pure.

use super::ja_date;
use crate::domain::Lang;

/// The parts of the letter that are not the questions (see `crate::letter`).
pub struct LetterWords {
    /// The first line: to the provider by name, or to its support in general.
    pub to: fn(provider: Option<&str>) -> String,
    /// The subject (also the e-mail's).
    pub subject: fn(service: &str) -> String,
    /// Who writes, for which service (and account), and what for.
    pub opening: fn(company: &str, person: &str, service: &str, account: Option<&str>) -> String,
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
    pub blank_service: &'static str,
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
    /// Where the checklist's English is fetched on demand: the English letter, on request.
    pub letter_english_offer: &'static str,
    pub letter_english_button: &'static str,
    pub sent_note: fn(steps: usize, date: &str) -> String,
    pub letter: LetterWords,

    // The review date
    pub review_heading: &'static str,
    pub review_line: fn(date: &str) -> String,
    pub review_sooner: &'static str,
    pub review_calendar: &'static str,
    pub review_calendar_note: &'static str,
    pub review_on: fn(date: &str) -> String,
    pub review_due: &'static str,
    pub calendar_summary: fn(service: &str) -> String,
    pub calendar_description: &'static str,

    // If something happens now
    pub incident_heading: &'static str,
    pub incident_provider: fn(contact: Option<&str>) -> String,
    pub incident_consult: &'static str,
    pub incident_leak: &'static str,
    pub incident_guide: &'static str,
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
            match crate::content::english::interface(1) {
                Some(texts) => MADE.get_or_init(|| english_planui(texts)),
                None => &JA,
            }
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

    letter_heading: "事業者への問い合わせ（依頼文）",
    letter_lead: "事業者に確かめることを、そのまま送れる依頼文にしました。「未対応」「わからない」「一部のみ」と答えた事業者についての項目と、「わからない」と答えた項目の質問です。宛先と差出人を入れると文面に入ります。送るのはあなたのメールソフトや問い合わせフォームからで、このツールは何も送信しません。",
    provider_name_label: "事業者名（宛先）",
    provider_contact_label: "事業者の問い合わせ先（メールアドレス、フォームのアドレス、電話番号）",
    account_label: "契約ID・アカウントID（あれば）",
    reply_by_label: "回答期限",
    sender_heading: "差出人",
    sender_company_label: "会社名",
    sender_person_label: "担当者名",
    sender_contact_label: "連絡先（メールアドレス・電話番号）",
    sender_note: "差出人はこの端末にだけ保存し、次のチェックでも使います。書き出すファイルや結果コードには入りません。",
    letter_in: |lang| match lang {
        Lang::Ja => "依頼文（日本語）",
        Lang::En => "依頼文（英語：海外の事業者向け）",
    },
    letter_copy: "依頼文をコピー",
    open_mail: "メールソフトで開く",
    mark_sent: "送った（回答待ちにする）",
    letter_english_offer: "海外の事業者に送るときは、英語の依頼文も作れます。",
    letter_english_button: "英語の依頼文を作る",
    sent_note: |n, d| format!("{n}件の手順を「依頼中・回答待ち」にしました（{}）。", ja_date(d)),
    letter: LetterWords {
        to: |p| match p {
            Some(name) => format!("{name} 御中"),
            None => "ご担当者様".to_owned(),
        },
        subject: |service| format!("「{service}」の安全な利用についてのお問い合わせ"),
        opening: |company, person, service, account| {
            let account = account.map_or(String::new(), |a| format!("（契約ID・アカウントID：{a}）"));
            format!("{company}の{person}です。貴社の「{service}」を利用しています{account}。安全に利用するため、次の点についてお教えください。")
        },
        label: |n, topic| format!("（項目{n}：{topic}）"),
        closing: |d| format!("お手数ですが、{}までに、書面（メール可）でご回答ください。回答の根拠となる利用規約・契約書の条項やウェブページがあれば、あわせてお示しください。各回答に上の番号と項目名を添えていただけると助かります。", ja_date(d)),
        regards: "よろしくお願いいたします。",
        blank_company: "［会社名］",
        blank_person: "［担当者名］",
        blank_contact: "［連絡先］",
        blank_service: "［サービス名］",
    },

    review_heading: "次の見直し",
    review_line: |d| format!("次の見直し：{}ごろ（このチェックを最後に更新した日から1年後）", ja_date(d)),
    review_sooner: "次のようなときは、待たずに見直しましょう：利用規約や料金プランが変わったとき、契約を更新するとき、管理担当者が替わったとき、これまでより重要な情報（個人情報など）を預けるようになったとき。",
    review_calendar: "カレンダーに登録（.ics）",
    review_calendar_note: "カレンダー用のファイルはこの端末で作られ、どこにも送られません。",
    review_on: |d| format!("見直し：{}", ja_date(d)),
    review_due: "見直しの時期です",
    calendar_summary: |service| format!("クラウドサービスの見直し：{service}"),
    calendar_description: "クラウドサービス安全利用 セルフチェックを、もう一度行いましょう。前回の結果とアクションプランを見直し、利用規約や使い方の変化を確かめます。",

    incident_heading: "いま何か起きたら",
    incident_provider: |c| match c {
        Some(contact) => format!("障害や不正ログインが疑われるときは、まず事業者に連絡します（問い合わせ先：{contact}）。"),
        None => "障害や不正ログインが疑われるときは、まず事業者に連絡します（依頼文の欄に事業者の問い合わせ先を入れておくと、ここに表示されます）。".to_owned(),
    },
    incident_consult: "情報セキュリティについての技術的な相談は、IPAの相談窓口へ。",
    incident_leak: "個人データの漏えい等が起きた、または起きたおそれがあるとき、一定の場合（要配慮個人情報、財産的被害のおそれ、不正の目的によるおそれ、1,000人を超えるもの）は、個人情報保護委員会への報告と本人への通知が義務です。報告は、知った後すみやかに（おおむね3〜5日以内）速報を、30日以内（不正の目的によるおそれがあるものは60日以内）に確報を出します。",
    incident_guide: "対応の進め方は、IPA「中小企業の情報セキュリティ対策ガイドライン」の付録「中小企業のためのセキュリティインシデント対応の手引き」にまとまっています。",
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
    letter_lead: "What to ask the provider, as a letter you can send as it is: the questions for the items about the provider answered “Not yet”, “Don't know” or “Partly”, and for any item answered “Don't know”. Fill in the addressee and the sender and they appear in the text. You send it from your own mail app or the provider's contact form: this tool sends nothing.",
    provider_name_label: "Provider (addressee)",
    provider_contact_label: "Provider's support contact (e-mail address, form address or phone number)",
    account_label: "Account or contract ID (if any)",
    reply_by_label: "Reply by",
    sender_heading: "Sender",
    sender_company_label: "Your company",
    sender_person_label: "Your name",
    sender_contact_label: "Your contact (e-mail address or phone number)",
    sender_note: "The sender is kept on this device only and reused for your next check; it goes into no exported file and no result code.",
    letter_in: |lang| match lang {
        Lang::Ja => "The letter in Japanese",
        Lang::En => "The letter in English (for a provider abroad)",
    },
    letter_copy: "Copy the letter",
    open_mail: "Open in your mail app",
    mark_sent: "I've sent it (mark as waiting)",
    letter_english_offer: "For a provider abroad, the letter can be made in English too.",
    letter_english_button: "Make the letter in English",
    sent_note: |n, d| format!("{} now “Asked, waiting for an answer” ({d}).", if n == 1 { "1 step is".to_owned() } else { format!("{n} steps are") }),
    letter: LetterWords {
        to: |p| match p {
            Some(name) => format!("To: {name}"),
            None => "To the support team".to_owned(),
        },
        subject: |service| format!("Questions about using {service} safely"),
        opening: |company, person, service, account| {
            let account = account.map_or(String::new(), |a| format!(" (account or contract ID: {a})"));
            format!("I am {person} of {company}. We use {service}{account}. To use it safely, we would like to ask you the following.")
        },
        label: |n, topic| format!("(Item {n}: {topic}) "),
        closing: |d| format!("Please answer in writing (e-mail is fine) by {d}, and cite the clause of your terms or contract, or the web page, that each answer rests on. Quoting the number and item with each answer will help us file your replies."),
        regards: "Kind regards,",
        blank_company: "[company]",
        blank_person: "[your name]",
        blank_contact: "[contact]",
        blank_service: "[service]",
    },

    review_heading: "Next review",
    review_line: |d| format!("Next review: around {d} (a year after this check was last changed)"),
    review_sooner: "Review sooner when the terms or the price plan change, when the contract is renewed, when the person in charge changes, or when you start keeping more sensitive information (such as personal data) in the service.",
    review_calendar: "Add to calendar (.ics)",
    review_calendar_note: "The calendar file is made on this device and sent nowhere.",
    review_on: |d| format!("Review: {d}"),
    review_due: "Due for review",
    calendar_summary: |service| format!("Review of a cloud service: {service}"),
    calendar_description: "Do the cloud service safety self-check again: go over the last result and action plan, and check what has changed in the terms and in how you use the service.",

    incident_heading: "If something happens now",
    incident_provider: |c| match c {
        Some(contact) => format!("If you suspect an outage or an unauthorised sign-in, contact the provider first (support contact: {contact})."),
        None => "If you suspect an outage or an unauthorised sign-in, contact the provider first (enter its support contact in the letter's fields and it appears here).".to_owned(),
    },
    incident_consult: "For technical advice on information security, IPA's consultation desks.",
    incident_leak: "When personal data has leaked, or may have, you must in certain cases (sensitive personal data, a risk of financial harm, a suspected wrongful purpose, or more than 1,000 people) report it to the Personal Information Protection Commission and tell the people concerned: a preliminary report promptly (roughly within 3 to 5 days of learning of it), and a final report within 30 days (60 days where a wrongful purpose is suspected).",
    incident_guide: "How to respond step by step: the appendix “Security incident response guide for SMEs” (中小企業のためのセキュリティインシデント対応の手引き) to IPA's information security guidelines for SMEs.",
};
