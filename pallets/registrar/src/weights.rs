//! Weights of `pallet_registrar`, generated from a real benchmark run by `scripts/benchmark.sh`.
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
		// Minimum execution time: 77_877_000 picoseconds.
		Weight::from_parts(120_191_000, 0)
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
		// Minimum execution time: 68_011_000 picoseconds.
		Weight::from_parts(98_491_835, 0)
			.saturating_add(Weight::from_parts(0, 3898))
			// Standard Error: 537_935
			.saturating_add(Weight::from_parts(62_779_291, 0).saturating_mul(i.into()))
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
		// Minimum execution time: 21_800_000 picoseconds.
		Weight::from_parts(37_849_000, 0)
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
		// Minimum execution time: 81_253_000 picoseconds.
		Weight::from_parts(149_870_060, 0)
			.saturating_add(Weight::from_parts(0, 3949))
			// Standard Error: 172_286
			.saturating_add(Weight::from_parts(76_563_768, 0).saturating_mul(i.into()))
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
		// Minimum execution time: 17_468_000 picoseconds.
		Weight::from_parts(31_979_000, 0)
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
		// Minimum execution time: 17_128_000 picoseconds.
		Weight::from_parts(31_899_000, 0)
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
		// Minimum execution time: 79_373_000 picoseconds.
		Weight::from_parts(143_462_000, 0)
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
		// Minimum execution time: 23_211_000 picoseconds.
		Weight::from_parts(48_368_000, 0)
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
		// Minimum execution time: 94_113_000 picoseconds.
		Weight::from_parts(104_406_000, 0)
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
		// Minimum execution time: 80_023_000 picoseconds.
		Weight::from_parts(139_449_000, 0)
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
		// Minimum execution time: 94_524_000 picoseconds.
		Weight::from_parts(107_434_000, 0)
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
	/// Proof: `Registrar::MembershipsOf` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn add_group_member() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2767`
		//  Estimated: `3730`
		// Minimum execution time: 126_191_000 picoseconds.
		Weight::from_parts(151_183_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Registrar::Groups` (r:1 w:1)
	/// Proof: `Registrar::Groups` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupMembers` (r:1 w:1)
	/// Proof: `Registrar::GroupMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::MembershipsOf` (r:1 w:1)
	/// Proof: `Registrar::MembershipsOf` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn remove_group_member() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2720`
		//  Estimated: `3730`
		// Minimum execution time: 107_061_000 picoseconds.
		Weight::from_parts(177_912_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Registrar::Groups` (r:1 w:1)
	/// Proof: `Registrar::Groups` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupMembers` (r:65 w:64)
	/// Proof: `Registrar::GroupMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::MembershipsOf` (r:64 w:64)
	/// Proof: `Registrar::MembershipsOf` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupsOwnedBy` (r:1 w:1)
	/// Proof: `Registrar::GroupsOwnedBy` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[0, 64]`.
	fn dissolve_group(m: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `567 + m * (116 ±0)`
		//  Estimated: `3730 + m * (2652 ±0)`
		// Minimum execution time: 83_032_000 picoseconds.
		Weight::from_parts(78_593_741, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			// Standard Error: 205_745
			.saturating_add(Weight::from_parts(20_658_265, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2652).saturating_mul(m.into()))
	}
	/// Storage: `Registrar::Participants` (r:2 w:2)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:2 w:2)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::MembershipsOf` (r:2 w:2)
	/// Proof: `Registrar::MembershipsOf` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
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
		//  Measured:  `920 + g * (55 ±0) + i * (48 ±0) + m * (41 ±0)`
		//  Estimated: `6470 + g * (2539 ±0)`
		// Minimum execution time: 281_969_000 picoseconds.
		Weight::from_parts(407_904_865, 0)
			.saturating_add(Weight::from_parts(0, 6470))
			// Standard Error: 268_574
			.saturating_add(Weight::from_parts(5_693_695, 0).saturating_mul(g.into()))
			// Standard Error: 525_008
			.saturating_add(Weight::from_parts(8_286_448, 0).saturating_mul(m.into()))
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
	/// Proof: `Registrar::MembershipsOf` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
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
		//  Measured:  `920 + g * (55 ±0) + i * (48 ±0) + m * (41 ±0)`
		//  Estimated: `6470 + g * (2539 ±0)`
		// Minimum execution time: 285_420_000 picoseconds.
		Weight::from_parts(479_702_277, 0)
			.saturating_add(Weight::from_parts(0, 6470))
			// Standard Error: 305_749
			.saturating_add(Weight::from_parts(3_679_544, 0).saturating_mul(g.into()))
			// Standard Error: 597_678
			.saturating_add(Weight::from_parts(8_413_822, 0).saturating_mul(m.into()))
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
		// Minimum execution time: 7_905_000 picoseconds.
		Weight::from_parts(9_133_000, 0)
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
		// Minimum execution time: 29_972_000 picoseconds.
		Weight::from_parts(32_684_000, 0)
			.saturating_add(Weight::from_parts(0, 3531))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}
