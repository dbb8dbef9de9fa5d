//! The hosting site's `site.json` (docs/hosting.md): a web manager's mistake costs only the
//! field it is in, and no link that could run script in the tool's page is ever shown.
#![cfg(not(target_arch = "wasm32"))]

use cloud_check::domain::site::{read, Named, Site, SiteProblem, KEYS};
use cloud_check::domain::Lang;

mod common;

#[test]
fn a_filled_in_file_gives_every_detail() {
    let (site, problems) = read(
        r#"{
            "operator": {"ja": "架空市 情報政策課", "en": "Kakū City, IT Policy Division"},
            "contact": "https://www.city.example.jp/contact/",
            "privacy_policy": "/privacy.html",
            "accessibility_statement": "https://www.city.example.jp/a11y/cloud-check.html",
            "security_contact": "mailto:security@city.example.jp",
            "offline": false,
            "_comment": "edited 2026-12-03"
        }"#,
    );
    assert_eq!(problems, []);
    let operator = site.operator.as_ref().unwrap();
    assert_eq!(operator.get(Lang::Ja), "架空市 情報政策課");
    assert_eq!(operator.get(Lang::En), "Kakū City, IT Policy Division");
    assert_eq!(
        site.contact.as_deref(),
        Some("https://www.city.example.jp/contact/")
    );
    assert_eq!(site.privacy_policy.as_deref(), Some("/privacy.html"));
    assert_eq!(
        site.security_contact.as_deref(),
        Some("mailto:security@city.example.jp")
    );
    assert!(!site.offline);
    assert!(site.is_shown());
}

#[test]
fn the_shipped_template_shows_nothing_and_keeps_offline_use() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/site.json")).unwrap();
    let (site, problems) = read(&text);
    assert_eq!(problems, []);
    assert_eq!(site, Site::default());
    assert!(!site.is_shown() && site.offline);
    // Every setting is in the template, so a web manager sees them all.
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    for key in KEYS {
        assert!(value.get(key).is_some(), "the template lacks {key}");
    }
}

#[test]
fn the_hosting_guides_example_reads_whole() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/hosting/site.example.json"
    ))
    .unwrap();
    let (site, problems) = read(&text);
    assert_eq!(problems, []);
    assert!(site.operator.is_some() && site.contact.is_some() && site.privacy_policy.is_some());
    assert!(
        site.accessibility_statement.is_some() && site.security_contact.is_some() && site.offline
    );
    assert_eq!(site.help_desks.len(), 2);
}

#[test]
fn a_name_given_as_a_string_is_the_japanese_and_stands_for_english_too() {
    let (site, _) = read(r#"{"operator": "  架空市  "}"#);
    assert_eq!(
        site.operator,
        Some(Named {
            ja: "架空市".into(),
            en: None
        })
    );
    assert_eq!(site.operator.unwrap().get(Lang::En), "架空市");
}

#[test]
fn a_broken_file_is_ignored_whole_and_the_tool_keeps_its_defaults() {
    for text in [
        "",
        "{",
        "[1, 2]",
        "\"operator\"",
        "null",
        "{\"operator\": \"A\",}",
    ] {
        let (site, problems) = read(text);
        assert_eq!(site, Site::default(), "{text}");
        assert_eq!(problems, [SiteProblem::NotAnObject], "{text}");
    }
}

#[test]
fn each_wrong_field_is_left_out_and_the_rest_kept() {
    let (site, problems) = read(
        r#"{
            "operator": "架空市",
            "contact": "javascript:alert(1)",
            "privacy_policy": 42,
            "accessibility_statment": "https://example.jp/a11y",
            "offline": "no",
            "security_contact": "mailto:security@example.jp"
        }"#,
    );
    assert_eq!(site.operator.unwrap().ja, "架空市");
    assert_eq!(
        site.security_contact.as_deref(),
        Some("mailto:security@example.jp")
    );
    assert_eq!(
        (
            site.contact,
            site.privacy_policy,
            site.accessibility_statement
        ),
        (None, None, None)
    );
    assert!(site.offline, "a wrong offline value leaves offline use on");
    assert_eq!(
        problems,
        [
            // serde_json's map keeps keys sorted
            SiteProblem::UnknownKey("accessibility_statment".into()),
            SiteProblem::UnsafeLink("contact"),
            SiteProblem::WrongKind("offline"),
            SiteProblem::WrongKind("privacy_policy"),
        ]
    );
}

