// The gatekeeper protocol's signed bytes (gatekeeper/README.md, "Signed bytes"), and the
// receipt's layout and checks (gatekeeper/README.md, "Receipts and anchoring"). Pure functions:
// no network, no wallet; the shared test vectors (gatekeeper/tests/vectors.json) check them
// against the Rust gatekeeper's own code.
import { Blake2256, type SizedHex } from '@polkadot-api/substrate-bindings';
import { verify as sr25519Verify } from '@scure/sr25519';
import {
  accountBytes, compact, concat, equalBytes, fieldSet, fromHex, toHex, u32le, u64le, utf8,
} from './bytes';

export const FETCH_DOMAIN = utf8('medrec-gatekeeper/fetch/v1');
export const RECEIPTS_DOMAIN = utf8('medrec-gatekeeper/receipts/v1');
export const BATCH_DOMAIN = utf8('medrec-gatekeeper/receipt-batch/v1');
export const RESEARCH_DOMAIN = utf8('medrec-gatekeeper/research/v1');
export const FHIR_DOMAIN = utf8('medrec-gatekeeper/fhir/v1');

export interface FetchParts {
  provider: string;
  requester: string;
  patient: string;
  pointer: bigint | number;
  fields: number[];
  nonce: Uint8Array;
  /** Unix ms. */
  expires: number;
}

/** `"medrec-gatekeeper/fetch/v1" ‖ provider ‖ requester ‖ patient ‖ pointer ‖ fields ‖ nonce ‖ expires`. */
export function fetchSignedBytes(p: FetchParts): Uint8Array {
  if (p.nonce.length !== 16) throw new Error('a nonce is 16 bytes');
  return concat(
    FETCH_DOMAIN, accountBytes(p.provider), accountBytes(p.requester), accountBytes(p.patient),
    u64le(p.pointer), u64le(fieldSet(p.fields)), p.nonce, u64le(p.expires),
  );
}

export interface ReceiptsParts {
  provider: string;
  patient: string;
  nonce: Uint8Array;
  expires: number;
}

/** `"medrec-gatekeeper/receipts/v1" ‖ provider ‖ patient ‖ nonce ‖ expires`. */
export function receiptsSignedBytes(p: ReceiptsParts): Uint8Array {
  if (p.nonce.length !== 16) throw new Error('a nonce is 16 bytes');
  return concat(RECEIPTS_DOMAIN, accountBytes(p.provider), accountBytes(p.patient), p.nonce, u64le(p.expires));
}

export interface FhirParts {
  provider: string;
  requester: string;
  nonce: Uint8Array;
  expires: number;
  /** The path and query exactly as sent: `/fhir/AuditEvent?patient=5FLS…`. */
  target: string;
}

/** `"medrec-gatekeeper/fhir/v1" ‖ provider ‖ requester ‖ nonce ‖ expires ‖ target`. */
export function fhirSignedBytes(p: FhirParts): Uint8Array {
  if (p.nonce.length !== 16) throw new Error('a nonce is 16 bytes');
  return concat(FHIR_DOMAIN, accountBytes(p.provider), accountBytes(p.requester), p.nonce, u64le(p.expires), utf8(p.target));
}

/** The `Authorization` header of a signed FHIR request (`signature`: a SCALE MultiSignature in hex). */
export function fhirAuthorization(p: FhirParts, signature: string): string {
  return `MedRec requester="${p.requester}", nonce="${toHex(p.nonce)}", expires="${p.expires}", signature="${signature}"`;
}

/** The fingerprint of research parameters on chain: BLAKE2-256 of their UTF-8. */
export const paramsHash = (params: string): SizedHex<32> => toHex(Blake2256(utf8(params))) as SizedHex<32>;

export interface ResearchParts {
  provider: string;
  researcher: string;
  /** A research request of the researcher's, or a bounty query they own. */
  kind: 'request' | 'bounty';
  id: bigint | number;
  params: string;
  nonce: Uint8Array;
  expires: number;
}

