//! Prints the build-time HTML for index.html's `<body>` (see `src/ui/prerender.rs`), or with
//! `--trainer` for trainer.html's, or with `--lms` for the SCORM package's index.html; with
//! `--boot-rules` the rules the page's boot script needs, as JSON (see `src/boot.rs`), run by
//! `tools/post-build.mjs` for release builds; with `--english` the name and content of the
//! checklist's English file (see `src/content/english.rs`); with `--boot-cases` the table of addresses
//! and saved data with what the app opens on, for the contract test in `page/test/`. A
//! native program: on wasm32 it does nothing.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if std::env::args().any(|a| a == "--boot-rules") {
        print!("{}", cloud_check::boot::rules());
        return;
    }
    if std::env::args().any(|a| a == "--trainer") {
        print!("{}", cloud_check::ui::prerender::trainer_body());
        return;
    }
    if std::env::args().any(|a| a == "--english") {
        use cloud_check::content::english::{ENGLISH_FILE, ENGLISH_JSON};
        print!("{ENGLISH_FILE}\n{ENGLISH_JSON}");
        return;
    }
    if std::env::args().any(|a| a == "--boot-cases") {
        print!("{}", cloud_check::boot::cases());
        return;
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime starts");
    let lang = cloud_check::domain::Lang::default();
    let body = if std::env::args().any(|a| a == "--lms") {
        runtime.block_on(cloud_check::ui::prerender::lms_body(lang))
    } else {
        runtime.block_on(cloud_check::ui::prerender::body(lang))
    };
    print!("{body}");
}

#[cfg(target_arch = "wasm32")]
fn main() {}