#[test]
fn only_links_that_cannot_run_script_are_taken() {
    let taken = [
        "https://example.jp/",
        "HTTPS://EXAMPLE.JP/",
        "http://intranet.example.jp/",
        "mailto:a@example.jp?subject=cloud-check",
        "/contact/",
        "contact.html",
        "../privacy.html",
        "/path:with-colon",
        "#top",
        "./privacy.html",
    ];
    for url in taken {
        let (site, problems) = read(&serde_json::json!({ "contact": url }).to_string());
        assert_eq!(
            (site.contact.as_deref(), problems),
            (Some(url), vec![]),
            "{url}"
        );
    }
    let refused = [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "java\tscript:alert(1)",
        " javascript:alert(1)",
        "java\nscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "https://example.jp/a b",
        // Relative in form, another host in a browser.
        "//evil.example/x",
        "\\\\evil.example/x",
        "/\\evil.example",
        "\\/evil.example",
        "./a\\b",
    ];
    for url in refused {
        let (site, problems) = read(&serde_json::json!({ "contact": url }).to_string());
        assert_eq!(site.contact, None, "{url:?}");
        assert_eq!(problems, [SiteProblem::UnsafeLink("contact")], "{url:?}");
    }
}

#[test]
fn empty_and_null_fields_mean_not_shown_and_too_long_ones_are_left_out() {
    let (site, problems) = read(r#"{"operator": "", "contact": null, "offline": null}"#);
    assert_eq!((site, problems), (Site::default(), vec![]));
    let long_name = "名".repeat(121);
    let long_link = format!("https://example.jp/{}", "a".repeat(2000));
    let (site, problems) =
        read(&serde_json::json!({ "operator": long_name, "contact": long_link }).to_string());
    assert_eq!((site.operator, site.contact), (None, None));
    assert_eq!(
        problems,
        [
            SiteProblem::TooLong("contact"),
            SiteProblem::TooLong("operator")
        ]
    );
}

#[test]
fn a_name_with_other_keys_or_a_number_is_left_out() {
    for text in [
        r#"{"operator": {"ja": "A", "fr": "B"}}"#,
        r#"{"operator": 7}"#,
        r#"{"operator": {"ja": 7}}"#,
    ] {
        let (site, problems) = read(text);
        assert_eq!(site.operator, None, "{text}");
        assert_eq!(problems, [SiteProblem::WrongKind("operator")], "{text}");
    }
}

#[test]
fn every_problem_is_told_to_the_web_manager_in_both_languages() {
    let problems = [
        SiteProblem::NotAnObject,
        SiteProblem::UnknownKey("oprator".into()),
        SiteProblem::WrongKind("offline"),
        SiteProblem::UnsafeLink("contact"),
        SiteProblem::TooLong("operator"),
    ];
    for problem in &problems {
        let words = cloud_check::i18n::site_problem(problem);
        assert!(words.starts_with("site.json: "), "{words}");
        let (ja, en) = words.split_once(" / ").unwrap();
        assert!(
            ja.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)),
            "{words}"
        );
        assert!(
            en.contains(" ") && en.chars().filter(char::is_ascii_alphabetic).count() > 8,
            "{words}"
        );
    }
    assert!(cloud_check::i18n::site_problem(&problems[1]).contains("oprator"));
}

