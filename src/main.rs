//! Entry point of the browser build: chooses the allocator and mounts the app, nothing else.

// Talc instead of the default dlmalloc: the same job in fewer bytes (see Cargo.toml).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    cloud_check::ui::mount();
}
