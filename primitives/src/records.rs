//! Records as the chain sees them: pointers into providers' databases, grouped into
//! patient–provider relationships, and who they are shared with.
//!
//! Nothing here is health information: a pointer carries an opaque reference only the
//! provider's gatekeeper can resolve, a category from the small vocabulary in [`category`],
//! field codes and a salted content commitment. What the codes mean lives with the provider and
//! the patient.

use crate::{GroupId, Hash, ParticipantId, ParticipantRegistry};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::sp_weights::Weight;
use scale_info::TypeInfo;

/// Identifies a record pointer, chain-wide. Assigned in sequence by the relationships pallet.
pub type PointerId = u64;

/// A pointer's reference: 16 opaque bytes the provider's gatekeeper maps to one of its declared
/// queries and that query's argument. A gatekeeper derives it with a keyed hash, so it says
/// nothing about the record (not its kind, not its row) to anyone without the gatekeeper's
/// secret, and it cannot carry a readable name.
pub type RecordRef = [u8; 16];

/// A record category: one of the coarse classes of [`category`].
pub type CategoryCode = u32;

/// The category vocabulary: a few coarse, standard classes of records, and separate classes for
/// sensitive records. A pointer's category is one of these codes, so an observer of the chain
/// learns how many records of which class a patient has, and nothing finer. The standard
/// classes follow FHIR R4's resource types and US Core's categories; the sensitive ones are the
/// classes that law and practice (42 CFR Part 2, genetic privacy acts, HL7's confidentiality
/// codes) set apart, so a patient can share them, or not, on their own.
pub mod category {
	use super::CategoryCode;

	/// Clinical notes and documents (FHIR DocumentReference).
	pub const NOTE: CategoryCode = 1;
	/// Conditions and problems (FHIR Condition).
	pub const CONDITION: CategoryCode = 2;
	/// Medications (FHIR MedicationRequest, MedicationStatement).
	pub const MEDICATION: CategoryCode = 3;
	/// Allergies and intolerances (FHIR AllergyIntolerance).
	pub const ALLERGY: CategoryCode = 4;
	/// Immunizations (FHIR Immunization).
	pub const IMMUNIZATION: CategoryCode = 5;
	/// Procedures (FHIR Procedure).
	pub const PROCEDURE: CategoryCode = 6;
	/// Laboratory results (FHIR Observation, category `laboratory`).
	pub const LABORATORY: CategoryCode = 7;
	/// Imaging studies and reports (FHIR ImagingStudy, DiagnosticReport).
	pub const IMAGING: CategoryCode = 8;
	/// Vital signs (FHIR Observation, category `vital-signs`).
	pub const VITAL_SIGN: CategoryCode = 9;

	/// The first sensitive class: codes from here on are sensitive.
	pub const FIRST_SENSITIVE: CategoryCode = 64;
	/// Mental and behavioural health.
	pub const MENTAL_HEALTH: CategoryCode = 64;
	/// Sexual and reproductive health.
	pub const SEXUAL_HEALTH: CategoryCode = 65;
	/// Substance use disorder treatment.
	pub const SUBSTANCE_USE: CategoryCode = 66;
	/// Genetic and genomic testing.
	pub const GENETICS: CategoryCode = 67;

	/// Every code, standard classes first.
	pub const ALL: [CategoryCode; 13] = [
		NOTE,
		CONDITION,
		MEDICATION,
		ALLERGY,
		IMMUNIZATION,
		PROCEDURE,
		LABORATORY,
		IMAGING,
		VITAL_SIGN,
		MENTAL_HEALTH,
		SEXUAL_HEALTH,
		SUBSTANCE_USE,
		GENETICS,
	];

	/// Whether `code` is in the vocabulary.
	pub fn is_known(code: CategoryCode) -> bool {
		matches!(code, NOTE..=VITAL_SIGN | MENTAL_HEALTH..=GENETICS)
	}

	/// Whether `code` is one of the sensitive classes.
	pub fn is_sensitive(code: CategoryCode) -> bool {
		is_known(code) && code >= FIRST_SENSITIVE
	}

	#[cfg(test)]
	mod tests {
		use super::*;

		#[test]
		fn the_vocabulary_is_exactly_its_list() {
			for code in 0..1_000 {
				assert_eq!(is_known(code), ALL.contains(&code), "code {code}");
			}
			assert_eq!(ALL.iter().filter(|c| is_sensitive(**c)).count(), 4);
		}
	}
}

