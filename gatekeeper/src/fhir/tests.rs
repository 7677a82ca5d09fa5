use super::*;
use crate::{
	config::FhirConfig,
	gatekeeper::{BatchJson, PatientReceipt, ReceiptJson},
	records::Value,
};
use fhir::validate::Validate;
use medrec_primitives::access::GrantId;
use polkadot_sdk::sp_core::{sr25519, Pair};

fn account(seed: &str) -> AccountId {
	sr25519::Pair::from_string(seed, None).expect("a dev seed").public().into()
}

/// The demo's lab query: loinc, label, value, unit, taken_at.
fn lab_fields() -> Vec<String> {
	["loinc", "label", "value", "unit", "taken_at"].map(String::from).to_vec()
}

fn lab_mapping() -> Mapping {
	let config = FhirConfig {
		resource: "Observation".into(),
		code_system: "http://loinc.org".into(),
		code: "loinc".into(),
		display: Some("label".into()),
		date: Some("taken_at".into()),
		value: Some("value".into()),
		unit: Some("unit".into()),
		status: None,
		text: None,
		category: Some("laboratory".into()),
	};
	Mapping::new(&config, &lab_fields()).expect("the demo's mapping")
}

fn hba1c() -> Vec<Value> {
	vec![
		Value::Text("4548-4".into()),
		Value::Text("Hemoglobin A1c".into()),
		Value::Real(7.9),
		Value::Text("%".into()),
		Value::Text("2026-11-01T08:30:00Z".into()),
	]
}

/// `json` read into the R4 model and written back unchanged (nothing unknown, misplaced or
/// mistyped: serde keeps only what the model has), and valid by R4's own rules.
fn assert_r4(json: &Json) -> Resource {
	let resource: Resource = serde_json::from_value(json.clone())
		.unwrap_or_else(|e| panic!("not an R4 resource ({e}): {json}"));
	assert_eq!(&to_json(resource.clone()), json, "the R4 model reads it differently");
	let issues = resource.validate();
	assert!(issues.is_empty(), "R4 validation: {issues:?} in {json}");
	resource
}

/// A mapping of every element to a five-column query, for `kind`.
fn mapping_of(kind: Kind) -> Mapping {
	let fields = ["code", "label", "when", "status", "text"].map(String::from).to_vec();
	let config = FhirConfig {
		resource: kind.name().into(),
		code_system: "http://snomed.info/sct".into(),
		code: "code".into(),
		display: Some("label".into()),
		date: Some("when".into()),
		value: None,
		unit: None,
		status: Some("status".into()),
		text: Some("text".into()),
		category: None,
	};
	Mapping::new(&config, &fields).expect("a mapping")
}

#[test]
fn every_kind_builds_a_resource_the_r4_model_reads_back_and_validates() {
	let statuses = [
		(Kind::Observation, "final"),
		(Kind::Condition, "active"),
		(Kind::MedicationRequest, "active"),
		(Kind::AllergyIntolerance, "active"),
		(Kind::Immunization, "completed"),
		(Kind::Procedure, "completed"),
		(Kind::DiagnosticReport, "final"),
	];
	for (kind, status) in statuses {
		let mapping = mapping_of(kind);
		let values = [
			Value::Text("38341003".into()),
			Value::Text("Hypertension".into()),
			Value::Text("2026-11-01".into()),
			Value::Text(status.into()),
			Value::Text("Free text".into()),
		];
		let source = Source { mapping: &mapping, values: &values, granted: FieldSet::ALL };
		let json = source.resource("7", "5Patient");
		assert_eq!(json["resourceType"], kind.name());
		assert_eq!(json["id"], "7");
		assert!(json.get("meta").is_none(), "a whole record is not SUBSETTED: {json}");
		assert_r4(&json);
		assert!(json.to_string().contains("38341003"), "{json}");
		assert!(json.to_string().contains("2026-11-01"), "{kind:?} carries its date: {json}");
		assert!(json.to_string().contains("Free text"), "{kind:?} carries its text: {json}");
	}
}

