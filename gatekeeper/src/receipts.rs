//! Receipts: one per disclosure, signed by the gatekeeper, stored before the data leaves.
//!
//! Receipts live in the gatekeeper's state database (SQLite, WAL, `synchronous = FULL`) in an
//! append-only table: triggers abort any UPDATE or DELETE. One writer thread numbers, signs and
//! stores them, committing each batch of waiting receipts in one transaction (group commit), and
//! only then answers the requests waiting on them: no disclosure leaves without a durable
//! receipt, however the process ends.

use crate::AccountId;
use codec::{Decode, Encode};
use medrec_primitives::{
	records::{FieldSet, PointerId},
	BlockNumber,
};
use parking_lot::Mutex;
use polkadot_sdk::{
	sp_core::{sr25519, Pair, H256},
	sp_crypto_hashing::blake2_256,
};
use rusqlite::{params, Connection};
use std::{path::Path, thread::JoinHandle};
use tokio::sync::{mpsc, oneshot};

/// What the gatekeeper signs a receipt under, before its SCALE encoding.
pub const RECEIPT_DOMAIN: &[u8] = b"medrec-gatekeeper/receipt/v1";

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

/// A receipt and the gatekeeper's sr25519 signature of `RECEIPT_DOMAIN ‖ SCALE(receipt)`.
#[derive(Debug, Clone, PartialEq, Eq, Encode, Decode)]
pub struct SignedReceipt {
	pub receipt: Receipt,
	pub signature: sr25519::Signature,
}

impl SignedReceipt {
	/// Its leaf in the anchored Merkle tree: BLAKE2-256 of its SCALE encoding.
	pub fn leaf(&self) -> H256 {
		H256(blake2_256(&self.encode()))
	}

	/// Whether `key` signed it.
	pub fn verify(&self, key: &sr25519::Public) -> bool {
		sr25519::Pair::verify(&self.signature, signing_bytes(&self.receipt), key)
	}
}

fn signing_bytes(receipt: &Receipt) -> Vec<u8> {
	[RECEIPT_DOMAIN, &receipt.encode()].concat()
}

