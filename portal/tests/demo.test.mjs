// `make run` as its user meets it: e2e/scripts/demo.mjs (what scripts/run.sh ends in) starts
// the chain, both demo hospitals' gatekeepers and the portal, seeds the story and says so; in
// the browser, with the development accounts the printed URL offers, Charlie sees his records
// from both hospitals and opens one from Bob's gatekeeper, Dave sees what Charlie shared
// with him, Eve is asked to review the emergency access Dave opened on her record and
// contests it, and the researcher asks Bob's hospital for an aggregate and collects it.
// Ctrl-C (SIGINT) stops everything and frees every port.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Blake2256 } from '@polkadot-api/substrate-bindings';
import { axe, e2eLibs, launchBrowser, portalDir, screenshot } from './harness.mjs';

// Sets MEDREC_SPEC when the chain must run the runtime built from this checkout.
const { connect, emrSql } = await e2eLibs();
const spec = process.env.MEDREC_SPEC ?? join(portalDir, '..', 'chain-specs', 'dev.raw.json');

/** Whether nothing listens on `port` of loopback. */
async function isFree(port) {
  const server = createServer();
  server.listen(port, '127.0.0.1');
  try {
    await once(server, 'listening');
    server.close();
    await once(server, 'close');
    return true;
  } catch {
    return false;
  }
}

/** A base port with `count` free ports from it. */
async function freePorts(count) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 20_000);
    const ports = Array.from({ length: count }, (_, i) => base + i);
    if ((await Promise.all(ports.map(isFree))).every(Boolean)) return base;
  }
  throw new Error(`no ${count} free ports in a row`);
}

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';

