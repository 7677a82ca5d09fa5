//! The provider's database, read only through its declared queries.
//!
//! A record's locator `name:argument` selects the query `name`; the argument and the
//! patient's account are bound as the parameters `:ref` and `:patient`. Nothing a requester
//! sends reaches SQL: the requester names a pointer by number, and the gatekeeper finds the
//! locator behind the pointer's opaque reference in its own map (`references`).

use crate::{
	config::{DatabaseConfig, PublishConfig, QueryConfig, ResearchConfig, Rows, TemplateConfig},
	postgres::{self, Postgres, Prepared},
	postgres_tls,
};
use codec::{Decode, Encode};
use parking_lot::Mutex;
use rusqlite::{types::ValueRef, Connection, OpenFlags, OptionalExtension};
use serde::Serialize;
use std::{
	collections::HashMap,
	path::Path,
	sync::atomic::{AtomicUsize, Ordering},
};

/// One column's value, as the database returned it.
#[derive(Debug, Clone, PartialEq, Encode, Decode, Serialize)]
#[serde(untagged)]
pub enum Value {
	#[codec(index = 0)]
	Null,
	#[codec(index = 1)]
	Integer(i64),
	/// Encoded by its IEEE-754 bits, so the content hash is exact.
	#[codec(index = 2)]
	Real(#[codec(encoded_as = "RealBits")] f64),
	#[codec(index = 3)]
	Text(String),
	#[codec(index = 4)]
	Blob(#[serde(serialize_with = "hex_bytes")] Vec<u8>),
	/// A column of a panel (a query declared with `rows = "many"`): its value in each row, in
	/// the query's order. Never nested.
	#[codec(index = 5)]
	List(Vec<Value>),
}

/// `f64` as its bits, for SCALE.
#[derive(Encode, Decode)]
struct RealBits(u64);

impl codec::EncodeAsRef<'_, f64> for RealBits {
	type RefType = RealBits;
}
impl From<&f64> for RealBits {
	fn from(v: &f64) -> Self {
		RealBits(v.to_bits())
	}
}
impl From<RealBits> for f64 {
	fn from(v: RealBits) -> Self {
		f64::from_bits(v.0)
	}
}

fn hex_bytes<S: serde::Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
	s.serialize_str(&crate::to_hex(bytes))
}

/// A record: the values of its query's columns, in the declared order. For a panel, each
/// value is a [`Value::List`] of that column over the panel's rows.
#[derive(Debug, Clone, PartialEq, Encode, Decode)]
pub struct Record(pub Vec<Value>);

// A record's hash on chain is a salted commitment to all its values, whichever fields a
// request asks for: `references::commitment`.

/// What can go wrong reading a record.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
	#[error("no query is declared under the name {0:?}")]
	UnknownQuery(String),
	#[error("database: {0}")]
	Database(#[from] rusqlite::Error),
	#[error("database: {0}")]
	Postgres(String),
}

/// A prepared, checked query.
#[derive(Debug)]
pub struct Query {
	pub sql: String,
	pub fields: Vec<String>,
	/// Whether a record is every row the query returns (a panel), not its first.
	pub many: bool,
	/// Where `:ref` and `:patient` are bound, if the SQL uses them.
	ref_index: Option<usize>,
	patient_index: Option<usize>,
}

/// A checked research template.
#[derive(Debug)]
pub struct Template {
	pub code: u32,
	pub category: u32,
	pub title: String,
	pub parameter: String,
	pub sql: String,
	pub columns: Vec<String>,
}

/// An SQLite database behind a small pool of read-only connections.
pub struct Sqlite {
	connections: Vec<Mutex<Connection>>,
	next: AtomicUsize,
	queries: HashMap<String, Query>,
	templates: HashMap<u32, Template>,
	patients_sql: Option<String>,
	/// The publisher's list queries, by the declared query their records are read with.
	lists: HashMap<String, String>,
}

