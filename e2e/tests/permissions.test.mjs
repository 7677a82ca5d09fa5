// Permissions through @polkadot/api: a patient shares one field of one pointer with a doctor,
// a raw `state_call` of `MedRecApi_can_access` (as a gatekeeper makes it) says yes for that
// field and no for another; after the revocation's block it says no. A guardian acting through
// a `Guardian` proxy shares within that proxy type and is refused outside it. A provider
// cannot make itself a guardian-maker: it proposes, the patient accepts, and only then does the
// guardian see anything. A member of a certified provider's emergency team breaks the glass in
// person, and the patient's notifications say so.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, randomAsHex } from '@polkadot/util-crypto';
import { actors } from '../lib/actors.mjs';
import { connect, submit } from '../lib/chain.mjs';

function eventsNamed(events, name) {
  return events.filter(({ event }) => `${event.section}.${event.method}` === name).map(({ event }) => event);
}

/** A field set: bit `code` for each field code. */
const fieldSet = (...codes) => codes.reduce((set, code) => set | (1n << BigInt(code)), 0n);

describe('permissions', () => {
  let chain;
  let api;
  let keys;
  let pointer;

  before(async () => {
    chain = await connect();
    api = chain.api;
    // This run's own accounts (lib/actors.mjs): new to the chain, however long it has run.
    keys = await actors(api, 'permissions', ['bob', 'charlie', 'dave', 'ferdie']);
    const { sudo, bob: provider, charlie: patient } = keys;

    // Set-up the other suites cover.
    await submit(api, api.tx.registrar.registerPatient(), patient);
    await submit(api, api.tx.sudo.sudo(api.tx.registrar.admit(provider.address, 'Provider')), sudo);
    await submit(api, api.tx.relationships.openRelationship(patient.address), provider);
    const hash = u8aToHex(blake2AsU8a(stringToU8a('HbA1c 7.9% on 2026-11-01'), 256));
    const added = await submit(
      api,
      // A fresh opaque reference, as a gatekeeper's are unique per record.
      api.tx.relationships.addPointer(patient.address, randomAsHex(16), 7, fieldSet(0, 1, 2), hash),
      provider,
    );
    pointer = eventsNamed(added.events, 'relationships.PointerAdded')[0].data.pointer.toBigInt();
  });

  after(async () => {
    await chain?.stop();
  });

  /**
   * `MedRecApi_can_access(viewer, patient, pointer, fields, at: None)` by raw `state_call` at
   * `blockHash`, as a gatekeeper calls it: the allowed fields, or the denial's name.
   */
  async function canAccess(viewer, fields, blockHash) {
    const args = u8aConcat(
      api.createType('AccountId', viewer.address).toU8a(),
      api.createType('AccountId', keys.charlie.address).toU8a(),
      api.createType('u64', pointer).toU8a(),
      api.createType('u64', fields).toU8a(),
      api.createType('Option<u32>', null).toU8a(),
    );
    // Hex, not bytes: @polkadot/api reads a Uint8Array given as `Bytes` as length-prefixed.
    const raw = await api.rpc.state.call('MedRecApi_can_access', u8aToHex(args), blockHash);
    // Result<FieldSet (u64), Denial (a fieldless enum)>, without a length prefix.
    const result = api.createType('Result<u64, u8>', raw.toU8a(true));
    if (result.isOk) return { ok: result.asOk.toBigInt() };
    const decoded = await api.call.medRecApi.canAccess(viewer.address, keys.charlie.address, pointer, fields, null);
    return { denied: decoded.asErr.toString() };
  }

  test('a field grant says yes for that field, no for another; the revocation block says no', async () => {
    const { charlie: patient, dave: doctor } = keys;
    const granted = await submit(
      api,
      api.tx.permissions.grant(null, { Account: doctor.address }, { Fields: [pointer, fieldSet(2)] }, null, null, 1),
      patient,
    );
    const [event] = eventsNamed(granted.events, 'permissions.AccessGranted');
    assert.equal(event.data.scope.asFields[0].toBigInt(), pointer);
    const grant = event.data.grant.toBigInt();

    assert.deepEqual(await canAccess(doctor, fieldSet(2), granted.blockHash), { ok: fieldSet(2) });
    assert.deepEqual(await canAccess(doctor, fieldSet(1), granted.blockHash), { denied: 'NoGrant' });

    const revoked = await submit(api, api.tx.permissions.revoke(grant), patient);
    assert.equal(eventsNamed(revoked.events, 'permissions.AccessRevoked').length, 1);
    assert.deepEqual(await canAccess(doctor, fieldSet(2), revoked.blockHash), { denied: 'NoGrant' });
    // The block before still said yes: the chain keeps history, the gatekeeper asks the latest.
    assert.deepEqual(await canAccess(doctor, fieldSet(2), granted.blockHash), { ok: fieldSet(2) });
  });

  test('a guardian proxy shares within its type and is refused outside it', async () => {
    const { charlie: patient, ferdie: guardian, dave: doctor } = keys;
    await submit(api, api.tx.proxy.addProxy(guardian.address, 'Guardian', 0), patient);

    const share = api.tx.permissions.grant(null, { Account: doctor.address }, { Pointer: pointer }, null, 1_000_000, 2);
    const shared = await submit(api, api.tx.proxy.proxy(patient.address, null, share), guardian);
    const [executed] = eventsNamed(shared.events, 'proxy.ProxyExecuted');
    assert.ok(executed.data.result.isOk, `the grant went through: ${executed.data.result}`);
    assert.deepEqual(await canAccess(doctor, fieldSet(0, 1), shared.blockHash), { ok: fieldSet(0, 1) });

    const transfer = api.tx.balances.transferKeepAlive(guardian.address, 1_000_000_000n);
    const refused = await submit(api, api.tx.proxy.proxy(patient.address, null, transfer), guardian);
    const [outcome] = eventsNamed(refused.events, 'proxy.ProxyExecuted');
    assert.ok(outcome.data.result.isErr, 'the transfer is refused');
    const { section, name } = api.registry.findMetaError(outcome.data.result.asErr.asModule);
    assert.equal(`${section}.${name}`, 'system.CallFiltered');
  });

  test('breaking the glass notifies the patient', async () => {
    const { sudo, bob: provider, charlie: patient } = keys;
    await submit(api, api.tx.sudo.sudo(api.tx.permissions.certifyEmergency(provider.address, true)), sudo);
    const opened = await submit(api, api.tx.permissions.breakGlass(patient.address, 9, null), provider);
    const [event] = eventsNamed(opened.events, 'permissions.EmergencyAccessOpened');
    assert.equal(event.data.patient.toString(), patient.address);
    assert.equal(event.data.reason.toNumber(), 9);
    const inbox = await api.call.medRecApi.emergencies(patient.address);
    assert.ok(inbox.some((e) => e.id.eq(event.data.emergency)), 'the patient sees it awaiting review');
    assert.deepEqual(await canAccess(provider, fieldSet(0, 1, 2), opened.blockHash), { ok: fieldSet(0, 1, 2) });

    const told = (await api.call.medRecApi.notifications(patient.address)).filter((n) => n.isEmergency);
    assert.ok(told.some((n) => n.asEmergency.emergency.eq(event.data.emergency)), 'the notifications show it');

    const reviewed = await submit(api, api.tx.permissions.reviewEmergency(event.data.emergency, true), patient);
    const [review] = eventsNamed(reviewed.events, 'permissions.EmergencyReviewed');
    assert.equal(review.data.review.toString(), 'Contested');
    assert.ok((await api.query.permissions.contestedEmergencies(event.data.emergency)).isSome, 'the consortium sees it');
  });

  test('a provider only proposes a guardian; the patient accepts, and only then the guardian sees', async () => {
    const { bob: provider, charlie: patient } = keys;
    // Nobody's guardian yet, and needing no funds: it only reads.
    const guardian = keys.derive('guardian');
    const until = (await api.query.system.number()).toNumber() + 1_000;

    // What let any treating provider hand a patient's sharing to someone: refused now.
    await assert.rejects(
      submit(api, api.tx.permissions.appointGuardian(patient.address, guardian.address, 'ManageSharing', until, 'Incapacity'), provider),
      /BadOrigin/,
    );
    const proposed = await submit(
      api, api.tx.permissions.proposeGuardian(patient.address, guardian.address, 'ManageSharing', until), provider,
    );
    assert.equal(eventsNamed(proposed.events, 'permissions.GuardianProposed').length, 1);
    const inbox = await api.call.medRecApi.notifications(patient.address);
    assert.ok(
      inbox.some((n) => n.isGuardianProposed && n.asGuardianProposed.guardian.toString() === guardian.address),
      'the patient is asked',
    );
    assert.deepEqual(await canAccess(guardian, fieldSet(0), proposed.blockHash), { denied: 'NoGrant' });

    const accepted = await submit(api, api.tx.permissions.acceptGuardian(guardian.address), patient);
    const [added] = eventsNamed(accepted.events, 'permissions.GuardianAdded');
    assert.equal(added.data.basis.isAccepted, true);
    assert.deepEqual(await canAccess(guardian, fieldSet(0), accepted.blockHash), { ok: fieldSet(0) });
    const wards = await api.call.medRecApi.wards(guardian.address);
    assert.deepEqual(wards.map((w) => w.patient.toString()), [patient.address], 'the guardian lists the patient');

    // The patient's veto ends it at once.
    const removed = await submit(api, api.tx.permissions.removeGuardian(patient.address, guardian.address), patient);
    assert.deepEqual(await canAccess(guardian, fieldSet(0), removed.blockHash), { denied: 'NoGrant' });
    assert.equal((await api.call.medRecApi.wards(guardian.address)).length, 0);
  });
});
