//! `pallet_utility` (batches), `pallet_proxy` (accounts acting for other accounts, restricted
//! by [`ProxyType`]) and `pallet_recovery` (friends recover a lost account).
//!
//! Recovery and MedRec: a patient who lost their key is recovered by the friends they chose;
//! the inheritor then acts as the lost account and calls `Registrar::rotate_account` to move
//! the registration, its identifiers and deposits to a key it controls.
//!
//! MedRec's guardians can also act for patients through proxies: the `Guardian` proxy type
//! allows only the MedRec calls a guardian may make, so a patient can give a carer exactly
//! that (and take it back with `remove_proxy`).

use crate::{
	Balance, Balances, OriginCaller, Runtime, RuntimeCall, RuntimeEvent, RuntimeHoldReason, UNIT,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use medrec_primitives::currency::deposit;
use polkadot_sdk::{
	frame_support::{
		parameter_types,
		traits::{fungible::HoldConsideration, ConstU32, InstanceFilter, LinearStoragePrice},
	},
	sp_runtime::traits::BlakeTwo256,
	*,
};
use scale_info::TypeInfo;

/// What a proxy may do for the account that added it.
#[derive(
	Copy,
	Clone,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Debug,
	MaxEncodedLen,
	TypeInfo,
	Default,
)]
pub enum ProxyType {
	/// Everything.
	#[default]
	Any,
	/// Everything except moving funds.
	NonTransfer,
	/// Only cancelling proxy announcements (to stop a compromised time-delayed proxy).
	CancelProxy,
	/// Only consortium governance: proposing and voting for a member institution.
	Governance,
	/// Only what a guardian does for a patient: sharing (grant, revoke, tidy expired grants),
	/// answering providers (acknowledge, reject, invite) and reviewing emergency accesses. Not
	/// leaving MedRec, not moving funds, not changing guardians or the registration.
	Guardian,
	/// Only what a provider's gatekeeper does on chain: anchoring its receipt roots and posting
	/// research answers. The gatekeeper's key holds this proxy, never the provider's own key.
	Gatekeeper,
	/// Only what a provider's pointer publisher does: opening relationships (or accepting a
	/// patient's invitation) and adding, updating and removing pointers, singly or in
	/// batches. Acting as the provider, it reaches only that provider's relationships. Not
	/// ending a relationship, not sharing, not moving funds, not changing proxies.
	Publisher,
}

impl InstanceFilter<RuntimeCall> for ProxyType {
	fn filter(&self, call: &RuntimeCall) -> bool {
		match self {
			ProxyType::Any => true,
			ProxyType::NonTransfer => !matches!(call, RuntimeCall::Balances(_)),
			ProxyType::CancelProxy => matches!(
				call,
				RuntimeCall::Proxy(pallet_proxy::Call::reject_announcement { .. })
					| RuntimeCall::Utility(pallet_utility::Call::batch { .. })
					| RuntimeCall::Utility(pallet_utility::Call::batch_all { .. })
			),
			ProxyType::Governance => matches!(
				call,
				RuntimeCall::Consortium(_)
					| RuntimeCall::ConsortiumMembership(_)
					| RuntimeCall::Utility(pallet_utility::Call::batch { .. })
					| RuntimeCall::Utility(pallet_utility::Call::batch_all { .. })
			),
			ProxyType::Guardian => matches!(
				call,
				RuntimeCall::Permissions(
					pallet_permissions::Call::grant { .. }
						| pallet_permissions::Call::revoke { .. }
						| pallet_permissions::Call::remove_expired { .. }
						| pallet_permissions::Call::review_emergency { .. }
				) | RuntimeCall::Relationships(
					pallet_relationships::Call::acknowledge { .. }
						| pallet_relationships::Call::reject { .. }
						| pallet_relationships::Call::invite_provider { .. }
				) | RuntimeCall::Utility(pallet_utility::Call::batch { .. })
					| RuntimeCall::Utility(pallet_utility::Call::batch_all { .. })
			),
			ProxyType::Gatekeeper => matches!(
				call,
				RuntimeCall::Registrar(pallet_registrar::Call::anchor_receipts { .. })
					| RuntimeCall::Research(
						pallet_research::Call::answer_request { .. }
							| pallet_research::Call::answer_bounty_query { .. }
					)
			),
			ProxyType::Publisher => matches!(
				call,
				RuntimeCall::Relationships(
					pallet_relationships::Call::open_relationship { .. }
						| pallet_relationships::Call::add_pointer { .. }
						| pallet_relationships::Call::update_pointer { .. }
						| pallet_relationships::Call::remove_pointer { .. }
				) | RuntimeCall::Utility(pallet_utility::Call::batch { .. })
					| RuntimeCall::Utility(pallet_utility::Call::batch_all { .. })
			),
		}
	}

