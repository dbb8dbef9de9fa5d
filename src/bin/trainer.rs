//! Entry point of the trainer's page (trainer.html): chooses the allocator and mounts the
//! trainer's app, nothing else. Its own wasm, so participants never download it.

// Talc instead of the default dlmalloc, as in src/main.rs.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    cloud_check::trainer::mount();
}