impl Sqlite {
	/// Opens the database read-only and checks every query: it must prepare, be read-only,
	/// return as many columns as it names fields, and use no parameter but `:ref` and
	/// `:patient`. Research templates are checked alike (one cohort column plus their
	/// declared columns, parameters `:param` and `:cohort` only), and the patients query.
	pub fn open(
		path: &Path,
		connections: usize,
		queries: &[QueryConfig],
		templates: &[TemplateConfig],
		research: Option<&ResearchConfig>,
	) -> anyhow::Result<Self> {
		use anyhow::{bail, Context};
		let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
			| OpenFlags::SQLITE_OPEN_NO_MUTEX
			| OpenFlags::SQLITE_OPEN_URI;
		let connections = (0..connections)
			.map(|_| {
				Connection::open_with_flags(path, flags)
					.with_context(|| format!("opening {}", path.display()))
			})
			.collect::<anyhow::Result<Vec<_>>>()?;
		let mut checked = HashMap::new();
		for query in queries {
			let statement = connections[0]
				.prepare(&query.sql)
				.with_context(|| format!("query {:?} does not prepare", query.name))?;
			if !statement.readonly() {
				bail!("query {:?} writes to the database; queries must only read", query.name);
			}
			if statement.column_count() != query.fields.len() {
				bail!(
					"query {:?} returns {} columns but names {} fields",
					query.name,
					statement.column_count(),
					query.fields.len()
				);
			}
			let (mut ref_index, mut patient_index) = (None, None);
			for index in 1..=statement.parameter_count() {
				match statement.parameter_name(index) {
					Some(":ref") => ref_index = Some(index),
					Some(":patient") => patient_index = Some(index),
					other => bail!(
						"query {:?} has parameter {other:?}; only :ref and :patient are bound",
						query.name
					),
				}
			}
			checked.insert(
				query.name.clone(),
				Query {
					sql: query.sql.clone(),
					fields: query.fields.clone(),
					many: query.rows == Rows::Many,
					ref_index,
					patient_index,
				},
			);
		}
		let mut checked_templates = HashMap::new();
		for template in templates {
			let statement = connections[0]
				.prepare(&template.sql)
				.with_context(|| format!("template {} does not prepare", template.code))?;
			if !statement.readonly() {
				bail!("template {} writes to the database", template.code);
			}
			if statement.column_count() != template.columns.len() + 1 {
				bail!(
					"template {} returns {} columns; it must return the cohort and its {} columns",
					template.code,
					statement.column_count(),
					template.columns.len()
				);
			}
			let mut uses_cohort = false;
			for index in 1..=statement.parameter_count() {
				match statement.parameter_name(index) {
					Some(":param") => {},
					Some(":cohort") => uses_cohort = true,
					other => bail!(
						"template {} has parameter {other:?}; only :param and :cohort are bound",
						template.code
					),
				}
			}
			if !uses_cohort {
				bail!(
					"template {} must restrict itself to :cohort (opted-in patients)",
					template.code
				);
			}
			checked_templates.insert(
				template.code,
				Template {
					code: template.code,
					category: template.category,
					title: template.title.clone(),
					parameter: template.parameter.clone(),
					sql: template.sql.clone(),
					columns: template.columns.clone(),
				},
			);
		}
		if let Some(research) = research {
			let statement = connections[0]
				.prepare(&research.patients_sql)
				.context("research.patients_sql does not prepare")?;
			if !statement.readonly()
				|| statement.column_count() != 1
				|| statement.parameter_count() != 0
			{
				bail!("research.patients_sql must only read, take no parameters and return one column");
			}
		}
		Ok(Self {
			connections: connections.into_iter().map(Mutex::new).collect(),
			next: AtomicUsize::new(0),
			queries: checked,
			templates: checked_templates,
			patients_sql: research.map(|r| r.patients_sql.clone()),
			lists: HashMap::new(),
		})
	}

