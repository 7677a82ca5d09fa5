//! Transactions the gatekeeper signs: its few runtime calls, wrapped in one of the provider's
//! proxies (`Gatekeeper` for anchors and research answers, `Publisher` for pointers), signed
//! with the gatekeeper's key and submitted to the node.
//!
//! The calls and the transaction format are encoded here rather than with the runtime's own
//! types: linking the runtime (XCM, cumulus, staking types, a C++ WASM optimizer at build time)
//! was most of a cold build of the gatekeeper, which `make run` waits for on a new machine. The
//! tests compare every byte with what the runtime's `RuntimeCall`, `TxExtension` and
//! `UncheckedExtrinsic` make for the same inputs (`medrec-runtime` is a dev-dependency), so a
//! change to the runtime fails the gatekeeper's tests rather than its transactions.

use crate::{chain::Chain, AccountId};
use anyhow::{bail, Context};
use codec::{Compact, Encode, Output};
use jsonrpsee::{core::client::Subscription, rpc_params};
use medrec_primitives::records::RecordRef;
use polkadot_sdk::{
	sp_core::{sr25519, Pair, H256},
	sp_crypto_hashing::blake2_256,
	sp_runtime::{generic::Era, MultiAddress, MultiSignature},
};
use std::time::Duration;

/// Where the runtime puts what the gatekeeper calls: pallet indices (`construct_runtime`), call
/// indices (`#[pallet::call_index]`) and the `ProxyType` variant.
mod index {
	pub const PROXY: u8 = 41;
	pub const PROXY_PROXY: u8 = 0;
	pub const PROXY_TYPE_GATEKEEPER: u8 = 5;
	pub const PROXY_TYPE_PUBLISHER: u8 = 6;
	pub const UTILITY: u8 = 40;
	pub const UTILITY_BATCH: u8 = 0;
	pub const REGISTRAR: u8 = 50;
	pub const REGISTRAR_ANCHOR_RECEIPTS: u8 = 16;
	pub const RELATIONSHIPS: u8 = 51;
	pub const RELATIONSHIPS_OPEN_RELATIONSHIP: u8 = 0;
	pub const RELATIONSHIPS_ADD_POINTER: u8 = 2;
	pub const RELATIONSHIPS_UPDATE_POINTER: u8 = 3;
	pub const RESEARCH: u8 = 53;
	pub const RESEARCH_ANSWER_BOUNTY_QUERY: u8 = 3;
	pub const RESEARCH_ANSWER_REQUEST: u8 = 5;
}

/// The extrinsic format version of a signed transaction (4), with the "signed" bit.
const SIGNED_V4: u8 = 0b1000_0000 | 4;

/// A runtime call, SCALE-encoded as the runtime's `RuntimeCall` encodes it: the pallet's
/// index, the call's index, the arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Call(Vec<u8>);

impl Call {
	fn new(pallet: u8, call: u8, args: impl Encode) -> Self {
		let mut bytes = vec![pallet, call];
		args.encode_to(&mut bytes);
		Self(bytes)
	}

	/// `Registrar::anchor_receipts(first, count, root)`.
	pub fn anchor_receipts(first: u64, count: u32, root: H256) -> Self {
		Self::new(index::REGISTRAR, index::REGISTRAR_ANCHOR_RECEIPTS, (first, count, root))
	}

	/// `Research::answer_request(request, result_hash, cohort)`.
	pub fn answer_request(request: u64, result_hash: H256, cohort: u32) -> Self {
		Self::new(index::RESEARCH, index::RESEARCH_ANSWER_REQUEST, (request, result_hash, cohort))
	}

	/// `Research::answer_bounty_query(bounty, result_hash, cohort)`.
	pub fn answer_bounty_query(bounty: u64, result_hash: H256, cohort: u32) -> Self {
		let args = (bounty, result_hash, cohort);
		Self::new(index::RESEARCH, index::RESEARCH_ANSWER_BOUNTY_QUERY, args)
	}

	/// `Relationships::open_relationship(patient)`: a new relationship, or the patient's
	/// invitation accepted.
	pub fn open_relationship(patient: &AccountId) -> Self {
		Self::new(index::RELATIONSHIPS, index::RELATIONSHIPS_OPEN_RELATIONSHIP, patient)
	}

