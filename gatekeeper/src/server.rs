//! The JSON-RPC API (HTTP POST and WebSocket on one port), and `GET /health`.
//!
//! | method | params | result |
//! |---|---|---|
//! | `gatekeeper_fetch` | `[FetchRequest]` | the disclosed fields, the authorizing block, the receipt |
//! | `gatekeeper_research` | `[ResearchRequest]` | an aggregate over opted-in patients, posted on chain first |
//! | `gatekeeper_receipts` | `[ReceiptsRequest]` | the patient's receipts with inclusion proofs |
//! | `gatekeeper_info` | `[]` | provider, receipt key, followed head |
//! | `system_health` | `[]` | chain, database and receipt store state (error if not serving) |
//!
//! Refusals are JSON-RPC errors with the codes of [`crate::refusal::Refusal::code`].

use crate::{
	gatekeeper::{ss58, Gatekeeper},
	refusal::Refusal,
	request::{FetchRequestJson, ReceiptsRequestJson},
	research::ResearchRequestJson,
};
use jsonrpsee::{
	server::{middleware::http::ProxyGetRequestLayer, RpcModule, Server, ServerHandle},
	types::{ErrorObject, ErrorObjectOwned},
};
use std::{net::SocketAddr, sync::Arc, time::Instant};

/// Records a request's outcome in the metrics.
fn observe<T>(
	gatekeeper: &Gatekeeper,
	method: &str,
	started: Instant,
	outcome: &Result<T, Refusal>,
) {
	gatekeeper.metrics.requests.with_label_values(&[method]).inc();
	gatekeeper
		.metrics
		.latency
		.with_label_values(&[method])
		.observe(started.elapsed().as_secs_f64());
	if let Err(refusal) = outcome {
		gatekeeper.metrics.refusals.with_label_values(&[refusal.label()]).inc();
		tracing::info!(method, reason = refusal.label(), code = refusal.code(), "refused");
	}
}

fn malformed(error: ErrorObjectOwned) -> Refusal {
	Refusal::Malformed(error.message().to_owned())
}

/// The API's methods.
pub fn module(gatekeeper: Arc<Gatekeeper>) -> anyhow::Result<RpcModule<Gatekeeper>> {
	let mut module = RpcModule::from_arc(gatekeeper);
	module.register_async_method("gatekeeper_fetch", |params, gatekeeper, _| async move {
		let started = Instant::now();
		let outcome = match params.one::<FetchRequestJson>() {
			Ok(request) => gatekeeper.fetch(request).await,
			Err(error) => Err(malformed(error)),
		};
		observe(&gatekeeper, "fetch", started, &outcome);
		outcome.map_err(ErrorObjectOwned::from)
	})?;
	module.register_async_method("gatekeeper_research", |params, gatekeeper, _| async move {
		let started = Instant::now();
		let outcome = match params.one::<ResearchRequestJson>() {
			Ok(request) => gatekeeper.research(request).await,
			Err(error) => Err(malformed(error)),
		};
		observe(&gatekeeper, "research", started, &outcome);
		outcome.map_err(ErrorObjectOwned::from)
	})?;
	module.register_blocking_method("gatekeeper_receipts", |params, gatekeeper, _| {
		let started = Instant::now();
		let outcome = params
			.one::<ReceiptsRequestJson>()
			.map_err(malformed)
			.and_then(|request| gatekeeper.patient_receipts(request));
		observe(&gatekeeper, "receipts", started, &outcome);
		outcome.map_err(ErrorObjectOwned::from)
	})?;
	module.register_method("gatekeeper_info", |_, gatekeeper, _| {
		serde_json::json!({
			"provider": ss58(&gatekeeper.provider),
			"receiptKey": crate::to_hex(gatekeeper.receipts.key()),
			"head": gatekeeper.chain.head().map(|h| serde_json::json!({
				"number": h.number, "hash": crate::to_hex(h.hash)
			})),
			"version": env!("CARGO_PKG_VERSION"),
		})
	})?;
	module.register_async_method("system_health", |_, gatekeeper, _| async move {
		let head = gatekeeper.chain.head();
		let database = gatekeeper.records.is_healthy().await;
		let receipts = gatekeeper.receipts.count().ok();
		let report = serde_json::json!({
			"chain": head.map(|h| serde_json::json!({ "number": h.number, "hash": crate::to_hex(h.hash) })),
			"database": database,
			"receipts": receipts,
		});
		if head.is_some() && database && receipts.is_some() {
			Ok(report)
		} else {
			Err(ErrorObject::owned(1100, "not serving", Some(report)))
		}
	})?;
	Ok(module)
}

/// Starts the API on `addr`; the returned handle stops it.
pub async fn start(
	addr: SocketAddr,
	gatekeeper: Arc<Gatekeeper>,
) -> anyhow::Result<(SocketAddr, ServerHandle)> {
	let health = ProxyGetRequestLayer::new("/health", "system_health")?;
	let server = Server::builder()
		.set_http_middleware(tower::ServiceBuilder::new().layer(health))
		.max_connections(1024)
		.build(addr)
		.await?;
	let local = server.local_addr()?;
	Ok((local, server.start(module(gatekeeper)?)))
}
