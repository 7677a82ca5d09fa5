//! The gatekeeper's decision: check the request, ask the chain, read the record, check its
//! hash, store the receipt, then — and only then — disclose.

use crate::{
	chain::{Chain, Head},
	metrics::Metrics,
	nonces::UsedNonces,
	receipts::{Anchor, Draft, Receipt, Receipts, SignedReceipt, WriteError},
	records::{ReadError, Record, Records, Value},
	references::{commitment, References},
	refusal::Refusal,
	request::{self, FetchRequest, FetchRequestJson, ReceiptsRequest, ReceiptsRequestJson},
	AccountId,
};
use codec::Encode;
use medrec_primitives::{
	access::Denial,
	api::PointerView,
	records::{FieldSet, PointerId},
	ParticipantId,
};
use parking_lot::Mutex;
use polkadot_sdk::{
	sp_core::{
		crypto::{Ss58AddressFormat, Ss58Codec},
		sr25519, H256,
	},
	sp_crypto_hashing::blake2_256,
	sp_runtime::MultiSignature,
};
use serde::Serialize;
use std::{
	sync::Arc,
	time::{SystemTime, UNIX_EPOCH},
};

/// The chain's SS58 prefix, as the runtime declares it (checked by a test): how `:patient` is
/// bound and accounts are shown.
pub const SS58_PREFIX: u16 = 42;

/// Unix time in milliseconds.
pub fn now_ms() -> u64 {
	SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64)
}

/// `account` in SS58 with the chain's prefix. Memoized: every request encodes the requester,
/// the patient and the provider (base-58 with a BLAKE2 checksum, a few percent of a request's
/// CPU when profiled), and the same accounts come back again and again.
pub fn ss58(account: &AccountId) -> String {
	static KNOWN: std::sync::LazyLock<crate::Memo<AccountId, String>> =
		std::sync::LazyLock::new(crate::Memo::new);
	KNOWN.get_or_insert(account, || {
		account.to_ss58check_with_version(Ss58AddressFormat::custom(SS58_PREFIX))
	})
}

fn hex32(hash: &H256) -> String {
	crate::to_hex(hash)
}

/// One disclosed field.
#[derive(Debug, Clone, Serialize)]
pub struct DisclosedField {
	pub code: u8,
	pub name: String,
	pub value: Value,
}

/// The block that authorized a disclosure.
#[derive(Debug, Clone, Serialize)]
pub struct BlockRef {
	pub number: u32,
	pub hash: String,
}

impl From<Head> for BlockRef {
	fn from(head: Head) -> Self {
		Self { number: head.number, hash: hex32(&head.hash) }
	}
}

/// What a successful fetch returns.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Disclosure {
	pub pointer: u64,
	pub fields: Vec<DisclosedField>,
	/// The pointer's salted commitment: BLAKE2-256 of `salt` and the SCALE encoding of every
	/// field's value (see the `references` module).
	pub content_hash: String,
	/// The record's salt, when every field of the record is disclosed, so the requester checks
	/// the values against `content_hash`. Withheld from a partial disclosure: with the salt
	/// and some fields, the others could be guessed against the commitment.
	#[serde(skip_serializing_if = "Option::is_none")]
	pub salt: Option<String>,
	pub authorized_at: BlockRef,
	pub receipt: ReceiptJson,
}

/// A receipt as JSON; `scale` is its exact SCALE encoding, whose BLAKE2-256 is `leaf`. `path`
/// leads from `leaf` (leaf `seq - batch.first` of `batch.count`) to `batch.root`, which the
/// gatekeeper signed.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReceiptJson {
	pub seq: u64,
	pub provider: String,
	pub requester: String,
	pub patient: String,
	pub pointer: u64,
	pub fields: Vec<u8>,
	pub block_number: u32,
	pub block_hash: String,
	pub served_at: u64,
	pub request: String,
	pub content_hash: String,
	pub leaf: String,
	pub scale: String,
	pub batch: BatchJson,
	pub path: Vec<String>,
}

