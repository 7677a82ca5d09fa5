//! The gatekeeper's state in PostgreSQL, shared by replicas of one provider's gatekeeper.
//!
//! With `[state] postgres = "postgres://…"` the receipts, their signed batches, the anchors, the
//! used nonces and the private pointers' map live in one PostgreSQL schema instead of an SQLite
//! file, and several gatekeepers (replicas behind a load balancer, sharing the key) serve from
//! it at once:
//!
//! - **One receipt sequence without gaps.** Each group commit locks the one row of `counter`
//!   (`SELECT … FOR UPDATE`), numbers its receipts from it, inserts them and their batch and
//!   moves the counter on, in one transaction. Replicas' commits take turns on that row; a
//!   transaction that dies with its replica is rolled back whole, counter included, so its
//!   numbers are handed out again by the next commit and no number is left without a receipt.
//!   A receipt is returned, with its data, only once its transaction committed (the same
//!   invariant as SQLite: a killed replica's pending receipts never existed, and neither did
//!   their responses).
//! - **A nonce once, across replicas.** Every used nonce, a disclosure's included, is a row of
//!   `nonces` keyed by signer and nonce, inserted in the transaction of its receipt. A replica
//!   refuses its own replays from memory; a replay served by another replica meanwhile finds the
//!   row there, and its receipt is left out of the batch and the request refused as `replayed`
//!   with nothing disclosed.
//! - **One anchoring leader.** Anchoring runs where `pg_try_advisory_lock` succeeds, on a session
//!   of its own that holds the lock as long as it lives. When the leader dies (or its session
//!   is cut), PostgreSQL releases the lock and another replica takes it on its next round. The
//!   anchors are recorded here, so the new leader reconciles with the chain from where the last
//!   one stopped: the chain's `AnchorNotNext` and this schema's primary keys refuse a range
//!   anchored twice, and its `reconcile` records what the old leader submitted but did not
//!   record.
//! - **Any replica answers a patient's receipts**, since they are all here.
//!
//! There is no state lock (replicas are meant to share the schema) and no `backup`/`restore`
//! command: PostgreSQL's own tools (`pg_dump --schema`, replication, point-in-time recovery)
//! back it up. A schema put back behind the chain is refused at start as an SQLite file would be
//! (`crate::anchor::check_numbering`).
//!
//! The gatekeeper's code is synchronous around its state (its SQLite store is), so this module
//! runs its sessions on a small runtime of its own and blocks the caller until PostgreSQL
//! answers ([`PgState::block`]): the same cost to the caller as an SQLite read, and callable
//! from any thread or runtime.

use crate::{
	postgres::describe_error,
	postgres_tls::Target,
	receipts::{
		nonce_bytes, signer_account, Anchor, BatchRow, Committer, Draft, Receipts, Sealed,
		SignedReceipt, Store, UsedNonce, WriterOptions,
	},
	AccountId,
};
use anyhow::{anyhow, bail, Context};
use medrec_primitives::ParticipantId;
use parking_lot::Mutex;
use polkadot_sdk::sp_core::{sr25519, Pair, H256};
use std::{
	collections::HashSet,
	future::Future,
	sync::{
		atomic::{AtomicUsize, Ordering},
		mpsc as std_mpsc, Arc,
	},
};
use tokio::runtime::{Handle, Runtime};
use tokio_postgres::Client;

/// The schema's layout version, kept in its `meta` row.
const LAYOUT_VERSION: i64 = 1;

/// Sessions for reads (patients' receipts, anchoring, nonces): a commit has its own.
const READERS: usize = 2;

