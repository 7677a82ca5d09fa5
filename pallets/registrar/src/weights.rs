//! Weights of `pallet_registrar`, generated from a real benchmark run by `scripts/benchmark.sh`.
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
//!   pallet_registrar
//!   --extrinsic
//!   *
//!   --steps
//!   50
//!   --repeat
//!   20
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/registrar/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame::weights_prelude::*;

/// Weight functions needed by `pallet_registrar`.
pub trait WeightInfo {
	fn register_patient() -> Weight;
	fn deregister(i: u32, ) -> Weight;
	fn admit(m: u32, ) -> Weight;
	fn revoke_role(i: u32, m: u32, ) -> Weight;
	fn suspend(m: u32, ) -> Weight;
	fn reinstate(m: u32, ) -> Weight;
	fn set_provider_profile() -> Weight;
	fn force_set_provider_profile() -> Weight;
	fn bind_identifier() -> Weight;
	fn unbind_identifier() -> Weight;
	fn create_group() -> Weight;
	fn add_group_member() -> Weight;
	fn remove_group_member() -> Weight;
	fn dissolve_group(m: u32, ) -> Weight;
	fn rotate_account(i: u32, g: u32, m: u32, ) -> Weight;
	fn force_rotate_account(i: u32, g: u32, m: u32, ) -> Weight;
	fn registry_query() -> Weight;
	fn anchor_receipts() -> Weight;
}

