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

/// A grant as stored.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Grant<AccountId, BlockNumber, Balance> {
	/// The patient whose records it opens.
	pub patient: ParticipantId,
	/// Who receives access.
	pub grantee: Grantee<AccountId>,
	/// What it covers.
	pub scope: Scope,
	/// The first block it is valid in.
	pub start: BlockNumber,
	/// The first block it is no longer valid in; `None`: until revoked.
	pub expiry: Option<BlockNumber>,
	/// Why it was given.
	pub purpose: PurposeCode,
	/// Who made it.
	pub granted_by: GrantedBy<AccountId>,
	/// The participant whose deposit it holds (the patient; the provider for an emergency).
	pub payer: ParticipantId,
	/// The deposit.
	pub deposit: Balance,
}

/// What an access decision reads of a grant, kept next to the other grants from the same
/// patient to the same grantee so that one read finds them all.
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
pub struct AccessEntry<BlockNumber> {
	/// The grant.
	pub grant: GrantId,
	/// What it covers.
	pub scope: Scope,
	/// The first block it is valid in.
	pub start: BlockNumber,
	/// The first block it is no longer valid in.
	pub expiry: Option<BlockNumber>,
	/// The block the patient made it in. A grant to a group reaches the members who were in
	/// the group by then, the ones the patient saw; a member its owner adds later is not
	/// covered.
	pub granted_at: BlockNumber,
}

impl<BlockNumber: PartialOrd + Copy> AccessEntry<BlockNumber> {
	/// Whether the grant is valid in block `at`.
	pub fn is_valid_at(&self, at: BlockNumber) -> bool {
		self.start <= at && self.expiry.is_none_or(|expiry| at < expiry)
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