/// The tables, created once per schema. Receipts, batches and anchors are append-only, as in
/// the SQLite file: a trigger refuses UPDATE, DELETE and TRUNCATE. `counter` is the next
/// receipt number, one row that each commit locks. `nonces` holds every used nonce until its
/// request expires, disclosures' too (in SQLite those live in the receipt rows), with the
/// replica that used it: its primary key is what refuses a replay across replicas.
const TABLES: &str = "
	CREATE TABLE meta (
		one BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
		version BIGINT NOT NULL,
		provider BYTEA NOT NULL
	);
	CREATE TABLE counter (
		one BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
		next BIGINT NOT NULL
	);
	INSERT INTO counter (next) VALUES (0);
	CREATE TABLE receipts (
		seq BIGINT PRIMARY KEY,
		patient BIGINT NOT NULL,
		leaf BYTEA NOT NULL,
		body BYTEA NOT NULL
	);
	CREATE INDEX receipts_by_patient ON receipts (patient, seq);
	CREATE TABLE batches (
		first BIGINT PRIMARY KEY,
		count BIGINT NOT NULL,
		root BYTEA NOT NULL,
		signature BYTEA NOT NULL
	);
	CREATE TABLE anchors (
		idx BIGINT PRIMARY KEY,
		first BIGINT NOT NULL UNIQUE,
		count BIGINT NOT NULL,
		root BYTEA NOT NULL,
		block_number BIGINT NOT NULL
	);
	CREATE TABLE nonces (
		signer BYTEA NOT NULL,
		nonce BYTEA NOT NULL,
		expires BIGINT NOT NULL,
		replica BYTEA NOT NULL,
		PRIMARY KEY (signer, nonce)
	);
	CREATE INDEX nonces_by_expiry ON nonces (expires);
	CREATE TABLE references_ (
		reference BYTEA PRIMARY KEY,
		locator TEXT NOT NULL
	);
	CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
		BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$;
	CREATE TRIGGER receipts_append_only BEFORE UPDATE OR DELETE ON receipts
		FOR EACH ROW EXECUTE FUNCTION append_only();
	CREATE TRIGGER receipts_no_truncate BEFORE TRUNCATE ON receipts
		FOR EACH STATEMENT EXECUTE FUNCTION append_only();
	CREATE TRIGGER batches_append_only BEFORE UPDATE OR DELETE ON batches
		FOR EACH ROW EXECUTE FUNCTION append_only();
	CREATE TRIGGER batches_no_truncate BEFORE TRUNCATE ON batches
		FOR EACH STATEMENT EXECUTE FUNCTION append_only();
	CREATE TRIGGER anchors_append_only BEFORE UPDATE OR DELETE ON anchors
		FOR EACH ROW EXECUTE FUNCTION append_only();
	CREATE TRIGGER anchors_no_truncate BEFORE TRUNCATE ON anchors
		FOR EACH STATEMENT EXECUTE FUNCTION append_only();
";

/// A session that reconnects when it was lost (PostgreSQL restarted, the network dropped it).
struct Session(tokio::sync::Mutex<Option<Arc<Client>>>);

/// The session that may hold the anchoring lock, its backend's process id, and whether it
/// holds the lock.
struct Candidate {
	client: Client,
	pid: i32,
	leads: bool,
}

/// One provider's state in one PostgreSQL schema, shared by its replicas.
pub struct PgState {
	/// Runs the sessions; shut down when the state is dropped.
	runtime: Mutex<Option<Runtime>>,
	handle: Handle,
	target: Target,
	schema: String,
	readers: Vec<Session>,
	next_reader: AtomicUsize,
	candidate: tokio::sync::Mutex<Option<Candidate>>,
	/// This replica's id, random (PostgreSQL's `gen_random_uuid`) for each start: the nonces it
	/// claims carry it.
	replica: Vec<u8>,
	/// What the anchoring lock is named by, hashed to PostgreSQL's 64-bit lock key: the schema
	/// and the provider, as advisory locks are per database.
	lock_name: String,
}

impl std::fmt::Debug for PgState {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		write!(f, "PgState({} schema {})", self.target.describe(), self.schema)
	}
}

impl Drop for PgState {
	fn drop(&mut self) {
		if let Some(runtime) = self.runtime.lock().take() {
			// Not `drop`: that would wait for the sessions' tasks, and panics on an async
			// worker, where the last reference may well be dropped.
			runtime.shutdown_background();
		}
	}
}

/// Whether `schema` is a plain lower-case identifier, which needs no quoting anywhere.
fn plain_identifier(schema: &str) -> bool {
	let mut bytes = schema.bytes();
	bytes.next().is_some_and(|b| b.is_ascii_lowercase() || b == b'_')
		&& bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
		&& schema.len() <= 63
}

