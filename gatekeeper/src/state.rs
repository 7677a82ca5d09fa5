//! The state file's backup and restore, and the lock that keeps one gatekeeper on it.
//!
//! The state (`state` in the configuration) is an SQLite file: the receipts and their signed
//! batches, the anchors recorded, the nonces of requests without receipts, and the map of
//! private pointers. [`backup`] copies it while the gatekeeper runs: `VACUUM INTO` reads it in
//! one read transaction, which in WAL mode holds up neither the receipt writer nor anyone
//! else, so the copy is the state as of one commit. [`restore`] puts a backup back in place of
//! a lost or damaged state after checking, receipt by receipt, that it is this provider's,
//! signed by this gatekeeper's key.
//!
//! ## What a restore cannot bring back
//!
//! Receipts issued after the backup are gone with the state that held them, but their requesters
//! hold them, and the chain may have anchored them. Their numbers must never be handed out
//! again: two receipts with one number, and the anchor vouching for neither. So a restore
//! continues numbering after
//! - the chain's anchored total at its best block (read from the chain by the `restore`
//!   command): those receipts are recorded as lost but anchored; the chain's anchors over them
//!   are recorded unchecked, and no inclusion proof is given under them;
//! - and, if the operator says so (`--skip-to`), after the last number the lost state had
//!   handed out (its `receipts` in `/health`, or the metrics, if a monitor kept them): those
//!   numbers are anchored as void leaves, so a receipt that carries one fails verification
//!   against the chain instead of matching a new one.
//!
//! Numbers handed out after the last anchor and beyond what `--skip-to` says are the ones a
//! restored gatekeeper may hand out again. The receipts table stays append-only; the skipped
//! ranges are kept in the `lost` table (see [`crate::receipts`]).

use crate::{
	config::StateConfig,
	merkle,
	pg_state::PgState,
	postgres_tls::Target,
	receipts::{self, Batch, Receipt, Receipts, SignedBatch, WriterOptions},
	references::{self, References},
	AccountId,
};
use anyhow::{anyhow, bail, ensure, Context};
use codec::Decode;
use polkadot_sdk::{
	sp_core::{sr25519, Pair, H256},
	sp_crypto_hashing::blake2_256,
};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::{
	fs::File,
	io::Write,
	path::{Path, PathBuf},
	sync::Arc,
	time::Duration,
};

/// The state a configuration names, opened: an SQLite file (opened by each part that keeps
/// something in it), or a PostgreSQL schema that every replica shares ([`crate::pg_state`]).
pub enum Opened {
	File(PathBuf),
	Postgres(Arc<PgState>),
}

impl Opened {
	/// Connects to PostgreSQL for `[state] postgres`, preparing its schema for `provider`; an
	/// SQLite state is opened later, by each part that keeps something in it.
	pub fn open(config: &StateConfig, provider: &AccountId) -> anyhow::Result<Self> {
		match config {
			StateConfig::File(path) => Ok(Opened::File(path.clone())),
			StateConfig::Postgres(pg) => {
				let target = Target::parse_in("state", &pg.postgres, pg.postgres_ca.as_deref())?;
				Ok(Opened::Postgres(PgState::open(target, &pg.schema, provider)?))
			},
		}
	}

	/// Keeps other gatekeepers off an SQLite state while this one runs ([`lock`]). Replicas on
	/// PostgreSQL share the state by design: nothing to lock.
	pub fn lock(&self) -> anyhow::Result<Option<StateLock>> {
		match self {
			Opened::File(path) => lock(path).map(Some),
			Opened::Postgres(_) => Ok(None),
		}
	}

	/// The receipt store.
	pub fn receipts(
		&self,
		provider: AccountId,
		key: sr25519::Pair,
		options: WriterOptions,
	) -> anyhow::Result<Receipts> {
		match self {
			Opened::File(path) => Receipts::open(path, provider, key, options)
				.with_context(|| format!("opening {}", path.display())),
			Opened::Postgres(state) => state.receipts(provider, key, options),
		}
	}

	/// The private pointers' map.
	pub fn references(&self, key: &sr25519::Pair) -> anyhow::Result<References> {
		match self {
			Opened::File(path) => References::open(path, key)
				.with_context(|| format!("opening the references in {}", path.display())),
			Opened::Postgres(state) => Ok(References::open_postgres(state.clone(), key)),
		}
	}
}

/// Held while a gatekeeper runs on a state file: an exclusive lock on `<state>.lock`, released
/// when the process ends however it ends. Not the state file itself: SQLite's own locks on it
/// are POSIX locks, which a second descriptor of the same file closing would release.
#[derive(Debug)]
pub struct StateLock {
	_file: File,
}

/// The lock file of the state at `state`.
pub fn lock_path(state: &Path) -> PathBuf {
	let mut name = state.as_os_str().to_owned();
	name.push(".lock");
	PathBuf::from(name)
}

