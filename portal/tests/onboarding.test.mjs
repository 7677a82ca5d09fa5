// Joining MedRec in a real browser, on a real chain: Ferdie (funded, not registered) connects
// and is asked to join, with the deposits his registration and an identifier hold, read from
// the runtime; bad input and an identifier someone else holds are refused before anything is
// signed; he joins with his clinic's medical record number, in one transaction, and lands on
// his (empty) records. On chain he is a patient, the identifier's salted hash is his (the
// provider finds him by hashing what it knows), and exactly the announced deposits are held.
// As a patient he then lets researchers count him in for laboratory results, and stops.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { Blake2256 } from '@polkadot-api/substrate-bindings';
import { toHex } from '@polkadot-api/utils';
import { contextWithWallet, e2eLibs, launchBrowser, screenshot, servePortal } from './harness.mjs';

const { connect, submit, keys } = await e2eLibs();

/** What a provider's system computes: BLAKE2-256 of salt ‖ kind ‖ value. */
const identifierHash = (salt, kind, value) => toHex(Blake2256(new TextEncoder().encode(salt + kind + value)));

/** MEDR as the portal writes it: 12 decimals, at most 6 shown, trailing zeros dropped, thousands grouped. */
function medr(planck) {
  const whole = planck / 10n ** 12n;
  const frac = (planck % 10n ** 12n).toString().padStart(12, '0').slice(0, 6).replace(/0+$/, '');
  return `${whole.toLocaleString('en-US')}${frac ? `.${frac}` : ''} MEDR`;
}

describe('joining MedRec', { timeout: 180_000 }, () => {
  let chain; let api; let k; let portal; let browser; let page; let wallet;
  let deposits;

  before(async () => {
    chain = await connect();
    api = chain.api;
    k = await keys();
    // Eve holds an identifier already: nobody else may bind it.
    await submit(api, api.tx.utility.batchAll([
      api.tx.registrar.registerPatient(),
      api.tx.registrar.bindIdentifier(identifierHash('eve-clinic-link', 'MRN', '00055555')),
    ]), k.eve);
    // The deposits as the registrar charges them: an item plus its bytes (the 26-byte
    // registration record; a 32-byte hash).
    const [item, byte] = [api.consts.registrar.depositPerItem.toBigInt(), api.consts.registrar.depositPerByte.toBigInt()];
    deposits = { registration: item + 26n * byte, identifier: item + 32n * byte };
    portal = await servePortal();
    browser = await launchBrowser();
    ({ context: wallet } = await contextWithWallet(browser, { api, pair: k.ferdie, name: 'Ferdie' }));
  });

  after(async () => {
    await browser?.close();
    await portal?.close();
    await chain?.stop();
  });

  test('an account that is no patient is asked to join, and told what it costs', async () => {
    page = await wallet.newPage();
    await page.goto(`${portal.url}/?rpc=${encodeURIComponent(chain.endpoint)}`);
    await page.getByRole('button', { name: 'Connect Polkadot.js extension' }).click();
    await page.getByRole('heading', { name: 'Join MedRec as a patient' }).waitFor({ timeout: 30_000 });
    const costs = page.getByTestId('costs');
    await costs.waitFor();
    const text = await costs.textContent();
    assert.ok(text.includes(`A deposit of ${medr(deposits.registration)} is held`), text);
    assert.ok(text.includes(`An identifier holds ${medr(deposits.identifier)} more`), text);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.help}`), [], 'axe on the onboarding screen');
    await screenshot(page, '0-onboarding');
  });

  test('bad input and an identifier someone else holds are refused before signing', async () => {
    await page.getByLabel('The identifier').fill('00077777');
    await page.getByLabel(/^Link code from your provider/).fill('short');
    await page.getByRole('button', { name: 'Join with this identifier…' }).click();
    await page.getByText('The link code from your provider has at least 8 characters.').waitFor();

    await page.getByLabel('The identifier').fill('00055555');
    await page.getByLabel(/^Link code from your provider/).fill('eve-clinic-link');
    await page.getByRole('button', { name: 'Join with this identifier…' }).click();
    await page.getByText('This identifier is already linked to an account.', { exact: false }).waitFor();
    assert.equal(await page.getByTestId('tx').count(), 0, 'nothing was offered for signing');
    assert.ok((await api.query.registrar.participants(k.ferdie.address)).isNone);
  });

  test('he joins with his identifier in one transaction and lands on his records', async () => {
    await page.getByLabel('The identifier').fill('00077777');
    await page.getByLabel(/^Link code from your provider/).fill('ferdie-clinic-link');
    await page.getByRole('button', { name: 'Join with this identifier…' }).click();
    const tx = page.getByTestId('tx');
    await tx.getByText(/^Fee: /).first().waitFor({ timeout: 30_000 });
    assert.match(await tx.textContent(), /Join MedRec as a patient/);
    await tx.getByRole('button', { name: 'Sign and send' }).click();
    await tx.getByText(/Done: final in block \d+/).waitFor({ timeout: 30_000 });
    await tx.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('heading', { name: 'My records' }).waitFor({ timeout: 30_000 });
    await page.getByText('No provider has records for you yet.', { exact: false }).waitFor();

    const participant = (await api.query.registrar.participants(k.ferdie.address)).unwrap();
    assert.equal(participant.roles.toNumber() & 1, 1, 'a patient');
    // A provider that knows his MRN and the link code finds his account.
    const owner = await api.query.registrar.identifierOwner(identifierHash('ferdie-clinic-link', 'MRN', '00077777'));
    assert.equal(owner.unwrap().toString(), k.ferdie.address);
    // Exactly the deposits the screen announced are held.
    const held = (await api.query.balances.holds(k.ferdie.address)).reduce((sum, h) => sum + h.amount.toBigInt(), 0n);
    assert.equal(held, deposits.registration + deposits.identifier);
    await screenshot(page, '0-onboarding-done');
  });

  test('the new patient lets researchers count him in for one kind of record, and stops', async () => {
    const consent = async () => (await api.call.medRecApi.researchConsent(k.ferdie.address)).map((c) => c.toNumber());
    await page.getByRole('button', { name: 'Sharing' }).click();
    const research = page.getByTestId('research-consent');
    await research.waitFor();
    assert.match(await research.textContent(), /Laboratory results: not counted/);
    await screenshot(page, '9-research-consent');
    for (const [button, expected, shown] of [
      ['Count me in for laboratory results', [7], /Laboratory results: you may be counted/],
      ['Stop counting me for laboratory results', [], /Laboratory results: not counted/],
    ]) {
      await research.getByRole('button', { name: button }).click();
      const tx = page.getByTestId('tx');
      await tx.getByText(/^Fee: /).first().waitFor({ timeout: 30_000 });
      await tx.getByRole('button', { name: 'Sign and send' }).click();
      await tx.getByText(/Done: final in block \d+/).waitFor({ timeout: 30_000 });
      await tx.getByRole('button', { name: 'Close' }).click();
      await research.getByText(shown).waitFor({ timeout: 20_000 });
      assert.deepEqual(await consent(), expected);
    }
  });
});