impl PgState {
	/// Connects to `target`, creates the tables in `schema` the first time (whichever replica
	/// comes first), and checks that the schema is `provider`'s.
	pub fn open(target: Target, schema: &str, provider: &AccountId) -> anyhow::Result<Arc<Self>> {
		if !plain_identifier(schema) {
			bail!(
				"[state] schema {schema:?}: use a lower-case PostgreSQL identifier (a–z, 0–9, _, \
				 at most 63 bytes, not starting with a digit)"
			);
		}
		let runtime = tokio::runtime::Builder::new_multi_thread()
			.worker_threads(1)
			.thread_name("state-postgres")
			.enable_all()
			.build()?;
		let handle = runtime.handle().clone();
		let prepared = block_on(&handle, {
			let (target, schema, provider) = (target.clone(), schema.to_owned(), provider.clone());
			async move { prepare(&target, &schema, &provider).await }
		});
		let replica = match prepared {
			Ok(replica) => replica,
			Err(error) => {
				// Dropped here, the runtime would panic if this is an async worker.
				runtime.shutdown_background();
				return Err(error);
			},
		};
		tracing::info!(
			database = %target.describe(),
			schema,
			replica = %crate::to_hex(&replica),
			"the state is in PostgreSQL, shared with any other replica on this schema"
		);
		Ok(Arc::new(Self {
			handle,
			runtime: Mutex::new(Some(runtime)),
			readers: (0..READERS).map(|_| Session(tokio::sync::Mutex::new(None))).collect(),
			next_reader: AtomicUsize::new(0),
			candidate: tokio::sync::Mutex::new(None),
			replica,
			lock_name: format!(
				"medrec-gatekeeper anchoring {schema} {}",
				crate::to_hex(AsRef::<[u8]>::as_ref(provider))
			),
			target,
			schema: schema.to_owned(),
		}))
	}

	/// Runs `work` on this state's runtime and waits for it, from any thread.
	pub(crate) fn block<T: Send + 'static>(
		&self,
		work: impl Future<Output = anyhow::Result<T>> + Send + 'static,
	) -> anyhow::Result<T> {
		block_on(&self.handle, work)
	}

	/// Runs `work` on a reading session and waits for it.
	pub(crate) fn read<T, F, Fut>(self: &Arc<Self>, work: F) -> anyhow::Result<T>
	where
		T: Send + 'static,
		F: FnOnce(Arc<Client>) -> Fut + Send + 'static,
		Fut: Future<Output = Result<T, tokio_postgres::Error>> + Send,
	{
		let state = self.clone();
		self.block(async move {
			let i = state.next_reader.fetch_add(1, Ordering::Relaxed) % state.readers.len();
			let client = state.session(&state.readers[i]).await?;
			// The caller holds the state; the last reference is never dropped on its runtime.
			drop(state);
			work(client).await.map_err(|error| anyhow!(describe_error(&error)))
		})
	}

	/// A new session on this state's schema.
	async fn connect(&self) -> anyhow::Result<Client> {
		let client = self.target.connect().await?;
		client
			.batch_execute(&format!("SET search_path TO {}", self.schema))
			.await
			.map_err(|error| anyhow!(describe_error(&error)))?;
		Ok(client)
	}

	/// `session`'s client, connected again if it was lost.
	async fn session(&self, session: &Session) -> anyhow::Result<Arc<Client>> {
		let mut client = session.0.lock().await;
		match client.as_ref().filter(|c| !c.is_closed()) {
			Some(client) => Ok(client.clone()),
			None => {
				let connected = Arc::new(self.connect().await?);
				*client = Some(connected.clone());
				Ok(connected)
			},
		}
	}

	/// Whether this replica anchors: it holds the anchoring lock, taking it if it is free.
	async fn lead(&self) -> anyhow::Result<bool> {
		let mut candidate = self.candidate.lock().await;
		if let Some(current) = candidate.as_ref() {
			// A session PostgreSQL ended (terminated, or cut off long enough for the server to
			// notice) no longer holds the lock, though this process may not know yet.
			if current.client.simple_query("SELECT 1").await.is_err() {
				if current.leads {
					tracing::warn!(
						"the anchoring session ended; another replica may anchor now, and this \
						 one tries to take the lead again"
					);
				}
				*candidate = None;
			} else if current.leads {
				return Ok(true);
			}
		}
		let current = match candidate.take() {
			Some(current) => current,
			None => {
				let client = self.connect().await?;
				let pid: i32 = client
					.query_one("SELECT pg_backend_pid()", &[])
					.await
					.map_err(|error| anyhow!(describe_error(&error)))?
					.get(0);
				Candidate { client, pid, leads: false }
			},
		};
		let leads: bool = current
			.client
			.query_one("SELECT pg_try_advisory_lock(hashtextextended($1, 0))", &[&self.lock_name])
			.await
			.map_err(|error| anyhow!(describe_error(&error)))?
			.get(0);
		if leads {
			tracing::info!(
				session = current.pid,
				"this replica now anchors the provider's receipts"
			);
		}
		*candidate = Some(Candidate { leads, ..current });
		Ok(leads)
	}

	/// The receipt store on this state: reads on its reading sessions, group commits on a
	/// session of the writer's own.
	pub fn receipts(
		self: &Arc<Self>,
		provider: AccountId,
		key: sr25519::Pair,
		options: WriterOptions,
	) -> anyhow::Result<Receipts> {
		let public = key.public();
		let committer =
			PgCommitter { state: self.clone(), provider: provider.clone(), key, session: None };
		Receipts::start(Box::new(PgStore(self.clone())), committer, provider, public, options)
	}

	/// The backend process of the session that holds the anchoring lock, if this replica's does.
	#[cfg(test)]
	pub(crate) fn leader_session(self: &Arc<Self>) -> Option<i32> {
		let state = self.clone();
		self.block(async move {
			let candidate = state.candidate.lock().await;
			Ok(candidate.as_ref().filter(|c| c.leads).map(|c| c.pid))
		})
		.ok()
		.flatten()
	}
}