/// Locks the state at `state` for this process, or says which process holds it.
pub fn lock(state: &Path) -> anyhow::Result<StateLock> {
	let path = lock_path(state);
	let mut file = File::options()
		.read(true)
		.write(true)
		.create(true)
		.truncate(false)
		.open(&path)
		.with_context(|| {
			format!("state {}: cannot open its lock {}", state.display(), path.display())
		})?;
	match file.try_lock() {
		Ok(()) => {},
		Err(std::fs::TryLockError::WouldBlock) => {
			let holder = std::fs::read_to_string(&path).unwrap_or_default();
			bail!(
				"state {} is in use by a running gatekeeper (process {}): stop it first",
				state.display(),
				holder.trim()
			);
		},
		Err(std::fs::TryLockError::Error(error)) => {
			return Err(error).with_context(|| format!("locking {}", path.display()));
		},
	}
	file.set_len(0)?;
	write!(file, "{}", std::process::id())?;
	Ok(StateLock { _file: file })
}

/// What a state file holds, as checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
	/// Receipts stored.
	pub receipts: u64,
	/// The next receipt's number (past every number a restore skipped).
	pub next: u64,
	/// Signed batches, each checked.
	pub batches: u64,
	/// Anchors recorded, and the receipts they cover.
	pub anchors: u32,
	pub anchored: u64,
	/// Private pointers (references) remembered.
	pub references: u64,
	/// When the newest receipt was served (Unix ms), if there is one.
	pub newest: Option<u64>,
}

/// Checks the state file `db`: not damaged, this gatekeeper's layout, every receipt in a
/// batch whose Merkle root and signature hold for `provider` and `key`, numbers without a gap
/// that no restore skipped, anchors that follow each other, and references made with `key`.
pub fn check(
	db: &Connection,
	provider: &AccountId,
	key: &sr25519::Pair,
) -> anyhow::Result<Summary> {
	let integrity: String = db
		.query_row("PRAGMA integrity_check", [], |row| row.get(0))
		.context("not an SQLite database")?;
	ensure!(integrity == "ok", "damaged: {integrity}");
	let version: i64 = db.query_row("PRAGMA user_version", [], |row| row.get(0))?;
	let table = |name: &str| -> anyhow::Result<bool> {
		Ok(db
			.query_row(
				"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1",
				[name],
				|_| Ok(()),
			)
			.optional()?
			.is_some())
	};
	ensure!(
		version == receipts::SCHEMA_VERSION && table("receipts")? && table("batches")?,
		"not a state file of this gatekeeper (layout version {version}; this one reads {})",
		receipts::SCHEMA_VERSION
	);
	let lost = if table("lost")? { receipts::lost_ranges(db)? } else { Vec::new() };
	let skipped = |from: u64, to: u64| {
		// Every number of `from .. to` in a skipped range (ranges are in order, apart).
		let mut at = from;
		for &(first, count, _) in &lost {
			if first <= at && at < first + count {
				at = first + count;
			}
		}
		at >= to
	};

	let public = key.public();
	let mut batches =
		db.prepare("SELECT first, count, root, signature FROM batches ORDER BY first")?;
	let mut bodies = db.prepare(
		"SELECT seq, leaf, body FROM receipts WHERE seq >= ?1 AND seq < ?2 ORDER BY seq",
	)?;
	let (mut receipts, mut next, mut count, mut newest) = (0u64, 0u64, 0u64, None);
	let mut rows = batches.query([])?;
	while let Some(row) = rows.next()? {
		let (first, size) = (row.get::<_, i64>(0)? as u64, row.get::<_, u32>(1)?);
		let (root, signature) = (row.get::<_, Vec<u8>>(2)?, row.get::<_, Vec<u8>>(3)?);
		ensure!(
			first == next || (first > next && skipped(next, first)),
			"receipts {next} to {first} are missing"
		);
		let end = first + u64::from(size);
		let mut leaves = Vec::with_capacity(size as usize);
		let mut receipt_rows = bodies.query(params![first as i64, end as i64])?;
		while let Some(receipt) = receipt_rows.next()? {
			let (seq, leaf, body) = (
				receipt.get::<_, i64>(0)? as u64,
				receipt.get::<_, Vec<u8>>(1)?,
				receipt.get::<_, Vec<u8>>(2)?,
			);
			let decoded = Receipt::decode(&mut &body[..])
				.map_err(|e| anyhow!("receipt {seq} does not decode: {e}"))?;
			ensure!(decoded.seq == seq, "receipt {seq} is stored as number {}", decoded.seq);
			ensure!(
				&decoded.provider == provider,
				"receipt {seq} is another provider's ({}), not {}'s",
				crate::gatekeeper::ss58(&decoded.provider),
				crate::gatekeeper::ss58(provider)
			);
			let hash = H256(blake2_256(&body));
			ensure!(leaf == hash.as_bytes(), "receipt {seq}: its leaf is not its hash");
			newest = newest.max(Some(decoded.served_at));
			leaves.push(hash);
		}
		ensure!(
			leaves.len() as u64 == u64::from(size),
			"batch {first}: {} of its {size} receipts are stored",
			leaves.len()
		);
		let batch =
			Batch { provider: provider.clone(), first, count: size, root: H256::from_slice(&root) };
		ensure!(
			merkle::root(&leaves) == Some(batch.root),
			"batch {first}: its root is not its receipts'"
		);
		let signature = sr25519::Signature::from_raw(
			signature
				.try_into()
				.map_err(|_| anyhow!("batch {first}: a malformed signature"))?,
		);
		ensure!(
			SignedBatch { batch, signature }.verify(&public),
			"batch {first} is not signed by this gatekeeper's key ({}) for provider {}: the \
			 state of another provider or another key",
			crate::to_hex(public),
			crate::gatekeeper::ss58(provider)
		);
		receipts += u64::from(size);
		count += 1;
		next = end;
	}
	drop(rows);
	let stored: i64 = db.query_row("SELECT COUNT(*) FROM receipts", [], |row| row.get(0))?;
	ensure!(
		stored as u64 == receipts,
		"{} receipts are in no batch",
		stored as u64 - receipts.min(stored as u64)
	);
	let (anchors, anchored) = {
		let mut statement = db.prepare("SELECT idx, first, count FROM anchors ORDER BY idx")?;
		let mut rows = statement.query([])?;
		let (mut index, mut end) = (0u32, 0u64);
		while let Some(row) = rows.next()? {
			let (idx, first, size) =
				(row.get::<_, u32>(0)?, row.get::<_, i64>(1)? as u64, row.get::<_, u32>(2)?);
			ensure!(
				idx == index && first == end,
				"anchor {idx} (from receipt {first}) does not follow the anchors before it \
				 (anchor {index} from receipt {end} was next)"
			);
			index += 1;
			end = first + u64::from(size);
		}
		(index, end)
	};
	let references = if table("references_")? {
		let mut statement = db.prepare("SELECT reference, locator FROM references_")?;
		let mut rows = statement.query([])?;
		let mut n = 0u64;
		while let Some(row) = rows.next()? {
			let (reference, locator) = (row.get::<_, Vec<u8>>(0)?, row.get::<_, String>(1)?);
			// Which record it is stays out of the message: a locator may name a patient's
			// record by its date.
			ensure!(
				references::made_by(key, &locator, &reference),
				"its private pointers were made with another key than this gatekeeper's"
			);
			n += 1;
		}
		n
	} else {
		0
	};
	let next = next.max(lost.iter().map(|&(first, count, _)| first + count).max().unwrap_or(0));
	Ok(Summary { receipts, next, batches: count, anchors, anchored, references, newest })
}

