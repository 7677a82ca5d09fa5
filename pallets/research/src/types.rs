//! Types the research pallet stores and takes in calls.

use frame::prelude::*;
use medrec_primitives::{Hash, ParticipantId};

pub use medrec_primitives::research::{Credits, TemplateCode};

/// Identifies a bounty query, chain-wide. Assigned in sequence.
pub type BountyId = u64;

/// Identifies a research request, chain-wide. Assigned in sequence.
pub type RequestId = u64;

/// The consortium's settings for research mining.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct Parameters<BlockNumber> {
	/// Credits a researcher earns for each block one of its collators authors.
	pub credits_per_block: Credits,
	/// Credits a research request costs per provider it asks.
	pub request_cost: Credits,
	/// No aggregate may cover fewer patients than this, whatever a request or policy says.
	pub min_cohort_floor: u32,
	/// How long a request stays open, in blocks.
	pub request_lifetime: BlockNumber,
}

/// Who owns a bounty query: the researcher behind the collator that included it, or the
/// collator's own account when no researcher is bound to it.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum Owner<AccountId> {
	/// A researcher, by participant number.
	#[codec(index = 0)]
	Researcher(ParticipantId),
	/// A collator account bound to no researcher.
	#[codec(index = 1)]
	Collator(AccountId),
	/// The block had no known author (a development chain sealing without one).
	#[codec(index = 2)]
	Nobody,
}

/// An aggregate a provider offers with its record updates (MedRec's "bounty query").
#[derive(
	CloneNoBound,
	DebugNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxParamsLen))]
pub struct BountyQuery<AccountId, BlockNumber, Balance, MaxParamsLen: Get<u32>>
where
	AccountId: Clone + core::fmt::Debug + PartialEq + Eq,
	BlockNumber: Clone + core::fmt::Debug + PartialEq + Eq,
	Balance: Clone + core::fmt::Debug + PartialEq + Eq,
{
	/// The provider that answers it.
	pub provider: ParticipantId,
	/// Which of the provider's aggregate templates.
	pub template: TemplateCode,
	/// The template's parameters (printable ASCII): research parameters, never health data.
	/// They are on chain so that the owner, who did not write them, can redeem the query.
	pub params: BoundedVec<u8, MaxParamsLen>,
	/// BLAKE2-256 of `params`, what a gatekeeper checks a redemption against (as for
	/// requests, whose parameters only the researcher holds).
	pub params_hash: Hash,
	/// The smallest cohort it may be answered over.
	pub min_cohort: u32,
	/// Who may redeem it.
	pub owner: Owner<AccountId>,
	/// The block that included it.
	pub included_at: BlockNumber,
	/// The answer, once the provider has given it: BLAKE2-256 of the result and the cohort
	/// size.
	pub answer: Option<(Hash, u32)>,
	/// The deposit held from the provider.
	pub deposit: Balance,
}

/// A researcher's request for an aggregate from some providers.
#[derive(
	CloneNoBound,
	DebugNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxTargets))]
pub struct Request<BlockNumber, Balance, MaxTargets: Get<u32>>
where
	BlockNumber: Clone + core::fmt::Debug + PartialEq + Eq,
	Balance: Clone + core::fmt::Debug + PartialEq + Eq,
{
	/// The researcher.
	pub researcher: ParticipantId,
	/// Which aggregate template.
	pub template: TemplateCode,
	/// BLAKE2-256 of the template's parameters.
	pub params_hash: Hash,
	/// The smallest cohort it may be answered over.
	pub min_cohort: u32,
	/// The providers asked who have not answered yet.
	pub pending: BoundedVec<ParticipantId, MaxTargets>,
	/// The credits each answer spends (the `request_cost` when it was made).
	pub cost_per_answer: Credits,
	/// The first block it is no longer open in.
	pub expires_at: BlockNumber,
	/// The deposit held from the researcher.
	pub deposit: Balance,
}

impl<BlockNumber, Balance, MaxTargets: Get<u32>> Request<BlockNumber, Balance, MaxTargets>
where
	BlockNumber: Clone + core::fmt::Debug + PartialEq + Eq,
	Balance: Clone + core::fmt::Debug + PartialEq + Eq,
{
	/// The credits held for the answers still due: `cost_per_answer` for each pending provider.
	pub fn escrow(&self) -> Credits {
		self.cost_per_answer.saturating_mul(self.pending.len() as Credits)
	}
}

/// A provider's release policy: which aggregate templates it answers, over at least how many
/// patients.
#[derive(
	CloneNoBound,
	DebugNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxTemplates))]
pub struct ReleasePolicy<Balance, MaxTemplates: Get<u32>>
where
	Balance: Clone + core::fmt::Debug + PartialEq + Eq,
{
	/// The templates it answers.
	pub templates: BoundedVec<TemplateCode, MaxTemplates>,
	/// Its own cohort floor (at least the consortium's).
	pub min_cohort: u32,
	/// The deposit held from the provider.
	pub deposit: Balance,
}
