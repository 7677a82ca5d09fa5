//! The pointer publisher: keeps the chain in step with the provider's database.
//!
//! For each kind of record (`[[publish]]`), a list query names every record to publish: the
//! argument its declared query reads it by, its patient (by participant number, which the
//! chain maps to the account the patient holds now), and a change marker. A round reads
//! the records whose marker moved (all of them the first time), hashes each as a fetch would,
//! and publishes what the chain does not hold yet: `open_relationship` for a patient the
//! provider has no relationship with (which also accepts the patient's invitation),
//! `add_pointer` for a new record, `update_pointer` for a changed one, in `Utility::batch`
//! transactions through the provider's `Publisher` proxy, signed by the gatekeeper's key.
//!
//! Each record is published once, however the process ends:
//! 1. **Journal, then submit.** A batch is signed with the key's next nonce and written to the
//!    journal's outbox (committed) before it is submitted. Until that nonce is used in a
//!    finalized block, the same bytes are what a later round submits again: the chain takes
//!    one transaction per nonce, so a batch lands once even if it was submitted twice (before
//!    a crash and after).
//! 2. **Record at finality.** Once the key's nonce at the finalized block has passed the
//!    batch's, the chain's state at that block says which calls took effect (a batch stops at
//!    the first call that fails), and the journal records their pointers. The outbox is then
//!    emptied, in the same commit.
//! 3. **Adopt.** A record whose reference a pointer of the provider's already carries (one
//!    published by hand, or before the journal was lost) is adopted, not added again. The
//!    chain refuses a reference its provider used before, so a record cannot land twice.
//!
//! A call that fails (the patient is not registered yet, or rejected the relationship) is
//! tried again after a back-off that doubles up to an hour, and sooner if the record changes.
//! Nothing here is health data: the chain gets an opaque reference, a category code, the
//! fields' bit set and the record's salted commitment (see `references`); the journal keeps
//! each record's locator (`name:argument`) with them, on the gatekeeper's host.

use crate::{
	config::PublishConfig,
	records::{Listed, Records},
	references::References,
	tx::{self, Call, Ledger, Until},
	AccountId,
};
use anyhow::{bail, Context};
use codec::Encode;
use jsonrpsee::rpc_params;
use medrec_primitives::{
	api::{PointerView, RelationshipView, MAX_POINTER_PAGE},
	records::{PointerId, RecordRef, RelationshipStatus},
	BlockNumber,
};
use parking_lot::Mutex;
use polkadot_sdk::sp_core::{crypto::Ss58Codec, sr25519, Pair, H256};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::{
	collections::BTreeMap,
	future::Future,
	path::Path,
	time::{Duration, Instant, SystemTime, UNIX_EPOCH},
};

/// How long a round waits for its batch to be finalized; a later round records it if it is
/// finalized after that.
const FINALITY_TIMEOUT: Duration = Duration::from_secs(120);

/// The longest back-off after failed attempts.
const MAX_BACKOFF_SECS: u64 = 3600;

/// One kind of record: its declared query, its category and the fields its query returns.
#[derive(Debug, Clone)]
pub struct Kind {
	pub query: String,
	pub category: u32,
	/// The fields' bit set: every column of the declared query.
	pub fields: u64,
}

impl Kind {
	/// The kind `config` declares, whose query returns `columns` fields.
	pub fn new(config: &PublishConfig, columns: usize) -> Self {
		Self { query: config.query.clone(), category: config.category, fields: all_fields(columns) }
	}
}

/// The bit set of every field of a query returning `columns` columns.
pub fn all_fields(columns: usize) -> u64 {
	if columns >= 64 {
		u64::MAX
	} else {
		(1u64 << columns) - 1
	}
}

/// One call of a batch, and what it publishes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "call", rename_all = "snake_case")]
pub enum Action {
	/// Opens the provider's relationship with `patient` (a participant number), whose account
	/// is `account` (or accepts their invitation).
	Open { patient: String, account: String },
	/// Adds a pointer to `record` (its locator) for `patient` (`account`), under the opaque
	/// `reference`.
	Add {
		record: String,
		reference: RecordRef,
		patient: String,
		account: String,
		category: u32,
		fields: u64,
		hash: H256,
		version: Option<String>,
	},
	/// Updates `pointer` (to `record`) to `hash`.
	Update { record: String, patient: String, pointer: u64, hash: H256, version: Option<String> },
}

impl Action {
	/// The call as logs may show it: its kind, the opaque reference or the pointer, and the
	/// patient's participant number. Never the locator: its argument is whatever the
	/// provider's list query returns for the record (a draw's date, for a panel), and its
	/// query's name says what kind of record it is.
	pub fn summary(&self) -> String {
		match self {
			Action::Open { patient, .. } => format!("open_relationship(participant {patient})"),
			Action::Add { reference, patient, .. } => {
				format!(
					"add_pointer(reference {}, participant {patient})",
					crate::to_hex(reference)
				)
			},
			Action::Update { pointer, patient, .. } => {
				format!("update_pointer({pointer}, participant {patient})")
			},
		}
	}

	/// What a failure of this call is recorded under: the record's locator, or the patient's
	/// account for a relationship.
	fn key(&self) -> &str {
		match self {
			Action::Open { patient, .. } => patient,
			Action::Add { record, .. } | Action::Update { record, .. } => record,
		}
	}

	fn call(&self) -> anyhow::Result<Call> {
		let account = |ss58: &str| {
			AccountId::from_ss58check(ss58)
				.map_err(|e| anyhow::anyhow!("patient {ss58:?} is not an SS58 account: {e:?}"))
		};
		Ok(match self {
			Action::Open { account: patient, .. } => Call::open_relationship(&account(patient)?),
			Action::Add { reference, account: patient, category, fields, hash, .. } => {
				Call::add_pointer(&account(patient)?, reference, *category, *fields, *hash)
			},
			Action::Update { pointer, hash, .. } => Call::update_pointer(*pointer, *hash),
		})
	}
}

/// A record the journal knows to be on chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
	pub patient: String,
	pub pointer: u64,
	pub hash: H256,
	pub version: Option<String>,
}

/// A batch signed and journaled, not yet known to be final.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outbox {
	pub nonce: u32,
	pub transaction: Vec<u8>,
	pub actions: Vec<Action>,
}

impl Outbox {
	fn signed(&self) -> tx::Signed {
		tx::Signed { nonce: self.nonce, bytes: self.transaction.clone() }
	}
}

/// The publisher's journal: what is published, what failed, and the batch in flight. Its own
/// SQLite file, apart from the receipts (whose writer owns the state file's checkpoints).
pub struct Journal(Mutex<Connection>);

const SCHEMA: &str = "
	PRAGMA journal_mode = WAL;
	PRAGMA synchronous = FULL;
	CREATE TABLE IF NOT EXISTS published (
		reference TEXT PRIMARY KEY,
		patient TEXT NOT NULL,
		pointer INTEGER NOT NULL,
		hash BLOB NOT NULL,
		version TEXT
	) WITHOUT ROWID;
	CREATE TABLE IF NOT EXISTS outbox (
		nonce INTEGER PRIMARY KEY,
		tx BLOB NOT NULL,
		actions TEXT NOT NULL
	);
	CREATE TABLE IF NOT EXISTS failures (
		key TEXT PRIMARY KEY,
		attempts INTEGER NOT NULL,
		retry_at INTEGER NOT NULL,
		hash BLOB
	) WITHOUT ROWID;
";