/// Backs up the state at `state` (running or not) to the new file `out`, checks the copy with
/// [`check`], and makes it readable by its owner only. Refuses to overwrite `out`.
pub fn backup(
	state: &Path,
	out: &Path,
	provider: &AccountId,
	key: &sr25519::Pair,
) -> anyhow::Result<Summary> {
	ensure!(!out.exists(), "{} exists; not overwriting it: name a new file", out.display());
	ensure!(state.exists(), "state {} does not exist: nothing to back up", state.display());
	let source = Connection::open_with_flags(state, OpenFlags::SQLITE_OPEN_READ_WRITE)
		.with_context(|| format!("opening {}", state.display()))?;
	source.busy_timeout(Duration::from_secs(10))?;
	let partial = sibling(out, "partial");
	// Ours only: what an interrupted backup left.
	let _ = std::fs::remove_file(&partial);
	let target = partial.to_str().ok_or_else(|| anyhow!("{}: not a UTF-8 path", out.display()))?;
	let copied = source
		.execute("VACUUM INTO ?1", [target])
		.with_context(|| format!("copying {} to {}", state.display(), partial.display()));
	drop(source);
	let summary = copied.and_then(|_| {
		let copy = Connection::open(&partial)?;
		// One self-contained file, whatever mode the state is in.
		copy.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
		check(&copy, provider, key).context("the copy does not check")
	});
	let summary = match summary {
		Ok(summary) => summary,
		Err(error) => {
			let _ = std::fs::remove_file(&partial);
			return Err(error.context(format!("backing up {}", state.display())));
		},
	};
	private_and_durable(&partial)?;
	std::fs::rename(&partial, out)
		.with_context(|| format!("renaming {} to {}", partial.display(), out.display()))?;
	sync_folder(out)?;
	Ok(summary)
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
	/// What the backup holds.
	pub summary: Summary,
	/// The next receipt's number in the restored state.
	pub next: u64,
	/// The ranges of numbers it skips: `(first, count, anchored)`.
	pub skipped: Vec<(u64, u64, bool)>,
	/// Where the state it replaced was moved, if there was one.
	pub replaced: Option<PathBuf>,
}

