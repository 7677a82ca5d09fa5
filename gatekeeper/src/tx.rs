//! Transactions the gatekeeper signs: built from the runtime's own call and extension types,
//! signed with the gatekeeper's key, submitted through the provider's `Gatekeeper` proxy.

use crate::{chain::Chain, AccountId};
use anyhow::{bail, Context};
use codec::Encode;
use jsonrpsee::{core::client::Subscription, rpc_params};
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

/// How far a submitted transaction must get before [`Submitted::wait`] resolves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Until {
	/// In a block of the best chain (a reorg could still drop it).
	InBlock,
	/// In a finalized block: it stays.
	Finalized,
}

/// A transaction the node accepted, whose progress is being watched.
pub struct Submitted(Subscription<serde_json::Value>);

impl Submitted {
	/// Resolves with the hash of the block that includes the transaction once it is `until`;
	/// fails if the node drops it or reports nothing within `timeout`. Whether the call
	/// succeeded is for the caller to read from that block's state.
	pub async fn wait(mut self, until: Until, timeout: Duration) -> anyhow::Result<H256> {
		let state = match until {
			Until::InBlock => "inBlock",
			Until::Finalized => "finalized",
		};
		let wait = async {
			while let Some(update) = self.0.next().await {
				let update = update?;
				if let Some(hash) = update.get(state).and_then(|h| h.as_str()) {
					return Ok(hash.parse::<H256>()?);
				}
				if let Some(state) = update
					.as_str()
					.filter(|s| matches!(*s, "invalid" | "dropped" | "usurped" | "finalityTimeout"))
				{
					bail!("transaction {state}");
				}
				// `retracted` is not final: the transaction goes back to the pool and may be
				// included again.
				if ["usurped", "dropped", "invalid", "finalityTimeout"]
					.iter()
					.any(|bad| update.get(bad).is_some())
				{
					bail!("transaction not {state}: {update}");
				}
			}
			bail!("the node stopped reporting the transaction")
		};
		tokio::time::timeout(timeout, wait)
			.await
			.with_context(|| format!("transaction not {state} within {} s", timeout.as_secs()))?
	}
}

/// Signs `inner` with the gatekeeper's key and submits it on behalf of `provider`, through the
/// provider's `Gatekeeper` proxy; resolves once the node accepted it into its pool.
pub async fn submit_for_provider(
	chain: &Chain,
	key: &sr25519::Pair,
	provider: &AccountId,
	inner: RuntimeCall,
) -> anyhow::Result<Submitted> {
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

	let status = chain
		.subscribe::<serde_json::Value>(
			"author_submitAndWatchExtrinsic",
			rpc_params![hex],
			"author_unwatchExtrinsic",
		)
		.await?;
	Ok(Submitted(status))
}