#[test]
fn an_observation_carries_its_code_value_unit_date_and_category() {
	let mapping = lab_mapping();
	let values = hba1c();
	let json = Source { mapping: &mapping, values: &values, granted: FieldSet::ALL }
		.resource("12", "5Grw");
	assert_r4(&json);
	assert_eq!(json["status"], "final");
	assert_eq!(json["code"]["coding"][0]["system"], "http://loinc.org");
	assert_eq!(json["code"]["coding"][0]["code"], "4548-4");
	assert_eq!(json["code"]["coding"][0]["display"], "Hemoglobin A1c");
	assert_eq!(json["valueQuantity"]["value"], 7.9);
	assert_eq!(json["valueQuantity"]["unit"], "%");
	assert_eq!(json["effectiveDateTime"], "2026-11-01T08:30:00Z");
	assert_eq!(json["subject"]["reference"], "Patient/5Grw");
	assert_eq!(json["category"][0]["coding"][0]["code"], "laboratory");
}

#[test]
fn a_field_grant_yields_a_subsetted_resource_without_the_other_elements() {
	let mapping = lab_mapping();
	let values = hba1c();
	// loinc and value: what the demo's grant to Dave opens.
	let granted = FieldSet(0b101);
	let json = Source { mapping: &mapping, values: &values, granted }.resource("12", "5Grw");
	assert_eq!(json["meta"]["tag"][0]["code"], "SUBSETTED");
	assert_eq!(json["meta"]["tag"][0]["system"], SUBSETTED_SYSTEM);
	assert_eq!(json["code"]["coding"][0]["code"], "4548-4");
	assert_eq!(json["valueQuantity"]["value"], 7.9);
	let text = json.to_string();
	for withheld in ["Hemoglobin", "\"%\"", "2026-11-01", "unit", "effective"] {
		assert!(!text.contains(withheld), "{withheld} leaked into {json}");
	}
	assert!(json["code"]["coding"][0].get("display").is_none(), "{json}");
	// A subsetted resource may lack what R4 requires; it is still R4's shape.
	let _: Resource = serde_json::from_value(json).expect("an R4 resource");
}

#[test]
fn a_record_without_its_code_keeps_no_empty_element() {
	let mapping = lab_mapping();
	let values = hba1c();
	// Only the value: the code has nothing left in it.
	let json = Source { mapping: &mapping, values: &values, granted: FieldSet(0b100) }
		.resource("12", "5Grw");
	assert!(json.get("code").is_none(), "{json}");
	assert!(!json.to_string().contains("{}"), "{json}");
	assert!(!json.to_string().contains("[]"), "{json}");
}

#[test]
fn a_mapping_names_only_the_querys_fields_and_its_kinds_elements() {
	let mut config = FhirConfig {
		resource: "Observation".into(),
		code_system: "http://loinc.org".into(),
		code: "loinc".into(),
		display: None,
		date: None,
		value: None,
		unit: None,
		status: None,
		text: None,
		category: None,
	};
	assert!(Mapping::new(&config, &lab_fields()).is_ok());
	let error = |config: &FhirConfig| Mapping::new(config, &lab_fields()).unwrap_err().to_string();
	config.resource = "Patient".into();
	assert!(error(&config).contains("one of Observation"), "{}", error(&config));
	config.resource = "Observation".into();
	config.date = Some("when".into());
	assert!(error(&config).contains("\"when\" is not one of the query's fields"));
	config.date = None;
	config.unit = Some("unit".into());
	assert!(error(&config).contains("unit without value"));
	config.resource = "Condition".into();
	config.value = Some("value".into());
	assert!(error(&config).contains("an Observation's"));
}

