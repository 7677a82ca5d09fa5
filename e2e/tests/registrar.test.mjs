// The registrar through @polkadot/api: a patient registers and binds a hashed identifier,
// the consortium admits a provider by vote, and bad input gets a clear module error. Roles are
// passed by name ('Provider'): calls take the registrar's `Role` enum.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { actors, runId, sudoCalls } from '../lib/actors.mjs';
import { connect, submit } from '../lib/chain.mjs';

/** What a provider's system hashes: salt ‖ kind ‖ value. Only the hash reaches the chain. */
function identifierHash(salt, kind, value) {
  return u8aToHex(blake2AsU8a(u8aConcat(stringToU8a(salt), stringToU8a(kind), stringToU8a(value)), 256));
}

function eventsNamed(events, name) {
  return events.filter(({ event }) => `${event.section}.${event.method}` === name).map(({ event }) => event);
}

describe('registrar', () => {
  let chain;
  let api;
  let keys;

  before(async () => {
    chain = await connect();
    api = chain.api;
    // This run's own accounts (lib/actors.mjs): new to the chain, however long it has run.
    keys = await actors(api, 'registrar', ['charlie', 'dave', 'eve', 'ferdie']);
  });

  after(async () => {
    await chain?.stop();
  });

  // Identifiers are unique chain-wide: the hospital's salt is this run's, so that a run on a
  // long-lived chain binds a hash no earlier run bound.
  const mrn = identifierHash(`hospital-salt-${runId}`, 'MRN', '00012345');

  test('a patient registers and binds a hashed identifier', async () => {
    const { ferdie } = keys;
    const registered = await submit(api, api.tx.registrar.registerPatient(), ferdie);
    const [event] = eventsNamed(registered.events, 'registrar.PatientRegistered');
    assert.equal(event.data.who.toString(), ferdie.address);

    const bound = await submit(api, api.tx.registrar.bindIdentifier(mrn), ferdie);
    const [boundEvent] = eventsNamed(bound.events, 'registrar.IdentifierBound');
    assert.equal(boundEvent.data.identifier.toHex(), mrn);

    const owner = await api.query.registrar.identifierOwner(mrn);
    assert.equal(owner.unwrap().toString(), ferdie.address, 'lookup by hash finds the patient');
    const participant = (await api.query.registrar.participants(ferdie.address)).unwrap();
    assert.equal(participant.roles.toNumber() & 1, 1, 'holds the patient role');
    const { data } = await api.query.system.account(ferdie.address);
    assert.ok(data.reserved.toBigInt() > 0n, 'deposits are held');
  });

  test('a duplicate identifier is refused with registrar.IdentifierAlreadyBound', async () => {
    const { eve } = keys;
    await submit(api, api.tx.registrar.registerPatient(), eve);
    await assert.rejects(
      submit(api, api.tx.registrar.bindIdentifier(mrn), eve),
      /^Error: registrar\.IdentifierAlreadyBound: /,
    );
  });

  test('the consortium admits a provider by a two-thirds vote', async () => {
    const { sudo, charlie, dave } = keys;
    // The chain's own members vote, each as itself: the privileged key signs for them
    // (`sudo_as`), as the suite holds no member's key on a shared network. Making this run's
    // accounts members instead would change the threshold of every other open motion, and
    // leave members behind if a run stopped half-way.
    const members = (await api.query.consortium.members()).map(String);
    const threshold = Math.ceil((2 * members.length) / 3);
    assert.ok(threshold >= 2, `a vote needs two members or more; the consortium has ${members.length}`);
    const proposal = api.tx.registrar.admit(dave.address, 'Provider');
    const length = proposal.method.encodedLength;

    const proposed = await sudoCalls(api, sudo, [{ as: members[0], call: api.tx.consortium.propose(threshold, proposal, length) }]);
    const [event] = eventsNamed(proposed.events, 'consortium.Proposed');
    const { proposalHash, proposalIndex } = event.data;
    try {
      // The proposer votes like everyone else; two thirds of the members reach the threshold
      // (on the development chain two of three), in one block.
      await sudoCalls(api, sudo, members.slice(0, threshold).map((member) => (
        { as: member, call: api.tx.consortium.vote(proposalHash, proposalIndex, true) }
      )));
      // The bound is what the proposal weighs as the runtime charges it (an admission pays for
      // every member card of the provider's groups), not a guess.
      const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(proposal.method, length);
      // Anyone closes a motion that reached its threshold: here a patient, no member.
      const closed = await submit(
        api,
        api.tx.consortium.close(proposalHash, proposalIndex, weight, length),
        charlie,
      );
      const [executed] = eventsNamed(closed.events, 'consortium.Executed');
      assert.ok(executed.data.result.isOk, `the motion executed: ${executed.data.result}`);
      const [admitted] = eventsNamed(closed.events, 'registrar.Admitted');
      assert.equal(admitted.data.who.toString(), dave.address);
      assert.equal(admitted.data.role.type, 'Provider');
    } finally {
      // A motion left open would stay among the consortium's for days.
      if ((await api.query.consortium.proposalOf(proposalHash)).isSome) {
        await sudoCalls(api, sudo, [{ root: api.tx.consortium.disapproveProposal(proposalHash) }]);
      }
    }
  });

  test('an admitted provider publishes its gatekeeper profile', async () => {
    const { dave } = keys;
    const key = u8aToHex(dave.publicKey);
    const set = await submit(
      api,
      api.tx.registrar.setProviderProfile('Dave General Hospital', 'https://gatekeeper.dave.example/rpc', key),
      dave,
    );
    assert.equal(eventsNamed(set.events, 'registrar.ProviderProfileSet').length, 1);
    const profile = (await api.query.registrar.providerProfiles(dave.address)).unwrap();
    assert.equal(profile.endpoint.toUtf8(), 'https://gatekeeper.dave.example/rpc');
    assert.equal(profile.signingKey.toHex(), key);
  });

  test('an overlong endpoint is refused with registrar.EndpointTooLong', async () => {
    const { dave } = keys;
    const tooLong = `https://${'a'.repeat(300)}.example`;
    await assert.rejects(
      submit(api, api.tx.registrar.setProviderProfile('Dave General Hospital', tooLong, u8aToHex(dave.publicKey)), dave),
      /^Error: registrar\.EndpointTooLong: /,
    );
  });

  test('a role the chain does not know cannot even be encoded', () => {
    const { eve } = keys;
    // The metadata names the roles, so a wallet refuses a wrong one before anything is signed.
    assert.throws(() => api.tx.registrar.admit(eve.address, 'Administrator'));
    assert.throws(() => api.tx.registrar.admit(eve.address, 7));
  });

  test('the consortium cannot admit a patient: registrar.RoleNotAdmissible', async () => {
    const { sudo, eve } = keys;
    // Admission needs the consortium or root: the privileged key is sudo.
    const { events } = await submit(api, api.tx.sudo.sudo(api.tx.registrar.admit(eve.address, 'Patient')), sudo);
    const [sudid] = eventsNamed(events, 'sudo.Sudid');
    const result = sudid.data.sudoResult;
    assert.ok(result.isErr && result.asErr.isModule, `a module error, got ${result}`);
    const { section, name } = api.registry.findMetaError(result.asErr.asModule);
    assert.equal(`${section}.${name}`, 'registrar.RoleNotAdmissible');
  });

  test('a participant moves its registration to a new key', async () => {
    const { sudo, eve } = keys;
    const newKey = keys.derive('eve-rotated');
    // Held deposits cannot move to an account that does not exist yet.
    await assert.rejects(
      submit(api, api.tx.registrar.rotateAccount(newKey.address), eve),
      /^Error: registrar\.NewAccountUnfunded: /,
    );
    await submit(api, api.tx.balances.transferKeepAlive(newKey.address, 10n ** 12n), sudo);
    const held = (await api.query.system.account(eve.address)).data.reserved.toBigInt();

    const { events } = await submit(api, api.tx.registrar.rotateAccount(newKey.address), eve);
    const [rotated] = eventsNamed(events, 'registrar.AccountRotated');
    // By position: @polkadot/api does not name fields called `new`.
    assert.equal(rotated.data[0].toString(), eve.address);
    assert.equal(rotated.data[1].toString(), newKey.address);
    assert.ok((await api.query.registrar.participants(eve.address)).isNone);
    assert.ok((await api.query.registrar.participants(newKey.address)).isSome);
    const moved = (await api.query.system.account(newKey.address)).data.reserved.toBigInt();
    assert.equal(moved, held, 'the deposits moved, still held');
  });

  test('only the consortium admits: a signed admit is refused', async () => {
    const { eve } = keys;
    await assert.rejects(submit(api, api.tx.registrar.admit(eve.address, 'Provider'), eve), /^Error: BadOrigin$/);
  });
});
