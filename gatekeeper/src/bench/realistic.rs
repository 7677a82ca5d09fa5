//! The realistic benchmark's two steps in the gatekeeper binary; the rest (the chain, its
//! seeding, the grants and revocations during the run, the checks) is
//! `e2e/scripts/bench-gatekeeper-realistic.mjs`.
//!
//! - `bench pointers` prepares pointers to many records at once, as the `pointer` command does
//!   for one: reads each record through its declared query, computes its opaque reference and
//!   salted content hash, and remembers the references in the state file in one transaction.
//! - `bench load` asks a hospital's mix of questions (requester, patient, pointer, fields),
//!   drawn by weight from a list, every request signed beforehand. In one run: the physical
//!   limit on this mix (signature verification and raw reads of the same records, every core);
//!   every question once, which fills the gatekeeper's answers from the chain; then requests for
//!   `--seconds`, each timed from when it was sent. It follows the chain's new heads itself and
//!   reads the gatekeeper's cache counters at each, so it reports latency overall and for the
//!   requests sent within `--after-head-ms` of a new head, and the chain calls each block cost.

use super::{
	host_port, percentile, process_cpu, rpc_post, send_all, threads, to_json, verification_rate,
	Expect, Others, OthersShare, Sent,
};
use crate::{config::Config, records::Records, request::FetchRequest, AccountId};
use anyhow::{bail, Context};
use medrec_primitives::records::FieldSet;
use polkadot_sdk::{
	sp_core::{crypto::Ss58Codec, sr25519, Pair},
	sp_runtime::MultiSignature,
};
use serde::Deserialize;
use std::{
	io::Write,
	path::PathBuf,
	sync::Arc,
	time::{Duration, Instant},
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
	/// Prepares pointers to many records at once (as `pointer` does for one): for each line
	/// `LOCATOR<TAB>PATIENT-NUMBER` of `--records`, writes a JSON line with the reference, the
	/// fields' bit set and the salted content hash to `--out`, and remembers every reference in
	/// the gatekeeper's state file, in one transaction (`References::register_all`).
	Pointers(PointersArgs),
	/// Asks a hospital's mix of questions from a list, skewed as its weights say, while the
	/// chain makes blocks; see `gatekeeper/README.md`, "Tests and measurements".
	Load(LoadArgs),
}

