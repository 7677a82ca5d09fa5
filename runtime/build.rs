//! Builds the runtime's WASM blob (unless `SKIP_WASM_BUILD` is set) and exposes it as
//! `WASM_BINARY` to the native half of the crate.

#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("MEDR", 12)
		.build();
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

/// The WASM half is compiled by the build script of the native half; when the crate itself
/// is being compiled for WASM there is nothing to build.
#[cfg(not(feature = "std"))]
fn main() {}
