//! Shared test vectors of the gatekeeper protocol (`vectors.json`, written by
//! `portal/scripts/vectors.mjs`). The portal's client checks the same file
//! (`portal/src/client/protocol.test.ts`), so the bytes a browser signs, the receipts it verifies
//! and the record hashes it checks are the gatekeeper's own, computed here with this crate's
//! public API.

use codec::{Decode, Encode};
use medrec_gatekeeper::{
	fhir, merkle,
	receipts::{Batch, Receipt, SignedBatch, SignedReceipt, BATCH_DOMAIN},
	records::{Record, Value},
	request::{self, FetchRequest, ReceiptsRequest},
	research, AccountId,
};
use medrec_primitives::{
	access::{GrantView, Scope},
	records::{FieldSet, Grantee},
};
use polkadot_sdk::{
	sp_core::{crypto::Ss58Codec, sr25519, Pair, H256},
	sp_runtime::MultiSignature,
};
use serde_json::Value as Json;
use std::sync::Arc;

fn vectors() -> Json {
	let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors.json");
	let text =
		std::fs::read_to_string(path).expect("vectors.json is committed beside this test; qed");
	serde_json::from_str(&text).expect("vectors.json is JSON; qed")
}

fn bytes(v: &Json) -> Vec<u8> {
	let text = v.as_str().expect("a hex string");
	hex::decode(text.trim_start_matches("0x")).expect("valid hex")
}

fn h256(v: &Json) -> H256 {
	H256::from_slice(&bytes(v))
}

fn account(v: &Json) -> AccountId {
	AccountId::from_ss58check(v.as_str().expect("an SS58 string")).expect("a valid SS58 address")
}

fn u64_of(v: &Json) -> u64 {
	v.as_u64().expect("an unsigned integer")
}

fn fields(v: &Json) -> FieldSet {
	let codes: Vec<u8> =
		v.as_array().expect("field codes").iter().map(|c| u64_of(c) as u8).collect();
	FieldSet::from_codes(&codes).expect("codes below 64")
}

fn signature(v: &Json) -> MultiSignature {
	MultiSignature::decode(&mut &bytes(v)[..]).expect("a SCALE MultiSignature")
}

fn nonce(v: &Json) -> [u8; 16] {
	bytes(v).try_into().expect("16 bytes")
}

#[test]
fn fetch_requests_sign_the_same_bytes() {
	let v = vectors();
	for case in v["fetch"]
		.as_array()
		.expect("vectors.json as portal/scripts/vectors.mjs writes it")
	{
		let request = FetchRequest {
			requester: account(&case["requester"]),
			patient: account(&case["patient"]),
			pointer: u64_of(&case["pointer"]),
			fields: fields(&case["fields"]),
			nonce: nonce(&case["nonce"]),
			expires: u64_of(&case["expires"]),
			signature: signature(&case["signature"]),
		};
		let signed = request.signed_bytes(&account(&case["provider"]));
		assert_eq!(signed, bytes(&case["signedBytes"]), "{}", case["name"]);
		assert!(
			request::verify(&request.signature, &signed, &request.requester),
			"{}: the requester's signature verifies",
			case["name"]
		);
		// Bound to its provider: the same request for another gatekeeper does not verify.
		let other = request.signed_bytes(&request.patient);
		assert!(!request::verify(&request.signature, &other, &request.requester));
	}
}

#[test]
fn receipts_requests_sign_the_same_bytes() {
	let v = vectors();
	for case in v["receipts"]
		.as_array()
		.expect("vectors.json as portal/scripts/vectors.mjs writes it")
	{
		let request = ReceiptsRequest {
			patient: account(&case["patient"]),
			nonce: nonce(&case["nonce"]),
			expires: u64_of(&case["expires"]),
			signature: signature(&case["signature"]),
			after: None,
			limit: 100,
			seq: None,
		};
		let signed = request.signed_bytes(&account(&case["provider"]));
		assert_eq!(signed, bytes(&case["signedBytes"]), "{}", case["name"]);
		assert!(request::verify(&request.signature, &signed, &request.patient));
	}
}

