// Talking to a provider's gatekeeper: JSON-RPC over WebSocket (the gatekeeper serves HTTP and
// WebSocket on one port; a browser reaches the WebSocket from any origin, so gatekeepers need
// no CORS set-up). Every request is signed by the wallet (`signBytes`, i.e. `signRaw`), which
// wraps the bytes in <Bytes>…</Bytes>; the gatekeeper accepts both forms.
import type { PolkadotSigner } from 'polkadot-api';
import { toHex } from './bytes';
import {
  type Inclusion, type Receipt, type Value, fetchSignedBytes, freshNonce, multiSignature, receiptsSignedBytes,
  researchSignedBytes,
} from './protocol';
import { DENIAL_TEXT } from './vocabulary';

/** A requester: an account and whatever signs for it (a wallet extension or a dev key). */
export interface Signer {
  address: string;
  type?: 'sr25519' | 'ed25519' | 'ecdsa';
  signer: PolkadotSigner;
}

/** The gatekeeper answered with an error: a refusal, in words for people. */
export class GatekeeperRefusal extends Error {
  constructor(readonly code: number, readonly reason: string, readonly data: unknown, message: string) {
    super(message);
  }
}

/** The gatekeeper could not be reached or did not answer. */
export class GatekeeperUnreachable extends Error {}

/** The wallet did not sign (the person declined, or the wallet failed). */
export class SigningDeclined extends Error {}

const REASON_TEXT: Record<string, string> = {
  malformed: 'The request was malformed.',
  bad_signature: 'The request\'s signature did not verify.',
  expired: 'The request expired before it arrived; try again.',
  expiry_too_far: 'The request was valid for too long; check this device\'s clock.',
  replayed: 'This request was already used; try again.',
  unknown_pointer: 'The chain knows no such record.',
  provider_mismatch: 'This record belongs to another provider.',
  fields_not_granted: 'You may not see some of these fields.',
  denied: 'Access refused: the patient has not shared this record with you, or has stopped sharing it.',
  stale_pointer: 'The provider\'s record changed and no longer matches the chain; ask the provider to update it.',
  unknown_query: 'The provider\'s gatekeeper does not know this record: it published no record under this reference, or does not serve this kind of record.',
  record_not_found: 'The provider has no such record for this patient.',
  chain_unavailable: 'The provider\'s gatekeeper cannot reach the chain right now; try again shortly.',
  database_unavailable: 'The provider\'s database is unavailable right now.',
  receipt_unavailable: 'The gatekeeper could not record a receipt, so it served nothing.',
  unknown_receipt: 'There is no such receipt.',
  unknown_research: 'This provider owes you no answer to this request (answered already, expired, or not yours).',
  params_mismatch: 'These parameters are not the ones the request was made with (their fingerprint differs from the chain\'s).',
  template_not_offered: 'This provider does not answer this kind of aggregate.',
  cohort_too_small: 'Too few patients agreed to be counted for this aggregate; the provider answered nothing.',
  post_failed: 'The provider could not record its answer on the chain, so it returned nothing; try again.',
};

function refusal(error: { code: number; message?: string; data?: any }): GatekeeperRefusal {
  const reason: string = error.data?.reason ?? 'error';
  let text = REASON_TEXT[reason] ?? `The gatekeeper refused: ${error.message ?? reason}.`;
  const denial: string | undefined = error.data?.denial;
  if (reason === 'denied' && denial && DENIAL_TEXT[denial]) text = `Access refused: ${DENIAL_TEXT[denial]}`;
  const floor: number | undefined = error.data?.floor;
  if (reason === 'cohort_too_small' && floor !== undefined) {
    text = `Fewer than ${floor} patients agreed to be counted for this aggregate, the smallest group that may be reported; the provider answered nothing.`;
  }
  return new GatekeeperRefusal(error.code, reason, error.data, text);
}

/** The WebSocket address of a gatekeeper URL from a provider profile (http→ws, https→wss). */
export const socketUrl = (url: string): string => url.replace(/^http(s?):\/\//, 'ws$1://');

/** One JSON-RPC call; resolves with the result or rejects with a GatekeeperRefusal. */
export function call<T>(url: string, method: string, params: unknown[], timeoutMs = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    let ws: WebSocket;
    try {
      ws = new WebSocket(socketUrl(url));
    } catch {
      reject(new GatekeeperUnreachable(`The provider's gatekeeper address (${url}) is not valid.`));
      return;
    }
    let settled = false;
    const done = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      ws.close();
      fn();
    };
    const timer = setTimeout(
      () => done(() => reject(new GatekeeperUnreachable('The provider\'s gatekeeper did not answer in time.'))),
      timeoutMs,
    );
    ws.onopen = () => ws.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }));
    ws.onmessage = (event) => {
      const message = JSON.parse(String(event.data));
      done(() => (message.error ? reject(refusal(message.error)) : resolve(message.result as T)));
    };
    ws.onerror = () => done(() => reject(new GatekeeperUnreachable('The provider\'s gatekeeper cannot be reached.')));
    ws.onclose = () => done(() => reject(new GatekeeperUnreachable('The provider\'s gatekeeper closed the connection.')));
  });
}

async function sign(who: Signer, bytes: Uint8Array): Promise<string> {
  let signature: Uint8Array;
  try {
    signature = await who.signer.signBytes(bytes);
  } catch (e) {
    throw new SigningDeclined(`The wallet did not sign${(e as Error)?.message ? ` (${(e as Error).message})` : ''}; nothing was sent.`);
  }
  return toHex(multiSignature(signature, who.type ?? 'sr25519'));
}

