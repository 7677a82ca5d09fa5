//! Private pointers: what the chain holds instead of a query's name and a plain hash.
//!
//! Inside the gatekeeper a record is located by its *locator*, `name:argument` (the declared
//! query `name`, read with `:ref` bound to `argument`). On chain a pointer carries neither:
//!
//! - its **reference** is 16 bytes of a keyed BLAKE2 hash of the locator, under a secret only
//!   the provider's gatekeepers hold. It says nothing about the record's kind or row, and two
//!   providers' references for the same locator differ. The gatekeeper keeps the reverse map
//!   (reference → locator) in its state (the SQLite file, or the PostgreSQL schema its replicas
//!   share, where each finds what any registered); losing it loses nothing that cannot be rebuilt,
//!   since publishing the same records again derives the same references.
//! - its **content hash** is a commitment salted per record: BLAKE2-256 of the record's salt
//!   and its SCALE-encoded values, the salt being another keyed hash of the reference. A
//!   disclosure carries the salt, so the requester checks what it received against the chain,
//!   but nobody can test guessed values (an HbA1c of 6.5) against a pointer without it.
//!
//! The secret is derived from the gatekeeper's signing key (a one-way hash of its secret key
//! under a domain tag of its own), so the replicas of one provider's gatekeeper, which share
//! the key, share the references and salts, and a state file restored from backup or rebuilt
//! by the publisher maps the same references. A new key derives other references and salts:
//! the provider's records are then published anew.

use crate::{pg_state::PgState, records::Record};
use medrec_primitives::records::RecordRef;
use parking_lot::{Mutex, RwLock};
use polkadot_sdk::{
	sp_core::{sr25519, Pair, H256},
	sp_crypto_hashing::blake2_256,
};
use rusqlite::{params, Connection, OptionalExtension};
use std::{collections::HashMap, path::Path, sync::Arc, time::Duration};

/// Domain separators: the same secret keys two hashes that must never coincide.
const SECRET_DOMAIN: &[u8] = b"medrec/pointer-secret/v1";
const REFERENCE_DOMAIN: &[u8] = b"medrec/reference/v1";
const SALT_DOMAIN: &[u8] = b"medrec/salt/v1";

/// The salted commitment to `record` under `salt`: what a pointer's content hash is, and what
/// a requester recomputes from a disclosure's values and salt.
pub fn commitment(salt: &[u8; 32], record: &Record) -> H256 {
	use codec::Encode;
	let mut bytes = Vec::with_capacity(32 + 64);
	bytes.extend_from_slice(salt);
	record.0.encode_to(&mut bytes);
	H256(blake2_256(&bytes))
}

/// The secret references and salts are derived under: a one-way hash of the gatekeeper's key.
/// Of the key's 64 bytes only the scalar: the other half is the signing nonce seed, which soft
/// derivation (`//Bob/gatekeeper`) draws at random each time the key is loaded, and then
/// every restart would derive other references.
fn secret(key: &sr25519::Pair) -> [u8; 32] {
	blake2_256(&[SECRET_DOMAIN, &key.to_raw_vec()[..32]].concat())
}

fn reference(secret: &[u8; 32], locator: &str) -> RecordRef {
	let mut bytes = Vec::with_capacity(REFERENCE_DOMAIN.len() + 32 + locator.len());
	bytes.extend_from_slice(REFERENCE_DOMAIN);
	bytes.extend_from_slice(secret);
	bytes.extend_from_slice(locator.as_bytes());
	let hash = blake2_256(&bytes);
	let mut reference = [0; 16];
	reference.copy_from_slice(&hash[..16]);
	reference
}

/// Whether the gatekeeper holding `key` gives `locator` the reference `stored`: how a restore
/// tells a state of this key's from another's, without opening it as [`References`].
pub fn made_by(key: &sr25519::Pair, locator: &str, stored: &[u8]) -> bool {
	reference(&secret(key), locator) == stored
}

/// Where the map from references back to locators is kept: the state's SQLite file, or its
/// PostgreSQL schema, where every replica finds what any of them (or the `pointer` command)
/// registered.
enum Map {
	Sqlite(Mutex<Connection>),
	Postgres(Arc<PgState>),
}

/// The gatekeeper's secret and its map from references back to locators.
pub struct References {
	secret: [u8; 32],
	map: Map,
	known: RwLock<HashMap<RecordRef, String>>,
}