/// A receipt before it is numbered, and the nonce its request used.
#[derive(Debug, Clone)]
pub struct Draft {
	pub receipt: Receipt,
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

const SCHEMA: &str = "
	PRAGMA journal_mode = WAL;
	PRAGMA synchronous = FULL;
	CREATE TABLE IF NOT EXISTS receipts (
		seq INTEGER PRIMARY KEY,
		patient BLOB NOT NULL,
		leaf BLOB NOT NULL,
		body BLOB NOT NULL
	);
	CREATE INDEX IF NOT EXISTS receipts_by_patient ON receipts (patient, seq);
	CREATE TABLE IF NOT EXISTS nonces (
		requester BLOB NOT NULL,
		nonce BLOB NOT NULL,
		expires INTEGER NOT NULL,
		PRIMARY KEY (requester, nonce)
	);
	CREATE TABLE IF NOT EXISTS anchors (
		idx INTEGER PRIMARY KEY,
		first INTEGER NOT NULL,
		count INTEGER NOT NULL,
		root BLOB NOT NULL,
		block_number INTEGER NOT NULL
	);
	CREATE TRIGGER IF NOT EXISTS receipts_no_update BEFORE UPDATE ON receipts
		BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END;
	CREATE TRIGGER IF NOT EXISTS receipts_no_delete BEFORE DELETE ON receipts
		BEGIN SELECT RAISE(ABORT, 'receipts are append-only'); END;
	CREATE TRIGGER IF NOT EXISTS anchors_no_update BEFORE UPDATE ON anchors
		BEGIN SELECT RAISE(ABORT, 'anchors are append-only'); END;
	CREATE TRIGGER IF NOT EXISTS anchors_no_delete BEFORE DELETE ON anchors
		BEGIN SELECT RAISE(ABORT, 'anchors are append-only'); END;
";

type Job = (Draft, oneshot::Sender<Result<SignedReceipt, String>>);

/// The receipt store: one writer thread, one reading connection.
pub struct Receipts {
	jobs: Mutex<Option<mpsc::UnboundedSender<Job>>>,
	writer: Mutex<Option<JoinHandle<()>>>,
	reader: Mutex<Connection>,
	key: sr25519::Public,
}

/// Most receipts committed in one transaction.
const MAX_BATCH: usize = 4096;

impl Receipts {
	/// Opens (creating if needed) the state database at `path`; receipts are signed with `key`.
	pub fn open(path: &Path, key: sr25519::Pair) -> anyhow::Result<Self> {
		let writer_db = Connection::open(path)?;
		writer_db.execute_batch(SCHEMA)?;
		let reader = Connection::open(path)?;
		// The writer thread and the reader (anchors, nonces) may briefly contend for the lock.
		for db in [&writer_db, &reader] {
			db.busy_timeout(std::time::Duration::from_secs(10))?;
		}
		let public = key.public();
		let mut next: u64 =
			writer_db.query_row("SELECT COALESCE(MAX(seq) + 1, 0) FROM receipts", [], |row| {
				row.get::<_, i64>(0)
			})? as u64;
		let (jobs, mut queue) = mpsc::unbounded_channel::<Job>();
		let writer = std::thread::Builder::new().name("receipts".into()).spawn(move || {
			let mut db = writer_db;
			let mut batch = Vec::new();
			while let Some(job) = queue.blocking_recv() {
				batch.push(job);
				while batch.len() < MAX_BATCH {
					match queue.try_recv() {
						Ok(job) => batch.push(job),
						Err(_) => break,
					}
				}
				let signed = write_batch(&mut db, &key, next, &batch);
				match signed {
					Ok(receipts) => {
						next += receipts.len() as u64;
						for ((_, reply), receipt) in batch.drain(..).zip(receipts) {
							// The requester may have gone; the receipt stays either way.
							let _ = reply.send(Ok(receipt));
						}
					},
					Err(error) => {
						tracing::error!(%error, "storing receipts failed; their data is withheld");
						for (_, reply) in batch.drain(..) {
							let _ = reply.send(Err(error.to_string()));
						}
					},
				}
			}
		})?;
		Ok(Self {
			jobs: Mutex::new(Some(jobs)),
			writer: Mutex::new(Some(writer)),
			reader: Mutex::new(reader),
			key: public,
		})
	}

	/// The key receipts are signed with.
	pub fn key(&self) -> sr25519::Public {
		self.key
	}

	/// Numbers, signs and durably stores `draft`; resolves once it is committed.
	pub async fn write(&self, draft: Draft) -> Result<SignedReceipt, String> {
		let (reply, answer) = oneshot::channel();
		let jobs = self.jobs.lock().clone().ok_or("the gatekeeper is shutting down")?;
		jobs.send((draft, reply))
			.map_err(|_| "the receipt writer stopped".to_string())?;
		answer.await.map_err(|_| "the receipt writer stopped".to_string())?
	}

	/// Stops taking receipts, then waits until every one already handed over is committed.
	pub fn close(&self) {
		self.jobs.lock().take();
		if let Some(writer) = self.writer.lock().take() {
			let _ = writer.join();
		}
	}

	/// Receipts stored, which is also the next one's number.
	pub fn count(&self) -> anyhow::Result<u64> {
		let n: i64 = self.reader.lock().query_row(
			"SELECT COALESCE(MAX(seq) + 1, 0) FROM receipts",
			[],
			|row| row.get(0),
		)?;
		Ok(n as u64)
	}

	/// The receipts of `patient`'s records, oldest first.
	pub fn of_patient(&self, patient: &AccountId) -> anyhow::Result<Vec<SignedReceipt>> {
		let db = self.reader.lock();
		let mut statement =
			db.prepare_cached("SELECT body FROM receipts WHERE patient = ?1 ORDER BY seq")?;
		let rows = statement
			.query_map([AsRef::<[u8]>::as_ref(patient)], |row| row.get::<_, Vec<u8>>(0))?;
		rows.map(|body| Ok(SignedReceipt::decode(&mut &body?[..])?)).collect()
	}

