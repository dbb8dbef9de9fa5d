//! Starting the app in a page: as the whole page, or inside each `[data-cloud-check]`
//! element of a host page. Reads the URL (or the element's settings) and what this device
//! saved, and hands the result to [`App`] as its starting props.

use crate::boot::{self, Opening};
use crate::embed::EmbedConfig;
use crate::persist::Area;
use crate::platform;
use crate::route::Route;
use crate::state::{Action, AppState, Notice};

use super::app::{App, AppProps};
use super::common::{Env, PRERENDERED_ID, SERVICE_NAME_ID};
use super::english::when_ready;
use super::hooks::load;

/// Mounts the app: started by embed.js, into each `[data-cloud-check]` element of the host
/// page, now and whenever the page adds one (never into the host page itself); otherwise
/// as the whole page. Starts from the URL (or the element's settings) and from what this
/// device saved.
pub fn mount() {
    if let Some(stylesheet) = platform::host::embed_stylesheet() {
        if !mount_elements(&stylesheet) {
            platform::host::warn(
                "cloud-check: no [data-cloud-check] element on this page yet; the app will appear in one when it is added.",
            );
        }
        platform::host::watch_for_elements(move || {
            mount_elements(&stylesheet);
        });
        return;
    }
    let opening = boot::opening(
        &platform::location::query(),
        &platform::location::fragment(),
    );
    platform::document::set_theme(opening.config.theme.attribute());
    // A task of its own, apart from compiling the wasm. (Release builds fetch the wasm only
    // once the prerendered start screen is on screen: see page/boot.js.)
    platform::document::in_next_task(move || mount_page(opening));
}

/// Mounts the app into each element that asks for it and does not have it yet; whether
/// there was any.
fn mount_elements(stylesheet: &str) -> bool {
    let hosts = platform::host::take_new_elements();
    for host in &hosts {
        let pairs = platform::host::settings(host);
        let mut config =
            EmbedConfig::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let course = config.namespace.clone();
        // Two embeds on one site keep separate data unless told otherwise.
        if config.namespace.is_none() {
            // Without a usable id, by its place on the page.
            config.namespace = crate::embed::namespace(&host.id())
                .or_else(|| Some(format!("embed-{}", platform::host::position(host))));
        }
        if let Some(theme) = config.theme.attribute() {
            let _ = host.set_attribute("data-theme", theme);
        }
        let Some(container) = platform::host::prepare(host, stylesheet) else {
            continue;
        };
        let route = config.start.unwrap_or_default();
        let mut props = props_for(config, route, true);
        props.env.course = course;
        // The host page's address is not the tool's: links to the tool's other pages start
        // from the folder its style sheet (and embed.js) came from.
        props.env.app_base = crate::course::folder(stylesheet);
        let (lang, app_base) = (props.initial.lang, props.env.app_base.clone());
        when_ready(lang, &app_base, move |ready| {
            yew::Renderer::<App>::with_root_and_props(container, english_or_not(props, ready))
                .render();
        });
    }
    !hosts.is_empty()
}

/// Mounts the app as the whole page, where its address says (see [`boot::opening`]).
fn mount_page(opening: Opening) {
    platform::document::report_height_to_parent();
    let Opening {
        config,
        route,
        code,
    } = opening;
    let mut props = in_lms(config, route);
    // A result-code link opens the import preview with the code.
    if let Some(code) = code {
        let now = platform::document::now();
        props.initial = props.initial.reduce(Action::OpenCode(code), &now);
    }
    // Reading storage and drawing the app are separate tasks, so neither blocks input long.
    // A start in English first waits for the checklist's English, where it is fetched.
    let (lang, app_base) = (props.initial.lang, props.env.app_base.clone());
    platform::document::in_next_task(move || {
        when_ready(lang, &app_base, move |ready| {
            let mut props = english_or_not(props, ready);
            // Release builds show a prerendered start screen while the wasm loads. It goes now,
            // in the same task as the app's first drawing; what was typed into it stays.
            let taken = platform::document::take_prerendered(PRERENDERED_ID, SERVICE_NAME_ID);
            if let Some(name) = taken.value {
                if props.initial.current().service_name.is_empty() {
                    let now = platform::document::now();
                    props.initial = props.initial.reduce(Action::SetServiceName(name), &now);
                }
            }
            props.focus_id = taken.focused_id.map(Into::into);
            yew::Renderer::<App>::with_props(props).render();
        })
    });
}

