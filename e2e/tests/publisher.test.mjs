// The pointer publisher on a real chain (Chopsticks) and the demo EMR, in SQLite and (when
// scripts/postgres-test-db.sh found one, MEDREC_PG_URL) PostgreSQL: the provider publishes
// nothing by hand. Rows become pointers (with the patient's relationship and
// notification), a new row appears within one publish interval plus a block, a changed row is
// republished before a fetch can find it stale, and a publisher killed between journaling,
// submitting and recording a batch publishes every record exactly once.
//
// The gatekeeper's key holds Bob's `Publisher` proxy (pointers only) and his `Gatekeeper`
// proxy (anchors). The file starts its own Chopsticks.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import sqlite3 from 'sqlite3';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { u8aToHex } from '@polkadot/util';
import { freePort, startChopsticks, submit } from '../lib/chain.mjs';
import {
  fetchRequest, fieldSet, keys, postgresBackend, prepareGatekeeper, recordHash, rpc, startGatekeeper,
} from '../lib/gatekeeper.mjs';

/** Seconds between publisher rounds in this test. */
const INTERVAL = 1;


suite('SQLite', {});
suite('PostgreSQL', { postgres: postgresBackend.url, skip: postgresBackend.skip });

function suite(backend, { postgres, skip = false }) {
describe(`pointer publisher on ${backend}`, { skip }, () => {
  let chain;
  let api;
  let k;
  let files;
  let gatekeeper;
  let db;
  /** Seconds Chopsticks took to include one transaction (it builds each block on demand). */
  let blockTime;

  /** Runs `sql` on the demo EMR, as the provider's own systems would. */
  const emr = async (sql) => {
    if (postgres) {
      await promisify(execFile)('psql', [postgres, '-qtAX', '-v', 'ON_ERROR_STOP=1', '-c', sql]);
      return;
    }
    await new Promise((resolve, reject) => {
      db.run(sql, (error) => (error ? reject(error) : resolve()));
    });
  };

  /** Bob's pointers for `patient` at the best block, by reference. */
  const pointersOf = async (patient) => {
    const summary = await api.call.medRecApi.patientSummary(patient.address);
    const bobs = summary.find((r) => r.provider.toString() === k.bob.address);
    if (!bobs) return new Map();
    return new Map(bobs.pointers.map((p) => [p.query.toUtf8(), {
      id: p.id.toBigInt(), hash: p.contentHash.toHex(), category: p.category.toNumber(),
    }]));
  };

  /** Waits until `check()` holds (polling the chain); returns the seconds it took. */
  const until = async (what, check, timeoutMs = 60_000) => {
    const started = performance.now();
    while (!(await check())) {
      if (performance.now() - started > timeoutMs) {
        assert.fail(`${what}: not within ${timeoutMs / 1000} s\n${gatekeeper.output().slice(-12000)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return (performance.now() - started) / 1000;
  };

  /** Dave's fetch of `patient`'s `pointer`, fields `codes`. */
  const fetchAs = (patient, pointer, codes) => rpc(gatekeeper.url, 'gatekeeper_fetch', [fetchRequest({
    provider: k.bob, requester: k.dave, patient, pointer, fields: codes,
  })]);

  before(async () => {
    k = await keys();
    chain = await startChopsticks({ port: await freePort() });
    api = await ApiPromise.create({ provider: new WsProvider(chain.endpoint), noInitWarn: true });
    files = await prepareGatekeeper({ endpoint: chain.endpoint, anchorEvery: 30, postgres });
    // The demo configuration with its publisher on, publishing every second.
    let config = await readFile(files.configPath, 'utf8');
    config = config
      .replace(/^\[publisher\]\nenabled = false$/m, '[publisher]\nenabled = true')
      .replace(/^interval_secs = 6$/m, `interval_secs = ${INTERVAL}`);
    assert.match(config, /\[publisher\]\nenabled = true/);
    await writeFile(files.configPath, config);
    if (!postgres) db = new sqlite3.Database(join(files.dir, 'demo.sqlite'));

    const { alice: sudo, bob, charlie, eve } = k;
    const gk = k.gatekeeper;
    await submit(api, api.tx.balances.transferKeepAlive(gk.address, 1_000n * 10n ** 12n), sudo);
    await submit(api, api.tx.sudo.sudo(api.tx.registrar.admit(bob.address, 'Provider')), sudo);
    await submit(api, api.tx.utility.batchAll([
      api.tx.registrar.setProviderProfile('Bob General Hospital', files.url, u8aToHex(gk.publicKey)),
      api.tx.proxy.addProxy(gk.address, 'Gatekeeper', 0),
      api.tx.proxy.addProxy(gk.address, 'Publisher', 0),
    ]), bob);
    await submit(api, api.tx.registrar.registerPatient(), charlie);
    const started = performance.now();
    await submit(api, api.tx.registrar.registerPatient(), eve);
    blockTime = (performance.now() - started) / 1000;
  });

  after(async () => {
    await gatekeeper?.stop();
    await new Promise((r) => (db ? db.close(r) : r()));
    await files?.remove();
    await api?.disconnect();
    await chain?.stop();
  });

  test('every row of the EMR becomes a pointer, with its relationship, and the patient is told', async () => {
    gatekeeper = await startGatekeeper(files.configPath, files.url);
    const expected = {
      charlie: ['lab:1', 'lab:2', 'lab:3', 'condition:1', 'condition:2', 'medication:1', 'medication:2'],
      eve: ['lab:4', 'condition:3', 'medication:3'],
    };
    const took = await until('the EMR published', async () => (await pointersOf(k.charlie)).size === 7 &&
      (await pointersOf(k.eve)).size === 3);
    for (const [name, references] of Object.entries(expected)) {
      const pointers = await pointersOf(k[name]);
      assert.deepEqual([...pointers.keys()].sort(), [...references].sort());
      for (const reference of references) {
        const { hash } = pointers.get(reference);
        assert.equal(hash, await recordHash(files.configPath, reference, k[name].address), reference);
      }
    }
    assert.equal((await pointersOf(k.charlie)).get('lab:1').category, 7);
    assert.equal((await pointersOf(k.charlie)).get('condition:1').category, 2);
    const notifications = await api.call.medRecApi.notifications(k.charlie.address);
    assert.ok(
      notifications.some((n) => n.isRelationship && n.asRelationship.provider.toString() === k.bob.address),
      `Charlie is told of Bob's records: ${notifications.toString()}`,
    );
    const metrics = await (await fetch(files.metricsUrl)).text();
    assert.match(metrics, /medrec_gatekeeper_published_total 12/, 'two relationships and ten pointers');
    console.log(`# ${backend}: the demo EMR (10 records, 2 patients) published in ${took.toFixed(1)} s`);
  });

  test('a new row appears within one interval plus a block, and a grant to it serves it', async () => {
    await emr(`INSERT INTO lab_results VALUES (6, 'MRN-0001', '4548-4', 'Hemoglobin A1c', 7.1, '%', '2026-12-04T08:00:00Z')`);
    const took = await until('lab:6 published', async () => (await pointersOf(k.charlie)).has('lab:6'));
    // One interval for the round to start and a block for its batch. On Chopsticks, which
    // builds each block on demand and answers state calls from its WASM executor, a round's
    // reads and signing take about as long as a block again (0.4 s planning and 0.55 s
    // signing, measured), and a proxied batch's block about three times a registration's:
    // five of `blockTime` in all.
    const bound = INTERVAL + 5 * blockTime;
    assert.ok(took < bound, `published ${took.toFixed(1)} s after the insert (bound ${bound.toFixed(1)} s)`);
    const pointer = (await pointersOf(k.charlie)).get('lab:6').id;
    await submit(
      api,
      api.tx.permissions.grant(null, { Account: k.dave.address }, { Fields: [pointer, fieldSet(1, 2)] }, null, null, 0),
      k.charlie,
    );
    const answer = await fetchAs(k.charlie, pointer, [1, 2]);
    assert.equal(answer.error, undefined, JSON.stringify(answer.error));
    assert.deepEqual(answer.result.fields.map((f) => f.value), ['Hemoglobin A1c', 7.1]);
    console.log(`# ${backend}: a new row on chain ${took.toFixed(1)} s after its insert (interval ${INTERVAL} s, a block ${blockTime.toFixed(1)} s)`);
  });

  test('a changed row is republished and the next fetch serves the new value', async () => {
    const before = (await pointersOf(k.charlie)).get('lab:6');
    await emr(`UPDATE lab_results SET value = 6.8 WHERE id = 6`);
    const took = await until('lab:6 republished', async () => (await pointersOf(k.charlie)).get('lab:6').hash !== before.hash);
    const after = (await pointersOf(k.charlie)).get('lab:6');
    assert.equal(after.id, before.id, 'updated in place, not added again');
    assert.equal(after.hash, await recordHash(files.configPath, 'lab:6', k.charlie.address));
    const answer = await fetchAs(k.charlie, after.id, [2]);
    assert.equal(answer.error, undefined, JSON.stringify(answer.error));
    assert.deepEqual(answer.result.fields.map((f) => f.value), [6.8]);
    console.log(`# ${backend}: a changed row republished ${took.toFixed(1)} s after its update`);
  });

  for (const step of ['publish-before-submit', 'publish-after-submit']) {
    test(`SIGKILL at ${step}: every record is published exactly once`, async () => {
      const id = step === 'publish-before-submit' ? 7 : 8;
      await gatekeeper.stop();
      gatekeeper = await startGatekeeper(files.configPath, files.url, { env: { MEDREC_GATEKEEPER_PAUSE_AT: step } });
      await emr(`INSERT INTO lab_results VALUES (${id}, 'MRN-0001', '2093-3', 'Cholesterol, total', 190.0, 'mg/dL', '2026-12-04T09:00:00Z')`);
      await emr(`UPDATE lab_results SET value = 7.0 WHERE id = 6`);
      await gatekeeper.waitFor(new RegExp(`paused at ${step}`));
      assert.equal(await gatekeeper.kill('SIGKILL'), 'SIGKILL');

      gatekeeper = await startGatekeeper(files.configPath, files.url);
      const reference = `lab:${id}`;
      await until(`${reference} published`, async () => {
        const pointers = await pointersOf(k.charlie);
        return pointers.has(reference) &&
          pointers.get('lab:6').hash === await recordHash(files.configPath, 'lab:6', k.charlie.address);
      });
      // A few more rounds: nothing is published a second time.
      await new Promise((r) => setTimeout(r, 3 * INTERVAL * 1000));
      const summary = await api.call.medRecApi.patientSummary(k.charlie.address);
      const references = summary.flatMap((r) => r.pointers.map((p) => p.query.toUtf8()));
      assert.equal(new Set(references).size, references.length, `a reference twice: ${references}`);
      assert.equal(references.filter((r) => r === reference).length, 1);
      await emr(`UPDATE lab_results SET value = 6.8 WHERE id = 6`);
    });
  }
});
}
