// The MedRec chain through polkadot-api's typed client (descriptors generated from the runtime
// WASM, portal/.papi). Reads come from the runtime API `MedRecApi` and storage at a named block;
// live state follows best blocks (`bestBlocks$`), with no polling loop.
import { getMetadata, medrec } from '@polkadot-api/descriptors';
import { decAnyMetadata, type SizedHex, unifyMetadata } from '@polkadot-api/substrate-bindings';
import { createClient, getTypedCodecs, type PolkadotClient, type PolkadotSigner, type TypedApi } from 'polkadot-api';
import { getWsProvider } from 'polkadot-api/ws';
import { fieldCodes } from './bytes';
import type { RelationshipStatus } from './vocabulary';

export type MedRecApi = TypedApi<typeof medrec>;

export interface Chain {
  endpoint: string;
  client: PolkadotClient;
  api: MedRecApi;
  /** Milliseconds per block (Aura's slot duration). */
  blockTimeMs: number;
  disconnect(): void;
}

export interface Block {
  hash: string;
  number: number;
}

/** Connects and resolves once the chain's first best block is known. */
export async function connectChain(endpoint: string): Promise<Chain> {
  // The metadata of the runtime the descriptors were made from ships with the portal (a lazy
  // chunk): when the chain runs that runtime, nothing is downloaded; otherwise the chain's own.
  const client = createClient(getWsProvider(endpoint), { getMetadata });
  const api = client.getTypedApi(medrec);
  try {
    const slot = await withTimeout(api.constants.Aura.SlotDuration(), 30_000, `The chain at ${endpoint} did not answer.`);
    return { endpoint, client, api, blockTimeMs: Number(slot), disconnect: () => client.destroy() };
  } catch (e) {
    client.destroy();
    throw e;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(message)), ms))]);
}

/**
 * Calls `read(block)` for every new best block, in order, and hands its result to `onValue`
 * (skipping a result when a newer block has come meanwhile). Returns the unsubscribe function.
 */
export function followBest<T>(chain: Chain, read: (at: Block) => Promise<T>, onValue: (value: T, at: Block) => void,
  onError: (error: Error) => void = () => {}): () => void {
  let latest = '';
  const subscription = chain.client.bestBlocks$.subscribe({
    next: (blocks) => {
      const best = blocks[0];
      if (!best || best.hash === latest) return;
      latest = best.hash;
      const at = { hash: best.hash, number: best.number };
      read(at).then((value) => {
        if (latest === at.hash) onValue(value, at);
      }, (error) => {
        if (latest === at.hash) onError(error);
      });
    },
    error: onError,
  });
  return () => subscription.unsubscribe();
}

export interface PointerView {
  id: bigint;
  provider: string;
  category: number;
  fields: number[];
  /** The salted commitment to the record's data (the gatekeeper sends the salt with it). */
  contentHash: string;
  updatedAt: number;
}

/** A relationship with a provider, with its newest pointers. */
export interface ProviderRecords {
  provider: string;
  providerId: bigint;
  status: RelationshipStatus;
  openedAt: number;
  changedAt: number;
  /** How many pointers the relationship holds. */
  pointerCount: number;
  /** The newest of them, newest first: the first page, and any further pages read. */
  pointers: PointerView[];
}

/** The most pointers one page holds (`MAX_POINTER_PAGE`, primitives/src/api.rs). */
export const MAX_POINTER_PAGE = 100;

/** A pointer as `MedRecApi` gives it (`PointerView`, primitives/src/api.rs). */
type ChainPointer = Awaited<ReturnType<MedRecApi['apis']['MedRecApi']['pointers']>>[number];

const pointerOf = (provider: string) => (p: ChainPointer): PointerView => ({
  id: p.id, provider, category: p.category, fields: fieldCodes(p.fields), contentHash: p.content_hash, updatedAt: p.updated_at,
});