/// The fields of a pointer, as a set of field codes 0 to 63. A pointer says which fields its
/// query returns; a grant says which of them a viewer may see. A bit set makes "which of the
/// requested fields may this viewer see" one AND, whatever the number of fields.
#[derive(
	Clone,
	Copy,
	Default,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct FieldSet(pub u64);

impl FieldSet {
	/// No field.
	pub const EMPTY: FieldSet = FieldSet(0);
	/// Every field code.
	pub const ALL: FieldSet = FieldSet(u64::MAX);
	/// The highest field code.
	pub const MAX_CODE: u8 = 63;

	/// The set of `codes`, or `None` if a code is above [`Self::MAX_CODE`].
	pub fn from_codes(codes: &[u8]) -> Option<Self> {
		codes.iter().try_fold(Self::EMPTY, |set, &code| {
			(code <= Self::MAX_CODE).then(|| FieldSet(set.0 | (1u64 << code)))
		})
	}

	/// Whether field `code` is in the set.
	pub fn contains(self, code: u8) -> bool {
		code <= Self::MAX_CODE && self.0 & (1u64 << code) != 0
	}

	/// Whether every field of `self` is in `other`.
	pub fn is_subset_of(self, other: FieldSet) -> bool {
		self.0 & !other.0 == 0
	}

	/// The fields in both sets.
	pub fn intersection(self, other: FieldSet) -> FieldSet {
		FieldSet(self.0 & other.0)
	}

	/// The fields in either set.
	pub fn union(self, other: FieldSet) -> FieldSet {
		FieldSet(self.0 | other.0)
	}

	/// Whether the set is empty.
	pub fn is_empty(self) -> bool {
		self.0 == 0
	}

	/// The field codes in the set, ascending.
	pub fn codes(self) -> impl Iterator<Item = u8> {
		(0..=Self::MAX_CODE).filter(move |&code| self.contains(code))
	}
}

/// Where a patient–provider relationship stands, as the patient's summary shows it.
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
pub enum RelationshipStatus {
	/// The patient invited the provider, which has not accepted yet. Holds no pointers.
	#[codec(index = 0)]
	Invited,
	/// The provider opened the relationship; the patient has not looked at it yet.
	#[codec(index = 1)]
	New,
	/// The provider changed pointers since the patient last acknowledged.
	#[codec(index = 2)]
	Updated,
	/// The patient has seen every change.
	#[codec(index = 3)]
	Acknowledged,
	/// The patient refused the relationship: the provider cannot add or change pointers, and
	/// nobody but the patient can reach the ones it holds.
	#[codec(index = 4)]
	Rejected,
}

impl RelationshipStatus {
	/// Whether the relationship's pointers can be shared and read: opened by the provider and
	/// not refused by the patient.
	pub fn is_active(self) -> bool {
		matches!(self, Self::New | Self::Updated | Self::Acknowledged)
	}

	/// Whether the patient has something to look at.
	pub fn is_pending(self) -> bool {
		matches!(self, Self::New | Self::Updated)
	}
}

/// What an access decision needs to know about a pointer.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct PointerInfo {
	/// The patient whose record it points into.
	pub patient: ParticipantId,
	/// The provider whose database holds the record.
	pub provider: ParticipantId,
	/// Its category.
	pub category: CategoryCode,
	/// The fields its query returns.
	pub fields: FieldSet,
	/// BLAKE2-256 of the data its query returns, as the provider last recorded it.
	pub content_hash: Hash,
}

/// A root of a provider's disclosure receipts, anchored on chain by its gatekeeper. A
/// provider's receipts are numbered from 0 without gaps; this anchor covers receipts
/// `first .. first + count`, as leaves of the binary Merkle tree whose root is `root` (the
/// gatekeeper crate's `merkle` module defines the tree).
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
pub struct ReceiptAnchor<BlockNumber> {
	/// The Merkle root.
	pub root: Hash,
	/// The number of the first receipt under it.
	pub first: u64,
	/// How many receipts are under it.
	pub count: u32,
	/// The block it was anchored in.
	pub anchored_at: BlockNumber,
}

/// What a provider has anchored so far.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct AnchorTotals {
	/// Anchors made; the next anchor's index.
	pub anchors: u32,
	/// Receipts under them; the number of the next anchor's first receipt.
	pub receipts: u64,
}