#[derive(Debug, clap::Args)]
pub struct PointersArgs {
	/// The gatekeeper's configuration: its database, queries, key and state file.
	#[arg(long, short)]
	config: PathBuf,
	/// The records, one a line: `LOCATOR<TAB>PATIENT-NUMBER` (`lab:17`, a tab, `42`).
	#[arg(long)]
	records: PathBuf,
	/// Where to write the pointers, one JSON line per record in the same order.
	#[arg(long)]
	out: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct LoadArgs {
	/// The gatekeeper's configuration (its database and queries are read directly too).
	#[arg(long, short)]
	config: PathBuf,
	/// The running gatekeeper's API.
	#[arg(long, default_value = "http://127.0.0.1:9950")]
	url: String,
	/// The node the gatekeeper follows (WebSocket): new heads are timed from its
	/// announcements.
	#[arg(long)]
	chain: String,
	/// The gatekeeper's metrics (`http://host:port/metrics`), read at every new head.
	#[arg(long)]
	metrics: String,
	/// The questions (JSON: `requesters` as secret URIs, `patients` as `{account, number}`,
	/// `questions` as `{requester, patient, pointer, fields, record, weight}`).
	#[arg(long)]
	questions: PathBuf,
	/// How long to measure, after every question was asked once.
	#[arg(long, default_value_t = 120)]
	seconds: u64,
	/// The most requests to sign for the measurement (it ends early if they run out).
	#[arg(long, default_value_t = 1_000_000)]
	requests: usize,
	/// Requests in flight at once.
	#[arg(long, default_value_t = 32)]
	concurrency: usize,
	/// Requests sent within this long after a new head are reported on their own.
	#[arg(long, default_value_t = 1000)]
	after_head_ms: u64,
	/// Seed of the draws: the same seed and list draw the same questions.
	#[arg(long, default_value_t = 1)]
	seed: u64,
	/// The gatekeeper's process id: its CPU time per fetch is reported (Linux).
	#[arg(long)]
	pid: Option<u32>,
	/// The node's process id: its CPU use during the measurement is reported (Linux).
	#[arg(long)]
	node_pid: Option<u32>,
	/// Other processes of the benchmark (its driver): not counted as others' CPU use.
	#[arg(long)]
	driver_pid: Option<u32>,
	/// Also write the results as JSON to this file.
	#[arg(long)]
	out: Option<PathBuf>,
}

pub async fn run(command: Command) -> anyhow::Result<()> {
	match command {
		Command::Pointers(args) => pointers(args).await,
		Command::Load(args) => load(args).await,
	}
}

async fn pointers(args: PointersArgs) -> anyhow::Result<()> {
	let config = Config::load(&args.config)?;
	let records = Records::open(&config.database, &config.queries, &[], None).await?;
	let references = crate::state::Opened::open(&config.state, &config.provider_account()?)?
		.references(&crate::load_key(&config.key_file)?)?;
	let input = std::fs::read_to_string(&args.records)
		.with_context(|| format!("reading {}", args.records.display()))?;
	let mut out = std::io::BufWriter::new(
		std::fs::File::create(&args.out)
			.with_context(|| format!("creating {}", args.out.display()))?,
	);
	let mut issued = Vec::new();
	for (n, line) in input.lines().enumerate() {
		let (locator, patient) = line
			.split_once('\t')
			.with_context(|| format!("line {}: expected LOCATOR<TAB>PATIENT-NUMBER", n + 1))?;
		let (query, _) = records.query(locator)?;
		let fields = crate::publisher::all_fields(query.fields.len());
		let values = records
			.read(locator, patient)
			.await?
			.with_context(|| format!("line {}: no record {locator} of {patient}", n + 1))?;
		let reference = references.reference(locator);
		let pointer = serde_json::json!({
			"reference": crate::to_hex(reference),
			"fields": fields,
			"contentHash": format!("{:?}", references.commitment(&reference, &values)),
		});
		writeln!(out, "{pointer}")?;
		issued.push(locator.to_owned());
	}
	out.flush()?;
	let locators: Vec<&str> = issued.iter().map(String::as_str).collect();
	references.register_all(&locators)?;
	eprintln!("prepared {} pointers", issued.len());
	Ok(())
}

#[derive(Deserialize)]
struct Scenario {
	requesters: Vec<String>,
	patients: Vec<PatientJson>,
	questions: Vec<QuestionJson>,
}

#[derive(Deserialize)]
struct PatientJson {
	account: String,
	number: u64,
}

#[derive(Deserialize)]
struct QuestionJson {
	requester: usize,
	patient: usize,
	pointer: u64,
	fields: Vec<u8>,
	/// The record's locator, for the raw reads.
	record: String,
	weight: f64,
}

/// A question as the load asks it.
struct Question {
	requester: usize,
	patient: usize,
	pointer: u64,
	fields: FieldSet,
	record: String,
}

/// SplitMix64: a small, seeded, reproducible source of draws.
struct Draws(u64);

impl Draws {
	fn next(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
		z ^ (z >> 31)
	}