/// Creates `schema`'s tables if they are missing, or checks its layout and provider. Returns a
/// new replica id.
async fn prepare(target: &Target, schema: &str, provider: &AccountId) -> anyhow::Result<Vec<u8>> {
	let client = target.connect().await?;
	let pg = |error: tokio_postgres::Error| anyhow!(describe_error(&error));
	client.batch_execute("BEGIN").await.map_err(pg)?;
	// Replicas starting together: one creates, the others wait and then find the tables.
	client
		.execute(
			"SELECT pg_advisory_xact_lock(hashtextextended('medrec-gatekeeper setup', 0))",
			&[],
		)
		.await
		.map_err(pg)?;
	client
		.batch_execute(&format!(
			"CREATE SCHEMA IF NOT EXISTS {schema}; SET LOCAL search_path TO {schema}",
			schema = schema
		))
		.await
		.map_err(pg)
		.with_context(|| format!("creating the schema {}", schema))?;
	let exists: bool = client
		.query_one(
			"SELECT to_regclass(format('%I.meta', CAST($1 AS text))) IS NOT NULL",
			&[&schema],
		)
		.await
		.map_err(pg)?
		.get(0);
	let provider_bytes: &[u8] = provider.as_ref();
	if exists {
		let row = client.query_one("SELECT version, provider FROM meta", &[]).await.map_err(pg)?;
		let (version, owner): (i64, Vec<u8>) = (row.get(0), row.get(1));
		if version != LAYOUT_VERSION {
			bail!(
				"PostgreSQL schema {} has layout version {version}; this gatekeeper reads \
				 version {LAYOUT_VERSION}. Give it another schema",
				schema
			);
		}
		if owner != provider_bytes {
			bail!(
				"PostgreSQL schema {} holds the state of another provider ({}): each provider's \
				 gatekeepers need a schema of their own ([state] schema)",
				schema,
				crate::gatekeeper::ss58(&signer_account(owner)?)
			);
		}
	} else {
		client.batch_execute(TABLES).await.map_err(pg).context("creating the tables")?;
		client
			.execute(
				"INSERT INTO meta (version, provider) VALUES ($1, $2)",
				&[&LAYOUT_VERSION, &provider_bytes],
			)
			.await
			.map_err(pg)?;
	}
	client.batch_execute("COMMIT").await.map_err(pg)?;
	let replica: Vec<u8> = client
		.query_one("SELECT uuid_send(gen_random_uuid())", &[])
		.await
		.map_err(pg)?
		.get(0);
	Ok(replica)
}

