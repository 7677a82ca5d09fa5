// Research mining through @polkadot/api: a researcher's collators are bound, credits accrue
// as blocks are authored, a request is made and answered, an answer below the cohort floor or
// over more patients than the chain can account for (the clinic's patients with an active
// relationship who consent to research) is refused with a clear error, that bound follows
// relationships and consent, and a patient's research consent shows in MedRecApi.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { actors, bindCollators, researchParameters, sudoCalls } from '../lib/actors.mjs';
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
  /** What the suite changed for everyone using the chain, and puts back. */
  const undo = [];

  before(async () => {
    chain = await connect();
    api = chain.api;
    // This run's own accounts (lib/actors.mjs): new to the chain, however long it has run. The
    // clinic's patients are funded with the others.
    const cohort = Array.from({ length: COHORT }, (_, i) => `patient${i}`);
    keys = await actors(api, 'research', ['dave', 'eve', 'ferdie', ...cohort]);
    keys.cohort = cohort.map((name) => keys[name]);
    const { sudo, dave: researcher, eve: clinic } = keys;
    // Cheaper requests than the defaults, so that a few blocks pay for one, and a cohort floor
    // of three patients (the consortium's default is ten), so that three patients make one.
    const parameters = await researchParameters(
      api, { creditsPerBlock: 10, requestCost: 20, minCohortFloor: COHORT, requestLifetime: 1000 },
    );
    await sudoCalls(api, sudo, [
      { root: api.tx.registrar.admit(researcher.address, 'Researcher') },
      { root: api.tx.registrar.admit(clinic.address, 'Provider') },
      ...parameters.steps,
    ]);
    undo.push(...parameters.undo);

    // The clinic's patients: registered, consenting to research on category 7, and each in a
    // relationship the clinic opened.
    for (const patient of keys.cohort) {
      await submit(api, api.tx.utility.batchAll([api.tx.registrar.registerPatient(), api.tx.research.setConsent(7, true)]), patient);
    }
    await submit(api, api.tx.utility.batchAll(keys.cohort.map((p) => api.tx.relationships.openRelationship(p.address))), clinic);
  });

  after(async () => {
    if (undo.length) await sudoCalls(api, keys.sudo, undo);
    await chain?.stop();
  });

  const credits = async () => (await api.call.medRecApi.researchCredits(keys.dave.address)).toBigInt();

  /** How many patients the chain accounts for in the clinic's answers. */
  const bound = async () => {
    const clinic = await participantNumber(api, keys.eve.address);
    return (await api.query.research.consentingPatientsOf(clinic)).toNumber();
  };

  test("the chain's collators, bound to a researcher, earn it credits block by block", async () => {
    const { sudo, dave: researcher } = keys;
    // Each collator binds itself (the privileged key signs for them: a shared network's
    // collators are not the suite's), unbound first from any researcher it had; given back
    // when the suite is done.
    const collators = await bindCollators(api, researcher);
    const bound = await sudoCalls(api, sudo, collators.steps);
    undo.push(...collators.undo);
    const events = eventsNamed(bound.events, 'research.CollatorBound');
    assert.deepEqual(events.map((e) => e.data.collator.toString()), collators.collators);
    assert.ok(events.every((e) => e.data.researcher.eq(researcher.address)));
    // Every block from now on is authored by one of the session's collators (on the
    // development chain Alice or Bob), all bound.
    const before = await credits();
    for (let i = 0; i < 3; i++) await submit(api, api.tx.system.remark(`block ${i}`), keys.ferdie);
    const after = await credits();
    assert.ok(after - before >= 30n, `three blocks earned ${after - before} credits`);
  });

  test('a request is answered within the floor and what the chain accounts for, and refused outside', async () => {
    const { dave: researcher, eve: clinic } = keys;
    // The clinic is this run's: the suite's patients are all it has.
    const accounted = await bound();
    assert.equal(accounted, COHORT, `the chain accounts for ${accounted} of the clinic's patients`);
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
    await submit(api, api.tx.registrar.registerPatient(), patient);
    assert.equal((await api.call.medRecApi.researchConsent(patient.address)).length, 0, 'no consent yet');
    await submit(api, api.tx.research.setConsent(7, true), patient);
    const now = await api.call.medRecApi.researchConsent(patient.address);
    assert.ok(now.some((c) => c.toNumber() === 7), `consent recorded: ${now}`);
  });
});