/// Restores `backup` in place of the state at `state`: refuses while a gatekeeper runs on it,
/// and if it exists without `force` (then it is moved aside, never deleted). The backup is
/// checked on a copy beside `state` ([`check`]) and left as it is. `chain_anchored` is the
/// provider's anchored total on chain (`None`: not asked), `skip_to` the operator's word on
/// how many receipts the lost state had numbered; numbering continues after both.
pub fn restore(
	backup: &Path,
	state: &Path,
	provider: &AccountId,
	key: &sr25519::Pair,
	chain_anchored: Option<u64>,
	skip_to: Option<u64>,
	force: bool,
) -> anyhow::Result<Restored> {
	ensure!(backup.is_file(), "{} is not a file", backup.display());
	if let Some(folder) = state.parent().filter(|p| !p.as_os_str().is_empty()) {
		std::fs::create_dir_all(folder)
			.with_context(|| format!("creating {}", folder.display()))?;
	}
	let _lock = lock(state)?;
	let existing = state.exists();
	if existing && !force {
		bail!(
			"state {} exists; a restore replaces it. Run again with --force: the current file is \
			 kept beside it as {}",
			state.display(),
			sibling(state, "replaced-<time>").display()
		);
	}
	let restoring = sibling(state, "restoring");
	let _ = std::fs::remove_file(&restoring);
	std::fs::copy(backup, &restoring)
		.with_context(|| format!("copying {} to {}", backup.display(), restoring.display()))?;
	let prepared = (|| {
		let db = Connection::open(&restoring)?;
		// One self-contained file while it is checked and changed, whatever mode it was in.
		let summary = db
			.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))
			.context("not an SQLite database")
			.and_then(|()| check(&db, provider, key))
			.with_context(|| {
				format!("{} is not a backup of this gatekeeper's state", backup.display())
			})?;
		let mut skipped = Vec::new();
		let mut from = summary.next;
		if let Some(anchored) = chain_anchored.filter(|&anchored| anchored > from) {
			skipped.push((from, anchored - from, true));
			from = anchored;
		}
		if let Some(to) = skip_to.filter(|&to| to > from) {
			skipped.push((from, to - from, false));
			from = to;
		}
		db.execute_batch(receipts::LOST_SCHEMA)?;
		let now = crate::gatekeeper::now_ms() as i64;
		for &(first, count, anchored) in &skipped {
			db.execute(
				"INSERT INTO lost (first, count, anchored, recorded_at) VALUES (?1, ?2, ?3, ?4)",
				params![first as i64, count as i64, anchored, now],
			)?;
		}
		Ok::<_, anyhow::Error>(Restored { summary, next: from, skipped, replaced: None })
	})();
	let mut restored = match prepared {
		Ok(restored) => restored,
		Err(error) => {
			let _ = std::fs::remove_file(&restoring);
			return Err(error);
		},
	};
	private_and_durable(&restoring)?;
	if existing {
		// Its log and shared memory go with it: SQLite pairs them by name, and the restored
		// file must not meet the old file's log.
		let aside = sibling(state, &format!("replaced-{}", crate::gatekeeper::now_ms()));
		for suffix in ["", "-wal", "-shm"] {
			let (from, to) = (with_suffix(state, suffix), with_suffix(&aside, suffix));
			if from.exists() {
				std::fs::rename(&from, &to).with_context(|| {
					format!("moving {} aside to {}", from.display(), to.display())
				})?;
			}
		}
		restored.replaced = Some(aside);
	}
	std::fs::rename(&restoring, state)
		.with_context(|| format!("renaming {} to {}", restoring.display(), state.display()))?;
	sync_folder(state)?;
	Ok(restored)
}

/// `path` with `.suffix` added to its name.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
	with_suffix(path, &format!(".{suffix}"))
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
	let mut name = path.as_os_str().to_owned();
	name.push(suffix);
	PathBuf::from(name)
}

/// Makes `path` its owner's only (receipts say who saw which patient's records, and the
/// pointers' locators name records) and on disk before it is renamed into place.
fn private_and_durable(path: &Path) -> anyhow::Result<()> {
	use std::os::unix::fs::PermissionsExt;
	std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
	File::open(path)?
		.sync_all()
		.with_context(|| format!("syncing {}", path.display()))
}

/// Syncs the folder holding `path`, so that a rename into it survives a crash.
fn sync_folder(path: &Path) -> anyhow::Result<()> {
	let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
	File::open(folder)?
		.sync_all()
		.with_context(|| format!("syncing {}", folder.display()))
}

#[cfg(test)]
mod tests;
