//! `medrec-gatekeeper bench`: these rates from one run on this machine.
//!
//! 1. bare sr25519 verification of the requests' signatures, on every core;
//! 2. raw reads of the same record through the same declared query, on every core;
//! 3. authorized fetches through a running gatekeeper's API (HTTP, keep-alive connections),
//!    each signed beforehand with a fresh nonce, with their latency, at each number of
//!    requests in flight asked for (16, 32 and 48 by default). The first fetch, which fills
//!    the authorization cache from the chain, is timed on its own;
//! 4. the same record read through the FHIR facade (`GET /fhir/{type}/{pointer}` with a signed
//!    `Authorization` header), at the same concurrencies: the same chain check, record check
//!    and receipt, plus building the FHIR resource;
//! 5. API round trips alone: `gatekeeper_info`, answered from memory, through the same
//!    connections at the same concurrencies: what HTTP, JSON-RPC, the kernel's sockets and the
//!    load generator cost with nothing to verify, read or store.
//!
//! The lower of 1 and 2 bounds what any gatekeeper can serve here (every fetch verifies one
//! signature and reads one record); 3 is reported against it. A fetch also crosses the API
//! once, on the same cores: 1, 2 and 5 in turn bound what any gatekeeper behind this API can
//! serve here, and 3 is reported against that too. `scripts/bench-gatekeeper.sh` sets up the
//! chain, the database and the gatekeeper, then runs this.
//!
//! Two subcommands serve the realistic benchmark beside it ([`realistic`]): `bench pointers`
//! prepares pointers to many records at once, and `bench load` asks a hospital's mix of
//! questions, skewed towards a few patients, while the chain makes blocks.

mod realistic;

use crate::{config::Config, gatekeeper::ss58, records::Records, request::FetchRequest, AccountId};
use anyhow::{bail, Context};
use medrec_primitives::records::FieldSet;
use polkadot_sdk::{
	sp_core::{crypto::Ss58Codec, sr25519, Pair},
	sp_runtime::MultiSignature,
};
use std::{
	cell::RefCell,
	path::PathBuf,
	rc::Rc,
	sync::Arc,
	time::{Duration, Instant},
};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct Args {
	#[command(subcommand)]
	realistic: Option<Box<realistic::Command>>,
	/// The gatekeeper's configuration (its database and queries are read directly too).
	#[arg(long, short, required = true)]
	config: Option<PathBuf>,
	/// The running gatekeeper's API.
	#[arg(long, default_value = "http://127.0.0.1:9950")]
	url: String,
	/// The requester's secret URI; it must be granted the fields.
	#[arg(long, default_value = "//Dave")]
	requester: String,
	/// The patient (SS58).
	#[arg(long, required = true)]
	patient: Option<String>,
	/// The patient's participant number, which the database knows them by (the raw reads).
	#[arg(long, required = true)]
	patient_number: Option<u64>,
	/// The pointer.
	#[arg(long, required = true)]
	pointer: Option<u64>,
	/// The record's locator (`lab:1`), for the raw reads.
	#[arg(long, required = true)]
	query: Option<String>,
	/// Field codes, comma-separated.
	#[arg(long, value_delimiter = ',', default_value = "0")]
	fields: Vec<u8>,
	/// Authorized fetches to make at each concurrency.
	#[arg(long, default_value_t = 100_000)]
	requests: usize,
	/// Requests in flight at once: one measurement per value, comma-separated.
	#[arg(long, value_delimiter = ',', default_value = "16,32,48")]
	concurrency: Vec<usize>,
	/// The FHIR resource type the pointer's query is served as.
	#[arg(long, default_value = "Observation")]
	fhir_type: String,
	/// The gatekeeper's process id: its CPU time per fetch is reported too (Linux).
	#[arg(long)]
	pid: Option<u32>,
	/// Print the results as one JSON object too.
	#[arg(long)]
	json: bool,
}