export interface Field {
  code: number;
  name: string;
  value: Value;
}

export interface FetchAnswer {
  pointer: number;
  fields: Field[];
  /** The pointer's salted commitment, as the gatekeeper checked it against the chain. */
  contentHash: string;
  /**
   * The record's salt (0x-hex, 32 bytes), sent only when every field of the record is
   * disclosed: with it the values can be checked against `contentHash` here. A partial
   * disclosure comes without it (with the salt, the withheld fields could be guessed).
   */
  salt?: string;
  authorizedAt: { number: number; hash: string };
  receipt: Receipt;
}

/** Asks `provider`'s gatekeeper at `url` for `fields` of `pointer`, signed by `requester`. */
export async function fetchRecord(args: {
  url: string; provider: string; requester: Signer; patient: string; pointer: bigint | number; fields: number[];
}): Promise<FetchAnswer> {
  const nonce = freshNonce();
  const expires = Date.now() + 60_000;
  const bytes = fetchSignedBytes({
    provider: args.provider, requester: args.requester.address, patient: args.patient,
    pointer: args.pointer, fields: args.fields, nonce, expires,
  });
  const signature = await sign(args.requester, bytes);
  return call<FetchAnswer>(args.url, 'gatekeeper_fetch', [{
    requester: args.requester.address, patient: args.patient, pointer: Number(args.pointer),
    fields: args.fields, nonce: toHex(nonce), expires, signature,
  }]);
}

export interface PatientReceipt {
  receipt: Receipt;
  inclusion: Inclusion | null;
}

/** One page of the patient's receipts at a gatekeeper (`after`: the previous page's `next`). */
export async function receiptsPage(args: {
  url: string; provider: string; patient: Signer; after?: number; limit?: number;
}): Promise<{ receipts: PatientReceipt[]; next: number | null }> {
  const nonce = freshNonce();
  const expires = Date.now() + 60_000;
  const signature = await sign(args.patient, receiptsSignedBytes({
    provider: args.provider, patient: args.patient.address, nonce, expires,
  }));
  return call(args.url, 'gatekeeper_receipts', [{
    patient: args.patient.address, nonce: toHex(nonce), expires, signature,
    ...(args.after === undefined ? {} : { after: args.after }),
    ...(args.limit === undefined ? {} : { limit: args.limit }),
  }]);
}

/** Every receipt of the patient's at a gatekeeper, page after page (each page signed anew). */
export async function allReceipts(args: { url: string; provider: string; patient: Signer; limit?: number }): Promise<PatientReceipt[]> {
  const all: PatientReceipt[] = [];
  let after: number | undefined;
  for (;;) {
    const page = await receiptsPage({ ...args, after });
    all.push(...page.receipts);
    if (page.next === null || page.next === undefined) return all;
    after = page.next;
  }
}

/** An aggregate a provider's gatekeeper answers (its configuration's `[[template]]`). */
export interface Template {
  code: number;
  /** The research-consent category a patient must have opted in to, to be counted. */
  category: number;
  title: string;
  /** What the parameters are (e.g. a LOINC code); empty when it takes none. */
  parameter: string;
  columns: string[];
}

/**
 * Where a gatekeeper's pointer publisher stands (gatekeeper/src/publisher.rs, `Status`):
 * counts and times only, never a record or a patient.
 */
export interface PublisherStatus {
  intervalSecs: number;
  /** When the last round ended, Unix ms (0: none yet). */
  lastRound: number;
  lastRoundFailed: boolean;
  /** Records on chain from the provider's database. */
  published: number;
  /** Calls left for later rounds by the rate limit. */
  waiting: number;
  /** Calls of the last round that did not take effect (tried again). */
  failing: number;
  /** Records held back: their patient rejected the relationship. */
  refused: number;
  /** Records held back: their patient number belongs to nobody (a registration desk's typo). */
  unlinked: number;
  /** Seconds the chain has been behind the database (0: in step). */
  behindSecs: number;
}

export interface GatekeeperInfo {
  provider: string;
  receiptKey: string;
  /** The newest block it follows. */
  head: { number: number; hash: string } | null;
  templates: Template[];
  /** Null when this gatekeeper does not publish pointers. */
  publisher: PublisherStatus | null;
  version: string;
}

/** What a gatekeeper says about itself, with the research templates it answers. */
export const gatekeeperInfo = (url: string): Promise<GatekeeperInfo> => call(url, 'gatekeeper_info', []);

export interface ResearchAnswer {
  template: number;
  /** How many patients the aggregate covers. */
  cohort: number;
  columns: { name: string; value: Value }[];
  /** BLAKE2-256 of the SCALE-encoded values, as posted on chain. */
  resultHash: string;
  /** The block that includes the posted answer. */
  postedIn: string;
}

/** Redeems a research request (or a bounty query the researcher owns) at a provider's gatekeeper. */
export async function redeemResearch(args: {
  url: string; provider: string; researcher: Signer; kind: 'request' | 'bounty'; id: bigint; params: string;
}): Promise<ResearchAnswer> {
  const nonce = freshNonce();
  const expires = Date.now() + 60_000;
  const signature = await sign(args.researcher, researchSignedBytes({
    provider: args.provider, researcher: args.researcher.address, kind: args.kind, id: args.id, params: args.params, nonce, expires,
  }));
  // Answering waits for the answer's block: give it two minutes.
  return call(args.url, 'gatekeeper_research', [{
    researcher: args.researcher.address, kind: args.kind, id: Number(args.id), params: args.params,
    nonce: toHex(nonce), expires, signature,
  }], 120_000);
}
