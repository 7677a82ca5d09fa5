//! Grants as FHIR Consent, research consent as a research Consent, receipts as AuditEvent
//! (IHE Basic Audit Log Patterns, privacy disclosure at the source).

use super::{account_ref, identifier, resources::to_json};
use crate::{
	gatekeeper::{ss58, Inclusion, PatientReceipt},
	AccountId,
};
use fhir::r4::{
	builder::BuilderError,
	choice::Primitive,
	resources::{
		audit_event::{
			AuditEvent, AuditEventAgent, AuditEventAgentNetwork, AuditEventEntity,
			AuditEventEntityDetail, AuditEventEntityDetailValue, AuditEventSource,
		},
		consent::{Consent, ConsentProvision, ConsentProvisionActor, ConsentProvisionData},
		Resource,
	},
	types,
};
use medrec_primitives::{
	access::{GrantView, Scope},
	records::{CategoryCode, Grantee},
	BlockNumber,
};
use serde_json::Value as Json;

use super::resources::coded;

/// Where a block stands in time: the best block's number and timestamp. Grants are valid
/// between blocks; a Consent's period shows them as the dates those blocks are expected at
/// (one every [`MILLISECS_PER_BLOCK`](medrec_primitives::time::MILLISECS_PER_BLOCK)), and
/// keeps the exact blocks in extensions.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
	pub number: BlockNumber,
	pub timestamp_ms: u64,
}

impl Clock {
	/// The expected time of block `block`, as a FHIR dateTime.
	pub fn date_of(&self, block: BlockNumber) -> types::DateTime {
		let step = i64::try_from(medrec_primitives::time::MILLISECS_PER_BLOCK).unwrap_or(6000);
		let offset = (i64::from(block) - i64::from(self.number)).saturating_mul(step);
		let ms = i64::try_from(self.timestamp_ms).unwrap_or(i64::MAX).saturating_add(offset);
		types::DateTime(date_time(ms))
	}
}

