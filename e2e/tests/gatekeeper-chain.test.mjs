// The gatekeeper when its chain goes away without saying so: a hung node (SIGSTOP, its socket
// left open), a network partition (a proxy that forwards nothing either way and closes
// nothing) and a dead node (SIGKILL, then a new one on the same port).
//
// In each, an answer the gatekeeper cached before the fault must not outlive the bound: within
// `[chain] max_head_age_secs` of the fault every fetch is refused with chain_unavailable (1012)
// and /health answers 500, nothing is disclosed once refused nor to a request sent later than
// the bound after the fault, and serving resumes by itself once the node is back. (Within the
// bound the gatekeeper cannot tell a silent node from a quiet one: that is what the bound
// allows.) The measured times are printed as diagnostics.
//
// The file always starts its own Chopsticks, whatever E2E_ENDPOINT says: it stops and kills it.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import { connect as tcpConnect, createServer } from 'node:net';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { freePort, participantNumber, startChopsticks } from '../lib/chain.mjs';
import {
  enrol, keys, prepareGatekeeper, preparePointer, rpc, setUpChain, startGatekeeper,
} from '../lib/gatekeeper.mjs';
import { fetchRequest } from '../lib/protocol.mjs';

/** The bound the gatekeepers run with: short, so the test is. */
const MAX_HEAD_AGE_SECS = 3;
const BOUND_MS = MAX_HEAD_AGE_SECS * 1000;
/** On top of the bound: one poll interval and a round trip to the gatekeeper. */
const SLACK_MS = 500;
/** How long each fault lasts in all: past the bound, so that refusals are seen to hold. */
const FAULT_MS = BOUND_MS + 2000;
/** How long a gatekeeper may take to serve again once the node is back. */
const RESUME_LIMIT_MS = 30_000;
/** Any single call to the gatekeeper: a call that hangs is a failure, not a wait. */
const CALL_LIMIT_MS = 10_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.now();

