//! Receipts: one per disclosure, signed by the gatekeeper, stored before the data leaves.
//!
//! Receipts live in the gatekeeper's state database (SQLite, WAL, `synchronous = FULL`) in an
//! append-only table: triggers abort any UPDATE or DELETE. One writer thread numbers and
//! stores them, committing each batch of waiting receipts in one transaction (group commit),
//! and only then answers the requests waiting on them: no disclosure leaves without a durable
//! receipt, however the process ends. With `[state] postgres` the same writer commits to
//! PostgreSQL instead, numbering from a counter that replicas share ([`crate::pg_state`]); the
//! rules here (batches, their signatures and trees, void leaves, anchors) are written once,
//! over a [`Store`] of either kind.
//!
//! The gatekeeper signs each committed batch once: an sr25519 signature over the batch's
//! Merkle root ([`SignedBatch`]). A receipt comes with the batch and its Merkle path, which
//! together sign it as firmly as a signature of its own would, at one signature per commit
//! instead of one per disclosure (under load a commit holds several receipts; signing each
//! was about an eighth of the gatekeeper's CPU when profiled).

use crate::{merkle, AccountId};
use codec::{Decode, Encode};
use medrec_primitives::{
	records::{FieldSet, PointerId},
	BlockNumber, ParticipantId,
};
use parking_lot::Mutex;
use polkadot_sdk::{
	sp_core::{sr25519, Pair, H256},
	sp_crypto_hashing::blake2_256,
};
use rusqlite::{params, Connection, OptionalExtension};
use std::{
	path::Path,
	sync::{mpsc as std_mpsc, Arc},
	thread::JoinHandle,
	time::Duration,
};
use tokio::sync::{mpsc, oneshot};

/// What the gatekeeper signs a batch under, before its SCALE encoding.
pub const BATCH_DOMAIN: &[u8] = b"medrec-gatekeeper/receipt-batch/v1";

/// The state database's layout version (`PRAGMA user_version`). 3: receipts are found by the
/// patient's participant number, not the account they had when served.
pub(crate) const SCHEMA_VERSION: i64 = 3;

/// A disclosure: who saw what, on which block's authority, when.
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct Receipt {
	/// Its number in this provider's receipts, from 0, without gaps.
	pub seq: u64,
	pub provider: AccountId,
	pub requester: AccountId,
	pub patient: AccountId,
	pub pointer: PointerId,
	/// The fields disclosed.
	pub fields: FieldSet,
	/// The block whose state authorized it.
	pub block_number: BlockNumber,
	pub block_hash: H256,
	/// When it was served, Unix ms.
	pub served_at: u64,
	/// BLAKE2-256 of the requester's signed bytes and signature: ties the receipt to the
	/// request only its requester could sign.
	pub request: H256,
	/// The record's content hash, as checked against the pointer.
	pub content_hash: H256,
}

impl Receipt {
	/// Its leaf in the batch's and the anchor's Merkle trees: BLAKE2-256 of its SCALE encoding.
	pub fn leaf(&self) -> H256 {
		H256(blake2_256(&self.encode()))
	}
}

/// Receipts `first .. first + count`, committed together, and the root of their leaves.
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct Batch {
	pub provider: AccountId,
	pub first: u64,
	pub count: u32,
	pub root: H256,
}

/// A batch and the gatekeeper's sr25519 signature of `BATCH_DOMAIN ‖ SCALE(batch)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedBatch {
	pub batch: Batch,
	pub signature: sr25519::Signature,
}

impl SignedBatch {
	fn sign(batch: Batch, key: &sr25519::Pair) -> Self {
		let signature = key.sign(&batch_signing_bytes(&batch));
		Self { batch, signature }
	}

	/// Whether `key` signed it.
	pub fn verify(&self, key: &sr25519::Public) -> bool {
		sr25519::Pair::verify(&self.signature, batch_signing_bytes(&self.batch), key)
	}
}

fn batch_signing_bytes(batch: &Batch) -> Vec<u8> {
	[BATCH_DOMAIN, &batch.encode()].concat()
}

/// A receipt, the signed batch it was committed in and its path to the batch's root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedReceipt {
	pub receipt: Receipt,
	/// `receipt.leaf()`, computed once.
	pub leaf: H256,
	pub batch: Arc<SignedBatch>,
	/// Sibling hashes from the receipt's leaf to the batch root (see [`merkle`]).
	pub path: Vec<H256>,
}

impl SignedReceipt {
	/// Whether `key` signed it: the batch signature is `key`'s, and the path leads from this
	/// receipt, at its place in the batch, to the signed root.
	pub fn verify(&self, key: &sr25519::Public) -> bool {
		let batch = &self.batch.batch;
		let Some(index) = self.receipt.seq.checked_sub(batch.first) else { return false };
		self.receipt.provider == batch.provider
			&& merkle::verify(
				batch.root,
				self.receipt.leaf(),
				index as usize,
				batch.count as usize,
				&self.path,
			) && self.batch.verify(key)
	}
}

/// A receipt before it is numbered, and the nonce its request used.
#[derive(Debug, Clone)]
pub struct Draft {
	pub receipt: Receipt,
	/// The patient's participant number: their receipts are found by it, whatever account
	/// they hold when they ask.
	pub patient_number: ParticipantId,
	pub nonce: [u8; 16],
	pub expires: u64,
}

/// A root anchored on chain, as stored locally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
	pub index: u32,
	pub first: u64,
	pub count: u32,
	pub root: H256,
	pub block_number: BlockNumber,
}

/// The state database. Each receipt row keeps, beside the signed body, the nonce and expiry of
/// the request it answered, so that a restarted gatekeeper refuses replays until they expire
/// (`receipts_by_expiry` finds them). They live in the row rather than in a table keyed by
/// nonce: random nonces would scatter every commit over that table's pages, while expiries
/// grow with time and append. The nonces of requests that leave no receipt (receipts and
/// research requests, refused fetches) are kept in `nonces` until they expire.
///
/// `lost` records the receipt numbers a restored state skips (see [`crate::state`]): numbers
/// the state that was lost had handed out after the backup. Those the chain had anchored when
/// the backup was restored (`anchored = 1`) are covered by the chain's roots, but their
/// receipts are not here; the others are anchored as void leaves (all zero bytes), which no
/// receipt hashes to.
///
/// `anchors_by_first`, `nonces` and `lost` came after layout version 2 without changing it: an
/// older file gains them when opened, and an older gatekeeper ignores them (so a restored state
/// must be run by a gatekeeper that knows `lost`, this one or later).
const SCHEMA: &str = "
	PRAGMA journal_mode = WAL;
	PRAGMA synchronous = FULL;
	CREATE TABLE IF NOT EXISTS receipts (
		seq INTEGER PRIMARY KEY,
		patient INTEGER NOT NULL,
		leaf BLOB NOT NULL,
		body BLOB NOT NULL,
		nonce BLOB NOT NULL,
		expires INTEGER NOT NULL
	);
	CREATE INDEX IF NOT EXISTS receipts_by_patient ON receipts (patient, seq);
	CREATE INDEX IF NOT EXISTS receipts_by_expiry ON receipts (expires);
	CREATE TABLE IF NOT EXISTS batches (
		first INTEGER PRIMARY KEY,
		count INTEGER NOT NULL,
		root BLOB NOT NULL,
		signature BLOB NOT NULL
	);
	CREATE TABLE IF NOT EXISTS anchors (
		idx INTEGER PRIMARY KEY,
		first INTEGER NOT NULL,
		count INTEGER NOT NULL,
		root BLOB NOT NULL,
		block_number INTEGER NOT NULL
	);
	CREATE INDEX IF NOT EXISTS anchors_by_first ON anchors (first);
	CREATE TABLE IF NOT EXISTS nonces (
		signer BLOB NOT NULL,
		nonce BLOB NOT NULL,
		expires INTEGER NOT NULL,
		PRIMARY KEY (signer, nonce)
	) WITHOUT ROWID;
	CREATE INDEX IF NOT EXISTS nonces_by_expiry ON nonces (expires);
	CREATE TRIGGER IF NOT EXISTS receipts_no_update BEFORE UPDATE ON receipts
		BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END;
	CREATE TRIGGER IF NOT EXISTS receipts_no_delete BEFORE DELETE ON receipts
		BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END;
	CREATE TRIGGER IF NOT EXISTS batches_no_update BEFORE UPDATE ON batches
		BEGIN SELECT RAISE(ABORT, 'batches are append-only'); END;
	CREATE TRIGGER IF NOT EXISTS batches_no_delete BEFORE DELETE ON batches
		BEGIN SELECT RAISE(ABORT, 'batches are append-only'); END;
	CREATE TRIGGER IF NOT EXISTS anchors_no_update BEFORE UPDATE ON anchors
		BEGIN SELECT RAISE(ABORT, 'anchors are append-only'); END;
	CREATE TRIGGER IF NOT EXISTS anchors_no_delete BEFORE DELETE ON anchors
		BEGIN SELECT RAISE(ABORT, 'anchors are append-only'); END;
