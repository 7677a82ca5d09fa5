// The gatekeeper's FHIR R4 facade, asked as a hospital's integration engine would: plain HTTP
// GETs with `application/fhir+json`, each signed in one `Authorization` header with the
// requester's chain key, against a real chain (Chopsticks, or E2E_ENDPOINT) and the demo EMR.
//
// Dave, granted two fields of Charlie's HbA1c and the whole of one condition, searches Charlie's
// Observations and gets exactly the granted one, SUBSETTED; the condition whole. Every refusal
// (no signature, forged, replayed, expired, no grant, revoked, expired grant, a POST) is an
// OperationOutcome that discloses nothing and leaves no receipt. Charlie reads her grants as
// Consent and her accounting of disclosures as AuditEvent, and both match the chain and the
// receipts.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { actors } from '../lib/actors.mjs';
import { connect, participantNumber, submit } from '../lib/chain.mjs';
import {
  eventsNamed, fieldSet, gatekeeperAt, prepareGatekeeper, preparePointer, setUpChain, startGatekeeper,
} from '../lib/gatekeeper.mjs';
import { allReceipts, fhirAuthorization, fhirGet } from '../lib/protocol.mjs';

const CONDITION_CATEGORY = 3;

describe('FHIR R4 facade', () => {
  let chain;
  let api;
  let k;
  let files;
  let gatekeeper;
  let pointers;
  let grants;
  let condition;
  let conditionGrant;
  let egfr;

  const asDave = (target, options = {}) =>
    fhirGet(gatekeeper.url, target, { provider: k.bob, requester: k.dave, ...options });
  const observations = () => `/fhir/Observation?patient=${k.charlie.address}`;

  /** Asserts a refusal: an OperationOutcome with `status`, FHIR issue `issue` and our `reason`. */
  const refused = (answer, status, issue, reason) => {
    assert.equal(answer.status, status, JSON.stringify(answer.body));
    assert.equal(answer.type, 'application/fhir+json');
    assert.equal(answer.body.resourceType, 'OperationOutcome', JSON.stringify(answer.body));
    assert.equal(answer.body.issue[0].severity, 'error');
    assert.equal(answer.body.issue[0].code, issue);
    if (reason) assert.equal(answer.body.issue[0].details.coding[0].code, reason);
    assert.ok(!JSON.stringify(answer.body).includes('4548-4'), 'no record in a refusal');
  };

  const receipts = () => allReceipts(gatekeeper.url, { provider: k.bob, patient: k.charlie, limit: 100 });

  const followed = (number) => gatekeeperAt(gatekeeper.url, number);

  before(async () => {
    chain = await connect();
    api = chain.api;
    k = await actors(api, 'fhir');
    files = await prepareGatekeeper({
      endpoint: chain.endpoint, anchorEvery: 1, provider: k.bob.address, seed: k.uri('gatekeeper'),
    });
    ({ pointers, grants } = await setUpChain(api, k, files));
    const charlies = (await participantNumber(api, k.charlie.address)).toString();
    const add = async (record, fields, category) => {
      const p = await preparePointer(files.configPath, record, charlies, category);
      const { events } = await submit(
        api, api.tx.relationships.addPointer(k.charlie.address, p.reference, category, fields, p.contentHash), k.bob,
      );
      return eventsNamed(events, 'relationships.PointerAdded')[0].data.pointer.toBigInt();
    };
    condition = await add('condition:1', fieldSet(0, 1, 2, 3), CONDITION_CATEGORY);
    // Charlie's eGFR: hers, at Bob's, and shared with nobody.
    egfr = await add('lab:3', fieldSet(0, 1, 2, 3, 4), 7);
    const { events } = await submit(
      api, api.tx.permissions.grant(null, { Account: k.dave.address }, { Pointer: condition }, null, null, 0), k.charlie,
    );
    conditionGrant = eventsNamed(events, 'permissions.AccessGranted')[0].data.grant.toBigInt();
    gatekeeper = await startGatekeeper(files.configPath, files.url);
  });

  after(async () => {
    await gatekeeper?.stop();
    await files?.remove();
    await chain?.stop();
  });

  test('metadata is an R4 CapabilityStatement naming what is served and how to sign', async () => {
    const { status, type, body } = await fhirGet(gatekeeper.url, '/fhir/metadata');
    assert.equal(status, 200);
    assert.equal(type, 'application/fhir+json');
    assert.equal(body.resourceType, 'CapabilityStatement');
    assert.equal(body.fhirVersion, '4.0.1');
    const rest = body.rest[0];
    assert.deepEqual(rest.resource.map((r) => r.type), ['Observation', 'Condition', 'MedicationRequest', 'Consent', 'AuditEvent']);
    assert.equal(rest.security.service[0].coding[0].code, 'MedRec');
    // Browser apps on other origins may call it: a preflight for the signature header passes,
    // and answers carry the header that lets the page read them.
    const preflight = await fetch(`${gatekeeper.url}/fhir/Observation`, {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-headers'), /authorization/);
    assert.equal(rest.security.cors, true);
    const answer = await fetch(`${gatekeeper.url}/fhir/metadata`, { headers: { origin: 'https://app.example' } });
    assert.equal(answer.headers.get('access-control-allow-origin'), '*');
  });

  test("a signed search returns exactly the granted Observations of Charlie's, subsetted to the granted fields", async () => {
    const before = (await receipts()).length;
    const { status, type, body } = await asDave(observations());
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(type, 'application/fhir+json');
    assert.equal(body.resourceType, 'Bundle');
    assert.equal(body.type, 'searchset');
    assert.equal(body.total, 1);
    const matches = body.entry.filter((e) => e.search.mode === 'match');
    assert.deepEqual(matches.map((e) => e.resource.id), [String(pointers.lab)]);
    const [{ resource, fullUrl }] = matches;
    assert.equal(fullUrl, `${gatekeeper.url}/fhir/Observation/${pointers.lab}`);
    assert.equal(resource.resourceType, 'Observation');
    assert.equal(resource.subject.reference, `Patient/${k.charlie.address}`);
    // Fields 0 (loinc) and 2 (value) only: the code and the number, nothing else.
    assert.deepEqual(resource.meta.tag, [{
      system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue', code: 'SUBSETTED', display: 'subsetted',
    }]);
    assert.deepEqual(resource.code, { coding: [{ system: 'http://loinc.org', code: '4548-4' }] });
    assert.deepEqual(resource.valueQuantity, { value: 7.9 });
    assert.equal(resource.effectiveDateTime, undefined);
    assert.ok(!JSON.stringify(body).includes('Hemoglobin'), 'the label was not granted');
    // Granted but unservable records are named in an outcome entry, not dropped silently.
    const [outcome] = body.entry.filter((e) => e.search.mode === 'outcome');
    assert.equal(outcome.resource.resourceType, 'OperationOutcome');
    assert.match(outcome.resource.issue[0].diagnostics, new RegExp(`Observation/${pointers.stale}: .*stale pointer`));
    assert.ok(!JSON.stringify(body).includes(`"id":"${egfr}"`), 'the eGFR was not shared');
    // One receipt: the one resource disclosed, with the granted fields.
    const after = await receipts();
    assert.equal(after.length, before + 1);
    const { receipt } = after.at(-1);
    assert.deepEqual([receipt.requester, BigInt(receipt.pointer), receipt.fields], [k.dave.address, pointers.lab, [0, 2]]);
  });

  test('a read returns one resource; a record granted whole is not subsetted', async () => {
    const { status, body } = await asDave(`/fhir/Condition/${condition}`);
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.resourceType, 'Condition');
    assert.equal(body.id, String(condition));
    assert.equal(body.meta, undefined);
    assert.deepEqual(body.code.coding, [{
      system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'E11.9', display: 'Type 2 diabetes mellitus without complications',
    }]);
    assert.equal(body.clinicalStatus.coding[0].code, 'active');
    assert.equal(body.onsetDateTime, '2019-06-01');
    assert.equal(body.category[0].coding[0].code, 'problem-list-item');
    const lab = await asDave(`/fhir/Observation/${pointers.lab}`);
    assert.equal(lab.status, 200);
    assert.equal(lab.body.meta.tag[0].code, 'SUBSETTED');
    // The condition is no Observation.
    refused(await asDave(`/fhir/Observation/${condition}`), 404, 'not-found');
  });

  test('search parameters narrow what is returned, on the granted elements only', async () => {
    const search = async (params) => {
      const { status, body } = await asDave(`${observations()}&${params}`);
      assert.equal(status, 200, JSON.stringify(body));
      return (body.entry ?? []).filter((e) => e.search.mode === 'match').map((e) => e.resource.id);
    };
    const lab = [String(pointers.lab)];
    assert.deepEqual(await search(`code=${encodeURIComponent('http://loinc.org|4548-4')}`), lab);
    assert.deepEqual(await search('code=4548-4'), lab);
    assert.deepEqual(await search('code=2093-3'), []);
    assert.deepEqual(await search('category=laboratory'), lab);
    assert.deepEqual(await search(`_id=${pointers.lab}`), lab);
    // A record that exists but was not shared is refused, not hidden.
    refused(await asDave(`${observations()}&_id=${egfr}`), 403, 'forbidden', 'denied');
    // The date was not granted: no date parameter can match it.
    assert.deepEqual(await search('date=ge2000'), []);
    const conditions = await asDave(`/fhir/Condition?patient=${k.charlie.address}&date=ge2019-01&date=lt2020`);
    assert.deepEqual(conditions.body.entry.map((e) => e.resource.id), [String(condition)]);
    // Paging: one per page, and the next link for the rest.
    const page = await asDave(`/fhir/Condition?patient=${k.charlie.address}&_count=1`);
    assert.equal(page.body.total, 1);
    assert.equal(page.body.link.find((l) => l.relation === 'next'), undefined);
    refused(await asDave(`${observations()}&subject=x`), 400, 'invalid');
    refused(await asDave(`${observations()}&date=yesterday`), 400, 'invalid');
    refused(await asDave('/fhir/Observation'), 400, 'invalid');
  });

  test('refusals are OperationOutcomes that disclose nothing and leave no receipt', async () => {
    const before = (await receipts()).length;
    refused(await fhirGet(gatekeeper.url, observations()), 401, 'login');
    // Signed by Eve in Dave's name.
    refused(await asDave(observations(), { signer: k.eve }), 401, 'security', 'bad_signature');
    // Signed for another target than the one asked.
    const forOther = fhirAuthorization({ provider: k.bob, requester: k.dave, target: `/fhir/Observation/${egfr}` });
    refused(await fhirGet(gatekeeper.url, `/fhir/Observation/${pointers.lab}`, { authorization: forOther }), 401, 'security', 'bad_signature');
    // Signed for Ferdie's gatekeeper.
    refused(await asDave(observations(), { provider: k.ferdie }), 401, 'security', 'bad_signature');
    const once = fhirAuthorization({ provider: k.bob, requester: k.dave, target: observations() });
    assert.equal((await fhirGet(gatekeeper.url, observations(), { authorization: once })).status, 200);
    refused(await fhirGet(gatekeeper.url, observations(), { authorization: once }), 401, 'security', 'replayed');
    refused(await asDave(observations(), { expires: Date.now() - 1 }), 401, 'security', 'expired');
    refused(await fhirGet(gatekeeper.url, observations(), { authorization: 'Bearer abc' }), 401, 'login');
    // Eve holds no grant of Charlie's.
    const eve = { provider: k.bob, requester: k.eve };
    refused(await fhirGet(gatekeeper.url, observations(), eve), 403, 'forbidden', 'denied');
    refused(await fhirGet(gatekeeper.url, `/fhir/Observation/${pointers.lab}`, eve), 403, 'forbidden', 'denied');
    refused(await asDave(`/fhir/Observation/${egfr}`), 403, 'forbidden', 'denied');
    refused(await asDave('/fhir/Observation/999999'), 404, 'not-found');
    refused(await asDave('/fhir/Patient/1'), 404, 'not-supported');
    refused(await asDave(observations(), { method: 'POST' }), 405, 'not-supported');
    refused(await asDave(`${observations()}&code=${'9'.repeat(3000)}`), 414, 'too-long');
    // Only Charlie reads Charlie's consents and accounting of disclosures.
    refused(await asDave(`/fhir/Consent?patient=${k.charlie.address}`), 403, 'forbidden');
    refused(await asDave(`/fhir/AuditEvent?patient=${k.charlie.address}`), 403, 'forbidden');
    // The one accepted search above disclosed one resource; nothing else left a receipt.
    assert.equal((await receipts()).length, before + 1);
  });

  test('a revoked grant and an expired grant are refused from their block on', async () => {
    const before = (await receipts()).length;
    const revoked = await submit(api, api.tx.permissions.revoke(grants.lab), k.charlie);
    await followed((await api.rpc.chain.getHeader(revoked.blockHash)).number.toNumber());
    refused(await asDave(`/fhir/Observation/${pointers.lab}`), 403, 'forbidden', 'denied');
    // The stale pointer's grant still stands, and it cannot be served: a search finds nothing
    // to return but does not refuse.
    const search = await asDave(observations());
    assert.equal(search.status, 200);
    assert.equal(search.body.total, 0);

    const medication = await (async () => {
      const charlies = (await participantNumber(api, k.charlie.address)).toString();
      const p = await preparePointer(files.configPath, 'medication:1', charlies, 3);
      const { events } = await submit(api, api.tx.relationships.addPointer(k.charlie.address, p.reference, 3, fieldSet(0, 1, 2, 3), p.contentHash), k.bob);
      return eventsNamed(events, 'relationships.PointerAdded')[0].data.pointer.toBigInt();
    })();
    // Granted in the next block, for two blocks: no longer valid from block `expiry` on.
    const expiry = (await api.rpc.chain.getHeader()).number.toNumber() + 3;
    const granted = await submit(api, api.tx.permissions.grant(null, { Account: k.dave.address }, { Pointer: medication }, null, expiry, 0), k.charlie);
    await followed((await api.rpc.chain.getHeader(granted.blockHash)).number.toNumber());
    let answer = await asDave(`/fhir/MedicationRequest/${medication}`);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.medicationCodeableConcept.coding[0].code, '860975');
    assert.equal(answer.body.dosageInstruction[0].text, '500 mg twice daily');
    for (let i = 0; i < 2; i++) await submit(api, api.tx.system.remark(`block ${i}`), k.ferdie);
    await followed(expiry);
    answer = await asDave(`/fhir/MedicationRequest/${medication}`);
    refused(answer, 403, 'forbidden', 'denied');
    // The one read while the grant held left the only receipt.
    assert.equal((await receipts()).length, before + 1);
  });

  test("Charlie's grants read as Consent and her receipts as AuditEvent, as the chain and the receipts say", async () => {
    const asCharlie = (target) => fhirGet(gatekeeper.url, target, { provider: k.bob, requester: k.charlie });
    const consents = await asCharlie(`/fhir/Consent?patient=${k.charlie.address}`);
    assert.equal(consents.status, 200, JSON.stringify(consents.body));
    const onChain = await api.call.medRecApi.grantsOf(k.charlie.address);
    const resources = consents.body.entry.map((e) => e.resource);
    assert.deepEqual(
      resources.filter((c) => c.scope.coding[0].code === 'patient-privacy').map((c) => c.identifier[0].value),
      // Decimal, as the gatekeeper writes them: a grant id carries the patient's participant
      // number in its high bits, so beyond a chain's first patient it exceeds 2^53, where
      // `toJSON()` would give hex.
      onChain.map((g) => g.id.toString()),
    );
    const conditionConsent = resources.find((c) => c.id === `grant-${conditionGrant}`);
    assert.equal(conditionConsent.status, 'active');
    assert.equal(conditionConsent.patient.reference, `Patient/${k.charlie.address}`);
    assert.equal(conditionConsent.provision.type, 'permit');
    assert.equal(conditionConsent.provision.actor[0].reference.identifier.value, k.dave.address);
    assert.equal(conditionConsent.provision.purpose[0].code, 'TREAT');
    assert.equal(conditionConsent.provision.data[0].reference.identifier.value, String(condition));
    // Each entry can be read at its full URL.
    const entry = consents.body.entry.find((e) => e.resource.id === `grant-${conditionGrant}`);
    assert.equal(entry.fullUrl, `${gatekeeper.url}/fhir/Consent/grant-${conditionGrant}`);
    assert.deepEqual((await asCharlie(`/fhir/Consent/grant-${conditionGrant}`)).body, conditionConsent);

    // Receipts as AuditEvents, two per page, once all are anchored.
    let all;
    for (let i = 0; i < 100; i++) {
      all = await receipts();
      if (all.every((r) => r.inclusion)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const events = [];
    let target = `/fhir/AuditEvent?patient=${k.charlie.address}&_count=2`;
    for (;;) {
      const page = await asCharlie(target);
      assert.equal(page.status, 200, JSON.stringify(page.body));
      events.push(...(page.body.entry ?? []).map((e) => e.resource));
      const next = page.body.link.find((l) => l.relation === 'next');
      if (!next) break;
      target = new URL(next.url).pathname + new URL(next.url).search;
    }
    assert.equal(events.length, all.length);
    events.forEach((event, i) => {
      const { receipt, inclusion } = all[i];
      const detail = Object.fromEntries(event.entity[1].detail.map((d) => [d.type, d.valueString]));
      assert.equal(event.id, `receipt-${receipt.seq}`);
      assert.equal(event.type.code, '110106');
      assert.equal(event.agent[1].who.identifier.value, receipt.requester);
      assert.equal(event.entity[0].what.reference, `Patient/${receipt.patient}`);
      assert.equal(event.entity[1].what.identifier.value, String(receipt.pointer));
      assert.equal(detail.fields, receipt.fields.join(','));
      assert.equal(detail.leaf, receipt.leaf);
      assert.equal(detail['authorizing-block'], `${receipt.blockNumber} ${receipt.blockHash}`);
      assert.equal(detail.anchor, `${inclusion.anchor} ${inclusion.root}`);
    });
    const [first] = events;
    assert.deepEqual((await asCharlie(`/fhir/AuditEvent/${first.id}`)).body, first);
    // Another's receipts are not Dave's to read, nor is Charlie's consent.
    refused(await asDave(`/fhir/AuditEvent/${first.id}`), 404, 'not-found', 'unknown_receipt');
    refused(await asDave(`/fhir/Consent/grant-${conditionGrant}`), 404, 'not-found');
  });
});
