//! Types the relationships pallet stores.

use frame::prelude::*;
use medrec_primitives::{
	records::{CategoryCode, FieldSet, PointerId, RecordRef, RelationshipStatus},
	Hash, ParticipantId,
};

/// Which side of a relationship did something.
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
pub enum Side {
	/// The patient.
	#[codec(index = 0)]
	Patient,
	/// The provider.
	#[codec(index = 1)]
	Provider,
}

/// A patient–provider relationship: MedRec's unit of the record map.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Relationship<Balance, BlockNumber> {
	/// Where it stands.
	pub status: RelationshipStatus,
	/// Who opened it (and pays its deposit): the provider, or the patient by invitation.
	pub opened_by: Side,
	/// The block it was opened in.
	pub opened_at: BlockNumber,
	/// The block its status or pointers last changed in.
	pub changed_at: BlockNumber,
	/// How many pointers it holds (listed in `PointersOf`, newest first): a whole history,
	/// with no cap.
	pub pointers: u32,
	/// The deposit held from the side that opened it.
	pub deposit: Balance,
}

/// A pointer into the provider's database.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Pointer<Balance, BlockNumber> {
	/// The patient whose record it points into.
	pub patient: ParticipantId,
	/// The provider whose database holds the record.
	pub provider: ParticipantId,
	/// 16 opaque bytes the provider's gatekeeper maps to one of its declared queries and an
	/// argument; unique among the provider's pointers.
	pub reference: RecordRef,
	/// Its category, from the vocabulary of `medrec_primitives::records::category`.
	pub category: CategoryCode,
	/// The fields the query returns.
	pub fields: FieldSet,
	/// The salted commitment to the data the query returns: BLAKE2-256 of the record's salt and
	/// data. The gatekeeper refuses to serve data that no longer matches it, and sends the salt
	/// with the data so the requester can check it too.
	pub content_hash: Hash,
	/// The block it was added or last changed in.
	pub updated_at: BlockNumber,
	/// The deposit held from the provider.
	pub deposit: Balance,
}

/// A viewer's entry for a patient who shares records with them.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Shared<BlockNumber> {
	/// Whether the viewer has seen the latest sharing.
	pub acknowledged: bool,
	/// Whether the viewer had acknowledged earlier sharing (the patient shared more since).
	pub updated: bool,
	/// The block sharing started or last grew in.
	pub changed_at: BlockNumber,
}

/// A pointer id as a storage key that sorts newest first: the big-endian bytes of its
/// complement. Storage iterates keys in byte order, so a relationship's pointers come newest
/// first and a page starts after any pointer without a scan.
pub type NewestFirst = [u8; 8];

/// `id` as a [`NewestFirst`] key.
pub fn newest_first(id: PointerId) -> NewestFirst {
	(!id).to_be_bytes()
}

/// The pointer id a [`NewestFirst`] key stands for.
pub fn pointer_of(key: NewestFirst) -> PointerId {
	!u64::from_be_bytes(key)
}
