//! Weights of `pallet_research`, generated from a real benchmark run by `scripts/benchmark.sh`.
//! Rerun that script after changing a call; do not edit by hand.
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
//!   pallet_research
//!   --extrinsic
//!   *
//!   --steps
//!   50
//!   --repeat
//!   20
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/research/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame::weights_prelude::*;

/// Weight functions needed by `pallet_research`.
pub trait WeightInfo {
	fn bind_collator() -> Weight;
	fn unbind_collator() -> Weight;
	fn submit_bounty_query() -> Weight;
	fn answer_bounty_query() -> Weight;
	fn request_aggregate(p: u32, ) -> Weight;
	fn answer_request(p: u32, ) -> Weight;
	fn expire_request() -> Weight;
	fn set_consent(r: u32, ) -> Weight;
	fn relationship_activity() -> Weight;
	fn set_release_policy() -> Weight;
	fn set_parameters() -> Weight;
	fn on_initialize() -> Weight;
	fn on_account_rotated() -> Weight;
}

/// Measured weights, at the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Research::ResearcherOf` (r:1 w:1)
	/// Proof: `Research::ResearcherOf` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Research::CollatorsOf` (r:1 w:1)
	/// Proof: `Research::CollatorsOf` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn bind_collator() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `392`
		//  Estimated: `3738`
		// Minimum execution time: 80_950_000 picoseconds.
		Weight::from_parts(107_149_000, 0)
			.saturating_add(Weight::from_parts(0, 3738))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Research::ResearcherOf` (r:1 w:1)
	/// Proof: `Research::ResearcherOf` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Research::CollatorsOf` (r:1 w:1)
	/// Proof: `Research::CollatorsOf` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn unbind_collator() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `554`
		//  Estimated: `3738`
		// Minimum execution time: 70_284_000 picoseconds.
		Weight::from_parts(79_679_000, 0)
			.saturating_add(Weight::from_parts(0, 3738))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Research::Params` (r:1 w:0)
	/// Proof: `Research::Params` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `Research::Policies` (r:1 w:0)
	/// Proof: `Research::Policies` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `Research::ResearcherOf` (r:1 w:0)
	/// Proof: `Research::ResearcherOf` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Research::NextBountyId` (r:1 w:1)
	/// Proof: `Research::NextBountyId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Research::Bounties` (r:0 w:1)
	/// Proof: `Research::Bounties` (`max_values`: None, `max_size`: Some(412), added: 2887, mode: `MaxEncodedLen`)
	fn submit_bounty_query() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `952`
		//  Estimated: `3730`
		// Minimum execution time: 101_210_000 picoseconds.
		Weight::from_parts(106_689_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Research::Bounties` (r:1 w:1)
	/// Proof: `Research::Bounties` (`max_values`: None, `max_size`: Some(412), added: 2887, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Research::Params` (r:1 w:0)
	/// Proof: `Research::Params` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `Research::Policies` (r:1 w:0)
	/// Proof: `Research::Policies` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `Research::ConsentingPatientsOf` (r:1 w:0)
	/// Proof: `Research::ConsentingPatientsOf` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	fn answer_bounty_query() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `667`
		//  Estimated: `3877`
		// Minimum execution time: 30_825_000 picoseconds.
		Weight::from_parts(33_860_000, 0)
			.saturating_add(Weight::from_parts(0, 3877))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Registrar::Participants` (r:17 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:17 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Research::Params` (r:1 w:0)
	/// Proof: `Research::Params` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `Research::CreditsOf` (r:1 w:1)
	/// Proof: `Research::CreditsOf` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Research::NextRequestId` (r:1 w:1)
	/// Proof: `Research::NextRequestId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Research::Requests` (r:0 w:1)
	/// Proof: `Research::Requests` (`max_values`: None, `max_size`: Some(221), added: 2696, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[1, 16]`.
	fn request_aggregate(p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `606 + p * (145 ±0)`
		//  Estimated: `3730 + p * (2677 ±0)`
		// Minimum execution time: 98_185_000 picoseconds.
		Weight::from_parts(91_497_803, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			// Standard Error: 7_647
			.saturating_add(Weight::from_parts(9_066_644, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(Weight::from_parts(0, 2677).saturating_mul(p.into()))
	}
	/// Storage: `Research::Requests` (r:1 w:1)
	/// Proof: `Research::Requests` (`max_values`: None, `max_size`: Some(221), added: 2696, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Research::Policies` (r:1 w:0)
	/// Proof: `Research::Policies` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `Research::Params` (r:1 w:0)
	/// Proof: `Research::Params` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `Research::ConsentingPatientsOf` (r:1 w:0)
	/// Proof: `Research::ConsentingPatientsOf` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Research::Spent` (r:1 w:1)
	/// Proof: `Research::Spent` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:1 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[1, 16]`.
	fn answer_request(p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `905 + p * (58 ±0)`
		//  Estimated: `3730`
		// Minimum execution time: 90_624_000 picoseconds.
		Weight::from_parts(96_647_137, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			// Standard Error: 8_976
			.saturating_add(Weight::from_parts(899_112, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Research::Requests` (r:1 w:1)
	/// Proof: `Research::Requests` (`max_values`: None, `max_size`: Some(221), added: 2696, mode: `MaxEncodedLen`)
	/// Storage: `Research::CreditsOf` (r:1 w:1)
	/// Proof: `Research::CreditsOf` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:1 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn expire_request() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1187`
		//  Estimated: `3730`
		// Minimum execution time: 78_326_000 picoseconds.
		Weight::from_parts(83_584_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Research::ConsentOf` (r:1 w:1)
	/// Proof: `Research::ConsentOf` (`max_values`: None, `max_size`: Some(290), added: 2765, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:101 w:0)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(572), added: 3047, mode: `MaxEncodedLen`)
	/// Storage: `Research::ConsentingPatientsOf` (r:100 w:100)
	/// Proof: `Research::ConsentingPatientsOf` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[0, 100]`.
	fn set_consent(r: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1520 + r * (65 ±0)`
		//  Estimated: `4037 + r * (3047 ±0)`
		// Minimum execution time: 86_158_000 picoseconds.
		Weight::from_parts(162_290_384, 0)
			.saturating_add(Weight::from_parts(0, 4037))
			// Standard Error: 140_326
			.saturating_add(Weight::from_parts(7_366_729, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 3047).saturating_mul(r.into()))
	}
	/// Storage: `Research::ConsentOf` (r:1 w:0)
	/// Proof: `Research::ConsentOf` (`max_values`: None, `max_size`: Some(290), added: 2765, mode: `MaxEncodedLen`)
	/// Storage: `Research::ConsentingPatientsOf` (r:1 w:1)
	/// Proof: `Research::ConsentingPatientsOf` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	fn relationship_activity() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `103`
		//  Estimated: `3755`
		// Minimum execution time: 8_202_000 picoseconds.
		Weight::from_parts(9_084_000, 0)
			.saturating_add(Weight::from_parts(0, 3755))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Research::Params` (r:1 w:0)
	/// Proof: `Research::Params` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `Research::Policies` (r:1 w:1)
	/// Proof: `Research::Policies` (`max_values`: None, `max_size`: Some(165), added: 2640, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn set_release_policy() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `463`
		//  Estimated: `3730`
		// Minimum execution time: 79_729_000 picoseconds.
		Weight::from_parts(83_414_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Research::Params` (r:0 w:1)
	/// Proof: `Research::Params` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	fn set_parameters() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 6_479_000 picoseconds.
		Weight::from_parts(7_220_000, 0)
			.saturating_add(Weight::from_parts(0, 0))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Research::ResearcherOf` (r:1 w:0)
	/// Proof: `Research::ResearcherOf` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Research::Params` (r:1 w:0)
	/// Proof: `Research::Params` (`max_values`: Some(1), `max_size`: Some(24), added: 519, mode: `MaxEncodedLen`)
	/// Storage: `Research::CreditsOf` (r:1 w:1)
	/// Proof: `Research::CreditsOf` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Research::Minted` (r:1 w:1)
	/// Proof: `Research::Minted` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	fn on_initialize() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `208`
		//  Estimated: `3537`
		// Minimum execution time: 12_549_000 picoseconds.
		Weight::from_parts(13_731_000, 0)
			.saturating_add(Weight::from_parts(0, 3537))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Research::ResearcherOf` (r:2 w:2)
	/// Proof: `Research::ResearcherOf` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Research::CollatorsOf` (r:1 w:1)
	/// Proof: `Research::CollatorsOf` (`max_values`: None, `max_size`: Some(273), added: 2748, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn on_account_rotated() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `584`
		//  Estimated: `6470`
		// Minimum execution time: 86_248_000 picoseconds.
		Weight::from_parts(90_083_000, 0)
			.saturating_add(Weight::from_parts(0, 6470))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(7))
	}
}
