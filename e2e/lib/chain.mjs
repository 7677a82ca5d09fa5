// Starts (or connects to) a MedRec chain for the e2e tests.
//
// With E2E_ENDPOINT set (ws://…), the tests run against that chain: a node, zombienet, a
// Chopsticks started by hand or a shared test network (their accounts are fresh each run:
// lib/actors.mjs). Otherwise each test file starts its own Chopsticks from the raw development
// chain spec on a free loopback port and stops it afterwards.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiPromise, WsProvider } from '@polkadot/api';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..');
const chopsticksBin = join(here, '..', 'node_modules', '.bin', 'chopsticks');

/** The raw chain spec Chopsticks runs: MEDREC_SPEC or the committed development spec. */
export const devSpec = process.env.MEDREC_SPEC ?? join(repoRoot, 'chain-specs', 'dev.raw.json');

/** A free TCP port on loopback. */
export async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Spawns Chopsticks on `port` and resolves once it accepts connections. Its output is kept
 * and shown if it fails to start.
 */
export async function startChopsticks({ port, spec = devSpec, blockMode = 'Instant' }) {
  const child = spawn(
    chopsticksBin,
    ['--genesis', spec, '--port', String(port), '--host', '127.0.0.1', '--build-block-mode', blockMode],
    // Chopsticks logs at `info` by default; its output is only shown if it fails to start.
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`chopsticks exited with code ${code} before it was ready:\n${output}`);
  });
  const ready = (async () => {
    for (let i = 0; i < 600; i++) {
      if (/RPC listening on/.test(output)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`chopsticks did not start within 60 s:\n${output}`);
  })();
  exited.catch(() => {}); // a later exit is expected: stop() kills it
  try {
    await Promise.race([ready, exited]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    endpoint: `ws://127.0.0.1:${port}`,
    pid: child.pid,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await once(child, 'exit');
      clearTimeout(timer);
    },
  };
}

/**
 * A connected @polkadot/api on the chain under test; `stop()` disconnects and, if this call
 * started Chopsticks, stops it.
 */
export async function connect() {
  let chain = null;
  let endpoint = process.env.E2E_ENDPOINT;
  if (!endpoint) {
    chain = await startChopsticks({ port: await freePort() });
    endpoint = chain.endpoint;
  }
  const provider = new WsProvider(endpoint, 1000, {}, 30_000);
  const api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
  return {
    api,
    endpoint,
    async stop() {
      await api.disconnect();
      if (chain) await chain.stop();
    },
  };
}

/** Resolves once the chain's best block is `blockHash` or a descendant of it. */
async function bestReaches(api, blockHash) {
  const { number } = await api.rpc.chain.getHeader(blockHash);
  for (let i = 0; i < 100; i++) {
    const best = await api.rpc.chain.getHeader();
    if (best.number.toNumber() >= number.toNumber()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`block ${blockHash} did not become the best block`);
}

/** The participant number of `address` (on its registrar card); throws if it never registered. */
export async function participantNumber(api, address) {
  const card = await api.query.registrar.cards(address);
  if (card.isNone || card.unwrap().participant.isNone) throw new Error(`${address} never registered`);
  return card.unwrap().participant.unwrap();
}

/**
 * The chain's anchors of `address`'s receipts (a provider's) at its finalized block:
 * `{ receipts, anchors: [{ first, count, root }] }`.
 */
export async function chainAnchors(api, address) {
  const at = await api.rpc.chain.getFinalizedHead();
  const call = (await api.at(at)).call.medRecApi;
  const totals = await call.receiptAnchors(address);
  const anchors = [];
  for (let i = 0; i < totals.anchors.toNumber(); i++) {
    const anchor = (await call.receiptAnchor(address, i)).unwrap();
    anchors.push({ first: anchor.first.toNumber(), count: anchor.count.toNumber(), root: anchor.root.toHex() });
  }
  return { receipts: totals.receipts.toNumber(), anchors };
}

/**
 * Signs and submits `tx` with `signer`, resolves when it is in the best block, with the block
 * hash and the events of this extrinsic. Rejects with the decoded dispatch error if it failed.
 *
 * "In the best block", not just "in a block": the next transaction of the same signer takes
 * its nonce from the best block's state.
 */
export async function submit(api, tx, signer) {
  // The nonce from the best block's state: Chopsticks' `system_accountNextIndex` can lag a
  // block behind right after one is built.
  const { nonce } = await api.query.system.account(signer.address);
  const outcome = await submitRaw(api, tx, signer, nonce);
  await bestReaches(api, outcome.blockHash);
  if (outcome.error) throw outcome.error;
  return outcome;
}

/**
 * A dispatch error as the tests match it: `balances.InsufficientBalance: docs…` for module
 * errors, `Token.FundsUnavailable` for the other kinds.
 */
export function dispatchErrorMessage(api, dispatchError) {
  if (dispatchError.isModule) {
    const { section, name, docs } = api.registry.findMetaError(dispatchError.asModule);
    return `${section}.${name}: ${docs.join(' ')}`;
  }
  const inner = dispatchError.value;
  return inner?.type ? `${dispatchError.type}.${inner.type}` : dispatchError.type;
}

function submitRaw(api, tx, signer, nonce) {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    // Immortal: the tests do not depend on which recent block the signer picks as the era's
    // birth block (Chopsticks can answer with a head the runtime has not recorded yet).
    tx.signAndSend(signer, { nonce, era: 0 }, ({ status, events, dispatchError }) => {
      if (status.isInBlock || status.isFinalized) {
        unsubscribe();
        if (dispatchError) {
          const error = new Error(dispatchErrorMessage(api, dispatchError));
          error.dispatchError = dispatchError;
          error.events = events;
          resolve({ blockHash: status.isInBlock ? status.asInBlock : status.asFinalized, events, error });
        } else {
          resolve({ blockHash: status.isInBlock ? status.asInBlock : status.asFinalized, events });
        }
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        unsubscribe();
        reject(new Error(`transaction ${status.type}`));
      }
    })
      .then((u) => { unsubscribe = u; })
      .catch(reject);
  });
}