";

/// The numbers a restore skipped (see [`SCHEMA`]); apart so that a restore adds it to a backup
/// without the rest's pragmas.
pub(crate) const LOST_SCHEMA: &str = "
	CREATE TABLE IF NOT EXISTS lost (
		first INTEGER PRIMARY KEY,
		count INTEGER NOT NULL,
		anchored INTEGER NOT NULL,
		recorded_at INTEGER NOT NULL
	);
	CREATE TRIGGER IF NOT EXISTS lost_no_update BEFORE UPDATE ON lost
		BEGIN SELECT RAISE(ABORT, 'lost receipt numbers are append-only'); END;
	CREATE TRIGGER IF NOT EXISTS lost_no_delete BEFORE DELETE ON lost
		BEGIN SELECT RAISE(ABORT, 'lost receipt numbers are append-only'); END;
";

/// Creates the tables of a new state database, or checks that an existing one has this
/// version's layout (an older one is refused rather than mixed with the new format).
pub(crate) fn prepare(db: &Connection) -> anyhow::Result<()> {
	let version: i64 = db.query_row("PRAGMA user_version", [], |row| row.get(0))?;
	let tables: i64 =
		db.query_row("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'", [], |row| {
			row.get(0)
		})?;
	if tables > 0 && version != SCHEMA_VERSION {
		anyhow::bail!(
			"the state database has layout version {version}; this gatekeeper reads version \
			 {SCHEMA_VERSION} (receipts found by the patient's participant number). Keep the old file with the gatekeeper \
			 that wrote it and start this one on a new `state` path"
		);
	}
	db.execute_batch(SCHEMA)?;
	db.execute_batch(LOST_SCHEMA)?;
	db.pragma_update(None, "user_version", SCHEMA_VERSION)?;
	Ok(())
}

/// Work for the writer thread: a receipt to number, sign and store, or the nonce of a request
/// that leaves no receipt, to keep until it expires. Both are committed in the same group
/// commits, so a refused request's nonce costs no fsync of its own under load.
enum Job {
	// Boxed: a draft is four times a nonce's size, and the queue holds jobs by value.
	Receipt(Box<Draft>, oneshot::Sender<Result<SignedReceipt, WriteError>>),
	Nonce(UsedNonce, oneshot::Sender<Result<bool, String>>),
}

/// A nonce used by a request that leaves no receipt.
#[derive(Debug, Clone)]
pub(crate) struct UsedNonce {
	pub signer: AccountId,
	pub nonce: [u8; 16],
	pub expires: u64,
}

/// Why a receipt was not stored; its data is then withheld.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WriteError {
	/// Its request's nonce was used already, by a request another replica served meanwhile
	/// (a replica refuses its own replays before it gets this far).
	#[error("the request's nonce was used already")]
	Replayed,
	/// The store failed, or is closing.
	#[error("{0}")]
	Failed(String),
}

/// A stored batch as a [`Store`] reads it: `(first, count, root, signature)`.
pub(crate) type BatchRow = (u64, u32, H256, Vec<u8>);

/// Where receipts are kept: the few reads and writes the rules of [`Receipts`] (batches and
/// their trees, void leaves, anchors found by receipt) are written over once. An SQLite file
/// ([`SqliteStore`]) for one gatekeeper, or PostgreSQL ([`crate::pg_state`]) for replicas.
/// Numbers are `u64` throughout; each store converts at its edge.
pub(crate) trait Store: Send + Sync {
	/// The next receipt's number: past every receipt stored and every number a restore skipped.
	fn next_number(&self) -> anyhow::Result<u64>;
	/// The ranges a restore skipped, in order: `(first, count, anchored)`.
	fn lost(&self) -> anyhow::Result<Vec<(u64, u64, bool)>>;
	/// The batch with the highest `first` at or below `seq`.
	fn batch_from(&self, seq: u64) -> anyhow::Result<Option<BatchRow>>;
	/// The stored leaves of receipts `first .. end`, in order, with their numbers.
	fn leaf_rows(&self, first: u64, end: u64) -> anyhow::Result<Vec<(u64, H256)>>;
	fn insert_anchor(&self, anchor: &Anchor) -> anyhow::Result<()>;
	/// Every anchor, in order.
	fn anchors(&self) -> anyhow::Result<Vec<Anchor>>;
	/// The anchor with the highest `first` at or below `seq`.
	fn anchor_from(&self, seq: u64) -> anyhow::Result<Option<Anchor>>;
	/// The number of anchors and where the last one ends.
	fn anchor_totals(&self) -> anyhow::Result<(u32, u64)>;
	/// Nonces of requests that expire after `now`: `(signer, nonce, expires)`.
	fn live_nonces(&self, now: u64) -> anyhow::Result<Vec<(AccountId, [u8; 16], u64)>>;
	/// Forgets the nonces of requests that expired by `now`; returns how many.
	fn prune_nonces(&self, now: u64) -> anyhow::Result<usize>;
	/// The bodies of up to `limit` of `patient`'s receipts numbered `from` on, in order.
	fn patient_bodies(
		&self,
		patient: ParticipantId,
		from: u64,
		limit: usize,
	) -> anyhow::Result<Vec<Vec<u8>>>;
	/// The body of receipt `seq`, if it is `patient`'s.
	fn patient_body(&self, patient: ParticipantId, seq: u64) -> anyhow::Result<Option<Vec<u8>>>;
	/// Whether this gatekeeper is the one that anchors.
	fn lead(&self) -> anyhow::Result<bool>;
	/// Stops what the store runs beside the writer, once the writer has stopped.
	fn close(&self);
}

/// What the writer thread commits each group with.
pub(crate) trait Committer: Send + 'static {
	/// Numbers `drafts`, signs their batch and commits it with `nonces`, in one transaction.
	/// Returns each draft's receipt (`None`: its nonce was used already, and it was left out
	/// of the batch) and whether each of `nonces` was new.
	fn commit(
		&mut self,
		drafts: Vec<Draft>,
		nonces: Vec<UsedNonce>,
	) -> anyhow::Result<(Vec<Option<SignedReceipt>>, Vec<bool>)>;
}

/// A batch ready to store: its receipts numbered, encoded and hashed, the tree over them and
/// the batch signed. How every store numbers and signs, so both sign the same way.
pub(crate) struct Sealed {
	pub receipts: Vec<Receipt>,
	pub bodies: Vec<Vec<u8>>,
	pub leaves: Vec<H256>,
	pub batch: Arc<SignedBatch>,
	tree: merkle::Tree,
}

impl Sealed {
	/// Numbers `drafts` from `next` and signs their batch with `key`.
	pub fn new<'a>(
		provider: &AccountId,
		key: &sr25519::Pair,
		next: u64,
		drafts: impl ExactSizeIterator<Item = &'a Draft>,
	) -> anyhow::Result<Self> {
		let count = u32::try_from(drafts.len())?;
		let receipts: Vec<Receipt> = drafts
			.enumerate()
			.map(|(offset, draft)| Receipt { seq: next + offset as u64, ..draft.receipt.clone() })
			.collect();
		let bodies: Vec<Vec<u8>> = receipts.iter().map(Encode::encode).collect();
		let leaves: Vec<H256> = bodies.iter().map(|body| H256(blake2_256(body))).collect();
		let tree = merkle::Tree::new(leaves.clone());
		let root = tree.root().ok_or_else(|| anyhow::anyhow!("an empty batch"))?;
		let batch = Arc::new(SignedBatch::sign(
			Batch { provider: provider.clone(), first: next, count, root },
			key,
		));
		Ok(Self { receipts, bodies, leaves, batch, tree })
	}

	/// The receipts with their batch and paths, once committed.
	pub fn signed(self) -> anyhow::Result<Vec<SignedReceipt>> {
		let Self { receipts, leaves, batch, tree, .. } = self;
		receipts
			.into_iter()
			.zip(leaves)
			.enumerate()
			.map(|(i, (receipt, leaf))| {
				let path =
					tree.proof(i).ok_or_else(|| anyhow::anyhow!("leaf {i} outside its tree"))?;
				Ok(SignedReceipt { receipt, leaf, batch: batch.clone(), path })
			})
			.collect()
	}
}

