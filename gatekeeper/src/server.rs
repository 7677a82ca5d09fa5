//! The JSON-RPC API (HTTP POST and WebSocket on one port), `GET /health`, and the FHIR facade
//! under `/fhir` ([`crate::fhir`]).
//!
//! | method | params | result |
//! |---|---|---|
//! | `gatekeeper_fetch` | `[FetchRequest]` | the disclosed fields, the authorizing block, the receipt |
//! | `gatekeeper_research` | `[ResearchRequest]` | an aggregate over opted-in patients, posted on chain first |
//! | `gatekeeper_receipts` | `[ReceiptsRequest]` | a page of the patient's receipts with inclusion proofs |
//! | `gatekeeper_receipt` | `[ReceiptsRequest]` (with `seq`) | one of the patient's receipts, by number |
//! | `gatekeeper_info` | `[]` | provider, receipt key, followed head, research templates, the publisher's counts |
//! | `system_health` | `[]` | chain, database and receipt store state (error if not serving) |
//!
//! Refusals are JSON-RPC errors with the codes of [`crate::refusal::Refusal::code`].
//!
//! ## Limits
//!
//! Nobody needs a key to send the gatekeeper bytes, so what those bytes can cost is bounded
//! before anything is decoded:
//!
//! - A request body (or WebSocket message) holds at most [`MAX_REQUEST_BYTES`], and a method's
//!   `params` at most [`max_params_bytes`]. JSON-RPC batches are refused: each call costs a
//!   signature check, and one body should not buy many.
//! - Each field has its own bound ([`crate::request`]), checked before it is decoded.
//! - Connections are served by our own accept loop, which keeps at most `max_connections`
//!   open, at most `max_connections_per_client` from one address ([`Connections`]), and
//!   closes a connection that sends nothing for `read_timeout_secs` while the gatekeeper waits
//!   for it ([`TimedRead`]). A connection whose call the gatekeeper is still working on is not
//!   timed: the wait is ours, not the client's. WebSocket clients are pinged, and their pongs
//!   keep them connected while idle.
//! - With `[tls]` ([`crate::tls`]), an admitted connection's TLS handshake runs within those
//!   limits: over the timed reads, and as a whole within the read timeout, so a client that
//!   trickles its handshake holds its place no longer than one that sends nothing.

use crate::{
	config::ServerConfig,
	fhir::{self, Facade},
	gatekeeper::{ss58, Gatekeeper},
	metrics::Metrics,
	refusal::Refusal,
	request::{FetchRequestJson, ReceiptsRequestJson},
	research::ResearchRequestJson,
};
use jsonrpsee::{
	server::{
		middleware::{http::ProxyGetRequestLayer, rpc::RpcServiceT},
		serve_with_graceful_shutdown, stop_channel, BatchRequestConfig, HttpBody, HttpRequest,
		HttpResponse, MethodResponse, Methods, PingConfig, RpcModule, RpcServiceBuilder, Server,
		ServerHandle,
	},
	types::{ErrorObject, ErrorObjectOwned, Request},
};
use parking_lot::Mutex;
use std::{
	collections::HashMap,
	future::Future,
	io,
	net::{IpAddr, SocketAddr},
	pin::Pin,
	sync::{
		atomic::{AtomicBool, AtomicUsize, Ordering},
		Arc,
	},
	task::{Context, Poll},
	time::{Duration, Instant},
};
use tokio::{
	io::{AsyncRead, AsyncWrite, ReadBuf},
	net::TcpListener,
	time::Sleep,
};

/// The largest request body (or WebSocket message) accepted, in bytes. The largest legitimate
/// request is a research request with [`crate::research::MAX_PARAMS_BYTES`] of parameters:
/// even with every byte escaped in JSON (`\u0000`, six characters), it and the other fields
/// fit. Larger bodies are refused with HTTP 413 before they are read to the end.
pub const MAX_REQUEST_BYTES: u32 = 32 * 1024;

