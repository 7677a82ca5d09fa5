//! The chain, as the gatekeeper asks it: `MedRecApi_decide` at the best block, with answers
//! kept for as long as they hold ([`crate::answers`]).
//!
//! The gatekeeper follows new best heads over a WebSocket subscription. Before a new head is
//! trusted, its block's `MedRecApi_access_changes` drop the answers it may have changed, so a
//! revocation stops disclosures from the first request after its block becomes the best head
//! — within one block — while the answers about everyone else stay. What the block dropped
//! is asked again at it, in one batch, before it is adopted: requests about the patients it
//! names find their answers waiting (as many as the node answers in about
//! [`ASK_AGAIN_WITHIN`], judged by how long its answers have taken).
//!
//! The best head is trusted only while the node vouches for it: a watchdog asks the node for its
//! best header every couple of seconds, and the head counts only if the node named it (in that
//! answer, or as a new head) within `max_head_age`. A node that hangs, or a network that
//! silently drops packets, leaves the socket open and the subscription merely quiet, so only
//! the node's silence tells. The block's own age tells nothing: a chain that builds blocks on demand keeps
//! one head for minutes. Without a trusted head the gatekeeper refuses everything
//! (`ChainUnavailable`): it never serves on an old answer. A watchdog call that fails or times
//! out, or a connection whose pings go unanswered, is dropped and made again.

use crate::{
	answers::{Advance, Answers, Asked, Held},
	refusal::Refusal,
	AccountId,
};
use codec::{Decode, Encode};
use jsonrpsee::{
	core::{
		client::{ClientT, Subscription, SubscriptionClientT},
		params::BatchRequestBuilder,
	},
	rpc_params,
	ws_client::{PingConfig, WsClient, WsClientBuilder},
};
use medrec_primitives::{
	api::{AccessChanges, Decision},
	records::{FieldSet, PointerId},
	BlockNumber,
};
use parking_lot::{Mutex, RwLock};
use polkadot_sdk::{
	sp_core::H256,
	sp_runtime::{generic, traits::BlakeTwo256, traits::Header as _},
};
use std::{
	sync::{
		atomic::{AtomicU64, Ordering},
		Arc, Weak,
	},
	time::{Duration, Instant},
};
use tokio::time::MissedTickBehavior;

pub use crate::answers::Answer;

/// The best block the gatekeeper knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Head {
	pub number: BlockNumber,
	pub hash: H256,
}

/// How long a new head may wait, before it is adopted, for the answers its block dropped to
/// be asked again. A node answers `MedRecApi_decide` in about a millisecond: the questions of
/// a few hundred requests. Chopsticks takes about 200 ms a call, one at a time: one question.
pub const ASK_AGAIN_WITHIN: Duration = Duration::from_millis(250);

/// The most questions asked again at one head (one JSON-RPC batch).
const ASK_AGAIN_AT_MOST: usize = 256;

/// A block header as the runtime makes them (a test checks it is the runtime's `Header`).
type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// A live connection: the client and its new-heads subscription.
type Connection = (Arc<WsClient>, Subscription<Header>);

/// Counts a caller may export (cache hits and misses, answers a new head dropped).
pub trait ChainObserver: Send + Sync {
	fn cache_hit(&self) {}
	fn cache_miss(&self) {}
	fn new_head(&self, _head: Head, _advance: Advance) {}
	/// `count` questions a new head dropped were asked again at it before it was adopted.
	fn asked_again(&self, _count: usize) {}
}
impl ChainObserver for () {}

/// The best head the node told of, and when the node last named it. The head is trusted only
/// while that is at most `max_age` ago; the clock is the caller's (`now`), so this is the
/// whole rule and can be tested without waiting.
#[derive(Debug, Clone, Copy)]
struct Vouched {
	head: Option<Head>,
	named_at: Option<Instant>,
	max_age: Duration,
}

impl Vouched {
	fn new(max_age: Duration) -> Self {
		Self { head: None, named_at: None, max_age }
	}

	/// The node told of `head` as its best at `now`; whether it is another head than before.
	fn set_head(&mut self, head: Head, now: Instant) -> bool {
		self.named_at = Some(now);
		self.head.replace(head) != Some(head)
	}

