//! PostgreSQL as the provider's database.
//!
//! The same declared queries as for SQLite, with the named parameters (`:ref`, `:patient`,
//! `:param`, `:cohort`) rewritten to PostgreSQL's `$n` and bound as `text`: cast them where the
//! column has another type (`l.id = CAST(:ref AS integer)`). Every session is read-only
//! (`default_transaction_read_only`), so a query that writes fails; give the gatekeeper a role
//! that can only `SELECT` as well. Columns must be of a type the gatekeeper reads (booleans,
//! integers, floats, text, bytea); cast others (dates, numerics) to text in the query: the
//! check happens at startup.
//!
//! Connections use TLS with the server's certificate verified unless the URL says otherwise
//! ([`crate::postgres_tls`]). Errors of reads are reported by their SQLSTATE code, never with
//! the server's message ([`describe_error`]): PostgreSQL quotes the values it could not take
//! there, and a read's values are a patient's.

use crate::{
	postgres_tls::{SslMode, Target},
	records::{ReadError, Value},
};
use anyhow::{bail, Context};
use std::sync::atomic::{AtomicUsize, Ordering};
use tokio_postgres::{types::Type, Client, Row, Statement};

/// A declared statement, prepared on every connection, with its parameters' names in `$n`
/// order.
pub struct Prepared {
	per_client: Vec<Statement>,
	names: Vec<String>,
}

/// The provider's PostgreSQL database behind a few connections.
pub struct Postgres {
	clients: Vec<Client>,
	next: AtomicUsize,
}

/// Rewrites `:name` parameters (outside quotes, not `::` casts) to `$n`, one number per
/// distinct name; refuses names not in `allowed`.
pub fn rewrite(sql: &str, allowed: &[&str]) -> anyhow::Result<(String, Vec<String>)> {
	let bytes = sql.as_bytes();
	let (mut out, mut names) = (String::with_capacity(sql.len()), Vec::<String>::new());
	let (mut i, mut quote) = (0, None::<u8>);
	while i < bytes.len() {
		let c = bytes[i];
		match quote {
			Some(q) => {
				if c == q {
					quote = None;
				}
				out.push(c as char);
				i += 1;
			},
			None if c == b'\'' || c == b'"' => {
				quote = Some(c);
				out.push(c as char);
				i += 1;
			},
			None if c == b':' && bytes.get(i + 1) == Some(&b':') => {
				out.push_str("::");
				i += 2;
			},
			None if c == b':' && bytes.get(i + 1).is_some_and(|b| b.is_ascii_alphabetic()) => {
				let end = (i + 1..bytes.len())
					.find(|&j| !(bytes[j].is_ascii_alphanumeric() || bytes[j] == b'_'))
					.unwrap_or(bytes.len());
				let name = &sql[i + 1..end];
				if !allowed.contains(&name) {
					bail!("parameter :{name} is not one of {allowed:?}");
				}
				let n = match names.iter().position(|known| known == name) {
					Some(p) => p + 1,
					None => {
						names.push(name.to_owned());
						names.len()
					},
				};
				out.push_str(&format!("${n}"));
				i = end;
			},
			None => {
				// Copy the whole UTF-8 character.
				let len = sql[i..].chars().next().map_or(1, char::len_utf8);
				out.push_str(&sql[i..i + len]);
				i += len;
			},
		}
	}
	Ok((out, names))
}

fn readable(ty: &Type) -> bool {
	[
		Type::BOOL,
		Type::INT2,
		Type::INT4,
		Type::INT8,
		Type::FLOAT4,
		Type::FLOAT8,
		Type::TEXT,
		Type::VARCHAR,
		Type::BPCHAR,
		Type::NAME,
		Type::BYTEA,
	]
	.contains(ty)
}

impl Postgres {
	/// Connects `connections` read-only sessions to `target`.
	pub async fn connect(target: &Target, connections: usize) -> anyhow::Result<Self> {
		let mut clients = Vec::with_capacity(connections);
		for _ in 0..connections {
			let client = target.connect().await?;
			client.batch_execute("SET default_transaction_read_only = on").await?;
			clients.push(client);
		}
		match target.mode() {
			SslMode::Disable | SslMode::Require => tracing::warn!(
				database = %target.describe(),
				"connected to PostgreSQL; the server is not verified, so records could be read \
				 from an impostor or on the way: use sslmode=verify-full unless the network is \
				 the database host's own"
			),
			SslMode::VerifyCa | SslMode::VerifyFull => {
				tracing::info!(database = %target.describe(), "connected to PostgreSQL")
			},
		}
		Ok(Self { clients, next: AtomicUsize::new(0) })
	}

