// The client's protocol code against the shared vectors (gatekeeper/tests/vectors.json), which
// the Rust gatekeeper checks with its own code (gatekeeper/tests/vectors.rs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Blake2256 } from '@polkadot-api/substrate-bindings';
import { verify } from '@scure/sr25519';
import { accountBytes, concat, fromHex, isAccount, toHex, utf8 } from './bytes';
import { type GrantView, blockAt, dateOfBlock } from './chain';
import { consentOf } from './fhir';
import {
  RESEARCH_DOMAIN, type Receipt, contentHashMatches, fetchSignedBytes, hashCheck, fhirAuthorization, fhirSignedBytes, identifierHash,
  merkleVerify, multiSignature,
  paramsHash, receiptsSignedBytes, recordCommitment, researchSignedBytes, verifyInclusion, verifyReceipt,
} from './protocol';
import { CATEGORY_CODES, SENSITIVE_LIST, categoryName, isKnownCategory, isSensitive } from './vocabulary';

const v = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'gatekeeper', 'tests', 'vectors.json'), 'utf8'));
const receipts: (Receipt & { inclusion: any })[] = v.receiptBatches;
const key: string = v.keys.receiptKey;
const flip = (hex: string, at = 2) => hex.slice(0, at) + (hex[at] === '0' ? '1' : '0') + hex.slice(at + 1);

describe('signed bytes equal the gatekeeper\'s', () => {
  for (const c of v.fetch) {
    test(`fetch: ${c.name}`, () => {
      const bytes = fetchSignedBytes({ ...c, nonce: fromHex(c.nonce), pointer: BigInt(c.pointer) });
      expect(toHex(bytes)).toBe(c.signedBytes);
      // The vector's signature (by the requester, wallet-wrapped or not) verifies over these bytes.
      const signed = c.wrapped ? concat(utf8('<Bytes>'), bytes, utf8('</Bytes>')) : bytes;
      expect(verify(signed, fromHex(c.signature).slice(1), accountBytes(c.requester))).toBe(true);
    });
  }
  for (const c of v.receipts) {
    test(`receipts: ${c.name}`, () => {
      expect(toHex(receiptsSignedBytes({ ...c, nonce: fromHex(c.nonce) }))).toBe(c.signedBytes);
    });
  }
  for (const c of v.research) {
    test(`research: ${c.name}`, () => {
      const bytes = researchSignedBytes({ ...c, nonce: fromHex(c.nonce), id: BigInt(c.id) });
      expect(toHex(bytes)).toBe(c.signedBytes);
      expect(verify(bytes, fromHex(c.signature).slice(1), accountBytes(c.researcher))).toBe(true);
      expect(paramsHash(c.params)).toBe(toHex(bytes.slice(RESEARCH_DOMAIN.length + 32 + 32 + 1 + 8, RESEARCH_DOMAIN.length + 32 + 32 + 1 + 8 + 32)));
    });
  }
  for (const c of v.fhir.requests) {
    test(`FHIR: ${c.name}`, () => {
      const parts = { ...c, nonce: fromHex(c.nonce) };
      const bytes = fhirSignedBytes(parts);
      expect(toHex(bytes)).toBe(c.signedBytes);
      expect(verify(bytes, fromHex(c.signature).slice(1), accountBytes(c.requester))).toBe(true);
      expect(fhirAuthorization(parts, c.signature)).toBe(
        `MedRec requester="${c.requester}", nonce="${c.nonce}", expires="${c.expires}", signature="${c.signature}"`,
      );
    });
  }
  test('a nonce must be 16 bytes', () => {
    expect(() => receiptsSignedBytes({ ...v.receipts[0], nonce: new Uint8Array(15) })).toThrow();
  });
});

