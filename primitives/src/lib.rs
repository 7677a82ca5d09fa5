//! # MedRec primitives
//!
//! The types every part of MedRec agrees on (accounts, balances, block numbers) and the
//! token and time constants the runtime is parameterised with.
//!
//! Pallets never depend on each other's crates: when one needs something another knows ("is
//! this account a registered provider?") it declares a trait here, the pallet that knows
//! implements it, and the runtime wires the two together.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;
#[cfg(feature = "testing")]
extern crate std;

pub mod access;
pub mod api;
pub mod cohort;
pub mod deposits;
pub mod records;
pub mod research;
#[cfg(feature = "testing")]
pub mod testing;

use polkadot_sdk::{
	sp_runtime::{
		traits::{IdentifyAccount, Verify},
		MultiSignature,
	},
	sp_weights::Weight,
};

/// Signature type of the chain's transactions: sr25519, ed25519 or ecdsa.
pub type Signature = MultiSignature;

/// An account: the public key behind a [`Signature`] (32 bytes).
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// Amounts of the native token.
pub type Balance = u128;

/// Block height. `u32` lasts 800 years at 6-second blocks.
pub type BlockNumber = u32;

/// Transaction counter of an account.
pub type Nonce = u32;

/// Hash of blocks, state and records' content: BLAKE2-256.
pub type Hash = polkadot_sdk::sp_core::H256;

/// Token denominations. The native token (MEDR) has 12 decimals, like the relay chain's.
pub mod currency {
	use super::Balance;

	/// One MEDR.
	pub const UNIT: Balance = 1_000_000_000_000;
	/// A thousandth of a MEDR.
	pub const MILLIUNIT: Balance = 1_000_000_000;
	/// A millionth of a MEDR.
	pub const MICROUNIT: Balance = 1_000_000;

	/// The smallest balance an account may hold; below it the account is reaped.
	pub const EXISTENTIAL_DEPOSIT: Balance = MILLIUNIT;

	/// Deposit for storage an account creates: a base per item plus a price per byte.
	pub const fn deposit(items: u32, bytes: u32) -> Balance {
		(items as Balance)
			.saturating_mul(UNIT / 5)
			.saturating_add((bytes as Balance).saturating_mul(100 * MICROUNIT))
	}
}

/// Block production timing.
pub mod time {
	use super::BlockNumber;

	/// Target time between parachain blocks, in milliseconds: 6 s with async backing.
	pub const MILLISECS_PER_BLOCK: u64 = 6000;
	/// Aura slot length; equal to the block time.
	pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;

	/// Blocks in a minute.
	pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
	/// Blocks in an hour.
	pub const HOURS: BlockNumber = MINUTES * 60;
	/// Blocks in a day.
	pub const DAYS: BlockNumber = HOURS * 24;
}

/// Identifies a group of accounts a provider manages (an emergency department, a care team),
/// which can receive access as one.
pub type GroupId = u32;

/// `who` is a member of `group` since block `since`. A grant to a group reaches only the
/// members who were in it when the patient granted: the patient saw those, not the ones its
/// owner adds later.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	codec::Encode,
	codec::Decode,
	codec::DecodeWithMemTracking,
	codec::MaxEncodedLen,
	scale_info::TypeInfo,
)]
pub struct Membership {
	/// The group.
	pub group: GroupId,
	/// The block the member joined in.
	pub since: BlockNumber,
}

/// A participant's stable number, assigned by the registrar at first registration. It never
/// changes, not when the participant's account rotates and not when they leave and come back,
/// so pallets that key state by it follow rotations without rewriting anything.
pub type ParticipantId = u64;

