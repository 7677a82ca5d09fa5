//! The MedRec pallets.
//!
//! Deposits use the chain-wide price ([`medrec_primitives::currency::deposit`]): 0.2 MEDR per
//! item and 0.0001 MEDR per byte. Bounds are sized for real institutions: a provider's
//! gatekeeper URL fits 256 bytes, a care team 64 members, a relationship 64 record pointers,
//! a patient 100 providers.

use crate::{
	configs::ConsortiumOrRoot, Balance, Balances, Registrar, Relationships, Runtime, RuntimeEvent,
	RuntimeHoldReason,
};
use medrec_primitives::currency::deposit;
use polkadot_sdk::frame_support::{parameter_types, traits::ConstU32};

parameter_types! {
	pub const DepositPerItem: Balance = deposit(1, 0);
	pub const DepositPerByte: Balance = deposit(0, 1);
}

impl pallet_registrar::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdmitOrigin = ConsortiumOrRoot;
	type DepositPerItem = DepositPerItem;
	type DepositPerByte = DepositPerByte;
	type MaxNameLen = ConstU32<128>;
	type MaxEndpointLen = ConstU32<256>;
	type MaxIdentifiers = ConstU32<8>;
	type MaxGroupMembers = ConstU32<64>;
	type MaxGroupsPerOwner = ConstU32<32>;
	type MaxMemberships = ConstU32<16>;
	// Pallets that hold deposits from participants move them when an account rotates; the
	// rest of their state is keyed by participant numbers, which do not change.
	type OnAccountRotated = (Relationships,);
	type WeightInfo = pallet_registrar::weights::SubstrateWeight<Runtime>;
}

impl pallet_relationships::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = Registrar;
	type DepositPerItem = DepositPerItem;
	type DepositPerByte = DepositPerByte;
	type MaxPointers = ConstU32<64>;
	type MaxQueryLen = ConstU32<128>;
	type MaxRelationshipsPerPatient = ConstU32<100>;
	type WeightInfo = pallet_relationships::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_helpers::Participants;
}

/// Registers participants through the registrar for other pallets' benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub mod benchmark_helpers {
	use crate::{AccountId, Registrar, RuntimeOrigin};

	/// Patients register themselves; providers are admitted by root, which the consortium's
	/// origin accepts.
	pub struct Participants;

	impl pallet_relationships::BenchmarkHelper<AccountId> for Participants {
		fn register_patient(who: &AccountId) {
			Registrar::register_patient(RuntimeOrigin::signed(who.clone()))
				.expect("benchmark accounts are funded for the registration deposit; qed");
		}

		fn admit_provider(who: &AccountId) {
			Registrar::admit(RuntimeOrigin::root(), who.clone(), 1)
				.expect("root admits any account not yet a provider; qed");
		}
	}
}