	/// Checks a publisher's list query: it must prepare, be read-only, take no parameter and
	/// return three columns.
	fn check_list(&self, kind: &PublishConfig) -> anyhow::Result<()> {
		use anyhow::{bail, Context};
		let what = format!("[[publish]] {:?} list", kind.query);
		let connection = self.connection();
		let statement = connection
			.prepare(&kind.list)
			.with_context(|| format!("{what} does not prepare"))?;
		if !statement.readonly() {
			bail!("{what} is not read-only");
		}
		if statement.parameter_count() != 0 {
			bail!("{what} takes parameters; it lists every record, with none");
		}
		if statement.column_count() != 3 {
			bail!(
				"{what} returns {} columns, expected ref, patient, change marker",
				statement.column_count()
			);
		}
		Ok(())
	}

	/// The records `query`'s list names now.
	fn list(&self, query: &str) -> Result<Vec<Listed>, ReadError> {
		let sql = self.lists.get(query).ok_or_else(|| ReadError::UnknownQuery(query.to_owned()))?;
		let connection = self.connection();
		let mut statement = connection.prepare_cached(sql)?;
		let rows = statement.query_map([], |row| {
			Ok(Listed::new(
				value_of(row.get_ref(0)?),
				value_of(row.get_ref(1)?),
				value_of(row.get_ref(2)?),
			))
		})?;
		Ok(rows.filter_map(|row| row.transpose()).collect::<Result<_, _>>()?)
	}

	/// The research template `code`, if declared.
	pub fn template(&self, code: u32) -> Option<&Template> {
		self.templates.get(&code)
	}

	/// The participant numbers of the provider's patients, as text (empty without
	/// `research.patients_sql`).
	pub fn patient_numbers(&self) -> Result<Vec<String>, ReadError> {
		let Some(sql) = &self.patients_sql else { return Ok(Vec::new()) };
		let connection = self.connection();
		let mut statement = connection.prepare_cached(sql)?;
		let accounts = statement.query_map([], |row| row.get::<_, Option<String>>(0))?;
		Ok(accounts.filter_map(|a| a.transpose()).collect::<Result<_, _>>()?)
	}

	/// Runs `template` with `param` over `cohort` (participant numbers, as text): the cohort
	/// size it reports and its values.
	pub fn aggregate(
		&self,
		template: &Template,
		param: &str,
		cohort: &[String],
	) -> Result<(u32, Vec<Value>), ReadError> {
		let cohort_json = serde_json::to_string(cohort).unwrap_or_else(|_| "[]".into());
		let connection = self.connection();
		let mut statement = connection.prepare_cached(&template.sql)?;
		for index in 1..=statement.parameter_count() {
			match statement.parameter_name(index) {
				Some(":param") => statement.raw_bind_parameter(index, param)?,
				_ => statement.raw_bind_parameter(index, cohort_json.as_str())?,
			}
		}
		let mut rows = statement.raw_query();
		let Some(row) = rows.next()? else { return Ok((0, Vec::new())) };
		let size = match value_of(row.get_ref(0)?) {
			Value::Integer(n) => u32::try_from(n).unwrap_or(0),
			_ => 0,
		};
		let values = (1..=template.columns.len())
			.map(|i| Ok(value_of(row.get_ref(i)?)))
			.collect::<Result<Vec<_>, rusqlite::Error>>()?;
		Ok((size, values))
	}