/// A signed batch as JSON: `signature` is over `BATCH_DOMAIN ‖ scale`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchJson {
	pub first: u64,
	pub count: u32,
	pub root: String,
	pub signature: String,
	pub scale: String,
}

impl From<&SignedReceipt> for ReceiptJson {
	fn from(signed: &SignedReceipt) -> Self {
		let r = &signed.receipt;
		let scale = r.encode();
		let batch = &signed.batch.batch;
		Self {
			seq: r.seq,
			provider: ss58(&r.provider),
			requester: ss58(&r.requester),
			patient: ss58(&r.patient),
			pointer: r.pointer,
			fields: r.fields.codes().collect(),
			block_number: r.block_number,
			block_hash: hex32(&r.block_hash),
			served_at: r.served_at,
			request: hex32(&r.request),
			content_hash: hex32(&r.content_hash),
			leaf: hex32(&signed.leaf),
			scale: crate::to_hex(scale),
			batch: BatchJson {
				first: batch.first,
				count: batch.count,
				root: hex32(&batch.root),
				signature: crate::to_hex(signed.batch.signature),
				scale: crate::to_hex(batch.encode()),
			},
			path: signed.path.iter().map(hex32).collect(),
		}
	}
}

/// Where a receipt's root is anchored, and the proof of its inclusion.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Inclusion {
	/// The anchor's index: `MedRecApi_receipt_anchor(provider, index)` returns its root.
	pub anchor: u32,
	pub first: u64,
	pub count: u32,
	pub root: String,
	/// This receipt's leaf index under the root (`seq - first`).
	pub index: u64,
	/// Sibling hashes, bottom up (see the `merkle` module).
	pub proof: Vec<String>,
}

/// A page of a patient's receipts. `next`, when present, is the `after` of the next page.
#[derive(Debug, Clone, Serialize)]
pub struct ReceiptsPage {
	pub receipts: Vec<PatientReceipt>,
	pub next: Option<u64>,
}

/// A receipt of the patient's, and its inclusion proof once anchored.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PatientReceipt {
	pub receipt: ReceiptJson,
	pub inclusion: Option<Inclusion>,
}

/// What the chain lets a requester see of one of this provider's pointers, and the block that
/// said so.
#[derive(Debug, Clone)]
pub struct Allowed {
	pub head: Head,
	pub pointer: PointerView<medrec_primitives::BlockNumber>,
	/// The granted part of the fields asked for; never empty.
	pub fields: FieldSet,
}

/// A record read for an allowed pointer, matching the pointer's content hash.
#[derive(Debug, Clone)]
pub struct Checked {
	pub record: Record,
	/// The query's field names, by field code.
	pub names: Vec<String>,
	pub content_hash: H256,
	/// The record's salt (see the `references` module).
	pub salt: [u8; 32],
}

/// What a receipt names as the request: BLAKE2-256 of its signed bytes and its SCALE
/// signature.
pub fn request_hash(bytes: &[u8], signature: &MultiSignature) -> H256 {
	H256(blake2_256(&[bytes, &signature.encode()].concat()))
}

/// The gatekeeper of one provider.
pub struct Gatekeeper {
	pub provider: AccountId,
	pub records: Records,
	/// Maps the chain's opaque references back to records, and salts commitments.
	pub references: Arc<References>,
	pub chain: Arc<Chain>,
	pub receipts: Receipts,
	pub metrics: Arc<Metrics>,
	/// Signs the transactions the gatekeeper posts (anchors, research answers).
	pub(crate) key: sr25519::Pair,
	pub(crate) max_validity_secs: u64,
	/// Nonces of requests not yet expired, by requester.
	nonces: UsedNonces,
	/// Where the pointer publisher stands; None when this gatekeeper does not publish.
	pub publishing: Mutex<Option<crate::publisher::Status>>,
}