#[test]
fn the_demo_configuration_maps_its_queries() {
	let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("demo/gatekeeper.toml");
	let config = crate::config::Config::load(&path).expect("the demo configuration loads");
	let kinds: Vec<_> = config
		.queries
		.iter()
		.filter_map(|q| q.fhir.as_ref().map(|f| Mapping::new(f, &q.fields).expect("checked").kind))
		.collect();
	assert_eq!(kinds, [Kind::Observation, Kind::Condition, Kind::MedicationRequest]);
}

#[test]
fn date_parameters_compare_at_their_precision() {
	let at = "2026-11-01T08:30:00Z";
	let matches = |p: &str| DateFilter::parse(p).expect(p).matches(at);
	assert!(matches("2026"));
	assert!(matches("2026-11"));
	assert!(matches("eq2026-11-01"));
	assert!(!matches("2026-10"));
	assert!(matches("ge2026-11-01"));
	assert!(matches("gt2026-10-31"));
	assert!(!matches("gt2026-11-01"));
	assert!(matches("le2026-11"));
	assert!(matches("lt2027"));
	assert!(matches("ne2025"));
	// A date-only record against a date-time parameter: compared on the date.
	assert!(DateFilter::parse("2019-06-01T00:00:00Z").expect("parses").matches("2019-06-01"));
	for bad in ["", "soon", "20", "xx2026", "2026-11-01'; DROP"] {
		assert!(DateFilter::parse(bad).is_none(), "{bad:?} parsed");
	}
}

#[test]
fn code_parameters_match_with_and_without_a_system() {
	let loinc = "http://loinc.org";
	assert!(code_matches("4548-4", loinc, "4548-4"));
	assert!(code_matches("http://loinc.org|4548-4", loinc, "4548-4"));
	assert!(!code_matches("http://snomed.info/sct|4548-4", loinc, "4548-4"));
	assert!(!code_matches("|4548-4", loinc, "4548-4"));
	assert!(!code_matches("2093-3", loinc, "4548-4"));
}

#[test]
fn search_parameters_are_checked_and_unknown_ones_refused() {
	let charlie = account("//Charlie");
	let query = format!(
		"patient=Patient/{}&code=http%3A%2F%2Floinc.org%7C4548-4&date=ge2026&_count=5",
		ss58(&charlie)
	);
	let params = Params::parse(&query, RECORD_PARAMS).expect("valid");
	assert_eq!(params.patient, Some(charlie.clone()));
	assert_eq!(params.code.as_deref(), Some("http://loinc.org|4548-4"));
	assert_eq!(params.count, 5);
	assert_eq!(params.date.len(), 1);
	let refused = |query: &str| Params::parse(query, RECORD_PARAMS).unwrap_err();
	assert_eq!(refused("subject=x").status, 400);
	assert!(refused("subject=x").diagnostics.contains("unknown search parameter"));
	assert_eq!(refused("_count=0").status, 400);
	assert_eq!(refused("_count=101").status, 400);
	assert_eq!(refused("date=tomorrow").status, 400);
	assert_eq!(refused("patient=not-an-address").status, 400);
	assert_eq!(refused(&format!("patient={}", "5".repeat(200))).status, 400);
	assert_eq!(Params::parse("", RECORD_PARAMS).expect("empty").patient().unwrap_err().status, 400);
	// AuditEvent takes no code.
	assert_eq!(Params::parse("code=1", AUDIT_PARAMS).unwrap_err().status, 400);
}

