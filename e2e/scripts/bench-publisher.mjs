// Publishing at hospital scale: the demo EMR emptied and refilled with PATIENTS patients of
// RECORDS records each, every patient registered on a fresh Chopsticks chain and none known to
// Bob's gatekeeper; then the gatekeeper's publisher (a release build, MEDREC_GATEKEEPER_BIN)
// publishes them all. Prints records per second, blocks used, fees paid and the weight charged
// per pointer next to `Balances::transfer_keep_alive` from the same chain. Run through
// scripts/bench-publisher.sh, which builds the binary.
//   node scripts/bench-publisher.mjs [--patients N] [--records N] [--batch N]

import { join } from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import sqlite3 from 'sqlite3';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import { connect, participantNumber, submit } from '../lib/chain.mjs';
import { eventsNamed, fieldSet, keys, prepareGatekeeper, startGatekeeper } from '../lib/gatekeeper.mjs';

const { values: args } = parseArgs({
  options: {
    patients: { type: 'string', default: '1000' },
    records: { type: 'string', default: '10' },
    batch: { type: 'string', default: '250' },
  },
});
const PATIENTS = Number(args.patients);
const RECORDS = Number(args.records);
const BATCH = Number(args.batch);
const UNIT = 10n ** 12n;

await cryptoWaitReady();
const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
const patients = Array.from({ length: PATIENTS }, (_, n) => keyring.addFromUri(`//MedRecBenchPatient//${n}`));