#[test]
fn research_requests_sign_the_same_bytes() {
	let v = vectors();
	for case in v["research"]
		.as_array()
		.expect("vectors.json as portal/scripts/vectors.mjs writes it")
	{
		let kind = match case["kind"].as_str() {
			Some("request") => research::Kind::Request,
			Some("bounty") => research::Kind::Bounty,
			other => panic!("{}: no such kind {other:?}", case["name"]),
		};
		let researcher = account(&case["researcher"]);
		let signed = research::signed_bytes(
			&account(&case["provider"]),
			&researcher,
			kind,
			u64_of(&case["id"]),
			case["params"].as_str().expect("params are a string"),
			&nonce(&case["nonce"]),
			u64_of(&case["expires"]),
		);
		assert_eq!(signed, bytes(&case["signedBytes"]), "{}", case["name"]);
		assert!(request::verify(&signature(&case["signature"]), &signed, &researcher));
	}
}

fn receipt(r: &Json) -> Receipt {
	Receipt {
		seq: u64_of(&r["seq"]),
		provider: account(&r["provider"]),
		requester: account(&r["requester"]),
		patient: account(&r["patient"]),
		pointer: u64_of(&r["pointer"]),
		fields: fields(&r["fields"]),
		block_number: u64_of(&r["blockNumber"]) as u32,
		block_hash: h256(&r["blockHash"]),
		served_at: u64_of(&r["servedAt"]),
		request: h256(&r["request"]),
		content_hash: h256(&r["contentHash"]),
	}
}

#[test]
fn receipts_batches_and_anchor_verify_as_the_gatekeeper_makes_them() {
	let v = vectors();
	let key = sr25519::Pair::from_string(
		v["keys"]["receiptKeyUri"]
			.as_str()
			.expect("vectors.json as portal/scripts/vectors.mjs writes it"),
		None,
	)
	.expect("a development URI")
	.public();
	assert_eq!(key.0.to_vec(), bytes(&v["keys"]["receiptKey"]));
	let all = v["receiptBatches"]
		.as_array()
		.expect("vectors.json as portal/scripts/vectors.mjs writes it");
	let mut leaves = Vec::new();
	for r in all {
		let receipt = receipt(r);
		let scale = receipt.encode();
		assert_eq!(scale.len(), 228);
		assert_eq!(scale, bytes(&r["scale"]), "receipt {}", receipt.seq);
		assert_eq!(receipt.leaf(), h256(&r["leaf"]));
		leaves.push(receipt.leaf());

		let b = &r["batch"];
		let batch = Batch {
			provider: receipt.provider.clone(),
			first: u64_of(&b["first"]),
			count: u64_of(&b["count"]) as u32,
			root: h256(&b["root"]),
		};
		assert_eq!(batch.encode(), bytes(&b["scale"]));
		let signed_batch = SignedBatch {
			batch: batch.clone(),
			signature: sr25519::Signature::from_raw(
				bytes(&b["signature"])
					.try_into()
					.expect("vectors.json as portal/scripts/vectors.mjs writes it"),
			),
		};
		assert!(signed_batch.verify(&key));
		let signed = SignedReceipt {
			receipt: receipt.clone(),
			leaf: receipt.leaf(),
			batch: Arc::new(signed_batch.clone()),
			path: r["path"]
				.as_array()
				.expect("vectors.json as portal/scripts/vectors.mjs writes it")
				.iter()
				.map(h256)
				.collect(),
		};
		assert!(signed.verify(&key), "receipt {} verifies", receipt.seq);

		// A changed field, path, root or signature fails.
		let mut changed = signed.clone();
		changed.receipt.fields = FieldSet(changed.receipt.fields.0 ^ 1);
		assert!(!changed.verify(&key));
		let mut bad_path = signed.clone();
		if let Some(first) = bad_path.path.first_mut() {
			first.0[0] ^= 1;
			assert!(!bad_path.verify(&key));
		}
		let mut bad_root = signed_batch.clone();
		bad_root.batch.root.0[0] ^= 1;
		assert!(!bad_root.verify(&key));
		let mut bad_signature = signed_batch.clone();
		bad_signature.signature.0[0] ^= 1;
		assert!(!bad_signature.verify(&key));
		let mut signed_bytes = BATCH_DOMAIN.to_vec();
		signed_bytes.extend(batch.encode());
		assert!(sr25519::Pair::verify(&signed_batch.signature, &signed_bytes, &key));
	}
	// The anchor over every receipt, and each inclusion proof against its root.
	let anchor = &v["anchor"];
	let root = h256(&anchor["root"]);
	assert_eq!(merkle::root(&leaves), Some(root));
	for (i, r) in all.iter().enumerate() {
		let inclusion = &r["inclusion"];
		let proof: Vec<H256> = inclusion["proof"]
			.as_array()
			.expect("vectors.json as portal/scripts/vectors.mjs writes it")
			.iter()
			.map(h256)
			.collect();
		assert_eq!(merkle::proof(&leaves, i), Some(proof.clone()));
		assert!(merkle::verify(root, leaves[i], i, leaves.len(), &proof));
		assert_eq!(u64_of(&inclusion["index"]) as usize, i);
	}
}