/// The receipt store: one writer thread that group-commits, and a [`Store`] to read.
pub struct Receipts {
	jobs: Mutex<Option<mpsc::UnboundedSender<Job>>>,
	writer: Mutex<Option<JoinHandle<()>>>,
	store: Box<dyn Store>,
	provider: AccountId,
	key: sr25519::Public,
	/// The last range whose root was asked for, and its root (see [`Receipts::root`]).
	last_root: Mutex<Option<(u64, u32, Option<H256>)>>,
}

/// Most receipts committed in one transaction.
const MAX_BATCH: usize = 4096;

/// Receipts the last commit must have held for the next to wait `commit_delay`.
const COMMIT_SIBLINGS: usize = 4;

/// How the receipt writer commits.
#[derive(Default)]
pub struct WriterOptions {
	/// How long a commit waits for more receipts while the gatekeeper is busy.
	pub commit_delay: Duration,
	/// Observes the number of receipts in each commit.
	pub batch_sizes: Option<prometheus::Histogram>,
}

/// How often the write-ahead log is copied into the database.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(1);

/// Bytes of write-ahead log kept when it starts over (160 MiB): a little more than it grows
/// to before a checkpoint starts it over ([`RESTART_AT`]), so the file is not cut back each time.
const WAL_SIZE_LIMIT: i64 = 160 << 20;

/// Copies the write-ahead log into the database so that the log starts over.
///
/// A PASSIVE checkpoint alone never lets it start over while receipts keep coming: the log
/// restarts only once every frame in it is copied, and under load the writer always adds more
/// meanwhile (it grew by 25 MB/s in the benchmark). So the bulk is copied first without
/// holding anyone up; then RESTART copies the few frames written meanwhile, holding the writer
/// for just that, and the next commit writes the log from its start.
///
/// RESTART holds new commits back while it waits for readers of an older snapshot, so it
/// waits [`RESTART_WAIT`] at most and leaves the restart to a later round. A backup reads the
/// whole state in one read transaction (`crate::state::backup`): with the connection's former
/// 1-s wait, commits stalled for the backup's whole length (651 ms for a 129 MB state, where
/// the longest commit was 32 ms without RESTART).
///
/// Holding the writer costs every request waiting on a commit: under load the RESTART took
/// 20–80 ms (the frames written meanwhile, then a sync of the database file), and at one a
/// second about 4 % of requests waited for it (the p99). So the log is started over only once
/// it holds `restart_at` bytes: under the one-record benchmark's load (8 MB of log a second)
/// every 16 s or so, under the hospital's (70 MB a second: each receipt adds a page to the
/// index by patient) every 2 s; at a hospital's ordinary pace the log starts over by itself
/// (the next commit after a checkpoint that copied every frame, with no reader on an older
/// snapshot). And before the RESTART, what the writer added during the first copy is copied
/// too, pass after pass, while that still shrinks ([`catch_up`]): the RESTART then holds
/// commits back for the last few frames only (it held them 8–48 ms, every 2 s, under the
/// hospital's load).
fn checkpoint(db: &Connection, restart_at: i64) -> rusqlite::Result<()> {
	let passive = || db.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |row| row.get::<_, i64>(1));
	let frames = passive()?;
	let page_size: i64 = db.query_row("PRAGMA page_size", [], |row| row.get(0))?;
	if frames.saturating_mul(page_size) < restart_at {
		return Ok(());
	}
	let added = catch_up(passive, frames, CAUGHT_UP_FRAMES, CATCH_UP_PASSES)?;
	db.busy_timeout(RESTART_WAIT)?;
	let started = std::time::Instant::now();
	// Blocked, it reports so in its first column rather than failing; the next round tries.
	let (blocked, left): (i64, i64) =
		db.query_row("PRAGMA wal_checkpoint(RESTART)", [], |row| {
			Ok((row.get(0)?, row.get::<_, i64>(1)? - row.get::<_, i64>(2)?))
		})?;
	tracing::debug!(
		took_ms = started.elapsed().as_secs_f64() * 1e3,
		log_frames = frames,
		added_during_the_last_copy = added,
		blocked,
		left,
		"receipt log checkpoint with RESTART"
	);
	Ok(())
}

/// Frames added during a copy below which the copying stops and RESTART takes the rest
/// (1 MiB of 4-KiB pages: a few milliseconds to copy and sync).
const CAUGHT_UP_FRAMES: i64 = 256;

/// Copies after the first, at most, before a RESTART.
const CATCH_UP_PASSES: usize = 4;

/// Runs `passive` (a PASSIVE checkpoint, returning the frames in the log when it started)
/// again while the frames the writer added during the copy before, since the log held `log`,
/// are `few` or more and fewer than the copy before found, at most `passes` (one or more)
/// times. Returns the frames the last copy found added: about what a RESTART now must copy
/// while it holds the writer. A count below the one before means the log started over
/// meanwhile: nothing to copy.
fn catch_up(
	mut passive: impl FnMut() -> rusqlite::Result<i64>,
	mut log: i64,
	few: i64,
	passes: usize,
) -> rusqlite::Result<i64> {
	let mut added = i64::MAX;
	for _ in 0..passes {
		let now = passive()?;
		let since = now - log;
		if since < 0 {
			return Ok(0);
		}
		// Not shrinking: the writer adds as fast as a copy goes; RESTART takes it as it is.
		if since >= added {
			return Ok(since);
		}
		(log, added) = (now, since);
		if added < few {
			break;
		}
	}
	Ok(added)
}

/// The size of log past which a checkpoint starts it over, holding commits back meanwhile
/// (128 MiB; a crash leaves at most about this much log to read back at start).
const RESTART_AT: i64 = 128 << 20;

/// How long a RESTART checkpoint may wait for readers (and hold commits back meanwhile):
/// enough for a commit or a page of receipts under way, not for a backup.
const RESTART_WAIT: Duration = Duration::from_millis(50);

impl Receipts {
	/// Opens (creating if needed) the state database at `path` for `provider`'s receipts,
	/// which are signed with `key`.
	pub fn open(
		path: &Path,
		provider: AccountId,
		key: sr25519::Pair,
		options: WriterOptions,
	) -> anyhow::Result<Self> {
		let writer_db = crate::open_private(path)?;
		// Another process may be preparing the same new file (the `pointer` command).
		writer_db.busy_timeout(Duration::from_secs(10))?;
		prepare(&writer_db)?;
		let reader = Connection::open(path)?;
		// The writer thread and the reader (anchors) may briefly contend for the lock.
		for db in [&writer_db, &reader] {
			db.busy_timeout(Duration::from_secs(10))?;
		}
		// Checkpoints run beside the writer, not in it: SQLite's automatic checkpoint copies
		// the log into the database and syncs it inside a commit, and every request waiting
		// on that commit would wait for the copy too (the p99 latency, under load).
		writer_db.pragma_update(None, "wal_autocheckpoint", 0)?;
		// A log that grew in a burst is cut back to this size when it starts over.
		writer_db.pragma_update(None, "journal_size_limit", WAL_SIZE_LIMIT)?;
		let checkpoint_db = Connection::open(path)?;
		checkpoint_db.busy_timeout(RESTART_WAIT)?;
		let (stop_checkpoints, stopped) = std_mpsc::channel::<()>();
		let checkpointer =
			std::thread::Builder::new().name("checkpoints".into()).spawn(move || {
				while let Err(std_mpsc::RecvTimeoutError::Timeout) =
					stopped.recv_timeout(CHECKPOINT_EVERY)
				{
					if let Err(error) = checkpoint(&checkpoint_db, RESTART_AT) {
						tracing::warn!(%error, "checkpointing the receipt log failed; retrying");
					}
				}
			})?;
		// After a restore, numbering goes on past the numbers the lost state handed out.
		let next = next_number(&writer_db)?;
		let committer =
			SqliteCommitter { db: writer_db, next, provider: provider.clone(), key: key.clone() };
		let store = SqliteStore {
			reader: Mutex::new(reader),
			checkpointer: Mutex::new(Some((stop_checkpoints, checkpointer))),
		};
		Self::start(Box::new(store), committer, provider, key.public(), options)
	}

