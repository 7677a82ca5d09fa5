// The portal's state: signals fed by the client library. Components read these and call the
// actions below; they hold no chain or gatekeeper logic. Nothing here is written to URLs or
// persistent browser storage: health data lives in memory and is gone on reload.
import { batch, computed, signal } from '@preact/signals';
import { Enum } from 'polkadot-api';
import { fieldCodes, fieldSet, isAccount, sameAccount, toHex } from './client/bytes';
import { Blake2256 } from '@polkadot-api/substrate-bindings';
import {
  type Block, type Chain, type GrantView, type Notification, type Progress, type ProviderProfile, type ProviderRecords,
  type PointerView, type RegistrationCosts, blockAt, connectChain, estimateFee, followBest, freeBalance, grantsOf,
  grantsReceived, identifierOwner, notifications, patientSummary, pointerById, pointerPage, providerProfile, receiptAnchor,
  MAX_POINTER_PAGE, withPointers,
  type Ward, registrationCosts, researchConsent, submit, wards, type Roles, rolesOf, researchCredits,
  type ResearchParameters, type ResearchRequest, type OwnedBounty, researchParameters, providerProfiles, researchOf,
  answerRecorded, type Motion, consortiumMembers, motions, callWeight, participantNumber, type Grantee, accountOf, groupsOwnedBy,
} from './client/chain';
import {
  type FetchAnswer, GatekeeperRefusal, GatekeeperUnreachable, type ResearchAnswer, SigningDeclined, type Template,
  allReceipts, fetchRecord, gatekeeperInfo, redeemResearch,
} from './client/gatekeeper';
import {
  type HashCheck, type Receipt, contentHashMatches, hashCheck, identifierHash, paramsHash, verifyInclusion, verifyReceipt,
} from './client/protocol';
import { type Account, connectWallet, devAccounts, injectedWallets, walletName } from './client/wallet';
import { categoryName, fieldLabel } from './client/vocabulary';

export type View =
  | { name: 'home' }
  | { name: 'record'; pointer: bigint }
  | { name: 'sharing'; pointer?: bigint }
  | { name: 'history' }
  | { name: 'shared' }
  | { name: 'wards' }
  | { name: 'research' }
  | { name: 'consortium' }
  | { name: 'provider' }
  | { name: 'ward-record'; patient: string; pointer: bigint }
  | { name: 'shared-record'; patient: string; pointer: bigint; fields: number[]; category: number; provider: string };

const params = new URLSearchParams(location.search);
export const endpoint = signal(params.get('rpc') ?? 'ws://127.0.0.1:9944');
/** The development accounts are offered only with this switch (`?dev=1` or the checkbox). */
export const devSwitch = signal(params.get('dev') === '1');

export const chain = signal<Chain | null>(null);
export const chainError = signal<string | null>(null);
export const best = signal<Block | null>(null);
export const wallets = signal<string[]>([]);
export const accounts = signal<Account[]>([]);
export const account = signal<Account | null>(null);
export const walletError = signal<string | null>(null);
export const view = signal<View>({ name: 'home' });

/** Whether the account is registered as a patient; null until the chain has said. */
export const registered = signal<boolean | null>(null);
/** The account's roles in the registrar; null until the chain has said. */
export const roles = signal<Roles | null>(null);
/** A researcher's credits. */
export const credits = signal<bigint | null>(null);
/** The consortium's members, and its open motions (read for members only). */
export const members = signal<string[]>([]);
export const motionList = signal<Motion[] | null>(null);
export const summary = signal<ProviderRecords[] | null>(null);
export const notes = signal<Notification[]>([]);
export const grants = signal<GrantView[]>([]);
export const received = signal<GrantView[]>([]);
/** The patients this account acts for as their guardian. */
export const wardList = signal<Ward[]>([]);
/** Each ward's records, read when the guardian opens the screen (patient → records). */
export const wardRecords = signal<ReadonlyMap<string, ProviderRecords[]>>(new Map());
/** Each ward's grants, for a guardian who may share for them (patient → grants). */
export const wardGrants = signal<ReadonlyMap<string, GrantView[]>>(new Map());
/** The categories the patient lets researchers count them in. */
export const consent = signal<number[]>([]);
export const profiles = signal<ReadonlyMap<string, ProviderProfile>>(new Map());
/** Field names learnt from records opened in this session (pointer id → code → name). */
export const fieldNames = signal<ReadonlyMap<string, ReadonlyMap<number, string>>>(new Map());

export const unread = computed(() => notes.value.length);
/** The patient's own pointers read so far: each provider's newest, as many as they asked to see. */
export const pointers = computed<PointerView[]>(() => (summary.value ?? []).flatMap((r) => r.pointers));

/** Whether a field's name is known: it came with the record, opened in this session. */
export const hasFieldName = (pointer: bigint, code: number): boolean => !!fieldNames.value.get(pointer.toString())?.has(code);

export function fieldName(pointer: bigint, code: number): string {
  return fieldNames.value.get(pointer.toString())?.get(code) ?? `field ${code}`;
}

/** A MedRec number as typed: a registrar participant number, digits only. */
const MEDREC_NUMBER = /^\d{1,19}$/;

/**
 * The account someone typed: an account address, or a MedRec number the chain maps to its
 * holder's account now. `{ problem }` in words otherwise.
 */
async function accountFromInput(text: string): Promise<{ account: string } | { problem: string }> {
  const c = chain.value;
  if (!c) return { problem: 'Not connected.' };
  const t = text.trim();
  if (isAccount(t)) return { account: t };
  if (!MEDREC_NUMBER.test(t)) return { problem: 'Enter the MedRec number (digits) or the account address.' };
  const holder = await accountOf(c, BigInt(t));
  return holder ? { account: holder } : { problem: `No participant holds MedRec number ${t}.` };
}