	/// The declared query a reference names.
	pub fn query<'r>(&self, reference: &'r str) -> Result<(&Query, &'r str), ReadError> {
		let (name, argument) = split_reference(reference);
		let query =
			self.queries.get(name).ok_or_else(|| ReadError::UnknownQuery(name.to_owned()))?;
		Ok((query, argument))
	}

	/// The record at locator `reference` of `patient` (their participant number, as text), if
	/// the database has it.
	pub fn read(&self, reference: &str, patient: &str) -> Result<Option<Record>, ReadError> {
		let (query, argument) = self.query(reference)?;
		let connection = self.connection();
		let mut statement = connection.prepare_cached(&query.sql)?;
		if let Some(index) = query.ref_index {
			statement.raw_bind_parameter(index, argument)?;
		}
		if let Some(index) = query.patient_index {
			statement.raw_bind_parameter(index, patient)?;
		}
		let mut rows = statement.raw_query();
		let columns = query.fields.len();
		if query.many {
			let mut panel = Panel::new(columns);
			while let Some(row) = rows.next()? {
				panel.push((0..columns).map(|i| row.get_ref(i).map(value_of)))?;
			}
			return Ok(panel.into_record());
		}
		let record = rows
			.next()?
			.map(|row| {
				(0..columns)
					.map(|i| Ok(value_of(row.get_ref(i)?)))
					.collect::<Result<Vec<_>, rusqlite::Error>>()
					.map(Record)
			})
			.transpose()?;
		Ok(record)
	}

	/// Whether the database answers: a trivial read on one connection.
	fn is_healthy(&self) -> bool {
		self.connection()
			.query_row("SELECT 1", [], |row| row.get::<_, i64>(0))
			.optional()
			.is_ok_and(|v| v == Some(1))
	}

	/// A free connection if there is one, else the next in turn (waiting for it).
	fn connection(&self) -> parking_lot::MutexGuard<'_, Connection> {
		let n = self.connections.len();
		let start = self.next.fetch_add(1, Ordering::Relaxed);
		for i in 0..n {
			if let Some(guard) = self.connections[(start + i) % n].try_lock() {
				return guard;
			}
		}
		self.connections[start % n].lock()
	}
}

/// A record a publisher's list names: the argument its query reads it by, its patient (their
/// participant number) and its change marker (`None`: it has none, and is read every round).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
	pub argument: String,
	pub patient: String,
	pub version: Option<String>,
}

impl Listed {
	/// The row `(ref, patient, marker)`; `None` for a row without a ref or a patient (a
	/// patient not enrolled in MedRec yet, say), which is not published.
	fn new(argument: Value, patient: Value, version: Value) -> Option<Self> {
		let text = |value: Value| match value {
			Value::Null => None,
			Value::Integer(i) => Some(i.to_string()),
			Value::Real(r) => Some(r.to_string()),
			Value::Text(t) => Some(t),
			Value::Blob(b) => Some(crate::to_hex(b)),
			Value::List(_) => None,
		};
		Some(Self { argument: text(argument)?, patient: text(patient)?, version: text(version) })
	}
}

/// A record's locator `name:argument` as its query's name and the argument (empty
/// without a `:`).
pub(crate) fn split_reference(reference: &str) -> (&str, &str) {
	reference.split_once(':').unwrap_or((reference, ""))
}

/// A panel's rows, gathered column by column.
struct Panel {
	columns: Vec<Vec<Value>>,
}

impl Panel {
	fn new(columns: usize) -> Self {
		Self { columns: vec![Vec::new(); columns] }
	}

	/// Adds a row, given its values in column order.
	fn push<E>(&mut self, row: impl Iterator<Item = Result<Value, E>>) -> Result<(), E> {
		for (column, value) in self.columns.iter_mut().zip(row) {
			column.push(value?);
		}
		Ok(())
	}

	/// The panel as a record of lists, or none if the query returned no row.
	fn into_record(self) -> Option<Record> {
		if self.columns.first().is_none_or(Vec::is_empty) {
			return None;
		}
		Some(Record(self.columns.into_iter().map(Value::List).collect()))
	}
}

fn value_of(value: ValueRef<'_>) -> Value {
	match value {
		ValueRef::Null => Value::Null,
		ValueRef::Integer(i) => Value::Integer(i),
		ValueRef::Real(r) => Value::Real(r),
		ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
		ValueRef::Blob(b) => Value::Blob(b.to_vec()),
	}
}

