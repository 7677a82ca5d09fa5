// A provider's gatekeeper in front of the demo EMR, on a chain set up the way a hospital would:
// Bob is an admitted provider whose profile names the gatekeeper's key, the key holds Bob's
// `Gatekeeper` proxy (anchoring only) and some funds for fees, Charlie is Bob's patient with
// pointers into the demo database, and Dave is a doctor Charlie shares two fields with.
// Used by the gatekeeper's test files (with this run's actors, lib/actors.mjs, or the dev keys
// where a file starts its own chain) and scripts/bench-gatekeeper.sh (the dev keys).

import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Keyring } from '@polkadot/keyring';
import sqlite3 from 'sqlite3';
import { u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady } from '@polkadot/util-crypto';
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

/**
 * Dev keys by lower-case name, the gatekeeper's key, and `sudo` (Alice, the development chain's
 * sudo key): for a chain of one's own. On a chain others use too, take lib/actors.mjs's.
 */
export async function keys() {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const named = Object.fromEntries(
    ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((n) => [n.toLowerCase(), keyring.addFromUri(`//${n}`)]),
  );
  named.gatekeeper = keyring.addFromUri(GATEKEEPER_SEED);
  named.researcher = keyring.addFromUri('//MedRecDemoResearcher');
  named.sudo = named.alice;
  return named;
}

/**
 * A folder holding the key and a configuration for a provider's gatekeeper on `endpoint`, and
 * the demo database: an SQLite file there, or the demo tables in PostgreSQL at `postgres` (a
 * URL). `anchorEvery` seconds between anchoring rounds. By default: Bob's gatekeeper, with the
 * demo key, on free ports, in a new temporary folder, its pointer publisher off; `provider` (an
 * SS58 address), `seed` (the key's secret URI), `port`, `metricsPort`, `dir` (created if
 * missing) and `publishEvery` (seconds between the publisher's rounds: on) say otherwise.
 * `state: { postgres, schema }` keeps the gatekeeper's state in that PostgreSQL schema instead
 * of an SQLite file, for replicas (see `prepareReplica`).
 */
export async function prepareGatekeeper({
  endpoint, anchorEvery = 2, postgres, provider, seed = GATEKEEPER_SEED, port, metricsPort, dir, publishEvery, state,
}) {
  if (dir) await mkdir(dir, { recursive: true });
  dir ??= await mkdtemp(join(tmpdir(), 'medrec-gatekeeper-'));
  await run(gatekeeperBin, ['demo-db', postgres ?? join(dir, 'demo.sqlite')]);
  // The gatekeeper refuses a key file others may read; `mode` applies only to a new file, and
  // `dir` may hold one from an earlier run.
  await writeFile(join(dir, 'demo.key'), `${seed}\n`, { mode: 0o600 });
  await chmod(join(dir, 'demo.key'), 0o600);
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
  if (publishEvery !== undefined) {
    const off = /^\[publisher\]\nenabled = false\ninterval_secs = \d+$/m;
    if (!off.test(config)) throw new Error('gatekeeper/demo/gatekeeper.toml: its [publisher] section changed; update prepareGatekeeper');
    config = config.replace(off, `[publisher]\nenabled = true\ninterval_secs = ${publishEvery}`);
  }
  if (postgres) {
    // The same queries run on both; only the template's JSON function differs by dialect.
    config = config
      .replace(/^sqlite = .*$/m, `postgres = "${postgres}"`)
      .replace('SELECT value FROM json_each(:cohort)', 'SELECT json_array_elements_text(CAST(:cohort AS json))');
  }
  if (state) {
    // A table of its own, after every top-level key.
    config = `${config.replace(/^state = .*\n/m, '')}\n[state]\npostgres = "${state.postgres}"\nschema = "${state.schema}"\n`;
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
 * Another replica of the gatekeeper of `files` (from `prepareGatekeeper` with `state` in
 * PostgreSQL): the same key, EMR and state, its own ports. Returns what `prepareGatekeeper`
 * does, but `remove`, which the first's does.
 */
export async function prepareReplica(files, n) {
  const [port, metricsPort] = [await freePort(), await freePort()];
  const config = (await readFile(files.configPath, 'utf8'))
    .replace(/^listen = .*$/m, `listen = "127.0.0.1:${port}"`)
    .replace(/^metrics = .*$/m, `metrics = "127.0.0.1:${metricsPort}"`);
  const configPath = join(files.dir, `gatekeeper-${n}.toml`);
  await writeFile(configPath, config);
  return {
    ...files,
    configPath,
    url: `http://127.0.0.1:${port}`,
    metricsUrl: `http://127.0.0.1:${metricsPort}/metrics`,
    async remove() {},
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
 * Runs `statements` on the demo EMR of `files` (its SQLite file or PostgreSQL URL), in order,
 * as the provider's own systems would.
 */
export async function emrSql(files, ...statements) {
  if (/^postgres(ql)?:/.test(files.database)) {
    await run('psql', [files.database, '-qtAX', '-v', 'ON_ERROR_STOP=1', ...statements.flatMap((sql) => ['-c', sql])]);
    return;
  }
  const db = new sqlite3.Database(files.database);
  try {
    for (const sql of statements) await new Promise((resolve, reject) => db.run(sql, (e) => (e ? reject(e) : resolve())));
  } finally {
    await new Promise((resolve) => db.close(resolve));
  }
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
  // MEDREC_GATEKEEPER_LOG=FILE: its output appended there too, to read while it runs.
  const copy = process.env.MEDREC_GATEKEEPER_LOG && createWriteStream(process.env.MEDREC_GATEKEEPER_LOG, { flags: 'a' });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (d) => {
      output += d;
      copy?.write(d);
    });
  }
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
 * Sets the chain up with the keys `k` (lib/actors.mjs's, or `keys()`; `k.sudo` the privileged
 * one): Bob a provider with a profile naming the gatekeeper key and a Gatekeeper proxy held by
 * it, Charlie his patient with pointers, Dave granted fields 0 and 2 of `lab`. Ferdie, another
 * provider, points at a record with a reference Bob's gatekeeper also knows. Returns the
 * pointers by name and the grant's id.
 */
export async function setUpChain(api, k, gatekeeper) {
  const { sudo, bob, charlie, dave, ferdie } = k;
  const gk = k.gatekeeper;
  // The key pays the anchoring fees. A run's actors come funded; the dev gatekeeper key does not.
  if ((await api.query.system.account(gk.address)).data.free.toBigInt() === 0n) {
    await submit(api, api.tx.balances.transferKeepAlive(gk.address, 1_000n * 10n ** 12n), sudo);
  }
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