/// Unix milliseconds as an RFC 3339 UTC date-time (FHIR's `dateTime` and `instant`).
pub fn date_time(ms: i64) -> String {
	chrono::DateTime::from_timestamp_millis(ms)
		.unwrap_or_default()
		.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// The code of `system` as a one-coding concept.
fn concept(system: &str, code: &str, display: Option<&str>) -> types::CodeableConcept {
	types::CodeableConcept { coding: vec![coding(system, code, display)], ..Default::default() }
}

fn coding(system: &str, code: &str, display: Option<&str>) -> types::Coding {
	types::Coding {
		system: Some(types::Uri(system.to_owned())),
		code: Some(types::Code(code.to_owned())),
		display: display.map(|d| types::String(d.to_owned())),
		..Default::default()
	}
}

const ACT_REASON: &str = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
const CONSENT_SCOPE: &str = "http://terminology.hl7.org/CodeSystem/consentscope";
const PARTICIPATION: &str = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
const DCM: &str = "http://dicom.nema.org/resources/ontology/DCM";

/// The extension holding a grant's first valid block.
pub const START_BLOCK: &str = "urn:medrec:fhir:start-block";
/// The extension holding the first block a grant is no longer valid in.
pub const EXPIRY_BLOCK: &str = "urn:medrec:fhir:expiry-block";

fn block_extension(url: &str, block: BlockNumber) -> types::Extension {
	types::Extension {
		url: types::String(url.to_owned()),
		value: Some(types::extension::ExtensionValue::UnsignedInt(Primitive::new(
			types::UnsignedInt(block),
		))),
		..Default::default()
	}
}

fn grantee_ref(grantee: &Grantee<AccountId>) -> types::Reference {
	match grantee {
		Grantee::Account(who) => account_ref(who),
		Grantee::Participant(id) => types::Reference {
			identifier: Some(identifier("urn:medrec:participant", &id.to_string())),
			..Default::default()
		},
		Grantee::Group(id) => types::Reference {
			r#type: Some(types::Uri("Group".into())),
			identifier: Some(identifier("urn:medrec:group", &id.to_string())),
			..Default::default()
		},
	}
}

fn pointer_data(pointer: u64) -> ConsentProvisionData {
	ConsentProvisionData {
		meaning: coded("instance"),
		reference: types::Reference {
			identifier: Some(identifier("urn:medrec:pointer", &pointer.to_string())),
			..Default::default()
		},
		..Default::default()
	}
}

fn consent_base(
	id: String,
	patient: &AccountId,
	scope: types::CodeableConcept,
) -> Result<Consent, BuilderError> {
	Consent::builder()
		.id(types::String(id))
		.status(coded("active"))
		.scope(scope)
		// LOINC 59284-0: Patient Consent.
		.category(vec1::vec1![concept("http://loinc.org", "59284-0", Some("Patient Consent"))])
		.patient(types::Reference {
			reference: Some(types::String(format!("Patient/{}", ss58(patient)))),
			..Default::default()
		})
		// The patient opted in: a grant exists only because the patient (or their guardian,
		// or the emergency rules they live under) made it.
		.policy_rule(concept("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN", None))
		.build()
}

/// A grant as a FHIR Consent: the patient permits the grantee (actor, role `IRCP`) to read
/// what the scope covers, for the period between its blocks, for treatment (`TREAT`) or, for
/// an emergency access, emergency treatment (`ETREAT`). The opaque purpose code is kept
/// beside it (`urn:medrec:purpose`); the scope is a custodian actor (one provider), a code
/// (`urn:medrec:category`), a record (`urn:medrec:pointer`) and its fields
/// (`urn:medrec:field`), or nothing (the whole record).
pub fn consent(grant: &GrantView<AccountId, BlockNumber>, clock: Clock) -> Json {
	let scope = concept(CONSENT_SCOPE, "patient-privacy", Some("Privacy Consent"));
	let Some(mut consent) =
		built(consent_base(format!("grant-{}", grant.id), &grant.patient, scope))
	else {
		return Json::Null;
	};
	let valid_now = grant.start <= clock.number && grant.expiry.is_none_or(|e| clock.number < e);
	let started = grant.start <= clock.number;
	consent.status = coded(if valid_now || !started { "active" } else { "inactive" });
	consent.identifier = vec![identifier("urn:medrec:grant", &grant.id.to_string())];
	consent.performer = vec![match &grant.guardian {
		Some(guardian) => account_ref(guardian),
		None => types::Reference {
			reference: Some(types::String(format!("Patient/{}", ss58(&grant.patient)))),
			..Default::default()
		},
	}];
	consent.extension = [Some(block_extension(START_BLOCK, grant.start))]
		.into_iter()
		.chain([grant.expiry.map(|e| block_extension(EXPIRY_BLOCK, e))])
		.flatten()
		.collect();
	let purpose = if grant.emergency.is_some() { "ETREAT" } else { "TREAT" };
	let mut provision = ConsentProvision {
		r#type: Some(coded("permit")),
		period: Some(types::Period {
			start: Some(clock.date_of(grant.start)),
			end: grant.expiry.map(|e| clock.date_of(e)),
			..Default::default()
		}),
		actor: vec![ConsentProvisionActor {
			role: concept(PARTICIPATION, "IRCP", Some("information recipient")),
			reference: grantee_ref(&grant.grantee),
			..Default::default()
		}],
		action: vec![concept(
			"http://terminology.hl7.org/CodeSystem/consentaction",
			"access",
			Some("Access"),
		)],
		purpose: vec![
			coding(ACT_REASON, purpose, None),
			coding("urn:medrec:purpose", &grant.purpose.to_string(), None),
		],
		..Default::default()
	};
	match grant.scope {
		Scope::Record => {},
		Scope::Provider(provider) => provision.actor.push(ConsentProvisionActor {
			role: concept(PARTICIPATION, "CST", Some("custodian")),
			reference: types::Reference {
				identifier: Some(identifier("urn:medrec:participant", &provider.to_string())),
				..Default::default()
			},
			..Default::default()
		}),
		Scope::Category(category) => {
			provision.code = vec![concept("urn:medrec:category", &category.to_string(), None)]
		},
		Scope::Pointer(pointer) => provision.data = vec![pointer_data(pointer)],
		Scope::Fields(pointer, fields) => {
			provision.data = vec![pointer_data(pointer)];
			provision.code = vec![types::CodeableConcept {
				coding: fields
					.codes()
					.map(|f| coding("urn:medrec:field", &f.to_string(), None))
					.collect(),
				..Default::default()
			}];
		},
	}
	consent.provision = Some(provision);
	to_json(Resource::Consent(Box::new(consent)))
}

/// A patient's consent to be counted in research aggregates of one category (`HRESCH`): no
/// record leaves for it, only aggregates over at least the chain's cohort floor.
pub fn research_consent(patient: &AccountId, category: CategoryCode) -> Json {
	let scope = concept(CONSENT_SCOPE, "research", Some("Research"));
	let Some(mut consent) = built(consent_base(format!("research-{category}"), patient, scope))
	else {
		return Json::Null;
	};
	consent.provision = Some(ConsentProvision {
		r#type: Some(coded("permit")),
		purpose: vec![coding(ACT_REASON, "HRESCH", Some("healthcare research"))],
		code: vec![concept("urn:medrec:category", &category.to_string(), None)],
		..Default::default()
	});
	to_json(Resource::Consent(Box::new(consent)))
}

fn profile(url: &str) -> types::Meta {
	let mut meta = types::Meta::default();
	meta.profile.0.push(Some(types::Canonical(url.to_owned())));
	meta
}

/// The BALP profile a receipt's AuditEvent follows.
pub const DISCLOSURE_PROFILE: &str =
	"https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.PrivacyDisclosure.Source";

fn detail(kind: &str, value: String) -> AuditEventEntityDetail {
	AuditEventEntityDetail {
		r#type: types::String(kind.to_owned()),
		value: Some(AuditEventEntityDetailValue::String(Primitive::new(types::String(value)))),
		..Default::default()
	}
}

/// A receipt as an AuditEvent following IHE BALP's privacy disclosure at the source: an
/// export (`DCM 110106`) that discloses (`iso-21089 disclose`), read (`R`), successful; the
/// gatekeeper as source, the requester as recipient, the provider as custodian; the patient
/// and the record as entities. The record's entity details say what the receipt proves: its
/// number and leaf, the fields, the authorizing block, the content hash, and, once anchored,
/// the anchor and its root.
pub fn audit_event(receipt: &PatientReceipt, gatekeeper: &AccountId) -> Json {
	let r = &receipt.receipt;
	let gatekeeper_ref = account_ref(gatekeeper);
	let agent =
		|code: &str, display: &str, who: types::Reference, requestor: bool| AuditEventAgent {
			r#type: Some(concept(DCM, code, Some(display))),
			who: Some(who),
			requestor: types::Boolean(requestor),
			..Default::default()
		};
	let mut source = agent("110153", "Source Role ID", gatekeeper_ref.clone(), false);
	source.network = Some(AuditEventAgentNetwork {
		address: Some(types::String(format!("urn:medrec:gatekeeper:{}", r.provider))),
		// 5: a URI.
		r#type: Some(coded("5")),
		..Default::default()
	});
	let recipient = agent(
		"110152",
		"Destination Role ID",
		types::Reference {
			identifier: Some(identifier("urn:medrec:account", &r.requester)),
			..Default::default()
		},
		true,
	);
	let custodian = AuditEventAgent {
		r#type: Some(concept(PARTICIPATION, "CST", Some("custodian"))),
		who: Some(types::Reference {
			identifier: Some(identifier("urn:medrec:account", &r.provider)),
			..Default::default()
		}),
		requestor: types::Boolean(false),
		..Default::default()
	};
	let mut details = vec![
		detail("receipt", r.seq.to_string()),
		detail("leaf", r.leaf.clone()),
		detail("fields", r.fields.iter().map(u8::to_string).collect::<Vec<_>>().join(",")),
		detail("authorizing-block", format!("{} {}", r.block_number, r.block_hash)),
		detail("content-hash", r.content_hash.clone()),
		detail("request", r.request.clone()),
	];
	if let Some(Inclusion { anchor, root, .. }) = &receipt.inclusion {
		details.push(detail("anchor", format!("{anchor} {root}")));
	}
	let event = AuditEvent::builder()
		.id(types::String(format!("receipt-{}", r.seq)))
		.meta(profile(DISCLOSURE_PROFILE))
		.r#type(coding(DCM, "110106", Some("Export")))
		.subtype(vec![coding(
			"http://terminology.hl7.org/CodeSystem/iso-21089-lifecycle",
			"disclose",
			Some("Disclose Record Lifecycle Event"),
		)])
		.action(coded("R"))
		.recorded(types::Instant(date_time(i64::try_from(r.served_at).unwrap_or(i64::MAX))))
		// 0: success.
		.outcome(coded("0"))
		.agent(vec1::vec1![source, recipient, custodian])
		.source(AuditEventSource {
			observer: gatekeeper_ref,
			// 4: application server.
			r#type: vec![coding(
				"http://terminology.hl7.org/CodeSystem/security-source-type",
				"4",
				Some("Application Server"),
			)],
			..Default::default()
		})
		.entity(vec![
			AuditEventEntity {
				what: Some(types::Reference {
					reference: Some(types::String(format!("Patient/{}", r.patient))),
					..Default::default()
				}),
				r#type: Some(coding(
					"http://terminology.hl7.org/CodeSystem/audit-entity-type",
					"1",
					Some("Person"),
				)),
				role: Some(coding(
					"http://terminology.hl7.org/CodeSystem/object-role",
					"1",
					Some("Patient"),
				)),
				..Default::default()
			},
			AuditEventEntity {
				what: Some(types::Reference {
					identifier: Some(identifier("urn:medrec:pointer", &r.pointer.to_string())),
					..Default::default()
				}),
				r#type: Some(coding(
					"http://terminology.hl7.org/CodeSystem/audit-entity-type",
					"2",
					Some("System Object"),
				)),
				role: Some(coding(
					"http://terminology.hl7.org/CodeSystem/object-role",
					"4",
					Some("Domain Resource"),
				)),
				detail: details,
				..Default::default()
			},
		])
		.build();
	built(event).map_or(Json::Null, |event| to_json(Resource::AuditEvent(Box::new(event))))
}

/// A resource its builder made, or `None` and an error logged: a required element was left
/// unset, which the tests of every resource would have caught.
pub(crate) fn built<T>(resource: Result<T, BuilderError>) -> Option<T> {
	resource
		.map_err(|error| tracing::error!(%error, "a FHIR resource lacks a required element"))
		.ok()
}