/** The patient someone typed (as `accountFromInput`), as long as they are registered as a patient. */
export async function patientFromInput(text: string): Promise<{ patient: string } | { problem: string }> {
  const found = await accountFromInput(text);
  if ('problem' in found) return found;
  const c = chain.value;
  if (!c || !(await rolesOf(c, found.account)).patient) return { problem: `${personName(found.account)} is not registered as a patient.` };
  return { patient: found.account };
}

/** A person's name if this wallet knows the account (its own or a development account). */
export function personName(address: string): string {
  return accounts.value.find((a) => a.address === address)?.name ?? `${address.slice(0, 6)}…${address.slice(-6)}`;
}

export function providerName(provider: string): string {
  return profiles.value.get(provider)?.name ?? `${provider.slice(0, 6)}…${provider.slice(-4)}`;
}

function learnFields(pointer: bigint, fields: { code: number; name: string }[]) {
  const known = new Map(fieldNames.value);
  known.set(pointer.toString(), new Map([...(known.get(pointer.toString()) ?? []), ...fields.map((f) => [f.code, fieldLabel(f.name)] as const)]));
  fieldNames.value = known;
}

async function ensureProfiles(c: Chain, providers: string[]) {
  const missing = providers.filter((p) => !profiles.value.has(p));
  if (missing.length === 0) return;
  const found = await Promise.all(missing.map((p) => providerProfile(c, p)));
  const next = new Map(profiles.value);
  found.forEach((p) => p && next.set(p.account, p));
  profiles.value = next;
}

/** The accounts holding the MedRec numbers grants name (number → account), read once each. */
export const holders = signal<ReadonlyMap<bigint, string>>(new Map());

async function ensureHolders(c: Chain, numbers: bigint[], at: string) {
  const missing = [...new Set(numbers)].filter((n) => !holders.value.has(n));
  if (missing.length === 0) return;
  const found = await Promise.all(missing.map(async (n) => [n, await accountOf(c, n, at)] as const));
  const next = new Map(holders.value);
  found.forEach(([n, who]) => who && next.set(n, who));
  holders.value = next;
}

export async function connect(): Promise<void> {
  chainError.value = null;
  try {
    chain.value = await connectChain(endpoint.value);
    followBest(chain.value, async (at) => at, (at) => { best.value = at; });
  } catch (e) {
    chainError.value = `Cannot reach the MedRec chain at ${endpoint.value}: ${(e as Error).message}`;
  }
  wallets.value = injectedWallets();
}

export async function useWallet(name: string): Promise<void> {
  walletError.value = null;
  try {
    const found = await connectWallet(name);
    if (found.length === 0) walletError.value = `${walletName(name)} shares no accounts with this site.`;
    accounts.value = found;
    if (found.length === 1) chooseAccount(found[0]);
  } catch (e) {
    walletError.value = `${walletName(name)} did not connect: ${(e as Error).message}`;
  }
}

export async function useDevAccounts(): Promise<void> {
  accounts.value = await devAccounts();
}

let unfollow: () => void = () => {};

export function chooseAccount(a: Account): void {
  const c = chain.value;
  if (!c) return;
  unfollow();
  batch(() => {
    account.value = a;
    registered.value = null;
    roles.value = null;
    credits.value = null;
    members.value = [];
    motionList.value = null;
    desk.value = null;
    answers.value = [];
    summary.value = null;
    notes.value = [];
    grants.value = [];
    received.value = [];
    consent.value = [];
    wardList.value = [];
    wardRecords.value = new Map();
    wardGrants.value = new Map();
    view.value = { name: 'home' };
  });
  shownCount.clear();
  moreLoading.value = new Set();
  moreError.value = new Map();
  unfollow = followBest(c, async (at) => {
    const [o, s, n, g, r, k, w] = await Promise.all([
      rolesOf(c, a.address, at.hash), readRecords(c, a.address, at.hash),
      notifications(c, a.address, at.hash), grantsOf(c, a.address, at.hash), grantsReceived(c, a.address, at.hash),
      researchConsent(c, a.address, at.hash), wards(c, a.address, at.hash),
    ]);
    // Providers named in notifications (an emergency access, a guardian proposal) too.
    const named = n.flatMap((x) => (x.kind === 'emergency' ? [x.provider] : x.kind === 'guardian-proposed' ? [x.proposer] : []));
    await ensureProfiles(c, [...s.map((x) => x.provider), ...named]);
    // Grants to a MedRec number (an emergency physician's, say) are named by its holder.
    await ensureHolders(c, g.flatMap((x) => (x.grantee.kind === 'participant' ? [x.grantee.id] : [])), at.hash);
    const m = o.researcher ? await researchCredits(c, a.address) : null;
    const seats = await consortiumMembers(c, at.hash);
    const open = seats.includes(a.address) ? await motions(c, at.hash) : null;
    return { o, s, n, g, r, k, w, m, seats, open };
  }, ({ o, s, n, g, r, k, w, m, seats, open }) => {
    batch(() => {
      // A provider or researcher who is no patient starts on their desk, not on the invitation to join.
      if (roles.value === null && !o.patient && view.value.name === 'home') {
        if (o.provider) view.value = { name: 'provider' };
        else if (o.researcher) view.value = { name: 'research' };
      }
      roles.value = o;
      credits.value = m;
      members.value = seats;
      motionList.value = open;
      registered.value = o.patient;
      consent.value = k;
      wardList.value = w;
      summary.value = keepShown(s, summary.value);
      notes.value = n;
      grants.value = g;
      received.value = r;
    });
  });
}

// ---- Transactions: fee first, then the person confirms, then progress ---------------------

export interface PendingTx {
  label: string;
  progress: Progress;
  confirm?: () => void;
  cancel?: () => void;
}
export const pendingTx = signal<PendingTx | null>(null);

