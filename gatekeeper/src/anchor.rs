//! Anchoring: the Merkle root of the receipts not yet anchored goes on chain as
//! `Registrar::anchor_receipts(first, count, root)`, submitted by the gatekeeper's key through
//! the provider's `Gatekeeper` proxy.
//!
//! A round is idempotent, however the process ends in the middle of it:
//! 1. **Reconcile.** Anchors the chain holds at its finalized block but that are not recorded
//!    here (a crash or SIGTERM after submitting) are recorded now, once their roots are checked
//!    against the receipts stored here. The first round runs when the gatekeeper starts.
//! 2. **Submit** the next receipts, naming their range. The chain numbers a provider's
//!    receipts from 0 without gaps and refuses an anchor whose `first` is not its anchored
//!    total (`AnchorNotNext`), so a range submitted twice (once before a crash, once after)
//!    is anchored once: whichever transaction lands second fails.
//! 3. **Record** the anchor once its block is finalized, by reconciling again at that block.
//!
//! Anchors are recorded at finality, not at inclusion: what is recorded here never has to be
//! taken back after a reorg (the anchors table is append-only, like the receipts), and a
//! patient's inclusion proof always refers to an anchor the chain keeps. While an anchor waits
//! for finality, no other is submitted. The pause points of [`crate::fault`] let the tests stop
//! a round at each step.

use crate::{
	fault::pause_point,
	gatekeeper::Gatekeeper,
	receipts::{Anchor, Receipts},
	tx::{self, Ledger, Until},
};
use anyhow::{bail, ensure, Context};
use codec::Encode;
use jsonrpsee::rpc_params;
use medrec_primitives::{
	records::{AnchorTotals, ReceiptAnchor},
	BlockNumber,
};
use polkadot_sdk::sp_core::{sr25519, H256};
use std::{future::Future, time::Duration};

/// How long a round waits for its anchor to be finalized; a later round records it if it is
/// finalized after that.
const FINALITY_TIMEOUT: Duration = Duration::from_secs(120);

/// Most receipts under one root: the runtime's `MaxReceiptsPerAnchor` (checked by a test).
const MAX_PER_ANCHOR: u64 = 1_000_000;

/// The Merkle root of receipts `first..first + count`. A round's range is every receipt since
/// the last (hundreds of thousands under load: 180–340 ms of reading and hashing, measured), so
/// on a multi-threaded runtime the requests waiting on this worker are handed to another
/// meanwhile, rather than waiting for the round.
fn root_of(receipts: &Receipts, first: u64, count: u32) -> anyhow::Result<Option<H256>> {
	let root = || receipts.root(first, count);
	match tokio::runtime::Handle::try_current().map(|runtime| runtime.runtime_flavor()) {
		Ok(tokio::runtime::RuntimeFlavor::MultiThread) => tokio::task::block_in_place(root),
		_ => root(),
	}
}

/// What a round needs of the chain, for one provider. [`Ledger`] is the real chain; the tests
/// use an in-memory one that can hold transactions back, finalize late, reorganize and crash.
pub trait AnchorChain {
	/// The finalized block and the best block.
	fn heads(&self) -> impl Future<Output = anyhow::Result<(H256, H256)>> + Send;
	/// What the provider has anchored, at block `at`.
	fn totals(&self, at: H256) -> impl Future<Output = anyhow::Result<AnchorTotals>> + Send;
	/// The provider's anchor `index`, at block `at`.
	fn anchor(
		&self,
		index: u32,
		at: H256,
	) -> impl Future<Output = anyhow::Result<Option<ReceiptAnchor<BlockNumber>>>> + Send;
	/// Submits `anchor_receipts(first, count, root)`; resolves once it is in the pool.
	fn submit(
		&self,
		first: u64,
		count: u32,
		root: H256,
	) -> impl Future<Output = anyhow::Result<()>> + Send;
	/// Resolves with the finalized block that includes what was submitted last.
	fn finalized(&self) -> impl Future<Output = anyhow::Result<H256>> + Send;
}