/// A PostgreSQL database with its statements prepared.
pub struct Pg {
	db: Postgres,
	queries: HashMap<String, (Query, Prepared)>,
	templates: HashMap<u32, (Template, Prepared)>,
	patients: Option<Prepared>,
	lists: HashMap<String, Prepared>,
}

/// The provider's database, SQLite or PostgreSQL, read only through its declared queries.
pub enum Records {
	Sqlite(Sqlite),
	Postgres(Box<Pg>),
}

impl Records {
	/// Opens the configured database and checks every declared query and template.
	pub async fn open(
		config: &DatabaseConfig,
		queries: &[QueryConfig],
		templates: &[TemplateConfig],
		research: Option<&ResearchConfig>,
	) -> anyhow::Result<Self> {
		match (&config.sqlite, &config.postgres) {
			(Some(path), None) => Ok(Records::Sqlite(Sqlite::open(
				path,
				config.connections,
				queries,
				templates,
				research,
			)?)),
			(None, Some(url)) => {
				let target = postgres_tls::Target::parse(url, config.postgres_ca.as_deref())?;
				let db = Postgres::connect(&target, config.connections).await?;
				let mut checked = HashMap::new();
				for q in queries {
					let what = format!("query {:?}", q.name);
					let prepared =
						db.prepare(&what, &q.sql, &["ref", "patient"], q.fields.len()).await?;
					let query = Query {
						sql: q.sql.clone(),
						fields: q.fields.clone(),
						many: q.rows == Rows::Many,
						ref_index: None,
						patient_index: None,
					};
					checked.insert(q.name.clone(), (query, prepared));
				}
				let mut checked_templates = HashMap::new();
				for t in templates {
					let what = format!("template {}", t.code);
					let prepared = db
						.prepare(&what, &t.sql, &["param", "cohort"], t.columns.len() + 1)
						.await?;
					let template = Template {
						code: t.code,
						category: t.category,
						title: t.title.clone(),
						parameter: t.parameter.clone(),
						sql: t.sql.clone(),
						columns: t.columns.clone(),
					};
					checked_templates.insert(t.code, (template, prepared));
				}
				let patients = match research {
					Some(r) => {
						Some(db.prepare("research.patients_sql", &r.patients_sql, &[], 1).await?)
					},
					None => None,
				};
				Ok(Records::Postgres(Box::new(Pg {
					db,
					queries: checked,
					templates: checked_templates,
					patients,
					lists: HashMap::new(),
				})))
			},
			_ => anyhow::bail!("database: set exactly one of sqlite and postgres"),
		}
	}

