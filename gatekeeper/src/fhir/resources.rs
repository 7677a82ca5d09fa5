//! A provider's records as FHIR R4 resources: the mapping a query declares (`[query.fhir]`),
//! the resource built from a record and the fields granted, and the search parameters a
//! record matches.

use crate::{config::FhirConfig, records::Value};
use anyhow::{bail, Context};
use fhir::r4::{
	choice::Primitive,
	coded::Coded,
	resources::{
		allergy_intolerance::{AllergyIntolerance, AllergyIntoleranceOnset},
		condition::{Condition, ConditionOnset},
		diagnostic_report::{DiagnosticReport, DiagnosticReportEffective},
		immunization::{Immunization, ImmunizationOccurrence},
		medication_request::{MedicationRequest, MedicationRequestMedication},
		observation::{Observation, ObservationEffective, ObservationValue},
		procedure::{Procedure, ProcedurePerformed},
		Resource,
	},
	types,
};
use medrec_primitives::records::FieldSet;
use serde::de::DeserializeOwned;
use serde_json::Value as Json;

/// The resource types a query may be served as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
	Observation,
	Condition,
	MedicationRequest,
	AllergyIntolerance,
	Immunization,
	Procedure,
	DiagnosticReport,
}

impl Kind {
	/// Every kind, in the order the CapabilityStatement lists them.
	pub const ALL: [Kind; 7] = [
		Kind::Observation,
		Kind::Condition,
		Kind::MedicationRequest,
		Kind::AllergyIntolerance,
		Kind::Immunization,
		Kind::Procedure,
		Kind::DiagnosticReport,
	];

	/// The FHIR resource type's name.
	pub fn name(self) -> &'static str {
		match self {
			Kind::Observation => "Observation",
			Kind::Condition => "Condition",
			Kind::MedicationRequest => "MedicationRequest",
			Kind::AllergyIntolerance => "AllergyIntolerance",
			Kind::Immunization => "Immunization",
			Kind::Procedure => "Procedure",
			Kind::DiagnosticReport => "DiagnosticReport",
		}
	}

	/// The kind named `name`, if served.
	pub fn from_name(name: &str) -> Option<Kind> {
		Kind::ALL.into_iter().find(|kind| kind.name() == name)
	}

	/// The element `date` fills, as the search parameter's documentation names it.
	pub fn date_element(self) -> &'static str {
		match self {
			Kind::Observation | Kind::DiagnosticReport => "effectiveDateTime",
			Kind::Condition | Kind::AllergyIntolerance => "onsetDateTime",
			Kind::MedicationRequest => "authoredOn",
			Kind::Immunization => "occurrenceDateTime",
			Kind::Procedure => "performedDateTime",
		}
	}
}

/// A query's checked `[query.fhir]`: each element as the field code (column) that fills it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
	pub kind: Kind,
	pub code_system: String,
	pub code: u8,
	pub display: Option<u8>,
	pub date: Option<u8>,
	pub value: Option<u8>,
	pub unit: Option<u8>,
	pub status: Option<u8>,
	pub text: Option<u8>,
	pub category: Option<String>,
}

/// `SUBSETTED`: the resource lacks elements the requester may not see.
pub const SUBSETTED_SYSTEM: &str = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";

impl Mapping {
	/// Checks `config` against the query's `fields`: every element names one of them, and
	/// `value` and `unit` are an Observation's.
	pub fn new(config: &FhirConfig, fields: &[String]) -> anyhow::Result<Self> {
		let kind = Kind::from_name(&config.resource).with_context(|| {
			let names: Vec<_> = Kind::ALL.iter().map(|k| k.name()).collect();
			format!("resource {:?}: one of {}", config.resource, names.join(", "))
		})?;
		let field = |key: &str, name: &str| -> anyhow::Result<u8> {
			let index = fields
				.iter()
				.position(|f| f == name)
				.with_context(|| format!("{key} = {name:?} is not one of the query's fields"))?;
			Ok(index as u8)
		};
		let optional =
			|key: &str, name: &Option<String>| name.as_ref().map(|n| field(key, n)).transpose();
		if kind != Kind::Observation && (config.value.is_some() || config.unit.is_some()) {
			bail!("value and unit are an Observation's; {} has neither", kind.name());
		}
		if config.unit.is_some() && config.value.is_none() {
			bail!("unit without value");
		}
		if config.code_system.is_empty() {
			bail!("code_system: the URI of the codes' system");
		}
		Ok(Self {
			kind,
			code_system: config.code_system.clone(),
			code: field("code", &config.code)?,
			display: optional("display", &config.display)?,
			date: optional("date", &config.date)?,
			value: optional("value", &config.value)?,
			unit: optional("unit", &config.unit)?,
			status: optional("status", &config.status)?,
			text: optional("text", &config.text)?,
			category: config.category.clone(),
		})
	}