	/// `Relationships::add_pointer(patient, reference, category, fields, content_hash)`.
	pub fn add_pointer(
		patient: &AccountId,
		reference: &RecordRef,
		category: u32,
		fields: u64,
		content_hash: H256,
	) -> Self {
		let args = (patient, reference, category, fields, content_hash);
		Self::new(index::RELATIONSHIPS, index::RELATIONSHIPS_ADD_POINTER, args)
	}

	/// `Relationships::update_pointer(pointer, content_hash)`.
	pub fn update_pointer(pointer: u64, content_hash: H256) -> Self {
		let args = (pointer, content_hash);
		Self::new(index::RELATIONSHIPS, index::RELATIONSHIPS_UPDATE_POINTER, args)
	}

	/// `Utility::batch(calls)`: the calls in order, stopping at the first that fails (those
	/// before it stay done).
	pub fn batch(calls: Vec<Call>) -> Self {
		Self::new(index::UTILITY, index::UTILITY_BATCH, calls)
	}

	/// `Proxy::proxy(provider, Some(ProxyType::Gatekeeper), self)`: this call, made by the
	/// gatekeeper's key on behalf of `provider`.
	pub fn for_provider(self, provider: &AccountId) -> Self {
		self.through(provider, index::PROXY_TYPE_GATEKEEPER)
	}

	/// `Proxy::proxy(provider, Some(ProxyType::Publisher), self)`: pointer calls, made by the
	/// gatekeeper's key on behalf of `provider`.
	pub fn for_publisher(self, provider: &AccountId) -> Self {
		self.through(provider, index::PROXY_TYPE_PUBLISHER)
	}

	fn through(self, provider: &AccountId, proxy_type: u8) -> Self {
		let real = MultiAddress::<AccountId, ()>::Id(provider.clone());
		Self::new(index::PROXY, index::PROXY_PROXY, (real, Some(proxy_type), self))
	}
}

/// A call is its bytes: as an argument (a proxied call) or in a transaction, nothing is added.
impl Encode for Call {
	fn size_hint(&self) -> usize {
		self.0.len()
	}

	fn encode_to<T: Output + ?Sized>(&self, dest: &mut T) {
		dest.write(&self.0)
	}
}

/// What a transaction's signature covers besides the call and the extensions' explicit data:
/// the runtime's versions and the chain's genesis.
#[derive(Clone, Copy, Debug)]
pub struct Chainstate {
	/// `specVersion` of the runtime the transaction is for.
	pub spec_version: u32,
	/// `transactionVersion` of that runtime.
	pub tx_version: u32,
	/// The genesis block's hash.
	pub genesis: H256,
}

/// The explicit data of the runtime's transaction extensions (`TxExtension`, in its order) for
/// an immortal transaction with `nonce` and no tip: `AuthorizeCall`, `CheckNonZeroSender`,
/// `CheckSpecVersion`, `CheckTxVersion` and `CheckGenesis` carry nothing; `CheckEra` the era;
/// `CheckNonce` the nonce; `CheckWeight` nothing; `ChargeTransactionPayment` the tip;
/// `CheckMetadataHash` its mode (0: no metadata hash); the `StorageWeightReclaim` wrapper
/// nothing.
fn explicit(nonce: u32) -> impl Encode {
	(Era::Immortal, Compact(nonce), Compact(0u128), 0u8)
}

/// What the extensions sign without carrying it: spec and transaction versions, the genesis
/// hash (twice: an immortal era's block is genesis), no metadata hash.
fn implicit(chain: &Chainstate) -> impl Encode {
	(chain.spec_version, chain.tx_version, chain.genesis, chain.genesis, None::<[u8; 32]>)
}

/// The bytes a transaction's signer signs: call, explicit and implicit extension data, hashed
/// with BLAKE2-256 when longer than 256 bytes.
pub fn signing_payload(call: &Call, nonce: u32, chain: &Chainstate) -> Vec<u8> {
	let payload = (call, explicit(nonce), implicit(chain)).encode();
	if payload.len() > 256 {
		blake2_256(&payload).to_vec()
	} else {
		payload
	}
}

/// A signed transaction (extrinsic format 4), length-prefixed as the node takes it.
pub fn signed_transaction(
	call: &Call,
	signer: &AccountId,
	signature: sr25519::Signature,
	nonce: u32,
) -> Vec<u8> {
	let address = MultiAddress::<AccountId, ()>::Id(signer.clone());
	let signature = MultiSignature::Sr25519(signature);
	(SIGNED_V4, address, signature, explicit(nonce), call).encode().encode()
}

