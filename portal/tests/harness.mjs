// The browser tests' harness: a real Chopsticks chain and a real gatekeeper (the e2e suite's
// helpers, e2e/lib/*.mjs), the built portal served from portal/dist, Debian's Chromium driven
// by playwright-core, and a test wallet that speaks the Polkadot.js extension interface
// (window.injectedWeb3) and signs on the Node side with development keys.
import { createReadStream, existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const portalDir = fileURLToPath(new URL('..', import.meta.url));
export const screenshotsDir = join(portalDir, 'screenshots');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.MEDREC_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** Serves portal/dist on a free loopback port. */
export async function servePortal() {
  const root = join(portalDir, 'dist');
  if (!existsSync(join(root, 'index.html'))) throw new Error('portal/dist is missing: run `npm run build` first');
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || path === '/') file = join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

const hex = (u8) => `0x${Buffer.from(u8).toString('hex')}`;

/**
 * A browser context whose page sees a wallet extension named `polkadot-js` holding `pair`
 * (a @polkadot/keyring pair). Transactions are signed with @polkadot/api's registry, raw bytes
 * wrapped in <Bytes>…</Bytes> as the real extension does. `wallet.refuse = true` makes it
 * decline like a person pressing "Cancel".
 */
export async function contextWithWallet(browser, { api, pair, name, viewport }) {
  const context = await browser.newContext({ viewport: viewport ?? { width: 1000, height: 900 } });
  const wallet = { refuse: false, signed: 0 };
  await context.exposeFunction('medrecTestWalletSignPayload', async (payload) => {
    if (wallet.refuse) throw new Error('Cancelled');
    const extrinsic = api.registry.createType('ExtrinsicPayload', payload, { version: payload.version });
    wallet.signed += 1;
    return { id: wallet.signed, signature: extrinsic.sign(pair).signature };
  });
  await context.exposeFunction('medrecTestWalletSignRaw', async ({ data }) => {
    if (wallet.refuse) throw new Error('Cancelled');
    const bytes = Buffer.concat([Buffer.from('<Bytes>'), Buffer.from(data.slice(2), 'hex'), Buffer.from('</Bytes>')]);
    wallet.signed += 1;
    return { id: wallet.signed, signature: hex(pair.sign(bytes, { withType: true })) };
  });
  await context.addInitScript(({ address, name }) => {
    const accounts = [{ address, name, type: 'sr25519' }];
    window.injectedWeb3 = {
      'polkadot-js': {
        version: '0.0.0-test',
        enable: async () => ({
          accounts: { get: async () => accounts, subscribe: (cb) => { cb(accounts); return () => {}; } },
          signer: {
            signPayload: (payload) => window.medrecTestWalletSignPayload(payload),
            signRaw: (payload) => window.medrecTestWalletSignRaw(payload),
          },
        }),
      },
    };
  }, { address: pair.address, name });
  return { context, wallet };
}

/** axe-core on the page as it is: no serious or critical violation on `screen`. */
export async function axe(page, screen) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`), [], `axe on ${screen}`);
}

export async function screenshot(page, name) {
  await mkdir(screenshotsDir, { recursive: true });
  await page.screenshot({ path: join(screenshotsDir, `${name}.png`), fullPage: true });
}

/**
 * The e2e suite's chain and gatekeeper helpers. When the checkout's runtime has been built and
 * its code differs from the committed development spec's (a runtime change whose specs are not
 * regenerated yet), the chain runs the built runtime, as the gatekeeper binary and the portal's
 * descriptors are built from the same sources: a copy of the spec with that code, through the
 * e2e helpers' MEDREC_SPEC. Otherwise (and always with MEDREC_SPEC set) the spec as it is.
 */
export async function e2eLibs() {
  if (!process.env.MEDREC_SPEC && !process.env.E2E_ENDPOINT) {
    const { readFile, writeFile, mkdtemp } = await import('node:fs/promises');
    const { homedir, tmpdir } = await import('node:os');
    const target = process.env.CARGO_TARGET_DIR ?? join(homedir(), '.cache', 'medrec', 'target');
    const wasm = join(target, 'debug', 'wbuild', 'medrec-runtime', 'medrec_runtime.compact.compressed.wasm');
    const specPath = join(portalDir, '..', 'chain-specs', 'dev.raw.json');
    if (existsSync(wasm)) {
      const spec = JSON.parse(await readFile(specPath, 'utf8'));
      const code = `0x${(await readFile(wasm)).toString('hex')}`;
      if (spec.genesis.raw.top['0x3a636f6465'] !== code) {
        spec.genesis.raw.top['0x3a636f6465'] = code;
        const dir = await mkdtemp(join(tmpdir(), 'medrec-portal-spec-'));
        process.env.MEDREC_SPEC = join(dir, 'dev.raw.json');
        await writeFile(process.env.MEDREC_SPEC, JSON.stringify(spec));
        console.log(`# note: the chain runs the runtime built from this checkout (${wasm}); the committed spec's code differs`);
      }
    }
  }
  const [chain, gatekeeper] = await Promise.all([import('../../e2e/lib/chain.mjs'), import('../../e2e/lib/gatekeeper.mjs')]);
  return { ...chain, ...gatekeeper };
}