fn now_secs() -> u64 {
	SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

impl Journal {
	pub fn open(path: &Path) -> anyhow::Result<Self> {
		let db = crate::open_private(path)?;
		db.execute_batch(SCHEMA)
			.with_context(|| format!("preparing {}", path.display()))?;
		Ok(Self(Mutex::new(db)))
	}

	pub fn published(&self, reference: &str) -> anyhow::Result<Option<Published>> {
		let db = self.0.lock();
		let row = db
			.query_row(
				"SELECT patient, pointer, hash, version FROM published WHERE reference = ?1",
				[reference],
				|row| {
					let hash: Vec<u8> = row.get(2)?;
					Ok(Published {
						patient: row.get(0)?,
						pointer: row.get::<_, i64>(1)? as u64,
						hash: H256::from_slice(&hash),
						version: row.get(3)?,
					})
				},
			)
			.optional()?;
		Ok(row)
	}

	/// How many records are published.
	pub fn count(&self) -> anyhow::Result<u64> {
		let db = self.0.lock();
		Ok(db.query_row("SELECT COUNT(*) FROM published", [], |row| row.get::<_, i64>(0))? as u64)
	}

	/// How many of `patient`'s records the journal knows to be on chain.
	fn published_of(&self, patient: &str) -> anyhow::Result<u64> {
		let db = self.0.lock();
		let count: i64 =
			db.query_row("SELECT COUNT(*) FROM published WHERE patient = ?1", [patient], |row| {
				row.get(0)
			})?;
		Ok(count as u64)
	}

	fn set_version(&self, reference: &str, version: Option<&str>) -> anyhow::Result<()> {
		let db = self.0.lock();
		db.execute(
			"UPDATE published SET version = ?2 WHERE reference = ?1",
			params![reference, version],
		)?;
		Ok(())
	}

	/// Records `reference` as published (and forgets its failures).
	fn record(&self, reference: &str, published: &Published) -> anyhow::Result<()> {
		let mut db = self.0.lock();
		let tx = db.transaction()?;
		tx.execute(
			"INSERT INTO published (reference, patient, pointer, hash, version)
			 VALUES (?1, ?2, ?3, ?4, ?5)
			 ON CONFLICT (reference) DO UPDATE SET
			   patient = ?2, pointer = ?3, hash = ?4, version = ?5",
			params![
				reference,
				published.patient,
				published.pointer as i64,
				published.hash.as_bytes(),
				published.version
			],
		)?;
		tx.execute("DELETE FROM failures WHERE key = ?1", [reference])?;
		tx.commit()?;
		Ok(())
	}

	pub fn outbox(&self) -> anyhow::Result<Option<Outbox>> {
		let db = self.0.lock();
		let row = db
			.query_row("SELECT nonce, tx, actions FROM outbox ORDER BY nonce LIMIT 1", [], |row| {
				Ok((row.get::<_, i64>(0)?, row.get::<_, Vec<u8>>(1)?, row.get::<_, String>(2)?))
			})
			.optional()?;
		row.map(|(nonce, transaction, actions)| {
			Ok(Outbox {
				nonce: u32::try_from(nonce).context("outbox nonce")?,
				transaction,
				actions: serde_json::from_str(&actions).context("outbox actions")?,
			})
		})
		.transpose()
	}

	fn put_outbox(&self, outbox: &Outbox) -> anyhow::Result<()> {
		let db = self.0.lock();
		db.execute(
			"INSERT INTO outbox (nonce, tx, actions) VALUES (?1, ?2, ?3)",
			params![outbox.nonce, outbox.transaction, serde_json::to_string(&outbox.actions)?],
		)?;
		Ok(())
	}

	fn clear_outbox(&self, nonce: u32) -> anyhow::Result<()> {
		self.0.lock().execute("DELETE FROM outbox WHERE nonce = ?1", [nonce])?;
		Ok(())
	}

	/// Counts a failed attempt at `key` (a reference, or a patient's account for a
	/// relationship), made for the record's content `hash`; the next is due after a back-off.
	fn failed(&self, key: &str, hash: Option<H256>, now: u64) -> anyhow::Result<u32> {
		let db = self.0.lock();
		let attempts: u32 = db
			.query_row("SELECT attempts FROM failures WHERE key = ?1", [key], |row| row.get(0))
			.optional()?
			.unwrap_or(0)
			+ 1;
		let backoff = 60u64.saturating_mul(1 << attempts.min(6)).min(MAX_BACKOFF_SECS);
		db.execute(
			"INSERT INTO failures (key, attempts, retry_at, hash) VALUES (?1, ?2, ?3, ?4)
			 ON CONFLICT (key) DO UPDATE SET attempts = ?2, retry_at = ?3, hash = ?4",
			params![key, attempts, (now + backoff) as i64, hash.map(|h| h.0.to_vec())],
		)?;
		Ok(attempts)
	}

	/// Whether `key` is backing off: it failed, is not due again, and (for a record, whose
	/// content `hash` is given) has not changed since.
	fn backing_off(&self, key: &str, hash: Option<H256>, now: u64) -> anyhow::Result<bool> {
		let db = self.0.lock();
		let row = db
			.query_row("SELECT retry_at, hash FROM failures WHERE key = ?1", [key], |row| {
				Ok((row.get::<_, i64>(0)?, row.get::<_, Option<Vec<u8>>>(1)?))
			})
			.optional()?;
		Ok(row.is_some_and(|(retry_at, failed_with)| {
			(now as i64) < retry_at && failed_with == hash.map(|h| h.0.to_vec())
		}))
	}
}

/// Where the publisher reads records: the provider's database, through the declared queries.
pub trait Source {
	/// The records `kind`'s list names now.
	fn list(&self, kind: &Kind) -> impl Future<Output = anyhow::Result<Vec<Listed>>> + Send;
	/// The salted commitment to the record at `locator` of `patient`, as a fetch checks it
	/// (`None`: the database no longer has it).
	fn hash(
		&self,
		locator: &str,
		patient: &str,
	) -> impl Future<Output = anyhow::Result<Option<H256>>> + Send;
	/// The opaque reference of the record at `locator`, remembered so that fetches find the
	/// record behind it.
	fn reference(&self, locator: &str) -> anyhow::Result<RecordRef>;
}

/// The provider's database and the gatekeeper's references: the publisher's real source.
pub struct Database<'a> {
	pub records: &'a Records,
	pub references: &'a References,
}

impl Source for Database<'_> {
	async fn list(&self, kind: &Kind) -> anyhow::Result<Vec<Listed>> {
		Ok(self.records.list(&kind.query).await?)
	}

	async fn hash(&self, locator: &str, patient: &str) -> anyhow::Result<Option<H256>> {
		let record = self.records.read(locator, patient).await?;
		Ok(record
			.map(|record| self.references.commitment(&self.references.reference(locator), &record)))
	}

	fn reference(&self, locator: &str) -> anyhow::Result<RecordRef> {
		self.references.register(locator)
	}
}

/// What the publisher needs of the chain, for one provider. [`Ledger`] is the real chain; the
/// tests use an in-memory one that can lose a transaction, finalize late and crash.
pub trait PublishChain {
	/// The finalized block.
	fn finalized_head(&self) -> impl Future<Output = anyhow::Result<H256>> + Send;
	/// The account that holds participant number `patient` at block `at` (`None`: nobody
	/// registered under it).
	fn account_of(
		&self,
		patient: u64,
		at: H256,
	) -> impl Future<Output = anyhow::Result<Option<AccountId>>> + Send;
	/// The provider's relationship with `patient` (SS58), at block `at`.
	fn relationship(
		&self,
		patient: &str,
		at: H256,
	) -> impl Future<Output = anyhow::Result<Option<RelationshipView<AccountId, BlockNumber>>>> + Send;
	/// The provider's pointer published under `reference`, at block `at`.
	fn pointer(
		&self,
		reference: &RecordRef,
		at: H256,
	) -> impl Future<Output = anyhow::Result<Option<PointerView<BlockNumber>>>> + Send;
	/// The provider's newest pointers for `patient` (SS58), a page of them, at block `at`.
	fn newest_pointers(
		&self,
		patient: &str,
		at: H256,
	) -> impl Future<Output = anyhow::Result<Vec<PointerView<BlockNumber>>>> + Send;
	/// Pointer `id`, at block `at`.
	fn pointer_by_id(
		&self,
		id: PointerId,
		at: H256,
	) -> impl Future<Output = anyhow::Result<Option<PointerView<BlockNumber>>>> + Send;
	/// The signing key's nonce at block `at`: the transactions it has in blocks up to `at`.
	fn nonce(&self, at: H256) -> impl Future<Output = anyhow::Result<u32>> + Send;
	/// Signs `call` (made through the provider's `Publisher` proxy) with the key's next nonce.
	fn sign(&self, call: Call) -> impl Future<Output = anyhow::Result<tx::Signed>> + Send;
	/// Submits a signed transaction; resolves once the node has it in its pool (or already
	/// had it, or has its nonce in a block), or refused it as invalid.
	fn submit(
		&self,
		transaction: &tx::Signed,
	) -> impl Future<Output = anyhow::Result<Submission>> + Send;
	/// Resolves with the finalized block that includes what was submitted last.
	fn finalized(&self) -> impl Future<Output = anyhow::Result<H256>> + Send;
}

