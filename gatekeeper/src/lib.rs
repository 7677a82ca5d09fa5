//! # MedRec gatekeeper
//!
//! Sits beside a provider's database and serves a record only when the MedRec chain says the
//! requester may see it, leaving a signed receipt of every disclosure whose Merkle root is
//! anchored on chain.
//!
//! A request passes, in order: its shape ([`request`]), its expiry, the requester's signature,
//! its nonce (once only), the chain's `MedRecApi_authorize` at the best block ([`chain`]), the
//! provider check (the pointer must be this provider's), the field check (all requested fields
//! granted, or nothing), the provider's declared query ([`records`]), the record's content hash
//! against the pointer's, and the durable, signed receipt ([`receipts`]). Only then are the
//! requested fields returned. Every refusal has its own error code ([`refusal`]).
//!
//! [`anchor`] puts receipt roots on chain; [`server`] is the JSON-RPC API, over TLS with
//! [`tls`]; [`fhir`] serves the same records, through the same steps, as HL7 FHIR R4
//! resources; [`state`] backs the state file up and restores it; [`pg_state`] keeps the state
//! in PostgreSQL instead, for replicas; [`logs`] keeps health data out of the logs; [`bench`]
//! measures.

pub mod anchor;
pub mod answers;
pub mod bench;
pub mod chain;
pub mod config;
pub mod fault;
pub mod fhir;
pub mod gatekeeper;
pub mod logs;
pub mod merkle;
pub mod metrics;
pub mod nonces;
pub mod pg_state;
pub mod postgres;
pub mod postgres_tls;
pub mod publisher;
pub mod receipts;
pub mod records;
pub mod references;
pub mod refusal;
pub mod request;
pub mod research;
pub mod server;
pub mod state;
#[cfg(test)]
pub(crate) mod testing;
pub mod tls;
pub mod tx;

/// A chain account.
pub type AccountId = medrec_primitives::AccountId;

/// Reads the receipt-signing key (`key_file`): a file holding a secret URI, which no other user
/// may read or write.
pub fn load_key(path: &std::path::Path) -> anyhow::Result<polkadot_sdk::sp_core::sr25519::Pair> {
	use anyhow::Context;
	use polkadot_sdk::sp_core::Pair;
	check_private(path)?;
	let uri =
		std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
	polkadot_sdk::sp_core::sr25519::Pair::from_string(uri.trim(), None)
		.map_err(|e| anyhow::anyhow!("{}: not a secret URI: {e:?}", path.display()))
}

/// Opens the SQLite file at `path`, creating it first, if it is new, as its owner's only (mode
/// 0600). SQLite gives a database's log and shared-memory files its mode, and under a
/// service's usual umask the state would be readable by every user of the machine: receipts say
/// who saw which patient's records, the publisher's journal names records. An existing file
/// keeps the mode its owner gave it.
pub(crate) fn open_private(path: &std::path::Path) -> anyhow::Result<rusqlite::Connection> {
	use anyhow::Context;
	use std::os::unix::fs::OpenOptionsExt;
	match std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
		Ok(_) => {},
		Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {},
		Err(error) => {
			return Err(error).with_context(|| format!("creating {}", path.display()));
		},
	}
	rusqlite::Connection::open(path).with_context(|| format!("opening {}", path.display()))
}

/// Refuses a key file that the group or other users may read or write (Unix mode `& 0o077`).
/// The key signs the provider's receipts, anchors and pointers: anyone who reads it can sign
/// them too, and anyone who can write it can swap in their own.
fn check_private(path: &std::path::Path) -> anyhow::Result<()> {
	use anyhow::Context;
	use std::os::unix::fs::PermissionsExt;
	let mode = std::fs::metadata(path)
		.with_context(|| format!("key_file {}: cannot read it", path.display()))?
		.permissions()
		.mode();
	anyhow::ensure!(
		mode & 0o077 == 0,
		"key_file {path}: other users may read or write it (mode {mode:03o}), and it signs for the \
		 provider. Make it readable by the gatekeeper's user only: chmod 600 {path}",
		path = path.display(),
		mode = mode & 0o777,
	);
	Ok(())
}

/// Remembers values that are costly to compute and asked for again and again (SS58 encodings
/// of the same few accounts). Bounded: past 65,536 entries it starts over.
pub(crate) struct Memo<K, V>(parking_lot::Mutex<std::collections::HashMap<K, V>>);

impl<K: Eq + std::hash::Hash, V: Clone> Memo<K, V> {
	pub(crate) fn new() -> Self {
		Self(Default::default())
	}

