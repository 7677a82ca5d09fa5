// A provider's gatekeeper in front of the demo EMR, on a chain set up the way a hospital would:
// Bob is an admitted provider whose profile names the gatekeeper's key, the key holds Bob's
// `Gatekeeper` proxy (anchoring only) and some funds for fees, Charlie is Bob's patient with
// pointers into the demo database, and Dave is a doctor Charlie shares two fields with.
// Used by tests/gatekeeper.test.mjs and scripts/bench-gatekeeper.sh.

import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aConcat, u8aToHex, hexToU8a } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady, decodeAddress, signatureVerify } from '@polkadot/util-crypto';
import { freePort, participantNumber, repoRoot, submit } from './chain.mjs';

const run = promisify(execFile);

/** The gatekeeper binary: MEDREC_GATEKEEPER_BIN, or the debug build `make test` makes. */
export const gatekeeperBin = process.env.MEDREC_GATEKEEPER_BIN ??
  join(process.env.CARGO_TARGET_DIR ?? join(homedir(), '.cache', 'medrec', 'target'), 'debug', 'medrec-gatekeeper');

export const GATEKEEPER_SEED = '//MedRecDemoGatekeeper';

/**
 * The PostgreSQL a suite may run on: `url` when scripts/postgres-test-db.sh found one
 * (MEDREC_PG_URL), else `skip` says why not.
 */
export const postgresBackend = {
  url: process.env.MEDREC_PG_URL,
  skip: process.env.MEDREC_PG_URL ? false
    : `no PostgreSQL: ${process.env.MEDREC_PG_SKIP_REASON ?? 'MEDREC_PG_URL is not set'}`,
};
const LAB_CATEGORY = 7;

export function eventsNamed(events, name) {
  return events.filter(({ event }) => `${event.section}.${event.method}` === name).map(({ event }) => event);
}

/** A field set: bit `code` for each field code. */
export const fieldSet = (...codes) => codes.reduce((set, code) => set | (1n << BigInt(code)), 0n);

/** Dev keys by lower-case name, and the gatekeeper's key. */
export async function keys() {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const named = Object.fromEntries(
    ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((n) => [n.toLowerCase(), keyring.addFromUri(`//${n}`)]),
  );
  named.gatekeeper = keyring.addFromUri(GATEKEEPER_SEED);
  named.researcher = keyring.addFromUri('//MedRecDemoResearcher');
  return named;
}

/**
 * A folder holding the key and a configuration for a provider's gatekeeper on `endpoint`, and
 * the demo database: an SQLite file there, or the demo tables in PostgreSQL at `postgres` (a
 * URL). `anchorEvery` seconds between anchoring rounds. By default: Bob's gatekeeper, with the
 * demo key, on free ports, in a new temporary folder; `provider` (an SS58 address), `seed` (the
 * key's secret URI), `port`, `metricsPort` and `dir` (created if missing) say otherwise.
 */
export async function prepareGatekeeper({
  endpoint, anchorEvery = 2, postgres, provider, seed = GATEKEEPER_SEED, port, metricsPort, dir,
}) {
  if (dir) await mkdir(dir, { recursive: true });
  dir ??= await mkdtemp(join(tmpdir(), 'medrec-gatekeeper-'));
  await run(gatekeeperBin, ['demo-db', postgres ?? join(dir, 'demo.sqlite')]);
  await writeFile(join(dir, 'demo.key'), `${seed}\n`, { mode: 0o600 });
  port ??= await freePort();
  metricsPort ??= await freePort();
  // The demo configuration with this run's provider, ports, chain and anchoring interval.
  let config = await readFile(join(repoRoot, 'gatekeeper', 'demo', 'gatekeeper.toml'), 'utf8');
  if (provider) config = config.replace(/^provider = .*$/m, `provider = "${provider}"`);
  config = config
    .replace(/^listen = .*$/m, `listen = "127.0.0.1:${port}"`)
    .replace(/^metrics = .*$/m, `metrics = "127.0.0.1:${metricsPort}"`)
    .replace(/^url = .*$/m, `url = "${endpoint}"`)
    .replace(/^interval_secs = .*$/m, `interval_secs = ${anchorEvery}`);
  if (postgres) {
    // The same queries run on both; only the template's JSON function differs by dialect.
    config = config
      .replace(/^sqlite = .*$/m, `postgres = "${postgres}"`)
      .replace('SELECT value FROM json_each(:cohort)', 'SELECT json_array_elements_text(CAST(:cohort AS json))');
  }
  const configPath = join(dir, 'gatekeeper.toml');
  await writeFile(configPath, config);
  return {
    dir,
    configPath,
    /** The demo EMR: its SQLite file or PostgreSQL URL. */
    database: postgres ?? join(dir, 'demo.sqlite'),
    url: `http://127.0.0.1:${port}`,
    metricsUrl: `http://127.0.0.1:${metricsPort}/metrics`,
    async remove() { await rm(dir, { recursive: true, force: true }); },
  };
}