	/// Prepares `sql` on every connection, checking its parameters and that it returns
	/// `columns` readable columns.
	pub async fn prepare(
		&self,
		what: &str,
		sql: &str,
		allowed: &[&str],
		columns: usize,
	) -> anyhow::Result<Prepared> {
		let (rewritten, names) = rewrite(sql, allowed).with_context(|| what.to_owned())?;
		let types = vec![Type::TEXT; names.len()];
		let mut per_client = Vec::with_capacity(self.clients.len());
		for client in &self.clients {
			let statement = client
				.prepare_typed(&rewritten, &types)
				.await
				.with_context(|| format!("{what} does not prepare"))?;
			if statement.columns().len() != columns {
				bail!("{what} returns {} columns, expected {columns}", statement.columns().len());
			}
			if let Some(column) = statement.columns().iter().find(|c| !readable(c.type_())) {
				bail!(
					"{what}: column {} is {}; cast it to text (or float8) in the query",
					column.name(),
					column.type_()
				);
			}
			per_client.push(statement);
		}
		Ok(Prepared { per_client, names })
	}

	/// Runs `prepared` with `bind(name)` for each parameter; its first row, if any.
	pub async fn first_row(
		&self,
		prepared: &Prepared,
		bind: impl Fn(&str) -> String,
	) -> Result<Option<Row>, ReadError> {
		let i = self.next.fetch_add(1, Ordering::Relaxed) % self.clients.len();
		let values: Vec<String> = prepared.names.iter().map(|n| bind(n)).collect();
		let params: Vec<&(dyn tokio_postgres::types::ToSql + Sync)> =
			values.iter().map(|v| v as &(dyn tokio_postgres::types::ToSql + Sync)).collect();
		self.clients[i]
			.query_opt(&prepared.per_client[i], &params)
			.await
			.map_err(|e| ReadError::Postgres(describe_error(&e)))
	}

	/// Runs `prepared` with `bind(name)` for each parameter; every row, in the query's order.
	pub async fn rows(
		&self,
		prepared: &Prepared,
		bind: impl Fn(&str) -> String,
	) -> Result<Vec<Row>, ReadError> {
		let i = self.next.fetch_add(1, Ordering::Relaxed) % self.clients.len();
		let values: Vec<String> = prepared.names.iter().map(|n| bind(n)).collect();
		let params: Vec<&(dyn tokio_postgres::types::ToSql + Sync)> =
			values.iter().map(|v| v as &(dyn tokio_postgres::types::ToSql + Sync)).collect();
		self.clients[i]
			.query(&prepared.per_client[i], &params)
			.await
			.map_err(|e| ReadError::Postgres(describe_error(&e)))
	}

	/// Every row of a query without parameters.
	pub async fn all_rows(&self, prepared: &Prepared) -> Result<Vec<Row>, ReadError> {
		let i = self.next.fetch_add(1, Ordering::Relaxed) % self.clients.len();
		self.clients[i]
			.query(&prepared.per_client[i], &[])
			.await
			.map_err(|e| ReadError::Postgres(describe_error(&e)))
	}

	pub async fn first_column(&self, prepared: &Prepared) -> Result<Vec<String>, ReadError> {
		let i = self.next.fetch_add(1, Ordering::Relaxed) % self.clients.len();
		let rows = self.clients[i]
			.query(&prepared.per_client[i], &[])
			.await
			.map_err(|e| ReadError::Postgres(describe_error(&e)))?;
		Ok(rows.iter().filter_map(|row| row.get::<_, Option<String>>(0)).collect())
	}

	/// Whether a trivial query answers.
	pub async fn is_healthy(&self) -> bool {
		let i = self.next.fetch_add(1, Ordering::Relaxed) % self.clients.len();
		self.clients[i].simple_query("SELECT 1").await.is_ok()
	}
}