	/// Uniform in [0, 1).
	fn unit(&mut self) -> f64 {
		(self.next() >> 11) as f64 / (1u64 << 53) as f64
	}
}

/// One timed request of the measurement.
#[derive(Clone, Copy)]
struct Sample {
	/// When it was sent, from the start of the measurement (µs).
	sent_us: u32,
	latency_us: u32,
	ok: bool,
}

/// The gatekeeper's cache counters at one moment.
#[derive(Debug, Clone, Copy, Default)]
struct Counters {
	hits: u64,
	misses: u64,
	/// Questions a new block dropped, asked again at it before it was adopted.
	asked_again: u64,
	dropped: u64,
	flushes: u64,
	head: u64,
}

impl Counters {
	/// `MedRecApi_decide` calls: for requests, and before adopting heads.
	fn decide_calls(&self) -> u64 {
		self.misses + self.asked_again
	}
}

impl std::ops::Sub for Counters {
	type Output = Counters;
	fn sub(self, earlier: Counters) -> Counters {
		Counters {
			hits: self.hits.saturating_sub(earlier.hits),
			misses: self.misses.saturating_sub(earlier.misses),
			asked_again: self.asked_again.saturating_sub(earlier.asked_again),
			dropped: self.dropped.saturating_sub(earlier.dropped),
			flushes: self.flushes.saturating_sub(earlier.flushes),
			head: self.head,
		}
	}
}

/// A new head as the node announced it, and the gatekeeper's counters read just then.
#[derive(Debug, Clone, Copy)]
struct HeadSeen {
	/// From the start of the measurement (negative: before it).
	at_us: i64,
	number: u64,
	counters: Counters,
}

/// Reads the gatekeeper's cache counters from its Prometheus endpoint.
async fn scrape(url: &str) -> anyhow::Result<Counters> {
	let rest = url.strip_prefix("http://").context("--metrics must be http://host:port/path")?;
	let (host, path) = rest.split_once('/').map_or((rest, "/"), |(h, p)| (h, p));
	let mut stream = tokio::net::TcpStream::connect(host).await?;
	stream
		// HTTP/1.0: the whole answer, then the connection closes; never chunked.
		.write_all(format!("GET /{path} HTTP/1.0\r\nhost: {host}\r\n\r\n").as_bytes())
		.await?;
	let mut text = String::new();
	stream.read_to_string(&mut text).await?;
	let mut counters = Counters::default();
	for line in text.lines() {
		let Some((name, value)) = line.split_once(' ') else { continue };
		let Ok(value) = value.trim().parse::<f64>() else { continue };
		let slot = match name.strip_prefix("medrec_gatekeeper_") {
			Some("authorization_cache_hits_total") => &mut counters.hits,
			Some("authorization_cache_misses_total") => &mut counters.misses,
			Some("authorization_cache_asked_again_total") => &mut counters.asked_again,
			Some("authorization_cache_dropped_total") => &mut counters.dropped,
			Some("authorization_cache_flushes_total") => &mut counters.flushes,
			Some("chain_head") => &mut counters.head,
			_ => continue,
		};
		*slot = value as u64;
	}
	Ok(counters)
}

/// Follows the node's new heads until `stop`, reading the gatekeeper's counters at each.
async fn watch_heads(
	chain: String,
	metrics: String,
	origin: Arc<parking_lot::Mutex<Option<Instant>>>,
	mut stop: tokio::sync::oneshot::Receiver<()>,
) -> anyhow::Result<Vec<HeadSeen>> {
	use jsonrpsee::{
		core::client::{Subscription, SubscriptionClientT},
		rpc_params,
		ws_client::WsClientBuilder,
	};
	let client = WsClientBuilder::default().build(&chain).await?;
	let mut heads: Subscription<serde_json::Value> = client
		.subscribe("chain_subscribeNewHeads", rpc_params![], "chain_unsubscribeNewHeads")
		.await?;
	let mut seen = Vec::new();
	loop {
		tokio::select! {
			_ = &mut stop => break,
			next = heads.next() => {
				let Some(header) = next else { bail!("the node ended the new-heads subscription") };
				let now = Instant::now();
				let header = header?;
				let number = header["number"]
					.as_str()
					.and_then(|n| u64::from_str_radix(n.trim_start_matches("0x"), 16).ok())
					.context("a header without a number")?;
				let counters = scrape(&metrics).await.unwrap_or_default();
				let at_us = match *origin.lock() {
					Some(origin) if now >= origin => now.duration_since(origin).as_micros() as i64,
					Some(origin) => -(origin.duration_since(now).as_micros() as i64),
					None => i64::MIN,
				};
				seen.push(HeadSeen { at_us, number, counters });
			},
		}
	}
	Ok(seen)
}

/// The questions of a run, and how often each is asked.
struct Mix {
	keys: Vec<sr25519::Pair>,
	/// Accounts, and participant numbers as the database knows them.
	patients: Vec<(AccountId, String)>,
	questions: Vec<Question>,
	/// The running sum of the questions' weights.
	cumulative: Vec<f64>,
}

impl Mix {
	fn read(path: &std::path::Path) -> anyhow::Result<Self> {
		let text =
			std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
		let scenario: Scenario = serde_json::from_str(&text).context("parsing the questions")?;
		let keys = scenario
			.requesters
			.iter()
			.map(|uri| {
				sr25519::Pair::from_string(uri, None).map_err(|e| anyhow::anyhow!("{uri}: {e:?}"))
			})
			.collect::<anyhow::Result<Vec<_>>>()?;
		let patients = scenario
			.patients
			.iter()
			.map(|p| {
				AccountId::from_ss58check(&p.account)
					.map(|account| (account, p.number.to_string()))
					.map_err(|e| anyhow::anyhow!("patient {}: {e:?}", p.account))
			})
			.collect::<anyhow::Result<Vec<_>>>()?;
		let mut mix = Mix { keys, patients, questions: Vec::new(), cumulative: Vec::new() };
		let mut total = 0.0;
		for q in scenario.questions {
			anyhow::ensure!(
				q.requester < mix.keys.len() && q.patient < mix.patients.len(),
				"a question names no one"
			);
			anyhow::ensure!(q.weight >= 0.0, "a negative weight");
			total += q.weight;
			mix.cumulative.push(total);
			mix.questions.push(Question {
				requester: q.requester,
				patient: q.patient,
				pointer: q.pointer,
				fields: FieldSet::from_codes(&q.fields).context("fields: codes below 64")?,
				record: q.record,
			});
		}
		anyhow::ensure!(total > 0.0, "no questions to ask");
		Ok(mix)
	}

