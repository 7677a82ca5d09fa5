//! # MedRec gatekeeper
//!
//! Sits beside a provider's database and serves a record only when the MedRec chain says the
//! requester may see it, leaving a signed receipt of every disclosure whose Merkle root is
//! anchored on chain.
//!
//! A request passes, in order: its shape ([`request`]), its expiry, the requester's signature,
//! its nonce (once only), the chain's `MedRecApi_authorize` at the best block ([`chain`]), the
//! provider check (the pointer must be this provider's), the field check (all requested fields
//! granted, or nothing), the provider's declared query ([`records`]), the record's content hash
//! against the pointer's, and the durable, signed receipt ([`receipts`]). Only then are the
//! requested fields returned. Every refusal has its own error code ([`refusal`]).
//!
//! [`anchor`] puts receipt roots on chain; [`server`] is the JSON-RPC API; [`bench`] measures.

pub mod anchor;
pub mod bench;
pub mod chain;
pub mod config;
pub mod gatekeeper;
pub mod merkle;
pub mod metrics;
pub mod postgres;
pub mod receipts;
pub mod records;
pub mod refusal;
pub mod request;
pub mod research;
pub mod server;
pub mod tx;

/// A chain account.
pub type AccountId = medrec_primitives::AccountId;

/// Reads the receipt-signing key: a file holding a secret URI.
pub fn load_key(path: &std::path::Path) -> anyhow::Result<polkadot_sdk::sp_core::sr25519::Pair> {
	use anyhow::Context;
	use polkadot_sdk::sp_core::Pair;
	let uri =
		std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
	polkadot_sdk::sp_core::sr25519::Pair::from_string(uri.trim(), None)
		.map_err(|e| anyhow::anyhow!("{}: not a secret URI: {e:?}", path.display()))
}
