// Who else may act for a patient, and when a clinician may act without asking: the patient's
// own guardians (add with powers and an end, remove), and a clinician's emergency access
// ("break the glass") through the group of a certified provider they belong to. The chain
// decides; this module reads what it holds and prepares the transactions.
import { signal } from '@preact/signals';
import { Enum } from 'polkadot-api';
import { isAccount, sameAccount } from './client/bytes';
import { type Guardian, blockAt, emergencyGroups, guardiansOf, hasGuardianProxy } from './client/chain';
import { EMERGENCY_REASONS } from './client/vocabulary';
import { account, best, chain, endDateProblem, endOfDay, patientFromInput, personName, roles, transact } from './state';

/** The patient's guardians; null until read. */
export const myGuardians = signal<Guardian[] | null>(null);

export async function loadGuardians(): Promise<void> {
  const c = chain.value;
  const number = roles.value?.number;
  if (!c) return;
  myGuardians.value = number === undefined ? [] : await guardiansOf(c, number);
}

export interface GuardianInput {
  guardian: string;
  /** `View`: sees the records; `ManageSharing`: also shares and stops sharing for the patient. */
  powers: 'View' | 'ManageSharing';
  /** The last day, `YYYY-MM-DD`; empty: until the patient removes them. */
  until: string;
}

/** Checks a guardian before anything is signed; the problem in words, or null. */
export function checkGuardian(input: GuardianInput): string | null {
  const who = input.guardian.trim();
  if (!who) return 'Enter the account of the person who is to be your guardian.';
  if (!isAccount(who)) return `"${who}" is not a valid account address.`;
  if (sameAccount(who, account.value?.address ?? '')) return 'You cannot be your own guardian.';
  if (myGuardians.value?.some((g) => sameAccount(g.guardian, who))) return `${personName(who)} is your guardian already; remove them first to change what they may do.`;
  return input.until ? endDateProblem(input.until) : null;
}

export async function addGuardian(input: GuardianInput): Promise<string | null> {
  const problem = checkGuardian(input);
  if (problem) return problem;
  const c = chain.value;
  const b = best.value;
  if (!c || !b) return 'Not connected.';
  const guardian = input.guardian.trim();
  const until = input.until ? blockAt(endOfDay(input.until), b.number, c.blockTimeMs) : undefined;
  const done = await transact(`Make ${personName(guardian)} your guardian`, (now) => now.api.tx.Permissions.add_guardian({
    guardian, powers: Enum(input.powers), until,
  }));
  if (done) await loadGuardians();
  return null;
}

/**
 * Ends `guardian`'s guardianship, and the `Guardian` proxy with it if the patient gave one
 * (else they could still share as the patient through it).
 */
export async function removeGuardian(guardian: string): Promise<boolean> {
  const c = chain.value;
  const me = account.value?.address;
  if (!c || !me) return false;
  const proxy = await hasGuardianProxy(c, me, guardian);
  const done = await transact(`End ${personName(guardian)}'s guardianship`, (now) => {
    const remove = now.api.tx.Permissions.remove_guardian({ patient: me, guardian });
    if (!proxy) return remove;
    const unproxy = now.api.tx.Proxy.remove_proxy({ delegate: Enum('Id', guardian), proxy_type: Enum('Guardian'), delay: 0 });
    return now.api.tx.Utility.batch_all({ calls: [remove.decodedCall, unproxy.decodedCall] });
  });
  if (done) await loadGuardians();
  return done;
}

/** The groups this account may break the glass through; null until read. */
export const emergencyVia = signal<{ group: number; provider: string }[] | null>(null);

export async function loadEmergencyGroups(): Promise<void> {
  const c = chain.value;
  const a = account.value;
  if (!c || !a) return;
  emergencyVia.value = await emergencyGroups(c, a.address);
}

export interface EmergencyInput {
  /** The patient's account or MedRec number. */
  patient: string;
  reason: number | null;
  /** The group (of a certified provider) the clinician acts through. */
  via: number | null;
}

/**
 * Opens the patient's whole record to the clinician for a few hours, with a reason; the
 * patient (and their guardians) are told at once and asked to review it. The problem in words,
 * or null.
 */
export async function breakGlass(input: EmergencyInput): Promise<string | null> {
  const c = chain.value;
  const a = account.value;
  if (!c || !a) return 'Not connected.';
  const found = await patientFromInput(input.patient);
  if ('problem' in found) return found.problem;
  const { patient } = found;
  if (sameAccount(patient, a.address)) return 'This is for other people\'s records; yours are open to you.';
  if (input.reason === null || !(input.reason in EMERGENCY_REASONS)) return 'Choose the reason: the patient and the consortium will read it.';
  if (input.via === null || !emergencyVia.value?.some((g) => g.group === input.via)) return 'Choose the department you act for.';
  const target = patient;
  await transact(`Open ${personName(target)}'s record in an emergency`, (now) => now.api.tx.Permissions.break_glass({
    patient: target, reason: input.reason!, via: input.via!,
  }));
  return null;
}
