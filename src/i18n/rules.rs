//! The words of the cloud service rules draft (`crate::rules`), its screen, and the results'
//! "next step" (the rules draft and IPA's SECURITY ACTION), in every language. Only the
//! results part of the app reaches them (see `crate::ui::parts`), so they are not in the
//! first load. One [`RulesUi`] per language, as [`super::Ui`]: a missing translation does
//! not compile. Pure.

use crate::domain::Lang;

/// What the rules draft and its screen say.
pub struct RulesUi {
    // The draft itself: a sheet to post in the office, one or two A4 pages, under the
    // screen's heading (`Ui::rules_heading`, in the first load for the placeholder).
    /// Who, made when, reviewed when.
    pub meta: fn(company: &str, made: &str, review: Option<&str>) -> String,
    pub intro: &'static str,
    /// Where each line comes from (the guide's item numbers in brackets).
    pub source: &'static str,
    pub services_heading: &'static str,
    /// One service: its name as the check has it, the product, and a blank for the work.
    pub service_line: fn(name: &str, product: Option<&str>) -> String,
    pub services_only: &'static str,
    pub data_heading: &'static str,
    pub data_importance: &'static str,
    pub data_restricted: &'static str,
    pub admin_heading: &'static str,
    pub admin_line: &'static str,
    pub new_service: &'static str,
    pub accounts_heading: &'static str,
    pub accounts_issue: &'static str,
    pub accounts_leave: &'static str,
    pub sharing: &'static str,
    pub signin_heading: &'static str,
    pub mfa: &'static str,
    pub passwords: &'static str,
    pub backup_heading: &'static str,
    pub backup: &'static str,
    pub restore: &'static str,
    pub incident_heading: &'static str,
    pub incident_tell: &'static str,
    pub incident_stop: &'static str,
    pub incident_leak: &'static str,
    pub contacts: &'static str,
    /// A service's provider: the service, the provider's name and its contact.
    pub contact_provider: fn(service: &str, provider: &str, contact: &str) -> String,
    pub contact_ipa: &'static str,
    pub contact_police: &'static str,
    /// One of the hosting site's help desks: name, then phone, hours and address if given.
    pub contact_desk:
        fn(name: &str, phone: Option<&str>, hours: Option<&str>, url: Option<&str>) -> String,
    pub review_heading: &'static str,
    pub review: fn(date: Option<&str>) -> String,
    pub signature: &'static str,
    /// After a rule not yet in place: what is pending (each part from [`RulesUi::pending_part`]).
    pub pending: fn(parts: &[String]) -> String,
    /// One check's pending rule: the service (when the draft covers several), and its date.
    pub pending_part: fn(service: Option<&str>, due: Option<&str>) -> String,
    /// Item 9 where the owner noted that the service lacks multi-factor sign-in.
    pub pending_lacks: fn(service: Option<&str>) -> String,
    /// The item numbers a line follows from.
    pub cite: fn(numbers: &[u8]) -> String,
    pub blank_company: &'static str,
    pub blank_service: &'static str,
    pub blank_provider: &'static str,
    pub blank_contact: &'static str,

    // The screen.
    pub lead: &'static str,
    pub choose_legend: &'static str,
    /// A check on this device, as offered to the draft: its name and how far it is answered.
    pub choose_check: fn(name: &str, answered: usize, total: usize) -> String,
    pub current_mark: &'static str,
    pub text_label: &'static str,
    pub copy: &'static str,
    pub edit_hint: &'static str,
    pub edited: &'static str,
    pub reset: &'static str,
    pub reset_question: &'static str,
    pub reset_confirm: &'static str,
    pub print: &'static str,
    pub back: &'static str,
    pub company_hint: &'static str,

    // The results' "next step".
    pub next_heading: &'static str,
    pub next_rules: &'static str,
    pub next_rules_button: &'static str,
    pub sa_heading: &'static str,
    pub sa_what: &'static str,
    pub sa_one_star: &'static str,
    pub sa_two_stars: &'static str,
    pub sa_help: &'static str,
    pub sa_how: &'static str,
    pub sa_link: &'static str,
    pub sa_publisher: &'static str,
    pub desks_heading: &'static str,
    pub desks_lead: &'static str,
    pub desk_phone: &'static str,
    pub desk_hours: &'static str,
}

/// IPA's page on SECURITY ACTION: the address public pages link to; not opened from the
/// team's machine (docs/content-reviews/2026-12-07-rules-draft.md).
pub const SECURITY_ACTION_URL: &str = "https://www.ipa.go.jp/security/security-action/";

