//! The gatekeeper's configuration file (TOML). `gatekeeper/demo/gatekeeper.toml` is a complete
//! example; the README explains each key.

use crate::AccountId;
use anyhow::{bail, Context};
use polkadot_sdk::sp_core::crypto::Ss58Codec;
use serde::Deserialize;
use std::{
	net::SocketAddr,
	path::{Path, PathBuf},
};

/// Everything the gatekeeper is told.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
	/// The provider this gatekeeper guards, as its chain account (SS58). Requests for pointers
	/// of any other provider are refused.
	pub provider: String,
	/// Where the JSON-RPC API listens (HTTP and WebSocket on one port, or HTTPS and WSS with
	/// `[tls]`).
	#[serde(default = "defaults::listen")]
	pub listen: SocketAddr,
	/// The API's certificate and key: with them it serves HTTPS (and WSS) instead of HTTP.
	#[serde(default)]
	pub tls: Option<TlsConfig>,
	/// Where Prometheus metrics are served (`/metrics`); absent: not served.
	#[serde(default)]
	pub metrics: Option<SocketAddr>,
	/// The gatekeeper's own state (receipts, used nonces, anchors, private pointers): an SQLite
	/// file, created if missing (relative paths are relative to the configuration file), or a
	/// `[state]` table naming a PostgreSQL database that replicas share.
	pub state: StateConfig,
	/// The receipt-signing key: a file holding a secret URI (mnemonic, `0x` seed or `//Dev`
	/// path). Its public key is the `signing_key` of the provider's registrar profile.
	pub key_file: PathBuf,
	/// The chain.
	pub chain: ChainConfig,
	/// The provider's database.
	pub database: DatabaseConfig,
	/// The named queries records are read with, located as `name:argument` (the chain sees an
	/// opaque reference to that locator).
	#[serde(rename = "query")]
	pub queries: Vec<QueryConfig>,
	/// Research aggregates this provider answers (none: it answers no research).
	#[serde(default, rename = "template")]
	pub templates: Vec<TemplateConfig>,
	/// How research finds the provider's patients.
	#[serde(default)]
	pub research: Option<ResearchConfig>,
	/// Limits on requests.
	#[serde(default)]
	pub requests: RequestsConfig,
	/// Anchoring of receipt roots on chain.
	#[serde(default)]
	pub anchoring: AnchoringConfig,
	/// How receipts are committed.
	#[serde(default)]
	pub receipts: ReceiptsConfig,
	/// Limits on connections, against slow and hostile clients.
	#[serde(default)]
	pub server: ServerConfig,
	/// The pointer publisher (absent: pointers are published by hand).
	#[serde(default)]
	pub publisher: Option<PublisherConfig>,
	/// The kinds of record the publisher publishes, one list query each.
	#[serde(default, rename = "publish")]
	pub publish: Vec<PublishConfig>,
}

/// Where the gatekeeper's state is: `state = "file.sqlite"`, or `[state] postgres = "…"`.
#[derive(Debug, Clone, Deserialize)]
#[serde(
	untagged,
	expecting = "`state` is an SQLite file's path, or a [state] table with `postgres` (a URL) and \
	             optionally `postgres_ca` and `schema`, nothing else"
)]
pub enum StateConfig {
	/// An SQLite file, for one gatekeeper (it is locked while one runs on it).
	File(PathBuf),
	/// A PostgreSQL schema, shared by any number of replicas of this provider's gatekeeper.
	Postgres(PostgresStateConfig),
}

/// The state in PostgreSQL (`[state]`): receipts numbered in one sequence across replicas, one
/// replica anchoring at a time, every replica answering patients' receipt queries (see
/// `gatekeeper/README.md`, "Replicas on PostgreSQL").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostgresStateConfig {
	/// A PostgreSQL URL; its `sslmode` reads as `[database] postgres`'s does (`verify-full` by
	/// default). The role needs to create the schema the first time, and to read and write it.
	pub postgres: String,
	/// A PEM file of the CA certificates that sign the server's certificate (a private CA).
	/// Absent: the system's trusted roots. Relative to the configuration file.
	#[serde(default)]
	pub postgres_ca: Option<PathBuf>,
	/// The schema the state's tables are in, created if missing: one per provider.
	#[serde(default = "defaults::state_schema")]
	pub schema: String,
}

