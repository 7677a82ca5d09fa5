//! # FHIR R4 facade
//!
//! The provider's records as HL7 FHIR R4 (4.0.1) resources, on the gatekeeper's port under
//! `/fhir`, for the tools hospitals and patient apps already run. Every read goes through the
//! same three steps as `gatekeeper_fetch` ([`Gatekeeper::allowed`], [`Gatekeeper::read_checked`],
//! [`Gatekeeper::record_disclosure`]): the chain's decision at the best block, the record
//! checked against the pointer's content hash, and the durable, signed receipt before a byte
//! leaves.
//!
//! | request | answer |
//! |---|---|
//! | `GET /fhir/metadata` | the CapabilityStatement (no signature needed) |
//! | `GET /fhir/{type}/{pointer}` | one resource, reduced to the granted elements |
//! | `GET /fhir/{type}?patient=…` | a `searchset` Bundle of the patient's resources the requester may see; also `_id`, `code`, `date`, `category`, `_count`, `_offset` |
//! | `GET /fhir/Consent?patient=…`, `/fhir/Consent/{id}` | the patient's grants and research consents as Consent (the patient only) |
//! | `GET /fhir/AuditEvent?patient=…`, `/fhir/AuditEvent/receipt-{n}` | the patient's receipts here as AuditEvent (the patient only); `_count`, `_cursor` |
//!
//! `{type}` is one of the [`Kind`]s a query maps to (`[query.fhir]`); a resource's id is its
//! pointer's number. A requester granted only some fields of a record gets the resource
//! without the elements the other fields fill, tagged `SUBSETTED`.
//!
//! ## Authorization
//!
//! Requests are signed with the requester's chain key, over the bytes
//!
//! ```text
//! "medrec-gatekeeper/fhir/v1" ‖ provider ‖ requester ‖ nonce (16 bytes) ‖ expires (u64 LE, Unix ms)
//! ‖ target (the request's path and query, as sent: `/fhir/Observation?patient=…`)
//! ```
//!
//! and the signature travels in one header, so a FHIR client library only adds it:
//!
//! ```text
//! Authorization: MedRec requester="<SS58>", nonce="0x<16 bytes>", expires="<Unix ms>", signature="0x<SCALE MultiSignature>"
//! ```
//!
//! As with JSON-RPC requests, the nonce is usable once and the expiry at most
//! `requests.max_validity_secs` ahead; the signature may be over the bytes as they are or
//! wrapped in `<Bytes>…</Bytes>` (a wallet's `signRaw`).
//!
//! ## Errors
//!
//! Every refusal is an OperationOutcome whose issue carries the gatekeeper's refusal code
//! (`urn:medrec:gatekeeper:refusal`, the labels of [`Refusal::label`]): 400 for a malformed
//! request, 401 for a missing, forged, expired or replayed signature, 403 when the chain
//! denies access, 404 for an unknown resource, 405 for anything but GET, 503 when the chain,
//! the database or the receipt store is unavailable. A refusal discloses nothing and leaves
//! no receipt.

mod audit;
mod resources;

pub use audit::{audit_event, consent, research_consent, Clock, DISCLOSURE_PROFILE};
pub use resources::{code_matches, DateFilter, Kind, Mapping, Source, SUBSETTED_SYSTEM};

use crate::{
	chain::Chain,
	config::QueryConfig,
	gatekeeper::{request_hash, ss58, Allowed, Gatekeeper},
	records::split_reference,
	refusal::Refusal,
	request, AccountId,
};
use codec::{Decode, Encode};
use fhir::r4::{
	resources::{
		bundle::{Bundle, BundleEntry, BundleEntrySearch, BundleLink},
		capability_statement::{
			CapabilityStatement, CapabilityStatementRest, CapabilityStatementRestResource,
			CapabilityStatementRestResourceInteraction, CapabilityStatementRestResourceSearchParam,
			CapabilityStatementRestSecurity, CapabilityStatementSoftware,
		},
		operation_outcome::{OperationOutcome, OperationOutcomeIssue},
		Resource,
	},
	types,
};
use medrec_primitives::{
	access::{Denial, GrantView},
	api::{PointerView, MAX_POINTER_PAGE},
	records::{CategoryCode, FieldSet, PointerId, RecordRef},
	BlockNumber, ParticipantId,
};
use polkadot_sdk::sp_core::H256;
use resources::{coded, to_json};
use serde_json::Value as Json;
use std::{collections::HashMap, sync::Arc, time::Instant};

/// The domain of a FHIR request's signed bytes.
pub const FHIR_DOMAIN: &[u8] = b"medrec-gatekeeper/fhir/v1";
/// Where the facade is served.
pub const BASE: &str = "/fhir";
/// The `Authorization` scheme.
pub const SCHEME: &str = "MedRec";
/// The media type of every answer.
pub const CONTENT_TYPE: &str = "application/fhir+json";
/// The longest request target (path and query) accepted.
pub const MAX_TARGET_LEN: usize = 2048;
/// The longest `Authorization` header accepted: the four values and their names fit in half.
pub const MAX_AUTHORIZATION_LEN: usize = 512;
/// Resources per page when `_count` is absent.
pub const DEFAULT_COUNT: usize = 20;
/// The most resources per page.
pub const MAX_COUNT: usize = 100;
/// The system of the refusal codes in OperationOutcomes.
pub const REFUSAL_SYSTEM: &str = "urn:medrec:gatekeeper:refusal";