pub fn rules_ui(lang: Lang) -> &'static RulesUi {
    match lang {
        Lang::Ja => &JA,
        #[cfg(not(feature = "english-on-demand"))]
        Lang::En => &EN,
        #[cfg(feature = "english-on-demand")]
        Lang::En => {
            static MADE: std::sync::OnceLock<RulesUi> = std::sync::OnceLock::new();
            super::fetched_english(&MADE, 3, english_rulesui).unwrap_or(&JA)
        }
    }
}

#[cfg(feature = "english-on-demand")]
include!(concat!(env!("OUT_DIR"), "/english_rulesui.rs"));

static JA: RulesUi = RulesUi {
    meta: |company, made, review| {
        let review = review.map(|r| format!("　次回の見直し：{}", super::ja_date(r))).unwrap_or_default();
        format!("{company}　作成：{}{review}", super::ja_date(made))
    },
    intro: "当社が業務で使うクラウドサービスを安全に使うための決まりです。クラウドサービスを使う全員が守ります。「対応中」とある決まりはまだ整っていないもので、書かれた期限までに整えます（期限未定のものは、まず期限を決めます）。",
    source: "IPA「中小企業のためのクラウドサービス安全利用の手引き」のチェックシートの回答から作った下書きです。（No.）は手引きの項目番号です。会社全体の決まりは、IPA「中小企業の情報セキュリティ対策ガイドライン」の付録（情報セキュリティ基本方針・関連規程のひな形）も参考にしてください。",
    services_heading: "1. 使うサービスと業務",
    service_line: |name, product| {
        let product = product.map(|p| format!("（{p}）")).unwrap_or_default();
        format!("・{name}{product}：使う業務〔　　　　　　　　〕")
    },
    services_only: "・業務の情報は、上のサービスだけに入れます。ほかのサービスを使いたいときは、先に管理担当者に相談します。",
    data_heading: "2. 預けてよい情報",
    data_importance: "・お客様の個人情報や営業秘密など重要な情報は、漏えい・消失・停止したときの影響を確かめたうえで、業務に要るものだけを入れます。",
    data_restricted: "・マイナンバー、健康や病歴などの要配慮個人情報、社外に出さない約束の情報（秘密保持契約の対象など）は、自社のルール・契約・法令に照らして問題がないと確かめるまで入れません。",
    admin_heading: "3. 管理の担当と新しいサービス",
    admin_line: "・サービスごとに管理担当者を決め、アカウントと設定を管理します。管理担当者：〔　　　　　　〕",
    new_service: "・新しいクラウドサービスを使い始めるときは、このチェックシートの15項目を確かめ、〔承認する人：　　　　〕の承認を得ます。",
    accounts_heading: "4. アカウントと共有",
    accounts_issue: "・アカウントは使う人にだけ、その仕事に要る権限で一人一つ発行します。一つのアカウントを何人かで使いません。",
    accounts_leave: "・退職・異動のときは、その日のうちにアカウントを止めるか、権限を変えます。",
    sharing: "・ファイルは相手を指定して共有します。「リンクを知っている人は誰でも」の共有は使わず、やむをえず使うときは期限を付け、済んだら止めます。",
    signin_heading: "5. ログイン",
    mfa: "・すべてのアカウントで多要素認証（2段階認証など）を使います。",
    passwords: "・パスワードは長く推測されにくいものにし、ほかのサービスと使い回さず、人に教えません。",
    backup_heading: "6. バックアップ",
    backup: "・重要な情報は、クラウドとは別の場所にも定期的にコピーを取り、何世代か残します。",
    restore: "・〔担当：　　　　〕が年に1回以上、コピーから元に戻せるかを試します。",
    incident_heading: "7. おかしいと思ったら",
    incident_tell: "・見覚えのないログインの通知、知らない変更、情報の漏えい、サービスが使えないなどに気づいたら、すぐ管理担当者に知らせます。自分だけで判断して放っておきません。",
    incident_stop: "・乗っ取りが疑われるときは、まず止めます。別の信頼できる端末からパスワードを変え、すべての端末からログアウトさせます。ログイン履歴などの記録は消さずに残し、そのうえで事業者に連絡します。",
    incident_leak: "・個人データが漏えいしたおそれがあるときは、管理担当者が、個人情報保護委員会への報告と本人への通知が必要かをすぐに確かめます（クラウドの事業者のもとで起きたことでも、預けた会社の義務になることがあります）。",
    contacts: "・連絡先",
    contact_provider: |service, provider, contact| format!("　{service}の事業者：{provider}（{contact}）"),
    contact_ipa: "　迷ったとき：IPA「企業組織向けサイバーセキュリティ相談窓口」",
    contact_police: "　不正アクセス・ランサムウェア・脅迫：警察（都道府県警察のサイバー犯罪相談窓口）",
    contact_desk: |name, phone, hours, url| {
        let mut line = format!("　相談窓口：{name}");
        for part in [phone.map(|p| format!("電話 {p}")), hours.map(str::to_owned), url.map(str::to_owned)]
            .into_iter()
            .flatten()
        {
            line.push('　');
            line.push_str(&part);
        }
        line
    },
    review_heading: "8. 見直し",
    review: |date| match date {
        Some(date) => format!("・このルールは{}までに見直します。サービスを増やす・やめるとき、事故が起きたときにも見直します。", super::ja_date(date)),
        None => "・このルールは年に1回以上見直します。サービスを増やす・やめるとき、事故が起きたときにも見直します。".to_owned(),
    },
    signature: "制定日：　　　　年　　月　　日　　　承認：〔　　　　　　　　〕（署名）",
    pending: |parts| format!("（対応中：{}）", parts.join("／")),
    pending_part: |service, due| {
        let due = due.map_or_else(|| "期限未定".to_owned(), |d| format!("期限 {}", super::ja_date(d)));
        service.map_or(due.clone(), |s| format!("{s} {due}"))
    },
    pending_lacks: |service| {
        let lacks = "サービスが多要素認証に未対応のため、行動計画の代わりの対策で";
        service.map_or(lacks.to_owned(), |s| format!("{s}は{lacks}"))
    },
    cite: |numbers| {
        let list: Vec<String> = numbers.iter().map(u8::to_string).collect();
        format!("（No.{}）", list.join("・"))
    },
    blank_company: "〔会社名〕",
    blank_service: "〔サービス名〕",
    blank_provider: "〔事業者名〕",
    blank_contact: "〔問い合わせ先〕",

    lead: "チェックの回答から、社内に貼り出せるルールの下書きを作りました。まだ整っていない対策は「対応中」と期限（行動計画の欄から）を付けて書いています。〔　〕を埋め、会社に合わせて書き換え、責任者の承認を得てから使ってください。",
    choose_legend: "ルールに入れるサービス（この端末のチェック）",
    choose_check: |name, answered, total| format!("{name}（回答 {answered}/{total}）"),
    current_mark: "（いま開いているチェック）",
    text_label: "ルール（案）の文面（書き換えられます）",
    copy: "ルール（案）をコピー",
    edit_hint: "文面はこの欄で直接書き換えられます。書き換えた文面は、このチェックと一緒に保存されます。",
    edited: "書き換えた文面です。このチェックと一緒に保存され、JSONで書き出すファイルにも入ります（会社名を含む）。回答を変えても、この文面は変わりません。",
    reset: "回答から作り直す",
    reset_question: "書き換えた文面を捨てて、回答から作り直しますか？",
    reset_confirm: "作り直す",
    print: "ルール（案）を印刷",
    back: "結果とアクションプランに戻る",
    company_hint: "会社名は、問い合わせ文の「差出人」の欄から入ります。",

    next_heading: "次の一歩：社内ルールとSECURITY ACTION",
    next_rules: "回答から「クラウドサービス利用ルール（案）」を作れます。社内に貼り出せる1〜2枚の下書きで、まだ整っていない対策は「対応中」と期限を付けて書かれます。",
    next_rules_button: "ルール（案）を作る",
    sa_heading: "SECURITY ACTION（セキュリティ対策自己宣言）",
    sa_what: "SECURITY ACTIONは、中小企業が情報セキュリティ対策に取り組むことを自ら宣言する、IPAの制度です。宣言は無料で、IPAが対策の状況を認定するものではありません。",
    sa_one_star: "★一つ星：「情報セキュリティ5か条」に取り組むことを宣言します。",
    sa_two_stars: "★★二つ星：「5分でできる！情報セキュリティ自社診断」で自社の状況を確かめ、情報セキュリティ基本方針を定めて外部に公開したことを宣言します。",
    sa_help: "このチェックと行動計画はクラウドサービスの使い方を見直す材料に、ルール（案）は社内の決まりを作る下書きになり、★★の準備に役立ちます。ただし、自社診断と基本方針の代わりにはなりません。5か条・自社診断・基本方針のひな形は、IPAの「中小企業の情報セキュリティ対策ガイドライン」にあります。",
    sa_how: "宣言の手続きは、IPAのSECURITY ACTIONのページで確かめてください。",
    sa_link: "SECURITY ACTION セキュリティ対策自己宣言",
    sa_publisher: "IPA",
    desks_heading: "身近な相談窓口",
    desks_lead: "このページを運営する機関が案内している相談窓口です。",
    desk_phone: "電話：",
    desk_hours: "受付：",
};