impl Gatekeeper {
	#[allow(clippy::too_many_arguments)]
	pub fn new(
		provider: AccountId,
		records: Records,
		references: Arc<References>,
		chain: Arc<Chain>,
		receipts: Receipts,
		metrics: Arc<Metrics>,
		key: sr25519::Pair,
		max_validity_secs: u64,
	) -> anyhow::Result<Self> {
		// Nonces of disclosures before a restart stay used until their requests expire.
		let nonces = UsedNonces::new(receipts.live_nonces(now_ms())?);
		Ok(Self {
			provider,
			records,
			references,
			chain,
			receipts,
			metrics,
			key,
			max_validity_secs,
			nonces,
			publishing: Mutex::new(None),
		})
	}

	/// Marks `nonce` of `requester` used until `expires`; refuses it if it already is.
	fn use_nonce(
		&self,
		requester: &AccountId,
		nonce: [u8; 16],
		expires: u64,
	) -> Result<(), Refusal> {
		if self.nonces.use_once(requester, nonce, expires) {
			Ok(())
		} else {
			Err(Refusal::Replayed)
		}
	}

	/// Checks a signed request: not expired nor too far ahead, signed by `signer` over `bytes`,
	/// its nonce unused (and now used). Cheapest checks first.
	pub(crate) fn authenticate(
		&self,
		signer: &AccountId,
		signature: &MultiSignature,
		bytes: &[u8],
		nonce: [u8; 16],
		expires: u64,
	) -> Result<(), Refusal> {
		request::check_expiry(expires, now_ms(), self.max_validity_secs)?;
		if !request::verify(signature, bytes, signer) {
			return Err(Refusal::BadSignature);
		}
		self.use_nonce(signer, nonce, expires)
	}

	/// Forgets nonces whose requests have expired (they are refused as expired anyway), in
	/// memory and in the state database. Blocks for a commit: call it off the async workers.
	pub fn prune_nonces(&self) -> anyhow::Result<usize> {
		let now = now_ms();
		let forgotten = self.nonces.forget_expired(now);
		self.receipts.prune_nonces(now)?;
		Ok(forgotten)
	}

	/// Durably uses up the nonce of an authenticated request that leaves no receipt, so that
	/// a restart does not make it usable again. Without this, a refused request replayed after
	/// a restart would be judged anew, and served if a grant had come meanwhile: to whoever
	/// replayed it.
	pub(crate) async fn keep_nonce(
		&self,
		signer: &AccountId,
		nonce: [u8; 16],
		expires: u64,
	) -> Result<(), Refusal> {
		let fresh = self.receipts.use_nonce(signer, nonce, expires).await.map_err(|error| {
			tracing::error!(%error, "storing a used nonce failed; refusing the request");
			Refusal::ReceiptUnavailable
		})?;
		// Used already, though not in this gatekeeper's memory: another replica on the same
		// PostgreSQL state took it (see `crate::pg_state`).
		if fresh {
			Ok(())
		} else {
			Err(Refusal::Replayed)
		}
	}

	/// Serves a fetch request, or says why not.
	pub async fn fetch(&self, json: FetchRequestJson) -> Result<Disclosure, Refusal> {
		let request = FetchRequest::try_from(json)?;
		let bytes = request.signed_bytes(&self.provider);
		self.authenticate(
			&request.requester,
			&request.signature,
			&bytes,
			request.nonce,
			request.expires,
		)?;
		let outcome = self.serve(&request, &bytes).await;
		if let Err(refusal) = &outcome {
			// A disclosure's nonce is kept with its receipt; a refusal's is kept here. Either
			// way the answer leaves only once the nonce is durable. (A receipt that could not
			// be stored most likely cannot be followed by a nonce either; that is logged. A
			// nonce another replica used is kept already, by that replica.)
			match self.keep_nonce(&request.requester, request.nonce, request.expires).await {
				Ok(()) | Err(Refusal::Replayed) => {},
				Err(error) => tracing::warn!(
					reason = refusal.label(),
					?error,
					"refused request's nonce not kept"
				),
			}
		}
		outcome
	}