/** Estimates `tx`'s fee and asks the person to confirm; resolves true once it is finalized. */
export function transact(label: string, build: (c: Chain) => any): Promise<boolean> {
  const c = chain.value;
  const a = account.value;
  if (!c || !a) return Promise.resolve(false);
  return new Promise((resolve) => {
    const set = (progress: Progress, extra: Partial<PendingTx> = {}) => { pendingTx.value = { label, progress, ...extra }; };
    set({ stage: 'estimating' });
    const tx = build(c);
    estimateFee(tx, a.address).then((fee) => {
      set({ stage: 'fee', fee }, {
        confirm: () => {
          submit(c, tx, a.signer, fee, (p) => set(p)).then(() => resolve(true), () => resolve(false));
        },
        cancel: () => { pendingTx.value = null; resolve(false); },
      });
    }, (e) => { set({ stage: 'failed', message: `Could not prepare the transaction: ${(e as Error).message}` }); resolve(false); });
  });
}

export const dismissTx = () => { pendingTx.value = null; };

export const acknowledge = (provider: string) =>
  transact(`Acknowledge the records from ${providerName(provider)}`, (c) => c.api.tx.Relationships.acknowledge({ provider }));
export const rejectRecords = (provider: string) =>
  transact(`Mark the records from ${providerName(provider)} as not mine`, (c) => c.api.tx.Relationships.reject({ provider }));
export const acknowledgeShared = (patient: string) =>
  transact('Mark what this patient shared as seen', (c) => c.api.tx.Relationships.acknowledge_shared({ patient }));
export const revoke = (grant: bigint) =>
  transact('Stop sharing', (c) => c.api.tx.Permissions.revoke({ grant }));
export const reviewEmergency = (emergency: bigint, contested: boolean) =>
  transact(contested ? 'Contest this emergency access' : 'Accept this emergency access as justified',
    (c) => c.api.tx.Permissions.review_emergency({ emergency, contested }));
export const acceptGuardian = (guardian: string) =>
  transact('Accept this guardian', (c) => c.api.tx.Permissions.accept_guardian({ guardian }));
export const setResearchConsent = (category: number, optedIn: boolean) =>
  transact(optedIn ? `Let researchers count me in: ${categoryName(category).toLowerCase()}` : `Stop researchers counting me in: ${categoryName(category).toLowerCase()}`,
    (c) => c.api.tx.Research.set_consent({ category, opted_in: optedIn }));
export const declineGuardian = (patient: string, guardian: string) =>
  transact('Decline this guardian', (c) => c.api.tx.Permissions.decline_guardian({ patient, guardian }));

// ---- Long histories: a relationship's pointers page by page ------------------------------

/**
 * How many pointers of a relationship the person asked to see (`patient/provider` → count;
 * otherwise the first page). Bookkeeping for the readers, never rendered: each new block reads
 * that many again, so the list stays current.
 */
const shownCount = new Map<string, number>();
const pageKey = (patient: string, provider: string) => `${patient}/${provider}`;
/** The relationships whose next page is being read (`patient/provider`). */
export const moreLoading = signal<ReadonlySet<string>>(new Set());
/** Why the next page could not be read (`patient/provider` → words). */
export const moreError = signal<ReadonlyMap<string, string>>(new Map());
export const isLoadingMore = (patient: string, provider: string) => moreLoading.value.has(pageKey(patient, provider));
export const moreErrorOf = (patient: string, provider: string) => moreError.value.get(pageKey(patient, provider));

/** `patient`'s relationships, each with as many of its newest pointers as the person asked to see. */
async function readRecords(c: Chain, patient: string, at?: string): Promise<ProviderRecords[]> {
  const records = await patientSummary(c, patient, at);
  return Promise.all(records.map((r) => {
    const count = shownCount.get(pageKey(patient, r.provider)) ?? 0;
    return count > r.pointers.length ? withPointers(c, patient, r, count, at) : r;
  }));
}

/**
 * `fresh` records, keeping the older pointers `current` shows beyond them: a "Show more" that
 * finished while `fresh` was being read is not undone (the next block reads them again).
 */
function keepShown(fresh: ProviderRecords[], current: ProviderRecords[] | null): ProviderRecords[] {
  if (!current) return fresh;
  return fresh.map((r) => {
    const last = r.pointers[r.pointers.length - 1];
    const before = current.find((x) => x.provider === r.provider);
    if (!last || !before || r.pointers.length >= r.pointerCount) return r;
    const older = before.pointers.filter((p) => p.id < last.id);
    return older.length === 0 ? r : { ...r, pointers: [...r.pointers, ...older] };
  });
}

/** The records shown for `patient`: the account's own, or a ward's. */
function recordsOf(patient: string): ProviderRecords[] | undefined {
  const me = account.value?.address;
  return me && sameAccount(patient, me) ? summary.value ?? undefined : wardRecords.value.get(patient);
}

function setRecordsOf(patient: string, records: ProviderRecords[]) {
  const me = account.value?.address;
  if (me && sameAccount(patient, me)) summary.value = records;
  else wardRecords.value = new Map([...wardRecords.value, [patient, records]]);
}

/** Reads the next page of the pointers between `patient` and `provider` and appends it; false if none came. */
export async function showMorePointers(patient: string, provider: string): Promise<boolean> {
  const c = chain.value;
  const key = pageKey(patient, provider);
  const r = recordsOf(patient)?.find((x) => x.provider === provider);
  if (!c || !r || moreLoading.value.has(key) || r.pointers.length >= r.pointerCount) return false;
  moreLoading.value = new Set([...moreLoading.value, key]);
  const errors = new Map(moreError.value);
  errors.delete(key);
  moreError.value = errors;
  try {
    const before = r.pointers[r.pointers.length - 1]?.id;
    const at = best.value?.hash;
    const page = await pointerPage(c, patient, provider, before, MAX_POINTER_PAGE, at);
    shownCount.set(key, r.pointers.length + page.length);
    // A new block may have replaced the list meanwhile: append only where the page follows on,
    // and otherwise read the list again to the same length.
    const now = recordsOf(patient);
    const current = now?.find((x) => x.provider === provider);
    if (!now || !current) return false;
    const follows = current.pointers[current.pointers.length - 1]?.id === before;
    const next = follows ? { ...current, pointers: [...current.pointers, ...page] }
      : await withPointers(c, patient, current, r.pointers.length + page.length, at);
    setRecordsOf(patient, (recordsOf(patient) ?? now).map((x) => (x.provider === provider ? next : x)));
    return page.length > 0;
  } catch (e) {
    moreError.value = new Map([...moreError.value, [key, `Could not read more records from the chain: ${(e as Error)?.message ?? e}`]]);
    return false;
  } finally {
    const loading = new Set(moreLoading.value);
    loading.delete(key);
    moreLoading.value = loading;
  }
}

