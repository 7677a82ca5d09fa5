//! Transactions the gatekeeper signs: built from the runtime's own call and extension types,
//! signed with the gatekeeper's key, submitted through the provider's `Gatekeeper` proxy.

use crate::{chain::Chain, AccountId};
use anyhow::{bail, Context};
use codec::Encode;
use jsonrpsee::rpc_params;
use medrec_runtime::{configs::ProxyType, Runtime, RuntimeCall, TxExtension, UncheckedExtrinsic};
use polkadot_sdk::{
	frame_metadata_hash_extension, frame_system, pallet_proxy, pallet_transaction_payment,
	sp_core::{sr25519, Pair, H256},
	sp_runtime::{
		generic::{Era, SignedPayload},
		MultiAddress,
	},
};
use std::time::Duration;

/// The transaction extensions of an immortal transaction with `nonce`.
fn extensions(nonce: u32) -> TxExtension {
	(
		frame_system::AuthorizeCall::new(),
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
		frame_system::WeightReclaim::new(),
	)
}

/// Signs `inner` with the gatekeeper's key and submits it on behalf of `provider`, through the
/// provider's `Gatekeeper` proxy; resolves with the hash of the block that includes it. Whether
/// the call succeeded is for the caller to read from that block's state.
pub async fn submit_for_provider(
	chain: &Chain,
	key: &sr25519::Pair,
	provider: &AccountId,
	inner: RuntimeCall,
) -> anyhow::Result<H256> {
	let signer = AccountId::from(key.public());
	let call = RuntimeCall::Proxy(pallet_proxy::Call::<Runtime>::proxy {
		real: MultiAddress::Id(provider.clone()),
		force_proxy_type: Some(ProxyType::Gatekeeper),
		call: Box::new(inner),
	});
	let nonce: u32 = chain
		.request("system_accountNextIndex", rpc_params![signer.to_string()])
		.await?;
	let version: serde_json::Value =
		chain.request("state_getRuntimeVersion", rpc_params![]).await?;
	let spec_version = version["specVersion"].as_u64().context("specVersion")? as u32;
	let tx_version = version["transactionVersion"].as_u64().context("transactionVersion")? as u32;
	let genesis: H256 = chain.request("chain_getBlockHash", rpc_params![0]).await?;

	let ext = extensions(nonce);
	// What each extension adds to the signed bytes without being in the transaction:
	// spec and transaction versions, genesis hash (twice: immortal era), no metadata hash.
	let implicit = ((), (), spec_version, tx_version, genesis, genesis, (), (), (), None, ());
	let payload =
		SignedPayload::<RuntimeCall, TxExtension>::from_raw(call.clone(), ext.clone(), implicit);
	let signature = payload.using_encoded(|bytes| key.sign(bytes));
	let transaction =
		UncheckedExtrinsic::new_signed(call, MultiAddress::Id(signer), signature.into(), ext);
	let hex = crate::to_hex(transaction.encode());

	let mut status = chain
		.subscribe::<serde_json::Value>(
			"author_submitAndWatchExtrinsic",
			rpc_params![hex],
			"author_unwatchExtrinsic",
		)
		.await?;
	let wait = async {
		while let Some(update) = status.next().await {
			let update = update?;
			for state in ["inBlock", "finalized"] {
				if let Some(hash) = update.get(state).and_then(|h| h.as_str()) {
					return Ok(hash.parse::<H256>()?);
				}
			}
			if let Some(state) =
				update.as_str().filter(|s| matches!(*s, "invalid" | "dropped" | "usurped"))
			{
				bail!("transaction {state}");
			}
			if update.get("usurped").is_some()
				|| update.get("dropped").is_some()
				|| update.get("invalid").is_some()
			{
				bail!("transaction not included: {update}");
			}
		}
		bail!("the node stopped reporting the transaction")
	};
	tokio::time::timeout(Duration::from_secs(120), wait)
		.await
		.context("transaction not included within 120 s")?
}