impl StateConfig {
	/// The SQLite file, or an error saying that `what` needs one, for a state in PostgreSQL.
	pub fn file(&self, what: &str) -> anyhow::Result<&Path> {
		match self {
			StateConfig::File(path) => Ok(path),
			StateConfig::Postgres(pg) => bail!(
				"{what} works on an SQLite state file, and this gatekeeper's state is in \
				 PostgreSQL (schema {}). Back it up and restore it with PostgreSQL's tools, e.g. \
				 `pg_dump --schema={schema} --format=custom` and `pg_restore`; replicas keep \
				 serving while pg_dump runs",
				pg.schema,
				schema = pg.schema
			),
		}
	}

	/// Where the state is, for messages (never the URL: it may hold a password).
	pub fn describe(&self) -> String {
		match self {
			StateConfig::File(path) => path.display().to_string(),
			StateConfig::Postgres(pg) => format!("PostgreSQL schema {}", pg.schema),
		}
	}
}

/// The pointer publisher (`[publisher]`): it keeps the chain in step with the provider's
/// database, through the provider's `Publisher` proxy held by the gatekeeper's key.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublisherConfig {
	/// Seconds between rounds; a round publishes what changed since the last.
	#[serde(default = "defaults::publish_interval_secs")]
	pub interval_secs: u64,
	/// Calls in one transaction (`Utility::batch`): a relationship opened counts as one, each
	/// pointer added or updated as one.
	#[serde(default = "defaults::publish_batch")]
	pub batch: u32,
	/// At most this many calls a minute, however much changed (a bulk load publishes over
	/// several rounds).
	#[serde(default = "defaults::publish_calls_per_minute")]
	pub calls_per_minute: u32,
	/// What has been published, and the transaction in flight: an SQLite file, created if
	/// missing (relative paths are relative to the configuration file).
	pub journal: PathBuf,
	#[serde(default = "defaults::yes")]
	pub enabled: bool,
}

/// One kind of record the publisher publishes (`[[publish]]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishConfig {
	/// The declared query (`[[query]]` name) that reads one record of this kind; the
	/// gatekeeper locates a record as `query:ref` (the chain sees an opaque reference).
	pub query: String,
	/// The pointers' category code.
	pub category: u32,
	/// SQL listing every record of this kind to publish, without parameters, as three
	/// columns: `ref` (the argument the query reads the record by, as text), `patient` (the
	/// patient's MedRec participant number, recorded at enrolment) and a change marker (`updated_at`, a version: anything
	/// that changes when the record does; NULL: the record is read every round to see).
	pub list: String,
}

