//! A gatekeeper served on the demo EMR in front of a fake node, for the tests that go through
//! the real server: TLS ([`crate::tls`]) and the logs ([`crate::logs`]).
//!
//! The fake node answers what the request paths ask a MedRec node: the best head (and its
//! new-heads subscription), `MedRecApi_authorize` (and `MedRecApi_decide`) as the runtime would
//! for the grants set here, a patient's participant number and pointers, and the two storage items the FHIR
//! facade reads. Charlie is the demo EMR's MRN-0001 (participant 7); Dave is a doctor granted
//! the lab result (pointer 1) and the panel of 1 November (pointer 4) whole, two fields of the
//! medication (pointer 3), and nothing of the condition (pointer 2).

use crate::{
	chain::{Chain, ChainObserver},
	config::ServerConfig,
	fhir::Facade,
	gatekeeper::{now_ms, ss58, Gatekeeper},
	metrics::Metrics,
	receipts::{Receipts, WriterOptions},
	records::DemoEmr,
	references::References,
	AccountId,
};
use codec::{Decode, Encode};
use jsonrpsee::{
	core::SubscriptionResult,
	server::{RpcModule, Server, ServerHandle, SubscriptionMessage},
	types::ErrorObjectOwned,
};
use medrec_primitives::{
	access::Denial,
	api::{Authorization, PointerView},
	records::{FieldSet, PointerId},
	BlockNumber, ParticipantId,
};
use polkadot_sdk::{
	sp_core::{sr25519, Pair, H256},
	sp_keyring::Sr25519Keyring,
	sp_runtime::{
		generic,
		traits::{BlakeTwo256, Header as _},
		MultiSignature,
	},
};
use std::{
	collections::HashMap,
	net::SocketAddr,
	sync::{
		atomic::{AtomicU64, Ordering},
		Arc,
	},
	time::Duration,
};

/// The demo patient the fixtures serve: MRN-0001, participant 7 ([`DemoEmr`]).
pub(crate) const CHARLIE_NUMBER: ParticipantId = 7;

/// The pointers of Charlie's records the fake chain knows: their locators, categories and what
/// Dave is granted of each. Pointer 4 is a panel, read by its draw's time: a locator that
/// carries a date.
pub(crate) const POINTERS: [(PointerId, &str, u32, u64); 4] = [
	(1, "lab:1", 7, 0b11111),
	(2, "condition:1", 2, 0),
	(3, "medication:1", 3, 0b1001),
	(4, "lab-panel:2026-11-01T08:30:00Z", 7, 0b1111),
];

type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// What the fake node knows.
#[derive(Default)]
struct NodeState {
	header: Option<Header>,
	/// Pointers by id, and what Dave is granted of each.
	pointers: HashMap<PointerId, (PointerView<BlockNumber>, u64)>,
	provider: Option<AccountId>,
	storage: HashMap<Vec<u8>, Vec<u8>>,
}

/// A node that answers the gatekeeper's questions from [`NodeState`], over WebSocket.
pub(crate) struct FakeNode {
	pub url: String,
	_handle: ServerHandle,
}

