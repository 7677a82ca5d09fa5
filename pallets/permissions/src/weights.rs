//! Weights of `pallet_permissions`, generated from a real benchmark run by `scripts/benchmark.sh`.
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
	fn grant(g: u32, ) -> Weight;
	fn revoke(g: u32, ) -> Weight;
	fn remove_expired(g: u32, ) -> Weight;
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
	fn relationship_activity() -> Weight;
	fn can_access(g: u32, ) -> Weight;
}

/// Measured weights, at the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `Measured`)
	/// Storage: `Permissions::PatientSharing` (r:1 w:1)
	/// Proof: `Permissions::PatientSharing` (`max_values`: None, `max_size`: Some(34429), added: 36904, mode: `Measured`)
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `Measured`)
	/// Storage: `Relationships::Pointers` (r:1 w:0)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `Measured`)
	/// Storage: `Relationships::SharedWith` (r:1 w:1)
	/// Proof: `Relationships::SharedWith` (`max_values`: None, `max_size`: Some(71), added: 2546, mode: `Measured`)
	/// The range of component `g` is `[0, 255]`.
	fn grant(g: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1575 + g * (99 ±0)`
		//  Estimated: `4938 + g * (101 ±0)`
		// Minimum execution time: 107_259_000 picoseconds.
		Weight::from_parts(115_031_413, 0)
			.saturating_add(Weight::from_parts(0, 4938))
			// Standard Error: 3_368
			.saturating_add(Weight::from_parts(420_884, 0).saturating_mul(g.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(Weight::from_parts(0, 101).saturating_mul(g.into()))
	}
	/// Storage: `Permissions::PatientSharing` (r:1 w:1)
	/// Proof: `Permissions::PatientSharing` (`max_values`: None, `max_size`: Some(34429), added: 36904, mode: `Measured`)
	/// Storage: `Registrar::AccountOf` (r:1 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `Measured`)
	/// Storage: `Relationships::SharedWith` (r:0 w:1)
	/// Proof: `Relationships::SharedWith` (`max_values`: None, `max_size`: Some(71), added: 2546, mode: `Measured`)
	/// The range of component `g` is `[1, 256]`.
	fn revoke(g: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `631 + g * (98 ±0)`
		//  Estimated: `4097 + g * (98 ±0)`
		// Minimum execution time: 76_744_000 picoseconds.
		Weight::from_parts(77_957_735, 0)
			.saturating_add(Weight::from_parts(0, 4097))
			// Standard Error: 4_235
			.saturating_add(Weight::from_parts(292_000, 0).saturating_mul(g.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(Weight::from_parts(0, 98).saturating_mul(g.into()))
	}
	/// Storage: `Permissions::PatientSharing` (r:1 w:1)
	/// Proof: `Permissions::PatientSharing` (`max_values`: None, `max_size`: Some(34429), added: 36904, mode: `Measured`)
	/// Storage: `Registrar::AccountOf` (r:1 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `Measured`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `Measured`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `Measured`)
	/// Storage: `Relationships::SharedWith` (r:0 w:1)
	/// Proof: `Relationships::SharedWith` (`max_values`: None, `max_size`: Some(71), added: 2546, mode: `Measured`)
	/// The range of component `g` is `[1, 256]`.
	fn remove_expired(g: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `537 + g * (98 ±0)`
		//  Estimated: `4003 + g * (98 ±0)`
		// Minimum execution time: 75_813_000 picoseconds.
		Weight::from_parts(84_339_410, 0)
			.saturating_add(Weight::from_parts(0, 4003))
			// Standard Error: 2_890
			.saturating_add(Weight::from_parts(240_487, 0).saturating_mul(g.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(Weight::from_parts(0, 98).saturating_mul(g.into()))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::PatientSharing` (r:1 w:1)
	/// Proof: `Permissions::PatientSharing` (`max_values`: None, `max_size`: Some(34429), added: 36904, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Wards` (r:0 w:1)
	/// Proof: `Permissions::Wards` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn add_guardian() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `26349`
		//  Estimated: `37894`
		// Minimum execution time: 143_823_000 picoseconds.
		Weight::from_parts(157_233_000, 0)
			.saturating_add(Weight::from_parts(0, 37894))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::PatientSharing` (r:1 w:1)
	/// Proof: `Permissions::PatientSharing` (`max_values`: None, `max_size`: Some(34429), added: 36904, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Wards` (r:0 w:1)
	/// Proof: `Permissions::Wards` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn appoint_guardian() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `26134`
		//  Estimated: `37894`
		// Minimum execution time: 78_567_000 picoseconds.
		Weight::from_parts(87_289_000, 0)
			.saturating_add(Weight::from_parts(0, 37894))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Registrar::Participants` (r:2 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::RelationshipsOf` (r:1 w:0)
	/// Proof: `Relationships::RelationshipsOf` (`max_values`: None, `max_size`: Some(572), added: 3047, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::PatientSharing` (r:1 w:0)
	/// Proof: `Permissions::PatientSharing` (`max_values`: None, `max_size`: Some(34429), added: 36904, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::GuardianProposals` (r:1 w:1)
	/// Proof: `Permissions::GuardianProposals` (`max_values`: None, `max_size`: Some(277), added: 2752, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	fn propose_guardian() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1260`
		//  Estimated: `37894`
		// Minimum execution time: 103_343_000 picoseconds.
		Weight::from_parts(107_390_000, 0)
			.saturating_add(Weight::from_parts(0, 37894))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::GuardianProposals` (r:1 w:1)
	/// Proof: `Permissions::GuardianProposals` (`max_values`: None, `max_size`: Some(277), added: 2752, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::PatientSharing` (r:1 w:1)
	/// Proof: `Permissions::PatientSharing` (`max_values`: None, `max_size`: Some(34429), added: 36904, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Wards` (r:0 w:1)
	/// Proof: `Permissions::Wards` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn accept_guardian() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `26435`
		//  Estimated: `37894`
		// Minimum execution time: 84_586_000 picoseconds.
		Weight::from_parts(95_722_000, 0)
			.saturating_add(Weight::from_parts(0, 37894))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
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
		//  Measured:  `958`
		//  Estimated: `3742`
		// Minimum execution time: 79_027_000 picoseconds.
		Weight::from_parts(82_663_000, 0)
			.saturating_add(Weight::from_parts(0, 3742))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::PatientSharing` (r:1 w:1)
	/// Proof: `Permissions::PatientSharing` (`max_values`: None, `max_size`: Some(34429), added: 36904, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::AccountOf` (r:1 w:0)
	/// Proof: `Registrar::AccountOf` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Wards` (r:0 w:1)
	/// Proof: `Permissions::Wards` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn remove_guardian() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `26606`
		//  Estimated: `37894`
		// Minimum execution time: 136_323_000 picoseconds.
		Weight::from_parts(149_753_000, 0)
			.saturating_add(Weight::from_parts(0, 37894))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Registrar::Participants` (r:1 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::EmergencyCertified` (r:1 w:1)
	/// Proof: `Permissions::EmergencyCertified` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn certify_emergency() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `252`
		//  Estimated: `3667`
		// Minimum execution time: 20_461_000 picoseconds.
		Weight::from_parts(22_082_000, 0)
			.saturating_add(Weight::from_parts(0, 3667))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Registrar::Groups` (r:1 w:0)
	/// Proof: `Registrar::Groups` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::GroupMembers` (r:1 w:0)
	/// Proof: `Registrar::GroupMembers` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Participants` (r:2 w:0)
	/// Proof: `Registrar::Participants` (`max_values`: None, `max_size`: Some(74), added: 2549, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:2 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::EmergencyCertified` (r:1 w:0)
	/// Proof: `Permissions::EmergencyCertified` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::EmergencyUse` (r:1 w:1)
	/// Proof: `Permissions::EmergencyUse` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::NextEmergencyId` (r:1 w:1)
	/// Proof: `Permissions::NextEmergencyId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::PatientSharing` (r:1 w:1)
	/// Proof: `Permissions::PatientSharing` (`max_values`: None, `max_size`: Some(34429), added: 36904, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `Relationships::SharedWith` (r:1 w:1)
	/// Proof: `Relationships::SharedWith` (`max_values`: None, `max_size`: Some(71), added: 2546, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::Emergencies` (r:0 w:1)
	/// Proof: `Permissions::Emergencies` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::PendingReviews` (r:0 w:1)
	/// Proof: `Permissions::PendingReviews` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	fn break_glass() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `28010`
		//  Estimated: `37894`
		// Minimum execution time: 247_197_000 picoseconds.
		Weight::from_parts(272_885_000, 0)
			.saturating_add(Weight::from_parts(0, 37894))
			.saturating_add(T::DbWeight::get().reads(13))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Permissions::Emergencies` (r:1 w:1)
	/// Proof: `Permissions::Emergencies` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
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
		//  Measured:  `766`
		//  Estimated: `6036`
		// Minimum execution time: 76_083_000 picoseconds.
		Weight::from_parts(80_199_000, 0)
			.saturating_add(Weight::from_parts(0, 6036))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Permissions::Emergencies` (r:1 w:1)
	/// Proof: `Permissions::Emergencies` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
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
		//  Measured:  `710`
		//  Estimated: `3730`
		// Minimum execution time: 71_807_000 picoseconds.
		Weight::from_parts(75_332_000, 0)
			.saturating_add(Weight::from_parts(0, 3730))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(265), added: 2740, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	fn on_account_rotated() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `723`
		//  Estimated: `6470`
		// Minimum execution time: 91_866_000 picoseconds.
		Weight::from_parts(99_708_000, 0)
			.saturating_add(Weight::from_parts(0, 6470))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Permissions::PatientSharing` (r:1 w:1)
	/// Proof: `Permissions::PatientSharing` (`max_values`: None, `max_size`: Some(34429), added: 36904, mode: `MaxEncodedLen`)
	fn relationship_activity() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `25975`
		//  Estimated: `37894`
		// Minimum execution time: 45_578_000 picoseconds.
		Weight::from_parts(55_272_000, 0)
			.saturating_add(Weight::from_parts(0, 37894))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Relationships::Pointers` (r:1 w:0)
	/// Proof: `Relationships::Pointers` (`max_values`: None, `max_size`: Some(226), added: 2701, mode: `MaxEncodedLen`)
	/// Storage: `Permissions::PatientSharing` (r:1 w:0)
	/// Proof: `Permissions::PatientSharing` (`max_values`: None, `max_size`: Some(34429), added: 36904, mode: `MaxEncodedLen`)
	/// Storage: `Registrar::Cards` (r:1 w:0)
	/// Proof: `Registrar::Cards` (`max_values`: None, `max_size`: Some(202), added: 2677, mode: `MaxEncodedLen`)
	/// The range of component `g` is `[1, 256]`.
	fn can_access(g: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1201 + g * (98 ±0)`
		//  Estimated: `37894`
		// Minimum execution time: 31_607_000 picoseconds.
		Weight::from_parts(42_558_218, 0)
			.saturating_add(Weight::from_parts(0, 37894))
			// Standard Error: 9_300
			.saturating_add(Weight::from_parts(174_597, 0).saturating_mul(g.into()))
			.saturating_add(T::DbWeight::get().reads(3))
	}
}
