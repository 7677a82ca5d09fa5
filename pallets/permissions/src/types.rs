//! Types the permissions pallet stores and takes in calls.

use frame::prelude::*;
pub use medrec_primitives::access::{Denial, EmergencyId, GrantId, PurposeCode, ReasonCode, Scope};
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
}

impl<BlockNumber: PartialOrd + Copy> AccessEntry<BlockNumber> {
	/// Whether the grant is valid in block `at`.
	pub fn is_valid_at(&self, at: BlockNumber) -> bool {
		self.start <= at && self.expiry.is_none_or(|expiry| at < expiry)
	}
}

/// What a guardian may do for a patient.
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
pub enum GuardianPowers {
	/// See the patient's records, as the patient does.
	#[codec(index = 0)]
	View,
	/// See them, and grant and revoke access on the patient's behalf.
	#[codec(index = 1)]
	ManageSharing,
}

/// A guardianship as stored.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Guardianship<BlockNumber, Balance> {
	/// What the guardian may do.
	pub powers: GuardianPowers,
	/// The first block it no longer holds in (a minor's majority); `None`: until removed.
	pub until: Option<BlockNumber>,
	/// Whether a provider or the consortium appointed it (a minor's guardian) rather than the
	/// patient.
	pub appointed: bool,
	/// The participant whose deposit it holds, if any (the consortium pays none).
	pub payer: Option<ParticipantId>,
	/// The deposit.
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
pub struct Emergency<BlockNumber, Balance> {
	/// The patient.
	pub patient: ParticipantId,
	/// The provider that broke the glass.
	pub provider: ParticipantId,
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