	fn is_superset(&self, other: &Self) -> bool {
		match (self, other) {
			(x, y) if x == y => true,
			(ProxyType::Any, _) => true,
			(_, ProxyType::Any) => false,
			(ProxyType::NonTransfer, _) => true,
			_ => false,
		}
	}
}

parameter_types! {
	// One storage item (the proxy list) of 8 bytes + 33 bytes per proxy.
	pub const ProxyDepositBase: Balance = deposit(1, 8);
	pub const ProxyDepositFactor: Balance = deposit(0, 33);
	pub const AnnouncementDepositBase: Balance = deposit(1, 8);
	pub const AnnouncementDepositFactor: Balance = deposit(0, 66);
}

impl pallet_proxy::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type Currency = Balances;
	type ProxyType = ProxyType;
	type ProxyDepositBase = ProxyDepositBase;
	type ProxyDepositFactor = ProxyDepositFactor;
	type MaxProxies = ConstU32<32>;
	type WeightInfo = pallet_proxy::weights::SubstrateWeight<Runtime>;
	type MaxPending = ConstU32<32>;
	type CallHasher = BlakeTwo256;
	type AnnouncementDepositBase = AnnouncementDepositBase;
	type AnnouncementDepositFactor = AnnouncementDepositFactor;
	type BlockNumberProvider = crate::System;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	pub const RecoveryFriendGroupsHold: RuntimeHoldReason =
		RuntimeHoldReason::Recovery(pallet_recovery::HoldReason::FriendGroupsStorage);
	pub const RecoveryAttemptHold: RuntimeHoldReason =
		RuntimeHoldReason::Recovery(pallet_recovery::HoldReason::AttemptStorage);
	pub const RecoveryInheritorHold: RuntimeHoldReason =
		RuntimeHoldReason::Recovery(pallet_recovery::HoldReason::InheritorStorage);
	pub const RecoveryDepositBase: Balance = deposit(1, 0);
	pub const RecoveryDepositPerByte: Balance = deposit(0, 1);
	/// Staked by whoever starts a recovery attempt; the lost account can slash it if the
	/// attempt is malicious.
	pub const RecoverySecurityDeposit: Balance = 10 * UNIT;
}

/// Storage deposits of recovery, at the chain-wide storage price.
type RecoveryStoragePrice =
	LinearStoragePrice<RecoveryDepositBase, RecoveryDepositPerByte, Balance>;

impl pallet_recovery::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type RuntimeHoldReason = RuntimeHoldReason;
	type BlockNumberProvider = crate::System;
	type Currency = Balances;
	type FriendGroupsConsideration = HoldConsideration<
		crate::AccountId,
		Balances,
		RecoveryFriendGroupsHold,
		RecoveryStoragePrice,
	>;
	type AttemptConsideration =
		HoldConsideration<crate::AccountId, Balances, RecoveryAttemptHold, RecoveryStoragePrice>;
	type InheritorConsideration =
		HoldConsideration<crate::AccountId, Balances, RecoveryInheritorHold, RecoveryStoragePrice>;
	type SecurityDeposit = RecoverySecurityDeposit;
	// A slashed security deposit is burnt: there is no treasury.
	type Slash = ();
	type MaxFriendsPerConfig = ConstU32<16>;
	type WeightInfo = pallet_recovery::weights::SubstrateWeight<Runtime>;
}
