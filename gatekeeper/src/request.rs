//! Signed requests and how they are checked.
//!
//! A requester signs, with its chain account's key, the bytes
//!
//! ```text
//! fetch:    "medrec-gatekeeper/fetch/v1"    ‖ provider ‖ requester ‖ patient ‖ pointer (u64 LE)
//!           ‖ fields (u64 LE bit set) ‖ nonce (16 bytes) ‖ expires (u64 LE, Unix ms)
//! receipts: "medrec-gatekeeper/receipts/v1" ‖ provider ‖ patient ‖ nonce ‖ expires
//! ```
//!
//! (accounts are their 32 bytes). The provider binds the request to this gatekeeper, the nonce
//! makes it usable once, the expiry bounds how long the nonce must be remembered. The signature
//! is a SCALE `MultiSignature` (sr25519, ed25519 or ecdsa), over the bytes as they are or
//! wrapped in `<Bytes>…</Bytes>` as browser wallets' `signRaw` does.
//!
//! Requests arrive from anyone, unauthenticated, so every field's length is checked before the
//! field is decoded: base-58 decoding costs the square of its input's length, and a single
//! megabyte-long "address" used to keep a core busy for minutes.

use crate::{refusal::Refusal, AccountId};
use codec::Decode;
use medrec_primitives::records::{FieldSet, PointerId};
use polkadot_sdk::{
	sp_core::crypto::Ss58Codec,
	sp_runtime::{traits::Verify, MultiSignature},
};
use serde::Deserialize;

/// The domain of a fetch request's signed bytes.
pub const FETCH_DOMAIN: &[u8] = b"medrec-gatekeeper/fetch/v1";
/// The domain of a receipts request's signed bytes.
pub const RECEIPTS_DOMAIN: &[u8] = b"medrec-gatekeeper/receipts/v1";

/// The longest SS58 address of a 32-byte account: a prefix of up to two bytes, the account and
/// a two-byte checksum are at most 36 bytes, which base-58 writes in at most 50 characters.
pub const MAX_SS58_LEN: usize = 50;
/// A nonce in hex: `0x` and 16 bytes.
pub const NONCE_LEN: usize = 2 + 2 * 16;
/// The longest SCALE `MultiSignature` in hex: `0x`, the variant byte and 65 bytes (ecdsa).
pub const MAX_SIGNATURE_LEN: usize = 2 + 2 * 66;
/// The most field codes a request may name: a pointer has at most 64 fields.
pub const MAX_FIELD_CODES: usize = 64;

/// A fetch request as it arrives (JSON).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct FetchRequestJson {
	/// SS58.
	pub requester: String,
	/// SS58.
	pub patient: String,
	pub pointer: PointerId,
	/// Field codes (bit numbers of the pointer's field set).
	pub fields: Vec<u8>,
	/// 16 bytes, `0x` hex.
	pub nonce: String,
	/// Unix time in milliseconds after which the request is refused.
	pub expires: u64,
	/// SCALE-encoded `MultiSignature`, `0x` hex.
	pub signature: String,
}

/// A receipts request as it arrives (JSON): a patient asks for the receipts of its records,
/// a page at a time (`gatekeeper_receipts`), or for one receipt by number
/// (`gatekeeper_receipt`, with `seq`). The page (`after`, `limit`) and `seq` are not signed:
/// they only choose among the receipts the signature lets the patient read, once (the nonce).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ReceiptsRequestJson {
	pub patient: String,
	pub nonce: String,
	pub expires: u64,
	pub signature: String,
	/// The page starts after this receipt number (the previous page's `next`).
	#[serde(default)]
	pub after: Option<u64>,
	/// Receipts per page: at most [`MAX_RECEIPTS_PAGE`], [`DEFAULT_RECEIPTS_PAGE`] if absent.
	#[serde(default)]
	pub limit: Option<u32>,
	/// `gatekeeper_receipt` only: the number of the receipt asked for.
	#[serde(default)]
	pub seq: Option<u64>,
}

/// Receipts in a page when the request does not say.
pub const DEFAULT_RECEIPTS_PAGE: u32 = 100;
/// The most receipts in a page: about 3 KB of JSON each, so a page stays under 2 MB.
pub const MAX_RECEIPTS_PAGE: u32 = 500;

