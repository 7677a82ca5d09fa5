//! Weights of the relationships pallet's calls.
//!
//! Until `benchmarking.rs` is run on reference hardware (the node issue's benchmark script
//! writes the generated file over this one), these weights are derived from each call's storage
//! accesses, read off the code: database reads and writes at the runtime's `DbWeight`, a
//! compute allowance per call and per pointer a call walks, and a proof-size allowance per read
//! sized for the largest item read (a relationship listing its pointers). They over-estimate,
//! never under-estimate.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame::{deps::frame_support::weights::RuntimeDbWeight, weights_prelude::*};

/// Weight functions needed by the relationships pallet.
pub trait WeightInfo {
	fn open_relationship() -> Weight;
	fn invite_provider() -> Weight;
	fn add_pointer(p: u32) -> Weight;
	fn update_pointer() -> Weight;
	fn remove_pointer(p: u32) -> Weight;
	fn acknowledge() -> Weight;
	fn reject() -> Weight;
	fn terminate(p: u32) -> Weight;
	fn acknowledge_shared() -> Weight;
	/// Moving a participant's deposits after an account rotation.
	fn on_account_rotated() -> Weight;
	/// One `RecordIndex` query: a pointer and its relationship.
	fn record_query() -> Weight;
	/// One `SharingNotifier` call: a viewer's entry read and written.
	fn notify() -> Weight;
}

/// Compute allowance per call (50 µs) and per pointer a call walks (10 µs).
const BASE: u64 = 50_000_000;
const PER_ITEM: u64 = 10_000_000;
/// Proof size allowance per storage read: a relationship listing 64 pointer ids, or an account
/// with its holds.
const PROOF_PER_READ: u64 = 1_000;

fn estimate(db: RuntimeDbWeight, reads: u64, writes: u64, items: u32) -> Weight {
	let items = u64::from(items);
	db.reads_writes(reads, writes).saturating_add(Weight::from_parts(
		BASE.saturating_add(PER_ITEM.saturating_mul(items)),
		PROOF_PER_READ.saturating_mul(reads),
	))
}

/// Estimated weights, at the runtime's database weights. Registry queries (participant
/// numbers, roles) count one read each; a hold or release counts the account and its holds.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn open_relationship() -> Weight {
		estimate(T::DbWeight::get(), 8, 5, 0)
	}
	fn invite_provider() -> Weight {
		estimate(T::DbWeight::get(), 8, 5, 0)
	}
	fn add_pointer(p: u32) -> Weight {
		estimate(T::DbWeight::get(), 7, 5, p)
	}
	fn update_pointer() -> Weight {
		estimate(T::DbWeight::get(), 5, 2, 0)
	}
	fn remove_pointer(p: u32) -> Weight {
		estimate(T::DbWeight::get(), 6, 4, p)
	}
	fn acknowledge() -> Weight {
		estimate(T::DbWeight::get(), 3, 1, 0)
	}
	fn reject() -> Weight {
		estimate(T::DbWeight::get(), 3, 1, 0)
	}
	fn terminate(p: u32) -> Weight {
		let p64 = u64::from(p);
		estimate(T::DbWeight::get(), 7u64.saturating_add(p64), 7u64.saturating_add(p64), p)
	}
	fn acknowledge_shared() -> Weight {
		estimate(T::DbWeight::get(), 3, 1, 0)
	}
	fn on_account_rotated() -> Weight {
		estimate(T::DbWeight::get(), 4, 4, 0)
	}
	fn record_query() -> Weight {
		estimate(T::DbWeight::get(), 2, 0, 0)
	}
	fn notify() -> Weight {
		estimate(T::DbWeight::get(), 1, 1, 0)
	}
}