/// The cores the benchmark may use, read once: `available_parallelism` reads the cgroup's
/// files at every call (tens of µs), and the measured loops ask at every operation.
fn threads() -> usize {
	static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
	*THREADS.get_or_init(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
}

/// Bare verification of `requests`' signatures on every core for about `window`, taking
/// them in turn: verifications per second. Each must verify.
pub(crate) fn verification_rate(
	window: Duration,
	requests: &[FetchRequest],
	provider: &AccountId,
) -> f64 {
	per_second(window, |t| {
		let started = Instant::now();
		let mut done = 0u64;
		let mut i = t;
		while started.elapsed() < window {
			let r = &requests[i % requests.len()];
			let ok = crate::request::verify(&r.signature, &r.signed_bytes(provider), &r.requester);
			assert!(ok, "a request signed beforehand verifies");
			done += 1;
			i += threads();
		}
		done
	})
}

/// Runs `work(thread)` on every core for about `duration`; returns operations per second.
fn per_second(duration: Duration, work: impl Fn(usize) -> u64 + Sync) -> f64 {
	let started = Instant::now();
	let total: u64 = std::thread::scope(|s| {
		let work = &work;
		let handles: Vec<_> = (0..threads()).map(|t| s.spawn(move || work(t))).collect();
		handles.into_iter().map(|h| h.join().unwrap_or(0)).sum()
	});
	total as f64 / started.elapsed().as_secs_f64().max(duration.as_secs_f64() / 100.0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
	let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
	sorted[i]
}

pub async fn run(args: Args) -> anyhow::Result<()> {
	if let Some(command) = args.realistic {
		return realistic::run(*command).await;
	}
	// Required by clap unless a subcommand is given.
	let missing = |flag: &str| anyhow::anyhow!("--{flag} is required");
	let config = Config::load(args.config.as_ref().ok_or_else(|| missing("config"))?)?;
	let (patient, patient_number, pointer, query) = (
		args.patient.clone().ok_or_else(|| missing("patient"))?,
		args.patient_number.ok_or_else(|| missing("patient-number"))?,
		args.pointer.ok_or_else(|| missing("pointer"))?,
		args.query.clone().ok_or_else(|| missing("query"))?,
	);
	let provider = config.provider_account()?;
	let key = sr25519::Pair::from_string(&args.requester, None)
		.map_err(|e| anyhow::anyhow!("requester: {e:?}"))?;
	let requester = AccountId::from(key.public());
	let patient =
		AccountId::from_ss58check(&patient).map_err(|e| anyhow::anyhow!("patient: {e:?}"))?;
	let fields = FieldSet::from_codes(&args.fields).context("fields: codes below 64")?;
	let expires = crate::gatekeeper::now_ms() + 110_000;

	// Signed once, before any timing: signing is the requester's cost, not the gatekeeper's.
	let signing = Instant::now();
	let levels = args.concurrency.len().max(1);
	let total = args.requests.saturating_mul(levels).saturating_add(1);
	// Every request expires 110 s after signing (the gatekeeper allows 120 s): keep the run
	// well inside that at the rates measured here.
	if total > 1_000_000 {
		bail!("{total} requests in all is too many to send before they expire; use fewer");
	}
	let requests: Vec<FetchRequest> = (0..total)
		.map(|i| {
			let mut nonce = [0u8; 16];
			nonce[..8].copy_from_slice(&(i as u64).to_le_bytes());
			nonce[8..].copy_from_slice(&expires.to_le_bytes());
			let mut request = FetchRequest {
				requester: requester.clone(),
				patient: patient.clone(),
				pointer,
				fields,
				nonce,
				expires,
				signature: MultiSignature::Sr25519(Default::default()),
			};
			request.signature = key.sign(&request.signed_bytes(&provider)).into();
			request
		})
		.collect();
	eprintln!("signed {} requests in {:.1} s", requests.len(), signing.elapsed().as_secs_f64());

	// 1. Bare signature verification, every core.
	let window = Duration::from_secs(2);
	let verify_rate = verification_rate(window, &requests, &provider);

	// 2. Raw database reads of the same record, every core.
	let records = Arc::new(Records::open(&config.database, &config.queries, &[], None).await?);
	let patient_number = patient_number.to_string();
	records
		.read(&query, &patient_number)
		.await?
		.context("the record to read is missing")?;
	let started = Instant::now();
	let readers: Vec<_> = (0..threads())
		.map(|_| {
			let (records, query, patient) =
				(records.clone(), query.clone(), patient_number.clone());
			tokio::spawn(async move {
				let mut done = 0u64;
				while started.elapsed() < window {
					if records.read(&query, &patient).await.ok().flatten().is_some() {
						done += 1;
					}
				}
				done
			})
		})
		.collect();
	let mut reads = 0u64;
	for reader in readers {
		reads += reader.await?;
	}
	let read_rate = reads as f64 / started.elapsed().as_secs_f64();
	drop(records);

	// 3. Authorized fetches through the API: `concurrency` keep-alive HTTP/1.1 connections,
	// each sending its next request when the last answer is in. Bodies are serialized before
	// the clock starts, as the signatures are: the load generator should cost as little CPU
	// as it can, since it shares the cores with the gatekeeper.
	let addr = host_port(&args.url)?;
	let bodies: Vec<Vec<u8>> = requests
		.iter()
		.enumerate()
		.map(|(i, request)| {
			rpc_post(&addr, i as u64, "gatekeeper_fetch", serde_json::json!([to_json(request)]))
		})
		.collect();
	let mut bodies = bodies.into_iter();
	// One fetch first, untimed: it finds the authorization cache empty and asks the chain,
	// which the timed fetches then need not (until a new block empties the cache again).
	let first = bodies.next().context("--requests must be at least 2")?;
	let asked = Instant::now();
	let (_, answer) = HttpConnection::open(&addr).await?.exchange(&first).await?;
	if !is_result(&answer) {
		bail!("the first fetch failed: {}", String::from_utf8_lossy(&answer));
	}
	let first_fetch = asked.elapsed();
	let limit = verify_rate.min(read_rate);
	println!("cores: {}", threads());
	println!("signature verification (sr25519):  {verify_rate:>10.0} /s");
	println!("database reads ({query}):  {read_rate:>10.0} /s");
	println!("physical limit (lower of the two):  {limit:>10.0} /s");
	println!("first fetch (untimed; asks the chain):  {:.1} ms", first_fetch.as_secs_f64() * 1e3);

	let mut runs = Vec::new();
	for &concurrency in &args.concurrency {
		let level: Vec<Vec<u8>> = bodies.by_ref().take(args.requests).collect();
		runs.push(
			measure(
				&args,
				&addr,
				level,
				concurrency,
				Expect::RpcResult,
				"authorized fetches",
				Some(limit),
			)
			.await?,
		);
	}

	// 4. The same record through the FHIR facade. Each level's reads are signed just before
	// it, so that none expires while slower levels run.
	let target = format!("/fhir/{}/{pointer}", args.fhir_type);
	let sign_reads = |count: usize, level: u32| -> Vec<Vec<u8>> {
		let expires = crate::gatekeeper::now_ms() + 110_000;
		(0..count)
			.map(|i| {
				let mut nonce = [0xffu8; 16];
				nonce[..8].copy_from_slice(&(i as u64).to_le_bytes());
				nonce[8..12].copy_from_slice(&level.to_le_bytes());
				let bytes =
					crate::fhir::signed_bytes(&provider, &requester, &nonce, expires, &target);
				let signature: MultiSignature = key.sign(&bytes).into();
				let authorization = format!(
					"{} requester=\"{}\", nonce=\"0x{}\", expires=\"{expires}\", signature=\"0x{}\"",
					crate::fhir::SCHEME,
					ss58(&requester),
					hex::encode(nonce),
					hex::encode(codec::Encode::encode(&signature)),
				);
				format!("GET {target} HTTP/1.1\r\nhost: {addr}\r\nauthorization: {authorization}\r\n\r\n")
					.into_bytes()
			})
			.collect()
	};
	let first = sign_reads(1, u32::MAX).remove(0);
	let (status, answer) = HttpConnection::open(&addr).await?.exchange(&first).await?;
	if status != 200 {
		bail!("the first FHIR read failed ({status}): {}", String::from_utf8_lossy(&answer));
	}
	let mut fhir_runs = Vec::new();
	for (level, &concurrency) in args.concurrency.iter().enumerate() {
		let reads = sign_reads(args.requests, level as u32);
		fhir_runs.push(
			measure(&args, &addr, reads, concurrency, Expect::HttpOk, "FHIR reads", Some(limit))
				.await?,
		);
	}

	// 5. API round trips alone, and what they, verification and reads cost in turn.
	let info = rpc_post(&addr, 0, "gatekeeper_info", serde_json::json!([]));
	let mut round_trips = Vec::new();
	for (&concurrency, fetches) in args.concurrency.iter().zip(&mut runs) {
		let calls = vec![info.clone(); args.requests];
		let what = "API round trips alone (gatekeeper_info)";
		let level =
			measure(&args, &addr, calls, concurrency, Expect::RpcResult, what, None).await?;
		let trips = level["fetchesPerSecond"].as_f64().unwrap_or(f64::INFINITY);
		let floor = 1.0 / (1.0 / verify_rate + 1.0 / read_rate + 1.0 / trips);
		let fetched = fetches["fetchesPerSecond"].as_f64().unwrap_or(0.0);
		println!(
			"  verification, read and round trip in turn:  {floor:>10.0} /s; the fetches at {concurrency} in flight: {:.2}× it",
			fetched / floor
		);
		fetches["floorPerSecond"] = floor.into();
		fetches["fractionOfFloor"] = (fetched / floor).into();
		round_trips.push(level);
	}
	if args.json {
		println!(
			"{}",
			serde_json::json!({
				"cores": threads(),
				"verifyPerSecond": verify_rate,
				"readsPerSecond": read_rate,
				"limitPerSecond": limit,
				"firstFetchMs": first_fetch.as_secs_f64() * 1e3,
				"fetches": runs,
				"fhirReads": fhir_runs,
				"roundTrips": round_trips,
			})
		);
	}
	Ok(())
}

/// What a successful answer looks like.
#[derive(Clone, Copy)]
pub(crate) enum Expect {
	/// A JSON-RPC result (a disclosure), not an error object.
	RpcResult,
	/// HTTP 200 (a FHIR resource), not an OperationOutcome.
	HttpOk,
}

/// A JSON-RPC call of `method` with `params` as the bytes of an HTTP/1.1 POST to `addr`,
/// made before the clock starts, as the load generator sends it.
pub(crate) fn rpc_post(addr: &str, id: u64, method: &str, params: serde_json::Value) -> Vec<u8> {
	let body =
		serde_json::json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params })
			.to_string();
	format!(
		"POST / HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
		body.len()
	)
	.into_bytes()
}