impl References {
	/// Opens the references kept in the state file at `path` (creating the file and the table
	/// the first time), under the secret derived from the gatekeeper's `key`. A second
	/// connection beside the receipts' writer: it writes only when a record is published for
	/// the first time.
	pub fn open(path: &Path, key: &sr25519::Pair) -> anyhow::Result<Self> {
		let db = crate::open_private(path)?;
		db.busy_timeout(Duration::from_secs(10))?;
		// The state file's own layout first, whoever opens a new file first (`run`, or the
		// `pointer` command before any `run`).
		crate::receipts::prepare(&db)?;
		db.execute_batch(
			"CREATE TABLE IF NOT EXISTS references_ \
			 (reference BLOB PRIMARY KEY, locator TEXT NOT NULL) WITHOUT ROWID;",
		)?;
		Ok(Self::with_map(Map::Sqlite(Mutex::new(db)), key))
	}

	/// The references kept in the PostgreSQL state `state` (see [`crate::pg_state`]).
	pub fn open_postgres(state: Arc<PgState>, key: &sr25519::Pair) -> Self {
		Self::with_map(Map::Postgres(state), key)
	}

	fn with_map(map: Map, key: &sr25519::Pair) -> Self {
		Self { secret: secret(key), map, known: RwLock::new(HashMap::new()) }
	}

	/// The reference the chain holds for the record at `locator`.
	pub fn reference(&self, locator: &str) -> RecordRef {
		reference(&self.secret, locator)
	}

	/// The salt of the record under `reference`, which travels with its data.
	pub fn salt(&self, reference: &RecordRef) -> [u8; 32] {
		let mut bytes = Vec::with_capacity(SALT_DOMAIN.len() + 32 + 16);
		bytes.extend_from_slice(SALT_DOMAIN);
		bytes.extend_from_slice(&self.secret);
		bytes.extend_from_slice(reference);
		blake2_256(&bytes)
	}

	/// The reference of `locator`, remembered so that [`Self::locator`] finds it again: call it
	/// before publishing a pointer.
	pub fn register(&self, locator: &str) -> anyhow::Result<RecordRef> {
		Ok(self.register_all(&[locator])?[0])
	}

	/// [`Self::register`] for many records, in one transaction: one commit for a hospital's
	/// records instead of one each (minutes for tens of thousands on SQLite, an fsync each).
	pub fn register_all(&self, locators: &[&str]) -> anyhow::Result<Vec<RecordRef>> {
		let references: Vec<RecordRef> = locators.iter().map(|l| self.reference(l)).collect();
		let mut new: Vec<(RecordRef, String)> = {
			let known = self.known.read();
			references
				.iter()
				.zip(locators)
				.filter(|(r, l)| known.get(*r).is_none_or(|known| known != *l))
				.map(|(r, l)| (*r, (*l).to_owned()))
				.collect()
		};
		// A locator listed twice once: PostgreSQL refuses to update a row twice in a statement.
		new.sort_unstable();
		new.dedup();
		if new.is_empty() {
			return Ok(references);
		}
		match &self.map {
			Map::Sqlite(db) => {
				let mut db = db.lock();
				let transaction = db.transaction()?;
				{
					let mut insert = transaction.prepare_cached(
						"INSERT INTO references_ (reference, locator) VALUES (?1, ?2)
						 ON CONFLICT (reference) DO UPDATE SET locator = excluded.locator",
					)?;
					for (reference, locator) in &new {
						insert.execute(params![&reference[..], locator])?;
					}
				}
				transaction.commit()?;
			},
			Map::Postgres(state) => {
				let (references, locators): (Vec<Vec<u8>>, Vec<String>) =
					new.iter().map(|(r, l)| (r.to_vec(), l.clone())).unzip();
				state.read(move |client| async move {
					client
						.execute(
							"INSERT INTO references_ (reference, locator) \
							 SELECT * FROM UNNEST($1::bytea[], $2::text[]) \
							 ON CONFLICT (reference) DO UPDATE SET locator = excluded.locator",
							&[&references, &locators],
						)
						.await
				})?;
			},
		}
		self.known.write().extend(new);
		Ok(references)
	}

	/// The locator a reference stands for, if this gatekeeper published it.
	pub fn locator(&self, reference: &RecordRef) -> anyhow::Result<Option<String>> {
		if let Some(known) = self.known.read().get(reference) {
			return Ok(Some(known.clone()));
		}
		// Registered by another process on this state (the `pointer` command, another replica).
		let stored: Option<String> = match &self.map {
			Map::Sqlite(db) => db
				.lock()
				.query_row(
					"SELECT locator FROM references_ WHERE reference = ?1",
					[&reference[..]],
					|row| row.get(0),
				)
				.optional()?,
			Map::Postgres(state) => {
				let reference = *reference;
				state.read(move |client| async move {
					let row = client
						.query_opt(
							"SELECT locator FROM references_ WHERE reference = $1",
							&[&&reference[..]],
						)
						.await?;
					Ok(row.map(|row| row.get(0)))
				})?
			},
		};
		if let Some(locator) = &stored {
			self.known.write().insert(*reference, locator.clone());
		}
		Ok(stored)
	}

