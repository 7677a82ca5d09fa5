-- Fictional patients, not enrolled in MedRec yet: enrolment records each one's participant
-- number once they register (`medrec-gatekeeper demo-db … --enrol MRN-0001=<number>`, or an
-- UPDATE of `medrec_number`). The demo and the tests enrol MRN-0001 as the development chain's
-- Charlie and MRN-0002 as Eve.
INSERT INTO patients VALUES
	('MRN-0001', NULL, 'Rivera', 'Ana', '1961-04-12'),
	('MRN-0002', NULL, 'Okafor', 'Chidi', '1979-09-30'),
	('MRN-0003', NULL, 'Lindqvist', 'Maja', '1990-01-05');
INSERT INTO lab_results VALUES
	(1, 'MRN-0001', '4548-4', 'Hemoglobin A1c', 7.9, '%', '2026-11-01T08:30:00Z'),
	(2, 'MRN-0001', '2093-3', 'Cholesterol, total', 212.0, 'mg/dL', '2026-11-01T08:30:00Z'),
	(3, 'MRN-0001', '33914-3', 'eGFR', 74.0, 'mL/min/1.73m2', '2026-11-01T08:30:00Z'),
	(4, 'MRN-0002', '4548-4', 'Hemoglobin A1c', 5.4, '%', '2026-10-14T09:10:00Z'),
	(5, 'MRN-0003', '718-7', 'Hemoglobin', 13.1, 'g/dL', '2026-09-02T11:00:00Z');
INSERT INTO conditions VALUES
	(1, 'MRN-0001', 'E11.9', 'Type 2 diabetes mellitus without complications', '2019-06-01', 'active'),
	(2, 'MRN-0001', 'I10', 'Essential (primary) hypertension', '2017-03-15', 'active'),
	(3, 'MRN-0002', 'J45.909', 'Asthma, uncomplicated', '1995-01-01', 'active');
INSERT INTO medications VALUES
	(1, 'MRN-0001', '860975', 'Metformin 500 mg oral tablet', '500 mg twice daily', '2019-06-01'),
	(2, 'MRN-0001', '314076', 'Lisinopril 10 mg oral tablet', '10 mg daily', '2017-03-15'),
	(3, 'MRN-0002', '745679', 'Albuterol 90 mcg inhaler', '2 puffs as needed', '1995-01-01');