/// An answer: an HTTP status and a FHIR JSON body.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
	pub status: u16,
	pub body: Json,
}

/// Why a FHIR request got no resource: an HTTP status, a FHIR issue type and words, and the
/// gatekeeper's refusal when there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
	pub status: u16,
	pub issue: &'static str,
	pub diagnostics: String,
	pub refusal: Option<Refusal>,
}

impl Failure {
	fn new(status: u16, issue: &'static str, diagnostics: impl Into<String>) -> Self {
		Self { status, issue, diagnostics: diagnostics.into(), refusal: None }
	}

	fn invalid(diagnostics: impl Into<String>) -> Self {
		Self::new(400, "invalid", diagnostics)
	}

	fn not_found(diagnostics: impl Into<String>) -> Self {
		Self::new(404, "not-found", diagnostics)
	}

	fn forbidden(diagnostics: impl Into<String>) -> Self {
		Self::new(403, "forbidden", diagnostics)
	}

	/// The OperationOutcome that says it.
	pub fn outcome(&self) -> Json {
		let details = self.refusal.as_ref().map(|r| types::CodeableConcept {
			coding: vec![types::Coding {
				system: Some(types::Uri(REFUSAL_SYSTEM.into())),
				code: Some(types::Code(r.label().into())),
				..Default::default()
			}],
			..Default::default()
		});
		operation_outcome("error", self.issue, &self.diagnostics, details)
	}
}

impl From<Refusal> for Failure {
	fn from(refusal: Refusal) -> Self {
		let (status, issue) = match &refusal {
			Refusal::Malformed(_) => (400, "invalid"),
			Refusal::BadSignature
			| Refusal::Expired
			| Refusal::ExpiryTooFar(_)
			| Refusal::Replayed => (401, "security"),
			Refusal::Denied(_) | Refusal::FieldsNotGranted(_) => (403, "forbidden"),
			Refusal::UnknownPointer
			| Refusal::ProviderMismatch
			| Refusal::RecordNotFound
			| Refusal::UnknownQuery
			| Refusal::UnknownReceipt(_) => (404, "not-found"),
			Refusal::StalePointer => (409, "conflict"),
			Refusal::ChainUnavailable
			| Refusal::DatabaseUnavailable
			| Refusal::ReceiptUnavailable => (503, "transient"),
			_ => (400, "processing"),
		};
		Self { status, issue, diagnostics: refusal.to_string(), refusal: Some(refusal) }
	}
}

fn operation_outcome(
	severity: &str,
	issue: &str,
	diagnostics: &str,
	details: Option<types::CodeableConcept>,
) -> Json {
	let outcome = OperationOutcome::builder()
		.issue(vec1::vec1![OperationOutcomeIssue {
			severity: coded(severity),
			code: coded(issue),
			details,
			diagnostics: Some(types::String(diagnostics.to_owned())),
			..Default::default()
		}])
		.build();
	audit::built(outcome).map_or(Json::Null, |o| to_json(Resource::OperationOutcome(Box::new(o))))
}

/// A reference to a chain account: by identifier (`urn:medrec:account`, its SS58).
pub(crate) fn account_ref(who: &AccountId) -> types::Reference {
	types::Reference {
		identifier: Some(identifier("urn:medrec:account", &ss58(who))),
		..Default::default()
	}
}

pub(crate) fn identifier(system: &str, value: &str) -> types::Identifier {
	types::Identifier {
		system: Some(types::Uri(system.to_owned())),
		value: Some(types::String(value.to_owned())),
		..Default::default()
	}
}

/// A checked, signed request: who asks, and the bytes and nonce its receipts name.
struct Signed {
	requester: AccountId,
	nonce: [u8; 16],
	expires: u64,
	request: H256,
}

/// The bytes a FHIR request's signature covers.
pub fn signed_bytes(
	provider: &AccountId,
	requester: &AccountId,
	nonce: &[u8; 16],
	expires: u64,
	target: &str,
) -> Vec<u8> {
	[
		FHIR_DOMAIN,
		provider.as_ref(),
		requester.as_ref(),
		nonce,
		&expires.to_le_bytes(),
		target.as_bytes(),
	]
	.concat()
}

/// The values of a `MedRec` `Authorization` header, not yet checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
	pub requester: String,
	pub nonce: String,
	pub expires: String,
	pub signature: String,
}