	/// Starts the writer thread over `store`, committing with `committer`.
	pub(crate) fn start(
		store: Box<dyn Store>,
		mut committer: impl Committer,
		provider: AccountId,
		key: sr25519::Public,
		options: WriterOptions,
	) -> anyhow::Result<Self> {
		let WriterOptions { commit_delay, batch_sizes } = options;
		let (jobs, mut queue) = mpsc::unbounded_channel::<Job>();
		let writer = std::thread::Builder::new().name("receipts".into()).spawn(move || {
			let mut batch = Vec::new();
			let mut last_batch = 0;
			while let Some(job) = queue.blocking_recv() {
				batch.push(job);
				// Busy (the last commit was shared): let more receipts join this one, so one
				// fsync carries them all. A lone request is committed at once.
				if last_batch >= COMMIT_SIBLINGS && !commit_delay.is_zero() {
					std::thread::sleep(commit_delay);
				}
				while batch.len() < MAX_BATCH {
					match queue.try_recv() {
						Ok(job) => batch.push(job),
						Err(_) => break,
					}
				}
				let (mut drafts, mut receipt_replies) = (Vec::new(), Vec::new());
				let (mut nonces, mut nonce_replies) = (Vec::new(), Vec::new());
				for job in batch.drain(..) {
					match job {
						Job::Receipt(draft, reply) => {
							drafts.push(*draft);
							receipt_replies.push(reply);
						},
						Job::Nonce(used, reply) => {
							nonces.push(used);
							nonce_replies.push(reply);
						},
					}
				}
				match committer.commit(drafts, nonces) {
					Ok((receipts, fresh)) => {
						let stored = receipts.iter().flatten().count();
						if let (Some(sizes), true) = (&batch_sizes, stored > 0) {
							sizes.observe(stored as f64);
						}
						last_batch = stored;
						for (reply, receipt) in receipt_replies.into_iter().zip(receipts) {
							// The requester may have gone; the receipt stays either way.
							let _ = reply.send(receipt.ok_or(WriteError::Replayed));
						}
						for (reply, fresh) in nonce_replies.into_iter().zip(fresh) {
							let _ = reply.send(Ok(fresh));
						}
					},
					Err(error) => {
						let error = format!("{error:#}");
						tracing::error!(%error, "storing receipts failed; their data is withheld");
						for reply in receipt_replies {
							let _ = reply.send(Err(WriteError::Failed(error.clone())));
						}
						for reply in nonce_replies {
							let _ = reply.send(Err(error.clone()));
						}
					},
				}
			}
		})?;
		Ok(Self {
			jobs: Mutex::new(Some(jobs)),
			writer: Mutex::new(Some(writer)),
			store,
			provider,
			key,
			last_root: Mutex::new(None),
		})
	}

	/// The key receipts are signed with.
	pub fn key(&self) -> sr25519::Public {
		self.key
	}

	/// Numbers, signs and durably stores `draft`; resolves once it is committed.
	pub async fn write(&self, draft: Draft) -> Result<SignedReceipt, WriteError> {
		let (reply, answer) = oneshot::channel();
		self.send(Job::Receipt(Box::new(draft), reply)).map_err(WriteError::Failed)?;
		answer
			.await
			.map_err(|_| WriteError::Failed("the receipt writer stopped".into()))?
	}

	/// Durably records that `signer` used `nonce` in a request valid until `expires` that
	/// leaves no receipt (a disclosure's nonce is stored with its receipt), so that its replay
	/// is refused after a restart too. Resolves once committed, with whether it was new.
	pub async fn use_nonce(
		&self,
		signer: &AccountId,
		nonce: [u8; 16],
		expires: u64,
	) -> Result<bool, String> {
		let (reply, answer) = oneshot::channel();
		self.send(Job::Nonce(UsedNonce { signer: signer.clone(), nonce, expires }, reply))?;
		answer.await.map_err(|_| "the receipt writer stopped".to_string())?
	}

	fn send(&self, job: Job) -> Result<(), String> {
		let jobs = self.jobs.lock().clone().ok_or("the gatekeeper is shutting down")?;
		jobs.send(job).map_err(|_| "the receipt writer stopped".to_string())
	}

	/// Stops taking receipts, then waits until every one already handed over is committed.
	pub fn close(&self) {
		self.jobs.lock().take();
		if let Some(writer) = self.writer.lock().take() {
			let _ = writer.join();
		}
		self.store.close();
	}

	/// Whether this gatekeeper anchors: always with SQLite (one gatekeeper per state), and
	/// with PostgreSQL while it holds the anchoring lock (see [`crate::pg_state`]).
	pub fn lead(&self) -> anyhow::Result<bool> {
		self.store.lead()
	}

	/// The next receipt's number: the receipts stored, and after a restore the numbers skipped
	/// ([`Self::lost`]) too.
	pub fn count(&self) -> anyhow::Result<u64> {
		self.store.next_number()
	}

	/// The ranges of receipt numbers a restore skipped: `(first, count, anchored)`, where
	/// `anchored` says the chain had anchored them (their receipts are unknown here).
	pub fn lost(&self) -> anyhow::Result<Vec<(u64, u64, bool)>> {
		self.store.lost()
	}

	/// Whether some receipt of `first .. first + count` is one the chain anchored but this state
	/// lost: the root of those receipts cannot be recomputed here, nor a proof under it given.
	pub fn covers_lost(&self, first: u64, count: u64) -> anyhow::Result<bool> {
		let end = first.saturating_add(count);
		Ok(self
			.lost()?
			.iter()
			.any(|&(from, n, anchored)| anchored && from < end && first < from + n))
	}

	/// `receipts` (in order of `seq`) with their signed batches and paths. Only the tree of
	/// the batch at hand is kept: a page of receipts across many batches holds one at a time.
	fn sign_receipts(&self, receipts: Vec<Receipt>) -> anyhow::Result<Vec<SignedReceipt>> {
		let mut current: Option<(Arc<SignedBatch>, merkle::Tree)> = None;
		receipts
			.into_iter()
			.map(|receipt| {
				let seq = receipt.seq;
				let known = current.as_ref().is_some_and(|(signed, _)| {
					let batch = &signed.batch;
					seq >= batch.first && seq - batch.first < u64::from(batch.count)
				});
				if !known {
					let signed = self.batch_of(seq)?;
					let batch = &signed.batch;
					let tree = merkle::Tree::new(self.leaves(batch.first, batch.count)?);
					anyhow::ensure!(
						tree.root() == Some(batch.root),
						"batch {} does not match its receipts",
						batch.first
					);
					current = Some((Arc::new(signed), tree));
				}
				let (batch, tree) =
					current.as_ref().ok_or_else(|| anyhow::anyhow!("no batch for {seq}"))?;
				let path = tree
					.proof((seq - batch.batch.first) as usize)
					.ok_or_else(|| anyhow::anyhow!("receipt {seq} outside its batch"))?;
				Ok(SignedReceipt { leaf: receipt.leaf(), receipt, batch: batch.clone(), path })
			})
			.collect()
	}

	/// The signed batch receipt `seq` was committed in.
	fn batch_of(&self, seq: u64) -> anyhow::Result<SignedBatch> {
		let Some((first, count, root, signature)) = self
			.store
			.batch_from(seq)?
			.filter(|(first, count, ..)| seq - first < u64::from(*count))
		else {
			anyhow::bail!("receipt {seq} has no batch");
		};
		let signature: [u8; 64] = signature
			.try_into()
			.map_err(|_| anyhow::anyhow!("batch {first}: bad signature"))?;
		Ok(SignedBatch {
			batch: Batch { provider: self.provider.clone(), first, count, root },
			signature: sr25519::Signature::from_raw(signature),
		})
	}

	/// The Merkle root of receipts `first .. first + count`, as anchored (`None` if empty). An
	/// anchoring round asks for the root of the range it submits, then again for the same range
	/// once its anchor is final, to check the chain's: under load hundreds of thousands of
	/// receipts, a few hundred milliseconds of reading and hashing. Receipts never change, so
	/// the last range's root is kept for the second time.
	pub fn root(&self, first: u64, count: u32) -> anyhow::Result<Option<H256>> {
		if let Some((f, c, root)) = *self.last_root.lock() {
			if (f, c) == (first, count) {
				return Ok(root);
			}
		}
		let root = merkle::root(&self.leaves(first, count)?);
		*self.last_root.lock() = Some((first, count, root));
		Ok(root)
	}

