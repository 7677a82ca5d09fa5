// The whole MedRec demo, as `make run` starts it: the development chain on Chopsticks, a
// gatekeeper for each demo provider on the demo EMR, the portal, and a seeded story. Ctrl-C
// stops everything.
//
//   node e2e/scripts/demo.mjs --spec chain-specs/dev.raw.json --state DIR
//        [--port 9944] [--portal-port 5173] [--gatekeeper-port 9950]
//
// The story (every account is a development account, whose keys are public):
//   Bob     Bob General Hospital, a provider: its gatekeeper serves the demo EMR on :9950 and
//           publishes its records' pointers on its own (scripts/emr.mjs changes the EMR)
//   Ferdie  Ferdie Family Clinic, a provider: its gatekeeper on :9952; its pointers are added
//           by hand
//   Charlie a patient (Ana Rivera in the demo EMR) with records at both providers
//   Eve     a patient (Chidi Okafor), and Charlie's guardian (she may view and share for him);
//           Dave opened her record in an emergency, which she is asked to review
//   Dave    a doctor: Charlie shares his kidney test's result (from Ferdie's clinic) with him;
//           on shift in Bob's certified emergency department, he broke the glass on Eve's record
//   Alice   the consortium's sudo
//   Researcher (//MedRecDemoResearcher) an admitted researcher: Alice's and Bob's collators
//           earn it credits; Charlie and Eve let researchers count them in laboratory results
// The portal is built beforehand (scripts/run.sh does it) and served by `vite preview`.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { participantNumber, repoRoot, startChopsticks, submit } from '../lib/chain.mjs';
import {
  emrSql, eventsNamed, fieldSet, keys, enrol, prepareGatekeeper, preparePointer, startGatekeeper,
} from '../lib/gatekeeper.mjs';

const { values: options } = parseArgs({
  options: {
    spec: { type: 'string' },
    state: { type: 'string' },
    port: { type: 'string', default: '9944' },
    'portal-port': { type: 'string', default: '5173' },
    'gatekeeper-port': { type: 'string', default: '9950' },
  },
});
if (!options.spec || !options.state) {
  console.error('usage: demo.mjs --spec RAW_SPEC --state DIR [--port N] [--portal-port N] [--gatekeeper-port N]');
  process.exit(2);
}

const MEDR = 10n ** 12n;
/** Seconds between the rounds of Bob's pointer publisher (a real hospital's: a block time or more). */
const PUBLISH_EVERY = 1;
// The portal's vocabulary (portal/src/client/vocabulary.ts).
const MEDICATIONS = 3;
const LABORATORY = 7;

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const say = (text) => console.log(`  ${text}`);

// Everything started, in order, stopped in reverse on Ctrl-C or on a failure.
const running = [];
let stopping = false;
async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const stop of running.reverse()) {
    await stop().catch((error) => console.error(`  while stopping: ${error.message}`));
  }
  process.exit(code);
}
process.on('SIGINT', () => { console.log('\n  stopping…'); stopAll(0); });
process.on('SIGTERM', () => stopAll(0));

try {
  await main();
} catch (error) {
  console.error(`\nerror: ${error.message}`);
  await stopAll(1);
}