/// Sends `requests` over `concurrency` connections, prints the rate and latency as `what`
/// (against `limit`, if any), and returns them as JSON.
async fn measure(
	args: &Args,
	addr: &str,
	requests: Vec<Vec<u8>>,
	concurrency: usize,
	expect: Expect,
	what: &str,
	limit: Option<f64>,
) -> anyhow::Result<serde_json::Value> {
	let cpu_before = args.pid.map(process_cpu).transpose()?;
	let others = Others::start(args.pid.into_iter().collect())?;
	let Sent { samples, failures, elapsed } =
		send_all(addr, requests, concurrency, expect, None).await?;
	let mut latencies: Vec<Duration> = samples.iter().map(|s| s.latency).collect();
	if !failures.is_empty() {
		bail!("{} of {} {what} failed, first: {}", failures.len(), latencies.len(), failures[0]);
	}
	let cpu_per_request = match (args.pid, cpu_before) {
		(Some(pid), Some(before)) => {
			Some((process_cpu(pid)?.saturating_sub(before)).as_secs_f64() / latencies.len() as f64)
		},
		_ => None,
	};
	let others = others.share()?;
	latencies.sort();
	let rate = latencies.len() as f64 / elapsed.as_secs_f64();
	let (p50, p99) = (percentile(&latencies, 0.50), percentile(&latencies, 0.99));
	println!(
		"{what} ({} requests, {concurrency} in flight):  {rate:>10.0} /s  p50 {:.2} ms  p99 {:.2} ms{}",
		latencies.len(),
		p50.as_secs_f64() * 1e3,
		p99.as_secs_f64() * 1e3,
		limit.map(|limit| format!("  ({:.2}× the limit)", rate / limit)).unwrap_or_default(),
	);
	if let Some(cpu) = cpu_per_request {
		println!("  gatekeeper CPU per request: {:.1} µs", cpu * 1e6);
	}
	println!("  {others}");
	Ok(serde_json::json!({
		"gatekeeperCpuMicrosPerFetch": cpu_per_request.map(|cpu| cpu * 1e6),
		"otherCpuShare": others.others,
		"stealShare": others.steal,
		"concurrency": concurrency,
		"requests": latencies.len(),
		"fetchesPerSecond": rate,
		"p50Ms": p50.as_secs_f64() * 1e3,
		"p99Ms": p99.as_secs_f64() * 1e3,
		"fractionOfLimit": limit.map(|limit| rate / limit),
	}))
}