impl FakeNode {
	async fn start(state: NodeState) -> Self {
		let mut module = RpcModule::new(state);
		module
			.register_method("chain_getHeader", |_, state, _| {
				serde_json::to_value(state.header.as_ref().expect("a head")).expect("JSON")
			})
			.expect("registers");
		module
			.register_method("chain_getFinalizedHead", |_, state, _| {
				crate::to_hex(state.header.as_ref().expect("a head").hash())
			})
			.expect("registers");
		module
			.register_subscription(
				"chain_subscribeNewHeads",
				"chain_newHead",
				"chain_unsubscribeNewHeads",
				|_, pending, state, _| async move {
					let sink = pending.accept().await?;
					let header = state.header.as_ref().expect("a head");
					sink.send(SubscriptionMessage::from_json(header)?).await?;
					sink.closed().await;
					SubscriptionResult::Ok(())
				},
			)
			.expect("registers");
		module
			.register_method("state_call", |params, state, _| {
				let (method, args, _at): (String, String, H256) = params.parse()?;
				let args = hex::decode(args.trim_start_matches("0x")).expect("hex");
				let answer = state.call(&method, &args).ok_or_else(|| {
					ErrorObjectOwned::owned(-32000, format!("{method} is not faked"), None::<()>)
				})?;
				Ok::<_, ErrorObjectOwned>(crate::to_hex(answer))
			})
			.expect("registers");
		module
			.register_method("state_getStorage", |params, state, _| {
				let (key, _at): (String, H256) = params.parse()?;
				let key = hex::decode(key.trim_start_matches("0x")).expect("hex");
				Ok::<_, ErrorObjectOwned>(state.storage.get(&key).map(crate::to_hex))
			})
			.expect("registers");
		let server = Server::builder().build("127.0.0.1:0").await.expect("binds");
		let url = format!("ws://{}", server.local_addr().expect("bound"));
		Self { url, _handle: server.start(module) }
	}
}

impl NodeState {
	/// The SCALE answer to runtime API `method` with `args`, as the runtime would give it.
	fn call(&self, method: &str, args: &[u8]) -> Option<Vec<u8>> {
		let charlie = Sr25519Keyring::Charlie.to_account_id();
		match method {
			// `decide` is `authorize` and how long its answer holds: until a block changes it
			// (encoded as the `Decision` struct is, its two fields in order).
			"MedRecApi_decide" => {
				let answer = self.call("MedRecApi_authorize", args)?;
				Some([answer, None::<BlockNumber>.encode()].concat())
			},
			// This chain has one block, which changes nobody's access (`AccessChanges::Some`
			// with no patient and no viewer).
			"MedRecApi_access_changes" => {
				Some((0u8, Vec::<AccountId>::new(), Vec::<AccountId>::new()).encode())
			},
			"MedRecApi_authorize" => {
				let (requester, patient, pointer, fields) =
					<(AccountId, AccountId, PointerId, FieldSet)>::decode(&mut &args[..]).ok()?;
				let dave = Sr25519Keyring::Dave.to_account_id();
				let answer: Result<Authorization<AccountId, BlockNumber>, Denial> =
					match self.pointers.get(&pointer) {
						None => Err(Denial::UnknownPointer),
						Some(_) if patient != charlie => Err(Denial::UnknownPointer),
						Some((view, granted)) => {
							let granted = if requester == dave { *granted } else { 0 };
							match fields.0 & granted {
								0 => Err(Denial::NoGrant),
								allowed => Ok(Authorization {
									provider: self.provider.clone()?,
									pointer: view.clone(),
									fields: FieldSet(allowed),
									at: 5,
								}),
							}
						},
					};
				Some(answer.encode())
			},
			"MedRecApi_participant_number" => {
				let who = AccountId::decode(&mut &args[..]).ok()?;
				Some((who == charlie).then_some(CHARLIE_NUMBER).encode())
			},
			"MedRecApi_pointers" => {
				let (patient, _provider, before) =
					<(AccountId, AccountId, Option<PointerId>)>::decode(&mut &args[..]).ok()?;
				let mut views: Vec<_> = self
					.pointers
					.values()
					.filter(|_| patient == charlie && before.is_none())
					.map(|(view, _)| view.clone())
					.collect();
				views.sort_by_key(|view| std::cmp::Reverse(view.id));
				Some(views.encode())
			},
			_ => None,
		}
	}
}

/// Where the demo EMR of a [`Served`] gatekeeper lives.
pub(crate) enum Backend {
	/// A new SQLite file ([`DemoEmr`]).
	Sqlite,
	/// The tests' PostgreSQL (`scripts/postgres-test-db.sh`): its URL without `sslmode` and
	/// `sslrootcert`, and its CA if it has one. The demo tables are in a schema of their own
	/// ([`load_postgres_demo`]), so that the e2e suite's demo tables in the same database are
	/// left alone.
	Postgres { url: String, ca: Option<std::path::PathBuf> },
}