// ---- Acting for someone as their guardian ------------------------------------------------

/** Reads a ward's records from every provider, as their guardian sees them. */
export async function loadWard(patient: string): Promise<void> {
  const c = chain.value;
  if (!c) return;
  const [records, given] = await Promise.all([readRecords(c, patient), grantsOf(c, patient)]);
  await ensureProfiles(c, records.map((r) => r.provider));
  batch(() => {
    wardRecords.value = new Map([...wardRecords.value, [patient, keepShown(records, wardRecords.value.get(patient) ?? null)]]);
    wardGrants.value = new Map([...wardGrants.value, [patient, given]]);
  });
}

// ---- Joining MedRec as a patient ----------------------------------------------------------

/** An identifier a provider knows the patient by, and the link code (salt) it gave them. */
export interface IdentifierInput { kind: string; value: string; salt: string }

/** The kinds of identifier the portal offers; the provider hashes the same words. */
export const IDENTIFIER_KINDS: readonly { code: string; label: string }[] = [
  { code: 'MRN', label: 'Medical record number (from your hospital or clinic)' },
  { code: 'NATIONAL-ID', label: 'National health or ID number' },
  { code: 'INSURANCE', label: 'Insurance member number' },
];

/** The shortest link code: a salt anyone could guess would let them test identifiers. */
export const MIN_LINK_CODE = 8;

export const joining = signal<{ costs: RegistrationCosts; free: bigint } | { error: string } | null>(null);

/** Reads what joining costs and what the account holds, for the onboarding screen. */
export async function loadJoining(): Promise<void> {
  const c = chain.value;
  const a = account.value;
  if (!c || !a) return;
  try {
    const [costs, free] = await Promise.all([registrationCosts(c), freeBalance(c, a.address)]);
    joining.value = { costs, free };
  } catch (e) {
    joining.value = { error: `Could not read the deposits from the chain: ${(e as Error).message}` };
  }
}

/** Checks an identifier before anything is signed; the problem in words, or null. None is fine. */
export function checkIdentifier(id: IdentifierInput | null): string | null {
  if (!id) return null;
  if (!id.value.trim()) return 'Enter the identifier, or leave all three identifier fields empty.';
  if (id.salt.trim().length < MIN_LINK_CODE) return `The link code from your provider has at least ${MIN_LINK_CODE} characters.`;
  if (!IDENTIFIER_KINDS.some((k) => k.code === id.kind)) return 'Choose what kind of identifier it is.';
  return null;
}

/**
 * Registers the account as a patient, and binds the identifier's fingerprint if one is given,
 * in one transaction (both or neither). Refuses an identifier already bound to an account
 * before anything is signed.
 */
export async function join(id: IdentifierInput | null): Promise<string | null> {
  const problem = checkIdentifier(id);
  if (problem) return problem;
  const c = chain.value;
  if (!c) return 'Not connected to the chain.';
  const hash = id ? identifierHash(id.salt.trim(), id.kind, id.value.trim()) : null;
  if (hash && await identifierOwner(c, hash)) {
    return 'This identifier is already linked to an account. If it is yours, you registered before: connect that account.';
  }
  void transact('Join MedRec as a patient', (chain) => {
    const register = chain.api.tx.Registrar.register_patient();
    if (!hash) return register;
    const bind = chain.api.tx.Registrar.bind_identifier({ identifier: hash });
    return chain.api.tx.Utility.batch_all({ calls: [register.decodedCall, bind.decodedCall] });
  });
  return null;
}

/** What a share covers: the scopes of a grant (`Scope`), from all records to chosen fields. */
export type ShareWhat = 'record' | 'provider' | 'category' | 'pointer' | 'fields';

export interface ShareInput {
  grantee: string;
  what: ShareWhat;
  pointer?: bigint;
  /** The provider's registrar number (for `provider`). */
  providerId?: bigint;
  category?: number;
  fields: number[];
  /** The first day (optional; empty: at once) and the last day, as `YYYY-MM-DD`. */
  from: string;
  until: string;
  /** The patient a guardian shares for (`ManageSharing`); absent: the account's own records. */
  onBehalfOf?: string;
}

/** The providers with a public profile the patient knows of: whom they can share with by name. */
export const knownProviders = () => [...profiles.value.values()];

/** The last moment of `day` (`YYYY-MM-DD`), local time: an end date includes its day. */
export const endOfDay = (day: string) => new Date(`${day}T23:59:59`);
const startOfDay = (day: string) => new Date(`${day}T00:00:00`);

/** What is wrong with `day` as the last day of something (not a date, or past), or null. */
export function endDateProblem(day: string): string | null {
  const end = endOfDay(day);
  if (Number.isNaN(end.getTime())) return 'The end date is not a date.';
  if (end.getTime() <= Date.now()) return 'The end date is in the past; choose a later date.';
  return null;
}

/**
 * Whom a share names, as typed: an account; a MedRec number (digits: the participant, whatever
 * account they hold later); or `group N`, a group a provider manages (its members change, the
 * grant stays). Null when it is none of these.
 */
export function parseGrantee(text: string): Grantee | null {
  const t = text.trim();
  if (isAccount(t)) return { kind: 'account', account: t };
  if (MEDREC_NUMBER.test(t)) return { kind: 'participant', id: BigInt(t) };
  const group = /^group (\d{1,9})$/i.exec(t);
  return group ? { kind: 'group', id: Number(group[1]) } : null;
}