/// What the node did with a submitted transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submission {
	/// In its pool (or already was).
	Taken,
	/// Its nonce is used in a block: by these very bytes if they were submitted before, else
	/// by another transaction.
	Stale,
	/// Refused as invalid (the key cannot pay its fee, say): these bytes will never land.
	Refused(String),
}

impl PublishChain for Ledger<'_> {
	async fn finalized_head(&self) -> anyhow::Result<H256> {
		self.chain.request("chain_getFinalizedHead", rpc_params![]).await
	}

	async fn account_of(&self, patient: u64, at: H256) -> anyhow::Result<Option<AccountId>> {
		self.chain.state_call("MedRecApi_account_of", &patient.encode(), at).await
	}

	async fn relationship(
		&self,
		patient: &str,
		at: H256,
	) -> anyhow::Result<Option<RelationshipView<AccountId, BlockNumber>>> {
		let account = AccountId::from_ss58check(patient)
			.map_err(|e| anyhow::anyhow!("patient {patient:?}: {e:?}"))?;
		let summary: Vec<RelationshipView<AccountId, BlockNumber>> = self
			.chain
			.state_call("MedRecApi_patient_summary", &account.encode(), at)
			.await?;
		Ok(summary.into_iter().find(|r| &r.provider == self.provider))
	}

	async fn pointer(
		&self,
		reference: &RecordRef,
		at: H256,
	) -> anyhow::Result<Option<PointerView<BlockNumber>>> {
		let id: Option<PointerId> = self
			.chain
			.state_call("MedRecApi_pointer_by_reference", &(self.provider, reference).encode(), at)
			.await?;
		match id {
			Some(id) => self.pointer_by_id(id, at).await,
			None => Ok(None),
		}
	}

	async fn pointer_by_id(
		&self,
		id: PointerId,
		at: H256,
	) -> anyhow::Result<Option<PointerView<BlockNumber>>> {
		self.chain.state_call("MedRecApi_pointer", &id.encode(), at).await
	}

	async fn newest_pointers(
		&self,
		patient: &str,
		at: H256,
	) -> anyhow::Result<Vec<PointerView<BlockNumber>>> {
		let account = AccountId::from_ss58check(patient)
			.map_err(|e| anyhow::anyhow!("patient {patient:?}: {e:?}"))?;
		let args = (account, self.provider, None::<PointerId>, MAX_POINTER_PAGE).encode();
		self.chain.state_call("MedRecApi_pointers", &args, at).await
	}

	async fn nonce(&self, at: H256) -> anyhow::Result<u32> {
		let signer = AccountId::from(self.key.public());
		self.chain
			.state_call("AccountNonceApi_account_nonce", &signer.encode(), at)
			.await
	}

	async fn sign(&self, call: Call) -> anyhow::Result<tx::Signed> {
		tx::sign(self.chain, self.key, &call.for_publisher(self.provider)).await
	}

	async fn submit(&self, transaction: &tx::Signed) -> anyhow::Result<Submission> {
		match tx::submit(self.chain, &transaction.bytes).await {
			Ok(submitted) => {
				*self.submitted.lock().await = Some(submitted);
				let signer = AccountId::from(self.key.public());
				tx::wait_counted(self.chain, &signer, transaction.nonce).await;
				Ok(Submission::Taken)
			},
			Err(error) => {
				let message = format!("{error:#}");
				let lower = message.to_lowercase();
				// Submitted before and still in the pool: nobody watches its first submission
				// now, so a round waits for finality by the nonce instead.
				if ["already imported", "temporarily banned"].iter().any(|k| lower.contains(k)) {
					Ok(Submission::Taken)
				} else if ["outdated", "stale"].iter().any(|k| lower.contains(k)) {
					Ok(Submission::Stale)
				} else if lower.contains("invalid transaction") {
					Ok(Submission::Refused(message))
				} else {
					Err(error)
				}
			},
		}
	}

	async fn finalized(&self) -> anyhow::Result<H256> {
		match self.submitted.lock().await.take() {
			Some(submitted) => submitted.wait(Until::Finalized, FINALITY_TIMEOUT).await,
			None => bail!("not watching the transaction; the next round looks at the chain"),
		}
	}
}

/// What one round did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
	/// Calls made this round that took effect (pointers added or updated, relationships
	/// opened), counted once their block is final.
	pub published: u64,
	/// Calls that did not take effect, tried again after a back-off.
	pub failed: u64,
	/// Calls still to make: planned, but over this round's limit.
	pub pending: u64,
	/// Records adopted: already on chain under their reference, recorded without a call.
	pub adopted: u64,
	/// Records whose patient rejected the relationship: not published.
	pub refused: u64,
	/// Records whose patient number no participant holds: not published.
	pub unlinked: u64,
}

/// Where the publisher stands, for the provider's staff (`gatekeeper_info`, the portal's
/// provider desk): counts and times only, never a record, a reference or a patient.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
	/// Seconds between rounds.
	pub interval_secs: u64,
	/// When the last round ended, Unix ms (0: none yet).
	pub last_round: u64,
	/// Whether the last round failed as a whole (the chain or the database did not answer);
	/// the next round tries again.
	pub last_round_failed: bool,
	/// Records on chain from this database, as the journal knows them.
	pub published: u64,
	/// Calls planned but left for later rounds by the rate limit.
	pub waiting: u64,
	/// Calls of the last round that did not take effect (tried again after a back-off).
	pub failing: u64,
	/// Records held back because their patient rejected the relationship.
	pub refused: u64,
	/// Records held back because no participant holds their patient number (mistyped at
	/// enrolment, say): the registration desk's to mend.
	pub unlinked: u64,
	/// Seconds the chain has been behind the database (0: in step).
	pub behind_secs: f64,
}

impl Status {
	/// The status after a round that reported `report`, with `published` records in the
	/// journal (None: it could not be read; the last count stands) and the chain `behind_secs`
	/// behind the database, at `now` (Unix ms).
	pub fn after_round(
		&mut self,
		report: &Report,
		published: Option<u64>,
		behind_secs: f64,
		now: u64,
	) {
		self.last_round = now;
		self.last_round_failed = false;
		self.published = published.unwrap_or(self.published);
		self.waiting = report.pending;
		self.failing = report.failed;
		self.refused = report.refused;
		self.unlinked = report.unlinked;
		self.behind_secs = behind_secs;
	}

	/// The status after a round that failed as a whole at `now`: the counts stand.
	pub fn after_failure(&mut self, now: u64) {
		self.last_round = now;
		self.last_round_failed = true;
	}
}

/// How a round may go.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
	/// Calls in one batch.
	pub batch: usize,
	/// Calls in one round (the per-minute rate times the interval).
	pub round: usize,
}

/// What the node made of a batch just submitted: in its pool, or dropped from the journal
/// (refused: nothing of it happened, and the next round signs its calls anew).
fn submitted(
	submission: Submission,
	journal: &Journal,
	outbox: &Outbox,
	report: &mut Report,
) -> anyhow::Result<bool> {
	match submission {
		Submission::Taken => Ok(true),
		// Its nonce is in a block already: ours if these bytes went out before (a later
		// round records it at finality), else nothing of this batch can land.
		Submission::Stale => Ok(false),
		Submission::Refused(reason) => {
			tracing::error!(%reason, "the node refused a publisher batch; planning it again");
			journal.clear_outbox(outbox.nonce)?;
			report.failed += outbox.actions.len() as u64;
			Ok(false)
		},
	}
}