/// The API's certificate (`[tls]`). Both are PEM files; relative paths are relative to the
/// configuration file. Read once at start: a renewed certificate takes a restart.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TlsConfig {
	/// The certificate chain: the gatekeeper's certificate first, then any intermediates.
	pub certificate: PathBuf,
	/// The certificate's private key (PKCS#8, PKCS#1 or SEC1), readable by the gatekeeper only.
	pub key: PathBuf,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChainConfig {
	/// A MedRec node's (or Chopsticks') WebSocket RPC endpoint.
	pub url: String,
	/// How long the best head is trusted after the node last named it, in seconds. The
	/// gatekeeper asks the node every two seconds at most; once it has been silent for this
	/// long (hung, or cut off with its socket left open), every request is refused with
	/// `chain_unavailable` and `/health` answers 500 until it answers again. It bounds the
	/// node's silence, not the block's age: a chain that builds blocks on demand keeps one head
	/// for minutes. 10 s is about two 6-s blocks.
	#[serde(default = "defaults::max_head_age_secs")]
	pub max_head_age_secs: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseConfig {
	/// An SQLite database file, opened read-only. Set this or `postgres`.
	#[serde(default)]
	pub sqlite: Option<PathBuf>,
	/// A PostgreSQL URL (`postgres://user:password@host/database`), sessions read-only. Its
	/// `sslmode` says how the connection is secured: `verify-full` (the default: TLS, the
	/// server's certificate checked against the trusted CAs and its name against the host),
	/// `verify-ca` (the certificate checked, not its name), `require` (TLS, the server not
	/// verified) or `disable` (no TLS). `sslrootcert` may name the CA file, as libpq's does.
	#[serde(default)]
	pub postgres: Option<String>,
	/// A PEM file of the CA certificates that sign the PostgreSQL server's certificate (a
	/// private CA). Absent: the system's trusted roots. Relative to the configuration file.
	#[serde(default)]
	pub postgres_ca: Option<PathBuf>,
	/// Connections kept open; one per core is plenty for SQLite's in-process reads.
	#[serde(default = "defaults::connections")]
	pub connections: usize,
}

/// A provider-declared query. Its SQL may use two parameters, both bound, never spliced:
/// `:ref` (the argument after the first `:` of the record's locator) and `:patient` (the
/// patient's MedRec participant number, as text: permanent, whatever account they hold).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueryConfig {
	pub name: String,
	pub sql: String,
	/// The name of each column the query returns, in order: column `i` is field code `i` of
	/// the pointer's field set.
	pub fields: Vec<String>,
	/// `one` (the default): a record is the first row the query returns. `many`: a record is
	/// every row it returns, in its `ORDER BY` (a panel of results, read and served together
	/// under one pointer); each field's value is then the list of that column's values.
	#[serde(default)]
	pub rows: Rows,
	/// How the query's record reads as a FHIR R4 resource; absent: not served over FHIR.
	#[serde(default)]
	pub fhir: Option<FhirConfig>,
}

/// How many rows make a record (`rows` of a `[[query]]`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rows {
	/// The first row.
	#[default]
	One,
	/// Every row: a panel.
	Many,
}

/// How a query's columns map to a FHIR R4 resource (`[query.fhir]`). Each element names one of
/// the query's `fields`; a requester granted only some fields gets the resource reduced to the
/// elements those fields fill, tagged `SUBSETTED`. `gatekeeper/README.md` ("FHIR") has the
/// table of which element each key fills per resource type.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FhirConfig {
	/// `Observation`, `Condition`, `MedicationRequest`, `AllergyIntolerance`, `Immunization`,
	/// `Procedure` or `DiagnosticReport`.
	pub resource: String,
	/// The code system of `code` (`http://loinc.org`, `http://hl7.org/fhir/sid/icd-10-cm`,
	/// `http://www.nlm.nih.gov/research/umls/rxnorm`, …).
	pub code_system: String,
	/// The field holding the record's code.
	pub code: String,
	/// The field holding the code's display text.
	#[serde(default)]
	pub display: Option<String>,
	/// The field holding the clinically relevant date (effective, onset, authored, occurrence
	/// or performed).
	#[serde(default)]
	pub date: Option<String>,
	/// (Observation) the field holding the value: a quantity with `unit`, else a string.
	#[serde(default)]
	pub value: Option<String>,
	/// (Observation) the field holding the value's unit.
	#[serde(default)]
	pub unit: Option<String>,
	/// The field holding the status (the clinical status of a Condition or
	/// AllergyIntolerance); absent: each resource's usual status for a record on file.
	#[serde(default)]
	pub status: Option<String>,
	/// The field holding free text: a MedicationRequest's dosage instruction, a
	/// DiagnosticReport's conclusion, a note on the others.
	#[serde(default)]
	pub text: Option<String>,
	/// The resource's category code, the same for every record of the query (an Observation's
	/// `laboratory` or `vital-signs`, a Condition's `problem-list-item`); searched by `category`.
	#[serde(default)]
	pub category: Option<String>,
}

