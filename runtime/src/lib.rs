//! # MedRec runtime
//!
//! The parachain runtime of MedRec: patients control who sees their medical records while the
//! records stay in providers' own databases. This crate wires FRAME and Cumulus pallets into a
//! parachain runtime; the MedRec pallets live in `pallets/`.
//!
//! Layout (one concern per file):
//! - `lib.rs`: the types the chain is built from, `VERSION`, the pallet list and migrations.
//! - `configs/`: each pallet's configuration, grouped by concern.
//! - `apis.rs`: the runtime APIs clients call (`state_call`).
//! - `genesis_config_presets.rs`: `development`, `local_testnet` and `consortium` genesis.
//! - `weights/`: block and extrinsic base weights.
//! - `benchmarks.rs`: the pallets `frame-omni-bencher` benchmarks.

#![cfg_attr(not(feature = "std"), no_std)]
// `#[frame_support::runtime]` expands into deeply nested types.
#![recursion_limit = "256"]

// The WASM blob built by `build.rs`, for the native half (tests, chain-spec tool).
#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

mod access;
pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
pub mod migrations;
mod weights;

extern crate alloc;

use alloc::vec::Vec;

use polkadot_sdk::*;
// The umbrella crate names these by their package names; the runtime uses the usual ones.
pub(crate) use polkadot_sdk::{
	staging_parachain_info as parachain_info, staging_xcm as xcm,
	staging_xcm_builder as xcm_builder, staging_xcm_executor as xcm_executor,
};
use smallvec::smallvec;
use sp_runtime::{generic, impl_opaque_keys, traits::BlakeTwo256};

pub use medrec_primitives::{
	currency::{EXISTENTIAL_DEPOSIT, MICROUNIT, MILLIUNIT, UNIT},
	time::{DAYS, HOURS, MILLISECS_PER_BLOCK, MINUTES, SLOT_DURATION},
	AccountId, Balance, BlockNumber, Hash, Nonce, Signature,
};
pub use sp_authority_discovery::AuthorityId as AuthorityDiscoveryId;
pub use sp_consensus_aura::sr25519::AuthorityId as AuraId;
#[cfg(feature = "std")]
pub use sp_runtime::BuildStorage;
pub use sp_runtime::{MultiAddress, Perbill, Permill};

use frame_support::weights::{
	constants::WEIGHT_REF_TIME_PER_SECOND, Weight, WeightToFeeCoefficient, WeightToFeeCoefficients,
	WeightToFeePolynomial,
};
use sp_version::RuntimeVersion;
use weights::ExtrinsicBaseWeight;

/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;

/// Block header type as expected by this runtime.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// A block signed with a justification.
pub type SignedBlock = generic::SignedBlock<Block>;

/// BlockId type as expected by this runtime.
pub type BlockId = generic::BlockId<Block>;

/// The extensions every signed transaction carries, in the order they are checked. The
/// wrapper charges each transaction, after it ran, the storage proof it really added to the
/// block (as the collator's proof recorder measures it) instead of its benchmark's worst case,
/// and hands the rest of its weight back as `frame_system::WeightReclaim` would: a block
/// holds as many transactions as its proof really has room for. It adds no bytes to a
/// transaction.
pub type TxExtension = cumulus_pallet_weight_reclaim::StorageWeightReclaim<
	Runtime,
	(
		frame_system::AuthorizeCall<Runtime>,
		frame_system::CheckNonZeroSender<Runtime>,
		frame_system::CheckSpecVersion<Runtime>,
		frame_system::CheckTxVersion<Runtime>,
		frame_system::CheckGenesis<Runtime>,
		frame_system::CheckEra<Runtime>,
		frame_system::CheckNonce<Runtime>,
		frame_system::CheckWeight<Runtime>,
		pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
		// Lets offline signers verify the metadata they decode a call with (RFC-0078).
		frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	),
>;

/// Unchecked extrinsic type as expected by this runtime.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// Migrations to apply on runtime upgrade; each release lists its own. Spec 4: research
/// counts each provider's consenting patients (a no-op on a chain started at spec 4, whose
/// genesis holds the new storage version). The registrar's and permissions' storage versions
/// also moved to 1 in spec 4 with no migration: no chain holds their version 0. Spec 5:
/// bounty queries carry their parameters (research storage version 2; versioned, so a chain
/// skipping spec 4 runs both in order and a chain started later runs neither), and session keys
/// gain an authority-discovery key ([`migrations::AddAuthorityDiscoveryKey`], which checks the
/// stored layout itself). Spec 7: nothing to migrate (the storage weight reclaim pallet keeps
/// no storage; transactions are encoded as before).
pub type Migrations = (
	pallet_research::migrations::v1::MigrateToV1<Runtime>,
	pallet_research::migrations::v2::MigrateToV2<Runtime>,
	migrations::AddAuthorityDiscoveryKey,
);