/// Settles the batch in flight, if any: waits for it to be final (`just_submitted`), or, left
/// by an earlier round or process, submits it again while its nonce is unused at the finalized
/// block; then records what it did. Returns whether nothing is in flight any more (a round
/// submits nothing over a batch in flight).
async fn settle(
	journal: &Journal,
	chain: &impl PublishChain,
	report: &mut Report,
	just_submitted: bool,
) -> anyhow::Result<bool> {
	let Some(outbox) = journal.outbox()? else { return Ok(true) };
	let mut finalized = chain.finalized_head().await?;
	if chain.nonce(finalized).await? <= outbox.nonce {
		if !just_submitted {
			let submission = chain.submit(&outbox.signed()).await?;
			if !submitted(submission, journal, &outbox, report)? {
				return Ok(false);
			}
		}
		finalized = match chain.finalized().await {
			Ok(block) => block,
			Err(error) => {
				tracing::info!(
					error = format!("{error:#}"),
					nonce = outbox.nonce,
					"a published batch is not final yet; the next round looks again"
				);
				return Ok(false);
			},
		};
		if chain.nonce(finalized).await? <= outbox.nonce {
			return Ok(false);
		}
	}
	record(journal, chain, &outbox.actions, finalized, report).await?;
	journal.clear_outbox(outbox.nonce)?;
	Ok(true)
}

/// Hands the node the batch the journal has in flight, if its nonce is still unused: called at
/// start, before anything else signs with the gatekeeper's key, so that no other transaction
/// takes the nonce the batch was signed with. What it did is recorded by the next round.
pub async fn resume(journal: &Journal, chain: &impl PublishChain) -> anyhow::Result<()> {
	let Some(outbox) = journal.outbox()? else { return Ok(()) };
	let finalized = chain.finalized_head().await?;
	if chain.nonce(finalized).await? <= outbox.nonce {
		let _turn = tx::signing_turn().await;
		chain.submit(&outbox.signed()).await?;
		tracing::info!(nonce = outbox.nonce, "publisher batch in flight submitted again");
	}
	Ok(())
}

/// Records what `actions` (one batch, in order) did at the finalized block `at`: the pointers
/// of those that took effect, and a failed attempt for the first that did not (a batch stops
/// there).
async fn record(
	journal: &Journal,
	chain: &impl PublishChain,
	actions: &[Action],
	at: H256,
	report: &mut Report,
) -> anyhow::Result<()> {
	let mut stopped = false;
	// Each patient's newest pointers, read once a batch: a batch's additions are among them.
	let mut newest: BTreeMap<&str, Vec<PointerView<BlockNumber>>> = BTreeMap::new();
	for action in actions {
		let done = match action {
			Action::Open { account, .. } => {
				chain.relationship(account, at).await?.is_some_and(|r| is_active(r.status))
			},
			Action::Add { record, reference, patient, account, hash, version, .. } => {
				if !newest.contains_key(account.as_str()) {
					newest.insert(account, chain.newest_pointers(account, at).await?);
				}
				let pointer =
					match newest[account.as_str()].iter().find(|p| p.reference == *reference) {
						Some(pointer) => Some(pointer.clone()),
						// More of the patient's pointers in this batch than a page holds.
						None => chain.pointer(reference, at).await?,
					};
				settled(journal, record, patient, pointer, *hash, version)?
			},
			Action::Update { record, pointer, patient, hash, version } => {
				let pointer = chain.pointer_by_id(*pointer, at).await?;
				settled(journal, record, patient, pointer, *hash, version)?
			},
		};
		tracing::debug!(call = %action.summary(), done, block = ?at, "publisher call settled");
		if done {
			report.published += 1;
		} else if !stopped {
			stopped = true;
			report.failed += 1;
			let hash = match action {
				Action::Add { hash, .. } | Action::Update { hash, .. } => Some(*hash),
				Action::Open { .. } => None,
			};
			let attempts = journal.failed(action.key(), hash, now_secs())?;
			tracing::warn!(
				call = %action.summary(),
				attempts,
				"a publisher call did not take effect; trying again later"
			);
		}
	}
	Ok(())
}

fn is_active(status: RelationshipStatus) -> bool {
	matches!(
		status,
		RelationshipStatus::New | RelationshipStatus::Updated | RelationshipStatus::Acknowledged
	)
}

/// Records `record` as published if the chain's `pointer` carries `hash`: whether it does.
fn settled(
	journal: &Journal,
	record: &str,
	patient: &str,
	pointer: Option<PointerView<BlockNumber>>,
	hash: H256,
	version: &Option<String>,
) -> anyhow::Result<bool> {
	match pointer {
		Some(pointer) if pointer.content_hash == hash => {
			let published = Published {
				patient: patient.to_owned(),
				pointer: pointer.id,
				hash,
				version: version.clone(),
			};
			journal.record(record, &published)?;
			Ok(true)
		},
		_ => Ok(false),
	}
}

/// What brings the chain in step with the database.
#[derive(Debug, Default)]
pub struct Plan {
	/// The calls to make, patient by patient (a relationship opened before its first
	/// pointer), updates first.
	pub actions: Vec<Action>,
	/// Records already on chain under their reference, to record without a call.
	pub adopt: Vec<(String, Published)>,
	/// Records whose change marker moved but whose content did not: their new marker.
	pub versions: Vec<(String, Option<String>)>,
	/// Records whose patient rejected the relationship.
	pub refused: u64,
	/// Records whose patient number no participant holds (mistyped at enrolment, say).
	pub unlinked: u64,
}

/// A listed record the journal does not know.
struct Unknown<'k> {
	record: String,
	kind: &'k Kind,
	hash: H256,
	version: Option<String>,
}

/// What brings the chain in step with the database, seen at the finalized block `at`. Reads
/// the journal, writes nothing.
pub async fn plan(
	journal: &Journal,
	source: &impl Source,
	chain: &impl PublishChain,
	kinds: &[Kind],
	at: H256,
) -> anyhow::Result<Plan> {
	let mut plan = Plan::default();
	let now = now_secs();
	let mut updates = Vec::new();
	// Records the journal does not know, by patient.
	let mut new: BTreeMap<String, Vec<Unknown>> = BTreeMap::new();
	for kind in kinds {
		for listed in source.list(kind).await? {
			let record = format!("{}:{}", kind.query, listed.argument);
			let known = journal.published(&record)?;
			if let Some(known) = &known {
				if listed.version.is_some() && known.version == listed.version {
					continue;
				}
			}
			let Some(hash) = source.hash(&record, &listed.patient).await? else { continue };
			if journal.backing_off(&record, Some(hash), now)? {
				continue;
			}
			match known {
				Some(known) if known.patient != listed.patient => tracing::warn!(
					pointer = known.pointer,
					"the database names another patient for a published record; not republished"
				),
				Some(known) if known.hash == hash => plan.versions.push((record, listed.version)),
				Some(known) => updates.push(Action::Update {
					record,
					patient: listed.patient,
					pointer: known.pointer,
					hash,
					version: listed.version,
				}),
				None => new.entry(listed.patient).or_default().push(Unknown {
					record,
					kind,
					hash,
					version: listed.version,
				}),
			}
		}
	}
	plan.actions = updates;
	for (patient, records) in new {
		// The database names the patient by participant number; the calls take the account
		// that number has now.
		let number = patient.parse::<u64>().ok();
		let account = match number {
			Some(number) => chain.account_of(number, at).await?,
			None => None,
		};
		let Some(account) = account.map(|a| a.to_ss58check()) else {
			plan.unlinked += records.len() as u64;
			continue;
		};
		let relationship = chain.relationship(&account, at).await?;
		match relationship.as_ref().map(|r| r.status) {
			Some(RelationshipStatus::Rejected) => {
				plan.refused += records.len() as u64;
				continue;
			},
			Some(status) if is_active(status) => {},
			_ => {
				if journal.backing_off(&patient, None, now)? {
					continue;
				}
				plan.actions
					.push(Action::Open { patient: patient.clone(), account: account.clone() });
			},
		}
		// Only a relationship holding pointers the journal does not know of (published by
		// hand, or before the journal was lost) can hold one of these records already.
		let known = journal.published_of(&patient)?;
		let may_hold = relationship.as_ref().is_some_and(|r| u64::from(r.pointers) > known);
		for Unknown { record, kind, hash, version } in records {
			let reference = source.reference(&record)?;
			let adopted = if may_hold { chain.pointer(&reference, at).await? } else { None };
			match adopted {
				Some(pointer) if pointer.content_hash == hash => {
					let published =
						Published { patient: patient.clone(), pointer: pointer.id, hash, version };
					plan.adopt.push((record, published));
				},
				Some(pointer) => plan.actions.push(Action::Update {
					record,
					patient: patient.clone(),
					pointer: pointer.id,
					hash,
					version,
				}),
				None => plan.actions.push(Action::Add {
					record,
					reference,
					patient: patient.clone(),
					account: account.clone(),
					category: kind.category,
					fields: kind.fields,
					hash,
					version,
				}),
			}
		}
	}
	Ok(plan)
}

