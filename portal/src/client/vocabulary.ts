// The words for MedRec's codes: the one place the portal turns codes into names.
//
// On chain, categories and statuses are opaque codes (no health information on chain). The
// portal shows names. Category codes are the chain's vocabulary, which it enforces on pointers
// and category grants (`medrec_primitives::records::category`, primitives/src/records.rs): keep
// the two in step. The demo gatekeeper publishes laboratory results as code 7 (see
// gatekeeper/demo/gatekeeper.toml and e2e/lib/gatekeeper.mjs). An unknown code (research
// consent takes any) is shown as "Other records (code N)", never hidden.
// Field names are not on chain: they come with the data from the provider's gatekeeper.

/** The standard classes of record (codes 1–9). */
export const STANDARD_CATEGORIES: Readonly<Record<number, string>> = {
  1: 'Clinical notes',
  2: 'Conditions',
  3: 'Medications',
  4: 'Allergies',
  5: 'Immunizations',
  6: 'Procedures',
  7: 'Laboratory results',
  8: 'Imaging',
  9: 'Vital signs',
};

/**
 * The sensitive classes (codes from 64, `category::FIRST_SENSITIVE`): records many laws protect
 * more strictly, which a patient should share knowingly. The chain treats them like the others;
 * the portal says in words when a share includes them.
 */
export const SENSITIVE_CATEGORIES: Readonly<Record<number, string>> = {
  64: 'Mental health',
  65: 'Sexual and reproductive health',
  66: 'Substance use treatment',
  67: 'Genetics',
};

/** Every category of the vocabulary, standard classes first (`category::ALL`). */
export const CATEGORIES: Readonly<Record<number, string>> = { ...STANDARD_CATEGORIES, ...SENSITIVE_CATEGORIES };

/** The vocabulary's codes in the chain's order: standard classes first. */
export const CATEGORY_CODES: readonly number[] = Object.keys(CATEGORIES).map(Number).sort((a, b) => a - b);

export function categoryName(code: number): string {
  return CATEGORIES[code] ?? `Other records (code ${code})`;
}

/** Whether `code` is in the chain's vocabulary (`category::is_known`). */
export const isKnownCategory = (code: number): boolean => code in CATEGORIES;

/** Whether `code` is one of the sensitive classes (`category::is_sensitive`). */
export const isSensitive = (code: number): boolean => code in SENSITIVE_CATEGORIES;

/** The sensitive classes in words, for a sentence: "mental health, … and genetics". */
export const SENSITIVE_LIST: string = (() => {
  const names = Object.values(SENSITIVE_CATEGORIES).map((n) => n.toLowerCase());
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
})();

/** A relationship's status as the patient sees it (the badge on each provider's records). */
export type RelationshipStatus = 'Invited' | 'New' | 'Updated' | 'Acknowledged' | 'Rejected';

export const STATUS_TEXT: Readonly<Record<RelationshipStatus, string>> = {
  Invited: 'Invited',
  New: 'New',
  Updated: 'Updated',
  Acknowledged: 'Acknowledged',
  Rejected: 'Rejected',
};

/** What a status asks of the patient, for screen readers and the badge's title. */
export const STATUS_HELP: Readonly<Record<RelationshipStatus, string>> = {
  Invited: 'You invited this provider; they have not accepted yet.',
  New: 'This provider added records you have not looked at yet.',
  Updated: 'This provider changed records since you last acknowledged them.',
  Acknowledged: 'You have seen these records.',
  Rejected: 'You marked these records as not yours or wrong.',
};

/** A relationship's status as its provider reads it. */
export const PROVIDER_STATUS_HELP: Readonly<Record<RelationshipStatus, string>> = {
  Invited: 'The patient invited you; open the relationship to accept, and your records for them can be published.',
  New: 'You added records the patient has not looked at yet.',
  Updated: 'You changed records since the patient last acknowledged them.',
  Acknowledged: 'The patient has seen your records.',
  Rejected: 'The patient marked your records as not theirs or wrong: check who they are before publishing more. Your gatekeeper holds back their records meanwhile.',
};

/**
 * Why a clinician broke the glass: the reason codes the portal offers. On chain a reason is an
 * opaque number (`Permissions::break_glass`), meaningful to the consortium, which reviews the
 * accesses patients contest.
 */
export const EMERGENCY_REASONS: Readonly<Record<number, string>> = {
  1: 'The patient is unconscious or otherwise cannot consent',
  2: 'A life-threatening emergency leaves no time to ask',
  3: 'Neither the patient nor their guardian can be reached',
};

export const emergencyReason = (code: number): string => EMERGENCY_REASONS[code] ?? `reason code ${code}`;

/** Why the chain refuses an access (`MedRecApi_can_access`), in words. */
export const DENIAL_TEXT: Readonly<Record<string, string>> = {
  UnknownPatient: 'The patient is not registered.',
  UnknownPointer: 'This record no longer exists.',
  WrongPatient: 'This record belongs to another patient.',
  NoSuchFields: 'The record has no such fields.',
  Inactive: 'The relationship with this provider has ended.',
  NotValidAt: 'The sharing has not started yet or has ended.',
  NoGrant: 'The patient has not shared this with you, or has stopped sharing it.',
};

/**
 * A record field's name for people. Field names come from the provider's gatekeeper (its
 * query's column names); the common ones of the demo EMR read better in words, and any other
 * is shown with its underscores as spaces.
 */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  loinc: 'LOINC code', label: 'Test', value: 'Result', unit: 'Unit', taken_at: 'Taken at',
  icd10: 'ICD-10 code', onset: 'Onset', status: 'Status', rxnorm: 'RxNorm code', dose: 'Dose', started: 'Started',
};

export function fieldLabel(name: string): string {
  const known = FIELD_LABELS[name];
  if (known) return known;
  const spaced = name.replace(/_/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