/// The most bytes of JSON a method's `params` may hold. A fetch or receipts request is about
/// 500 bytes; research carries its parameters.
pub fn max_params_bytes(method: &str) -> usize {
	match method {
		"gatekeeper_research" => MAX_REQUEST_BYTES as usize,
		_ => 2 * 1024,
	}
}

/// Records a request's outcome in the metrics.
pub(crate) fn observe<T>(
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
	module.register_async_method("gatekeeper_receipts", |params, gatekeeper, _| async move {
		let started = Instant::now();
		let outcome = match params.one::<ReceiptsRequestJson>() {
			Ok(request) => gatekeeper.clone().patient_receipts(request).await,
			Err(error) => Err(malformed(error)),
		};
		observe(&gatekeeper, "receipts", started, &outcome);
		outcome.map_err(ErrorObjectOwned::from)
	})?;
	module.register_async_method("gatekeeper_receipt", |params, gatekeeper, _| async move {
		let started = Instant::now();
		let outcome = match params.one::<ReceiptsRequestJson>() {
			Ok(request) => gatekeeper.clone().patient_receipt(request).await,
			Err(error) => Err(malformed(error)),
		};
		observe(&gatekeeper, "receipt", started, &outcome);
		outcome.map_err(ErrorObjectOwned::from)
	})?;
	module.register_method("gatekeeper_info", |_, gatekeeper, _| {
		serde_json::json!({
			"provider": ss58(&gatekeeper.provider),
			"receiptKey": crate::to_hex(gatekeeper.receipts.key()),
			"head": gatekeeper.chain.head().map(|h| serde_json::json!({
				"number": h.number, "hash": crate::to_hex(h.hash)
			})),
			"templates": gatekeeper.records.templates().iter().map(|t| serde_json::json!({
				"code": t.code, "category": t.category, "title": t.title,
				"parameter": t.parameter, "columns": t.columns,
			})).collect::<Vec<_>>(),
			"publisher": gatekeeper.publishing.lock().clone(),
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

/// Starts the API on `addr` with `limits`, over TLS with `tls` (HTTPS and WSS) or else plain
/// (HTTP and WS); the returned handle stops it (no new connections; calls under way are
/// answered first).
pub async fn start(
	addr: SocketAddr,
	limits: &ServerConfig,
	tls: Option<Arc<rustls::ServerConfig>>,
	gatekeeper: Arc<Gatekeeper>,
	fhir: Arc<Facade>,
) -> anyhow::Result<(SocketAddr, ServerHandle)> {
	let tls = tls.map(tokio_rustls::TlsAcceptor::from);
	let listener = TcpListener::bind(addr).await?;
	let local = listener.local_addr()?;
	let read_timeout = Duration::from_secs(limits.read_timeout_secs);
	let metrics = gatekeeper.metrics.clone();
	let screen_metrics = metrics.clone();
	let health = ProxyGetRequestLayer::new("/health", "system_health")?;
	let builder = Server::builder()
		.max_request_body_size(MAX_REQUEST_BYTES)
		.set_batch_request_config(BatchRequestConfig::Disabled)
		// jsonrpsee counts calls in progress (and WebSocket connections), which cannot exceed
		// the connections `Connections` admits.
		.max_connections(limits.max_connections)
		// Pongs are bytes: an idle WebSocket client that answers pings is never timed out.
		.enable_ws_ping(
			PingConfig::new().ping_interval(read_timeout / 3).inactive_limit(read_timeout),
		)
		.set_http_middleware(tower::ServiceBuilder::new().layer(health))
		.set_rpc_middleware(
			RpcServiceBuilder::new()
				.layer_fn(move |inner| Screen { inner, metrics: screen_metrics.clone() }),
		)
		.to_service_builder();
	let methods: Methods = module(gatekeeper)?.into();
	let connections = Arc::new(Connections::new(
		limits.max_connections as usize,
		limits.max_connections_per_client as usize,
	));
	let (stop, handle) = stop_channel();
	tokio::spawn(async move {
		let stopped = stop.clone().shutdown();
		tokio::pin!(stopped);
		loop {
			let (socket, peer) = tokio::select! {
				accepted = listener.accept() => match accepted {
					Ok(accepted) => accepted,
					Err(error) => {
						// Mostly out of file descriptors: wait for some to close, not spin.
						tracing::warn!(%error, "accepting a connection failed");
						tokio::time::sleep(Duration::from_millis(50)).await;
						continue;
					},
				},
				() = &mut stopped => break,
			};
			let admitted = match connections.admit(peer.ip()) {
				Ok(admitted) => admitted,
				Err(refused) => {
					// Closed before a byte is read: a refused connection costs an accept.
					metrics.connections_refused.with_label_values(&[refused.label()]).inc();
					tracing::debug!(%peer, limit = refused.label(), "connection refused");
					continue;
				},
			};
			metrics.connections.inc();
			// Requests and answers are small; Nagle would only delay them.
			let _ = socket.set_nodelay(true);
			let activity = Arc::new(Activity::default());
			let io = TimedRead::new(socket, read_timeout, activity.clone());
			let service = Tagged {
				inner: builder.clone().build(methods.clone(), stop.clone()),
				activity: activity.clone(),
				fhir: fhir.clone(),
			};
			let (stopped, metrics, tls) = (stop.clone().shutdown(), metrics.clone(), tls.clone());
			tokio::spawn(async move {
				let mut stopped = std::pin::pin!(stopped);
				let served = match tls {
					None => serve_with_graceful_shutdown(io, service, stopped).await,
					Some(tls) => {
						// Reads during the handshake are timed like any others; the whole of it
						// must also end within the timeout, however the client paces its bytes.
						let handshake = tokio::time::timeout(read_timeout, tls.accept(io));
						let accepted = tokio::select! {
							accepted = handshake => Some(accepted),
							// Stopping: no new session, and nothing of one to answer.
							() = &mut stopped => None,
						};
						match accepted {
							None => Ok(()),
							Some(Ok(Ok(stream))) => {
								serve_with_graceful_shutdown(stream, service, stopped).await
							},
							Some(Ok(Err(error))) => {
								metrics.tls_handshakes_failed.inc();
								Err(format!("TLS handshake failed: {error}").into())
							},
							Some(Err(_)) => {
								metrics.tls_handshakes_failed.inc();
								activity.timed_out.store(true, Ordering::Relaxed);
								Err("TLS handshake unfinished within the read timeout".into())
							},
						}
					},
				};
				if let Err(error) = served {
					tracing::debug!(%peer, %error, "connection ended");
				}
				if activity.timed_out.load(Ordering::Relaxed) {
					metrics.read_timeouts.inc();
				}
				metrics.connections.dec();
				drop(admitted);
			});
		}
	});
	Ok((local, handle))
}

/// Refuses a call whose `params` exceed its method's bound before they are parsed, and tells
/// the connection's [`TimedRead`] that the gatekeeper, not the client, is working while the
/// call runs.
#[derive(Clone)]
struct Screen<S> {
	inner: S,
	metrics: Arc<Metrics>,
}

impl<'a, S> RpcServiceT<'a> for Screen<S>
where
	S: RpcServiceT<'a> + Send + Sync,
	S::Future: 'a,
{
	type Future = Pin<Box<dyn Future<Output = MethodResponse> + Send + 'a>>;

	fn call(&self, request: Request<'a>) -> Self::Future {
		let size = request.params.as_ref().map_or(0, |params| params.get().len());
		let limit = max_params_bytes(request.method_name());
		if size > limit {
			let refusal = Refusal::Malformed(format!(
				"params of {}: at most {limit} bytes of JSON",
				request.method_name()
			));
			self.metrics.refusals.with_label_values(&[refusal.label()]).inc();
			let response = MethodResponse::error(request.id(), ErrorObjectOwned::from(refusal));
			return Box::pin(std::future::ready(response));
		}
		let working = request.extensions().get::<Arc<Activity>>().map(|a| a.working());
		let call = self.inner.call(request);
		Box::pin(async move {
			let _working = working;
			call.await
		})
	}
}

/// Hands each request of a connection its [`Activity`], which jsonrpsee copies into every call
/// of the request (or of the WebSocket it opens), where [`Screen`] finds it; and answers
/// requests under `/fhir` with the FHIR facade, the rest with JSON-RPC.
#[derive(Clone)]
struct Tagged<S> {
	inner: S,
	activity: Arc<Activity>,
	fhir: Arc<Facade>,
}

impl<S, B> tower::Service<HttpRequest<B>> for Tagged<S>
where
	S: tower::Service<HttpRequest<B>, Response = HttpResponse>,
	S::Future: Send + 'static,
{
	type Response = HttpResponse;
	type Error = S::Error;
	type Future = Pin<Box<dyn Future<Output = Result<HttpResponse, S::Error>> + Send>>;

	fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
		self.inner.poll_ready(cx)
	}

	fn call(&mut self, mut request: HttpRequest<B>) -> Self::Future {
		let path = request.uri().path();
		if path == fhir::BASE || path.starts_with(concat!("/fhir", "/")) {
			let header = |name: http::header::HeaderName| {
				request.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
			};
			let (authorization, host) =
				(header(http::header::AUTHORIZATION), header(http::header::HOST));
			let target = request.uri().path_and_query().map_or(path, |pq| pq.as_str()).to_owned();
			let method = request.method().as_str().to_owned();
			let (fhir, working) = (self.fhir.clone(), self.activity.working());
			return Box::pin(async move {
				let _working = working;
				// Any origin may ask: requests carry a signature, not cookies, so a page that
				// reads them learns only what its own user's key may read. A browser asks
				// first (OPTIONS) because of the `Authorization` header.
				let mut response = if method == "OPTIONS" {
					let mut response = HttpResponse::new(HttpBody::from(""));
					*response.status_mut() = http::StatusCode::NO_CONTENT;
					let headers = response.headers_mut();
					headers.insert(
						http::header::ACCESS_CONTROL_ALLOW_METHODS,
						http::HeaderValue::from_static("GET"),
					);
					headers.insert(
						http::header::ACCESS_CONTROL_ALLOW_HEADERS,
						http::HeaderValue::from_static("authorization, accept"),
					);
					headers.insert(
						http::header::ACCESS_CONTROL_MAX_AGE,
						http::HeaderValue::from_static("600"),
					);
					response
				} else {
					let answer = fhir
						.handle(&method, &target, authorization.as_deref(), host.as_deref())
						.await;
					let mut response = HttpResponse::new(HttpBody::from(answer.body.to_string()));
					*response.status_mut() = http::StatusCode::from_u16(answer.status)
						.unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
					response.headers_mut().insert(
						http::header::CONTENT_TYPE,
						http::HeaderValue::from_static(fhir::CONTENT_TYPE),
					);
					response
				};
				response.headers_mut().insert(
					http::header::ACCESS_CONTROL_ALLOW_ORIGIN,
					http::HeaderValue::from_static("*"),
				);
				Ok(response)
			});
		}
		request.extensions_mut().insert(self.activity.clone());
		Box::pin(self.inner.call(request))
	}
}

/// What one connection is doing, as its reads need to know.
#[derive(Debug, Default)]
pub struct Activity {
	/// Calls of this connection the gatekeeper is working on.
	calls: AtomicUsize,
	/// Whether the connection was closed for sending nothing for the read timeout.
	timed_out: AtomicBool,
}

impl Activity {
	/// Marks a call under way until the returned guard is dropped.
	pub fn working(self: &Arc<Self>) -> Working {
		self.calls.fetch_add(1, Ordering::SeqCst);
		Working(self.clone())
	}

	fn is_working(&self) -> bool {
		self.calls.load(Ordering::SeqCst) > 0
	}
}

/// A call under way (see [`Activity::working`]).
pub struct Working(Arc<Activity>);

impl Drop for Working {
	fn drop(&mut self) {
		self.0.calls.fetch_sub(1, Ordering::SeqCst);
	}
}

/// An IO whose reads fail with [`io::ErrorKind::TimedOut`] once no byte has arrived for
/// `timeout` while a read waits, which closes the connection. Without it a client that sends
/// headers and then nothing (or nothing at all) holds its connection for ever.
///
/// A write that makes progress starts the clock over too: hyper reads while it writes an
/// answer (to notice a client hanging up), and a client taking a long answer slowly is busy
/// with us, not idle.
///
/// The clock stops while the connection's [`Activity`] has a call under way: hyper reads
/// during a call only to notice a client hanging up, and a research call may wait for a block
/// for longer than the timeout.
pub struct TimedRead<T> {
	io: T,
	timeout: Duration,
	timer: Pin<Box<Sleep>>,
	/// Whether `timer` runs for the read now waiting.
	waiting: bool,
	activity: Arc<Activity>,
}

impl<T> TimedRead<T> {
	/// Wraps `io`. Must be called within a Tokio runtime (the timer).
	pub fn new(io: T, timeout: Duration, activity: Arc<Activity>) -> Self {
		Self { io, timeout, timer: Box::pin(tokio::time::sleep(timeout)), waiting: false, activity }
	}
}

impl<T> TimedRead<T> {
	/// Starts the clock over if a write made progress (the next waiting read arms it again).
	fn progress(&mut self, written: Poll<io::Result<usize>>) -> Poll<io::Result<usize>> {
		if let Poll::Ready(Ok(1..)) = written {
			self.waiting = false;
		}
		written
	}
}

impl<T: AsyncRead + Unpin> AsyncRead for TimedRead<T> {
	fn poll_read(
		self: Pin<&mut Self>,
		cx: &mut Context<'_>,
		buf: &mut ReadBuf<'_>,
	) -> Poll<io::Result<()>> {
		let this = self.get_mut();
		match Pin::new(&mut this.io).poll_read(cx, buf) {
			Poll::Ready(outcome) => {
				this.waiting = false;
				Poll::Ready(outcome)
			},
			Poll::Pending if this.activity.is_working() => {
				// When the call ends, hyper answers and reads again: the clock starts then.
				this.waiting = false;
				Poll::Pending
			},
			Poll::Pending => {
				if !this.waiting {
					this.waiting = true;
					let deadline = tokio::time::Instant::now() + this.timeout;
					this.timer.as_mut().reset(deadline);
				}
				match this.timer.as_mut().poll(cx) {
					Poll::Ready(()) => {
						this.activity.timed_out.store(true, Ordering::Relaxed);
						Poll::Ready(Err(io::Error::new(
							io::ErrorKind::TimedOut,
							"the client sent nothing for the read timeout",
						)))
					},
					Poll::Pending => Poll::Pending,
				}
			},
		}
	}
}

impl<T: AsyncWrite + Unpin> AsyncWrite for TimedRead<T> {
	fn poll_write(
		self: Pin<&mut Self>,
		cx: &mut Context<'_>,
		buf: &[u8],
	) -> Poll<io::Result<usize>> {
		let this = self.get_mut();
		let written = Pin::new(&mut this.io).poll_write(cx, buf);
		this.progress(written)
	}

	fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
		Pin::new(&mut self.get_mut().io).poll_flush(cx)
	}

	fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
		Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
	}

	fn poll_write_vectored(
		self: Pin<&mut Self>,
		cx: &mut Context<'_>,
		bufs: &[io::IoSlice<'_>],
	) -> Poll<io::Result<usize>> {
		let this = self.get_mut();
		let written = Pin::new(&mut this.io).poll_write_vectored(cx, bufs);
		this.progress(written)
	}

	fn is_write_vectored(&self) -> bool {
		self.io.is_write_vectored()
	}
}

/// Why a connection was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
	/// `max_connections` are open.
	Full,
	/// `max_connections_per_client` are open from the connection's client.
	ClientFull,
}

impl Refused {
	/// The metrics label.
	pub fn label(self) -> &'static str {
		match self {
			Refused::Full => "max_connections",
			Refused::ClientFull => "max_connections_per_client",
		}
	}
}

/// The open connections, in all and per client, and their limits.
#[derive(Debug)]
pub struct Connections {
	max: usize,
	/// 0: no limit per client.
	per_client: usize,
	open: Mutex<Open>,
}

#[derive(Debug, Default)]
struct Open {
	total: usize,
	by_client: HashMap<IpAddr, usize>,
}

/// An admitted connection; dropping it frees its place.
#[derive(Debug)]
pub struct Admitted {
	connections: Arc<Connections>,
	client: IpAddr,
}

impl Connections {
	/// At most `max` connections, and `per_client` from one client (0: any number).
	pub fn new(max: usize, per_client: usize) -> Self {
		Self { max, per_client, open: Mutex::new(Open::default()) }
	}

	/// The client a peer address counts for: an IPv4 address (also one mapped into IPv6), or
	/// an IPv6 /64, since one host is usually given a whole /64.
	pub fn client(peer: IpAddr) -> IpAddr {
		match peer.to_canonical() {
			IpAddr::V6(v6) => {
				let prefix = u128::from(v6) & !((1u128 << 64) - 1);
				IpAddr::V6(prefix.into())
			},
			v4 => v4,
		}
	}

	/// Admits a connection from `peer`, or says which limit it would exceed.
	pub fn admit(self: &Arc<Self>, peer: IpAddr) -> Result<Admitted, Refused> {
		let client = Self::client(peer);
		let mut open = self.open.lock();
		if open.total >= self.max {
			return Err(Refused::Full);
		}
		let count = open.by_client.entry(client).or_default();
		if self.per_client > 0 && *count >= self.per_client {
			return Err(Refused::ClientFull);
		}
		*count += 1;
		open.total += 1;
		Ok(Admitted { connections: self.clone(), client })
	}

	/// Open connections: in all, and from `peer`'s client.
	pub fn open(&self, peer: IpAddr) -> (usize, usize) {
		let open = self.open.lock();
		(open.total, open.by_client.get(&Self::client(peer)).copied().unwrap_or(0))
	}
}

impl Drop for Admitted {
	fn drop(&mut self) {
		let mut open = self.connections.open.lock();
		open.total = open.total.saturating_sub(1);
		if let std::collections::hash_map::Entry::Occupied(mut entry) =
			open.by_client.entry(self.client)
		{
			*entry.get_mut() = entry.get().saturating_sub(1);
			// Forget clients without connections: the map holds live clients only.
			if *entry.get() == 0 {
				entry.remove();
			}
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use tokio::io::{AsyncReadExt, AsyncWriteExt};

	fn ip(text: &str) -> IpAddr {
		text.parse().expect("a literal address")
	}

	#[test]
	fn a_client_gets_at_most_its_share_and_its_places_come_back() {
		let connections = Arc::new(Connections::new(10, 3));
		let held: Vec<_> = (0..3)
			.map(|_| connections.admit(ip("127.0.0.2")).expect("within the limit"))
			.collect();
		assert_eq!(connections.admit(ip("127.0.0.2")).err(), Some(Refused::ClientFull));
		// Another client is not held up by the first.
		let other = connections.admit(ip("127.0.0.1")).expect("another client");
		assert_eq!(connections.open(ip("127.0.0.2")), (4, 3));
		drop(held);
		assert_eq!(connections.open(ip("127.0.0.2")), (1, 0));
		assert!(connections.admit(ip("127.0.0.2")).is_ok());
		drop(other);
		assert_eq!(connections.open(ip("127.0.0.1")), (0, 0));
	}

	#[test]
	fn the_global_cap_holds_whoever_connects() {
		let connections = Arc::new(Connections::new(4, 0));
		let held: Vec<_> = (1..=4)
			.map(|i| connections.admit(ip(&format!("10.0.0.{i}"))).expect("within the cap"))
			.collect();
		assert_eq!(connections.admit(ip("10.0.0.9")).err(), Some(Refused::Full));
		drop(held);
		// 0 per client: one address may take every place (behind a load balancer).
		let same: Vec<_> = (0..4)
			.map(|_| connections.admit(ip("10.0.0.1")).expect("no per-client limit"))
			.collect();
		assert_eq!(same.len(), 4);
	}

	#[test]
	fn an_ipv6_client_is_its_64_and_a_mapped_ipv4_is_itself() {
		let connections = Arc::new(Connections::new(10, 2));
		let _a = connections.admit(ip("2001:db8::1")).expect("first");
		let _b = connections.admit(ip("2001:db8::ffff:2")).expect("second");
		assert_eq!(connections.admit(ip("2001:db8:0:0:1::3")).err(), Some(Refused::ClientFull));
		assert!(connections.admit(ip("2001:db8:0:1::1")).is_ok());
		assert_eq!(Connections::client(ip("::ffff:127.0.0.2")), ip("127.0.0.2"));
	}

	#[tokio::test]
	async fn a_silent_client_is_timed_out_and_a_talking_one_is_not() {
		let timeout = Duration::from_millis(500);
		let (client, server) = tokio::io::duplex(64);
		let activity = Arc::new(Activity::default());
		let mut server = TimedRead::new(server, timeout, activity.clone());
		let mut client = client;
		// A byte every fifth of the timeout, for two timeouts: the clock starts over with each.
		let talker = tokio::spawn(async move {
			for _ in 0..10 {
				tokio::time::sleep(timeout / 5).await;
				client.write_all(b"x").await.expect("the server reads");
			}
			client
		});
		let mut byte = [0u8; 1];
		for _ in 0..10 {
			server.read_exact(&mut byte).await.expect("a byte within the timeout");
		}
		let _client = talker.await.expect("the talker ends");
		// Then silence.
		let started = Instant::now();
		let error = server.read(&mut byte).await.expect_err("times out");
		assert_eq!(error.kind(), io::ErrorKind::TimedOut);
		assert!(started.elapsed() >= timeout && started.elapsed() < timeout * 3);
		assert!(activity.timed_out.load(Ordering::Relaxed));
	}

	#[tokio::test]
	async fn a_client_taking_a_long_answer_slowly_is_not_timed_out() {
		let timeout = Duration::from_millis(500);
		let (mut client, server) = tokio::io::duplex(64);
		let activity = Arc::new(Activity::default());
		let (mut reader, mut writer) =
			tokio::io::split(TimedRead::new(server, timeout, activity.clone()));
		// 64 bytes every fifth of the timeout: 1 KiB takes three timeouts; it sends nothing.
		let slow = tokio::spawn(async move {
			let (mut taken, mut buf) = (0, [0u8; 64]);
			while taken < 1024 {
				tokio::time::sleep(timeout / 5).await;
				taken += client.read(&mut buf).await.expect("the answer arrives");
			}
			client
		});
		// Like hyper, a read waits meanwhile, to notice the client hanging up.
		let watching = tokio::spawn(async move {
			let mut byte = [0u8; 1];
			reader.read(&mut byte).await
		});
		writer.write_all(&[7u8; 1024]).await.expect("the answer is taken");
		let _client = slow.await.expect("the client takes it all");
		assert!(!watching.is_finished(), "timed out while the client took the answer");
		assert!(!activity.timed_out.load(Ordering::Relaxed));
		watching.abort();
	}

	#[tokio::test]
	async fn the_clock_stops_while_the_gatekeeper_works_on_a_call() {
		let timeout = Duration::from_millis(100);
		let (mut client, server) = tokio::io::duplex(64);
		let activity = Arc::new(Activity::default());
		let mut server = TimedRead::new(server, timeout, activity.clone());
		let working = activity.working();
		let answer = tokio::spawn(async move {
			// A call that takes three timeouts, then the client's next request.
			tokio::time::sleep(timeout * 3).await;
			drop(working);
			client.write_all(b"y").await.expect("the server reads");
			client
		});
		let mut byte = [0u8; 1];
		server.read_exact(&mut byte).await.expect("not timed out during the call");
		let _client = answer.await.expect("the call ends");
		assert!(!activity.timed_out.load(Ordering::Relaxed));
		// Once the call is over, silence is timed again.
		let error = server.read(&mut byte).await.expect_err("times out");
		assert_eq!(error.kind(), io::ErrorKind::TimedOut);
	}
}
