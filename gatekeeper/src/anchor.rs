//! Anchoring: the Merkle root of the receipts not yet anchored goes on chain as
//! `Registrar::anchor_receipts(root, count)`, submitted by the gatekeeper's key through the
//! provider's `Gatekeeper` proxy. The chain numbers a provider's receipts from 0 without gaps,
//! as the gatekeeper does, so the chain's total says where the next anchor starts; an anchor
//! that is on chain but not in the local table (a crash after submitting) is recovered from
//! the chain, after checking its root against the local receipts.

use crate::{gatekeeper::Gatekeeper, merkle, receipts::Anchor, tx};
use anyhow::{bail, Context};
use codec::Encode;
use medrec_primitives::{
	records::{AnchorTotals, ReceiptAnchor},
	BlockNumber,
};
use medrec_runtime::{Runtime, RuntimeCall};
use polkadot_sdk::sp_core::sr25519;
use std::time::Duration;

/// Most receipts under one root: the runtime's `MaxReceiptsPerAnchor`.
fn max_per_anchor() -> u64 {
	use polkadot_sdk::frame_support::traits::Get;
	let max: u32 = <Runtime as pallet_registrar::Config>::MaxReceiptsPerAnchor::get();
	u64::from(max)
}

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
	let count = (stored - anchored).min(max_per_anchor()) as u32;
	let leaves = gatekeeper.receipts.leaves(anchored, count)?;
	let root = merkle::root(&leaves).context("no leaves")?;
	let call =
		RuntimeCall::Registrar(pallet_registrar::Call::<Runtime>::anchor_receipts { root, count });
	let block_hash = tx::submit_for_provider(chain, key, provider, call).await?;
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