/// How far a submitted transaction must get before [`Submitted::wait`] resolves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Until {
	/// In a block of the best chain (a reorg could still drop it).
	InBlock,
	/// In a finalized block: it stays.
	Finalized,
}

/// A transaction the node accepted, whose progress is being watched.
pub struct Submitted(Subscription<serde_json::Value>);

impl Submitted {
	/// Resolves with the hash of the block that includes the transaction once it is `until`;
	/// fails if the node drops it or reports nothing within `timeout`. Whether the call
	/// succeeded is for the caller to read from that block's state.
	pub async fn wait(mut self, until: Until, timeout: Duration) -> anyhow::Result<H256> {
		let state = match until {
			Until::InBlock => "inBlock",
			Until::Finalized => "finalized",
		};
		let wait = async {
			while let Some(update) = self.0.next().await {
				let update = update?;
				if let Some(hash) = update.get(state).and_then(|h| h.as_str()) {
					return Ok(hash.parse::<H256>()?);
				}
				if let Some(state) = update
					.as_str()
					.filter(|s| matches!(*s, "invalid" | "dropped" | "usurped" | "finalityTimeout"))
				{
					bail!("transaction {state}");
				}
				// `retracted` is not final: the transaction goes back to the pool and may be
				// included again.
				if ["usurped", "dropped", "invalid", "finalityTimeout"]
					.iter()
					.any(|bad| update.get(bad).is_some())
				{
					bail!("transaction not {state}: {update}");
				}
			}
			bail!("the node stopped reporting the transaction")
		};
		tokio::time::timeout(timeout, wait)
			.await
			.with_context(|| format!("transaction not {state} within {} s", timeout.as_secs()))?
	}
}

/// The real chain, as the provider's gatekeeper key sees it: what anchoring
/// ([`crate::anchor::AnchorChain`]) and the publisher ([`crate::publisher::PublishChain`]) do
/// on it.
pub struct Ledger<'a> {
	pub chain: &'a Chain,
	pub key: &'a sr25519::Pair,
	pub provider: &'a AccountId,
	/// The transaction submitted last, watched until it is final.
	pub(crate) submitted: tokio::sync::Mutex<Option<Submitted>>,
}

impl<'a> Ledger<'a> {
	pub fn new(chain: &'a Chain, key: &'a sr25519::Pair, provider: &'a AccountId) -> Self {
		Self { chain, key, provider, submitted: Default::default() }
	}
}

/// A signed transaction, as the node takes it, and the nonce it carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signed {
	pub nonce: u32,
	pub bytes: Vec<u8>,
}

/// Held from choosing a nonce until the node has the transaction in its pool: anchors,
/// research answers and pointers share the gatekeeper's key, and two transactions signed with
/// the same nonce would have one of them dropped.
static SIGNING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Waits for the turn to sign and submit with the gatekeeper's key (see [`SIGNING`]).
pub async fn signing_turn() -> tokio::sync::MutexGuard<'static, ()> {
	SIGNING.lock().await
}

/// Signs `call` with `key` for the chain as it is now, with the signer's next nonce: its
/// transactions in the node's pool counted, and never below its nonce at the best block (a
/// node can answer `system_accountNextIndex` from a block behind right after building one).
pub async fn sign(chain: &Chain, key: &sr25519::Pair, call: &Call) -> anyhow::Result<Signed> {
	let signer = AccountId::from(key.public());
	let next: u32 = chain
		.request("system_accountNextIndex", rpc_params![signer.to_string()])
		.await?;
	let best: H256 = chain.request("chain_getBlockHash", rpc_params![]).await?;
	let at_best: u32 = chain
		.state_call("AccountNonceApi_account_nonce", &signer.encode(), best)
		.await?;
	let nonce = next.max(at_best);
	let version: serde_json::Value =
		chain.request("state_getRuntimeVersion", rpc_params![]).await?;
	let state = Chainstate {
		spec_version: version["specVersion"].as_u64().context("specVersion")? as u32,
		tx_version: version["transactionVersion"].as_u64().context("transactionVersion")? as u32,
		genesis: chain.request("chain_getBlockHash", rpc_params![0]).await?,
	};
	let signature = key.sign(&signing_payload(call, nonce, &state));
	Ok(Signed { nonce, bytes: signed_transaction(call, &signer, signature, nonce) })
}