/**
 * Enrols demo patients at the provider, as its registration desk does: records each one's
 * MedRec participant number in the demo EMR of `files` (from `prepareGatekeeper`). `patients`
 * maps MRNs (`MRN-0001`) to a registered key or to a number.
 */
export async function enrol(files, api, patients) {
  const links = [];
  for (const [mrn, who] of Object.entries(patients)) {
    const number = typeof who === 'object' ? await participantNumber(api, who.address) : who;
    links.push(`${mrn}=${number}`);
  }
  await run(gatekeeperBin, ['demo-enrol', files.database, ...links]);
}

/**
 * A pointer to one record, prepared by the gatekeeper as its `pointer` command prints it (and
 * remembered in its state, so that it serves the record): `{ reference, category, fields,
 * contentHash }`, what `Relationships::add_pointer` takes. `record` is the record's locator
 * (`lab:1`: a declared query and its argument), `patient` the patient's participant number;
 * none of it reaches the chain but the opaque reference and the salted hash.
 */
export async function preparePointer(configPath, record, patient, category = LAB_CATEGORY) {
  const { stdout } = await run(gatekeeperBin, [
    'pointer', '--config', configPath, '--record', record, '--patient', String(patient), '--category', String(category),
  ]);
  return JSON.parse(stdout);
}

/**
 * A record's commitment as the gatekeeper computes it: BLAKE2-256 of `salt` (hex, 32 bytes;
 * `null` for none, as a guesser without it would try) and the SCALE encoding of its values,
 * `Vec<Value>`: each `{ text }`, `{ real }`, `{ integer }`, `{ list: [values] }` (a panel's
 * column) or `null`.
 */
export function recordCommitment(salt, values) {
  const compact = (n) => {
    if (n >= 64) throw new Error('short texts and lists only');
    return new Uint8Array([n << 2]);
  };
  const encode = (v) => {
    if (v === null) return new Uint8Array([0]);
    const bytes = new Uint8Array(9);
    if ('integer' in v) {
      bytes[0] = 1;
      new DataView(bytes.buffer).setBigInt64(1, BigInt(v.integer), true);
      return bytes;
    }
    if ('real' in v) {
      bytes[0] = 2;
      new DataView(bytes.buffer).setFloat64(1, v.real, true);
      return bytes;
    }
    if ('list' in v) return u8aConcat(new Uint8Array([5]), compact(v.list.length), ...v.list.map(encode));
    const text = stringToU8a(v.text);
    return u8aConcat(new Uint8Array([3]), compact(text.length), text);
  };
  const salted = salt === null ? [] : [hexToU8a(salt)];
  return u8aToHex(blake2AsU8a(u8aConcat(...salted, compact(values.length), ...values.map(encode)), 256));
}

/**
 * Starts the gatekeeper, with `env` added to its environment; resolves once `GET /health` says
 * it serves (whatever its log level). `stop()` sends SIGTERM and waits; `kill(signal)` sends
 * `signal` and waits; `waitFor(pattern)` resolves once its output matches.
 */
