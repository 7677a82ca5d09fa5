// Writes the shared test vectors of the gatekeeper protocol to gatekeeper/tests/vectors.json.
// Both implementations are checked against that file: the Rust gatekeeper
// (gatekeeper/tests/vectors.rs, with the crate's own `signed_bytes`, `Receipt::encode`, `merkle`,
// `SignedBatch::verify` and `references::commitment`) and the portal's client
// (src/client/protocol.test.ts). Run once (`node scripts/vectors.mjs`) and commit the file;
// signatures are randomized (sr25519), so a rerun changes them but nothing else.
//
// Written here from the README's description, independently of src/client/.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sr25519CreateDerive } from '@polkadot-labs/hdkd';
import { DEV_PHRASE, entropyToMiniSecret, mnemonicToEntropy } from '@polkadot-labs/hdkd-helpers';
import { AccountId, Blake2256 } from '@polkadot-api/substrate-bindings';
import { toHex, fromHex } from '@polkadot-api/utils';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'gatekeeper', 'tests', 'vectors.json');
const derive = sr25519CreateDerive(entropyToMiniSecret(mnemonicToEntropy(DEV_PHRASE)));
const ss58 = AccountId(42);
const key = (uri) => { const p = derive(uri); return { uri, address: ss58.dec(p.publicKey), publicKey: p.publicKey, sign: p.sign }; };
const bob = key('//Bob'); const charlie = key('//Charlie'); const dave = key('//Dave'); const gk = key('//MedRecDemoGatekeeper');
const enc = new TextEncoder();
const cat = (...a) => { const o = new Uint8Array(a.reduce((n, x) => n + x.length, 0)); let i = 0; for (const x of a) { o.set(x, i); i += x.length; } return o; };
const u64 = (n) => { const b = new Uint8Array(8); new DataView(b.buffer).setBigUint64(0, BigInt(n), true); return b; };
const u32 = (n) => { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, n, true); return b; };
const bits = (codes) => codes.reduce((s, c) => s | (1n << BigInt(c)), 0n);
const multi = (sig) => toHex(cat(new Uint8Array([1]), sig));
const wrap = (b) => cat(enc.encode('<Bytes>'), b, enc.encode('</Bytes>'));
const nonce = (seed) => Uint8Array.from({ length: 16 }, (_, i) => (seed * 31 + i * 7) & 0xff);

const fetchCase = (name, { pointer, fields, n, expires, wrapped }) => {
  const bytes = cat(enc.encode('medrec-gatekeeper/fetch/v1'), bob.publicKey, dave.publicKey, charlie.publicKey,
    u64(pointer), u64(bits(fields)), nonce(n), u64(expires));
  return { name, provider: bob.address, requester: dave.address, patient: charlie.address, pointer: Number(pointer), fields,
    nonce: toHex(nonce(n)), expires, signedBytes: toHex(bytes), wrapped: !!wrapped,
    signature: multi(dave.sign(wrapped ? wrap(bytes) : bytes)) };
};
const receiptsCase = (name, n, expires) => {
  const bytes = cat(enc.encode('medrec-gatekeeper/receipts/v1'), bob.publicKey, charlie.publicKey, nonce(n), u64(expires));
  return { name, provider: bob.address, patient: charlie.address, nonce: toHex(nonce(n)), expires, signedBytes: toHex(bytes),
    signature: multi(charlie.sign(bytes)) };
};

const researchCase = (name, { kind, id, params, n, expires }) => {
  const bytes = cat(enc.encode('medrec-gatekeeper/research/v1'), bob.publicKey, dave.publicKey,
    new Uint8Array([kind === 'request' ? 0 : 1]), u64(id), Blake2256(enc.encode(params)), nonce(n), u64(expires));
  return { name, provider: bob.address, researcher: dave.address, kind, id, params, nonce: toHex(nonce(n)), expires,
    signedBytes: toHex(bytes), signature: multi(dave.sign(bytes)) };
};

// Merkle: leaves in order, parent = BLAKE2-256(left ‖ right), an odd last node moves up.
const levels = (leaves) => { const ls = [leaves]; while (ls.at(-1).length > 1) { const l = ls.at(-1); const up = []; for (let i = 0; i < l.length; i += 2) up.push(i + 1 < l.length ? Blake2256(cat(l[i], l[i + 1])) : l[i]); ls.push(up); } return ls; };
const rootOf = (leaves) => levels(leaves).at(-1)[0];
const proofOf = (leaves, index) => { const p = []; let i = index; for (const l of levels(leaves).slice(0, -1)) { const s = i ^ 1; if (s < l.length) p.push(toHex(l[s])); i >>= 1; } return p; };

