//! The chain, as the gatekeeper asks it: `MedRecApi_authorize` at the best block, with a cache
//! that lives exactly as long as that block is the best one.
//!
//! The gatekeeper follows new best heads over a WebSocket subscription. Every answer is cached
//! under the hash of the block it was computed at and used only while that block is the best
//! head, so a revocation stops disclosures from the first request after its block becomes the
//! best head — within one block. Without a live subscription the gatekeeper knows no head and
//! refuses everything (`ChainUnavailable`): it never serves on an old answer.

use crate::{refusal::Refusal, AccountId};
use codec::{Decode, Encode};
use jsonrpsee::{
	core::{
		client::{ClientT, Subscription, SubscriptionClientT},
		params::BatchRequestBuilder,
	},
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use medrec_primitives::{
	access::Denial,
	api::Authorization,
	records::{FieldSet, PointerId},
	BlockNumber,
};
use medrec_runtime::Header;
use parking_lot::{Mutex, RwLock};
use polkadot_sdk::{sp_core::H256, sp_runtime::traits::Header as _};
use std::{collections::HashMap, sync::Arc, time::Duration};
use tokio::sync::OnceCell;

/// The best block the gatekeeper knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Head {
	pub number: BlockNumber,
	pub hash: H256,
}

/// The chain's answer to one authorization question.
pub type Answer = Result<Authorization<AccountId, BlockNumber>, Denial>;

/// Requester, patient, pointer, requested fields (`FieldSet` bits).
type CacheKey = (AccountId, AccountId, PointerId, u64);

/// The block an answer is for, and the answer once the chain has given it.
type CacheEntry = (H256, Arc<OnceCell<Answer>>);

/// Counts a caller may export (cache hits and misses).
pub trait ChainObserver: Send + Sync {
	fn cache_hit(&self) {}
	fn cache_miss(&self) {}
	fn new_head(&self, _head: Head) {}
}
impl ChainObserver for () {}

/// A connection to a MedRec node that follows its best head.
pub struct Chain {
	url: String,
	client: RwLock<Option<Arc<WsClient>>>,
	head: RwLock<Option<Head>>,
	/// Answers at the best head. One cell per question: concurrent requests asking the same
	/// question wait for one `state_call` instead of each making their own (every new head
	/// empties the cache while requests keep coming).
	cache: Mutex<HashMap<CacheKey, CacheEntry>>,
	observer: Arc<dyn ChainObserver>,
}

impl Chain {
	/// Connects to `url`, learns the best head and keeps following it (reconnecting if the
	/// connection drops) for as long as the returned `Chain` lives.
	pub async fn connect(url: &str, observer: Arc<dyn ChainObserver>) -> anyhow::Result<Arc<Self>> {
		let chain = Arc::new(Self {
			url: url.to_owned(),
			client: RwLock::new(None),
			head: RwLock::new(None),
			cache: Mutex::new(HashMap::new()),
			observer,
		});
		let subscription = chain.open().await?;
		tokio::spawn(Self::follow(Arc::downgrade(&chain), subscription));
		Ok(chain)
	}

	/// Opens a connection and a new-heads subscription, and sets the current head.
	async fn open(&self) -> anyhow::Result<Subscription<Header>> {
		let client = Arc::new(
			WsClientBuilder::default()
				.request_timeout(Duration::from_secs(20))
				.build(&self.url)
				.await?,
		);
		let subscription: Subscription<Header> = client
			.subscribe("chain_subscribeNewHeads", rpc_params![], "chain_unsubscribeNewHeads")
			.await?;
		let best: Header = client.request("chain_getHeader", rpc_params![]).await?;
		*self.client.write() = Some(client);
		self.set_head(&best);
		Ok(subscription)
	}

	async fn follow(chain: std::sync::Weak<Self>, mut subscription: Subscription<Header>) {
		loop {
			while let Some(next) = subscription.next().await {
				let Some(this) = chain.upgrade() else { return };
				match next {
					Ok(header) => this.set_head(&header),
					Err(error) => tracing::warn!(%error, "undecodable new head"),
				}
			}
			// The subscription ended: the connection is gone. Serve nothing until it is back.
			let Some(this) = chain.upgrade() else { return };
			this.forget_head();
			tracing::warn!(url = %this.url, "lost the chain; reconnecting");
			let mut delay = Duration::from_millis(250);
			subscription = loop {
				tokio::time::sleep(delay).await;
				match this.open().await {
					Ok(subscription) => break subscription,
					Err(error) => {
						tracing::warn!(%error, "reconnecting to the chain failed");
						delay = (delay * 2).min(Duration::from_secs(10));
					},
				}
			};
			tracing::info!(url = %this.url, "chain reconnected");
		}
	}

	fn set_head(&self, header: &Header) {
		let head = Head { number: *header.number(), hash: header.hash() };
		let mut current = self.head.write();
		if *current != Some(head) {
			*current = Some(head);
			// Entries of older heads are never used again; drop them.
			self.cache.lock().clear();
			self.observer.new_head(head);
		}
	}

	fn forget_head(&self) {
		*self.head.write() = None;
		*self.client.write() = None;
		self.cache.lock().clear();
	}

	/// The best head, if the chain is reachable.
	pub fn head(&self) -> Option<Head> {
		*self.head.read()
	}

	fn client(&self) -> Result<Arc<WsClient>, Refusal> {
		self.client.read().clone().ok_or(Refusal::ChainUnavailable)
	}

	/// Whether `requester` may see `fields` of `pointer` of `patient` at the best block, and
	/// the block that said so.
	pub async fn authorize(
		&self,
		requester: &AccountId,
		patient: &AccountId,
		pointer: PointerId,
		fields: FieldSet,
	) -> Result<(Head, Answer), Refusal> {
		let head = self.head().ok_or(Refusal::ChainUnavailable)?;
		let key = (requester.clone(), patient.clone(), pointer, fields.0);
		let cell = {
			let mut cache = self.cache.lock();
			match cache.get(&key) {
				Some((at, cell)) if *at == head.hash => cell.clone(),
				// Cached under the block it is computed at: if the head moves meanwhile, the
				// entry is replaced by the next request's.
				_ => {
					let cell = Arc::new(OnceCell::new());
					cache.insert(key, (head.hash, cell.clone()));
					cell
				},
			}
		};
		if let Some(answer) = cell.get() {
			self.observer.cache_hit();
			return Ok((head, answer.clone()));
		}
		let args = (requester, patient, pointer, fields).encode();
		let answer = cell
			.get_or_try_init(|| async {
				self.observer.cache_miss();
				self.state_call::<Answer>("MedRecApi_authorize", &args, head.hash)
					.await
					.map_err(|error| {
						tracing::warn!(%error, "MedRecApi_authorize failed");
						// Not cached: the next request asks again.
						Refusal::ChainUnavailable
					})
			})
			.await?;
		Ok((head, answer.clone()))
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

/// Decodes `0x`-hex SCALE, all of it.
pub fn decode_hex<R: Decode>(raw: &str) -> anyhow::Result<R> {
	let bytes = hex::decode(raw.trim_start_matches("0x"))?;
	let mut input = &bytes[..];
	let value = R::decode(&mut input)?;
	anyhow::ensure!(input.is_empty(), "{} bytes left after decoding", input.len());
	Ok(value)
}