impl AnchorChain for Ledger<'_> {
	async fn heads(&self) -> anyhow::Result<(H256, H256)> {
		let finalized: H256 = self.chain.request("chain_getFinalizedHead", rpc_params![]).await?;
		let best = self.chain.head().context("chain unavailable")?;
		Ok((finalized, best.hash))
	}

	async fn totals(&self, at: H256) -> anyhow::Result<AnchorTotals> {
		self.chain
			.state_call("MedRecApi_receipt_anchors", &self.provider.encode(), at)
			.await
	}

	async fn anchor(
		&self,
		index: u32,
		at: H256,
	) -> anyhow::Result<Option<ReceiptAnchor<BlockNumber>>> {
		self.chain
			.state_call("MedRecApi_receipt_anchor", &(self.provider, index).encode(), at)
			.await
	}

	async fn submit(&self, first: u64, count: u32, root: H256) -> anyhow::Result<()> {
		let call = tx::Call::anchor_receipts(first, count, root);
		let submitted = tx::submit_for_provider(self.chain, self.key, self.provider, call).await?;
		*self.submitted.lock().await = Some(submitted);
		Ok(())
	}

	async fn finalized(&self) -> anyhow::Result<H256> {
		let submitted = self.submitted.lock().await.take().context("nothing submitted")?;
		submitted.wait(Until::Finalized, FINALITY_TIMEOUT).await
	}
}

/// Anchors new receipts every `interval` until the process ends. The first round, at once,
/// reconciles with the chain. Replicas on PostgreSQL all run this, and a round runs only in
/// the one that holds the anchoring lock ([`Receipts::lead`]): another takes it over on its next
/// round once that one is gone.
pub async fn run(gatekeeper: std::sync::Arc<Gatekeeper>, key: sr25519::Pair, interval: Duration) {
	let mut ticker = tokio::time::interval(interval);
	ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
	loop {
		ticker.tick().await;
		match gatekeeper.receipts.lead() {
			Ok(true) => {},
			Ok(false) => continue,
			Err(error) => {
				tracing::warn!(
					error = format!("{error:#}"),
					"cannot tell whether this gatekeeper anchors; retrying next round"
				);
				continue;
			},
		}
		let ledger = Ledger::new(&gatekeeper.chain, &key, &gatekeeper.provider);
		match anchor_once(&gatekeeper.receipts, &ledger).await {
			Ok(recorded) => {
				for anchor in recorded {
					gatekeeper.metrics.anchored_receipts.inc_by(u64::from(anchor.count));
					tracing::info!(
						index = anchor.index,
						first = anchor.first,
						count = anchor.count,
						root = ?anchor.root,
						block = anchor.block_number,
						"receipts anchored"
					);
				}
			},
			Err(error) => tracing::warn!(
				error = format!("{error:#}"),
				"anchoring failed; retrying next round"
			),
		}
	}
}

/// Refuses a state whose numbering the chain has passed: the chain anchors more of the
/// provider's receipts, at its best block, than this state has numbered. Serving on it would
/// hand out numbers the chain's anchors already cover, to receipts that could never be
/// anchored. Checked before the gatekeeper serves (with anchoring on).
pub async fn check_numbering(receipts: &Receipts, chain: &impl AnchorChain) -> anyhow::Result<()> {
	let (_, best) = chain.heads().await?;
	let on_chain = chain.totals(best).await?;
	let next = receipts.count()?;
	ensure!(
		on_chain.receipts <= next,
		"the chain has anchored {} of this provider's receipts, but this state numbers the next \
		 one {next}: it would hand out numbers the chain's anchors cover. The state is older \
		 than the chain (copied back from a backup, or another gatekeeper anchors with this \
		 key). Put a backup back with `medrec-gatekeeper restore`, which numbers on after the \
		 chain's receipts",
		on_chain.receipts
	);
	Ok(())
}