	/// The leaves of receipts `first .. first + count`: a number a restore skipped and the chain
	/// had not anchored is a void leaf (zero bytes); one it had anchored cannot be given.
	pub fn leaves(&self, first: u64, count: u32) -> anyhow::Result<Vec<H256>> {
		let end = first.saturating_add(u64::from(count));
		let rows = self.store.leaf_rows(first, end)?;
		let mut leaves = Vec::with_capacity(count as usize);
		let mut lost = None;
		for (seq, leaf) in rows {
			// Rows skip only numbers a restore skipped: fill them in.
			while (first + leaves.len() as u64) < seq {
				leaves.push(self.void_leaf(first + leaves.len() as u64, &mut lost)?);
			}
			leaves.push(leaf);
		}
		while (leaves.len() as u64) < u64::from(count) {
			leaves.push(self.void_leaf(first + leaves.len() as u64, &mut lost)?);
		}
		Ok(leaves)
	}

	/// The leaf of receipt number `seq`, which has no row: void (zero bytes) if a restore
	/// skipped it before the chain anchored it. `lost` caches the skipped ranges.
	fn void_leaf(
		&self,
		seq: u64,
		lost: &mut Option<Vec<(u64, u64, bool)>>,
	) -> anyhow::Result<H256> {
		if lost.is_none() {
			*lost = Some(self.lost()?);
		}
		let range = lost
			.iter()
			.flatten()
			.find(|&&(first, count, _)| seq >= first && seq - first < count);
		match range {
			Some(&(_, _, false)) => Ok(H256::zero()),
			Some(&(_, _, true)) => anyhow::bail!(
				"receipt {seq} was lost with the state a backup was restored over; the chain's \
				 anchor covers it, but its leaf is unknown here"
			),
			None => anyhow::bail!("receipt {seq} is missing"),
		}
	}

	/// Records an anchor (after it is on chain).
	pub fn record_anchor(&self, anchor: &Anchor) -> anyhow::Result<()> {
		self.store.insert_anchor(anchor)
	}

	/// The anchors recorded, in order.
	pub fn anchors(&self) -> anyhow::Result<Vec<Anchor>> {
		self.store.anchors()
	}

	/// Nonces of requests that expire after `now` (Unix ms), to refuse their replay after a
	/// restart: those of disclosures (in their receipts) and those kept by [`Self::use_nonce`].
	pub fn live_nonces(&self, now: u64) -> anyhow::Result<Vec<(AccountId, [u8; 16], u64)>> {
		self.store.live_nonces(now)
	}

	/// Forgets the nonces of [`Self::use_nonce`] whose requests expired before `now`: they are
	/// refused as expired anyway. Returns how many.
	pub fn prune_nonces(&self, now: u64) -> anyhow::Result<usize> {
		self.store.prune_nonces(now)
	}

	/// Up to `limit` receipts of `patient`'s records numbered after `after` (from the first if
	/// `None`), oldest first, each with its signed batch and path. Memory stays bounded by the
	/// page and one batch, however many receipts the patient has.
	pub fn of_patient(
		&self,
		patient: ParticipantId,
		after: Option<u64>,
		limit: usize,
	) -> anyhow::Result<Vec<SignedReceipt>> {
		let from = after.map_or(0, |seq| seq.saturating_add(1));
		let receipts = self
			.store
			.patient_bodies(patient, from, limit)?
			.into_iter()
			.map(|body| Ok(Receipt::decode(&mut &body[..])?))
			.collect::<anyhow::Result<_>>()?;
		self.sign_receipts(receipts)
	}

	/// Receipt `seq`, if it is `patient`'s, with its signed batch and path.
	pub fn of_patient_at(
		&self,
		patient: ParticipantId,
		seq: u64,
	) -> anyhow::Result<Option<SignedReceipt>> {
		let Some(body) = self.store.patient_body(patient, seq)? else { return Ok(None) };
		Ok(self.sign_receipts(vec![Receipt::decode(&mut &body[..])?])?.pop())
	}

	/// The anchor covering receipt `seq`, if it is anchored and its proofs can be given (not
	/// one over receipts a restore lost, whose leaves are unknown here).
	pub fn anchor_of(&self, seq: u64) -> anyhow::Result<Option<Anchor>> {
		match self.store.anchor_from(seq)?.filter(|a| seq - a.first < u64::from(a.count)) {
			Some(a) if self.covers_lost(a.first, u64::from(a.count))? => Ok(None),
			anchor => Ok(anchor),
		}
	}

	/// The anchors recorded here and the receipts they cover (where the next anchor starts).
	pub fn anchor_totals(&self) -> anyhow::Result<(u32, u64)> {
		self.store.anchor_totals()
	}
}

impl Drop for Receipts {
	fn drop(&mut self) {
		self.close();
	}
}

/// The receipts of an SQLite state file: a reading connection, and the thread that checkpoints
/// its write-ahead log.
struct SqliteStore {
	reader: Mutex<Connection>,
	/// Stops (when dropped) and joins the checkpointing thread.
	checkpointer: Mutex<Option<(std_mpsc::Sender<()>, JoinHandle<()>)>>,
}

impl Store for SqliteStore {
	fn next_number(&self) -> anyhow::Result<u64> {
		next_number(&self.reader.lock())
	}

	fn lost(&self) -> anyhow::Result<Vec<(u64, u64, bool)>> {
		lost_ranges(&self.reader.lock())
	}

	fn batch_from(&self, seq: u64) -> anyhow::Result<Option<BatchRow>> {
		let db = self.reader.lock();
		let mut statement = db.prepare_cached(
			"SELECT first, count, root, signature FROM batches WHERE first <= ?1 \
			 ORDER BY first DESC LIMIT 1",
		)?;
		Ok(statement
			.query_row([seq as i64], |row| {
				Ok((
					row.get::<_, i64>(0)? as u64,
					row.get::<_, u32>(1)?,
					H256::from_slice(&row.get::<_, Vec<u8>>(2)?),
					row.get::<_, Vec<u8>>(3)?,
				))
			})
			.optional()?)
	}

	fn leaf_rows(&self, first: u64, end: u64) -> anyhow::Result<Vec<(u64, H256)>> {
		let db = self.reader.lock();
		let mut statement = db.prepare_cached(
			"SELECT seq, leaf FROM receipts WHERE seq >= ?1 AND seq < ?2 ORDER BY seq",
		)?;
		let rows = statement.query_map(params![first as i64, end as i64], |row| {
			Ok((row.get::<_, i64>(0)? as u64, H256::from_slice(&row.get::<_, Vec<u8>>(1)?)))
		})?;
		Ok(rows.collect::<Result<_, _>>()?)
	}

	fn insert_anchor(&self, anchor: &Anchor) -> anyhow::Result<()> {
		self.reader.lock().execute(
			"INSERT INTO anchors (idx, first, count, root, block_number) VALUES (?1, ?2, ?3, ?4, ?5)",
			params![
				anchor.index,
				anchor.first as i64,
				anchor.count,
				anchor.root.as_bytes(),
				anchor.block_number
			],
		)?;
		Ok(())
	}

	fn anchors(&self) -> anyhow::Result<Vec<Anchor>> {
		let db = self.reader.lock();
		let mut statement = db.prepare_cached(
			"SELECT idx, first, count, root, block_number FROM anchors ORDER BY idx",
		)?;
		let rows = statement.query_map([], anchor_row)?;
		Ok(rows.collect::<Result<_, _>>()?)
	}

	fn anchor_from(&self, seq: u64) -> anyhow::Result<Option<Anchor>> {
		let db = self.reader.lock();
		let mut statement = db.prepare_cached(
			"SELECT idx, first, count, root, block_number FROM anchors WHERE first <= ?1 \
			 ORDER BY first DESC LIMIT 1",
		)?;
		Ok(statement.query_row([seq as i64], anchor_row).optional()?)
	}

	fn anchor_totals(&self) -> anyhow::Result<(u32, u64)> {
		let (anchors, end): (u32, i64) = self.reader.lock().query_row(
			"SELECT COUNT(*), COALESCE(MAX(first + count), 0) FROM anchors",
			[],
			|row| Ok((row.get(0)?, row.get(1)?)),
		)?;
		Ok((anchors, end as u64))
	}