	/// The declared query a reference names, and the reference's argument.
	pub fn query<'r>(&self, reference: &'r str) -> Result<(&Query, &'r str), ReadError> {
		match self {
			Records::Sqlite(db) => db.query(reference),
			Records::Postgres(pg) => {
				let (name, argument) = split_reference(reference);
				let (query, _) =
					pg.queries.get(name).ok_or_else(|| ReadError::UnknownQuery(name.to_owned()))?;
				Ok((query, argument))
			},
		}
	}

	/// The research templates offered, by code.
	pub fn templates(&self) -> Vec<&Template> {
		let mut all: Vec<&Template> = match self {
			Records::Sqlite(db) => db.templates.values().collect(),
			Records::Postgres(pg) => pg.templates.values().map(|(t, _)| t).collect(),
		};
		all.sort_by_key(|t| t.code);
		all
	}

	/// The research template `code`, if declared.
	pub fn template(&self, code: u32) -> Option<&Template> {
		match self {
			Records::Sqlite(db) => db.template(code),
			Records::Postgres(pg) => pg.templates.get(&code).map(|(t, _)| t),
		}
	}

	/// The record at locator `reference` of `patient` (their participant number, as text), if
	/// the database has it.
	pub async fn read(&self, reference: &str, patient: &str) -> Result<Option<Record>, ReadError> {
		match self {
			// SQLite reads in-process in microseconds: not worth a thread hop.
			Records::Sqlite(db) => db.read(reference, patient),
			Records::Postgres(pg) => {
				let (name, argument) = split_reference(reference);
				let (query, prepared) =
					pg.queries.get(name).ok_or_else(|| ReadError::UnknownQuery(name.to_owned()))?;
				let bind = |param: &str| match param {
					"ref" => argument.to_owned(),
					_ => patient.to_owned(),
				};
				let columns = query.fields.len();
				if query.many {
					let mut panel = Panel::new(columns);
					for row in pg.db.rows(prepared, bind).await? {
						panel.push((0..columns).map(|i| postgres::value_at(&row, i)))?;
					}
					return Ok(panel.into_record());
				}
				let Some(row) = pg.db.first_row(prepared, bind).await? else { return Ok(None) };
				let values = (0..columns)
					.map(|i| postgres::value_at(&row, i))
					.collect::<Result<Vec<_>, _>>()?;
				Ok(Some(Record(values)))
			},
		}
	}

	/// Checks and prepares the publisher's list queries (`[[publish]]`).
	pub async fn prepare_lists(&mut self, kinds: &[PublishConfig]) -> anyhow::Result<()> {
		for kind in kinds {
			self.query(&kind.query).map_err(|e| anyhow::anyhow!("[[publish]]: {e}"))?;
			match self {
				Records::Sqlite(db) => {
					db.check_list(kind)?;
					db.lists.insert(kind.query.clone(), kind.list.clone());
				},
				Records::Postgres(pg) => {
					let what = format!("[[publish]] {:?} list", kind.query);
					let prepared = pg.db.prepare(&what, &kind.list, &[], 3).await?;
					pg.lists.insert(kind.query.clone(), prepared);
				},
			}
		}
		Ok(())
	}

	/// The records the publisher's list for `query` names now.
	pub async fn list(&self, query: &str) -> Result<Vec<Listed>, ReadError> {
		match self {
			Records::Sqlite(db) => db.list(query),
			Records::Postgres(pg) => {
				let prepared =
					pg.lists.get(query).ok_or_else(|| ReadError::UnknownQuery(query.to_owned()))?;
				let rows = pg.db.all_rows(prepared).await?;
				let mut listed = Vec::with_capacity(rows.len());
				for row in &rows {
					let at = |i| postgres::value_at(row, i);
					listed.extend(Listed::new(at(0)?, at(1)?, at(2)?));
				}
				Ok(listed)
			},
		}
	}

	/// The participant numbers of the provider's patients, as text.
	pub async fn patient_numbers(&self) -> Result<Vec<String>, ReadError> {
		match self {
			Records::Sqlite(db) => db.patient_numbers(),
			Records::Postgres(pg) => match &pg.patients {
				Some(prepared) => pg.db.first_column(prepared).await,
				None => Ok(Vec::new()),
			},
		}
	}

	/// Runs `template` with `param` over `cohort` (participant numbers, as text): the cohort
	/// size it reports and its values.
	pub async fn aggregate(
		&self,
		template: &Template,
		param: &str,
		cohort: &[String],
	) -> Result<(u32, Vec<Value>), ReadError> {
		match self {
			Records::Sqlite(db) => db.aggregate(template, param, cohort),
			Records::Postgres(pg) => {
				let (_, prepared) = pg
					.templates
					.get(&template.code)
					.ok_or_else(|| ReadError::UnknownQuery(template.code.to_string()))?;
				let cohort_json = serde_json::to_string(cohort).unwrap_or_else(|_| "[]".into());
				let bind = |name: &str| match name {
					"param" => param.to_owned(),
					_ => cohort_json.clone(),
				};
				let Some(row) = pg.db.first_row(prepared, bind).await? else {
					return Ok((0, Vec::new()));
				};
				let size = match postgres::value_at(&row, 0)? {
					Value::Integer(n) => u32::try_from(n).unwrap_or(0),
					_ => 0,
				};
				let values = (1..=template.columns.len())
					.map(|i| postgres::value_at(&row, i))
					.collect::<Result<Vec<_>, _>>()?;
				Ok((size, values))
			},
		}
	}

	/// Whether the database answers.
	pub async fn is_healthy(&self) -> bool {
		match self {
			Records::Sqlite(db) => db.is_healthy(),
			Records::Postgres(pg) => pg.db.is_healthy().await,
		}
	}
}

