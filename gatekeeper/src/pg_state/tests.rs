//! Replicas on one PostgreSQL schema, each a [`PgState`] of its own as separate processes
//! would have. Skipped, saying why, without `MEDREC_PG_URL`; each test works in a schema of its
//! own and drops it at the end.

use super::*;
use crate::receipts::{Receipt, WriteError};
use medrec_primitives::records::FieldSet;
use polkadot_sdk::sp_keyring::Sr25519Keyring;
use std::time::Duration;

fn provider() -> AccountId {
	Sr25519Keyring::Bob.to_account_id()
}

fn key() -> sr25519::Pair {
	Sr25519Keyring::Bob.pair()
}

/// The test database, as `crate::postgres`'s tests reach it.
fn target() -> Option<Target> {
	let (url, ca) = crate::postgres_tls::tests::test_postgres()?;
	let url = if ca.is_some() { url } else { format!("{url}?sslmode=disable") };
	Some(Target::parse(&url, ca.as_deref()).expect("a URL"))
}

/// A test's schema: dropped when made (left by an earlier run) and when the test ends, also
/// when it fails. Named after the process and the test, so that concurrent runs do not meet.
struct TestSchema {
	target: Target,
	name: String,
}

impl TestSchema {
	fn new(target: &Target, test: &str) -> Self {
		let name = format!("medrec_test_{}_{test}", std::process::id());
		drop_schema(target, &name);
		Self { target: target.clone(), name }
	}
}

impl std::ops::Deref for TestSchema {
	type Target = str;
	fn deref(&self) -> &str {
		&self.name
	}
}

impl std::fmt::Display for TestSchema {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		f.write_str(&self.name)
	}
}

impl Drop for TestSchema {
	fn drop(&mut self) {
		drop_schema(&self.target, &self.name);
	}
}

/// Drops `schema` (callable from a test's runtime, and from `Drop`).
fn drop_schema(target: &Target, schema: &str) {
	sql(target, &format!("DROP SCHEMA IF EXISTS {schema} CASCADE")).expect("dropped the schema");
}

/// A replica: its own connection to the state, and its receipt store.
struct Replica {
	state: Arc<PgState>,
	receipts: Arc<Receipts>,
}

fn replica(target: &Target, schema: &str) -> Replica {
	let state = PgState::open(target.clone(), schema, &provider()).expect("opens");
	let receipts =
		Arc::new(state.receipts(provider(), key(), WriterOptions::default()).expect("starts"));
	Replica { state, receipts }
}

fn draft(patient: u64, n: u32, nonce: [u8; 16]) -> Draft {
	Draft {
		receipt: Receipt {
			seq: 0,
			provider: provider(),
			requester: Sr25519Keyring::Dave.to_account_id(),
			patient: Sr25519Keyring::Charlie.to_account_id(),
			pointer: u64::from(n),
			fields: FieldSet(0b101),
			block_number: 7,
			block_hash: H256::repeat_byte(7),
			served_at: 1_700_000_000_000 + u64::from(n),
			request: H256::from_low_u64_be(u64::from(n)),
			content_hash: H256::repeat_byte(0xc0),
		},
		patient_number: patient,
		nonce,
		expires: u64::MAX / 2,
	}
}

/// A nonce of its own for each (replica, n).
fn nonce(replica: u8, n: u32) -> [u8; 16] {
	let mut nonce = [replica; 16];
	nonce[..4].copy_from_slice(&n.to_le_bytes());
	nonce
}