/// What other pallets ask the relationships pallet about records. Implemented by the
/// relationships pallet; `()` knows no record.
pub trait RecordIndex {
	/// The pointer `id`, if it exists. One storage read: whether its relationship is active
	/// is not part of it (the permissions pallet learns that through
	/// [`crate::cohort::RelationshipActivity`]).
	fn pointer(id: PointerId) -> Option<PointerInfo>;
	/// Whether `patient` and `provider` have an active relationship. One storage read.
	fn is_active(patient: ParticipantId, provider: ParticipantId) -> bool;
	/// Upper bound of the weight of one call of either method.
	fn query_weight() -> Weight;
}

impl RecordIndex for () {
	fn pointer(_: PointerId) -> Option<PointerInfo> {
		None
	}
	fn is_active(_: ParticipantId, _: ParticipantId) -> bool {
		false
	}
	fn query_weight() -> Weight {
		Weight::zero()
	}
}

/// Who can receive access to a patient's records.
#[derive(
	Clone,
	Debug,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum Grantee<AccountId> {
	/// A registered participant, by number: follows the participant's account rotations.
	#[codec(index = 0)]
	Participant(ParticipantId),
	/// An account that is not registered (a relative, an app).
	#[codec(index = 1)]
	Account(AccountId),
	/// A provider's group of accounts, as one.
	#[codec(index = 2)]
	Group(GroupId),
}

impl<AccountId> Grantee<AccountId> {
	/// How `who` is known as a grantee: by participant number if registered, else by account.
	/// Every pallet keys grantees this way, so the same person is one grantee.
	pub fn of<R: ParticipantRegistry<AccountId>>(who: AccountId) -> Self {
		match R::participant_id(&who) {
			Some(id) => Grantee::Participant(id),
			None => Grantee::Account(who),
		}
	}
}

/// The relationships pallet keeps each viewer's list of patients who share with them (the
/// viewer side of MedRec's summary). The pallet that manages grants tells it when sharing
/// starts, grows or ends; `()` keeps no list.
pub trait SharingNotifier<AccountId> {
	/// `patient` shares something new with `viewer`: the viewer's entry for the patient is
	/// created or marked updated.
	fn shared(viewer: &Grantee<AccountId>, patient: ParticipantId);
	/// `patient` shares nothing with `viewer` any more: the entry goes.
	fn unshared(viewer: &Grantee<AccountId>, patient: ParticipantId);
	/// Upper bound of the weight of one call of either method.
	fn notify_weight() -> Weight;
	/// The patients that share something with `viewer`, for listing (runtime APIs, not
	/// calls: it reads one item per patient).
	fn sharing_with(viewer: &Grantee<AccountId>) -> alloc::vec::Vec<ParticipantId>;
}

impl<AccountId> SharingNotifier<AccountId> for () {
	fn shared(_: &Grantee<AccountId>, _: ParticipantId) {}
	fn unshared(_: &Grantee<AccountId>, _: ParticipantId) {}
	fn sharing_with(_: &Grantee<AccountId>) -> alloc::vec::Vec<ParticipantId> {
		alloc::vec::Vec::new()
	}
	fn notify_weight() -> Weight {
		Weight::zero()
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn field_sets() {
		let set = FieldSet::from_codes(&[0, 5, 63]).unwrap();
		assert!(set.contains(0) && set.contains(5) && set.contains(63));
		assert!(!set.contains(1) && !set.contains(64));
		assert_eq!(set.codes().collect::<Vec<_>>(), vec![0, 5, 63]);
		assert_eq!(FieldSet::from_codes(&[64]), None);
		let five = FieldSet::from_codes(&[5]).unwrap();
		assert!(five.is_subset_of(set) && !set.is_subset_of(five));
		assert_eq!(set.intersection(five), five);
		assert_eq!(five.union(FieldSet::from_codes(&[0]).unwrap()).codes().count(), 2);
		assert!(FieldSet::EMPTY.is_empty() && FieldSet::EMPTY.is_subset_of(five));
	}

	#[test]
	fn statuses() {
		use RelationshipStatus::*;
		let active: Vec<_> = [Invited, New, Updated, Acknowledged, Rejected]
			.into_iter()
			.filter(|s| s.is_active())
			.collect();
		assert_eq!(active, vec![New, Updated, Acknowledged]);
		assert!(New.is_pending() && Updated.is_pending() && !Acknowledged.is_pending());
	}
}