// Built with "english-on-demand", the English is made from the fetched file instead (only
// the closures of this one are compiled in, through `english_rulesui`).
#[cfg_attr(feature = "english-on-demand", allow(dead_code))]
static EN: RulesUi = RulesUi {
    meta: |company, made, review| {
        let review = review.map(|r| format!(" · Next review: {}", super::en_date(r))).unwrap_or_default();
        format!("{company} · Made: {}{review}", super::en_date(made))
    },
    intro: "These rules are for using our company's cloud services safely. Everyone who uses the services follows them. A rule marked \"in progress\" is not in place yet; it will be by the date given (where there is none, setting one comes first).",
    source: "A draft made from the answers to the checklist in IPA's guide to using cloud services safely for SMEs (クラウドサービス安全利用の手引き). The numbers in brackets are the guide's item numbers. For company-wide rules, see also the templates (a basic security policy and related rules) in the appendices of IPA's information security guidelines for SMEs.",
    services_heading: "1. The services we use, and for what",
    service_line: |name, product| {
        let product = product.map(|p| format!(" ({p})")).unwrap_or_default();
        format!("- {name}{product}: used for [                ]")
    },
    services_only: "- Work information goes into the services above only. Anyone who wants to use another service asks the administrator first.",
    data_heading: "2. What information may go there",
    data_importance: "- Important information, such as customers' personal data or trade secrets, goes in only as far as the work needs it, once the effect of its leak, loss or an outage has been checked.",
    data_restricted: "- My Number data, sensitive personal data such as health records, and information we have promised to keep in-house (under a non-disclosure agreement, for example) do not go in until we have checked that our rules, our contracts and the law allow it.",
    admin_heading: "3. Who manages the services, and new services",
    admin_line: "- Each service has an administrator, who manages its accounts and settings. Administrator: [            ]",
    new_service: "- Before a new cloud service is used, its 15 checklist items are checked and [approver:        ] approves it.",
    accounts_heading: "4. Accounts and sharing",
    accounts_issue: "- Accounts are issued only to the people who use the service, one each, with the rights their work needs. No account is shared.",
    accounts_leave: "- When someone leaves or changes role, their account is stopped or its rights changed that same day.",
    sharing: "- Files are shared with named people. \"Anyone with the link\" sharing is not used; where it must be, it gets an end date and is turned off when done.",
    signin_heading: "5. Signing in",
    mfa: "- Every account uses multi-factor sign-in (such as two-step verification).",
    passwords: "- Passwords are long and hard to guess, never reused for another service and never told to anyone.",
    backup_heading: "6. Backups",
    backup: "- Important information is copied regularly to a place apart from the cloud service, keeping several generations.",
    restore: "- [Who:        ] tries restoring from the copy at least once a year.",
    incident_heading: "7. If something looks wrong",
    incident_tell: "- Anyone who notices a sign-in alert they do not recognise, a change nobody made, a leak of information or a service that does not work tells the administrator at once, and never leaves it on their own judgement.",
    incident_stop: "- If an account may have been taken over, stop it first: from another trusted device, change the password and sign out every device. Keep the sign-in history and other records, then contact the provider.",
    incident_leak: "- If personal data may have leaked, the administrator checks at once whether it must be reported to the Personal Information Protection Commission and the people concerned told (even when it happened at the provider, the duty can be the company's that put the data there).",
    contacts: "- Contacts",
    contact_provider: |service, provider, contact| format!("  Provider of {service}: {provider} ({contact})"),
    contact_ipa: "  When unsure: IPA's cybersecurity consultation desk for companies and organisations",
    contact_police: "  Unauthorised access, ransomware or extortion: the police (the prefectural police's cybercrime desk)",
    contact_desk: |name, phone, hours, url| {
        let mut line = format!("  Help desk: {name}");
        for part in [phone.map(|p| format!("phone {p}")), hours.map(str::to_owned), url.map(str::to_owned)]
            .into_iter()
            .flatten()
        {
            line.push_str(", ");
            line.push_str(&part);
        }
        line
    },
    review_heading: "8. Review",
    review: |date| match date {
        Some(date) => format!("- These rules are reviewed by {}, and whenever a service is added or dropped or something goes wrong.", super::en_date(date)),
        None => "- These rules are reviewed at least once a year, and whenever a service is added or dropped or something goes wrong.".to_owned(),
    },
    signature: "In force from: ____-__-__    Approved by: [                ] (signature)",
    pending: |parts| format!(" (in progress: {})", parts.join("; ")),
    pending_part: |service, due| {
        let due = due.map_or_else(|| "no date set".to_owned(), |d| format!("due {}", super::en_date(d)));
        service.map_or(due.clone(), |s| format!("{s}, {due}"))
    },
    pending_lacks: |service| {
        let lacks = "the service lacks multi-factor sign-in: the plan's alternatives apply";
        service.map_or(lacks.to_owned(), |s| format!("{s}: {lacks}"))
    },
    cite: |numbers| {
        let list: Vec<String> = numbers.iter().map(u8::to_string).collect();
        format!(" (No. {})", list.join(", "))
    },
    blank_company: "[Company name]",
    blank_service: "[Service name]",
    blank_provider: "[Provider's name]",
    blank_contact: "[Contact]",

    lead: "A draft of rules to post in the office, made from the answers. Safeguards not yet in place are written as \"in progress\" with their dates (from the plan). Fill in the [ ], adapt the text to the company, and have it approved before it is used.",
    choose_legend: "Services in the rules (the checks on this device)",
    choose_check: |name, answered, total| format!("{name} ({answered}/{total} answered)"),
    current_mark: " (the check open now)",
    text_label: "The rules draft (you can edit it)",
    copy: "Copy the rules draft",
    edit_hint: "You can edit the text in this field. What you change is saved with this check.",
    edited: "You edited this text. It is saved with this check and goes into its JSON export (the company name with it). Changing the answers no longer changes it.",
    reset: "Make it again from the answers",
    reset_question: "Throw away your edits and make the draft again from the answers?",
    reset_confirm: "Make it again",
    print: "Print the rules draft",
    back: "Back to the results and action plan",
    company_hint: "The company name comes from the letter's sender fields.",

    next_heading: "Next step: your own rules and SECURITY ACTION",
    next_rules: "Make a \"Cloud service rules (draft)\" from the answers: one or two pages to post in the office, with safeguards not yet in place written as \"in progress\" with their dates.",
    next_rules_button: "Make the rules draft",
    sa_heading: "SECURITY ACTION (security self-declaration)",
    sa_what: "SECURITY ACTION is IPA's scheme in which a small business declares that it works on information security. Declaring is free, and it is not IPA certifying the company's security.",
    sa_one_star: "One star: declare that you work on the Five Principles of Information Security (情報セキュリティ5か条).",
    sa_two_stars: "Two stars: check your company with the five-minute self-assessment (5分でできる！情報セキュリティ自社診断), set a basic information security policy and publish it, then declare that you have.",
    sa_help: "This check and its plan help you review how the cloud services are used, and the rules draft is a start on the company's own rules: both help prepare for two stars, but neither replaces the self-assessment or the policy. The Five Principles, the self-assessment and policy templates are in IPA's information security guidelines for SMEs.",
    sa_how: "How to declare: see IPA's SECURITY ACTION page.",
    sa_link: "SECURITY ACTION (security self-declaration)",
    sa_publisher: "IPA",
    desks_heading: "Help desks near you",
    desks_lead: "Help desks recommended by the organisation that runs this page.",
    desk_phone: "Phone: ",
    desk_hours: "Hours: ",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pending_rule_names_its_date_or_says_it_has_none() {
        let ja = rules_ui(Lang::Ja);
        assert_eq!(
            (ja.pending)(&[(ja.pending_part)(None, Some("2026-12-14"))]),
            "（対応中：期限 2026年12月14日）"
        );
        assert_eq!(
            (ja.pending)(&[
                (ja.pending_part)(Some("会計ソフト"), None),
                (ja.pending_part)(Some("グループウェア"), Some("2027-01-05")),
            ]),
            "（対応中：会計ソフト 期限未定／グループウェア 期限 2027年1月5日）"
        );
        let en = rules_ui(Lang::En);
        assert_eq!(
            (en.pending)(&[(en.pending_part)(None, Some("2026-12-14"))]),
            " (in progress: due 14 December 2026)"
        );
    }
}