	/// The node answered at `now` that its best block is `best`. That vouches for the head
	/// only if it is that block: a subscription that fell behind a live node must not keep an
	/// old head trusted (an answer racing a new head's notification is just not counted).
	/// Whether it vouched.
	fn vouch(&mut self, best: H256, now: Instant) -> bool {
		let same = self.head.is_some_and(|head| head.hash == best);
		if same {
			self.named_at = Some(now);
		}
		same
	}

	/// The last head the node told of, however long ago.
	fn latest(&self) -> Option<Head> {
		self.head
	}

	/// The connection is gone: nothing it said counts any more.
	fn forget(&mut self) {
		self.head = None;
		self.named_at = None;
	}

	/// The head, if the node named it at most `max_age` before `now`.
	fn head(&self, now: Instant) -> Option<Head> {
		// Saturating: an answer recorded after the caller read `now` is as fresh as can be.
		let silent_for = now.saturating_duration_since(self.named_at?);
		if silent_for <= self.max_age {
			self.head
		} else {
			None
		}
	}
}

/// How often the node is asked whether it is there, and how long an answer may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Watch {
	max_age: Duration,
	/// Between two watchdog calls (and two WebSocket pings).
	every: Duration,
	/// For one watchdog call's answer.
	timeout: Duration,
	/// The longest wait between two attempts to reconnect.
	retry_at_most: Duration,
}

impl Watch {
	fn new(max_age: Duration) -> Self {
		// A third of the bound at most: a healthy node answers twice or more within it, so one
		// slow answer does not cost the head its trust.
		let every = (max_age / 3).min(Duration::from_secs(2));
		Self {
			max_age,
			every,
			// The call goes out about `every` after the last answer, so by `max_age - every` it
			// can no longer keep the head trusted: waiting longer only delays the reconnection.
			timeout: max_age.saturating_sub(every),
			// A node that is back is used again within about the bound (10 s at most, as
			// before the bound existed, so that a dead node is not asked too often).
			retry_at_most: max_age.clamp(Duration::from_millis(250), Duration::from_secs(10)),
		}
	}
}

/// A connection to a MedRec node that follows its best head.
pub struct Chain {
	url: String,
	watch: Watch,
	client: RwLock<Option<Arc<WsClient>>>,
	followed: RwLock<Vouched>,
	/// The answers that hold at the followed head. One cell per question: concurrent requests
	/// asking the same question wait for one `state_call` instead of each making their own.
	answers: Mutex<Answers>,
	/// The newest head the subscription told of, adopted or not (its access changes are asked
	/// first), and who waits for the adopted head to reach it.
	told: Mutex<Option<Head>>,
	adopted: tokio::sync::Notify,
	observer: Arc<dyn ChainObserver>,
	/// How long the node has taken to answer one `MedRecApi_decide`, in µs (a moving average;
	/// 0 until it has answered).
	decide_micros: AtomicU64,
}

impl Chain {
	/// Connects to `url`, learns the best head and keeps following it (reconnecting if the
	/// connection drops or the node stops answering) for as long as the returned `Chain` lives.
	/// The head is trusted only while the node has named it within `max_head_age`.
	pub async fn connect(
		url: &str,
		max_head_age: Duration,
		observer: Arc<dyn ChainObserver>,
	) -> anyhow::Result<Arc<Self>> {
		let chain = Arc::new(Self::unconnected(url, max_head_age, observer));
		let connection = chain.open().await?;
		tokio::spawn(Self::follow(Arc::downgrade(&chain), connection));
		Ok(chain)
	}

	fn unconnected(url: &str, max_head_age: Duration, observer: Arc<dyn ChainObserver>) -> Self {
		Self {
			url: url.to_owned(),
			watch: Watch::new(max_head_age),
			client: RwLock::new(None),
			followed: RwLock::new(Vouched::new(max_head_age)),
			answers: Mutex::new(Answers::default()),
			told: Mutex::new(None),
			adopted: tokio::sync::Notify::new(),
			observer,
			decide_micros: AtomicU64::new(0),
		}
	}