/// Splits `actions` into batches of at most `size` calls, keeping a patient's relationship
/// with the pointers that need it.
fn batches(actions: Vec<Action>, size: usize) -> Vec<Vec<Action>> {
	let mut out: Vec<Vec<Action>> = Vec::new();
	let mut current = Vec::new();
	for action in actions {
		let opens = matches!(action, Action::Open { .. });
		if current.len() >= size || (opens && current.len() + 2 > size && !current.is_empty()) {
			out.push(std::mem::take(&mut current));
		}
		current.push(action);
	}
	if !current.is_empty() {
		out.push(current);
	}
	out
}

/// One round (see the module's documentation): settles the batch in flight, then publishes
/// what changed, at most `limits.round` calls.
pub async fn publish_once(
	journal: &Journal,
	source: &impl Source,
	chain: &impl PublishChain,
	kinds: &[Kind],
	limits: Limits,
) -> anyhow::Result<Report> {
	let mut report = Report::default();
	if !settle(journal, chain, &mut report, false).await? {
		return Ok(report);
	}
	let at = chain.finalized_head().await?;
	let planning = Instant::now();
	let plan = plan(journal, source, chain, kinds, at).await?;
	tracing::debug!(calls = plan.actions.len(), took = ?planning.elapsed(), "publisher planned");
	for (reference, version) in &plan.versions {
		journal.set_version(reference, version.as_deref())?;
	}
	for (reference, published) in &plan.adopt {
		journal.record(reference, published)?;
	}
	report.adopted = plan.adopt.len() as u64;
	report.refused = plan.refused;
	report.unlinked = plan.unlinked;
	let mut actions = plan.actions;
	if actions.len() > limits.round {
		report.pending = (actions.len() - limits.round) as u64;
		actions.truncate(limits.round);
		// A relationship opened at the end of the round would wait for its pointers.
		if matches!(actions.last(), Some(Action::Open { .. })) {
			actions.pop();
			report.pending += 1;
		}
	}
	for batch in batches(actions, limits.batch) {
		let calls = batch.iter().map(Action::call).collect::<anyhow::Result<Vec<_>>>()?;
		{
			let _turn = tx::signing_turn().await;
			let signed = chain.sign(Call::batch(calls)).await?;
			let outbox = Outbox { nonce: signed.nonce, transaction: signed.bytes, actions: batch };
			journal.put_outbox(&outbox)?;
			tracing::debug!(
				nonce = outbox.nonce,
				calls = ?outbox.actions.iter().map(Action::summary).collect::<Vec<_>>(),
				"publisher batch journaled"
			);
			crate::fault::pause_point("publish-before-submit").await;
			match chain.submit(&outbox.signed()).await? {
				// Signed with a nonce already used: nothing of it can land.
				Submission::Stale => {
					journal.clear_outbox(outbox.nonce)?;
					bail!("a publisher batch was signed with a used nonce; planning it again");
				},
				submission => {
					if !submitted(submission, journal, &outbox, &mut report)? {
						break;
					}
				},
			}
		}
		crate::fault::pause_point("publish-after-submit").await;
		if !settle(journal, chain, &mut report, true).await? {
			break;
		}
	}
	Ok(report)
}

/// What would be published now, without publishing or recording anything: the dry run.
pub async fn dry_run(
	journal: &Journal,
	source: &impl Source,
	chain: &impl PublishChain,
	kinds: &[Kind],
) -> anyhow::Result<Plan> {
	let at = chain.finalized_head().await?;
	plan(journal, source, chain, kinds, at).await
}