/// A fetch request whose shape is checked (not yet its signature).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchRequest {
	pub requester: AccountId,
	pub patient: AccountId,
	pub pointer: PointerId,
	pub fields: FieldSet,
	pub nonce: [u8; 16],
	pub expires: u64,
	pub signature: MultiSignature,
}

/// A receipts request whose shape is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptsRequest {
	pub patient: AccountId,
	pub nonce: [u8; 16],
	pub expires: u64,
	pub signature: MultiSignature,
	pub after: Option<u64>,
	/// 1 to [`MAX_RECEIPTS_PAGE`].
	pub limit: u32,
	pub seq: Option<u64>,
}

/// Decodes an SS58 address. Memoized like [`crate::gatekeeper::ss58`], its inverse: decoding
/// is base-58 and a BLAKE2 checksum, for the same few accounts in request after request.
pub(crate) fn account(what: &str, ss58: &str) -> Result<AccountId, Refusal> {
	// Before the memo too, which would hash the whole string.
	if ss58.len() > MAX_SS58_LEN {
		return Err(Refusal::Malformed(format!(
			"{what}: at most {MAX_SS58_LEN} characters (an SS58 address)"
		)));
	}
	static KNOWN: std::sync::LazyLock<crate::Memo<String, AccountId>> =
		std::sync::LazyLock::new(crate::Memo::new);
	KNOWN.get_or_try_insert(ss58, || {
		AccountId::from_ss58check(ss58)
			.map_err(|_| Refusal::Malformed(format!("{what} is not an SS58 address")))
	})
}

fn hex_bytes(what: &str, text: &str) -> Result<Vec<u8>, Refusal> {
	let digits = text
		.strip_prefix("0x")
		.ok_or_else(|| Refusal::Malformed(format!("{what} must be 0x-prefixed hex")))?;
	hex::decode(digits).map_err(|_| Refusal::Malformed(format!("{what} is not hex")))
}

pub(crate) fn nonce(text: &str) -> Result<[u8; 16], Refusal> {
	if text.len() > NONCE_LEN {
		return Err(Refusal::Malformed(format!(
			"nonce: at most {NONCE_LEN} characters (0x and 16 bytes in hex)"
		)));
	}
	hex_bytes("nonce", text)?
		.try_into()
		.map_err(|_| Refusal::Malformed("nonce must be 16 bytes".into()))
}

pub(crate) fn signature(text: &str) -> Result<MultiSignature, Refusal> {
	if text.len() > MAX_SIGNATURE_LEN {
		return Err(Refusal::Malformed(format!(
			"signature: at most {MAX_SIGNATURE_LEN} characters (a SCALE MultiSignature in hex)"
		)));
	}
	let bytes = hex_bytes("signature", text)?;
	let mut input = &bytes[..];
	let signature = MultiSignature::decode(&mut input)
		.map_err(|_| Refusal::Malformed("signature is not a SCALE MultiSignature".into()))?;
	if !input.is_empty() {
		return Err(Refusal::Malformed("signature has trailing bytes".into()));
	}
	Ok(signature)
}

impl TryFrom<FetchRequestJson> for FetchRequest {
	type Error = Refusal;
	fn try_from(json: FetchRequestJson) -> Result<Self, Refusal> {
		if json.fields.len() > MAX_FIELD_CODES {
			return Err(Refusal::Malformed(format!("fields: at most {MAX_FIELD_CODES} codes")));
		}
		let fields = if json.fields.is_empty() { None } else { FieldSet::from_codes(&json.fields) }
			.ok_or_else(|| Refusal::Malformed("fields: 1 or more codes, each below 64".into()))?;
		Ok(Self {
			requester: account("requester", &json.requester)?,
			patient: account("patient", &json.patient)?,
			pointer: json.pointer,
			fields,
			nonce: nonce(&json.nonce)?,
			expires: json.expires,
			signature: signature(&json.signature)?,
		})
	}
}

