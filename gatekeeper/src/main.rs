//! `medrec-gatekeeper`: run the gatekeeper, or the tools a provider needs beside it.

use anyhow::Context;
use clap::{Parser, Subcommand};
use medrec_gatekeeper::{
	anchor, bench,
	chain::{Chain, ChainObserver},
	config::Config,
	fhir,
	gatekeeper::{ss58, Gatekeeper},
	load_key, logs,
	metrics::Metrics,
	postgres_tls, publisher,
	receipts::WriterOptions,
	records::Records,
	server, state, tls, tx,
};
use polkadot_sdk::sp_core::Pair;
use std::{path::PathBuf, sync::Arc, time::Duration};

#[derive(Parser)]
#[command(
	version,
	about = "Serves a provider's records when the MedRec chain authorizes it, with signed, anchored receipts."
)]
struct Cli {
	/// Log as JSON lines instead of text.
	#[arg(long, global = true)]
	log_json: bool,
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand)]
enum Command {
	/// Runs the gatekeeper until SIGINT/SIGTERM.
	Run {
		#[arg(long, short, env = "MEDREC_GATEKEEPER_CONFIG")]
		config: PathBuf,
	},
	/// Prints the receipt key's public key (the registrar profile's `signing_key`) and its
	/// account (to fund, and to make the provider's `Gatekeeper` proxy).
	Key {
		#[arg(long, short)]
		config: PathBuf,
	},
	/// Prepares a pointer to one record by hand (the publisher does this for every record it
	/// lists): remembers the record's opaque reference in the gatekeeper's state and prints, as
	/// JSON, what `Relationships::add_pointer` takes: the reference, the category, the fields'
	/// bit set and the salted content hash.
	Pointer {
		#[arg(long, short)]
		config: PathBuf,
		/// The record's locator, `name:argument`: a declared query and what it reads by.
		#[arg(long)]
		record: String,
		/// The patient's participant number (the registrar's, which the database keys them by).
		#[arg(long)]
		patient: u64,
		/// The record's category code (see the pallets' README; 7 is laboratory).
		#[arg(long)]
		category: u32,
	},
	/// Publishes what changed in the provider's database (`[publisher]`, `[[publish]]`) once,
	/// as a round of `run` does, and prints what it did; `--dry-run` prints what it would
	/// publish and publishes nothing.
	Publish {
		#[arg(long, short, env = "MEDREC_GATEKEEPER_CONFIG")]
		config: PathBuf,
		#[arg(long)]
		dry_run: bool,
	},
	/// Creates the demo EMR (gatekeeper/demo/*.sql): a new SQLite file at `target`, or, for a
	/// `postgres://` URL, the demo tables in that database (replacing earlier demo tables).
	DemoDb { target: String },
	/// Enrols demo patients in MedRec, as a provider's registration desk would: records each
	/// one's participant number in the demo EMR at `target` (an SQLite file or a `postgres://`
	/// URL), given as `MRN=NUMBER` (`MRN-0001=7`).
	DemoEnrol {
		target: String,
		#[arg(required = true, value_parser = parse_enrolment)]
		patients: Vec<(String, u64)>,
	},
	/// Measures signature verification, raw database reads and authorized fetches.
	Bench(bench::Args),
	/// Copies the state (receipts, nonces, anchors, private pointers) to a new file, while the
	/// gatekeeper runs or not, and checks the copy. See the README's "Backup and restore".
	Backup {
		#[arg(long, short, env = "MEDREC_GATEKEEPER_CONFIG")]
		config: PathBuf,
		/// The backup file to write; an existing file is not overwritten.
		out: PathBuf,
	},
	/// Puts a backup in place of the state, once the gatekeeper is stopped: checks that it is
	/// this provider's, signed by this key, and numbers receipts on after those the chain has
	/// anchored (and after `--skip-to`), so that no number is handed out twice.
	Restore {
		#[arg(long, short, env = "MEDREC_GATEKEEPER_CONFIG")]
		config: PathBuf,
		/// The backup file (from `backup`).
		backup: PathBuf,
		/// Replace an existing state; it is kept beside it as `<state>.replaced-<time>`.
		#[arg(long)]
		force: bool,
		/// Number on from at least this receipt number: the count the lost state had reached,
		/// if a monitor kept it (the `receipts` of its `/health`), so that the numbers it
		/// handed out after its last anchor are not handed out again.
		#[arg(long)]
		skip_to: Option<u64>,
		/// Do not ask the chain for the receipts it has anchored (the gatekeeper then refuses
		/// to start if the chain is ahead of the restored state).
		#[arg(long)]
		offline: bool,
	},
}

