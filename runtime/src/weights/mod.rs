//! Weights of what every transaction pays besides its call, and of blocks and database access.
//!
//! The transaction extensions' weights (`frame_system_extensions`, `pallet_transaction_payment`,
//! `cumulus_pallet_weight_reclaim`) are generated here by `scripts/benchmark.sh` for MedRec's
//! runtime at its database weights. The base weights of blocks and extrinsics and the database
//! weights are Substrate's reference values (ParityDB's, the database MedRec's nodes run);
//! `benchmark overhead` and `benchmark storage` on a chain of real size would measure them.
//! Pallet weights live in each pallet's `weights.rs`.

pub mod cumulus_pallet_weight_reclaim;
pub mod frame_system_extensions;
pub mod pallet_transaction_payment;

pub use polkadot_sdk::frame_support::weights::constants::{
	BlockExecutionWeight, ExtrinsicBaseWeight, ParityDbWeight,
};