impl Credentials {
	/// Parses `MedRec requester="…", nonce="…", expires="…", signature="…"` (any order).
	pub fn parse(header: &str) -> Result<Self, Failure> {
		let unauthorized = |why: &str| {
			Failure {
			status: 401,
			issue: "login",
			diagnostics: format!("Authorization: {why}; send `{SCHEME} requester=\"<SS58>\", nonce=\"0x…\", expires=\"<Unix ms>\", signature=\"0x…\"`"),
			refusal: None,
		}
		};
		if header.len() > MAX_AUTHORIZATION_LEN {
			return Err(unauthorized("too long"));
		}
		let rest = header
			.strip_prefix(SCHEME)
			.filter(|rest| rest.starts_with(' '))
			.ok_or_else(|| unauthorized("not the MedRec scheme"))?;
		let mut values: HashMap<&str, &str> = HashMap::new();
		for part in rest.split(',') {
			let (name, value) = part
				.trim()
				.split_once('=')
				.ok_or_else(|| unauthorized("a value without a name"))?;
			let value = value
				.strip_prefix('"')
				.and_then(|v| v.strip_suffix('"'))
				.ok_or_else(|| unauthorized("values are quoted"))?;
			if values.insert(name.trim(), value).is_some() {
				return Err(unauthorized("a value is given twice"));
			}
		}
		let mut take = |name: &str| {
			values
				.remove(name)
				.map(str::to_owned)
				.ok_or_else(|| unauthorized(&format!("{name} is missing")))
		};
		let credentials = Self {
			requester: take("requester")?,
			nonce: take("nonce")?,
			expires: take("expires")?,
			signature: take("signature")?,
		};
		if let Some(extra) = values.keys().next() {
			return Err(unauthorized(&format!("unknown value {extra}")));
		}
		Ok(credentials)
	}
}

/// A search's parameters, parsed and checked.
#[derive(Debug, Default)]
struct Params {
	patient: Option<AccountId>,
	id: Option<PointerId>,
	code: Option<String>,
	date: Vec<DateFilter>,
	category: Option<String>,
	count: usize,
	offset: usize,
	cursor: Option<u64>,
}

impl Params {
	/// Parses a query string; `allowed` names the parameters the interaction takes.
	fn parse(query: &str, allowed: &[&str]) -> Result<Self, Failure> {
		let mut params = Params { count: DEFAULT_COUNT, ..Default::default() };
		for (name, value) in form_urlencoded::parse(query.as_bytes()) {
			if !allowed.contains(&name.as_ref()) {
				return Err(Failure::invalid(format!(
					"unknown search parameter {name:?}; this search takes {}",
					allowed.join(", ")
				)));
			}
			let number = |what: &str| {
				value.parse::<u64>().map_err(|_| Failure::invalid(format!("{what}: a number")))
			};
			match name.as_ref() {
				"patient" => {
					let ss58 = value.strip_prefix("Patient/").unwrap_or(&value);
					params.patient =
						Some(request::account("patient", ss58).map_err(Failure::from)?);
				},
				"_id" => params.id = Some(number("_id")?),
				"code" => params.code = Some(value.into_owned()),
				"category" => params.category = Some(value.into_owned()),
				"date" => params.date.push(DateFilter::parse(&value).ok_or_else(|| {
					Failure::invalid("date: [eq|ne|gt|ge|lt|le]YYYY[-MM[-DD[Thh:mm:ss…]]]")
				})?),
				"_count" => {
					params.count = usize::try_from(number("_count")?).unwrap_or(MAX_COUNT);
					if params.count == 0 || params.count > MAX_COUNT {
						return Err(Failure::invalid(format!("_count: 1 to {MAX_COUNT}")));
					}
				},
				"_offset" => {
					params.offset = usize::try_from(number("_offset")?).unwrap_or(usize::MAX)
				},
				"_cursor" => params.cursor = Some(number("_cursor")?),
				_ => {},
			}
		}
		Ok(params)
	}

	fn patient(&self) -> Result<&AccountId, Failure> {
		self.patient.as_ref().ok_or_else(|| {
			Failure::invalid("patient: the patient's chain account (SS58) is required")
		})
	}
}

/// The parameters each search takes.
const RECORD_PARAMS: &[&str] = &["patient", "_id", "code", "date", "category", "_count", "_offset"];
const CONSENT_PARAMS: &[&str] = &["patient"];
const AUDIT_PARAMS: &[&str] = &["patient", "_count", "_cursor"];

/// The most pointers whose patient a facade remembers; past it, it starts over.
const MAX_REMEMBERED_PATIENTS: usize = 65_536;

/// The FHIR facade of one gatekeeper.
pub struct Facade {
	gatekeeper: Arc<Gatekeeper>,
	/// Each query's mapping, by query name.
	mappings: HashMap<String, Mapping>,
	/// Each pointer's patient as read from the chain, with the chain's answers' epoch then: a
	/// pointer's patient moves to another account only by a rotation, a block after which every
	/// answer, and so this, is asked again ([`crate::answers`]).
	patients: parking_lot::Mutex<HashMap<PointerId, (u64, AccountId)>>,
}

