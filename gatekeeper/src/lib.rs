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

/// `0x`-prefixed lowercase hex of `bytes`. Answers carry a dozen hashes each, and formatting
/// them through `Debug` or the `hex` crate's char iterator was about 4% of a fetch's CPU.
pub fn to_hex(bytes: impl AsRef<[u8]>) -> String {
	const DIGITS: &[u8; 16] = b"0123456789abcdef";
	let bytes = bytes.as_ref();
	let mut text = Vec::with_capacity(2 + 2 * bytes.len());
	text.extend_from_slice(b"0x");
	for byte in bytes {
		text.push(DIGITS[usize::from(byte >> 4)]);
		text.push(DIGITS[usize::from(byte & 0xf)]);
	}
	String::from_utf8(text).expect("hex digits are ASCII; qed")
}

#[cfg(test)]
mod tests {
	#[test]
	fn hex_is_0x_and_two_lowercase_digits_per_byte() {
		assert_eq!(super::to_hex([]), "0x");
		assert_eq!(super::to_hex([0x00, 0x0f, 0xa5, 0xff]), "0x000fa5ff");
		let hash = polkadot_sdk::sp_core::H256::repeat_byte(0xab);
		assert_eq!(super::to_hex(hash), format!("{hash:?}"));
	}
}
