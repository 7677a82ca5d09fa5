//! Research: the gatekeeper answers a researcher's aggregate request or bounty query over the
//! provider's patients who opted in to research on the template's category and have an active
//! relationship with the provider on chain, refuses below the cohort floor, and posts the
//! answer's hash and cohort size on chain before returning it.
//!
//! The chain refuses an answer whose cohort exceeds the patients it can account for: those
//! with an active relationship with the provider who consent to research in any category. A
//! patient the database knows but the chain does not link to the provider (never linked,
//! rejected, ended) is therefore never counted, so an honest answer is always within that
//! bound.
//!
//! The researcher signs
//!
//! ```text
//! "medrec-gatekeeper/research/v1" ‖ provider ‖ researcher ‖ kind (0 request, 1 bounty)
//! ‖ id (u64 LE) ‖ BLAKE2-256(params) ‖ nonce (16 bytes) ‖ expires (u64 LE, Unix ms)
//! ```
//!
//! `params` is the template's parameter string, whose BLAKE2-256 the request or bounty carries
//! on chain. Individual records never leave: only the template's aggregate row.

use crate::{
	chain::Chain, gatekeeper::Gatekeeper, records::Value, refusal::Refusal, request, tx, AccountId,
};
use codec::{Decode, DecodeAll, Encode};
use jsonrpsee::rpc_params;
use medrec_primitives::{
	api::RelationshipView, records::CategoryCode, research::TemplateCode, Balance, BlockNumber,
	ParticipantId,
};
use pallet_research::{BountyQuery, Owner, Request};
use polkadot_sdk::{
	sp_core::{ConstU32, H256},
	sp_crypto_hashing::{blake2_128, blake2_256, twox_128, twox_64},
	sp_runtime::MultiSignature,
};
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// The domain of a research request's signed bytes.
pub const RESEARCH_DOMAIN: &[u8] = b"medrec-gatekeeper/research/v1";

/// The longest parameter string, in bytes. A template's parameters are a code or a few values
/// (the demo's is a LOINC code); the bound keeps what an unauthenticated request can make the
/// gatekeeper hash and carry small. [`crate::server::MAX_REQUEST_BYTES`] fits it.
pub const MAX_PARAMS_BYTES: usize = 4096;

/// What the researcher redeems.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
	/// A research request (`Research::request_aggregate`).
	Request,
	/// A bounty query the researcher owns (`Research::submit_bounty_query`).
	Bounty,
}

/// A research request as it arrives (JSON).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ResearchRequestJson {
	pub researcher: String,
	pub kind: Kind,
	pub id: u64,
	pub params: String,
	pub nonce: String,
	pub expires: u64,
	pub signature: String,
}

/// One value of the aggregate.
#[derive(Debug, Clone, Serialize)]
pub struct Column {
	pub name: String,
	pub value: Value,
}

/// A posted answer.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResearchAnswer {
	pub template: TemplateCode,
	pub cohort: u32,
	pub columns: Vec<Column>,
	/// BLAKE2-256 of the SCALE-encoded values, as posted on chain.
	pub result_hash: String,
	/// The block that includes the posted answer.
	pub posted_in: String,
}

/// What the chain holds about the thing being redeemed.
struct Redeemable {
	template: TemplateCode,
	params_hash: H256,
	min_cohort: u32,
}

/// The bytes a researcher signs to redeem request (or bounty) `id` at `provider`'s gatekeeper.
pub fn signed_bytes(
	provider: &AccountId,
	researcher: &AccountId,
	kind: Kind,
	id: u64,
	params: &str,
	nonce: &[u8; 16],
	expires: u64,
) -> Vec<u8> {
	let kind = match kind {
		Kind::Request => 0u8,
		Kind::Bounty => 1u8,
	};
	[
		RESEARCH_DOMAIN,
		provider.as_ref(),
		researcher.as_ref(),
		&[kind],
		&id.to_le_bytes(),
		&blake2_256(params.as_bytes()),
		nonce,
		&expires.to_le_bytes(),
	]
	.concat()
}