/// Runs `work` on the runtime of `handle` and waits for it, from any thread (also from an async
/// worker of another runtime, which [`Handle::block_on`] would refuse).
fn block_on<T: Send + 'static>(
	handle: &Handle,
	work: impl Future<Output = anyhow::Result<T>> + Send + 'static,
) -> anyhow::Result<T> {
	let (reply, answer) = std_mpsc::sync_channel(1);
	handle.spawn(async move {
		let _ = reply.send(work.await);
	});
	answer.recv().map_err(|_| anyhow!("the PostgreSQL state is shut down"))?
}

/// The receipts' reads, on [`PgState`]'s reading sessions.
struct PgStore(Arc<PgState>);

fn anchor_of_row(row: &tokio_postgres::Row) -> Anchor {
	Anchor {
		index: row.get::<_, i64>(0) as u32,
		first: row.get::<_, i64>(1) as u64,
		count: row.get::<_, i64>(2) as u32,
		root: H256::from_slice(row.get::<_, &[u8]>(3)),
		block_number: row.get::<_, i64>(4) as u32,
	}
}

impl Store for PgStore {
	fn next_number(&self) -> anyhow::Result<u64> {
		self.0.read(|client| async move {
			Ok(client.query_one("SELECT next FROM counter", &[]).await?.get::<_, i64>(0) as u64)
		})
	}

	fn lost(&self) -> anyhow::Result<Vec<(u64, u64, bool)>> {
		// Nothing is restored into PostgreSQL by this gatekeeper, so no number is skipped.
		Ok(Vec::new())
	}

	fn batch_from(&self, seq: u64) -> anyhow::Result<Option<BatchRow>> {
		self.0.read(move |client| async move {
			let row = client
				.query_opt(
					"SELECT first, count, root, signature FROM batches WHERE first <= $1 \
					 ORDER BY first DESC LIMIT 1",
					&[&(seq as i64)],
				)
				.await?;
			Ok(row.map(|row| {
				(
					row.get::<_, i64>(0) as u64,
					row.get::<_, i64>(1) as u32,
					H256::from_slice(row.get::<_, &[u8]>(2)),
					row.get(3),
				)
			}))
		})
	}

	fn leaf_rows(&self, first: u64, end: u64) -> anyhow::Result<Vec<(u64, H256)>> {
		self.0.read(move |client| async move {
			let rows = client
				.query(
					"SELECT seq, leaf FROM receipts WHERE seq >= $1 AND seq < $2 ORDER BY seq",
					&[&(first as i64), &(end as i64)],
				)
				.await?;
			Ok(rows
				.iter()
				.map(|row| (row.get::<_, i64>(0) as u64, H256::from_slice(row.get::<_, &[u8]>(1))))
				.collect())
		})
	}

	fn insert_anchor(&self, anchor: &Anchor) -> anyhow::Result<()> {
		let anchor = anchor.clone();
		self.0.read(move |client| async move {
			client
				.execute(
					"INSERT INTO anchors (idx, first, count, root, block_number) \
					 VALUES ($1, $2, $3, $4, $5)",
					&[
						&i64::from(anchor.index),
						&(anchor.first as i64),
						&i64::from(anchor.count),
						&anchor.root.as_bytes(),
						&i64::from(anchor.block_number),
					],
				)
				.await?;
			Ok(())
		})
	}

	fn anchors(&self) -> anyhow::Result<Vec<Anchor>> {
		self.0.read(|client| async move {
			let rows = client
				.query(
					"SELECT idx, first, count, root, block_number FROM anchors ORDER BY idx",
					&[],
				)
				.await?;
			Ok(rows.iter().map(anchor_of_row).collect())
		})
	}

	fn anchor_from(&self, seq: u64) -> anyhow::Result<Option<Anchor>> {
		self.0.read(move |client| async move {
			let row = client
				.query_opt(
					"SELECT idx, first, count, root, block_number FROM anchors WHERE first <= $1 \
					 ORDER BY first DESC LIMIT 1",
					&[&(seq as i64)],
				)
				.await?;
			Ok(row.as_ref().map(anchor_of_row))
		})
	}

