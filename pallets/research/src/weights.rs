//! Weights of the research pallet's calls and per-block hook.
//!
//! Until `benchmarking.rs` is run on reference hardware (the node issue's benchmark script
//! writes the generated file over this one), these weights are derived from each call's storage
//! accesses, read off the code: database reads and writes at the runtime's `DbWeight`, a
//! compute allowance per call and per provider a request names, and a proof-size allowance per
//! read sized for the largest item read (a request naming 16 providers). They over-estimate,
//! never under-estimate.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame::{deps::frame_support::weights::RuntimeDbWeight, weights_prelude::*};

/// Weight functions needed by the research pallet.
pub trait WeightInfo {
	fn bind_collator() -> Weight;
	fn unbind_collator() -> Weight;
	fn submit_bounty_query() -> Weight;
	fn answer_bounty_query() -> Weight;
	fn request_aggregate(p: u32) -> Weight;
	fn answer_request(p: u32) -> Weight;
	fn expire_request() -> Weight;
	fn set_consent() -> Weight;
	fn set_release_policy() -> Weight;
	fn set_parameters() -> Weight;
	/// The per-block hook, when the author is bound (its worst case).
	fn on_initialize() -> Weight;
	/// Moving a participant's deposits and binding after an account rotation.
	fn on_account_rotated() -> Weight;
}

/// Compute allowance per call (50 µs) and per provider a request names (10 µs).
const BASE: u64 = 50_000_000;
const PER_ITEM: u64 = 10_000_000;
/// Proof size allowance per storage read.
const PROOF_PER_READ: u64 = 1_000;

fn estimate(db: RuntimeDbWeight, reads: u64, writes: u64, items: u32) -> Weight {
	let items = u64::from(items);
	db.reads_writes(reads, writes).saturating_add(Weight::from_parts(
		BASE.saturating_add(PER_ITEM.saturating_mul(items)),
		PROOF_PER_READ.saturating_mul(reads),
	))
}

/// Estimated weights, at the runtime's database weights. Registry queries count one read
/// each; a hold or release counts the account and its holds.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn bind_collator() -> Weight {
		estimate(T::DbWeight::get(), 6, 4, 0)
	}
	fn unbind_collator() -> Weight {
		estimate(T::DbWeight::get(), 5, 4, 0)
	}
	fn submit_bounty_query() -> Weight {
		// Provider checks, parameters, policy, author, binding, next id, hold.
		estimate(T::DbWeight::get(), 10, 4, 0)
	}
	fn answer_bounty_query() -> Weight {
		estimate(T::DbWeight::get(), 4, 1, 0)
	}
	fn request_aggregate(p: u32) -> Weight {
		let p64 = u64::from(p);
		estimate(T::DbWeight::get(), 7u64.saturating_add(p64.saturating_mul(2)), 5, p)
	}
	fn answer_request(p: u32) -> Weight {
		estimate(T::DbWeight::get(), 8, 6, p)
	}
	fn expire_request() -> Weight {
		estimate(T::DbWeight::get(), 5, 4, 0)
	}
	fn set_consent() -> Weight {
		estimate(T::DbWeight::get(), 5, 3, 0)
	}
	fn set_release_policy() -> Weight {
		estimate(T::DbWeight::get(), 6, 3, 0)
	}
	fn set_parameters() -> Weight {
		estimate(T::DbWeight::get(), 0, 1, 0)
	}
	fn on_initialize() -> Weight {
		// Author (digest and session), binding, parameters, credits, minted.
		estimate(T::DbWeight::get(), 6, 2, 0)
	}
	fn on_account_rotated() -> Weight {
		estimate(T::DbWeight::get(), 7, 7, 0)
	}
}
