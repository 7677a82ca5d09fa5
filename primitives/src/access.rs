//! Access to records: what a grant covers, and why a decision says no. Shared by the
//! permissions pallet, `MedRecApi` and the gatekeeper.

use crate::{
	records::{CategoryCode, FieldSet, Grantee, PointerId, PointerInfo},
	ParticipantId,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Identifies a grant, chain-wide: the patient's participant number in the high 64 bits, the
/// patient's own sequence number of the grant in the low 64. A grant lives in its patient's
/// sharing record, so its id says where to find it without an index to keep; to wallets it is
/// an opaque number.
pub type GrantId = u128;

/// The id of `patient`'s grant number `index`.
pub fn grant_id(patient: ParticipantId, index: u64) -> GrantId {
	(GrantId::from(patient) << 64) | GrantId::from(index)
}

/// The patient whose grant `id` is, and its number among theirs.
pub fn grant_parts(id: GrantId) -> (ParticipantId, u64) {
	// Truncation is the point: the id is the two numbers side by side.
	((id >> 64) as ParticipantId, id as u64)
}

/// Identifies an emergency access, chain-wide. Assigned in sequence.
pub type EmergencyId = u64;

/// An opaque purpose code (treatment, second opinion, insurance, family care…), meaningful to
/// the patient and the grantee.
pub type PurposeCode = u16;

/// An opaque reason code for an emergency access, meaningful to the consortium.
pub type ReasonCode = u16;

/// What a grant covers, from widest to narrowest.
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
pub enum Scope {
	/// Every pointer of the patient, with every field.
	#[codec(index = 0)]
	Record,
	/// Every pointer in the patient's relationship with one provider (by participant number).
	#[codec(index = 1)]
	Provider(ParticipantId),
	/// Every pointer of one category, across providers.
	#[codec(index = 2)]
	Category(CategoryCode),
	/// One pointer, with every field.
	#[codec(index = 3)]
	Pointer(PointerId),
	/// Some fields of one pointer.
	#[codec(index = 4)]
	Fields(PointerId, FieldSet),
}

impl Scope {
	/// The fields of `pointer` (number `id`) this scope opens: none if it does not cover it.
	pub fn fields_of(self, id: PointerId, pointer: &PointerInfo) -> FieldSet {
		let covered = match self {
			Scope::Record => true,
			Scope::Provider(provider) => provider == pointer.provider,
			Scope::Category(category) => category == pointer.category,
			Scope::Pointer(p) => p == id,
			Scope::Fields(p, fields) => return if p == id { fields } else { FieldSet::EMPTY },
		};
		if covered {
			FieldSet::ALL
		} else {
			FieldSet::EMPTY
		}
	}
}

/// Why `can_access` says no.
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
pub enum Denial {
	/// The patient is not registered. Not returned since runtime spec 6: a decision reads the
	/// pointer's patient, and any other account, registered or not, is
	/// [`Denial::WrongPatient`].
	#[codec(index = 0)]
	UnknownPatient,
	/// No such pointer.
	#[codec(index = 1)]
	UnknownPointer,
	/// The pointer is another patient's (or the account named as the patient is not one).
	#[codec(index = 2)]
	WrongPatient,
	/// None of the requested fields is one the pointer returns.
	#[codec(index = 3)]
	NoSuchFields,
	/// The pointer's relationship is not active (invited, rejected by the patient).
	#[codec(index = 4)]
	Inactive,
	/// A grant covered it once (or will), but is not valid at the block asked about.
	#[codec(index = 5)]
	NotValidAt,
	/// No grant covers any requested field.
	#[codec(index = 6)]
	NoGrant,
}

/// A grant as `MedRecApi` shows it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct GrantView<AccountId, BlockNumber> {
	/// The grant.
	pub id: GrantId,
	/// The patient's account.
	pub patient: AccountId,
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
	/// The guardian who made it for the patient, if one did.
	pub guardian: Option<AccountId>,
	/// The emergency access that opened it, if it is one.
	pub emergency: Option<EmergencyId>,
}

/// An emergency access awaiting the patient's review, as `MedRecApi` shows it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct EmergencyView<AccountId, BlockNumber> {
	/// The emergency access.
	pub id: EmergencyId,
	/// The certified provider the glass was broken for.
	pub provider: AccountId,
	/// Who broke it: the provider's own account or a member of one of its groups.
	pub opened_by: AccountId,
	/// Why, as a code.
	pub reason: ReasonCode,
	/// The block it was opened in.
	pub opened_at: BlockNumber,
	/// The grant it opened.
	pub grant: GrantId,
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

/// A patient a guardian acts for, as `MedRecApi` shows it to the guardian.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct WardView<AccountId, BlockNumber> {
	/// The patient's account.
	pub patient: AccountId,
	/// What the guardian may do.
	pub powers: GuardianPowers,
	/// The first block the guardianship no longer holds in; `None`: until removed.
	pub until: Option<BlockNumber>,
	/// Whether the consortium appointed the guardian (for a minor or an incapacitated
	/// patient) rather than the patient choosing them.
	pub appointed: bool,
}