	/// The value for `key`, computed by `compute` the first time.
	pub(crate) fn get_or_insert<Q>(&self, key: &Q, compute: impl FnOnce() -> V) -> V
	where
		K: std::borrow::Borrow<Q>,
		Q: Eq + std::hash::Hash + ToOwned<Owned = K> + ?Sized,
	{
		match self.get_or_try_insert(key, || Ok::<_, std::convert::Infallible>(compute())) {
			Ok(value) => value,
			Err(never) => match never {},
		}
	}

	/// The value for `key`, computed by `compute` the first time (an error is not kept).
	pub(crate) fn get_or_try_insert<Q, E>(
		&self,
		key: &Q,
		compute: impl FnOnce() -> Result<V, E>,
	) -> Result<V, E>
	where
		K: std::borrow::Borrow<Q>,
		Q: Eq + std::hash::Hash + ToOwned<Owned = K> + ?Sized,
	{
		if let Some(known) = self.get(key) {
			return Ok(known);
		}
		let value = compute()?;
		self.insert(key.to_owned(), value.clone());
		Ok(value)
	}

	/// The value remembered for `key`, if any.
	pub(crate) fn get<Q>(&self, key: &Q) -> Option<V>
	where
		K: std::borrow::Borrow<Q>,
		Q: Eq + std::hash::Hash + ?Sized,
	{
		self.0.lock().get(key).cloned()
	}

	/// Remembers `value` for `key`, in place of any value before.
	pub(crate) fn insert(&self, key: K, value: V) {
		let mut known = self.0.lock();
		if known.len() >= 65_536 {
			known.clear();
		}
		known.insert(key, value);
	}
}

/// `0x`-prefixed lowercase hex of `bytes`. Answers carry a dozen hashes each, and formatting
/// them through `Debug` or the `hex` crate's char iterator was about 4% of a fetch's CPU.
pub fn to_hex(bytes: impl AsRef<[u8]>) -> String {
	const DIGITS: &[u8; 16] = b"0123456789abcdef";
	let bytes = bytes.as_ref();
	let mut text = String::with_capacity(2 + 2 * bytes.len());
	text.push_str("0x");
	for byte in bytes {
		text.push(char::from(DIGITS[usize::from(byte >> 4)]));
		text.push(char::from(DIGITS[usize::from(byte & 0xf)]));
	}
	text
}

#[cfg(test)]
mod tests {
	#[test]
	fn a_memo_computes_once_keeps_no_error_and_starts_over_when_full() {
		let memo = super::Memo::<String, u32>::new();
		let mut calls = 0;
		assert_eq!(
			memo.get_or_insert("a", || {
				calls += 1;
				1
			}),
			1
		);
		assert_eq!(
			memo.get_or_insert("a", || {
				calls += 1;
				2
			}),
			1
		);
		assert_eq!(calls, 1);
		assert_eq!(memo.get_or_try_insert("b", || Err::<u32, _>("no")), Err("no"));
		assert_eq!(memo.get_or_try_insert("b", || Ok::<_, ()>(3)), Ok(3));
		for n in 0..70_000u32 {
			memo.get_or_insert(&n.to_string(), || n);
		}
		assert!(memo.0.lock().len() <= 65_536);
	}

	#[test]
	fn a_key_file_others_may_read_or_write_is_refused_with_the_fix() {
		use std::os::unix::fs::PermissionsExt;
		let dir = tempfile::tempdir().expect("a temporary directory");
		let path = dir.path().join("gatekeeper.key");
		std::fs::write(&path, "//MedRecDemoGatekeeper\n").expect("written");
		for mode in [0o644, 0o640, 0o604, 0o620, 0o602, 0o660] {
			std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).expect("set");
			let error = super::load_key(&path).err().expect("refused").to_string();
			assert!(error.contains(&path.display().to_string()), "names the file: {error}");
			assert!(error.contains(&format!("mode {mode:03o}")), "says why: {error}");
			assert!(error.contains(&format!("chmod 600 {}", path.display())), "the fix: {error}");
		}
		for mode in [0o600, 0o400] {
			std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).expect("set");
			super::load_key(&path).expect("the owner's alone: read");
		}
		let missing = super::load_key(&dir.path().join("none.key")).err().expect("no file");
		assert!(missing.to_string().contains("none.key"), "{missing}");
	}

	#[test]
	fn hex_is_0x_and_two_lowercase_digits_per_byte() {
		assert_eq!(super::to_hex([]), "0x");
		assert_eq!(super::to_hex([0x00, 0x0f, 0xa5, 0xff]), "0x000fa5ff");
		let hash = polkadot_sdk::sp_core::H256::repeat_byte(0xab);
		assert_eq!(super::to_hex(hash), format!("{hash:?}"));
	}
}
