use super::*;
use crate::receipts::{Draft, Receipts, SignedReceipt, WriterOptions};
use medrec_primitives::records::FieldSet;
use polkadot_sdk::sp_keyring::Sr25519Keyring;
use std::sync::Arc;

fn provider() -> AccountId {
	Sr25519Keyring::Bob.to_account_id()
}

fn key() -> sr25519::Pair {
	Sr25519Keyring::Bob.pair()
}

/// Charlie (participant 2 here) and Eve (4) take turns.
fn draft(n: u64) -> Draft {
	let (patient, number) =
		if n.is_multiple_of(2) { (Sr25519Keyring::Charlie, 2) } else { (Sr25519Keyring::Eve, 4) };
	Draft {
		receipt: Receipt {
			seq: 0,
			provider: provider(),
			requester: Sr25519Keyring::Dave.to_account_id(),
			patient: patient.to_account_id(),
			pointer: n,
			fields: FieldSet(0b11),
			block_number: 5,
			block_hash: H256::repeat_byte(5),
			served_at: 1_700_000_000_000 + n,
			request: H256::from_low_u64_be(n),
			content_hash: H256::repeat_byte(0xc0),
		},
		patient_number: number,
		nonce: n.to_le_bytes().repeat(2).try_into().expect("16 bytes"),
		expires: u64::MAX / 2,
	}
}

fn open(path: &Path) -> Arc<Receipts> {
	Arc::new(Receipts::open(path, provider(), key(), WriterOptions::default()).expect("opens"))
}

/// Receipts for `numbers`' drafts, handed over together.
async fn serve(receipts: &Arc<Receipts>, numbers: std::ops::Range<u64>) -> Vec<SignedReceipt> {
	let mut tasks = tokio::task::JoinSet::new();
	for n in numbers {
		let receipts = receipts.clone();
		tasks.spawn(async move { receipts.write(draft(n)).await.expect("stored") });
	}
	let mut written = tasks.join_all().await;
	written.sort_by_key(|r| r.receipt.seq);
	written
}

