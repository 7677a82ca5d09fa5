// The client side of the gatekeeper protocol for the e2e suite: requests signed with dev keys
// (@polkadot/keyring pairs), receipt checks and record commitments. The bytes and the checks
// are the portal's client library (portal/src/client/protocol.ts, built for Node by
// `npm --prefix portal run build:client`, which `npm test` here runs first), so the protocol is
// written once in JavaScript; this file only adapts keyring pairs to it.

import assert from 'node:assert/strict';
import { rpc } from './gatekeeper.mjs';

const built = new URL('../../portal/build/client.mjs', import.meta.url);
let client;
try {
  client = await import(built.href);
} catch (e) {
  throw new Error(
    `the portal's client library is not built (${e.message}); run \`npm --prefix portal ci && npm --prefix portal run build:client\` (npm test in e2e/ does)`,
  );
}

export const { merkleVerify, recordCommitment } = client;

/** A fresh 16-byte nonce. */
export const nonce = () => client.freshNonce();

/** A pair's signature of `bytes` as the hex `MultiSignature` the gatekeeper expects. */
const signature = (pair, bytes) => client.toHex(client.multiSignature(pair.sign(bytes)));

const expiresSoon = () => Date.now() + 60_000;

/**
 * A signed fetch request, as a requester's client builds it. `provider` is the gatekeeper's
 * provider; `signer` defaults to the requester (override to forge); `n` the nonce (to replay).
 */
export function fetchRequest({ provider, requester, patient, pointer, fields, expires = expiresSoon(), signer, n = nonce() }) {
  const bytes = client.fetchSignedBytes({
    provider: provider.address, requester: requester.address, patient: patient.address, pointer, fields, nonce: n, expires,
  });
  return {
    requester: requester.address,
    patient: patient.address,
    pointer: Number(pointer),
    fields,
    nonce: client.toHex(n),
    expires,
    signature: signature(signer ?? requester, bytes),
  };
}

/**
 * The `Authorization` header of a FHIR request for `target` (path and query, as sent), as any
 * FHIR client adds it: `MedRec requester=…, nonce=…, expires=…, signature=…`.
 */
export function fhirAuthorization({ provider, requester, target, expires = expiresSoon(), signer, n = nonce() }) {
  const parts = { provider: provider.address, requester: requester.address, nonce: n, expires, target };
  return client.fhirAuthorization(parts, signature(signer ?? requester, client.fhirSignedBytes(parts)));
}

/**
 * `GET target` from the FHIR facade at `url` with plain `fetch`, signed by `requester` (no
 * header when `requester` is absent; `authorization` replaces it): `{ status, type, body }`.
 */
export async function fhirGet(url, target, { provider, requester, authorization, method = 'GET', ...sign } = {}) {
  const headers = { accept: 'application/fhir+json' };
  if (authorization) headers.authorization = authorization;
  else if (requester) headers.authorization = fhirAuthorization({ provider, requester, target, ...sign });
  const response = await fetch(`${url}${target}`, { method, headers });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

/** A researcher's signed request to redeem research request (or bounty) `id` with `params`. */
export function researchRequest({ provider, researcher, kind = 'request', id, params, signer }) {
  const parts = {
    provider: provider.address, researcher: researcher.address, kind, id, params, nonce: nonce(), expires: expiresSoon(),
  };
  return {
    researcher: researcher.address,
    kind,
    id: Number(id),
    params,
    nonce: client.toHex(parts.nonce),
    expires: parts.expires,
    signature: signature(signer ?? researcher, client.researchSignedBytes(parts)),
  };
}

/**
 * A patient's signed request for their receipts: a page (`after`, `limit`) for
 * `gatekeeper_receipts`, or receipt `seq` for `gatekeeper_receipt`. The signature covers the
 * provider, the patient, the nonce and the expiry; the page and `seq` only choose among the
 * patient's receipts.
 */
export function receiptsRequest({ provider, patient, after, limit, seq }) {
  const parts = { provider: provider.address, patient: patient.address, nonce: nonce(), expires: expiresSoon() };
  return {
    patient: patient.address,
    nonce: client.toHex(parts.nonce),
    expires: parts.expires,
    signature: signature(patient, client.receiptsSignedBytes(parts)),
    ...(after === undefined ? {} : { after }),
    ...(limit === undefined ? {} : { limit }),
    ...(seq === undefined ? {} : { seq }),
  };
}

/**
 * All of `patient`'s receipts at the gatekeeper at `url`, page after page of `limit`, each
 * page a request signed anew. Throws on a refusal.
 */
export async function allReceipts(url, { provider, patient, limit }) {
  const receipts = [];
  let after;
  for (;;) {
    const answer = await rpc(url, 'gatekeeper_receipts', [receiptsRequest({ provider, patient, after, limit })]);
    if (answer.error) throw new Error(`gatekeeper_receipts: ${JSON.stringify(answer.error)}`);
    receipts.push(...answer.result.receipts);
    if (answer.result.next === null) return receipts;
    after = answer.result.next;
  }
}

/**
 * Whether `receipt` (as the gatekeeper returns it) is signed by `key` (its 32 public-key
 * bytes): the portal's `verifyReceipt`, which checks its fields against its signed bytes, its
 * leaf, its path to its batch's root, and the batch's signature.
 */
export const receiptSignedBy = (receipt, key) => client.verifyReceipt(receipt, client.toHex(key)).ok;

/**
 * Asserts that the chain's anchors (`chainAnchors`) follow each other from receipt 0 without
 * gap or overlap, and that each of `receipts` (from `allReceipts`, each with its inclusion)
 * leads by its proof to its anchor's root on chain.
 */
export function assertAnchored(onChain, receipts) {
  let next = 0;
  for (const anchor of onChain.anchors) {
    assert.equal(anchor.first, next, 'anchors follow each other without gap or overlap');
    next += anchor.count;
  }
  for (const { receipt, inclusion } of receipts) {
    const anchor = onChain.anchors[inclusion.anchor];
    assert.equal(anchor.root, inclusion.root);
    assert.equal(anchor.first + inclusion.index, receipt.seq);
    assert.ok(merkleVerify(anchor.root, receipt.leaf, inclusion.index, anchor.count, inclusion.proof));
  }
}