/** The groups of the providers the patient knows, by id: whom they may share with by group. */
export const providerGroups = signal<ReadonlyMap<number, { owner: string; members: number }>>(new Map());

/** Reads the groups of every provider with a profile the patient knows. */
export async function loadProviderGroups(): Promise<void> {
  const c = chain.value;
  if (!c) return;
  const owned = await Promise.all(knownProviders().map(async (p) => ({ owner: p.account, groups: await groupsOwnedBy(c, p.account) })));
  providerGroups.value = new Map(owned.flatMap(({ owner, groups }) => groups.map((g) => [g.id, { owner, members: g.members.length }] as const)));
}

/** A grantee in words: a person's name, a MedRec number, a provider's group. */
export function granteeText(g: Grantee): string {
  if (g.kind === 'account') return personName(g.account);
  if (g.kind === 'participant') {
    const holder = holders.value.get(g.id);
    return holder ? `${personName(holder)} (MedRec number ${g.id})` : `MedRec number ${g.id}`;
  }
  const known = providerGroups.value.get(g.id);
  return known ? `${providerName(known.owner)}'s group ${g.id}` : `group ${g.id}`;
}

/** Checks a share before anything is signed; returns the problem in words, or null. */
export function checkShare(input: ShareInput): string | null {
  const me = account.value?.address ?? '';
  if (!input.grantee.trim()) return 'Enter whom to share with: their account, their MedRec number, or a group.';
  const grantee = parseGrantee(input.grantee);
  if (!grantee) {
    return `"${input.grantee.trim()}" is not a valid account address, MedRec number or group. Check it with the person you share with.`;
  }
  if (grantee.kind === 'account' && input.onBehalfOf && sameAccount(grantee.account, input.onBehalfOf)) return 'They can always see their own records; choose someone else.';
  if (grantee.kind === 'account' && !input.onBehalfOf && sameAccount(grantee.account, me)) return 'You can always see your own records; choose someone else.';
  if ((input.what === 'fields' || input.what === 'pointer') && input.pointer === undefined) return 'Choose the record to share.';
  if (input.what === 'fields' && input.fields.length === 0) return 'Choose at least one field to share.';
  if (input.what === 'provider' && input.providerId === undefined) return 'Choose the provider whose records you share.';
  if (input.what === 'category' && input.category === undefined) return 'Choose the kind of record to share.';
  if (!input.until) return 'Choose the date the sharing ends.';
  const endProblem = endDateProblem(input.until);
  if (endProblem) return endProblem;
  const end = endOfDay(input.until);
  if (input.from) {
    const start = startOfDay(input.from);
    if (Number.isNaN(start.getTime())) return 'The start date is not a date.';
    if (start.getTime() > end.getTime()) return 'The sharing must end after it starts: choose an end date after the start date.';
  }
  return null;
}

function scopeOf(input: ShareInput) {
  switch (input.what) {
    case 'record': return Enum('Record');
    case 'provider': return Enum('Provider', input.providerId!);
    case 'category': return Enum('Category', input.category!);
    case 'pointer': return Enum('Pointer', input.pointer!);
    case 'fields': return Enum('Fields', [input.pointer!, fieldSet(input.fields)] as [bigint, bigint]);
  }
}

/**
 * What only the chain can tell of a share's grantee: that someone holds the MedRec number, and
 * that it is not the patient's own. The problem in words, or null.
 */
export async function checkGrantee(input: ShareInput): Promise<string | null> {
  const grantee = parseGrantee(input.grantee);
  if (grantee?.kind !== 'participant') return null;
  const found = await accountFromInput(input.grantee);
  if ('problem' in found) return found.problem;
  const patient = input.onBehalfOf ?? account.value?.address ?? '';
  if (sameAccount(found.account, patient)) return `MedRec number ${grantee.id} is ${input.onBehalfOf ? 'theirs' : 'yours'}; choose someone else.`;
  return null;
}

export async function share(input: ShareInput): Promise<boolean> {
  const c = chain.value;
  const b = best.value;
  const grantee = parseGrantee(input.grantee);
  if (!c || !b || !grantee) return false;
  const expiry = blockAt(endOfDay(input.until), b.number, c.blockTimeMs);
  // A start today or earlier is "at once": the chain takes no start in the past.
  const start = input.from && startOfDay(input.from).getTime() > Date.now()
    ? blockAt(startOfDay(input.from), b.number, c.blockTimeMs) + 1 : undefined;
  const label = input.onBehalfOf ? `Share a record for ${personName(input.onBehalfOf)}` : 'Share a record';
  return transact(label, (chainNow) => chainNow.api.tx.Permissions.grant({
    on_behalf_of: input.onBehalfOf,
    grantee: grantee.kind === 'account' ? Enum('Account', grantee.account)
      : grantee.kind === 'participant' ? Enum('Participant', grantee.id) : Enum('Group', grantee.id),
    scope: scopeOf(input) as any,
    start, expiry, purpose: 0,
  }));
}

// ---- Opening records ---------------------------------------------------------------------

export interface Opened {
  loading: boolean;
  answer?: FetchAnswer;
  /** What was checked of the values against the chain's commitment (see `HashCheck`). */
  hash?: HashCheck;
  /** Whether only some of the record's fields were disclosed (they then come without the salt). */
  partial?: boolean;
  receiptOk?: boolean;
  error?: string;
}
export const opened = signal<ReadonlyMap<string, Opened>>(new Map());
const openKey = (patient: string, pointer: bigint) => `${patient}/${pointer}`;
export const openedOf = (patient: string, pointer: bigint) => opened.value.get(openKey(patient, pointer));

function setOpened(key: string, o: Opened) {
  const next = new Map(opened.value);
  next.set(key, o);
  opened.value = next;
}

export function errorText(e: unknown): string {
  if (e instanceof GatekeeperRefusal || e instanceof GatekeeperUnreachable || e instanceof SigningDeclined) return e.message;
  return `Something went wrong: ${(e as Error)?.message ?? e}`;
}

