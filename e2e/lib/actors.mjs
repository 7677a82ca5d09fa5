// The accounts the tests act as: fresh ones each run, so that the suite passes again and again
// against one long-lived chain (a shared test network, a node, a Chopsticks started by hand),
// where the well-known dev accounts would be registered, related and granted already, and
// would collide with everyone else using them.
//
// Each actor's key is derived from the development phrase by a path naming the run, the suite
// and the actor's role name: `//e2e//<run>//<suite>//<name>` (run: E2E_RUN_ID, or made up and
// printed). Every junction is hard: an sr25519 key derived softly gets a random nonce half of
// its secret key each time it is derived, and the gatekeeper keys its pointers' references and
// salts with its whole secret key, so its `pointer` command and its server would disagree.
// They are test keys anyone can derive, holding only what the suite gives them. One
// privileged account (E2E_SUDO, a secret URI; `//Alice` by default, the development chain's
// sudo key) funds them in one block and does what only root or the consortium may: admit
// providers and researchers, certify emergency departments, set the research parameters, and
// act as the chain's collators and consortium members (`sudo_as`) where a test needs them.
// What it changes for everyone (the research parameters, the collators' researcher) it puts
// back afterwards: see `researchParameters` and `bindCollators`.

import { randomBytes } from 'node:crypto';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { dispatchErrorMessage, submit } from './chain.mjs';

export const UNIT = 10n ** 12n;

/**
 * What each actor is given: its deposits (a registration, a relationship, a few pointers,
 * proxies and grants hold a fifth of a MEDR per item) and fees, many times over, while a run of
 * the whole suite (58 actors) costs the privileged account under 6,000 MEDR.
 */
export const FUNDS = 100n * UNIT;

/** The role names a suite gets unless it asks for others; the same names as the dev keys'. */
export const ACTORS = ['alice', 'bob', 'charlie', 'dave', 'eve', 'ferdie', 'gatekeeper', 'researcher'];

/**
 * This run's id: E2E_RUN_ID, or the date and random bytes. Set it to give every test file of a
 * run the same id (each file is its own process); the suite names in the path keep files and
 * suites apart.
 */
export const runId = process.env.E2E_RUN_ID || `${new Date().toISOString().slice(0, 10)}-${randomBytes(4).toString('hex')}`;

/** The privileged account's secret URI. */
const sudoUri = process.env.E2E_SUDO || '//Alice';

let announced = false;

/**
 * This run's actors for `suite` (a name unique within the run: the file, and the backend where
 * a file runs its suite twice on one chain), funded by the privileged account in one block.
 * Returns the key pairs by role name, `sudo` (the privileged account), `uri(name)` (an actor's
 * secret URI, for a key file or a command line) and `derive(name)` (another key on the same
 * path, unfunded). Throws if the chain's sudo key is not E2E_SUDO's, or if the actors were used
 * before (the same E2E_RUN_ID twice).
 */
export async function actors(api, suite, names = ACTORS) {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const sudo = keyring.addFromUri(sudoUri);
  const uri = (name) => `//e2e//${runId}//${suite}//${name}`;
  const k = { sudo, uri, derive: (name) => keyring.addFromUri(uri(name)) };
  for (const name of names) k[name] = k.derive(name);
  if (!announced) {
    announced = true;
    console.log(`e2e run ${runId}: actors //e2e//${runId}//<suite>//<name>, funded by ${sudo.address}`);
  }

  const key = api.query.sudo ? await api.query.sudo.key() : null;
  if (!key?.isSome || key.unwrap().toString() !== sudo.address) {
    throw new Error(
      `E2E_SUDO (${sudo.address}) is not this chain's sudo key (${key?.isSome ? key.unwrap() : 'none'}): ` +
      'the suite admits providers and researchers and acts as collators through it; see e2e/README.md',
    );
  }
  const accounts = await api.query.system.account.multi(names.map((name) => k[name].address));
  const used = names.filter((_, i) => accounts[i].nonce.toNumber() > 0 || accounts[i].providers.toNumber() > 0);
  if (used.length) {
    throw new Error(`run ${runId} already used ${used.join(', ')} of suite ${suite} on this chain: set another E2E_RUN_ID, or none`);
  }
  const needed = FUNDS * BigInt(names.length);
  const { free } = (await api.query.system.account(sudo.address)).data;
  if (free.toBigInt() < needed + UNIT) {
    throw new Error(`E2E_SUDO (${sudo.address}) holds ${free.toBigInt() / UNIT} MEDR; suite ${suite} needs ${needed / UNIT} MEDR`);
  }
  await submit(api, api.tx.utility.batchAll(names.map((name) => api.tx.balances.transferKeepAlive(k[name].address, FUNDS))), sudo);
  return k;
}