/// The demo EMR a [`Served`] gatekeeper reads, for the test to change it as the provider's own
/// systems would.
pub(crate) enum Emr {
	Sqlite(Box<DemoEmr>),
	Postgres(tokio_postgres::Client),
}

impl Emr {
	/// Runs `sql` on the EMR.
	pub(crate) async fn execute(&self, sql: &str) {
		match self {
			Emr::Sqlite(demo) => demo.db.execute_batch(sql).expect("the EMR takes it"),
			Emr::Postgres(client) => client.batch_execute(sql).await.expect("the EMR takes it"),
		}
	}
}

/// The schema of the tests' PostgreSQL that [`Backend::Postgres`] fills.
const PG_SCHEMA: &str = "medrec_gatekeeper_fixture";

/// The URL of the tests' PostgreSQL at `url` for the fixtures: the demo tables' schema first
/// in the search path, and TLS if its CA is known.
fn fixture_url(url: &str, ca: Option<&std::path::Path>) -> String {
	let tls = if ca.is_some() { "" } else { "&sslmode=disable" };
	format!("{url}?options=-c%20search_path%3D{PG_SCHEMA}{tls}")
}

/// Loads the demo EMR into its schema of the tests' PostgreSQL (replacing an earlier load),
/// its patients enrolled as [`DemoEmr`]'s are.
pub(crate) async fn load_postgres_demo(url: &str, ca: Option<&std::path::Path>) {
	let client = crate::postgres_tls::Target::parse(&fixture_url(url, ca), ca)
		.expect("a URL")
		.connect()
		.await
		.expect("connects");
	client
		.batch_execute(&format!(
			"CREATE SCHEMA IF NOT EXISTS {PG_SCHEMA};
			 DROP TABLE IF EXISTS medications, conditions, lab_results, patients CASCADE;
			 {}
			 {}
			 UPDATE patients SET medrec_number = 7 WHERE mrn = 'MRN-0001';
			 UPDATE patients SET medrec_number = 9 WHERE mrn = 'MRN-0002';",
			include_str!("../demo/schema.sql"),
			include_str!("../demo/seed.sql")
		))
		.await
		.expect("the demo tables");
}

/// The demo configuration and EMR on `backend` (on PostgreSQL, as [`load_postgres_demo`]
/// left it).
async fn demo_on(backend: &Backend) -> (crate::config::Config, Emr) {
	match backend {
		Backend::Sqlite => {
			let demo = DemoEmr::open().await;
			(demo.config.clone(), Emr::Sqlite(Box::new(demo)))
		},
		Backend::Postgres { url, ca } => {
			let path =
				std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("demo/gatekeeper.toml");
			let mut config = crate::config::Config::load(&path).expect("the demo configuration");
			let url = fixture_url(url, ca.as_deref());
			let client = crate::postgres_tls::Target::parse(&url, ca.as_deref())
				.expect("a URL")
				.connect()
				.await
				.expect("connects");
			config.database.sqlite = None;
			config.database.postgres = Some(url);
			config.database.postgres_ca = ca.clone();
			config.database.connections = 2;
			(config, Emr::Postgres(client))
		},
	}
}

/// A gatekeeper serving the demo EMR on a local port, in front of a [`FakeNode`].
pub(crate) struct Served {
	pub config: crate::config::Config,
	pub emr: Emr,
	pub gatekeeper: Arc<Gatekeeper>,
	pub addr: SocketAddr,
	pub handle: ServerHandle,
	_node: FakeNode,
	_state: tempfile::TempDir,
}

impl Served {
	/// Starts it on the SQLite demo EMR, over TLS with `tls`, with `limits`.
	pub async fn start(tls: Option<Arc<rustls::ServerConfig>>, limits: ServerConfig) -> Self {
		Self::start_on(Backend::Sqlite, tls, limits).await
	}