	fn live_nonces(&self, now: u64) -> anyhow::Result<Vec<(AccountId, [u8; 16], u64)>> {
		let db = self.reader.lock();
		let mut statement =
			db.prepare("SELECT body, nonce, expires FROM receipts WHERE expires > ?1")?;
		let rows = statement.query_map([now as i64], |row| {
			Ok((row.get::<_, Vec<u8>>(0)?, row.get::<_, Vec<u8>>(1)?, row.get::<_, i64>(2)?))
		})?;
		let mut live = rows
			.map(|row| {
				let (body, nonce, expires) = row?;
				let receipt = Receipt::decode(&mut &body[..])?;
				Ok((receipt.requester, nonce_bytes(nonce)?, expires as u64))
			})
			.collect::<anyhow::Result<Vec<_>>>()?;
		let mut statement =
			db.prepare("SELECT signer, nonce, expires FROM nonces WHERE expires > ?1")?;
		let rows = statement.query_map([now as i64], |row| {
			Ok((row.get::<_, Vec<u8>>(0)?, row.get::<_, Vec<u8>>(1)?, row.get::<_, i64>(2)?))
		})?;
		for row in rows {
			let (signer, nonce, expires) = row?;
			live.push((signer_account(signer)?, nonce_bytes(nonce)?, expires as u64));
		}
		Ok(live)
	}

	fn prune_nonces(&self, now: u64) -> anyhow::Result<usize> {
		Ok(self
			.reader
			.lock()
			.execute("DELETE FROM nonces WHERE expires <= ?1", [now as i64])?)
	}

	fn patient_bodies(
		&self,
		patient: ParticipantId,
		from: u64,
		limit: usize,
	) -> anyhow::Result<Vec<Vec<u8>>> {
		let db = self.reader.lock();
		let mut statement = db.prepare_cached(
			"SELECT body FROM receipts WHERE patient = ?1 AND seq >= ?2 ORDER BY seq LIMIT ?3",
		)?;
		let rows = statement
			.query_map(params![patient as i64, from as i64, limit as i64], |row| {
				row.get::<_, Vec<u8>>(0)
			})?;
		Ok(rows.collect::<Result<_, _>>()?)
	}

	fn patient_body(&self, patient: ParticipantId, seq: u64) -> anyhow::Result<Option<Vec<u8>>> {
		Ok(self
			.reader
			.lock()
			.prepare_cached("SELECT body FROM receipts WHERE seq = ?1 AND patient = ?2")?
			.query_row(params![seq as i64, patient as i64], |row| row.get(0))
			.optional()?)
	}

	fn lead(&self) -> anyhow::Result<bool> {
		// `<state>.lock` keeps every other gatekeeper off this file.
		Ok(true)
	}

	fn close(&self) {
		if let Some((stop, checkpointer)) = self.checkpointer.lock().take() {
			drop(stop);
			let _ = checkpointer.join();
		}
	}
}

/// The SQLite writer: numbers on from `next`, which it alone advances.
struct SqliteCommitter {
	db: Connection,
	next: u64,
	provider: AccountId,
	key: sr25519::Pair,
}

impl Committer for SqliteCommitter {
	fn commit(
		&mut self,
		drafts: Vec<Draft>,
		nonces: Vec<UsedNonce>,
	) -> anyhow::Result<(Vec<Option<SignedReceipt>>, Vec<bool>)> {
		let (receipts, fresh) =
			write_batch(&mut self.db, &self.provider, &self.key, self.next, &drafts, &nonces)?;
		self.next += receipts.len() as u64;
		Ok((receipts.into_iter().map(Some).collect(), fresh))
	}
}

/// The next receipt number of the state `db`: past every receipt stored and every number a
/// restore skipped.
fn next_number(db: &Connection) -> anyhow::Result<u64> {
	let (stored, skipped): (i64, i64) = db.query_row(
		"SELECT (SELECT COALESCE(MAX(seq) + 1, 0) FROM receipts), \
		        (SELECT COALESCE(MAX(first + count), 0) FROM lost)",
		[],
		|row| Ok((row.get(0)?, row.get(1)?)),
	)?;
	Ok(stored.max(skipped) as u64)
}

/// The ranges a restore skipped, in order: `(first, count, anchored)`.
pub(crate) fn lost_ranges(db: &Connection) -> anyhow::Result<Vec<(u64, u64, bool)>> {
	let mut statement =
		db.prepare_cached("SELECT first, count, anchored FROM lost ORDER BY first")?;
	let rows = statement.query_map([], |row| {
		Ok((row.get::<_, i64>(0)? as u64, row.get::<_, i64>(1)? as u64, row.get::<_, bool>(2)?))
	})?;
	Ok(rows.collect::<Result<_, _>>()?)
}

pub(crate) fn nonce_bytes(nonce: Vec<u8>) -> anyhow::Result<[u8; 16]> {
	nonce.try_into().map_err(|_| anyhow::anyhow!("bad nonce"))
}

pub(crate) fn signer_account(signer: Vec<u8>) -> anyhow::Result<AccountId> {
	let signer: [u8; 32] =
		signer.try_into().map_err(|_| anyhow::anyhow!("bad signer in nonces"))?;
	Ok(AccountId::from(signer))
}

fn anchor_row(row: &rusqlite::Row) -> rusqlite::Result<Anchor> {
	Ok(Anchor {
		index: row.get(0)?,
		first: row.get::<_, i64>(1)? as u64,
		count: row.get(2)?,
		root: H256::from_slice(&row.get::<_, Vec<u8>>(3)?),
		block_number: row.get(4)?,
	})
}

/// Numbers `drafts` from `next`, signs their batch and commits it, with `nonces`, in one
/// transaction. Returns the signed receipts, and for each nonce whether it was new.
fn write_batch(
	db: &mut Connection,
	provider: &AccountId,
	key: &sr25519::Pair,
	next: u64,
	drafts: &[Draft],
	nonces: &[UsedNonce],
) -> anyhow::Result<(Vec<SignedReceipt>, Vec<bool>)> {
	let transaction = db.transaction()?;
	let fresh = {
		let mut nonce_row = transaction.prepare_cached(
			"INSERT OR IGNORE INTO nonces (signer, nonce, expires) VALUES (?1, ?2, ?3)",
		)?;
		nonces
			.iter()
			.map(|used| {
				let inserted = nonce_row.execute(params![
					AsRef::<[u8]>::as_ref(&used.signer),
					&used.nonce[..],
					used.expires as i64
				])?;
				Ok(inserted == 1)
			})
			.collect::<anyhow::Result<Vec<_>>>()?
	};
	if drafts.is_empty() {
		transaction.commit()?;
		return Ok((Vec::new(), fresh));
	}
	let sealed = Sealed::new(provider, key, next, drafts.iter())?;
	{
		let mut receipt_row = transaction.prepare_cached(
			"INSERT INTO receipts (seq, patient, leaf, body, nonce, expires) \
			 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
		)?;
		for ((draft, receipt), (body, leaf)) in drafts
			.iter()
			.zip(&sealed.receipts)
			.zip(sealed.bodies.iter().zip(&sealed.leaves))
		{
			receipt_row.execute(params![
				receipt.seq as i64,
				draft.patient_number as i64,
				leaf.as_bytes(),
				body,
				&draft.nonce[..],
				draft.expires as i64,
			])?;
		}
		let batch = &sealed.batch;
		transaction.execute(
			"INSERT INTO batches (first, count, root, signature) VALUES (?1, ?2, ?3, ?4)",
			params![
				next as i64,
				batch.batch.count,
				batch.batch.root.as_bytes(),
				&batch.signature.0[..]
			],
		)?;
	}
	transaction.commit()?;
	Ok((sealed.signed()?, fresh))
}

#[cfg(test)]
mod tests {
	use super::*;
	use polkadot_sdk::sp_keyring::Sr25519Keyring;

	fn key() -> sr25519::Pair {
		Sr25519Keyring::Bob.pair()
	}

	fn provider() -> AccountId {
		Sr25519Keyring::Bob.to_account_id()
	}

	/// A test patient's participant number.
	fn number(patient: Sr25519Keyring) -> ParticipantId {
		Sr25519Keyring::iter().position(|k| k == patient).expect("a well-known key") as u64
	}

	fn draft(patient: Sr25519Keyring, n: u8) -> Draft {
		Draft {
			receipt: Receipt {
				seq: 0,
				provider: provider(),
				requester: Sr25519Keyring::Dave.to_account_id(),
				patient: patient.to_account_id(),
				pointer: u64::from(n),
				fields: FieldSet(0b101),
				block_number: 7,
				block_hash: H256::repeat_byte(7),
				served_at: 1_700_000_000_000 + u64::from(n),
				request: H256::repeat_byte(n),
				content_hash: H256::repeat_byte(0xc0),
			},
			patient_number: number(patient),
			nonce: [n; 16],
			expires: u64::MAX / 2,
		}
	}

