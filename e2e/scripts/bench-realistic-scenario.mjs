// The hospital of the realistic gatekeeper benchmark (bench-gatekeeper-realistic.mjs), seeded
// on its chain with real calls, in batches that fit a block:
//
// - Bob General Hospital, a provider whose gatekeeper is benchmarked, with ten groups (wards);
// - PATIENTS patients (`//MedRecBenchPatient//n`), registered and funded, each with a
//   relationship with Bob and POINTERS records in Bob's EMR (three lab results, a condition,
//   a medication: 50,000 at 10,000 patients) behind pointers on chain;
// - REQUESTERS requesters (`//Requester/n`): 40 % registered (granted by participant number),
//   30 % known by account only, 30 % members of Bob's groups (granted as a group);
// - each patient's grants: one to a registered requester, one to an account, and every other
//   patient one to a group, their scopes going round Record, Provider, Category, Pointer and
//   Fields; the hottest patients also hold grants that the run revokes.
//
// Traffic is skewed as real traffic is: patients are ranked in a random order and asked about
// in proportion to 1 / rank^SKEW (Zipf), each patient's questions alike.

import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sqlite3 from 'sqlite3';
import { DEV_PHRASE, Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { gatekeeperBin, keys as devKeys } from '../lib/gatekeeper.mjs';
import { batchFit, named, sendAll } from './bench-realistic-chain.mjs';

const run = promisify(execFile);
const UNIT = 10n ** 12n;

/** Category codes (pallets/README.md) and the demo EMR's queries behind them. */
const KINDS = [
  { query: 'lab', table: 'lab_results', category: 7, fields: 5 },
  { query: 'lab', table: 'lab_results', category: 7, fields: 5 },
  { query: 'lab', table: 'lab_results', category: 7, fields: 5 },
  { query: 'condition', table: 'conditions', category: 2, fields: 4 },
  { query: 'medication', table: 'medications', category: 3, fields: 4 },
];
const SCOPES = ['Record', 'Provider', 'Category', 'Pointer', 'Fields'];
export const GROUPS = 10;

/** A seeded generator of numbers in [0, 1) (mulberry32): the same seed, the same hospital. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (list) => list[next.int(list.length)];
  return next;
}

const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

/**
 * Seeds the hospital on `chain` (from bench-realistic-chain.mjs) for the gatekeeper of `files`
 * (from prepareGatekeeper): returns the world the load and the driver ask about, and the
 * seeding's phases (`{ what, calls, blocks, perTransaction, seconds }`).
 */
export async function seed(chain, files, { patients: P, requesters: R, extra, newRecords, seed = 7, log = console.log }) {
  const { api } = chain;
  await cryptoWaitReady();
  const rand = random(seed);
  const k = await devKeys();
  const { alice: sudo, bob } = k;
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const started = performance.now();
  const phases = [];
  const phase = async (what, units, signer, make, wrap) => {
    const t = performance.now();
    if (units.length === 0) return [];
    const fit = await batchFit(api, (i) => make(units[i % units.length]), wrap);
    const calls = [];
    for (let first = 0; first < units.length; first += fit.perBlock) {
      calls.push(wrap(api.tx.utility.batchAll(units.slice(first, first + fit.perBlock).flatMap(make))));
    }
    const { blocks, events } = await sendAll(api, signer, calls);
    const done = { what, units: units.length, transactions: calls.length, perTransaction: fit.perBlock, blocks, seconds: Number(seconds(t)) };
    phases.push(done);
    log(`  ${what}: ${units.length} in ${calls.length} transactions of up to ${fit.perBlock} (${blocks} blocks), ${done.seconds} s`);
    return events.flat();
  };
  const asSudo = (call) => api.tx.sudo.sudo(call);
  const as = (who, call) => api.tx.utility.dispatchAs({ system: { Signed: who.address } }, call);

  let t = performance.now();
  // Derived from the development phrase's key, as `//…` URIs are, without stretching the phrase
  // again for each (10 ms a key).
  const root = keyring.addFromUri(DEV_PHRASE);
  const people = Array.from({ length: P + extra }, (_, n) => {
    const pair = root.derive(`//MedRecBenchPatient//${n}`);
    return { index: n, pair, address: pair.address, mrn: `MRN-B${String(n).padStart(6, '0')}`, records: [], grantees: new Set() };
  });
  const patients = people.slice(0, P);
  const later = people.slice(P); // funded now, registered during the run
  const requesters = Array.from({ length: R }, (_, n) => {
    const uri = `//Requester/${n}`;
    const pair = root.derive(uri);
    const kind = n < Math.round(0.4 * R) ? 'participant' : n < Math.round(0.7 * R) ? 'account' : 'group';
    return { index: n, uri, pair, address: pair.address, kind };
  });
  log(`  keys: ${people.length} patients, ${R} requesters, ${seconds(t)} s`);

  // Bob, his gatekeeper's key and his groups.
  await phase('Bob admitted and funded', [0], sudo, () => [
    api.tx.registrar.admit(bob.address, 'Provider'),
    api.tx.balances.forceSetBalance(bob.address, 1_000_000_000n * UNIT),
    api.tx.balances.forceSetBalance(k.gatekeeper.address, 100_000n * UNIT),
  ], asSudo);
  const created = await phase('Bob\'s profile, gatekeeper proxy and groups', [0], bob, () => [
    api.tx.registrar.setProviderProfile('Bob General Hospital', files.url, u8aToHex(k.gatekeeper.publicKey)),
    api.tx.proxy.addProxy(k.gatekeeper.address, 'Gatekeeper', 0),
    ...Array.from({ length: GROUPS }, () => api.tx.registrar.createGroup()),
  ], (call) => call);
  const groups = created.filter(({ event }) => event.section === 'registrar' && event.method === 'GroupCreated')
    .map(({ event }) => ({ id: event.data.group.toNumber(), members: [] }));
  const bobNumber = (await api.query.registrar.cards(bob.address)).unwrap().participant.unwrap().toNumber();

  // Registrations: the patients, and the registered requesters (granted by number).
  const registering = [...patients, ...requesters.filter((r) => r.kind === 'participant')];
  const registered = await phase('patients and requesters registered', registering, sudo, (who) => [
    api.tx.balances.forceSetBalance(who.address, 1_000n * UNIT),
    as(who, api.tx.registrar.registerPatient()),
  ], asSudo);
  const numbers = new Map(registered
    .filter(({ event }) => event.section === 'registrar' && event.method === 'PatientRegistered')
    .map(({ event }) => [event.data.who.toString(), event.data.id.toNumber()]));
  for (const who of registering) {
    who.number = numbers.get(who.address);
    if (who.number === undefined) throw new Error(`${who.address} was not registered`);
  }
  await phase('patients who register during the run funded', later, sudo, (who) => [
    api.tx.balances.forceSetBalance(who.address, 1_000n * UNIT),
  ], asSudo);
  const members = requesters.filter((r) => r.kind === 'group');
  members.forEach((r, i) => {
    r.group = groups[i % GROUPS];
    r.group.members.push(r);
  });
  await phase('group members added', members, bob, (r) => [api.tx.registrar.addGroupMember(r.group.id, r.address)], (c) => c);

  // The EMR: every patient enrolled with their records; the records added during the run too,
  // of patients drawn as the traffic is (the hottest get the most new results).
  t = performance.now();
  const ranks = patients.map((_, i) => i);
  for (let i = ranks.length - 1; i > 0; i--) {
    const j = rand.int(i + 1);
    [ranks[i], ranks[j]] = [ranks[j], ranks[i]];
  }
  const byRank = [];
  ranks.forEach((rank, i) => { patients[i].rank = rank; byRank[rank] = patients[i]; });
  const ids = { lab_results: 0, conditions: 0, medications: 0 };
  const record = (patient, kind) => {
    const id = ++ids[kind.table];
    const r = { patient, kind, locator: `${kind.query}:${id}`, id };
    patient.records.push(r);
    return r;
  };
  for (const p of patients) for (const kind of KINDS) record(p, kind);
  const fresh = [];
  for (let n = 0; n < newRecords; n++) {
    const patient = byRank[zipfRank(rand(), P, 1.0)];
    const r = record(patient, KINDS[0]);
    patient.records.pop(); // not on chain until the run publishes it
    fresh.push(r);
  }
  const all = [...patients.flatMap((p) => p.records), ...fresh];
  await fillEmr(files.database, people, all, rand);
  log(`  EMR: ${patients.length} patients, ${all.length} records written and indexed, ${seconds(t)} s`);

  // The gatekeeper's references and salted hashes for every record.
  t = performance.now();
  const list = join(files.dir, 'records.tsv');
  await writeFile(list, all.map((r) => `${r.locator}\t${r.patient.number}\n`).join(''));
  const out = join(files.dir, 'pointers.jsonl');
  await run(gatekeeperBin, ['bench', 'pointers', '--config', files.configPath, '--records', list, '--out', out], { maxBuffer: 1 << 24 });
  const prepared = (await readFile(out, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
  all.forEach((r, i) => Object.assign(r, prepared[i]));
  log(`  references and content hashes of ${all.length} records (\`bench pointers\`), ${seconds(t)} s`);

  // Relationships and pointers, in Bob's batches as his publisher sends them.
  const added = await phase('relationships opened, pointers added', patients, bob, (p) => [
    api.tx.relationships.openRelationship(p.address),
    ...p.records.map((r) => api.tx.relationships.addPointer(p.address, r.reference, r.kind.category, r.fields, r.contentHash)),
  ], (c) => c);
  const pointerOf = new Map(named(added, 'relationships.PointerAdded')
    .map((e) => [e.data.contentHash.toHex(), e.data.pointer.toBigInt()]));
  for (const r of patients.flatMap((p) => p.records)) {
    r.pointer = pointerOf.get(r.contentHash);
    if (r.pointer === undefined) throw new Error(`no pointer for ${r.locator}`);
  }

  // Grants: each patient's, then the ones the run revokes (the hottest patients', to
  // requesters nothing else lets see them).
  const grants = [];
  const participants = requesters.filter((r) => r.kind === 'participant');
  const accounts = requesters.filter((r) => r.kind === 'account');
  patients.forEach((p, i) => {
    const give = (grantee, scopeName, to) => {
      const g = makeGrant(p, grantee, scopeName, bobNumber, rand);
      g.to = to;
      grants.push(g);
      for (const r of to) p.grantees.add(r.address);
    };
    const r1 = rand.pick(participants);
    give({ Participant: r1.number }, SCOPES[i % 5], [r1]);
    const r2 = rand.pick(accounts);
    give({ Account: r2.address }, SCOPES[(i + 2) % 5], [r2]);
    if (i % 2 === 0) {
      const group = rand.pick(groups.filter((g) => g.members.length > 0));
      give({ Group: group.id }, SCOPES[(i + 4) % 5], group.members);
    }
  });
  const hot = byRank.slice(0, Math.max(1, Math.min(20, Math.floor(P / 10))));
  const revocable = [];
  for (const p of hot) {
    for (let c = 0; c < 2; c++) {
      const r = strangerTo(p, accounts, rand);
      const rec = p.records[c];
      const g = { patient: p, grantee: { Account: r.address }, scope: { Pointer: rec.pointer }, to: [r], record: rec, fieldsAsked: allFields(rec) };
      p.grantees.add(r.address);
      revocable.push(g);
    }
  }
  const granted = await phase('grants', [...grants, ...revocable], sudo, (g) => [
    as(g.patient.pair, api.tx.permissions.grant(null, g.grantee, g.scope, null, null, 0)),
  ], asSudo);
  const grantIds = named(granted, 'permissions.AccessGranted');
  if (grantIds.length !== grants.length + revocable.length) throw new Error('grants missing');
  revocable.forEach((g, i) => { g.id = grantIds[grants.length + i].data.grant.toBigInt(); });

  const seeding = Number(seconds(started));
  const blocks = phases.reduce((n, p) => n + p.blocks, 0);
  log(`  seeded in ${seeding} s, ${blocks} blocks (at 6 s a block: ${(blocks * 6 / 60).toFixed(0)} min)`);
  return {
    bob, bobNumber, gatekeeperKey: k.gatekeeper, patients, later, requesters, groups, grants, revocable, fresh, byRank,
    accounts, participants, phases, seedingSeconds: seeding, seedingBlocks: blocks,
  };
}

/** A rank in [0, n) drawn with weight 1 / (rank + 1)^s, from `u` in [0, 1). */
function zipfRank(u, n, s) {
  // Few enough patients to sum directly; cached per (n, s).
  const key = `${n}/${s}`;
  zipfRank.cache ??= new Map();
  let cdf = zipfRank.cache.get(key);
  if (!cdf) {
    cdf = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) { sum += 1 / (i + 1) ** s; cdf[i] = sum; }
    for (let i = 0; i < n; i++) cdf[i] /= sum;
    zipfRank.cache.set(key, cdf);
  }
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid] < u) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** A requester (of `pool`) that none of `patient`'s grants reaches. */
export function strangerTo(patient, pool, rand) {
  for (let i = 0; i < 1000; i++) {
    const r = rand.pick(pool);
    if (!patient.grantees.has(r.address)) return r;
  }
  throw new Error('no requester left that this patient has not granted');
}

export const allFields = (record) => Array.from({ length: record.kind.fields }, (_, i) => i);

/** `patient`'s grant of scope `scopeName` to `grantee`. */
function makeGrant(patient, grantee, scopeName, bobNumber, rand) {
  const rec = rand.pick(patient.records);
  const scope = {
    Record: { Record: null },
    Provider: { Provider: bobNumber },
    Category: { Category: rec.kind.category },
    Pointer: { Pointer: rec.pointer },
    Fields: { Fields: [rec.pointer, 0b101n] }, // fields 0 and 2: a code and a value
  }[scopeName];
  return { patient, grantee, scopeName, scope, record: rec };
}

/**
 * The questions the load asks (bench.rs' `bench load --questions`): for each grant, one or
 * two of the questions it answers yes to, each patient's weighted as its rank says.
 */
export function questions(world, { skew, seed = 11 }) {
  const rand = random(seed);
  const requesterIndex = new Map(world.requesters.map((r, i) => [r.address, i]));
  const patientIndex = new Map(world.patients.map((p, i) => [p.address, i]));
  const list = [];
  for (const g of world.grants) {
    const p = g.patient;
    const covered = p.records.filter((r) => ({
      Record: true, Provider: true, Category: r.kind.category === g.record.kind.category,
      Pointer: r === g.record, Fields: r === g.record,
    })[g.scopeName]);
    const asks = g.scopeName === 'Record' || g.scopeName === 'Provider' ? 2 : 1;
    for (let a = 0; a < asks; a++) {
      const rec = rand.pick(covered);
      const who = g.to.length > 1 ? rand.pick(g.to) : g.to[0];
      const fields = g.scopeName === 'Fields' ? [0, 2] : rand() < 0.8 ? allFields(rec) : [0, 2];
      list.push({ requester: requesterIndex.get(who.address), patient: patientIndex.get(p.address), pointer: Number(rec.pointer), fields, record: rec.locator });
    }
  }
  // Each distinct question once, weighted by its patient's rank.
  const seen = new Set();
  const unique = list.filter((q) => {
    const key = `${q.requester}/${q.pointer}/${q.fields}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const perPatient = new Map();
  for (const q of unique) perPatient.set(q.patient, (perPatient.get(q.patient) ?? 0) + 1);
  for (const q of unique) {
    q.weight = 1 / (world.patients[q.patient].rank + 1) ** skew / perPatient.get(q.patient);
  }
  return {
    requesters: world.requesters.map((r) => r.uri),
    patients: world.patients.map((p) => ({ account: p.address, number: p.number })),
    questions: unique,
  };
}

/** Empties the demo EMR at `path` and fills it with `people` and their `records`. */
async function fillEmr(path, people, records, rand) {
  const db = new sqlite3.Database(path);
  const exec = (sql, params = []) => new Promise((resolve, reject) => {
    db.run(sql, params, (error) => (error ? reject(error) : resolve()));
  });
  try {
    await exec('BEGIN');
    for (const table of ['lab_results', 'conditions', 'medications', 'patients']) await exec(`DELETE FROM ${table}`);
    const insert = (sql) => db.prepare(sql);
    const patient = insert('INSERT INTO patients VALUES (?, ?, ?, ?, ?)');
    const lab = insert('INSERT INTO lab_results VALUES (?, ?, ?, ?, ?, ?, ?)');
    const condition = insert('INSERT INTO conditions VALUES (?, ?, ?, ?, ?, ?)');
    const medication = insert('INSERT INTO medications VALUES (?, ?, ?, ?, ?, ?)');
    const put = (statement, params) => new Promise((resolve, reject) => {
      statement.run(params, (error) => (error ? reject(error) : resolve()));
    });
    for (const p of people) await put(patient, [p.mrn, p.number ?? null, 'Bench', `Patient ${p.index}`, '1970-01-01']);
    const tests = [['4548-4', 'Hemoglobin A1c', '%', 4, 10], ['2093-3', 'Cholesterol, total', 'mg/dL', 120, 280], ['33914-3', 'eGFR', 'mL/min/1.73m2', 30, 120], ['718-7', 'Hemoglobin', 'g/dL', 9, 17]];
    for (const r of records) {
      const { mrn } = r.patient;
      if (r.kind.table === 'lab_results') {
        const [loinc, label, unit, low, high] = rand.pick(tests);
        await put(lab, [r.id, mrn, loinc, label, Math.round((low + rand() * (high - low)) * 10) / 10, unit, '2026-12-01T08:00:00Z']);
      } else if (r.kind.table === 'conditions') {
        await put(condition, [r.id, mrn, 'I10', 'Essential (primary) hypertension', '2017-03-15', 'active']);
      } else {
        await put(medication, [r.id, mrn, '314076', 'Lisinopril 10 mg oral tablet', '10 mg daily', '2017-03-15']);
      }
    }
    for (const s of [patient, lab, condition, medication]) await new Promise((resolve) => s.finalize(resolve));
    await exec('COMMIT');
    // The demo queries find a record by `CAST(id AS TEXT) = :ref`, which the primary key cannot
    // answer: without these, each read scans its table (1.6 ms at 30,000 rows).
    for (const table of ['lab_results', 'conditions', 'medications']) {
      await exec(`CREATE INDEX ${table}_id_text ON ${table} (CAST(id AS TEXT))`);
    }
    await exec('ANALYZE');
  } finally {
    await new Promise((resolve) => db.close(resolve));
  }
}