	/// Starts it on the demo EMR on `backend`, over TLS with `tls`, with `limits`.
	pub async fn start_on(
		backend: Backend,
		tls: Option<Arc<rustls::ServerConfig>>,
		limits: ServerConfig,
	) -> Self {
		let (config, emr) = demo_on(&backend).await;
		let records = crate::records::Records::open(&config.database, &config.queries, &[], None)
			.await
			.expect("opens");
		let key = gatekeeper_key();
		let provider = config.provider_account().expect("the demo's provider");
		let state = tempfile::tempdir().expect("a temporary directory");
		let path = state.path().join("state.sqlite");
		let references = Arc::new(References::open(&path, &key).expect("opens"));
		let mut node = NodeState {
			header: Some(Header::new(
				5,
				H256::repeat_byte(1),
				H256::repeat_byte(2),
				H256::repeat_byte(3),
				Default::default(),
			)),
			provider: Some(provider.clone()),
			..Default::default()
		};
		for (id, locator, category, granted) in POINTERS {
			let reference = references.register(locator).expect("registered");
			let record = records
				.read(locator, &CHARLIE_NUMBER.to_string())
				.await
				.expect("reads")
				.expect("Charlie's");
			let (query, _) = records.query(locator).expect("declared");
			let view = PointerView {
				id,
				patient: CHARLIE_NUMBER,
				reference,
				category,
				fields: FieldSet((1u64 << query.fields.len()) - 1),
				content_hash: references.commitment(&reference, &record),
				updated_at: 4,
			};
			node.pointers.insert(id, (view, granted));
			// What the FHIR facade reads to find a pointer's patient: the pointer's first
			// field is the patient's number, and the registrar maps it to their account.
			let key = crate::research::map_key("Relationships", "Pointers", true, &id);
			node.storage.insert(key, CHARLIE_NUMBER.encode());
		}
		let account_of = crate::research::map_key("Registrar", "AccountOf", true, &CHARLIE_NUMBER);
		node.storage
			.insert(account_of, Sr25519Keyring::Charlie.to_account_id().encode());
		let fake = FakeNode::start(node).await;

		let metrics = Arc::new(Metrics::new().expect("metrics"));
		let chain = Chain::connect(
			&fake.url,
			Duration::from_secs(30),
			metrics.clone() as Arc<dyn ChainObserver>,
		)
		.await
		.expect("the fake node answers");
		let receipts =
			Receipts::open(&path, provider.clone(), key.clone(), WriterOptions::default())
				.expect("opens");
		let gatekeeper = Arc::new(
			Gatekeeper::new(provider, records, references, chain, receipts, metrics, key, 120)
				.expect("starts"),
		);
		let fhir = Arc::new(Facade::new(gatekeeper.clone(), &config.queries).expect("maps"));
		let (addr, handle) = crate::server::start(
			SocketAddr::from(([127, 0, 0, 1], 0)),
			&limits,
			tls,
			gatekeeper.clone(),
			fhir,
		)
		.await
		.expect("serves");
		Self { config, emr, gatekeeper, addr, handle, _node: fake, _state: state }
	}
}

/// The demo gatekeeper's key (`demo/demo.key`).
pub(crate) fn gatekeeper_key() -> sr25519::Pair {
	sr25519::Pair::from_string("//MedRecDemoGatekeeper", None).expect("a dev seed")
}

/// A nonce no other request of the test process uses.
fn nonce() -> [u8; 16] {
	static NEXT: AtomicU64 = AtomicU64::new(1);
	let n = NEXT.fetch_add(1, Ordering::Relaxed);
	let mut nonce = [0u8; 16];
	nonce[..8].copy_from_slice(&n.to_le_bytes());
	nonce[8..].copy_from_slice(&std::process::id().to_le_bytes().repeat(2));
	nonce
}

fn signature(signer: &sr25519::Pair, bytes: &[u8]) -> String {
	crate::to_hex(MultiSignature::Sr25519(signer.sign(bytes)).encode())
}

