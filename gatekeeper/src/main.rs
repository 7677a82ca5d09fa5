//! `medrec-gatekeeper`: run the gatekeeper, or the tools a provider needs beside it.

use anyhow::Context;
use clap::{Parser, Subcommand};
use medrec_gatekeeper::{
	anchor, bench,
	chain::{Chain, ChainObserver},
	config::Config,
	fhir,
	gatekeeper::{ss58, Gatekeeper},
	load_key,
	metrics::Metrics,
	publisher,
	receipts::{Receipts, WriterOptions},
	records::Records,
	references::References,
	server, tx,
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
}

/// `MRN=NUMBER`, as `demo-enrol` takes a patient.
fn parse_enrolment(text: &str) -> Result<(String, u64), String> {
	let (mrn, number) =
		text.split_once('=').ok_or_else(|| format!("{text:?}: expected MRN=NUMBER"))?;
	let number = number.parse().map_err(|_| format!("{number:?} is not a participant number"))?;
	Ok((mrn.to_owned(), number))
}

fn init_logs(json: bool) {
	let filter = tracing_subscriber::EnvFilter::try_from_default_env()
		.unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
	let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
	if json {
		builder.json().init();
	} else {
		builder.init();
	}
}

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
	let cli = Cli::parse();
	init_logs(cli.log_json);
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
			let references = References::open(&config.state, &load_key(&config.key_file)?)?;
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
				let (client, connection) =
					tokio_postgres::connect(&target, tokio_postgres::NoTls).await?;
				tokio::spawn(connection);
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
				let (client, connection) =
					tokio_postgres::connect(&target, tokio_postgres::NoTls).await?;
				tokio::spawn(connection);
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
	}
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
	let references = References::open(&config.state, &key)?;
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
	let receipts = Receipts::open(
		&config.state,
		provider.clone(),
		key.clone(),
		WriterOptions {
			commit_delay: Duration::from_micros(config.receipts.commit_delay_us),
			batch_sizes: Some(metrics.receipt_batch.clone()),
		},
	)
	.with_context(|| format!("opening {}", config.state.display()))?;
	let chain = Chain::connect(
		&config.chain.url,
		Duration::from_secs(config.chain.max_head_age_secs),
		metrics.clone() as Arc<dyn ChainObserver>,
	)
	.await
	.with_context(|| format!("connecting to {}", config.chain.url))?;
	let references = Arc::new(
		References::open(&config.state, &key)
			.with_context(|| format!("opening the references in {}", config.state.display()))?,
	);
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
	let (addr, handle) =
		server::start(config.listen, &config.server, gatekeeper.clone(), fhir).await?;
	tracing::info!(%addr, provider = %config.provider, chain = %config.chain.url, "gatekeeper serving");

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