export type Notification =
  | { kind: 'relationship'; provider: string; status: RelationshipStatus }
  | { kind: 'invitation'; patient: string }
  | { kind: 'shared'; patient: string; updated: boolean }
  | { kind: 'emergency'; patient: string; emergency: bigint; provider: string; openedBy: string; reason: number }
  | { kind: 'guardian-proposed'; guardian: string; proposer: string }
  | { kind: 'guardian-appointed'; guardian: string };

/**
 * A patient's relationships with every provider (`MedRecApi_patient_summary`), each with its
 * first page of pointers, newest first (`MedRecApi_pointers`): the chain counts a relationship's
 * pointers and pages through them, so reading a summary costs the same however long the history.
 * `page`: how many pointers to read per relationship (0: only the counts).
 */
export async function patientSummary(chain: Chain, patient: string, at?: string, page = MAX_POINTER_PAGE): Promise<ProviderRecords[]> {
  const summary = await chain.api.apis.MedRecApi.patient_summary(patient, at ? { at } : {});
  return Promise.all(summary.map(async (r) => ({
    provider: r.provider,
    providerId: r.provider_id,
    status: r.status.type as RelationshipStatus,
    openedAt: r.opened_at,
    changedAt: r.changed_at,
    pointerCount: r.pointers,
    pointers: r.pointers > 0 && page > 0 ? await pointerPage(chain, patient, r.provider, undefined, page, at) : [],
  })));
}

/**
 * A page of the pointers between `patient` and `provider`, newest first (`MedRecApi_pointers`):
 * those added before pointer `before` (undefined: from the newest), at most `limit` (and at most
 * `MAX_POINTER_PAGE`). The next page starts before the last pointer of this one.
 */
export async function pointerPage(chain: Chain, patient: string, provider: string, before: bigint | undefined,
  limit: number, at?: string): Promise<PointerView[]> {
  const page = await chain.api.apis.MedRecApi.pointers(patient, provider, before, Math.min(limit, MAX_POINTER_PAGE), at ? { at } : {});
  return page.map(pointerOf(provider));
}

/**
 * `records` with further pages read until it holds `count` pointers (or all it has): what a
 * person who asked to see more keeps seeing as new blocks come.
 */
export async function withPointers(chain: Chain, patient: string, records: ProviderRecords, count: number, at?: string): Promise<ProviderRecords> {
  const pointers = [...records.pointers];
  const want = Math.min(count, records.pointerCount);
  while (pointers.length < want) {
    const page = await pointerPage(chain, patient, records.provider, pointers[pointers.length - 1]?.id,
      Math.min(want - pointers.length, MAX_POINTER_PAGE), at);
    if (page.length === 0) break;
    pointers.push(...page);
  }
  return { ...records, pointers };
}

/** The pointer `id` with its provider's account (from storage), or undefined if it is gone. */
export async function pointerById(chain: Chain, id: bigint, at?: string): Promise<PointerView | undefined> {
  const stored = await chain.api.query.Relationships.Pointers.getValue(id, at ? { at } : {});
  if (!stored) return undefined;
  const provider = await chain.api.query.Registrar.AccountOf.getValue(stored.provider, at ? { at } : {});
  if (!provider) return undefined;
  return {
    id, provider, category: stored.category, fields: fieldCodes(stored.fields), contentHash: stored.content_hash,
    updatedAt: stored.updated_at,
  };
}

/**
 * What asks for someone's attention (`MedRecApi_notifications`): at most 50 of each kind
 * (`MAX_NOTIFICATIONS`, primitives/src/api.rs); acknowledging some brings the next.
 */
