//! Weights of `pallet_registrar`, generated from a real benchmark run by `scripts/benchmark.sh`.
//! Rerun that script after changing a call; do not edit by hand.
//!
//! DATE: 2026-11-24, STEPS: `50`, REPEAT: `20`
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
	fn admit() -> Weight;
	fn revoke_role(i: u32, ) -> Weight;
	fn suspend() -> Weight;
	fn reinstate() -> Weight;
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
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:1 w:1)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::NextParticipantId` (r:1 w:1)
	/// Proof: `Registrar::NextParticipantId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:0 w:1)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn register_patient() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `107`
		//  Estimated: `3730`
		// Minimum execution time: 51_587_000 picoseconds.
		Weight::from_parts(54_591_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Registrar::Participants` (r:1 w:1)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
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
		//  Measured:  `459 + i * (48 ±0)`
		//  Estimated: `3898`
		// Minimum execution time: 44_667_000 picoseconds.
		Weight::from_parts(47_855_644, 0)
			.saturating_add(Weight::from_parts(0, 3898))
			// Standard Error: 8_897
			.saturating_add(Weight::from_parts(33_429_761, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(i.into())))
	}
	/// Storage: `Registrar::Participants` (r:1 w:1)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:1 w:1)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::NextParticipantId` (r:1 w:1)
	/// Proof: `Registrar::NextParticipantId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:0 w:1)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	fn admit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4`
		//  Estimated: `3531`
		// Minimum execution time: 13_130_000 picoseconds.
		Weight::from_parts(14_051_000, 0)
			.saturating_add(Weight::from_parts(0, 3531))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Registrar::Participants` (r:1 w:1)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ProviderProfiles` (r:1 w:1)
	/// Proof: `Registrar::ProviderProfiles` (`max_values`: None, `max_size`: Some(484), added: 2959, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::IdentifiersOf` (r:1 w:1)
	/// Proof: `Registrar::IdentifiersOf` (`max_values`: None, `max_size`: Some(433), added: 2908, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::IdentifierOwner` (r:0 w:8)
	/// Proof: `Registrar::IdentifierOwner` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// The range of component `i` is `[0, 8]`.
	fn revoke_role(i: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1042 + i * (48 ±0)`
		//  Estimated: `3949`
		// Minimum execution time: 49_294_000 picoseconds.
		Weight::from_parts(53_149_894, 0)
			.saturating_add(Weight::from_parts(0, 3949))
			// Standard Error: 7_875
			.saturating_add(Weight::from_parts(32_854_511, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(i.into())))
	}
	/// Storage: `Registrar::Participants` (r:1 w:1)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	fn suspend() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `194`
		//  Estimated: `3531`
		// Minimum execution time: 9_203_000 picoseconds.
		Weight::from_parts(9_935_000, 0)
			.saturating_add(Weight::from_parts(0, 3531))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Registrar::Participants` (r:1 w:1)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	fn reinstate() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `194`
		//  Estimated: `3531`
		// Minimum execution time: 9_284_000 picoseconds.
		Weight::from_parts(9_905_000, 0)
			.saturating_add(Weight::from_parts(0, 3531))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ProviderProfiles` (r:1 w:1)
	/// Proof: `Registrar::ProviderProfiles` (`max_values`: None, `max_size`: Some(484), added: 2959, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn set_provider_profile() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `368`
		//  Estimated: `3949`
		// Minimum execution time: 50_746_000 picoseconds.
		Weight::from_parts(53_510_000, 0)
			.saturating_add(Weight::from_parts(0, 3949))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ProviderProfiles` (r:1 w:1)
	/// Proof: `Registrar::ProviderProfiles` (`max_values`: None, `max_size`: Some(484), added: 2959, mode: `MaxEncodedLen`)
	fn force_set_provider_profile() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `194`
		//  Estimated: `3949`
		// Minimum execution time: 12_708_000 picoseconds.
		Weight::from_parts(13_510_000, 0)
			.saturating_add(Weight::from_parts(0, 3949))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
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
		//  Measured:  `1035`
		//  Estimated: `3898`
		// Minimum execution time: 60_290_000 picoseconds.
		Weight::from_parts(63_345_000, 0)
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
		//  Measured:  `1028`
		//  Estimated: `3898`
		// Minimum execution time: 50_706_000 picoseconds.
		Weight::from_parts(53_370_000, 0)
			.saturating_add(Weight::from_parts(0, 3898))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
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
		//  Measured:  `680`
		//  Estimated: `3730`
		// Minimum execution time: 61_432_000 picoseconds.
		Weight::from_parts(64_075_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Registrar::Groups` (r:1 w:1)
	/// Proof: `Registrar::Groups` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupMembers` (r:1 w:1)
	/// Proof: `Registrar::GroupMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::MembershipsOf` (r:1 w:1)
	/// Proof: `Registrar::MembershipsOf` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn add_group_member() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2706`
		//  Estimated: `3730`
		// Minimum execution time: 78_347_000 picoseconds.
		Weight::from_parts(81_802_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Registrar::Groups` (r:1 w:1)
	/// Proof: `Registrar::Groups` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupMembers` (r:1 w:1)
	/// Proof: `Registrar::GroupMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::MembershipsOf` (r:1 w:1)
	/// Proof: `Registrar::MembershipsOf` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn remove_group_member() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2656`
		//  Estimated: `3730`
		// Minimum execution time: 63_755_000 picoseconds.
		Weight::from_parts(66_409_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Registrar::Groups` (r:1 w:1)
	/// Proof: `Registrar::Groups` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupMembers` (r:65 w:64)
	/// Proof: `Registrar::GroupMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::MembershipsOf` (r:64 w:64)
	/// Proof: `Registrar::MembershipsOf` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupsOwnedBy` (r:1 w:1)
	/// Proof: `Registrar::GroupsOwnedBy` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[0, 64]`.
	fn dissolve_group(m: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `567 + m * (112 ±0)`
		//  Estimated: `3730 + m * (2588 ±0)`
		// Minimum execution time: 50_936_000 picoseconds.
		Weight::from_parts(52_974_921, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			// Standard Error: 7_195
			.saturating_add(Weight::from_parts(10_066_407, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2588).saturating_mul(m.into()))
	}
	/// Storage: `Registrar::Participants` (r:2 w:2)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:2 w:2)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::MembershipsOf` (r:2 w:2)
	/// Proof: `Registrar::MembershipsOf` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
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
		//  Measured:  `920 + g * (55 ±0) + i * (48 ±0) + m * (37 ±0)`
		//  Estimated: `6470 + g * (2539 ±0)`
		// Minimum execution time: 181_511_000 picoseconds.
		Weight::from_parts(113_493_227, 0)
			.saturating_add(Weight::from_parts(0, 6470))
			// Standard Error: 70_591
			.saturating_add(Weight::from_parts(817_300, 0).saturating_mul(i.into()))
			// Standard Error: 18_681
			.saturating_add(Weight::from_parts(3_452_422, 0).saturating_mul(g.into()))
			// Standard Error: 36_519
			.saturating_add(Weight::from_parts(4_349_805, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(15))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(g.into())))
			.saturating_add(T::DbWeight::get().writes(13))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(g.into())))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2539).saturating_mul(g.into()))
	}
	/// Storage: `Registrar::Participants` (r:2 w:2)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:2 w:2)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::MembershipsOf` (r:2 w:2)
	/// Proof: `Registrar::MembershipsOf` (`max_values`: None, `max_size`: Some(113), added: 2588, mode: `MaxEncodedLen`)
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
		//  Measured:  `920 + g * (55 ±0) + i * (48 ±0) + m * (37 ±0)`
		//  Estimated: `6470 + g * (2539 ±0)`
		// Minimum execution time: 180_830_000 picoseconds.
		Weight::from_parts(100_211_615, 0)
			.saturating_add(Weight::from_parts(0, 6470))
			// Standard Error: 47_142
			.saturating_add(Weight::from_parts(3_177_060, 0).saturating_mul(i.into()))
			// Standard Error: 12_476
			.saturating_add(Weight::from_parts(3_396_111, 0).saturating_mul(g.into()))
			// Standard Error: 24_388
			.saturating_add(Weight::from_parts(4_143_372, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(15))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(g.into())))
			.saturating_add(T::DbWeight::get().writes(13))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(i.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(g.into())))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2539).saturating_mul(g.into()))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	fn registry_query() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `194`
		//  Estimated: `3531`
		// Minimum execution time: 4_797_000 picoseconds.
		Weight::from_parts(5_338_000, 0)
			.saturating_add(Weight::from_parts(0, 3531))
			.saturating_add(T::DbWeight::get().reads(1))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:1 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AnchorTotalsOf` (r:1 w:1)
	/// Proof: `Registrar::AnchorTotalsOf` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ReceiptAnchors` (r:0 w:1)
	/// Proof: `Registrar::ReceiptAnchors` (`max_values`: None, `max_size`: Some(76), added: 2551, mode: `MaxEncodedLen`)
	fn anchor_receipts() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `320`
		//  Estimated: `3531`
		// Minimum execution time: 17_556_000 picoseconds.
		Weight::from_parts(18_798_000, 0)
			.saturating_add(Weight::from_parts(0, 3531))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}