/** Fetches `fields` of `pointer` (the patient's own, or shared) from its provider's gatekeeper. */
export async function openRecord(patient: string, pointer: bigint, fields: number[], expectedHash?: string): Promise<void> {
  const c = chain.value;
  const a = account.value;
  if (!c || !a) return;
  const key = openKey(patient, pointer);
  setOpened(key, { loading: true });
  try {
    const stored = await c.api.query.Relationships.Pointers.getValue(pointer);
    if (!stored) throw new Error('This record no longer exists on the chain.');
    const provider = await c.api.query.Registrar.AccountOf.getValue(stored.provider);
    if (!provider) throw new Error('The record\'s provider is not registered.');
    await ensureProfiles(c, [provider]);
    const profile = profiles.value.get(provider);
    if (!profile) throw new Error(`${providerName(provider)} has not published a gatekeeper.`);
    const answer = await fetchRecord({ url: profile.endpoint, provider, requester: a, patient, pointer, fields });
    learnFields(pointer, answer.fields);
    const onChainHash = expectedHash ?? stored.content_hash;
    const hash = hashCheck(answer, onChainHash);
    const partial = answer.fields.length < fieldCodes(stored.fields).length;
    const receiptOk = verifyReceipt(answer.receipt, profile.signingKey).ok && answer.receipt.contentHash === answer.contentHash;
    setOpened(key, { loading: false, answer, hash, partial, receiptOk });
  } catch (e) {
    setOpened(key, { loading: false, error: errorText(e) });
  }
}

// ---- Access history ----------------------------------------------------------------------

export type Verdict = { state: 'verified' } | { state: 'not-anchored' } | { state: 'failed'; reason: string };
export interface HistoryEntry { provider: string; receipt: Receipt; verdict: Verdict }
export const history = signal<{ loading: boolean; entries: HistoryEntry[]; errors: string[] } | null>(null);

/** Reads the patient's receipts from every provider's gatekeeper and verifies each one here. */
export async function loadHistory(): Promise<void> {
  const c = chain.value;
  const a = account.value;
  if (!c || !a) return;
  history.value = { loading: true, entries: [], errors: [] };
  const entries: HistoryEntry[] = [];
  const errors: string[] = [];
  const providers = (summary.value ?? []).map((r) => r.provider);
  await ensureProfiles(c, providers);
  for (const provider of providers) {
    const profile = profiles.value.get(provider);
    if (!profile) continue;
    try {
      const receipts = await allReceipts({ url: profile.endpoint, provider, patient: a, limit: 500 });
      const anchors = new Map<number, Awaited<ReturnType<typeof receiptAnchor>>>();
      for (const { receipt, inclusion } of receipts) {
        let verdict: Verdict;
        const signed = verifyReceipt(receipt, profile.signingKey);
        if (!signed.ok) verdict = { state: 'failed', reason: signed.reason };
        else if (!sameAccount(receipt.patient, a.address) || !sameAccount(receipt.provider, provider)) {
          verdict = { state: 'failed', reason: 'the receipt names another patient or provider' };
        } else if (!inclusion) verdict = { state: 'not-anchored' };
        else {
          if (!anchors.has(inclusion.anchor)) anchors.set(inclusion.anchor, await receiptAnchor(c, provider, inclusion.anchor));
          const anchor = anchors.get(inclusion.anchor);
          if (!anchor) verdict = { state: 'not-anchored' };
          else {
            const included = verifyInclusion(receipt, inclusion, anchor);
            verdict = included.ok ? { state: 'verified' } : { state: 'failed', reason: included.reason };
          }
        }
        entries.push({ provider, receipt, verdict });
      }
    } catch (e) {
      errors.push(`${providerName(provider)}: ${errorText(e)}`);
    }
  }
  entries.sort((x, y) => y.receipt.servedAt - x.receipt.servedAt);
  history.value = { loading: false, entries, errors };
}

// ---- What others shared with me -----------------------------------------------------------

export interface SharedRecord { grant: GrantView; patient: string; pointer: PointerView; fields: number[]; provider: string }
export const shared = signal<SharedRecord[] | null>(null);
/** Patients who share more records than are listed: only each provider's newest page is read. */
export const sharedPartial = signal<string[]>([]);

/**
 * The records the grants I received cover. A grant of one record (or some of its fields) names
 * its pointer, read by id; a wider grant covers each relationship's newest page of pointers, and
 * a relationship with more is marked as listed in part.
 */
export async function loadShared(): Promise<void> {
  const c = chain.value;
  if (!c) return;
  const list: SharedRecord[] = [];
  const partial: string[] = [];
  const byPatient = new Map<string, GrantView[]>();
  for (const g of received.value) byPatient.set(g.patient, [...(byPatient.get(g.patient) ?? []), g]);
  for (const [patient, gs] of byPatient) {
    // The counts only: whose relationships are active, and how many pointers each holds.
    const relationships = await patientSummary(c, patient, undefined, 0);
    await ensureProfiles(c, relationships.map((r) => r.provider));
    const pages = new Map<string, Promise<PointerView[]>>();
    const pageOf = (r: ProviderRecords) => {
      if (!pages.has(r.provider)) pages.set(r.provider, pointerPage(c, patient, r.provider, undefined, MAX_POINTER_PAGE));
      return pages.get(r.provider)!;
    };
    let truncated = false;
    for (const g of gs) {
      const s = g.scope;
      if (s.kind === 'pointer' || s.kind === 'fields') {
        const p = await pointerById(c, s.pointer);
        // A pointer of an ended relationship is no longer served.
        if (!p || !relationships.some((r) => r.provider === p.provider)) continue;
        const fields = s.kind === 'fields' ? s.fields.filter((f) => p.fields.includes(f)) : p.fields;
        list.push({ grant: g, patient, pointer: p, fields, provider: p.provider });
        continue;
      }
      for (const r of relationships) {
        if (r.pointerCount === 0 || (s.kind === 'provider' && s.providerId !== r.providerId)) continue;
        const page = await pageOf(r);
        if (page.length < r.pointerCount) truncated = true;
        for (const p of page) {
          if (s.kind === 'category' && s.category !== p.category) continue;
          list.push({ grant: g, patient, pointer: p, fields: p.fields, provider: r.provider });
        }
      }
    }
    if (truncated) partial.push(patient);
  }
  batch(() => {
    shared.value = list;
    sharedPartial.value = partial;
  });
}

