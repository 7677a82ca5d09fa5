// Wallets: injected browser extensions (Polkadot.js, Talisman, SubWallet… via
// `window.injectedWeb3` and polkadot-api's pjs-signer), and, only behind the explicit dev
// switch, the well-known development accounts (//Alice …), whose keys are public.
import { AccountId } from '@polkadot-api/substrate-bindings';
import type { PolkadotSigner } from 'polkadot-api';
import { connectInjectedExtension, getInjectedExtensions } from 'polkadot-api/pjs-signer';

export interface Account {
  address: string;
  name?: string;
  type: 'sr25519' | 'ed25519' | 'ecdsa';
  signer: PolkadotSigner;
  source: string;
}

/** How the common extensions call themselves in `window.injectedWeb3`, and their names. */
const WALLET_NAMES: Readonly<Record<string, string>> = {
  'polkadot-js': 'Polkadot.js extension', talisman: 'Talisman', 'subwallet-js': 'SubWallet', 'fearless-wallet': 'Fearless',
  'enkrypt': 'Enkrypt', 'polkagate': 'PolkaGate', 'nova': 'Nova Wallet',
};

export const walletName = (key: string): string => WALLET_NAMES[key] ?? key;

/** The names of the wallet extensions this browser offers. */
export const injectedWallets = (): string[] => getInjectedExtensions();

/** Asks the extension for access; resolves with its accounts this portal can use. */
export async function connectWallet(name: string): Promise<Account[]> {
  const extension = await connectInjectedExtension(name, 'MedRec');
  return extension.getAccounts()
    .filter((a) => a.type === undefined || a.type === 'sr25519' || a.type === 'ed25519' || a.type === 'ecdsa')
    .map((a) => ({ address: a.address, name: a.name, type: (a.type ?? 'sr25519') as Account['type'], signer: a.polkadotSigner, source: name }));
}

/**
 * The development accounts: the well-known ones, and the demo's researcher (`make run` admits
 * it). All derive from the public development phrase: anyone can sign for them.
 */
export const DEV_KEYS: readonly { name: string; uri: string }[] = [
  ...['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((name) => ({ name, uri: `//${name}` })),
  { name: 'Researcher', uri: '//MedRecDemoResearcher' },
];

/** The development accounts (public keys; development chains only). Loaded on demand. */
export async function devAccounts(): Promise<Account[]> {
  const [{ sr25519CreateDerive }, helpers, { getPolkadotSigner }] = await Promise.all([
    import('@polkadot-labs/hdkd'), import('@polkadot-labs/hdkd-helpers'), import('polkadot-api/signer'),
  ]);
  const derive = sr25519CreateDerive(helpers.entropyToMiniSecret(helpers.mnemonicToEntropy(helpers.DEV_PHRASE)));
  return DEV_KEYS.map(({ name, uri }) => {
    const pair = derive(uri);
    return {
      address: AccountId(42).dec(pair.publicKey), name: `${name} (development key)`, type: 'sr25519' as const,
      signer: getPolkadotSigner(pair.publicKey, 'Sr25519', pair.sign), source: 'dev',
    };
  });
}
