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
import { e2eLibs, launchBrowser, portalDir, screenshot } from './harness.mjs';

await e2eLibs(); // sets MEDREC_SPEC when the chain must run the runtime built from this checkout
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
    await page.getByRole('button', { name: /^Open Laboratory results record/ }).first().click();
    await page.getByText('Checked: these values match the fingerprint the chain holds').waitFor({ timeout: 30_000 });
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
    await ward.getByRole('button', { name: /^Open Laboratory results record \d+ of Charlie/ }).first().click();
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
    await sharing.getByLabel("1. The person's account").fill('5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy');
    await sharing.getByLabel('One whole record').check();
    await sharing.getByLabel(/^4\. Until/).fill(until);
    await sharing.getByRole('button', { name: 'Share…' }).click();
    const tx = page.getByTestId('tx');
    await tx.getByText('Share a record for Charlie (development key)').waitFor();
    await tx.getByRole('button', { name: 'Sign and send' }).click();
    await tx.getByText(/^Done: final/).waitFor({ timeout: 60_000 });
    const mine = grants.filter({ hasText: 'Shared by you, as their guardian.' });
    await mine.waitFor({ timeout: 30_000 });
    assert.match(await mine.textContent(), /Dave \(development key\) can see record \d+, until .+ Shared by you, as their guardian\./);
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

    const bob = await signIn('Bob', { patient: false });
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