export async function notifications(chain: Chain, who: string, at?: string): Promise<Notification[]> {
  const list = await chain.api.apis.MedRecApi.notifications(who, at ? { at } : {});
  return list.map((n): Notification => {
    switch (n.type) {
      case 'Relationship': return { kind: 'relationship', provider: n.value.provider, status: n.value.status.type as RelationshipStatus };
      case 'Invitation': return { kind: 'invitation', patient: n.value.patient };
      case 'Shared': return { kind: 'shared', patient: n.value.patient, updated: n.value.updated };
      case 'Emergency': return {
        kind: 'emergency', patient: n.value.patient, emergency: n.value.emergency,
        provider: n.value.provider, openedBy: n.value.opened_by, reason: n.value.reason,
      };
      case 'GuardianProposed': return { kind: 'guardian-proposed', guardian: n.value.guardian, proposer: n.value.proposer };
      case 'GuardianAppointed': return { kind: 'guardian-appointed', guardian: n.value.guardian };
    }
  });
}

export type Scope =
  | { kind: 'record' }
  | { kind: 'provider'; providerId: bigint }
  | { kind: 'category'; category: number }
  | { kind: 'pointer'; pointer: bigint }
  | { kind: 'fields'; pointer: bigint; fields: number[] };

export type Grantee = { kind: 'account'; account: string } | { kind: 'participant'; id: bigint } | { kind: 'group'; id: number };

export interface GrantView {
  id: bigint;
  patient: string;
  grantee: Grantee;
  scope: Scope;
  start: number;
  expiry?: number;
  /** Why it was given: an opaque purpose code. */
  purpose: number;
  emergency: boolean;
  /** The guardian who made the grant for the patient, if one did. */
  guardian?: string;
}

function toGrant(g: Awaited<ReturnType<MedRecApi['apis']['MedRecApi']['grants_of']>>[number]): GrantView {
  const s = g.scope;
  const scope: Scope = s.type === 'Record' ? { kind: 'record' }
    : s.type === 'Provider' ? { kind: 'provider', providerId: s.value }
    : s.type === 'Category' ? { kind: 'category', category: s.value }
    : s.type === 'Pointer' ? { kind: 'pointer', pointer: s.value }
    : { kind: 'fields', pointer: s.value[0], fields: fieldCodes(s.value[1]) };
  const e = g.grantee;
  const grantee: Grantee = e.type === 'Account' ? { kind: 'account', account: e.value }
    : e.type === 'Participant' ? { kind: 'participant', id: e.value } : { kind: 'group', id: e.value };
  return {
    id: g.id, patient: g.patient, grantee, scope, start: g.start, expiry: g.expiry, purpose: g.purpose,
    emergency: g.emergency !== undefined,
    guardian: g.guardian,
  };
}

/** The grants a patient made (`MedRecApi_grants_of`). */
export async function grantsOf(chain: Chain, patient: string, at?: string): Promise<GrantView[]> {
  return (await chain.api.apis.MedRecApi.grants_of(patient, at ? { at } : {})).map(toGrant);
}

/** The grants someone received (`MedRecApi_grants_received`). */
export async function grantsReceived(chain: Chain, who: string, at?: string): Promise<GrantView[]> {
  return (await chain.api.apis.MedRecApi.grants_received(who, at ? { at } : {})).map(toGrant);
}

export interface ProviderProfile {
  account: string;
  name: string;
  /** The gatekeeper's URL. */
  endpoint: string;
  /** The key that signs the gatekeeper's receipt batches (hex). */
  signingKey: string;
}

const text = new TextDecoder();

/** A provider's public profile from the registrar; undefined when it has none. */
export async function providerProfile(chain: Chain, provider: string): Promise<ProviderProfile | undefined> {
  const p = await chain.api.query.Registrar.ProviderProfiles.getValue(provider);
  if (!p) return undefined;
  return { account: provider, name: text.decode(p.name), endpoint: text.decode(p.endpoint), signingKey: p.signing_key };
}

/** The anchor number `index` of `provider`'s receipts (`MedRecApi_receipt_anchor`). */
export async function receiptAnchor(chain: Chain, provider: string, index: number) {
  const a = await chain.api.apis.MedRecApi.receipt_anchor(provider, index);
  return a ? { root: a.root, first: a.first, count: a.count, anchoredAt: a.anchored_at } : undefined;
}