#[test]
fn record_content_hash_is_the_gatekeepers() {
	let v = vectors();
	let values = v["record"]["typed"]
		.as_array()
		.expect("vectors.json as portal/scripts/vectors.mjs writes it")
		.iter()
		.map(|value| match value {
			Json::Null => Value::Null,
			Json::Object(o) if o.contains_key("text") => Value::Text(
				o["text"]
					.as_str()
					.expect("vectors.json as portal/scripts/vectors.mjs writes it")
					.to_owned(),
			),
			Json::Object(o) if o.contains_key("integer") => Value::Integer(
				o["integer"]
					.as_i64()
					.expect("vectors.json as portal/scripts/vectors.mjs writes it"),
			),
			Json::Object(o) if o.contains_key("real") => Value::Real(
				o["real"]
					.as_f64()
					.expect("vectors.json as portal/scripts/vectors.mjs writes it"),
			),
			other => panic!("unexpected value {other}"),
		})
		.collect();
	let salt: [u8; 32] = h256(&v["record"]["salt"]).0;
	assert_eq!(
		medrec_gatekeeper::references::commitment(&salt, &Record(values)),
		h256(&v["record"]["contentHash"])
	);
}

#[test]
fn fhir_requests_sign_the_same_bytes() {
	let v = vectors();
	for case in v["fhir"]["requests"]
		.as_array()
		.expect("vectors.json as portal/scripts/vectors.mjs writes it")
	{
		let requester = account(&case["requester"]);
		let signed = fhir::signed_bytes(
			&account(&case["provider"]),
			&requester,
			&nonce(&case["nonce"]),
			u64_of(&case["expires"]),
			case["target"].as_str().expect("a target"),
		);
		assert_eq!(signed, bytes(&case["signedBytes"]), "{}", case["name"]);
		assert!(
			request::verify(&signature(&case["signature"]), &signed, &requester),
			"{}",
			case["name"]
		);
	}
}

/// A grant as the vectors write it: ids as numbers, accounts in SS58, `null` for none.
fn grant(g: &Json) -> GrantView<AccountId, u32> {
	let number = |key: &str| g[key].as_u64().map(|n| n as u32);
	let grantee = &g["grantee"];
	let scope = &g["scope"];
	GrantView {
		id: u64_of(&g["id"]).into(),
		patient: account(&g["patient"]),
		grantee: match grantee["kind"].as_str() {
			Some("account") => Grantee::Account(account(&grantee["account"])),
			Some("participant") => Grantee::Participant(u64_of(&grantee["id"])),
			Some("group") => Grantee::Group(u64_of(&grantee["id"]) as u32),
			other => panic!("no grantee kind {other:?}"),
		},
		scope: match scope["kind"].as_str() {
			Some("record") => Scope::Record,
			Some("provider") => Scope::Provider(u64_of(&scope["providerId"])),
			Some("category") => Scope::Category(u64_of(&scope["category"]) as u32),
			Some("pointer") => Scope::Pointer(u64_of(&scope["pointer"])),
			Some("fields") => Scope::Fields(u64_of(&scope["pointer"]), fields(&scope["fields"])),
			other => panic!("no scope kind {other:?}"),
		},
		start: number("start").expect("a start block"),
		expiry: number("expiry"),
		purpose: u64_of(&g["purpose"]) as u16,
		guardian: g["guardian"].as_str().map(|_| account(&g["guardian"])),
		emergency: g["emergency"].as_u64(),
	}
}

#[test]
fn grants_are_the_same_fhir_consents() {
	let v = vectors();
	let clock = &v["fhir"]["clock"];
	assert_eq!(
		u64_of(&clock["blockTimeMs"]),
		medrec_primitives::time::MILLISECS_PER_BLOCK,
		"the vectors' block time is the runtime's"
	);
	let clock = fhir::Clock {
		number: u64_of(&clock["number"]) as u32,
		timestamp_ms: u64_of(&clock["timestampMs"]),
	};
	for case in v["fhir"]["consents"].as_array().expect("consent vectors") {
		assert_eq!(
			fhir::consent(&grant(&case["grant"]), clock),
			case["consent"],
			"grant {}",
			case["grant"]["id"]
		);
	}
}
