//! The MedRec pallets.
//!
//! Deposits use the chain-wide price ([`medrec_primitives::currency::deposit`]): 0.2 MEDR per
//! item and 0.0001 MEDR per byte. Bounds are sized for real institutions: a provider's
//! gatekeeper URL fits 256 bytes, a care team 64 members.

use crate::{
	configs::ConsortiumOrRoot, Balance, Balances, Runtime, RuntimeEvent, RuntimeHoldReason,
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
	// The pallets that keep per-account state join this tuple as they arrive.
	type OnAccountRotated = ();
	type WeightInfo = pallet_registrar::weights::SubstrateWeight<Runtime>;
}