describe('receipt verification', () => {
  test('every vector receipt verifies, and its inclusion proof against the anchor', () => {
    for (const r of receipts) {
      expect(verifyReceipt(r, key)).toEqual({ ok: true });
      expect(verifyInclusion(r, r.inclusion, v.anchor)).toEqual({ ok: true });
    }
  });
  test('a changed field fails', () => {
    for (const change of [
      { fields: [0] }, { pointer: 99 }, { servedAt: 1 }, { requester: v.keys.patient }, { seq: 13 },
      { contentHash: flip(receipts[0].contentHash) },
    ]) expect(verifyReceipt({ ...receipts[0], ...change }, key).ok).toBe(false);
  });
  test('a changed path fails', () => {
    const r = receipts[2];
    expect(verifyReceipt({ ...r, path: [flip(r.path[0]), ...r.path.slice(1)] }, key).ok).toBe(false);
    expect(verifyReceipt({ ...r, path: r.path.slice(1) }, key).ok).toBe(false);
    expect(verifyReceipt({ ...r, path: [...r.path, r.path[0]] }, key).ok).toBe(false);
  });
  test('a changed root fails', () => {
    const r = receipts[1];
    expect(verifyReceipt({ ...r, batch: { ...r.batch, root: flip(r.batch.root) } }, key).ok).toBe(false);
    expect(verifyInclusion(r, r.inclusion, { ...v.anchor, root: flip(v.anchor.root) }).ok).toBe(false);
    expect(verifyInclusion(r, { ...r.inclusion, proof: [flip(r.inclusion.proof[0])] }, v.anchor).ok).toBe(false);
    expect(verifyInclusion(r, r.inclusion, { ...v.anchor, first: 9 }).ok).toBe(false);
  });
  test('a changed signature or another key fails', () => {
    const r = receipts[3];
    expect(verifyReceipt({ ...r, batch: { ...r.batch, signature: flip(r.batch.signature, 10) } }, key).ok).toBe(false);
    expect(verifyReceipt(r, toHex(accountBytes(v.keys.provider))).ok).toBe(false);
  });
  test('merkle: an odd last node moves up; indexes out of range fail', () => {
    const r = receipts[4];
    expect(merkleVerify(r.batch.root, r.leaf, 2, 3, r.path)).toBe(true);
    expect(merkleVerify(r.batch.root, r.leaf, 3, 3, r.path)).toBe(false);
  });
});