	fn open(dir: &tempfile::TempDir) -> Arc<Receipts> {
		Arc::new(
			Receipts::open(
				&dir.path().join("state.sqlite"),
				provider(),
				key(),
				WriterOptions::default(),
			)
			.expect("opens"),
		)
	}

	/// Hands all `drafts` over at once (the writer commits together what is waiting) and
	/// returns their receipts in hand-over order.
	async fn write_all(receipts: &Arc<Receipts>, drafts: Vec<Draft>) -> Vec<SignedReceipt> {
		let mut tasks = tokio::task::JoinSet::new();
		for (i, draft) in drafts.into_iter().enumerate() {
			let receipts = receipts.clone();
			tasks.spawn(async move { (i, receipts.write(draft).await) });
		}
		let mut written: Vec<_> = tasks.join_all().await;
		written.sort_by_key(|(i, _)| *i);
		written.into_iter().map(|(_, receipt)| receipt.expect("stored")).collect()
	}

	/// A new store with `n` of Charlie's receipts written to it.
	async fn store_with(n: u8) -> (tempfile::TempDir, Arc<Receipts>, Vec<SignedReceipt>) {
		let dir = tempfile::tempdir().expect("temp dir");
		let receipts = open(&dir);
		let written =
			write_all(&receipts, (0..n).map(|n| draft(Sr25519Keyring::Charlie, n)).collect()).await;
		(dir, receipts, written)
	}

	#[tokio::test]
	async fn receipts_are_numbered_without_gaps_and_each_verifies_through_its_batch() {
		let (_dir, receipts, written) = store_with(5).await;
		assert_eq!(written.iter().map(|r| r.receipt.seq).collect::<Vec<_>>(), vec![0, 1, 2, 3, 4]);
		let bob = key().public();
		for signed in &written {
			assert!(signed.verify(&bob), "receipt {} verifies", signed.receipt.seq);
			assert!(!signed.verify(&Sr25519Keyring::Eve.public()), "not by another key");
			let batch = &signed.batch.batch;
			assert!(batch.first <= signed.receipt.seq);
			assert!(signed.receipt.seq - batch.first < u64::from(batch.count));
		}
		assert_eq!(receipts.count().expect("counts"), 5);
	}

	#[tokio::test]
	async fn a_changed_receipt_path_or_batch_no_longer_verifies() {
		let (_dir, _receipts, written) = store_with(3).await;
		let bob = key().public();
		let original = written.last().expect("three").clone();

		let mut other_fields = original.clone();
		other_fields.receipt.fields = FieldSet(0b111);
		assert!(!other_fields.verify(&bob));

		let mut other_seq = original.clone();
		other_seq.receipt.seq += 1;
		assert!(!other_seq.verify(&bob));

		let mut other_provider = original.clone();
		other_provider.receipt.provider = Sr25519Keyring::Ferdie.to_account_id();
		assert!(!other_provider.verify(&bob));

		if !original.path.is_empty() {
			let mut other_path = original.clone();
			other_path.path[0] = H256::repeat_byte(1);
			assert!(!other_path.verify(&bob));
		}

		let mut other_root = original.clone();
		let mut batch = (*original.batch).clone();
		batch.batch.root = H256::repeat_byte(2);
		other_root.batch = Arc::new(batch);
		assert!(!other_root.verify(&bob));
	}

	#[tokio::test]
	async fn a_patient_gets_only_their_receipts_each_with_a_verifying_path() {
		let dir = tempfile::tempdir().expect("temp dir");
		let receipts = open(&dir);
		let mut drafts = Vec::new();
		for n in 0..9 {
			let patient = if n % 3 == 0 { Sr25519Keyring::Eve } else { Sr25519Keyring::Charlie };
			drafts.push(draft(patient, n));
		}
		let written = write_all(&receipts, drafts).await;
		// A second commit, so the patient's receipts span batches.
		let later = write_all(&receipts, vec![draft(Sr25519Keyring::Charlie, 9)]).await;

		let charlie =
			receipts.of_patient(number(Sr25519Keyring::Charlie), None, 100).expect("reads");
		let expected: Vec<u64> = written
			.iter()
			.chain(&later)
			.filter(|r| r.receipt.patient == Sr25519Keyring::Charlie.to_account_id())
			.map(|r| r.receipt.seq)
			.collect();
		assert_eq!(charlie.iter().map(|r| r.receipt.seq).collect::<Vec<_>>(), expected);
		for (read, wrote) in charlie.iter().zip(
			written
				.iter()
				.chain(&later)
				.filter(|r| r.receipt.patient == Sr25519Keyring::Charlie.to_account_id()),
		) {
			assert_eq!(read, wrote, "read back as written");
			assert!(read.verify(&key().public()));
		}
		assert_eq!(
			receipts
				.of_patient(number(Sr25519Keyring::Eve), None, 100)
				.expect("reads")
				.len(),
			3
		);
		assert!(receipts
			.of_patient(number(Sr25519Keyring::Ferdie), None, 100)
			.expect("reads")
			.is_empty());
	}

	#[tokio::test]
	async fn a_patients_receipts_come_in_pages_and_one_by_number() {
		let dir = tempfile::tempdir().expect("temp dir");
		let receipts = open(&dir);
		let charlie = Sr25519Keyring::Charlie.to_account_id();
		// Three commits of Charlie's and Eve's receipts interleaved: pages cross batches.
		let mut written = Vec::new();
		for commit in 0..3u8 {
			let drafts = (0..7u8)
				.map(|i| {
					let patient =
						if i % 2 == 0 { Sr25519Keyring::Charlie } else { Sr25519Keyring::Eve };
					draft(patient, commit * 10 + i)
				})
				.collect();
			written.extend(write_all(&receipts, drafts).await);
		}
		let mut expected: Vec<u64> = written
			.iter()
			.filter(|r| r.receipt.patient == charlie)
			.map(|r| r.receipt.seq)
			.collect();
		expected.sort();
		assert_eq!(expected.len(), 12);
		let mut pages = Vec::new();
		let mut after = None;
		loop {
			let page =
				receipts.of_patient(number(Sr25519Keyring::Charlie), after, 5).expect("reads");
			assert!(page.len() <= 5);
			assert!(page.iter().all(|r| r.verify(&key().public())));
			let Some(last) = page.last() else { break };
			after = Some(last.receipt.seq);
			pages.push(page.iter().map(|r| r.receipt.seq).collect::<Vec<_>>());
		}
		assert_eq!(pages.len(), 3, "5 + 5 + 2");
		assert_eq!(pages.concat(), expected);

		let third = expected[2];
		let one = receipts
			.of_patient_at(number(Sr25519Keyring::Charlie), third)
			.expect("reads")
			.expect("Charlie's");
		assert_eq!(one.receipt.seq, third);
		assert!(one.verify(&key().public()));
		// Not Charlie's, or not there: nothing.
		let eves = written
			.iter()
			.find(|r| r.receipt.patient != charlie)
			.expect("Eve's")
			.receipt
			.seq;
		assert_eq!(
			receipts.of_patient_at(number(Sr25519Keyring::Charlie), eves).expect("reads"),
			None
		);
		assert_eq!(
			receipts.of_patient_at(number(Sr25519Keyring::Charlie), 1_000).expect("reads"),
			None
		);
	}

	#[tokio::test]
	async fn nonces_of_requests_without_receipts_are_kept_across_restarts_until_they_expire() {
		let dir = tempfile::tempdir().expect("temp dir");
		let dave = Sr25519Keyring::Dave.to_account_id();
		{
			let receipts = open(&dir);
			assert_eq!(receipts.use_nonce(&dave, [7; 16], 5_000).await, Ok(true));
			assert_eq!(receipts.use_nonce(&dave, [7; 16], 5_000).await, Ok(false), "used");
			assert_eq!(receipts.use_nonce(&dave, [8; 16], 9_000).await, Ok(true));
			receipts.close();
		}
		let receipts = open(&dir);
		let mut live = receipts.live_nonces(1_000).expect("reads");
		live.sort_by_key(|(_, nonce, _)| *nonce);
		assert_eq!(live, vec![(dave.clone(), [7; 16], 5_000), (dave.clone(), [8; 16], 9_000)]);
		assert_eq!(receipts.prune_nonces(5_000).expect("prunes"), 1);
		assert_eq!(receipts.live_nonces(0).expect("reads"), vec![(dave, [8; 16], 9_000)]);
	}