/// The CPU time process `pid` has used so far, all its threads', those that ended too
/// (`/proc/<pid>/stat`, in the kernel's ticks of 10 ms: 0.1 % of a measurement's seconds).
/// Not the sum over its live threads: tokio's blocking threads end after 10 s idle, and their
/// time went with them (a level's CPU per request came out at half, or the sum fell and the
/// subtraction overflowed).
fn process_cpu(pid: u32) -> anyhow::Result<Duration> {
	let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))
		.with_context(|| format!("reading the CPU time of process {pid}"))?;
	// After the command's name, in parentheses: state is field 3, utime 14 and stime 15.
	let fields: Vec<&str> = stat
		.rsplit_once(')')
		.context("an unreadable stat")?
		.1
		.split_whitespace()
		.collect();
	let ticks = |i: usize| -> anyhow::Result<u64> {
		Ok(fields.get(i - 3).context("a short stat")?.parse::<u64>()?)
	};
	Ok(Duration::from_millis((ticks(14)? + ticks(15)?) * 10))
}

/// The whole machine's busy CPU time so far, every core (`/proc/stat`: user, nice, system,
/// irq, softirq), and the time the host took from it (steal).
fn machine_cpu() -> anyhow::Result<(Duration, Duration)> {
	let stat = std::fs::read_to_string("/proc/stat")?;
	let ticks: Vec<u64> = stat
		.lines()
		.next()
		.and_then(|l| l.strip_prefix("cpu "))
		.context("no cpu line in /proc/stat")?
		.split_whitespace()
		.map(|t| t.parse().unwrap_or(0))
		.collect();
	let at = |i: usize| ticks.get(i).copied().unwrap_or(0);
	let busy = at(0) + at(1) + at(2) + at(5) + at(6);
	Ok((Duration::from_millis(busy * 10), Duration::from_millis(at(7) * 10)))
}

