// A patient's grants as HL7 FHIR R4 Consent resources, exactly as the gatekeepers render them
// (gatekeeper/README.md, "FHIR"): the shared test vectors (gatekeeper/tests/vectors.json) hold
// the same grants rendered by the gatekeeper's Rust, and both sides check against them. A
// patient can hand their sharing to any FHIR tool without asking a gatekeeper.
import type { GrantView } from './chain';

/** Where a block stands in time: the best block's number and its timestamp (Unix ms). */
export interface Clock {
  number: number;
  timestampMs: number;
  /** Milliseconds per block (6,000 on MedRec). */
  blockTimeMs: number;
}

const ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';
const PARTICIPATION = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';

type Json = Record<string, unknown>;

const coding = (system: string, code: string, display?: string): Json =>
  display === undefined ? { code, system } : { code, display, system };
const concept = (system: string, code: string, display?: string): Json => ({ coding: [coding(system, code, display)] });
const identified = (system: string, value: string): Json => ({ identifier: { system, value } });

/** The expected time of `block` as a FHIR dateTime (UTC, milliseconds). */
export function dateOfBlockFhir(block: number, clock: Clock): string {
  return new Date(clock.timestampMs + (block - clock.number) * clock.blockTimeMs).toISOString();
}

/**
 * A grant as a FHIR R4 Consent: the patient permits the grantee (actor `IRCP`) to read what the
 * scope covers, between the grant's blocks (as dates, and exactly in two extensions), for
 * treatment (`TREAT`, or `ETREAT` for an emergency access) and its own purpose code.
 */
export function consentOf(grant: GrantView, clock: Clock): Json {
  const patient = { reference: `Patient/${grant.patient}` };
  const validNow = grant.start <= clock.number && (grant.expiry === undefined || clock.number < grant.expiry);
  const started = grant.start <= clock.number;
  const g = grant.grantee;
  const grantee = g.kind === 'account' ? identified('urn:medrec:account', g.account)
    : g.kind === 'participant' ? identified('urn:medrec:participant', String(g.id))
    : { ...identified('urn:medrec:group', String(g.id)), type: 'Group' };
  const provision: Json = {
    action: [concept('http://terminology.hl7.org/CodeSystem/consentaction', 'access', 'Access')],
    actor: [{ reference: grantee, role: concept(PARTICIPATION, 'IRCP', 'information recipient') }],
    period: {
      start: dateOfBlockFhir(grant.start, clock),
      ...(grant.expiry === undefined ? {} : { end: dateOfBlockFhir(grant.expiry, clock) }),
    },
    purpose: [coding(ACT_REASON, grant.emergency ? 'ETREAT' : 'TREAT'), coding('urn:medrec:purpose', String(grant.purpose))],
    type: 'permit',
  };
  const pointer = (id: bigint) => [{ meaning: 'instance', reference: identified('urn:medrec:pointer', String(id)) }];
  const s = grant.scope;
  if (s.kind === 'provider') {
    (provision.actor as Json[]).push({ reference: identified('urn:medrec:participant', String(s.providerId)), role: concept(PARTICIPATION, 'CST', 'custodian') });
  } else if (s.kind === 'category') {
    provision.code = [concept('urn:medrec:category', String(s.category))];
  } else if (s.kind === 'pointer') {
    provision.data = pointer(s.pointer);
  } else if (s.kind === 'fields') {
    provision.data = pointer(s.pointer);
    provision.code = [{ coding: s.fields.map((f) => coding('urn:medrec:field', String(f))) }];
  }
  const blocks = [{ url: 'urn:medrec:fhir:start-block', valueUnsignedInt: grant.start }];
  if (grant.expiry !== undefined) blocks.push({ url: 'urn:medrec:fhir:expiry-block', valueUnsignedInt: grant.expiry });
  return {
    resourceType: 'Consent',
    id: `grant-${grant.id}`,
    extension: blocks,
    identifier: [{ system: 'urn:medrec:grant', value: String(grant.id) }],
    status: validNow || !started ? 'active' : 'inactive',
    scope: concept('http://terminology.hl7.org/CodeSystem/consentscope', 'patient-privacy', 'Privacy Consent'),
    category: [concept('http://loinc.org', '59284-0', 'Patient Consent')],
    patient,
    performer: [grant.guardian === undefined ? patient : identified('urn:medrec:account', grant.guardian)],
    policyRule: concept('http://terminology.hl7.org/CodeSystem/v3-ActCode', 'OPTIN'),
    provision,
  };
}