	/// The fields that fill an element: what a requester must be granted for the whole
	/// resource, and the rest are left out.
	pub fn used(&self) -> FieldSet {
		[Some(self.code), self.display, self.date, self.value, self.unit, self.status, self.text]
			.into_iter()
			.flatten()
			.fold(FieldSet::EMPTY, |set, code| set.union(FieldSet(1 << code)))
	}
}

/// One record with what the requester may see of it.
pub struct Source<'a> {
	pub mapping: &'a Mapping,
	/// The record's values, by field code.
	pub values: &'a [Value],
	/// The fields the chain granted.
	pub granted: FieldSet,
}

impl Source<'_> {
	/// The text of field `code`, if granted and not null.
	fn text(&self, code: Option<u8>) -> Option<String> {
		let code = code.filter(|c| self.granted.contains(*c))?;
		match self.values.get(usize::from(code))? {
			// Panels are not served over FHIR (the configuration refuses a mapping for one).
			Value::Null | Value::Blob(_) | Value::List(_) => None,
			Value::Integer(i) => Some(i.to_string()),
			Value::Real(r) => Some(r.to_string()),
			Value::Text(t) => Some(t.clone()),
		}
	}

	/// The record's code, if granted.
	pub fn code(&self) -> Option<String> {
		self.text(Some(self.mapping.code))
	}

	/// The record's date, if granted.
	pub fn date(&self) -> Option<String> {
		self.text(self.mapping.date)
	}

	/// Whether some element the mapping fills is withheld.
	pub fn subsetted(&self) -> bool {
		!self.mapping.used().is_subset_of(self.granted)
	}

	fn concept(&self) -> types::CodeableConcept {
		let (code, display) = (self.code(), self.text(self.mapping.display));
		types::CodeableConcept {
			coding: code
				.map(|code| types::Coding {
					system: Some(types::Uri(self.mapping.code_system.clone())),
					code: Some(types::Code(code)),
					display: display.clone().map(types::String),
					..Default::default()
				})
				.into_iter()
				.collect(),
			text: display.map(types::String),
			..Default::default()
		}
	}

	fn date_time(&self) -> Option<Primitive<types::DateTime>> {
		self.date().map(|d| Primitive::new(types::DateTime(d)))
	}

	fn status<E: DeserializeOwned>(&self, usual: &str) -> Coded<E> {
		coded(&self.text(self.mapping.status).unwrap_or_else(|| usual.to_owned()))
	}

	fn clinical_status(&self, system: &str) -> Option<types::CodeableConcept> {
		self.text(self.mapping.status).map(|code| concept(system, &code))
	}

	fn category(&self, system: &str) -> Option<types::CodeableConcept> {
		self.mapping.category.as_ref().map(|code| concept(system, code))
	}

	/// The category as the list most resource types hold it in.
	fn categories(&self, system: &str) -> Vec<types::CodeableConcept> {
		self.category(system).into_iter().collect()
	}

	fn note(&self) -> Vec<types::Annotation> {
		self.text(self.mapping.text)
			.map(|text| types::Annotation { text: types::Markdown(text), ..Default::default() })
			.into_iter()
			.collect()
	}

	fn observation_value(&self) -> Option<ObservationValue> {
		let code = self.mapping.value.filter(|c| self.granted.contains(*c))?;
		let value = self.values.get(usize::from(code))?;
		let number = match value {
			Value::Integer(i) => Some(i.to_string()),
			Value::Real(r) if r.is_finite() => Some(r.to_string()),
			_ => None,
		};
		match (number, self.mapping.unit) {
			(Some(number), Some(_)) => {
				Some(ObservationValue::Quantity(Box::new(types::Quantity {
					value: types::Decimal::new(number).ok(),
					unit: self.text(self.mapping.unit).map(types::String),
					..Default::default()
				})))
			},
			_ => self
				.text(Some(code))
				.map(|t| ObservationValue::String(Primitive::new(types::String(t)))),
		}
	}

	/// The resource, with `id` and its subject `patient` (a `Patient/…` reference), as FHIR
	/// JSON: only the elements of granted fields, tagged `SUBSETTED` if some are withheld.
	pub fn resource(&self, id: &str, patient: &str) -> Json {
		let id = Some(types::String(id.to_owned()));
		let meta = self.subsetted().then(|| types::Meta {
			tag: vec![types::Coding {
				system: Some(types::Uri(SUBSETTED_SYSTEM.into())),
				code: Some(types::Code("SUBSETTED".into())),
				display: Some(types::String("subsetted".into())),
				..Default::default()
			}],
			..Default::default()
		});
		let subject = || types::Reference {
			reference: Some(types::String(format!("Patient/{patient}"))),
			..Default::default()
		};
		let patient_ref = || types::Reference {
			reference: Some(types::String(format!("Patient/{patient}"))),
			..Default::default()
		};
		let json = match self.mapping.kind {
			Kind::Observation => Resource::Observation(Box::new(Observation {
				id,
				meta,
				status: self.status("final"),
				category: self
					.categories("http://terminology.hl7.org/CodeSystem/observation-category"),
				code: self.concept(),
				subject: Some(subject()),
				effective: self.date_time().map(ObservationEffective::DateTime),
				value: self.observation_value(),
				note: self.note(),
				..Default::default()
			})),
			Kind::Condition => Resource::Condition(Box::new(Condition {
				id,
				meta,
				clinical_status: self
					.clinical_status("http://terminology.hl7.org/CodeSystem/condition-clinical"),
				category: self
					.categories("http://terminology.hl7.org/CodeSystem/condition-category"),
				code: Some(self.concept()),
				subject: subject(),
				onset: self.date_time().map(ConditionOnset::DateTime),
				note: self.note(),
				..Default::default()
			})),
			Kind::MedicationRequest => Resource::MedicationRequest(Box::new(MedicationRequest {
				id,
				meta,
				status: self.status("active"),
				intent: coded("order"),
				category: self
					.categories("http://terminology.hl7.org/CodeSystem/medicationrequest-category"),
				medication: Some(MedicationRequestMedication::CodeableConcept(Box::new(
					self.concept(),
				))),
				subject: subject(),
				authored_on: self.date().map(types::DateTime),
				dosage_instruction: self
					.text(self.mapping.text)
					.map(|text| types::Dosage {
						text: Some(types::String(text)),
						..Default::default()
					})
					.into_iter()
					.collect(),
				..Default::default()
			})),
			Kind::AllergyIntolerance => {
				Resource::AllergyIntolerance(Box::new(AllergyIntolerance {
					id,
					meta,
					clinical_status: self.clinical_status(
						"http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
					),
					code: Some(self.concept()),
					patient: patient_ref(),
					onset: self.date_time().map(AllergyIntoleranceOnset::DateTime),
					note: self.note(),
					..Default::default()
				}))
			},
			Kind::Immunization => Resource::Immunization(Box::new(Immunization {
				id,
				meta,
				status: types::Code(self.text(self.mapping.status).unwrap_or("completed".into())),
				vaccine_code: self.concept(),
				patient: patient_ref(),
				occurrence: self.date_time().map(ImmunizationOccurrence::DateTime),
				note: self.note(),
				..Default::default()
			})),
			Kind::Procedure => Resource::Procedure(Box::new(Procedure {
				id,
				meta,
				status: self.status("completed"),
				category: self.category("http://snomed.info/sct"),
				code: Some(self.concept()),
				subject: subject(),
				performed: self.date_time().map(ProcedurePerformed::DateTime),
				note: self.note(),
				..Default::default()
			})),
			Kind::DiagnosticReport => Resource::DiagnosticReport(Box::new(DiagnosticReport {
				id,
				meta,
				status: self.status("final"),
				category: self.categories("http://terminology.hl7.org/CodeSystem/v2-0074"),
				code: self.concept(),
				subject: Some(subject()),
				effective: self.date_time().map(DiagnosticReportEffective::DateTime),
				conclusion: self.text(self.mapping.text).map(types::String),
				..Default::default()
			})),
		};
		to_json(json)
	}
}