/** Someone `guardian` acts for (`MedRecApi_wards`). */
export interface Ward {
  patient: string;
  /** `View`: sees the records as the patient does; `ManageSharing`: also shares for them. */
  powers: 'View' | 'ManageSharing';
  /** The first block the guardianship no longer holds in; undefined: until removed. */
  until?: number;
  /** Whether the consortium appointed the guardian rather than the patient choosing them. */
  appointed: boolean;
}

/** The patients `guardian` acts for now (`MedRecApi_wards`). */
export async function wards(chain: Chain, guardian: string, at?: string): Promise<Ward[]> {
  const list = await chain.api.apis.MedRecApi.wards(guardian, at ? { at } : {});
  return list.map((w) => ({ patient: w.patient, powers: w.powers.type, until: w.until, appointed: w.appointed }));
}

/** A patient's guardian, as the patient sees them (`PatientSharing`'s guardians). */
export interface Guardian {
  guardian: string;
  /** `View`: sees the records as the patient does; `ManageSharing`: also shares for them. */
  powers: 'View' | 'ManageSharing';
  /** The first block the guardianship no longer holds in; undefined: until removed. */
  until?: number;
  /** Whether the consortium appointed them rather than the patient choosing them. */
  appointed: boolean;
}

/** The guardians of patient number `patient`. */
export async function guardiansOf(chain: Chain, patient: bigint, at?: string): Promise<Guardian[]> {
  const sharing = await chain.api.query.Permissions.PatientSharing.getValue(patient, at ? { at } : {});
  return (sharing?.guardians ?? []).map(([guardian, g]) => ({
    guardian, powers: g.powers.type, until: g.until, appointed: g.basis.type === 'Appointed',
  }));
}

/**
 * Whether `patient` lets `delegate` act for them through a `Guardian` proxy (acknowledge,
 * reject, share and review emergencies as the patient): ending a guardianship ends it too.
 */
export async function hasGuardianProxy(chain: Chain, patient: string, delegate: string): Promise<boolean> {
  const [proxies] = await chain.api.query.Proxy.Proxies.getValue(patient);
  return proxies.some((p) => p.delegate === delegate && p.proxy_type.type === 'Guardian' && p.delay === 0);
}

/**
 * The groups `who` may act through in an emergency: those it belongs to (its registrar card)
 * whose owner is an active provider certified for emergency access.
 */
export async function emergencyGroups(chain: Chain, who: string, at?: string): Promise<{ group: number; provider: string }[]> {
  const opts = at ? { at } : {};
  const [card, certified] = await Promise.all([
    chain.api.query.Registrar.Cards.getValue(who, opts),
    // A set (values are `()`): its keys say who is certified; a handful of providers.
    chain.api.query.Permissions.EmergencyCertified.getEntries(opts).then((e) => new Set(e.map(({ keyArgs: [id] }) => id))),
  ]);
  const found = await Promise.all((card?.memberships ?? []).filter((m) => m.owner_active).map(async (m) => {
    const group = await chain.api.query.Registrar.Groups.getValue(m.group, opts);
    if (!group) return undefined;
    const number = await participantNumber(chain, group.owner);
    return number !== undefined && certified.has(number) ? { group: m.group, provider: group.owner } : undefined;
  }));
  return found.filter((g): g is { group: number; provider: string } => g !== undefined);
}

/** The categories `patient` lets researchers count them in (`MedRecApi_research_consent`). */
export async function researchConsent(chain: Chain, patient: string, at?: string): Promise<number[]> {
  return chain.api.apis.MedRecApi.research_consent(patient, at ? { at } : {});
}

/** What joining costs: deposits held while registered (returned on leaving), in planck. */
export interface RegistrationCosts {
  /** Held for the registration itself. */
  registration: bigint;
  /** Held for each identifier bound to the account. */
  perIdentifier: bigint;
}