/// Submits a signed transaction and watches it; resolves once the node accepted it into its
/// pool.
pub async fn submit(chain: &Chain, transaction: &[u8]) -> anyhow::Result<Submitted> {
	let status = chain
		.subscribe::<serde_json::Value>(
			"author_submitAndWatchExtrinsic",
			rpc_params![crate::to_hex(transaction)],
			"author_unwatchExtrinsic",
		)
		.await?;
	Ok(Submitted(status))
}

/// Waits (at most 6 s, a block) until the node counts `nonce` as used by `signer`, so that the
/// next transaction signed gets the next one. A node counts its pool at once; Chopsticks may
/// answer from the block before the one it is building.
pub async fn wait_counted(chain: &Chain, signer: &AccountId, nonce: u32) {
	for _ in 0..60 {
		let next: anyhow::Result<u32> =
			chain.request("system_accountNextIndex", rpc_params![signer.to_string()]).await;
		if next.is_ok_and(|next| next > nonce) {
			return;
		}
		tokio::time::sleep(Duration::from_millis(100)).await;
	}
}

/// Signs `inner` with the gatekeeper's key and submits it on behalf of `provider`, through the
/// provider's `Gatekeeper` proxy; resolves once the node accepted it into its pool. Signed
/// again with the next nonce if another signer with the key took this one meanwhile.
pub async fn submit_for_provider(
	chain: &Chain,
	key: &sr25519::Pair,
	provider: &AccountId,
	inner: Call,
) -> anyhow::Result<Submitted> {
	let _turn = signing_turn().await;
	let call = inner.for_provider(provider);
	let (submitted, nonce) = retry_while_nonce_taken(NONCE_TRIES, NONCE_RETRY_WAIT, || async {
		let signed = sign(chain, key, &call).await?;
		Ok((submit(chain, &signed.bytes).await?, signed.nonce))
	})
	.await?;
	wait_counted(chain, &AccountId::from(key.public()), nonce).await;
	Ok(submitted)
}

/// Times a transaction is signed and submitted, at most, while its nonce is taken.
const NONCE_TRIES: usize = 3;

/// The wait before signing again: the other signer's transaction is in the node's pool by then,
/// which the next nonce counts.
const NONCE_RETRY_WAIT: Duration = Duration::from_millis(100);

/// Whether the node refused a transaction because another one signed with the same key took
/// its nonce first. Within one gatekeeper signing takes turns ([`SIGNING`]); replicas of one
/// provider's gatekeeper share its key (see `crate::pg_state`), so two of them can sign with the
/// same next nonce at the same moment (research answers are posted by the replica asked).
/// `1014`: one with that nonce is in the pool; `1010` "Transaction is outdated": in a block.
pub(crate) fn nonce_taken(error: &anyhow::Error) -> bool {
	let Some(jsonrpsee::core::ClientError::Call(refusal)) =
		error.downcast_ref::<jsonrpsee::core::ClientError>()
	else {
		return false;
	};
	let outdated = || refusal.data().is_some_and(|data| data.get().contains("outdated"));
	refusal.code() == 1014 || (refusal.code() == 1010 && outdated())
}

