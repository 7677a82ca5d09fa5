// The provider desk's state: the provider's profile and whether its gatekeeper answers with the
// profile's key, where its pointer publisher stands, invitations, one patient looked up by
// MedRec number or account, and the groups it manages. Read when the desk opens and again after
// each of its transactions; invitations come with the account's notifications at every block.
import { signal } from '@preact/signals';
import type { SizedHex } from '@polkadot-api/substrate-bindings';
import { isAccount, sameAccount } from './client/bytes';
import {
  type OwnedGroup, type ProviderProfile, type ProviderRecords, groupsOwnedBy, participantNumber, providerProfile, relationshipWith,
} from './client/chain';
import { type GatekeeperInfo, gatekeeperInfo } from './client/gatekeeper';
import { account, chain, errorText, patientFromInput, personName, transact } from './state';

export interface ProviderDesk {
  /** The account the desk was read for: another account chosen reads it again. */
  for: string;
  profile?: ProviderProfile;
  /** What the profile's gatekeeper says of itself, or why it could not be asked. */
  gatekeeper?: { info: GatekeeperInfo } | { error: string };
  groups: OwnedGroup[];
}

export const providerDesk = signal<ProviderDesk | null>(null);

/** Reads the desk for the chosen account. */
export async function loadProviderDesk(): Promise<void> {
  const c = chain.value;
  const a = account.value;
  if (!c || !a) return;
  const [profile, groups] = await Promise.all([providerProfile(c, a.address), groupsOwnedBy(c, a.address)]);
  let gatekeeper: ProviderDesk['gatekeeper'];
  if (profile) {
    try {
      gatekeeper = { info: await gatekeeperInfo(profile.endpoint) };
    } catch (e) {
      gatekeeper = { error: errorText(e) };
    }
  }
  if (account.value?.address === a.address) providerDesk.value = { for: a.address, profile, gatekeeper, groups };
}

/**
 * What the desk can tell of the gatekeeper: whether it serves this provider with the key the
 * profile names (patients check receipts against that key), in words; null when all is well.
 */
export function gatekeeperProblem(d: ProviderDesk): string | null {
  if (!d.profile) return 'No profile yet: patients cannot find your gatekeeper. Publish one below.';
  if (!d.gatekeeper) return null;
  if ('error' in d.gatekeeper) return `Your gatekeeper at ${d.profile.endpoint} did not answer: ${d.gatekeeper.error}`;
  const { info } = d.gatekeeper;
  if (!sameAccount(info.provider, d.for)) return `The gatekeeper at ${d.profile.endpoint} serves another provider (${info.provider}).`;
  if (info.receiptKey.toLowerCase() !== d.profile.signingKey.toLowerCase()) {
    return 'The gatekeeper signs receipts with another key than your profile names: patients\' browsers will mark its receipts as failed. Publish its key (below).';
  }
  return null;
}

export interface ProfileInput { name: string; endpoint: string; signingKey: string }

/** Checks a profile before anything is signed; the problem in words, or null. */
export function checkProfile(p: ProfileInput): string | null {
  if (!p.name.trim()) return 'Enter the institution\'s name, as patients know it.';
  if (!/^https:\/\/\S+$|^http:\/\/(localhost|127\.0\.0\.1|\[::1\])([:/]\S*)?$/.test(p.endpoint.trim())) {
    return 'The gatekeeper\'s address must start with https:// (http:// only on this computer, for testing).';
  }
  if (!/^0x[0-9a-fA-F]{64}$/.test(p.signingKey.trim())) return 'The receipt key is 32 bytes in hex: 0x and 64 hex digits. Its gatekeeper shows it.';
  return null;
}

/** Publishes the profile; the chain's own checks (length, address) come back in words. */
export async function saveProfile(p: ProfileInput): Promise<string | null> {
  const problem = checkProfile(p);
  if (problem) return problem;
  const utf8 = (s: string) => new TextEncoder().encode(s.trim());
  const done = await transact('Publish your provider profile', (c) => c.api.tx.Registrar.set_provider_profile({
    name: utf8(p.name), endpoint: utf8(p.endpoint), signing_key: p.signingKey.trim().toLowerCase() as SizedHex<32>,
  }));
  if (done) await loadProviderDesk();
  return null;
}

/** One patient as the desk sees them: their account and number, and our relationship (if any). */
export interface PatientAtDesk { patient: string; number?: bigint; records?: ProviderRecords }
export const lookedUp = signal<PatientAtDesk | null>(null);

/** Finds a patient by MedRec number (digits) or account; the problem in words, or null. */
export async function lookUpPatient(input: string): Promise<string | null> {
  const c = chain.value;
  const a = account.value;
  if (!c || !a) return 'Not connected.';
  lookedUp.value = null;
  const found = await patientFromInput(input);
  if ('problem' in found) return found.problem;
  const { patient } = found;
  const [number, records] = await Promise.all([participantNumber(c, patient), relationshipWith(c, a.address, patient)]);
  lookedUp.value = { patient, number, records };
  return null;
}

/** Opens a relationship with `patient` (accepting their invitation, if they sent one). */
export async function openRelationship(patient: string): Promise<boolean> {
  const done = await transact(`Open a relationship with ${personName(patient)}`, (c) => c.api.tx.Relationships.open_relationship({ patient }));
  if (done && lookedUp.value?.patient === patient) await lookUpPatient(patient);
  return done;
}

export async function createGroup(): Promise<boolean> {
  const done = await transact('Create a group', (c) => c.api.tx.Registrar.create_group());
  if (done) await loadProviderDesk();
  return done;
}

/** Adds `who` (an account) to `group`; the problem in words, or null. */
export async function addGroupMember(group: number, who: string): Promise<string | null> {
  const member = who.trim();
  if (!isAccount(member)) return 'Enter the member\'s account address (it starts with 5 and is 48 characters long).';
  if (providerDesk.value?.groups.find((g) => g.id === group)?.members.some((m) => sameAccount(m, member))) {
    return `${personName(member)} is already in group ${group}.`;
  }
  const done = await transact(`Add ${personName(member)} to group ${group}`, (c) => c.api.tx.Registrar.add_group_member({ group, who: member }));
  if (done) await loadProviderDesk();
  return null;
}

export async function removeGroupMember(group: number, who: string): Promise<boolean> {
  const done = await transact(`Remove ${personName(who)} from group ${group}`, (c) => c.api.tx.Registrar.remove_group_member({ group, who }));
  if (done) await loadProviderDesk();
  return done;
}

export async function dissolveGroup(group: number): Promise<boolean> {
  const done = await transact(`Dissolve group ${group}`, (c) => c.api.tx.Registrar.dissolve_group({ group }));
  if (done) await loadProviderDesk();
  return done;
}