impl TryFrom<ReceiptsRequestJson> for ReceiptsRequest {
	type Error = Refusal;
	fn try_from(json: ReceiptsRequestJson) -> Result<Self, Refusal> {
		let limit = json.limit.unwrap_or(DEFAULT_RECEIPTS_PAGE);
		if !(1..=MAX_RECEIPTS_PAGE).contains(&limit) {
			return Err(Refusal::Malformed(format!("limit: 1 to {MAX_RECEIPTS_PAGE}")));
		}
		Ok(Self {
			patient: account("patient", &json.patient)?,
			nonce: nonce(&json.nonce)?,
			expires: json.expires,
			signature: signature(&json.signature)?,
			after: json.after,
			limit,
			seq: json.seq,
		})
	}
}

impl FetchRequest {
	/// The bytes the requester signs, for the gatekeeper of `provider`.
	pub fn signed_bytes(&self, provider: &AccountId) -> Vec<u8> {
		let mut bytes = Vec::with_capacity(FETCH_DOMAIN.len() + 3 * 32 + 8 + 8 + 16 + 8);
		bytes.extend_from_slice(FETCH_DOMAIN);
		bytes.extend_from_slice(provider.as_ref());
		bytes.extend_from_slice(self.requester.as_ref());
		bytes.extend_from_slice(self.patient.as_ref());
		bytes.extend_from_slice(&self.pointer.to_le_bytes());
		bytes.extend_from_slice(&self.fields.0.to_le_bytes());
		bytes.extend_from_slice(&self.nonce);
		bytes.extend_from_slice(&self.expires.to_le_bytes());
		bytes
	}
}

impl ReceiptsRequest {
	/// The bytes the patient signs, for the gatekeeper of `provider`.
	pub fn signed_bytes(&self, provider: &AccountId) -> Vec<u8> {
		let mut bytes = Vec::with_capacity(RECEIPTS_DOMAIN.len() + 2 * 32 + 16 + 8);
		bytes.extend_from_slice(RECEIPTS_DOMAIN);
		bytes.extend_from_slice(provider.as_ref());
		bytes.extend_from_slice(self.patient.as_ref());
		bytes.extend_from_slice(&self.nonce);
		bytes.extend_from_slice(&self.expires.to_le_bytes());
		bytes
	}
}

/// The context sr25519 signatures of Substrate accounts are made in (`sp_core::sr25519`'s).
const SR25519_CONTEXT: &[u8] = b"substrate";

/// What is remembered of a signer whose signature verified: their sr25519 key decoded
/// (decoding was 3 of a verification's 39 µs here; bare verification in `make
/// bench-gatekeeper` went from 48,312–49,345 to 52,881–56,542 /s), and whether they signed the
/// wallet-wrapped bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Signer {
	key: Option<schnorrkel::PublicKey>,
	wrapped: bool,
}

/// Whether `signature` is `signer`'s over `message`, as it is or wallet-wrapped.
///
/// A signer's form is tried first as their last signature that verified had it: a wallet
/// always wraps, a program never does, so each request costs one verification, not two for
/// every wallet-signed one (the portal's). Only signers whose signature verified are
/// remembered, so made-up requesters cannot fill the memory.
pub fn verify(signature: &MultiSignature, message: &[u8], signer: &AccountId) -> bool {
	static SIGNERS: std::sync::LazyLock<crate::Memo<AccountId, Signer>> =
		std::sync::LazyLock::new(crate::Memo::new);
	let known = SIGNERS.get(signer);
	let key = match signature {
		MultiSignature::Sr25519(_) => known
			.and_then(|s| s.key)
			.or_else(|| schnorrkel::PublicKey::from_bytes(signer.as_ref()).ok()),
		_ => None,
	};
	let wrapped_first = known.is_some_and(|s| s.wrapped);
	for wrapped in [wrapped_first, !wrapped_first] {
		if verify_form(signature, message, wrapped, signer, key) {
			let now = Signer { key, wrapped };
			if known != Some(now) {
				SIGNERS.insert(signer.clone(), now);
			}
			return true;
		}
	}
	false
}