/// A resource as FHIR JSON (with its `resourceType`), pruned of empty elements.
pub fn to_json(resource: Resource) -> Json {
	// Serializing a typed resource cannot fail: it holds no maps with non-string keys.
	prune(serde_json::to_value(resource).unwrap_or(Json::Null))
}

/// A coded value: the enum's variant if `code` is one of its codes, else kept as it is.
pub fn coded<E: DeserializeOwned>(code: &str) -> Coded<E> {
	serde_json::from_value(Json::String(code.to_owned()))
		.unwrap_or_else(|_| Coded::Unknown(code.to_owned()))
}

fn concept(system: &str, code: &str) -> types::CodeableConcept {
	types::CodeableConcept {
		coding: vec![types::Coding {
			system: Some(types::Uri(system.to_owned())),
			code: Some(types::Code(code.to_owned())),
			..Default::default()
		}],
		..Default::default()
	}
}

/// `json` without empty objects and arrays: FHIR JSON may not hold them, and a resource
/// reduced to the granted elements leaves some (a code whose coding was withheld).
pub fn prune(json: Json) -> Json {
	match json {
		Json::Object(map) => Json::Object(
			map.into_iter()
				.map(|(k, v)| (k, prune(v)))
				.filter(|(_, v)| !is_empty(v))
				.collect(),
		),
		Json::Array(items) => {
			Json::Array(items.into_iter().map(prune).filter(|v| !is_empty(v)).collect())
		},
		other => other,
	}
}