export async function startGatekeeper(configPath, url, { env = {} } = {}) {
  const child = spawn(gatekeeperBin, ['run', '--config', configPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? 'info', ...env },
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const exited = once(child, 'exit');
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`gatekeeper exited ${child.exitCode}:\n${output}`);
    const healthy = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (healthy) break;
    if (i > 600) throw new Error(`gatekeeper did not start within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const [code] = await exited;
      return code;
    },
    /** Sends `signal`; resolves with the exit code, or the signal's name if it killed it. */
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const [code, by] = await exited;
      return code ?? by;
    },
    async waitFor(pattern, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(output)) {
        if (child.exitCode !== null) throw new Error(`gatekeeper exited ${child.exitCode}:\n${output}`);
        if (Date.now() > deadline) throw new Error(`gatekeeper never printed ${pattern}:\n${output}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

/**
 * Sets the chain up: Bob a provider with a profile naming the gatekeeper key and a Gatekeeper
 * proxy held by it, Charlie his patient with pointers, Dave granted fields 0 and 2 of `lab`.
 * Ferdie, another provider, points at a record with a reference Bob's gatekeeper also knows.
 * Returns the pointers by name and the grant's id.
 */
export async function setUpChain(api, k, gatekeeper) {
  const { alice: sudo, bob, charlie, dave, ferdie } = k;
  const gk = k.gatekeeper;
  await submit(api, api.tx.balances.transferKeepAlive(gk.address, 1_000n * 10n ** 12n), sudo);
  await submit(api, api.tx.registrar.registerPatient(), charlie);
  await submit(api, api.tx.sudo.sudo(api.tx.registrar.admit(bob.address, 'Provider')), sudo);
  await submit(api, api.tx.sudo.sudo(api.tx.registrar.admit(ferdie.address, 'Provider')), sudo);
  await submit(
    api,
    api.tx.registrar.setProviderProfile('Bob General Hospital', 'http://127.0.0.1:9950', u8aToHex(gk.publicKey)),
    bob,
  );
  await submit(api, api.tx.proxy.addProxy(gk.address, 'Gatekeeper', 0), bob);
  await submit(api, api.tx.relationships.openRelationship(charlie.address), bob);
  await submit(api, api.tx.relationships.openRelationship(charlie.address), ferdie);

  const addPointer = async (provider, reference, fields, hash) => {
    const { events } = await submit(
      api,
      api.tx.relationships.addPointer(charlie.address, reference, LAB_CATEGORY, fields, hash),
      provider,
    );
    return eventsNamed(events, 'relationships.PointerAdded')[0].data.pointer.toBigInt();
  };
  // Bob's hospital enrols Charlie (MRN-0001) by his participant number; MRN-0002's patient
  // is enrolled under a number nobody on this chain holds.
  const charlies = (await participantNumber(api, charlie.address)).toString();
  await enrol(gatekeeper, api, { 'MRN-0001': charlies, 'MRN-0002': 999_999 });
  const lab1 = await preparePointer(gatekeeper.configPath, 'lab:1', charlies);
  const lab2 = await preparePointer(gatekeeper.configPath, 'lab:2', charlies);
  // Lab result 4 is MRN-0002's.
  const evesLab = await preparePointer(gatekeeper.configPath, 'lab:4', 999_999);
  const pointers = {
    // Charlie's HbA1c: loinc, label, value, unit, taken_at.
    lab: await addPointer(bob, lab1.reference, fieldSet(0, 1, 2, 3, 4), lab1.contentHash),
    // The record changed after the pointer was written: the chain's hash is old.
    stale: await addPointer(bob, lab2.reference, fieldSet(0, 1, 2, 3, 4), u8aToHex(blake2AsU8a('an older version'))),
    // Another patient's record under Charlie's pointer: the query joins on the patient, so the
    // gatekeeper finds nothing for Charlie.
    otherPatients: await addPointer(bob, evesLab.reference, fieldSet(0), evesLab.contentHash),
    // A reference this gatekeeper never issued.
    unknownQuery: await addPointer(bob, u8aToHex(blake2AsU8a('never issued', 128)), fieldSet(0), lab1.contentHash),
    // Another provider's pointer that Bob's gatekeeper could read: it must refuse it.
    ferdies: await addPointer(ferdie, lab1.reference, fieldSet(0, 1, 2, 3, 4), lab1.contentHash),
  };
  const grant = async (pointer, codes) => {
    const { events } = await submit(
      api,
      api.tx.permissions.grant(null, { Account: dave.address }, { Fields: [pointer, fieldSet(...codes)] }, null, null, 0),
      charlie,
    );
    return eventsNamed(events, 'permissions.AccessGranted')[0].data.grant.toBigInt();
  };
  const grants = {
    lab: await grant(pointers.lab, [0, 2]),
    stale: await grant(pointers.stale, [0]),
    otherPatients: await grant(pointers.otherPatients, [0]),
    unknownQuery: await grant(pointers.unknownQuery, [0]),
    ferdies: await grant(pointers.ferdies, [0]),
  };
  return { pointers, grants };
}

const FETCH_DOMAIN = stringToU8a('medrec-gatekeeper/fetch/v1');
const RECEIPTS_DOMAIN = stringToU8a('medrec-gatekeeper/receipts/v1');
const BATCH_DOMAIN = stringToU8a('medrec-gatekeeper/receipt-batch/v1');

const u64 = (n) => {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(n), true);
  return bytes;
};

let nonceCounter = 0n;
/** A fresh 16-byte nonce. */
export function nonce() {
  nonceCounter += 1n;
  return u8aConcat(u64(nonceCounter), u64(BigInt(Date.now())));
}

/** A `MultiSignature` (sr25519) as hex: the variant byte, then the signature. */
const multiSignature = (pair, bytes) => u8aToHex(u8aConcat(new Uint8Array([1]), pair.sign(bytes)));

/**
 * A signed fetch request, as a requester's client builds it. `provider` is the gatekeeper's
 * provider; `signer` defaults to the requester (override to forge).
 */
export function fetchRequest({ provider, requester, patient, pointer, fields, expires, signer, n }) {
  const theNonce = n ?? nonce();
  const expiry = expires ?? Date.now() + 60_000;
  const bytes = u8aConcat(
    FETCH_DOMAIN,
    provider.publicKey,
    requester.publicKey,
    patient.publicKey,
    u64(pointer),
    u64(fieldSet(...fields)),
    theNonce,
    u64(expiry),
  );
  return {
    requester: requester.address,
    patient: patient.address,
    pointer: Number(pointer),
    fields,
    nonce: u8aToHex(theNonce),
    expires: expiry,
    signature: multiSignature(signer ?? requester, bytes),
  };
}

const FHIR_DOMAIN = stringToU8a('medrec-gatekeeper/fhir/v1');

/**
 * The `Authorization` header of a FHIR request for `target` (path and query, as sent), as any
 * FHIR client adds it: `MedRec requester=…, nonce=…, expires=…, signature=…` over the FHIR
 * domain, the provider, the requester, the nonce, the expiry and the target.
 */
export function fhirAuthorization({ provider, requester, target, expires, signer, n }) {
  const theNonce = n ?? nonce();
  const expiry = expires ?? Date.now() + 60_000;
  const bytes = u8aConcat(FHIR_DOMAIN, provider.publicKey, requester.publicKey, theNonce, u64(expiry), stringToU8a(target));
  return `MedRec requester="${requester.address}", nonce="${u8aToHex(theNonce)}", expires="${expiry}", signature="${multiSignature(signer ?? requester, bytes)}"`;
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

const RESEARCH_DOMAIN = stringToU8a('medrec-gatekeeper/research/v1');

/** A researcher's signed request to redeem research request (or bounty) `id` with `params`. */
export function researchRequest({ provider, researcher, kind = 'request', id, params, signer }) {
  const theNonce = nonce();
  const expiry = Date.now() + 60_000;
  const bytes = u8aConcat(
    RESEARCH_DOMAIN,
    provider.publicKey,
    researcher.publicKey,
    new Uint8Array([kind === 'request' ? 0 : 1]),
    u64(id),
    blake2AsU8a(stringToU8a(params)),
    theNonce,
    u64(expiry),
  );
  return {
    researcher: researcher.address,
    kind,
    id: Number(id),
    params,
    nonce: u8aToHex(theNonce),
    expires: expiry,
    signature: multiSignature(signer ?? researcher, bytes),
  };
}

/**
 * A patient's signed request for their receipts: a page (`after`, `limit`) for
 * `gatekeeper_receipts`, or receipt `seq` for `gatekeeper_receipt`. The signature covers the
 * provider, the patient, the nonce and the expiry; the page and `seq` only choose among the
 * patient's receipts.
 */
export function receiptsRequest({ provider, patient, after, limit, seq }) {
  const theNonce = nonce();
  const expiry = Date.now() + 60_000;
  const bytes = u8aConcat(RECEIPTS_DOMAIN, provider.publicKey, patient.publicKey, theNonce, u64(expiry));
  const request = { patient: patient.address, nonce: u8aToHex(theNonce), expires: expiry, signature: multiSignature(patient, bytes) };
  return { ...request, ...(after === undefined ? {} : { after }), ...(limit === undefined ? {} : { limit }), ...(seq === undefined ? {} : { seq }) };
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

/** Resolves once the gatekeeper at `url` follows block `number` (its chain subscription lags a little). */
export async function gatekeeperAt(url, number) {
  for (let i = 0; i < 100; i++) {
    const info = await rpc(url, 'gatekeeper_info', []);
    if (info.result.head?.number >= number) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the gatekeeper did not reach block ${number}`);
}

/** One JSON-RPC call over HTTP: `{ result }` or `{ error }`. */
export async function rpc(url, method, params) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  return response.json();
}

/**
 * Whether the receipt's JSON fields say what its SCALE encoding (the signed bytes) says. The
 * encoding has a fixed layout: seq u64, provider, requester, patient (32 bytes each), pointer
 * u64, fields u64 (bit set), block number u32, block hash, served at u64, request hash,
 * content hash; integers little-endian.
 */
function receiptMatchesScale(receipt) {
  const bytes = hexToU8a(receipt.scale);
  if (bytes.length !== 228) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const take = (n) => bytes.subarray(at, (at += n));
  const int = (n) => {
    const value = n === 4 ? BigInt(view.getUint32(at, true)) : view.getBigUint64(at, true);
    at += n;
    return value;
  };
  const account = () => u8aToHex(take(32));
  const hash = () => u8aToHex(take(32));
  const decoded = {
    seq: int(8), provider: account(), requester: account(), patient: account(), pointer: int(8),
    fields: int(8), blockNumber: int(4), blockHash: hash(), servedAt: int(8), request: hash(),
    contentHash: hash(),
  };
  const fieldBits = receipt.fields.reduce((bits, code) => bits | (1n << BigInt(code)), 0n);
  return decoded.seq === BigInt(receipt.seq) &&
    decoded.provider === u8aToHex(decodeAddress(receipt.provider)) &&
    decoded.requester === u8aToHex(decodeAddress(receipt.requester)) &&
    decoded.patient === u8aToHex(decodeAddress(receipt.patient)) &&
    decoded.pointer === BigInt(receipt.pointer) && decoded.fields === fieldBits &&
    decoded.blockNumber === BigInt(receipt.blockNumber) && decoded.blockHash === receipt.blockHash &&
    decoded.servedAt === BigInt(receipt.servedAt) && decoded.request === receipt.request &&
    decoded.contentHash === receipt.contentHash;
}

/**
 * Whether `receipt` (as the gatekeeper returns it) is signed by `key` (32-byte public key): its
 * leaf is the hash of its SCALE encoding, its path leads from that leaf to the root of its
 * batch, and `key` signed the batch, which names the receipt's provider, first, count and root.
 */
export function receiptSignedBy(receipt, key) {
  const { batch } = receipt;
  if (!receiptMatchesScale(receipt)) return false;
  const u32 = new Uint8Array(4);
  new DataView(u32.buffer).setUint32(0, batch.count, true);
  const batchScale = u8aConcat(decodeAddress(receipt.provider), u64(batch.first), u32, hexToU8a(batch.root));
  return u8aToHex(blake2AsU8a(hexToU8a(receipt.scale))) === receipt.leaf &&
    u8aToHex(batchScale) === batch.scale &&
    merkleVerify(batch.root, receipt.leaf, receipt.seq - batch.first, batch.count, receipt.path) &&
    signatureVerify(u8aConcat(BATCH_DOMAIN, batchScale), batch.signature, key).isValid;
}

/** The Merkle check of gatekeeper/src/merkle.rs, written again from its description. */
export function merkleVerify(root, leaf, index, count, proof) {
  let hash = hexToU8a(leaf);
  const siblings = proof.map((hex) => hexToU8a(hex));
  let i = BigInt(index);
  let n = BigInt(count);
  while (n > 1n) {
    const sibling = i ^ 1n;
    if (sibling < n) {
      const other = siblings.shift();
      if (!other) return false;
      hash = blake2AsU8a(i % 2n === 0n ? u8aConcat(hash, other) : u8aConcat(other, hash));
    }
    i /= 2n;
    n = (n + 1n) / 2n;
  }
  return siblings.length === 0 && u8aToHex(hash) === root;
}