/// A research aggregate, by the template code researchers name on chain. Its SQL returns one
/// row: first the number of distinct patients it covers (the cohort), then the aggregate's
/// values. It may use `:param` (the request's parameters, whose BLAKE2-256 is on chain) and
/// must restrict itself to `:cohort`: a JSON array of the participant numbers (as text) of the
/// patients who opted in to `category` and have an active relationship with the provider on
/// chain (the chain refuses an answer over more patients than that), e.g.
/// `CAST(p.medrec_number AS TEXT) IN (SELECT value FROM json_each(:cohort))`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateConfig {
	pub code: u32,
	/// The research-consent category a patient must have opted in to.
	pub category: u32,
	/// What the aggregate is, for the researchers choosing one (`gatekeeper_info`).
	#[serde(default)]
	pub title: String,
	/// What `:param` is, for the researchers writing one ("LOINC code of the test").
	#[serde(default)]
	pub parameter: String,
	pub sql: String,
	/// Names of the columns after the cohort.
	pub columns: Vec<String>,
}

/// How research finds the provider's patients on chain.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResearchConfig {
	/// Returns one column: the MedRec participant number of every patient enrolled with one.
	pub patients_sql: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestsConfig {
	/// How far in the future a request's expiry may be. Bounds how long used nonces are kept.
	#[serde(default = "defaults::max_validity_secs")]
	pub max_validity_secs: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnchoringConfig {
	/// Seconds between anchoring rounds; a round with no new receipts submits nothing.
	#[serde(default = "defaults::anchor_interval_secs")]
	pub interval_secs: u64,
	/// Off: receipts are still written and signed, but no root goes on chain.
	#[serde(default = "defaults::yes")]
	pub enabled: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceiptsConfig {
	/// Microseconds a commit waits for more receipts to share its fsync, while the gatekeeper
	/// is busy (the last commit held at least 4 receipts; a lone request never waits). Like
	/// PostgreSQL's `commit_delay`: each fsync costs the same whatever it carries, so under
	/// load fewer, larger commits leave more CPU for requests. 0 commits at once.
	#[serde(default = "defaults::commit_delay_us")]
	pub commit_delay_us: u64,
}

/// Limits on the API's connections. Nobody needs a key to connect, so these keep slow or
/// hostile clients from holding every connection (see the README's "Limits and slow clients").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerConfig {
	/// Seconds a connection may send nothing while the gatekeeper waits for it (for a request,
	/// the rest of one, or the next), and take nothing of an answer; then it is closed. Not
	/// counted while the gatekeeper works on a call. WebSocket clients are pinged every third
	/// of it, so idle ones that answer stay connected.
	#[serde(default = "defaults::read_timeout_secs")]
	pub read_timeout_secs: u64,
	/// Connections open at once, from all clients. More are closed as soon as they are
	/// accepted.
	#[serde(default = "defaults::max_connections")]
	pub max_connections: u32,
	/// Connections open at once from one client address (an IPv4 address, or an IPv6 /64).
	/// More are closed as soon as they are accepted. 0: no limit. Set 0 behind a reverse proxy
	/// or load balancer, where every connection comes from the proxy's address, and limit
	/// clients there.
	#[serde(default = "defaults::max_connections_per_client")]
	pub max_connections_per_client: u32,
}

mod defaults {
	use std::net::SocketAddr;
	pub fn listen() -> SocketAddr {
		SocketAddr::from(([127, 0, 0, 1], 9950))
	}
	pub fn state_schema() -> String {
		"medrec_gatekeeper".into()
	}
	pub fn connections() -> usize {
		std::thread::available_parallelism().map_or(2, |n| n.get())
	}
	pub fn max_head_age_secs() -> u64 {
		10
	}
	pub fn max_validity_secs() -> u64 {
		120
	}
	pub fn commit_delay_us() -> u64 {
		500
	}
	pub fn anchor_interval_secs() -> u64 {
		60
	}
	pub fn yes() -> bool {
		true
	}
	pub fn read_timeout_secs() -> u64 {
		10
	}
	pub fn max_connections() -> u32 {
		1024
	}
	pub fn max_connections_per_client() -> u32 {
		64
	}
	pub fn publish_interval_secs() -> u64 {
		30
	}
	pub fn publish_batch() -> u32 {
		50
	}
	pub fn publish_calls_per_minute() -> u32 {
		600
	}
}

impl Default for ServerConfig {
	fn default() -> Self {
		Self {
			read_timeout_secs: defaults::read_timeout_secs(),
			max_connections: defaults::max_connections(),
			max_connections_per_client: defaults::max_connections_per_client(),
		}
	}
}

impl Default for RequestsConfig {
	fn default() -> Self {
		Self { max_validity_secs: defaults::max_validity_secs() }
	}
}

impl Default for ReceiptsConfig {
	fn default() -> Self {
		Self { commit_delay_us: defaults::commit_delay_us() }
	}
}

impl Default for AnchoringConfig {
	fn default() -> Self {
		Self { interval_secs: defaults::anchor_interval_secs(), enabled: true }
	}
}

/// The widest field set a pointer can name (`FieldSet` is a `u64`).
pub const MAX_FIELDS: usize = 64;

impl Config {
	/// Reads and checks `path`; relative paths in it become relative to its folder.
	pub fn load(path: &Path) -> anyhow::Result<Self> {
		let text =
			std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
		let mut config: Config =
			toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
		let base = path.parent().unwrap_or(Path::new("."));
		let state_file = match &mut config.state {
			StateConfig::File(path) => Some(path),
			StateConfig::Postgres(pg) => pg.postgres_ca.as_mut(),
		};
		for file in [&mut config.key_file]
			.into_iter()
			.chain(state_file)
			.chain(config.database.sqlite.as_mut())
			.chain(config.database.postgres_ca.as_mut())
			.chain(config.publisher.as_mut().map(|p| &mut p.journal))
			.chain(config.tls.as_mut().into_iter().flat_map(|t| [&mut t.certificate, &mut t.key]))
		{
			if file.is_relative() {
				*file = base.join(&*file);
			}
		}
		config.check()?;
		Ok(config)
	}

	/// The provider's account.
	pub fn provider_account(&self) -> anyhow::Result<AccountId> {
		AccountId::from_ss58check(&self.provider).map_err(|e| {
			anyhow::anyhow!("provider {:?} is not an SS58 address: {e:?}", self.provider)
		})
	}

	fn check(&self) -> anyhow::Result<()> {
		self.provider_account()?;
		if self.chain.max_head_age_secs == 0 {
			bail!("chain.max_head_age_secs must be at least 1: no head would ever be trusted");
		}
		if self.requests.max_validity_secs == 0 {
			bail!("requests.max_validity_secs must be at least 1");
		}
		if self.anchoring.interval_secs == 0 {
			bail!("anchoring.interval_secs must be at least 1");
		}
		if self.receipts.commit_delay_us > 100_000 {
			bail!("receipts.commit_delay_us must be at most 100000 (0.1 s): requests wait for it");
		}
		if !(1..=3600).contains(&self.server.read_timeout_secs) {
			bail!("server.read_timeout_secs must be 1 to 3600");
		}
		if self.server.max_connections == 0 {
			bail!("server.max_connections must be at least 1");
		}
		if self.server.max_connections_per_client > self.server.max_connections {
			bail!(
				"server.max_connections_per_client must be at most server.max_connections (0: no limit per client)"
			);
		}
		if self.database.sqlite.is_some() == self.database.postgres.is_some() {
			bail!("database: set exactly one of sqlite and postgres");
		}
		if self.database.postgres_ca.is_some() && self.database.postgres.is_none() {
			bail!("database.postgres_ca is set but database.postgres is not: it is the CA of a PostgreSQL server");
		}
		if self.database.connections == 0 {
			bail!("database.connections must be at least 1");
		}
		let mut names = std::collections::BTreeSet::new();
		for query in &self.queries {
			if query.name.is_empty() || !query.name.bytes().all(is_query_name_byte) {
				bail!("query name {:?}: use A–Z a–z 0–9 . _ / - only", query.name);
			}
			if !names.insert(&query.name) {
				bail!("query {:?} is declared twice", query.name);
			}
			if query.fields.is_empty() || query.fields.len() > MAX_FIELDS {
				bail!("query {:?}: 1 to {MAX_FIELDS} fields", query.name);
			}
			if let Some(fhir) = &query.fhir {
				if query.rows == Rows::Many {
					bail!(
						"query {:?}: a panel (rows = \"many\") is not served over FHIR, which maps \
						 one row to one resource; remove [query.fhir]",
						query.name
					);
				}
				crate::fhir::Mapping::new(fhir, &query.fields)
					.with_context(|| format!("query {:?}: [query.fhir]", query.name))?;
			}
		}
		let mut codes = std::collections::BTreeSet::new();
		for template in &self.templates {
			if !codes.insert(template.code) {
				bail!("template {} is declared twice", template.code);
			}
		}
		if !self.templates.is_empty() && self.research.is_none() {
			bail!("templates are declared but [research] patients_sql is missing");
		}
		if let Some(publisher) = &self.publisher {
			if publisher.interval_secs == 0 {
				bail!("publisher.interval_secs must be at least 1");
			}
			if !(1..=500).contains(&publisher.batch) {
				bail!("publisher.batch must be 1 to 500 calls");
			}
			if publisher.calls_per_minute < publisher.batch {
				bail!("publisher.calls_per_minute must be at least publisher.batch");
			}
			if self.publish.is_empty() {
				bail!("[publisher] is set but no [[publish]] kind of record is declared");
			}
		}
		let mut kinds = std::collections::BTreeSet::new();
		for kind in &self.publish {
			if !names.contains(&kind.query) {
				bail!("[[publish]] {:?}: no [[query]] of that name reads its records", kind.query);
			}
			if !kinds.insert(&kind.query) {
				bail!("[[publish]] {:?} is declared twice", kind.query);
			}
			if !medrec_primitives::records::category::is_known(kind.category) {
				bail!(
					"[[publish]] {:?}: category {} is not in MedRec's vocabulary (1-9, 64-67; see \
					 pallets/README.md)",
					kind.query,
					kind.category
				);
			}
		}
		Ok(())
	}
}

/// Bytes a query name may hold: letters, digits and `. _ / -`, never `:`, which ends the name in
/// a record's locator (`name:argument`).
fn is_query_name_byte(b: u8) -> bool {
	b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'/' | b'-')
}