/// `MRN=NUMBER`, as `demo-enrol` takes a patient.
fn parse_enrolment(text: &str) -> Result<(String, u64), String> {
	let (mrn, number) =
		text.split_once('=').ok_or_else(|| format!("{text:?}: expected MRN=NUMBER"))?;
	let number = number.parse().map_err(|_| format!("{number:?} is not a participant number"))?;
	Ok((mrn.to_owned(), number))
}

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
	let cli = Cli::parse();
	logs::init(cli.log_json);
	match cli.command {
		Command::Run { config } => run(Config::load(&config)?).await,
		Command::Publish { config, dry_run } => publish(Config::load(&config)?, dry_run).await,
		Command::Key { config } => {
			let config = Config::load(&config)?;
			let key = load_key(&config.key_file)?;
			println!("signing key: {}", medrec_gatekeeper::to_hex(key.public()));
			println!("account:     {}", ss58(&key.public().into()));
			Ok(())
		},
		Command::Pointer { config, record, patient, category } => {
			anyhow::ensure!(
				medrec_primitives::records::category::is_known(category),
				"category {category} is not in MedRec's vocabulary (see pallets/README.md)"
			);
			let config = Config::load(&config)?;
			let records = Records::open(&config.database, &config.queries, &[], None).await?;
			let (query, _) = records.query(&record)?;
			let fields = publisher::all_fields(query.fields.len());
			let values = records
				.read(&record, &patient.to_string())
				.await?
				.with_context(|| format!("no record {record} of {patient}"))?;
			let state = state::Opened::open(&config.state, &config.provider_account()?)?;
			let references = state.references(&load_key(&config.key_file)?)?;
			let reference = references.register(&record)?;
			let pointer = serde_json::json!({
				"reference": medrec_gatekeeper::to_hex(reference),
				"category": category,
				"fields": fields,
				"contentHash": format!("{:?}", references.commitment(&reference, &values)),
			});
			println!("{pointer}");
			Ok(())
		},
		Command::DemoDb { target } => {
			let (schema, seed) =
				(include_str!("../demo/schema.sql"), include_str!("../demo/seed.sql"));
			if target.starts_with("postgres://") || target.starts_with("postgresql://") {
				let client = postgres_tls::Target::parse(&target, None)?.connect().await?;
				client
					.batch_execute(
						"DROP TABLE IF EXISTS medications, conditions, lab_results, patients CASCADE",
					)
					.await?;
				client.batch_execute(schema).await?;
				client.batch_execute(seed).await?;
				println!("loaded the demo tables");
			} else {
				let path = PathBuf::from(&target);
				anyhow::ensure!(!path.exists(), "{} exists; not overwriting it", path.display());
				let db = rusqlite::Connection::open(&path)?;
				db.execute_batch(schema)?;
				db.execute_batch(seed)?;
				println!("created {}", path.display());
			}
			Ok(())
		},
		Command::DemoEnrol { target, patients } => {
			if target.starts_with("postgres://") || target.starts_with("postgresql://") {
				let client = postgres_tls::Target::parse(&target, None)?.connect().await?;
				for (mrn, number) in &patients {
					let number = *number as i64;
					client
						.execute(
							"UPDATE patients SET medrec_number = NULL WHERE medrec_number = $1",
							&[&number],
						)
						.await?;
					let changed = client
						.execute(
							"UPDATE patients SET medrec_number = $2 WHERE mrn = $1",
							&[mrn, &number],
						)
						.await?;
					anyhow::ensure!(changed == 1, "no patient {mrn} in the demo EMR");
				}
			} else {
				let db = rusqlite::Connection::open(&target)?;
				for (mrn, number) in &patients {
					let number = *number as i64;
					db.execute(
						"UPDATE patients SET medrec_number = NULL WHERE medrec_number = ?1",
						[number],
					)?;
					let changed = db.execute(
						"UPDATE patients SET medrec_number = ?2 WHERE mrn = ?1",
						rusqlite::params![mrn, number],
					)?;
					anyhow::ensure!(changed == 1, "no patient {mrn} in the demo EMR");
				}
			}
			println!("enrolled {} patients", patients.len());
			Ok(())
		},
		Command::Bench(args) => bench::run(args).await,
		Command::Backup { config, out } => {
			let config = Config::load(&config)?;
			let (provider, key) = (config.provider_account()?, load_key(&config.key_file)?);
			let file = config.state.file("`backup`")?;
			let summary = state::backup(file, &out, &provider, &key)?;
			println!(
				"backed up {} to {}: {} receipts in {} signed batches (each checked), {} anchors \
				 over {} receipts, {} private pointers; newest receipt served at {}",
				file.display(),
				out.display(),
				summary.receipts,
				summary.batches,
				summary.anchors,
				summary.anchored,
				summary.references,
				served_at(summary.newest),
			);
			Ok(())
		},
		Command::Restore { config, backup, force, skip_to, offline } => {
			let config = Config::load(&config)?;
			let (provider, key) = (config.provider_account()?, load_key(&config.key_file)?);
			let file = config.state.file("`restore`")?;
			let chain_anchored = if offline {
				None
			} else {
				Some(chain_anchored(&config, &provider, &key).await.with_context(|| {
					format!(
						"asking {} how many receipts it has anchored (--offline to restore \
						 without; the gatekeeper then checks when it starts)",
						config.chain.url
					)
				})?)
			};
			let restored =
				state::restore(&backup, file, &provider, &key, chain_anchored, skip_to, force)?;
			let summary = &restored.summary;
			println!(
				"restored {} from {}: {} receipts in {} signed batches (each checked), {} \
				 anchors, {} private pointers; newest receipt served at {}",
				file.display(),
				backup.display(),
				summary.receipts,
				summary.batches,
				summary.anchors,
				summary.references,
				served_at(summary.newest),
			);
			for (first, count, anchored) in &restored.skipped {
				let why = if *anchored {
					"anchored on chain after the backup; their receipts are lost"
				} else {
					"skipped as --skip-to asks; anchored as void"
				};
				println!("receipt numbers {first} to {}: {why}", first + count - 1);
			}
			if let Some(replaced) = &restored.replaced {
				println!("the state it replaced is kept as {}", replaced.display());
			}
			println!("receipts are numbered on from {}", restored.next);
			Ok(())
		},
	}
}

