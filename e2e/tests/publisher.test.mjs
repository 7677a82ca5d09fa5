// The pointer publisher on a real chain (Chopsticks) and the demo EMR, in SQLite and (when
// scripts/postgres-test-db.sh found one, MEDREC_PG_URL) PostgreSQL: the provider publishes
// nothing by hand. Rows become pointers (with the patient's relationship and
// notification), a new row appears within one publish interval plus a block, a changed row is
// republished before a fetch can find it stale, and a publisher killed between journaling,
// submitting and recording a batch publishes every record exactly once. Then what the chain
// learned is searched: no storage value or event holds the EMR's query names, values or the
// categories' labels, and no pointer's commitment falls to guessing its record's value
// without the salt.
//
// The gatekeeper's key holds Bob's `Publisher` proxy (pointers only) and his `Gatekeeper`
// proxy (anchors). The file starts its own Chopsticks, whatever E2E_ENDPOINT says: it needs a
// chain where Bob is not a provider yet. To measure the publisher on a node instead, start a
// fresh one (`./scripts/run-node.sh --dev-block-time 6000`) and set
// E2E_PUBLISHER_ENDPOINT=ws://127.0.0.1:9944.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { freePort, participantNumber, startChopsticks, submit } from '../lib/chain.mjs';
import {
  emrSql, enrol, fieldSet, keys, postgresBackend, prepareGatekeeper, preparePointer, rpc, startGatekeeper,
} from '../lib/gatekeeper.mjs';
import { fetchRequest, recordCommitment } from '../lib/protocol.mjs';

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
  /** Seconds Chopsticks took to include one transaction (it builds each block on demand). */
  let blockTime;

  /** Runs `sql` on the demo EMR, as the provider's own systems would. */
  const emr = (sql) => emrSql(files, sql);

  /** Bob's pointers for `patient` at the best block, by their opaque reference (hex), paged. */
  const pointersOf = async (patient) => {
    const pointers = new Map();
    for (let before = null; ;) {
      const page = await api.call.medRecApi.pointers(patient.address, k.bob.address, before, 100);
      for (const p of page) {
        pointers.set(p.reference.toHex(), {
          id: p.id.toBigInt(), hash: p.contentHash.toHex(), category: p.category.toNumber(),
        });
      }
      if (page.length < 100) return pointers;
      before = page[page.length - 1].id;
    }
  };

  /**
   * What Bob's gatekeeper publishes for the record at `locator` of `patient` now, as its
   * `pointer` command derives it: the opaque reference and the salted content hash.
   */
  const expected = async (locator, patient) =>
    preparePointer(files.configPath, locator, (await participantNumber(api, patient.address)).toString());

  /** Waits until `check()` holds (polling the chain); returns the seconds it took. */
  const until = async (what, check, timeoutMs = 60_000, started = performance.now()) => {
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
    const endpoint = process.env.E2E_PUBLISHER_ENDPOINT;
    chain = endpoint ? { endpoint, async stop() {} } : await startChopsticks({ port: await freePort() });
    api = await ApiPromise.create({ provider: new WsProvider(chain.endpoint), noInitWarn: true });
    files = await prepareGatekeeper({ endpoint: chain.endpoint, anchorEvery: 30, postgres, publishEvery: INTERVAL });
    assert.match(await readFile(files.configPath, 'utf8'), /\[publisher\]\nenabled = true\ninterval_secs = 1\n/);

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
    // Bob's hospital enrols them by their participant numbers: the EMR's link to MedRec.
    await enrol(files, api, { 'MRN-0001': charlie, 'MRN-0002': eve });
  });

  after(async () => {
    await gatekeeper?.stop();
    await files?.remove();
    await api?.disconnect();
    await chain?.stop();
  });

  test('every row of the EMR becomes a pointer, with its relationship, and the patient is told', async () => {
    gatekeeper = await startGatekeeper(files.configPath, files.url);
    const records = {
      charlie: ['lab:1', 'lab:2', 'lab:3', 'condition:1', 'condition:2', 'medication:1', 'medication:2'],
      eve: ['lab:4', 'condition:3', 'medication:3'],
    };
    const took = await until('the EMR published', async () => (await pointersOf(k.charlie)).size === 7 &&
      (await pointersOf(k.eve)).size === 3);
    for (const [name, locators] of Object.entries(records)) {
      const pointers = await pointersOf(k[name]);
      const published = await Promise.all(locators.map((locator) => expected(locator, k[name])));
      assert.deepEqual([...pointers.keys()].sort(), published.map((p) => p.reference).sort());
      for (const [i, locator] of locators.entries()) {
        const { hash, category } = pointers.get(published[i].reference);
        assert.equal(hash, published[i].contentHash, locator);
        const kind = locator.split(':')[0];
        assert.equal(category, { lab: 7, condition: 2, medication: 3 }[kind], locator);
      }
    }
    const notifications = await api.call.medRecApi.notifications(k.charlie.address);
    assert.ok(
      notifications.some((n) => n.isRelationship && n.asRelationship.provider.toString() === k.bob.address),
      `Charlie is told of Bob's records: ${notifications.toString()}`,
    );
    // Counted once the batch's block is final, which may be a moment after it is best.
    await until('the batches recorded', async () => {
      const metrics = await (await fetch(files.metricsUrl)).text();
      return /medrec_gatekeeper_published_total 12\b/.test(metrics);
    }, 10_000);
    // What the provider's staff see of it (gatekeeper_info, the portal's provider desk): counts
    // and times, in step once the round after the last batch found nothing to do.
    let status;
    await until('the publisher in step', async () => {
      ({ publisher: status } = (await rpc(gatekeeper.url, 'gatekeeper_info', [])).result);
      return status.published === 10 && status.waiting === 0 && status.behindSecs === 0;
    }, 10_000);
    assert.equal(status.failing, 0);
    assert.equal(status.lastRoundFailed, false);
    assert.equal(status.intervalSecs, INTERVAL);
    assert.ok(Math.abs(status.lastRound - Date.now()) < 60_000, `last round at ${status.lastRound}`);
    console.log(`# ${backend}: the demo EMR (10 records, 2 patients) published in ${took.toFixed(1)} s`);
  });

  test('a new row appears within one interval plus a block, and a grant to it serves it', async () => {
    const inserted = performance.now();
    await emr(`INSERT INTO lab_results VALUES (6, 'MRN-0001', '4548-4', 'Hemoglobin A1c', 7.1, '%', '2026-12-04T08:00:00Z')`);
    const { reference } = await expected('lab:6', k.charlie);
    const took = await until('lab:6 published', async () => (await pointersOf(k.charlie)).has(reference), 60_000, inserted);
    // One interval for the round to start and a block for its batch. On Chopsticks, which
    // builds each block on demand and answers state calls from its WASM executor, a round's
    // reads and signing take about as long as a block again (0.4 s planning and 0.55 s
    // signing, measured), and a proxied batch's block about three times a registration's:
    // five of `blockTime` in all.
    const bound = INTERVAL + 5 * blockTime;
    assert.ok(took < bound, `published ${took.toFixed(1)} s after the insert (bound ${bound.toFixed(1)} s)`);
    const pointer = (await pointersOf(k.charlie)).get(reference).id;
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
    const { reference } = await expected('lab:6', k.charlie);
    const before = (await pointersOf(k.charlie)).get(reference);
    const updated = performance.now();
    await emr(`UPDATE lab_results SET value = 6.8 WHERE id = 6`);
    const took = await until('lab:6 republished', async () => (await pointersOf(k.charlie)).get(reference).hash !== before.hash, 60_000, updated);
    const after = (await pointersOf(k.charlie)).get(reference);
    assert.equal(after.id, before.id, 'updated in place, not added again');
    assert.equal(after.hash, (await expected('lab:6', k.charlie)).contentHash);
    const answer = await fetchAs(k.charlie, after.id, [2]);
    assert.equal(answer.error, undefined, JSON.stringify(answer.error));
    assert.deepEqual(answer.result.fields.map((f) => f.value), [6.8]);
    console.log(`# ${backend}: a changed row republished ${took.toFixed(1)} s after its update`);
  });

  /** Charlie's rows in the EMR: seven in the demo, and lab 6. */
  let charliesRows = 8;
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
      const [added, lab6] = [await expected(`lab:${id}`, k.charlie), await expected('lab:6', k.charlie)];
      await until(`lab:${id} published`, async () => {
        const pointers = await pointersOf(k.charlie);
        return pointers.has(added.reference) && pointers.get(lab6.reference).hash === lab6.contentHash;
      });
      // A few more rounds: nothing is published a second time. Charlie's pointers are his
      // rows, one each: the seven of the demo EMR, lab 6, and those these tests added.
      await new Promise((r) => setTimeout(r, 3 * INTERVAL * 1000));
      charliesRows += 1;
      const summary = await api.call.medRecApi.patientSummary(k.charlie.address);
      assert.equal(summary.find((r) => r.provider.toString() === k.bob.address).pointers.toNumber(), charliesRows);
      assert.equal((await pointersOf(k.charlie)).size, charliesRows);
      await emr(`UPDATE lab_results SET value = 6.8 WHERE id = 6`);
    });
  }

  test('no storage value or event holds the EMR\'s names, values or category labels', async () => {
    const { hash: head, number } = await api.rpc.chain.getHeader();
    const values = [];
    const code = u8aToHex(stringToU8a(':code'));
    for (let start; ;) {
      const keys = await api.rpc.state.getKeysPaged('0x', 500, start, head);
      if (keys.length === 0) break;
      const wanted = keys.filter((key) => key.toHex() !== code);
      // Raw keys: the node's bytes, undecoded (an Option only when the key's type is known).
      const read = await Promise.all(wanted.map((key) => api.rpc.state.getStorage(key, head)));
      for (const value of read) {
        const data = typeof value.isSome === 'boolean' ? (value.isSome ? value.unwrap() : null) : value;
        if (data && data.length > 0) values.push(data.toU8a(true));
      }
      start = keys[keys.length - 1].toHex();
    }
    const eventsKey = api.query.system.events.key();
    for (let n = 1; n <= number.toNumber(); n++) {
      const hash = await api.rpc.chain.getBlockHash(n);
      const events = await api.rpc.state.getStorage(eventsKey, hash);
      if (events.isSome) values.push(events.unwrap().toU8a(true));
    }
    assert.ok(values.length > 100, `storage and events read: ${values.length} values`);
    const f64 = (x) => {
      const bytes = new Uint8Array(8);
      new DataView(bytes.buffer).setFloat64(0, x, true);
      return bytes;
    };
    const needles = [
      // Query names and locators, codes and labels of the records, patients' details.
      'lab:', 'condition:', 'medication:', '4548-4', 'Hemoglobin', 'Cholesterol', 'eGFR', 'E11.9',
      'diabetes', 'hypertension', 'Asthma', 'Metformin', 'Lisinopril', '860975', 'MRN-0001', 'Rivera',
      '2026-11-01T08:30:00Z',
      // The category labels a viewer would see.
      'Laboratory', 'Conditions', 'Medications',
    ].map((text) => [text, stringToU8a(text)])
      // The results themselves, as the EMR stores them.
      .concat([7.9, 212, 74, 5.4, 7.1, 6.8, 7.0, 190].map((x) => [`the value ${x}`, f64(x)]));
    const contains = (haystack, needle) => {
      outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
        for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
        return true;
      }
      return false;
    };
    for (const [what, needle] of needles) {
      const found = values.filter((v) => contains(v, needle));
      assert.equal(found.length, 0, `${what} is on chain: ${found.map((v) => u8aToHex(v).slice(0, 80))}`);
    }
    const bytes = values.reduce((n, v) => n + v.length, 0);
    console.log(`# ${backend}: ${values.length} storage values and blocks' events (${bytes} bytes) searched for ${needles.length} plaintexts: none found`);
  });

  test('guessing a result without the salt finds no commitment; with the salt the patient checks it', async () => {
    // Charlie's HbA1c (lab 1): he fetches all of it and gets its salt.
    const lab1 = await expected('lab:1', k.charlie);
    const pointer = (await pointersOf(k.charlie)).get(lab1.reference);
    const answer = await rpc(gatekeeper.url, 'gatekeeper_fetch', [fetchRequest({
      provider: k.bob, requester: k.charlie, patient: k.charlie, pointer: pointer.id, fields: [0, 1, 2, 3, 4],
    })]);
    assert.equal(answer.error, undefined, JSON.stringify(answer.error));
    const { salt, fields } = answer.result;
    assert.match(salt, /^0x[0-9a-f]{64}$/);
    const record = (value) => [
      { text: '4548-4' }, { text: 'Hemoglobin A1c' }, { real: value }, { text: '%' }, { text: '2026-11-01T08:30:00Z' },
    ];
    assert.deepEqual(fields.map((f) => f.value), ['4548-4', 'Hemoglobin A1c', 7.9, '%', '2026-11-01T08:30:00Z']);
    assert.equal(recordCommitment(salt, record(7.9)), pointer.hash, 'with the salt, the values check out');

    // An observer who knows everything but the result tries every HbA1c from 4.0 to 14.0 %,
    // and every record of the demo EMR as it is, against every pointer on chain.
    const onChain = new Set();
    for (const who of [k.charlie, k.eve]) for (const p of (await pointersOf(who)).values()) onChain.add(p.hash);
    const guesses = [];
    for (let tenths = 40; tenths <= 140; tenths++) guesses.push(recordCommitment(null, record(tenths / 10)));
    const demo = [
      ['2093-3', 'Cholesterol, total', 212, 'mg/dL'], ['33914-3', 'eGFR', 74, 'mL/min/1.73m2'],
      ['4548-4', 'Hemoglobin A1c', 5.4, '%'],
    ];
    for (const [loinc, label, value, unit] of demo) {
      for (const takenAt of ['2026-11-01T08:30:00Z', '2026-10-14T09:10:00Z']) {
        guesses.push(recordCommitment(null, [{ text: loinc }, { text: label }, { real: value }, { text: unit }, { text: takenAt }]));
      }
    }
    // The guess that is right, salted, is the pointer's: the search above would have found it.
    assert.ok(guesses.includes(recordCommitment(null, record(7.9))));
    const hits = guesses.filter((g) => onChain.has(g));
    assert.deepEqual(hits, [], 'a guess matched a commitment');
    // And the salt is the record's own: another record's commitment is not reachable with it.
    assert.notEqual(recordCommitment(salt, record(7.8)), pointer.hash);
    console.log(`# ${backend}: ${guesses.length} guesses against ${onChain.size} commitments, none matched`);
  });
});
}