	/// The commitment to `record` published under `reference`.
	pub fn commitment(&self, reference: &RecordRef, record: &Record) -> H256 {
		commitment(&self.salt(reference), record)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::records::Value;
	use polkadot_sdk::sp_keyring::Sr25519Keyring;

	fn bob() -> sr25519::Pair {
		Sr25519Keyring::Bob.pair()
	}

	fn ferdie() -> sr25519::Pair {
		Sr25519Keyring::Ferdie.pair()
	}

	fn temp(name: &str) -> std::path::PathBuf {
		let dir =
			std::env::temp_dir().join(format!("medrec-references-{}-{name}", std::process::id()));
		let _ = std::fs::remove_file(&dir);
		dir
	}

	#[test]
	fn references_are_opaque_stable_and_resolve_back() {
		let path = temp("stable");
		let references = References::open(&path, &bob()).unwrap();
		let lab = references.register("lab:1").unwrap();
		assert_eq!(lab, references.reference("lab:1"));
		assert_ne!(lab, references.reference("lab:2"));
		assert!(!lab.windows(3).any(|w| w == b"lab"), "no readable name");
		assert_eq!(references.locator(&lab).unwrap().as_deref(), Some("lab:1"));
		assert_eq!(references.locator(&[0; 16]).unwrap(), None);
		// The secret and the map outlive the process; another gatekeeper's differ.
		drop(references);
		let again = References::open(&path, &bob()).unwrap();
		assert_eq!(again.reference("lab:1"), lab);
		assert_eq!(again.locator(&lab).unwrap().as_deref(), Some("lab:1"));
		// A replica with the same key on another state file derives the same reference; another
		// provider's gatekeeper, another.
		assert_eq!(References::open(&temp("replica"), &bob()).unwrap().reference("lab:1"), lab);
		let other = References::open(&temp("other"), &ferdie()).unwrap();
		assert_ne!(other.reference("lab:1"), lab);
	}

	#[test]
	fn a_softly_derived_key_gives_the_same_references_each_time_it_is_loaded() {
		// Soft derivation gives the secret key a random nonce half each time (schnorrkel): a
		// gatekeeper restarted on `//Bob/gatekeeper` must still find its pointers.
		let load = || sr25519::Pair::from_string("//Bob/gatekeeper", None).unwrap();
		let (first, again) = (load(), load());
		assert_eq!(first.public(), again.public());
		assert_eq!(
			References::open(&temp("soft-1"), &first).unwrap().reference("lab:1"),
			References::open(&temp("soft-2"), &again).unwrap().reference("lab:1"),
		);
		assert!(made_by(&again, "lab:1", &reference(&secret(&first), "lab:1")));
	}

	#[test]
	fn many_references_are_registered_at_once() {
		let path = temp("many");
		let references = References::open(&path, &bob()).unwrap();
		let locators: Vec<String> = (1..=1000).map(|i| format!("lab:{i}")).collect();
		let locators: Vec<&str> = locators.iter().map(String::as_str).collect();
		let all = references.register_all(&locators).unwrap();
		assert_eq!(all.len(), 1000);
		assert_eq!(all[499], references.reference("lab:500"));
		// Again, one known and one new: the same references, the new one remembered too.
		let again = references.register_all(&["lab:1", "lab:1001"]).unwrap();
		assert_eq!(again, vec![all[0], references.reference("lab:1001")]);
		drop(references);
		let reopened = References::open(&path, &bob()).unwrap();
		assert_eq!(reopened.locator(&all[999]).unwrap().as_deref(), Some("lab:1000"));
		assert_eq!(reopened.locator(&again[1]).unwrap().as_deref(), Some("lab:1001"));
	}

	#[test]
	fn a_commitment_needs_the_salt() {
		let references = References::open(&temp("salt"), &bob()).unwrap();
		let reference = references.reference("lab:1");
		let record = Record(vec![Value::Text("4548-4".into()), Value::Real(6.5)]);
		let salt = references.salt(&reference);
		let committed = references.commitment(&reference, &record);
		assert_eq!(committed, commitment(&salt, &record));
		// Unsalted, or salted for another record, it is another hash.
		assert_ne!(committed, commitment(&[0; 32], &record));
		assert_ne!(
			committed,
			commitment(&references.salt(&references.reference("lab:2")), &record)
		);
		assert_ne!(salt[..16], reference[..], "the salt is not the reference");
	}
}
