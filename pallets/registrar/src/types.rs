//! Types the registrar stores and takes in calls.

use frame::prelude::*;
use medrec_primitives::{BlockNumber, GroupId, ParticipantId};

/// A role a participant can hold. Calls and events carry it as this enum, so a wallet shows
/// the role's name to the person signing; its SCALE codes are the chain's role codes (0
/// patient, 1 provider, 2 researcher) and must never change, since [`Roles`] stores one bit
/// per code.
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
pub enum Role {
	/// Owns a record map; registers by themselves.
	#[codec(index = 0)]
	Patient,
	/// A hospital, clinic or lab; admitted by the consortium.
	#[codec(index = 1)]
	Provider,
	/// Runs or sponsors collators for research credits; admitted by the consortium.
	#[codec(index = 2)]
	Researcher,
}

impl Role {
	/// The role's bit in [`Roles`]: bit N for the role of code N.
	fn bit(self) -> u8 {
		match self {
			Role::Patient => 1 << 0,
			Role::Provider => 1 << 1,
			Role::Researcher => 1 << 2,
		}
	}
}

/// The set of roles a participant holds: bit N set for the [`Role`] of code N.
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
pub struct Roles(u8);

impl Roles {
	/// No role.
	pub const NONE: Roles = Roles(0);

	/// Whether `role` is in the set.
	pub fn contains(self, role: Role) -> bool {
		self.0 & role.bit() != 0
	}

	/// The set with `role` added.
	pub fn with(self, role: Role) -> Self {
		Roles(self.0 | role.bit())
	}

	/// The set with `role` removed.
	pub fn without(self, role: Role) -> Self {
		Roles(self.0 & !role.bit())
	}

	/// Whether the set is empty.
	pub fn is_empty(self) -> bool {
		self.0 == 0
	}

	/// The set as bits, as it is stored.
	pub fn bits(self) -> u8 {
		self.0
	}
}

/// A registered participant.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Participant<Balance> {
	/// The participant number (as in the account's [`Card`]), kept here too so that "is this
	/// account a patient, and which one" is one read.
	pub id: ParticipantId,
	/// The roles held.
	pub roles: Roles,
	/// Set by the consortium: a suspended provider or researcher may not act as one.
	pub suspended: bool,
	/// Held from the participant for this record; zero when the consortium created it.
	pub deposit: Balance,
}

impl<Balance> Participant<Balance> {
	/// Whether it is a provider and not suspended.
	pub fn is_active_provider(&self) -> bool {
		self.roles.contains(Role::Provider) && !self.suspended
	}
}

/// What a provider publishes about itself. No PHI: the institution's name is public.
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
#[scale_info(skip_type_params(MaxName, MaxEndpoint))]
pub struct ProviderProfile<Balance, MaxName: Get<u32>, MaxEndpoint: Get<u32>>
where
	Balance: Clone + core::fmt::Debug + PartialEq + Eq,
{
	/// Institution name (UTF-8), public.
	pub name: BoundedVec<u8, MaxName>,
	/// URL of the provider's gatekeeper (`https://…`; `http://` only for loopback hosts).
	pub endpoint: BoundedVec<u8, MaxEndpoint>,
	/// The gatekeeper's sr25519 public key: it signs disclosure receipts.
	pub signing_key: [u8; 32],
	/// Held from the provider for this profile; zero when the consortium wrote it.
	pub deposit: Balance,
}

/// A provider-managed group of accounts that can receive access as one.
#[derive(
	Clone, Debug, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo,
)]
pub struct Group<AccountId, Balance> {
	/// The provider that manages the group.
	pub owner: AccountId,
	/// How many members the group has.
	pub members: u32,
	/// Held from the owner: the group record plus one item per member.
	pub deposit: Balance,
}

/// A group an account belongs to, as the account's [`Card`] keeps it.
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
pub struct CardMembership {
	/// The group.
	pub group: GroupId,
	/// The block the account joined it in.
	pub since: BlockNumber,
	/// Whether the group's owner is an active provider now: a group conveys nothing while its
	/// owner is suspended or no longer a provider. The registrar rewrites it on every card
	/// concerned when the owner's standing changes.
	pub owner_active: bool,
}

/// What the chain knows of one account that an access decision needs, in one read: its
/// participant number and the groups it is in.
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
#[scale_info(skip_type_params(MaxMemberships))]
pub struct Card<MaxMemberships: Get<u32>> {
	/// The account's participant number, if it ever registered: kept when it leaves, so
	/// that coming back restores it and whatever other pallets keep under it; moved by
	/// rotation.
	pub participant: Option<ParticipantId>,
	/// The groups it is in, in the order it joined them.
	pub memberships: BoundedVec<CardMembership, MaxMemberships>,
}

impl<MaxMemberships: Get<u32>> Default for Card<MaxMemberships> {
	fn default() -> Self {
		Self { participant: None, memberships: BoundedVec::new() }
	}
}

impl<MaxMemberships: Get<u32>> Card<MaxMemberships> {
	/// Whether there is nothing to keep.
	pub fn is_empty(&self) -> bool {
		self.participant.is_none() && self.memberships.is_empty()
	}
}
