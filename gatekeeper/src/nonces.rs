//! The nonces of requests not yet expired, in memory: a request whose nonce was used before is
//! a replay. (They are durable too: a disclosure's nonce with its receipt, a refusal's in the
//! state's nonces table; this is what every request checks.)
//!
//! Nonces are kept in generations: each new one goes into the newest, a lookup asks every
//! generation, and a generation is dropped whole once the latest expiry in it has passed.
//! Forgetting is then a swap under the lock. A single map pruned in place held every request
//! up while it passed over each nonce, and under load it holds a million (two minutes of
//! requests at thousands a second); the dropped generation is freed after the lock is let go.

use crate::AccountId;
use parking_lot::Mutex;
use std::collections::{HashSet, VecDeque};

/// A requester's nonce.
type Key = (AccountId, [u8; 16]);

/// Nonces added between two calls of [`UsedNonces::forget_expired`], and the latest expiry
/// among them (Unix ms).
#[derive(Default)]
struct Generation {
	nonces: HashSet<Key>,
	until: u64,
}

/// The used nonces: the generation new ones go into, and the older ones, oldest first.
pub struct UsedNonces {
	generations: Mutex<Generations>,
}

#[derive(Default)]
struct Generations {
	newest: Generation,
	older: VecDeque<Generation>,
}

impl Generations {
	fn all(&self) -> impl Iterator<Item = &Generation> {
		self.older.iter().chain(std::iter::once(&self.newest))
	}
}

impl UsedNonces {
	/// Starts with `used` (requester, nonce, expiry): the nonces a restart must keep.
	pub fn new(used: impl IntoIterator<Item = (AccountId, [u8; 16], u64)>) -> Self {
		let mut newest = Generation::default();
		for (requester, nonce, expires) in used {
			newest.nonces.insert((requester, nonce));
			newest.until = newest.until.max(expires);
		}
		Self { generations: Mutex::new(Generations { newest, older: VecDeque::new() }) }
	}

	/// Marks `requester`'s `nonce` used until `expires`; false if it was used already.
	pub fn use_once(&self, requester: &AccountId, nonce: [u8; 16], expires: u64) -> bool {
		let key = (requester.clone(), nonce);
		let mut generations = self.generations.lock();
		if generations.all().any(|g| g.nonces.contains(&key)) {
			return false;
		}
		let newest = &mut generations.newest;
		newest.nonces.insert(key);
		newest.until = newest.until.max(expires);
		true
	}

	/// Drops the generations whose nonces have all expired by `now` (Unix ms), and starts a new
	/// one: call it every so often (the gatekeeper does every 30 s, so a nonce is forgotten at
	/// most two calls after it expired). Returns how many were forgotten.
	pub fn forget_expired(&self, now: u64) -> usize {
		let mut expired = Vec::new();
		{
			let mut generations = self.generations.lock();
			let newest = std::mem::take(&mut generations.newest);
			generations.older.push_back(newest);
			while generations.older.front().is_some_and(|g| g.until <= now) {
				expired.extend(generations.older.pop_front());
			}
		}
		// Freed here, not under the lock.
		expired.iter().map(|g| g.nonces.len()).sum()
	}

	/// How many nonces are kept.
	pub fn len(&self) -> usize {
		self.generations.lock().all().map(|g| g.nonces.len()).sum()
	}

	/// Whether no nonce is kept.
	pub fn is_empty(&self) -> bool {
		self.len() == 0
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn account(byte: u8) -> AccountId {
		AccountId::new([byte; 32])
	}

	#[test]
	fn a_nonce_is_used_once_per_requester() {
		let nonces = UsedNonces::new([]);
		assert!(nonces.use_once(&account(1), [7; 16], 1_000));
		assert!(!nonces.use_once(&account(1), [7; 16], 1_000), "a replay");
		assert!(nonces.use_once(&account(2), [7; 16], 1_000), "another requester's");
		assert_eq!(nonces.len(), 2);
	}

	#[test]
	fn a_nonce_stays_used_until_it_expires_across_generations() {
		let nonces = UsedNonces::new([]);
		assert!(nonces.use_once(&account(1), [1; 16], 5_000));
		// New generations start; the first holds a nonce valid until 5,000.
		assert_eq!(nonces.forget_expired(1_000), 0);
		assert!(nonces.use_once(&account(1), [2; 16], 9_000));
		assert_eq!(nonces.forget_expired(4_999), 0);
		assert!(!nonces.use_once(&account(1), [1; 16], 5_000), "still used at 4,999");
		assert!(!nonces.use_once(&account(1), [2; 16], 9_000), "used in a later generation");
		assert_eq!(nonces.forget_expired(5_000), 1, "the first generation expired whole");
		assert!(!nonces.use_once(&account(1), [2; 16], 9_000));
		assert_eq!(nonces.forget_expired(9_000), 1);
		assert!(nonces.is_empty());
	}

	#[test]
	fn a_generation_is_kept_while_any_nonce_in_it_is_valid() {
		let nonces = UsedNonces::new([]);
		assert!(nonces.use_once(&account(1), [1; 16], 2_000));
		assert!(nonces.use_once(&account(1), [2; 16], 8_000));
		assert_eq!(nonces.forget_expired(3_000), 0, "[2; 16] is valid until 8,000");
		assert!(!nonces.use_once(&account(1), [2; 16], 8_000));
	}

	#[test]
	fn the_nonces_a_restart_keeps_are_used() {
		let nonces = UsedNonces::new([(account(1), [1; 16], 5_000), (account(2), [1; 16], 7_000)]);
		assert!(!nonces.use_once(&account(1), [1; 16], 5_000));
		assert!(!nonces.use_once(&account(2), [1; 16], 7_000));
		assert_eq!(nonces.forget_expired(6_000), 0, "account 2's is valid until 7,000");
		assert_eq!(nonces.forget_expired(7_000), 2);
	}
}
