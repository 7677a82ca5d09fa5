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
	fn add_pointer() -> Weight;
	fn update_pointer() -> Weight;
	fn remove_pointer() -> Weight;
	fn acknowledge() -> Weight;
	fn reject() -> Weight;
	fn terminate(p: u32, ) -> Weight;
	fn reap(p: u32, ) -> Weight;
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
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::Ending` (r:1 w:0)
	/// Proof: `Relationships::Ending` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
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
		// Minimum execution time: 110_294_000 picoseconds.
		Weight::from_parts(114_550_000, 0)
			.saturating_add(Weight::from_parts(0, 37894))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Registrar::Participants` (r:2 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:2 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::Ending` (r:1 w:0)
	/// Proof: `Relationships::Ending` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
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
		// Minimum execution time: 98_626_000 picoseconds.
		Weight::from_parts(102_201_000, 0)
			.saturating_add(Weight::from_parts(0, 6344))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:2 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::PointerByReference` (r:1 w:1)
	/// Proof: `Relationships::PointerByReference` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::NextPointerId` (r:1 w:1)
	/// Proof: `Relationships::NextPointerId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::Pointers` (r:0 w:1)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::PointersOf` (r:0 w:1)
	/// Proof: `Relationships::PointersOf` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	fn add_pointer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1130`
		//  Estimated: `6344`
		// Minimum execution time: 112_067_000 picoseconds.
		Weight::from_parts(116_142_000, 0)
			.saturating_add(Weight::from_parts(0, 6344))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::Pointers` (r:1 w:1)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:1 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn update_pointer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `994`
		//  Estimated: `3667`
		// Minimum execution time: 44_826_000 picoseconds.
		Weight::from_parts(47_471_000, 0)
			.saturating_add(Weight::from_parts(0, 3667))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Relationships::Pointers` (r:1 w:1)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:1 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::PointerByReference` (r:0 w:1)
	/// Proof: `Relationships::PointerByReference` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::PointersOf` (r:0 w:1)
	/// Proof: `Relationships::PointersOf` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	fn remove_pointer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1161`
		//  Estimated: `3730`
		// Minimum execution time: 95_231_000 picoseconds.
		Weight::from_parts(98_557_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Registrar::Cards` (r:2 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	fn acknowledge() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `416`
		//  Estimated: `6344`
		// Minimum execution time: 26_409_000 picoseconds.
		Weight::from_parts(28_492_000, 0)
			.saturating_add(Weight::from_parts(0, 6344))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Registrar::Cards` (r:2 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `Research::ConsentOf` (r:1 w:0)
	/// Proof: `Research::ConsentOf` (`max_values`: None, `max_size`: Some(290), added: 2765, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::PatientSharing` (r:1 w:1)
	/// Proof: `Permissions::PatientSharing` (`max_values`: None, `max_size`: Some(34429), added: 36904, mode: `MaxEncodedLen`)
	fn reject() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `555`
		//  Estimated: `37894`
		// Minimum execution time: 36_444_000 picoseconds.
		Weight::from_parts(39_239_000, 0)
			.saturating_add(Weight::from_parts(0, 37894))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Registrar::Cards` (r:2 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:1)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(62), added: 2537, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::PointersOf` (r:64 w:64)
	/// Proof: `Relationships::PointersOf` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::Pointers` (r:64 w:64)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
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
	/// Storage: `Relationships::PointerByReference` (r:0 w:64)
	/// Proof: `Relationships::PointerByReference` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::Invitations` (r:0 w:1)
	/// Proof: `Relationships::Invitations` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 64]`.
	fn terminate(p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `981 + p * (122 ±0)`
		//  Estimated: `37894 + p * (2587 ±0)`
		// Minimum execution time: 99_888_000 picoseconds.
		Weight::from_parts(106_855_823, 0)
			.saturating_add(Weight::from_parts(0, 37894))
			// Standard Error: 61_272
			.saturating_add(Weight::from_parts(54_839_236, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(6))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2587).saturating_mul(p.into()))
	}
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:2 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::Ending` (r:1 w:1)
	/// Proof: `Relationships::Ending` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:2 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::PointersOf` (r:64 w:64)
	/// Proof: `Relationships::PointersOf` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::Pointers` (r:64 w:64)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::PointerByReference` (r:0 w:64)
	/// Proof: `Relationships::PointerByReference` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[0, 64]`.
	fn reap(p: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2312 + p * (105 ±0)`
		//  Estimated: `6344 + p * (2587 ±0)`
		// Minimum execution time: 82_703_000 picoseconds.
		Weight::from_parts(109_259_910, 0)
			.saturating_add(Weight::from_parts(0, 6344))
			// Standard Error: 42_877
			.saturating_add(Weight::from_parts(53_644_561, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2587).saturating_mul(p.into()))
	}
	/// Storage: `Registrar::Cards` (r:2 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::SharedWith` (r:1 w:1)
	/// Proof: `Relationships::SharedWith` (`max_values`: None, `max_size`: Some(71), added: 2546, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::SharedPending` (r:0 w:1)
	/// Proof: `Relationships::SharedPending` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	fn acknowledge_shared() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `401`
		//  Estimated: `6344`
		// Minimum execution time: 28_252_000 picoseconds.
		Weight::from_parts(30_465_000, 0)
			.saturating_add(Weight::from_parts(0, 6344))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn on_account_rotated() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `406`
		//  Estimated: `6470`
		// Minimum execution time: 66_619_000 picoseconds.
		Weight::from_parts(68_953_000, 0)
			.saturating_add(Weight::from_parts(0, 6470))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Relationships::Pointers` (r:1 w:0)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(112), added: 2587, mode: `MaxEncodedLen`)
	fn record_query() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `548`
		//  Estimated: `3577`
		// Minimum execution time: 8_262_000 picoseconds.
		Weight::from_parts(9_164_000, 0)
			.saturating_add(Weight::from_parts(0, 3577))
			.saturating_add(T::DbWeight::get().reads(1))
	}
	/// Storage: `Relationships::SharedWith` (r:1 w:1)
	/// Proof: `Relationships::SharedWith` (`max_values`: None, `max_size`: Some(71), added: 2546, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::SharedPending` (r:0 w:1)
	/// Proof: `Relationships::SharedPending` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	fn notify() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `42`
		//  Estimated: `3536`
		// Minimum execution time: 8_022_000 picoseconds.
		Weight::from_parts(8_753_000, 0)
			.saturating_add(Weight::from_parts(0, 3536))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}