const hash = (label) => Blake2256(enc.encode(label));
const receipts = [10, 11, 12, 13, 14].map((seq, i) => {
  const r = { seq, provider: bob.address, requester: i % 2 ? charlie.address : dave.address, patient: charlie.address,
    pointer: 3 + i, fields: i === 4 ? [0, 1, 2, 3, 4, 63] : [0, 2], blockNumber: 40 + i, blockHash: toHex(hash(`block ${i}`)),
    servedAt: 1767225600000 + i * 1000, request: toHex(hash(`request ${i}`)), contentHash: toHex(hash(`record ${i}`)) };
  const scale = cat(u64(r.seq), bob.publicKey, ss58.enc(r.requester), charlie.publicKey, u64(r.pointer), u64(bits(r.fields)),
    u32(r.blockNumber), fromHex(r.blockHash), u64(r.servedAt), fromHex(r.request), fromHex(r.contentHash));
  return { ...r, scale: toHex(scale), leaf: toHex(Blake2256(scale)) };
});
const leaves = receipts.map((r) => fromHex(r.leaf));
// Two batches (10–11, 12–14) and one anchor over both (10–14).
const batches = [[0, 2], [2, 5]].map(([a, b]) => {
  const ls = leaves.slice(a, b);
  const root = rootOf(ls);
  const scale = cat(bob.publicKey, u64(receipts[a].seq), u32(b - a), root);
  return { first: receipts[a].seq, count: b - a, root: toHex(root), scale: toHex(scale),
    signature: toHex(gk.sign(cat(enc.encode('medrec-gatekeeper/receipt-batch/v1'), scale))), members: [a, b] };
});
const anchorRoot = rootOf(leaves);
const receiptVectors = receipts.map((r, i) => {
  const b = batches.find(({ members: [a, e] }) => i >= a && i < e);
  const { members, ...batch } = b;
  return { ...r, batch, path: proofOf(leaves.slice(members[0], members[1]), i - members[0]),
    inclusion: { anchor: 0, first: 10, count: 5, root: toHex(anchorRoot), index: i, proof: proofOf(leaves, i) } };
});

// A record's content hash: the salted commitment, BLAKE2-256 of the record's 32-byte salt and
// SCALE Vec<Value> (Null 0, Integer 1 i64, Real 2 f64 bits, Text 3).
const record = {
  typed: [{ text: '4548-4' }, { text: 'Hemoglobin A1c' }, { real: 6.8 }, { text: '%' }, { integer: 7 }, { real: 5 }, null],
  json: ['4548-4', 'Hemoglobin A1c', 6.8, '%', 7, 5, null],
};
const scaleValue = (v) => {
  if (v === null) return new Uint8Array([0]);
  if ('integer' in v) { const b = new Uint8Array(9); b[0] = 1; new DataView(b.buffer).setBigInt64(1, BigInt(v.integer), true); return b; }
  if ('real' in v) { const b = new Uint8Array(9); b[0] = 2; new DataView(b.buffer).setFloat64(1, v.real, true); return b; }
  const t = enc.encode(v.text); if (t.length >= 64) throw new Error('keep texts short');
  return cat(new Uint8Array([3, t.length << 2]), t);
};
record.salt = toHex(Blake2256(enc.encode('the salt of the vector record')));
record.contentHash = toHex(Blake2256(cat(fromHex(record.salt), new Uint8Array([record.typed.length << 2]), ...record.typed.map(scaleValue))));