/// The value at storage `key` at block `at`, decoded whole.
pub(crate) async fn storage<T: Decode>(
	chain: &Chain,
	key: Vec<u8>,
	at: H256,
) -> Result<Option<T>, Refusal> {
	raw_storage(chain, key, at)
		.await?
		.map(|raw| T::decode_all(&mut &raw[..]).map_err(|_| Refusal::ChainUnavailable))
		.transpose()
}

/// The bytes at storage `key` at block `at`, for a reader that decodes only their start.
pub(crate) async fn raw_storage(
	chain: &Chain,
	key: Vec<u8>,
	at: H256,
) -> Result<Option<Vec<u8>>, Refusal> {
	let raw: Option<String> = chain
		.request("state_getStorage", rpc_params![crate::to_hex(key), at])
		.await
		.map_err(|_| Refusal::ChainUnavailable)?;
	raw.map(|hex| hex::decode(hex.trim_start_matches("0x")).map_err(|_| Refusal::ChainUnavailable))
		.transpose()
}

/// Research storage as the runtime keeps it, decoded without the runtime's bounds: enforcing
/// them is the runtime's business, reading what it stored is ours.
type Unbounded = ConstU32<{ u32::MAX }>;
type StoredRequest = Request<BlockNumber, Balance, Unbounded>;
type StoredBounty = BountyQuery<AccountId, BlockNumber, Balance, Unbounded>;
type StoredCard = pallet_registrar::Card<Unbounded>;

/// The storage key of `item(key)` in `pallet`, a map hashed with `Twox64Concat` (`twox`) or
/// `Blake2_128Concat`; a test checks each key against the runtime's.
pub(crate) fn map_key(pallet: &str, item: &str, twox: bool, key: &impl Encode) -> Vec<u8> {
	let key = key.encode();
	let hash: &[u8] = if twox { &twox_64(&key) } else { &blake2_128(&key) };
	[&twox_128(pallet.as_bytes())[..], &twox_128(item.as_bytes()), hash, &key].concat()
}

fn request_key(id: u64) -> Vec<u8> {
	map_key("Research", "Requests", true, &id)
}

fn bounty_key(id: u64) -> Vec<u8> {
	map_key("Research", "Bounties", true, &id)
}

async fn participant_id(
	chain: &Chain,
	who: &AccountId,
	at: H256,
) -> Result<Option<ParticipantId>, Refusal> {
	let card: Option<StoredCard> = storage(chain, card_key(who), at).await?;
	Ok(card.and_then(|card| card.participant))
}

fn card_key(who: &AccountId) -> Vec<u8> {
	map_key("Registrar", "Cards", false, who)
}

/// Of `consenting` (patients who opted in to the template's category), those whose relationship
/// with `provider` is active, by each one's summary (`MedRecApi_patient_summary`, in the same
/// order): the patients the chain counts for the provider.
fn linked_to(
	provider: &AccountId,
	consenting: Vec<AccountId>,
	summaries: Vec<Vec<RelationshipView<AccountId, BlockNumber>>>,
) -> Vec<AccountId> {
	consenting
		.into_iter()
		.zip(summaries)
		.filter(|(_, summary)| {
			summary.iter().any(|r| &r.provider == provider && r.status.is_active())
		})
		.map(|(patient, _)| patient)
		.collect()
}

/// The request's researcher, nonce and signature, each bounded before it is decoded (see
/// [`crate::request`]), and its parameters bounded.
fn parse(json: &ResearchRequestJson) -> Result<(AccountId, [u8; 16], MultiSignature), Refusal> {
	if json.params.len() > MAX_PARAMS_BYTES {
		return Err(Refusal::Malformed(format!("params: at most {MAX_PARAMS_BYTES} bytes")));
	}
	Ok((
		request::account("researcher", &json.researcher)?,
		request::nonce(&json.nonce)?,
		request::signature(&json.signature)?,
	))
}

