//! Why a request was refused: one JSON-RPC error code per reason, stable across releases.
//! A refused request discloses nothing.

use medrec_primitives::access::Denial;

/// A refusal. `code()` is the JSON-RPC error code, `label()` the metrics label.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
	#[error("malformed request: {0}")]
	Malformed(String),
	#[error("the signature does not verify for the requester's account")]
	BadSignature,
	#[error("the request expired")]
	Expired,
	#[error("the request's expiry is more than {0} s ahead; sign requests valid for less")]
	ExpiryTooFar(u64),
	#[error("this nonce was already used by this requester")]
	Replayed,
	#[error("the chain knows no such pointer")]
	UnknownPointer,
	#[error("the pointer is held by another provider; ask that provider's gatekeeper")]
	ProviderMismatch,
	#[error("fields {0:?} are not granted to the requester (nothing is disclosed)")]
	FieldsNotGranted(Vec<u8>),
	#[error("the chain denies access: {0:?}")]
	Denied(Denial),
	#[error("the record no longer matches the pointer's content hash (stale pointer)")]
	StalePointer,
	#[error("the pointer's reference names no record this gatekeeper published, or a query it does not declare")]
	UnknownQuery,
	#[error("the provider's database has no such record")]
	RecordNotFound,
	#[error("the chain cannot be reached; nothing is served without its answer")]
	ChainUnavailable,
	#[error("the provider's database failed")]
	DatabaseUnavailable,
	#[error("the receipt could not be stored; nothing is served without one")]
	ReceiptUnavailable,
	#[error("no such open research request or unanswered bounty query of this researcher for this provider")]
	UnknownResearch,
	#[error("the parameters' BLAKE2-256 differs from the one on chain")]
	ParamsMismatch,
	#[error("this provider does not answer this template")]
	TemplateNotOffered,
	#[error("the cohort is smaller than {0} patients; nothing is released")]
	CohortTooSmall(u32),
	#[error("the chain did not accept the answer; nothing is released")]
	PostFailed,
	#[error("no receipt {0} of this patient here")]
	UnknownReceipt(u64),
}

impl Refusal {
	/// The JSON-RPC error code. Application codes start at 1000; -32602 is JSON-RPC's own
	/// "invalid params".
	pub fn code(&self) -> i32 {
		match self {
			Refusal::Malformed(_) => -32602,
			Refusal::BadSignature => 1001,
			Refusal::Expired => 1002,
			Refusal::ExpiryTooFar(_) => 1003,
			Refusal::Replayed => 1004,
			Refusal::UnknownPointer => 1005,
			Refusal::ProviderMismatch => 1006,
			Refusal::FieldsNotGranted(_) => 1007,
			Refusal::Denied(_) => 1008,
			Refusal::StalePointer => 1009,
			Refusal::UnknownQuery => 1010,
			Refusal::RecordNotFound => 1011,
			Refusal::ChainUnavailable => 1012,
			Refusal::DatabaseUnavailable => 1013,
			Refusal::ReceiptUnavailable => 1014,
			Refusal::UnknownResearch => 1015,
			Refusal::ParamsMismatch => 1016,
			Refusal::TemplateNotOffered => 1017,
			Refusal::CohortTooSmall(_) => 1018,
			Refusal::PostFailed => 1019,
			Refusal::UnknownReceipt(_) => 1020,
		}
	}

	/// A short name for logs and metrics.
	pub fn label(&self) -> &'static str {
		match self {
			Refusal::Malformed(_) => "malformed",
			Refusal::BadSignature => "bad_signature",
			Refusal::Expired => "expired",
			Refusal::ExpiryTooFar(_) => "expiry_too_far",
			Refusal::Replayed => "replayed",
			Refusal::UnknownPointer => "unknown_pointer",
			Refusal::ProviderMismatch => "provider_mismatch",
			Refusal::FieldsNotGranted(_) => "fields_not_granted",
			Refusal::Denied(_) => "denied",
			Refusal::StalePointer => "stale_pointer",
			Refusal::UnknownQuery => "unknown_query",
			Refusal::RecordNotFound => "record_not_found",
			Refusal::ChainUnavailable => "chain_unavailable",
			Refusal::DatabaseUnavailable => "database_unavailable",
			Refusal::ReceiptUnavailable => "receipt_unavailable",
			Refusal::UnknownResearch => "unknown_research",
			Refusal::ParamsMismatch => "params_mismatch",
			Refusal::TemplateNotOffered => "template_not_offered",
			Refusal::CohortTooSmall(_) => "cohort_too_small",
			Refusal::PostFailed => "post_failed",
			Refusal::UnknownReceipt(_) => "unknown_receipt",
		}
	}

	/// Extra machine-readable detail for the error's `data`.
	pub fn data(&self) -> serde_json::Value {
		let mut data = serde_json::json!({ "reason": self.label() });
		match self {
			Refusal::Denied(denial) => data["denial"] = format!("{denial:?}").into(),
			Refusal::FieldsNotGranted(codes) => data["fields"] = codes.clone().into(),
			Refusal::CohortTooSmall(k) => data["floor"] = (*k).into(),
			_ => {},
		}
		data
	}
}

impl From<Refusal> for jsonrpsee::types::ErrorObjectOwned {
	fn from(refusal: Refusal) -> Self {
		jsonrpsee::types::ErrorObject::owned(
			refusal.code(),
			refusal.to_string(),
			Some(refusal.data()),
		)
	}
}
