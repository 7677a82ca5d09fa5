//! Weights of the registrar's calls.
//!
//! Until `benchmarking.rs` is run on reference hardware (the node issue's
//! `scripts/benchmark.sh` writes the generated file over this one), these weights are derived
//! from each call's storage accesses, read off the code: database reads and writes at the
//! runtime's `DbWeight`, a compute allowance per call, and a proof-size allowance per read
//! sized for the largest item the call reads. They over-estimate, never under-estimate.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame::{
	deps::frame_support::weights::{constants::RocksDbWeight, RuntimeDbWeight},
	weights_prelude::*,
};

/// Weight functions needed by the registrar.
pub trait WeightInfo {
	fn register_patient() -> Weight;
	fn deregister(i: u32) -> Weight;
	fn admit() -> Weight;
	fn revoke_role(i: u32) -> Weight;
	fn suspend() -> Weight;
	fn reinstate() -> Weight;
	fn set_provider_profile() -> Weight;
	fn force_set_provider_profile() -> Weight;
	fn bind_identifier() -> Weight;
	fn unbind_identifier() -> Weight;
	fn create_group() -> Weight;
	fn add_group_member() -> Weight;
	fn remove_group_member() -> Weight;
	fn dissolve_group(m: u32) -> Weight;
	fn rotate_account(i: u32, g: u32, m: u32) -> Weight;
	fn force_rotate_account(i: u32, g: u32, m: u32) -> Weight;
	/// One `ParticipantRegistry` query: a single read.
	fn registry_query() -> Weight;
}

/// Compute allowance per call (50 µs) and per item a call loops over (10 µs).
const BASE: u64 = 50_000_000;
const PER_ITEM: u64 = 10_000_000;
/// Proof size allowance per storage read, sized for the largest registrar item read (a
/// profile, a bounded list of 32 identifier entries).
const PROOF_PER_READ: u64 = 2_500;

fn estimate(db: RuntimeDbWeight, reads: u64, writes: u64, items: u64) -> Weight {
	db.reads_writes(reads, writes).saturating_add(Weight::from_parts(
		BASE.saturating_add(PER_ITEM.saturating_mul(items)),
		PROOF_PER_READ.saturating_mul(reads),
	))
}

/// Estimated weights for a runtime, with its database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);

/// The same estimates at Substrate's reference RocksDB weights, for tests.
impl WeightInfo for () {
	fn register_patient() -> Weight {
		estimates::register_patient(RocksDbWeight::get())
	}
	fn deregister(i: u32) -> Weight {
		estimates::deregister(RocksDbWeight::get(), i)
	}
	fn admit() -> Weight {
		estimates::admit(RocksDbWeight::get())
	}
	fn revoke_role(i: u32) -> Weight {
		estimates::revoke_role(RocksDbWeight::get(), i)
	}
	fn suspend() -> Weight {
		estimates::suspend(RocksDbWeight::get())
	}
	fn reinstate() -> Weight {
		estimates::suspend(RocksDbWeight::get())
	}
	fn set_provider_profile() -> Weight {
		estimates::set_provider_profile(RocksDbWeight::get())
	}
	fn force_set_provider_profile() -> Weight {
		estimates::force_set_provider_profile(RocksDbWeight::get())
	}
	fn bind_identifier() -> Weight {
		estimates::bind_identifier(RocksDbWeight::get())
	}
	fn unbind_identifier() -> Weight {
		estimates::unbind_identifier(RocksDbWeight::get())
	}
	fn create_group() -> Weight {
		estimates::create_group(RocksDbWeight::get())
	}
	fn add_group_member() -> Weight {
		estimates::add_group_member(RocksDbWeight::get())
	}
	fn remove_group_member() -> Weight {
		estimates::remove_group_member(RocksDbWeight::get())
	}
	fn dissolve_group(m: u32) -> Weight {
		estimates::dissolve_group(RocksDbWeight::get(), m)
	}
	fn rotate_account(i: u32, g: u32, m: u32) -> Weight {
		estimates::rotate_account(RocksDbWeight::get(), i, g, m)
	}
	fn force_rotate_account(i: u32, g: u32, m: u32) -> Weight {
		estimates::rotate_account(RocksDbWeight::get(), i, g, m)
	}
	fn registry_query() -> Weight {
		estimates::registry_query(RocksDbWeight::get())
	}
}

impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_patient() -> Weight {
		estimates::register_patient(T::DbWeight::get())
	}
	fn deregister(i: u32) -> Weight {
		estimates::deregister(T::DbWeight::get(), i)
	}
	fn admit() -> Weight {
		estimates::admit(T::DbWeight::get())
	}
	fn revoke_role(i: u32) -> Weight {
		estimates::revoke_role(T::DbWeight::get(), i)
	}
	fn suspend() -> Weight {
		estimates::suspend(T::DbWeight::get())
	}
	fn reinstate() -> Weight {
		estimates::suspend(T::DbWeight::get())
	}
	fn set_provider_profile() -> Weight {
		estimates::set_provider_profile(T::DbWeight::get())
	}
	fn force_set_provider_profile() -> Weight {
		estimates::force_set_provider_profile(T::DbWeight::get())
	}
	fn bind_identifier() -> Weight {
		estimates::bind_identifier(T::DbWeight::get())
	}
	fn unbind_identifier() -> Weight {
		estimates::unbind_identifier(T::DbWeight::get())
	}
	fn create_group() -> Weight {
		estimates::create_group(T::DbWeight::get())
	}
	fn add_group_member() -> Weight {
		estimates::add_group_member(T::DbWeight::get())
	}
	fn remove_group_member() -> Weight {
		estimates::remove_group_member(T::DbWeight::get())
	}
	fn dissolve_group(m: u32) -> Weight {
		estimates::dissolve_group(T::DbWeight::get(), m)
	}
	fn rotate_account(i: u32, g: u32, m: u32) -> Weight {
		estimates::rotate_account(T::DbWeight::get(), i, g, m)
	}
	fn force_rotate_account(i: u32, g: u32, m: u32) -> Weight {
		estimates::rotate_account(T::DbWeight::get(), i, g, m)
	}
	fn registry_query() -> Weight {
		estimates::registry_query(T::DbWeight::get())
	}
}

/// Storage accesses per call (reads, writes; holds count one read and one write of the
/// account and its holds).
mod estimates {
	use super::*;

	// Participant numbers: one read, and three writes the first time.
	pub fn register_patient(db: RuntimeDbWeight) -> Weight {
		estimate(db, 5, 6, 0)
	}
	pub fn deregister(db: RuntimeDbWeight, i: u32) -> Weight {
		let i = u64::from(i);
		estimate(db, 4, 4u64.saturating_add(i), i)
	}
	pub fn admit(db: RuntimeDbWeight) -> Weight {
		estimate(db, 3, 4, 0)
	}
	pub fn revoke_role(db: RuntimeDbWeight, i: u32) -> Weight {
		let i = u64::from(i);
		estimate(db, 5, 5u64.saturating_add(i), i)
	}
	pub fn suspend(db: RuntimeDbWeight) -> Weight {
		estimate(db, 1, 1, 0)
	}
	pub fn set_provider_profile(db: RuntimeDbWeight) -> Weight {
		estimate(db, 4, 3, 0)
	}
	pub fn force_set_provider_profile(db: RuntimeDbWeight) -> Weight {
		estimate(db, 2, 1, 0)
	}
	pub fn bind_identifier(db: RuntimeDbWeight) -> Weight {
		estimate(db, 5, 4, 0)
	}
	pub fn unbind_identifier(db: RuntimeDbWeight) -> Weight {
		estimate(db, 4, 4, 0)
	}
	pub fn create_group(db: RuntimeDbWeight) -> Weight {
		estimate(db, 5, 5, 0)
	}
	pub fn add_group_member(db: RuntimeDbWeight) -> Weight {
		estimate(db, 6, 5, 0)
	}
	pub fn remove_group_member(db: RuntimeDbWeight) -> Weight {
		estimate(db, 5, 5, 0)
	}
	pub fn dissolve_group(db: RuntimeDbWeight, m: u32) -> Weight {
		let m = u64::from(m);
		estimate(
			db,
			4u64.saturating_add(m.saturating_mul(2)),
			4u64.saturating_add(m.saturating_mul(2)),
			m,
		)
	}
	pub fn rotate_account(db: RuntimeDbWeight, i: u32, g: u32, m: u32) -> Weight {
		let (i, g, m) = (u64::from(i), u64::from(g), u64::from(m));
		let items = i.saturating_add(g).saturating_add(m);
		estimate(
			db,
			14u64.saturating_add(g),
			15u64.saturating_add(i).saturating_add(g).saturating_add(m.saturating_mul(2)),
			items,
		)
	}
	pub fn registry_query(db: RuntimeDbWeight) -> Weight {
		estimate(db, 1, 0, 0)
	}
}