	/// The part of a fetch after its signature and nonce are checked: all the requested
	/// fields, or nothing.
	async fn serve(&self, request: &FetchRequest, bytes: &[u8]) -> Result<Disclosure, Refusal> {
		let allowed = self
			.allowed(&request.requester, &request.patient, request.pointer, request.fields)
			.await?;
		// `authorize` returns the granted part of what was asked; all of it or nothing.
		if allowed.fields != request.fields {
			let missing = FieldSet(request.fields.0 & !allowed.fields.0);
			return Err(Refusal::FieldsNotGranted(missing.codes().collect()));
		}
		let checked = self.read_checked(&allowed).await?;
		let fields = request
			.fields
			.codes()
			.map(|code| {
				let i = usize::from(code);
				match (checked.names.get(i), checked.record.0.get(i)) {
					(Some(name), Some(value)) => {
						Ok(DisclosedField { code, name: name.clone(), value: value.clone() })
					},
					// The pointer claims a field the query does not return.
					_ => Err(Refusal::StalePointer),
				}
			})
			.collect::<Result<Vec<_>, _>>()?;
		let request_hash = request_hash(bytes, &request.signature);
		let receipt = self
			.record_disclosure(
				&allowed,
				&request.requester,
				&request.patient,
				request_hash,
				checked.content_hash,
				(request.nonce, request.expires),
			)
			.await?;
		let whole = fields.len() == checked.record.0.len();
		Ok(Disclosure {
			pointer: request.pointer,
			fields,
			content_hash: hex32(&checked.content_hash),
			salt: whole.then(|| crate::to_hex(checked.salt)),
			authorized_at: allowed.head.into(),
			receipt: (&receipt).into(),
		})
	}

	/// Asks the chain, at the best block, which of `fields` of `pointer` `requester` may see,
	/// and checks that the pointer is this provider's. The first step of every disclosure,
	/// over JSON-RPC and FHIR alike.
	pub(crate) async fn allowed(
		&self,
		requester: &AccountId,
		patient: &AccountId,
		pointer: PointerId,
		fields: FieldSet,
	) -> Result<Allowed, Refusal> {
		let (head, answer) = self.chain.authorize(requester, patient, pointer, fields).await?;
		let authorization = answer.map_err(|denial| match denial {
			Denial::UnknownPointer => Refusal::UnknownPointer,
			denial => Refusal::Denied(denial),
		})?;
		if authorization.provider != self.provider {
			return Err(Refusal::ProviderMismatch);
		}
		Ok(Allowed { head, pointer: authorization.pointer, fields: authorization.fields })
	}

	/// Reads the record an allowed pointer names and checks it against the pointer's content
	/// hash: the second step of every disclosure.
	pub(crate) async fn read_checked(&self, allowed: &Allowed) -> Result<Checked, Refusal> {
		let pointer = &allowed.pointer;
		let locator = self
			.references
			.locator(&pointer.reference)
			.map_err(|error| {
				tracing::error!(%error, "reading the references failed");
				Refusal::DatabaseUnavailable
			})?
			// Published by hand, or by this provider's gatekeeper on another state file.
			.ok_or(Refusal::UnknownQuery)?;
		let reference = locator.as_str();
		let (query, _) = self.records.query(reference).map_err(|_| Refusal::UnknownQuery)?;
		let names = query.fields.clone();
		// The database knows the patient by their participant number, which the chain's pointer
		// names: it stays theirs when they move to another account.
		let record = self
			.records
			.read(reference, &pointer.patient.to_string())
			.await
			.map_err(|error| match error {
				ReadError::UnknownQuery(_) => Refusal::UnknownQuery,
				error => {
					// The query's name only: a locator's argument (a panel's date) is the
					// record's, and logs carry no health data.
					let query = crate::records::split_reference(reference).0;
					tracing::error!(%error, pointer = pointer.id, query, "database read failed");
					Refusal::DatabaseUnavailable
				},
			})?
			.ok_or(Refusal::RecordNotFound)?;
		let salt = self.references.salt(&pointer.reference);
		let content_hash = commitment(&salt, &record);
		if content_hash != pointer.content_hash {
			// The provider's own problem to fix: its record changed without `update_pointer`.
			tracing::error!(
				pointer = pointer.id,
				query = crate::records::split_reference(reference).0,
				on_chain = ?pointer.content_hash,
				in_database = ?content_hash,
				"stale pointer: the record's hash differs from the chain's; not served"
			);
			return Err(Refusal::StalePointer);
		}
		Ok(Checked { record, names, content_hash, salt })
	}

