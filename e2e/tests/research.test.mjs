// Research mining through @polkadot/api: a researcher's collators are bound, credits accrue
// as blocks are authored, a request is made and answered, an answer below the cohort floor is
// refused with a clear error, and a patient's research consent shows in MedRecApi.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady } from '@polkadot/util-crypto';
import { connect, submit } from '../lib/chain.mjs';

const PROVIDER = 1;
const RESEARCHER = 2;

function eventsNamed(events, name) {
  return events.filter(({ event }) => `${event.section}.${event.method}` === name).map(({ event }) => event);
}

const hash = (text) => u8aToHex(blake2AsU8a(stringToU8a(text), 256));

describe('research', () => {
  let chain;
  let api;
  let keys;

  before(async () => {
    await cryptoWaitReady();
    chain = await connect();
    api = chain.api;
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    keys = Object.fromEntries(
      ['Alice', 'Bob', 'Dave', 'Eve', 'Ferdie'].map((n) => [n.toLowerCase(), keyring.addFromUri(`//${n}`)]),
    );
    const { alice: sudo, dave: researcher, eve: clinic } = keys;
    const roles = async (who) => {
      const participant = await api.query.registrar.participants(who.address);
      return participant.isSome ? participant.unwrap().roles.toNumber() : 0;
    };
    // Idempotent set-up, so the suite can rerun on a long-lived node.
    if (((await roles(researcher)) & 4) === 0) {
      await submit(api, api.tx.sudo.sudo(api.tx.registrar.admit(researcher.address, RESEARCHER)), sudo);
    }
    if (((await roles(clinic)) & 2) === 0) {
      await submit(api, api.tx.sudo.sudo(api.tx.registrar.admit(clinic.address, PROVIDER)), sudo);
    }
    // Cheaper requests than the defaults, so that a few blocks pay for one.
    const parameters = { creditsPerBlock: 10, requestCost: 20, minCohortFloor: 10, requestLifetime: 1000 };
    await submit(api, api.tx.sudo.sudo(api.tx.research.setParameters(parameters)), sudo);
  });

  after(async () => {
    await chain?.stop();
  });

  const credits = async () => (await api.call.medRecApi.researchCredits(keys.dave.address)).toBigInt();

  test("the dev chain's collators, bound to a researcher, earn it credits block by block", async () => {
    const { alice, bob, dave: researcher } = keys;
    for (const collator of [alice, bob]) {
      if ((await api.query.research.researcherOf(collator.address)).isNone) {
        const bound = await submit(api, api.tx.research.bindCollator(researcher.address), collator);
        assert.equal(eventsNamed(bound.events, 'research.CollatorBound').length, 1);
      }
    }
    // Every block from now on is authored by Alice or Bob, both bound.
    const before = await credits();
    for (let i = 0; i < 3; i++) await submit(api, api.tx.system.remark(`block ${i}`), keys.ferdie);
    const after = await credits();
    assert.ok(after - before >= 30n, `three blocks earned ${after - before} credits`);
  });

  test('a request is answered at the cohort floor and refused below it', async () => {
    const { dave: researcher, eve: clinic } = keys;
    const requested = await submit(
      api,
      api.tx.research.requestAggregate(7, hash('age band by category 7'), [clinic.address], 12),
      researcher,
    );
    const [event] = eventsNamed(requested.events, 'research.AggregateRequested');
    assert.equal(event.data.escrow.toBigInt(), 20n);
    const request = event.data.request;

    await assert.rejects(
      submit(api, api.tx.research.answerRequest(request, hash('result'), 11), clinic),
      /^Error: research\.CohortTooSmall: /,
    );
    const answered = await submit(api, api.tx.research.answerRequest(request, hash('result'), 12), clinic);
    const [answer] = eventsNamed(answered.events, 'research.RequestAnswered');
    assert.equal(answer.data.cohort.toNumber(), 12);
    assert.equal(eventsNamed(answered.events, 'research.RequestCompleted').length, 1);
  });

  test('a patient opts in to research on a category', async () => {
    const { ferdie: patient } = keys;
    const registered = await api.query.registrar.participants(patient.address);
    if (registered.isNone) await submit(api, api.tx.registrar.registerPatient(), patient);
    const consent = await api.call.medRecApi.researchConsent(patient.address);
    if (!consent.some((c) => c.toNumber() === 7)) {
      await submit(api, api.tx.research.setConsent(7, true), patient);
    }
    const now = await api.call.medRecApi.researchConsent(patient.address);
    assert.ok(now.some((c) => c.toNumber() === 7), `consent recorded: ${now}`);
  });
});
