//! The words of the results' working part, in every language: the critical safeguards in
//! the verdict, "this week", the plan as a working list, the letter to the provider, the
//! review date and its calendar file, and "if something happens now". One [`PlanUi`] per
//! language, as [`super::Ui`]: a missing translation does not compile. Pure.

use super::{en_date, ja_date};
use crate::domain::Lang;

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
    pub blank_service: &'static str,
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

    letter_heading: "事業者への問い合わせ文",
    letter_lead: "事業者に確かめることを、そのまま送れる問い合わせ文にしました。「未対応」「わからない」「一部のみ」と答えた事業者についての項目と、「わからない」と答えた項目の質問です。宛先と差出人を入れると文面に入ります。送るのはあなたのメールソフトや問い合わせフォームからで、このツールは何も送信しません。",
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
        blank_service: "［サービス名］",
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
        blank_service: "[service]",
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
};