	/// Opens a connection and a new-heads subscription, and sets the current head.
	async fn open(&self) -> anyhow::Result<Connection> {
		// Pings find a connection that carries nothing any more even when no call is waiting;
		// the watchdog (`probe`) is what the head's trust rests on.
		let pings = PingConfig::new()
			.ping_interval(self.watch.every)
			.inactive_limit(self.watch.max_age)
			.max_failures(1);
		let client = Arc::new(
			WsClientBuilder::default()
				.request_timeout(Duration::from_secs(20))
				.enable_ws_ping(pings)
				.build(&self.url)
				.await?,
		);
		let subscription: Subscription<Header> = client
			.subscribe("chain_subscribeNewHeads", rpc_params![], "chain_unsubscribeNewHeads")
			.await?;
		let best: Header = client.request("chain_getHeader", rpc_params![]).await?;
		*self.client.write() = Some(client.clone());
		// Nothing is known of the blocks since the answers' head, if any: none is kept.
		self.adopt(&best, None, Vec::new());
		Ok((client, subscription))
	}

	/// Follows the node over `connection` until it is lost, then serves nothing until a new
	/// one is open; over and over, until the `Chain` is dropped.
	async fn follow(chain: Weak<Self>, mut connection: Connection) {
		loop {
			let lost = {
				let (client, mut subscription) = connection;
				let Some(watch) = chain.upgrade().map(|this| this.watch) else { return };
				tokio::select! {
					lost = Self::heads(&chain, &mut subscription) => lost,
					lost = Self::probe(&chain, &client, watch) => lost,
				}
			};
			let Some(reason) = lost else { return };
			let Some(this) = chain.upgrade() else { return };
			// Drops the client's last handle: the old connection closes before a new one opens.
			this.forget_head();
			tracing::warn!(url = %this.url, %reason, "lost the chain; reconnecting");
			let retry_at_most = this.watch.retry_at_most;
			drop(this);
			let mut delay = Duration::from_millis(250);
			connection = loop {
				tokio::time::sleep(delay).await;
				let Some(this) = chain.upgrade() else { return };
				match this.open().await {
					Ok(connection) => {
						tracing::info!(url = %this.url, "chain reconnected");
						break connection;
					},
					Err(error) => {
						tracing::warn!(%error, "reconnecting to the chain failed");
						delay = (delay * 2).min(retry_at_most);
					},
				}
			};
		}
	}

	/// Takes each new best head until the subscription ends; why it ended, or `None` once the
	/// `Chain` is dropped. Heads are read as they come (so [`Chain::settled`] knows the newest)
	/// and adopted in order, each once its access changes are known.
	async fn heads(chain: &Weak<Self>, subscription: &mut Subscription<Header>) -> Option<String> {
		let (told, mut to_adopt) = tokio::sync::mpsc::unbounded_channel::<Header>();
		let read = async {
			while let Some(next) = subscription.next().await {
				match next {
					Ok(header) => {
						*chain.upgrade()?.told.lock() = Some(head_of(&header));
						told.send(header).ok()?;
					},
					Err(error) => tracing::warn!(%error, "undecodable new head"),
				}
			}
			Some("the new-heads subscription ended".to_owned())
		};
		let adopt = async {
			while let Some(header) = to_adopt.recv().await {
				chain.upgrade()?.next_head(&header).await;
			}
			None
		};
		tokio::select! {
			lost = read => lost,
			lost = adopt => lost,
		}
	}

	/// The watchdog: asks the node for its best header every `watch.every`; each answer that
	/// names the followed head keeps it trusted. Returns why it gave the connection up (a call
	/// failed or went unanswered for `watch.timeout`, or the head lost its trust although the
	/// node answers), or `None` once the `Chain` is dropped.
	async fn probe(chain: &Weak<Self>, client: &WsClient, watch: Watch) -> Option<String> {
		let mut ticker = tokio::time::interval(watch.every);
		ticker.set_missed_tick_behavior(MissedTickBehavior::Delay);
		// The first tick is at once; the node has just answered `open`.
		ticker.tick().await;
		loop {
			ticker.tick().await;
			let call = client.request::<Header, _>("chain_getHeader", rpc_params![]);
			let answer = tokio::time::timeout(watch.timeout, call).await;
			let this = chain.upgrade()?;
			match answer {
				Ok(Ok(best)) => {
					let vouched = this.followed.write().vouch(best.hash(), Instant::now());
					if !vouched && this.head().is_none() {
						return Some("the new-heads subscription is behind the node".to_owned());
					}
				},
				Ok(Err(error)) => return Some(format!("chain_getHeader failed: {error}")),
				Err(_) => {
					return Some(format!("chain_getHeader unanswered for {:?}", watch.timeout))
				},
			}
		}
	}