/// The demo EMR (demo/schema.sql, demo/seed.sql) in a new SQLite file, MRN-0001 enrolled as
/// participant 7 and MRN-0002 as 9, opened with the demo configuration's queries: what the
/// tests of several modules read.
#[cfg(test)]
pub(crate) struct DemoEmr {
	/// Holds the database file; removed when dropped.
	pub _dir: tempfile::TempDir,
	/// The test's own connection, to read or change rows.
	pub db: Connection,
	/// The demo configuration, its database the file above.
	pub config: crate::config::Config,
	pub records: Records,
}

#[cfg(test)]
impl DemoEmr {
	pub async fn open() -> Self {
		let dir = tempfile::tempdir().expect("a temporary directory");
		let path = dir.path().join("demo.sqlite");
		let db = Connection::open(&path).expect("a new database");
		db.execute_batch(include_str!("../demo/schema.sql")).expect("the schema");
		db.execute_batch(include_str!("../demo/seed.sql")).expect("the seed");
		db.execute_batch(
			"UPDATE patients SET medrec_number = 7 WHERE mrn = 'MRN-0001';
			 UPDATE patients SET medrec_number = 9 WHERE mrn = 'MRN-0002';",
		)
		.expect("enrolled");
		let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("demo/gatekeeper.toml");
		let mut config = crate::config::Config::load(&config).expect("the demo configuration");
		config.database.sqlite = Some(path);
		let records = Records::open(&config.database, &config.queries, &[], None)
			.await
			.expect("the demo database opens");
		Self { _dir: dir, db, config, records }
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The demo EMR in a new SQLite file, opened with the demo configuration's queries.
	/// The participant numbers [`DemoEmr`] enrols MRN-0001 and MRN-0002 with.
	const ANA: &str = "7";
	const CHIDI: &str = "9";

	#[tokio::test]
	async fn a_panel_is_every_row_of_its_query_column_by_column() {
		let demo = DemoEmr::open().await;
		let records = &demo.records;
		let panel = records
			.read("lab-panel:2026-11-01T08:30:00Z", ANA)
			.await
			.expect("reads")
			.expect("Ana's panel of 1 November");
		let column = |i: usize| match &panel.0[i] {
			Value::List(values) => values.clone(),
			other => panic!("a panel's field is a list: {other:?}"),
		};
		assert_eq!(
			column(0),
			["4548-4", "2093-3", "33914-3"].map(|c| Value::Text(c.into())).to_vec()
		);
		assert_eq!(column(2), [7.9, 212.0, 74.0].map(Value::Real).to_vec());
		// Another patient's panel of the same draw is not hers; a draw without results, none.
		assert_eq!(
			records.read("lab-panel:2026-11-01T08:30:00Z", CHIDI).await.expect("reads"),
			None
		);
		assert_eq!(records.read("lab-panel:1999-01-01", ANA).await.expect("reads"), None);
		// A single-row query is unchanged: plain values.
		let lab = records.read("lab:1", ANA).await.expect("reads").expect("lab 1");
		assert_eq!(lab.0[2], Value::Real(7.9));
	}

	#[test]
	fn a_panel_value_encodes_as_its_own_variant() {
		let panel = Value::List(vec![Value::Real(7.9), Value::Null]);
		let mut expected = vec![5, 2 << 2, 2];
		expected.extend(7.9f64.to_bits().to_le_bytes());
		expected.push(0);
		assert_eq!(panel.encode(), expected);
		assert_eq!(serde_json::to_string(&panel).expect("serializes"), "[7.9,null]");
	}
}
