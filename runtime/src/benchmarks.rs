//! The pallets `frame-omni-bencher` (or the node's `benchmark pallet`) benchmarks in this
//! runtime. Every MedRec pallet is listed here when it joins the runtime.

use crate::{AllPalletsWithSystem, Runtime, SessionKeys};
use alloc::{string::String, vec::Vec};
use polkadot_sdk::{
	frame_benchmarking::{BenchmarkBatch, BenchmarkConfig, BenchmarkList},
	frame_support::traits::{StorageInfo, StorageInfoTrait, WhitelistedStorageKeys},
	*,
};

polkadot_sdk::frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[cumulus_pallet_weight_reclaim, WeightReclaim]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_balances, Balances]
	[pallet_session, SessionBench::<Runtime>]
	[pallet_timestamp, Timestamp]
	[pallet_message_queue, MessageQueue]
	[pallet_sudo, Sudo]
	[pallet_collator_selection, CollatorSelection]
	[pallet_collective, Consortium]
	[pallet_membership, ConsortiumMembership]
	[pallet_utility, Utility]
	[pallet_proxy, Proxy]
	[pallet_recovery, Recovery]
	[cumulus_pallet_parachain_system, ParachainSystem]
	[cumulus_pallet_xcmp_queue, XcmpQueue]
	[pallet_registrar, Registrar]
	[pallet_relationships, Relationships]
	[pallet_permissions, Permissions]
	[pallet_research, Research]
);

use crate::{
	Balances, CollatorSelection, Consortium, ConsortiumMembership, MessageQueue, ParachainSystem,
	Permissions, Proxy, Recovery, Registrar, Relationships, Research, Sudo, Timestamp,
	TransactionPayment, Utility, WeightReclaim, XcmpQueue,
};
use cumulus_pallet_session_benchmarking::Pallet as SessionBench;
use frame_system_benchmarking::{
	extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
};

impl frame_system_benchmarking::Config for Runtime {}

impl pallet_transaction_payment::BenchmarkConfig for Runtime {}

impl cumulus_pallet_session_benchmarking::Config for Runtime {
	fn generate_session_keys_and_proof(owner: Self::AccountId) -> (Self::Keys, Vec<u8>) {
		use codec::Encode;
		let keys = SessionKeys::generate(&owner.encode(), None);
		(keys.keys, keys.proof.encode())
	}
}

/// The benchmarks this runtime has, for `Benchmark::benchmark_metadata`.
pub fn metadata(extra: bool) -> (Vec<BenchmarkList>, Vec<StorageInfo>) {
	let mut list = Vec::<BenchmarkList>::new();
	list_benchmarks!(list, extra);
	(list, AllPalletsWithSystem::storage_info())
}

/// Runs the benchmarks `config` selects, for `Benchmark::dispatch_benchmark`.
pub fn dispatch(config: BenchmarkConfig) -> Result<Vec<BenchmarkBatch>, String> {
	let whitelist = AllPalletsWithSystem::whitelisted_storage_keys();
	let mut batches = Vec::<BenchmarkBatch>::new();
	let params = (&config, &whitelist);
	add_benchmarks!(params, batches);
	if batches.is_empty() {
		return Err("Benchmark not found for this pallet.".into());
	}
	Ok(batches)
}
