//! Types the permissions pallet stores and takes in calls.

use frame::prelude::*;
pub use medrec_primitives::access::{
	Denial, EmergencyId, GrantId, GuardianPowers, PurposeCode, ReasonCode, Scope,
};
use medrec_primitives::{records::Grantee, ParticipantId};

/// Who made a grant.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub enum GrantedBy<AccountId> {
	/// The patient.
	#[codec(index = 0)]
	Patient,
	/// A guardian with the power to manage sharing, on the patient's behalf.
	#[codec(index = 1)]
	Guardian(AccountId),
	/// A provider breaking the glass in an emergency.
	#[codec(index = 2)]
	Emergency(EmergencyId),
}

/// A grant as stored, in its patient's [`Sharing`] record.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Grant<AccountId, BlockNumber, Balance> {
	/// Its number among the patient's grants: with the patient's participant number, its
	/// [`GrantId`].
	pub index: u64,
	/// Who receives access.
	pub grantee: Grantee<AccountId>,
	/// What it covers.
	pub scope: Scope,
	/// The first block it is valid in.
	pub start: BlockNumber,
	/// The first block it is no longer valid in; `None`: until revoked.
	pub expiry: Option<BlockNumber>,
	/// The block the patient made it in. A grant to a group reaches the members who were in
	/// the group by then, the ones the patient saw; a member its owner adds later is not
	/// covered.
	pub granted_at: BlockNumber,
	/// Why it was given.
	pub purpose: PurposeCode,
	/// Who made it.
	pub granted_by: GrantedBy<AccountId>,
	/// The participant whose deposit it holds (the patient; the provider for an emergency).
	pub payer: ParticipantId,
	/// The deposit.
	pub deposit: Balance,
}

impl<AccountId, BlockNumber: PartialOrd + Copy, Balance> Grant<AccountId, BlockNumber, Balance> {
	/// Whether the grant is valid in block `at`.
	pub fn is_valid_at(&self, at: BlockNumber) -> bool {
		self.start <= at && self.expiry.is_none_or(|expiry| at < expiry)
	}
}

/// Everything about one patient's sharing that an access decision needs, in one storage item:
/// whatever the number of grants and guardians, a decision reads it once. It stays once made
/// (an account and a counter when nothing is shared), so no grant id is ever given twice.
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
#[scale_info(skip_type_params(MaxGrants, MaxGuardians, MaxProviders))]
pub struct Sharing<
	AccountId,
	BlockNumber,
	Balance,
	MaxGrants: Get<u32>,
	MaxGuardians: Get<u32>,
	MaxProviders: Get<u32>,
> where
	AccountId: Clone + core::fmt::Debug + PartialEq + Eq,
	BlockNumber: Clone + core::fmt::Debug + PartialEq + Eq,
	Balance: Clone + core::fmt::Debug + PartialEq + Eq,
{
	/// The patient's account now (it follows rotations): a decision names the patient by
	/// account.
	pub account: AccountId,
	/// The number the patient's next grant gets.
	pub next_grant: u64,
	/// The patient's grants, oldest first.
	pub grants: BoundedVec<Grant<AccountId, BlockNumber, Balance>, MaxGrants>,
	/// The patient's guardians, in the order they began.
	pub guardians: BoundedVec<(AccountId, Guardianship<BlockNumber, Balance>), MaxGuardians>,
	/// The providers the patient has an active relationship with (told by the relationships
	/// pallet): a pointer of any other provider opens to no one but the patient.
	pub active_providers: BoundedVec<ParticipantId, MaxProviders>,
}

impl<AccountId, BlockNumber, Balance, MaxGrants, MaxGuardians, MaxProviders>
	Sharing<AccountId, BlockNumber, Balance, MaxGrants, MaxGuardians, MaxProviders>