/// One round (see the module's documentation). Returns the anchors recorded in it.
pub async fn anchor_once(
	receipts: &Receipts,
	chain: &impl AnchorChain,
) -> anyhow::Result<Vec<Anchor>> {
	let (finalized, best) = chain.heads().await?;
	let mut recorded = reconcile(receipts, chain, finalized).await?;

	let (_, anchored) = receipts.anchor_totals()?;
	let stored = receipts.count()?;
	if stored == anchored {
		return Ok(recorded);
	}
	// An anchor in a block not yet final (this gatekeeper's, submitted before a restart):
	// wait for it rather than submit a range it may already cover.
	let pending = chain.totals(best).await?;
	if pending.receipts != anchored {
		tracing::debug!(anchored, best = pending.receipts, "an anchor awaits finality");
		return Ok(recorded);
	}

	let count = (stored - anchored).min(MAX_PER_ANCHOR) as u32;
	let root = root_of(receipts, anchored, count)?.context("no leaves")?;
	pause_point("anchor-before-submit").await;
	chain.submit(anchored, count, root).await?;
	pause_point("anchor-after-submit").await;
	let block = chain.finalized().await?;
	pause_point("anchor-after-finality").await;
	let now = reconcile(receipts, chain, block).await?;
	if now.is_empty() {
		bail!(
			"the anchoring transaction was finalized in {block:?} but anchored nothing; is the \
			 provider's Gatekeeper proxy set and the key funded?"
		);
	}
	recorded.extend(now);
	Ok(recorded)
}

