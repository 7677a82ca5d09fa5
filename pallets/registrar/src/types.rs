//! Types the registrar stores and takes in calls.

use frame::prelude::*;

/// A role a participant can hold. Calls take it as its code (`u8`), so that a wrong code is
/// answered with [`crate::Error::UnknownRole`] rather than an undecodable transaction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
	/// Code 0. Owns a record map; registers by themselves.
	Patient,
	/// Code 1. A hospital, clinic or lab; admitted by the consortium.
	Provider,
	/// Code 2. Runs or sponsors collators for research credits; admitted by the consortium.
	Researcher,
}

impl Role {
	/// The role of code `code`, if there is one.
	pub fn from_code(code: u8) -> Option<Self> {
		match code {
			0 => Some(Role::Patient),
			1 => Some(Role::Provider),
			2 => Some(Role::Researcher),
			_ => None,
		}
	}

	/// The role's code, as calls and events carry it.
	pub fn code(self) -> u8 {
		match self {
			Role::Patient => 0,
			Role::Provider => 1,
			Role::Researcher => 2,
		}
	}

	fn bit(self) -> u8 {
		1 << self.code()
	}
}

/// The set of roles a participant holds (bit `code` set for each role).
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

	/// The set as bits, as events carry it.
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