/// A receipt's `served_at` (Unix ms) as an RFC 3339 time, or "none".
fn served_at(ms: Option<u64>) -> String {
	ms.and_then(|ms| chrono::DateTime::from_timestamp_millis(ms as i64))
		.map_or("none".to_owned(), |time| time.to_rfc3339())
}

/// How many of `provider`'s receipts the chain has anchored, at its best block.
async fn chain_anchored(
	config: &Config,
	provider: &medrec_gatekeeper::AccountId,
	key: &polkadot_sdk::sp_core::sr25519::Pair,
) -> anyhow::Result<u64> {
	use anchor::AnchorChain;
	let chain = Chain::connect(
		&config.chain.url,
		Duration::from_secs(config.chain.max_head_age_secs),
		Arc::new(()) as Arc<dyn ChainObserver>,
	)
	.await?;
	let ledger = tx::Ledger::new(&chain, key, provider);
	let (_, best) = ledger.heads().await?;
	Ok(ledger.totals(best).await?.receipts)
}

/// Starts everything from `config`, and stops it in order on SIGINT or SIGTERM: the API first
/// (no new requests), then the receipt writer (every receipt handed over is committed).
/// The publisher's journal, kinds of record, limits and interval, if `[publisher]` is set and
/// enabled.
type PublisherSetup = (publisher::Journal, Vec<publisher::Kind>, publisher::Limits, Duration);