/// Records the anchors the chain holds at block `at` that are not recorded here, after
/// checking that each starts where the last one here ends and that its root is the root of
/// the receipts stored here. Returns them.
async fn reconcile(
	receipts: &Receipts,
	chain: &impl AnchorChain,
	at: H256,
) -> anyhow::Result<Vec<Anchor>> {
	let on_chain = chain.totals(at).await?;
	let stored = receipts.count()?;
	if on_chain.receipts > stored {
		bail!(
			"the chain holds {} anchored receipts but only {stored} are stored here: this state \
			 file is not the one that anchored them (copied back from an old backup? restore a \
			 backup with `medrec-gatekeeper restore`, which numbers on after the chain's)",
			on_chain.receipts
		);
	}
	let (mut index, mut next) = receipts.anchor_totals()?;
	let mut recorded = Vec::new();
	while index < on_chain.anchors {
		let anchor = chain
			.anchor(index, at)
			.await?
			.with_context(|| format!("anchor {index} missing on chain"))?;
		ensure!(
			anchor.first == next,
			"anchor {index} on chain starts at receipt {}, but the anchors recorded here end at {next}",
			anchor.first
		);
		// An anchor over receipts a restore lost (issued after the backup, anchored before the
		// restore) is the chain's word alone: their leaves are gone with the state that had
		// them. Recording it keeps the anchors here in step with the chain's numbering.
		if receipts.covers_lost(anchor.first, u64::from(anchor.count))? {
			tracing::info!(
				index,
				first = anchor.first,
				count = anchor.count,
				"recording an anchor over receipts lost before a restore, unchecked"
			);
		} else {
			ensure!(
				root_of(receipts, anchor.first, anchor.count)? == Some(anchor.root),
				"anchor {index} on chain does not match the receipts stored here"
			);
		}
		let anchor = Anchor {
			index,
			first: anchor.first,
			count: anchor.count,
			root: anchor.root,
			block_number: anchor.anchored_at,
		};
		receipts.record_anchor(&anchor)?;
		next = anchor.first + u64::from(anchor.count);
		index += 1;
		recorded.push(anchor);
	}
	Ok(recorded)
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{
		merkle,
		receipts::{Draft, Receipt, WriterOptions},
	};
	use medrec_primitives::records::FieldSet;
	use parking_lot::Mutex;
	use polkadot_sdk::sp_keyring::Sr25519Keyring;

	#[test]
	fn an_anchor_holds_at_most_what_the_runtime_takes() {
		use polkadot_sdk::frame_support::traits::Get;
		type Max = <medrec_runtime::Runtime as pallet_registrar::Config>::MaxReceiptsPerAnchor;
		let max: u32 = Max::get();
		assert_eq!(MAX_PER_ANCHOR, u64::from(max));
	}

	/// A block of the in-memory chain: the provider's anchors in its state.
	#[derive(Clone)]
	struct Block {
		hash: H256,
		anchors: Vec<ReceiptAnchor<BlockNumber>>,
	}

	/// A chain that applies `anchor_receipts` as the runtime does (`first` must be the anchored
	/// total), and that can hold transactions in its pool, finalize late and reorganize.
	struct Fake {
		blocks: Vec<Block>,
		finalized: usize,
		pool: Vec<(u64, u32, H256)>,
		/// Submitted transactions stay in the pool until `release`.
		hold: bool,
		/// New blocks are not finalized until `finalize`.
		finalize_late: bool,
		/// Blocks built so far, for their hashes: a block built after a reorg is another.
		built: u64,
	}

	struct FakeChain(Mutex<Fake>);

	impl FakeChain {
		fn new() -> Self {
			let genesis = Block { hash: H256::from_low_u64_be(1), anchors: Vec::new() };
			Self(Mutex::new(Fake {
				blocks: vec![genesis],
				finalized: 0,
				pool: Vec::new(),
				hold: false,
				finalize_late: false,
				built: 1,
			}))
		}

		/// Builds a block with the pool's transactions, in order.
		fn build(fake: &mut Fake) {
			let parent = fake.blocks.last().expect("genesis").clone();
			let number = fake.blocks.len() as BlockNumber;
			let mut anchors = parent.anchors;
			for (first, count, root) in fake.pool.drain(..) {
				let total: u64 = anchors.iter().map(|a| u64::from(a.count)).sum();
				// `AnchorNotNext`: included, but it anchors nothing.
				if first == total {
					anchors.push(ReceiptAnchor { root, first, count, anchored_at: number });
				}
			}
			fake.built += 1;
			let hash = H256::from_low_u64_be(fake.built);
			fake.blocks.push(Block { hash, anchors });
			if !fake.finalize_late {
				fake.finalized = fake.blocks.len() - 1;
			}
		}

		fn release(&self) {
			let mut fake = self.0.lock();
			fake.hold = false;
			Self::build(&mut fake);
		}

		fn finalize(&self) {
			let mut fake = self.0.lock();
			fake.finalize_late = false;
			fake.finalized = fake.blocks.len() - 1;
		}

		/// Drops the blocks not yet final, and the transactions in them.
		fn reorg(&self) {
			let mut fake = self.0.lock();
			let keep = fake.finalized + 1;
			fake.blocks.truncate(keep);
		}

		fn best(&self) -> Vec<ReceiptAnchor<BlockNumber>> {
			self.0.lock().blocks.last().expect("genesis").anchors.clone()
		}

		fn block(&self, at: H256) -> anyhow::Result<Block> {
			let fake = self.0.lock();
			fake.blocks.iter().find(|b| b.hash == at).cloned().context("unknown block")
		}
	}

	impl AnchorChain for FakeChain {
		async fn heads(&self) -> anyhow::Result<(H256, H256)> {
			let fake = self.0.lock();
			Ok((fake.blocks[fake.finalized].hash, fake.blocks.last().expect("genesis").hash))
		}

		async fn totals(&self, at: H256) -> anyhow::Result<AnchorTotals> {
			let anchors = self.block(at)?.anchors;
			Ok(AnchorTotals {
				anchors: anchors.len() as u32,
				receipts: anchors.iter().map(|a| u64::from(a.count)).sum(),
			})
		}

		async fn anchor(
			&self,
			index: u32,
			at: H256,
		) -> anyhow::Result<Option<ReceiptAnchor<BlockNumber>>> {
			Ok(self.block(at)?.anchors.get(index as usize).cloned())
		}

		async fn submit(&self, first: u64, count: u32, root: H256) -> anyhow::Result<()> {
			let mut fake = self.0.lock();
			fake.pool.push((first, count, root));
			if !fake.hold {
				Self::build(&mut fake);
			}
			Ok(())
		}

		async fn finalized(&self) -> anyhow::Result<H256> {
			let fake = self.0.lock();
			if fake.hold || fake.finalize_late {
				bail!("transaction not finalized within the timeout");
			}
			Ok(fake.blocks[fake.finalized].hash)
		}
	}

	fn store(dir: &tempfile::TempDir) -> Receipts {
		let provider = Sr25519Keyring::Bob.to_account_id();
		Receipts::open(
			&dir.path().join("state.sqlite"),
			provider,
			Sr25519Keyring::Bob.pair(),
			WriterOptions::default(),
		)
		.expect("opens")
	}

	async fn disclose(receipts: &Receipts, n: u8) {
		for i in 0..n {
			let receipt = Receipt {
				seq: 0,
				provider: Sr25519Keyring::Bob.to_account_id(),
				requester: Sr25519Keyring::Dave.to_account_id(),
				patient: Sr25519Keyring::Charlie.to_account_id(),
				pointer: 1,
				fields: FieldSet(0b101),
				block_number: 1,
				block_hash: H256::repeat_byte(1),
				served_at: 1_700_000_000_000,
				request: H256::repeat_byte(i),
				content_hash: H256::repeat_byte(2),
			};
			let nonce = [i; 16];
			receipts
				.write(Draft { receipt, patient_number: 1, nonce, expires: u64::MAX / 2 })
				.await
				.expect("stored");
		}
	}

	/// The anchors recorded here are the chain's finalized ones, and cover every receipt once.
	async fn assert_agreement(receipts: &Receipts, chain: &FakeChain) {
		let (finalized, _) = chain.heads().await.expect("heads");
		let on_chain = chain.block(finalized).expect("finalized").anchors;
		let here = receipts.anchors().expect("reads");
		assert_eq!(here.len(), on_chain.len());
		for (here, there) in here.iter().zip(&on_chain) {
			assert_eq!((here.first, here.count, here.root), (there.first, there.count, there.root));
		}
		let anchored: u64 = on_chain.iter().map(|a| u64::from(a.count)).sum();
		assert_eq!(anchored, receipts.count().expect("counts"), "every receipt anchored once");
	}

	#[tokio::test]
	async fn an_anchor_is_recorded_once_its_block_is_final_and_not_before() {
		let dir = tempfile::tempdir().expect("temp dir");
		let receipts = store(&dir);
		let chain = FakeChain::new();
		disclose(&receipts, 3).await;
		chain.0.lock().finalize_late = true;

		assert!(anchor_once(&receipts, &chain).await.is_err(), "not final within the timeout");
		assert_eq!(chain.best().len(), 1, "in a block");
		assert_eq!(receipts.anchor_totals().expect("reads"), (0, 0), "not recorded");
		// The next round sees the anchor awaiting finality and submits nothing over it.
		assert_eq!(anchor_once(&receipts, &chain).await.expect("round"), vec![]);
		assert_eq!(chain.best().len(), 1);

		chain.finalize();
		let recorded = anchor_once(&receipts, &chain).await.expect("round");
		assert_eq!(recorded.iter().map(|a| (a.first, a.count)).collect::<Vec<_>>(), vec![(0, 3)]);
		assert_agreement(&receipts, &chain).await;
	}

	#[tokio::test]
	async fn an_anchor_lost_in_a_reorg_before_finality_is_submitted_again() {
		let dir = tempfile::tempdir().expect("temp dir");
		let receipts = store(&dir);
		let chain = FakeChain::new();
		disclose(&receipts, 2).await;
		chain.0.lock().finalize_late = true;
		assert!(anchor_once(&receipts, &chain).await.is_err());
		chain.reorg();
		assert!(chain.best().is_empty(), "the anchor's block is gone");

		chain.0.lock().finalize_late = false;
		let recorded = anchor_once(&receipts, &chain).await.expect("round");
		assert_eq!(recorded.iter().map(|a| (a.first, a.count)).collect::<Vec<_>>(), vec![(0, 2)]);
		assert_agreement(&receipts, &chain).await;
	}

	#[tokio::test]
	async fn a_range_submitted_again_after_a_crash_is_anchored_once() {
		let dir = tempfile::tempdir().expect("temp dir");
		let chain = FakeChain::new();
		{
			let receipts = store(&dir);
			disclose(&receipts, 3).await;
			// Submitted, then the gatekeeper dies: the transaction stays in the pool.
			chain.0.lock().hold = true;
			assert!(anchor_once(&receipts, &chain).await.is_err());
			receipts.close();
		}
		let receipts = store(&dir);
		disclose(&receipts, 2).await;
		// After the restart the first transaction is still pending: the chain's best block
		// has nothing, so receipts 0..5 are submitted too.
		assert!(anchor_once(&receipts, &chain).await.is_err());
		assert_eq!(chain.0.lock().pool.len(), 2);
		chain.release();
		// Both landed; the second anchored nothing (`AnchorNotNext`).
		assert_eq!(
			chain.best().iter().map(|a| (a.first, a.count)).collect::<Vec<_>>(),
			vec![(0, 3)]
		);
		let recorded = anchor_once(&receipts, &chain).await.expect("round");
		assert_eq!(
			recorded.iter().map(|a| (a.first, a.count)).collect::<Vec<_>>(),
			vec![(0, 3), (3, 2)]
		);
		assert_agreement(&receipts, &chain).await;
	}

	#[tokio::test]
	async fn a_chain_anchor_over_other_receipts_stops_the_round_and_records_nothing() {
		let dir = tempfile::tempdir().expect("temp dir");
		let receipts = store(&dir);
		let chain = FakeChain::new();
		disclose(&receipts, 2).await;
		chain.submit(0, 2, H256::repeat_byte(0xee)).await.expect("submits");
		let error = anchor_once(&receipts, &chain).await.expect_err("refused");
		assert!(format!("{error:#}").contains("does not match"), "{error:#}");
		assert_eq!(receipts.anchor_totals().expect("reads"), (0, 0));
		// More receipts anchored on chain than stored here: another state file's.
		chain.submit(2, 5, H256::repeat_byte(0xee)).await.expect("submits");
		let error = anchor_once(&receipts, &chain).await.expect_err("refused");
		assert!(format!("{error:#}").contains("only 2 are stored here"), "{error:#}");
	}

	#[tokio::test]
	async fn a_restored_state_numbers_on_after_the_chains_anchors_and_anchors_after_them() {
		let (dir, chain) = (tempfile::tempdir().expect("temp dir"), FakeChain::new());
		let (provider, key) = (Sr25519Keyring::Bob.to_account_id(), Sr25519Keyring::Bob.pair());
		let live = dir.path().join("state.sqlite");
		let backup = dir.path().join("backup.sqlite");
		{
			let receipts = store(&dir);
			disclose(&receipts, 3).await;
			anchor_once(&receipts, &chain).await.expect("round");
			crate::state::backup(&live, &backup, &provider, &key).expect("backed up");
			// After the backup: three more receipts, anchored; then the disk is lost.
			disclose(&receipts, 3).await;
			anchor_once(&receipts, &chain).await.expect("round");
			receipts.close();
		}
		let (_, best) = chain.heads().await.expect("heads");
		let anchored = chain.totals(best).await.expect("totals").receipts;
		assert_eq!(anchored, 6);

		// Copied back by hand, the backup would hand out numbers 3 to 5 again: refused.
		let copied = dir.path().join("copied.sqlite");
		std::fs::copy(&backup, &copied).expect("copied");
		let receipts =
			Receipts::open(&copied, provider.clone(), key.clone(), WriterOptions::default())
				.expect("opens");
		let error = check_numbering(&receipts, &chain).await.expect_err("behind the chain");
		assert!(format!("{error:#}").contains("medrec-gatekeeper restore"), "{error:#}");
		receipts.close();

		// Restored, it numbers on after the chain's six, and after the eight the operator says
		// the lost state had handed out.
		let restored_path = dir.path().join("restored.sqlite");
		crate::state::restore(
			&backup,
			&restored_path,
			&provider,
			&key,
			Some(anchored),
			Some(8),
			false,
		)
		.expect("restored");
		let receipts =
			Receipts::open(&restored_path, provider, key.clone(), WriterOptions::default())
				.expect("opens");
		check_numbering(&receipts, &chain).await.expect("in step with the chain");
		disclose(&receipts, 2).await;
		assert_eq!(receipts.count().expect("counts"), 10);
		// The chain's anchor over the lost receipts is recorded unchecked; the next covers the
		// two void numbers and the two new receipts.
		let recorded = anchor_once(&receipts, &chain).await.expect("round");
		assert_eq!(
			recorded.iter().map(|a| (a.first, a.count)).collect::<Vec<_>>(),
			vec![(3, 3), (6, 4)]
		);
		assert_agreement(&receipts, &chain).await;
		let leaves = receipts.leaves(6, 4).expect("void and new");
		assert_eq!(leaves[..2], [H256::zero(); 2]);
		assert_eq!(merkle::root(&leaves), Some(chain.best()[2].root));
		// The backup's receipts and the new ones have their proofs; none under the lost anchor.
		assert_eq!(receipts.anchor_of(1).expect("reads").map(|a| a.index), Some(0));
		assert_eq!(receipts.anchor_of(4).expect("reads"), None);
		assert_eq!(receipts.anchor_of(9).expect("reads").map(|a| a.index), Some(2));
	}
}