// FHIR: a request's signed bytes, and grants as the Consent resources README "FHIR" describes.
const fhirCase = (name, { target, n, expires, signer = dave }) => {
  const bytes = cat(enc.encode('medrec-gatekeeper/fhir/v1'), bob.publicKey, signer.publicKey, nonce(n), u64(expires), enc.encode(target));
  return { name, provider: bob.address, requester: signer.address, nonce: toHex(nonce(n)), expires, target,
    signedBytes: toHex(bytes), signature: multi(signer.sign(bytes)) };
};
const clock = { number: 60, timestampMs: 1800000000000, blockTimeMs: 6000 };
const when = (block) => new Date(clock.timestampMs + (block - clock.number) * clock.blockTimeMs).toISOString();
const code = (system, c, display) => (display ? { system, code: c, display } : { system, code: c });
const cc = (system, c, display) => ({ coding: [code(system, c, display)] });
const byId = (system, value) => ({ identifier: { system, value } });
const eve = key('//Eve');
const consentCase = (grant) => {
  const patient = { reference: `Patient/${grant.patient}` };
  const actor = (g) => g.kind === 'account' ? byId('urn:medrec:account', g.account)
    : g.kind === 'participant' ? byId('urn:medrec:participant', String(g.id)) : { type: 'Group', ...byId('urn:medrec:group', String(g.id)) };
  const provision = {
    type: 'permit',
    period: { start: when(grant.start), ...(grant.expiry === null ? {} : { end: when(grant.expiry) }) },
    actor: [{ role: cc('http://terminology.hl7.org/CodeSystem/v3-ParticipationType', 'IRCP', 'information recipient'), reference: actor(grant.grantee) }],
    action: [cc('http://terminology.hl7.org/CodeSystem/consentaction', 'access', 'Access')],
    purpose: [code('http://terminology.hl7.org/CodeSystem/v3-ActReason', grant.emergency === null ? 'TREAT' : 'ETREAT'), code('urn:medrec:purpose', String(grant.purpose))],
  };
  const s = grant.scope;
  if (s.kind === 'provider') provision.actor.push({ role: cc('http://terminology.hl7.org/CodeSystem/v3-ParticipationType', 'CST', 'custodian'), reference: byId('urn:medrec:participant', String(s.providerId)) });
  if (s.kind === 'category') provision.code = [cc('urn:medrec:category', String(s.category))];
  if (s.kind === 'pointer' || s.kind === 'fields') provision.data = [{ meaning: 'instance', reference: byId('urn:medrec:pointer', String(s.pointer)) }];
  if (s.kind === 'fields') provision.code = [{ coding: s.fields.map((f) => code('urn:medrec:field', String(f))) }];
  const valid = grant.start <= clock.number && (grant.expiry === null || clock.number < grant.expiry);
  return {
    grant,
    consent: {
      resourceType: 'Consent',
      id: `grant-${grant.id}`,
      extension: [{ url: 'urn:medrec:fhir:start-block', valueUnsignedInt: grant.start },
        ...(grant.expiry === null ? [] : [{ url: 'urn:medrec:fhir:expiry-block', valueUnsignedInt: grant.expiry }])],
      identifier: [{ system: 'urn:medrec:grant', value: String(grant.id) }],
      status: valid || grant.start > clock.number ? 'active' : 'inactive',
      scope: cc('http://terminology.hl7.org/CodeSystem/consentscope', 'patient-privacy', 'Privacy Consent'),
      category: [cc('http://loinc.org', '59284-0', 'Patient Consent')],
      patient,
      performer: [grant.guardian === null ? patient : byId('urn:medrec:account', grant.guardian)],
      policyRule: cc('http://terminology.hl7.org/CodeSystem/v3-ActCode', 'OPTIN'),
      provision,
    },
  };
};
const grantOf = (id, scope, { grantee = { kind: 'account', account: dave.address }, start = 10, expiry = 110, purpose = 3, emergency = null, guardian = null } = {}) =>
  ({ id, patient: charlie.address, grantee, scope, start, expiry, purpose, emergency, guardian });

writeFileSync(out, `${JSON.stringify({
  about: 'Shared test vectors of the gatekeeper protocol (gatekeeper/README.md). Written by portal/scripts/vectors.mjs; checked by gatekeeper/tests/vectors.rs and portal/src/client/protocol.test.ts.',
  keys: { provider: bob.address, requester: dave.address, patient: charlie.address, receiptKeyUri: gk.uri, receiptKey: toHex(gk.publicKey) },
  fetch: [
    fetchCase('two fields', { pointer: 3, fields: [0, 2], n: 1, expires: 1767225660000 }),
    fetchCase('every field, large pointer, wallet-wrapped signature', { pointer: 2n ** 53n - 1n, fields: Array.from({ length: 64 }, (_, i) => i), n: 2, expires: 1767225660123, wrapped: true }),
  ],
  receipts: [receiptsCase('a page request', 3, 1767225660000)],
  research: [
    researchCase('a request', { kind: 'request', id: 0, params: '4548-4', n: 5, expires: 1767225660000 }),
    researchCase('a bounty, with parameters beyond ASCII', { kind: 'bounty', id: 2 ** 40, params: 'HbA1c ≥ 6,5 %', n: 6, expires: 1767225720000 }),
  ],
  receiptBatches: receiptVectors,
  anchor: { index: 0, first: 10, count: 5, root: toHex(anchorRoot) },
  record,
  fhir: {
    requests: [
      fhirCase('a search', { target: `/fhir/Observation?patient=${charlie.address}&code=http%3A%2F%2Floinc.org%7C4548-4`, n: 7, expires: 1767225660000 }),
      fhirCase("the patient's accounting of disclosures", { target: `/fhir/AuditEvent?patient=${charlie.address}&_count=100`, n: 8, expires: 1767225660000, signer: charlie }),
    ],
    clock,
    consents: [
      consentCase(grantOf(1, { kind: 'record' })),
      consentCase(grantOf(2, { kind: 'fields', pointer: 12, fields: [0, 2] }, { guardian: eve.address, expiry: null })),
      consentCase(grantOf(3, { kind: 'record' }, { grantee: { kind: 'participant', id: 5 }, emergency: 4, start: 50, expiry: 55 })),
      consentCase(grantOf(4, { kind: 'provider', providerId: 9 }, { grantee: { kind: 'group', id: 2 }, start: 70 })),
      consentCase(grantOf(5, { kind: 'category', category: 7 }, { purpose: 0 })),
      consentCase(grantOf(6, { kind: 'pointer', pointer: 13 }, { start: 1, expiry: 60 })),
    ],
  },
}, null, 2)}\n`);
console.log(`wrote ${out}`);
