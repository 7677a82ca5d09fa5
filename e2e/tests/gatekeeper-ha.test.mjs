// Replicas on PostgreSQL: one provider's gatekeeper run three times on one state, one of them
// killed under load.
//
// Three gatekeepers share Bob's key, the demo EMR and one PostgreSQL schema (`[state]
// postgres`). Dave's fetches go to all three at once; a second into the load, the one that
// anchors is killed with SIGKILL. The other two must go on serving; every answer with data must
// have its receipt, found by Charlie at either survivor; the receipts must be numbered from 0
// without a gap (a receipt whose transaction died with the killed replica never existed, and
// neither did its answer); a nonce used at one replica must be refused at another; and
// anchoring must resume at a survivor, until the chain's anchors cover every receipt.
//
// It starts its own Chopsticks, and runs only with PostgreSQL (MEDREC_PG_URL, which
// scripts/test.sh sets when scripts/postgres-test-db.sh finds one).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { chainAnchors as chainAnchorsOf, freePort, startChopsticks } from '../lib/chain.mjs';
import {
  keys, postgresBackend, prepareGatekeeper, prepareReplica, rpc, setUpChain, startGatekeeper,
} from '../lib/gatekeeper.mjs';
import { allReceipts, assertAnchored, fetchRequest } from '../lib/protocol.mjs';

const run = promisify(execFile);

/** How long the load runs, and when into it the leader is killed. */
const LOAD_MS = 6_000;
const KILL_AT_MS = 1_500;
/** Requests in flight per replica. */
const IN_FLIGHT = 4;

