//! Weights of `pallet_permissions`, generated from a real benchmark run by `scripts/benchmark.sh`.
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
//!   pallet_permissions
//!   --extrinsic
//!   *
//!   --steps
//!   50
//!   --repeat
//!   20
//!   --template
//!   scripts/weight-template.hbs
//!   --output
//!   pallets/permissions/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame::weights_prelude::*;

/// Weight functions needed by `pallet_permissions`.
pub trait WeightInfo {
	fn grant() -> Weight;
	fn revoke() -> Weight;
	fn remove_expired() -> Weight;
	fn add_guardian() -> Weight;
	fn appoint_guardian() -> Weight;
	fn propose_guardian() -> Weight;
	fn accept_guardian() -> Weight;
	fn decline_guardian() -> Weight;
	fn remove_guardian() -> Weight;
	fn certify_emergency() -> Weight;
	fn break_glass() -> Weight;
	fn review_emergency() -> Weight;
	fn close_emergency() -> Weight;
	fn on_account_rotated() -> Weight;
	fn can_access(g: u32, ) -> Weight;
}

/// Measured weights, at the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Registrar::ParticipantIdOf` (r:2 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Guardians` (r:1 w:0)
	/// Proof: `Permissions::Guardians` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::Pointers` (r:1 w:0)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:0)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(572), added: 3047, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::GrantCount` (r:1 w:1)
	/// Proof: `Permissions::GrantCount` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::NextGrantId` (r:1 w:1)
	/// Proof: `Permissions::NextGrantId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Access` (r:1 w:1)
	/// Proof: `Permissions::Access` (`max_values`: None, `max_size`: Some(674), added: 3149, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::SharedWith` (r:1 w:1)
	/// Proof: `Relationships::SharedWith` (`max_values`: None, `max_size`: Some(71), added: 2546, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::GrantsOf` (r:0 w:1)
	/// Proof: `Permissions::GrantsOf` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Grants` (r:0 w:1)
	/// Proof: `Permissions::Grants` (`max_values`: None, `max_size`: Some(142), added: 2617, mode: `MaxEncodedLen`)
	fn grant() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1929`
		//  Estimated: `6052`
		// Minimum execution time: 159_033_000 picoseconds.
		Weight::from_parts(183_636_000, 0)
			.saturating_add(Weight::from_parts(0, 6052))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Permissions::Grants` (r:1 w:1)
	/// Proof: `Permissions::Grants` (`max_values`: None, `max_size`: Some(142), added: 2617, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:1 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:1 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Guardians` (r:1 w:0)
	/// Proof: `Permissions::Guardians` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::GrantCount` (r:1 w:1)
	/// Proof: `Permissions::GrantCount` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Access` (r:1 w:1)
	/// Proof: `Permissions::Access` (`max_values`: None, `max_size`: Some(674), added: 3149, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::GrantsOf` (r:0 w:1)
	/// Proof: `Permissions::GrantsOf` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn revoke() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1930`
		//  Estimated: `4139`
		// Minimum execution time: 122_097_000 picoseconds.
		Weight::from_parts(135_766_000, 0)
			.saturating_add(Weight::from_parts(0, 4139))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Permissions::Grants` (r:1 w:1)
	/// Proof: `Permissions::Grants` (`max_values`: None, `max_size`: Some(142), added: 2617, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::GrantCount` (r:1 w:1)
	/// Proof: `Permissions::GrantCount` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Access` (r:1 w:1)
	/// Proof: `Permissions::Access` (`max_values`: None, `max_size`: Some(674), added: 3149, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:1 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::GrantsOf` (r:0 w:1)
	/// Proof: `Permissions::GrantsOf` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn remove_expired() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1532`
		//  Estimated: `4139`
		// Minimum execution time: 104_373_000 picoseconds.
		Weight::from_parts(115_518_000, 0)
			.saturating_add(Weight::from_parts(0, 4139))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:1 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Guardians` (r:1 w:1)
	/// Proof: `Permissions::Guardians` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::GuardianCount` (r:1 w:1)
	/// Proof: `Permissions::GuardianCount` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Wards` (r:0 w:1)
	/// Proof: `Permissions::Wards` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn add_guardian() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `3730`
		// Minimum execution time: 97_494_000 picoseconds.
		Weight::from_parts(104_103_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:1 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Guardians` (r:1 w:1)
	/// Proof: `Permissions::Guardians` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::GuardianCount` (r:1 w:1)
	/// Proof: `Permissions::GuardianCount` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Wards` (r:0 w:1)
	/// Proof: `Permissions::Wards` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn appoint_guardian() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `242`
		//  Estimated: `3569`
		// Minimum execution time: 34_950_000 picoseconds.
		Weight::from_parts(42_199_000, 0)
			.saturating_add(Weight::from_parts(0, 3569))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Registrar::Participants` (r:2 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:2 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:0)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(572), added: 3047, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Guardians` (r:1 w:0)
	/// Proof: `Permissions::Guardians` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::GuardianProposals` (r:1 w:1)
	/// Proof: `Permissions::GuardianProposals` (`max_values`: None, `max_size`: Some(277), added: 2752, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn propose_guardian() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1179`
		//  Estimated: `6072`
		// Minimum execution time: 122_881_000 picoseconds.
		Weight::from_parts(210_585_000, 0)
			.saturating_add(Weight::from_parts(0, 6072))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:1 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::GuardianProposals` (r:1 w:1)
	/// Proof: `Permissions::GuardianProposals` (`max_values`: None, `max_size`: Some(277), added: 2752, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Guardians` (r:1 w:1)
	/// Proof: `Permissions::Guardians` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::GuardianCount` (r:1 w:1)
	/// Proof: `Permissions::GuardianCount` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Wards` (r:0 w:1)
	/// Proof: `Permissions::Wards` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn accept_guardian() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `690`
		//  Estimated: `3742`
		// Minimum execution time: 51_059_000 picoseconds.
		Weight::from_parts(91_700_000, 0)
			.saturating_add(Weight::from_parts(0, 3742))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Registrar::ParticipantIdOf` (r:1 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::GuardianProposals` (r:1 w:1)
	/// Proof: `Permissions::GuardianProposals` (`max_values`: None, `max_size`: Some(277), added: 2752, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:1 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn decline_guardian() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `923`
		//  Estimated: `3742`
		// Minimum execution time: 88_646_000 picoseconds.
		Weight::from_parts(104_248_000, 0)
			.saturating_add(Weight::from_parts(0, 3742))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Registrar::ParticipantIdOf` (r:1 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Guardians` (r:1 w:1)
	/// Proof: `Permissions::Guardians` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:1 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::GuardianCount` (r:1 w:1)
	/// Proof: `Permissions::GuardianCount` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Wards` (r:0 w:1)
	/// Proof: `Permissions::Wards` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn remove_guardian() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `825`
		//  Estimated: `3730`
		// Minimum execution time: 97_085_000 picoseconds.
		Weight::from_parts(141_939_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:1 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::EmergencyCertified` (r:1 w:1)
	/// Proof: `Permissions::EmergencyCertified` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn certify_emergency() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `242`
		//  Estimated: `3531`
		// Minimum execution time: 26_214_000 picoseconds.
		Weight::from_parts(48_331_000, 0)
			.saturating_add(Weight::from_parts(0, 3531))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Registrar::Groups` (r:1 w:0)
	/// Proof: `Registrar::Groups` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupMembers` (r:1 w:0)
	/// Proof: `Registrar::GroupMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Participants` (r:2 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::ParticipantIdOf` (r:3 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::EmergencyCertified` (r:1 w:0)
	/// Proof: `Permissions::EmergencyCertified` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::EmergencyUse` (r:1 w:1)
	/// Proof: `Permissions::EmergencyUse` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::NextEmergencyId` (r:1 w:1)
	/// Proof: `Permissions::NextEmergencyId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::GrantCount` (r:1 w:1)
	/// Proof: `Permissions::GrantCount` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::NextGrantId` (r:1 w:1)
	/// Proof: `Permissions::NextGrantId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Access` (r:1 w:1)
	/// Proof: `Permissions::Access` (`max_values`: None, `max_size`: Some(674), added: 3149, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::SharedWith` (r:1 w:1)
	/// Proof: `Relationships::SharedWith` (`max_values`: None, `max_size`: Some(71), added: 2546, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::GrantsOf` (r:0 w:1)
	/// Proof: `Permissions::GrantsOf` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Emergencies` (r:0 w:1)
	/// Proof: `Permissions::Emergencies` (`max_values`: None, `max_size`: Some(95), added: 2570, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Grants` (r:0 w:1)
	/// Proof: `Permissions::Grants` (`max_values`: None, `max_size`: Some(142), added: 2617, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::PendingReviews` (r:0 w:1)
	/// Proof: `Permissions::PendingReviews` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn break_glass() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1159`
		//  Estimated: `8583`
		// Minimum execution time: 208_860_000 picoseconds.
		Weight::from_parts(364_888_000, 0)
			.saturating_add(Weight::from_parts(0, 8583))
			.saturating_add(T::DbWeight::get().reads(16))
			.saturating_add(T::DbWeight::get().writes(12))
	}
	/// Storage: `Permissions::Emergencies` (r:1 w:1)
	/// Proof: `Permissions::Emergencies` (`max_values`: None, `max_size`: Some(95), added: 2570, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:2 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::PendingReviews` (r:0 w:1)
	/// Proof: `Permissions::PendingReviews` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn review_emergency() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `872`
		//  Estimated: `6036`
		// Minimum execution time: 88_244_000 picoseconds.
		Weight::from_parts(168_559_000, 0)
			.saturating_add(Weight::from_parts(0, 6036))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Permissions::Emergencies` (r:1 w:1)
	/// Proof: `Permissions::Emergencies` (`max_values`: None, `max_size`: Some(95), added: 2570, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:1 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::ContestedEmergencies` (r:0 w:1)
	/// Proof: `Permissions::ContestedEmergencies` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn close_emergency() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `817`
		//  Estimated: `3730`
		// Minimum execution time: 83_610_000 picoseconds.
		Weight::from_parts(154_691_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn on_account_rotated() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `356`
		//  Estimated: `6470`
		// Minimum execution time: 72_647_000 picoseconds.
		Weight::from_parts(128_159_000, 0)
			.saturating_add(Weight::from_parts(0, 6470))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Registrar::ParticipantIdOf` (r:2 w:0)
	/// Proof: `Registrar::ParticipantIdOf` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::Pointers` (r:1 w:0)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:0)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(572), added: 3047, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Guardians` (r:1 w:0)
	/// Proof: `Permissions::Guardians` (`max_values`: None, `max_size`: Some(104), added: 2579, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::MembershipsOf` (r:1 w:0)
	/// Proof: `Registrar::MembershipsOf` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Groups` (r:16 w:0)
	/// Proof: `Registrar::Groups` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Access` (r:18 w:0)
	/// Proof: `Permissions::Access` (`max_values`: None, `max_size`: Some(674), added: 3149, mode: `MaxEncodedLen`)
	/// The range of component `g` is `[1, 256]`.
	fn can_access(g: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2931 + g * (17 ±0)`
		//  Estimated: `57672`
		// Minimum execution time: 221_222_000 picoseconds.
		Weight::from_parts(364_559_007, 0)
			.saturating_add(Weight::from_parts(0, 57672))
			// Standard Error: 34_601
			.saturating_add(Weight::from_parts(197_578, 0).saturating_mul(g.into()))
			.saturating_add(T::DbWeight::get().reads(41))
	}
}
