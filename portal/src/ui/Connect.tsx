import { useState } from 'preact/hooks';
import {
  accounts, chain, chainError, chooseAccount, connect, devSwitch, endpoint, useDevAccounts, useWallet, walletError, wallets,
} from '../state';
import { walletName } from '../client/wallet';
import { Notice, shortAccount } from './common';

/** Choose a wallet, then an account. Development keys only behind the explicit switch. */
export function Connect() {
  const [rpc, setRpc] = useState(endpoint.value);
  return (
    <section class="card connect" aria-labelledby="connect-title">
      <h1 id="connect-title">Welcome to MedRec</h1>
      <p>Your medical records stay with your doctors and hospitals. Here you see them in one place and decide who else may see them, and until when.</p>
      {chainError.value && (
        <form onSubmit={(e) => { e.preventDefault(); endpoint.value = rpc; void connect(); }}>
          <Notice kind="error">{chainError.value}</Notice>
          <label for="rpc">Chain address</label>
          <input id="rpc" value={rpc} onInput={(e) => setRpc(e.currentTarget.value)} />
          <button type="submit">Try again</button>
        </form>
      )}
      {!chain.value && !chainError.value && <Notice>Connecting to the MedRec chain…</Notice>}
      {chain.value && (
        <>
          <h2>Connect your wallet</h2>
          {wallets.value.length === 0 && (
            <Notice>No wallet extension found in this browser. Install the Polkadot.js extension, Talisman or SubWallet, then reload this page.</Notice>
          )}
          <div class="actions">
            {wallets.value.map((w) => <button class="primary" key={w} onClick={() => useWallet(w)}>Connect {walletName(w)}</button>)}
          </div>
          {walletError.value && <Notice kind="error">{walletError.value}</Notice>}
          <p class="dev-switch">
            <label>
              <input type="checkbox" checked={devSwitch.value} onChange={(e) => { devSwitch.value = e.currentTarget.checked; }} />
              {' '}Development chain: offer the public development accounts
            </label>
          </p>
          {devSwitch.value && <button onClick={useDevAccounts}>Show development accounts</button>}
          {accounts.value.length > 0 && (
            <>
              <h2>Choose an account</h2>
              <ul class="accounts">
                {accounts.value.map((a) => (
                  <li key={a.address}>
                    <button onClick={() => chooseAccount(a)}>{a.name ?? 'Account'} <span class="mono">{shortAccount(a.address)}</span></button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