fn publisher_setup(config: &Config) -> anyhow::Result<Option<PublisherSetup>> {
	let Some(settings) = config.publisher.as_ref().filter(|p| p.enabled) else { return Ok(None) };
	let journal = publisher::Journal::open(&settings.journal)?;
	let kinds = config
		.publish
		.iter()
		.map(|kind| {
			let query = config.queries.iter().find(|q| q.name == kind.query);
			publisher::Kind::new(kind, query.map_or(0, |q| q.fields.len()))
		})
		.collect();
	let per_round = u64::from(settings.calls_per_minute) * settings.interval_secs / 60;
	let limits = publisher::Limits {
		batch: settings.batch as usize,
		round: per_round.max(u64::from(settings.batch)) as usize,
	};
	Ok(Some((journal, kinds, limits, Duration::from_secs(settings.interval_secs))))
}

async fn publish(config: Config, dry_run: bool) -> anyhow::Result<()> {
	let Some((journal, kinds, limits, _)) = publisher_setup(&config)? else {
		anyhow::bail!("no [publisher] (or it is disabled) in the configuration");
	};
	let provider = config.provider_account()?;
	let key = load_key(&config.key_file)?;
	let mut records = Records::open(&config.database, &config.queries, &[], None).await?;
	records.prepare_lists(&config.publish).await?;
	let references = state::Opened::open(&config.state, &provider)?.references(&key)?;
	let database = publisher::Database { records: &records, references: &references };
	let chain = Chain::connect(
		&config.chain.url,
		Duration::from_secs(config.chain.max_head_age_secs),
		Arc::new(Metrics::new()?) as Arc<dyn ChainObserver>,
	)
	.await
	.with_context(|| format!("connecting to {}", config.chain.url))?;
	let ledger = tx::Ledger::new(&chain, &key, &provider);
	if dry_run {
		let plan = publisher::dry_run(&journal, &database, &ledger, &kinds).await?;
		for action in &plan.actions {
			println!("{}", serde_json::to_string(action)?);
		}
		println!(
			"dry run: {} calls to make, {} records already on chain to adopt, {} refused by their patient, {} of patient numbers nobody holds; nothing submitted",
			plan.actions.len(),
			plan.adopt.len(),
			plan.refused,
			plan.unlinked
		);
	} else {
		let report = publisher::publish_once(&journal, &database, &ledger, &kinds, limits).await?;
		println!(
			"published {} calls, adopted {}, failed {}, left for later {}, refused by their patient {}, of patient numbers nobody holds {}",
			report.published,
			report.adopted,
			report.failed,
			report.pending,
			report.refused,
			report.unlinked
		);
	}
	Ok(())
}