/// `requester`'s signed `gatekeeper_fetch` of `fields` of Charlie's `pointer`, as JSON.
pub(crate) fn fetch(
	provider: &AccountId,
	requester: Sr25519Keyring,
	pointer: PointerId,
	fields: &[u8],
) -> serde_json::Value {
	let request = crate::request::FetchRequest {
		requester: requester.to_account_id(),
		patient: Sr25519Keyring::Charlie.to_account_id(),
		pointer,
		fields: FieldSet(fields.iter().fold(0, |set, code| set | 1 << code)),
		nonce: nonce(),
		expires: now_ms() + 60_000,
		signature: MultiSignature::Sr25519(sr25519::Signature::from_raw([0; 64])),
	};
	serde_json::json!({
		"requester": ss58(&request.requester),
		"patient": ss58(&request.patient),
		"pointer": pointer,
		"fields": fields,
		"nonce": crate::to_hex(request.nonce),
		"expires": request.expires,
		"signature": signature(&requester.pair(), &request.signed_bytes(provider)),
	})
}

/// Charlie's signed `gatekeeper_receipts` request (`gatekeeper_receipt` with `seq`), as JSON.
pub(crate) fn receipts_request(provider: &AccountId, seq: Option<u64>) -> serde_json::Value {
	let charlie = Sr25519Keyring::Charlie;
	let (nonce, expires) = (nonce(), now_ms() + 60_000);
	let bytes = [
		crate::request::RECEIPTS_DOMAIN,
		provider.as_ref(),
		charlie.to_account_id().as_ref(),
		&nonce,
		&expires.to_le_bytes(),
	]
	.concat();
	let mut json = serde_json::json!({
		"patient": ss58(&charlie.to_account_id()),
		"nonce": crate::to_hex(nonce),
		"expires": expires,
		"signature": signature(&charlie.pair(), &bytes),
	});
	if let Some(seq) = seq {
		json["seq"] = seq.into();
	}
	json
}

/// The `Authorization` header of `requester`'s FHIR request for `target`.
pub(crate) fn fhir_authorization(
	provider: &AccountId,
	requester: Sr25519Keyring,
	target: &str,
) -> String {
	let (nonce, expires) = (nonce(), now_ms() + 60_000);
	let bytes =
		crate::fhir::signed_bytes(provider, &requester.to_account_id(), &nonce, expires, target);
	format!(
		"MedRec requester=\"{}\", nonce=\"{}\", expires=\"{expires}\", signature=\"{}\"",
		ss58(&requester.to_account_id()),
		crate::to_hex(nonce),
		signature(&requester.pair(), &bytes)
	)
}

/// A plain HTTP/1.1 request over `io`, and the whole answer (the server closes after it).
pub(crate) async fn http_request<IO>(mut io: IO, request: &str) -> std::io::Result<String>
where
	IO: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
	use tokio::io::{AsyncReadExt, AsyncWriteExt};
	io.write_all(request.as_bytes()).await?;
	let mut answer = Vec::new();
	// The server may end the connection without TLS's closing message: what came counts.
	match io.read_to_end(&mut answer).await {
		Ok(_) => {},
		Err(error) if error.kind() == std::io::ErrorKind::UnexpectedEof => {},
		Err(error) => return Err(error),
	}
	Ok(String::from_utf8_lossy(&answer).into_owned())
}

/// `GET target` with `headers`, closing the connection after the answer.
pub(crate) fn get(target: &str, headers: &[(&str, &str)]) -> String {
	let mut request = format!("GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
	for (name, value) in headers {
		request.push_str(&format!("{name}: {value}\r\n"));
	}
	request.push_str("\r\n");
	request
}

/// A JSON-RPC `method` call with `params` over HTTP/1.1, closing the connection after it.
pub(crate) fn post(method: &str, params: serde_json::Value) -> String {
	let body = serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
		.to_string();
	format!(
		"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n\
		 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
		body.len()
	)
}
