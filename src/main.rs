//! Entry point of the browser build: mounts the app and does nothing else.

fn main() {
    cloud_check::ui::mount();
}
