//! # MedRec primitives
//!
//! The types every part of MedRec agrees on (accounts, balances, block numbers) and the
//! token and time constants the runtime is parameterised with.
//!
//! Pallets never depend on each other's crates: when one needs something another knows ("is
//! this account a registered provider?") it declares a trait here, the pallet that knows
//! implements it, and the runtime wires the two together.

#![cfg_attr(not(feature = "std"), no_std)]

use polkadot_sdk::sp_runtime::{
	traits::{IdentifyAccount, Verify},
	MultiSignature,
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