/// Runs `statement` on a session and a runtime of its own (so callable from a test's runtime);
/// a server error as its SQLSTATE and message.
fn sql(target: &Target, statement: &str) -> Result<u64, String> {
	let runtime = tokio::runtime::Builder::new_current_thread()
		.enable_all()
		.build()
		.expect("a runtime");
	let (target, statement) = (target.clone(), statement.to_owned());
	std::thread::spawn(move || {
		runtime.block_on(async move {
			let client = target.connect().await.map_err(|e| format!("{e:#}"))?;
			client.execute(&statement, &[]).await.map_err(|e| match e.as_db_error() {
				Some(db) => format!("{} {}", db.code().code(), db.message()),
				None => e.to_string(),
			})
		})
	})
	.join()
	.expect("ran")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_writing_at_once_number_one_sequence_without_gaps() {
	let Some(target) = target() else { return };
	let schema = TestSchema::new(&target, "gap_free");
	let replicas: Vec<Replica> = (0..3).map(|_| replica(&target, &schema)).collect();

	// A replica killed in the middle of a commit: its transaction took the counter and wrote a
	// receipt, and its session ends without committing.
	let killed = {
		let (target, schema) = (target.clone(), schema.to_string());
		tokio::spawn(async move {
			let client = target.connect().await.expect("connects");
			client
				.batch_execute(&format!(
					"SET search_path TO {schema}; BEGIN; SELECT next FROM counter FOR UPDATE; \
					 INSERT INTO receipts (seq, patient, leaf, body) SELECT next, 1, '', '' FROM counter"
				))
				.await
				.expect("half a commit");
			tokio::time::sleep(Duration::from_millis(200)).await;
			drop(client);
		})
	};

	// 3 replicas × 60 receipts, handed over together so that commits interleave.
	let mut tasks = tokio::task::JoinSet::new();
	for (r, replica) in replicas.iter().enumerate() {
		for n in 0..60u32 {
			let receipts = replica.receipts.clone();
			tasks.spawn(async move {
				receipts.write(draft(1, n, nonce(r as u8, n))).await.expect("stored")
			});
		}
	}
	let written = tasks.join_all().await;
	killed.await.expect("the half commit ended");

	let mut numbers: Vec<u64> = written.iter().map(|r| r.receipt.seq).collect();
	numbers.sort();
	assert_eq!(numbers, (0..180).collect::<Vec<_>>(), "one sequence, no gap, no number twice");
	let bob = key().public();
	assert!(written.iter().all(|r| r.verify(&bob)), "every receipt verifies through its batch");
	let batches: HashSet<u64> = written.iter().map(|r| r.batch.batch.first).collect();
	assert!(batches.len() < 180, "group commits: {} batches for 180 receipts", batches.len());
	for replica in &replicas {
		assert_eq!(replica.receipts.count().expect("counts"), 180);
	}
	// Every leaf is there, and every batch's root is its receipts' root.
	let leaves = replicas[0].receipts.leaves(0, 180).expect("all stored");
	assert_eq!(
		leaves,
		numbers
			.iter()
			.map(|&seq| written.iter().find(|r| r.receipt.seq == seq).expect("one").leaf)
			.collect::<Vec<_>>()
	);
	for replica in &replicas {
		replica.receipts.close();
	}
	drop(replicas);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_nonce_used_at_one_replica_is_refused_at_another() {
	let Some(target) = target() else { return };
	let schema = TestSchema::new(&target, "replay");
	let (a, b) = (replica(&target, &schema), replica(&target, &schema));
	let dave = Sr25519Keyring::Dave.to_account_id();

	let served = a.receipts.write(draft(1, 1, [1; 16])).await.expect("served at A");
	assert_eq!(served.receipt.seq, 0);
	// The same request replayed at B: refused, and no number spent on it.
	assert_eq!(b.receipts.write(draft(1, 1, [1; 16])).await, Err(WriteError::Replayed));
	assert_eq!(b.receipts.use_nonce(&dave, [1; 16], u64::MAX / 2).await, Ok(false));
	// A second receipt of A's own request (a FHIR search discloses several) is A's to write.
	let second = a.receipts.write(draft(1, 2, [1; 16])).await.expect("the same request's");
	assert_eq!(second.receipt.seq, 1);
	// A refused request's nonce, kept at B, is refused at A.
	assert_eq!(b.receipts.use_nonce(&dave, [2; 16], u64::MAX / 2).await, Ok(true));
	assert_eq!(a.receipts.write(draft(1, 3, [2; 16])).await, Err(WriteError::Replayed));
	assert_eq!(a.receipts.use_nonce(&dave, [2; 16], u64::MAX / 2).await, Ok(false));
	assert_eq!(b.receipts.write(draft(1, 4, [3; 16])).await.expect("new").receipt.seq, 2);
	// A replica started later loads them all, to refuse their replays from memory.
	let c = replica(&target, &schema);
	let mut live: Vec<[u8; 16]> = c
		.receipts
		.live_nonces(0)
		.expect("reads")
		.into_iter()
		.map(|(_, n, _)| n)
		.collect();
	live.sort();
	assert_eq!(live, vec![[1; 16], [2; 16], [3; 16]]);
	for replica in [&a, &b, &c] {
		replica.receipts.close();
	}
	drop((a, b, c));
}

/// Whether `replica` takes the anchoring lead within 5 s, asking every 100 ms as anchoring
/// rounds do (PostgreSQL releases a dead session's lock once it sees the session end).
async fn leads_within_5_s(replica: &Replica) -> bool {
	for _ in 0..50 {
		if replica.receipts.lead().expect("asks") {
			return true;
		}
		tokio::time::sleep(Duration::from_millis(100)).await;
	}
	false
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_replica_anchors_and_another_takes_over_when_its_session_ends() {
	let Some(target) = target() else { return };
	let schema = TestSchema::new(&target, "leader");
	let (a, b) = (replica(&target, &schema), replica(&target, &schema));

	assert!(a.receipts.lead().expect("asks"), "the first to ask leads");
	assert!(!b.receipts.lead().expect("asks"), "one leader at a time");
	assert!(a.receipts.lead().expect("asks"), "and it keeps the lead");
	assert!(!b.receipts.lead().expect("asks"));

	// A's anchoring session is cut (its process died, or the network dropped it).
	let pid = a.state.leader_session().expect("A's session leads");
	assert_eq!(sql(&target, &format!("SELECT pg_terminate_backend({pid})")), Ok(1));
	assert!(leads_within_5_s(&b).await, "B leads once A's session is gone");
	assert!(!a.receipts.lead().expect("asks"), "A follows now");

	// B's process ends: A leads again.
	b.receipts.close();
	drop(b);
	assert!(leads_within_5_s(&a).await, "A leads once B is gone");
	// Another schema (another provider's gatekeepers) has a leader of its own.
	let other_schema = TestSchema::new(&target, "leader_other");
	let other = replica(&target, &other_schema);
	assert!(other.receipts.lead().expect("asks"));
	other.receipts.close();
	a.receipts.close();
	drop((a, other));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn any_replica_answers_a_patients_receipts_with_their_anchor() {
	let Some(target) = target() else { return };
	let schema = TestSchema::new(&target, "query");
	let (a, b) = (replica(&target, &schema), replica(&target, &schema));
	let mut written = Vec::new();
	for n in 0..6u32 {
		// Charlie is participant 1, Eve 2; a commit each.
		written.push(
			a.receipts
				.write(draft(1 + u64::from(n % 2), n, nonce(0, n)))
				.await
				.expect("stored"),
		);
	}
	let leaves = a.receipts.leaves(0, 6).expect("stored");
	let root = crate::merkle::root(&leaves).expect("six leaves");
	a.receipts
		.record_anchor(&Anchor { index: 0, first: 0, count: 6, root, block_number: 9 })
		.expect("recorded");

	// B wrote none of them.
	let charlies = b.receipts.of_patient(1, None, 100).expect("reads");
	let expected: Vec<&SignedReceipt> =
		written.iter().filter(|r| r.receipt.pointer % 2 == 0).collect();
	assert_eq!(charlies.iter().collect::<Vec<_>>(), expected, "read back as written");
	assert!(charlies.iter().all(|r| r.verify(&key().public())));
	let page = b.receipts.of_patient(1, Some(charlies[0].receipt.seq), 1).expect("reads");
	assert_eq!(page, vec![charlies[1].clone()]);
	let eves_first = written[1].receipt.seq;
	assert_eq!(
		b.receipts.of_patient_at(1, eves_first).expect("reads"),
		None,
		"Eve's, not Charlie's"
	);
	assert_eq!(b.receipts.of_patient_at(2, eves_first).expect("reads"), Some(written[1].clone()));
	assert_eq!(b.receipts.anchor_of(3).expect("reads").map(|a| a.root), Some(root));
	assert_eq!(b.receipts.anchor_totals().expect("reads"), (1, 6));
	// The private pointers too: registered at A (or by the `pointer` command), found at B.
	let (refs_a, refs_b) = (
		crate::references::References::open_postgres(a.state.clone(), &key()),
		crate::references::References::open_postgres(b.state.clone(), &key()),
	);
	let lab = refs_a.register("lab:1").expect("registered");
	assert_eq!(refs_b.locator(&lab).expect("reads").as_deref(), Some("lab:1"));
	// Many at once (the publisher's and `bench pointers`' way), one of them twice.
	let many = refs_a.register_all(&["lab:2", "lab:3", "lab:2", "lab:1"]).expect("registered");
	assert_eq!(many[3], lab);
	assert_eq!(refs_b.locator(&many[1]).expect("reads").as_deref(), Some("lab:3"));
	assert_eq!(refs_b.locator(&many[2]).expect("reads").as_deref(), Some("lab:2"));
	a.receipts.close();
	b.receipts.close();
	drop((a, b, refs_a, refs_b));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_schema_is_append_only_and_one_providers() {
	let Some(target) = target() else { return };
	let schema = TestSchema::new(&target, "guarded");
	let a = replica(&target, &schema);
	a.receipts.write(draft(1, 1, [1; 16])).await.expect("stored");
	for statement in [
		"UPDATE receipts SET body = ''",
		"DELETE FROM receipts",
		"TRUNCATE receipts",
		"UPDATE batches SET root = ''",
		"DELETE FROM batches",
	] {
		let qualified = statement
			.replace("receipts", &format!("{schema}.receipts"))
			.replace("batches", &format!("{schema}.batches"));
		let error = sql(&target, &qualified);
		let error = error.expect_err(statement);
		assert!(error.contains("P0001") && error.contains("append-only"), "{statement}: {error}");
	}
	let error = PgState::open(target.clone(), &schema, &Sr25519Keyring::Ferdie.to_account_id())
		.expect_err("another provider's schema");
	assert!(format!("{error:#}").contains("another provider"), "{error:#}");
	let error = PgState::open(target.clone(), "Robert'); DROP", &provider()).expect_err("refused");
	assert!(format!("{error:#}").contains("lower-case PostgreSQL identifier"), "{error:#}");
	a.receipts.close();
	drop(a);
}

/// Writes `total` receipts through `stores` with `in_flight` waiting at each, and returns the
/// receipts per second and per commit.
async fn throughput(stores: &[Arc<Receipts>], total: u32, in_flight: usize) -> (f64, f64) {
	let per_store = total / stores.len() as u32;
	let started = std::time::Instant::now();
	let mut tasks = tokio::task::JoinSet::new();
	for (r, store) in stores.iter().enumerate() {
		for lane in 0..in_flight {
			let store = store.clone();
			tasks.spawn(async move {
				let mut batches = Vec::new();
				for n in (lane as u32..per_store).step_by(in_flight) {
					let written =
						store.write(draft(1, n, nonce(r as u8, n))).await.expect("stored");
					batches.push(written.batch.batch.first);
				}
				batches
			});
		}
	}
	let batches: HashSet<u64> = tasks.join_all().await.into_iter().flatten().collect();
	let seconds = started.elapsed().as_secs_f64();
	let written = f64::from(per_store * stores.len() as u32);
	(written / seconds, written / batches.len() as f64)
}

/// `… pg_state::tests::receipts_per_second -- --ignored --nocapture`: receipts per second
/// through one store and through three on one schema (48 in flight in all, the gatekeeper's
/// default commit delay), against SQLite's one store on the same machine.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement"]
async fn receipts_per_second() {
	let Some(target) = target() else { return };
	let options = || WriterOptions { commit_delay: Duration::from_micros(500), batch_sizes: None };
	let dir = tempfile::tempdir().expect("temp dir");
	let sqlite = Arc::new(
		Receipts::open(&dir.path().join("state.sqlite"), provider(), key(), options())
			.expect("opens"),
	);
	let (rate, per_commit) = throughput(std::slice::from_ref(&sqlite), 6000, 48).await;
	println!("SQLite, 1 store:         {rate:.0} receipts/s, {per_commit:.1} per commit");
	sqlite.close();
	for replicas in [1, 3] {
		let schema = TestSchema::new(&target, &format!("throughput_{replicas}"));
		let states: Vec<Arc<PgState>> = (0..replicas)
			.map(|_| PgState::open(target.clone(), &schema, &provider()).expect("opens"))
			.collect();
		let stores: Vec<Arc<Receipts>> = states
			.iter()
			.map(|state| Arc::new(state.receipts(provider(), key(), options()).expect("starts")))
			.collect();
		let (rate, per_commit) = throughput(&stores, 6000, 48 / replicas).await;
		println!(
			"PostgreSQL, {replicas} store(s): {rate:.0} receipts/s, {per_commit:.1} per commit"
		);
		assert_eq!(stores[0].count().expect("counts"), 6000);
		for store in &stores {
			store.close();
		}
		drop((stores, states));
	}
}