	/// Stores the signed receipt of disclosing `allowed.fields` of an allowed, checked pointer
	/// to `requester`: the last step of every disclosure. Nothing may leave before it returns.
	/// `used` is the request's nonce and expiry, kept with the receipt.
	pub(crate) async fn record_disclosure(
		&self,
		allowed: &Allowed,
		requester: &AccountId,
		patient: &AccountId,
		request: H256,
		content_hash: H256,
		used: ([u8; 16], u64),
	) -> Result<SignedReceipt, Refusal> {
		let draft = Draft {
			receipt: Receipt {
				seq: 0,
				provider: self.provider.clone(),
				requester: requester.clone(),
				patient: patient.clone(),
				pointer: allowed.pointer.id,
				fields: allowed.fields,
				block_number: allowed.head.number,
				block_hash: allowed.head.hash,
				served_at: now_ms(),
				request,
				content_hash,
			},
			patient_number: allowed.pointer.patient,
			nonce: used.0,
			expires: used.1,
		};
		let timer = self.metrics.receipt_commit.start_timer();
		let receipt = self.receipts.write(draft).await.map_err(|error| match error {
			// Served by another replica meanwhile: the nonce is that request's.
			WriteError::Replayed => Refusal::Replayed,
			WriteError::Failed(error) => {
				tracing::error!(%error, "receipt not stored; nothing disclosed");
				Refusal::ReceiptUnavailable
			},
		})?;
		timer.observe_duration();
		self.metrics.disclosures.inc();
		// Every disclosure has its receipt; the log line is for debugging only.
		tracing::debug!(
			seq = receipt.receipt.seq,
			requester = %ss58(requester),
			pointer = allowed.pointer.id,
			block = allowed.head.number,
			"disclosed"
		);
		Ok(receipt)
	}

	/// Checks a patient's signed receipts request and uses up its nonce durably.
	async fn authenticate_patient(
		&self,
		json: ReceiptsRequestJson,
	) -> Result<ReceiptsRequest, Refusal> {
		let request = ReceiptsRequest::try_from(json)?;
		let bytes = request.signed_bytes(&self.provider);
		self.authenticate(
			&request.patient,
			&request.signature,
			&bytes,
			request.nonce,
			request.expires,
		)?;
		self.keep_nonce(&request.patient, request.nonce, request.expires).await?;
		Ok(request)
	}

	/// A page of a patient's receipts, with inclusion proofs for those already anchored.
	pub async fn patient_receipts(
		self: Arc<Self>,
		json: ReceiptsRequestJson,
	) -> Result<ReceiptsPage, Refusal> {
		let request = self.authenticate_patient(json).await?;
		self.receipts_page(request.patient, request.after, request.limit).await
	}

	/// The participant number of `patient` at the best block: what their receipts are found
	/// by. `None` if they never registered (then they have none).
	async fn participant_number(
		&self,
		patient: &AccountId,
	) -> Result<Option<ParticipantId>, Refusal> {
		let head = self.chain.head().ok_or(Refusal::ChainUnavailable)?;
		self.chain
			.state_call("MedRecApi_participant_number", &patient.encode(), head.hash)
			.await
			.map_err(|_| Refusal::ChainUnavailable)
	}