#[cfg(test)]
mod tests {
	use super::{Config, StateConfig};

	const DEMO: &str = include_str!("../demo/gatekeeper.toml");

	fn check(text: &str) -> anyhow::Result<Config> {
		let config: Config = toml::from_str(text)?;
		config.check()?;
		Ok(config)
	}

	#[test]
	fn the_demo_configuration_is_valid() {
		check(DEMO).expect("the demo configuration checks");
	}

	#[test]
	fn tls_files_and_the_postgres_ca_are_relative_to_the_configuration() {
		let dir = tempfile::tempdir().expect("a temporary directory");
		let path = dir.path().join("gatekeeper.toml");
		let config = DEMO
			.replacen(
				"[chain]",
				"[tls]\ncertificate = \"cert.pem\"\nkey = \"/etc/key.pem\"\n\n[chain]",
				1,
			)
			.replacen(
				"sqlite = \"demo.sqlite\"",
				"postgres = \"postgres://gatekeeper@db.internal/emr\"\npostgres_ca = \"db-ca.pem\"",
				1,
			);
		std::fs::write(&path, config).expect("written");
		let config = Config::load(&path).expect("valid");
		let tls = config.tls.expect("[tls]");
		assert_eq!(tls.certificate, dir.path().join("cert.pem"));
		assert_eq!(tls.key, std::path::PathBuf::from("/etc/key.pem"), "absolute stays");
		assert_eq!(config.database.postgres_ca, Some(dir.path().join("db-ca.pem")));
		// Without [tls], plain HTTP.
		assert!(check(DEMO).expect("valid").tls.is_none());
	}