/// Runs `attempt` again, `wait` later, while it fails with its nonce taken ([`nonce_taken`]),
/// `tries` times at most in all.
async fn retry_while_nonce_taken<T, F>(
	tries: usize,
	wait: Duration,
	mut attempt: impl FnMut() -> F,
) -> anyhow::Result<T>
where
	F: std::future::Future<Output = anyhow::Result<T>>,
{
	let mut tried = 1;
	loop {
		match attempt().await {
			Err(error) if tried < tries && nonce_taken(&error) => {
				tracing::info!(%error, "another signer with this key took the nonce; signing again");
				tokio::time::sleep(wait).await;
				tried += 1;
			},
			outcome => return outcome,
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Decode;
	use medrec_runtime::{
		configs::ProxyType, Runtime, RuntimeCall, TxExtension, UncheckedExtrinsic,
	};
	use polkadot_sdk::{
		cumulus_pallet_weight_reclaim, frame_metadata_hash_extension,
		frame_support::traits::InstanceFilter, frame_system, pallet_proxy,
		pallet_transaction_payment, pallet_utility, sp_keyring::Sr25519Keyring,
		sp_runtime::generic::SignedPayload,
	};

	fn refused(code: i32, message: &str, data: Option<&str>) -> anyhow::Error {
		jsonrpsee::core::ClientError::Call(jsonrpsee::types::ErrorObject::owned(
			code, message, data,
		))
		.into()
	}

	/// What a node says when a replica on the same key took the nonce, as Substrate's author
	/// API words it, told from its other refusals.
	#[test]
	fn a_taken_nonce_is_told_from_other_refusals() {
		let taken = [
			refused(
				1014,
				"Priority is too low: (0 vs 0)",
				Some("The transaction has too low priority"),
			),
			refused(1010, "Invalid Transaction", Some("Transaction is outdated")),
		];
		assert!(taken.iter().all(nonce_taken));
		let other = [
			refused(1010, "Invalid Transaction", Some("Inability to pay some fees")),
			refused(1010, "Invalid Transaction", Some("Custom error: 3")),
			refused(1010, "Invalid Transaction", None),
			refused(1013, "Transaction Already Imported", None),
			anyhow::Error::from(jsonrpsee::core::ClientError::RequestTimeout),
			anyhow::anyhow!("Priority is too low: 1014"),
		];
		assert!(!other.iter().any(nonce_taken));
	}

	#[tokio::test]
	async fn a_transaction_is_signed_again_only_while_its_nonce_is_taken() {
		let run = |outcomes: Vec<anyhow::Result<u32>>| async move {
			let outcomes = std::cell::RefCell::new(outcomes.into_iter());
			let tries = std::cell::Cell::new(0);
			let outcome = retry_while_nonce_taken(3, Duration::from_millis(1), || {
				tries.set(tries.get() + 1);
				let next = outcomes.borrow_mut().next().expect("no more tries than outcomes");
				async move { next }
			})
			.await;
			(outcome.ok(), tries.get())
		};
		let taken = || Err(refused(1014, "Priority is too low: (5 vs 5)", None));
		assert_eq!(run(vec![taken(), Ok(6)]).await, (Some(6), 2));
		assert_eq!(run(vec![taken(), taken(), taken()]).await, (None, 3), "three tries at most");
		let poor = Err(refused(1010, "Invalid Transaction", Some("Inability to pay some fees")));
		assert_eq!(run(vec![poor]).await, (None, 1), "another refusal is final");
		assert_eq!(run(vec![Ok(5)]).await, (Some(5), 1));
	}

	/// The runtime's extensions for an immortal transaction with `nonce` and no tip.
	fn runtime_extensions(nonce: u32) -> TxExtension {
		cumulus_pallet_weight_reclaim::StorageWeightReclaim::new((
			frame_system::AuthorizeCall::new(),
			frame_system::CheckNonZeroSender::new(),
			frame_system::CheckSpecVersion::new(),
			frame_system::CheckTxVersion::new(),
			frame_system::CheckGenesis::new(),
			frame_system::CheckEra::from(Era::Immortal),
			frame_system::CheckNonce::from(nonce),
			frame_system::CheckWeight::new(),
			pallet_transaction_payment::ChargeTransactionPayment::from(0),
			frame_metadata_hash_extension::CheckMetadataHash::new(false),
		))
	}

	fn provider() -> AccountId {
		Sr25519Keyring::Bob.to_account_id()
	}

	fn proxied(inner: RuntimeCall) -> RuntimeCall {
		RuntimeCall::Proxy(pallet_proxy::Call::<Runtime>::proxy {
			real: MultiAddress::Id(provider()),
			force_proxy_type: Some(ProxyType::Gatekeeper),
			call: Box::new(inner),
		})
	}

	/// Every call the gatekeeper makes, as it builds it and as the runtime does.
	fn calls() -> Vec<(Call, RuntimeCall)> {
		let (root, result) = (H256::repeat_byte(7), H256::repeat_byte(9));
		vec![
			(
				Call::anchor_receipts(1 << 40, 1_000_000, root),
				RuntimeCall::Registrar(pallet_registrar::Call::anchor_receipts {
					first: 1 << 40,
					count: 1_000_000,
					root,
				}),
			),
			(
				Call::answer_request(u64::MAX, result, 12),
				RuntimeCall::Research(pallet_research::Call::answer_request {
					request: u64::MAX,
					result_hash: result,
					cohort: 12,
				}),
			),
			(
				Call::answer_bounty_query(3, result, u32::MAX),
				RuntimeCall::Research(pallet_research::Call::answer_bounty_query {
					bounty: 3,
					result_hash: result,
					cohort: u32::MAX,
				}),
			),
		]
	}

	/// Every call the publisher makes, as it builds it and as the runtime does.
	fn publisher_calls() -> Vec<(Call, RuntimeCall)> {
		use medrec_primitives::records::FieldSet;
		let patient = Sr25519Keyring::Ferdie.to_account_id();
		let hash = H256::repeat_byte(3);
		let relationships = |call| RuntimeCall::Relationships(call);
		let single = vec![
			(
				Call::open_relationship(&patient),
				relationships(pallet_relationships::Call::open_relationship {
					patient: patient.clone(),
				}),
			),
			(
				Call::add_pointer(&patient, &[0x42; 16], 7, 0b1_0110, hash),
				relationships(pallet_relationships::Call::add_pointer {
					patient: patient.clone(),
					reference: [0x42; 16],
					category: 7,
					fields: FieldSet(0b1_0110),
					content_hash: hash,
				}),
			),
			(
				Call::update_pointer(1 << 33, hash),
				relationships(pallet_relationships::Call::update_pointer {
					pointer: 1 << 33,
					content_hash: hash,
				}),
			),
		];
		let (ours, runtime): (Vec<_>, Vec<_>) = single.iter().cloned().unzip();
		let batch = (
			Call::batch(ours),
			RuntimeCall::Utility(pallet_utility::Call::batch { calls: runtime }),
		);
		single.into_iter().chain([batch]).collect()
	}

	#[test]
	fn publisher_calls_are_encoded_as_the_runtime_encodes_them_and_its_proxy_allows_them() {
		for (ours, runtime) in publisher_calls() {
			assert_eq!(ours.encode(), runtime.encode(), "{runtime:?}");
			assert!(ProxyType::Publisher.filter(&runtime), "{runtime:?}");
			assert!(!ProxyType::Gatekeeper.filter(&runtime), "{runtime:?}");
			let proxied = RuntimeCall::Proxy(pallet_proxy::Call::<Runtime>::proxy {
				real: MultiAddress::Id(provider()),
				force_proxy_type: Some(ProxyType::Publisher),
				call: Box::new(runtime),
			});
			assert_eq!(ours.for_publisher(&provider()).encode(), proxied.encode());
		}
	}

	#[test]
	fn calls_are_encoded_as_the_runtime_encodes_them_and_its_gatekeeper_proxy_allows_them() {
		for (ours, runtime) in calls() {
			assert_eq!(ours.encode(), runtime.encode(), "{runtime:?}");
			assert!(ProxyType::Gatekeeper.filter(&runtime), "{runtime:?}");
			assert_eq!(ours.for_provider(&provider()).encode(), proxied(runtime).encode());
		}
	}

	#[test]
	fn a_signed_transaction_is_byte_for_byte_the_runtimes_and_decodes_as_one() {
		let chain = Chainstate { spec_version: 5, tx_version: 4, genesis: H256::repeat_byte(1) };
		let implicit = ((), (), 5, 4, chain.genesis, chain.genesis, (), (), (), None);
		let key = Sr25519Keyring::Ferdie.pair();
		let signer = AccountId::from(key.public());
		// A remark of 300 bytes makes a payload over 256 bytes, which is signed as its hash.
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![1; 300] });
		let long = (Call(remark.encode()), remark);
		let calls = calls()
			.into_iter()
			.map(|(ours, runtime)| (ours.for_provider(&provider()), proxied(runtime)));
		for (call, runtime) in calls.chain([long]) {
			// Compact nonces change width at 2^6, 2^14 and 2^30.
			for nonce in [0, 63, 64, 16_384, 1 << 30, u32::MAX] {
				let payload = signing_payload(&call, nonce, &chain);
				let expected = SignedPayload::<RuntimeCall, TxExtension>::from_raw(
					runtime.clone(),
					runtime_extensions(nonce),
					implicit,
				);
				assert_eq!(payload, expected.encode(), "nonce {nonce}, {runtime:?}");

				let signature = key.sign(&payload);
				let ours = signed_transaction(&call, &signer, signature, nonce);
				let theirs = UncheckedExtrinsic::new_signed(
					runtime.clone(),
					MultiAddress::Id(signer.clone()),
					signature.into(),
					runtime_extensions(nonce),
				);
				assert_eq!(ours, theirs.encode(), "nonce {nonce}, {runtime:?}");
				let decoded = UncheckedExtrinsic::decode(&mut &ours[..]).expect("decodes");
				assert_eq!(decoded.encode(), ours);
			}
		}
	}
}
