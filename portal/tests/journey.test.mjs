// The portal's journey in a real browser, on a real chain and a real gatekeeper: Charlie (a
// patient) connects; Bob's hospital adds a record and Charlie's notification appears without a
// reload; Charlie acknowledges it, opens it (values shown, hash checked) and shares one field
// with Dave (a doctor) until a date; Dave opens it and sees only that field; Charlie's access
// history shows Dave's access, verified against the chain's anchor; Charlie revokes and Dave's
// next open is refused with a clear message. Bad input changes nothing. axe-core finds no
// serious or critical violation on the main screens, which are also saved as screenshots.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axe, contextWithWallet, e2eLibs, launchBrowser, screenshot, servePortal } from './harness.mjs';

const {
  connect, enrol, submit, fieldSet, keys, participantNumber, prepareGatekeeper, preparePointer, startGatekeeper,
} = await e2eLibs();

const LAB = 7;
const measured = {};


/** Clicks "Sign and send" once the fee is shown and waits for the transaction's end. */
async function confirmTx(page, { expect = 'finalized' } = {}) {
  const tx = page.getByTestId('tx');
  await tx.getByText(/^Fee: /).first().waitFor();
  assert.match(await tx.textContent(), /Fee: \d+(\.\d+)? MEDR/);
  await tx.getByRole('button', { name: 'Sign and send' }).click();
  if (expect === 'finalized') {
    await tx.getByText(/Done: final in block \d+/).waitFor({ timeout: 30_000 });
  } else {
    await tx.getByRole('alert').waitFor({ timeout: 30_000 });
  }
  const status = await page.getByTestId('tx-status').textContent();
  await tx.getByRole('button', { name: 'Close' }).click();
  return status;
}