async fn run(config: Config) -> anyhow::Result<()> {
	let provider = config.provider_account()?;
	let key = load_key(&config.key_file)?;
	// Before anything else: a certificate that cannot be used stops the start at once.
	let tls = config.tls.as_ref().map(tls::server_config).transpose()?;
	let state = state::Opened::open(&config.state, &provider)?;
	// One gatekeeper per state file: two would number receipts over each other, and a restore
	// must not replace the file under a running one. Replicas on PostgreSQL number together.
	let _lock = state.lock()?;
	let metrics = Arc::new(Metrics::new()?);
	let mut records = Records::open(
		&config.database,
		&config.queries,
		&config.templates,
		config.research.as_ref(),
	)
	.await?;
	let publishing = publisher_setup(&config)?;
	if publishing.is_some() {
		records.prepare_lists(&config.publish).await?;
	}
	let receipts = state.receipts(
		provider.clone(),
		key.clone(),
		WriterOptions {
			commit_delay: Duration::from_micros(config.receipts.commit_delay_us),
			batch_sizes: Some(metrics.receipt_batch.clone()),
		},
	)?;
	let chain = Chain::connect(
		&config.chain.url,
		Duration::from_secs(config.chain.max_head_age_secs),
		metrics.clone() as Arc<dyn ChainObserver>,
	)
	.await
	.with_context(|| format!("connecting to {}", config.chain.url))?;
	if config.anchoring.enabled {
		let ledger = tx::Ledger::new(&chain, &key, &provider);
		anchor::check_numbering(&receipts, &ledger)
			.await
			.with_context(|| format!("state {}", config.state.describe()))?;
	}
	let references = Arc::new(state.references(&key)?);
	let gatekeeper = Arc::new(Gatekeeper::new(
		provider,
		records,
		references,
		chain,
		receipts,
		metrics.clone(),
		key.clone(),
		config.requests.max_validity_secs,
	)?);

	if let Some(addr) = config.metrics {
		let registry = metrics.registry.clone();
		tokio::spawn(async move {
			if let Err(error) = substrate_prometheus_endpoint::init_prometheus(addr, registry).await
			{
				tracing::error!(%error, "metrics endpoint failed");
			}
		});
	}
	let pruner = {
		let gatekeeper = gatekeeper.clone();
		tokio::spawn(async move {
			let mut ticker = tokio::time::interval(Duration::from_secs(30));
			loop {
				ticker.tick().await;
				let gatekeeper = gatekeeper.clone();
				match tokio::task::spawn_blocking(move || gatekeeper.prune_nonces()).await {
					Ok(Ok(_)) => {},
					Ok(Err(error)) => tracing::warn!(%error, "pruning expired nonces failed"),
					Err(error) => tracing::warn!(%error, "pruning expired nonces failed"),
				}
			}
		})
	};
	// A publisher batch journaled before the last stop goes out before anything else is
	// signed with the key, so that its nonce stays its own.
	if let Some((journal, ..)) = &publishing {
		let ledger = tx::Ledger::new(&gatekeeper.chain, &key, &gatekeeper.provider);
		if let Err(error) = publisher::resume(journal, &ledger).await {
			tracing::warn!(
				error = format!("{error:#}"),
				"could not resubmit the publisher's batch"
			);
		}
	}
	let anchoring = config.anchoring.enabled.then(|| {
		tokio::spawn(anchor::run(
			gatekeeper.clone(),
			key.clone(),
			Duration::from_secs(config.anchoring.interval_secs),
		))
	});
	let publishing = publishing.map(|(journal, kinds, limits, interval)| {
		tokio::spawn(publisher::run(
			gatekeeper.clone(),
			journal,
			key.clone(),
			kinds,
			interval,
			limits,
		))
	});
	let fhir = Arc::new(fhir::Facade::new(gatekeeper.clone(), &config.queries)?);
	let scheme = if tls.is_some() { "https" } else { "http" };
	let (addr, handle) =
		server::start(config.listen, &config.server, tls, gatekeeper.clone(), fhir).await?;
	match &config.tls {
		Some(tls) => tracing::info!(
			url = %format!("{scheme}://{addr}"),
			certificate = %tls.certificate.display(),
			provider = %config.provider,
			chain = %config.chain.url,
			"gatekeeper serving HTTPS and WSS"
		),
		None => tracing::info!(
			url = %format!("{scheme}://{addr}"),
			provider = %config.provider,
			chain = %config.chain.url,
			"gatekeeper serving plain HTTP and WS ([tls] not set)"
		),
	}

	shutdown_signal().await;
	tracing::info!("shutting down: no new requests");
	let _ = handle.stop();
	handle.stopped().await;
	pruner.abort();
	if let Some(anchoring) = anchoring {
		anchoring.abort();
	}
	if let Some(publishing) = publishing {
		publishing.abort();
	}
	let closing = gatekeeper.clone();
	tokio::task::spawn_blocking(move || closing.receipts.close()).await?;
	tracing::info!(receipts = gatekeeper.receipts.count()?, "stopped; every receipt is stored");
	Ok(())
}

async fn shutdown_signal() {
	let terminate = async {
		match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
			Ok(mut signal) => {
				signal.recv().await;
			},
			Err(_) => std::future::pending::<()>().await,
		}
	};
	tokio::select! {
		_ = tokio::signal::ctrl_c() => {},
		_ = terminate => {},
	}
}
