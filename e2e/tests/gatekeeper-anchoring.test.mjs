// Anchoring survives being killed at every step of a round.
//
// The gatekeeper is stopped (SIGKILL, and SIGTERM) at each step of an anchoring round: before
// it submits, after it submitted but before the transaction is in a block, and after the block
// is final but before the anchor is recorded. It is restarted each time, and afterwards the
// chain's anchors and the gatekeeper's receipts must agree: the chain counts exactly the
// receipts stored, every receipt is under exactly one anchor, and every inclusion proof leads
// to the root the chain holds. Before anchors named their range, a kill after submitting made
// the restarted gatekeeper anchor the same receipts again and every later round fail.
//
// The test stops the gatekeeper at a step with MEDREC_GATEKEEPER_PAUSE_AT (a debug build's
// pause points, gatekeeper/src/fault.rs), and holds a transaction out of blocks with
// Chopsticks' manual block mode: the file always starts its own Chopsticks, whatever
// E2E_ENDPOINT says.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { chainAnchors as chainAnchorsOf, freePort, startChopsticks } from '../lib/chain.mjs';
import { keys, prepareGatekeeper, rpc, setUpChain, startGatekeeper } from '../lib/gatekeeper.mjs';
import { allReceipts, assertAnchored, fetchRequest } from '../lib/protocol.mjs';

describe('anchoring, killed at every step of a round', () => {
  let chain;
  let api;
  let k;
  let files;
  let gatekeeper;
  let pointers;
  let disclosed = 0;

  let provider;
  /** A Chopsticks `dev_*` call. */
  const dev = (method, ...params) => provider.send(method, params);

  /** `n` fetches by Dave of Charlie's lab fields: `n` new receipts. */
  const disclose = async (n) => {
    for (let i = 0; i < n; i++) {
      const answer = await rpc(gatekeeper.url, 'gatekeeper_fetch', [fetchRequest({
        provider: k.bob, requester: k.dave, patient: k.charlie, pointer: pointers.lab, fields: [0, 2],
      })]);
      assert.equal(answer.error, undefined, JSON.stringify(answer.error));
      disclosed += 1;
    }
  };

  /** The chain's anchors of Bob's receipts at its finalized block. */
  const chainAnchors = () => chainAnchorsOf(api, k.bob.address);

  /**
   * Waits until every receipt stored is anchored, then checks that the chain and the
   * gatekeeper agree: the chain counts exactly the receipts stored, its anchors follow each
   * other without gap or overlap, and every receipt's inclusion proof leads to its anchor's
   * root on chain.
   */
  const assertAgreement = async () => {
    let receipts;
    let onChain;
    for (let i = 0; ; i++) {
      receipts = await allReceipts(gatekeeper.url, { provider: k.bob, patient: k.charlie });
      onChain = await chainAnchors();
      if (receipts.length === disclosed && receipts.every((r) => r.inclusion) && onChain.receipts === disclosed) break;
      if (i > 150) {
        assert.fail(`not anchored after 30 s: ${disclosed} disclosed, ${receipts.length} receipts, ` +
          `${receipts.filter((r) => r.inclusion).length} with inclusion, chain counts ${onChain.receipts}\n` +
          gatekeeper.output());
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const health = await (await fetch(`${gatekeeper.url}/health`)).json();
    assert.equal(health.receipts, disclosed, 'the gatekeeper stores one receipt per disclosure');
    assert.equal(onChain.receipts, disclosed, 'the chain counts exactly the receipts stored');
    assertAnchored(onChain, receipts);
    return onChain;
  };

  before(async () => {
    k = await keys();
    chain = await startChopsticks({ port: await freePort() });
    provider = new WsProvider(chain.endpoint);
    api = await ApiPromise.create({ provider, noInitWarn: true });
    files = await prepareGatekeeper({ endpoint: chain.endpoint, anchorEvery: 1 });
    ({ pointers } = await setUpChain(api, k, files));
    gatekeeper = await startGatekeeper(files.configPath, files.url);
    await disclose(3);
    await assertAgreement();
  });

  after(async () => {
    await gatekeeper?.stop();
    await files?.remove();
    await api?.disconnect();
    await chain?.stop();
  });

  for (const signal of ['SIGKILL', 'SIGTERM']) {
    for (const step of ['anchor-before-submit', 'anchor-after-submit', 'anchor-after-finality']) {
      test(`${signal} at ${step}: every receipt is anchored once`, async (t) => {
        const started = performance.now();
        const phases = [];
        const phase = (name) => phases.push(`${name} ${Math.round(performance.now() - started)} ms`);
        const before = await chainAnchors();
        await gatekeeper.stop();
        gatekeeper = await startGatekeeper(files.configPath, files.url, { env: { MEDREC_GATEKEEPER_PAUSE_AT: step } });
        // After submitting, keep the transaction out of blocks until the gatekeeper is gone
        // and back: it is in the pool when the restarted one decides what to anchor.
        const holdBlocks = step === 'anchor-after-submit';
        if (holdBlocks) await dev('dev_setBlockBuildMode', 'Manual');
        await disclose(2);
        phase('started, disclosed');
        await gatekeeper.waitFor(new RegExp(`paused at ${step}`));
        phase('paused');
        const ended = await gatekeeper.kill(signal);
        assert.equal(ended, signal === 'SIGKILL' ? 'SIGKILL' : 0, `${signal} ends it`);

        gatekeeper = await startGatekeeper(files.configPath, files.url);
        phase('restarted');
        if (holdBlocks) {
          // Let the restarted gatekeeper run a round while the first transaction waits, then
          // build the block that holds what is pending.
          await new Promise((r) => setTimeout(r, 2_000));
          await dev('dev_setBlockBuildMode', 'Instant');
          await dev('dev_newBlock');
        }
        await disclose(1);
        const after = await assertAgreement();
        phase('agreed');
        t.diagnostic(`${signal} at ${step}: anchors ${before.anchors.length} → ${after.anchors.length}, ` +
          `receipts anchored ${before.receipts} → ${after.receipts}; ${phases.join(', ')}`);
      });
    }
  }
});
