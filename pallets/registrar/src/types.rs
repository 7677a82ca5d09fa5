//! Types the registrar stores and takes in calls.

use frame::prelude::*;

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
	/// The roles held.
	pub roles: Roles,
	/// Set by the consortium: a suspended provider or researcher may not act as one.
	pub suspended: bool,
	/// Held from the participant for this record; zero when the consortium created it.
	pub deposit: Balance,
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