	/// `count` questions drawn by weight, the same for the same seed.
	fn draw(&self, count: usize, seed: u64) -> Vec<usize> {
		let mut draws = Draws(seed);
		let total = self.cumulative[self.cumulative.len() - 1];
		(0..count)
			.map(|_| {
				let at = draws.unit() * total;
				self.cumulative.partition_point(|&c| c <= at).min(self.questions.len() - 1)
			})
			.collect()
	}
}

/// `bench load`.
async fn load(args: LoadArgs) -> anyhow::Result<()> {
	let config = Config::load(&args.config)?;
	let provider = config.provider_account()?;
	let addr = host_port(&args.url)?;
	let mix = Mix::read(&args.questions)?;

	// Every request is signed before anything is timed, and must stay valid to the end.
	let signing = Instant::now();
	let asking = Asking {
		mix: &mix,
		provider: &provider,
		expires: crate::gatekeeper::now_ms()
			+ config.requests.max_validity_secs.saturating_sub(5) * 1000,
		addr: &addr,
	};
	let everyone: Vec<usize> = (0..mix.questions.len()).collect();
	let warm = asking.sign(&everyone, 1);
	let picks = mix.draw(args.requests, args.seed);
	let measured = asking.sign(&picks, 2);
	eprintln!(
		"signed {} requests in {:.1} s ({} questions once, then {} drawn)",
		warm.len() + measured.len(),
		signing.elapsed().as_secs_f64(),
		warm.len(),
		measured.len()
	);

	// 1. The physical limit on this mix.
	let (verify_rate, read_rate) = physical_limit(&config, &asking, &picks).await?;
	let limit = verify_rate.min(read_rate);
	println!("cores: {}", threads());
	println!("signature verification (sr25519):  {verify_rate:>10.0} /s");
	println!("database reads (the questions' records, drawn alike):  {read_rate:>10.0} /s");
	println!("physical limit (lower of the two):  {limit:>10.0} /s");

	// The heads, from now on; their times count from the measurement's start once it is set.
	let origin = Arc::new(parking_lot::Mutex::new(None::<Instant>));
	let (stop, stopped) = tokio::sync::oneshot::channel();
	let watcher = tokio::spawn(watch_heads(
		args.chain.clone(),
		args.metrics.clone(),
		origin.clone(),
		stopped,
	));

	// 2. Every question once: the gatekeeper asks the chain each (a cold cache).
	let before = scrape(&args.metrics).await?;
	let count = warm.len();
	let Sent { samples: warm, failures, elapsed: warm_elapsed } =
		send_all(&addr, warm, args.concurrency, Expect::RpcResult, None).await?;
	if !failures.is_empty() {
		bail!("{} of {count} questions were refused, first: {}", failures.len(), failures[0]);
	}
	let warm_calls = (scrape(&args.metrics).await? - before).decide_calls();
	let mut warm: Vec<Duration> = warm.iter().map(|s| s.latency).collect();
	warm.sort();
	let warmup = serde_json::json!({
		"requests": count,
		"seconds": warm_elapsed.as_secs_f64(),
		"perSecond": count as f64 / warm_elapsed.as_secs_f64(),
		"p50Ms": ms(percentile(&warm, 0.50)),
		"p99Ms": ms(percentile(&warm, 0.99)),
		"decideCalls": warm_calls,
	});
	println!(
		"every question once ({count}, a cold cache):  {:>10.0} /s  p50 {:.2} ms  p99 {:.2} ms  ({warm_calls} chain calls)",
		warmup["perSecond"].as_f64().unwrap_or_default(),
		ms(percentile(&warm, 0.50)),
		ms(percentile(&warm, 0.99)),
	);

	// 3. The measurement. The line below tells the driver to start its grants and revocations.
	println!("measuring for {} s, {} in flight", args.seconds, args.concurrency);
	std::io::stdout().flush()?;
	let cpu_before = args.pid.map(process_cpu).transpose()?;
	let node_cpu_before = args.node_pid.map(process_cpu).transpose()?;
	let driver_cpu_before = args.driver_pid.map(process_cpu).transpose()?;
	let others =
		Others::start([args.pid, args.node_pid, args.driver_pid].into_iter().flatten().collect())?;
	let start_counters = scrape(&args.metrics).await?;
	let start = Instant::now();
	*origin.lock() = Some(start);
	let until = start + Duration::from_secs(args.seconds);
	let Sent { samples, failures, elapsed } =
		send_all(&addr, measured, args.concurrency, Expect::RpcResult, Some(until)).await?;
	let samples = samples
		.iter()
		.map(|s| Sample {
			sent_us: s.sent.saturating_duration_since(start).as_micros() as u32,
			latency_us: s.latency.as_micros().min(u32::MAX as u128) as u32,
			ok: s.ok,
		})
		.collect();
	let end_counters = scrape(&args.metrics).await?;
	let others = others.share()?;
	let since = |pid: Option<u32>, before: Option<Duration>| -> anyhow::Result<Option<Duration>> {
		Ok(match (pid, before) {
			(Some(pid), Some(before)) => Some(process_cpu(pid)?.saturating_sub(before)),
			_ => None,
		})
	};
	let cpu = since(args.pid, cpu_before)?;
	let node_cpu = since(args.node_pid, node_cpu_before)?;
	let driver_cpu = since(args.driver_pid, driver_cpu_before)?;
	let _ = stop.send(());
	let heads = watcher.await??;

	let run = Run {
		samples,
		failures,
		elapsed,
		heads,
		start_counters,
		end_counters,
		cpu,
		node_cpu,
		driver_cpu,
		others,
	};
	let mut results = run.report(&args, limit);
	results["cores"] = threads().into();
	results["questions"] = count.into();
	results["verifyPerSecond"] = verify_rate.into();
	results["readsPerSecond"] = read_rate.into();
	results["limitPerSecond"] = limit.into();
	results["warmup"] = warmup;
	if let Some(out) = &args.out {
		std::fs::write(out, serde_json::to_vec_pretty(&results)?)
			.with_context(|| format!("writing {}", out.display()))?;
	}
	Ok(())
}

/// The physical limit on this mix, every core: bare verification of the drawn requests'
/// signatures, and raw reads of the records they name, drawn alike (per second each).
async fn physical_limit(
	config: &Config,
	asking: &Asking<'_>,
	picks: &[usize],
) -> anyhow::Result<(f64, f64)> {
	let window = Duration::from_secs(2);
	let sample: Vec<FetchRequest> =
		picks.iter().take(20_000).map(|&i| asking.request(i, 0)).collect();
	let verify_rate = verification_rate(window, &sample, asking.provider);
	let records = Arc::new(Records::open(&config.database, &config.queries, &[], None).await?);
	let mix = asking.mix;
	let reads_of: Arc<Vec<(String, String)>> = Arc::new(
		picks
			.iter()
			.take(100_000)
			.map(|&i| {
				let q = &mix.questions[i];
				(q.record.clone(), mix.patients[q.patient].1.clone())
			})
			.collect(),
	);
	for (record, patient) in reads_of.iter().take(1000) {
		records
			.read(record, patient)
			.await?
			.with_context(|| format!("record {record} of patient number {patient} is missing"))?;
	}
	let started = Instant::now();
	let readers: Vec<_> = (0..threads())
		.map(|t| {
			let (records, reads_of) = (records.clone(), reads_of.clone());
			tokio::spawn(async move {
				let mut done = 0u64;
				let mut i = t;
				while started.elapsed() < window {
					let (record, patient) = &reads_of[i % reads_of.len()];
					if records.read(record, patient).await.ok().flatten().is_some() {
						done += 1;
					}
					i += threads();
				}
				done
			})
		})
		.collect();
	let mut reads = 0u64;
	for reader in readers {
		reads += reader.await?;
	}
	Ok((verify_rate, reads as f64 / started.elapsed().as_secs_f64()))
}

/// What the measurement saw.
struct Run {
	samples: Vec<Sample>,
	failures: Vec<String>,
	elapsed: Duration,
	/// Every head the node announced, including before and after the measurement.
	heads: Vec<HeadSeen>,
	start_counters: Counters,
	end_counters: Counters,
	cpu: Option<Duration>,
	node_cpu: Option<Duration>,
	/// The driver's: the transactions and checks it sends at every block.
	driver_cpu: Option<Duration>,
	others: OthersShare,
}

/// p50, p99, p99.9 and the most of `sorted`, as JSON (null if empty).
fn summary(sorted: &[Duration]) -> serde_json::Value {
	match sorted.last() {
		None => serde_json::Value::Null,
		Some(max) => serde_json::json!({
			"requests": sorted.len(),
			"p50Ms": ms(percentile(sorted, 0.50)),
			"p99Ms": ms(percentile(sorted, 0.99)),
			"p999Ms": ms(percentile(sorted, 0.999)),
			"maxMs": ms(*max),
		}),
	}
}

impl Run {
	/// The sorted latencies of the requests `keep` says.
	fn latencies(&self, keep: impl Fn(&Sample) -> bool) -> Vec<Duration> {
		let mut l: Vec<Duration> = self
			.samples
			.iter()
			.filter(|s| keep(s))
			.map(|s| Duration::from_micros(s.latency_us.into()))
			.collect();
		l.sort();
		l
	}

