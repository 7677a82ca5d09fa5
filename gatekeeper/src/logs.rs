//! The gatekeeper's logs: text or JSON lines on stderr, at the level `RUST_LOG` sets.
//!
//! No health data is logged, at any level. The gatekeeper's own events carry counts, codes,
//! refusal reasons, pointer and receipt numbers, participant numbers and accounts, never a
//! record's values, its field names, a query's results or parameters, or the text of a
//! database error that could quote them (see [`crate::postgres::describe_error`]). Libraries
//! are held to it here: tokio-postgres logs each statement's parameters at `debug` (a
//! pointer's argument, a research template's parameters) and the server's notices at `info`,
//! so only its warnings and errors pass, whatever `RUST_LOG` asks. A test runs the request
//! paths with every event at `trace` and looks for the demo EMR's values in what was written.

use tracing::{Level, Metadata, Subscriber};
use tracing_subscriber::{
	filter::{filter_fn, EnvFilter},
	fmt::MakeWriter,
	layer::SubscriberExt,
	Layer,
};

/// Sets the process's logs up: `RUST_LOG` (default `info`), as JSON lines if `json`.
pub fn init(json: bool) {
	use tracing_subscriber::util::SubscriberInitExt;
	let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
	subscriber(filter, json, std::io::stderr).init();
}

/// The gatekeeper's subscriber, writing to `writer`: `filter`'s events, less those that could
/// carry health data ([`may_carry_health_data`]).
pub fn subscriber<W>(filter: EnvFilter, json: bool, writer: W) -> impl Subscriber + Send + Sync
where
	W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
	let format = tracing_subscriber::fmt::layer().with_writer(writer);
	let format = if json { format.json().boxed() } else { format.boxed() };
	tracing_subscriber::registry()
		.with(filter)
		.with(filter_fn(|metadata| !may_carry_health_data(metadata)))
		.with(format)
}

/// Whether a library's event may carry values of a record: tokio-postgres' (and its protocol
/// crate's) below `warn`, which are statements with their parameters and the server's notices.
pub fn may_carry_health_data(metadata: &Metadata<'_>) -> bool {
	let target = metadata.target();
	(target.starts_with("tokio_postgres") || target.starts_with("postgres_protocol"))
		&& *metadata.level() > Level::WARN
}

/// Everything a subscriber wrote, for tests that read the logs.
#[cfg(test)]
#[derive(Clone, Default)]
pub(crate) struct Captured(std::sync::Arc<parking_lot::Mutex<Vec<u8>>>);

#[cfg(test)]
impl Captured {
	/// What was written so far.
	pub(crate) fn text(&self) -> String {
		String::from_utf8_lossy(&self.0.lock()).into_owned()
	}
}

#[cfg(test)]
impl std::io::Write for Captured {
	fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
		self.0.lock().extend_from_slice(bytes);
		Ok(bytes.len())
	}

	fn flush(&mut self) -> std::io::Result<()> {
		Ok(())
	}
}

#[cfg(test)]
impl<'w> MakeWriter<'w> for Captured {
	type Writer = Captured;

	fn make_writer(&'w self) -> Captured {
		self.clone()
	}
}

/// Values of the demo EMR (`demo/seed.sql`): codes, labels, results with their decimals,
/// units, dates, names, record numbers, and the field names of its queries. None may appear
/// in a log line.
#[cfg(test)]
pub(crate) const DEMO_HEALTH_DATA: &[&str] = &[
	"4548-4",
	"2093-3",
	"33914-3",
	"718-7",
	"Hemoglobin",
	"Cholesterol",
	"eGFR",
	"7.9",
	"212.0",
	"74.0",
	"5.4",
	"13.1",
	"mg/dL",
	"mL/min",
	"g/dL",
	"2026-11-01",
	"2026-10-14",
	"2026-09-02",
	"E11.9",
	"J45.909",
	"diabetes",
	"hypertension",
	"Asthma",
	"2019-06-01",
	"2017-03-15",
	"1995-01-01",
	"860975",
	"314076",
	"745679",
	"Metformin",
	"Lisinopril",
	"Albuterol",
	"twice daily",
	"puffs",
	"Rivera",
	"Okafor",
	"Lindqvist",
	"Chidi",
	"Maja",
	"1961-04-12",
	"1979-09-30",
	"1990-01-05",
	"MRN-000",
	"taken_at",
	"loinc",
	"icd10",
	"rxnorm",
];

