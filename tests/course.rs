//! The trainer's course set-up: what it gives a trainer to paste (pinned exactly, as it goes
//! into other people's pages), that the participants' page reads the link back as the same
//! course, that an invalid id never reaches a link, and the set-up screen as rendered.
#![cfg(not(target_arch = "wasm32"))]

use cloud_check::course::{course_id, CourseIdProblem, Setup, STARTS};
use cloud_check::domain::Lang;
use cloud_check::embed::EmbedConfig;
use cloud_check::i18n::trainer_ui;
use cloud_check::route::Route;
use cloud_check::trainer::{SetupProps, SetupScreen};

const BASE: &str = "https://example.org/tools/cloud-check/";

fn setup(id: &str, lang: Lang, compact: bool, start: Route) -> Setup {
    Setup {
        id: id.into(),
        lang,
        compact,
        start,
    }
}

#[test]
fn the_links_and_snippets_are_exactly_these() {
    let links = setup("course-a", Lang::En, true, Route::Start)
        .links(BASE, "Cloud service safety self-check")
        .expect("a valid id");
    assert_eq!(
        links.participant,
        "https://example.org/tools/cloud-check/?lang=en&ns=course-a"
    );
    assert_eq!(
        links.element,
        r#"<div id="cloud-check-course-a" data-cloud-check data-namespace="course-a" data-lang="en" data-compact="1"><a href="https://example.org/tools/cloud-check/?lang=en&ns=course-a">Cloud service safety self-check</a></div>
<script type="module" src="https://example.org/tools/cloud-check/embed.js"></script>"#
    );
    assert_eq!(
        links.iframe,
        r#"<iframe src="https://example.org/tools/cloud-check/?lang=en&ns=course-a&compact=1" title="Cloud service safety self-check" style="width:100%;border:0" height="900" loading="lazy" allow="clipboard-write"></iframe>
<script>
  // Lets the tool set the frame's height; it sends nothing but {"cloudCheckHeight": n}.
  addEventListener('message', (e) => {
    if (e.origin !== 'https://example.org' || typeof e.data?.cloudCheckHeight !== 'number') return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === e.source) frame.height = e.data.cloudCheckHeight;
    }
  });
</script>"#
    );
}

#[test]
fn a_folder_with_quotes_or_markup_in_its_name_stays_inside_the_snippets_quotes() {
    let base = "https://example.org/it's \"<b>\"/";
    let links = setup("course-a", Lang::Ja, false, Route::Start)
        .links(base, "x")
        .unwrap();
    let safe = "https://example.org/it%27s%20%22%3Cb%3E%22/";
    assert!(links.participant.starts_with(safe), "{}", links.participant);
    for snippet in [&links.iframe, &links.element] {
        assert!(snippet.contains(safe), "{snippet}");
        assert!(
            !snippet.contains("it's") && !snippet.contains("<b>"),
            "{snippet}"
        );
    }
    // The origin check still names the host exactly.
    assert!(links.iframe.contains("e.origin !== 'https://example.org'"));
}

#[test]
fn the_participants_page_reads_every_link_back_as_the_same_course() {
    for lang in Lang::ALL {
        for start in STARTS {
            for compact in [false, true] {
                let s = setup("2026-spring_a", lang, compact, start);
                let links = s.links(BASE, "x").unwrap();
                let query = links.participant.strip_prefix(BASE).unwrap();
                let config = EmbedConfig::from_query(query);
                assert_eq!(config.namespace.as_deref(), Some("2026-spring_a"));
                assert_eq!(config.lang, Some(lang));
                assert_eq!(config.start.unwrap_or_default(), start);
                assert!(!config.compact, "a link opens the full tool");
                // The iframe's address carries the same course, compact as chosen.
                let framed = links.iframe.split('"').nth(1).unwrap();
                let config = EmbedConfig::from_query(framed.strip_prefix(BASE).unwrap());
                assert_eq!(config.namespace.as_deref(), Some("2026-spring_a"));
                assert_eq!(config.compact, compact);
            }
        }
    }
}

#[test]
fn an_invalid_course_id_never_reaches_a_link() {
    for bad in [
        "",
        "  ",
        "Course-A",
        "研修",
        "a/b",
        "a&ns=x",
        "a\"b",
        &"a".repeat(33),
    ] {
        assert!(course_id(bad).is_err(), "{bad:?}");
        assert_eq!(
            setup(bad, Lang::Ja, true, Route::Start).links(BASE, "x"),
            None,
            "{bad:?}"
        );
    }
    // No id at all is refused too: the participants' answers would land in the tool's
    // default data, beside the checks they make for themselves.
    assert_eq!(course_id(""), Err(CourseIdProblem::Empty));
}

