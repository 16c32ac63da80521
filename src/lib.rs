//! Partner or Vendor? — a self-assessment that runs entirely in the browser.
//!
//! `model` is the functional core (no web types); `app` is the Yew shell and `browser` its thin
//! adapters to storage and the page. See ARCHITECTURE.md for the map.

pub mod app;
pub mod browser;
pub mod model;

/// The wasm's memory allocator: Talc instead of the standard library's dlmalloc, several
/// kilobytes smaller in the download and faster (docs/PERFORMANCE.md).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