fn is_empty(json: &Json) -> bool {
	match json {
		Json::Object(map) => map.is_empty(),
		Json::Array(items) => items.is_empty(),
		Json::Null => true,
		_ => false,
	}
}

/// A `date` search parameter: a prefix and a date (`ge2026-01-01`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateFilter {
	prefix: DatePrefix,
	date: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DatePrefix {
	Eq,
	Ne,
	Gt,
	Ge,
	Lt,
	Le,
}

impl DateFilter {
	/// Parses `eq|ne|gt|ge|lt|le` (default `eq`) and a date of `YYYY`, `YYYY-MM`, `YYYY-MM-DD`
	/// or a date-time.
	pub fn parse(text: &str) -> Option<Self> {
		let (prefix, date) = match text.get(..2) {
			Some("eq") => (DatePrefix::Eq, &text[2..]),
			Some("ne") => (DatePrefix::Ne, &text[2..]),
			Some("gt") => (DatePrefix::Gt, &text[2..]),
			Some("ge") => (DatePrefix::Ge, &text[2..]),
			Some("lt") => (DatePrefix::Lt, &text[2..]),
			Some("le") => (DatePrefix::Le, &text[2..]),
			_ => (DatePrefix::Eq, text),
		};
		let ok = date.len() >= 4
			&& date[..4].bytes().all(|b| b.is_ascii_digit())
			&& date.bytes().all(|b| b.is_ascii_alphanumeric() || b"-:.+".contains(&b));
		ok.then(|| Self { prefix, date: date.to_owned() })
	}

	/// Whether a record dated `value` matches: both compared at the parameter's precision
	/// (ISO 8601 dates order as text), so `2026-11` equals every day of November 2026.
	pub fn matches(&self, value: &str) -> bool {
		let precision = self.date.len().min(value.len());
		let (value, date) = (&value[..precision], &self.date[..precision]);
		match self.prefix {
			DatePrefix::Eq => value == date,
			DatePrefix::Ne => value != date,
			DatePrefix::Gt => value > date,
			DatePrefix::Ge => value >= date,
			DatePrefix::Lt => value < date,
			DatePrefix::Le => value <= date,
		}
	}
}

/// A `code` search parameter: `system|code`, `|code` (no system), or `code` (any system).
pub fn code_matches(parameter: &str, system: &str, code: &str) -> bool {
	match parameter.split_once('|') {
		Some(("", wanted)) => system.is_empty() && wanted == code,
		Some((wanted_system, wanted)) => wanted_system == system && wanted == code,
		None => parameter == code,
	}
}
