// The development chain's genesis (its name, token, collators and funded dev accounts), and a
// signed balance transfer between two of this run's accounts, checked by balances and events.
// Neither is a collator: on a real node the block's author takes a share of the fee pot, which
// would blur the arithmetic.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { actors } from '../lib/actors.mjs';
import { connect, submit } from '../lib/chain.mjs';

const UNIT = 10n ** 12n;

describe('development chain', () => {
  let chain;
  let api;
  let payer;
  let payee;

  before(async () => {
    chain = await connect();
    api = chain.api;
    // This run's own accounts (lib/actors.mjs): nobody else's transfers blur the arithmetic.
    ({ charlie: payer, dave: payee } = await actors(api, 'transfer', ['charlie', 'dave']));
  });

  after(async () => {
    await chain?.stop();
  });

  test('identifies itself as MedRec with the MEDR token', async () => {
    const [name, properties] = await Promise.all([api.rpc.system.chain(), api.rpc.system.properties()]);
    // A node answers with the spec's name, Chopsticks with its id.
    assert.ok(['MedRec Development', 'medrec_dev'].includes(name.toString()), `chain ${name}`);
    assert.equal(api.runtimeVersion.specName.toString(), 'medrec');
    assert.deepEqual(properties.tokenSymbol.unwrap().toJSON(), ['MEDR']);
    assert.deepEqual(properties.tokenDecimals.unwrap().toJSON(), [12]);
  });

  test("names the session's collators to collator discovery, in authoring order", async () => {
    // The omni-node's collator discovery asks AuthorityDiscoveryApi for the collators to
    // connect to: the dev chain's two, by their authority-discovery keys, in the order they
    // author in (Aura's, the session's: invulnerables sorted by account, so Bob first).
    const keyring = new Keyring({ type: 'sr25519' });
    const [alice, bob] = ['//Alice', '//Bob'].map((uri) => u8aToHex(keyring.addFromUri(uri).publicKey));
    const discovery = (await api.call.authorityDiscoveryApi.authorities()).map((key) => key.toHex());
    assert.deepEqual([...discovery].sort(), [alice, bob].sort());
    const aura = (await api.call.auraApi.authorities()).map((key) => key.toHex());
    assert.deepEqual(discovery, aura);
  });

  test('funds the well-known dev accounts', async () => {
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    for (const who of ['//Charlie', '//Dave'].map((uri) => keyring.addFromUri(uri))) {
      const { data } = await api.query.system.account(who.address);
      assert.ok(data.free.toBigInt() >= 1_000n * UNIT, `${who.address} is funded`);
    }
  });

  test('a signed transfer moves the amount and charges the fee to the sender', async () => {
    const amount = 3n * UNIT;

    const { blockHash, events } = await submit(
      api,
      api.tx.balances.transferKeepAlive(payee.address, amount),
      payer,
    );

    const names = events.map(({ event }) => `${event.section}.${event.method}`);
    assert.ok(names.includes('system.ExtrinsicSuccess'), `events: ${names}`);
    const transfer = events.find(({ event }) => api.events.balances.Transfer.is(event));
    assert.ok(transfer, `a balances.Transfer event, got ${names}`);
    assert.equal(transfer.event.data.from.toString(), payer.address);
    assert.equal(transfer.event.data.to.toString(), payee.address);
    assert.equal(transfer.event.data.amount.toBigInt(), amount);
    const feePaid = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event));
    assert.ok(feePaid, `a transactionPayment.TransactionFeePaid event, got ${names}`);
    const fee = feePaid.event.data.actualFee.toBigInt();
    assert.ok(fee > 0n, 'the sender paid a fee');

    // Balances before and after, read at the transfer's block and at its parent.
    const header = await api.rpc.chain.getHeader(blockHash);
    assert.ok(header.number.toNumber() >= 1, 'the transfer is in a built block');
    const [atParent, atBlock] = await Promise.all([api.at(header.parentHash), api.at(blockHash)]);
    const before = await atParent.query.system.account.multi([payer.address, payee.address]);
    const afterTransfer = await atBlock.query.system.account.multi([payer.address, payee.address]);
    assert.equal(
      afterTransfer[1].data.free.toBigInt() - before[1].data.free.toBigInt(),
      amount,
      'the payee received exactly the amount',
    );
    assert.equal(
      before[0].data.free.toBigInt() - afterTransfer[0].data.free.toBigInt(),
      amount + fee,
      'the payer paid the amount and the fee',
    );
    assert.equal(afterTransfer[0].nonce.toNumber(), before[0].nonce.toNumber() + 1);
  });

  test('a transfer beyond the balance fails with a clear error and moves nothing', async () => {
    const { data } = await api.query.system.account(payee.address);
    const tooMuch = data.free.toBigInt() * 2n;
    const error = await submit(api, api.tx.balances.transferKeepAlive(payer.address, tooMuch), payee)
      .then(() => assert.fail('the transfer should fail'), (e) => e);
    assert.match(error.message, /^Token\.FundsUnavailable$/);
    const failed = error.events.find(({ event }) => api.events.system.ExtrinsicFailed.is(event));
    assert.ok(failed, 'an ExtrinsicFailed event');
    assert.ok(!error.events.some(({ event }) => api.events.balances.Transfer.is(event)));
  });
});