/// What other pallets ask the registrar about participants. Implemented by the registrar
/// pallet; `()` knows no one (for pallets tested alone).
///
/// Every method but `groups_of` reads at most one storage item; callers charge
/// [`Self::query_weight`] per call (and per read `groups_of` makes).
pub trait ParticipantRegistry<AccountId> {
	/// Whether `who` is a registered patient.
	fn is_patient(who: &AccountId) -> bool;
	/// Whether `who` is an admitted provider that is not suspended.
	fn is_active_provider(who: &AccountId) -> bool;
	/// Whether `who` is an admitted researcher that is not suspended.
	fn is_active_researcher(who: &AccountId) -> bool;
	/// Whether `who` belongs to `group`.
	fn is_group_member(group: GroupId, who: &AccountId) -> bool;
	/// The provider that manages `group`, if the group exists.
	fn group_owner(group: GroupId) -> Option<AccountId>;
	/// The groups `who` belongs to whose owner is an active provider, each with the block
	/// `who` joined it. A bounded list, in one read: the same item as
	/// [`Self::participant_id`]'s, so asking both reads one item.
	fn groups_of(who: &AccountId) -> alloc::vec::Vec<Membership>;
	/// The participant number of `who`, if `who` has ever registered. One read.
	fn participant_id(who: &AccountId) -> Option<ParticipantId>;
	/// The participant number of `who` if `who` is a registered patient. One read.
	fn patient_id(who: &AccountId) -> Option<ParticipantId>;
	/// The account that holds participant `id` now.
	fn account_of(id: ParticipantId) -> Option<AccountId>;
	/// Upper bound of the weight of one call of any method above.
	fn query_weight() -> Weight;
}

impl<AccountId> ParticipantRegistry<AccountId> for () {
	fn is_patient(_: &AccountId) -> bool {
		false
	}
	fn is_active_provider(_: &AccountId) -> bool {
		false
	}
	fn is_active_researcher(_: &AccountId) -> bool {
		false
	}
	fn is_group_member(_: GroupId, _: &AccountId) -> bool {
		false
	}
	fn group_owner(_: GroupId) -> Option<AccountId> {
		None
	}
	fn groups_of(_: &AccountId) -> alloc::vec::Vec<Membership> {
		alloc::vec::Vec::new()
	}
	fn participant_id(_: &AccountId) -> Option<ParticipantId> {
		None
	}
	fn patient_id(_: &AccountId) -> Option<ParticipantId> {
		None
	}
	fn account_of(_: ParticipantId) -> Option<AccountId> {
		None
	}
	fn query_weight() -> Weight {
		Weight::zero()
	}
}

/// Told when a registration moves to a new account (a lost or compromised key), so that
/// pallets keyed by account follow it. Implemented for tuples: the runtime lists every
/// pallet that keeps per-account state.
pub trait OnAccountRotated<AccountId> {
	/// `old`'s registration now belongs to `new`. Returns the weight used; it must stay
	/// within [`Self::max_weight`].
	fn on_account_rotated(old: &AccountId, new: &AccountId) -> Weight;
	/// The most `on_account_rotated` may use; the rotation call charges it up front.
	fn max_weight() -> Weight;
}

#[impl_trait_for_tuples::impl_for_tuples(8)]
impl<AccountId> OnAccountRotated<AccountId> for Tuple {
	fn on_account_rotated(old: &AccountId, new: &AccountId) -> Weight {
		let mut weight = Weight::zero();
		for_tuples!( #( weight = weight.saturating_add(Tuple::on_account_rotated(old, new)); )* );
		weight
	}

	fn max_weight() -> Weight {
		let mut weight = Weight::zero();
		for_tuples!( #( weight = weight.saturating_add(Tuple::max_weight()); )* );
		weight
	}
}

#[cfg(test)]
mod tests {
	use super::{currency::*, time::*};

	#[test]
	fn time_units_are_consistent() {
		assert_eq!(MINUTES, 10);
		assert_eq!(HOURS, 600);
		assert_eq!(DAYS, 14_400);
	}

	#[test]
	fn deposit_grows_with_items_and_bytes() {
		assert_eq!(deposit(0, 0), 0);
		assert_eq!(deposit(1, 0), UNIT / 5);
		assert_eq!(deposit(1, 10), UNIT / 5 + 10 * 100 * MICROUNIT);
		assert!(EXISTENTIAL_DEPOSIT < deposit(1, 0));
	}
}
