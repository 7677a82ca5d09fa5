//! Prometheus metrics: requests, disclosures, refusals by reason, latency, the chain head the
//! gatekeeper follows, its authorization cache, anchoring and the pointer publisher.

use crate::{
	answers::Advance,
	chain::{ChainObserver, Head},
};
use prometheus::{
	Gauge, Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, Opts,
	Registry,
};

/// The gatekeeper's metrics, registered in `registry`.
pub struct Metrics {
	pub registry: Registry,
	pub requests: IntCounterVec,
	pub disclosures: IntCounter,
	pub refusals: IntCounterVec,
	pub latency: HistogramVec,
	pub receipt_commit: Histogram,
	/// Receipts per commit (per fsync): the group commit's batch size.
	pub receipt_batch: Histogram,
	pub head: IntGauge,
	pub cache_hits: IntCounter,
	pub cache_misses: IntCounter,
	pub cache_asked_again: IntCounter,
	/// Kept answers a new head dropped (its block named their patient or requester).
	pub cache_dropped: IntCounter,
	/// New heads that dropped every kept answer (not the child of the last one, or a block
	/// that changed everything).
	pub cache_dropped_all: IntCounter,
	pub anchored_receipts: IntCounter,
	/// API connections open.
	pub connections: IntGauge,
	/// API connections closed at once, by the limit they would have exceeded.
	pub connections_refused: IntCounterVec,
	/// API connections closed because the client sent nothing for the read timeout.
	pub read_timeouts: IntCounter,
	/// API connections closed because their TLS handshake failed or did not finish within the
	/// read timeout (with `[tls]`): plain-HTTP clients on the HTTPS port, clients that distrust
	/// the certificate, slow handshakes.
	pub tls_handshakes_failed: IntCounter,
	/// Publisher: calls that took effect (final), records adopted.
	pub published: IntCounter,
	/// Publisher: calls that did not take effect (tried again after a back-off).
	pub publish_failed: IntCounter,
	/// Publisher: calls planned but left for the next round by the rate limit.
	pub publish_pending: IntGauge,
	/// Publisher: seconds the chain has been behind the database (0: in step).
	pub publish_lag: Gauge,
}

impl Metrics {
	/// New metrics in a new registry.
	pub fn new() -> prometheus::Result<Self> {
		let registry = Registry::new_custom(Some("medrec_gatekeeper".into()), None)?;
		// Latency buckets from 100 µs to 1 s: the target p99 is 5 ms.
		let buckets =
			vec![0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0];
		let metrics = Self {
			requests: IntCounterVec::new(
				Opts::new("requests_total", "Requests received, by method"),
				&["method"],
			)?,
			disclosures: IntCounter::new("disclosures_total", "Records disclosed")?,
			refusals: IntCounterVec::new(
				Opts::new("refusals_total", "Requests refused, by reason"),
				&["reason"],
			)?,
			latency: HistogramVec::new(
				HistogramOpts::new("request_duration_seconds", "Time to answer, by method")
					.buckets(buckets.clone()),
				&["method"],
			)?,
			receipt_commit: Histogram::with_opts(
				HistogramOpts::new(
					"receipt_commit_seconds",
					"Time from handing a receipt to the writer to its commit",
				)
				.buckets(buckets),
			)?,
			receipt_batch: Histogram::with_opts(
				HistogramOpts::new("receipt_batch_size", "Receipts committed together, per commit")
					.buckets(vec![
						1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 1024.0, 4096.0,
					]),
			)?,
			head: IntGauge::new("chain_head", "Number of the best block followed")?,
			cache_hits: IntCounter::new(
				"authorization_cache_hits_total",
				"Answers kept from an earlier request",
			)?,
			cache_misses: IntCounter::new(
				"authorization_cache_misses_total",
				"Questions asked of the chain",
			)?,
			cache_asked_again: IntCounter::new(
				"authorization_cache_asked_again_total",
				"Questions a new block dropped, asked again at it before it was adopted",
			)?,
			cache_dropped: IntCounter::new(
				"authorization_cache_dropped_total",
				"Kept answers dropped because a new block named their patient or requester",
			)?,
			cache_dropped_all: IntCounter::new(
				"authorization_cache_flushes_total",
				"New heads that dropped every kept answer",
			)?,
			anchored_receipts: IntCounter::new(
				"anchored_receipts_total",
				"Receipts whose root this process anchored",
			)?,
			connections: IntGauge::new("connections", "API connections open")?,
			connections_refused: IntCounterVec::new(
				Opts::new(
					"connections_refused_total",
					"API connections closed at once, by the limit they would exceed",
				),
				&["limit"],
			)?,
			read_timeouts: IntCounter::new(
				"read_timeouts_total",
				"API connections closed because the client sent nothing for the read timeout",
			)?,
			tls_handshakes_failed: IntCounter::new(
				"tls_handshakes_failed_total",
				"API connections closed because their TLS handshake failed or took longer than the read timeout",
			)?,
			published: IntCounter::new(
				"published_total",
				"Publisher calls that took effect in a finalized block, and records adopted",
			)?,
			publish_failed: IntCounter::new(
				"publish_failed_total",
				"Publisher calls that did not take effect (tried again after a back-off)",
			)?,
			publish_pending: IntGauge::new(
				"publish_pending",
				"Publisher calls planned but left for the next round by the rate limit",
			)?,
			publish_lag: Gauge::new(
				"publish_lag_seconds",
				"Seconds the chain has been behind the database (0: in step)",
			)?,
			registry,
		};
		let r = &metrics.registry;
		r.register(Box::new(metrics.requests.clone()))?;
		r.register(Box::new(metrics.disclosures.clone()))?;
		r.register(Box::new(metrics.refusals.clone()))?;
		r.register(Box::new(metrics.latency.clone()))?;
		r.register(Box::new(metrics.receipt_commit.clone()))?;
		r.register(Box::new(metrics.receipt_batch.clone()))?;
		r.register(Box::new(metrics.head.clone()))?;
		r.register(Box::new(metrics.cache_hits.clone()))?;
		r.register(Box::new(metrics.cache_misses.clone()))?;
		r.register(Box::new(metrics.cache_asked_again.clone()))?;
		r.register(Box::new(metrics.cache_dropped.clone()))?;
		r.register(Box::new(metrics.cache_dropped_all.clone()))?;
		r.register(Box::new(metrics.anchored_receipts.clone()))?;
		r.register(Box::new(metrics.connections.clone()))?;
		r.register(Box::new(metrics.connections_refused.clone()))?;
		r.register(Box::new(metrics.read_timeouts.clone()))?;
		r.register(Box::new(metrics.tls_handshakes_failed.clone()))?;
		r.register(Box::new(metrics.published.clone()))?;
		r.register(Box::new(metrics.publish_failed.clone()))?;
		r.register(Box::new(metrics.publish_pending.clone()))?;
		r.register(Box::new(metrics.publish_lag.clone()))?;
		Ok(metrics)
	}
}

impl ChainObserver for Metrics {
	fn cache_hit(&self) {
		self.cache_hits.inc();
	}
	fn cache_miss(&self) {
		self.cache_misses.inc();
	}
	fn asked_again(&self, count: usize) {
		self.cache_asked_again.inc_by(count as u64);
	}
	fn new_head(&self, head: Head, advance: Advance) {
		self.head.set(i64::from(head.number));
		match advance {
			Advance::Dropped(n) => self.cache_dropped.inc_by(n as u64),
			Advance::DroppedAll(n) => {
				self.cache_dropped.inc_by(n as u64);
				self.cache_dropped_all.inc();
			},
		}
	}
}