	fn anchor_totals(&self) -> anyhow::Result<(u32, u64)> {
		self.0.read(|client| async move {
			let row = client
				.query_one(
					"SELECT COUNT(*), CAST(COALESCE(MAX(first + count), 0) AS BIGINT) FROM anchors",
					&[],
				)
				.await?;
			Ok((row.get::<_, i64>(0) as u32, row.get::<_, i64>(1) as u64))
		})
	}

	fn live_nonces(&self, now: u64) -> anyhow::Result<Vec<(AccountId, [u8; 16], u64)>> {
		let rows = self.0.read(move |client| async move {
			client
				.query(
					"SELECT signer, nonce, expires FROM nonces WHERE expires > $1",
					&[&(now as i64)],
				)
				.await
		})?;
		rows.into_iter()
			.map(|row| {
				Ok((
					signer_account(row.get(0))?,
					nonce_bytes(row.get(1))?,
					row.get::<_, i64>(2) as u64,
				))
			})
			.collect()
	}

	fn prune_nonces(&self, now: u64) -> anyhow::Result<usize> {
		self.0.read(move |client| async move {
			Ok(client
				.execute("DELETE FROM nonces WHERE expires <= $1", &[&(now as i64)])
				.await? as usize)
		})
	}

	fn patient_bodies(
		&self,
		patient: ParticipantId,
		from: u64,
		limit: usize,
	) -> anyhow::Result<Vec<Vec<u8>>> {
		self.0.read(move |client| async move {
			let rows = client
				.query(
					"SELECT body FROM receipts WHERE patient = $1 AND seq >= $2 ORDER BY seq \
					 LIMIT $3",
					&[&(patient as i64), &(from as i64), &(limit as i64)],
				)
				.await?;
			Ok(rows.iter().map(|row| row.get(0)).collect())
		})
	}

	fn patient_body(&self, patient: ParticipantId, seq: u64) -> anyhow::Result<Option<Vec<u8>>> {
		self.0.read(move |client| async move {
			let row = client
				.query_opt(
					"SELECT body FROM receipts WHERE seq = $1 AND patient = $2",
					&[&(seq as i64), &(patient as i64)],
				)
				.await?;
			Ok(row.map(|row| row.get(0)))
		})
	}

	fn lead(&self) -> anyhow::Result<bool> {
		let state = self.0.clone();
		self.0.block(async move { state.lead().await })
	}

	fn close(&self) {}
}

/// The writer's session and what it signs with: each group commit is one transaction on the
/// shared counter (see the module's documentation).
struct PgCommitter {
	state: Arc<PgState>,
	provider: AccountId,
	key: sr25519::Pair,
	/// Its own session: a transaction holds the counter's lock, which readers never wait for.
	session: Option<Client>,
}

impl Committer for PgCommitter {
	fn commit(
		&mut self,
		drafts: Vec<Draft>,
		nonces: Vec<UsedNonce>,
	) -> anyhow::Result<(Vec<Option<SignedReceipt>>, Vec<bool>)> {
		let (state, provider, key) = (self.state.clone(), self.provider.clone(), self.key.clone());
		let session = self.session.take();
		let (session, outcome) = self.state.block(async move {
			let client = match session.filter(|c| !c.is_closed()) {
				Some(client) => client,
				None => state.connect().await?,
			};
			let replica = state.replica.clone();
			drop(state);
			let outcome = commit(&client, &replica, &provider, &key, drafts, nonces).await;
			if outcome.is_err() && !client.is_closed() {
				// Whatever failed, the session is left outside a transaction for the next.
				let _ = client.batch_execute("ROLLBACK").await;
			}
			Ok((Some(client).filter(|c| !c.is_closed()), outcome))
		})?;
		self.session = session;
		outcome
	}
}