	/// Prints the results and returns them as JSON.
	fn report(mut self, args: &LoadArgs, limit: f64) -> serde_json::Value {
		self.samples.sort_by_key(|s| s.sent_us);
		let elapsed_us = self.elapsed.as_micros() as i64;
		let heads: Vec<HeadSeen> = self
			.heads
			.iter()
			.copied()
			.filter(|h| h.at_us >= 0 && h.at_us <= elapsed_us)
			.collect();
		let window_us = (args.after_head_ms * 1000) as i64;
		let after_head = |sent: u32| {
			let sent = i64::from(sent);
			let i = heads.partition_point(|h| h.at_us <= sent);
			i > 0 && sent - heads[i - 1].at_us < window_us
		};
		let all = self.latencies(|_| true);
		let near = self.latencies(|s| after_head(s.sent_us));
		let far = self.latencies(|s| !after_head(s.sent_us));
		let served = self.samples.iter().filter(|s| s.ok).count();
		let rate = served as f64 / self.elapsed.as_secs_f64();
		// Per block: from one head to the next (the last until the end).
		let mut blocks = Vec::new();
		for (i, head) in heads.iter().enumerate() {
			let next_at = heads.get(i + 1).map_or(elapsed_us, |h| h.at_us);
			let next_counters = heads.get(i + 1).map_or(self.end_counters, |h| h.counters);
			let inside = self.latencies(|s| {
				let sent = i64::from(s.sent_us);
				sent >= head.at_us && sent < (head.at_us + window_us).min(next_at)
			});
			let delta = next_counters - head.counters;
			blocks.push(serde_json::json!({
				"number": head.number,
				"atMs": head.at_us as f64 / 1e3,
				"decideCalls": delta.decide_calls(),
				"askedAgain": delta.asked_again,
				"hits": delta.hits,
				"dropped": delta.dropped,
				"flushes": delta.flushes,
				"afterHead": summary(&inside),
			}));
		}
		let most = blocks.iter().filter_map(|b| b["decideCalls"].as_u64()).max().unwrap_or(0);
		let whole = self.end_counters - self.start_counters;
		// The run spans about as many blocks as heads arrived during it.
		let per_block = whole.decide_calls() as f64 / heads.len().max(1) as f64;
		let worst = blocks
			.iter()
			.filter_map(|b| Some((b["afterHead"]["p99Ms"].as_f64()?, b["number"].as_u64()?)))
			.max_by(|a, b| a.0.total_cmp(&b.0));
		let cpu_per_fetch =
			self.cpu.map(|cpu| cpu.as_secs_f64() / self.samples.len().max(1) as f64 * 1e6);
		let share =
			|cpu: Option<Duration>| cpu.map(|cpu| cpu.as_secs_f64() / self.elapsed.as_secs_f64());
		let (node_share, driver_share) = (share(self.node_cpu), share(self.driver_cpu));

		let line = |l: &[Duration]| {
			format!(
				"p50 {:.2} ms  p99 {:.2} ms  p99.9 {:.2} ms  max {:.1} ms",
				ms(percentile(l, 0.50)),
				ms(percentile(l, 0.99)),
				ms(percentile(l, 0.999)),
				ms(l[l.len() - 1]),
			)
		};
		println!(
			"measured {:.1} s: {} requests, {served} served, {} refused or failed",
			self.elapsed.as_secs_f64(),
			self.samples.len(),
			self.samples.len() - served
		);
		if !all.is_empty() {
			println!("fetches:  {rate:>10.0} /s  ({:.2}× the limit)  {}", rate / limit, line(&all));
		}
		if !near.is_empty() {
			println!(
				"  sent within {} ms of one of {} new heads ({} requests):  {}{}",
				args.after_head_ms,
				heads.len(),
				near.len(),
				line(&near),
				worst.map_or(String::new(), |(p99, n)| format!(
					"; worst: block {n}, p99 {p99:.2} ms"
				)),
			);
		}
		if !far.is_empty() {
			println!("  the others ({}):  {}", far.len(), line(&far));
		}
		println!(
			"chain calls: {} MedRecApi_decide in {} blocks ({per_block:.1} a block, at most {most} in one; {} of them asked again before a head was adopted) + 1 MedRecApi_access_changes a block; cache hits {:.2} %, answers dropped by new blocks {}, flushes {}",
			whole.decide_calls(),
			heads.len(),
			whole.asked_again,
			100.0 * whole.hits as f64 / (whole.hits + whole.misses).max(1) as f64,
			whole.dropped,
			whole.flushes,
		);
		if let Some(cpu) = cpu_per_fetch {
			println!("  gatekeeper CPU per request: {cpu:.1} µs");
		}
		if let Some(share) = node_share {
			println!("  node CPU during the measurement: {:.0} % of a core", share * 100.0);
		}
		if let Some(share) = driver_share {
			println!("  driver CPU (transactions and checks): {:.0} % of a core", share * 100.0);
		}
		println!("  {}", self.others);
		for failure in self.failures.iter().take(5) {
			println!("  failed: {failure}");
		}
		serde_json::json!({
			"concurrency": args.concurrency,
			"seconds": self.elapsed.as_secs_f64(),
			"requests": self.samples.len(),
			"served": served,
			"failed": self.samples.len() - served,
			"failures": self.failures.iter().take(20).collect::<Vec<_>>(),
			"fetchesPerSecond": rate,
			"fractionOfLimit": rate / limit,
			"overall": summary(&all),
			"afterHead": summary(&near),
			"afterHeadMs": args.after_head_ms,
			"others": summary(&far),
			"worstBlock": worst.map(|(p99, number)| serde_json::json!({ "number": number, "p99Ms": p99 })),
			"heads": heads.len(),
			"decideCalls": whole.decide_calls(),
			"askedAgain": whole.asked_again,
			"decideCallsPerBlock": per_block,
			"maxDecideCallsInABlock": most,
			"cacheHits": whole.hits,
			"dropped": whole.dropped,
			"flushes": whole.flushes,
			"gatekeeperCpuMicrosPerFetch": cpu_per_fetch,
			"nodeCpuShare": node_share,
			"driverCpuShare": driver_share,
			"otherCpuShare": self.others.others,
			"stealShare": self.others.steal,
			"blocks": blocks,
		})
	}
}

fn ms(d: Duration) -> f64 {
	d.as_secs_f64() * 1e3
}

/// What every request of a run shares, to sign them.
struct Asking<'a> {
	mix: &'a Mix,
	provider: &'a AccountId,
	expires: u64,
	/// The gatekeeper's `host:port`.
	addr: &'a str,
}