	/// A new best head from the subscription: if it is the child of the answers' head, asks
	/// what its block changed and asks again what that drops, then adopts it. Until then the
	/// previous head stays the one requests are answered at.
	async fn next_head(&self, header: &Header) {
		let head = head_of(header);
		let follows = self.answers.lock().follows(&head, *header.parent_hash());
		let changes = if follows { self.access_changes(head.hash).await } else { None };
		let answered = match &changes {
			Some(changes) => self.ask_again(changes, head).await,
			None => Vec::new(),
		};
		self.adopt(header, changes, answered);
	}

	/// Asks again at `head`, in one batch, the questions its block's `changes` drop or that
	/// end by time there: as many as the node answers within [`ASK_AGAIN_WITHIN`] at the pace
	/// of its recent answers. Nothing if the node does not answer them all in time; the rest
	/// are asked when next requested.
	async fn ask_again(
		&self,
		changes: &AccessChanges<AccountId>,
		head: Head,
	) -> Vec<(Asked, Held)> {
		let limit = match self.decide_micros.load(Ordering::Relaxed) {
			// Not known yet: one question, to learn it.
			0 => 1,
			micros => (ASK_AGAIN_WITHIN.as_micros() as u64 / micros) as usize,
		}
		.min(ASK_AGAIN_AT_MOST);
		let asked = self.answers.lock().to_ask_again(changes, head.number, limit);
		if asked.is_empty() {
			return Vec::new();
		}
		let questions: Vec<Vec<u8>> = asked
			.iter()
			.map(|a| (&a.requester, &a.patient, a.pointer, FieldSet(a.fields)).encode())
			.collect();
		let started = Instant::now();
		let call = self.state_call_each::<Decision<AccountId, BlockNumber>>(
			"MedRecApi_decide",
			&questions,
			head.hash,
		);
		let decisions = match tokio::time::timeout(self.watch.timeout, call).await {
			Ok(Ok(decisions)) => decisions,
			Ok(Err(error)) => {
				tracing::warn!(%error, "asking again what a block changed failed");
				return Vec::new();
			},
			Err(_) => {
				tracing::warn!("asking again what a block changed went unanswered");
				return Vec::new();
			},
		};
		self.took_to_decide(started.elapsed() / asked.len() as u32);
		self.observer.asked_again(asked.len());
		asked
			.into_iter()
			.zip(decisions)
			.map(|(a, d)| (a, Held { answer: d.answer, through: d.holds_through }))
			.collect()
	}