#[test]
fn credentials_parse_and_anything_else_is_refused_as_unauthenticated() {
	let header = r#"MedRec requester="5Grw", nonce="0x01", expires="17", signature="0x02""#;
	let credentials = Credentials::parse(header).expect("parses");
	assert_eq!(credentials.requester, "5Grw");
	assert_eq!(credentials.nonce, "0x01");
	assert_eq!(credentials.expires, "17");
	assert_eq!(credentials.signature, "0x02");
	let reordered = r#"MedRec signature="0x02",expires="17", nonce="0x01", requester="5Grw""#;
	assert_eq!(Credentials::parse(reordered).expect("parses"), credentials);
	for bad in [
		"Bearer abc",
		"MedRec",
		r#"MedRecX requester="5Grw""#,
		r#"MedRec requester=5Grw, nonce="0x01", expires="17", signature="0x02""#,
		r#"MedRec requester="5Grw", nonce="0x01", expires="17""#,
		r#"MedRec requester="5Grw", requester="5Grw", nonce="0x01", expires="17", signature="0x02""#,
		r#"MedRec requester="5Grw", nonce="0x01", expires="17", signature="0x02", extra="1""#,
	] {
		let failure = Credentials::parse(bad).unwrap_err();
		assert_eq!((failure.status, failure.issue), (401, "login"), "{bad}");
	}
	let long = format!(r#"MedRec requester="{}""#, "x".repeat(MAX_AUTHORIZATION_LEN));
	assert_eq!(Credentials::parse(&long).unwrap_err().status, 401);
}

#[test]
fn the_signed_bytes_are_the_documented_layout() {
	let (provider, requester) = (account("//Bob"), account("//Dave"));
	let nonce = [7u8; 16];
	let target = "/fhir/Observation?patient=5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y";
	let bytes = signed_bytes(&provider, &requester, &nonce, 0x0102, target);
	let mut expected = b"medrec-gatekeeper/fhir/v1".to_vec();
	expected.extend_from_slice(provider.as_ref());
	expected.extend_from_slice(requester.as_ref());
	expected.extend_from_slice(&nonce);
	expected.extend_from_slice(&[2, 1, 0, 0, 0, 0, 0, 0]);
	expected.extend_from_slice(target.as_bytes());
	assert_eq!(bytes, expected);
}

#[test]
fn refusals_are_operation_outcomes_with_their_status_and_code() {
	let cases = [
		(Refusal::Malformed("x".into()), 400, "invalid"),
		(Refusal::BadSignature, 401, "security"),
		(Refusal::Expired, 401, "security"),
		(Refusal::Replayed, 401, "security"),
		(Refusal::Denied(Denial::NoGrant), 403, "forbidden"),
		(Refusal::Denied(Denial::NotValidAt), 403, "forbidden"),
		(Refusal::UnknownPointer, 404, "not-found"),
		(Refusal::ProviderMismatch, 404, "not-found"),
		(Refusal::StalePointer, 409, "conflict"),
		(Refusal::ChainUnavailable, 503, "transient"),
		(Refusal::ReceiptUnavailable, 503, "transient"),
	];
	for (refusal, status, issue) in cases {
		let label = refusal.label();
		let failure = Failure::from(refusal);
		assert_eq!((failure.status, failure.issue), (status, issue), "{label}");
		let outcome = failure.outcome();
		assert_r4(&outcome);
		assert_eq!(outcome["resourceType"], "OperationOutcome");
		assert_eq!(outcome["issue"][0]["severity"], "error");
		assert_eq!(outcome["issue"][0]["code"], issue);
		assert_eq!(outcome["issue"][0]["details"]["coding"][0]["system"], REFUSAL_SYSTEM);
		assert_eq!(outcome["issue"][0]["details"]["coding"][0]["code"], label);
	}
}

#[test]
fn the_capability_statement_is_r4_and_lists_what_is_served() {
	let json = capability_statement(&[Kind::Observation, Kind::Condition]);
	assert_r4(&json);
	assert_eq!(json["fhirVersion"], "4.0.1");
	assert_eq!(json["kind"], "instance");
	let types: Vec<_> = json["rest"][0]["resource"]
		.as_array()
		.expect("resources")
		.iter()
		.map(|r| r["type"].as_str().expect("a type").to_owned())
		.collect();
	assert_eq!(types, ["Observation", "Condition", "Consent", "AuditEvent"]);
	assert_eq!(json["rest"][0]["security"]["service"][0]["coding"][0]["code"], SCHEME);
	let observation = &json["rest"][0]["resource"][0];
	let params: Vec<_> = observation["searchParam"]
		.as_array()
		.expect("params")
		.iter()
		.map(|p| p["name"].clone())
		.collect();
	assert_eq!(params, ["patient", "_id", "code", "date", "category"]);
}

fn grant(
	id: GrantId,
	scope: Scope,
	emergency: bool,
	guardian: bool,
) -> GrantView<AccountId, BlockNumber> {
	GrantView {
		id,
		patient: account("//Charlie"),
		grantee: Grantee::Account(account("//Dave")),
		scope,
		start: 10,
		expiry: Some(110),
		purpose: 3,
		guardian: guardian.then(|| account("//Eve")),
		emergency: emergency.then_some(4),
	}
}

use medrec_primitives::{access::Scope, records::Grantee};

#[test]
fn each_grant_is_a_consent_that_permits_its_grantee_what_its_scope_covers() {
	// Block 60 at Unix time 1_800_000_000_000 ms (2027-01-15 08:00 UTC): block 10 was 300 s
	// before, block 110 is 300 s after.
	let clock = Clock { number: 60, timestamp_ms: 1_800_000_000_000 };
	let whole = consent(&grant(1, Scope::Record, false, false), clock);
	assert_r4(&whole);
	assert_eq!(whole["status"], "active");
	assert_eq!(whole["patient"]["reference"], format!("Patient/{}", ss58(&account("//Charlie"))));
	assert_eq!(whole["performer"][0]["reference"], whole["patient"]["reference"]);
	let provision = &whole["provision"];
	assert_eq!(provision["type"], "permit");
	assert_eq!(provision["period"]["start"], "2027-01-15T07:55:00.000Z");
	assert_eq!(provision["period"]["end"], "2027-01-15T08:05:00.000Z");
	assert_eq!(provision["actor"][0]["role"]["coding"][0]["code"], "IRCP");
	assert_eq!(provision["actor"][0]["reference"]["identifier"]["value"], ss58(&account("//Dave")));
	assert_eq!(provision["purpose"][0]["code"], "TREAT");
	assert_eq!(provision["purpose"][1]["code"], "3");
	assert!(provision.get("data").is_none() && provision.get("code").is_none());
	let blocks: Vec<_> = whole["extension"]
		.as_array()
		.expect("blocks")
		.iter()
		.map(|e| e["valueUnsignedInt"].clone())
		.collect();
	assert_eq!(blocks, [10, 110]);

	let fields = consent(&grant(2, Scope::Fields(12, FieldSet(0b101)), false, true), clock);
	assert_r4(&fields);
	assert_eq!(fields["performer"][0]["identifier"]["value"], ss58(&account("//Eve")));
	assert_eq!(fields["provision"]["data"][0]["meaning"], "instance");
	assert_eq!(fields["provision"]["data"][0]["reference"]["identifier"]["value"], "12");
	let codes: Vec<_> = fields["provision"]["code"][0]["coding"]
		.as_array()
		.expect("fields")
		.iter()
		.map(|c| c["code"].clone())
		.collect();
	assert_eq!(codes, ["0", "2"]);

	let emergency = consent(&grant(3, Scope::Record, true, false), clock);
	assert_r4(&emergency);
	assert_eq!(emergency["provision"]["purpose"][0]["code"], "ETREAT");

	let provider = consent(&grant(4, Scope::Provider(9), false, false), clock);
	assert_r4(&provider);
	assert_eq!(provider["provision"]["actor"][1]["role"]["coding"][0]["code"], "CST");
	assert_eq!(provider["provision"]["actor"][1]["reference"]["identifier"]["value"], "9");

	let category = consent(&grant(5, Scope::Category(7), false, false), clock);
	assert_r4(&category);
	assert_eq!(category["provision"]["code"][0]["coding"][0]["system"], "urn:medrec:category");

	let late = Clock { number: 200, ..clock };
	assert_eq!(consent(&grant(6, Scope::Record, false, false), late)["status"], "inactive");

	let research = research_consent(&account("//Charlie"), 7);
	assert_r4(&research);
	assert_eq!(research["scope"]["coding"][0]["code"], "research");
	assert_eq!(research["provision"]["purpose"][0]["code"], "HRESCH");
}

#[test]
fn a_receipt_is_a_balp_disclosure_audit_event() {
	let receipt = PatientReceipt {
		receipt: ReceiptJson {
			seq: 41,
			provider: ss58(&account("//Bob")),
			requester: ss58(&account("//Dave")),
			patient: ss58(&account("//Charlie")),
			pointer: 12,
			fields: vec![0, 2],
			block_number: 77,
			block_hash: format!("0x{}", "ab".repeat(32)),
			served_at: 1_800_000_000_000,
			request: format!("0x{}", "cd".repeat(32)),
			content_hash: format!("0x{}", "ef".repeat(32)),
			leaf: format!("0x{}", "12".repeat(32)),
			scale: "0x".into(),
			batch: BatchJson {
				first: 40,
				count: 2,
				root: "0x".into(),
				signature: "0x".into(),
				scale: "0x".into(),
			},
			path: vec![],
		},
		inclusion: Some(crate::gatekeeper::Inclusion {
			anchor: 3,
			first: 40,
			count: 2,
			root: format!("0x{}", "34".repeat(32)),
			index: 1,
			proof: vec![],
		}),
	};
	let json = audit_event(&receipt, &account("//MedRecDemoGatekeeper"));
	assert_r4(&json);
	assert_eq!(json["meta"]["profile"][0], DISCLOSURE_PROFILE);
	assert_eq!(json["type"]["code"], "110106");
	assert_eq!(json["subtype"][0]["code"], "disclose");
	assert_eq!(json["action"], "R");
	assert_eq!(json["outcome"], "0");
	assert_eq!(json["recorded"], "2027-01-15T08:00:00.000Z");
	let agents = json["agent"].as_array().expect("agents");
	assert_eq!(agents[0]["type"]["coding"][0]["code"], "110153");
	assert_eq!(agents[0]["who"], json["source"]["observer"]);
	assert_eq!(agents[1]["type"]["coding"][0]["code"], "110152");
	assert_eq!(agents[1]["who"]["identifier"]["value"], receipt.receipt.requester);
	assert_eq!(agents[1]["requestor"], true);
	assert_eq!(agents[2]["type"]["coding"][0]["code"], "CST");
	assert_eq!(agents[2]["who"]["identifier"]["value"], receipt.receipt.provider);
	assert_eq!(
		json["entity"][0]["what"]["reference"],
		format!("Patient/{}", receipt.receipt.patient)
	);
	let details: HashMap<String, String> = json["entity"][1]["detail"]
		.as_array()
		.expect("details")
		.iter()
		.map(|d| {
			(d["type"].as_str().unwrap().to_owned(), d["valueString"].as_str().unwrap().to_owned())
		})
		.collect();
	assert_eq!(details["receipt"], "41");
	assert_eq!(details["fields"], "0,2");
	assert_eq!(details["authorizing-block"], format!("77 0x{}", "ab".repeat(32)));
	assert_eq!(details["anchor"], format!("3 0x{}", "34".repeat(32)));
	assert_eq!(details["leaf"], receipt.receipt.leaf);
}

#[test]
fn a_next_link_replaces_the_page_parameter() {
	assert_eq!(
		with_param("/fhir/Observation?patient=x&_offset=2", "_offset", "4"),
		"/fhir/Observation?patient=x&_offset=4"
	);
	assert_eq!(
		with_param("/fhir/AuditEvent?patient=x", "_cursor", "9"),
		"/fhir/AuditEvent?patient=x&_cursor=9"
	);
}

/// Every record the demo EMR holds for a patient with a chain account, as its query's
/// resource: R4 by the model's reading and validation, with the elements R4 requires.
#[tokio::test]
async fn every_record_of_the_demo_emr_is_a_valid_r4_resource() {
	// `_dir` bound, not `..`: the database file lives until the test ends.
	let crate::records::DemoEmr { _dir, db, config, records } =
		crate::records::DemoEmr::open().await;
	let tables =
		[("lab", "lab_results"), ("condition", "conditions"), ("medication", "medications")];
	let mut served = 0;
	for (name, table) in tables {
		let query = config.queries.iter().find(|q| q.name == name).expect("declared");
		let mapping =
			Mapping::new(query.fhir.as_ref().expect("mapped"), &query.fields).expect("valid");
		let rows: Vec<(i64, String)> = db
			.prepare(&format!(
				"SELECT t.id, CAST(p.medrec_number AS TEXT) FROM {table} t \
				 JOIN patients p ON p.mrn = t.mrn WHERE p.medrec_number IS NOT NULL"
			))
			.expect("prepares")
			.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
			.expect("runs")
			.collect::<Result<_, _>>()
			.expect("rows");
		for (id, patient) in rows {
			let record = records
				.read(&format!("{name}:{id}"), &patient)
				.await
				.expect("reads")
				.expect("the row is there");
			let source = Source { mapping: &mapping, values: &record.0, granted: FieldSet::ALL };
			let json = source.resource(&id.to_string(), &patient);
			let resource = assert_r4(&json);
			let present = |element: &str| json.get(element).is_some();
			match resource {
				Resource::Observation(_) => {
					assert!(
						present("status") && present("code") && present("valueQuantity"),
						"{json}"
					)
				},
				Resource::Condition(_) => {
					assert!(
						present("subject") && present("clinicalStatus") && present("onsetDateTime"),
						"{json}"
					)
				},
				Resource::MedicationRequest(_) => assert!(
					present("status")
						&& present("intent")
						&& present("subject")
						&& present("dosageInstruction"),
					"{json}"
				),
				other => panic!("the demo serves no {other:?}"),
			}
			served += 1;
		}
	}
	// Ana (MRN-0001): 3 results, 2 conditions, 2 medications; Chidi (MRN-0002): 1 of each.
	assert_eq!(served, 10);
}

#[test]
fn a_search_bundle_is_r4_with_its_links_and_entries() {
	let mapping = lab_mapping();
	let values = hba1c();
	let resource = Source { mapping: &mapping, values: &values, granted: FieldSet::ALL }
		.resource("12", "5Grw");
	let base = "http://gatekeeper.example:9950/fhir";
	let target = "/fhir/Observation?patient=5Grw&_count=1";
	let next = with_param(target, "_offset", "1");
	let warning = operation_outcome("warning", "incomplete", "Observation/13: stale", None);
	let json = bundle(
		2,
		vec![
			entry(Some(format!("{base}/Observation/12")), resource, "match"),
			entry(None, warning, "outcome"),
		],
		target,
		Some(next),
		base,
	);
	assert_r4(&json);
	assert_eq!(json["type"], "searchset");
	assert_eq!(json["total"], 2);
	assert_eq!(json["link"][0]["url"], format!("http://gatekeeper.example:9950{target}"));
	assert_eq!(
		json["link"][1]["url"],
		"http://gatekeeper.example:9950/fhir/Observation?patient=5Grw&_count=1&_offset=1"
	);
	assert_eq!(json["entry"][0]["search"]["mode"], "match");
	assert_eq!(json["entry"][1]["resource"]["issue"][0]["severity"], "warning");
	// An empty search: a total of 0 and no entry.
	let empty = bundle(0, vec![], target, None, base);
	assert_r4(&empty);
	assert_eq!(empty["total"], 0);
	assert!(empty.get("entry").is_none());
}
