// The gatekeeper in front of a real SQLite file, asking a real chain (Chopsticks, or
// E2E_ENDPOINT), called by a client signing with @polkadot/keyring as a wallet would.
//
// Dave, granted fields 0 and 2 of Charlie's lab pointer, gets exactly those; every adversarial
// request (forged, replayed, expired, out of scope, revoked then retried, another provider's
// pointer, a stale pointer, SQL-shaped input) gets its own error and discloses nothing: the
// receipts Charlie can fetch are exactly the successful disclosures. Receipts are signed by the
// key Bob's registrar profile names and their root is anchored on chain, where Charlie checks
// the inclusion proof. A restart loses no receipt and still refuses a replayed nonce.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { actors, bindCollators, researchParameters, sudoCalls } from '../lib/actors.mjs';
import { connect, participantNumber, submit } from '../lib/chain.mjs';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import {
  eventsNamed, gatekeeperAt, prepareGatekeeper, enrol, postgresBackend, preparePointer, rpc,
  setUpChain, startGatekeeper,
} from '../lib/gatekeeper.mjs';
import {
  allReceipts, fetchRequest, merkleVerify, receiptSignedBy, receiptsRequest, recordCommitment,
  researchRequest,
} from '../lib/protocol.mjs';

// On SQLite always; on PostgreSQL when scripts/postgres-test-db.sh found one (MEDREC_PG_URL).

suite('SQLite', {});
suite('PostgreSQL', { postgres: postgresBackend.url, skip: postgresBackend.skip });