// ---- Research ----------------------------------------------------------------------------

/** A provider a researcher can ask: its profile, registrar number and the aggregates it answers. */
export interface Offer { profile: ProviderProfile; id: bigint; templates: Template[]; error?: string }
export interface Desk {
  parameters: ResearchParameters;
  offers: Offer[];
  requests: ResearchRequest[];
  bounties: OwnedBounty[];
}
export const desk = signal<Desk | { error: string } | null>(null);
/** Parameters the researcher typed this session, by their fingerprint: a request's are theirs, not on chain. */
export const typedParams = signal<ReadonlyMap<string, string>>(new Map());

/** An answer a provider's gatekeeper gave this session, or why it gave none. */
export interface AnswerEntry {
  kind: 'request' | 'bounty';
  id: bigint;
  provider: string;
  template: number;
  params: string;
  state: 'asking' | 'answered' | 'refused';
  answer?: ResearchAnswer;
  /** Whether the values hash to the answer's fingerprint and the chain recorded that fingerprint. */
  verified?: boolean;
  error?: string;
}
export const answers = signal<AnswerEntry[]>([]);

/** The template `code` as `offers` describe it (the first provider that declares it). */
export function templateOf(offers: Offer[], code: number): Template | undefined {
  return offers.flatMap((o) => o.templates).find((t) => t.code === code);
}

/** Reads the research desk: parameters, providers and their aggregates, my requests and bounties. */
export async function loadResearch(): Promise<void> {
  const c = chain.value;
  const a = account.value;
  if (!c || !a) return;
  try {
    const [parameters, found, mine] = await Promise.all([researchParameters(c), providerProfiles(c), researchOf(c, a.address)]);
    const offers = await Promise.all(found.map(async (profile): Promise<Offer> => {
      const id = (await participantNumber(c, profile.account)) ?? -1n;
      try {
        return { profile, id, templates: (await gatekeeperInfo(profile.endpoint)).templates ?? [] };
      } catch (e) {
        return { profile, id, templates: [], error: errorText(e) };
      }
    }));
    desk.value = { parameters, offers, ...mine };
  } catch (e) {
    desk.value = { error: `Could not read research from the chain: ${(e as Error).message}` };
  }
}

export interface AggregateInput { providers: string[]; template: number | null; params: string; minCohort: number }

/** Checks a request before anything is signed; the problem in words, or null. */
export function checkAggregate(input: AggregateInput, d: Desk, held: bigint): string | null {
  if (input.providers.length === 0) return 'Choose at least one provider to ask.';
  if (input.template === null) return 'Choose the aggregate to ask for.';
  const missing = input.providers.filter((p) => !d.offers.find((o) => o.profile.account === p)?.templates.some((t) => t.code === input.template));
  if (missing.length) return `${missing.map(providerNameIn(d)).join(', ')} does not answer this aggregate.`;
  const template = templateOf(d.offers, input.template);
  if (template?.parameter && !input.params.trim()) return `Enter the ${template.parameter.split(' (')[0]}.`;
  if (new TextEncoder().encode(input.params).length > 4096) return 'The parameters are longer than 4,096 bytes.';
  if (!Number.isInteger(input.minCohort) || input.minCohort < d.parameters.minCohortFloor) {
    return `The smallest group must be at least ${d.parameters.minCohortFloor} patients, the consortium's floor.`;
  }
  const cost = d.parameters.requestCost * BigInt(input.providers.length);
  if (held < cost) return `Asking ${input.providers.length} provider${input.providers.length === 1 ? '' : 's'} costs ${cost} credits; you have ${held}.`;
  return null;
}

const providerNameIn = (d: Desk) => (account: string) => d.offers.find((o) => o.profile.account === account)?.profile.name ?? account;

/** Asks providers for an aggregate: only the parameters' fingerprint goes on chain. */
export async function requestAggregate(input: AggregateInput): Promise<string | null> {
  const d = desk.value;
  if (!d || 'error' in d) return 'The research desk is not loaded yet.';
  const problem = checkAggregate(input, d, credits.value ?? 0n);
  if (problem) return problem;
  const params = input.params.trim();
  const hash = paramsHash(params);
  typedParams.value = new Map([...typedParams.value, [hash, params]]);
  const done = await transact('Ask providers for an aggregate', (c) => c.api.tx.Research.request_aggregate({
    template: input.template!, params_hash: hash, providers: input.providers, min_cohort: input.minCohort,
  }));
  if (done) await loadResearch();
  return null;
}

/** Redeems a request or bounty at one provider's gatekeeper; the answer (or refusal) joins `answers`. */
export async function redeem(kind: 'request' | 'bounty', id: bigint, provider: string, template: number, params: string): Promise<void> {
  const a = account.value;
  const d = desk.value;
  if (!a || !d || 'error' in d) return;
  const offer = d.offers.find((o) => o.profile.account === provider);
  const same = (e: AnswerEntry) => e.kind === kind && e.id === id && e.provider === provider;
  const put = (entry: AnswerEntry) => { answers.value = [entry, ...answers.value.filter((e) => !same(e))]; };
  const base = { kind, id, provider, template, params };
  if (!offer) { put({ ...base, state: 'refused', error: 'This provider has no gatekeeper profile on the chain.' }); return; }
  put({ ...base, state: 'asking' });
  try {
    const answer = await redeemResearch({ url: offer.profile.endpoint, provider, researcher: a, kind, id, params });
    const c = chain.value!;
    const verified = contentHashMatches(answer.columns.map((col) => col.value), answer.resultHash) &&
      await answerRecorded(c, { kind, id, provider, resultHash: answer.resultHash, cohort: answer.cohort, at: answer.postedIn });
    put({ ...base, state: 'answered', answer, verified });
  } catch (e) {
    put({ ...base, state: 'refused', error: errorText(e) });
  }
  await loadResearch();
}