	#[test]
	fn a_postgres_ca_without_postgres_or_an_incomplete_tls_section_is_refused() {
		let config = DEMO.replacen(
			"sqlite = \"demo.sqlite\"",
			"sqlite = \"demo.sqlite\"\npostgres_ca = \"db-ca.pem\"",
			1,
		);
		let error = check(&config).expect_err("a CA for no server");
		assert!(error.to_string().contains("database.postgres_ca is set but"), "{error}");
		let config = DEMO.replacen("[chain]", "[tls]\ncertificate = \"cert.pem\"\n\n[chain]", 1);
		let error = check(&config).expect_err("no key");
		assert!(format!("{error:#}").contains("missing field `key`"), "{error:#}");
	}

	#[test]
	fn a_state_in_postgres_is_a_table_its_ca_relative_and_backup_points_to_pg_dump() {
		let dir = tempfile::tempdir().expect("a temporary directory");
		let path = dir.path().join("gatekeeper.toml");
		let replicated = format!(
			"{}\n[state]\npostgres = \"postgres://gatekeeper@db.internal/medrec\"\npostgres_ca = \"db-ca.pem\"\n",
			DEMO.replacen("state = \"gatekeeper-state.sqlite\"\n", "", 1)
		);
		assert!(!replicated.contains("state = \"gatekeeper-state.sqlite\""));
		std::fs::write(&path, &replicated).expect("written");
		let config = Config::load(&path).expect("valid");
		let StateConfig::Postgres(state) = &config.state else { panic!("{:?}", config.state) };
		assert_eq!(state.postgres, "postgres://gatekeeper@db.internal/medrec");
		assert_eq!(state.postgres_ca, Some(dir.path().join("db-ca.pem")));
		assert_eq!(state.schema, "medrec_gatekeeper", "the default schema");
		let error = config.state.file("`backup`").expect_err("no file to copy");
		assert!(error.to_string().contains("pg_dump --schema=medrec_gatekeeper"), "{error}");
		// The demo's file stays a file, relative to the configuration.
		std::fs::write(&path, DEMO).expect("written");
		let config = Config::load(&path).expect("valid");
		assert_eq!(
			config.state.file("`backup`").expect("a file"),
			dir.path().join("gatekeeper-state.sqlite")
		);
		// A mistyped key is refused, saying what `state` takes.
		let error = check(&replicated.replace("postgres_ca =", "postgres_cert ="))
			.expect_err("an unknown key");
		assert!(format!("{error:#}").contains("a [state] table with `postgres`"), "{error:#}");
	}

	#[test]
	fn a_panel_is_not_served_over_fhir() {
		let config = DEMO.replacen(
			"fields = [\"loinc\", \"label\", \"value\", \"unit\", \"taken_at\"]\n",
			"fields = [\"loinc\", \"label\", \"value\", \"unit\", \"taken_at\"]\nrows = \"many\"\n",
			1,
		);
		assert_ne!(config, DEMO);
		let error = check(&config).expect_err("the lab query has a FHIR mapping");
		assert!(error.to_string().contains("not served over FHIR"), "{error}");
	}

	#[test]
	fn a_publish_category_outside_the_vocabulary_is_refused() {
		let config =
			DEMO.replacen("query = \"lab\"\ncategory = 7", "query = \"lab\"\ncategory = 4548", 1);
		assert_ne!(config, DEMO, "the demo publishes labs as category 7");
		let error = check(&config).expect_err("4548 is a LOINC code, not a category");
		assert!(
			error.to_string().contains("category 4548 is not in MedRec's vocabulary"),
			"{error}"
		);
	}
}