impl Facade {
	/// The facade for `gatekeeper`'s queries that declare `[query.fhir]`.
	pub fn new(gatekeeper: Arc<Gatekeeper>, queries: &[QueryConfig]) -> anyhow::Result<Self> {
		let mut mappings = HashMap::new();
		for query in queries {
			if let Some(fhir) = &query.fhir {
				mappings.insert(query.name.clone(), Mapping::new(fhir, &query.fields)?);
			}
		}
		Ok(Self { gatekeeper, mappings, patients: Default::default() })
	}

	/// The kinds some query is served as, in the CapabilityStatement's order.
	pub fn kinds(&self) -> Vec<Kind> {
		Kind::ALL
			.into_iter()
			.filter(|k| self.mappings.values().any(|m| m.kind == *k))
			.collect()
	}

	/// Answers `method target` (target: path and query, as sent) with its `Authorization`
	/// header, for a client that reached us as `host`.
	pub async fn handle(
		&self,
		method: &str,
		target: &str,
		authorization: Option<&str>,
		host: Option<&str>,
	) -> Response {
		let started = Instant::now();
		let outcome = self.route(method, target, authorization, host).await;
		let refusal = outcome.as_ref().err().map(|f| {
			f.refusal.clone().unwrap_or_else(|| Refusal::Malformed(f.diagnostics.clone()))
		});
		crate::server::observe(&self.gatekeeper, "fhir", started, &refusal.map_or(Ok(()), Err));
		match outcome {
			Ok(body) => Response { status: 200, body },
			Err(failure) => Response { status: failure.status, body: failure.outcome() },
		}
	}

	async fn route(
		&self,
		method: &str,
		target: &str,
		authorization: Option<&str>,
		host: Option<&str>,
	) -> Result<Json, Failure> {
		if target.len() > MAX_TARGET_LEN {
			return Err(Failure::new(
				414,
				"too-long",
				format!("at most {MAX_TARGET_LEN} bytes of path and query"),
			));
		}
		if method != "GET" {
			return Err(Failure::new(405, "not-supported", "this FHIR server only reads: GET"));
		}
		let (path, query) = target.split_once('?').unwrap_or((target, ""));
		let rest = path.strip_prefix(BASE).unwrap_or(path).trim_start_matches('/');
		let segments: Vec<&str> = rest.split('/').filter(|s| !s.is_empty()).collect();
		if segments == ["metadata"] {
			return Ok(capability_statement(&self.kinds()));
		}
		let base = format!("http://{}{BASE}", host.unwrap_or("localhost"));
		let (kind, id) = match segments.as_slice() {
			[kind] => (*kind, None),
			[kind, id] => (*kind, Some(*id)),
			_ => return Err(Failure::not_found(format!("no such FHIR path {path:?}"))),
		};
		let header = authorization.ok_or_else(|| Failure {
			status: 401,
			issue: "login",
			diagnostics: format!("sign the request: Authorization: {SCHEME} requester=\"…\", nonce=\"…\", expires=\"…\", signature=\"…\""),
			refusal: None,
		})?;
		let signed = self.authenticate(header, target)?;
		let outcome = self.interaction(&signed, kind, id, query, target, &base).await;
		// A disclosure's nonce is kept with its receipts; anything else keeps it here, before
		// the answer leaves, so that a restart does not make the request usable again.
		if !matches!(outcome, Ok((_, true))) {
			self.gatekeeper
				.keep_nonce(&signed.requester, signed.nonce, signed.expires)
				.await?;
		}
		outcome.map(|(json, _)| json)
	}

	fn authenticate(&self, header: &str, target: &str) -> Result<Signed, Failure> {
		let credentials = Credentials::parse(header)?;
		let requester = request::account("requester", &credentials.requester)?;
		let nonce = request::nonce(&credentials.nonce)?;
		let expires = credentials
			.expires
			.parse::<u64>()
			.map_err(|_| Refusal::Malformed("expires: Unix time in milliseconds".into()))?;
		let signature = request::signature(&credentials.signature)?;
		let bytes = signed_bytes(&self.gatekeeper.provider, &requester, &nonce, expires, target);
		self.gatekeeper.authenticate(&requester, &signature, &bytes, nonce, expires)?;
		Ok(Signed { requester, nonce, expires, request: request_hash(&bytes, &signature) })
	}