// ---- The consortium ----------------------------------------------------------------------

/** Whether this account sits in the consortium. */
export const isMember = computed(() => !!account.value && members.value.includes(account.value.address));

const ROLE_WORDS: Record<string, string> = { Provider: 'a provider', Researcher: 'a researcher', Patient: 'a patient' };

/** What a motion would do, in words. */
export function motionText(m: Motion): string {
  const { type: pallet, value: { type: call, value: args } } = m.call;
  const who = (a: string) => profiles.value.get(a)?.name ?? personName(a);
  switch (`${pallet}.${call}`) {
    case 'Registrar.admit': return `Admit ${who(args.who)} as ${ROLE_WORDS[args.role.type] ?? args.role.type}`;
    case 'Registrar.revoke': return `Revoke ${who(args.who)}'s role as ${ROLE_WORDS[args.role.type] ?? args.role.type}`;
    case 'Registrar.suspend': return `Suspend ${who(args.who)}`;
    case 'ConsortiumMembership.add_member': return `Add ${who(args.who)} to the consortium`;
    case 'ConsortiumMembership.remove_member': return `Remove ${who(args.who)} from the consortium`;
    case 'Permissions.certify_emergency': return `${args.certified ? 'Certify' : 'Withdraw the certification of'} ${who(args.provider)}'s emergency department`;
    case 'Research.set_parameters': return 'Change the research parameters';
    case 'ConsortiumRoot.dispatch_as_root': {
      const inner = args.call;
      if (inner?.type === 'System' && inner.value?.type === 'authorize_upgrade') {
        return `Authorize a runtime upgrade to the code with hash ${String(inner.value.value.code_hash)}`;
      }
      return `As root: ${inner?.type}.${inner?.value?.type}`;
    }
    default: return `${pallet}.${call}`;
  }
}

/** Ayes a motion of the consortium needs to act for it: two thirds of the seats (`ConsortiumOrRoot`). */
export const admissionThreshold = (seats: number) => Math.ceil((2 * seats) / 3);

/** Checks a proposed admission before anything is signed; the problem in words, or null. */
export async function checkAdmission(who: string, role: string): Promise<string | null> {
  const c = chain.value;
  if (!c) return 'Not connected to the chain.';
  if (!who.trim()) return 'Enter the account of the institution or researcher to admit.';
  if (!isAccount(who.trim())) return `"${who.trim()}" is not a valid account address.`;
  if (role !== 'Provider' && role !== 'Researcher') return 'Choose the role: provider or researcher.';
  if (members.value.length < 2) return 'A consortium of one member cannot pass motions; add members first.';
  const held = await rolesOf(c, who.trim());
  if ((role === 'Provider' && held.provider) || (role === 'Researcher' && held.researcher)) {
    return `${personName(who.trim())} is already ${ROLE_WORDS[role]}.`;
  }
  return null;
}

/** Proposes admitting `who` to `role`, with the proposer's aye, in one transaction. */
export async function proposeAdmission(who: string, role: 'Provider' | 'Researcher'): Promise<string | null> {
  const problem = await checkAdmission(who, role);
  if (problem) return problem;
  const c = chain.value!;
  const admit = c.api.tx.Registrar.admit({ who: who.trim(), role: Enum(role) });
  const encoded = await admit.getEncodedData();
  const hash = toHex(Blake2256(encoded));
  const index = await c.api.query.Consortium.ProposalCount.getValue();
  void transact(`Propose admitting ${personName(who.trim())} as ${ROLE_WORDS[role]}`, (chainNow) => chainNow.api.tx.Utility.batch_all({
    calls: [
      chainNow.api.tx.Consortium.propose({
        threshold: admissionThreshold(members.value.length), proposal: admit.decodedCall, length_bound: encoded.length,
      }).decodedCall,
      chainNow.api.tx.Consortium.vote({ proposal: hash as any, index, approve: true }).decodedCall,
    ],
  }));
  return null;
}

export const voteOn = (m: Motion, approve: boolean) =>
  transact(`${approve ? 'Vote for' : 'Vote against'}: ${motionText(m)}`,
    (c) => c.api.tx.Consortium.vote({ proposal: m.hash, index: m.index, approve }));

/** What closed motions did, as read back from the chain (this session). */
export const closedNotes = signal<string[]>([]);

/**
 * Closes a motion: enacts it when the ayes reached the threshold, drops it otherwise. An
 * admission is then read back from the registrar, so the member sees whether it took effect
 * (a passed motion whose call fails still closes).
 */
export async function closeMotion(m: Motion): Promise<boolean> {
  const c = chain.value;
  if (!c) return false;
  const weight = await callWeight(c, m);
  const text = motionText(m);
  const done = await transact(`Close the motion: ${text}`, (chainNow) => chainNow.api.tx.Consortium.close({
    proposal_hash: m.hash, index: m.index, proposal_weight_bound: weight, length_bound: m.length,
  }));
  if (!done) return false;
  const { type: pallet, value: { type: call, value: args } } = m.call;
  let note = `Closed: ${text}.`;
  if (pallet === 'Registrar' && call === 'admit') {
    const held = await rolesOf(c, args.who);
    const now = args.role.type === 'Provider' ? held.provider : held.researcher;
    note = now ? `Enacted: ${personName(args.who)} is now ${ROLE_WORDS[args.role.type]}.`
      : `The motion closed without effect: ${personName(args.who)} was not admitted.`;
  }
  closedNotes.value = [note, ...closedNotes.value];
  return true;
}
