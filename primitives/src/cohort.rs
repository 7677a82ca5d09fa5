//! Research cohorts: how many patients a provider can answer research for, as the chain knows
//! it.
//!
//! A provider's research answer (a bounty query's or a request's) may cover at most the
//! patients who have an active relationship with it ([`RelationshipStatus::is_active`]) and
//! consent to research in at least one category. Templates carry no category, so the chain
//! bounds a cohort by consent to research at all; the gatekeeper counts only the patients who
//! consent to the template's own category, never more.
//!
//! The research pallet keeps that number per provider, so that an answer is checked with one
//! read. The relationships pallet tells it when a relationship becomes or stops being active
//! ([`RelationshipActivity`]); when a patient's consent comes or goes, the research pallet
//! asks for the patient's active providers ([`ActiveRelationships`]).
//!
//! [`RelationshipStatus::is_active`]: crate::records::RelationshipStatus::is_active

use crate::ParticipantId;
use alloc::vec::Vec;
use polkadot_sdk::sp_weights::Weight;

/// Told when a patient–provider relationship becomes active or stops being active, after the
/// change is stored. Implemented by the research pallet; `()` does nothing.
///
/// The relationships pallet calls it exactly once per change of
/// [`RelationshipStatus::is_active`]: never twice in a row for the same pair and direction.
///
/// [`RelationshipStatus::is_active`]: crate::records::RelationshipStatus::is_active
pub trait RelationshipActivity {
	/// The relationship between `patient` and `provider` is active now (opened, an invitation
	/// accepted, a rejection taken back).
	fn activated(patient: ParticipantId, provider: ParticipantId);
	/// The relationship between `patient` and `provider` is no longer active (rejected, or
	/// ended while active).
	fn deactivated(patient: ParticipantId, provider: ParticipantId);
	/// Upper bound of the weight of one call of either method; the caller charges it.
	fn activity_weight() -> Weight;
}

impl RelationshipActivity for () {
	fn activated(_: ParticipantId, _: ParticipantId) {}
	fn deactivated(_: ParticipantId, _: ParticipantId) {}
	fn activity_weight() -> Weight {
		Weight::zero()
	}
}

/// Both are told (the runtime tells research and permissions).
impl<A: RelationshipActivity, B: RelationshipActivity> RelationshipActivity for (A, B) {
	fn activated(patient: ParticipantId, provider: ParticipantId) {
		A::activated(patient, provider);
		B::activated(patient, provider);
	}
	fn deactivated(patient: ParticipantId, provider: ParticipantId) {
		A::deactivated(patient, provider);
		B::deactivated(patient, provider);
	}
	fn activity_weight() -> Weight {
		A::activity_weight().saturating_add(B::activity_weight())
	}
}

/// A patient's active relationships, as the pallet that keeps them knows. Implemented by the
/// relationships pallet; `()` knows none.
pub trait ActiveRelationships {
	/// The most relationships (of any status) one patient may have: what bounds the work of
	/// [`Self::active_providers`].
	fn max_relationships() -> u32;
	/// The providers with which `patient` has an active relationship, and how many of the
	/// patient's relationships were read to find them: every one of them, whatever its status,
	/// at most [`Self::max_relationships`]. The caller weighs the call by that number.
	fn active_providers(patient: ParticipantId) -> (Vec<ParticipantId>, u32);
}

impl ActiveRelationships for () {
	fn max_relationships() -> u32 {
		0
	}
	fn active_providers(_: ParticipantId) -> (Vec<ParticipantId>, u32) {
		(Vec::new(), 0)
	}
}

/// Sets up active relationships in the benchmarks of pallets that count them (another pallet's
/// business). Implemented by the relationships pallet when built with `runtime-benchmarks`.
pub trait ActiveRelationshipsBenchmarkHelper<AccountId> {
	/// Makes the relationship between `patient`, a registered patient, and `provider`, an
	/// active provider with funds for a deposit, active: as when the provider opens it.
	fn activate(patient: &AccountId, provider: &AccountId);
}