/// Runs `scenario` on a runtime of its own whose every thread (workers and blocking pool)
/// logs through the gatekeeper's subscriber at `trace`, as JSON lines; returns the lines
/// without their timestamps (a time's digits could pass for a value).
#[cfg(test)]
pub(crate) fn captured_at_trace<F: std::future::Future>(
	scenario: impl FnOnce() -> F,
) -> Vec<String> {
	let captured = Captured::default();
	let dispatch =
		tracing::Dispatch::new(subscriber(EnvFilter::new("trace"), true, captured.clone()));
	// `log` records (tokio-postgres') reach tracing through the bridge `init` installs, which
	// is global; each thread's own subscriber then takes them.
	let _ = tracing_log::LogTracer::init();
	let runtime = tokio::runtime::Builder::new_multi_thread()
		.worker_threads(2)
		.enable_all()
		.on_thread_start({
			let dispatch = dispatch.clone();
			move || std::mem::forget(tracing::dispatcher::set_default(&dispatch))
		})
		.build()
		.expect("a runtime");
	{
		let _default = tracing::dispatcher::set_default(&dispatch);
		runtime.block_on(scenario());
	}
	drop(runtime);
	captured
		.text()
		.lines()
		.map(|line| {
			let mut event: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
			event.as_object_mut().expect("an object").remove("timestamp");
			event.to_string()
		})
		.collect()
}