/**
 * The registrar's deposits, from the runtime's constants: an item plus its bytes. The
 * registration record's size is its SCALE encoding (fixed-size fields, so the size the
 * registrar charges for); an identifier is a 32-byte hash.
 */
export async function registrationCosts(chain: Chain): Promise<RegistrationCosts> {
  const [item, byte, codecs] = await Promise.all([
    chain.api.constants.Registrar.DepositPerItem(), chain.api.constants.Registrar.DepositPerByte(), getTypedCodecs(medrec),
  ]);
  const record = codecs.query.Registrar.Participants.value.enc({ id: 0n, roles: 0, suspended: false, deposit: 0n }).length;
  return { registration: item + byte * BigInt(record), perIdentifier: item + byte * 32n };
}

/** `who`'s participant number, if it ever registered (the registrar keeps it on the account's card). */
export async function participantNumber(chain: Chain, who: string): Promise<bigint | undefined> {
  return (await chain.api.query.Registrar.Cards.getValue(who))?.participant;
}

/** What `who` can spend: the free balance. */
export async function freeBalance(chain: Chain, who: string): Promise<bigint> {
  return (await chain.api.query.System.Account.getValue(who)).data.free;
}

/** The account an identifier hash is bound to, if any. */
export async function identifierOwner(chain: Chain, identifier: SizedHex<32>): Promise<string | undefined> {
  return chain.api.query.Registrar.IdentifierOwner.getValue(identifier);
}

/** The account holding participant number `number` now (`MedRecApi_account_of`). */
export const accountOf = (chain: Chain, number: bigint, at?: string): Promise<string | undefined> =>
  chain.api.apis.MedRecApi.account_of(number, at ? { at } : {});

/** A group a provider manages, with its members' accounts (grants to the group reach them). */
export interface OwnedGroup { id: number; members: string[] }

/** The groups `owner` manages (`GroupsOwnedBy`), each with its members (`GroupMembers`). */
export async function groupsOwnedBy(chain: Chain, owner: string, at?: string): Promise<OwnedGroup[]> {
  const opts = at ? { at } : {};
  const ids = await chain.api.query.Registrar.GroupsOwnedBy.getValue(owner, opts);
  return Promise.all(ids.map(async (id) => ({
    id,
    members: (await chain.api.query.Registrar.GroupMembers.getEntries(id, opts)).map(({ keyArgs: [, who] }) => who),
  })));
}

/**
 * `provider`'s relationship with `patient`, with its newest pointers, or undefined when there
 * is none. One patient's relationships are one prefix on chain (`MedRecApi_patient_summary`);
 * the chain keeps no list of a provider's patients: the provider's own records are that list.
 */
export async function relationshipWith(chain: Chain, provider: string, patient: string, at?: string): Promise<ProviderRecords | undefined> {
  const found = (await patientSummary(chain, patient, at, 0)).find((r) => r.provider === provider);
  return found && withPointers(chain, patient, found, MAX_POINTER_PAGE, at);
}

/** The roles an account holds now, and its participant number (the registrar's, for good). */
export interface Roles { patient: boolean; provider: boolean; researcher: boolean; number?: bigint }

/** The roles `who` holds now: role N is bit N of the registrar's record (`Role`). */
export async function rolesOf(chain: Chain, who: string, at?: string): Promise<Roles> {
  const p = await chain.api.query.Registrar.Participants.getValue(who, at ? { at } : {});
  const has = (bit: number) => !!p && !p.suspended && (p.roles & (1 << bit)) !== 0;
  return { patient: has(0), provider: has(1), researcher: has(2), number: p?.id };
}

/** Whether `who` is registered as a patient. */
export const isRegisteredPatient = async (chain: Chain, who: string, at?: string): Promise<boolean> =>
  (await rolesOf(chain, who, at)).patient;