/// Whether `signature` is `signer`'s over `message`, wrapped in `<Bytes>…</Bytes>` if
/// `wrapped`. `key` is the signer's sr25519 key, decoded.
fn verify_form(
	signature: &MultiSignature,
	message: &[u8],
	wrapped: bool,
	signer: &AccountId,
	key: Option<schnorrkel::PublicKey>,
) -> bool {
	#[cfg(test)]
	tests::VERIFICATIONS.with(|n| n.set(n.get() + 1));
	let wrapping;
	let message = if wrapped {
		wrapping = [b"<Bytes>".as_slice(), message, b"</Bytes>"].concat();
		&wrapping[..]
	} else {
		message
	};
	match (signature, key) {
		(MultiSignature::Sr25519(signature), Some(key)) => {
			schnorrkel::Signature::from_bytes(signature.as_ref()).is_ok_and(|signature| {
				key.verify_simple(SR25519_CONTEXT, message, &signature).is_ok()
			})
		},
		// Not a valid sr25519 key.
		(MultiSignature::Sr25519(_), None) => false,
		_ => signature.verify(message, signer),
	}
}

/// Checks an expiry against `now` (Unix ms) and the longest validity allowed.
pub fn check_expiry(expires: u64, now: u64, max_validity_secs: u64) -> Result<(), Refusal> {
	if expires <= now {
		return Err(Refusal::Expired);
	}
	if expires - now > max_validity_secs.saturating_mul(1000) {
		return Err(Refusal::ExpiryTooFar(max_validity_secs));
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;
	use polkadot_sdk::{
		sp_core::{ecdsa, ed25519, Pair},
		sp_keyring::Sr25519Keyring,
		sp_runtime::traits::IdentifyAccount,
	};
	use std::{
		cell::Cell,
		time::{Duration, Instant},
	};

	thread_local! {
		/// Signature verifications made by this test's thread.
		pub(super) static VERIFICATIONS: Cell<u32> = const { Cell::new(0) };
	}

	/// The verifications `check` makes.
	fn verifications(check: impl FnOnce() -> bool) -> (bool, u32) {
		let before = VERIFICATIONS.with(Cell::get);
		let ok = check();
		(ok, VERIFICATIONS.with(Cell::get) - before)
	}

	fn request(requester: AccountId) -> FetchRequest {
		FetchRequest {
			requester,
			patient: Sr25519Keyring::Charlie.to_account_id(),
			pointer: 7,
			fields: FieldSet(0b101),
			nonce: [9; 16],
			expires: 1_000,
			signature: MultiSignature::Sr25519(Default::default()),
		}
	}

	#[test]
	fn each_scheme_verifies_and_wallet_wrapping_is_accepted() {
		let provider = Sr25519Keyring::Bob.to_account_id();
		let sr = Sr25519Keyring::Dave;
		let ed = ed25519::Pair::from_string("//Dave", None).expect("dev seed");
		let ec = ecdsa::Pair::from_string("//Dave", None).expect("dev seed");
		let ed_account = polkadot_sdk::sp_runtime::MultiSigner::from(ed.public()).into_account();
		let ec_account = polkadot_sdk::sp_runtime::MultiSigner::from(ec.public()).into_account();

		let r = request(sr.to_account_id());
		let bytes = r.signed_bytes(&provider);
		assert!(verify(&sr.sign(&bytes).into(), &bytes, &r.requester));
		let wrapped = [b"<Bytes>".as_slice(), &bytes, b"</Bytes>"].concat();
		assert!(verify(&sr.sign(&wrapped).into(), &bytes, &r.requester));

		let r = request(ed_account);
		let bytes = r.signed_bytes(&provider);
		assert!(verify(&ed.sign(&bytes).into(), &bytes, &r.requester));

		let r = request(ec_account);
		let bytes = r.signed_bytes(&provider);
		assert!(verify(&ec.sign(&bytes).into(), &bytes, &r.requester));
	}

	/// A wallet's requests cost one verification each once its first has verified, and a
	/// signer who changes form is still verified; a bad signature changes nothing remembered.
	#[test]
	fn each_signer_is_verified_in_the_form_they_last_signed() {
		let provider = Sr25519Keyring::Bob.to_account_id();
		// A key no other test uses: what is remembered is shared by the whole process.
		let (pair, _) = polkadot_sdk::sp_core::sr25519::Pair::generate();
		let signer: AccountId = pair.public().into();
		let bytes = request(signer.clone()).signed_bytes(&provider);
		let wrapped = [b"<Bytes>".as_slice(), &bytes, b"</Bytes>"].concat();
		let by_wallet: MultiSignature = pair.sign(&wrapped).into();
		let bare: MultiSignature = pair.sign(&bytes).into();
		let check =
			|signature: &MultiSignature| verifications(|| verify(signature, &bytes, &signer));

		assert_eq!(check(&by_wallet), (true, 2), "the bare form is tried first for a stranger");
		assert_eq!(check(&by_wallet), (true, 1));
		let forged: MultiSignature = Sr25519Keyring::Eve.sign(&wrapped).into();
		assert_eq!(check(&forged), (false, 2));
		assert_eq!(check(&by_wallet), (true, 1), "a forgery changes nothing remembered");
		assert_eq!(check(&bare), (true, 2));
		assert_eq!(check(&bare), (true, 1));
	}

	/// The key kept decoded verifies exactly as `MultiSignature::verify` does, for good
	/// signatures and bad ones, any key.
	#[test]
	fn remembered_keys_verify_as_the_runtime_does() {
		let provider = Sr25519Keyring::Bob.to_account_id();
		let dave = Sr25519Keyring::Dave;
		let bytes = request(dave.to_account_id()).signed_bytes(&provider);
		let good: MultiSignature = dave.sign(&bytes).into();
		let MultiSignature::Sr25519(raw) = &good else { unreachable!("sr25519 signed") };
		let mut unmarked = raw.0;
		unmarked[63] &= 0x7f;
		let mut flipped = raw.0;
		flipped[5] ^= 1;
		let signatures = [
			good.clone(),
			MultiSignature::Sr25519(unmarked.into()),
			MultiSignature::Sr25519(flipped.into()),
			MultiSignature::Sr25519(Default::default()),
		];
		let not_a_point = AccountId::new([0xff; 32]);
		for signer in [dave.to_account_id(), Sr25519Keyring::Eve.to_account_id(), not_a_point] {
			for signature in &signatures {
				// Twice: the second time from what the first remembered.
				for _ in 0..2 {
					assert_eq!(
						verify(signature, &bytes, &signer),
						signature.verify(&bytes[..], &signer),
					);
				}
			}
		}
	}

	#[test]
	fn a_signature_binds_every_part_of_the_request() {
		let provider = Sr25519Keyring::Bob.to_account_id();
		let dave = Sr25519Keyring::Dave;
		let signed = request(dave.to_account_id());
		let signature: MultiSignature = dave.sign(&signed.signed_bytes(&provider)).into();
		let changes: [&dyn Fn(&mut FetchRequest); 6] = [
			&|r| r.patient = Sr25519Keyring::Eve.to_account_id(),
			&|r| r.pointer += 1,
			&|r| r.fields = FieldSet(0b111),
			&|r| r.nonce[0] ^= 1,
			&|r| r.expires += 1,
			&|r| r.requester = Sr25519Keyring::Eve.to_account_id(),
		];
		for change in changes {
			let mut r = signed.clone();
			change(&mut r);
			assert!(!verify(&signature, &r.signed_bytes(&provider), &r.requester));
		}
		// Another gatekeeper (provider) cannot replay it either.
		let other = Sr25519Keyring::Ferdie.to_account_id();
		assert!(!verify(&signature, &signed.signed_bytes(&other), &signed.requester));
		assert!(verify(&signature, &signed.signed_bytes(&provider), &signed.requester));
	}

	#[test]
	fn malformed_requests_are_refused_with_a_reason() {
		let good = good_fetch();
		assert!(FetchRequest::try_from(good.clone()).is_ok());
		let bad: [&dyn Fn(&mut FetchRequestJson); 8] = [
			&|r| r.requester = "not an address".into(),
			&|r| r.patient = "5' OR 1=1 --".into(),
			&|r| r.fields = vec![],
			&|r| r.fields = vec![64],
			&|r| r.nonce = "0x00".into(),
			&|r| r.nonce = "00".repeat(16),
			&|r| r.signature = format!("0x07{}", "00".repeat(64)),
			&|r| r.signature = format!("0x01{}", "00".repeat(65)),
		];
		for change in bad {
			let mut r = good.clone();
			change(&mut r);
			assert!(matches!(FetchRequest::try_from(r), Err(Refusal::Malformed(_))));
		}
	}

	fn good_fetch() -> FetchRequestJson {
		FetchRequestJson {
			requester: Sr25519Keyring::Dave.to_account_id().to_ss58check(),
			patient: Sr25519Keyring::Charlie.to_account_id().to_ss58check(),
			pointer: 1,
			fields: vec![0, 2],
			nonce: format!("0x{}", "00".repeat(16)),
			expires: 5,
			signature: format!("0x01{}", "00".repeat(64)),
		}
	}

	/// Base-58 digits, valid ones: a decoder does all its work on them before it fails.
	fn digits(length: usize) -> String {
		"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
			.chars()
			.cycle()
			.take(length)
			.collect()
	}

	/// How long parsing `request` takes, run on a thread of its own and given up after a
	/// second (before the bounds, a megabyte-long account took minutes): the best of five
	/// runs, since a busy machine only ever adds to a run's time.
	fn parse_time(request: FetchRequestJson) -> (Result<FetchRequest, Refusal>, Duration) {
		let (sender, receiver) = std::sync::mpsc::channel();
		std::thread::spawn(move || {
			let mut best = Duration::MAX;
			let mut outcome = None;
			for _ in 0..5 {
				let request = request.clone();
				let started = Instant::now();
				outcome = Some(FetchRequest::try_from(request));
				best = best.min(started.elapsed());
			}
			let _ = sender.send((outcome.expect("five runs; qed"), best));
		});
		receiver.recv_timeout(Duration::from_secs(1)).expect("parsed within a second")
	}

	#[test]
	fn over_long_fields_are_refused_as_malformed_in_under_a_millisecond() {
		type Change = (&'static str, &'static dyn Fn(&mut FetchRequestJson));
		let over: [Change; 7] = [
			("requester", &|r| r.requester = digits(1_000_000)),
			("requester", &|r| r.requester = digits(64_000)),
			("patient", &|r| r.patient = digits(256_000)),
			("requester", &|r| r.requester = digits(MAX_SS58_LEN + 1)),
			("nonce", &|r| r.nonce = format!("0x{}", "0".repeat(1_000_000))),
			("signature", &|r| r.signature = format!("0x{}", "0".repeat(1_000_000))),
			("fields", &|r| r.fields = vec![0; 100_000]),
		];
		for (field, change) in over {
			let mut r = good_fetch();
			change(&mut r);
			let (outcome, took) = parse_time(r);
			match outcome {
				Err(Refusal::Malformed(message)) => {
					assert!(message.starts_with(field), "{field}: {message}");
					assert!(message.contains("at most"), "names the limit: {message}");
				},
				other => panic!("{field}: {other:?}"),
			}
			assert!(took < Duration::from_millis(1), "{field}: {took:?}");
		}
	}

	#[test]
	fn the_longest_legitimate_fields_are_accepted() {
		// Two-byte SS58 prefixes (64 to 16383) make the longest addresses.
		let account = Sr25519Keyring::Dave.to_account_id();
		for prefix in [0u16, 42, 63, 64, 1284, 16383] {
			let address = account.to_ss58check_with_version(prefix.into());
			assert!(address.len() <= MAX_SS58_LEN, "prefix {prefix}: {address}");
		}
		let mut r = good_fetch();
		r.requester = account.to_ss58check_with_version(1284u16.into());
		r.fields = (0..64).collect();
		// ecdsa: the longest MultiSignature.
		r.signature = format!("0x02{}", "00".repeat(65));
		assert_eq!(r.signature.len(), MAX_SIGNATURE_LEN);
		let parsed = FetchRequest::try_from(r).expect("within every bound");
		assert_eq!(parsed.requester, account);
	}

	#[test]
	fn expiry_must_be_ahead_and_near() {
		assert_eq!(check_expiry(1_000, 1_000, 60), Err(Refusal::Expired));
		assert_eq!(check_expiry(999, 1_000, 60), Err(Refusal::Expired));
		assert_eq!(check_expiry(1_001, 1_000, 60), Ok(()));
		assert_eq!(check_expiry(61_000, 1_000, 60), Ok(()));
		assert_eq!(check_expiry(61_001, 1_000, 60), Err(Refusal::ExpiryTooFar(60)));
	}
}
