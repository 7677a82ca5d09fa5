//! Anchoring: the Merkle root of the receipts not yet anchored goes on chain as
//! `Registrar::anchor_receipts(root, count)`, submitted by the gatekeeper's key through the
//! provider's `Gatekeeper` proxy. The chain numbers a provider's receipts from 0 without gaps,
//! as the gatekeeper does, so the chain's total says where the next anchor starts; an anchor
//! that is on chain but not in the local table (a crash after submitting) is recovered from
//! the chain, after checking its root against the local receipts.

use crate::{chain::Chain, gatekeeper::Gatekeeper, merkle, receipts::Anchor, AccountId};
use anyhow::{bail, Context};
use codec::Encode;
use jsonrpsee::rpc_params;
use medrec_primitives::{
	records::{AnchorTotals, ReceiptAnchor},
	BlockNumber,
};
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

/// Most receipts under one root (the runtime's `MaxReceiptsPerAnchor`).
pub const MAX_PER_ANCHOR: u64 = 1_000_000;

/// Anchors new receipts every `interval` until the process ends.
pub async fn run(gatekeeper: std::sync::Arc<Gatekeeper>, key: sr25519::Pair, interval: Duration) {
	let mut ticker = tokio::time::interval(interval);
	ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
	loop {
		ticker.tick().await;
		match anchor_once(&gatekeeper, &key).await {
			Ok(Some(anchor)) => {
				gatekeeper.metrics.anchored_receipts.inc_by(u64::from(anchor.count));
				tracing::info!(
					index = anchor.index,
					first = anchor.first,
					count = anchor.count,
					root = ?anchor.root,
					block = anchor.block_number,
					"receipts anchored"
				);
			},
			Ok(None) => {},
			Err(error) => tracing::warn!(
				error = format!("{error:#}"),
				"anchoring failed; retrying next round"
			),
		}
	}
}

/// One round: recovers anchors missing locally, then anchors what is new. Returns the anchor
/// made, if any.
pub async fn anchor_once(
	gatekeeper: &Gatekeeper,
	key: &sr25519::Pair,
) -> anyhow::Result<Option<Anchor>> {
	let chain = &gatekeeper.chain;
	let provider = &gatekeeper.provider;
	let head = chain.head().context("chain unavailable")?;
	let AnchorTotals { anchors, receipts: anchored } = chain
		.state_call("MedRecApi_receipt_anchors", &provider.encode(), head.hash)
		.await?;
	let stored = gatekeeper.receipts.count()?;
	if anchored > stored {
		bail!("the chain holds {anchored} anchored receipts but only {stored} are stored here");
	}
	let local = gatekeeper.receipts.anchors()?;
	for index in local.len() as u32..anchors {
		let on_chain: Option<ReceiptAnchor<BlockNumber>> = chain
			.state_call("MedRecApi_receipt_anchor", &(provider, index).encode(), head.hash)
			.await?;
		let on_chain = on_chain.with_context(|| format!("anchor {index} missing on chain"))?;
		let leaves = gatekeeper.receipts.leaves(on_chain.first, on_chain.count)?;
		if merkle::root(&leaves) != Some(on_chain.root) {
			bail!("anchor {index} on chain does not match the receipts stored here");
		}
		gatekeeper.receipts.record_anchor(&Anchor {
			index,
			first: on_chain.first,
			count: on_chain.count,
			root: on_chain.root,
			block_number: on_chain.anchored_at,
		})?;
	}
	if stored == anchored {
		return Ok(None);
	}
	let count = (stored - anchored).min(MAX_PER_ANCHOR) as u32;
	let leaves = gatekeeper.receipts.leaves(anchored, count)?;
	let root = merkle::root(&leaves).context("no leaves")?;
	let block_hash = submit(chain, key, provider, root, count).await?;
	let recorded: Option<ReceiptAnchor<BlockNumber>> = chain
		.state_call("MedRecApi_receipt_anchor", &(provider, anchors).encode(), block_hash)
		.await?;
	match recorded {
		Some(a) if a.root == root && a.first == anchored && a.count == count => {
			let anchor = Anchor { index: anchors, first: anchored, count, root, block_number: a.anchored_at };
			gatekeeper.receipts.record_anchor(&anchor)?;
			Ok(Some(anchor))
		},
		other => bail!("the anchoring transaction was included but did not anchor (found {other:?}); is the Gatekeeper proxy set and the key funded?"),
	}
}

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

/// Signs and submits the anchoring call, resolves with the hash of the block including it.
async fn submit(
	chain: &Chain,
	key: &sr25519::Pair,
	provider: &AccountId,
	root: H256,
	count: u32,
) -> anyhow::Result<H256> {
	let signer = AccountId::from(key.public());
	let call = RuntimeCall::Proxy(pallet_proxy::Call::<Runtime>::proxy {
		real: MultiAddress::Id(provider.clone()),
		force_proxy_type: Some(ProxyType::Gatekeeper),
		call: Box::new(RuntimeCall::Registrar(
			pallet_registrar::Call::<Runtime>::anchor_receipts { root, count },
		)),
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
	let hex = format!("0x{}", hex::encode(transaction.encode()));

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
				bail!("anchoring transaction {state}");
			}
			if update.get("usurped").is_some()
				|| update.get("dropped").is_some()
				|| update.get("invalid").is_some()
			{
				bail!("anchoring transaction not included: {update}");
			}
		}
		bail!("the node stopped reporting the anchoring transaction")
	};
	tokio::time::timeout(Duration::from_secs(120), wait)
		.await
		.context("anchoring not included within 120 s")?
}