describe('records and helpers', () => {
  test('the record\'s values and salt hash to its commitment (integers and whole reals told apart)', () => {
    expect(contentHashMatches(v.record.json, v.record.contentHash, v.record.salt)).toBe(true);
    expect(contentHashMatches([...v.record.json.slice(0, -1), 'x'], v.record.contentHash, v.record.salt)).toBe(false);
    expect(contentHashMatches(v.record.json, v.record.contentHash, flip(v.record.salt))).toBe(false);
    expect(contentHashMatches(v.record.json, v.record.contentHash, v.record.salt.slice(0, -2))).toBe(false);
  });
  test('typed values and salt commit as the Rust gatekeeper commits them', () => {
    expect(recordCommitment(v.record.salt, v.record.typed)).toBe(v.record.contentHash);
    expect(recordCommitment(v.record.salt, [...v.record.typed.slice(0, -1), { integer: 0 }])).not.toBe(v.record.contentHash);
  });
  test('without its salt a record does not match its commitment: the unsalted form is only for research answers', () => {
    expect(contentHashMatches(v.record.json, v.record.contentHash)).toBe(false);
    // The unsalted form, BLAKE2-256 of the SCALE values alone, matches without a salt and not
    // with one.
    const unsalted = recordCommitment(null, v.record.typed);
    expect(contentHashMatches(v.record.json, unsalted)).toBe(true);
    expect(contentHashMatches(v.record.json, unsalted, v.record.salt)).toBe(false);
  });
  test('a panel (each field a list of its rows\' values) hashes with the List variant', () => {
    // Two results: values 7.9 and 212 (real columns), units '%' and 'mg/dL'. SCALE, by hand:
    // compact 2 fields, then each a List (5) of compact 2 values.
    const salt = new Uint8Array(32).fill(0x11);
    const real = (x: number) => { const b = new Uint8Array(9); b[0] = 2; new DataView(b.buffer).setFloat64(1, x, true); return b; };
    const text = (t: string) => concat(new Uint8Array([3, t.length << 2]), utf8(t));
    const bytes = concat(salt, new Uint8Array([2 << 2]), new Uint8Array([5, 2 << 2]), real(7.9), real(212),
      new Uint8Array([5, 2 << 2]), text('%'), text('mg/dL'));
    const hash = toHex(Blake2256(bytes));
    const panel = [[7.9, 212], ['%', 'mg/dL']];
    expect(contentHashMatches(panel, hash, toHex(salt))).toBe(true);
    expect(contentHashMatches([[7.9, 213], ['%', 'mg/dL']], hash, toHex(salt))).toBe(false);
    expect(contentHashMatches([7.9, 212, '%', 'mg/dL'], hash, toHex(salt))).toBe(false);
  });
  test('a disclosure is "checked" only when the whole record came with its salt and matches', () => {
    const fields = v.record.json.map((value: any, code: number) => ({ code, value }));
    const whole = { fields: [...fields].reverse(), contentHash: v.record.contentHash, salt: v.record.salt };
    expect(hashCheck(whole, v.record.contentHash)).toBe('checked');
    expect(hashCheck(whole, v.record.contentHash.toUpperCase().replace('0X', '0x'))).toBe('checked');
    // Some fields, no salt: nothing to check in the browser.
    expect(hashCheck({ fields: fields.slice(0, 2), contentHash: v.record.contentHash }, v.record.contentHash)).toBe('unchecked');
    // The gatekeeper's commitment is not the chain's, or the values are not the committed ones.
    expect(hashCheck(whole, flip(v.record.contentHash))).toBe('mismatch');
    expect(hashCheck({ ...whole, fields: [...fields.slice(0, -1), { code: 6, value: 'x' }] }, v.record.contentHash)).toBe('mismatch');
  });
  test('multiSignature prefixes a bare sr25519 signature and keeps a prefixed one', () => {
    const bare = new Uint8Array(64).fill(7);
    expect(multiSignature(bare)[0]).toBe(1);
    expect(multiSignature(multiSignature(bare)).length).toBe(65);
    expect(() => multiSignature(new Uint8Array(10))).toThrow();
  });
  test('accounts are checked', () => {
    expect(isAccount(v.keys.patient)).toBe(true);
    expect(isAccount('5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59X')).toBe(false);
    expect(isAccount('not an account')).toBe(false);
  });
  test('dates become blocks by the chain\'s block time, and back', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(blockAt(new Date(now + 60_000), 100, 6000, now)).toBe(110);
    expect(dateOfBlock(110, 100, 6000, now).getTime()).toBe(now + 60_000);
    expect(blockAt(new Date(now + 65_999), 100, 6000, now)).toBe(110);
    expect(dateOfBlock(blockAt(new Date(now + 65_999), 100, 6000, now), 100, 6000, now).getTime()).toBeLessThanOrEqual(now + 65_999);
  });
  test('categories have names', () => {
    expect(categoryName(7)).toBe('Laboratory results');
    expect(categoryName(200)).toBe('Other records (code 200)');
    expect(categoryName(66)).toBe('Substance use treatment');
  });
  test('the sensitive classes are codes 64 to 67, as on chain (primitives/src/records.rs)', () => {
    expect([1, 7, 9, 64, 65, 66, 67, 68, 200].map(isSensitive)).toEqual([false, false, false, true, true, true, true, false, false]);
    expect(CATEGORY_CODES).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 64, 65, 66, 67]);
    expect(isKnownCategory(10)).toBe(false);
    expect(SENSITIVE_LIST).toBe('mental health, sexual and reproductive health, substance use treatment and genetics');
  });
  test('an identifier\'s fingerprint is BLAKE2-256 of salt, kind and value, as a provider computes it', () => {
    // Python: hashlib.blake2b(b'hospital-salt-1' + b'MRN' + b'00012345', digest_size=32); the
    // e2e registrar test binds the same hash through @polkadot/util-crypto.
    expect(identifierHash('hospital-salt-1', 'MRN', '00012345'))
      .toBe('0xaae4cb3c834c74d54ee3e12fa0687accb720a6667bb622a717a25e03003bc224');
    expect(identifierHash('hospital-salt-2', 'MRN', '00012345')).not.toBe(identifierHash('hospital-salt-1', 'MRN', '00012345'));
  });
});

describe('grants as FHIR Consent', () => {
  /** A vector's grant as the client reads it from the chain (`chain.ts`' GrantView). */
  const grantOf = (g: any): GrantView => ({
    id: BigInt(g.id),
    patient: g.patient,
    grantee: g.grantee.kind === 'account' ? g.grantee
      : g.grantee.kind === 'participant' ? { kind: 'participant', id: BigInt(g.grantee.id) } : { kind: 'group', id: g.grantee.id },
    scope: g.scope.kind === 'provider' ? { kind: 'provider', providerId: BigInt(g.scope.providerId) }
      : g.scope.kind === 'pointer' ? { kind: 'pointer', pointer: BigInt(g.scope.pointer) }
      : g.scope.kind === 'fields' ? { kind: 'fields', pointer: BigInt(g.scope.pointer), fields: g.scope.fields }
      : g.scope,
    start: g.start,
    expiry: g.expiry ?? undefined,
    purpose: g.purpose,
    emergency: g.emergency !== null,
    guardian: g.guardian ?? undefined,
  });
  for (const c of v.fhir.consents) {
    test(`grant ${c.grant.id} (${c.grant.scope.kind})`, () => {
      expect(consentOf(grantOf(c.grant), v.fhir.clock)).toEqual(c.consent);
    });
  }
});