function withinLimit(promise, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${CALL_LIMIT_MS} ms`)), CALL_LIMIT_MS);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/**
 * A TCP proxy to `127.0.0.1:targetPort` that can black-hole its connections: while it does, no
 * byte goes either way and no socket is closed, as on a network path that silently drops
 * packets. `heal()` delivers what was held back, in order, and forwards again.
 */
async function startProxy(targetPort) {
  const sockets = new Set();
  let held = null; // the deliveries held back while black-holed, in order
  const deliver = (action) => (held ? held.push(action) : action());
  const server = createServer((client) => {
    const upstream = tcpConnect(targetPort, '127.0.0.1');
    for (const [from, to] of [[client, upstream], [upstream, client]]) {
      sockets.add(from);
      from.on('data', (chunk) => deliver(() => to.write(chunk)));
      from.on('end', () => deliver(() => to.end()));
      from.on('close', () => {
        sockets.delete(from);
        deliver(() => to.destroy());
      });
      from.on('error', () => {}); // its `close` follows
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    endpoint: `ws://127.0.0.1:${server.address().port}`,
    blackHole() { held ??= []; },
    heal() {
      const actions = held ?? [];
      held = null;
      for (const action of actions) action();
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

describe('gatekeeper without its chain', () => {
  let port;
  let chopsticks;
  let proxy;
  let k;
  let pointers;
  const files = {};
  const gatekeepers = {};

  /** Dave's fetch of fields 0 and 2 of Charlie's lab pointer: granted, honest. */
  const request = () => fetchRequest({
    provider: k.bob, requester: k.dave, patient: k.charlie, pointer: pointers.lab, fields: [0, 2],
  });
  const fetchOnce = (gatekeeper) =>
    withinLimit(rpc(gatekeeper.url, 'gatekeeper_fetch', [request()]), `fetch at ${gatekeeper.url}`);
  const healthStatus = (gatekeeper) =>
    withinLimit(fetch(`${gatekeeper.url}/health`).then((r) => r.status), `health at ${gatekeeper.url}`);

  /** Asserts `gatekeeper` serves the fetch (the first one fills its authorization cache). */
  const serves = async (gatekeeper) => {
    const answer = await fetchOnce(gatekeeper);
    assert.equal(answer.error, undefined, JSON.stringify(answer.error));
    assert.deepEqual(answer.result.fields.map((f) => f.code), [0, 2]);
  };

  /**
   * Polls `gatekeeper` from `fault` (a `now()`) until `FAULT_MS` after it. Fails unless a
   * fetch is refused with chain_unavailable and /health answers 500 within the bound, and every
   * fetch after that is refused the same way; fails on any disclosure after the first refusal
   * or to a fetch sent later than the bound after the fault. Returns the ms from the fault to
   * the first such refusal.
   */
  const refusesThroughout = async (gatekeeper, fault) => {
    let refusedAfter = null;
    while (now() - fault < FAULT_MS) {
      const sent = Math.round(now() - fault);
      const answer = await fetchOnce(gatekeeper);
      if (answer.result) {
        const { number } = answer.result.authorizedAt;
        assert.ok(
          refusedAfter === null && sent <= BOUND_MS,
          `disclosed to a fetch sent ${sent} ms after the fault (bound ${BOUND_MS} ms), authorized at block ${number}`,
        );
      }
      const status = await healthStatus(gatekeeper);
      const elapsed = Math.round(now() - fault);
      const unavailable = answer.error?.code === 1012 && answer.error.data?.reason === 'chain_unavailable';
      if (refusedAfter === null && unavailable && status === 500) refusedAfter = elapsed;
      if (refusedAfter !== null) {
        assert.ok(unavailable, `after refusing, answered ${JSON.stringify(answer.error)} at ${elapsed} ms`);
        assert.equal(status, 500, `/health ${status} at ${elapsed} ms, after refusing`);
      } else {
        assert.ok(
          elapsed <= BOUND_MS + SLACK_MS,
          `${elapsed} ms after the fault: /health ${status}, fetch ${JSON.stringify(answer.error)}`,
        );
      }
      await sleep(100);
    }
    assert.ok(refusedAfter !== null, 'never refused');
    return refusedAfter;
  };

  /** Polls until `gatekeeper` serves the fetch and /health answers 200; the ms from `healed`. */
  const resumes = async (gatekeeper, healed) => {
    for (;;) {
      const answer = await fetchOnce(gatekeeper);
      if (answer.result && (await healthStatus(gatekeeper)) === 200) return Math.round(now() - healed);
      assert.ok(now() - healed < RESUME_LIMIT_MS, `not serving ${RESUME_LIMIT_MS} ms after the fault ended: ${JSON.stringify(answer.error)}`);
      await sleep(100);
    }
  };

  /** The demo configuration with this file's bound and no anchoring (two gatekeepers, one key). */
  const configure = async ({ configPath }) => {
    let config = await readFile(configPath, 'utf8');
    config = config
      .replace(/^max_head_age_secs = .*\n/m, '')
      .replace(/^\[chain\]\n/m, `[chain]\nmax_head_age_secs = ${MAX_HEAD_AGE_SECS}\n`)
      .replace(/^\[anchoring\]\n/m, '[anchoring]\nenabled = false\n');
    await writeFile(configPath, config);
  };

  before(async () => {
    k = await keys();
    port = await freePort();
    chopsticks = await startChopsticks({ port });
    proxy = await startProxy(port);
    // One gatekeeper on the node itself, one through the proxy.
    files.direct = await prepareGatekeeper({ endpoint: chopsticks.endpoint });
    files.proxied = await prepareGatekeeper({ endpoint: proxy.endpoint });
    for (const prepared of Object.values(files)) await configure(prepared);
    const api = await ApiPromise.create({
      provider: new WsProvider(chopsticks.endpoint, 1000, {}, 30_000), noInitWarn: true, throwOnConnect: true,
    });
    try {
      ({ pointers } = await setUpChain(api, k, files.direct));
      // The second gatekeeper is a replica of Bob's: the same key (so the same references),
      // its own state and its own copy of the demo EMR, where Charlie is enrolled too and
      // his HbA1c's reference remembered.
      await enrol(files.proxied, api, { 'MRN-0001': k.charlie });
      const charlies = (await participantNumber(api, k.charlie.address)).toString();
      const lab = await preparePointer(files.proxied.configPath, 'lab:1', charlies);
      const onChain = (await api.call.medRecApi.pointer(pointers.lab)).unwrap();
      assert.equal(onChain.reference.toHex(), lab.reference, 'one key, one reference');
    } finally {
      // The test's own connection would only reconnect noisily while the node is down.
      await api.disconnect();
    }
    for (const [name, prepared] of Object.entries(files)) {
      gatekeepers[name] = await startGatekeeper(prepared.configPath, prepared.url);
    }
  });

  after(async () => {
    try { process.kill(chopsticks.pid, 'SIGCONT'); } catch { /* not running */ }
    proxy?.heal();
    for (const gatekeeper of Object.values(gatekeepers)) await gatekeeper.stop();
    for (const prepared of Object.values(files)) await prepared.remove();
    await proxy?.close();
    await chopsticks?.stop();
  });

  test('a hung node: the cached answer is refused within the bound, served again once it runs', async (t) => {
    const { direct, proxied } = gatekeepers;
    await serves(direct);
    await serves(direct); // from the cache
    const fault = now();
    process.kill(chopsticks.pid, 'SIGSTOP');
    let refusedAfter;
    try {
      refusedAfter = await refusesThroughout(direct, fault);
    } finally {
      process.kill(chopsticks.pid, 'SIGCONT');
    }
    const resumed = now();
    const servingAfter = await resumes(direct, resumed);
    t.diagnostic(`hung node: refused ${refusedAfter} ms after SIGSTOP (bound ${BOUND_MS} ms); serving again ${servingAfter} ms after SIGCONT`);
    // The proxied gatekeeper lost the node too; the next case needs it serving.
    await resumes(proxied, resumed);
  });

  test('a partition: the cached answer is refused within the bound, served again once healed', async (t) => {
    const { direct, proxied } = gatekeepers;
    await serves(proxied);
    await serves(proxied); // from the cache
    const fault = now();
    proxy.blackHole();
    let refusedAfter;
    try {
      refusedAfter = await refusesThroughout(proxied, fault);
      // The node itself is fine: the gatekeeper that reaches it directly still serves.
      await serves(direct);
    } finally {
      proxy.heal();
    }
    const servingAfter = await resumes(proxied, now());
    t.diagnostic(`partition: refused ${refusedAfter} ms after black-holing (bound ${BOUND_MS} ms); serving again ${servingAfter} ms after healing`);
  });

  // Last: the new node starts from genesis, without this file's set-up.
  test('a dead node: refused within the bound, healthy again once a node listens on its port', async (t) => {
    const { direct } = gatekeepers;
    await serves(direct);
    const fault = now();
    process.kill(chopsticks.pid, 'SIGKILL');
    const refusedAfter = await refusesThroughout(direct, fault);
    chopsticks = await startChopsticks({ port });
    const started = now();
    // The new chain is asked again: /health is 200 and the fetch gets the chain's own answer
    // (it knows no such pointer), not chain_unavailable. Still nothing is disclosed.
    let answer;
    for (;;) {
      answer = await fetchOnce(direct);
      assert.equal(answer.result, undefined, `disclosed on a chain without the grant: ${JSON.stringify(answer.result)}`);
      if (answer.error?.code !== 1012 && (await healthStatus(direct)) === 200) break;
      assert.ok(now() - started < RESUME_LIMIT_MS, `not back ${RESUME_LIMIT_MS} ms after the node: ${JSON.stringify(answer.error)}`);
      await sleep(100);
    }
    const backAfter = Math.round(now() - started);
    t.diagnostic(`dead node: refused ${refusedAfter} ms after SIGKILL (bound ${BOUND_MS} ms); healthy again ${backAfter} ms after a new node was ready (answering ${answer.error?.data?.reason})`);
  });
});