/// Every receipt of Charlie's and Eve's in `receipts`, by number.
fn all_of(receipts: &Receipts) -> Vec<SignedReceipt> {
	let mut all = Vec::new();
	for number in [2, 4] {
		all.extend(receipts.of_patient(number, None, 500).expect("reads"));
	}
	all.sort_by_key(|r| r.receipt.seq);
	all
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_serving_restores_the_receipts_it_holds() {
	let dir = tempfile::tempdir().expect("a temporary directory");
	let live = dir.path().join("state.sqlite");
	let receipts = open(&live);
	serve(&receipts, 0..20).await;

	// Receipts keep coming while the backup is taken.
	let serving = tokio::spawn({
		let receipts = receipts.clone();
		async move { serve(&receipts, 20..220).await }
	});
	let backup_file = dir.path().join("backup.sqlite");
	let summary = tokio::task::spawn_blocking({
		let (live, backup_file) = (live.clone(), backup_file.clone());
		move || backup(&live, &backup_file, &provider(), &key())
	})
	.await
	.expect("ran")
	.expect("backed up");
	serving.await.expect("served");
	serve(&receipts, 220..230).await;
	assert!(summary.receipts >= 20 && summary.receipts <= 220, "{summary:?}");
	assert_eq!(summary.next, summary.receipts);
	assert!(summary.batches >= 1);
	use std::os::unix::fs::PermissionsExt;
	let mode = std::fs::metadata(&backup_file).expect("written").permissions().mode();
	assert_eq!(mode & 0o777, 0o600, "the owner's only");

	// Restored on a fresh path (a new disk), without the chain.
	let fresh = dir.path().join("new").join("state.sqlite");
	let restored =
		restore(&backup_file, &fresh, &provider(), &key(), None, None, false).expect("restored");
	assert_eq!(restored.summary, summary);
	assert_eq!(
		(restored.next, restored.skipped.clone(), restored.replaced.clone()),
		(summary.receipts, vec![], None)
	);
	let back = open(&fresh);
	let live_receipts = all_of(&receipts);
	let restored_receipts = all_of(&back);
	assert_eq!(restored_receipts.len() as u64, summary.receipts);
	for (restored, original) in restored_receipts.iter().zip(&live_receipts) {
		assert_eq!(restored, original, "as served, with its batch and path");
		assert!(restored.verify(&key().public()));
	}
	// One by number, as `gatekeeper_receipt` asks.
	let last = restored_receipts.last().expect("some");
	let number =
		if last.receipt.patient == Sr25519Keyring::Charlie.to_account_id() { 2 } else { 4 };
	let one = back.of_patient_at(number, last.receipt.seq).expect("reads").expect("there");
	assert_eq!(&one, last);
	assert_eq!(back.of_patient_at(2, summary.receipts).expect("reads"), None, "after the backup");
	// Without the chain's word, numbering goes on where the backup ends.
	assert_eq!(back.count().expect("counts"), summary.receipts);
	assert_eq!(serve(&back, 1_000..1_001).await[0].receipt.seq, summary.receipts);
}

#[tokio::test]
async fn a_restore_skips_the_numbers_the_chain_anchored_and_those_it_is_told_of() {
	let dir = tempfile::tempdir().expect("a temporary directory");
	let live = dir.path().join("state.sqlite");
	let receipts = open(&live);
	serve(&receipts, 0..4).await;
	let backup_file = dir.path().join("backup.sqlite");
	backup(&live, &backup_file, &provider(), &key()).expect("backed up");

	// The lost state had numbered 10 receipts, and the chain anchored the first 7.
	let fresh = dir.path().join("restored.sqlite");
	let restored = restore(&backup_file, &fresh, &provider(), &key(), Some(7), Some(10), false)
		.expect("restored");
	assert_eq!(restored.skipped, vec![(4, 3, true), (7, 3, false)]);
	assert_eq!(restored.next, 10);
	let back = open(&fresh);
	assert_eq!(back.count().expect("counts"), 10);
	assert_eq!(back.lost().expect("reads"), vec![(4, 3, true), (7, 3, false)]);
	// Numbers the chain had not anchored are void leaves; those it had are unknown here.
	assert_eq!(back.leaves(7, 3).expect("void"), vec![H256::zero(); 3]);
	let error = back.leaves(3, 2).expect_err("receipt 4 is lost").to_string();
	assert!(error.contains("receipt 4 was lost"), "{error}");
	assert!(back.covers_lost(0, 5).expect("reads") && !back.covers_lost(7, 10).expect("reads"));
	// The next receipt is number 10, and the skipped numbers stay skipped after a reopening.
	assert_eq!(serve(&back, 100..101).await[0].receipt.seq, 10);
	back.close();
	drop(back);
	let again = open(&fresh);
	assert_eq!(again.count().expect("counts"), 11);
	// A restored state backs up and checks like any other: the gap is the skipped numbers.
	let second = dir.path().join("second.sqlite");
	let summary = backup(&fresh, &second, &provider(), &key()).expect("backed up");
	assert_eq!((summary.receipts, summary.next), (5, 11));
	// The chain or the operator saying less than the backup holds skips nothing.
	let third = dir.path().join("third.sqlite");
	let restored = restore(&backup_file, &third, &provider(), &key(), Some(2), Some(3), false)
		.expect("restored");
	assert_eq!((restored.next, restored.skipped), (4, vec![]));
}

#[tokio::test]
async fn a_restore_refuses_a_running_state_and_keeps_the_one_it_replaces() {
	let dir = tempfile::tempdir().expect("a temporary directory");
	let live = dir.path().join("state.sqlite");
	let receipts = open(&live);
	serve(&receipts, 0..3).await;
	let backup_file = dir.path().join("backup.sqlite");
	backup(&live, &backup_file, &provider(), &key()).expect("backed up");
	serve(&receipts, 3..5).await;

	let running = lock(&live).expect("the gatekeeper's lock");
	let error = restore(&backup_file, &live, &provider(), &key(), None, None, true)
		.expect_err("in use")
		.to_string();
	assert!(error.contains("in use by a running gatekeeper"), "{error}");
	assert!(error.contains(&std::process::id().to_string()), "names the process: {error}");
	// A second gatekeeper on the same state is refused alike.
	assert!(lock(&live).is_err());
	drop(running);
	receipts.close();
	drop(receipts);

	let error = restore(&backup_file, &live, &provider(), &key(), None, None, false)
		.expect_err("exists")
		.to_string();
	assert!(error.contains("exists") && error.contains("--force"), "{error}");
	let restored =
		restore(&backup_file, &live, &provider(), &key(), None, None, true).expect("restored");
	let replaced = restored.replaced.expect("moved aside");
	assert!(replaced
		.display()
		.to_string()
		.starts_with(&format!("{}.replaced-", live.display())));
	// The replaced state, with its five receipts, is still whole; the restored one has three.
	assert_eq!(open(&replaced).count().expect("counts"), 5);
	assert_eq!(open(&live).count().expect("counts"), 3);
	assert!(!dir.path().join("state.sqlite.restoring").exists());
}

#[tokio::test]
async fn a_backup_of_another_provider_or_key_or_a_tampered_one_is_refused() {
	let dir = tempfile::tempdir().expect("a temporary directory");
	let live = dir.path().join("state.sqlite");
	let receipts = open(&live);
	serve(&receipts, 0..6).await;
	crate::references::References::open(&live, &key())
		.expect("opens")
		.register("lab:1")
		.expect("registered");
	let backup_file = dir.path().join("backup.sqlite");
	backup(&live, &backup_file, &provider(), &key()).expect("backed up");
	let target = dir.path().join("restored.sqlite");
	let refused = |backup_file: &Path, provider: &AccountId, key: &sr25519::Pair| {
		format!(
			"{:#}",
			restore(backup_file, &target, provider, key, None, None, false).expect_err("refused")
		)
	};

	let ferdie = Sr25519Keyring::Ferdie;
	let error = refused(&backup_file, &ferdie.to_account_id(), &key());
	assert!(error.contains("another provider's"), "{error}");
	let error = refused(&backup_file, &provider(), &ferdie.pair());
	assert!(error.contains("not signed by this gatekeeper's key"), "{error}");
	assert!(!target.exists(), "nothing restored");

	// Changed after the backup: a receipt, a batch's root, a reference.
	let tampered = |name: &str, sql: &str| {
		let path = dir.path().join(name);
		std::fs::copy(&backup_file, &path).expect("copied");
		Connection::open(&path)
			.expect("opens")
			.execute_batch(&format!(
				"DROP TRIGGER receipts_no_update; DROP TRIGGER batches_no_update; {sql}"
			))
			.expect("changed");
		path
	};
	let error = refused(
		&tampered(
			"receipt.sqlite",
			"UPDATE receipts SET body = (SELECT body FROM receipts WHERE seq = 3) WHERE seq = 2",
		),
		&provider(),
		&key(),
	);
	assert!(error.contains("receipt 2 is stored as number 3"), "{error}");
	let error = refused(
		&tampered("root.sqlite", "UPDATE batches SET root = zeroblob(32)"),
		&provider(),
		&key(),
	);
	assert!(error.contains("its root is not its receipts'"), "{error}");
	let error = refused(
		&tampered("reference.sqlite", "UPDATE references_ SET locator = 'lab:2'"),
		&provider(),
		&key(),
	);
	assert!(error.contains("private pointers were made with another key"), "{error}");
	let error = refused(
		&tampered(
			"gap.sqlite",
			"DROP TRIGGER receipts_no_delete; DELETE FROM receipts WHERE seq = 5",
		),
		&provider(),
		&key(),
	);
	assert!(error.contains("of its") && error.contains("receipts are stored"), "{error}");

	// Not a state file at all, and not a file.
	let text = dir.path().join("notes.txt");
	std::fs::write(&text, "receipts, probably").expect("written");
	let error = refused(&text, &provider(), &key());
	assert!(error.contains("not a backup of this gatekeeper's state"), "{error}");
	let other = dir.path().join("other.sqlite");
	Connection::open(&other)
		.expect("opens")
		.execute_batch("CREATE TABLE t (x)")
		.expect("made");
	let error = refused(&other, &provider(), &key());
	assert!(error.contains("not a state file of this gatekeeper"), "{error}");
	let error = refused(&dir.path().join("none.sqlite"), &provider(), &key());
	assert!(error.contains("is not a file"), "{error}");
	assert!(!target.exists(), "nothing restored");
}

#[test]
fn a_backup_never_overwrites_and_needs_a_state() {
	let dir = tempfile::tempdir().expect("a temporary directory");
	let existing = dir.path().join("backup.sqlite");
	std::fs::write(&existing, "an earlier backup").expect("written");
	let live = dir.path().join("state.sqlite");
	let error = backup(&live, &existing, &provider(), &key()).expect_err("exists").to_string();
	assert!(error.contains("not overwriting it"), "{error}");
	assert_eq!(std::fs::read_to_string(&existing).expect("kept"), "an earlier backup");
	let error = backup(&live, &dir.path().join("new.sqlite"), &provider(), &key())
		.expect_err("no state")
		.to_string();
	assert!(error.contains("does not exist: nothing to back up"), "{error}");
	assert!(!live.exists(), "not created by trying");
}

/// Not a test of behaviour: how a backup of a large state holds up a busy writer, printed
/// (`cargo test … backup_under_load -- --ignored --nocapture`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn backup_under_load() {
	let dir = tempfile::tempdir().expect("a temporary directory");
	let live = dir.path().join("state.sqlite");
	{
		// A state of about 130 MB, written directly: its size is what a copy costs.
		let receipts = open(&live);
		serve(&receipts, 0..1).await;
		receipts.close();
		Connection::open(&live)
			.expect("opens")
			.execute_batch(
				"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)
				 INSERT INTO nonces (signer, nonce, expires)
				 SELECT randomblob(32), randomblob(16), 9000000000000 + i FROM n;
				 CREATE TABLE filler (x BLOB);
				 WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)
				 INSERT INTO filler SELECT randomblob(300) FROM n;",
			)
			.expect("filled");
	}
	println!("state: {} MB", std::fs::metadata(&live).expect("there").len() >> 20);
	let receipts = open(&live);
	let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
	let writer = tokio::spawn({
		let (receipts, stop) = (receipts.clone(), stop.clone());
		async move {
			let mut latencies = Vec::new();
			let mut n = 1_000;
			while !stop.load(std::sync::atomic::Ordering::Relaxed) {
				let started = std::time::Instant::now();
				serve(&receipts, n..n + 8).await;
				latencies.push(started.elapsed());
				n += 8;
			}
			latencies
		}
	});
	tokio::time::sleep(std::time::Duration::from_secs(2)).await;
	let started = std::time::Instant::now();
	let out = dir.path().join("backup.sqlite");
	tokio::task::spawn_blocking({
		let (live, out) = (live.clone(), out.clone());
		move || {
			let db = Connection::open(&live).expect("opens");
			db.execute("VACUUM INTO ?1", [out.to_str().expect("UTF-8")]).expect("copied");
		}
	})
	.await
	.expect("ran");
	let took = started.elapsed();
	tokio::time::sleep(std::time::Duration::from_secs(2)).await;
	stop.store(true, std::sync::atomic::Ordering::Relaxed);
	let mut latencies = writer.await.expect("wrote");
	let commits = latencies.len();
	latencies.sort();
	println!(
		"VACUUM INTO took {took:?}; {commits} commits of 8 over {:?}: p50 {:?}, p99 {:?}, max {:?}",
		took + std::time::Duration::from_secs(4),
		latencies[commits / 2],
		latencies[commits * 99 / 100],
		latencies[commits - 1]
	);
}
