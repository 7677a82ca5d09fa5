// Research mining through @polkadot/api: a researcher's collators are bound, credits accrue
// as blocks are authored, a request is made and answered, an answer below the cohort floor or
// over more patients than the chain can account for (the clinic's patients with an active
// relationship who consent to research) is refused with a clear error, that bound follows
// relationships and consent, and a patient's research consent shows in MedRecApi.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady } from '@polkadot/util-crypto';
import { connect, participantNumber, submit } from '../lib/chain.mjs';

function eventsNamed(events, name) {
  return events.filter(({ event }) => `${event.section}.${event.method}` === name).map(({ event }) => event);
}

const hash = (text) => u8aToHex(blake2AsU8a(stringToU8a(text), 256));

/** The clinic's patients in this suite: each consents to research and is linked to the clinic. */
const COHORT = 3;

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
    keys.cohort = Array.from({ length: COHORT }, (_, i) => keyring.addFromUri(`//MedRecE2eResearchPatient${i}`));
    const { alice: sudo, dave: researcher, eve: clinic } = keys;
    const roles = async (who) => {
      const participant = await api.query.registrar.participants(who.address);
      return participant.isSome ? participant.unwrap().roles.toNumber() : 0;
    };
    // Idempotent set-up, so the suite can rerun on a long-lived node.
    if (((await roles(researcher)) & 4) === 0) {
      await submit(api, api.tx.sudo.sudo(api.tx.registrar.admit(researcher.address, 'Researcher')), sudo);
    }
    if (((await roles(clinic)) & 2) === 0) {
      await submit(api, api.tx.sudo.sudo(api.tx.registrar.admit(clinic.address, 'Provider')), sudo);
    }
    // Cheaper requests than the defaults, so that a few blocks pay for one, and a cohort floor
    // of three patients (the consortium's default is ten), so that three patients make one.
    const parameters = { creditsPerBlock: 10, requestCost: 20, minCohortFloor: COHORT, requestLifetime: 1000 };
    await submit(api, api.tx.sudo.sudo(api.tx.research.setParameters(parameters)), sudo);

    // The clinic's patients: funded, registered, consenting to research on category 7, and
    // each in a relationship the clinic opened.
    const unfunded = [];
    for (const patient of keys.cohort) {
      if ((await api.query.system.account(patient.address)).data.free.toBigInt() === 0n) unfunded.push(patient);
    }
    if (unfunded.length) {
      const fund = unfunded.map((p) => api.tx.balances.transferKeepAlive(p.address, 10n * 10n ** 12n));
      await submit(api, api.tx.utility.batchAll(fund), sudo);
    }
    for (const patient of keys.cohort) {
      const calls = [];
      if ((await api.query.registrar.participants(patient.address)).isNone) calls.push(api.tx.registrar.registerPatient());
      const consent = await api.call.medRecApi.researchConsent(patient.address);
      if (!consent.some((c) => c.toNumber() === 7)) calls.push(api.tx.research.setConsent(7, true));
      if (calls.length) await submit(api, api.tx.utility.batchAll(calls), patient);
    }
    const opens = [];
    for (const patient of keys.cohort) {
      const summary = await api.call.medRecApi.patientSummary(patient.address);
      if (!summary.some((r) => r.provider.eq(clinic.address))) {
        opens.push(api.tx.relationships.openRelationship(patient.address));
      }
    }
    if (opens.length) await submit(api, api.tx.utility.batchAll(opens), clinic);
  });

  after(async () => {
    await chain?.stop();
  });

  const credits = async () => (await api.call.medRecApi.researchCredits(keys.dave.address)).toBigInt();

  /** How many patients the chain accounts for in the clinic's answers. */
  const bound = async () => {
    const clinic = await participantNumber(api, keys.eve.address);
    return (await api.query.research.consentingPatientsOf(clinic)).toNumber();
  };

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

  test('a request is answered within the floor and what the chain accounts for, and refused outside', async () => {
    const { dave: researcher, eve: clinic } = keys;
    // The suite's patients, and any a long-lived chain linked to the clinic since.
    const accounted = await bound();
    assert.ok(accounted >= COHORT, `the chain accounts for ${accounted} of the clinic's patients`);
    const requested = await submit(
      api,
      api.tx.research.requestAggregate(7, hash('age band by category 7'), [clinic.address], COHORT),
      researcher,
    );
    const [event] = eventsNamed(requested.events, 'research.AggregateRequested');
    assert.equal(event.data.escrow.toBigInt(), 20n);
    const request = event.data.request;

    await assert.rejects(
      submit(api, api.tx.research.answerRequest(request, hash('result'), COHORT - 1), clinic),
      /^Error: research\.CohortTooSmall: /,
    );
    // Claiming patients the chain cannot account for.
    await assert.rejects(
      submit(api, api.tx.research.answerRequest(request, hash('result'), accounted + 1), clinic),
      /^Error: research\.CohortExceedsConsentingPatients: /,
    );
    const answered = await submit(api, api.tx.research.answerRequest(request, hash('result'), COHORT), clinic);
    const [answer] = eventsNamed(answered.events, 'research.RequestAnswered');
    assert.equal(answer.data.cohort.toNumber(), COHORT);
    assert.equal(eventsNamed(answered.events, 'research.RequestCompleted').length, 1);
  });

  test("the bound follows a patient's relationship and consent", async () => {
    const { eve: clinic } = keys;
    const [patient] = keys.cohort;
    const before = await bound();
    await submit(api, api.tx.relationships.reject(clinic.address), patient);
    assert.equal(await bound(), before - 1, 'a rejected relationship does not count');
    await submit(api, api.tx.relationships.acknowledge(clinic.address), patient);
    assert.equal(await bound(), before, 'taken back, it counts again');
    await submit(api, api.tx.research.setConsent(7, false), patient);
    assert.equal(await bound(), before - 1, 'without consent the patient does not count');
    await submit(api, api.tx.research.setConsent(7, true), patient);
    assert.equal(await bound(), before);
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
