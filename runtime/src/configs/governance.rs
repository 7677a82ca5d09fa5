//! The consortium: the member institutions that govern MedRec.
//!
//! `Consortium` (a collective) votes on motions; `ConsortiumMembership` decides who sits in
//! it. Privileged MedRec calls (admitting providers and researchers, managing collators,
//! setting parameters) take [`ConsortiumOrRoot`]: two thirds of the consortium, or root.
//! Root exists on development chains through `Sudo`; on the `consortium` chain there is no sudo
//! key and root comes only from the relay chain's governance (runtime upgrades).

use crate::{
	AccountId, BlockNumber, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, DAYS,
	MAXIMUM_BLOCK_WEIGHT,
};
use polkadot_sdk::{
	frame_support::{
		parameter_types,
		traits::{EitherOfDiverse, NeverEnsureOrigin},
		weights::Weight,
	},
	frame_system::EnsureRoot,
	sp_runtime::Perbill,
	*,
};

/// The consortium's collective instance.
pub type ConsortiumInstance = pallet_collective::Instance1;

/// Two thirds of the consortium, or root.
pub type ConsortiumOrRoot = EitherOfDiverse<
	EnsureRoot<AccountId>,
	pallet_collective::EnsureProportionAtLeast<AccountId, ConsortiumInstance, 2, 3>,
>;

parameter_types! {
	/// A motion stays open for three days.
	pub const ConsortiumMotionDuration: BlockNumber = 3 * DAYS;
	pub const ConsortiumMaxProposals: u32 = 100;
	pub const ConsortiumMaxMembers: u32 = 100;
	/// A motion may dispatch at most half a block of weight.
	pub MaxProposalWeight: Weight = Perbill::from_percent(50) * MAXIMUM_BLOCK_WEIGHT;
}

impl pallet_collective::Config<ConsortiumInstance> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = ConsortiumMotionDuration;
	type MaxProposals = ConsortiumMaxProposals;
	type MaxMembers = ConsortiumMaxMembers;
	// Members who did not vote are counted as voting like the prime member (if any).
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	// Membership is managed by `ConsortiumMembership`, never set directly.
	type SetMembersOrigin = NeverEnsureOrigin<()>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = ConsortiumOrRoot;
	type KillOrigin = ConsortiumOrRoot;
	// Only members may propose, so proposals need no deposit.
	type Consideration = ();
}

impl pallet_membership::Config<pallet_membership::Instance1> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = ConsortiumOrRoot;
	type RemoveOrigin = ConsortiumOrRoot;
	type SwapOrigin = ConsortiumOrRoot;
	type ResetOrigin = ConsortiumOrRoot;
	type PrimeOrigin = ConsortiumOrRoot;
	type MembershipInitialized = crate::Consortium;
	type MembershipChanged = crate::Consortium;
	type MaxMembers = ConsortiumMaxMembers;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}