	/// Keeps the node's pace of answering `MedRecApi_decide`: a moving average over about
	/// the last eight answers.
	fn took_to_decide(&self, each: Duration) {
		let sample = (each.as_micros() as u64).max(1);
		let _ = self
			.decide_micros
			.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |average| {
				Some(if average == 0 { sample } else { (average * 7 + sample) / 8 })
			});
	}

	/// Waits until the followed head is the node's best, for at most the watchdog's timeout.
	/// What the followed head refuses (a pointer or a research request it
	/// does not know, a grant it does not hold) may be in a newer block, which the client may
	/// have seen already: one being adopted, or one the subscription has not told of yet (a
	/// busy node sends its notifications late). So the node is asked for its best block, one
	/// light call on a refusal's path only.
	pub async fn settled(&self) {
		let told = self.told.lock().map(|head| head.number);
		let best = async {
			let client = self.client().ok()?;
			let call = client.request::<Header, _>("chain_getHeader", rpc_params![]);
			let header = tokio::time::timeout(self.watch.timeout, call).await.ok()?.ok()?;
			Some(*header.number())
		};
		let Some(target) = told.max(best.await) else { return };
		let caught_up = || self.followed.read().latest().is_some_and(|h| h.number >= target);
		if caught_up() {
			return;
		}
		let wait = async {
			loop {
				let adopted = self.adopted.notified();
				tokio::pin!(adopted);
				// Registered before looking, so an adoption in between still wakes it.
				adopted.as_mut().enable();
				if caught_up() {
					return;
				}
				adopted.await;
			}
		};
		// Past the timeout the node is too slow to wait for: answer at the followed head.
		let _ = tokio::time::timeout(self.watch.timeout, wait).await;
	}

	/// Whose answers block `at` may have changed, or `None` if the node does not say in time
	/// (then every answer is dropped).
	async fn access_changes(&self, at: H256) -> Option<AccessChanges<AccountId>> {
		let call = self.state_call::<AccessChanges<AccountId>>("MedRecApi_access_changes", &[], at);
		match tokio::time::timeout(self.watch.timeout, call).await {
			Ok(Ok(changes)) => Some(changes),
			Ok(Err(error)) => {
				tracing::warn!(%error, "MedRecApi_access_changes failed; every answer is asked again");
				None
			},
			Err(_) => {
				tracing::warn!("MedRecApi_access_changes unanswered; every answer is asked again");
				None
			},
		}
	}

	/// Makes `header` the followed head, first dropping the answers `changes` (its block's,
	/// `None`: unknown) may have changed and keeping those `answered` at it. Under the
	/// followed head's lock: a request sees the new head only with the answers that hold there.
	fn adopt(
		&self,
		header: &Header,
		changes: Option<AccessChanges<AccountId>>,
		answered: Vec<(Asked, Held)>,
	) {
		let head = head_of(header);
		let mut followed = self.followed.write();
		if followed.set_head(head, Instant::now()) {
			let mut answers = self.answers.lock();
			let advance = answers.advance(head, changes);
			answers.fill(head, answered);
			drop(answers);
			self.observer.new_head(head, advance);
		}
		drop(followed);
		self.adopted.notify_waiters();
	}

	fn forget_head(&self) {
		self.followed.write().forget();
		*self.told.lock() = None;
		*self.client.write() = None;
		self.answers.lock().forget();
	}

	/// Changes whenever the kept answers are all dropped (see [`Answers::epoch`]).
	pub fn epoch(&self) -> u64 {
		self.answers.lock().epoch()
	}

	/// The best head, if the chain is reachable and the node has vouched for it within the
	/// bound.
	pub fn head(&self) -> Option<Head> {
		self.followed.read().head(Instant::now())
	}

	fn client(&self) -> Result<Arc<WsClient>, Refusal> {
		self.client.read().clone().ok_or(Refusal::ChainUnavailable)
	}

	/// Whether `requester` may see `fields` of `pointer` of `patient` at the best block, and
	/// the block that said so.
	///
	/// An answer that allows is served at the followed head, even while a newer one is being
	/// adopted; one that refuses is asked again at the node's best head once it is adopted, as
	/// a newer block may hold the grant or the pointer the client has just seen.
	pub async fn authorize(
		&self,
		requester: &AccountId,
		patient: &AccountId,
		pointer: PointerId,
		fields: FieldSet,
	) -> Result<(Head, Answer), Refusal> {
		let outcome = self.authorize_at_head(requester, patient, pointer, fields).await?;
		if outcome.1.is_err() {
			self.settled().await;
			if self.head().is_some_and(|now| now != outcome.0) {
				return self.authorize_at_head(requester, patient, pointer, fields).await;
			}
		}
		Ok(outcome)
	}

	async fn authorize_at_head(
		&self,
		requester: &AccountId,
		patient: &AccountId,
		pointer: PointerId,
		fields: FieldSet,
	) -> Result<(Head, Answer), Refusal> {
		let head = self.head().ok_or(Refusal::ChainUnavailable)?;
		// No cell while the head is being adopted: the question is asked, its answer not kept.
		let cell = self
			.answers
			.lock()
			.cell(head, requester, patient, pointer, fields.0)
			.unwrap_or_default();
		if let Some(held) = cell.get() {
			self.observer.cache_hit();
			return Ok((head, held.answer.clone()));
		}
		let question = (requester, patient, pointer, fields).encode();
		let mut held = cell.get_or_try_init(|| self.decide(&question, head)).await?.clone();
		// Another request's question, asked at an earlier head, may have ended by time since.
		if !held.holds_at(head.number) {
			held = self.decide(&question, head).await?;
		}
		// The node may have gone quiet while it was asked: answer only while it still vouches.
		self.head().ok_or(Refusal::ChainUnavailable)?;
		Ok((head, held.answer))
	}

	/// Asks `MedRecApi_decide` the SCALE-encoded `question` at `head`.
	async fn decide(&self, question: &[u8], head: Head) -> Result<Held, Refusal> {
		self.observer.cache_miss();
		let started = Instant::now();
		let call = self.state_call::<Decision<AccountId, BlockNumber>>(
			"MedRecApi_decide",
			question,
			head.hash,
		);
		// A node that takes longer than the bound to answer would not be trusted by the time
		// it did; the request is refused rather than held that long.
		match tokio::time::timeout(self.watch.max_age, call).await {
			Ok(Ok(decision)) => {
				self.took_to_decide(started.elapsed());
				Ok(Held { answer: decision.answer, through: decision.holds_through })
			},
			Ok(Err(error)) => {
				tracing::warn!(%error, "MedRecApi_decide failed");
				// Not kept: the next request asks again.
				Err(Refusal::ChainUnavailable)
			},
			Err(_) => {
				tracing::warn!(after = ?self.watch.max_age, "MedRecApi_decide unanswered");
				Err(Refusal::ChainUnavailable)
			},
		}
	}

	/// Calls the runtime API function `method` with SCALE `args` at block `at`.
	pub async fn state_call<R: Decode>(
		&self,
		method: &str,
		args: &[u8],
		at: H256,
	) -> anyhow::Result<R> {
		let client = self.client()?;
		let raw: String = client
			.request("state_call", rpc_params![method, crate::to_hex(args), at])
			.await?;
		decode_hex(&raw)
	}

	/// Calls the runtime API function `method` once for each of `args` at block `at`, as
	/// JSON-RPC batches: one round trip per 256 calls instead of one per call. The answers
	/// are in `args`' order.
	pub async fn state_call_each<R: Decode>(
		&self,
		method: &str,
		args: &[Vec<u8>],
		at: H256,
	) -> anyhow::Result<Vec<R>> {
		let client = self.client()?;
		let mut answers = Vec::with_capacity(args.len());
		for chunk in args.chunks(256) {
			let mut batch = BatchRequestBuilder::new();
			for arg in chunk {
				batch.insert("state_call", rpc_params![method, crate::to_hex(arg), at])?;
			}
			for answer in client.batch_request::<String>(batch).await? {
				let raw = answer.map_err(|error| anyhow::anyhow!("{method}: {error}"))?;
				answers.push(decode_hex(&raw)?);
			}
		}
		Ok(answers)
	}

	/// A JSON-RPC request to the node.
	pub async fn request<R: serde::de::DeserializeOwned>(
		&self,
		method: &str,
		params: jsonrpsee::core::params::ArrayParams,
	) -> anyhow::Result<R> {
		Ok(self.client()?.request(method, params).await?)
	}

	/// A JSON-RPC subscription on the node.
	pub async fn subscribe<R: serde::de::DeserializeOwned>(
		&self,
		method: &str,
		params: jsonrpsee::core::params::ArrayParams,
		unsubscribe: &str,
	) -> anyhow::Result<Subscription<R>> {
		Ok(self.client()?.subscribe(method, params, unsubscribe).await?)
	}
}