/// Publishes every `interval` until the process ends, keeping `metrics` up to date.
pub async fn run(
	gatekeeper: std::sync::Arc<crate::gatekeeper::Gatekeeper>,
	journal: Journal,
	key: sr25519::Pair,
	kinds: Vec<Kind>,
	interval: Duration,
	limits: Limits,
) {
	let metrics = gatekeeper.metrics.clone();
	let mut status = Status { interval_secs: interval.as_secs(), ..Default::default() };
	status.published = journal.count().unwrap_or_default();
	*gatekeeper.publishing.lock() = Some(status.clone());
	let mut ticker = tokio::time::interval(interval);
	ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
	let mut behind_since: Option<Instant> = None;
	loop {
		ticker.tick().await;
		let ledger = Ledger::new(&gatekeeper.chain, &key, &gatekeeper.provider);
		let database =
			Database { records: &gatekeeper.records, references: &gatekeeper.references };
		match publish_once(&journal, &database, &ledger, &kinds, limits).await {
			Ok(report) => {
				metrics.published.inc_by(report.published + report.adopted);
				metrics.publish_failed.inc_by(report.failed);
				metrics.publish_pending.set(report.pending as i64);
				// Lag: how long the chain has been behind the database, from the first round
				// that left something unpublished.
				let behind = if report.pending > 0 || report.failed > 0 {
					behind_since.get_or_insert_with(Instant::now).elapsed().as_secs_f64()
				} else {
					behind_since = None;
					0.0
				};
				metrics.publish_lag.set(behind);
				status.after_round(
					&report,
					journal.count().ok(),
					behind,
					crate::gatekeeper::now_ms(),
				);
				*gatekeeper.publishing.lock() = Some(status.clone());
				if report != Report::default() {
					tracing::info!(
						published = report.published,
						adopted = report.adopted,
						failed = report.failed,
						pending = report.pending,
						refused = report.refused,
						unlinked = report.unlinked,
						"publisher round"
					);
				}
			},
			Err(error) => {
				tracing::warn!(
					error = format!("{error:#}"),
					"publishing failed; retrying next round"
				);
				status.after_failure(crate::gatekeeper::now_ms());
				*gatekeeper.publishing.lock() = Some(status.clone());
			},
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Decode;
	use medrec_primitives::records::FieldSet;
	use medrec_runtime::RuntimeCall;
	use polkadot_sdk::{pallet_utility, sp_keyring::Sr25519Keyring};
	use std::sync::Arc;

	#[test]
	fn status_follows_rounds_and_keeps_its_counts_through_a_failed_one() {
		let mut status = Status { interval_secs: 5, ..Default::default() };
		let report =
			Report { published: 3, pending: 2, failed: 1, refused: 1, unlinked: 4, adopted: 0 };
		status.after_round(&report, Some(10), 7.5, 1_000);
		let busy = Status {
			interval_secs: 5,
			last_round: 1_000,
			last_round_failed: false,
			published: 10,
			waiting: 2,
			failing: 1,
			refused: 1,
			unlinked: 4,
			behind_secs: 7.5,
		};
		assert_eq!(status, busy);
		status.after_failure(2_000);
		assert_eq!(status, Status { last_round: 2_000, last_round_failed: true, ..busy.clone() });
		// A clean round: in step; an unreadable journal leaves the last count.
		status.after_round(&Report::default(), None, 0.0, 3_000);
		assert_eq!(
			status,
			Status { interval_secs: 5, last_round: 3_000, published: 10, ..Default::default() }
		);
	}

	#[test]
	fn status_says_counts_and_times_only() {
		let json = serde_json::to_value(Status::default()).unwrap();
		let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
		assert_eq!(
			keys,
			[
				"behindSecs",
				"failing",
				"intervalSecs",
				"lastRound",
				"lastRoundFailed",
				"published",
				"refused",
				"unlinked",
				"waiting"
			]
		);
	}

	/// A patient's relationship with the provider, as the fake chain holds it.
	#[derive(Clone, Default)]
	struct State {
		relationships: BTreeMap<String, RelationshipView<AccountId, BlockNumber>>,
		/// Every pointer, with its patient.
		pointers: BTreeMap<u64, (String, PointerView<BlockNumber>)>,
		nonce: u32,
		next_pointer: u64,
	}

	#[derive(Default)]
	struct Inner {
		/// Each block's state; the last is the best block.
		blocks: Vec<State>,
		finalized: usize,
		/// Transactions in the pool, by nonce.
		pool: BTreeMap<u32, Vec<u8>>,
		/// Patients not registered: opening a relationship with them fails.
		unregistered: Vec<String>,
		/// Blocks are built but not finalized until `finalize`.
		finalize_late: bool,
		/// The next submission is lost (the process died before the node had it).
		lose_next: bool,
		/// Submissions are refused as invalid (the key cannot pay fees).
		refuse: bool,
		submissions: usize,
	}

	/// An in-memory chain that runs the publisher's batches with the runtime's own call
	/// types: a transaction per nonce, blocks, finality.
	#[derive(Clone)]
	struct FakeChain(Arc<Mutex<Inner>>);

	fn hash_of(block: usize) -> H256 {
		H256::from_low_u64_be(block as u64)
	}

	impl FakeChain {
		fn new() -> Self {
			Self(Arc::new(Mutex::new(Inner {
				blocks: vec![State::default()],
				..Default::default()
			})))
		}

		/// Builds a block with the pool's transactions, in nonce order.
		fn build(&self) {
			let mut inner = self.0.lock();
			let mut state = inner.blocks.last().cloned().expect("genesis");
			let pool = std::mem::take(&mut inner.pool);
			for (nonce, transaction) in pool {
				if nonce != state.nonce {
					continue;
				}
				state.nonce += 1;
				let call = RuntimeCall::decode(&mut &transaction[..]).expect("a runtime call");
				let RuntimeCall::Utility(pallet_utility::Call::batch { calls }) = call else {
					panic!("the publisher sends batches: {call:?}");
				};
				for call in calls {
					if !apply(&mut state, call, &inner.unregistered) {
						break;
					}
				}
			}
			inner.blocks.push(state);
			if !inner.finalize_late {
				inner.finalized = inner.blocks.len() - 1;
			}
		}

		fn finalize(&self) {
			let mut inner = self.0.lock();
			inner.finalized = inner.blocks.len() - 1;
		}

		fn best(&self) -> State {
			self.0.lock().blocks.last().cloned().expect("a block")
		}

		fn pointers(&self) -> Vec<(String, RecordRef, H256)> {
			let state = self.best();
			state
				.pointers
				.values()
				.map(|(patient, p)| (patient.clone(), p.reference, p.content_hash))
				.collect()
		}
	}

	/// Runs one call of a batch on `state`; false if it fails (the batch stops).
	fn apply(state: &mut State, call: RuntimeCall, unregistered: &[String]) -> bool {
		let RuntimeCall::Relationships(call) = call else { panic!("not a pointer call") };
		use pallet_relationships::Call as R;
		match call {
			R::open_relationship { patient } => {
				let patient = patient.to_ss58check();
				if unregistered.contains(&patient) {
					return false;
				}
				state.relationships.entry(patient).or_insert_with(|| RelationshipView {
					provider: provider(),
					provider_id: 1,
					status: RelationshipStatus::New,
					opened_at: 1,
					changed_at: 1,
					pointers: 0,
				});
				true
			},
			R::add_pointer { patient, reference, category, fields, content_hash } => {
				let patient = patient.to_ss58check();
				let Some(r) = state.relationships.get_mut(&patient) else { return false };
				// The chain takes a provider's reference once.
				if state.pointers.values().any(|(_, p)| p.reference == reference) {
					return false;
				}
				r.pointers += 1;
				let id = state.next_pointer;
				let pointer = PointerView {
					id,
					patient: 1,
					reference,
					category,
					fields,
					content_hash,
					updated_at: 1,
				};
				state.pointers.insert(id, (patient, pointer));
				state.next_pointer += 1;
				true
			},
			R::update_pointer { pointer, content_hash } => match state.pointers.get_mut(&pointer) {
				Some((_, p)) => {
					p.content_hash = content_hash;
					true
				},
				None => false,
			},
			other => panic!("the publisher does not make {other:?}"),
		}
	}

	impl PublishChain for FakeChain {
		async fn finalized_head(&self) -> anyhow::Result<H256> {
			Ok(hash_of(self.0.lock().finalized))
		}

		async fn relationship(
			&self,
			patient: &str,
			at: H256,
		) -> anyhow::Result<Option<RelationshipView<AccountId, BlockNumber>>> {
			let inner = self.0.lock();
			Ok(inner.blocks[at.to_low_u64_be() as usize].relationships.get(patient).cloned())
		}

		async fn pointer(
			&self,
			reference: &RecordRef,
			at: H256,
		) -> anyhow::Result<Option<PointerView<BlockNumber>>> {
			let inner = self.0.lock();
			let state = &inner.blocks[at.to_low_u64_be() as usize];
			Ok(state
				.pointers
				.values()
				.find(|(_, p)| p.reference == *reference)
				.map(|(_, p)| p.clone()))
		}

		async fn newest_pointers(
			&self,
			patient: &str,
			at: H256,
		) -> anyhow::Result<Vec<PointerView<BlockNumber>>> {
			let inner = self.0.lock();
			let state = &inner.blocks[at.to_low_u64_be() as usize];
			// Newest first, at most a page: as the chain gives them.
			Ok(state
				.pointers
				.values()
				.rev()
				.filter(|(owner, _)| owner == patient)
				.take(MAX_POINTER_PAGE as usize)
				.map(|(_, p)| p.clone())
				.collect())
		}

		async fn pointer_by_id(
			&self,
			id: PointerId,
			at: H256,
		) -> anyhow::Result<Option<PointerView<BlockNumber>>> {
			let inner = self.0.lock();
			Ok(inner.blocks[at.to_low_u64_be() as usize]
				.pointers
				.get(&id)
				.map(|(_, p)| p.clone()))
		}

		async fn account_of(&self, patient: u64, _at: H256) -> anyhow::Result<Option<AccountId>> {
			Ok(Sr25519Keyring::iter().nth(patient as usize).map(|k| k.to_account_id()))
		}

		async fn nonce(&self, at: H256) -> anyhow::Result<u32> {
			Ok(self.0.lock().blocks[at.to_low_u64_be() as usize].nonce)
		}

		async fn sign(&self, call: Call) -> anyhow::Result<tx::Signed> {
			let inner = self.0.lock();
			let best = inner.blocks.last().expect("a block").nonce;
			let nonce = inner.pool.keys().next_back().map_or(best, |n| n + 1).max(best);
			Ok(tx::Signed { nonce, bytes: call.encode() })
		}

		async fn submit(&self, signed: &tx::Signed) -> anyhow::Result<Submission> {
			let mut inner = self.0.lock();
			if std::mem::take(&mut inner.lose_next) {
				bail!("the process died before the node had it");
			}
			inner.submissions += 1;
			if inner.refuse {
				return Ok(Submission::Refused("Inability to pay some fees".into()));
			}
			inner.pool.entry(signed.nonce).or_insert_with(|| signed.bytes.clone());
			Ok(Submission::Taken)
		}

		async fn finalized(&self) -> anyhow::Result<H256> {
			self.build();
			let inner = self.0.lock();
			if inner.finalized + 1 < inner.blocks.len() {
				bail!("not final within the timeout");
			}
			Ok(hash_of(inner.finalized))
		}
	}

	/// A record of the fake database: its patient, change marker and content hash.
	type Row = (String, Option<String>, H256);

	/// A database: records by reference.
	#[derive(Default)]
	struct FakeDb(Mutex<BTreeMap<String, Row>>);

	impl FakeDb {
		fn put(&self, reference: &str, patient: &str, version: &str, hash: u8) {
			self.0.lock().insert(
				reference.into(),
				(patient.into(), Some(version.into()), H256::repeat_byte(hash)),
			);
		}
	}

	impl Source for FakeDb {
		async fn list(&self, kind: &Kind) -> anyhow::Result<Vec<Listed>> {
			let prefix = format!("{}:", kind.query);
			Ok(self
				.0
				.lock()
				.iter()
				.filter_map(|(reference, (patient, version, _))| {
					Some(Listed {
						argument: reference.strip_prefix(&prefix)?.to_owned(),
						patient: patient.clone(),
						version: version.clone(),
					})
				})
				.collect())
		}

		async fn hash(&self, locator: &str, _patient: &str) -> anyhow::Result<Option<H256>> {
			Ok(self.0.lock().get(locator).map(|(_, _, hash)| *hash))
		}

		fn reference(&self, locator: &str) -> anyhow::Result<RecordRef> {
			Ok(opaque(locator))
		}
	}

	/// The fake database's reference for `locator`: opaque, as a gatekeeper's are.
	fn opaque(locator: &str) -> RecordRef {
		polkadot_sdk::sp_crypto_hashing::blake2_128(locator.as_bytes())
	}

	fn provider() -> AccountId {
		Sr25519Keyring::Bob.to_account_id()
	}

	/// A test patient's participant number, as the database names them.
	fn patient(key: Sr25519Keyring) -> String {
		Sr25519Keyring::iter()
			.position(|k| k == key)
			.expect("a well-known key")
			.to_string()
	}

	/// The account a test patient holds.
	fn account(key: Sr25519Keyring) -> String {
		key.to_account_id().to_ss58check()
	}

	fn kinds() -> Vec<Kind> {
		vec![Kind { query: "lab".into(), category: 7, fields: 0b11111 }]
	}

	const LIMITS: Limits = Limits { batch: 4, round: 100 };

	fn journal(dir: &tempfile::TempDir) -> Journal {
		Journal::open(&dir.path().join("journal.sqlite")).expect("opens")
	}

	#[test]
	fn a_new_journal_is_its_owners_only() {
		use std::os::unix::fs::PermissionsExt;
		let dir = tempfile::tempdir().expect("temp dir");
		drop(journal(&dir));
		let mode = std::fs::metadata(dir.path().join("journal.sqlite"))
			.expect("created")
			.permissions()
			.mode();
		assert_eq!(mode & 0o777, 0o600, "{mode:o}");
	}

	#[test]
	fn a_round_on_the_demo_emr_logs_no_health_data() {
		let lines = crate::logs::captured_at_trace(|| async {
			let mut demo = crate::records::DemoEmr::open().await;
			// Panels too, published by their draw's time: locators that carry a date.
			let mut kinds = demo.config.publish.clone();
			kinds.push(PublishConfig {
				query: "lab-panel".into(),
				category: 7,
				list: "SELECT DISTINCT l.taken_at, CAST(p.medrec_number AS TEXT), NULL \
				       FROM lab_results l JOIN patients p ON p.mrn = l.mrn \
				       WHERE p.medrec_number IS NOT NULL"
					.into(),
			});
			demo.records.prepare_lists(&kinds).await.expect("the lists prepare");
			let kinds: Vec<Kind> = kinds
				.iter()
				.map(|kind| {
					let (query, _) = demo.records.query(&kind.query).expect("declared");
					Kind::new(kind, query.fields.len())
				})
				.collect();
			let dir = tempfile::tempdir().expect("temp dir");
			let references = References::open(
				&dir.path().join("state.sqlite"),
				&crate::testing::gatekeeper_key(),
			)
			.expect("opens");
			let database = Database { records: &demo.records, references: &references };
			let chain = FakeChain::new();
			// MRN-0002 (participant 9) has not registered: their calls fail and are logged.
			let unregistered = Sr25519Keyring::iter().nth(9).expect("a key").to_account_id();
			chain.0.lock().unregistered.push(unregistered.to_ss58check());
			let report = publish_once(&journal(&dir), &database, &chain, &kinds, LIMITS)
				.await
				.expect("a round");
			assert!(report.published >= 1 && report.failed >= 1, "{report:?}");
		});
		let text = lines.join("\n");
		for expected in
			["publisher batch journaled", "publisher call settled", "did not take effect"]
		{
			assert!(text.contains(expected), "{expected} not logged:\n{text}");
		}
		crate::logs::assert_no_health_data(&lines);
	}

	#[tokio::test]
	async fn new_records_are_published_with_their_relationship_and_changes_republished() {
		let dir = tempfile::tempdir().expect("temp dir");
		let journal = journal(&dir);
		let (chain, db) = (FakeChain::new(), FakeDb::default());
		let (ferdie, eve) = (patient(Sr25519Keyring::Ferdie), patient(Sr25519Keyring::Eve));
		db.put("lab:1", &ferdie, "v1", 1);
		db.put("lab:2", &ferdie, "v1", 2);
		db.put("lab:3", &eve, "v1", 3);
		let (ferdies, eves) = (account(Sr25519Keyring::Ferdie), account(Sr25519Keyring::Eve));

		let report = publish_once(&journal, &db, &chain, &kinds(), LIMITS).await.expect("round");
		// Two relationships and three pointers, in batches of at most four calls.
		assert_eq!(report, Report { published: 5, ..Default::default() });
		assert_eq!(chain.0.lock().submissions, 2, "each batch submitted once");
		let mut on_chain = chain.pointers();
		on_chain.sort();
		let mut expected = vec![
			(eves.clone(), opaque("lab:3"), H256::repeat_byte(3)),
			(ferdies.clone(), opaque("lab:1"), H256::repeat_byte(1)),
			(ferdies.clone(), opaque("lab:2"), H256::repeat_byte(2)),
		];
		expected.sort();
		assert_eq!(on_chain, expected);
		assert_eq!(chain.best().pointers[&0].1.fields, FieldSet(0b11111));
		assert_eq!(chain.best().relationships[&ferdies].pointers, 2);
		assert_eq!(journal.count().expect("counts"), 3);
		assert!(journal.outbox().expect("reads").is_none());

		// Nothing changed: nothing is sent.
		let submissions = chain.0.lock().submissions;
		let report = publish_once(&journal, &db, &chain, &kinds(), LIMITS).await.expect("round");
		assert_eq!(report, Report::default());
		assert_eq!(chain.0.lock().submissions, submissions);

		// A changed record is updated in place; a new marker with the same content is noted.
		db.put("lab:2", &ferdie, "v2", 9);
		db.put("lab:3", &eve, "v2", 3);
		let report = publish_once(&journal, &db, &chain, &kinds(), LIMITS).await.expect("round");
		assert_eq!(report, Report { published: 1, ..Default::default() });
		let pointer = journal.published("lab:2").expect("reads").expect("published");
		assert_eq!((pointer.hash, pointer.version.as_deref()), (H256::repeat_byte(9), Some("v2")));
		assert_eq!(chain.pointers().len(), 3, "updated, not added");
		assert!(chain.pointers().contains(&(ferdies, opaque("lab:2"), H256::repeat_byte(9))));
		assert_eq!(
			journal.published("lab:3").expect("reads").unwrap().version.as_deref(),
			Some("v2")
		);
	}

	#[tokio::test]
	async fn a_batch_in_flight_when_the_process_stops_is_published_exactly_once() {
		let dir = tempfile::tempdir().expect("temp dir");
		let (chain, db) = (FakeChain::new(), FakeDb::default());
		let ferdie = patient(Sr25519Keyring::Ferdie);
		db.put("lab:1", &ferdie, "v1", 1);
		db.put("lab:2", &ferdie, "v1", 2);

		// Journaled, then the process dies before the node has it.
		chain.0.lock().lose_next = true;
		let journal = journal(&dir);
		assert!(publish_once(&journal, &db, &chain, &kinds(), LIMITS).await.is_err());
		assert!(journal.outbox().expect("reads").is_some());
		assert!(chain.pointers().is_empty());
		drop(journal);

		// Restarted: the journaled batch goes out; it lands in a block that is not final
		// before the process stops again.
		chain.0.lock().finalize_late = true;
		let journal = self::journal(&dir);
		let report = publish_once(&journal, &db, &chain, &kinds(), LIMITS).await.expect("round");
		assert_eq!(report, Report::default(), "nothing recorded before finality");
		assert_eq!(chain.pointers().len(), 2);
		drop(journal);

		// Restarted again: the same bytes are submitted again (the chain has their nonce),
		// and once final, each record is recorded once.
		let journal = self::journal(&dir);
		chain.finalize();
		chain.0.lock().finalize_late = false;
		let report = publish_once(&journal, &db, &chain, &kinds(), LIMITS).await.expect("round");
		assert_eq!(report, Report { published: 3, ..Default::default() });
		assert_eq!(chain.pointers().len(), 2, "each record on chain once");
		assert_eq!(journal.count().expect("counts"), 2);
		assert!(journal.outbox().expect("reads").is_none());
		assert_eq!(chain.best().nonce, 1, "one transaction");
		let again = publish_once(&journal, &db, &chain, &kinds(), LIMITS).await.expect("round");
		assert_eq!(again, Report::default());
	}

	#[tokio::test]
	async fn a_call_that_fails_backs_off_and_the_others_are_published() {
		let dir = tempfile::tempdir().expect("temp dir");
		let journal = journal(&dir);
		let (chain, db) = (FakeChain::new(), FakeDb::default());
		let (charlie, eve) = (patient(Sr25519Keyring::Charlie), patient(Sr25519Keyring::Eve));
		chain.0.lock().unregistered.push(account(Sr25519Keyring::Eve));
		db.put("lab:1", &eve, "v1", 1);
		db.put("lab:2", &charlie, "v1", 2);

		// One batch, patient by patient number: Charlie's relationship and pointer, then Eve's
		// relationship, which cannot be opened; the batch stops there.
		let report = publish_once(&journal, &db, &chain, &kinds(), LIMITS).await.expect("round");
		assert_eq!((report.published, report.failed), (2, 1));
		assert_eq!(
			chain.pointers(),
			vec![(account(Sr25519Keyring::Charlie), opaque("lab:2"), H256::repeat_byte(2))]
		);
		// Eve backs off: the next round sends nothing.
		let submissions = chain.0.lock().submissions;
		let report = publish_once(&journal, &db, &chain, &kinds(), LIMITS).await.expect("round");
		assert_eq!(report, Report::default());
		assert_eq!(chain.0.lock().submissions, submissions);
		assert!(journal.backing_off(&eve, None, now_secs()).expect("reads"));
		assert!(!journal.backing_off(&eve, None, now_secs() + MAX_BACKOFF_SECS).expect("reads"));
	}

	#[tokio::test]
	async fn a_pointer_already_on_chain_is_adopted_and_a_dry_run_sends_nothing() {
		let dir = tempfile::tempdir().expect("temp dir");
		let journal = journal(&dir);
		let (chain, db) = (FakeChain::new(), FakeDb::default());
		let ferdie = patient(Sr25519Keyring::Ferdie);
		// Published by hand before the publisher ran: one up to date, one stale.
		db.put("lab:1", &ferdie, "v1", 1);
		db.put("lab:2", &ferdie, "v1", 2);
		publish_once(&journal, &db, &chain, &kinds(), LIMITS).await.expect("round");
		let journal = {
			drop(journal);
			std::fs::remove_file(dir.path().join("journal.sqlite")).expect("removed");
			self::journal(&dir)
		};
		db.put("lab:2", &ferdie, "v2", 7);
		db.put("lab:3", &ferdie, "v1", 3);

		let plan = dry_run(&journal, &db, &chain, &kinds()).await.expect("plan");
		assert_eq!(journal.count().expect("counts"), 0, "a dry run records nothing");
		assert_eq!(plan.adopt.len(), 1);
		let actions = plan.actions;
		assert_eq!(actions.len(), 2);
		assert!(
			matches!(&actions[0], Action::Update { record, pointer: 1, .. } if record == "lab:2")
		);
		assert!(matches!(
			&actions[1],
			Action::Add { record, reference, .. } if record == "lab:3" && *reference == opaque("lab:3")
		));
		let submissions = chain.0.lock().submissions;
		dry_run(&journal, &db, &chain, &kinds()).await.expect("plan");
		assert_eq!(chain.0.lock().submissions, submissions);

		let report = publish_once(&journal, &db, &chain, &kinds(), LIMITS).await.expect("round");
		assert_eq!((report.published, report.adopted), (2, 1));
		assert_eq!(chain.pointers().len(), 3);
		assert_eq!(journal.count().expect("counts"), 3);
	}

	#[tokio::test]
	async fn a_patient_number_nobody_holds_is_counted_and_nothing_sent() {
		let dir = tempfile::tempdir().expect("temp dir");
		let journal = journal(&dir);
		let (chain, db) = (FakeChain::new(), FakeDb::default());
		db.put("lab:1", "999", "v1", 1);
		db.put("lab:2", "not a number", "v1", 2);
		db.put("lab:3", &patient(Sr25519Keyring::Ferdie), "v1", 3);
		let report = publish_once(&journal, &db, &chain, &kinds(), LIMITS).await.expect("round");
		assert_eq!(report, Report { published: 2, unlinked: 2, ..Default::default() });
		assert_eq!(chain.pointers().len(), 1, "only Ferdie's record");
	}

	/// A batch records its additions from the patient's newest page of pointers, and those
	/// beyond the page by their references.
	#[tokio::test]
	async fn a_batch_larger_than_a_page_is_recorded_whole() {
		let dir = tempfile::tempdir().expect("temp dir");
		let journal = journal(&dir);
		let (chain, db) = (FakeChain::new(), FakeDb::default());
		let ferdie = patient(Sr25519Keyring::Ferdie);
		let records = MAX_POINTER_PAGE + 20;
		for n in 0..records {
			db.put(&format!("lab:{n}"), &ferdie, "v1", n as u8);
		}
		let limits = Limits { batch: 200, round: 1_000 };
		let report = publish_once(&journal, &db, &chain, &kinds(), limits).await.expect("round");
		assert_eq!(report, Report { published: u64::from(records) + 1, ..Default::default() });
		assert_eq!(journal.count().expect("counts"), u64::from(records));
	}

	#[tokio::test]
	async fn a_round_publishes_at_most_its_limit_and_leaves_the_rest_pending() {
		let dir = tempfile::tempdir().expect("temp dir");
		let journal = journal(&dir);
		let (chain, db) = (FakeChain::new(), FakeDb::default());
		let ferdie = patient(Sr25519Keyring::Ferdie);
		for n in 0..9 {
			db.put(&format!("lab:{n}"), &ferdie, "v1", n);
		}
		let limits = Limits { batch: 3, round: 6 };
		let report = publish_once(&journal, &db, &chain, &kinds(), limits).await.expect("round");
		assert_eq!((report.published, report.pending), (6, 4));
		assert_eq!(chain.best().nonce, 2, "two batches of three");
		let report = publish_once(&journal, &db, &chain, &kinds(), limits).await.expect("round");
		assert_eq!((report.published, report.pending), (4, 0));
		assert_eq!(chain.pointers().len(), 9);
	}

	#[tokio::test]
	async fn a_batch_the_node_refuses_is_dropped_and_signed_anew_later() {
		let dir = tempfile::tempdir().expect("temp dir");
		let journal = journal(&dir);
		let (chain, db) = (FakeChain::new(), FakeDb::default());
		db.put("lab:1", &patient(Sr25519Keyring::Ferdie), "v1", 1);
		chain.0.lock().refuse = true;
		let report = publish_once(&journal, &db, &chain, &kinds(), LIMITS).await.expect("round");
		assert_eq!((report.published, report.failed), (0, 2));
		assert!(journal.outbox().expect("reads").is_none(), "nothing stays in flight");
		chain.0.lock().refuse = false;
		let report = publish_once(&journal, &db, &chain, &kinds(), LIMITS).await.expect("round");
		assert_eq!(report, Report { published: 2, ..Default::default() });
		assert_eq!(chain.pointers().len(), 1);
	}
}