/// What went wrong, for logs and errors that may be logged: for an error the server reported,
/// its severity and SQLSTATE code only. Its message and detail are left out because they may
/// quote the values involved (`invalid input syntax for type integer: "…"`, a key's value in a
/// constraint's detail), and the values of a read are a patient's. The code says what kind of
/// error it was (`22P02`: a value of the wrong form); PostgreSQL's own log has the rest.
/// Errors of the connection or of decoding carry no values and are kept whole.
pub fn describe_error(error: &tokio_postgres::Error) -> String {
	match error.as_db_error() {
		Some(db) => format!(
			"PostgreSQL {} {} (its message may quote record values: see the server's log)",
			db.severity(),
			db.code().code()
		),
		None => error.to_string(),
	}
}

/// Column `i` of `row` as a [`Value`] (types were checked when preparing).
pub fn value_at(row: &Row, i: usize) -> Result<Value, ReadError> {
	let wrap = |e: tokio_postgres::Error| ReadError::Postgres(describe_error(&e));
	let ty = row.columns()[i].type_().clone();
	let value = if ty == Type::BOOL {
		row.try_get::<_, Option<bool>>(i)
			.map_err(wrap)?
			.map(|b| Value::Integer(i64::from(b)))
	} else if ty == Type::INT2 {
		row.try_get::<_, Option<i16>>(i)
			.map_err(wrap)?
			.map(|v| Value::Integer(v.into()))
	} else if ty == Type::INT4 {
		row.try_get::<_, Option<i32>>(i)
			.map_err(wrap)?
			.map(|v| Value::Integer(v.into()))
	} else if ty == Type::INT8 {
		row.try_get::<_, Option<i64>>(i).map_err(wrap)?.map(Value::Integer)
	} else if ty == Type::FLOAT4 {
		row.try_get::<_, Option<f32>>(i).map_err(wrap)?.map(|v| Value::Real(v.into()))
	} else if ty == Type::FLOAT8 {
		row.try_get::<_, Option<f64>>(i).map_err(wrap)?.map(Value::Real)
	} else if ty == Type::BYTEA {
		row.try_get::<_, Option<Vec<u8>>>(i).map_err(wrap)?.map(Value::Blob)
	} else {
		row.try_get::<_, Option<String>>(i).map_err(wrap)?.map(Value::Text)
	};
	Ok(value.unwrap_or(Value::Null))
}

#[cfg(test)]
mod tests {
	use super::{rewrite, Postgres};
	use crate::{postgres_tls::Target, records::ReadError};

	#[tokio::test]
	async fn a_read_error_names_its_code_and_never_the_values() {
		let Some((url, ca)) = crate::postgres_tls::tests::test_postgres() else { return };
		let url = if ca.is_some() { url } else { format!("{url}?sslmode=disable") };
		let target = Target::parse(&url, ca.as_deref()).expect("a URL");
		let db = Postgres::connect(&target, 1).await.expect("connects");
		let prepared = db
			.prepare("query \"lab\"", "SELECT CAST(:ref AS integer)", &["ref"], 1)
			.await
			.expect("prepares");
		// PostgreSQL's message quotes the value it could not read: `invalid input syntax for
		// type integer: "Hemoglobin A1c 7.9"`.
		let error = db
			.first_row(&prepared, |_| "Hemoglobin A1c 7.9".into())
			.await
			.expect_err("fails");
		let ReadError::Postgres(text) = &error else { panic!("{error}") };
		assert!(text.contains("22P02"), "the SQLSTATE: {text}");
		assert!(!text.contains("Hemoglobin") && !text.contains("7.9"), "{text}");
	}

	#[test]
	fn named_parameters_become_numbered_outside_quotes_and_casts() {
		let (sql, names) = rewrite(
			"SELECT a::text, ':ref' FROM t WHERE id = CAST(:ref AS int) AND p = :patient OR q = :ref",
			&["ref", "patient"],
		)
		.expect("allowed");
		assert_eq!(
			sql,
			"SELECT a::text, ':ref' FROM t WHERE id = CAST($1 AS int) AND p = $2 OR q = $1"
		);
		assert_eq!(names, ["ref", "patient"]);
		assert!(rewrite("SELECT 1 WHERE x = :evil", &["ref"]).is_err());
	}
}