/**
 * Submits `steps` in one block, signed by the privileged account `sudo`: each `{ root: call }`
 * as root (`Sudo::sudo`), each `{ as: account, call }` as if `account` had signed it
 * (`Sudo::sudo_as`). Resolves with the outcome (its events include the calls'); rejects naming
 * the first step that failed: a sudo call succeeds whatever its call did, so `submit` alone
 * would not see it.
 */
export async function sudoCalls(api, sudo, steps) {
  const wrapped = steps.map((step) => (step.root ? api.tx.sudo.sudo(step.root) : api.tx.sudo.sudoAs(step.as, step.call)));
  const outcome = await submit(api, wrapped.length === 1 ? wrapped[0] : api.tx.utility.batchAll(wrapped), sudo);
  const results = outcome.events
    .filter(({ event }) => api.events.sudo.Sudid.is(event) || api.events.sudo.SudoAsDone.is(event))
    .map(({ event }) => event.data.sudoResult);
  results.forEach((result, i) => {
    if (result.isErr) {
      const { method, section } = (steps[i].root ?? steps[i].call).method;
      const as = steps[i].root ? 'as root' : `as ${steps[i].as}`;
      throw new Error(`${section}.${method} ${as}: ${dispatchErrorMessage(api, result.asErr)}`);
    }
  });
  return outcome;
}

/**
 * The research parameters `parameters`: `steps` that set them, for `sudoCalls`, and `undo`,
 * the steps that put back those in force now. Research parameters are the chain's, not the
 * suite's: on a shared network they are restored when the suite is done.
 */
export async function researchParameters(api, parameters) {
  const current = await api.query.research.params();
  const previous = current.isSome ? current.unwrap() : api.consts.research.defaultParameters;
  return {
    steps: [{ root: api.tx.research.setParameters(parameters) }],
    undo: [{ root: api.tx.research.setParameters(previous) }],
  };
}

/**
 * Every collator of the session (every block's possible author) bound to `researcher`, so that
 * each block earns it credits and it owns the bounty queries of each block: `steps` that bind
 * them (unbinding each from a researcher it had), for `sudoCalls`, and `undo`, the steps that
 * bind each back to the researcher it had (or leave it unbound). The suite holds no collator's
 * key on a shared network, so the privileged account signs for them (`sudo_as`).
 */
export async function bindCollators(api, researcher) {
  const collators = (await api.query.session.validators()).map(String);
  const steps = [];
  const undo = [];
  for (const collator of collators) {
    const bound = await api.query.research.researcherOf(collator);
    let previous = null;
    if (bound.isSome) {
      previous = (await api.query.registrar.accountOf(bound.unwrap()[0])).unwrap().toString();
      steps.push({ as: collator, call: api.tx.research.unbindCollator(collator) });
    }
    steps.push({ as: collator, call: api.tx.research.bindCollator(researcher.address) });
    undo.push({ as: collator, call: api.tx.research.unbindCollator(collator) });
    if (previous) undo.push({ as: collator, call: api.tx.research.bindCollator(previous) });
  }
  return { collators, steps, undo };
}