describe('make run: the whole demo', () => {
  let demo;
  let output = '';
  let state;
  let ports;
  let browser;
  let portalUrl;

  before(async () => {
    // Chain, portal, then the gatekeepers' four.
    const base = await freePorts(6);
    ports = { chain: base, portal: base + 1, gatekeeper: base + 2 };
    state = await mkdtemp(join(tmpdir(), 'medrec-demo-'));
    const started = performance.now();
    demo = spawn(process.execPath, [
      join(portalDir, '..', 'e2e', 'scripts', 'demo.mjs'), '--spec', spec, '--state', state,
      '--port', String(ports.chain), '--portal-port', String(ports.portal), '--gatekeeper-port', String(ports.gatekeeper),
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    demo.stdout.on('data', (d) => { output += d; });
    demo.stderr.on('data', (d) => { output += d; });
    for (let i = 0; !/MedRec is running/.test(output); i++) {
      if (demo.exitCode !== null) throw new Error(`the demo exited ${demo.exitCode}:\n${output}`);
      if (i > 1200) throw new Error(`the demo was not running after 120 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    console.log(`make run's demo ready in ${Math.round(performance.now() - started)} ms (this test's own clock)`);
    [portalUrl] = output.match(/http:\/\/127\.0\.0\.1:\d+\/\?dev=1\S*/) ?? [];
    assert.ok(portalUrl, `the demo prints the portal's URL:\n${output}`);
    for (const who of ['Charlie', 'Dave', 'Eve', 'Bob', 'Ferdie', 'Alice', 'Researcher']) assert.match(output, new RegExp(who), `says who ${who} plays`);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    if (demo && demo.exitCode === null) {
      demo.kill('SIGKILL');
      await once(demo, 'exit');
    }
    if (state) await rm(state, { recursive: true, force: true });
  });

  /**
   * A page of the printed URL, signed in as the development account `name`, on its first
   * screen: a patient's records, (`patient: false`) the invitation to join, or `first`.
   */
  async function signIn(name, { patient = true, first: heading } = {}) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(portalUrl);
    await page.getByRole('button', { name: 'Show development accounts' }).click();
    await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    const first = heading ?? (patient ? 'My records' : 'Join MedRec as a patient');
    await page.getByRole('heading', { name: first }).waitFor({ timeout: 30_000 });
    return page;
  }

  test('Charlie sees his records from both hospitals and opens one', async () => {
    const page = await signIn('Charlie');
    await page.getByRole('heading', { name: 'Bob General Hospital' }).waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'Ferdie Family Clinic' }).waitFor();
    for (const category of ['Laboratory results', 'Conditions', 'Medications']) {
      await page.getByTestId('provider').getByText(category, { exact: true }).first().waitFor();
    }
    await screenshot(page, 'demo-charlie-home');
    await page.getByRole('button', { name: /^Open Laboratory results of / }).first().click();
    await page.getByText('Checked: these values match the fingerprint the chain holds').waitFor({ timeout: 30_000 });
    await page.context().close();
  });

  test("Bob's desk: gatekeeper and publisher in step, a new EMR row on Charlie's screen, a patient looked up, a group changed", async () => {
    // Bob, a provider and no patient, opens on his hospital's desk.
    const bob = await signIn('Bob', { first: 'Bob General Hospital' });
    const gatekeeper = bob.getByTestId('gatekeeper-state');
    await gatekeeper.getByText(/^Serving your patients, following block \d+, with the receipt key your profile names/).waitFor({ timeout: 30_000 });
    await gatekeeper.getByText(/^In step with your database: 8 records on the chain/).waitFor({ timeout: 30_000 });

    // The hospital's EMR gets a new result while Charlie looks at his records.
    const charlie = await signIn('Charlie');
    const hospital = charlie.getByTestId('provider').filter({ hasText: 'Bob General Hospital' });
    await hospital.getByTestId('record-count').getByText('5 records.').waitFor({ timeout: 30_000 });
    const number = (await charlie.getByTestId('medrec-number').locator('strong').textContent()).trim();
    const inserted = performance.now();
    await emrSql({ database: join(state, 'bob', 'demo.sqlite') },
      "INSERT INTO lab_results VALUES (6, 'MRN-0001', '2093-3', 'Cholesterol, total', 198.0, 'mg/dL', '2026-12-05T08:00:00Z')");
    await hospital.getByTestId('record-count').getByText('6 records.').waitFor({ timeout: 30_000 });
    console.log(`# a row inserted in Bob's EMR was on Charlie's screen ${((performance.now() - inserted) / 1000).toFixed(1)} s later (a publisher round every second; Chopsticks, two portal pages following blocks)`);
    await charlie.context().close();

    await bob.getByRole('button', { name: 'Check again' }).click();
    await gatekeeper.getByText(/^In step with your database: 9 records on the chain/).waitFor({ timeout: 30_000 });

    // A patient by the MedRec number their portal shows them; a number nobody holds, refused.
    const lookUp = async (text) => {
      await bob.getByLabel('MedRec number or account').fill(text);
      await bob.getByRole('button', { name: 'Look up' }).click();
    };
    await lookUp('999999');
    await bob.getByText('No participant holds MedRec number 999999.').waitFor();
    await lookUp(number);
    const found = bob.getByTestId('patient-at-desk');
    await found.getByText(`Charlie (development key) · MedRec number ${number}`).waitFor({ timeout: 30_000 });
    await found.getByText('6 records.').waitFor();

    // The emergency department's group: a bad account refused before anything is signed; Alice
    // added, then removed.
    const group = bob.getByTestId('group').first();
    const member = group.getByPlaceholder('Account to add (5…)');
    await member.fill('not-an-account');
    await group.getByRole('button', { name: /^Add/ }).click();
    await group.getByText(/^Enter the member's account address/).waitFor();
    assert.equal(await bob.getByTestId('tx').count(), 0, 'nothing to sign');
    const sign = async () => {
      await bob.getByTestId('tx').getByRole('button', { name: 'Sign and send' }).click();
      await bob.getByTestId('tx').getByText(/^Done: final/).waitFor({ timeout: 60_000 });
      await bob.getByTestId('tx').getByRole('button', { name: 'Close', exact: true }).click();
    };
    await member.fill(ALICE);
    await group.getByRole('button', { name: /^Add/ }).click();
    await sign();
    await group.getByRole('heading', { name: /· 2 members$/ }).waitFor({ timeout: 30_000 });
    await group.getByText('Alice (development key)', { exact: true }).waitFor();
    await screenshot(bob, 'demo-provider-desk');
    await axe(bob, 'provider desk');
    await group.getByRole('button', { name: /^Remove Alice/ }).click();
    await sign();
    await group.getByRole('heading', { name: /· 1 member$/ }).waitFor({ timeout: 30_000 });
    await bob.context().close();
  });

  test("Charlie shares his laboratory results with Bob's emergency department, a group, then stops", async () => {
    const page = await signIn('Charlie');
    await page.getByRole('button', { name: 'Sharing' }).click();
    // Field names come from the gatekeeper with the record: until it is opened, numbers.
    await page.getByLabel('field 0', { exact: true }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Show their names' }).click();
    await page.getByLabel('field 0', { exact: true }).waitFor({ state: 'detached', timeout: 30_000 });
    // The groups of the providers Charlie knows are offered by name and size.
    await page.getByRole('button', { name: "Bob General Hospital's group 0 (1 member)" }).click();
    assert.equal(await page.getByLabel('1. Whom to share with').inputValue(), 'group 0');
    await page.getByLabel('One kind of record, from every provider').check();
    await page.getByLabel('The kind of record').selectOption({ label: 'Laboratory results' });
    await page.getByLabel(/^4\. Until/).fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Share…' }).click();
    const tx = page.getByTestId('tx');
    await tx.getByRole('button', { name: 'Sign and send' }).click();
    await tx.getByText(/^Done: final/).waitFor({ timeout: 60_000 });
    await tx.getByRole('button', { name: 'Close', exact: true }).click();
    const grant = page.getByTestId('grant').filter({ hasText: "Bob General Hospital's group 0" });
    await grant.waitFor({ timeout: 30_000 });
    assert.match(await grant.textContent(), /Bob General Hospital's group 0 can see all laboratory results, until .+/);
    await screenshot(page, 'demo-charlie-shares-with-a-group');
    await grant.getByRole('button', { name: "Stop sharing with Bob General Hospital's group 0: all laboratory results" }).click();
    await tx.getByRole('button', { name: 'Sign and send' }).click();
    await tx.getByText(/^Done: final/).waitFor({ timeout: 60_000 });
    await grant.waitFor({ state: 'detached', timeout: 30_000 });
    await page.context().close();
  });

  test('Dave sees what Charlie shared with him', async () => {
    // Dave is a doctor in the demo, no patient: he is invited to join, and need not.
    const page = await signIn('Dave', { patient: false });
    // Charlie's share, and Eve's record, which Dave opened in the emergency.
    await page.getByRole('button', { name: 'Shared with me (2)' }).waitFor({ timeout: 30_000 });
    await page.context().close();
  });

  test("Eve, Charlie's guardian, opens his records as he would", async () => {
    const page = await signIn('Eve');
    await page.getByRole('button', { name: 'People I act for' }).click();
    const ward = page.getByTestId('ward');
    await ward.waitFor({ timeout: 30_000 });
    assert.match(await ward.textContent(), /Charlie \(development key\)They chose you, until they remove you: you see their records and may share them for them\./);
    await ward.getByText('Ferdie Family Clinic', { exact: false }).first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'demo-eve-guardian');
    await ward.getByRole('button', { name: /^Open Laboratory results of .+, Charlie/ }).first().click();
    await page.getByRole('heading', { name: /^Laboratory results of Charlie/ }).waitFor();
    await page.getByText('Checked: these values match the fingerprint the chain holds').waitFor({ timeout: 30_000 });
    await page.context().close();
  });

  test("Eve shares one of Charlie's records with Dave for him, then stops it", async () => {
    const page = await signIn('Eve');
    await page.getByRole('button', { name: 'People I act for' }).click();
    const sharing = page.getByTestId('ward-sharing');
    // Charlie's own share with Dave, from the story; it names no guardian.
    const grants = sharing.getByTestId('grant');
    await grants.first().waitFor({ timeout: 30_000 });
    assert.equal(await grants.count(), 1);
    assert.doesNotMatch(await grants.first().textContent(), /Shared by/);
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await sharing.getByLabel('1. Whom to share with').fill('5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy');
    await sharing.getByLabel('One whole record').check();
    await sharing.getByLabel(/^4\. Until/).fill(until);
    await sharing.getByRole('button', { name: 'Share…' }).click();
    const tx = page.getByTestId('tx');
    await tx.getByText('Share a record for Charlie (development key)').waitFor();
    await tx.getByRole('button', { name: 'Sign and send' }).click();
    await tx.getByText(/^Done: final/).waitFor({ timeout: 60_000 });
    const mine = grants.filter({ hasText: 'Shared by you, as their guardian.' });
    await mine.waitFor({ timeout: 30_000 });
    assert.match(await mine.textContent(), /Dave \(development key\) can see one .+ record \(.+\), until .+ Shared by you, as their guardian\./);
    await screenshot(page, 'demo-eve-shares-for-charlie');
    await tx.getByRole('button', { name: 'Close', exact: true }).click();
    await mine.getByRole('button', { name: /^Stop sharing/ }).click();
    await tx.getByRole('button', { name: 'Sign and send' }).click();
    await tx.getByText(/^Done: final/).waitFor({ timeout: 60_000 });
    await mine.waitFor({ state: 'detached', timeout: 30_000 });
    assert.equal(await grants.count(), 1, "Charlie's own share stays");
    await page.context().close();
  });

  test('Eve is asked to review the emergency access Dave opened on her record, and contests it', async () => {
    const page = await signIn('Eve');
    const item = page.getByTestId('emergency');
    await item.waitFor({ timeout: 30_000 });
    assert.match(await item.textContent(), /Dave \(development key\) of Bob General Hospital opened your whole record in person/);
    await screenshot(page, 'demo-eve-emergency');
    // She contests it: once final, the chain lists it for the consortium and her inbox is clear.
    await page.getByRole('button', { name: 'No, I contest it' }).click();
    await page.getByTestId('tx').getByRole('button', { name: 'Sign and send' }).click();
    await page.getByTestId('tx').getByText(/^Done: final/).waitFor({ timeout: 60_000 });
    await item.waitFor({ state: 'detached', timeout: 20_000 });
    await page.context().close();
  });

  test('the researcher asks Bob General Hospital for the mean HbA1c and collects it', async () => {
    // A researcher who is no patient opens on the research desk, with the credits Alice's and
    // Bob's collators earned it while the story was seeded.
    const page = await signIn('Researcher', { first: 'Research' });
    await page.getByTestId('credits').getByText(/[1-9]\d* research credits/).waitFor({ timeout: 30_000 });
    await page.getByLabel('Bob General Hospital').check();
    await page.getByLabel('Aggregate', { exact: true }).selectOption({ label: 'Mean result of one laboratory test (laboratory results)' });
    await page.getByLabel(/^LOINC code of the test/).fill('4548-4');
    // Only the parameters' fingerprint goes on chain, and the researcher sees which.
    const fingerprint = `0x${Buffer.from(Blake2256(new TextEncoder().encode('4548-4'))).toString('hex')}`;
    assert.equal(await page.getByTestId('params-hash').textContent(), fingerprint);
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page.getByTestId('tx').getByText('Fee:', { exact: false }).first().waitFor({ timeout: 30_000 });
    await page.getByTestId('tx').getByRole('button', { name: 'Sign and send' }).click();
    await page.getByTestId('tx').getByText(/^Done: final/).waitFor({ timeout: 60_000 });
    const request = page.getByTestId('request').first();
    await request.getByText('Parameters “4548-4”').waitFor({ timeout: 30_000 });
    await request.getByRole('button', { name: 'Get the answer from Bob General Hospital' }).click();
    // Charlie (7.9 %) and Eve (5.4 %) opted in: two patients, mean 6.65.
    const answer = page.getByTestId('answer');
    await answer.getByText('Patients counted').waitFor({ timeout: 60_000 });
    assert.match(await answer.textContent(), /Patients counted2Mean6\.65/);
    await screenshot(page, 'demo-researcher');
    await page.context().close();
  });

  test('the consortium admits Dave as a researcher: Alice proposes, Bob votes and enacts it', async () => {
    const dave = '5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy';
    const alice = await signIn('Alice', { patient: false });
    await alice.getByRole('button', { name: 'Consortium' }).click();
    const who = alice.getByLabel('Account of the institution or researcher');
    // Bad input is refused before anything is signed.
    await who.fill('not-an-account');
    await alice.getByRole('button', { name: 'Propose', exact: true }).click();
    await alice.getByText('"not-an-account" is not a valid account address.').waitFor();
    assert.equal(await alice.getByTestId('tx').count(), 0, 'nothing to sign');
    await who.fill(dave);
    await alice.getByLabel('A researcher').check();
    await alice.getByRole('button', { name: 'Propose', exact: true }).click();
    await alice.getByTestId('tx').getByRole('button', { name: 'Sign and send' }).click();
    await alice.getByTestId('tx').getByText(/^Done: final/).waitFor({ timeout: 60_000 });
    const motion = alice.getByTestId('motion');
    await motion.getByRole('heading', { name: 'Admit Dave (development key) as a researcher' }).waitFor({ timeout: 30_000 });
    assert.match(await motion.textContent(), /1 of 2 ayes needed.*For: Alice \(development key\)\..*You voted for\./);
    await alice.context().close();

    const bob = await signIn('Bob', { first: 'Bob General Hospital' });
    await bob.getByRole('button', { name: 'Consortium' }).click();
    await bob.getByRole('button', { name: 'Vote for: Admit Dave (development key) as a researcher' }).click();
    await bob.getByTestId('tx').getByRole('button', { name: 'Sign and send' }).click();
    await bob.getByTestId('tx').getByText(/^Done: final/).waitFor({ timeout: 60_000 });
    await bob.getByTestId('tx').getByRole('button', { name: 'Close', exact: true }).click(); // the finished transaction's panel
    await bob.getByRole('button', { name: 'Close and enact: Admit Dave (development key) as a researcher' }).click();
    await bob.getByTestId('tx').getByRole('button', { name: 'Sign and send' }).click();
    await bob.getByTestId('tx').getByText(/^Done: final/).waitFor({ timeout: 60_000 });
    await bob.getByText('Enacted: Dave (development key) is now a researcher.').waitFor({ timeout: 30_000 });
    await bob.getByText('No motion is open.').waitFor({ timeout: 30_000 });
    await screenshot(bob, 'demo-consortium');
    await bob.context().close();

    // Dave, no patient and now a researcher, opens on the research desk.
    const page = await signIn('Dave', { first: 'Research' });
    await page.getByTestId('credits').waitFor();
    await page.context().close();
  });

  test('Dave breaks the glass on Charlie\'s record with a reason; Charlie is alerted at once', async () => {
    const charlie = await signIn('Charlie');
    const number = (await charlie.getByTestId('medrec-number').locator('strong').textContent()).trim();
    // Dave, a researcher since the consortium admitted him (above), opens on the research desk.
    const dave = await signIn('Dave', { first: 'Research' });
    await dave.getByRole('button', { name: /^Shared with me/ }).click();
    const form = dave.getByRole('form', { name: 'Emergency access' });
    await form.getByText('On duty for Bob General Hospital (group 0).').waitFor({ timeout: 30_000 });
    await form.getByLabel("The patient's MedRec number or account").fill(number);
    await form.getByRole('button', { name: 'Open the record in an emergency…' }).click();
    await form.getByText('Choose the reason: the patient and the consortium will read it.').waitFor();
    assert.equal(await dave.getByTestId('tx').count(), 0, 'nothing to sign');
    await form.getByLabel('A life-threatening emergency leaves no time to ask').check();
    await form.getByRole('button', { name: 'Open the record in an emergency…' }).click();
    await dave.getByTestId('tx').getByRole('button', { name: 'Sign and send' }).click();
    await dave.getByTestId('tx').getByText(/^Done: final/).waitFor({ timeout: 60_000 });
    await screenshot(dave, 'demo-dave-emergency-access');
    await axe(dave, 'emergency access');
    // Charlie's page, open all along, shows the alert without a reload.
    const alert = charlie.getByTestId('emergency').filter({ hasText: 'a life-threatening emergency leaves no time to ask' });
    await alert.waitFor({ timeout: 30_000 });
    assert.match(await alert.textContent(), /Dave \(development key\) of Bob General Hospital opened your whole record in person/);
    await dave.context().close();
    await charlie.context().close();
  });

  test('Charlie adds a guardian and removes her; ending Eve\'s guardianship ends her proxy too', async () => {
    const page = await signIn('Charlie');
    await page.getByRole('button', { name: 'Sharing' }).click();
    const section = page.getByRole('region', { name: 'Guardians' });
    const eve = section.getByTestId('guardian').filter({ hasText: 'Eve (development key)' });
    await eve.waitFor({ timeout: 30_000 });
    assert.match(await eve.textContent(), /See my records, and share them or stop sharing them for me; until you remove them/);
    await section.getByLabel('Their account').fill('not-an-account');
    await section.getByRole('button', { name: 'Add the guardian…' }).click();
    await section.getByText('"not-an-account" is not a valid account address.').waitFor();
    assert.equal(await page.getByTestId('tx').count(), 0, 'nothing to sign');
    const tx = page.getByTestId('tx');
    const sign = async () => {
      await tx.getByRole('button', { name: 'Sign and send' }).click();
      await tx.getByText(/^Done: final/).waitFor({ timeout: 60_000 });
      await tx.getByRole('button', { name: 'Close', exact: true }).click();
    };
    await section.getByLabel('Their account').fill(ALICE);
    await section.getByLabel('Until (optional; the last day)').fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
    await section.getByRole('button', { name: 'Add the guardian…' }).click();
    await sign();
    const alice = section.getByTestId('guardian').filter({ hasText: 'Alice (development key)' });
    await alice.waitFor({ timeout: 30_000 });
    assert.match(await alice.textContent(), /See my records; until .+/);
    await screenshot(page, 'demo-charlie-guardians');
    await axe(page, 'guardians');
    await alice.getByRole('button', { name: /^Remove/ }).click();
    await sign();
    await alice.waitFor({ state: 'detached', timeout: 30_000 });

    // Eve also holds a Guardian proxy from the story: ending her guardianship ends it.
    process.env.E2E_ENDPOINT = `ws://127.0.0.1:${ports.chain}`;
    const { api } = await connect();
    const CHARLIE = '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y';
    const EVE = '5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw';
    const proxies = async () => (await api.query.proxy.proxies(CHARLIE))[0].map((p) => `${p.delegate.toString()}/${p.proxyType.toString()}`);
    assert.deepEqual(await proxies(), [`${EVE}/Guardian`]);
    await eve.getByRole('button', { name: /^Remove/ }).click();
    await sign();
    await eve.waitFor({ state: 'detached', timeout: 30_000 });
    assert.deepEqual(await proxies(), []);
    await api.disconnect();
    await page.context().close();
  });

  test('Ctrl-C stops everything and frees every port', async () => {
    const exited = once(demo, 'exit');
    demo.kill('SIGINT');
    const timer = setTimeout(() => demo.kill('SIGKILL'), 20_000);
    const [code] = await exited;
    clearTimeout(timer);
    assert.equal(code, 0, output);
    const all = [ports.chain, ports.portal, ports.gatekeeper, ports.gatekeeper + 1, ports.gatekeeper + 2, ports.gatekeeper + 3];
    assert.deepEqual((await Promise.all(all.map(isFree))).map((free, i) => (free ? null : all[i])).filter(Boolean), [], 'ports still in use');
  });
});