/** `"medrec-gatekeeper/research/v1" ‖ provider ‖ researcher ‖ kind ‖ id ‖ BLAKE2-256(params) ‖ nonce ‖ expires`. */
export function researchSignedBytes(p: ResearchParts): Uint8Array {
  if (p.nonce.length !== 16) throw new Error('a nonce is 16 bytes');
  return concat(
    RESEARCH_DOMAIN, accountBytes(p.provider), accountBytes(p.researcher), new Uint8Array([p.kind === 'request' ? 0 : 1]),
    u64le(p.id), Blake2256(utf8(p.params)), p.nonce, u64le(p.expires),
  );
}

/** A fresh random 16-byte nonce. */
export const freshNonce = (): Uint8Array => crypto.getRandomValues(new Uint8Array(16));

/**
 * A wallet's signature as the SCALE `MultiSignature` the gatekeeper expects: wallets return
 * either the bare signature (64 bytes for sr25519/ed25519) or one already prefixed with its
 * scheme (the Polkadot.js extension's `signRaw`).
 */
export function multiSignature(signature: Uint8Array, type: 'sr25519' | 'ed25519' | 'ecdsa' = 'sr25519'): Uint8Array {
  const scheme = { ed25519: 0, sr25519: 1, ecdsa: 2 }[type];
  const bare = type === 'ecdsa' ? 65 : 64;
  if (signature.length === bare) return concat(new Uint8Array([scheme]), signature);
  if (signature.length === bare + 1 && signature[0] === scheme) return signature;
  throw new Error(`the wallet returned a ${signature.length}-byte signature, not a ${type} signature`);
}

/** A receipt as `gatekeeper_fetch` and `gatekeeper_receipts` return it. */
export interface Receipt {
  seq: number;
  provider: string;
  requester: string;
  patient: string;
  pointer: number;
  fields: number[];
  blockNumber: number;
  blockHash: string;
  servedAt: number;
  request: string;
  contentHash: string;
  leaf: string;
  scale: string;
  batch: { first: number; count: number; root: string; signature: string; scale: string };
  path: string[];
}

/** Where a receipt is anchored: the anchor's index on chain and the proof to its root. */
export interface Inclusion {
  anchor: number;
  first: number;
  count: number;
  root: string;
  index: number;
  proof: string[];
}

/** The anchor the chain holds (`MedRecApi_receipt_anchor`). */
export interface ChainAnchor {
  root: string;
  first: bigint | number;
  count: number;
}

export type Check = { ok: true } | { ok: false; reason: string };
const fail = (reason: string): Check => ({ ok: false, reason });

/**
 * The receipt's SCALE encoding (228 bytes): seq u64, provider, requester, patient (32 bytes
 * each), pointer u64, fields u64, block number u32, block hash, served at u64, request hash,
 * content hash; integers little-endian.
 */
export function receiptScale(r: Omit<Receipt, 'leaf' | 'scale' | 'batch' | 'path'>): Uint8Array {
  return concat(
    u64le(r.seq), accountBytes(r.provider), accountBytes(r.requester), accountBytes(r.patient),
    u64le(r.pointer), u64le(fieldSet(r.fields)), u32le(r.blockNumber), fromHex(r.blockHash),
    u64le(r.servedAt), fromHex(r.request), fromHex(r.contentHash),
  );
}

/** The batch's SCALE encoding: provider, first u64, count u32, root. */
export const batchScale = (provider: string, first: number, count: number, root: string): Uint8Array =>
  concat(accountBytes(provider), u64le(first), u32le(count), fromHex(root));

/**
 * The Merkle check (gatekeeper/src/merkle.rs): leaves are BLAKE2-256 of receipts, parents
 * `BLAKE2-256(left ‖ right)`, a level's last node without a partner moves up unchanged.
 */
export function merkleVerify(root: string, leaf: string, index: number, count: number, proof: string[]): boolean {
  if (!(index >= 0 && index < count)) return false;
  let hash = fromHex(leaf);
  const siblings = proof.map((h) => fromHex(h));
  let i = index;
  let n = count;
  while (n > 1) {
    const sibling = i ^ 1;
    if (sibling < n) {
      const other = siblings.shift();
      if (!other || other.length !== 32) return false;
      hash = Blake2256(i % 2 === 0 ? concat(hash, other) : concat(other, hash));
    }
    i = Math.floor(i / 2);
    n = Math.ceil(n / 2);
  }
  return siblings.length === 0 && toHex(hash) === root.toLowerCase();
}