/// The site's details as the pages show them: who runs the page on the start screen, the
/// links in the footer, the report's print-only copy; nothing of them without a file.
#[tokio::test]
async fn the_pages_show_who_runs_them_and_the_sites_links_in_both_languages() {
    use cloud_check::i18n::ui;
    use cloud_check::route::Route;
    use cloud_check::ui::Env;
    let (site, _) = read(
        r#"{"operator": {"ja": "架空市 情報政策課", "en": "Kakū City"},
            "contact": "https://www.city.example.jp/contact/",
            "privacy_policy": "https://www.city.example.jp/privacy/",
            "security_contact": "mailto:security@city.example.jp"}"#,
    );
    let env = || Env {
        site: Some(std::rc::Rc::new(site.clone())),
        ..Env::default()
    };
    for lang in Lang::ALL {
        let t = ui(lang);
        let html = common::render_in(common::at(lang, Route::Start), env()).await;
        let name = if lang == Lang::Ja {
            "架空市 情報政策課"
        } else {
            "Kakū City"
        };
        let text = common::visible_text(&html);
        assert!(
            text.contains(&format!("{}{name} {}", t.site_operator, t.site_contact)),
            "{lang:?}: {text}"
        );
        for (href, label) in [
            ("https://www.city.example.jp/privacy/", t.site_privacy),
            ("mailto:security@city.example.jp", t.site_security),
        ] {
            assert!(
                html.contains(&format!("<a href=\"{href}\">{label}")),
                "{lang:?}: {label}"
            );
        }
        assert!(
            !text.contains(t.site_accessibility),
            "{lang:?}: a link the site did not give"
        );
        let results = common::render_in(common::at(lang, Route::Results), env()).await;
        assert!(
            results.contains("class=\"print-only\"><div class=\"site\">"),
            "{lang:?}: the report's copy"
        );

        let without = common::visible_text(&common::render(common::at(lang, Route::Start)).await);
        assert!(
            !without.contains(t.site_operator) && !without.contains(t.site_privacy),
            "{lang:?}"
        );
        assert!(
            without.contains(t.footer_disclaimer),
            "{lang:?}: what the tool is not"
        );
    }
}

#[test]
fn help_desks_are_read_field_by_field() {
    let (site, problems) = read(
        r#"{
            "help_desks": [
                {"name": {"ja": "架空県よろず支援拠点", "en": "Kakū Yorozu Support Center"},
                 "url": "https://yorozu.example.jp/", "phone": "０００-000-0000",
                 "hours": {"ja": "平日 9:00〜17:00", "en": "Weekdays 9:00–17:00"}},
                {"name": "架空商工会議所", "phone": "call us", "url": "javascript:alert(1)", "fax": "1"},
                {"url": "https://no-name.example.jp/"},
                "架空市"
            ]
        }"#,
    );
    assert_eq!(
        problems,
        [
            SiteProblem::UnknownKey("help_desks.fax".to_owned()),
            SiteProblem::UnsafeLink("help_desks.url"),
            SiteProblem::WrongKind("help_desks.phone"),
            SiteProblem::WrongKind("help_desks.name"),
            SiteProblem::WrongKind("help_desks"),
        ]
    );
    // The first desk whole, the second by its name alone; the nameless one and the bare
    // string are left out.
    assert_eq!(site.help_desks.len(), 2);
    let first = &site.help_desks[0];
    assert_eq!(first.name.get(Lang::En), "Kakū Yorozu Support Center");
    assert_eq!(first.tel().as_deref(), Some("tel:0000000000"));
    assert_eq!(
        first.hours.as_ref().unwrap().get(Lang::Ja),
        "平日 9:00〜17:00"
    );
    let second = &site.help_desks[1];
    assert_eq!(second.name.get(Lang::En), "架空商工会議所");
    assert_eq!(
        (second.url.as_deref(), second.phone.as_deref()),
        (None, None)
    );
    // Not a list: nothing, said once.
    let (site, problems) = read(r#"{"help_desks": {"name": "x"}}"#);
    assert!(site.help_desks.is_empty());
    assert_eq!(problems, [SiteProblem::WrongKind("help_desks")]);
    // At most five are shown.
    let many = format!(
        r#"{{"help_desks": [{}]}}"#,
        [r#"{"name": "d"}"#; 7].join(",")
    );
    let (site, problems) = read(&many);
    assert_eq!(site.help_desks.len(), 5);
    assert_eq!(problems, [SiteProblem::TooLong("help_desks")]);
}