where
	AccountId: Clone + core::fmt::Debug + PartialEq + Eq,
	BlockNumber: Clone + core::fmt::Debug + PartialEq + Eq,
	Balance: Clone + core::fmt::Debug + PartialEq + Eq,
	MaxGrants: Get<u32>,
	MaxGuardians: Get<u32>,
	MaxProviders: Get<u32>,
{
	/// A patient's record before anything is shared.
	pub fn new(account: AccountId) -> Self {
		Self {
			account,
			next_grant: 0,
			grants: BoundedVec::new(),
			guardians: BoundedVec::new(),
			active_providers: BoundedVec::new(),
		}
	}

	/// The guardianship of `who`, if they are a guardian.
	pub fn guardian(&self, who: &AccountId) -> Option<&Guardianship<BlockNumber, Balance>> {
		self.guardians.iter().find(|(g, _)| g == who).map(|(_, record)| record)
	}

	/// Where grant number `index` is in the list.
	pub fn position(&self, index: u64) -> Option<usize> {
		self.grants.binary_search_by_key(&index, |g| g.index).ok()
	}
}

/// Why the consortium decided on a guardian for a patient who could not choose one.
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
pub enum AppointmentBasis {
	/// The patient is a minor.
	#[codec(index = 0)]
	Minor,
	/// The patient cannot decide for themselves (incapacity, on the record the consortium
	/// examined).
	#[codec(index = 1)]
	Incapacity,
}

/// How a guardianship came about: always with the patient's consent, or by the consortium's
/// decision for a patient who cannot give it. A provider alone never makes one.
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
pub enum GuardianBasis {
	/// The patient chose the guardian ([`crate::Pallet::add_guardian`]).
	#[codec(index = 0)]
	Patient,
	/// A provider proposed the guardian and the patient accepted
	/// ([`crate::Pallet::accept_guardian`]).
	#[codec(index = 1)]
	Accepted {
		/// The provider that proposed it.
		proposer: ParticipantId,
	},
	/// The consortium appointed the guardian ([`crate::Pallet::appoint_guardian`]).
	#[codec(index = 2)]
	Appointed(AppointmentBasis),
}

/// A guardianship as stored.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Guardianship<BlockNumber, Balance> {
	/// What the guardian may do.
	pub powers: GuardianPowers,
	/// The first block it no longer holds in; `None`: until removed (only a guardian the
	/// patient chose may have no end).
	pub until: Option<BlockNumber>,
	/// How it came about.
	pub basis: GuardianBasis,
	/// The participant whose deposit it holds, if any (the consortium pays none).
	pub payer: Option<ParticipantId>,
	/// The deposit.
	pub deposit: Balance,
}

/// A provider's proposal of a guardian, waiting for the patient's answer.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct GuardianProposal<AccountId, BlockNumber, Balance> {
	/// The proposed guardian.
	pub guardian: AccountId,
	/// What they would be allowed to do.
	pub powers: GuardianPowers,
	/// The first block the guardianship would no longer hold in.
	pub until: BlockNumber,
	/// The provider that proposes it.
	pub proposer: ParticipantId,
	/// The block it was proposed in.
	pub proposed_at: BlockNumber,
	/// The deposit held from the provider; it carries over to the guardianship.
	pub deposit: Balance,
}

impl<BlockNumber: PartialOrd + Copy, Balance> Guardianship<BlockNumber, Balance> {
	/// Whether it holds in block `at`.
	pub fn holds_at(&self, at: BlockNumber) -> bool {
		self.until.is_none_or(|until| at < until)
	}
}

/// Where an emergency access stands with the patient.
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
pub enum Review {
	/// The patient (or a guardian) has not reviewed it yet.
	#[codec(index = 0)]
	Pending,
	/// The patient found it justified.
	#[codec(index = 1)]
	Accepted,
	/// The patient contests it; the consortium looks into it.
	#[codec(index = 2)]
	Contested,
}

/// An emergency ("break-glass") access as stored.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Emergency<AccountId, BlockNumber, Balance> {
	/// The patient.
	pub patient: ParticipantId,
	/// The certified provider the glass was broken for.
	pub provider: ParticipantId,
	/// The account that broke it: the provider's own, or a member of one of its groups (the
	/// emergency physician).
	pub opened_by: AccountId,
	/// The time-boxed grant it opened.
	pub grant: GrantId,
	/// Why, as a code.
	pub reason: ReasonCode,
	/// The block it was opened in.
	pub opened_at: BlockNumber,
	/// Where the review stands.
	pub review: Review,
	/// The deposit held from the provider for this record.
	pub deposit: Balance,
}

/// The grantee of a call: an account (known by participant number if registered) or a group.
pub type GranteeOf<T> = Grantee<<T as frame_system::Config>::AccountId>;
