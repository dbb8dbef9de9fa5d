//! What to send the provider: every open question of a check (`Checklist::letter_questions`),
//! each labelled with its item so that replies can be filed back, asking for a written
//! answer that cites the terms.
//!
//! [`letter`]: the questions as a letter with its addressee, sender, account and a reply-by
//! date, to copy, to print, or to open with [`mailto`] in the user's own mail app (this tool
//! sends nothing); the text is pinned by tests/plan.rs.
//!
//! Pure: builds text from the check, the content and the words of `i18n`.

use crate::content::Question;
use crate::domain::plan::days_after;
use crate::domain::{Assessment, Lang, Sender};
use crate::i18n::plan_ui;

/// Days from today that the reply-by date defaults to.
pub const REPLY_DAYS: i64 = 14;

/// A letter ready to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub subject: String,
    pub body: String,
    /// The items whose questions it asks, in checklist order (what "sent" marks waiting).
    pub items: Vec<String>,
    /// What a mail link carries instead of the body when the body does not fit one.
    pub short_body: String,
}

/// Longest `mailto:` address the link carries: mail apps and browsers hand over about
/// 2,000 characters as the link is written (encoded: a Japanese character takes 9), some
/// fewer; above that the body is cut or the link does nothing. Japanese letters mostly do
/// not fit: the mail then opens with a line asking to paste the copied text.
pub const MAILTO_MAX_CHARS: usize = 2000;

/// The date the letter asks a reply by: the check's own, else [`REPLY_DAYS`] after `today`.
pub fn reply_by(a: &Assessment, today: &str) -> String {
    if a.provider.reply_by.is_empty() {
        days_after(today, REPLY_DAYS).unwrap_or_default()
    } else {
        a.provider.reply_by.clone()
    }
}

/// The letter for `a` in `lang`, asking `questions` (the `Advice::asked` of `a`), naming
/// the provider's product (not the check's own name, which may be a category); its body as
/// the owner edited it, if they did. `None` when there is nothing to ask.
pub fn letter(
    lang: Lang,
    a: &Assessment,
    questions: &[Question],
    sender: &Sender,
    today: &str,
) -> Option<Letter> {
    if questions.is_empty() {
        return None;
    }
    let w = &plan_ui(lang).letter;
    let or = |value: &str, blank: &'static str| -> String {
        if value.is_empty() {
            blank.to_owned()
        } else {
            value.to_owned()
        }
    };
    let p = &a.provider;
    let service = or(&p.product, w.blank_product);
    let mut body = vec![
        (w.to)((!p.name.is_empty()).then_some(p.name.as_str())),
        String::new(),
        (w.opening)(
            &or(&sender.company, w.blank_company),
            &or(&sender.person, w.blank_person),
            &service,
            (!p.account.is_empty()).then_some(p.account.as_str()),
        ),
        w.source.to_owned(),
        String::new(),
    ];
    for (n, (item, question)) in questions.iter().enumerate() {
        body.push(format!(
            "{}. {}{}",
            n + 1,
            (w.label)(item.number, item.topic.get(lang)),
            question.get(lang)
        ));
    }
    body.extend([
        String::new(),
        (w.closing)(&reply_by(a, today)),
        String::new(),
        w.regards.to_owned(),
        or(&sender.company, w.blank_company),
        or(&sender.person, w.blank_person),
        or(&sender.contact, w.blank_contact),
    ]);
    Some(Letter {
        subject: (w.subject)(&service),
        body: a
            .letter
            .edited(lang)
            .map_or_else(|| body.join("\n"), str::to_owned),
        items: questions.iter().map(|(i, _)| i.id.to_string()).collect(),
        short_body: w.mail_too_long.to_owned(),
    })
}

/// A `mailto:` address (RFC 6068) that opens the letter in the user's mail app, addressed
/// to `contact` when it is an e-mail address, and whether it carries the whole letter: when
/// the letter would make it longer than [`MAILTO_MAX_CHARS`], the body is the short line
/// asking to paste the text.
pub fn mail(contact: &str, letter: &Letter) -> (String, bool) {
    let full = mail_link(contact, letter, &letter.body);
    if full.len() <= MAILTO_MAX_CHARS {
        (full, true)
    } else {
        (mail_link(contact, letter, &letter.short_body), false)
    }
}

/// The address of [`mail`].
pub fn mailto(contact: &str, letter: &Letter) -> String {
    mail(contact, letter).0
}

/// Whether the whole letter fits a mail link ([`mail`]).
pub fn mail_fits(contact: &str, letter: &Letter) -> bool {
    mail(contact, letter).1
}

fn mail_link(contact: &str, letter: &Letter, body: &str) -> String {
    let to = if is_email(contact) {
        contact.trim()
    } else {
        ""
    };
    let body = body.replace('\n', "\r\n");
    format!(
        "mailto:{}?subject={}&body={}",
        encode(to),
        encode(&letter.subject),
        encode(&body)
    )
}

/// Looks like one e-mail address: something@domain.tld, no spaces, one @.
fn is_email(text: &str) -> bool {
    let t = text.trim();
    let mut parts = t.split('@');
    matches!(
        (parts.next(), parts.next(), parts.next()),
        (Some(local), Some(domain), None)
            if !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
    ) && !t
        .chars()
        .any(|c| c.is_whitespace() || matches!(c, '<' | '>' | ',' | ';' | '?' | '&'))
}

/// Percent-encodes everything but RFC 3986's unreserved characters (and `@` in an address).
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => {
                out.push(byte as char);
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}
