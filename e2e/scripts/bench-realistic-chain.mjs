// The chain of the realistic gatekeeper benchmark (bench-gatekeeper-realistic.mjs): a MedRec
// node, or Chopsticks, that is seeded as fast as it can build blocks and then makes a block
// every 6 s, and transactions sent in batches that fit a block.
//
// - node (`medrec-node`, the default when it is built): the development chain spec's runtime,
//   a temporary base path. Seeding runs with `--instant-seal` (a block per transaction); then
//   the node is restarted on the same state with `--dev-block-time 6000`.
// - chopsticks: the same spec on Chopsticks, `Instant` while seeding, then `Manual` with
//   `dev_newBlock` every 6 s. Chopsticks answers each runtime call from its WASM executor in
//   about 190 ms, one at a time (a node: about 1 ms), so its figures are Chopsticks'.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { devSpec, freePort, startChopsticks } from '../lib/chain.mjs';

/** The node binary: MEDREC_NODE_BIN, or where `make node` builds it. */
export const nodeBin = process.env.MEDREC_NODE_BIN ??
  join(process.env.MEDREC_NODE_TARGET_DIR ?? join(homedir(), '.cache', 'medrec', 'node-target'), 'release', 'medrec-node');

export const hasNode = () => existsSync(nodeBin);

