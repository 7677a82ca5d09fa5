//! `MedRecApi`: the one runtime API through which wallets, gatekeepers and tools read MedRec.
//!
//! Call it over RPC with `state_call("MedRecApi_<method>", SCALE-encoded arguments)`, or
//! through `api.call.medRecApi.<method>` in `@polkadot/api`, which reads its types from the
//! metadata.
//!
//! ## Versions
//! Each method says in which version it appeared; a runtime reports the version it implements
//! (`state_getRuntimeVersion`, `apis`), and a client calls only what that version has.
//! 1. `patient_summary`, `notifications`, `pointer`.
//! 2. `can_access`, `grants_of`, `grants_received`, `emergencies`.
//! 3. `research_consent`, `research_credits`, `release_policy`.
//! 4. `authorize`, `receipt_anchors`, `receipt_anchor`: what gatekeepers ask.
//! 5. `wards`; `notifications` also lists emergency accesses awaiting review and guardians
//!    proposed to or appointed for the patient.
//! 6. Whole histories and private pointers: `patient_summary` gives each relationship's number
//!    of pointers instead of the pointers, which `pointers` pages through, newest first; a
//!    pointer's reference is 16 opaque bytes and its content hash a salted commitment;
//!    `notifications` gives at most [`MAX_NOTIFICATIONS`] of each kind; a pointer names its
//!    patient's participant number; `participant_number` and `account_of` map numbers and
//!    accounts.
//! 7. What a gatekeeper's cache of answers needs: `decide` is `authorize` with the last block
//!    its answer holds through while nothing changes, and `access_changes` names whose answers
//!    a block may have changed.

use crate::{
	access::{Denial, EmergencyId, EmergencyView, GrantView, ReasonCode, WardView},
	records::{
		AnchorTotals, CategoryCode, FieldSet, PointerId, ReceiptAnchor, RecordRef,
		RelationshipStatus,
	},
	research::{Credits, TemplateCode},
	Hash, ParticipantId,
};
use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use scale_info::TypeInfo;

/// A record pointer as the API shows it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct PointerView<BlockNumber> {
	/// The pointer.
	pub id: PointerId,
	/// The patient's participant number: permanent, whatever account the patient holds now,
	/// so a gatekeeper keys its records, receipts and research cohorts by it.
	pub patient: ParticipantId,
	/// Its opaque reference, which the provider's gatekeeper maps to a query and an argument.
	pub reference: RecordRef,
	/// Its category, from [`crate::records::category`].
	pub category: CategoryCode,
	/// The fields its query returns.
	pub fields: FieldSet,
	/// The salted commitment to the data its query returns (BLAKE2-256 of the record's salt and
	/// data; the gatekeeper sends the salt with the data).
	pub content_hash: Hash,
	/// The block it was last added or changed in.
	pub updated_at: BlockNumber,
}

/// One line of a patient's summary: a relationship with a provider, and its pointers.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct RelationshipView<AccountId, BlockNumber> {
	/// The provider's account.
	pub provider: AccountId,
	/// The provider's participant number.
	pub provider_id: ParticipantId,
	/// Where it stands.
	pub status: RelationshipStatus,
	/// The block it was opened (or the provider invited) in.
	pub opened_at: BlockNumber,
	/// The block its status or pointers last changed in.
	pub changed_at: BlockNumber,
	/// How many pointers it holds; `MedRecApi::pointers` pages through them.
	pub pointers: u32,
}

/// The most pointers one `MedRecApi::pointers` page holds.
pub const MAX_POINTER_PAGE: u32 = 100;

/// The most notifications of each kind `MedRecApi::notifications` gives (relationships,
/// invitations, sharing, emergencies, guardians): acknowledging some brings the next.
pub const MAX_NOTIFICATIONS: u32 = 50;