/// How much of the machine processes other than the measured ones used while a measurement
/// ran: the figures are this machine's only if that is small (other builds, fuzzers).
pub(crate) struct Others {
	/// The measured processes (this one included).
	pids: Vec<u32>,
	started: Instant,
	machine: (Duration, Duration),
	ours: Duration,
}

/// Shares of the machine (every core: 1.0 is all of it) during a measurement.
pub(crate) struct OthersShare {
	pub others: f64,
	pub steal: f64,
}

impl std::fmt::Display for OthersShare {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		write!(
			f,
			"other processes used {:.0} % of the machine meanwhile; the host took {:.0} % (steal)",
			self.others * 100.0,
			self.steal * 100.0
		)
	}
}

impl Others {
	/// From now on, for `pids` and this process.
	pub(crate) fn start(mut pids: Vec<u32>) -> anyhow::Result<Self> {
		pids.push(std::process::id());
		let ours = Self::ours(&pids)?;
		Ok(Self { pids, started: Instant::now(), machine: machine_cpu()?, ours })
	}

	fn ours(pids: &[u32]) -> anyhow::Result<Duration> {
		pids.iter().map(|&pid| process_cpu(pid)).sum()
	}

	/// The shares since `start`.
	pub(crate) fn share(&self) -> anyhow::Result<OthersShare> {
		let (busy, steal) = machine_cpu()?;
		let ours = Self::ours(&self.pids)?.saturating_sub(self.ours);
		let all = self.started.elapsed().as_secs_f64() * threads() as f64;
		let others = busy.saturating_sub(self.machine.0).saturating_sub(ours);
		Ok(OthersShare {
			others: others.as_secs_f64() / all,
			steal: steal.saturating_sub(self.machine.1).as_secs_f64() / all,
		})
	}
}