	/// Serves an authenticated request; `true` with the answer if something was disclosed
	/// (and its receipts keep the nonce).
	async fn interaction(
		&self,
		signed: &Signed,
		kind: &str,
		id: Option<&str>,
		query: &str,
		target: &str,
		base: &str,
	) -> Result<(Json, bool), Failure> {
		match (kind, id) {
			("Consent", None) => {
				let params = Params::parse(query, CONSENT_PARAMS)?;
				let consents = self.consents(signed, params.patient()?).await?;
				let entries: Vec<Json> = consents
					.into_iter()
					.map(|c| {
						let url =
							format!("{base}/Consent/{}", c["id"].as_str().unwrap_or_default());
						entry(Some(url), c, "match")
					})
					.collect();
				Ok((bundle(entries.len(), entries, target, None, base), false))
			},
			("Consent", Some(id)) => {
				no_params(query)?;
				let consents = self.consents(signed, &signed.requester).await?;
				let consent = consents
					.into_iter()
					.find(|c| c["id"] == id)
					.ok_or_else(|| Failure::not_found(format!("Consent/{id}: none of yours")))?;
				Ok((consent, false))
			},
			("AuditEvent", None) => {
				self.audit_events(signed, &Params::parse(query, AUDIT_PARAMS)?, target, base)
					.await
			},
			("AuditEvent", Some(id)) => {
				no_params(query)?;
				let seq =
					id.strip_prefix("receipt-").and_then(|n| n.parse::<u64>().ok()).ok_or_else(
						|| Failure::not_found(format!("AuditEvent/{id}: ids are receipt-<number>")),
					)?;
				let receipt =
					self.gatekeeper.clone().receipt_of(signed.requester.clone(), seq).await?;
				Ok((audit_event(&receipt, &self.gatekeeper.provider), false))
			},
			(name, id) => {
				let kind = Kind::from_name(name)
					.filter(|k| self.mappings.values().any(|m| m.kind == *k))
					.ok_or_else(|| {
						Failure::new(
							404,
							"not-supported",
							format!("{name} is not served here; see /fhir/metadata"),
						)
					})?;
				match id {
					Some(id) => {
						no_params(query)?;
						let pointer = id.parse::<PointerId>().map_err(|_| {
							Failure::not_found(format!("{name}/{id}: ids here are pointer numbers"))
						})?;
						self.read(signed, kind, pointer).await.map(|json| (json, true))
					},
					None => {
						let params = Params::parse(query, RECORD_PARAMS)?;
						self.search(signed, kind, &params, target, base).await
					},
				}
			},
		}
	}

	/// The mapping of the query behind `reference`, if it is served as `kind`.
	fn mapping_of(&self, reference: &RecordRef, kind: Kind) -> Option<&Mapping> {
		let locator = self.gatekeeper.references.locator(reference).ok()??;
		let (name, _) = split_reference(&locator);
		self.mappings.get(name).filter(|m| m.kind == kind)
	}

	/// The mapping of the query `allowed.pointer` names, if it is served as `kind`.
	fn mapping(&self, allowed: &Allowed, kind: Kind) -> Option<&Mapping> {
		self.mapping_of(&allowed.pointer.reference, kind)
	}

	/// One resource: its pointer's patient from the chain, then the disclosure's three steps.
	async fn read(&self, signed: &Signed, kind: Kind, pointer: PointerId) -> Result<Json, Failure> {
		let chain = &self.gatekeeper.chain;
		let head = chain.head().ok_or(Refusal::ChainUnavailable)?;
		// Read before asking: a flush meanwhile leaves an old epoch, asked again next time.
		let epoch = chain.epoch();
		let known = self.patients.lock().get(&pointer).filter(|(at, _)| *at == epoch).cloned();
		let patient = match known {
			Some((_, patient)) => patient,
			None => {
				let mut patient = pointer_patient(chain, pointer, head.hash).await?;
				// A pointer the client has just seen may be in a newer block.
				if patient.is_none() {
					chain.settled().await;
					let now = chain.head().ok_or(Refusal::ChainUnavailable)?;
					if now != head {
						patient = pointer_patient(chain, pointer, now.hash).await?;
					}
				}
				let patient = patient.ok_or_else(|| {
					Failure::not_found(format!("{}/{pointer}: no such record", kind.name()))
				})?;
				let mut patients = self.patients.lock();
				if patients.len() >= MAX_REMEMBERED_PATIENTS {
					patients.clear();
				}
				patients.insert(pointer, (epoch, patient.clone()));
				patient
			},
		};
		let allowed = self
			.gatekeeper
			.allowed(&signed.requester, &patient, pointer, FieldSet::ALL)
			.await?;
		let mapping = self.mapping(&allowed, kind).ok_or_else(|| {
			Failure::not_found(format!(
				"{}/{pointer}: this record is not a {}",
				kind.name(),
				kind.name()
			))
		})?;
		let checked = self.gatekeeper.read_checked(&allowed).await?;
		let source = Source { mapping, values: &checked.record.0, granted: allowed.fields };
		let resource = source.resource(&pointer.to_string(), &ss58(&patient));
		self.gatekeeper
			.record_disclosure(
				&allowed,
				&signed.requester,
				&patient,
				signed.request,
				checked.content_hash,
				(signed.nonce, signed.expires),
			)
			.await?;
		Ok(resource)
	}

