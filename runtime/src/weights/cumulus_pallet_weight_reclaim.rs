//! Weights of `cumulus_pallet_weight_reclaim` in MedRec's runtime, generated from a real benchmark run by
//! `scripts/benchmark.sh`. Rerun that script after upgrading the SDK; do not edit by hand.
//!
//! DATE: 2026-12-04, STEPS: `50`, REPEAT: `20`
//! HOSTNAME: `vm`, CPU: `AMD EPYC`
//! WASM-EXECUTION: `Compiled`, DB CACHE: 1024
//!
//! Executed command:
//!   /root/.cache/medrec/node-target/release/medrec-node
//!   benchmark
//!   pallet
//!   --runtime
//!   /root/.cache/medrec/target/debug/wbuild/medrec-runtime/medrec_runtime.compact.compressed.wasm
//!   --pallet
//!   cumulus_pallet_weight_reclaim
//!   --extrinsic
//!   *
//!   --steps
//!   50
//!   --repeat
//!   20
//!   --template
//!   scripts/runtime-weight-template.hbs
//!   --output
//!   runtime/src/weights/cumulus_pallet_weight_reclaim.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use polkadot_sdk::{
	frame_support::{traits::Get, weights::Weight},
	*,
};

/// Measured weights of `cumulus_pallet_weight_reclaim`, at the runtime's database weights.
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> cumulus_pallet_weight_reclaim::WeightInfo for WeightInfo<T> {
	fn storage_weight_reclaim() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 3_355_000 picoseconds.
		Weight::from_parts(3_856_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
	}
}
