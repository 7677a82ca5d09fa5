// The gatekeeper keeps the chain's answers across blocks, and still each change takes effect at
// its block: a revocation, an expiry and a guardian's removal each refuse from the first
// request after their block is the gatekeeper's head, though the answers before were kept.
//
// What is kept is read from the gatekeeper's metrics: a kept answer is a cache hit; a question
// asked of the chain is a miss. A block that names nobody concerned keeps the answers (hits);
// a block naming the patient drops them, and they are asked again at it (before the gatekeeper
// adopts it, as many as the node answers in time; else by the next request, a miss).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { actors } from '../lib/actors.mjs';
import { connect, submit } from '../lib/chain.mjs';
import {
  eventsNamed, fieldSet, gatekeeperAt, prepareGatekeeper, rpc, setUpChain, startGatekeeper,
} from '../lib/gatekeeper.mjs';
import { fetchRequest } from '../lib/protocol.mjs';

describe('the gatekeeper keeps answers until their block changes them', () => {
  let chain;
  let api;
  let k;
  let files;
  let gatekeeper;
  let pointers;

  /** Block number of the best block. */
  const best = async () => (await api.rpc.chain.getHeader()).number.toNumber();

  /** Submits `tx` signed by `signer`; resolves once the gatekeeper follows its block. */
  const inBlock = async (tx, signer) => {
    const outcome = await submit(api, tx, signer);
    const { number } = await api.rpc.chain.getHeader(outcome.blockHash);
    await gatekeeperAt(gatekeeper.url, number.toNumber());
    return { ...outcome, number: number.toNumber() };
  };
  /** A block that changes no answer of the gatekeeper's (Alice's remark). */
  const quietBlock = () => inBlock(api.tx.system.remark('0x00'), k.alice);

  /** The gatekeeper's cache counters. */
  const counters = async () => {
    const text = await (await fetch(files.metricsUrl)).text();
    const read = (name) => Number(text.match(new RegExp(`^medrec_gatekeeper_${name} (\\d+)`, 'm'))?.[1] ?? NaN);
    return {
      hits: read('authorization_cache_hits_total'),
      misses: read('authorization_cache_misses_total'),
      dropped: read('authorization_cache_dropped_total'),
      askedAgain: read('authorization_cache_asked_again_total'),
    };
  };
  /** `requester`'s fetch of `fields` of Charlie's lab pointer: the answer and whether it was kept. */
  const fetchLab = async (requester, fields) => {
    const before = await counters();
    const body = fetchRequest({ provider: k.bob, requester, patient: k.charlie, pointer: pointers.lab, fields });
    const answer = await rpc(gatekeeper.url, 'gatekeeper_fetch', [body]);
    const after = await counters();
    return { answer, kept: after.hits === before.hits + 1 && after.misses === before.misses };
  };
  const served = ({ answer }) => {
    assert.equal(answer.error, undefined, JSON.stringify(answer.error));
    assert.ok(answer.result.fields.length > 0);
  };
  const refused = ({ answer }, denial) => {
    assert.equal(answer.result, undefined, `disclosed: ${JSON.stringify(answer.result)}`);
    assert.equal(answer.error?.data?.denial, denial, JSON.stringify(answer.error));
  };

  before(async () => {
    chain = await connect();
    api = chain.api;
    k = await actors(api, 'gatekeeper-cache');
    // No anchoring during the test: its blocks would come between the test's own.
    files = await prepareGatekeeper({
      endpoint: chain.endpoint, anchorEvery: 3600, provider: k.bob.address, seed: k.uri('gatekeeper'),
    });
    ({ pointers } = await setUpChain(api, k, files));
    gatekeeper = await startGatekeeper(files.configPath, files.url);
  });

  after(async () => {
    await gatekeeper?.stop();
    await files?.remove();
    await chain?.stop();
  });

  test('an answer is kept across blocks that name neither its patient nor its requester', async () => {
    served(await fetchLab(k.dave, [0, 2]));
    await quietBlock();
    const kept = await fetchLab(k.dave, [0, 2]);
    served(kept);
    assert.ok(kept.kept, 'a block that changes nobody keeps the answer');
    // A block about another patient: Eve registers.
    await inBlock(api.tx.registrar.registerPatient(), k.eve);
    const still = await fetchLab(k.dave, [0, 2]);
    served(still);
    assert.ok(still.kept, "another patient's block keeps the answer");
  });

  test('a revocation takes effect at its block', async () => {
    const { events } = await inBlock(
      api.tx.permissions.grant(null, { Account: k.ferdie.address }, { Fields: [pointers.lab, fieldSet(1)] }, null, null, 0),
      k.charlie,
    );
    const grant = eventsNamed(events, 'permissions.AccessGranted')[0].data.grant.toBigInt();
    served(await fetchLab(k.ferdie, [1]));
    await quietBlock();
    const kept = await fetchLab(k.ferdie, [1]);
    served(kept);
    assert.ok(kept.kept);
    const counted = await counters();
    await inBlock(api.tx.permissions.revoke(grant), k.charlie);
    const after = await fetchLab(k.ferdie, [1]);
    refused(after, 'NoGrant');
    const now = await counters();
    assert.ok(now.dropped > counted.dropped, "the revocation's block dropped the answer");
    assert.ok(
      now.askedAgain > counted.askedAgain || !after.kept,
      'the chain was asked again at the revocation\'s block, before adopting it or by the request',
    );
  });

  test('an expiry takes effect at its block, though nothing is submitted then', async () => {
    // Valid through the block before `expiry`; two quiet blocks lie between.
    const expiry = (await best()) + 4;
    await inBlock(
      api.tx.permissions.grant(null, { Account: k.ferdie.address }, { Fields: [pointers.lab, fieldSet(3)] }, null, expiry, 0),
      k.charlie,
    );
    served(await fetchLab(k.ferdie, [3]));
    let number = await best();
    while (number < expiry) {
      ({ number } = await quietBlock());
      const answer = await fetchLab(k.ferdie, [3]);
      if (number < expiry) {
        served(answer);
        assert.ok(answer.kept, `kept in block ${number}, before the expiry`);
      } else {
        assert.equal(number, expiry);
        refused(answer, 'NotValidAt');
      }
    }
  });

  test("a guardian's removal takes effect at its block", async () => {
    await inBlock(api.tx.permissions.addGuardian(k.eve.address, 'View', null), k.charlie);
    served(await fetchLab(k.eve, [0, 1, 2, 3, 4]));
    await quietBlock();
    const kept = await fetchLab(k.eve, [0, 1, 2, 3, 4]);
    served(kept);
    assert.ok(kept.kept);
    await inBlock(api.tx.permissions.removeGuardian(k.charlie.address, k.eve.address), k.charlie);
    refused(await fetchLab(k.eve, [0, 1, 2, 3, 4]), 'NoGrant');
  });
});
