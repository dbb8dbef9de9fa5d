//! The cloud service rules draft (「クラウドサービス利用ルール（案）」): a sheet an owner can
//! post in the office, made from one check or several (one per service). Each rule follows
//! from an item's answer (its number in brackets); a rule whose item is not answered
//! 確認・対応済み in every check it covers is written as the target with 「（対応中：期限 …）」
//! from the plan's dates, so the sheet never says a safeguard is in place when the answers do
//! not; a rule whose item does not apply to any of them is left out. The lines that are not a
//! safeguard (what to do when something looks wrong, the contacts, the review) are rules the
//! company sets by posting the sheet, and claim nothing.
//!
//! Pure: builds text from the checks, the content and the words of `i18n`; the text is
//! pinned by tests/rules.rs.

use crate::content::checklist;
use crate::domain::site::HelpDesk;
use crate::domain::{Answer, Assessment, Lang};
use crate::i18n::{rules_ui, ui};

/// What the draft is made from.
pub struct Sources<'a> {
    /// The checks it covers, as scored (`Checklist::effective`), the open one first.
    pub checks: &'a [&'a Assessment],
    /// The company, as the letter's sender gives it (empty: a blank to fill in).
    pub company: &'a str,
    /// `YYYY-MM-DD`.
    pub today: &'a str,
    /// The hosting site's help desks.
    pub desks: &'a [HelpDesk],
}

/// The rules draft in `lang`: as the owner edited it with the open check (the first of
/// `sources.checks`), if they did, else made from the answers. The flag says it was edited.
pub fn rules(lang: Lang, sources: &Sources) -> (String, bool) {
    match sources.checks.first().and_then(|a| a.rules.edited(lang)) {
        Some(text) => (text.to_owned(), true),
        None => (draft(lang, sources), false),
    }
}

/// A check's service as the draft names it: its name, or a blank to fill in.
pub fn service_name(lang: Lang, a: &Assessment) -> String {
    match a.service_name.trim() {
        "" => rules_ui(lang).blank_service.to_owned(),
        name => name.to_owned(),
    }
}

/// The draft made from the answers.
pub fn draft(lang: Lang, sources: &Sources) -> String {
    let w = rules_ui(lang);
    let c = checklist();
    let checks = sources.checks;
    let several = checks.len() > 1;
    let or = |value: &str, blank: &'static str| -> String {
        if value.trim().is_empty() {
            blank.to_owned()
        } else {
            value.trim().to_owned()
        }
    };
    let name = |a: &Assessment| service_name(lang, a);
    // A rule from item `id`: the rule with its item's number, and what is pending; `None`
    // when the item applies to none of the checks.
    let rule = |text: &str, id: &str| -> Option<String> {
        let number = c.item(id).map_or(0, |i| i.number);
        let mut pending = Vec::new();
        let mut applies = false;
        for a in checks {
            match a.answer(id) {
                Some(Answer::NotApplicable) => continue,
                Some(Answer::Done) => {}
                _ => {
                    let service = several.then(|| name(a));
                    pending.push(if id == "authentication" && a.lacks_feature(id) {
                        (w.pending_lacks)(service.as_deref())
                    } else {
                        let due = a.step(id).due;
                        (w.pending_part)(
                            service.as_deref(),
                            (!due.is_empty()).then_some(due.as_str()),
                        )
                    });
                }
            }
            applies = true;
        }
        applies.then(|| {
            let mut line = format!("{text}{}", (w.cite)(&[number]));
            if !pending.is_empty() {
                line.push_str(&(w.pending)(&pending));
            }
            line
        })
    };
    let review = checks.iter().filter_map(|a| c.review_date(a)).min();

    let mut lines = vec![
        ui(lang).rules_heading.to_owned(),
        (w.meta)(
            &or(sources.company, w.blank_company),
            sources.today,
            review.as_deref(),
        ),
        String::new(),
        w.intro.to_owned(),
        String::new(),
        w.services_heading.to_owned(),
    ];
    for a in checks {
        let product = a.provider.product.trim();
        lines.push((w.service_line)(
            &name(a),
            (!product.is_empty()).then_some(product),
        ));
    }
    let mut section = |heading: &str, rules: Vec<Option<String>>| {
        let rules: Vec<String> = rules.into_iter().flatten().collect();
        if !rules.is_empty() {
            if !heading.is_empty() {
                lines.push(String::new());
                lines.push(heading.to_owned());
            }
            lines.extend(rules);
        }
    };
    section("", vec![rule(w.services_only, "purpose")]);
    section(
        w.data_heading,
        vec![
            rule(w.data_importance, "data-importance"),
            rule(w.data_restricted, "rules-conflict"),
        ],
    );
    section(
        w.admin_heading,
        vec![
            rule(w.admin_line, "administrator"),
            rule(w.new_service, "administrator"),
        ],
    );
    section(
        w.accounts_heading,
        vec![
            rule(w.accounts_issue, "user-scope"),
            rule(w.accounts_leave, "user-scope"),
            rule(w.sharing, "user-scope"),
        ],
    );
    section(
        w.signin_heading,
        vec![
            rule(w.mfa, "authentication"),
            rule(w.passwords, "authentication"),
        ],
    );
    section(
        w.backup_heading,
        vec![rule(w.backup, "backup"), rule(w.restore, "backup")],
    );

    lines.extend([
        String::new(),
        w.incident_heading.to_owned(),
        w.incident_tell.to_owned(),
        w.incident_stop.to_owned(),
        w.incident_leak.to_owned(),
        w.contacts.to_owned(),
    ]);
    for a in checks {
        let p = &a.provider;
        lines.push((w.contact_provider)(
            &name(a),
            &or(&p.name, w.blank_provider),
            &or(&p.contact, w.blank_contact),
        ));
    }
    for desk in sources.desks {
        lines.push((w.contact_desk)(
            desk.name.get(lang),
            desk.phone.as_deref(),
            desk.hours.as_ref().map(|h| h.get(lang)),
            desk.url.as_deref(),
        ));
    }
    // Paper cannot be clicked: IPA's desk with its address.
    let ipa = c
        .link("ipa-consultation")
        .map_or_else(String::new, |l| format!(" {}", l.url));
    lines.extend([
        format!("{}{ipa}", w.contact_ipa),
        w.contact_police.to_owned(),
    ]);
    lines.extend([
        String::new(),
        w.review_heading.to_owned(),
        (w.review)(review.as_deref()),
        String::new(),
        w.signature.to_owned(),
        String::new(),
        w.source.to_owned(),
    ]);
    lines.join("\n")
}