/// Fails naming the line if any of `lines` holds a demo value.
#[cfg(test)]
pub(crate) fn assert_no_health_data(lines: &[String]) {
	for line in lines {
		for value in DEMO_HEALTH_DATA {
			assert!(!line.contains(value), "{value:?} logged: {line}");
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::testing::{
		fetch, fhir_authorization, get, http_request, post, receipts_request, Backend, Served,
	};
	use polkadot_sdk::sp_keyring::Sr25519Keyring;

	/// Sends `request` to `served`, returns the answer.
	async fn ask(served: &Served, request: &str) -> String {
		let tcp = tokio::net::TcpStream::connect(served.addr).await.expect("connects");
		http_request(tcp, request).await.expect("answered")
	}

	/// Every path a request can take on a gatekeeper of the demo EMR on `backend`, with every
	/// event logged at `trace`: the answers, and the log lines.
	fn every_path_on(backend: Backend) -> (Vec<String>, Vec<String>) {
		let mut answers = Vec::new();
		let lines = captured_at_trace(|| async {
			let served = Served::start_on(backend, None, Default::default()).await;
			let provider = served.gatekeeper.provider.clone();
			let charlie = crate::gatekeeper::ss58(&Sr25519Keyring::Charlie.to_account_id());
			let dave = Sr25519Keyring::Dave;
			let fetch_rpc = |pointer, fields: &[u8]| {
				post(
					"gatekeeper_fetch",
					serde_json::json!([fetch(&provider, dave, pointer, fields)]),
				)
			};
			// Served whole, a record and a panel; refused by the chain; refused for a field
			// not granted.
			for (pointer, fields) in
				[(1, &[0u8, 1, 2, 3, 4][..]), (4, &[0, 1, 2, 3]), (2, &[0, 1]), (3, &[0, 1, 2, 3])]
			{
				answers.push(ask(&served, &fetch_rpc(pointer, fields)).await);
			}
			// FHIR: a read, a search with a field grant (SUBSETTED), one with nothing granted,
			// the patient's audit trail; then the patient's receipts.
			for target in [
				"/fhir/Observation/1".to_owned(),
				format!("/fhir/MedicationRequest?patient={charlie}"),
				format!("/fhir/Condition?patient={charlie}"),
			] {
				let authorization = fhir_authorization(&provider, dave, &target);
				answers
					.push(ask(&served, &get(&target, &[("Authorization", &authorization)])).await);
			}
			let target = format!("/fhir/AuditEvent?patient={charlie}");
			let authorization = fhir_authorization(&provider, Sr25519Keyring::Charlie, &target);
			answers.push(ask(&served, &get(&target, &[("Authorization", &authorization)])).await);
			let request = receipts_request(&provider, None);
			answers.push(
				ask(&served, &post("gatekeeper_receipts", serde_json::json!([request]))).await,
			);
			// The record changes without its pointer: stale. Then a column goes: the database
			// fails.
			served.emr.execute("UPDATE lab_results SET value = 8.4 WHERE id = 1").await;
			answers.push(ask(&served, &fetch_rpc(1, &[0, 1, 2, 3, 4])).await);
			served.emr.execute("ALTER TABLE lab_results RENAME COLUMN unit TO gone").await;
			answers.push(ask(&served, &fetch_rpc(1, &[0, 1, 2, 3, 4])).await);
			let _ = served.handle.stop();
			served.handle.stopped().await;
		});
		(answers, lines)
	}

	/// The paths ran as intended (data went out, refusals came back), the logs say so at every
	/// level, and they carry none of the data.
	fn assert_logged_without_health_data(answers: &[String], lines: &[String]) {
		let [whole, panel, denied, partial, observation, medications, conditions, audit, receipts, stale, failed] =
			answers
		else {
			panic!("eleven answers: {answers:?}")
		};
		assert!(whole.contains("\"4548-4\"") && whole.contains("\"receipt\""), "{whole}");
		assert!(panel.contains("\"33914-3\""), "{panel}");
		assert!(denied.contains("1008"), "denied: {denied}");
		assert!(partial.contains("1007"), "fields_not_granted: {partial}");
		assert!(observation.contains("Hemoglobin A1c"), "{observation}");
		assert!(
			medications.contains("SUBSETTED") && medications.contains("860975"),
			"{medications}"
		);
		assert!(conditions.starts_with("HTTP/1.1 403"), "{conditions}");
		assert!(audit.contains("AuditEvent"), "{audit}");
		assert!(receipts.contains("\"receipts\""), "{receipts}");
		assert!(stale.contains("1009"), "stale_pointer: {stale}");
		assert!(failed.contains("1013"), "database_unavailable: {failed}");

		let text = lines.join("\n");
		for expected in [
			"\"level\":\"TRACE\"",
			"\"level\":\"DEBUG\"",
			"disclosed",
			"\"reason\":\"denied\"",
			"\"reason\":\"fields_not_granted\"",
			"stale pointer",
			"database read failed",
		] {
			assert!(text.contains(expected), "{expected} not logged:\n{text}");
		}
		assert_no_health_data(lines);
	}

	#[test]
	fn no_health_data_reaches_the_logs_at_any_level() {
		let (answers, lines) = every_path_on(Backend::Sqlite);
		assert_logged_without_health_data(&answers, &lines);
	}

	#[test]
	fn no_health_data_reaches_the_logs_at_any_level_on_postgres() {
		let Some((url, ca)) = crate::postgres_tls::tests::test_postgres() else { return };
		// Loaded before the logs are read: the seed's statements are the test's, not the
		// gatekeeper's.
		tokio::runtime::Runtime::new()
			.expect("a runtime")
			.block_on(crate::testing::load_postgres_demo(&url, ca.as_deref()));
		let (answers, lines) = every_path_on(Backend::Postgres { url, ca });
		assert_logged_without_health_data(&answers, &lines);
		assert!(lines.iter().any(|line| line.contains("connected to PostgreSQL")));
	}

	#[test]
	fn tokio_postgres_statements_and_notices_are_dropped_and_its_warnings_kept() {
		let captured = Captured::default();
		let subscriber = subscriber(EnvFilter::new("trace"), false, captured.clone());
		tracing::subscriber::with_default(subscriber, || {
			tracing::debug!(target: "tokio_postgres::query", "parameters: [\"4548-4\"]");
			tracing::info!(target: "tokio_postgres::connection", "NOTICE: Hemoglobin");
			tracing::warn!(target: "tokio_postgres::connection", "a warning of the driver");
			tracing::trace!("an event of the gatekeeper's own");
		});
		let text = captured.text();
		assert!(!text.contains("4548-4") && !text.contains("Hemoglobin"), "{text}");
		assert!(text.contains("a warning of the driver"), "{text}");
		assert!(text.contains("an event of the gatekeeper's own"), "{text}");
	}
}