fn head_of(header: &Header) -> Head {
	Head { number: *header.number(), hash: header.hash() }
}

/// Decodes `0x`-hex SCALE, all of it.
pub fn decode_hex<R: Decode>(raw: &str) -> anyhow::Result<R> {
	let bytes = hex::decode(raw.trim_start_matches("0x"))?;
	let mut input = &bytes[..];
	let value = R::decode(&mut input)?;
	anyhow::ensure!(input.is_empty(), "{} bytes left after decoding", input.len());
	Ok(value)
}

#[cfg(test)]
mod tests {
	use super::*;
	use medrec_primitives::access::Denial;

	#[test]
	fn headers_are_the_runtimes() {
		let header: medrec_runtime::Header = Header::new(
			7,
			H256::repeat_byte(1),
			H256::repeat_byte(2),
			H256::repeat_byte(3),
			Default::default(),
		);
		let _: Header = header;
	}

	const SECOND: Duration = Duration::from_secs(1);

	fn head(number: BlockNumber) -> Head {
		Head { number, hash: H256::repeat_byte(number as u8) }
	}

	#[test]
	fn no_head_is_trusted_before_the_node_has_told_one() {
		let mut vouched = Vouched::new(10 * SECOND);
		let start = Instant::now();
		assert_eq!(vouched.head(start), None);
		// An answer alone names no head.
		assert!(!vouched.vouch(head(5).hash, start));
		assert_eq!(vouched.head(start), None);
	}

