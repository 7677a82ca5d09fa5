//! Block production: parachain system, Aura, sessions and collator selection.
//!
//! Two kinds of collators author blocks, in Aura's round robin:
//! - **Invulnerables**, the consortium's own collators: from genesis, then added and removed by
//!   the consortium (`CollatorSelection::add_invulnerable`, two thirds).
//! - **Candidates**, who bond to stand (`CollatorSelection::register_as_candidate`): the
//!   collators of admitted researchers, so that the research-mining credits reach the
//!   researchers they are for, and member institutions' collators. The `DesiredCandidates`
//!   with the highest bonds are selected for each session (both values are set in genesis —
//!   see `genesis_config_presets.rs` — and changed by the consortium; zero desired candidates
//!   closes candidacy).
//!
//! ## Who may stand
//!
//! [`CollatorRegistration`] (collator selection's `ValidatorRegistration`) requires, beside
//! session keys, that the account sit in the consortium or be a collator bound to a researcher
//! (`Research::bind_collator`) who is admitted and not suspended. Open candidacy with a bond
//! alone would let anyone with more funds than the researchers take every candidate slot
//! (slots go to the highest bonds), crowding out the researchers whose mining the slots are for
//! and handing authorship of a medical-records chain to parties the consortium never admitted.
//! The bond then only has to show commitment, not to price out strangers.
//!
//! The same check applies when the consortium names invulnerables: their accounts too must be
//! members' or researchers' collators (`set_invulnerables` skips others, `add_invulnerable`
//! refuses them).
//!
//! Standing is checked when a collator stands. A candidate whose researcher is later suspended,
//! or who unbinds, stays a candidate until it leaves (`leave_intent`), stops authoring for a
//! session (it is then removed) or the consortium raises the bond above its own (every lower
//! bond is returned and its candidate removed); blocks it authors while unbound earn no one
//! credits.

use crate::{
	configs::ConsortiumOrRoot, parachain_info, AccountId, Aura, Balances, CollatorSelection,
	ConsortiumMembership, MessageQueue, Registrar, Runtime, RuntimeEvent, Session, SessionKeys,
	XcmpQueue, BLOCK_PROCESSING_VELOCITY, HOURS, MAXIMUM_BLOCK_WEIGHT,
	RELAY_CHAIN_SLOT_DURATION_MILLIS, SLOT_DURATION, UNINCLUDED_SEGMENT_CAPACITY,
};
use medrec_primitives::ParticipantRegistry;
use polkadot_sdk::{
	cumulus_primitives_core::AggregateMessageOrigin,
	frame_support::{
		parameter_types,
		traits::{ConstBool, ConstU32, ConstU64, SortedMembers, ValidatorRegistration},
		weights::Weight,
		PalletId,
	},
	*,
};

parameter_types! {
	pub const ReservedXcmpWeight: Weight = MAXIMUM_BLOCK_WEIGHT.saturating_div(4);
	pub const ReservedDmpWeight: Weight = MAXIMUM_BLOCK_WEIGHT.saturating_div(4);
	pub const RelayOrigin: AggregateMessageOrigin = AggregateMessageOrigin::Parent;
}

/// Checks that parachain blocks follow the relay chain at the configured velocity.
pub type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<
	Runtime,
	RELAY_CHAIN_SLOT_DURATION_MILLIS,
	BLOCK_PROCESSING_VELOCITY,
	UNINCLUDED_SEGMENT_CAPACITY,
>;

/// How many relay blocks behind the tip the parachain builds on. 0: the freshest relay parent.
pub const RELAY_PARENT_OFFSET: u32 = 0;

impl cumulus_pallet_parachain_system::Config for Runtime {
	type WeightInfo = cumulus_pallet_parachain_system::weights::SubstrateWeight<Runtime>;
	type RuntimeEvent = RuntimeEvent;
	type OnSystemEvent = ();
	type SelfParaId = parachain_info::Pallet<Runtime>;
	type OutboundXcmpMessageSource = XcmpQueue;
	type DmpQueue = frame_support::traits::EnqueueWithOrigin<MessageQueue, RelayOrigin>;
	type ReservedDmpWeight = ReservedDmpWeight;
	type XcmpMessageHandler = XcmpQueue;
	type ReservedXcmpWeight = ReservedXcmpWeight;
	type CheckAssociatedRelayNumber =
		cumulus_pallet_parachain_system::RelayNumberMonotonicallyIncreases;
	type ConsensusHook = ConsensusHook;
	type RelayParentOffset = ConstU32<RELAY_PARENT_OFFSET>;
	type SchedulingSignatureVerifier = ();
}

impl parachain_info::Config for Runtime {}

impl cumulus_pallet_aura_ext::Config for Runtime {}

impl pallet_aura::Config for Runtime {
	type AuthorityId = crate::AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<100_000>;
	// Async backing: several parachain blocks may be authored in one relay slot.
	type AllowMultipleBlocksPerSlot = ConstBool<true>;
	type SlotDuration = ConstU64<SLOT_DURATION>;
}

/// Collators discover each other through the keys of the current session (the node's collator
/// discovery reads `AuthorityDiscoveryApi::authorities`); bounded like Aura's authorities.
impl pallet_authority_discovery::Config for Runtime {
	type MaxAuthorities = ConstU32<100_000>;
}