	/// A page of `patient`'s receipts after receipt `after`, at most `limit`, with inclusion
	/// proofs for those already anchored: what `gatekeeper_receipts` and FHIR's AuditEvent
	/// search return, once the patient's signature is checked.
	pub(crate) async fn receipts_page(
		self: Arc<Self>,
		patient: AccountId,
		after: Option<u64>,
		limit: u32,
	) -> Result<ReceiptsPage, Refusal> {
		let Some(number) = self.participant_number(&patient).await? else {
			return Ok(ReceiptsPage { receipts: Vec::new(), next: None });
		};
		// SQLite reads and Merkle proofs: off the async workers.
		tokio::task::spawn_blocking(move || {
			let limit = limit as usize;
			let receipts =
				self.receipts.of_patient(number, after, limit).map_err(receipts_failed)?;
			let next = (receipts.len() == limit)
				.then(|| receipts.last().map(|last| last.receipt.seq))
				.flatten();
			let mut anchor = None;
			let receipts = receipts
				.iter()
				.map(|signed| self.with_inclusion(signed, &mut anchor))
				.collect::<Result<_, _>>()?;
			Ok(ReceiptsPage { receipts, next })
		})
		.await
		.map_err(|error| receipts_failed(error.into()))?
	}

	/// One of a patient's receipts, by number, with its inclusion proof once anchored.
	pub async fn patient_receipt(
		self: Arc<Self>,
		json: ReceiptsRequestJson,
	) -> Result<PatientReceipt, Refusal> {
		let seq = json
			.seq
			.ok_or_else(|| Refusal::Malformed("seq: the receipt's number is missing".into()))?;
		let request = self.authenticate_patient(json).await?;
		self.receipt_of(request.patient, seq).await
	}

	/// `patient`'s receipt number `seq`, with its inclusion proof once anchored: what
	/// `gatekeeper_receipt` and FHIR's AuditEvent read return, once the patient's signature is
	/// checked.
	pub(crate) async fn receipt_of(
		self: Arc<Self>,
		patient: AccountId,
		seq: u64,
	) -> Result<PatientReceipt, Refusal> {
		let number =
			self.participant_number(&patient).await?.ok_or(Refusal::UnknownReceipt(seq))?;
		tokio::task::spawn_blocking(move || {
			let signed = self
				.receipts
				.of_patient_at(number, seq)
				.map_err(receipts_failed)?
				.ok_or(Refusal::UnknownReceipt(seq))?;
			self.with_inclusion(&signed, &mut None)
		})
		.await
		.map_err(|error| receipts_failed(error.into()))?
	}

	/// `signed` with its proof of inclusion under the anchor that covers it, if any.
	/// `anchor` keeps the last anchor's tree: a page's receipts mostly share a few anchors, and
	/// only one tree (at most `MaxReceiptsPerAnchor` leaves) is held at a time.
	fn with_inclusion(
		&self,
		signed: &SignedReceipt,
		anchor: &mut Option<(Anchor, crate::merkle::Tree)>,
	) -> Result<PatientReceipt, Refusal> {
		let seq = signed.receipt.seq;
		let covers = |a: &Anchor| seq >= a.first && seq - a.first < u64::from(a.count);
		if !anchor.as_ref().is_some_and(|(a, _)| covers(a)) {
			*anchor = match self.receipts.anchor_of(seq).map_err(receipts_failed)? {
				None => None,
				Some(a) => {
					let leaves = self.receipts.leaves(a.first, a.count).map_err(receipts_failed)?;
					Some((a, crate::merkle::Tree::new(leaves)))
				},
			};
		}
		let inclusion = match anchor.as_ref().filter(|(a, _)| covers(a)) {
			None => None,
			Some((a, tree)) => {
				let index = seq - a.first;
				let proof = tree.proof(index as usize).ok_or(Refusal::ReceiptUnavailable)?;
				Some(Inclusion {
					anchor: a.index,
					first: a.first,
					count: a.count,
					root: hex32(&a.root),
					index,
					proof: proof.iter().map(hex32).collect(),
				})
			},
		};
		Ok(PatientReceipt { receipt: signed.into(), inclusion })
	}
}

fn receipts_failed(error: anyhow::Error) -> Refusal {
	tracing::error!(%error, "reading receipts failed");
	Refusal::ReceiptUnavailable
}

#[cfg(test)]
mod tests {
	#[test]
	fn accounts_are_shown_with_the_runtimes_ss58_prefix() {
		use polkadot_sdk::frame_system::Config;
		type Prefix = <medrec_runtime::Runtime as Config>::SS58Prefix;
		assert_eq!(super::SS58_PREFIX, Prefix::get());
	}
}