describe('gatekeeper replicas on PostgreSQL', { skip: postgresBackend.skip }, () => {
  const schema = `medrec_e2e_ha_${process.pid}`;
  let chain;
  let api;
  let k;
  let files;
  let pointers;
  const replicas = [];

  const chainAnchors = () => chainAnchorsOf(api, k.bob.address);

  const dropSchema = () => run('psql', [postgresBackend.url, '-qtAX', '-c', `DROP SCHEMA IF EXISTS ${schema} CASCADE`]);

  const fetchLab = (url, request) => rpc(url, 'gatekeeper_fetch', [request ?? fetchRequest({
    provider: k.bob, requester: k.dave, patient: k.charlie, pointer: pointers.lab, fields: [0, 2],
  })]);

  before(async () => {
    await dropSchema();
    k = await keys();
    chain = await startChopsticks({ port: await freePort() });
    api = await ApiPromise.create({ provider: new WsProvider(chain.endpoint), noInitWarn: true });
    // The EMR is an SQLite file the three read; their state is the PostgreSQL schema.
    files = await prepareGatekeeper({
      endpoint: chain.endpoint, anchorEvery: 1, state: { postgres: postgresBackend.url, schema },
    });
    // The pointers it prepares are in the shared state: every replica serves them.
    ({ pointers } = await setUpChain(api, k, files));
    const configs = [files, await prepareReplica(files, 1), await prepareReplica(files, 2)];
    replicas.push(...await Promise.all(configs.map((config) => startGatekeeper(config.configPath, config.url))));
  });

  after(async () => {
    for (const replica of replicas) await replica.stop();
    await files?.remove();
    await api?.disconnect();
    await chain?.stop();
    if (!postgresBackend.skip) await dropSchema();
  });

  test('a nonce used at one replica is refused at another', async () => {
    const request = fetchRequest({
      provider: k.bob, requester: k.dave, patient: k.charlie, pointer: pointers.lab, fields: [0, 2],
    });
    const served = await fetchLab(replicas[0].url, request);
    assert.equal(served.error, undefined, JSON.stringify(served.error));
    for (const replica of replicas.slice(1)) {
      const replayed = await fetchLab(replica.url, request);
      assert.equal(replayed.result, undefined, 'nothing disclosed');
      assert.equal(replayed.error?.code, 1004, JSON.stringify(replayed.error));
      assert.equal(replayed.error.data.reason, 'replayed');
    }
  });

  test('one replica killed under load: the others serve, every answer has its receipt, no gap, anchoring resumes', async (t) => {
    const started = performance.now();
    // The replica that anchors: the one that logged taking the lead.
    let leader = -1;
    for (let i = 0; leader < 0; i++) {
      leader = replicas.findIndex((r) => /this replica now anchors/.test(r.output()));
      if (i > 100) assert.fail('no replica took the anchoring lead');
      if (leader < 0) await new Promise((r) => setTimeout(r, 100));
    }
    const survivors = replicas.filter((_, i) => i !== leader);
    const anchorsBefore = await chainAnchors();
    const earlier = (await (await fetch(`${survivors[0].url}/health`)).json()).receipts;

    const served = []; // { seq, replica, at, leaf }
    let refused = 0;
    let unanswered = 0;
    let killedAt;
    const deadline = started + LOAD_MS;
    const worker = async (index) => {
      while (performance.now() < deadline) {
        let answer;
        try {
          answer = await fetchLab(replicas[index].url);
        } catch (e) {
          // The killed replica: no answer, so nothing was disclosed.
          if (index !== leader) throw new Error(`replica ${index} did not answer: ${e.message}`);
          unanswered += 1;
          await new Promise((r) => setTimeout(r, 20));
          continue;
        }
        if (answer.result?.fields) {
          served.push({ seq: answer.result.receipt.seq, replica: index, at: performance.now(), leaf: answer.result.receipt.leaf });
        } else {
          // Only the replica being killed may fail a request (its receipt store gone first).
          if (index !== leader) throw new Error(`replica ${index} refused: ${JSON.stringify(answer.error)}`);
          refused += 1;
        }
      }
    };
    const kill = (async () => {
      await new Promise((r) => setTimeout(r, KILL_AT_MS));
      killedAt = performance.now();
      assert.equal(await replicas[leader].kill('SIGKILL'), 'SIGKILL');
    })();
    await Promise.all([kill, ...replicas.flatMap((_, i) => Array.from({ length: IN_FLIGHT }, () => worker(i)))]);
    const loadEnded = performance.now();

    for (const [i, replica] of replicas.entries()) {
      if (i === leader) continue;
      const after = served.filter((s) => s.replica === i && s.at > killedAt).length;
      assert.ok(after > 0, `replica ${i} served after the kill`);
      assert.ok((await fetch(`${replica.url}/health`)).ok, `replica ${i} is healthy`);
    }
    assert.ok(served.some((s) => s.replica === leader), 'the killed replica had served');

    // The receipts, from each survivor: numbered 0 .. n-1 (this test's first fetch is 0), and
    // every answer's receipt among them.
    const byReplica = await Promise.all(survivors.map((r) => allReceipts(r.url, { provider: k.bob, patient: k.charlie, limit: 500 })));
    const receipts = byReplica[0];
    assert.deepEqual(byReplica[1].map((r) => r.receipt.leaf), receipts.map((r) => r.receipt.leaf), 'both survivors give the same receipts');
    assert.deepEqual(receipts.map((r) => r.receipt.seq), receipts.map((_, i) => i), 'numbered without a gap');
    for (const { seq, leaf } of served) {
      assert.equal(receipts[seq]?.receipt.leaf, leaf, `answer ${seq} has its receipt`);
    }
    const health = await (await fetch(`${survivors[0].url}/health`)).json();
    assert.equal(health.receipts, receipts.length, 'the sequence ends at the last receipt');

    // Anchoring resumes at a survivor and covers every receipt.
    let onChain;
    let anchored;
    for (let i = 0; ; i++) {
      onChain = await chainAnchors();
      anchored = await allReceipts(survivors[0].url, { provider: k.bob, patient: k.charlie, limit: 500 });
      if (onChain.receipts === receipts.length && anchored.every((r) => r.inclusion)) break;
      if (i > 100) assert.fail(`anchoring did not resume: the chain counts ${onChain.receipts} of ${receipts.length}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const anchoredAll = performance.now();
    assert.ok(survivors.some((r) => /this replica now anchors/.test(r.output())), 'a survivor took the lead');
    assert.ok(onChain.anchors.length > anchorsBefore.anchors.length, 'new anchors after the kill');
    assertAnchored(onChain, anchored);
    const seconds = (loadEnded - started) / 1000;
    const ms = (at) => Math.round(at - started);
    t.diagnostic(`${served.length} answers with data in ${seconds.toFixed(1)} s ` +
      `(${Math.round(served.length / seconds)}/s, 3 replicas then 2), ${served.filter((s) => s.at > killedAt).length} ` +
      `after the kill; ${receipts.length - earlier} new receipts, so ${receipts.length - earlier - served.length} ` +
      `committed whose answer the killed replica never sent; ${unanswered} requests unanswered, ${refused} refused; ` +
      `killed at ${ms(killedAt)} ms, load ended at ${ms(loadEnded)} ms, every receipt anchored at ` +
      `${ms(anchoredAll)} ms; anchors ${anchorsBefore.anchors.length} → ${onChain.anchors.length}`);
  });
});