/// One request of a load: when it was sent, how long its answer took, and whether the answer
/// was the one expected.
#[derive(Clone, Copy)]
pub(crate) struct Sample {
	pub sent: Instant,
	pub latency: Duration,
	pub ok: bool,
}

/// What [`send_all`] saw: every request, the unexpected answers, and the time it all took.
pub(crate) struct Sent {
	pub samples: Vec<Sample>,
	pub failures: Vec<String>,
	pub elapsed: Duration,
}

/// Sends `bodies` over `concurrency` keep-alive connections, each sending its next request
/// when the last answer is in, until they run out or `until` passes.
///
/// The load generator gets a runtime of its own on one thread: its connections take turns
/// there instead of waking each other across threads, which leaves more of the shared cores
/// to the gatekeeper.
pub(crate) async fn send_all(
	addr: &str,
	bodies: Vec<Vec<u8>>,
	concurrency: usize,
	expect: Expect,
	until: Option<Instant>,
) -> anyhow::Result<Sent> {
	let addr = addr.to_owned();
	tokio::task::spawn_blocking(move || {
		let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
		let connections = tokio::task::LocalSet::new();
		Ok(runtime.block_on(connections.run_until(connect_and_send(
			addr,
			bodies,
			concurrency.max(1),
			expect,
			until,
		))))
	})
	.await?
}

async fn connect_and_send(
	addr: String,
	bodies: Vec<Vec<u8>>,
	concurrency: usize,
	expect: Expect,
	until: Option<Instant>,
) -> Sent {
	let queue = Rc::new(RefCell::new(bodies.into_iter()));
	let started = Instant::now();
	let connections: Vec<_> = (0..concurrency)
		.map(|_| {
			let (queue, addr) = (queue.clone(), addr.clone());
			tokio::task::spawn_local(async move {
				let mut samples = Vec::new();
				let mut failures = Vec::new();
				let mut connection = match HttpConnection::open(&addr).await {
					Ok(c) => c,
					Err(error) => return (samples, vec![error.to_string()]),
				};
				loop {
					let sent = Instant::now();
					if until.is_some_and(|until| sent >= until) {
						break;
					}
					let Some(request) = queue.borrow_mut().next() else { break };
					let answer = connection.exchange(&request).await;
					let latency = sent.elapsed();
					let ok = match (answer, expect) {
						// A disclosure is a result; a refusal an error object.
						(Ok((_, body)), Expect::RpcResult) if is_result(&body) => true,
						(Ok((200, _)), Expect::HttpOk) => true,
						(Ok((_, body)), _) => {
							failures.push(String::from_utf8_lossy(&body).into_owned());
							false
						},
						(Err(error), _) => {
							failures.push(error.to_string());
							// A connection that failed is not used again.
							match HttpConnection::open(&addr).await {
								Ok(c) => connection = c,
								Err(_) => break,
							}
							false
						},
					};
					samples.push(Sample { sent, latency, ok });
				}
				(samples, failures)
			})
		})
		.collect();
	let mut samples = Vec::new();
	let mut failures = Vec::new();
	for connection in connections {
		match connection.await {
			Ok((s, f)) => {
				samples.extend(s);
				failures.extend(f);
			},
			Err(error) => failures.push(error.to_string()),
		}
	}
	Sent { samples, failures, elapsed: started.elapsed() }
}