/// The starting props; in Japanese, with a notice, when the English could not be had.
fn english_or_not(mut props: AppProps, ready: bool) -> AppProps {
    if !ready {
        props.initial.lang = crate::domain::Lang::Ja;
        props.initial.notice = Some(Notice::EnglishUnavailable);
    }
    props
}

/// The starting props of the whole page; in the SCORM package's build (feature "lms"),
/// inside a course's LMS: the course's record is read first and taken in, and the app keeps
/// its data in a storage namespace of the activity's own.
#[cfg(feature = "lms")]
fn in_lms(mut config: EmbedConfig, route: Route) -> AppProps {
    let lms = platform::lms::find();
    let started = lms.as_ref().map(|api| (api.initialize(), api.last_error()));
    let path = platform::document::path();
    if lms.is_some() {
        config.namespace = Some(crate::lms::namespace(&path));
    }
    let mut props = props_for(config, route, false);
    // Nothing here yet: a package uploaded again (0.2.0 named its storage after the whole
    // address, revision included) finds the checks an earlier revision kept on this device,
    // memos included; they are then kept under this namespace. The earlier copy stays.
    // Storage is read once to find the area that holds a check; only that one is loaded.
    if lms.is_some() && props.initial.assessments.iter().all(|a| a.is_empty()) {
        let entries = platform::storage::entries().unwrap_or_default();
        let earlier = crate::lms::earlier_namespaces(&path)
            .into_iter()
            .map(|ns| Area::new(Some(&ns)))
            .find(|area| {
                entries
                    .iter()
                    .any(|(key, _)| area.assessment_id(key).is_some())
            });
        if let Some(area) = earlier {
            let now = platform::document::now();
            let loaded = load(&area, &now);
            let taken = AppState::restore(
                props.initial.lang,
                props.initial.route,
                loaded.assessments,
                loaded.current.as_deref(),
                &platform::document::random_id(),
                &now,
            );
            // Only the checks: this area's own state (a save problem, a notice) stays.
            props.initial.assessments = taken.assessments;
            props.initial.current = taken.current;
        }
    }
    if let (Some(api), Some((started, error))) = (&lms, started) {
        if started {
            match crate::lms::read_record(&api.get("cmi.suspend_data")) {
                crate::lms::Record::Check(remote) => {
                    let mut checks = props.initial.assessments.clone();
                    let current = crate::lms::take_in(&mut checks, *remote);
                    props.initial = AppState {
                        assessments: checks,
                        current,
                        ..props.initial.clone()
                    };
                }
                // Never overwritten: nothing goes to the course in this session (see
                // `use_lms`); the participant is told why and goes on on this device.
                crate::lms::Record::Newer { found } => {
                    props.initial.lms_problem = Some(crate::lms::LmsProblem::NewerRecord { found });
                }
                crate::lms::Record::Nothing => {}
            }
        } else {
            props.initial.lms_problem = Some(crate::lms::LmsProblem::Start {
                code: crate::lms::error_code(&error),
            });
        }
        props.env.lms = true;
        props.env.course = None;
        props.lms = started.then(|| api.clone());
    }
    props
}

/// The starting props of the whole page (the hosted tool never looks for an LMS).
#[cfg(not(feature = "lms"))]
fn in_lms(config: EmbedConfig, route: Route) -> AppProps {
    props_for(config, route, false)
}

/// The starting props for one instance of the app.
fn props_for(config: EmbedConfig, route: Route, in_element: bool) -> AppProps {
    let now = platform::document::now();
    let loaded = load(&Area::new(config.namespace.as_deref()), &now);
    let mut initial = AppState::restore(
        boot::language(&config, loaded.lang),
        route,
        loaded.assessments,
        loaded.current.as_deref(),
        &platform::document::random_id(),
        &now,
    );
    initial.save_problem = loaded.problem;
    initial.last_export = loaded.last_export;
    initial.sender = loaded.sender;
    if !loaded.set_aside.is_empty() {
        initial.notice = Some(Notice::CorruptSetAside {
            keys: loaded.set_aside,
        });
    } else if !loaded.other_version.is_empty() {
        initial.notice = Some(Notice::OtherVersion {
            keys: loaded.other_version,
        });
    }
    let env = Env {
        today: platform::document::today(),
        tool_url: platform::document::tool_url(),
        course: config.namespace.clone(),
        namespace: config.namespace,
        compact: config.compact,
        in_element,
        app_base: String::new(),
        lms: false,
        site: (!in_element).then(crate::kit::site::from_page).flatten(),
        framed: platform::document::framed(),
    };
    AppProps {
        initial,
        env,
        focus_id: None,
        stored_texts: loaded.texts,
        lms: None,
    }
}
