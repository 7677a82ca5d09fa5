//! Weights of `pallet_relationships`, generated from a real benchmark run by `scripts/benchmark.sh`.
//! Rerun that script after changing a call; do not edit by hand.
//!
//! DATE: 2026-12-03, STEPS: `50`, REPEAT: `20`
//! HOSTNAME: `vm`, CPU: `Intel(R) Xeon(R) Processor`
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
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:2 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
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
	fn open_relationship() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `654`
		//  Estimated: `6072`
		// Minimum execution time: 109_404_000 picoseconds.
		Weight::from_parts(124_710_000, 0)
			.saturating_add(Weight::from_parts(0, 6072))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Registrar::Participants` (r:2 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:2 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
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
		//  Measured:  `580`
		//  Estimated: `6072`
		// Minimum execution time: 109_693_000 picoseconds.
		Weight::from_parts(214_095_000, 0)
			.saturating_add(Weight::from_parts(0, 6072))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:2 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
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
	fn add_pointer(_p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `827 + p * (8 ±0)`
		//  Estimated: `6052`
		// Minimum execution time: 117_626_000 picoseconds.
		Weight::from_parts(229_802_571, 0)
			.saturating_add(Weight::from_parts(0, 6052))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:1 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::Pointers` (r:1 w:1)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(572), added: 3047, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:1 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn update_pointer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1846`
		//  Estimated: `4037`
		// Minimum execution time: 62_210_000 picoseconds.
		Weight::from_parts(71_781_000, 0)
			.saturating_add(Weight::from_parts(0, 4037))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Relationships::Pointers` (r:1 w:1)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:1 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
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
		//  Measured:  `1218 + p * (15 ±0)`
		//  Estimated: `4037`
		// Minimum execution time: 101_445_000 picoseconds.
		Weight::from_parts(159_152_044, 0)
			.saturating_add(Weight::from_parts(0, 4037))
			// Standard Error: 46_143
			.saturating_add(Weight::from_parts(16_538, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Registrar::ParticipantIdOf` (r:2 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(572), added: 3047, mode: `MaxEncodedLen`)
	fn acknowledge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `410`
		//  Estimated: `6052`
		// Minimum execution time: 33_718_000 picoseconds.
		Weight::from_parts(37_215_000, 0)
			.saturating_add(Weight::from_parts(0, 6052))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Registrar::ParticipantIdOf` (r:2 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(572), added: 3047, mode: `MaxEncodedLen`)
	/// Storage: `Research::ConsentOf` (r:1 w:0)
	/// Proof: `Research::ConsentOf` (`max_values`: None, `max_size`: Some(290), added: 2765, mode: `MaxEncodedLen`)
	fn reject() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `413`
		//  Estimated: `6052`
		// Minimum execution time: 36_972_000 picoseconds.
		Weight::from_parts(41_075_000, 0)
			.saturating_add(Weight::from_parts(0, 6052))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Registrar::ParticipantIdOf` (r:2 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
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
	/// Storage: `Relationships::Invitations` (r:0 w:1)
	/// Proof: `Relationships::Invitations` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 64]`.
	fn terminate(p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `737 + p * (241 ±0)`
		//  Estimated: `6052 + p * (2701 ±0)`
		// Minimum execution time: 96_975_000 picoseconds.
		Weight::from_parts(123_924_786, 0)
			.saturating_add(Weight::from_parts(0, 6052))
			// Standard Error: 394_129
			.saturating_add(Weight::from_parts(46_842_512, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2701).saturating_mul(p.into()))
	}
	/// Storage: `Registrar::ParticipantIdOf` (r:2 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::SharedWith` (r:1 w:1)
	/// Proof: `Relationships::SharedWith` (`max_values`: None, `max_size`: Some(71), added: 2546, mode: `MaxEncodedLen`)
	fn acknowledge_shared() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `364`
		//  Estimated: `6052`
		// Minimum execution time: 33_013_000 picoseconds.
		Weight::from_parts(43_396_000, 0)
			.saturating_add(Weight::from_parts(0, 6052))
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
		// Minimum execution time: 74_515_000 picoseconds.
		Weight::from_parts(131_005_000, 0)
			.saturating_add(Weight::from_parts(0, 6470))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Relationships::Pointers` (r:1 w:0)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:0)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(572), added: 3047, mode: `MaxEncodedLen`)
	fn record_query() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1460`
		//  Estimated: `4037`
		// Minimum execution time: 22_831_000 picoseconds.
		Weight::from_parts(25_374_000, 0)
			.saturating_add(Weight::from_parts(0, 4037))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Relationships::SharedWith` (r:1 w:1)
	/// Proof: `Relationships::SharedWith` (`max_values`: None, `max_size`: Some(71), added: 2546, mode: `MaxEncodedLen`)
	fn notify() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `42`
		//  Estimated: `3536`
		// Minimum execution time: 6_945_000 picoseconds.
		Weight::from_parts(8_182_000, 0)
			.saturating_add(Weight::from_parts(0, 3536))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}