impl Asking<'_> {
	/// Question `q`'s fetch request with nonce `n`, signed by its requester.
	fn request(&self, q: usize, n: u64) -> FetchRequest {
		let q = &self.mix.questions[q];
		let key = &self.mix.keys[q.requester];
		let mut nonce = [0u8; 16];
		nonce[..8].copy_from_slice(&n.to_le_bytes());
		nonce[8..].copy_from_slice(&self.expires.to_le_bytes());
		let mut request = FetchRequest {
			requester: AccountId::from(key.public()),
			patient: self.mix.patients[q.patient].0.clone(),
			pointer: q.pointer,
			fields: q.fields,
			nonce,
			expires: self.expires,
			signature: MultiSignature::Sr25519(Default::default()),
		};
		request.signature = key.sign(&request.signed_bytes(self.provider)).into();
		request
	}

	/// The HTTP requests asking `picks` (indices into the questions), signed on every core;
	/// `phase` keeps their nonces apart from other phases'.
	fn sign(&self, picks: &[usize], phase: u64) -> Vec<Vec<u8>> {
		let chunk = picks.len().div_ceil(threads()).max(1);
		std::thread::scope(|s| {
			let handles: Vec<_> = picks
				.chunks(chunk)
				.enumerate()
				.map(|(c, part)| {
					s.spawn(move || {
						part.iter()
							.enumerate()
							.map(|(i, &q)| {
								let n = (phase << 56) | (c * chunk + i) as u64;
								let params = serde_json::json!([to_json(&self.request(q, n))]);
								rpc_post(self.addr, n, "gatekeeper_fetch", params)
							})
							.collect::<Vec<_>>()
					})
				})
				.collect();
			handles
				.into_iter()
				.flat_map(|h| h.join().expect("signing does not panic; qed"))
				.collect()
		})
	}
}
