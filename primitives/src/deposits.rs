//! Deposits: what every MedRec pallet does with the funds it holds for storage its users
//! create. Each pallet holds under its own hold reason and keeps the amount with the item, so
//! that releasing returns exactly what was held.

use polkadot_sdk::{
	frame_support::traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
	sp_runtime::{
		traits::{AtLeast32BitUnsigned, Zero},
		DispatchResult,
	},
};

/// The deposit for `items` storage items of `bytes` bytes in all, at `per_item` and
/// `per_byte`.
pub fn price<B: AtLeast32BitUnsigned + Copy>(
	per_item: B,
	per_byte: B,
	items: u32,
	bytes: u32,
) -> B {
	per_item
		.saturating_mul(items.into())
		.saturating_add(per_byte.saturating_mul(bytes.into()))
}

/// Holds `amount` from `who` (nothing to do for zero).
pub fn hold<C: MutateHold<A>, A>(
	reason: &C::Reason,
	who: &A,
	amount: C::Balance,
) -> DispatchResult {
	if amount.is_zero() {
		return Ok(());
	}
	C::hold(reason, who, amount)
}

/// Releases exactly `amount` held from `who` (nothing to do for zero).
pub fn release<C: MutateHold<A>, A>(
	reason: &C::Reason,
	who: &A,
	amount: C::Balance,
) -> DispatchResult {
	if amount.is_zero() {
		return Ok(());
	}
	C::release(reason, who, amount, Precision::Exact).map(|_| ())
}

/// Moves everything `old` holds under `reason` to `new`, still held: what a pallet does when
/// the registrar rotates a participant's account (see [`crate::OnAccountRotated`]). The
/// registrar makes sure `new` exists first.
pub fn follow_rotation<C: MutateHold<A>, A>(
	reason: &C::Reason,
	old: &A,
	new: &A,
) -> DispatchResult {
	let held = C::balance_on_hold(reason, old);
	if held.is_zero() {
		return Ok(());
	}
	C::transfer_on_hold(
		reason,
		old,
		new,
		held,
		Precision::Exact,
		Restriction::OnHold,
		Fortitude::Polite,
	)
	.map(|_| ())
}