function suite(backend, { postgres, skip = false }) {
describe(`gatekeeper on ${backend}`, { skip }, () => {
  let chain;
  let api;
  let k;
  let files;
  let gatekeeper;
  let pointers;
  let grants;
  const disclosures = [];

  /** A fetch by Dave of Charlie's `pointer` fields, with overrides. */
  const request = (overrides = {}) => fetchRequest({
    provider: k.bob, requester: k.dave, patient: k.charlie, pointer: pointers.lab, fields: [0, 2], ...overrides,
  });
  const fetchData = async (body) => {
    const answer = await rpc(gatekeeper.url, 'gatekeeper_fetch', [body]);
    if (answer.result) disclosures.push(answer.result);
    return answer;
  };
  /** Asserts `answer` is refusal `code` and carries no data. */
  const refused = (answer, code, reason) => {
    assert.equal(answer.result, undefined, `disclosed: ${JSON.stringify(answer.result)}`);
    assert.equal(answer.error?.code, code, JSON.stringify(answer.error));
    if (reason) assert.equal(answer.error.data.reason, reason);
  };

  before(async () => {
    chain = await connect();
    api = chain.api;
    // Each backend's suite its own actors: both may run on one chain (E2E_ENDPOINT).
    k = await actors(api, `gatekeeper-${backend}`);
    files = await prepareGatekeeper({
      endpoint: chain.endpoint, anchorEvery: 1, postgres, provider: k.bob.address, seed: k.uri('gatekeeper'),
    });
    ({ pointers, grants } = await setUpChain(api, k, files));
    gatekeeper = await startGatekeeper(files.configPath, files.url);
  });

  after(async () => {
    await gatekeeper?.stop();
    await files?.remove();
    await chain?.stop();
  });

  test('serves exactly the granted fields, with a receipt signed by the registered key', async () => {
    const answer = await fetchData(request());
    assert.equal(answer.error, undefined, JSON.stringify(answer.error));
    const { fields, receipt, authorizedAt } = answer.result;
    assert.deepEqual(fields, [
      { code: 0, name: 'loinc', value: '4548-4' },
      { code: 2, name: 'value', value: 7.9 },
    ]);
    const best = await api.rpc.chain.getHeader();
    assert.ok(authorizedAt.number >= 1 && authorizedAt.number <= best.number.toNumber());
    assert.equal(receipt.requester, k.dave.address);
    assert.deepEqual(receipt.fields, [0, 2]);
    // Two of five fields: no salt, or the other three could be guessed against the chain's
    // commitment.
    assert.equal(answer.result.salt, undefined);
    const profile = (await api.query.registrar.providerProfiles(k.bob.address)).unwrap();
    assert.ok(receiptSignedBy(receipt, profile.signingKey.toU8a()), 'receipt signed by the profile key');
  });

  test('a panel is served under one pointer: every result of a draw, checked with its salt', async () => {
    const charlies = (await participantNumber(api, k.charlie.address)).toString();
    const panel = await preparePointer(files.configPath, 'lab-panel:2026-11-01T08:30:00Z', charlies);
    assert.equal(panel.fields, 0b1111);
    const { events } = await submit(
      api,
      api.tx.relationships.addPointer(k.charlie.address, panel.reference, 7, panel.fields, panel.contentHash),
      k.bob,
    );
    const pointer = eventsNamed(events, 'relationships.PointerAdded')[0].data.pointer.toBigInt();
    // Charlie opens his own panel: every field, so the salt comes with it.
    const answer = await fetchData(request({ requester: k.charlie, pointer, fields: [0, 1, 2, 3] }));
    assert.equal(answer.error, undefined, JSON.stringify(answer.error));
    const { fields, salt, contentHash } = answer.result;
    assert.deepEqual(fields.map((f) => f.value), [
      ['4548-4', '2093-3', '33914-3'],
      ['Hemoglobin A1c', 'Cholesterol, total', 'eGFR'],
      [7.9, 212, 74],
      ['%', 'mg/dL', 'mL/min/1.73m2'],
    ]);
    const typed = [
      { list: fields[0].value.map((text) => ({ text })) },
      { list: fields[1].value.map((text) => ({ text })) },
      { list: fields[2].value.map((real) => ({ real })) },
      { list: fields[3].value.map((text) => ({ text })) },
    ];
    assert.equal(recordCommitment(salt, typed), contentHash);
    assert.equal((await api.call.medRecApi.pointer(pointer)).unwrap().contentHash.toHex(), contentHash);
  });

  test('health and metrics are served', async () => {
    const health = await fetch(`${gatekeeper.url}/health`);
    assert.equal(health.status, 200);
    const report = await health.json();
    assert.equal(report.database, true);
    assert.ok(report.chain.number >= 1);
    const metrics = await (await fetch(files.metricsUrl)).text();
    assert.match(metrics, /medrec_gatekeeper_disclosures_total \d+/);
  });

  test('forged, wrongly addressed, replayed and expired requests are refused', async () => {
    refused(await fetchData(request({ signer: k.eve })), 1001, 'bad_signature');
    // Signed for Ferdie's gatekeeper: not valid at Bob's.
    refused(await fetchData(request({ provider: k.ferdie })), 1001, 'bad_signature');
    // Tampered after signing: asks for a field the signature does not cover.
    const tampered = request();
    tampered.fields = [0, 1, 2];
    refused(await fetchData(tampered), 1001, 'bad_signature');

    const once = request();
    assert.ok((await fetchData(once)).result);
    refused(await fetchData(once), 1004, 'replayed');

    refused(await fetchData(request({ expires: Date.now() - 1 })), 1002, 'expired');
    refused(await fetchData(request({ expires: Date.now() + 3_600_000 })), 1003, 'expiry_too_far');
  });

  test('out-of-scope requests are refused whole, never partly served', async () => {
    // Field 1 is not granted: nothing of 0 and 2 either.
    refused(await fetchData(request({ fields: [0, 1, 2] })), 1007, 'fields_not_granted');
    // Eve holds no grant.
    refused(await fetchData(request({ requester: k.eve })), 1008, 'denied');
    refused(await fetchData(request({ pointer: 999_999n })), 1005, 'unknown_pointer');
    // Ferdie's pointer carries the reference of Bob's `lab:1`; Bob's gatekeeper must not answer
    // for Ferdie.
    refused(await fetchData(request({ pointer: pointers.ferdies, fields: [0] })), 1006, 'provider_mismatch');
    refused(await fetchData(request({ pointer: pointers.stale, fields: [0] })), 1009, 'stale_pointer');
    refused(await fetchData(request({ pointer: pointers.unknownQuery, fields: [0] })), 1010, 'unknown_query');
  });

  test('SQL-shaped input never reaches the database as SQL', async () => {
    // What the chain holds is an opaque reference; the locator behind it comes from the
    // gatekeeper's own map, and the query joins on the patient: a pointer of Charlie's to Eve's
    // row finds nothing.
    refused(await fetchData(request({ pointer: pointers.otherPatients, fields: [0] })), 1011, 'record_not_found');
    // Requester-controlled strings are parsed, not passed on.
    const bad = request();
    bad.patient = "5FLSigC9' OR '1'='1";
    refused(await fetchData(bad), -32602, 'malformed');
    const worse = { ...request(), pointer: '1 OR 1=1' };
    refused(await fetchData(worse), -32602, 'malformed');
    const extra = { ...request(), sql: 'SELECT * FROM patients' };
    refused(await fetchData(extra), -32602, 'malformed');
  });

  test('a revocation stops disclosures from the block it is in', async () => {
    assert.ok((await fetchData(request())).result);
    const revoked = await submit(api, api.tx.permissions.revoke(grants.lab), k.charlie);
    const { number } = await api.rpc.chain.getHeader(revoked.blockHash);
    // The gatekeeper follows new heads; give its subscription the block.
    await gatekeeperAt(gatekeeper.url, number.toNumber());
    const answer = await fetchData(request());
    refused(answer, 1008, 'denied');
    assert.equal(answer.error.data.denial, 'NoGrant');
  });

  test('the patient gets exactly the disclosures as receipts, anchored on chain', async () => {
    // Wait for the anchoring round that covers every receipt so far.
    // Pages of 3, so that the receipts span several pages.
    let receipts;
    for (let i = 0; i < 100; i++) {
      receipts = await allReceipts(gatekeeper.url, { provider: k.bob, patient: k.charlie, limit: 3 });
      if (receipts.length === disclosures.length && receipts.every((r) => r.inclusion)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.equal(receipts.length, disclosures.length, 'one receipt per disclosure, none for refusals');
    assert.deepEqual(receipts.map((r) => r.receipt.seq), disclosures.map((d) => d.receipt.seq));
    const key = (await api.query.registrar.providerProfiles(k.bob.address)).unwrap().signingKey.toU8a();
    for (const { receipt, inclusion } of receipts) {
      assert.ok(receiptSignedBy(receipt, key), `receipt ${receipt.seq} signed through its batch`);
      // The signature covers every field: changed ones no longer verify.
      assert.ok(!receiptSignedBy({ ...receipt, fields: [0, 1, 2] }, key));
      assert.ok(!receiptSignedBy({ ...receipt, seq: receipt.seq + 1 }, key));
      assert.ok(!receiptSignedBy({ ...receipt, batch: { ...receipt.batch, root: `0x${'11'.repeat(32)}` } }, key));
      assert.ok(inclusion, `receipt ${receipt.seq} anchored`);
      const anchor = await api.call.medRecApi.receiptAnchor(k.bob.address, inclusion.anchor);
      assert.ok(anchor.isSome);
      const onChain = anchor.unwrap();
      assert.equal(onChain.root.toHex(), inclusion.root);
      assert.equal(onChain.first.toNumber() + Number(inclusion.index), receipt.seq);
      assert.ok(merkleVerify(onChain.root.toHex(), receipt.leaf, inclusion.index, onChain.count.toNumber(), inclusion.proof));
    }
    // One receipt by number, with the same proofs.
    const [, second] = receipts;
    const one = await rpc(gatekeeper.url, 'gatekeeper_receipt', [receiptsRequest({ provider: k.bob, patient: k.charlie, seq: second.receipt.seq })]);
    assert.deepEqual(one.result, second);
    refused(await rpc(gatekeeper.url, 'gatekeeper_receipt', [receiptsRequest({ provider: k.bob, patient: k.eve, seq: second.receipt.seq })]), 1020, 'unknown_receipt');
    refused(await rpc(gatekeeper.url, 'gatekeeper_receipts', [receiptsRequest({ provider: k.bob, patient: k.charlie, limit: 501 })]), -32602, 'malformed');
    // Only Charlie may read Charlie's receipts.
    const eves = receiptsRequest({ provider: k.bob, patient: k.charlie });
    eves.signature = receiptsRequest({ provider: k.bob, patient: k.eve }).signature;
    refused(await rpc(gatekeeper.url, 'gatekeeper_receipts', [eves]), 1001, 'bad_signature');
    // A receipts request is good for one answer.
    const once = receiptsRequest({ provider: k.bob, patient: k.charlie });
    assert.ok((await rpc(gatekeeper.url, 'gatekeeper_receipts', [once])).result);
    refused(await rpc(gatekeeper.url, 'gatekeeper_receipts', [once]), 1004, 'replayed');
  });

  test('a restart keeps every receipt and still refuses every replayed nonce', async () => {
    // Dave's lab grant was revoked above: a request refused now would be served once a new
    // grant is in. Its nonce is used up all the same, restart or not.
    const refusedOnce = request();
    refused(await fetchData(refusedOnce), 1008, 'denied');
    // Re-grant so a fresh request can succeed, then take one request in and replay it after.
    const granted = await submit(api, api.tx.permissions.grant(null, { Account: k.dave.address }, { Fields: [pointers.lab, 5n] }, null, null, 0), k.charlie);
    await gatekeeperAt(gatekeeper.url, (await api.rpc.chain.getHeader(granted.blockHash)).number.toNumber());
    const once = request();
    assert.ok((await fetchData(once)).result);
    const receiptsOnce = receiptsRequest({ provider: k.bob, patient: k.charlie });
    assert.ok((await rpc(gatekeeper.url, 'gatekeeper_receipts', [receiptsOnce])).result);
    assert.equal(await gatekeeper.stop(), 0, 'clean exit on SIGTERM');
    assert.match(gatekeeper.output(), /every receipt is stored/);
    gatekeeper = await startGatekeeper(files.configPath, files.url);
    refused(await fetchData(once), 1004, 'replayed');
    refused(await fetchData(refusedOnce), 1004, 'replayed');
    refused(await rpc(gatekeeper.url, 'gatekeeper_receipts', [receiptsOnce]), 1004, 'replayed');
    const receipts = await allReceipts(gatekeeper.url, { provider: k.bob, patient: k.charlie });
    assert.equal(receipts.length, disclosures.length);
  });

  describe('research', () => {
    const LOINC_HBA1C = '4548-4';
    const params = (text) => u8aToHex(blake2AsU8a(stringToU8a(text)));
    let researcher;
    /** What the set-up changed for everyone using the chain, and puts back. */
    let undo = [];

    /** A research request by `researcher` to Bob over at least `minCohort` patients. */
    const requestAggregate = async (minCohort, text = LOINC_HBA1C) => {
      const { events } = await submit(
        api,
        api.tx.research.requestAggregate(1, params(text), [k.bob.address], minCohort),
        researcher,
      );
      return eventsNamed(events, 'research.AggregateRequested')[0].data.request.toBigInt();
    };
    const redeem = (id, overrides = {}) => rpc(gatekeeper.url, 'gatekeeper_research', [
      researchRequest({ provider: k.bob, researcher, id, params: LOINC_HBA1C, ...overrides }),
    ]);

    before(async () => {
      const { sudo, bob, charlie, eve } = k;
      researcher = k.researcher;
      const parameters = await researchParameters(
        api, { creditsPerBlock: 100, requestCost: 20, minCohortFloor: 2, requestLifetime: 1000 },
      );
      // The chain's collators mine credits for the researcher, and it owns their bounties.
      const collators = await bindCollators(api, researcher);
      await sudoCalls(api, sudo, [
        { root: api.tx.registrar.admit(researcher.address, 'Researcher') }, ...parameters.steps, ...collators.steps,
      ]);
      undo = [...parameters.undo, ...collators.undo];
      // Charlie and Eve (both in the demo database) opt in to research on category 7.
      await submit(api, api.tx.registrar.registerPatient(), eve);
      // Bob's hospital enrols Eve as MRN-0002, now that she has a participant number.
      await enrol(files, api, { 'MRN-0002': eve });
      for (const patient of [charlie, eve]) await submit(api, api.tx.research.setConsent(7, true), patient);
      // Both are Bob's patients on chain too (Charlie since the set-up): the chain accepts an
      // answer over at most the consenting patients linked to Bob, and his gatekeeper counts
      // only those.
      await submit(api, api.tx.relationships.openRelationship(eve.address), bob);
    });

    after(async () => {
      if (undo.length) await sudoCalls(api, k.sudo, undo);
    });

    /** How many patients the chain accounts for in Bob's answers. */
    const bound = async () => {
      const bobs = await participantNumber(api, k.bob.address);
      return (await api.query.research.consentingPatientsOf(bobs)).toNumber();
    };

    test('answers an aggregate over opted-in patients and posts it first', async () => {
      assert.equal(await bound(), 2);
      const id = await requestAggregate(2);
      const answer = await redeem(id);
      assert.equal(answer.error, undefined, JSON.stringify(answer.error));
      const { cohort, columns, resultHash, postedIn } = answer.result;
      assert.equal(cohort, 2);
      assert.equal(columns[0].name, 'mean');
      assert.ok(Math.abs(columns[0].value - (7.9 + 5.4) / 2) < 1e-9);
      // The chain recorded the same hash and cohort in the block the gatekeeper named.
      const events = await (await api.at(postedIn)).query.system.events();
      const [posted] = eventsNamed(events, 'research.RequestAnswered');
      assert.equal(posted.data.resultHash.toHex(), resultHash);
      assert.equal(posted.data.cohort.toNumber(), 2);
      // Answered once: a second redemption finds nothing open.
      refused(await redeem(id), 1015, 'unknown_research');
    });

    test("a bounty query's owner learns its parameters from the chain and redeems it", async () => {
      // Bob offers an aggregate with his records; the block's author is one of the researcher's
      // collators, so the researcher owns it. Nobody told the researcher the parameters.
      const { events } = await submit(api, api.tx.research.submitBountyQuery(1, LOINC_HBA1C, 2), k.bob);
      const [offered] = eventsNamed(events, 'research.BountyQuerySubmitted');
      const id = offered.data.bounty.toBigInt();
      const researcherId = await participantNumber(api, researcher.address);
      assert.ok(offered.data.owner.isResearcher && offered.data.owner.asResearcher.eq(researcherId), offered.data.owner.toString());

      const onChain = (await api.query.research.bounties(id)).unwrap();
      const params = onChain.params.toUtf8();
      assert.equal(params, LOINC_HBA1C);
      assert.equal(onChain.paramsHash.toHex(), u8aToHex(blake2AsU8a(stringToU8a(params))));

      // Only the owner redeems it, only with the chain's parameters.
      refused(await redeem(id, { kind: 'bounty', researcher: k.dave }), 1015, 'unknown_research');
      refused(await redeem(id, { kind: 'bounty', params: '2093-3' }), 1016, 'params_mismatch');
      assert.ok((await api.query.research.bounties(id)).unwrap().answer.isNone, 'nothing posted');

      const answer = await redeem(id, { kind: 'bounty', params });
      assert.equal(answer.error, undefined, JSON.stringify(answer.error));
      assert.equal(answer.result.cohort, 2);
      assert.ok(Math.abs(answer.result.columns[0].value - (7.9 + 5.4) / 2) < 1e-9);
      // The chain holds the answer the gatekeeper returned, in the block it named.
      const posted = (await (await api.at(answer.result.postedIn)).query.research.bounties(id)).unwrap();
      const [resultHash, cohort] = posted.answer.unwrap();
      assert.equal(resultHash.toHex(), answer.result.resultHash);
      assert.equal(cohort.toNumber(), 2);
      // Answered once.
      refused(await redeem(id, { kind: 'bounty', params }), 1015, 'unknown_research');
    });

    test('counts only the patients the chain links to Bob', async () => {
      // Eve refuses the relationship: still in Bob's database and consenting, but the chain no
      // longer counts her for Bob, and neither does the gatekeeper; one patient is below k.
      await submit(api, api.tx.relationships.reject(k.bob.address), k.eve);
      assert.equal(await bound(), 1);
      const id = await requestAggregate(2);
      const refusedAnswer = await redeem(id);
      refused(refusedAnswer, 1018, 'cohort_too_small');
      assert.ok((await api.query.research.requests(id)).unwrap().pending.length === 1, 'nothing posted');
      // She takes it back: counted again, and a request is answered over both.
      await submit(api, api.tx.relationships.acknowledge(k.bob.address), k.eve);
      assert.equal(await bound(), 2);
      const answer = await redeem(await requestAggregate(2));
      assert.equal(answer.error, undefined, JSON.stringify(answer.error));
      assert.equal(answer.result.cohort, 2);
    });

    test('refuses below the cohort floor, a withdrawn consent, wrong parameters and other researchers', async () => {
      const id = await requestAggregate(3);
      const below = await redeem(id);
      refused(below, 1018, 'cohort_too_small');
      assert.equal(below.error.data.floor, 3);
      assert.ok((await api.query.research.requests(id)).unwrap().pending.length === 1, 'nothing posted');

      await submit(api, api.tx.research.setConsent(7, false), k.eve);
      refused(await redeem(await requestAggregate(2)), 1018, 'cohort_too_small');

      refused(await redeem(await requestAggregate(2), { params: '2093-3' }), 1016, 'params_mismatch');
      refused(await redeem(await requestAggregate(2), { researcher: k.dave }), 1015, 'unknown_research');
      refused(await redeem(id, { signer: k.dave }), 1001, 'bad_signature');
    });
  });
});
}