// ---- Research ------------------------------------------------------------------------------

/** The consortium's research parameters in force (the runtime's defaults until it sets others). */
export interface ResearchParameters {
  /** Credits a researcher earns per block its collators author. */
  creditsPerBlock: bigint;
  /** Credits a request costs per provider asked. */
  requestCost: bigint;
  /** The smallest cohort any aggregate may report. */
  minCohortFloor: number;
  /** How many blocks a request stays open. */
  requestLifetime: number;
}

export async function researchParameters(chain: Chain): Promise<ResearchParameters> {
  const p = (await chain.api.query.Research.Params.getValue()) ?? (await chain.api.constants.Research.DefaultParameters());
  return {
    creditsPerBlock: p.credits_per_block, requestCost: p.request_cost,
    minCohortFloor: p.min_cohort_floor, requestLifetime: p.request_lifetime,
  };
}

/** The credits `researcher` holds (`MedRecApi_research_credits`). */
export const researchCredits = (chain: Chain, researcher: string): Promise<bigint> =>
  chain.api.apis.MedRecApi.research_credits(researcher);

/** A provider that published a profile: whom a researcher can ask. */
export async function providerProfiles(chain: Chain): Promise<ProviderProfile[]> {
  const entries = await chain.api.query.Registrar.ProviderProfiles.getEntries();
  return entries.map(({ keyArgs: [account], value: p }) => ({
    account, name: text.decode(p.name), endpoint: text.decode(p.endpoint), signingKey: p.signing_key,
  }));
}

/**
 * Whether the block `at` records the answer a gatekeeper returned: a `RequestAnswered` (or
 * `BountyQueryAnswered`) event for `id` with the same result hash and cohort, from `provider`.
 */
export async function answerRecorded(chain: Chain, args: {
  kind: 'request' | 'bounty'; id: bigint; provider: string; resultHash: string; cohort: number; at: string;
}): Promise<boolean> {
  const events = await chain.api.query.System.Events.getValue({ at: args.at });
  const hash = args.resultHash.toLowerCase();
  return events.some(({ event }) => {
    if (event.type !== 'Research') return false;
    const e = event.value;
    if (args.kind === 'request') {
      return e.type === 'RequestAnswered' && e.value.request === args.id && e.value.provider === args.provider &&
        e.value.result_hash.toLowerCase() === hash && e.value.cohort === args.cohort;
    }
    return e.type === 'BountyQueryAnswered' && e.value.bounty === args.id &&
      e.value.result_hash.toLowerCase() === hash && e.value.cohort === args.cohort;
  });
}

/** An open research request of the researcher's. */
export interface ResearchRequest {
  id: bigint;
  template: number;
  paramsHash: string;
  minCohort: number;
  /** The providers (by registrar number) that have not answered yet. */
  pending: bigint[];
  expiresAt: number;
}

/** A bounty query a researcher owns: an aggregate a provider offered with a record update. */
export interface OwnedBounty {
  id: bigint;
  /** The provider's registrar number. */
  provider: bigint;
  template: number;
  params: string;
  minCohort: number;
}

/** The researcher's open requests and unanswered bounty queries, read from research storage. */
export async function researchOf(chain: Chain, researcher: string): Promise<{ requests: ResearchRequest[]; bounties: OwnedBounty[] }> {
  const id = await participantNumber(chain, researcher);
  if (id === undefined) return { requests: [], bounties: [] };
  const [requests, bounties] = await Promise.all([
    chain.api.query.Research.Requests.getEntries(), chain.api.query.Research.Bounties.getEntries(),
  ]);
  return {
    requests: requests.filter(({ value: r }) => r.researcher === id).map(({ keyArgs: [rid], value: r }) => ({
      id: rid, template: r.template, paramsHash: r.params_hash, minCohort: r.min_cohort, pending: r.pending, expiresAt: r.expires_at,
    })).sort((a, b) => Number(b.id - a.id)),
    bounties: bounties
      .filter(({ value: b }) => b.owner.type === 'Researcher' && b.owner.value === id && b.answer === undefined)
      .map(({ keyArgs: [bid], value: b }) => ({
        id: bid, provider: b.provider, template: b.template, params: text.decode(b.params), minCohort: b.min_cohort,
      })),
  };
}

