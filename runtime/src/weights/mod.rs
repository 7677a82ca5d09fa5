//! Base weights of blocks, extrinsics and database access.
//!
//! These are Substrate's reference-hardware values. The node issue's `benchmark overhead` and
//! `benchmark storage` runs replace them with figures measured for MedRec, in files generated
//! next to this one; pallet weights live in each pallet's `weights.rs`.

pub use polkadot_sdk::frame_support::weights::constants::{
	BlockExecutionWeight, ExtrinsicBaseWeight, ParityDbWeight,
};