/**
 * Whether the receipt is the provider's: its fields are what its SCALE bytes say, its leaf is
 * their hash, its path leads to its batch's root, and `signingKey` (the provider profile's
 * `signing_key`) signed the batch.
 */
export function verifyReceipt(r: Receipt, signingKey: string): Check {
  let scale: Uint8Array;
  try {
    scale = receiptScale(r);
  } catch (e) {
    return fail(`the receipt is malformed (${(e as Error).message})`);
  }
  if (scale.length !== 228) return fail('the receipt has the wrong length');
  if (toHex(scale) !== r.scale.toLowerCase()) return fail('the receipt\'s fields differ from its signed bytes');
  const leaf = Blake2256(scale);
  if (toHex(leaf) !== r.leaf.toLowerCase()) return fail('the receipt\'s leaf is not the hash of its bytes');
  const { batch } = r;
  const index = r.seq - batch.first;
  if (!merkleVerify(batch.root, r.leaf, index, batch.count, r.path)) {
    return fail('the receipt is not in its batch (path or root changed)');
  }
  const batchBytes = batchScale(r.provider, batch.first, batch.count, batch.root);
  if (toHex(batchBytes) !== batch.scale.toLowerCase()) return fail('the batch\'s fields differ from its signed bytes');
  let signed = false;
  try {
    signed = sr25519Verify(concat(BATCH_DOMAIN, batchBytes), fromHex(batch.signature), fromHex(signingKey));
  } catch {
    signed = false;
  }
  if (!signed) return fail('the batch is not signed by the provider\'s receipt key');
  return { ok: true };
}

/** Whether the inclusion proof leads from the receipt's leaf to the root the chain holds. */
export function verifyInclusion(r: Receipt, inclusion: Inclusion, anchor: ChainAnchor): Check {
  if (anchor.root.toLowerCase() !== inclusion.root.toLowerCase()) return fail('the anchor on chain has another root');
  if (Number(anchor.first) + inclusion.index !== r.seq) return fail('the receipt is not where the anchor says');
  if (!merkleVerify(anchor.root, r.leaf, inclusion.index, anchor.count, inclusion.proof)) {
    return fail('the inclusion proof does not lead to the anchored root');
  }
  return { ok: true };
}

/**
 * A record's values as the gatekeeper returns them (JSON: null, number, string). A panel's
 * field (a query that reads several rows under one pointer) is the list of its values, row by
 * row.
 */
export type Value = null | number | string | Value[];

/** How many whole numbers `values` holds, nested lists included: each is ambiguous in JSON. */
function wholeNumbers(values: Value[]): number {
  return values.reduce<number>((n, v) => n + (Array.isArray(v) ? wholeNumbers(v) : typeof v === 'number' && Number.isInteger(v) ? 1 : 0), 0);
}

/**
 * A column's value with its type, as the gatekeeper's `Value` enum has it (SCALE variants:
 * Null 0, Integer 1 (i64), Real 2 (f64 bits), Text 3, List 5, a panel's column of rows).
 */
export type TypedValue = null | { integer: number | bigint } | { real: number } | { text: string } | { list: TypedValue[] };

/** SCALE `Vec<Value>` of typed values. */
export function valuesScale(values: TypedValue[]): Uint8Array {
  const one = (v: TypedValue): Uint8Array => {
    if (v === null) return new Uint8Array([0]);
    if ('list' in v) return concat(new Uint8Array([5]), compact(v.list.length), ...v.list.map(one));
    if ('text' in v) {
      const text = utf8(v.text);
      return concat(new Uint8Array([3]), compact(text.length), text);
    }
    const out = new Uint8Array(9);
    const view = new DataView(out.buffer);
    if ('integer' in v) {
      out[0] = 1;
      view.setBigInt64(1, BigInt(v.integer), true);
    } else {
      out[0] = 2;
      view.setFloat64(1, v.real, true);
    }
    return out;
  };
  return concat(compact(values.length), ...values.map(one));
}

/**
 * A record's commitment as the gatekeeper computes it (gatekeeper/src/references.rs):
 * BLAKE2-256 of `salt ‖ SCALE(Vec<Value>)`; with `salt` null, of the values alone (a research
 * answer's `resultHash`, or what a guesser without the salt would compute).
 */