/// One group commit on `client`: the counter locked, the nonces claimed, the receipts whose
/// nonces were free numbered, signed and inserted, the counter moved on, all committed
/// together.
async fn commit(
	client: &Client,
	replica: &[u8],
	provider: &AccountId,
	key: &sr25519::Pair,
	drafts: Vec<Draft>,
	nonces: Vec<UsedNonce>,
) -> anyhow::Result<(Vec<Option<SignedReceipt>>, Vec<bool>)> {
	let pg = |error: tokio_postgres::Error| anyhow!(describe_error(&error));
	client.batch_execute("BEGIN").await.map_err(pg)?;
	// First, so that every commit takes its locks in the same order and none deadlock.
	let next: i64 = client
		.query_one("SELECT next FROM counter FOR UPDATE", &[])
		.await
		.map_err(pg)?
		.get(0);
	// The receipts' nonces, then the others. A nonce this replica claimed already is still its
	// own: the receipts of one FHIR search share their request's nonce, and a replica refuses
	// its own replays from memory before they get here.
	let claims: Vec<(&[u8], &[u8], i64)> = drafts
		.iter()
		.map(|d| (AsRef::<[u8]>::as_ref(&d.receipt.requester), &d.nonce[..], d.expires as i64))
		.chain(
			nonces
				.iter()
				.map(|n| (AsRef::<[u8]>::as_ref(&n.signer), &n.nonce[..], n.expires as i64)),
		)
		.collect();
	let signers: Vec<&[u8]> = claims.iter().map(|c| c.0).collect();
	let values: Vec<&[u8]> = claims.iter().map(|c| c.1).collect();
	let expiries: Vec<i64> = claims.iter().map(|c| c.2).collect();
	let mine: HashSet<(Vec<u8>, Vec<u8>)> = client
		.query(
			"INSERT INTO nonces (signer, nonce, expires, replica) \
			 SELECT signer, nonce, expires, $4 \
			 FROM UNNEST($1::bytea[], $2::bytea[], $3::int8[]) AS c (signer, nonce, expires) \
			 ON CONFLICT DO NOTHING RETURNING signer, nonce",
			&[&signers, &values, &expiries, &replica],
		)
		.await
		.map_err(pg)?
		.iter()
		.chain(
			// Those taken already: the ones this replica took stay its own. (The insert waited
			// for any transaction that held them, so this statement sees them committed.)
			&client
				.query(
					"SELECT signer, nonce FROM nonces \
					 WHERE (signer, nonce) IN (SELECT * FROM UNNEST($1::bytea[], $2::bytea[])) \
					 AND replica = $3",
					&[&signers, &values, &replica],
				)
				.await
				.map_err(pg)?,
		)
		.map(|row| (row.get(0), row.get(1)))
		.collect();
	let fresh: Vec<bool> = claims
		.iter()
		.map(|(signer, nonce, _)| mine.contains(&(signer.to_vec(), nonce.to_vec())))
		.collect();
	let (receipt_fresh, nonce_fresh) = fresh.split_at(drafts.len());
	let kept: Vec<&Draft> =
		drafts.iter().zip(receipt_fresh).filter(|(_, f)| **f).map(|(d, _)| d).collect();
	if kept.is_empty() {
		client.batch_execute("COMMIT").await.map_err(pg)?;
		return Ok((vec![None; drafts.len()], nonce_fresh.to_vec()));
	}
	let sealed = Sealed::new(provider, key, next as u64, kept.iter().copied())?;
	let seqs: Vec<i64> = sealed.receipts.iter().map(|r| r.seq as i64).collect();
	let patients: Vec<i64> = kept.iter().map(|d| d.patient_number as i64).collect();
	let leaves: Vec<&[u8]> = sealed.leaves.iter().map(|l| l.as_bytes()).collect();
	client
		.execute(
			"INSERT INTO receipts (seq, patient, leaf, body) \
			 SELECT * FROM UNNEST($1::int8[], $2::int8[], $3::bytea[], $4::bytea[])",
			&[&seqs, &patients, &leaves, &sealed.bodies],
		)
		.await
		.map_err(pg)?;
	let batch = &sealed.batch;
	client
		.execute(
			"INSERT INTO batches (first, count, root, signature) VALUES ($1, $2, $3, $4)",
			&[
				&next,
				&i64::from(batch.batch.count),
				&batch.batch.root.as_bytes(),
				&&batch.signature.0[..],
			],
		)
		.await
		.map_err(pg)?;
	client
		.execute("UPDATE counter SET next = $1", &[&(next + seqs.len() as i64)])
		.await
		.map_err(pg)?;
	client.batch_execute("COMMIT").await.map_err(pg)?;
	let mut signed = sealed.signed()?.into_iter();
	let receipts = receipt_fresh.iter().map(|f| if *f { signed.next() } else { None }).collect();
	Ok((receipts, nonce_fresh.to_vec()))
}

#[cfg(test)]
mod tests;
