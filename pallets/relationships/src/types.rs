//! Types the relationships pallet stores.

use frame::prelude::*;
use medrec_primitives::{
	records::{CategoryCode, FieldSet, PointerId, RelationshipStatus},
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
#[scale_info(skip_type_params(MaxPointers))]
pub struct Relationship<Balance, BlockNumber, MaxPointers: Get<u32>>
where
	Balance: Clone + core::fmt::Debug + PartialEq + Eq,
	BlockNumber: Clone + core::fmt::Debug + PartialEq + Eq,
{
	/// Where it stands.
	pub status: RelationshipStatus,
	/// Who opened it (and pays its deposit): the provider, or the patient by invitation.
	pub opened_by: Side,
	/// The block it was opened in.
	pub opened_at: BlockNumber,
	/// The block its status or pointers last changed in.
	pub changed_at: BlockNumber,
	/// Its pointers, oldest first.
	pub pointers: BoundedVec<PointerId, MaxPointers>,
	/// The deposit held from the side that opened it.
	pub deposit: Balance,
}

/// A pointer into the provider's database.
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
#[scale_info(skip_type_params(MaxQueryLen))]
pub struct Pointer<Balance, BlockNumber, MaxQueryLen: Get<u32>>
where
	Balance: Clone + core::fmt::Debug + PartialEq + Eq,
	BlockNumber: Clone + core::fmt::Debug + PartialEq + Eq,
{
	/// The patient whose record it points into.
	pub patient: ParticipantId,
	/// The provider whose database holds the record.
	pub provider: ParticipantId,
	/// The name of a query the provider's gatekeeper declares, with opaque parameters
	/// (`labs.hba1c:rec-0042`): never SQL, never health information.
	pub query: BoundedVec<u8, MaxQueryLen>,
	/// Opaque category code.
	pub category: CategoryCode,
	/// The fields the query returns.
	pub fields: FieldSet,
	/// BLAKE2-256 of the data the query returns; the gatekeeper refuses to serve data that
	/// no longer matches it.
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