export function recordCommitment(salt: string | null, values: TypedValue[]): SizedHex<32> {
  const prefix = salt === null ? new Uint8Array(0) : fromHex(salt);
  return toHex(Blake2256(concat(prefix, valuesScale(values)))) as SizedHex<32>;
}

/**
 * The typed reading of JSON `values` in which the n-th whole number (in encoding order) is a
 * real column when `isReal(n)`; other numbers are reals.
 */
function typed(values: Value[], isReal: (n: number) => boolean): TypedValue[] {
  let whole = 0;
  const one = (v: Value): TypedValue => {
    if (v === null) return null;
    if (Array.isArray(v)) return { list: v.map(one) };
    if (typeof v === 'string') return { text: v };
    return !Number.isInteger(v) || isReal(whole++) ? { real: v } : { integer: v };
  };
  return values.map(one);
}

/**
 * Whether `values` (every column of the record, in order) hash to `contentHash`.
 *
 * With `salt` (a record's, 0x-hex of 32 bytes, which the gatekeeper sends only with a whole
 * record): the pointer's salted commitment, BLAKE2-256 of `salt ‖ SCALE(Vec<Value>)`
 * (gatekeeper/src/references.rs). Without: BLAKE2-256 of the SCALE `Vec<Value>` alone, as a
 * research answer's `resultHash` is made (gatekeeper/src/research.rs); a pointer's commitment
 * never matches this form, so a record without its salt cannot be checked.
 *
 * JSON does not say whether a whole number was an integer or a real column, so each reading of
 * those is tried (at most 2^8, a panel's values included). Hex strings that were blobs are not distinguished from text:
 * such records are not checked.
 */
export function contentHashMatches(values: Value[], contentHash: string, salt?: string): boolean {
  let prefix: Uint8Array = new Uint8Array(0);
  if (salt !== undefined) {
    try {
      prefix = fromHex(salt);
    } catch {
      return false;
    }
    if (prefix.length !== 32) return false;
  }
  const expected = fromHex(contentHash);
  const ambiguous = wholeNumbers(values);
  if (ambiguous > 8) return false;
  for (let mask = 0; mask < 1 << ambiguous; mask++) {
    const bytes = concat(prefix, valuesScale(typed(values, (n) => ((mask >> n) & 1) === 1)));
    if (equalBytes(Blake2256(bytes), expected)) return true;
  }
  return false;
}

/**
 * What was checked of a record's values against its pointer's commitment on chain:
 * - `checked`: the whole record came with its salt, and values and salt hash to the commitment;
 * - `unchecked`: only some fields came, and so no salt (with it the withheld fields could be
 *   guessed): nothing could be checked here; the gatekeeper only says, and signs in its
 *   receipt, that the record matches the commitment;
 * - `mismatch`: the gatekeeper's commitment is not the chain's, or the values do not hash to it.
 */
export type HashCheck = 'checked' | 'unchecked' | 'mismatch';

/** Checks a gatekeeper's disclosure (`fields` by code, `contentHash`, `salt`) against `onChain`. */
export function hashCheck(answer: { fields: { code: number; value: Value }[]; contentHash: string; salt?: string },
  onChain: string): HashCheck {
  if (answer.contentHash.toLowerCase() !== onChain.toLowerCase()) return 'mismatch';
  if (answer.salt === undefined || answer.salt === null) return 'unchecked';
  // Field code N is the record's column N: every column, in order.
  const values = [...answer.fields].sort((x, y) => x.code - y.code).map((f) => f.value);
  return contentHashMatches(values, onChain, answer.salt) ? 'checked' : 'mismatch';
}

/**
 * An identifier's fingerprint for the registrar (`Registrar::bind_identifier`): BLAKE2-256 of
 * `salt ‖ kind ‖ value`, as the provider's system computes it from what it knows. The salt is
 * a secret between the patient and their providers, so the hash cannot be reversed by trying
 * every medical record number; only the hash leaves the browser.
 */
export function identifierHash(salt: string, kind: string, value: string): SizedHex<32> {
  return toHex(Blake2256(concat(utf8(salt), utf8(kind), utf8(value)))) as SizedHex<32>;
}