/// Something waiting for an account's attention.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub enum Notification<AccountId> {
	/// (For a patient) a provider opened a relationship (`New`) or changed pointers
	/// (`Updated`) since the patient last acknowledged.
	Relationship {
		/// The provider.
		provider: AccountId,
		/// `New` or `Updated`.
		status: RelationshipStatus,
	},
	/// (For a provider) a patient invites it to a relationship.
	Invitation {
		/// The patient.
		patient: AccountId,
	},
	/// (For a viewer) a patient shares records with the account, or shares more since the
	/// viewer last acknowledged.
	Shared {
		/// The patient.
		patient: AccountId,
		/// Whether the viewer had acknowledged earlier sharing by this patient.
		updated: bool,
	},
	/// (For a patient and their guardians) someone broke the glass on the patient's record:
	/// listed until the patient or a guardian reviews it.
	Emergency {
		/// The patient.
		patient: AccountId,
		/// The emergency access.
		emergency: EmergencyId,
		/// The certified provider it was opened for.
		provider: AccountId,
		/// Who opened it.
		opened_by: AccountId,
		/// Why, as a code.
		reason: ReasonCode,
	},
	/// (For a patient) a provider proposes a guardian: nothing happens unless the patient
	/// accepts.
	GuardianProposed {
		/// The proposed guardian.
		guardian: AccountId,
		/// The provider that proposes them.
		proposer: AccountId,
	},
	/// (For a patient) the consortium appointed a guardian for them: listed while the
	/// appointment holds, so the patient always sees who may act for them without their
	/// consent.
	GuardianAppointed {
		/// The guardian.
		guardian: AccountId,
	},
}

/// What a gatekeeper needs to serve a request: the record's pointer, the provider that holds
/// it, and the fields the requester may see.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct Authorization<AccountId, BlockNumber> {
	/// The provider holding the record (its current account). A gatekeeper serves only its
	/// own provider's pointers.
	pub provider: AccountId,
	/// The pointer: reference, category, fields, content commitment.
	pub pointer: PointerView<BlockNumber>,
	/// The requested fields the requester may see: all of them, or fewer (a gatekeeper then
	/// refuses, disclosing nothing).
	pub fields: FieldSet,
	/// The block whose state decided.
	pub at: BlockNumber,
}

/// `authorize`'s answer, and how long it holds.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub struct Decision<AccountId, BlockNumber> {
	pub answer: Result<Authorization<AccountId, BlockNumber>, Denial>,
	/// The last block through which `answer` holds unless a block's [`AccessChanges`] name
	/// the patient or the viewer, or change everything (`None`: until one does). Time alone
	/// ends it where a grant the viewer holds starts or ends, or their guardianship ends. An
	/// answer about a pointer that is not the patient's holds for its own block only.
	pub holds_through: Option<BlockNumber>,
}

/// Whose answers a block may have changed, from its events: the block's own, read at the block
/// (`MedRecApi_access_changes` at its hash).
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode, TypeInfo)]
pub enum AccessChanges<AccountId> {
	/// Only answers about these patients, or to these viewers (their participant number or
	/// groups changed).
	Some { patients: Vec<AccountId>, viewers: Vec<AccountId> },
	/// Any answer: an account rotated, a participant was admitted, suspended or reinstated, a
	/// group dissolved, sudo acted, or the runtime's code changed. `code_changed`: the next block
	/// changes everything too, as the new code's migrations run in it without events.
	Everything { code_changed: bool },
}