	#[test]
	fn a_head_is_trusted_while_the_node_answered_within_the_bound() {
		let mut vouched = Vouched::new(10 * SECOND);
		let start = Instant::now();
		vouched.set_head(head(5), start);
		assert_eq!(vouched.head(start), Some(head(5)));
		assert_eq!(vouched.head(start + 10 * SECOND), Some(head(5)));
	}

	#[test]
	fn a_head_is_not_trusted_once_the_node_is_silent_for_longer_than_the_bound() {
		let mut vouched = Vouched::new(10 * SECOND);
		let start = Instant::now();
		vouched.set_head(head(5), start);
		assert_eq!(vouched.head(start + 10 * SECOND + Duration::from_millis(1)), None);
		// Trusted again as soon as the node answers again.
		assert!(vouched.vouch(head(5).hash, start + 11 * SECOND));
		assert_eq!(vouched.head(start + 11 * SECOND), Some(head(5)));
	}

	#[test]
	fn an_old_block_stays_trusted_while_the_node_keeps_answering() {
		// A chain that builds blocks on demand keeps one head for minutes.
		let mut vouched = Vouched::new(10 * SECOND);
		let start = Instant::now();
		vouched.set_head(head(5), start);
		for second in (2..=600).step_by(2) {
			assert!(vouched.vouch(head(5).hash, start + second * SECOND));
			assert_eq!(vouched.head(start + (second + 1) * SECOND), Some(head(5)));
		}
	}

	#[test]
	fn a_new_head_counts_as_an_answer_and_says_whether_it_is_new() {
		let mut vouched = Vouched::new(10 * SECOND);
		let start = Instant::now();
		assert!(vouched.set_head(head(5), start));
		assert!(!vouched.set_head(head(5), start + 8 * SECOND));
		assert_eq!(vouched.head(start + 16 * SECOND), Some(head(5)));
		assert!(vouched.set_head(head(6), start + 16 * SECOND));
		assert_eq!(vouched.head(start + 26 * SECOND), Some(head(6)));
	}

	#[test]
	fn an_answer_naming_another_block_does_not_vouch_for_the_head() {
		// The node is at block 6 but the subscription never told of it: block 5 must not
		// stay trusted on the node's answers.
		let mut vouched = Vouched::new(10 * SECOND);
		let start = Instant::now();
		vouched.set_head(head(5), start);
		assert!(!vouched.vouch(head(6).hash, start + 9 * SECOND));
		assert_eq!(vouched.head(start + 11 * SECOND), None);
	}

	#[test]
	fn a_forgotten_head_stays_untrusted_until_the_node_tells_one_again() {
		let mut vouched = Vouched::new(10 * SECOND);
		let start = Instant::now();
		vouched.set_head(head(5), start);
		vouched.forget();
		assert_eq!(vouched.head(start), None);
		assert!(!vouched.vouch(head(5).hash, start + SECOND));
		assert_eq!(vouched.head(start + SECOND), None);
		vouched.set_head(head(5), start + 2 * SECOND);
		assert_eq!(vouched.head(start + 2 * SECOND), Some(head(5)));
	}