/// Executive: handles dispatch to the various pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// Converts a weight to a fee: one base extrinsic costs a tenth of a MILLIUNIT (0.0001 MEDR).
pub struct WeightToFee;
impl WeightToFeePolynomial for WeightToFee {
	type Balance = Balance;
	fn polynomial() -> WeightToFeeCoefficients<Self::Balance> {
		let p = MILLIUNIT / 10;
		let q = 100 * Balance::from(ExtrinsicBaseWeight::get().ref_time());
		smallvec![WeightToFeeCoefficient {
			degree: 1,
			negative: false,
			coeff_frac: Perbill::from_rational(p % q, q),
			coeff_integer: p / q,
		}]
	}
}

/// Opaque types, for the node: it handles blocks and extrinsics without knowing their
/// contents, so it keeps working across runtime upgrades that change them.
pub mod opaque {
	use super::*;
	pub use polkadot_sdk::sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;
	use polkadot_sdk::sp_runtime::{generic, traits::Hash as HashT};

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	/// The keys a collator registers for its session: its Aura key, which signs the blocks it
	/// authors, and its authority-discovery key, with which it publishes its network address
	/// so that the other collators find and connect to it directly.
	pub struct SessionKeys {
		pub aura: Aura,
		pub authority_discovery: AuthorityDiscovery,
	}
}

/// The runtime's identity. Bump `spec_version` for every runtime upgrade; bump
/// `transaction_version` when calls or their encoding change.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("medrec"),
	impl_name: alloc::borrow::Cow::Borrowed("medrec"),
	authoring_version: 1,
	spec_version: 10,
	impl_version: 0,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 6,
	system_version: 1,
};

/// Async backing: how many parachain blocks may be built on top of a relay parent, and how
/// many may wait for inclusion at once.
mod async_backing_params {
	/// Maximum number of blocks simultaneously accepted by the runtime, not yet included into
	/// the relay chain.
	pub(crate) const UNINCLUDED_SEGMENT_CAPACITY: u32 = 3;
	/// How many parachain blocks are processed by the relay chain per parent.
	pub(crate) const BLOCK_PROCESSING_VELOCITY: u32 = 1;
	/// Relay chain slot duration, in milliseconds.
	pub(crate) const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6000;
}
pub(crate) use async_backing_params::*;

/// Share of a block's weight that `on_initialize` hooks may use; bounds the weight of a
/// single extrinsic.
const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(5);

/// Normal extrinsics may fill up to 75% of a block; the rest is for operational ones.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// 2 seconds of compute per 6-second block (async backing), and the relay chain's maximum PoV.
const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(
	WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2),
	cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,
);

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// System support.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type ParachainSystem = cumulus_pallet_parachain_system;
	#[runtime::pallet_index(2)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(3)]
	pub type ParachainInfo = parachain_info;
	#[runtime::pallet_index(4)]
	pub type WeightReclaim = cumulus_pallet_weight_reclaim;

	// Monetary.
	#[runtime::pallet_index(10)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(11)]
	pub type TransactionPayment = pallet_transaction_payment;

	// Governance: the consortium of member institutions.
	#[runtime::pallet_index(15)]
	pub type Consortium = pallet_collective<Instance1>;
	#[runtime::pallet_index(16)]
	pub type ConsortiumMembership = pallet_membership<Instance1>;
	// Development chains only: the `consortium` genesis preset sets no sudo key.
	#[runtime::pallet_index(17)]
	pub type Sudo = pallet_sudo;
	// Root for three quarters of the consortium (runtime upgrades).
	#[runtime::pallet_index(18)]
	pub type ConsortiumRoot = configs::consortium_root;

	// Collators. The order of these five matters: session keys and authorship depend on it.
	#[runtime::pallet_index(20)]
	pub type Authorship = pallet_authorship;
	#[runtime::pallet_index(21)]
	pub type CollatorSelection = pallet_collator_selection;
	#[runtime::pallet_index(22)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(23)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(24)]
	pub type AuraExt = cumulus_pallet_aura_ext;
	#[runtime::pallet_index(25)]
	pub type AuthorityDiscovery = pallet_authority_discovery;

	// XCM.
	#[runtime::pallet_index(30)]
	pub type XcmpQueue = cumulus_pallet_xcmp_queue;
	#[runtime::pallet_index(31)]
	pub type PolkadotXcm = pallet_xcm;
	#[runtime::pallet_index(32)]
	pub type CumulusXcm = cumulus_pallet_xcm;
	#[runtime::pallet_index(33)]
	pub type MessageQueue = pallet_message_queue;

	// Utilities.
	#[runtime::pallet_index(40)]
	pub type Utility = pallet_utility;
	#[runtime::pallet_index(41)]
	pub type Proxy = pallet_proxy;
	#[runtime::pallet_index(42)]
	pub type Recovery = pallet_recovery;

	// MedRec.
	#[runtime::pallet_index(50)]
	pub type Registrar = pallet_registrar;
	#[runtime::pallet_index(51)]
	pub type Relationships = pallet_relationships;
	#[runtime::pallet_index(52)]
	pub type Permissions = pallet_permissions;
	#[runtime::pallet_index(53)]
	pub type Research = pallet_research;
}

cumulus_pallet_parachain_system::register_validate_block! {
	Runtime = Runtime,
	BlockExecutor = cumulus_pallet_aura_ext::BlockExecutor::<Runtime, Executive>,
}
