//! PostgreSQL as the provider's database.
//!
//! The same declared queries as for SQLite, with the named parameters (`:ref`, `:patient`,
//! `:param`, `:cohort`) rewritten to PostgreSQL's `$n` and bound as `text`: cast them where the
//! column has another type (`l.id = CAST(:ref AS integer)`). Every session is read-only
//! (`default_transaction_read_only`), so a query that writes fails; give the gatekeeper a role
//! that can only `SELECT` as well. Columns must be of a type the gatekeeper reads (booleans,
//! integers, floats, text, bytea); cast others (dates, numerics) to text in the query: the
//! check happens at startup.

use crate::records::{ReadError, Value};
use anyhow::{bail, Context};
use std::sync::atomic::{AtomicUsize, Ordering};
use tokio_postgres::{types::Type, Client, NoTls, Row, Statement};

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
	/// Connects `connections` read-only sessions to `url`.
	pub async fn connect(url: &str, connections: usize) -> anyhow::Result<Self> {
		let mut clients = Vec::with_capacity(connections);
		for _ in 0..connections {
			let (client, connection) =
				tokio_postgres::connect(url, NoTls).await.context("connecting to PostgreSQL")?;
			tokio::spawn(async move {
				if let Err(error) = connection.await {
					tracing::error!(%error, "PostgreSQL connection ended");
				}
			});
			client.batch_execute("SET default_transaction_read_only = on").await?;
			clients.push(client);
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
			.map_err(|e| ReadError::Postgres(e.to_string()))
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
			.map_err(|e| ReadError::Postgres(e.to_string()))
	}

	/// Every row of a query without parameters.
	pub async fn all_rows(&self, prepared: &Prepared) -> Result<Vec<Row>, ReadError> {
		let i = self.next.fetch_add(1, Ordering::Relaxed) % self.clients.len();
		self.clients[i]
			.query(&prepared.per_client[i], &[])
			.await
			.map_err(|e| ReadError::Postgres(e.to_string()))
	}

	pub async fn first_column(&self, prepared: &Prepared) -> Result<Vec<String>, ReadError> {
		let i = self.next.fetch_add(1, Ordering::Relaxed) % self.clients.len();
		let rows = self.clients[i]
			.query(&prepared.per_client[i], &[])
			.await
			.map_err(|e| ReadError::Postgres(e.to_string()))?;
		Ok(rows.iter().filter_map(|row| row.get::<_, Option<String>>(0)).collect())
	}

	/// Whether a trivial query answers.
	pub async fn is_healthy(&self) -> bool {
		let i = self.next.fetch_add(1, Ordering::Relaxed) % self.clients.len();
		self.clients[i].simple_query("SELECT 1").await.is_ok()
	}
}

/// Column `i` of `row` as a [`Value`] (types were checked when preparing).
pub fn value_at(row: &Row, i: usize) -> Result<Value, ReadError> {
	let wrap = |e: tokio_postgres::Error| ReadError::Postgres(e.to_string());
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
	use super::rewrite;

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
