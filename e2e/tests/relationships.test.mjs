// Relationships through @polkadot/api: a provider opens a relationship and adds two pointers,
// the patient sees `New` in MedRecApi's summary and acknowledges, the provider updates a
// pointer and the patient sees `Updated`. Events are decoded by name.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, randomAsHex } from '@polkadot/util-crypto';
import { actors } from '../lib/actors.mjs';
import { connect, submit } from '../lib/chain.mjs';

function eventsNamed(events, name) {
  return events.filter(({ event }) => `${event.section}.${event.method}` === name).map(({ event }) => event);
}

/** What the provider's gatekeeper hashes: the data its query returns. Only the hash is sent. */
const contentHash = (data) => u8aToHex(blake2AsU8a(stringToU8a(data), 256));

describe('relationships', () => {
  let chain;
  let api;
  let patient;
  let provider;

  before(async () => {
    chain = await connect();
    api = chain.api;
    // This run's own patient and provider (lib/actors.mjs): new to the chain, however long it
    // has run.
    const { sudo, bob, charlie } = await actors(api, 'relationships', ['bob', 'charlie']);
    patient = charlie;
    provider = bob;

    // Set-up that the registrar's own tests cover.
    await submit(api, api.tx.registrar.registerPatient(), patient);
    await submit(api, api.tx.sudo.sudo(api.tx.registrar.admit(provider.address, 'Provider')), sudo);
  });

  after(async () => {
    await chain?.stop();
  });

  const summaryWithProvider = async () => {
    const summary = await api.call.medRecApi.patientSummary(patient.address);
    const line = summary.find((r) => r.provider.toString() === provider.address);
    assert.ok(line, 'the summary lists the provider');
    return line;
  };

  const pointers = [];
  const references = [];

  test('a provider opens a relationship and adds two pointers; the patient sees New', async () => {
    const opened = await submit(api, api.tx.relationships.openRelationship(patient.address), provider);
    const [event] = eventsNamed(opened.events, 'relationships.RelationshipOpened');
    assert.equal(event.data.patient.toString(), patient.address);
    assert.equal(event.data.status.toString(), 'New');

    // Opaque references, as a gatekeeper derives them (a keyed hash: here fresh random bytes).
    for (const [reference, category, data] of [
      [randomAsHex(16), 7, 'HbA1c 7.9% on 2026-11-01'],
      [randomAsHex(16), 1, 'discharged 2026-11-02'],
    ]) {
      const added = await submit(
        api,
        api.tx.relationships.addPointer(patient.address, reference, category, 0b111, contentHash(data)),
        provider,
      );
      references.push(reference);
      const [addedEvent] = eventsNamed(added.events, 'relationships.PointerAdded');
      assert.equal(addedEvent.data.contentHash.toHex(), contentHash(data));
      pointers.push(addedEvent.data.pointer.toBigInt());
    }

    const line = await summaryWithProvider();
    assert.equal(line.status.toString(), 'New');
    assert.equal(line.pointers.toNumber(), 2);
    // The relationship's pointers come a page at a time, newest first.
    const page = await api.call.medRecApi.pointers(patient.address, provider.address, null, 10);
    assert.deepEqual(page.map((p) => p.id.toBigInt()), [...pointers].reverse());
    assert.equal(page[1].reference.toHex(), references[0]);
    const next = await api.call.medRecApi.pointers(patient.address, provider.address, page[0].id, 10);
    assert.deepEqual(next.map((p) => p.id.toBigInt()), [pointers[0]]);
    const found = await api.call.medRecApi.pointerByReference(provider.address, references[1]);
    assert.equal(found.unwrap().toBigInt(), pointers[1]);
    const inbox = await api.call.medRecApi.notifications(patient.address);
    assert.ok(
      inbox.some((n) => n.isRelationship && n.asRelationship.provider.toString() === provider.address),
      `the patient is notified: ${inbox}`,
    );
  });

  test('the patient acknowledges; an update shows as Updated', async () => {
    const acked = await submit(api, api.tx.relationships.acknowledge(provider.address), patient);
    assert.equal(eventsNamed(acked.events, 'relationships.RelationshipAcknowledged').length, 1);
    assert.equal((await summaryWithProvider()).status.toString(), 'Acknowledged');

    const newHash = contentHash('HbA1c 7.1% on 2026-11-20');
    const updated = await submit(api, api.tx.relationships.updatePointer(pointers[0], newHash), provider);
    const [event] = eventsNamed(updated.events, 'relationships.PointerUpdated');
    assert.equal(event.data.pointer.toBigInt(), pointers[0]);
    const line = await summaryWithProvider();
    assert.equal(line.status.toString(), 'Updated');
    const pointer = await api.call.medRecApi.pointer(pointers[0]);
    assert.equal(pointer.unwrap().contentHash.toHex(), newHash);
  });

  test('a category outside the vocabulary and a reused reference are refused', async () => {
    await assert.rejects(
      submit(api, api.tx.relationships.addPointer(patient.address, randomAsHex(16), 4548, 1, contentHash('x')), provider),
      /^Error: relationships\.UnknownCategory: /,
    );
    await assert.rejects(
      submit(api, api.tx.relationships.addPointer(patient.address, references[0], 7, 1, contentHash('x')), provider),
      /^Error: relationships\.DuplicateReference: /,
    );
  });

  test('terminating releases the pointers', async () => {
    const ended = await submit(api, api.tx.relationships.terminate(patient.address, provider.address), provider);
    const [event] = eventsNamed(ended.events, 'relationships.RelationshipTerminated');
    assert.equal(event.data.by.toString(), 'Provider');
    assert.ok((await api.call.medRecApi.pointer(pointers[0])).isNone, 'the pointer is gone');
  });
});