const chain = await connect();
const { api } = chain;
const files = await prepareGatekeeper({ endpoint: chain.endpoint, anchorEvery: 3600 });
let gatekeeper;
let db;
const run = (sql, params = []) => new Promise((resolve, reject) => {
  db.run(sql, params, (error) => (error ? reject(error) : resolve()));
});
try {
  const k = await keys();
  const { alice: sudo, bob } = k;
  const gk = k.gatekeeper;

  // The EMR: PATIENTS patients, RECORDS lab results each; linked to MedRec once registered.
  db = new sqlite3.Database(join(files.dir, 'demo.sqlite'));
  await run('BEGIN');
  for (const table of ['lab_results', 'conditions', 'medications', 'patients']) await run(`DELETE FROM ${table}`);
  for (const [n, patient] of patients.entries()) {
    const mrn = `MRN-B${String(n).padStart(6, '0')}`;
    await run('INSERT INTO patients VALUES (?, NULL, ?, ?, ?)', [mrn, 'Bench', `Patient ${n}`, '1970-01-01']);
    for (let r = 0; r < RECORDS; r++) {
      await run('INSERT INTO lab_results VALUES (?, ?, ?, ?, ?, ?, ?)',
        [n * RECORDS + r + 1, mrn, '4548-4', 'Hemoglobin A1c', 5 + ((n + r) % 40) / 10, '%', '2026-12-01T08:00:00Z']);
    }
  }
  await run('COMMIT');

  // The chain: Bob a provider whose gatekeeper may publish for him, every patient registered
  // (by the sudo key, as each patient would: funds, then their own registration).
  await submit(api, api.tx.balances.transferKeepAlive(gk.address, 100_000n * UNIT), sudo);
  await submit(api, api.tx.sudo.sudo(api.tx.registrar.admit(bob.address, 'Provider')), sudo);
  await submit(api, api.tx.sudo.sudo(api.tx.balances.forceSetBalance(bob.address, 1_000_000n * UNIT)), sudo);
  await submit(api, api.tx.utility.batchAll([
    api.tx.registrar.setProviderProfile('Bob General Hospital', files.url, u8aToHex(gk.publicKey)),
    api.tx.proxy.addProxy(gk.address, 'Publisher', 0),
  ]), bob);
  for (let first = 0; first < PATIENTS; first += 200) {
    const calls = patients.slice(first, first + 200).flatMap((p) => [
      api.tx.balances.forceSetBalance(p.address, 100n * UNIT),
      api.tx.utility.dispatchAs({ system: { Signed: p.address } }, api.tx.registrar.registerPatient()),
    ]);
    const { events } = await submit(api, api.tx.sudo.sudo(api.tx.utility.batchAll(calls)), sudo);
    if (!eventsNamed(events, 'utility.BatchCompleted').length) throw new Error('registrations failed');
  }
  // Enrolment: the EMR records each patient's participant number.
  await run('BEGIN');
  for (const [n, patient] of patients.entries()) {
    const number = (await participantNumber(api, patient.address)).toString();
    await run('UPDATE patients SET medrec_number = ? WHERE mrn = ?', [number, `MRN-B${String(n).padStart(6, '0')}`]);
  }
  await run('COMMIT');
  await new Promise((r) => db.close(r));
  console.log(`chain ready: ${PATIENTS} patients registered, ${PATIENTS * RECORDS} records in the EMR`);

  // The gatekeeper, its publisher on: a round a second, BATCH calls a transaction, no rate limit.
  let config = await readFile(files.configPath, 'utf8');
  config = config
    .replace(/^\[publisher\]\nenabled = false$/m, '[publisher]\nenabled = true')
    .replace(/^interval_secs = 6$/m, 'interval_secs = 1')
    .replace(/^batch = 50$/m, `batch = ${BATCH}`)
    .replace(/^calls_per_minute = 600$/m, 'calls_per_minute = 10000000');
  await writeFile(files.configPath, config);
  const balance = async (who) => (await api.query.system.account(who)).data.free.toBigInt();
  const feesBefore = await balance(gk.address);
  const firstBlock = (await api.rpc.chain.getHeader()).number.toNumber();
  const pointersBefore = (await api.query.relationships.nextPointerId()).toNumber();
  const started = performance.now();
  gatekeeper = await startGatekeeper(files.configPath, files.url, { env: { RUST_LOG: 'warn' } });
  const total = PATIENTS * RECORDS;
  let published = 0;
  for (let last = -1; published < total; await new Promise((r) => setTimeout(r, 500))) {
    published = (await api.query.relationships.nextPointerId()).toNumber() - pointersBefore;
    if (published !== last && published % 1000 < 250) {
      console.log(`  ${published} pointers after ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    last = published;
    if (performance.now() - started > 3_600_000) throw new Error(`only ${published} of ${total} in an hour`);
  }
  const seconds = (performance.now() - started) / 1000;
  const blocks = (await api.rpc.chain.getHeader()).number.toNumber() - firstBlock;
  const fees = feesBefore - await balance(gk.address);

  // What the chain charges a pointer, and a transfer, for scale.
  const weigh = async (call) => {
    const info = await api.call.transactionPaymentCallApi.queryCallInfo(call, call.encodedLength);
    return { refTime: info.weight.refTime.toBigInt(), proof: info.weight.proofSize.toBigInt(), fee: info.partialFee.toBigInt() };
  };
  const pointer = await weigh(api.tx.relationships.addPointer(patients[0].address, u8aToHex(new Uint8Array(16)), 7, fieldSet(0, 1, 2, 3, 4), u8aToHex(new Uint8Array(32))));
  const transfer = await weigh(api.tx.balances.transferKeepAlive(bob.address, UNIT));
  const us = (w) => (Number(w.refTime) / 1e6).toFixed(1);
  const dot = (planck) => (Number(planck) / 1e12).toFixed(4);
  console.log(`published ${total} records of ${PATIENTS} patients (${PATIENTS} relationships opened) in ${seconds.toFixed(1)} s: ${(total / seconds).toFixed(1)} records/s`);
  console.log(`blocks used: ${blocks} (${(total / blocks).toFixed(0)} records a block, batches of ${BATCH} calls)`);
  console.log(`fees paid by the gatekeeper's key: ${dot(fees)} UNIT (${dot(fees / BigInt(total))} a record)`);
  console.log(`add_pointer charged (pre-dispatch, worst case): ${us(pointer)} µs, ${pointer.proof} proof bytes, fee ${dot(pointer.fee)} UNIT alone`);
  console.log(`transfer_keep_alive charged: ${us(transfer)} µs, ${transfer.proof} proof bytes, fee ${dot(transfer.fee)} UNIT`);
} finally {
  await gatekeeper?.stop();
  await files.remove();
  await chain.stop();
}