describe('portal journey', { timeout: 300_000 }, () => {
  let chain; let api; let k; let files; let gatekeeper; let portal; let browser;
  let patient; let doctor;
  const pointer = {};

  before(async () => {
    chain = await connect();
    api = chain.api;
    k = await keys();
    files = await prepareGatekeeper({ endpoint: chain.endpoint, anchorEvery: 1 });
    const { alice: sudo, bob, charlie } = k;
    await submit(api, api.tx.balances.transferKeepAlive(k.gatekeeper.address, 1_000n * 10n ** 12n), sudo);
    await submit(api, api.tx.registrar.registerPatient(), charlie);
    // Bob's hospital enrols Charlie (MRN-0001 of its EMR) by his participant number.
    await enrol(files, api, { 'MRN-0001': charlie });
    await submit(api, api.tx.sudo.sudo(api.tx.registrar.admit(bob.address, 'Provider')), sudo);
    await submit(api, api.tx.registrar.setProviderProfile('Bob General Hospital', files.url, `0x${Buffer.from(k.gatekeeper.publicKey).toString('hex')}`), bob);
    await submit(api, api.tx.proxy.addProxy(k.gatekeeper.address, 'Gatekeeper', 0), bob);
    await submit(api, api.tx.relationships.openRelationship(charlie.address), bob);
    gatekeeper = await startGatekeeper(files.configPath, files.url);
    portal = await servePortal();
    browser = await launchBrowser();
    patient = await contextWithWallet(browser, { api, pair: charlie, name: 'Charlie' });
    doctor = await contextWithWallet(browser, { api, pair: k.dave, name: 'Dave' });
  });

  after(async () => {
    await browser?.close();
    await portal?.close();
    await gatekeeper?.stop();
    await files?.remove();
    await chain?.stop();
    if (Object.keys(measured).length) console.log(`# measured: ${JSON.stringify(measured)}`);
  });

  let page;
  test('the patient connects and sees their home', async () => {
    page = await patient.context.newPage();
    const started = Date.now();
    await page.goto(`${portal.url}/?rpc=${encodeURIComponent(chain.endpoint)}`);
    await page.getByRole('button', { name: 'Connect Polkadot.js extension' }).click();
    measured.chainConnectedMs = Date.now() - started;
    await page.getByRole('heading', { name: 'My records' }).waitFor();
    await page.getByRole('heading', { name: 'Bob General Hospital' }).waitFor();
    measured.firstRenderOfPatientHomeMs = Date.now() - started;
    await page.evaluate(() => { window.medrecNoReload = true; });
    await axe(page, 'patient home (empty)');
  });

  test('a provider adds a record: the notification appears without a reload', async () => {
    const charlies = (await participantNumber(api, k.charlie.address)).toString();
    const prepared = await preparePointer(files.configPath, 'lab:1', charlies, LAB);
    const seen = page.getByTestId('provider').getByText('Laboratory results', { exact: true }).waitFor({ timeout: 30_000 }).then(() => Date.now());
    const { events, blockHash } = await submit(api, api.tx.relationships.addPointer(k.charlie.address, prepared.reference, LAB, fieldSet(0, 1, 2, 3, 4), prepared.contentHash), k.bob);
    const blockSeenAt = Date.now();
    pointer.lab = events.find(({ event }) => event.method === 'PointerAdded').event.data.pointer.toBigInt();
    const shownAt = await seen;
    measured.pointerBlockToScreenMs = Math.max(0, shownAt - blockSeenAt);
    measured.pointerBlock = blockHash.toHex();
    assert.equal(await page.evaluate(() => window.medrecNoReload), true, 'the page was not reloaded');
    assert.match(await page.getByTestId('notification-count').textContent(), /1 provider has new or changed records/);
    assert.equal(await page.getByTestId('unread').textContent(), '1');
    await page.getByTestId('provider').getByText('New', { exact: true }).waitFor();
    await screenshot(page, '1-patient-home-new-record');
  });

  test('the patient acknowledges: fee, then progress, then the badge changes', async () => {
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await confirmTx(page);
    await page.getByTestId('provider').getByText('Acknowledged', { exact: true }).waitFor();
    assert.equal(await page.getByTestId('unread').textContent(), '0');
    const [summary] = await api.call.medRecApi.patientSummary(k.charlie.address);
    assert.equal(summary.status.type, 'Acknowledged');
  });

  test('the patient opens the record: values with field names, hash checked', async () => {
    await page.getByRole('button', { name: /^Open Laboratory results of / }).click();
    const values = page.getByTestId('values');
    await values.waitFor({ timeout: 20_000 });
    for (const name of ['LOINC code', 'Test', 'Result', 'Unit', 'Taken at']) await values.getByText(name, { exact: true }).waitFor();
    await page.getByText('Checked: these values match the fingerprint the chain holds').waitFor();
    assert.ok(!page.url().includes('lab') && !page.url().includes('value'), 'no health data in the URL');
    await axe(page, 'my record');
    await screenshot(page, '2-my-record');
  });

  test('bad input gets a clear message and changes nothing', async () => {
    await page.getByRole('button', { name: 'Share this record…' }).click();
    await page.getByRole('heading', { name: 'Share a record' }).waitFor();
    const share = page.getByRole('button', { name: 'Share…' });
    await page.getByLabel('Result').check();
    await page.getByLabel('1. Whom to share with').fill('5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59X');
    await page.getByLabel(/^4\. Until/).fill('2099-12-31');
    await share.click();
    await page.getByText('is not a valid account address').waitFor();
    // A MedRec number nobody holds: only the chain can tell.
    await page.getByLabel('1. Whom to share with').fill('987654321');
    await share.click();
    await page.getByText('No participant holds MedRec number 987654321.').waitFor();
    await page.getByLabel('1. Whom to share with').fill(k.dave.address);
    await page.getByLabel(/^4\. Until/).fill('2020-01-01');
    await share.click();
    await page.getByText('The end date is in the past').waitFor();
    // An end before the start.
    await page.getByLabel(/^From \(optional/).fill('2099-12-31');
    await page.getByLabel(/^4\. Until/).fill('2099-01-01');
    await share.click();
    await page.getByText('The sharing must end after it starts').waitFor();
    await page.getByLabel(/^From \(optional/).fill('');
    assert.equal(await page.getByTestId('tx').count(), 0, 'nothing was offered for signing');
    // A wallet that refuses to sign.
    patient.wallet.refuse = true;
    await page.getByLabel(/^4\. Until/).fill('2099-12-31');
    await share.click();
    const status = await confirmTx(page, { expect: 'failed' });
    assert.match(status, /You declined to sign in your wallet\. Nothing was sent\./);
    patient.wallet.refuse = false;
    assert.equal((await api.call.medRecApi.grantsOf(k.charlie.address)).length, 0, 'no grant was made');
  });

  let until;
  test('the patient shares one field with the doctor until a date', async () => {
    const date = new Date(Date.now() + 30 * 86_400_000);
    until = date.toISOString().slice(0, 10);
    await page.getByLabel(/^4\. Until/).fill(until);
    await page.getByRole('button', { name: 'Share…' }).click();
    await confirmTx(page);
    await page.getByText('Shared. It is listed above').waitFor();
    const grant = page.getByTestId('grant');
    await grant.waitFor();
    assert.match(await grant.textContent(), /can see Result of one laboratory results record \(.+\), until .+ \(block \d+\)/);
    const [onChain] = await api.call.medRecApi.grantsOf(k.charlie.address);
    assert.equal(onChain.scope.asFields[1].toBigInt(), fieldSet(2));
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    // 30 days of 6-second blocks from now, give or take a day.
    const blocks = onChain.expiry.unwrap().toNumber() - best;
    assert.ok(Math.abs(blocks - 30 * 14_400) <= 14_400, `expiry ${blocks} blocks ahead`);
    await axe(page, 'sharing');
    await screenshot(page, '3-sharing');
  });

  let dpage;
  test('the doctor opens it and sees only the shared field', async () => {
    dpage = await doctor.context.newPage();
    await dpage.goto(`${portal.url}/?rpc=${encodeURIComponent(chain.endpoint)}`);
    await dpage.getByRole('button', { name: 'Connect Polkadot.js extension' }).click();
    await dpage.getByRole('button', { name: /^Shared with me/ }).click();
    const record = dpage.getByTestId('shared-record');
    await record.waitFor({ timeout: 20_000 });
    assert.match(await record.textContent(), /Laboratory results of patient .* from Bob General Hospital · recorded .+ · 1 detail/);
    await axe(dpage, 'shared with me');
    // The doctor was told that Charlie shared something, and marks it as seen.
    assert.equal(await dpage.getByTestId('unread').textContent(), '1');
    await dpage.getByTestId('shared-notice').getByRole('button', { name: /^Mark as seen/ }).click();
    await confirmTx(dpage);
    await dpage.getByTestId('shared-notice').waitFor({ state: 'detached' });
    assert.equal(await dpage.getByTestId('unread').textContent(), '0');
    await screenshot(dpage, '4a-doctor-shared-with-me');
    await record.getByRole('button', { name: /^Open/ }).click();
    const values = dpage.getByTestId('values');
    await values.waitFor({ timeout: 20_000 });
    assert.deepEqual(await values.locator('dt').allTextContents(), ['Result']);
    await dpage.getByText('Checked: the provider signed a receipt').waitFor();
    await axe(dpage, 'shared record');
    await screenshot(dpage, '4-doctor-shared-record');
  });

  test('the patient\'s access history shows the doctor\'s access, verified against the anchor', async () => {
    await page.getByRole('button', { name: 'Who saw my records' }).click();
    const doctorRow = page.getByTestId('receipt').filter({ hasText: k.dave.address.slice(0, 6) });
    const deadline = Date.now() + 60_000;
    for (;;) {
      await page.getByRole('button', { name: 'Check again' }).waitFor();
      await page.waitForFunction(() => !document.querySelector('button[disabled]'));
      if (await doctorRow.count() && /Verified/.test(await doctorRow.first().textContent())) break;
      assert.ok(Date.now() < deadline, `the doctor's receipt was not verified in time: ${await page.locator('main').textContent()}`);
      await new Promise((r) => setTimeout(r, 1000));
      await page.getByRole('button', { name: 'Check again' }).click();
    }
    assert.match(await doctorRow.first().textContent(), /Result/);
    assert.equal(await page.getByTestId('receipt').filter({ hasText: 'Failed' }).count(), 0);
    await axe(page, 'access history');
    await screenshot(page, '5-access-history');
  });

  test('the patient revokes; the doctor\'s next open is refused with a clear message', async () => {
    await page.getByRole('button', { name: 'Sharing', exact: true }).click();
    await page.getByRole('button', { name: /^Stop sharing/ }).click();
    await confirmTx(page);
    await page.getByText('You share nothing at the moment.').waitFor();
    assert.equal((await api.call.medRecApi.grantsOf(k.charlie.address)).length, 0);
    await dpage.getByRole('button', { name: 'Fetch again' }).click();
    await dpage.getByRole('alert').filter({ hasText: 'Access refused' }).waitFor({ timeout: 20_000 });
    assert.equal(await dpage.getByTestId('values').count(), 0, 'no values are shown after the refusal');
    await screenshot(dpage, '6-doctor-refused');
  });

  test('the patient shares every laboratory result, from a later date, and the chain holds just that', async () => {
    const from = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const until = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('1. Whom to share with').fill(k.eve.address);
    await page.getByLabel('One kind of record, from every provider').check();
    await page.getByLabel('The kind of record').selectOption({ label: 'Laboratory results' });
    await page.getByLabel(/^From \(optional/).fill(from);
    await page.getByLabel(/^4\. Until/).fill(until);
    await page.getByRole('button', { name: 'Share…' }).click();
    await confirmTx(page);
    const grant = page.getByTestId('grant');
    await grant.waitFor();
    assert.match(await grant.textContent(), /can see all laboratory results, from .+, until .+ \(block \d+\)/);
    const [onChain] = await api.call.medRecApi.grantsOf(k.charlie.address);
    assert.equal(onChain.scope.asCategory.toNumber(), 7);
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    // About ten days ahead: from the start of that day.
    const blocksPerDay = 86_400_000 / 6_000; // the runtime's slot: 6 s
    assert.ok(onChain.start.toNumber() > best + 9 * blocksPerDay, `starts in about ten days (${onChain.start} vs best ${best})`);
    await page.getByRole('button', { name: /^Stop sharing/ }).click();
    await confirmTx(page);
    await page.getByText('You share nothing at the moment.').waitFor();
  });

  test('a transaction the chain refuses shows the pallet\'s error in words and changes nothing', async () => {
    // Charlie shares again (from another device), then revokes that grant there while this page
    // is about to revoke it too: the chain refuses the second revocation.
    const { events } = await submit(api, api.tx.permissions.grant(null, { Account: k.dave.address }, { Fields: [pointer.lab, fieldSet(0)] }, null, null, 0), k.charlie);
    const id = events.find(({ event }) => event.method === 'AccessGranted').event.data.grant;
    await page.getByTestId('grant').waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: /^Stop sharing/ }).click();
    await page.getByTestId('tx').getByText(/^Fee: /).first().waitFor();
    await submit(api, api.tx.permissions.revoke(id), k.charlie);
    await page.getByTestId('tx').getByRole('button', { name: 'Sign and send' }).click();
    const alert = page.getByTestId('tx').getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    assert.match(await alert.textContent(), /No such grant\. \(Permissions\.UnknownGrant\)/);
    await screenshot(page, '8-module-error');
    await page.getByTestId('tx').getByRole('button', { name: 'Close' }).click();
    assert.equal((await api.call.medRecApi.grantsOf(k.charlie.address)).length, 0);
  });

  test('nothing is kept in the browser\'s storage, and no health data in URLs', async () => {
    for (const p of [page, dpage]) {
      const stored = await p.evaluate(async () => ({
        local: localStorage.length, session: sessionStorage.length, cookies: document.cookie,
        databases: (await indexedDB.databases()).map((d) => d.name),
      }));
      assert.deepEqual(stored, { local: 0, session: 0, cookies: '', databases: [] });
      assert.equal(new URL(p.url()).search, `?rpc=${encodeURIComponent(chain.endpoint)}`);
      assert.equal(new URL(p.url()).hash, '');
    }
  });

  test('the main screens read on a phone', async () => {
    const phone = await contextWithWallet(browser, { api, pair: k.charlie, name: 'Charlie', viewport: { width: 390, height: 844 } });
    const p = await phone.context.newPage();
    await p.goto(`${portal.url}/?rpc=${encodeURIComponent(chain.endpoint)}`);
    await p.getByRole('button', { name: 'Connect Polkadot.js extension' }).waitFor();
    await screenshot(p, '0-connect-phone');
    await axe(p, 'connect');
    await p.getByRole('button', { name: 'Connect Polkadot.js extension' }).click();
    await p.getByRole('heading', { name: 'Bob General Hospital' }).waitFor();
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px)`);
    await screenshot(p, '7-patient-home-phone');
    await phone.context.close();
  });
});