	#[tokio::test]
	async fn a_reopened_store_keeps_numbering_and_remembers_live_nonces() {
		let dir = tempfile::tempdir().expect("temp dir");
		{
			let receipts = open(&dir);
			write_all(&receipts, vec![draft(Sr25519Keyring::Charlie, 1)]).await;
			receipts.close();
		}
		let receipts = open(&dir);
		let again = write_all(&receipts, vec![draft(Sr25519Keyring::Charlie, 2)]).await;
		assert_eq!(again[0].receipt.seq, 1);
		let nonces = receipts.live_nonces(0).expect("reads");
		assert_eq!(nonces.len(), 2);
		assert!(nonces.iter().any(|(_, nonce, _)| *nonce == [1; 16]));
		// Expired nonces are forgotten.
		assert!(receipts.live_nonces(u64::MAX / 2).expect("reads").is_empty());
	}

	#[tokio::test]
	async fn receipts_and_batches_cannot_be_changed_or_deleted() {
		let dir = tempfile::tempdir().expect("temp dir");
		let receipts = open(&dir);
		write_all(&receipts, vec![draft(Sr25519Keyring::Charlie, 1)]).await;
		let db = Connection::open(dir.path().join("state.sqlite")).expect("opens");
		for statement in [
			"UPDATE receipts SET body = x'00'",
			"DELETE FROM receipts",
			"UPDATE batches SET root = x'00'",
			"DELETE FROM batches",
		] {
			let error = db.execute(statement, []).expect_err(statement);
			assert!(error.to_string().contains("append-only"), "{statement}: {error}");
		}
	}

	#[tokio::test]
	async fn a_lone_receipt_is_committed_without_the_commit_delay() {
		let dir = tempfile::tempdir().expect("temp dir");
		let options = WriterOptions { commit_delay: Duration::from_secs(5), batch_sizes: None };
		let receipts = Arc::new(
			Receipts::open(&dir.path().join("state.sqlite"), provider(), key(), options)
				.expect("opens"),
		);
		let started = std::time::Instant::now();
		for n in 0..3 {
			write_all(&receipts, vec![draft(Sr25519Keyring::Charlie, n)]).await;
		}
		assert!(started.elapsed() < Duration::from_secs(5), "no commit waited");
	}

	/// Frames in the log at `path` (a PASSIVE checkpoint reports them).
	fn log_frames(path: &Path) -> i64 {
		Connection::open(path)
			.expect("opens")
			.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |row| row.get(1))
			.expect("reads")
	}

	#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
	async fn under_constant_commits_checkpoints_still_start_the_log_over() {
		let (dir, receipts, _) = store_with(1).await;
		let path = dir.path().join("state.sqlite");
		let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
		let checkpoints = std::thread::spawn({
			let (path, stop) = (path.clone(), stop.clone());
			move || {
				let db = Connection::open(path).expect("opens");
				db.busy_timeout(Duration::from_secs(1)).expect("sets");
				while !stop.load(std::sync::atomic::Ordering::Relaxed) {
					std::thread::sleep(Duration::from_millis(50));
					checkpoint(&db, 0).expect("checkpoints");
				}
			}
		});
		// Commits one after another for a second, as a busy gatekeeper makes them.
		let mut commits = 0;
		let started = std::time::Instant::now();
		while started.elapsed() < Duration::from_secs(1) {
			write_all(&receipts, (0..8).map(|n| draft(Sr25519Keyring::Charlie, n)).collect()).await;
			commits += 1;
		}
		stop.store(true, std::sync::atomic::Ordering::Relaxed);
		checkpoints.join().expect("checkpoints ran");
		// Each commit adds frames; without restarts the log would hold all of them.
		let frames = log_frames(&path);
		assert!(frames < commits, "{frames} frames in the log after {commits} commits");
	}

	/// The copies before a RESTART go on while what the writer adds during each shrinks, and
	/// stop once it is little, once it no longer shrinks, or after the passes allowed.
	#[test]
	fn copies_before_a_restart_go_on_while_the_writer_adds_less_each_time() {
		let run = |logs: &[i64], passes: usize| {
			let mut logs = logs.iter().copied();
			let mut calls = 0;
			let added = catch_up(
				|| {
					calls += 1;
					Ok(logs.next().expect("no more passes than logs"))
				},
				10_000,
				256,
				passes,
			)
			.expect("passes");
			(added, calls)
		};
		// 4,000 frames added during the first copy, then 1,000, then 100: caught up.
		assert_eq!(run(&[14_000, 15_000, 15_100], 4), (100, 3));
		assert_eq!(run(&[10_100], 4), (100, 1), "little added during the first copy");
		assert_eq!(run(&[14_000, 18_000], 4), (4_000, 2), "no longer shrinking");
		assert_eq!(run(&[14_000, 15_000, 15_500, 15_800], 4), (300, 4), "out of passes");
		assert_eq!(run(&[14_000, 3], 4), (0, 2), "the log started over meanwhile");
	}

	#[test]
	fn a_log_below_the_restart_size_is_copied_without_waiting_for_readers() {
		let dir = tempfile::tempdir().expect("temp dir");
		let path = dir.path().join("state.sqlite");
		let db = Connection::open(&path).expect("opens");
		db.execute_batch(
			"PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);",
		)
		.expect("writes");
		// A reader on a snapshot in the log: a RESTART waits for it (holding commits back).
		let reader = Connection::open(&path).expect("opens");
		reader.execute_batch("BEGIN; SELECT count(*) FROM t;").expect("reads");
		db.execute("INSERT INTO t VALUES (2)", []).expect("writes");
		let checkpoints = Connection::open(&path).expect("opens");
		let started = std::time::Instant::now();
		checkpoint(&checkpoints, RESTART_AT).expect("checkpoints");
		assert!(started.elapsed() < RESTART_WAIT / 2, "waited {:?}", started.elapsed());
		let started = std::time::Instant::now();
		checkpoint(&checkpoints, 0).expect("checkpoints");
		assert!(started.elapsed() >= RESTART_WAIT / 2, "a RESTART waits for the reader");
	}

	#[tokio::test]
	async fn a_range_root_is_its_leaves_root_whichever_range_was_asked_before() {
		let (_dir, receipts, _) = store_with(6).await;
		for (first, count) in [(0, 6), (0, 6), (2, 3), (0, 6), (5, 1), (5, 1)] {
			let leaves = receipts.leaves(first, count).expect("reads");
			assert_eq!(receipts.root(first, count).expect("reads"), merkle::root(&leaves));
		}
		assert_ne!(receipts.root(0, 6).expect("reads"), receipts.root(2, 3).expect("reads"));
	}

	/// Receipts say who saw which patient's records: the state is its owner's only, its log
	/// and shared memory too (SQLite gives them the database's mode), whatever the umask.
	#[tokio::test]
	async fn a_new_state_file_and_its_log_are_their_owners_only() {
		use std::os::unix::fs::PermissionsExt;
		let (dir, _receipts, _) = store_with(1).await;
		for name in ["state.sqlite", "state.sqlite-wal", "state.sqlite-shm"] {
			let mode = std::fs::metadata(dir.path().join(name)).expect(name).permissions().mode();
			assert_eq!(mode & 0o777, 0o600, "{name}: {mode:o}");
		}
	}

	#[test]
	fn a_state_database_of_another_layout_is_refused() {
		let dir = tempfile::tempdir().expect("temp dir");
		let path = dir.path().join("state.sqlite");
		Connection::open(&path)
			.expect("opens")
			.execute_batch("CREATE TABLE receipts (seq INTEGER PRIMARY KEY, body BLOB)")
			.expect("creates");
		let error = Receipts::open(&path, provider(), key(), WriterOptions::default())
			.err()
			.expect("refused");
		assert!(error.to_string().contains("layout version 0"), "{error}");
	}

	#[test]
	fn a_batch_signature_covers_the_provider() {
		let batch = Batch { provider: provider(), first: 0, count: 1, root: H256::repeat_byte(3) };
		let signed = SignedBatch::sign(batch.clone(), &key());
		assert!(signed.verify(&key().public()));
		let other = SignedBatch {
			batch: Batch { provider: Sr25519Keyring::Ferdie.to_account_id(), ..batch },
			signature: signed.signature,
		};
		assert!(!other.verify(&key().public()));
	}
}
