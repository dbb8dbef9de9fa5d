//! Prints the build-time HTML for index.html's `<body>` (see `src/ui/prerender.rs`), or with
//! `--boot-rules` the rules the page's boot script needs as JSON (see `src/boot.rs`); run by
//! `scripts/post-build.mjs` for release builds. A native program: on wasm32 it does nothing.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    if std::env::args().any(|a| a == "--boot-rules") {
        print!("{}", cloud_check::boot::rules());
        return;
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime starts");
    let body = runtime.block_on(cloud_check::ui::prerender::body(
        cloud_check::domain::Lang::default(),
    ));
    print!("{body}");
}

#[cfg(target_arch = "wasm32")]
fn main() {}