	/// The patient's resources of `kind` at this provider that the requester may see and the
	/// parameters match, a page at a time; each one returned has its receipt.
	async fn search(
		&self,
		signed: &Signed,
		kind: Kind,
		params: &Params,
		target: &str,
		base: &str,
	) -> Result<(Json, bool), Failure> {
		let patient = params.patient()?;
		let chain = &self.gatekeeper.chain;
		// A search lists what the chain holds: with the block being adopted, which the client
		// may have seen already.
		chain.settled().await;
		let head = chain.head().ok_or(Refusal::ChainUnavailable)?;
		// The patient's pointers at this provider, a chain page at a time, newest first.
		let provider = &self.gatekeeper.provider;
		let mut candidates: Vec<PointerId> = Vec::new();
		let mut before: Option<PointerId> = None;
		loop {
			let page: Vec<PointerView<BlockNumber>> = chain
				.state_call(
					"MedRecApi_pointers",
					&(patient, provider, before, MAX_POINTER_PAGE).encode(),
					head.hash,
				)
				.await
				.map_err(|_| Refusal::ChainUnavailable)?;
			let Some(last) = page.last() else { break };
			before = Some(last.id);
			candidates.extend(
				page.iter()
					.filter(|p| params.id.is_none_or(|id| id == p.id))
					.filter(|p| self.mapping_of(&p.reference, kind).is_some())
					.map(|p| p.id),
			);
		}

		// The chain's decisions, all at once: each is a runtime call to the node.
		let decisions = futures::future::join_all(candidates.iter().map(|pointer| {
			self.gatekeeper.allowed(&signed.requester, patient, *pointer, FieldSet::ALL)
		}))
		.await;
		let mut allowed = Vec::new();
		for decision in decisions {
			match decision {
				Ok(a) => allowed.push(a),
				// Not this requester's to see: left out, as a search leaves out what it may not
				// show.
				Err(Refusal::Denied(_) | Refusal::UnknownPointer | Refusal::ProviderMismatch) => {},
				Err(refusal) => return Err(refusal.into()),
			}
		}
		if allowed.is_empty() && !candidates.is_empty() {
			return Err(Refusal::Denied(Denial::NoGrant).into());
		}

		let mut matched = Vec::new();
		let mut withheld = Vec::new();
		for allowed in allowed {
			let Some(mapping) = self.mapping(&allowed, kind) else { continue };
			let checked = match self.gatekeeper.read_checked(&allowed).await {
				Ok(checked) => checked,
				Err(
					refusal @ (Refusal::StalePointer
					| Refusal::RecordNotFound
					| Refusal::UnknownQuery),
				) => {
					withheld.push((allowed.pointer.id, refusal));
					continue;
				},
				Err(refusal) => return Err(refusal.into()),
			};
			let source = Source { mapping, values: &checked.record.0, granted: allowed.fields };
			if !matches_params(&source, params) {
				continue;
			}
			let resource = source.resource(&allowed.pointer.id.to_string(), &ss58(patient));
			matched.push((allowed, checked.content_hash, resource));
		}
		matched.sort_by_key(|(a, _, _)| a.pointer.id);
		let total = matched.len();
		let page: Vec<_> = matched.into_iter().skip(params.offset).take(params.count).collect();
		let mut entries = Vec::with_capacity(page.len() + 1);
		for (allowed, content_hash, resource) in &page {
			self.gatekeeper
				.record_disclosure(
					allowed,
					&signed.requester,
					patient,
					signed.request,
					*content_hash,
					(signed.nonce, signed.expires),
				)
				.await?;
			entries.push(entry(
				Some(format!("{base}/{}/{}", kind.name(), allowed.pointer.id)),
				resource.clone(),
				"match",
			));
		}
		if !withheld.is_empty() {
			let words = withheld
				.iter()
				.map(|(pointer, refusal)| format!("{}/{pointer}: {refusal}", kind.name()))
				.collect::<Vec<_>>()
				.join("; ");
			entries.push(entry(
				None,
				operation_outcome("warning", "incomplete", &words, None),
				"outcome",
			));
		}
		let next = (params.offset.saturating_add(page.len()) < total).then(|| {
			with_param(target, "_offset", &params.offset.saturating_add(page.len()).to_string())
		});
		Ok((bundle(total, entries, target, next, base), !page.is_empty()))
	}

	/// The patient's grants and research consents as Consent, read from the chain at the best
	/// block, for the patient only.
	async fn consents(&self, signed: &Signed, patient: &AccountId) -> Result<Vec<Json>, Failure> {
		if &signed.requester != patient {
			return Err(Failure::forbidden("only the patient reads their consents here"));
		}
		let chain = &self.gatekeeper.chain;
		chain.settled().await;
		let head = chain.head().ok_or(Refusal::ChainUnavailable)?;
		let unavailable = |_| Failure::from(Refusal::ChainUnavailable);
		let grants: Vec<GrantView<AccountId, BlockNumber>> = chain
			.state_call("MedRecApi_grants_of", &patient.encode(), head.hash)
			.await
			.map_err(unavailable)?;
		let research: Vec<CategoryCode> = chain
			.state_call("MedRecApi_research_consent", &patient.encode(), head.hash)
			.await
			.map_err(unavailable)?;
		let timestamp: u64 =
			crate::research::storage(chain, value_key("Timestamp", "Now"), head.hash)
				.await?
				.unwrap_or_else(crate::gatekeeper::now_ms);
		let clock = Clock { number: head.number, timestamp_ms: timestamp };
		Ok(grants
			.iter()
			.map(|g| consent(g, clock))
			.chain(research.iter().map(|c| research_consent(patient, *c)))
			.collect())
	}

