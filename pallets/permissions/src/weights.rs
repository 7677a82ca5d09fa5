//! Weights of the permissions pallet's calls.
//!
//! Until `benchmarking.rs` is run on reference hardware (the node issue's benchmark script
//! writes the generated file over this one), these weights are derived from each call's storage
//! accesses, read off the code: database reads and writes at the runtime's `DbWeight`, a
//! compute allowance per call, and a proof-size allowance per read sized for the largest item
//! read (an access list of 16 entries, an account with its holds). They over-estimate, never
//! under-estimate.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame::{deps::frame_support::weights::RuntimeDbWeight, weights_prelude::*};

/// Weight functions needed by the permissions pallet.
pub trait WeightInfo {
	fn grant() -> Weight;
	fn revoke() -> Weight;
	fn remove_expired() -> Weight;
	fn add_guardian() -> Weight;
	fn appoint_guardian() -> Weight;
	fn remove_guardian() -> Weight;
	fn certify_emergency() -> Weight;
	fn break_glass() -> Weight;
	fn review_emergency() -> Weight;
	fn close_emergency() -> Weight;
	/// Moving a participant's deposits after an account rotation.
	fn on_account_rotated() -> Weight;
	/// One access decision (`can_access`) when the patient has `g` grants, at its worst case:
	/// the viewer in the most groups. It must not grow with `g`.
	fn can_access(g: u32) -> Weight;
}

/// Compute allowance per call (50 µs).
const BASE: u64 = 50_000_000;
/// Proof size allowance per storage read.
const PROOF_PER_READ: u64 = 1_500;

fn estimate(db: RuntimeDbWeight, reads: u64, writes: u64) -> Weight {
	db.reads_writes(reads, writes)
		.saturating_add(Weight::from_parts(BASE, PROOF_PER_READ.saturating_mul(reads)))
}

/// Estimated weights, at the runtime's database weights. Registry and record queries count one
/// read each (a pointer two); a hold or release counts the account and its holds; the
/// viewer-side notification one read and one write.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn grant() -> Weight {
		// Guardian, patient checks, grantee, pointer, count, next id, access list, hold,
		// notification.
		estimate(T::DbWeight::get(), 14, 9)
	}
	fn revoke() -> Weight {
		estimate(T::DbWeight::get(), 8, 8)
	}
	fn remove_expired() -> Weight {
		estimate(T::DbWeight::get(), 7, 8)
	}
	fn add_guardian() -> Weight {
		estimate(T::DbWeight::get(), 6, 4)
	}
	fn appoint_guardian() -> Weight {
		estimate(T::DbWeight::get(), 9, 4)
	}
	fn remove_guardian() -> Weight {
		estimate(T::DbWeight::get(), 5, 4)
	}
	fn certify_emergency() -> Weight {
		estimate(T::DbWeight::get(), 3, 1)
	}
	fn break_glass() -> Weight {
		estimate(T::DbWeight::get(), 14, 14)
	}
	fn review_emergency() -> Weight {
		estimate(T::DbWeight::get(), 6, 5)
	}
	fn close_emergency() -> Weight {
		estimate(T::DbWeight::get(), 5, 5)
	}
	fn on_account_rotated() -> Weight {
		estimate(T::DbWeight::get(), 4, 4)
	}
	fn can_access(_g: u32) -> Weight {
		// Patient number, pointer and relationship, viewer number, guardianship, memberships
		// and each group's record and owner (16 groups), and access lists by number, by
		// account and per group.
		estimate(T::DbWeight::get(), 59, 0)
	}
}