// ---- The consortium ------------------------------------------------------------------------

/** The consortium's members (`Consortium::Members`). */
export const consortiumMembers = (chain: Chain, at?: string): Promise<string[]> =>
  chain.api.query.Consortium.Members.getValue(at ? { at } : {});

/** A call as the chain decodes it: pallet, call, arguments. */
export interface DecodedCall { type: string; value: { type: string; value: any } }

/** An open motion of the consortium. */
export interface Motion {
  hash: SizedHex<32>;
  index: number;
  /** Ayes needed to pass. */
  threshold: number;
  ayes: string[];
  nays: string[];
  /** The block from which anyone may close it, passed or not. */
  end: number;
  call: DecodedCall;
  /** The call's encoded length: `close` must bound it. */
  length: number;
}

/** The consortium's open motions, with what each would do. */
export async function motions(chain: Chain, at?: string): Promise<Motion[]> {
  const opts = at ? { at } : {};
  const [hashes, codecs] = await Promise.all([chain.api.query.Consortium.Proposals.getValue(opts), getTypedCodecs(medrec)]);
  const found = await Promise.all(hashes.map(async (hash) => {
    const [call, votes] = await Promise.all([
      chain.api.query.Consortium.ProposalOf.getValue(hash, opts), chain.api.query.Consortium.Voting.getValue(hash, opts),
    ]);
    if (!call || !votes) return undefined;
    const length = codecs.query.Consortium.ProposalOf.value.enc(call).length;
    return {
      hash, index: votes.index, threshold: votes.threshold, ayes: votes.ayes, nays: votes.nays, end: votes.end,
      call: call as DecodedCall, length,
    } satisfies Motion;
  }));
  return found.filter((m): m is Motion => m !== undefined).sort((a, b) => a.index - b.index);
}

/** The weight a motion's call may take when it is enacted: `close` must bound it. */
export async function callWeight(chain: Chain, motion: Motion): Promise<{ ref_time: bigint; proof_size: bigint }> {
  const info = await chain.api.apis.TransactionPaymentCallApi.query_call_info(motion.call as any, motion.length);
  return info.weight;
}

/**
 * The last block expected at or before `date`, from the best block and the chain's block time:
 * a share "until the 1st" ends with the 1st, not a block into the 2nd.
 */
export function blockAt(date: Date, best: number, blockTimeMs: number, now = Date.now()): number {
  return best + Math.floor((date.getTime() - now) / blockTimeMs);
}

/** The date a block number is expected at. */
export function dateOfBlock(block: number, best: number, blockTimeMs: number, now = Date.now()): Date {
  return new Date(now + (block - best) * blockTimeMs);
}

// ---- Transactions ------------------------------------------------------------------------

export type Progress =
  | { stage: 'estimating' }
  | { stage: 'fee'; fee: bigint }
  | { stage: 'signing'; fee: bigint }
  | { stage: 'submitted'; fee: bigint }
  | { stage: 'in-block'; fee: bigint; block: Block }
  | { stage: 'finalized'; fee: bigint; block: Block }
  | { stage: 'failed'; fee?: bigint; message: string };

export interface Submittable {
  getEstimatedFees(from: string): Promise<bigint>;
  signSubmitAndWatch(signer: PolkadotSigner): { subscribe(o: { next(e: any): void; error(e: any): void }): { unsubscribe(): void } };
}

/** The fee `from` would pay for `tx`, in the chain's smallest unit. */
export const estimateFee = (tx: Submittable, from: string): Promise<bigint> => tx.getEstimatedFees(from);