impl pallet_authorship::Config for Runtime {
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Aura>;
	type EventHandler = (CollatorSelection,);
}

parameter_types! {
	/// Sessions last six hours: collator set changes take effect at session boundaries.
	pub const Period: u32 = 6 * HOURS;
	pub const Offset: u32 = 0;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	// Collators have no stash/controller split: the validator id is the account.
	type ValidatorIdOf = pallet_collator_selection::IdentityCollator;
	type ShouldEndSession = pallet_session::PeriodicSessions<Period, Offset>;
	type NextSessionRotation = pallet_session::PeriodicSessions<Period, Offset>;
	type SessionManager = CollatorSelection;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = ();
}

parameter_types! {
	pub const PotId: PalletId = PalletId(*b"PotStake");
	/// The pot that transaction fees go to and block authors are paid from.
	pub CollatorPot: AccountId = CollatorSelection::account_id();
}

impl pallet_collator_selection::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type UpdateOrigin = ConsortiumOrRoot;
	type PotId = PotId;
	type MaxCandidates = ConstU32<100>;
	type MinEligibleCollators = ConstU32<1>;
	type MaxInvulnerables = ConstU32<20>;
	// A candidate that authored no block for a whole session is removed; a multiple of the
	// session length keeps this consistent.
	type KickThreshold = Period;
	type ValidatorId = AccountId;
	type ValidatorIdOf = pallet_collator_selection::IdentityCollator;
	type ValidatorRegistration = CollatorRegistration;
	type WeightInfo = CollatorSelectionWeight;
}

/// Who may collate: an account with session keys that sits in the consortium or is the
/// collator of an active researcher (see the module docs).
pub struct CollatorRegistration;

impl CollatorRegistration {
	/// Whether `who` may stand, session keys aside: a consortium member, or a collator bound
	/// to a researcher who is admitted and not suspended.
	pub fn is_eligible(who: &AccountId) -> bool {
		<ConsortiumMembership as SortedMembers<AccountId>>::contains(who)
			|| pallet_research::ResearcherOf::<Runtime>::get(who)
				.and_then(|(researcher, _)| Registrar::account_of(researcher))
				.is_some_and(|researcher| Registrar::is_active_researcher(&researcher))
	}

	/// The weight of [`Self::is_eligible`] at most: the consortium's members and the binding
	/// (two reads), then two registrar queries. The session keys' read is in collator
	/// selection's own weights, which benchmark it with the session pallet.
	pub fn eligibility_weight() -> Weight {
		<Runtime as frame_system::Config>::DbWeight::get()
			.reads(2)
			.saturating_add(Registrar::query_weight().saturating_mul(2))
	}
}

impl ValidatorRegistration<AccountId> for CollatorRegistration {
	fn is_registered(who: &AccountId) -> bool {
		// Collator selection's benchmarks stand accounts the registrar and the consortium
		// have never seen; benchmark builds (never a live chain) check the session keys only.
		// What `is_eligible` adds is charged by `CollatorSelectionWeight` instead.
		<Session as ValidatorRegistration<AccountId>>::is_registered(who)
			&& (cfg!(feature = "runtime-benchmarks") || Self::is_eligible(who))
	}
}

/// `pallet_collator_selection`'s default weights (its `SubstrateWeight`, as for the
/// collective and membership), plus [`CollatorRegistration::eligibility_weight`] for each
/// account a call asks [`CollatorRegistration`] about.
pub struct CollatorSelectionWeight;

type CollatorSelectionDefaults = pallet_collator_selection::weights::SubstrateWeight<Runtime>;

impl pallet_collator_selection::WeightInfo for CollatorSelectionWeight {
	fn set_invulnerables(b: u32) -> Weight {
		CollatorSelectionDefaults::set_invulnerables(b)
			.saturating_add(CollatorRegistration::eligibility_weight().saturating_mul(u64::from(b)))
	}
	fn add_invulnerable(b: u32, c: u32) -> Weight {
		CollatorSelectionDefaults::add_invulnerable(b, c)
			.saturating_add(CollatorRegistration::eligibility_weight())
	}
	fn remove_invulnerable(b: u32) -> Weight {
		CollatorSelectionDefaults::remove_invulnerable(b)
	}
	fn set_desired_candidates() -> Weight {
		CollatorSelectionDefaults::set_desired_candidates()
	}
	fn set_candidacy_bond(c: u32, k: u32) -> Weight {
		CollatorSelectionDefaults::set_candidacy_bond(c, k)
	}
	fn register_as_candidate(c: u32) -> Weight {
		CollatorSelectionDefaults::register_as_candidate(c)
			.saturating_add(CollatorRegistration::eligibility_weight())
	}
	fn leave_intent(c: u32) -> Weight {
		CollatorSelectionDefaults::leave_intent(c)
	}
	fn update_bond(c: u32) -> Weight {
		CollatorSelectionDefaults::update_bond(c)
	}
	fn take_candidate_slot(c: u32) -> Weight {
		CollatorSelectionDefaults::take_candidate_slot(c)
			.saturating_add(CollatorRegistration::eligibility_weight())
	}
	fn note_author() -> Weight {
		CollatorSelectionDefaults::note_author()
	}
	fn new_session(r: u32, c: u32) -> Weight {
		CollatorSelectionDefaults::new_session(r, c)
	}
}