	/// A page of the patient's receipts here, oldest first, as AuditEvents.
	async fn audit_events(
		&self,
		signed: &Signed,
		params: &Params,
		target: &str,
		base: &str,
	) -> Result<(Json, bool), Failure> {
		let patient = params.patient()?.clone();
		if signed.requester != patient {
			return Err(Failure::forbidden(
				"only the patient reads the accounting of their disclosures",
			));
		}
		let page = self
			.gatekeeper
			.clone()
			.receipts_page(patient, params.cursor, params.count as u32)
			.await?;
		let entries: Vec<Json> = page
			.receipts
			.iter()
			.map(|r| {
				let resource = audit_event(r, &self.gatekeeper.provider);
				entry(
					Some(format!("{base}/AuditEvent/receipt-{}", r.receipt.seq)),
					resource,
					"match",
				)
			})
			.collect();
		let next = page.next.map(|after| with_param(target, "_cursor", &after.to_string()));
		// The total is not counted: a patient's receipts may be many; `next` pages through.
		let mut bundle = bundle(entries.len(), entries, target, next, base);
		if let Some(map) = bundle.as_object_mut() {
			map.remove("total");
		}
		Ok((bundle, false))
	}
}

/// What a server serving `kinds` does, for clients to discover (`GET /fhir/metadata`).
pub fn capability_statement(kinds: &[Kind]) -> Json {
	let param = |name: &str, kind: &str, doc: &str| CapabilityStatementRestResourceSearchParam {
		name: types::String(name.into()),
		r#type: coded(kind),
		documentation: Some(types::Markdown(doc.into())),
		..Default::default()
	};
	let interaction = |code: &str| CapabilityStatementRestResourceInteraction {
		code: types::Code(code.into()),
		..Default::default()
	};
	let mut resources: Vec<CapabilityStatementRestResource> = kinds
		.iter()
		.map(|kind| CapabilityStatementRestResource {
			r#type: coded(kind.name()),
			interaction: vec![interaction("read"), interaction("search-type")],
			search_param: vec![
				param(
					"patient",
					"reference",
					"Required: the patient's chain account (SS58), or Patient/<SS58>.",
				),
				param("_id", "token", "The pointer's number."),
				param("code", "token", "system|code, |code or code."),
				param(
					"date",
					"date",
					&format!("On {}; prefixes eq, ne, gt, ge, lt, le.", kind.date_element()),
				),
				param(
					"category",
					"token",
					"The category code the provider declares for the query.",
				),
			],
			..Default::default()
		})
		.collect();
	resources.push(CapabilityStatementRestResource {
		r#type: coded("Consent"),
		interaction: vec![interaction("read"), interaction("search-type")],
		search_param: vec![param("patient", "reference", "Required; the patient only.")],
		documentation: Some(types::Markdown(
			"The patient's grants on the MedRec chain (TREAT; ETREAT for emergency access) and research consents (HRESCH).".into(),
		)),
		..Default::default()
	});
	resources.push(CapabilityStatementRestResource {
		r#type: coded("AuditEvent"),
		interaction: vec![interaction("read"), interaction("search-type")],
		search_param: vec![param("patient", "reference", "Required; the patient only.")],
		supported_profile: {
			let mut profiles = types::Meta::default().profile;
			profiles.0.push(Some(types::Canonical(DISCLOSURE_PROFILE.into())));
			profiles
		},
		documentation: Some(types::Markdown(
			"Each disclosure's signed receipt (IHE BALP privacy disclosure at the source), with the authorizing block and the chain anchor.".into(),
		)),
		..Default::default()
	});
	let statement = CapabilityStatement::builder()
		.status(coded("active"))
		.date(types::DateTime(audit::date_time(
			i64::try_from(crate::gatekeeper::now_ms()).unwrap_or(0),
		)))
		.kind(coded("instance"))
		.software(CapabilityStatementSoftware {
			name: types::String("medrec-gatekeeper".into()),
			version: Some(types::String(env!("CARGO_PKG_VERSION").into())),
			..Default::default()
		})
		.fhir_version(coded("4.0.1"))
		.format(vec1::vec1![types::Code("json".into())])
		.rest(vec![CapabilityStatementRest {
			mode: coded("server"),
			security: Some(CapabilityStatementRestSecurity {
				// Browser apps may call it from any origin (see `server`).
				cors: Some(types::Boolean(true)),
				service: vec![types::CodeableConcept {
					coding: vec![types::Coding {
						system: Some(types::Uri("urn:medrec:security".into())),
						code: Some(types::Code(SCHEME.into())),
						..Default::default()
					}],
					text: Some(types::String("MedRec chain-key signature".into())),
					..Default::default()
				}],
				description: Some(types::Markdown(format!(
					"Every read is signed with the requester's chain key: `Authorization: {SCHEME} requester=\"<SS58>\", nonce=\"0x…\", expires=\"<Unix ms>\", signature=\"0x…\"` over \"medrec-gatekeeper/fhir/v1\" ‖ provider ‖ requester ‖ nonce ‖ expires (u64 LE) ‖ the path and query. The MedRec chain decides; each disclosure leaves a signed, anchored receipt."
				))),
				..Default::default()
			}),
			resource: resources,
			..Default::default()
		}])
		.build();
	audit::built(statement)
		.map_or(Json::Null, |s| to_json(Resource::CapabilityStatement(Box::new(s))))
}