async fn render(props: SetupProps) -> String {
    yew::LocalServerRenderer::<SetupScreen>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// The set-up screen for `setup`, with the links made from it, kept in this browser.
async fn render_setup(setup: Setup, lang: Lang) -> String {
    render(SetupProps {
        lang,
        links: setup.links(BASE, "x"),
        setup,
        kept: true,
        on_change: Default::default(),
    })
    .await
}

#[tokio::test]
async fn the_setup_screen_shows_the_rule_for_a_bad_id_and_the_outputs_for_a_good_one() {
    for lang in Lang::ALL {
        let tt = trainer_ui(lang);
        let bad = setup("Course A", lang, true, Route::Start);
        let html = render_setup(bad, lang).await;
        assert!(html.contains(r#"aria-invalid="true""#), "{lang:?}");
        let rule = (tt.course_id_problem)(
            &CourseIdProblem::BadChars {
                chars: vec!['C', ' ', 'A'],
                suggestion: Some("course-a".into()),
            },
            32,
        );
        assert!(html.contains(&rule), "{lang:?}: the rule is shown");
        assert!(
            rule.contains("course-a"),
            "{lang:?}: with the id that would do"
        );
        assert!(html.contains(tt.waiting_for_id));
        assert!(!html.contains("ns="), "no link from an invalid id");

        let good = setup("course-a", lang, true, Route::Overview);
        let html = render_setup(good, lang).await;
        assert!(html.contains(&format!(
            "{BASE}?lang={}&amp;ns=course-a&amp;start=items",
            lang.code()
        )));
        assert!(
            html.contains(r#"class="qr qr-small""#),
            "{lang:?}: the QR code"
        );
        assert!(html.contains(
            &(tt.qr_label)(&format!(
                "{BASE}?lang={}&ns=course-a&start=items",
                lang.code()
            ))
            .replace('&', "&amp;")
        ));
        for id in ["participant-link", "iframe-snippet", "element-snippet"] {
            assert!(html.contains(&format!(r#"id="{id}""#)), "{lang:?}: {id}");
        }
        assert!(!html.contains(r#"aria-invalid="true""#));
    }
}

#[tokio::test]
async fn the_setup_screen_gives_the_participants_instructions_with_the_courses_link() {
    for lang in Lang::ALL {
        let tt = trainer_ui(lang);
        let good = setup("course-a", lang, false, Route::Start);
        let participant = good.links(BASE, "x").unwrap().participant;
        let html = render_setup(good, lang).await;
        let at = html
            .find(r#"id="setup-instructions""#)
            .expect("the instructions");
        let field = &html[at..];
        let text = &field[..field.find("</textarea>").unwrap()];
        assert!(
            text.contains(&participant.replace('&', "&amp;")),
            "{lang:?}: {text}"
        );
        assert!(html.contains(tt.class_instructions_copy));
    }
}

#[tokio::test]
async fn the_lms_guide_is_a_page_of_the_site_in_both_languages_and_the_setup_points_to_it() {
    #[yew::component]
    fn Guide(props: &GuideProps) -> yew::Html {
        cloud_check::trainer::guide_screen(props.lang)
    }
    #[derive(yew::Properties, PartialEq)]
    struct GuideProps {
        lang: Lang,
    }
    for lang in Lang::ALL {
        let tt = trainer_ui(lang);
        let html = yew::LocalServerRenderer::<Guide>::with_props(GuideProps { lang })
            .hydratable(false)
            .render()
            .await;
        // Moodle's settings step by step, and the way from its report to the overview.
        assert!(tt.guide.len() >= 4, "{lang:?}");
        for part in tt.guide {
            assert!(html.contains(part.heading), "{lang:?}: {}", part.heading);
        }
        assert_eq!(
            html.matches("<li>").count(),
            tt.guide.iter().map(|p| p.steps.len()).sum::<usize>()
        );
        for setting in ["Force completed", "Interactions report", "Completed"] {
            assert!(
                html.contains(setting),
                "{lang:?}: Moodle's own label {setting}"
            );
        }
        // The set-up page links to it.
        let good = setup("course-a", lang, false, Route::Start);
        let setup_html = render_setup(good, lang).await;
        assert!(setup_html.contains(r##"href="#/guide""##), "{lang:?}");
        assert!(
            !setup_html.contains("docs/trainers.md"),
            "{lang:?}: no dead end"
        );
    }
}