impl Gatekeeper {
	/// Answers a research request or bounty query, or says why not.
	pub async fn research(&self, json: ResearchRequestJson) -> Result<ResearchAnswer, Refusal> {
		let (researcher, nonce, signature) = parse(&json)?;
		let bytes = signed_bytes(
			&self.provider,
			&researcher,
			json.kind,
			json.id,
			&json.params,
			&nonce,
			json.expires,
		);
		self.authenticate(&researcher, &signature, &bytes, nonce, json.expires)?;
		// Research leaves no receipt: its nonce is kept on its own, before anything is asked.
		self.keep_nonce(&researcher, nonce, json.expires).await?;

		let chain = &self.chain;
		// The request or bounty may be in the block being adopted, which the researcher has
		// seen already.
		chain.settled().await;
		let head = chain.head().ok_or(Refusal::ChainUnavailable)?;
		let me = participant_id(chain, &self.provider, head.hash)
			.await?
			.ok_or(Refusal::UnknownResearch)?;
		let them = participant_id(chain, &researcher, head.hash)
			.await?
			.ok_or(Refusal::UnknownResearch)?;
		let redeemable = match json.kind {
			Kind::Request => {
				let request: StoredRequest = storage(chain, request_key(json.id), head.hash)
					.await?
					.ok_or(Refusal::UnknownResearch)?;
				// Only its researcher redeems it, and only while this provider still owes an answer.
				if request.researcher != them || !request.pending.contains(&me) {
					return Err(Refusal::UnknownResearch);
				}
				Redeemable {
					template: request.template,
					params_hash: request.params_hash,
					min_cohort: request.min_cohort,
				}
			},
			Kind::Bounty => {
				let bounty: StoredBounty = storage(chain, bounty_key(json.id), head.hash)
					.await?
					.ok_or(Refusal::UnknownResearch)?;
				if bounty.provider != me
					|| bounty.owner != Owner::Researcher(them)
					|| bounty.answer.is_some()
				{
					return Err(Refusal::UnknownResearch);
				}
				Redeemable {
					template: bounty.template,
					params_hash: bounty.params_hash,
					min_cohort: bounty.min_cohort,
				}
			},
		};
		if H256(blake2_256(json.params.as_bytes())) != redeemable.params_hash {
			return Err(Refusal::ParamsMismatch);
		}
		let template =
			self.records.template(redeemable.template).ok_or(Refusal::TemplateNotOffered)?;
		let policy: Option<(Vec<TemplateCode>, u32)> = chain
			.state_call("MedRecApi_release_policy", &self.provider.encode(), head.hash)
			.await
			.map_err(|_| Refusal::ChainUnavailable)?;
		let (released, floor) = policy.ok_or(Refusal::UnknownResearch)?;
		if !released.is_empty() && !released.contains(&redeemable.template) {
			return Err(Refusal::TemplateNotOffered);
		}

		// The cohort: the provider's patients who opted in to the template's category and whose
		// relationship with the provider is active, as the chain says at this block.
		// The database knows its patients by participant number; the chain says which account
		// each number holds now, and that account's consent.
		let numbers: Vec<ParticipantId> = self
			.records
			.patient_numbers()
			.await
			.map_err(|_| Refusal::DatabaseUnavailable)?
			.iter()
			.filter_map(|text| text.parse().ok())
			.collect();
		let held: Vec<Option<AccountId>> = chain
			.state_call_each(
				"MedRecApi_account_of",
				&numbers.iter().map(Encode::encode).collect::<Vec<_>>(),
				head.hash,
			)
			.await
			.map_err(|_| Refusal::ChainUnavailable)?;
		let (numbers, accounts): (Vec<ParticipantId>, Vec<AccountId>) = numbers
			.into_iter()
			.zip(held)
			.filter_map(|(number, account)| Some((number, account?)))
			.unzip();
		let consents: Vec<Vec<CategoryCode>> = chain
			.state_call_each(
				"MedRecApi_research_consent",
				&accounts.iter().map(Encode::encode).collect::<Vec<_>>(),
				head.hash,
			)
			.await
			.map_err(|_| Refusal::ChainUnavailable)?;
		let (consenting_numbers, consenting): (Vec<ParticipantId>, Vec<AccountId>) = numbers
			.into_iter()
			.zip(accounts)
			.zip(consents)
			.filter(|(_, consent)| consent.contains(&template.category))
			.map(|(pair, _)| pair)
			.unzip();
		// Only the consenting patients' summaries: a patient is asked about once per answer.
		let summaries: Vec<Vec<RelationshipView<AccountId, BlockNumber>>> = chain
			.state_call_each(
				"MedRecApi_patient_summary",
				&consenting.iter().map(Encode::encode).collect::<Vec<_>>(),
				head.hash,
			)
			.await
			.map_err(|_| Refusal::ChainUnavailable)?;
		let linked = linked_to(&self.provider, consenting.clone(), summaries);
		let cohort: Vec<String> = consenting_numbers
			.iter()
			.zip(&consenting)
			.filter(|(_, account)| linked.contains(account))
			.map(|(number, _)| number.to_string())
			.collect();
		let (size, values) = self
			.records
			.aggregate(template, &json.params, &cohort)
			.await
			.map_err(|_| Refusal::DatabaseUnavailable)?;
		if size as usize > cohort.len() {
			tracing::error!(
				template = template.code,
				size,
				opted_in = cohort.len(),
				"template counts patients outside the cohort; not answered"
			);
			return Err(Refusal::DatabaseUnavailable);
		}
		let k = redeemable.min_cohort.max(floor);
		if size < k {
			return Err(Refusal::CohortTooSmall(k));
		}

		let result_hash = H256(blake2_256(&values.encode()));
		let call = match json.kind {
			Kind::Request => tx::Call::answer_request(json.id, result_hash, size),
			Kind::Bounty => tx::Call::answer_bounty_query(json.id, result_hash, size),
		};
		let key = self.key.clone();
		let block = match tx::submit_for_provider(chain, &key, &self.provider, call).await {
			Ok(submitted) => submitted.wait(tx::Until::InBlock, Duration::from_secs(120)).await,
			Err(error) => Err(error),
		}
		.map_err(|error| {
			tracing::warn!(error = format!("{error:#}"), "posting a research answer failed");
			Refusal::PostFailed
		})?;
		// Included is not accepted: read the block's state to see the answer recorded.
		let recorded = match json.kind {
			Kind::Request => {
				let after: Option<StoredRequest> =
					storage(chain, request_key(json.id), block).await?;
				after.is_none_or(|r| !r.pending.contains(&me))
			},
			Kind::Bounty => {
				let after: Option<StoredBounty> =
					storage(chain, bounty_key(json.id), block).await?;
				after.is_some_and(|b| b.answer == Some((result_hash, size)))
			},
		};
		if !recorded {
			return Err(Refusal::PostFailed);
		}
		tracing::info!(template = template.code, cohort = size, id = json.id, "research answered");
		Ok(ResearchAnswer {
			template: template.code,
			cohort: size,
			columns: template
				.columns
				.iter()
				.cloned()
				.zip(values)
				.map(|(name, value)| Column { name, value })
				.collect(),
			result_hash: format!("{result_hash:?}"),
			posted_in: format!("{block:?}"),
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use medrec_primitives::records::RelationshipStatus;
	use medrec_runtime::Runtime;
	use polkadot_sdk::{sp_core::crypto::Ss58Codec, sp_keyring::Sr25519Keyring};

	#[test]
	fn storage_is_read_at_the_runtimes_keys_and_decodes_as_stored() {
		let who = Sr25519Keyring::Dave.to_account_id();
		assert_eq!(card_key(&who), pallet_registrar::Cards::<Runtime>::hashed_key_for(&who));
		for id in [0, 7, u64::MAX] {
			assert_eq!(request_key(id), pallet_research::Requests::<Runtime>::hashed_key_for(id));
			assert_eq!(bounty_key(id), pallet_research::Bounties::<Runtime>::hashed_key_for(id));
		}

		let bounty: pallet_research::BountyOf<Runtime> = BountyQuery {
			provider: 2,
			template: 1,
			params: b"4548-4".to_vec().try_into().expect("within the runtime's bound"),
			params_hash: H256(blake2_256(b"4548-4")),
			min_cohort: 5,
			owner: Owner::Researcher(4),
			included_at: 8,
			answer: Some((H256::repeat_byte(3), 9)),
			deposit: 10,
		};
		let stored = StoredBounty::decode(&mut &bounty.encode()[..]).expect("decodes");
		assert_eq!(stored.encode(), bounty.encode());
		let request: pallet_research::RequestOf<Runtime> = Request {
			researcher: 4,
			template: 1,
			params_hash: H256(blake2_256(b"4548-4")),
			min_cohort: 5,
			pending: vec![2, 3].try_into().expect("within the runtime's bound"),
			cost_per_answer: 7,
			expires_at: 100,
			deposit: 10,
		};
		let stored = StoredRequest::decode(&mut &request.encode()[..]).expect("decodes");
		assert_eq!(stored.encode(), request.encode());
		let card: pallet_registrar::CardOf<Runtime> = pallet_registrar::Card {
			participant: Some(7),
			memberships: vec![pallet_registrar::CardMembership {
				group: 3,
				since: 9,
				owner_active: true,
			}]
			.try_into()
			.expect("within the runtime's bound"),
		};
		let stored = StoredCard::decode(&mut &card.encode()[..]).expect("decodes");
		assert_eq!(stored.encode(), card.encode());
	}

	fn request() -> ResearchRequestJson {
		ResearchRequestJson {
			researcher: Sr25519Keyring::Dave.to_account_id().to_ss58check(),
			kind: Kind::Request,
			id: 0,
			params: "4548-4".into(),
			nonce: format!("0x{}", "00".repeat(16)),
			expires: 5,
			signature: format!("0x01{}", "00".repeat(64)),
		}
	}

	fn summary_line(
		provider: Sr25519Keyring,
		status: RelationshipStatus,
	) -> RelationshipView<AccountId, BlockNumber> {
		RelationshipView {
			provider: provider.to_account_id(),
			provider_id: 0,
			status,
			opened_at: 1,
			changed_at: 1,
			pointers: 0,
		}
	}

	/// The chain counts, for a provider, the consenting patients with an active relationship
	/// with it; the gatekeeper's cohort keeps only those, whatever its database holds.
	#[test]
	fn the_cohort_keeps_only_patients_the_chain_links_to_the_provider() {
		use RelationshipStatus::*;
		use Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie, One, Two};
		let provider = Bob;
		let patients = [Alice, Charlie, Dave, Eve, Ferdie, One, Two];
		let summaries = vec![
			vec![summary_line(provider, New)],
			vec![summary_line(Two, Acknowledged), summary_line(provider, Updated)],
			// Rejected, or only an invitation the provider has not accepted: not linked.
			vec![summary_line(provider, Rejected)],
			vec![summary_line(provider, Invited)],
			// Another provider's patient, and a patient with no relationship at all.
			vec![summary_line(Two, New)],
			vec![],
			vec![summary_line(provider, Acknowledged)],
		];
		let linked = linked_to(
			&provider.to_account_id(),
			patients.iter().map(|p| p.to_account_id()).collect(),
			summaries,
		);
		assert_eq!(
			linked,
			[Alice, Charlie, Two].iter().map(|p| p.to_account_id()).collect::<Vec<_>>()
		);
	}

	#[test]
	fn over_long_researchers_and_params_are_refused_before_decoding() {
		assert!(parse(&request()).is_ok());
		let mut r = request();
		r.params = "x".repeat(MAX_PARAMS_BYTES);
		assert!(parse(&r).is_ok());
		r.params.push('x');
		assert!(
			matches!(parse(&r), Err(Refusal::Malformed(m)) if m.starts_with("params: at most"))
		);
		let mut r = request();
		r.researcher = "1".repeat(1_000_000);
		let started = std::time::Instant::now();
		assert!(
			matches!(parse(&r), Err(Refusal::Malformed(m)) if m.starts_with("researcher: at most"))
		);
		assert!(started.elapsed() < std::time::Duration::from_millis(10));
	}
}
