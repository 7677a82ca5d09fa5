-- A small EMR, as a provider's existing database might hold it. The gatekeeper only reads it,
-- through the queries declared in gatekeeper.toml. Patients are linked to MedRec by their
-- participant number in `patients.medrec_number`, which the provider records at enrolment (the
-- patient reads it in the portal). The number is the registrar's for good: a patient who moves
-- to another account (recovery) keeps it, and keeps their records here.
CREATE TABLE patients (
	mrn TEXT PRIMARY KEY,
	medrec_number BIGINT UNIQUE,
	family_name TEXT NOT NULL,
	given_name TEXT NOT NULL,
	birth_date TEXT NOT NULL
);
CREATE TABLE lab_results (
	id INTEGER PRIMARY KEY,
	mrn TEXT NOT NULL REFERENCES patients (mrn),
	loinc TEXT NOT NULL,
	label TEXT NOT NULL,
	value DOUBLE PRECISION NOT NULL,
	unit TEXT NOT NULL,
	taken_at TEXT NOT NULL
);
CREATE TABLE conditions (
	id INTEGER PRIMARY KEY,
	mrn TEXT NOT NULL REFERENCES patients (mrn),
	icd10 TEXT NOT NULL,
	label TEXT NOT NULL,
	onset TEXT NOT NULL,
	status TEXT NOT NULL
);
CREATE TABLE medications (
	id INTEGER PRIMARY KEY,
	mrn TEXT NOT NULL REFERENCES patients (mrn),
	rxnorm TEXT NOT NULL,
	label TEXT NOT NULL,
	dose TEXT NOT NULL,
	started TEXT NOT NULL
);