/// Whether the record matches the search's `code`, `date` and `category`: on what the
/// requester may see only, so a withheld element never matches.
fn matches_params(source: &Source<'_>, params: &Params) -> bool {
	let code_ok = params.code.as_deref().is_none_or(|wanted| {
		source
			.code()
			.is_some_and(|code| code_matches(wanted, &source.mapping.code_system, &code))
	});
	let date_ok = params
		.date
		.iter()
		.all(|filter| source.date().is_some_and(|d| filter.matches(&d)));
	// `category` is `code` or `system|code`; the system is the resource type's own.
	let category_ok = params.category.as_deref().is_none_or(|wanted| {
		let wanted = wanted.rsplit_once('|').map_or(wanted, |(_, code)| code);
		source.mapping.category.as_deref() == Some(wanted)
	});
	code_ok && date_ok && category_ok
}

fn entry(full_url: Option<String>, resource: Json, mode: &str) -> Json {
	let entry = BundleEntry {
		full_url: full_url.map(types::Uri),
		resource: Some(resource),
		search: Some(BundleEntrySearch { mode: Some(coded(mode)), ..Default::default() }),
		..Default::default()
	};
	serde_json::to_value(entry).unwrap_or(Json::Null)
}

fn bundle(
	total: usize,
	entries: Vec<Json>,
	target: &str,
	next: Option<String>,
	base: &str,
) -> Json {
	let origin = base.strip_suffix(BASE).unwrap_or(base);
	let link = |relation: &str, target: &str| BundleLink {
		relation: types::String(relation.into()),
		url: types::Uri(format!("{origin}{target}")),
		..Default::default()
	};
	let bundle = Bundle {
		r#type: coded("searchset"),
		timestamp: Some(types::Instant(audit::date_time(
			i64::try_from(crate::gatekeeper::now_ms()).unwrap_or(0),
		))),
		total: Some(types::UnsignedInt(u32::try_from(total).unwrap_or(u32::MAX))),
		link: [Some(link("self", target)), next.map(|n| link("next", &n))]
			.into_iter()
			.flatten()
			.collect(),
		..Default::default()
	};
	let mut json = to_json(Resource::Bundle(Box::new(bundle)));
	// Entries are pruned already; an empty search keeps `total: 0` and no `entry`.
	if !entries.is_empty() {
		json["entry"] = Json::Array(entries);
	}
	json
}

/// Refuses parameters on a read.
fn no_params(query: &str) -> Result<(), Failure> {
	if query.is_empty() {
		Ok(())
	} else {
		Err(Failure::invalid("a read takes no parameters"))
	}
}

/// `target` with `name` set to `value` (replacing it if present).
fn with_param(target: &str, name: &str, value: &str) -> String {
	let (path, query) = target.split_once('?').unwrap_or((target, ""));
	let mut out = form_urlencoded::Serializer::new(String::new());
	for (k, v) in form_urlencoded::parse(query.as_bytes()).filter(|(k, _)| k != name) {
		out.append_pair(&k, &v);
	}
	out.append_pair(name, value);
	format!("{path}?{}", out.finish())
}

/// The storage key of a plain storage value.
fn value_key(pallet: &str, item: &str) -> Vec<u8> {
	use polkadot_sdk::sp_crypto_hashing::twox_128;
	[twox_128(pallet.as_bytes()), twox_128(item.as_bytes())].concat()
}

/// The patient a pointer points into, from the chain's storage at `at`: the pointer's first
/// field (its patient's number), then that number's account.
async fn pointer_patient(
	chain: &Chain,
	pointer: PointerId,
	at: H256,
) -> Result<Option<AccountId>, Refusal> {
	use crate::research::{map_key, raw_storage, storage};
	/// The first field of `Relationships::Pointers`' value; the rest is not needed here.
	#[derive(Decode)]
	struct PointerHead {
		patient: ParticipantId,
	}
	let raw: Option<Vec<u8>> =
		raw_storage(chain, map_key("Relationships", "Pointers", true, &pointer), at).await?;
	let Some(raw) = raw else { return Ok(None) };
	let head = PointerHead::decode(&mut &raw[..]).map_err(|_| Refusal::ChainUnavailable)?;
	storage(chain, map_key("Registrar", "AccountOf", true, &head.patient), at).await
}

#[cfg(test)]
mod tests;