/** Spawns the node; resolves once it answers RPC. */
async function spawnNode({ basePath, rpcPort, seal }) {
  const args = [
    '--dev', '--chain', devSpec, '--base-path', basePath, '--database', 'paritydb',
    '--rpc-port', String(rpcPort), '--port', String(await freePort()), '--no-prometheus', '--no-telemetry',
    // The seeding sends transactions of up to a block's length; the pool holds a phase's worth.
    '--pool-kbytes', '200000', '--rpc-max-request-size', '64', '--rpc-message-buffer-capacity-per-connection', '1024',
    // The fork-aware pool (the default) can answer a single `author_submitAndWatchExtrinsic`
    // with "Transaction Already Imported" (1013) while it imports the transaction
    // (paritytech/polkadot-sdk#11419): the seeding then stops. Nothing measured uses the pool.
    '--pool-type', 'single-state',
    ...(seal === 'instant' ? ['--instant-seal'] : ['--dev-block-time', String(seal)]),
  ];
  const child = spawn(nodeBin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (d) => { output = (output + d).slice(-20_000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = once(child, 'exit');
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`medrec-node exited ${child.exitCode}:\n${output}`);
    const ready = await fetch(`http://127.0.0.1:${rpcPort}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'chain_getHeader', params: [] }),
    }).then((r) => r.ok, () => false);
    if (ready) break;
    if (i > 1200) throw new Error(`medrec-node did not answer within 120 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    pid: child.pid,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function connectApi(endpoint) {
  const provider = new WsProvider(endpoint, 1000, {}, 120_000);
  return ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
}

/**
 * Starts the chain (`kind`: node or chopsticks) in its seeding mode. Returns `{ kind, endpoint,
 * api, pid, describe, run(), stop() }`: `run()` switches to a block every `blockMs` (the node
 * restarts, and `api` is a new connection) and resolves once the first such block is in.
 */
export async function startChain(kind, { blockMs = 6000 } = {}) {
  const rpcPort = await freePort();
  const endpoint = `ws://127.0.0.1:${rpcPort}`;
  if (kind === 'node') {
    const basePath = await mkdtemp(join(tmpdir(), 'medrec-bench-node-'));
    let node = await spawnNode({ basePath, rpcPort, seal: 'instant' });
    const chain = {
      kind,
      endpoint,
      api: await connectApi(endpoint),
      get pid() { return node.pid; },
      output: () => node.output(),
      describe: `medrec-node (${nodeBin}), --dev-block-time ${blockMs}, chain spec ${devSpec}`,
      async run() {
        await chain.api.disconnect();
        await node.stop();
        node = await spawnNode({ basePath, rpcPort, seal: blockMs });
        chain.api = await connectApi(endpoint);
        await nextBlock(chain.api);
      },
      async stop() {
        await chain.api?.disconnect().catch(() => {});
        await node.stop();
        await rm(basePath, { recursive: true, force: true });
      },
    };
    return chain;
  }
  if (kind === 'chopsticks') {
    const chopsticks = await startChopsticks({ port: rpcPort, blockMode: 'Instant' });
    let timer;
    const chain = {
      kind,
      endpoint,
      api: await connectApi(endpoint),
      pid: chopsticks.pid,
      output: chopsticks.output,
      describe: `Chopsticks, Manual build mode, dev_newBlock every ${blockMs} ms, chain spec ${devSpec}`,
      async run() {
        await chain.api.rpc('dev_setBlockBuildMode', 'Manual');
        const tick = async () => {
          await chain.api.rpc('dev_newBlock', {}).catch((e) => console.error(`dev_newBlock: ${e.message}`));
          timer = setTimeout(tick, blockMs);
        };
        timer = setTimeout(tick, blockMs);
        await nextBlock(chain.api);
      },
      async stop() {
        clearTimeout(timer);
        await chain.api?.disconnect().catch(() => {});
        await chopsticks.stop();
      },
    };
    return chain;
  }
  throw new Error(`unknown chain ${kind}: node or chopsticks`);
}

/** Resolves with the number of the next new head (the subscription tells the current one first). */
export function nextBlock(api) {
  return new Promise((resolve, reject) => {
    let first = true;
    let number = null;
    let unsubscribe = null;
    api.rpc.chain.subscribeNewHeads((header) => {
      if (first) { first = false; return; }
      if (number !== null) return;
      number = header.number.toNumber();
      if (unsubscribe) { unsubscribe(); resolve(number); }
    }).then((u) => {
      unsubscribe = u;
      if (number !== null) { u(); resolve(number); }
    }, reject);
  });
}

/**
 * What the calls of one `make(i)` (a call or a list of them) weigh inside a `utility.batchAll`
 * (wrapped by `wrap`, e.g. in `sudo`), and so how many `make(i)` fit in one transaction: the chain's largest normal extrinsic, by
 * reference time, proof size and length, less `margin`. Returns `{ perBlock, refTime, proof,
 * length }` (per `make(i)`).
 */
export async function batchFit(api, make, wrap = (call) => call, margin = 0.95) {
  const info = async (n) => {
    const call = wrap(api.tx.utility.batchAll(Array.from({ length: n }, (_, i) => make(i)).flat()));
    const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(call, call.encodedLength);
    return { refTime: weight.refTime.toNumber(), proof: weight.proofSize.toNumber(), length: call.encodedLength };
  };
  const [one, two] = [await info(1), await info(2)];
  const per = { refTime: two.refTime - one.refTime, proof: two.proof - one.proof, length: two.length - one.length };
  const base = { refTime: one.refTime - per.refTime, proof: one.proof - per.proof, length: one.length - per.length };
  const normal = api.consts.system.blockWeights.perClass.normal;
  const max = {
    refTime: normal.maxExtrinsic.unwrap().refTime.toNumber(),
    proof: normal.maxExtrinsic.unwrap().proofSize.toNumber(),
    length: api.consts.system.blockLength.max.normal.toNumber(),
  };
  const fits = Math.floor(margin * Math.min(
    (max.refTime - base.refTime) / Math.max(per.refTime, 1),
    (max.proof - base.proof) / Math.max(per.proof, 1),
    (max.length - base.length) / Math.max(per.length, 1),
  ));
  return { perBlock: Math.max(1, fits), ...per };
}

/**
 * Signs and sends every call of `calls` (already batched) from `signer`, nonces in sequence
 * from its next, `inFlight` at a time; resolves once every one is in a block, with `{ blocks, events }`
 * (each transaction's events, in order). Rejects on a transaction that fails, a sudo call that
 * failed, or a batch that was interrupted.
 */
export async function sendAll(api, signer, calls, inFlight = 16) {
  let nonce = (await api.rpc.system.accountNextIndex(signer.address)).toNumber();
  const blocks = new Set();
  // At most `inFlight` watched at once: a node drops a connection whose subscriptions fall
  // behind, and @polkadot/api would then send them all again ("Transaction Already Imported").
  const slots = [];
  const outcomes = [];
  for (const call of calls) {
    if (slots.length >= inFlight) await Promise.race(slots);
    const outcome = send(call, nonce++);
    const slot = outcome.then(() => {}, () => {}).finally(() => slots.splice(slots.indexOf(slot), 1));
    slots.push(slot);
    outcomes.push(outcome);
  }
  const events = await Promise.all(outcomes);
  return { blocks: blocks.size, events };

  function send(call, nonce) {
    return new Promise((resolve, reject) => {
      let unsubscribe = () => {};
      call.signAndSend(signer, { nonce, era: 0 }, ({ status, events, dispatchError }) => {
        // A node sealing blocks by itself may report a block final at once, never "in block".
        if (status.isInBlock || status.isFinalized) {
          unsubscribe();
          blocks.add((status.isInBlock ? status.asInBlock : status.asFinalized).toHex());
          // The transaction's own error, sudo's call's, or a batch's first failed call's.
          let error = dispatchError;
          for (const { event } of events) {
            if (event.section === 'sudo' && event.method === 'Sudid' && event.data[0].isErr) error ??= event.data[0].asErr;
            if (event.section === 'utility' && event.method === 'BatchInterrupted') error ??= event.data[1];
          }
          if (error) reject(new Error(`${call.method.section}.${call.method.method} failed: ${describeError(api, error)}`));
          else resolve(events);
        } else if (status.isInvalid || status.isDropped || status.isUsurped) {
          unsubscribe();
          reject(new Error(`transaction ${status.type}`));
        }
      }).then((u) => { unsubscribe = u; }, reject);
    });
  }
}

function describeError(api, error) {
  if (error?.isModule) {
    const { section, name } = api.registry.findMetaError(error.asModule);
    return `${section}.${name}`;
  }
  return error?.toString() ?? 'unknown';
}

/** The events named `section.method` among `events` (a transaction's). */
export const named = (events, name) => events
  .filter(({ event }) => `${event.section}.${event.method}` === name)
  .map(({ event }) => event);