	/// The leaves of receipts `first .. first + count`.
	pub fn leaves(&self, first: u64, count: u32) -> anyhow::Result<Vec<H256>> {
		let db = self.reader.lock();
		let mut statement = db.prepare_cached(
			"SELECT leaf FROM receipts WHERE seq >= ?1 AND seq < ?2 ORDER BY seq",
		)?;
		let end = first.saturating_add(u64::from(count));
		let rows = statement
			.query_map(params![first as i64, end as i64], |row| row.get::<_, Vec<u8>>(0))?;
		let leaves = rows
			.map(|leaf| Ok(H256::from_slice(&leaf?)))
			.collect::<anyhow::Result<Vec<_>>>()?;
		anyhow::ensure!(leaves.len() as u64 == u64::from(count), "receipts {first}.. are missing");
		Ok(leaves)
	}

	/// Records an anchor (after it is on chain).
	pub fn record_anchor(&self, anchor: &Anchor) -> anyhow::Result<()> {
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

	/// The anchors recorded, in order.
	pub fn anchors(&self) -> anyhow::Result<Vec<Anchor>> {
		let db = self.reader.lock();
		let mut statement = db.prepare_cached(
			"SELECT idx, first, count, root, block_number FROM anchors ORDER BY idx",
		)?;
		let rows = statement.query_map([], |row| {
			Ok(Anchor {
				index: row.get(0)?,
				first: row.get::<_, i64>(1)? as u64,
				count: row.get(2)?,
				root: H256::from_slice(&row.get::<_, Vec<u8>>(3)?),
				block_number: row.get(4)?,
			})
		})?;
		Ok(rows.collect::<Result<_, _>>()?)
	}

	/// Nonces of requests that expire after `now` (Unix ms), to refuse their replay after a
	/// restart.
	pub fn live_nonces(&self, now: u64) -> anyhow::Result<Vec<(AccountId, [u8; 16], u64)>> {
		let db = self.reader.lock();
		db.execute("DELETE FROM nonces WHERE expires <= ?1", [now as i64])?;
		let mut statement = db.prepare("SELECT requester, nonce, expires FROM nonces")?;
		let rows = statement.query_map([], |row| {
			Ok((row.get::<_, Vec<u8>>(0)?, row.get::<_, Vec<u8>>(1)?, row.get::<_, i64>(2)?))
		})?;
		rows.map(|row| {
			let (requester, nonce, expires) = row?;
			let requester: [u8; 32] =
				requester.try_into().map_err(|_| anyhow::anyhow!("bad row"))?;
			let nonce: [u8; 16] = nonce.try_into().map_err(|_| anyhow::anyhow!("bad row"))?;
			Ok((AccountId::from(requester), nonce, expires as u64))
		})
		.collect()
	}
}

impl Drop for Receipts {
	fn drop(&mut self) {
		self.close();
	}
}

fn write_batch(
	db: &mut Connection,
	key: &sr25519::Pair,
	next: u64,
	batch: &[Job],
) -> rusqlite::Result<Vec<SignedReceipt>> {
	let transaction = db.transaction()?;
	let mut signed = Vec::with_capacity(batch.len());
	{
		let mut receipt_row = transaction.prepare_cached(
			"INSERT INTO receipts (seq, patient, leaf, body) VALUES (?1, ?2, ?3, ?4)",
		)?;
		let mut nonce_row = transaction.prepare_cached(
			"INSERT OR IGNORE INTO nonces (requester, nonce, expires) VALUES (?1, ?2, ?3)",
		)?;
		for (offset, (draft, _)) in batch.iter().enumerate() {
			let mut receipt = draft.receipt.clone();
			receipt.seq = next + offset as u64;
			let signature = key.sign(&signing_bytes(&receipt));
			let receipt = SignedReceipt { receipt, signature };
			receipt_row.execute(params![
				receipt.receipt.seq as i64,
				AsRef::<[u8]>::as_ref(&receipt.receipt.patient),
				receipt.leaf().as_bytes(),
				receipt.encode(),
			])?;
			nonce_row.execute(params![
				AsRef::<[u8]>::as_ref(&receipt.receipt.requester),
				&draft.nonce[..],
				draft.expires as i64,
			])?;
			signed.push(receipt);
		}
	}
	transaction.commit()?;
	Ok(signed)
}