polkadot_sdk::sp_api::decl_runtime_apis! {
	/// Reads MedRec's relationships, pointers, notifications and access rules.
	pub trait MedRecApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// Every relationship of `patient` (at most the runtime's `MaxRelationshipsPerPatient`),
		/// with how many pointers each holds: the patient's summary. Empty if `patient` is not
		/// registered. Version 6 counts pointers; earlier versions listed them all.
		fn patient_summary(patient: AccountId) -> Vec<RelationshipView<AccountId, BlockNumber>>;

		/// What waits for `who`: as a patient, relationships that are `New` or `Updated`,
		/// emergency accesses to review and guardians proposed or appointed (version 5); as a
		/// guardian, their wards' emergency accesses (version 5); as a provider, invitations;
		/// as a viewer, patients who share with them anew. From version 6, at most
		/// [`MAX_NOTIFICATIONS`] of each kind.
		fn notifications(who: AccountId) -> Vec<Notification<AccountId>>;

		/// The pointer `id`, if it exists.
		fn pointer(id: PointerId) -> Option<PointerView<BlockNumber>>;

		/// Which of `fields` of `patient`'s `pointer` `viewer` may see in block `at` (`None`:
		/// the block whose state is read), or why none. A gatekeeper serves a request only if
		/// the answer holds every requested field.
		#[api_version(2)]
		fn can_access(
			viewer: AccountId,
			patient: AccountId,
			pointer: PointerId,
			fields: FieldSet,
			at: Option<BlockNumber>,
		) -> Result<FieldSet, Denial>;

		/// Every grant `patient` has made (expired ones until they are removed).
		#[api_version(2)]
		fn grants_of(patient: AccountId) -> Vec<GrantView<AccountId, BlockNumber>>;

		/// Every grant `who` receives, by participant number or by account. Grants to groups
		/// are listed under the group.
		#[api_version(2)]
		fn grants_received(who: AccountId) -> Vec<GrantView<AccountId, BlockNumber>>;

		/// `patient`'s emergency accesses awaiting review (the patient's and guardians'
		/// inbox).
		#[api_version(2)]
		fn emergencies(patient: AccountId) -> Vec<EmergencyView<AccountId, BlockNumber>>;

		/// The categories `patient` opted in to research on (none by default). Gatekeepers
		/// count only these patients in aggregates.
		#[api_version(3)]
		fn research_consent(patient: AccountId) -> Vec<CategoryCode>;

		/// The research credits of `researcher`.
		#[api_version(3)]
		fn research_credits(researcher: AccountId) -> Credits;

		/// The templates `provider` answers (empty: every template) and the cohort floor that
		/// applies to it; `None` if `provider` never registered.
		#[api_version(3)]
		fn release_policy(provider: AccountId) -> Option<(Vec<TemplateCode>, u32)>;

		/// Whether `viewer` may see `fields` of `pointer` of `patient` at the current block, as
		/// `can_access` decides, together with the pointer and its provider: the one question
		/// a gatekeeper asks before disclosing.
		#[api_version(4)]
		fn authorize(
			viewer: AccountId,
			patient: AccountId,
			pointer: PointerId,
			fields: FieldSet,
		) -> Result<Authorization<AccountId, BlockNumber>, Denial>;

		/// How many receipt anchors `provider` has made and how many receipts they cover.
		#[api_version(4)]
		fn receipt_anchors(provider: AccountId) -> AnchorTotals;

		/// Anchor `index` of `provider`, if made.
		#[api_version(4)]
		fn receipt_anchor(provider: AccountId, index: u32) -> Option<ReceiptAnchor<BlockNumber>>;
		/// The patients `guardian` acts for now, oldest participant first.
		#[api_version(5)]
		fn wards(guardian: AccountId) -> Vec<WardView<AccountId, BlockNumber>>;

		/// A page of the pointers in the relationship between `patient` and `provider`, newest
		/// first: those added before pointer `before` (`None`: from the newest), at most `limit`
		/// and at most [`MAX_POINTER_PAGE`]. The next page starts before the last one given. Its
		/// cost does not grow with the relationship's history.
		#[api_version(6)]
		fn pointers(
			patient: AccountId,
			provider: AccountId,
			before: Option<PointerId>,
			limit: u32,
		) -> Vec<PointerView<BlockNumber>>;

		/// The pointer `provider` published under `reference`, if any: a provider's references
		/// are unique, so its gatekeeper finds what it published without paging.
		#[api_version(6)]
		fn pointer_by_reference(provider: AccountId, reference: RecordRef) -> Option<PointerId>;

		/// The participant number of `who` (`None`: never registered). It never changes, so a
		/// provider's systems key patients by it: an account rotation orphans nothing.
		#[api_version(6)]
		fn participant_number(who: AccountId) -> Option<ParticipantId>;

		/// The account that holds participant number `number` now.
		#[api_version(6)]
		fn account_of(number: ParticipantId) -> Option<AccountId>;

		/// `authorize`, and the last block through which its answer holds: what a gatekeeper
		/// keeps in its cache, until then or until a block's `access_changes` name the patient
		/// or the viewer.
		#[api_version(7)]
		fn decide(
			viewer: AccountId,
			patient: AccountId,
			pointer: PointerId,
			fields: FieldSet,
		) -> Decision<AccountId, BlockNumber>;

		/// Whose answers this block may have changed (its events, read at the block's state).
		/// One call per block tells a gatekeeper which cached answers to ask again.
		#[api_version(7)]
		fn access_changes() -> AccessChanges<AccountId>;
	}
}