async function main() {
  const chainPort = Number(options.port);
  const portalPort = Number(options['portal-port']);
  const gatekeeperPort = Number(options['gatekeeper-port']);

  // A fresh chain each run, so the gatekeepers' state starts fresh too: their receipts and
  // anchors belong to the chain they were anchored on.
  await rm(options.state, { recursive: true, force: true });
  say(`starting the chain on ws://127.0.0.1:${chainPort} …`);
  // Manual block building while seeding: each wave of the story is one block, not one block
  // per transaction (Chopsticks takes a second or two per block). Instant once it is seeded.
  const chain = await startChopsticks({ port: chainPort, spec: options.spec, blockMode: 'Manual' });
  running.push(() => chain.stop());
  const provider = new WsProvider(chain.endpoint);
  const api = await ApiPromise.create({ provider, noInitWarn: true });
  running.push(() => api.disconnect());
  const k = await keys();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const ferdieKey = keyring.addFromUri('//MedRecDemoGatekeeperFerdie');

  // Bob's hospital publishes its pointers automatically: its gatekeeper's publisher follows its
  // EMR. Ferdie's clinic adds its pointers by hand (the publisher off, as in the demo config).
  const bobFiles = await prepareGatekeeper({
    endpoint: chain.endpoint, anchorEvery: 6, dir: join(options.state, 'bob'),
    port: gatekeeperPort, metricsPort: gatekeeperPort + 1, publishEvery: PUBLISH_EVERY,
  });
  // Both EMRs start from the same demo data; Charlie's kidney test (lab 3) and his lisinopril
  // (medication 2) are the clinic's, not the hospital's.
  await emrSql(bobFiles, 'DELETE FROM lab_results WHERE id = 3', 'DELETE FROM medications WHERE id = 2');
  const ferdieFiles = await prepareGatekeeper({
    endpoint: chain.endpoint, anchorEvery: 6, dir: join(options.state, 'ferdie'),
    provider: k.ferdie.address, seed: '//MedRecDemoGatekeeperFerdie',
    port: gatekeeperPort + 2, metricsPort: gatekeeperPort + 3,
  });

  // The gatekeepers and the portal start while the story is seeded: they need only the chain.
  say(`starting the gatekeepers and the portal, seeding the story (${elapsed()}) …`);
  const services = (async () => {
    for (const files of [bobFiles, ferdieFiles]) {
      const gatekeeper = await startGatekeeper(files.configPath, files.url, { env: { RUST_LOG: process.env.RUST_LOG ?? 'warn' } });
      running.push(() => gatekeeper.stop());
    }
    const portal = await startPortal(portalPort);
    running.push(() => portal.stop());
  })();
  services.catch(() => {}); // awaited once the story is in; a failure must not go unhandled meanwhile
  const wave = async (submissions) => {
    const done = Promise.all(submissions.map((start) => start()));
    done.catch(() => {}); // awaited below; a failure must not go unhandled meanwhile
    for (let i = 0; (await provider.send('author_pendingExtrinsics', [])).length < submissions.length; i++) {
      if (i > 600) throw new Error('the story\'s transactions did not reach the pool within 60 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    await provider.send('dev_newBlock', []);
    return done;
  };
  await seed(api, wave, k, { bob: k.gatekeeper, ferdie: ferdieKey }, { bob: bobFiles, ferdie: ferdieFiles });
  await provider.send('dev_setBlockBuildMode', ['Instant']);
  await services;
  // Last, Bob's registration desk enrols Charlie and Eve in the hospital's EMR: its gatekeeper's
  // publisher finds their records there and publishes them through Bob's `Publisher` proxy
  // within a round or two (Charlie's five and Eve's three), which anyone already looking sees.
  await enrol(bobFiles, api, { 'MRN-0001': k.charlie, 'MRN-0002': k.eve });

  const portalUrl = `http://127.0.0.1:${portalPort}/?dev=1&rpc=${encodeURIComponent(chain.endpoint)}`;
  console.log(`
  MedRec is running (ready in ${elapsed()}).

  Portal:       ${portalUrl}
                (dev=1 offers the development accounts; in the portal choose who you are)
  Chain:        ${chain.endpoint}   (Chopsticks: a block as soon as a transaction arrives)
  Gatekeepers:  ${bobFiles.url} (Bob General Hospital), ${ferdieFiles.url} (Ferdie Family Clinic)

  Who plays whom (development accounts):
    Charlie  a patient with records at both hospitals; start here: "My records"
    Dave     a doctor; Charlie shares one lab result with him ("Shared with me");
             in Bob's emergency department he opened Eve's record ("break the glass")
    Eve      a patient, and Charlie's guardian; asked to review Dave's emergency access
    Bob      Bob General Hospital (provider)      Ferdie  Ferdie Family Clinic (provider)
    Alice    the consortium's sudo
    Researcher  a researcher with credits: ask Bob General Hospital for the mean HbA1c
             (LOINC 4548-4) over the patients who opted in ("Research")

  Bob's hospital publishes from its EMR on its own ("Provider desk" as Bob): its records
  reach the chain in the first seconds. Add a result, and Charlie's portal shows it soon after:
    node e2e/scripts/emr.mjs "INSERT INTO lab_results VALUES (6, 'MRN-0001', '2093-3', 'Cholesterol, total', 198.0, 'mg/dL', '2026-12-05T08:00:00Z')"

  Ctrl-C stops everything.
`);
  await new Promise(() => {});
}

/** Submits `calls` as one `utility.batchAll` signed by `signer`; resolves with its events. */
async function batch(api, signer, calls) {
  const { events } = await submit(api, calls.length === 1 ? calls[0] : api.tx.utility.batchAll(calls), signer);
  return events;
}

/**
 * The story. `wave` puts transactions of different signers into one block, one wave per
 * dependency: admissions and registrations, then profiles and relationships, then pointers,
 * then what the patient decides.
 */
async function seed(api, wave, k, gatekeeperKeys, files) {
  const { alice, bob, charlie, dave, eve, ferdie, researcher } = k;
  await wave([
    () => batch(api, alice, [
      api.tx.sudo.sudo(api.tx.utility.batchAll([
        api.tx.registrar.admit(bob.address, 'Provider'),
        api.tx.registrar.admit(ferdie.address, 'Provider'),
        // Bob's hospital runs an emergency department the consortium certified.
        api.tx.permissions.certifyEmergency(bob.address, true),
        // Research at the demo's scale: two consenting patients may form a cohort (the
        // runtime's floor is 10), asking a provider costs 20 credits, a block earns 100.
        api.tx.research.setParameters({
          creditsPerBlock: 100, requestCost: 20, minCohortFloor: 2, requestLifetime: 7 * 24 * 600,
        }),
      ])),
      // Fees for the gatekeepers' anchoring transactions.
      api.tx.balances.transferKeepAlive(gatekeeperKeys.bob.address, 1_000n * MEDR),
      api.tx.balances.transferKeepAlive(gatekeeperKeys.ferdie.address, 1_000n * MEDR),
      api.tx.balances.transferKeepAlive(researcher.address, 1_000n * MEDR),
    ]),
    () => batch(api, charlie, [api.tx.registrar.registerPatient()]),
    () => batch(api, eve, [api.tx.registrar.registerPatient()]),
  ]);
  // The clinic enrols them by their new participant numbers: the demo EMR's MRN-0001 is
  // Charlie, MRN-0002 Eve. The hospital does too, once the story is in (main).
  await enrol(files.ferdie, api, { 'MRN-0001': charlie, 'MRN-0002': eve });
  const numbers = {
    charlie: (await participantNumber(api, charlie.address)).toString(),
    eve: (await participantNumber(api, eve.address)).toString(),
  };
  // An admission is charged for every member card its groups could hold (up to 1,024), so a
  // transaction holds at most two: the researcher's comes in a block of its own.
  await wave([
    () => batch(api, alice, [api.tx.sudo.sudo(api.tx.registrar.admit(researcher.address, 'Researcher'))]),
  ]);

  const provider = (name, port, key, ...proxies) => [
    api.tx.registrar.setProviderProfile(name, `http://127.0.0.1:${port}`, u8aToHex(key.publicKey)),
    ...proxies.map((type) => api.tx.proxy.addProxy(key.address, type, 0)),
  ];
  // The clinic's pointers, each prepared by its gatekeeper by hand (an opaque reference it
  // remembers, and the record's salted content hash; one at a time: they share its state file),
  // added once it has opened Charlie's relationship, in the same batch.
  const ferdies = files.ferdie.configPath;
  const byHand = [];
  for (const [record, category] of [['lab:3', LABORATORY], ['medication:2', MEDICATIONS]]) {
    const p = await preparePointer(ferdies, record, numbers.charlie, category);
    byHand.push(api.tx.relationships.addPointer(charlie.address, p.reference, p.category, p.fields, p.contentHash));
  }
  const bobPort = new URL(files.bob.url).port;
  const ferdiePort = new URL(files.ferdie.url).port;
  const emergencyDepartment = (await api.query.registrar.nextGroupId()).toNumber();
  const [, , ferdieEvents] = await wave([
    () => batch(api, bob, [
      ...provider('Bob General Hospital', bobPort, gatekeeperKeys.bob, 'Gatekeeper', 'Publisher'),
      api.tx.relationships.openRelationship(charlie.address),
      api.tx.relationships.openRelationship(eve.address),
      // Dave works shifts in Bob's emergency department.
      api.tx.registrar.createGroup(),
      api.tx.registrar.addGroupMember(emergencyDepartment, dave.address),
      // Bob's collator mines research credits for the researcher, as Alice's does.
      api.tx.research.bindCollator(researcher.address),
    ]),
    () => batch(api, alice, [api.tx.research.bindCollator(researcher.address)]),
    () => batch(api, ferdie, [
      ...provider('Ferdie Family Clinic', ferdiePort, gatekeeperKeys.ferdie, 'Gatekeeper'),
      api.tx.relationships.openRelationship(charlie.address),
      ...byHand,
    ]),
    // Charlie makes Eve his guardian: she may view his records and share them for him.
    () => batch(api, charlie, [
      api.tx.permissions.addGuardian(eve.address, 'ManageSharing', null),
      api.tx.proxy.addProxy(eve.address, 'Guardian', 0),
    ]),
  ]);

  // Ferdie's first pointer: Charlie's kidney function test (eGFR, lab 3).
  const egfr = eventsNamed(ferdieEvents, 'relationships.PointerAdded')[0].data.pointer.toBigInt();

  // Charlie shares the test's name (field 1) and its result (field 2) with Dave for 30 days,
  // and lets researchers count him in laboratory results, as Eve does. Meanwhile Eve is
  // brought in unconscious: Dave, on shift in Bob's emergency department, breaks the glass on
  // her record in person (reason code 1); she is asked to review it when she can.
  const { number } = await api.rpc.chain.getHeader();
  const thirtyDays = (30 * 24 * 3600) / 6;
  await wave([
    () => batch(api, charlie, [
      api.tx.permissions.grant(null, { Account: dave.address }, { Fields: [egfr, fieldSet(1, 2)] }, null, number.toNumber() + thirtyDays, 0),
      api.tx.research.setConsent(LABORATORY, true),
    ]),
    () => batch(api, dave, [api.tx.permissions.breakGlass(eve.address, 1, emergencyDepartment)]),
    () => batch(api, eve, [api.tx.research.setConsent(LABORATORY, true)]),
  ]);
}

/** Serves the built portal (portal/dist) with `vite preview`; resolves once it answers. */
async function startPortal(port) {
  const portal = join(repoRoot, 'portal');
  const child = spawn(join(portal, 'node_modules', '.bin', 'vite'), ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: portal, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const exited = once(child, 'exit');
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the portal server exited:\n${output}`);
    if (await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false)) break;
    if (i > 300) throw new Error(`the portal server did not answer within 30 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