/// Measured weights, at the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Registrar::Participants` (r:1 w:1)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:1)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::NextParticipantId` (r:1 w:1)
	/// Proof: `Registrar::NextParticipantId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:0 w:1)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn register_patient() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `107`
		//  Estimated: `3730`
		// Minimum execution time: 71_777_000 picoseconds.
		Weight::from_parts(75_071_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Registrar::Participants` (r:1 w:1)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::IdentifiersOf` (r:1 w:1)
	/// Proof: `Registrar::IdentifiersOf` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::IdentifierOwner` (r:0 w:8)
	/// Proof: `Registrar::IdentifierOwner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// The range of component `i` is `[0, 8]`.
	fn deregister(i: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `442 + i * (48 ±0)`
		//  Estimated: `3898`
		// Minimum execution time: 58_187_000 picoseconds.
		Weight::from_parts(63_294_384, 0)
			.saturating_add(Weight::from_parts(0, 3898))
			// Standard Error: 31_761
			.saturating_add(Weight::from_parts(44_267_146, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(i.into())))
	}
	/// Storage: `Registrar::Participants` (r:1 w:1)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `Measured`)
	/// Storage: `Registrar::Cards` (r:2049 w:2048)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `Measured`)
	/// Storage: `Registrar::GroupsOwnedBy` (r:1 w:0)
	/// Proof: `Registrar::GroupsOwnedBy` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `Measured`)
	/// Storage: `Registrar::GroupMembers` (r:2080 w:0)
	/// Proof: `Registrar::GroupMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `Measured`)
	/// The range of component `m` is `[0, 2048]`.
	fn admit(m: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `730 + m * (118 ±0)`
		//  Estimated: `4099 + m * (2632 ±0)`
		// Minimum execution time: 20_230_000 picoseconds.
		Weight::from_parts(20_740_000, 0)
			.saturating_add(Weight::from_parts(0, 4099))
			// Standard Error: 41_184
			.saturating_add(Weight::from_parts(9_655_562, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2632).saturating_mul(m.into()))
	}
	/// Storage: `Registrar::Participants` (r:1 w:1)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `Measured`)
	/// Storage: `Registrar::GroupsOwnedBy` (r:1 w:0)
	/// Proof: `Registrar::GroupsOwnedBy` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `Measured`)
	/// Storage: `Registrar::GroupMembers` (r:2080 w:0)
	/// Proof: `Registrar::GroupMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `Measured`)
	/// Storage: `Registrar::Cards` (r:2048 w:2048)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `Measured`)
	/// Storage: `Registrar::ProviderProfiles` (r:1 w:1)
	/// Proof: `Registrar::ProviderProfiles` (`max_values`: None, `max_size`: Some(484), added: 2959, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `Measured`)
	/// Storage: `Registrar::IdentifiersOf` (r:1 w:1)
	/// Proof: `Registrar::IdentifiersOf` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `Measured`)
	/// Storage: `Registrar::IdentifierOwner` (r:0 w:8)
	/// Proof: `Registrar::IdentifierOwner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `Measured`)
	/// The range of component `i` is `[0, 8]`.
	/// The range of component `m` is `[0, 2048]`.
	fn revoke_role(i: u32, m: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1531 + i * (70 ±0) + m * (118 ±0)`
		//  Estimated: `5009 + i * (207 ±7) + m * (2631 ±0)`
		// Minimum execution time: 422_227_000 picoseconds.
		Weight::from_parts(423_228_000, 0)
			.saturating_add(Weight::from_parts(0, 5009))
			// Standard Error: 8_181_700
			.saturating_add(Weight::from_parts(45_080_371, 0).saturating_mul(i.into()))
			// Standard Error: 31_307
			.saturating_add(Weight::from_parts(10_383_971, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 207).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(0, 2631).saturating_mul(m.into()))
	}
	/// Storage: `Registrar::Participants` (r:1 w:1)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `Measured`)
	/// Storage: `Registrar::GroupsOwnedBy` (r:1 w:0)
	/// Proof: `Registrar::GroupsOwnedBy` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `Measured`)
	/// Storage: `Registrar::GroupMembers` (r:2080 w:0)
	/// Proof: `Registrar::GroupMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `Measured`)
	/// Storage: `Registrar::Cards` (r:2048 w:2048)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `Measured`)
	/// The range of component `m` is `[0, 2048]`.
	fn suspend(m: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `798 + m * (118 ±0)`
		//  Estimated: `4164 + m * (2632 ±0)`
		// Minimum execution time: 17_476_000 picoseconds.
		Weight::from_parts(17_856_000, 0)
			.saturating_add(Weight::from_parts(0, 4164))
			// Standard Error: 67_862
			.saturating_add(Weight::from_parts(10_397_787, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2632).saturating_mul(m.into()))
	}
	/// Storage: `Registrar::Participants` (r:1 w:1)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `Measured`)
	/// Storage: `Registrar::GroupsOwnedBy` (r:1 w:0)
	/// Proof: `Registrar::GroupsOwnedBy` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `Measured`)
	/// Storage: `Registrar::GroupMembers` (r:2080 w:0)
	/// Proof: `Registrar::GroupMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `Measured`)
	/// Storage: `Registrar::Cards` (r:2048 w:2048)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `Measured`)
	/// The range of component `m` is `[0, 2048]`.
	fn reinstate(m: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `798 + m * (118 ±0)`
		//  Estimated: `4164 + m * (2632 ±0)`
		// Minimum execution time: 17_326_000 picoseconds.
		Weight::from_parts(17_916_000, 0)
			.saturating_add(Weight::from_parts(0, 4164))
			// Standard Error: 61_706
			.saturating_add(Weight::from_parts(10_470_384, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2632).saturating_mul(m.into()))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ProviderProfiles` (r:1 w:1)
	/// Proof: `Registrar::ProviderProfiles` (`max_values`: None, `max_size`: Some(484), added: 2959, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn set_provider_profile() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `376`
		//  Estimated: `3949`
		// Minimum execution time: 70_224_000 picoseconds.
		Weight::from_parts(73_319_000, 0)
			.saturating_add(Weight::from_parts(0, 3949))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ProviderProfiles` (r:1 w:1)
	/// Proof: `Registrar::ProviderProfiles` (`max_values`: None, `max_size`: Some(484), added: 2959, mode: `MaxEncodedLen`)
	fn force_set_provider_profile() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `202`
		//  Estimated: `3949`
		// Minimum execution time: 18_047_000 picoseconds.
		Weight::from_parts(20_951_000, 0)
			.saturating_add(Weight::from_parts(0, 3949))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::IdentifierOwner` (r:1 w:1)
	/// Proof: `Registrar::IdentifierOwner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::IdentifiersOf` (r:1 w:1)
	/// Proof: `Registrar::IdentifiersOf` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn bind_identifier() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1018`
		//  Estimated: `3898`
		// Minimum execution time: 82_111_000 picoseconds.
		Weight::from_parts(87_149_000, 0)
			.saturating_add(Weight::from_parts(0, 3898))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Registrar::IdentifierOwner` (r:1 w:1)
	/// Proof: `Registrar::IdentifierOwner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::IdentifiersOf` (r:1 w:1)
	/// Proof: `Registrar::IdentifiersOf` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn unbind_identifier() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1040`
		//  Estimated: `3898`
		// Minimum execution time: 69_543_000 picoseconds.
		Weight::from_parts(74_160_000, 0)
			.saturating_add(Weight::from_parts(0, 3898))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::NextGroupId` (r:1 w:1)
	/// Proof: `Registrar::NextGroupId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupsOwnedBy` (r:1 w:1)
	/// Proof: `Registrar::GroupsOwnedBy` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Groups` (r:0 w:1)
	/// Proof: `Registrar::Groups` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn create_group() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `684`
		//  Estimated: `3730`
		// Minimum execution time: 81_731_000 picoseconds.
		Weight::from_parts(86_819_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Registrar::Groups` (r:1 w:1)
	/// Proof: `Registrar::Groups` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupMembers` (r:1 w:1)
	/// Proof: `Registrar::GroupMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:1)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn add_group_member() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2812`
		//  Estimated: `3730`
		// Minimum execution time: 112_197_000 picoseconds.
		Weight::from_parts(132_096_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Registrar::Groups` (r:1 w:1)
	/// Proof: `Registrar::Groups` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupMembers` (r:1 w:1)
	/// Proof: `Registrar::GroupMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:1)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn remove_group_member() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2761`
		//  Estimated: `3730`
		// Minimum execution time: 91_056_000 picoseconds.
		Weight::from_parts(105_026_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Registrar::Groups` (r:1 w:1)
	/// Proof: `Registrar::Groups` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupMembers` (r:65 w:64)
	/// Proof: `Registrar::GroupMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:64 w:64)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupsOwnedBy` (r:1 w:1)
	/// Proof: `Registrar::GroupsOwnedBy` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[0, 64]`.
	fn dissolve_group(m: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `603 + m * (118 ±0)`
		//  Estimated: `3730 + m * (2677 ±0)`
		// Minimum execution time: 69_673_000 picoseconds.
		Weight::from_parts(77_710_843, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			// Standard Error: 87_385
			.saturating_add(Weight::from_parts(13_612_769, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2677).saturating_mul(m.into()))
	}
	/// Storage: `Registrar::Participants` (r:2 w:2)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:2 w:2)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupsOwnedBy` (r:2 w:2)
	/// Proof: `Registrar::GroupsOwnedBy` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ProviderProfiles` (r:1 w:0)
	/// Proof: `Registrar::ProviderProfiles` (`max_values`: None, `max_size`: Some(484), added: 2959, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::IdentifiersOf` (r:1 w:2)
	/// Proof: `Registrar::IdentifiersOf` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Groups` (r:32 w:32)
	/// Proof: `Registrar::Groups` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::PatientSharing` (r:1 w:1)
	/// Proof: `Permissions::PatientSharing` (`max_values`: None, `max_size`: Some(34429), added: 36904, mode: `MaxEncodedLen`)
	/// Storage: `Research::ResearcherOf` (r:1 w:0)
	/// Proof: `Research::ResearcherOf` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupMembers` (r:0 w:32)
	/// Proof: `Registrar::GroupMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::IdentifierOwner` (r:0 w:8)
	/// Proof: `Registrar::IdentifierOwner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:0 w:1)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// The range of component `i` is `[0, 8]`.
	/// The range of component `g` is `[0, 32]`.
	/// The range of component `m` is `[0, 16]`.
	fn rotate_account(i: u32, g: u32, m: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `897 + g * (55 ±0) + i * (48 ±0) + m * (42 ±0)`
		//  Estimated: `37894 + g * (2539 ±0)`
		// Minimum execution time: 243_031_000 picoseconds.
		Weight::from_parts(118_587_121, 0)
			.saturating_add(Weight::from_parts(0, 37894))
			// Standard Error: 302_227
			.saturating_add(Weight::from_parts(4_653_717, 0).saturating_mul(i.into()))
			// Standard Error: 79_983
			.saturating_add(Weight::from_parts(4_872_728, 0).saturating_mul(g.into()))
			// Standard Error: 156_352
			.saturating_add(Weight::from_parts(7_217_630, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(14))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(g.into())))
			.saturating_add(T::DbWeight::get().writes(12))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(g.into())))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2539).saturating_mul(g.into()))
	}
	/// Storage: `Registrar::Participants` (r:2 w:2)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:2 w:2)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupsOwnedBy` (r:2 w:2)
	/// Proof: `Registrar::GroupsOwnedBy` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ProviderProfiles` (r:1 w:0)
	/// Proof: `Registrar::ProviderProfiles` (`max_values`: None, `max_size`: Some(484), added: 2959, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::IdentifiersOf` (r:1 w:2)
	/// Proof: `Registrar::IdentifiersOf` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Groups` (r:32 w:32)
	/// Proof: `Registrar::Groups` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::PatientSharing` (r:1 w:1)
	/// Proof: `Permissions::PatientSharing` (`max_values`: None, `max_size`: Some(34429), added: 36904, mode: `MaxEncodedLen`)
	/// Storage: `Research::ResearcherOf` (r:1 w:0)
	/// Proof: `Research::ResearcherOf` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupMembers` (r:0 w:32)
	/// Proof: `Registrar::GroupMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::IdentifierOwner` (r:0 w:8)
	/// Proof: `Registrar::IdentifierOwner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:0 w:1)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// The range of component `i` is `[0, 8]`.
	/// The range of component `g` is `[0, 32]`.
	/// The range of component `m` is `[0, 16]`.
	fn force_rotate_account(i: u32, g: u32, m: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `897 + g * (55 ±0) + i * (48 ±0) + m * (42 ±0)`
		//  Estimated: `37894 + g * (2539 ±0)`
		// Minimum execution time: 241_708_000 picoseconds.
		Weight::from_parts(117_461_136, 0)
			.saturating_add(Weight::from_parts(0, 37894))
			// Standard Error: 187_553
			.saturating_add(Weight::from_parts(5_652_402, 0).saturating_mul(i.into()))
			// Standard Error: 49_635
			.saturating_add(Weight::from_parts(4_930_113, 0).saturating_mul(g.into()))
			// Standard Error: 97_027
			.saturating_add(Weight::from_parts(6_550_423, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(14))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(g.into())))
			.saturating_add(T::DbWeight::get().writes(12))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(g.into())))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2539).saturating_mul(g.into()))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	fn registry_query() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `177`
		//  Estimated: `3539`
		// Minimum execution time: 5_267_000 picoseconds.
		Weight::from_parts(5_908_000, 0)
			.saturating_add(Weight::from_parts(0, 3539))
			.saturating_add(T::DbWeight::get().reads(1))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AnchorTotalsOf` (r:1 w:1)
	/// Proof: `Registrar::AnchorTotalsOf` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ReceiptAnchors` (r:0 w:1)
	/// Proof: `Registrar::ReceiptAnchors` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	fn anchor_receipts() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `330`
		//  Estimated: `3667`
		// Minimum execution time: 24_136_000 picoseconds.
		Weight::from_parts(26_139_000, 0)
			.saturating_add(Weight::from_parts(0, 3667))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}