/// The `host:port` of an `http://host:port` URL: the load generator speaks HTTP/1.1 itself.
fn host_port(url: &str) -> anyhow::Result<String> {
	Ok(url
		.strip_prefix("http://")
		.context("--url must be http://host:port")?
		.trim_end_matches('/')
		.to_owned())
}

fn to_json(request: &FetchRequest) -> serde_json::Value {
	use codec::Encode;
	serde_json::json!({
		"requester": ss58(&request.requester),
		"patient": ss58(&request.patient),
		"pointer": request.pointer,
		"fields": request.fields.codes().collect::<Vec<_>>(),
		"nonce": format!("0x{}", hex::encode(request.nonce)),
		"expires": request.expires,
		"signature": format!("0x{}", hex::encode(request.signature.encode())),
	})
}

/// Whether a JSON-RPC answer is a result, not an error. jsonrpsee writes `"jsonrpc"`, `"id"`,
/// then `"result"` or `"error"`; `gatekeeper_fetch` has a result only for a disclosure. Only
/// the start is looked at: the load generator shares the cores it measures.
fn is_result(body: &[u8]) -> bool {
	let start = &body[..body.len().min(64)];
	start.windows(9).any(|w| w == b"\"result\":")
}

/// One keep-alive HTTP/1.1 connection: a request out, its status and `content-length` body
/// back.
struct HttpConnection {
	stream: BufReader<tokio::net::TcpStream>,
	line: String,
}

impl HttpConnection {
	async fn open(addr: &str) -> anyhow::Result<Self> {
		let stream = tokio::net::TcpStream::connect(addr).await?;
		stream.set_nodelay(true)?;
		Ok(Self { stream: BufReader::new(stream), line: String::new() })
	}

	async fn exchange(&mut self, request: &[u8]) -> anyhow::Result<(u16, Vec<u8>)> {
		self.stream.get_mut().write_all(request).await?;
		self.line.clear();
		if self.stream.read_line(&mut self.line).await? == 0 {
			bail!("the gatekeeper closed the connection");
		}
		// `HTTP/1.1 200 OK`
		let status = self.line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
		let mut length = None;
		loop {
			self.line.clear();
			if self.stream.read_line(&mut self.line).await? == 0 {
				bail!("the gatekeeper closed the connection");
			}
			let line = self.line.trim_end();
			if line.is_empty() {
				break;
			}
			if let Some((name, value)) = line.split_once(':') {
				if name.eq_ignore_ascii_case("content-length") {
					length = Some(value.trim().parse::<usize>()?);
				}
			}
		}
		let mut body = vec![0; length.context("no content-length in the answer")?];
		self.stream.read_exact(&mut body).await?;
		Ok((status, body))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	/// A thread that ended still counts: the gatekeeper's blocking threads come and go.
	#[test]
	fn a_process_cpu_time_keeps_its_ended_threads() {
		let before = process_cpu(std::process::id()).expect("our own stat");
		std::thread::spawn(|| {
			let started = Instant::now();
			let mut x = 0u64;
			while started.elapsed() < Duration::from_millis(200) {
				x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(7));
			}
		})
		.join()
		.expect("the busy thread");
		let after = process_cpu(std::process::id()).expect("our own stat");
		assert!(after >= before + Duration::from_millis(150), "{before:?} then {after:?}");
	}

	/// The measured loops step by `threads()` at every operation: it must cost nothing next to
	/// a read (about 5 µs). Uncached, each call reads cgroup files (tens of µs), which made the
	/// physical limit look lower than it is.
	#[test]
	fn the_core_count_costs_nothing_in_a_measured_loop() {
		let started = Instant::now();
		let sum: usize = (0..10_000).map(|_| threads()).sum();
		assert_eq!(sum, 10_000 * threads());
		let each = started.elapsed() / 10_000;
		assert!(each < Duration::from_micros(1), "threads() took {each:?} a call");
	}
}