/**
 * Signs and submits `tx`, reporting each stage to `onProgress`; resolves at finalization (or
 * rejects with an error in words: a declined signature, an invalid transaction, or the
 * pallet's own error with its documentation).
 */
export function submit(chain: Chain, tx: Submittable, signer: PolkadotSigner, fee: bigint,
  onProgress: (p: Progress) => void): Promise<Block> {
  onProgress({ stage: 'signing', fee });
  return new Promise((resolve, reject) => {
    let failed = false;
    const fail = (message: string) => {
      if (failed) return;
      failed = true;
      onProgress({ stage: 'failed', fee, message });
      reject(new Error(message));
    };
    const sub = tx.signSubmitAndWatch(signer).subscribe({
      next: (event) => {
        if (event.type === 'broadcasted') onProgress({ stage: 'submitted', fee });
        if (event.type === 'txBestBlocksState' && event.found) {
          if (!event.ok) {
            sub?.unsubscribe();
            void dispatchErrorText(chain, event.dispatchError).then((text) => fail(`Refused by the chain: ${text} The fee was charged; nothing else changed.`));
            return;
          }
          onProgress({ stage: 'in-block', fee, block: { hash: event.block.hash, number: event.block.number } });
        }
        if (event.type === 'finalized') {
          if (!event.ok) {
            void dispatchErrorText(chain, event.dispatchError).then((text) => fail(`Refused by the chain: ${text} The fee was charged; nothing else changed.`));
            return;
          }
          const block = { hash: event.block.hash, number: event.block.number };
          onProgress({ stage: 'finalized', fee, block });
          resolve(block);
        }
      },
      error: (e) => fail(submitErrorText(e)),
    });
  });
}

function submitErrorText(e: any): string {
  const message = String(e?.message ?? e);
  if (/cancel|reject|declin|denied/i.test(message)) return 'You declined to sign in your wallet. Nothing was sent.';
  if (e?.error?.type === 'Invalid') {
    const why = e.error.value?.type;
    if (why === 'Payment') return 'This account cannot pay the fee.';
    if (why === 'Stale' || why === 'Future') return 'The transaction\'s nonce was out of date; try again.';
    return `The chain refused the transaction (${why ?? 'invalid'}).`;
  }
  return `The transaction failed: ${message}`;
}

let errorDocs: Promise<Map<string, string>> | undefined;

/** `Pallet.Error` → its documentation, from the runtime's metadata (read once, on first need). */
function moduleErrorDocs(chain: Chain): Promise<Map<string, string>> {
  errorDocs ??= (async () => {
    const best = (await chain.client.getBestBlocks())[0];
    const metadata = unifyMetadata(decAnyMetadata(await chain.client.getMetadata(best.hash)));
    const docs = new Map<string, string>();
    for (const pallet of metadata.pallets as any[]) {
      const errors = pallet.errors;
      if (errors === undefined || errors === null) continue;
      const type = (metadata.lookup as any[])[typeof errors === 'number' ? errors : errors.type];
      if (type?.def?.tag !== 'variant') continue;
      for (const v of type.def.value) docs.set(`${pallet.name}.${v.name}`, (v.docs as string[]).join(' ').trim());
    }
    return docs;
  })();
  return errorDocs;
}

/** A dispatch error in words: a module error by its documentation, other kinds by name. */
export async function dispatchErrorText(chain: Chain, error: { type: string; value: any }): Promise<string> {
  if (error.type === 'Module') {
    const key = `${error.value?.type}.${error.value?.value?.type}`;
    const docs = await moduleErrorDocs(chain).catch(() => new Map<string, string>());
    const doc = docs.get(key);
    return doc ? `${doc} (${key})` : `The chain refused: ${key}.`;
  }
  const inner = error.value?.type;
  return `The chain refused: ${error.type}${inner ? `.${inner}` : ''}.`;
}