	#[test]
	fn the_watchdog_asks_often_enough_to_keep_a_healthy_head_trusted() {
		for secs in [1, 3, 6, 10, 60] {
			let watch = Watch::new(secs * SECOND);
			// At least three calls per bound, at most two seconds apart.
			assert!(watch.every * 3 <= watch.max_age, "{watch:?}");
			assert!(watch.every <= 2 * SECOND, "{watch:?}");
			// A call that times out has used up the bound, no more.
			assert_eq!(watch.every + watch.timeout, watch.max_age, "{watch:?}");
			assert!(watch.retry_at_most <= watch.max_age.max(Duration::from_millis(250)));
			assert!(watch.retry_at_most <= 10 * SECOND);
		}
		assert_eq!(Watch::new(10 * SECOND).every, 2 * SECOND);
	}

	/// A chain that knows `head` (told now) and has cached `answer` for Dave there.
	fn chain_with_cached(max_age: Duration, answer: Answer) -> (Chain, AccountId, AccountId) {
		let chain = Chain::unconnected("ws://127.0.0.1:1", max_age, Arc::new(()));
		let (dave, charlie) = (AccountId::new([4; 32]), AccountId::new([3; 32]));
		chain.followed.write().set_head(head(5), Instant::now());
		let mut answers = chain.answers.lock();
		answers.advance(head(5), None);
		let cell = answers.cell(head(5), &dave, &charlie, 7, 0b101).expect("at the head");
		cell.set(Held { answer, through: None }).expect("a new cell");
		drop(answers);
		(chain, dave, charlie)
	}

	#[tokio::test]
	async fn settling_waits_for_the_head_being_adopted_and_no_longer_than_the_timeout() {
		let chain = Arc::new(Chain::unconnected("ws://127.0.0.1:1", 3 * SECOND, Arc::new(())));
		let start = Instant::now();
		chain.settled().await;
		assert!(start.elapsed() < Duration::from_millis(50), "nothing told of: no wait");

		// Block 5 followed, block 7 told of; block 6 and then 7 are adopted 50 ms apart.
		chain.followed.write().set_head(head(5), Instant::now());
		*chain.told.lock() = Some(head(7));
		let adopter = chain.clone();
		tokio::spawn(async move {
			for number in [6, 7] {
				tokio::time::sleep(Duration::from_millis(50)).await;
				adopter.followed.write().set_head(head(number), Instant::now());
				adopter.adopted.notify_waiters();
			}
		});
		let start = Instant::now();
		chain.settled().await;
		let waited = start.elapsed();
		assert!(waited >= Duration::from_millis(100) && waited < SECOND, "{waited:?}");
		let start = Instant::now();
		chain.settled().await;
		assert!(start.elapsed() < Duration::from_millis(50), "caught up: no wait");

		// A head whose changes the node never gives is waited for up to the watchdog's
		// timeout, no longer.
		*chain.told.lock() = Some(head(8));
		let start = Instant::now();
		chain.settled().await;
		let waited = start.elapsed();
		assert!(
			waited >= chain.watch.timeout && waited < chain.watch.timeout + SECOND,
			"{waited:?}"
		);
	}

	#[tokio::test]
	async fn a_cached_answer_is_served_while_its_head_is_trusted() {
		let (chain, dave, charlie) = chain_with_cached(3600 * SECOND, Err(Denial::NoGrant));
		let outcome = chain.authorize(&dave, &charlie, 7, FieldSet(0b101)).await;
		assert_eq!(outcome, Ok((head(5), Err(Denial::NoGrant))));
	}

	#[tokio::test]
	async fn a_cached_answer_is_not_served_once_the_node_is_silent_for_longer_than_the_bound() {
		let (chain, dave, charlie) =
			chain_with_cached(Duration::from_millis(20), Err(Denial::NoGrant));
		tokio::time::sleep(Duration::from_millis(50)).await;
		assert_eq!(chain.head(), None);
		let outcome = chain.authorize(&dave, &charlie, 7, FieldSet(0b101)).await;
		assert_eq!(outcome, Err(Refusal::ChainUnavailable));
	}
}
