//! Weights of `pallet_relationships`, generated from a real benchmark run by `scripts/benchmark.sh`.
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
//!   pallet_relationships
//!   --extrinsic
//!   *
//!   --steps
//!   50
//!   --repeat
//!   20
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/relationships/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame::weights_prelude::*;

/// Weight functions needed by `pallet_relationships`.
pub trait WeightInfo {
	fn open_relationship() -> Weight;
	fn invite_provider() -> Weight;
	fn add_pointer(p: u32, ) -> Weight;
	fn update_pointer() -> Weight;
	fn remove_pointer(p: u32, ) -> Weight;
	fn acknowledge() -> Weight;
	fn reject() -> Weight;
	fn terminate(p: u32, ) -> Weight;
	fn acknowledge_shared() -> Weight;
	fn on_account_rotated() -> Weight;
	fn record_query() -> Weight;
	fn notify() -> Weight;
}

/// Measured weights, at the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Registrar::Participants` (r:2 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:2 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(572), added: 3047, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipCount` (r:1 w:1)
	/// Proof: `Relationships::RelationshipCount` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Research::ConsentOf` (r:1 w:0)
	/// Proof: `Research::ConsentOf` (`max_values`: None, `max_size`: Some(290), added: 2765, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::PatientSharing` (r:1 w:1)
	/// Proof: `Permissions::PatientSharing` (`max_values`: None, `max_size`: Some(34429), added: 36904, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:1 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn open_relationship() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `788`
		//  Estimated: `37894`
		// Minimum execution time: 108_911_000 picoseconds.
		Weight::from_parts(113_458_000, 0)
			.saturating_add(Weight::from_parts(0, 37894))
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Registrar::Participants` (r:2 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:2 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(572), added: 3047, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipCount` (r:1 w:1)
	/// Proof: `Relationships::RelationshipCount` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::Invitations` (r:0 w:1)
	/// Proof: `Relationships::Invitations` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn invite_provider() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `600`
		//  Estimated: `6344`
		// Minimum execution time: 96_873_000 picoseconds.
		Weight::from_parts(100_830_000, 0)
			.saturating_add(Weight::from_parts(0, 6344))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:2 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(572), added: 3047, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::NextPointerId` (r:1 w:1)
	/// Proof: `Relationships::NextPointerId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::Pointers` (r:0 w:1)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[1, 64]`.
	fn add_pointer(p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `839 + p * (8 ±0)`
		//  Estimated: `6344`
		// Minimum execution time: 98_536_000 picoseconds.
		Weight::from_parts(102_447_429, 0)
			.saturating_add(Weight::from_parts(0, 6344))
			// Standard Error: 1_987
			.saturating_add(Weight::from_parts(207_256, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::Pointers` (r:1 w:1)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(572), added: 3047, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:1 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn update_pointer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1855`
		//  Estimated: `4037`
		// Minimum execution time: 51_937_000 picoseconds.
		Weight::from_parts(58_767_000, 0)
			.saturating_add(Weight::from_parts(0, 4037))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Relationships::Pointers` (r:1 w:1)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(572), added: 3047, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:1 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[1, 64]`.
	fn remove_pointer(p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1219 + p * (15 ±0)`
		//  Estimated: `4037`
		// Minimum execution time: 86_188_000 picoseconds.
		Weight::from_parts(92_551_068, 0)
			.saturating_add(Weight::from_parts(0, 4037))
			// Standard Error: 2_974
			.saturating_add(Weight::from_parts(195_265, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Registrar::Cards` (r:2 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(572), added: 3047, mode: `MaxEncodedLen`)
	fn acknowledge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `413`
		//  Estimated: `6344`
		// Minimum execution time: 27_171_000 picoseconds.
		Weight::from_parts(29_463_000, 0)
			.saturating_add(Weight::from_parts(0, 6344))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Registrar::Cards` (r:2 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(572), added: 3047, mode: `MaxEncodedLen`)
	/// Storage: `Research::ConsentOf` (r:1 w:0)
	/// Proof: `Research::ConsentOf` (`max_values`: None, `max_size`: Some(290), added: 2765, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::PatientSharing` (r:1 w:1)
	/// Proof: `Permissions::PatientSharing` (`max_values`: None, `max_size`: Some(34429), added: 36904, mode: `MaxEncodedLen`)
	fn reject() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `552`
		//  Estimated: `37894`
		// Minimum execution time: 36_804_000 picoseconds.
		Weight::from_parts(39_428_000, 0)
			.saturating_add(Weight::from_parts(0, 37894))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Registrar::Cards` (r:2 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(572), added: 3047, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::Pointers` (r:64 w:64)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipCount` (r:1 w:1)
	/// Proof: `Relationships::RelationshipCount` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Research::ConsentOf` (r:1 w:0)
	/// Proof: `Research::ConsentOf` (`max_values`: None, `max_size`: Some(290), added: 2765, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::PatientSharing` (r:1 w:1)
	/// Proof: `Permissions::PatientSharing` (`max_values`: None, `max_size`: Some(34429), added: 36904, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::Invitations` (r:0 w:1)
	/// Proof: `Relationships::Invitations` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 64]`.
	fn terminate(p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `877 + p * (241 ±0)`
		//  Estimated: `37894 + p * (2701 ±0)`
		// Minimum execution time: 92_197_000 picoseconds.
		Weight::from_parts(124_350_559, 0)
			.saturating_add(Weight::from_parts(0, 37894))
			// Standard Error: 58_632
			.saturating_add(Weight::from_parts(45_372_743, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(6))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2701).saturating_mul(p.into()))
	}
	/// Storage: `Registrar::Cards` (r:2 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::SharedWith` (r:1 w:1)
	/// Proof: `Relationships::SharedWith` (`max_values`: None, `max_size`: Some(71), added: 2546, mode: `MaxEncodedLen`)
	fn acknowledge_shared() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `367`
		//  Estimated: `6344`
		// Minimum execution time: 25_899_000 picoseconds.
		Weight::from_parts(28_171_000, 0)
			.saturating_add(Weight::from_parts(0, 6344))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn on_account_rotated() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `406`
		//  Estimated: `6470`
		// Minimum execution time: 66_339_000 picoseconds.
		Weight::from_parts(69_453_000, 0)
			.saturating_add(Weight::from_parts(0, 6470))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Relationships::Pointers` (r:1 w:0)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `MaxEncodedLen`)
	fn record_query() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `897`
		//  Estimated: `3691`
		// Minimum execution time: 10_646_000 picoseconds.
		Weight::from_parts(12_339_000, 0)
			.saturating_add(Weight::from_parts(0, 3691))
			.saturating_add(T::DbWeight::get().reads(1))
	}
	/// Storage: `Relationships::SharedWith` (r:1 w:1)
	/// Proof: `Relationships::SharedWith` (`max_values`: None, `max_size`: Some(71), added: 2546, mode: `MaxEncodedLen`)
	fn notify() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `42`
		//  Estimated: `3536`
		// Minimum execution time: 5_618_000 picoseconds.
		Weight::from_parts(6_319_000, 0)
			.saturating_add(Weight::from_parts(0, 3536))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}
