//! # Permissions
//!
//! Who may see what of a patient's records: patients decide "when, and with whom, they share
//! their data".
//!
//! ## Overview
//!
//! - A patient **grants** access ([`Pallet::grant`]) to a grantee — a registered participant, any
//!   account, or a provider's group — with a [`Scope`]: the whole record, one relationship
//!   (provider), one category across providers, one pointer, or some fields of one pointer. A grant
//!   has a start, an optional expiry and a purpose code. It gives read access.
//! - The patient **revokes** it ([`Pallet::revoke`]): from the next block on, no decision sees it.
//!   An expired grant stops counting at its expiry by itself; [`Pallet::remove_expired`] only
//!   tidies up and returns the deposit.
//! - **Guardians** act for a patient: `View` sees the records as the patient does,
//!   `ManageSharing` also grants and revokes for them (and the grant records the guardian). No one
//!   gains power over a patient's sharing without the patient: the patient chooses a guardian
//!   ([`Pallet::add_guardian`]) or accepts one a provider proposes ([`Pallet::propose_guardian`],
//!   [`Pallet::accept_guardian`], [`Pallet::decline_guardian`]); only for a patient who cannot
//!   choose (a minor, incapacity) does the consortium decide, on the record, by its own vote
//!   ([`Pallet::appoint_guardian`]). A guardianship the patient did not choose has powers, an end
//!   at most [`Config::MaxAppointedTerm`] away, and stays in the patient's notifications while
//!   it holds. The patient can always remove a guardian (their veto). A guardian's wallet lists
//!   the patients they act for ([`Pallet::wards_of`], `MedRecApi::wards`). The runtime's proxy
//!   pallet also has a `Guardian` proxy type limited to the sharing calls.
//! - **Emergency access** ("break the glass", [`Pallet::break_glass`]): for a provider the
//!   consortium certified ([`Pallet::certify_emergency`]), the provider's account or a member of
//!   one of its groups (the emergency physician, in person) opens a fixed-length grant to the
//!   whole record with a reason code; the record says who opened it. The patient and guardians
//!   see it in their notifications until one of them reviews it
//!   ([`Pallet::review_emergency`]) as accepted or contested; contested uses stay listed for the
//!   consortium ([`ContestedEmergencies`]) until it closes them. Each provider may break the
//!   glass a limited number of times per window, whoever of its staff does.
//! - **Groups**: a grant to a provider's group reaches the members who were in it when the
//!   patient granted — the ones the patient saw. A member the group's owner adds later is not
//!   covered by earlier grants; a member removed loses access at once.
//! - **The access decision** is [`Pallet::can_access`]: which of the requested fields of a pointer
//!   a viewer may see at a block, or why not ([`Denial`]). It reads a fixed number of storage items
//!   whatever the number of grants (see "Access decision" below). The patient always sees their own
//!   pointers.
//!
//! ## Access decision
//!
//! Everything a decision needs about the patient lives in one item, the patient's
//! [`PatientSharing`] record: their account, grants, guardians and the providers they have an
//! active relationship with (the relationships pallet says when that changes, through
//! [`RelationshipActivity`]). A decision reads three items, whatever the number of grants,
//! guardians and groups: the pointer (through [`RecordIndex`]), that record, and the viewer's
//! card in the registry (participant number and groups, with each group's owner standing: see
//! [`ParticipantRegistry::groups_of`]); it reads the card's groups only when a grant went to a
//! group. `runtime/tests/permissions.rs` counts the reads on the real runtime at the worst
//! case, and the `can_access` benchmark measures it over `1..=MaxGrantsPerPatient` grants.
//!
//! A grant's id is its patient's participant number and the patient's own sequence number
//! for it ([`grant_id`]): the id says which record holds it, so adding one writes that record
//! and nothing else of this pallet (with the deposit and the viewer's summary entry: 7 reads
//! and 4 writes at most). The record grows with the grants; calls that add or remove one are
//! charged for a full record and refunded to what it held.
//!
//! ## Pallet API
//!
//! See [`Call`] for the calls, [`Event`] for what they emit and [`Error`] for why they fail.
//! The runtime's `MedRecApi` (version 2) serves [`Pallet::can_access`],
//! [`Pallet::grants_of`], [`Pallet::grants_received`] and [`Pallet::emergencies_of`].
//!
//! ### Example
//!
//! ```ignore
//! // Alice shows Dave, her new doctor, field 2 of pointer 0 for 100 blocks, for a second
//! // opinion (purpose code 3).
//! let field_2 = FieldSet(1 << 2);
//! Permissions::grant(RuntimeOrigin::signed(ALICE), None, Grantee::Account(DAVE),
//!     Scope::Fields(0, field_2), None, Some(101), 3)?;
//! assert_eq!(Permissions::can_access(&DAVE, &ALICE, 0, FieldSet::ALL, 50), Ok(field_2));
//! // Alice's first grant: her participant number and 0.
//! Permissions::revoke(RuntimeOrigin::signed(ALICE), grant_id(alice_id, 0))?;
//! assert_eq!(Permissions::can_access(&DAVE, &ALICE, 0, FieldSet::ALL, 50), Err(Denial::NoGrant));
//! ```
//!
//! ## Safety Considerations
//!
//! - A `ManageSharing` guardian can share everything the patient can. Patients should prefer `View`
//!   and time-bounded guardianships; minors' guardianships always end at a set block.
//! - Emergency access opens the whole record without the patient's consent, by design; the
//!   safeguards are certification by the consortium, a per-provider rate limit, a short fixed
//!   length, notification of the patient and guardians, and review with escalation.
//!
//! ## Privacy
//!
//! Nothing stored or emitted is health information: participants are numbers and accounts,
//! scopes name pointers, categories and fields by opaque codes, purposes and reasons are codes.

#![cfg_attr(not(feature = "std"), no_std)]
#![cfg_attr(not(test), deny(clippy::arithmetic_side_effects))]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

use alloc::vec::Vec;
#[cfg(any(feature = "try-runtime", test))]
use frame::deps::sp_runtime::TryRuntimeError;
use frame::{
	prelude::*,
	traits::fungible::{Inspect, Mutate, MutateHold},
};
use medrec_primitives::{
	access::{grant_id, grant_parts, EmergencyView, GrantView, WardView},
	api::Notification,
	cohort::RelationshipActivity,
	deposits,
	records::{category, FieldSet, Grantee, PointerId, RecordIndex, SharingNotifier},
	GroupId, OnAccountRotated, ParticipantId, ParticipantRegistry,
};

/// Balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A grant as stored.
pub type GrantOf<T> =
	Grant<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, BalanceOf<T>>;

/// An emergency access as stored.
pub type EmergencyOf<T> =
	Emergency<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, BalanceOf<T>>;

/// A provider's guardian proposal as stored.
pub type ProposalOf<T> =
	GuardianProposal<<T as frame_system::Config>::AccountId, BlockNumberFor<T>, BalanceOf<T>>;

/// A guardianship as stored.
pub type GuardianshipOf<T> = Guardianship<BlockNumberFor<T>, BalanceOf<T>>;

/// A patient's sharing record as stored.
pub type SharingOf<T> = Sharing<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	BalanceOf<T>,
	<T as Config>::MaxGrantsPerPatient,
	<T as Config>::MaxGuardians,
	<T as Config>::MaxActiveRelationships,
>;

/// Creates participants and records in benchmarks: registries and records are other pallets'
/// business.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Registers `who` as a patient.
	fn register_patient(who: &AccountId);
	/// Makes `who` an active provider.
	fn admit_provider(who: &AccountId);
	/// Opens an active relationship between them with one pointer, and returns the pointer.
	fn pointer(patient: &AccountId, provider: &AccountId) -> PointerId;
	/// Puts `who` in as many groups as the registry allows, each of another active provider
	/// (the access decision's worst case), and returns one of them.
	fn join_most_groups(who: &AccountId) -> GroupId;
	/// Creates a group of `owner` (an active provider) with `member` in it, and returns it.
	fn group(owner: &AccountId, member: &AccountId) -> GroupId;
}

#[frame::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version. 1: access entries remember the block they were granted in,
	/// guardianships how they came about, emergency records who opened them; guardian
	/// proposals and the guardians' ward index are new. 2: grants, guardians and the patient's
	/// active relationships live in one [`PatientSharing`] record per patient, grant ids are
	/// per patient. No chain holds an earlier version (MedRec has not launched), so no
	/// migration ships with either.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The currency deposits are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// The runtime's hold reasons.
		type RuntimeHoldReason: From<HoldReason>;

		/// Participants: patients, providers, numbers, groups.
		type Registry: ParticipantRegistry<Self::AccountId>;

		/// Record pointers and relationships.
		type Records: RecordIndex;

		/// Keeps viewers' lists of the patients who share with them.
		type Notifier: SharingNotifier<Self::AccountId>;

		/// The consortium: appoints guardians for patients who cannot choose one (minors,
		/// incapacity), certifies providers for emergency access, closes contested
		/// emergencies.
		type ConsortiumOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Deposit per storage item created.
		#[pallet::constant]
		type DepositPerItem: Get<BalanceOf<Self>>;

		/// Deposit per byte of storage created.
		#[pallet::constant]
		type DepositPerByte: Get<BalanceOf<Self>>;

		/// Most grants one patient may have at once.
		#[pallet::constant]
		type MaxGrantsPerPatient: Get<u32>;

		/// Most active relationships one patient may have (the relationships pallet's bound).
		#[pallet::constant]
		type MaxActiveRelationships: Get<u32>;

		/// Most guardians one patient may have, and most guardian proposals awaiting their
		/// answer.
		#[pallet::constant]
		type MaxGuardians: Get<u32>;

		/// The longest a guardianship the patient did not choose themselves may run, in blocks:
		/// a provider's proposal or the consortium's appointment ends by then, and is renewed
		/// only by deciding again.
		#[pallet::constant]
		type MaxAppointedTerm: Get<BlockNumberFor<Self>>;

		/// How long an emergency grant lasts, in blocks.
		#[pallet::constant]
		type EmergencyDuration: Get<BlockNumberFor<Self>>;

		/// The window over which emergency accesses are counted per provider, in blocks.
		#[pallet::constant]
		type EmergencyWindow: Get<BlockNumberFor<Self>>;

		/// Most emergency accesses one provider may open per window.
		#[pallet::constant]
		type MaxEmergenciesPerWindow: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Creates participants and records for benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Deposits for grants, guardianships and emergency records.
		#[codec(index = 0)]
		Permission,
	}

	/// Each patient's sharing: their grants, guardians and active relationships, in the one
	/// item an access decision reads. Made on the patient's first grant, guardian or active
	/// relationship, and kept.
	// Twox64Concat: participant numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type PatientSharing<T: Config> = StorageMap<_, Twox64Concat, ParticipantId, SharingOf<T>>;

	/// The patients each account is a guardian of: what a guardian's wallet lists.
	// Blake2_128Concat: accounts are user-chosen; Twox64Concat: participant numbers are
	// sequential, assigned by the registrar.
	#[pallet::storage]
	pub type Wards<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, ParticipantId, ()>;

	/// Guardians providers proposed to each patient, waiting for the patient's answer.
	// Twox64Concat: participant numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type GuardianProposals<T: Config> = StorageMap<
		_,
		Twox64Concat,
		ParticipantId,
		BoundedVec<ProposalOf<T>, <T as Config>::MaxGuardians>,
		ValueQuery,
	>;

	/// Providers certified for emergency access.
	// Twox64Concat: participant numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type EmergencyCertified<T: Config> = StorageMap<_, Twox64Concat, ParticipantId, ()>;

	/// Each provider's emergency accesses in its current window: the window's first block and
	/// the count.
	// Twox64Concat: participant numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type EmergencyUse<T: Config> =
		StorageMap<_, Twox64Concat, ParticipantId, (BlockNumberFor<T>, u32)>;

	/// The id the next emergency access gets.
	#[pallet::storage]
	pub type NextEmergencyId<T: Config> = StorageValue<_, EmergencyId, ValueQuery>;

	/// Emergency accesses not yet accepted by their patient, or contested and not yet closed.
	// Twox64Concat: emergency ids are sequential, assigned by the pallet.
	#[pallet::storage]
	pub type Emergencies<T: Config> = StorageMap<_, Twox64Concat, EmergencyId, EmergencyOf<T>>;

	/// Each patient's emergency accesses awaiting review: the patient's and guardians' inbox.
	// Twox64Concat: participant numbers and emergency ids are sequential, assigned on chain.
	#[pallet::storage]
	pub type PendingReviews<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ParticipantId, Twox64Concat, EmergencyId, ()>;

	/// Contested emergency accesses, for the consortium.
	// Twox64Concat: emergency ids are sequential, assigned by the pallet.
	#[pallet::storage]
	pub type ContestedEmergencies<T: Config> = StorageMap<_, Twox64Concat, EmergencyId, ()>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A patient (or their guardian) granted access.
		AccessGranted {
			/// The patient.
			patient: T::AccountId,
			/// The grantee.
			grantee: GranteeOf<T>,
			/// The new grant.
			grant: GrantId,
			/// What it covers.
			scope: Scope,
			/// The first block it is valid in.
			start: BlockNumberFor<T>,
			/// The first block it is no longer valid in.
			expires: Option<BlockNumberFor<T>>,
			/// Who made it: the patient, or the guardian who acted for them.
			granted_by: GrantedBy<T::AccountId>,
		},
		/// A grant was revoked: no decision from the next block on sees it.
		AccessRevoked {
			/// The patient.
			patient: T::AccountId,
			/// The grantee.
			grantee: GranteeOf<T>,
			/// The grant, gone.
			grant: GrantId,
		},
		/// An expired grant was removed and its deposit returned.
		GrantExpired {
			/// The grant, gone.
			grant: GrantId,
		},
		/// A guardianship began: the patient chose the guardian, accepted a provider's
		/// proposal, or the consortium appointed one.
		GuardianAdded {
			/// The patient.
			patient: T::AccountId,
			/// The guardian.
			guardian: T::AccountId,
			/// What they may do.
			powers: GuardianPowers,
			/// The first block the guardianship no longer holds in.
			until: Option<BlockNumberFor<T>>,
			/// How it came about.
			basis: GuardianBasis,
		},
		/// A provider proposed a guardian; the patient accepts or declines.
		GuardianProposed {
			/// The patient.
			patient: T::AccountId,
			/// The proposed guardian.
			guardian: T::AccountId,
			/// The provider that proposes them.
			proposer: T::AccountId,
			/// What they would be allowed to do.
			powers: GuardianPowers,
			/// The first block the guardianship would no longer hold in.
			until: BlockNumberFor<T>,
		},
		/// A guardian proposal ended without a guardianship: the patient declined it or the
		/// provider withdrew it.
		GuardianProposalDeclined {
			/// The patient.
			patient: T::AccountId,
			/// The proposed guardian.
			guardian: T::AccountId,
			/// Who ended it.
			by: T::AccountId,
		},
		/// A guardian was removed (by the patient's veto or their own resignation).
		GuardianRemoved {
			/// The patient.
			patient: T::AccountId,
			/// The former guardian.
			guardian: T::AccountId,
		},
		/// The consortium certified (or decertified) a provider for emergency access.
		EmergencyCertificationSet {
			/// The provider.
			provider: T::AccountId,
			/// Whether it is certified now.
			certified: bool,
		},
		/// A provider broke the glass: the patient and their guardians are told, and should
		/// review it.
		EmergencyAccessOpened {
			/// The emergency access.
			emergency: EmergencyId,
			/// The patient.
			patient: T::AccountId,
			/// The certified provider it was opened for.
			provider: T::AccountId,
			/// Who broke the glass: the provider's own account or a member of its group.
			opened_by: T::AccountId,
			/// Why, as a code.
			reason: ReasonCode,
			/// The grant it opened.
			grant: GrantId,
			/// The first block the grant is no longer valid in.
			expires: BlockNumberFor<T>,
		},
		/// The patient (or a guardian) reviewed an emergency access.
		EmergencyReviewed {
			/// The emergency access.
			emergency: EmergencyId,
			/// `Accepted` or `Contested`.
			review: Review,
		},
		/// The consortium closed a contested emergency access.
		EmergencyClosed {
			/// The emergency access.
			emergency: EmergencyId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is not a registered patient.
		NotAPatient,
		/// The account is not an active provider.
		NotAProvider,
		/// The account has never registered with MedRec.
		NotRegistered,
		/// No participant has this number.
		UnknownParticipant,
		/// No such group.
		UnknownGroup,
		/// No such record pointer.
		UnknownPointer,
		/// No such grant.
		UnknownGrant,
		/// The account is not a guardian of this patient.
		UnknownGuardian,
		/// No provider proposed this guardian to this patient.
		UnknownProposal,
		/// No such emergency access awaits review or the consortium.
		UnknownEmergency,
		/// The caller may not do this for this patient: not the patient, nor a guardian with the
		/// power it takes, nor a provider with an active relationship with them.
		NotAuthorized,
		/// The account is a guardian of this patient already.
		AlreadyGuardian,
		/// A provider proposed this guardian to this patient already.
		AlreadyProposed,
		/// The provider is certified for emergency access already.
		AlreadyCertified,
		/// The patient has `MaxGrantsPerPatient` grants.
		TooManyGrants,
		/// The patient has `MaxGuardians` guardians.
		TooManyGuardians,
		/// `MaxGuardians` guardian proposals await this patient's answer.
		TooManyProposals,
		/// The expiry is not after the start.
		InvalidWindow,
		/// The guardianship would end now or in the past, or later than `MaxAppointedTerm`
		/// from now (for a guardian the patient did not choose).
		InvalidTerm,
		/// A field scope must name at least one field.
		NoFields,
		/// The scope names a pointer of another patient.
		WrongPatient,
		/// A patient does not grant to themselves, guard themselves, nor break the glass on
		/// their own record.
		SelfGrant,
		/// The grant has not expired; the patient revokes it instead.
		NotExpired,
		/// The provider is not certified for emergency access by the consortium.
		NotCertified,
		/// The caller is not a member of the group it breaks the glass through.
		NotAGroupMember,
		/// The provider reached `MaxEmergenciesPerWindow` emergency accesses in this window.
		RateLimited,
		/// The emergency access was reviewed already.
		AlreadyReviewed,
		/// The emergency access is not contested.
		NotContested,
		/// A category scope names a code outside MedRec's vocabulary
		/// (`medrec_primitives::records::category`): no record could ever be in it.
		UnknownCategory,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Grants `grantee` read access to `scope` of a patient's records, from `start` (or
		/// now) until `expiry` (or revocation).
		///
		/// ## Dispatch Origin
		/// Signed by the patient (`on_behalf_of: None`), or by a guardian with
		/// `ManageSharing` powers (`on_behalf_of: Some(patient)`).
		///
		/// ## Details
		/// A grantee account that is registered is recorded by its participant number, so the
		/// grant follows the grantee's account rotations. A grant to a group reaches the
		/// members it has now, not those its owner adds later. Holds a deposit from the
		/// patient. The grant records the guardian who made it, if one did.
		///
		/// ## Events
		/// [`Event::AccessGranted`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::grant(T::MaxGrantsPerPatient::get()))]
		pub fn grant(
			origin: OriginFor<T>,
			on_behalf_of: Option<T::AccountId>,
			grantee: GranteeOf<T>,
			scope: Scope,
			start: Option<BlockNumberFor<T>>,
			expiry: Option<BlockNumberFor<T>>,
			purpose: PurposeCode,
		) -> DispatchResultWithPostInfo {
			let caller = ensure_signed(origin)?;
			let (patient, granted_by) = match on_behalf_of {
				None => (caller, GrantedBy::Patient),
				Some(patient) => {
					Self::ensure_guardian(&patient, &caller, GuardianPowers::ManageSharing)?;
					(patient, GrantedBy::Guardian(caller))
				},
			};
			let patient_id = Self::patient_id(&patient)?;
			let grantee = Self::normalize(grantee)?;
			ensure!(grantee != Grantee::Participant(patient_id), Error::<T>::SelfGrant);
			Self::validate_scope(patient_id, scope)?;
			let now = frame_system::Pallet::<T>::block_number();
			let start = start.unwrap_or(now).max(now);
			ensure!(expiry.is_none_or(|e| e > start), Error::<T>::InvalidWindow);
			// The patient pays the deposit, also for a guardian's grant: the guardian acts as
			// the patient, and may hold no registration (nor participant number) to pay from.
			let (grant, had) = Self::insert_grant(
				(&patient, patient_id),
				patient_id,
				grantee.clone(),
				scope,
				start,
				expiry,
				purpose,
				granted_by.clone(),
			)?;
			Self::deposit_event(Event::AccessGranted {
				patient,
				grantee,
				grant,
				scope,
				start,
				expires: expiry,
				granted_by,
			});
			Ok(Some(T::WeightInfo::grant(had)).into())
		}

		/// Revokes `grant`: from the next block on, no access decision sees it. Returns the
		/// deposit.
		///
		/// ## Dispatch Origin
		/// Signed by the patient, or a guardian of theirs with `ManageSharing` powers.
		///
		/// ## Events
		/// [`Event::AccessRevoked`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::revoke(T::MaxGrantsPerPatient::get()))]
		pub fn revoke(origin: OriginFor<T>, grant: GrantId) -> DispatchResultWithPostInfo {
			let caller = ensure_signed(origin)?;
			let (patient_id, mut sharing, at) = Self::find_grant(grant)?;
			let patient = sharing.account.clone();
			if caller != patient {
				Self::ensure_guardian_in(&sharing, &caller, GuardianPowers::ManageSharing)?;
			}
			let had = sharing.grants.len() as u32;
			let record = sharing.grants.remove(at);
			let grantee = record.grantee.clone();
			Self::remove_grant(patient_id, sharing, record)?;
			Self::deposit_event(Event::AccessRevoked { patient, grantee, grant });
			Ok(Some(T::WeightInfo::revoke(had)).into())
		}

		/// Removes an expired grant and returns its deposit. Decisions ignore expired grants
		/// whether or not this is called.
		///
		/// ## Dispatch Origin
		/// Signed by anyone.
		///
		/// ## Events
		/// [`Event::GrantExpired`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::remove_expired(T::MaxGrantsPerPatient::get()))]
		pub fn remove_expired(origin: OriginFor<T>, grant: GrantId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let (patient_id, mut sharing, at) = Self::find_grant(grant)?;
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(sharing.grants[at].expiry.is_some_and(|e| e <= now), Error::<T>::NotExpired);
			let had = sharing.grants.len() as u32;
			let record = sharing.grants.remove(at);
			Self::remove_grant(patient_id, sharing, record)?;
			Self::deposit_event(Event::GrantExpired { grant });
			Ok(Some(T::WeightInfo::remove_expired(had)).into())
		}

		/// Makes `guardian` a guardian of the caller, with `powers`, until `until` (or
		/// removal).
		///
		/// ## Dispatch Origin
		/// Signed by the patient.
		///
		/// ## Details
		/// Holds a deposit from the patient. A provider's proposal of the same guardian, if one
		/// waits, ends: its deposit goes back to the provider.
		///
		/// ## Events
		/// [`Event::GuardianAdded`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::add_guardian())]
		pub fn add_guardian(
			origin: OriginFor<T>,
			guardian: T::AccountId,
			powers: GuardianPowers,
			until: Option<BlockNumberFor<T>>,
		) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			let patient_id = Self::patient_id(&patient)?;
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(until.is_none_or(|u| u > now), Error::<T>::InvalidTerm);
			let mut record = Guardianship {
				powers,
				until,
				basis: GuardianBasis::Patient,
				payer: Some(patient_id),
				deposit: Zero::zero(),
			};
			record.deposit = Self::deposit_for(2, record.encoded_size() as u32);
			Self::hold(&patient, record.deposit)?;
			Self::insert_guardian(&patient, patient_id, guardian, record)
		}

		/// Appoints `guardian` for `patient`, who cannot choose one (a minor, or incapacity on
		/// the record the consortium examined), with `powers`, until block `until` (at most
		/// [`Config::MaxAppointedTerm`] from now).
		///
		/// ## Dispatch Origin
		/// [`Config::ConsortiumOrigin`].
		///
		/// ## Details
		/// No deposit. The patient sees the appointment among their notifications while it
		/// holds, and can remove the guardian at any time ([`Pallet::remove_guardian`]). A
		/// provider's proposal of the same guardian, if one waits, ends: its deposit goes back
		/// to the provider.
		///
		/// ## Events
		/// [`Event::GuardianAdded`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::appoint_guardian())]
		pub fn appoint_guardian(
			origin: OriginFor<T>,
			patient: T::AccountId,
			guardian: T::AccountId,
			powers: GuardianPowers,
			until: BlockNumberFor<T>,
			basis: AppointmentBasis,
		) -> DispatchResult {
			T::ConsortiumOrigin::ensure_origin(origin)?;
			let patient_id = Self::patient_id(&patient)?;
			Self::ensure_appointed_term(until)?;
			let record = Guardianship {
				powers,
				until: Some(until),
				basis: GuardianBasis::Appointed(basis),
				payer: None,
				deposit: Zero::zero(),
			};
			Self::insert_guardian(&patient, patient_id, guardian, record)
		}

		/// Ends a guardianship: the patient's veto, or the guardian's resignation.
		///
		/// ## Dispatch Origin
		/// Signed by the patient or the guardian.
		///
		/// ## Events
		/// [`Event::GuardianRemoved`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::remove_guardian())]
		pub fn remove_guardian(
			origin: OriginFor<T>,
			patient: T::AccountId,
			guardian: T::AccountId,
		) -> DispatchResult {
			let caller = ensure_signed(origin)?;
			ensure!(caller == patient || caller == guardian, Error::<T>::NotAuthorized);
			let patient_id = Self::participant_id(&patient)?;
			let mut sharing =
				PatientSharing::<T>::get(patient_id).ok_or(Error::<T>::UnknownGuardian)?;
			let at = sharing
				.guardians
				.iter()
				.position(|(g, _)| g == &guardian)
				.ok_or(Error::<T>::UnknownGuardian)?;
			let (_, record) = sharing.guardians.remove(at);
			if let Some(payer) = record.payer {
				Self::release(&Self::account(payer)?, record.deposit)?;
			}
			PatientSharing::<T>::insert(patient_id, sharing);
			Wards::<T>::remove(&guardian, patient_id);
			Self::deposit_event(Event::GuardianRemoved { patient, guardian });
			Ok(())
		}

		/// Certifies `provider` for emergency access, or withdraws the certification.
		///
		/// ## Dispatch Origin
		/// [`Config::ConsortiumOrigin`].
		///
		/// ## Events
		/// [`Event::EmergencyCertificationSet`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::certify_emergency())]
		pub fn certify_emergency(
			origin: OriginFor<T>,
			provider: T::AccountId,
			certified: bool,
		) -> DispatchResult {
			T::ConsortiumOrigin::ensure_origin(origin)?;
			ensure!(T::Registry::is_active_provider(&provider), Error::<T>::NotAProvider);
			let id = Self::participant_id(&provider)?;
			let was = EmergencyCertified::<T>::contains_key(id);
			ensure!(!(was && certified), Error::<T>::AlreadyCertified);
			ensure!(was || certified, Error::<T>::NotCertified);
			if certified {
				EmergencyCertified::<T>::insert(id, ());
			} else {
				EmergencyCertified::<T>::remove(id);
			}
			Self::deposit_event(Event::EmergencyCertificationSet { provider, certified });
			Ok(())
		}

		/// Breaks the glass: opens read access to `patient`'s whole record for
		/// [`Config::EmergencyDuration`] blocks, with a reason code, for a certified provider.
		///
		/// ## Dispatch Origin
		/// Signed by an active provider certified for emergency access (`via: None`), or by a
		/// member of one of its groups (`via: Some(group)`): the emergency physician acts in
		/// person, and the record says who.
		///
		/// ## Details
		/// The grant goes to the account that broke the glass. At most
		/// [`Config::MaxEmergenciesPerWindow`] per provider per [`Config::EmergencyWindow`],
		/// whoever of its staff opens them. The provider pays the deposits of the grant and of
		/// the emergency record (putting staff in its group is its consent to that); the
		/// grant's comes back with [`Pallet::remove_expired`], the record's when the patient
		/// accepts it or the consortium closes it. The patient and their guardians see it in
		/// their notifications until one of them reviews it.
		///
		/// ## Events
		/// [`Event::EmergencyAccessOpened`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::break_glass())]
		pub fn break_glass(
			origin: OriginFor<T>,
			patient: T::AccountId,
			reason: ReasonCode,
			via: Option<GroupId>,
		) -> DispatchResult {
			let caller = ensure_signed(origin)?;
			let provider = match via {
				None => caller.clone(),
				Some(group) => {
					let owner = T::Registry::group_owner(group).ok_or(Error::<T>::UnknownGroup)?;
					ensure!(
						T::Registry::is_group_member(group, &caller),
						Error::<T>::NotAGroupMember
					);
					owner
				},
			};
			ensure!(T::Registry::is_active_provider(&provider), Error::<T>::NotAProvider);
			let provider_id = Self::participant_id(&provider)?;
			ensure!(EmergencyCertified::<T>::contains_key(provider_id), Error::<T>::NotCertified);
			let patient_id = Self::patient_id(&patient)?;
			ensure!(provider_id != patient_id && caller != patient, Error::<T>::SelfGrant);
			let now = frame_system::Pallet::<T>::block_number();
			Self::count_emergency(provider_id, now)?;

			let emergency = NextEmergencyId::<T>::get();
			NextEmergencyId::<T>::put(emergency.saturating_add(1));
			let expires = now.saturating_add(T::EmergencyDuration::get());
			let grantee = match via {
				None => Grantee::Participant(provider_id),
				Some(_) => Grantee::of::<T::Registry>(caller.clone()),
			};
			let (grant, _) = Self::insert_grant(
				(&provider, provider_id),
				patient_id,
				grantee,
				Scope::Record,
				now,
				Some(expires),
				reason,
				GrantedBy::Emergency(emergency),
			)?;
			let mut record = Emergency {
				patient: patient_id,
				provider: provider_id,
				opened_by: caller.clone(),
				grant,
				reason,
				opened_at: now,
				review: Review::Pending,
				deposit: Zero::zero(),
			};
			record.deposit = Self::deposit_for(2, record.encoded_size() as u32);
			Self::hold(&provider, record.deposit)?;
			Emergencies::<T>::insert(emergency, record);
			PendingReviews::<T>::insert(patient_id, emergency, ());
			Self::deposit_event(Event::EmergencyAccessOpened {
				emergency,
				patient,
				provider,
				opened_by: caller,
				reason,
				grant,
				expires,
			});
			Ok(())
		}

		/// Reviews an emergency access: accepted (the record goes and the provider's deposit
		/// comes back) or contested (it stays listed for the consortium).
		///
		/// ## Dispatch Origin
		/// Signed by the patient or one of their guardians.
		///
		/// ## Events
		/// [`Event::EmergencyReviewed`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::review_emergency())]
		pub fn review_emergency(
			origin: OriginFor<T>,
			emergency: EmergencyId,
			contested: bool,
		) -> DispatchResult {
			let caller = ensure_signed(origin)?;
			let mut record =
				Emergencies::<T>::get(emergency).ok_or(Error::<T>::UnknownEmergency)?;
			let patient = Self::account(record.patient)?;
			if caller != patient {
				Self::ensure_guardian(&patient, &caller, GuardianPowers::View)?;
			}
			ensure!(record.review == Review::Pending, Error::<T>::AlreadyReviewed);
			PendingReviews::<T>::remove(record.patient, emergency);
			let review = if contested { Review::Contested } else { Review::Accepted };
			if contested {
				record.review = review;
				Emergencies::<T>::insert(emergency, record);
				ContestedEmergencies::<T>::insert(emergency, ());
			} else {
				Self::close_emergency(emergency, record)?;
			}
			Self::deposit_event(Event::EmergencyReviewed { emergency, review });
			Ok(())
		}

		/// Closes a contested emergency access after the consortium has looked into it.
		///
		/// ## Dispatch Origin
		/// [`Config::ConsortiumOrigin`].
		///
		/// ## Events
		/// [`Event::EmergencyClosed`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::close_emergency())]
		pub fn close_contested(origin: OriginFor<T>, emergency: EmergencyId) -> DispatchResult {
			T::ConsortiumOrigin::ensure_origin(origin)?;
			let record = Emergencies::<T>::get(emergency).ok_or(Error::<T>::UnknownEmergency)?;
			ensure!(record.review == Review::Contested, Error::<T>::NotContested);
			ContestedEmergencies::<T>::remove(emergency);
			Self::close_emergency(emergency, record)?;
			Self::deposit_event(Event::EmergencyClosed { emergency });
			Ok(())
		}

		/// Proposes `guardian` for `patient`, with `powers`, until block `until` (at most
		/// [`Config::MaxAppointedTerm`] from now). Nothing changes unless the patient accepts
		/// ([`Pallet::accept_guardian`]).
		///
		/// ## Dispatch Origin
		/// Signed by an active provider with an active relationship with the patient.
		///
		/// ## Details
		/// Holds a deposit from the provider, which carries over to the guardianship if the
		/// patient accepts and comes back when it ends or the proposal is declined.
		///
		/// ## Events
		/// [`Event::GuardianProposed`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::propose_guardian())]
		pub fn propose_guardian(
			origin: OriginFor<T>,
			patient: T::AccountId,
			guardian: T::AccountId,
			powers: GuardianPowers,
			until: BlockNumberFor<T>,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			ensure!(T::Registry::is_active_provider(&provider), Error::<T>::NotAProvider);
			let provider_id = Self::participant_id(&provider)?;
			let patient_id = Self::patient_id(&patient)?;
			ensure!(T::Records::is_active(patient_id, provider_id), Error::<T>::NotAuthorized);
			ensure!(guardian != patient, Error::<T>::SelfGrant);
			Self::ensure_appointed_term(until)?;
			ensure!(
				PatientSharing::<T>::get(patient_id)
					.is_none_or(|s| s.guardian(&guardian).is_none()),
				Error::<T>::AlreadyGuardian
			);
			let mut proposals = GuardianProposals::<T>::get(patient_id);
			ensure!(proposals.iter().all(|p| p.guardian != guardian), Error::<T>::AlreadyProposed);
			let mut proposal = GuardianProposal {
				guardian: guardian.clone(),
				powers,
				until,
				proposer: provider_id,
				proposed_at: frame_system::Pallet::<T>::block_number(),
				deposit: Zero::zero(),
			};
			// Enough for the proposal now and, if accepted, the guardianship and its ward
			// entry.
			proposal.deposit = Self::deposit_for(
				2,
				(proposal.encoded_size() as u32)
					.saturating_add(GuardianshipOf::<T>::max_encoded_len() as u32),
			);
			proposals.try_push(proposal.clone()).map_err(|_| Error::<T>::TooManyProposals)?;
			Self::hold(&provider, proposal.deposit)?;
			GuardianProposals::<T>::insert(patient_id, proposals);
			Self::deposit_event(Event::GuardianProposed {
				patient,
				guardian,
				proposer: provider,
				powers,
				until,
			});
			Ok(())
		}

		/// Accepts a provider's proposal of `guardian`: the guardianship begins, with the
		/// powers and the end the provider proposed.
		///
		/// ## Dispatch Origin
		/// Signed by the patient.
		///
		/// ## Events
		/// [`Event::GuardianAdded`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::accept_guardian())]
		pub fn accept_guardian(origin: OriginFor<T>, guardian: T::AccountId) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			let patient_id = Self::patient_id(&patient)?;
			let proposal = Self::take_proposal(patient_id, &guardian)?;
			let now = frame_system::Pallet::<T>::block_number();
			// A proposal the patient left waiting past its end starts nothing.
			ensure!(proposal.until > now, Error::<T>::InvalidTerm);
			let record = Guardianship {
				powers: proposal.powers,
				until: Some(proposal.until),
				basis: GuardianBasis::Accepted { proposer: proposal.proposer },
				payer: Some(proposal.proposer),
				deposit: proposal.deposit,
			};
			Self::insert_guardian(&patient, patient_id, guardian, record)
		}

		/// Declines a provider's proposal of `guardian` (the patient), or withdraws it (the
		/// provider that made it). Returns the provider's deposit.
		///
		/// ## Dispatch Origin
		/// Signed by the patient or the proposing provider.
		///
		/// ## Events
		/// [`Event::GuardianProposalDeclined`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::decline_guardian())]
		pub fn decline_guardian(
			origin: OriginFor<T>,
			patient: T::AccountId,
			guardian: T::AccountId,
		) -> DispatchResult {
			let caller = ensure_signed(origin)?;
			let patient_id = Self::participant_id(&patient)?;
			let proposals = GuardianProposals::<T>::get(patient_id);
			let proposal = proposals
				.iter()
				.find(|p| p.guardian == guardian)
				.ok_or(Error::<T>::UnknownProposal)?;
			let proposer = Self::account(proposal.proposer)?;
			ensure!(caller == patient || caller == proposer, Error::<T>::NotAuthorized);
			let proposal = Self::take_proposal(patient_id, &guardian)?;
			Self::release(&proposer, proposal.deposit)?;
			Self::deposit_event(Event::GuardianProposalDeclined { patient, guardian, by: caller });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Deposit for `items` storage items of `bytes` bytes in all.
	pub fn deposit_for(items: u32, bytes: u32) -> BalanceOf<T> {
		deposits::price(T::DepositPerItem::get(), T::DepositPerByte::get(), items, bytes)
	}

	fn hold(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		deposits::hold::<T::Currency, _>(&HoldReason::Permission.into(), who, amount)
	}

	fn release(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		deposits::release::<T::Currency, _>(&HoldReason::Permission.into(), who, amount)
	}

	fn participant_id(who: &T::AccountId) -> Result<ParticipantId, DispatchError> {
		Ok(T::Registry::participant_id(who).ok_or(Error::<T>::NotRegistered)?)
	}

	fn patient_id(who: &T::AccountId) -> Result<ParticipantId, DispatchError> {
		Ok(T::Registry::patient_id(who).ok_or(Error::<T>::NotAPatient)?)
	}

	fn account(id: ParticipantId) -> Result<T::AccountId, DispatchError> {
		Ok(T::Registry::account_of(id).ok_or(Error::<T>::UnknownParticipant)?)
	}

	/// Registered accounts are grantees by participant number; groups must exist.
	fn normalize(grantee: GranteeOf<T>) -> Result<GranteeOf<T>, DispatchError> {
		match grantee {
			Grantee::Account(who) => Ok(Grantee::of::<T::Registry>(who)),
			Grantee::Participant(id) => {
				ensure!(T::Registry::account_of(id).is_some(), Error::<T>::UnknownParticipant);
				Ok(Grantee::Participant(id))
			},
			Grantee::Group(group) => {
				ensure!(T::Registry::group_owner(group).is_some(), Error::<T>::UnknownGroup);
				Ok(Grantee::Group(group))
			},
		}
	}

	/// A scope naming a pointer must name one of the patient's; a field scope some fields; a
	/// category scope a category of the vocabulary.
	fn validate_scope(patient: ParticipantId, scope: Scope) -> DispatchResult {
		let pointer = match scope {
			Scope::Pointer(p) => p,
			Scope::Fields(p, fields) => {
				ensure!(!fields.is_empty(), Error::<T>::NoFields);
				p
			},
			Scope::Category(code) => {
				ensure!(category::is_known(code), Error::<T>::UnknownCategory);
				return Ok(());
			},
			Scope::Record | Scope::Provider(_) => return Ok(()),
		};
		let info = T::Records::pointer(pointer).ok_or(Error::<T>::UnknownPointer)?;
		ensure!(info.patient == patient, Error::<T>::WrongPatient);
		Ok(())
	}

	/// Whether `guardian` guards `patient` now with at least `powers`.
	fn ensure_guardian(
		patient: &T::AccountId,
		guardian: &T::AccountId,
		powers: GuardianPowers,
	) -> DispatchResult {
		// The number from the patient's registration, which `grant` reads next anyway: one
		// read fewer on a guardian's grant than asking for it apart.
		let patient_id = T::Registry::patient_id(patient).ok_or(Error::<T>::NotAuthorized)?;
		let sharing = PatientSharing::<T>::get(patient_id).ok_or(Error::<T>::NotAuthorized)?;
		Self::ensure_guardian_in(&sharing, guardian, powers)
	}

	/// Whether `guardian` guards the patient of `sharing` now with at least `powers`.
	fn ensure_guardian_in(
		sharing: &SharingOf<T>,
		guardian: &T::AccountId,
		powers: GuardianPowers,
	) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let holds = sharing.guardian(guardian).is_some_and(|g| {
			g.holds_at(now) && (powers == GuardianPowers::View || g.powers == powers)
		});
		ensure!(holds, Error::<T>::NotAuthorized);
		Ok(())
	}

	/// The sharing record of grant `id`'s patient, and where the grant is in it.
	fn find_grant(id: GrantId) -> Result<(ParticipantId, SharingOf<T>, usize), DispatchError> {
		let (patient, index) = grant_parts(id);
		let sharing = PatientSharing::<T>::get(patient).ok_or(Error::<T>::UnknownGrant)?;
		let at = sharing.position(index).ok_or(Error::<T>::UnknownGrant)?;
		Ok((patient, sharing, at))
	}

	/// `patient`'s sharing record, or a new one.
	fn sharing_of(patient: ParticipantId) -> Result<SharingOf<T>, DispatchError> {
		match PatientSharing::<T>::get(patient) {
			Some(sharing) => Ok(sharing),
			None => Ok(Sharing::new(Self::account(patient)?)),
		}
	}

	/// A guardianship the patient did not choose ends after now and within
	/// [`Config::MaxAppointedTerm`].
	fn ensure_appointed_term(until: BlockNumberFor<T>) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			until > now && until <= now.saturating_add(T::MaxAppointedTerm::get()),
			Error::<T>::InvalidTerm
		);
		Ok(())
	}

	/// Removes the proposal of `guardian` to `patient` and returns it.
	fn take_proposal(
		patient: ParticipantId,
		guardian: &T::AccountId,
	) -> Result<ProposalOf<T>, DispatchError> {
		let mut proposals = GuardianProposals::<T>::get(patient);
		let at = proposals
			.iter()
			.position(|p| &p.guardian == guardian)
			.ok_or(Error::<T>::UnknownProposal)?;
		let proposal = proposals.remove(at);
		if proposals.is_empty() {
			GuardianProposals::<T>::remove(patient);
		} else {
			GuardianProposals::<T>::insert(patient, proposals);
		}
		Ok(proposal)
	}

	/// Stores a grant in the patient's sharing record; `payer` (account and number) pays its
	/// deposit. Returns its id and how many grants the patient had before (what the call's
	/// weight depends on).
	#[allow(clippy::too_many_arguments)]
	fn insert_grant(
		(payer, payer_id): (&T::AccountId, ParticipantId),
		patient: ParticipantId,
		grantee: GranteeOf<T>,
		scope: Scope,
		start: BlockNumberFor<T>,
		expiry: Option<BlockNumberFor<T>>,
		purpose: PurposeCode,
		granted_by: GrantedBy<T::AccountId>,
	) -> Result<(GrantId, u32), DispatchError> {
		let mut sharing = Self::sharing_of(patient)?;
		let had = sharing.grants.len() as u32;
		let index = sharing.next_grant;
		// The viewer-side summary gets an entry with the first grant to this grantee.
		let first = sharing.grants.iter().all(|g| g.grantee != grantee);
		let mut grant = Grant {
			index,
			grantee: grantee.clone(),
			scope,
			start,
			expiry,
			granted_at: frame_system::Pallet::<T>::block_number(),
			purpose,
			granted_by,
			payer: payer_id,
			deposit: Zero::zero(),
		};
		let bytes = (grant.encoded_size() as u32).saturating_add(if first { 64 } else { 0 });
		grant.deposit = Self::deposit_for(if first { 2 } else { 1 }, bytes);
		Self::hold(payer, grant.deposit)?;
		// Numbers only grow, so the list stays sorted by them and `position` can search it.
		sharing.grants.try_push(grant).map_err(|_| Error::<T>::TooManyGrants)?;
		sharing.next_grant = index.saturating_add(1);
		PatientSharing::<T>::insert(patient, sharing);
		T::Notifier::shared(&grantee, patient);
		Ok((grant_id(patient, index), had))
	}

	/// Stores `sharing` without `grant` (taken out of it already), and returns the deposit.
	fn remove_grant(
		patient: ParticipantId,
		sharing: SharingOf<T>,
		grant: GrantOf<T>,
	) -> DispatchResult {
		if sharing.grants.iter().all(|g| g.grantee != grant.grantee) {
			T::Notifier::unshared(&grant.grantee, patient);
		}
		PatientSharing::<T>::insert(patient, sharing);
		Self::release(&Self::account(grant.payer)?, grant.deposit)
	}

	/// Stores a guardianship whose deposit (if any) is held already, indexes it for the
	/// guardian, and tells the patient.
	fn insert_guardian(
		patient: &T::AccountId,
		patient_id: ParticipantId,
		guardian: T::AccountId,
		record: Guardianship<BlockNumberFor<T>, BalanceOf<T>>,
	) -> DispatchResult {
		ensure!(&guardian != patient, Error::<T>::SelfGrant);
		let mut sharing = Self::sharing_of(patient_id)?;
		ensure!(sharing.guardian(&guardian).is_none(), Error::<T>::AlreadyGuardian);
		let (powers, until, basis) = (record.powers, record.until, record.basis);
		sharing
			.guardians
			.try_push((guardian.clone(), record))
			.map_err(|_| Error::<T>::TooManyGuardians)?;
		PatientSharing::<T>::insert(patient_id, sharing);
		Wards::<T>::insert(&guardian, patient_id, ());
		// A provider's proposal of the same guardian has nothing left to decide once the
		// patient or the consortium made them guardian (accepting it took it already): it ends
		// with `GuardianAdded`, as an accepted one does, and its deposit goes back.
		if let Ok(proposal) = Self::take_proposal(patient_id, &guardian) {
			Self::release(&Self::account(proposal.proposer)?, proposal.deposit)?;
		}
		Self::deposit_event(Event::GuardianAdded {
			patient: patient.clone(),
			guardian,
			powers,
			until,
			basis,
		});
		Ok(())
	}

	/// Counts an emergency access against the provider's window, or refuses it.
	fn count_emergency(provider: ParticipantId, now: BlockNumberFor<T>) -> DispatchResult {
		let (window_start, used) = EmergencyUse::<T>::get(provider)
			.filter(|(start, _)| now < start.saturating_add(T::EmergencyWindow::get()))
			.unwrap_or((now, 0));
		ensure!(used < T::MaxEmergenciesPerWindow::get(), Error::<T>::RateLimited);
		EmergencyUse::<T>::insert(provider, (window_start, used.saturating_add(1)));
		Ok(())
	}

	fn close_emergency(id: EmergencyId, record: EmergencyOf<T>) -> DispatchResult {
		Emergencies::<T>::remove(id);
		Self::release(&Self::account(record.provider)?, record.deposit)
	}

	/// `MedRecApi::can_access`: which of `fields` of `pointer` `viewer` may see in block `at`,
	/// or why none. The patient sees all of their pointers' fields; a guardian sees what the
	/// patient sees while the guardianship holds; anyone else sees the union of what their
	/// grants valid at `at` open. Reads a fixed number of storage items whatever the number of
	/// grants and guardians (see the crate docs).
	pub fn can_access(
		viewer: &T::AccountId,
		patient: &T::AccountId,
		pointer: PointerId,
		fields: FieldSet,
		at: BlockNumberFor<T>,
	) -> Result<FieldSet, Denial> {
		Self::decide(viewer, patient, pointer, fields, at).0
	}

	/// [`Pallet::can_access`], and the last block through which its answer holds while no
	/// block changes the patient's sharing, the pointer or the viewer's participant number and
	/// groups (`None`: for as long as none does). Time alone changes an answer only where a
	/// grant the viewer holds starts or ends, or the viewer's guardianship ends; a cache of
	/// answers (a gatekeeper's) keeps each one until then, or until a block's events name the
	/// patient or the viewer.
	///
	/// An answer about a pointer that is not the patient's (unknown, or someone else's) holds
	/// for block `at` only: what makes it change would name another patient.
	pub fn decide(
		viewer: &T::AccountId,
		patient: &T::AccountId,
		pointer: PointerId,
		fields: FieldSet,
		at: BlockNumberFor<T>,
	) -> (Result<FieldSet, Denial>, Option<BlockNumberFor<T>>) {
		let this_block = |denial| (Err(denial), Some(at));
		let Some(info) = T::Records::pointer(pointer) else {
			return this_block(Denial::UnknownPointer);
		};
		// Every pointer's patient has one: a pointer is added to an active relationship, and
		// the record is made when a relationship becomes active and kept.
		let Some(sharing) = PatientSharing::<T>::get(info.patient) else {
			return this_block(Denial::Inactive);
		};
		// An unregistered `patient` is another account than the pointer's patient too.
		if &sharing.account != patient {
			return this_block(Denial::WrongPatient);
		}
		let requested = fields.intersection(info.fields);
		if requested.is_empty() {
			return (Err(Denial::NoSuchFields), None);
		}
		if viewer == patient {
			return (Ok(requested), None);
		}
		if !sharing.active_providers.contains(&info.provider) {
			return (Err(Denial::Inactive), None);
		}
		if let Some(guardianship) = sharing.guardian(viewer).filter(|g| g.holds_at(at)) {
			// It holds through the block before its end.
			let through = guardianship.until.map(|until| until.saturating_sub(One::one()));
			return (Ok(requested), through);
		}

		// The groups the viewer is in (whose owner is an active provider), with the block the
		// viewer joined each: a group grant covers the members the patient saw when granting.
		let groups = if sharing.grants.iter().any(|g| matches!(g.grantee, Grantee::Group(_))) {
			T::Registry::groups_of(viewer)
		} else {
			Vec::new()
		};
		let viewer_id = T::Registry::participant_id(viewer);
		let reaches = |grant: &GrantOf<T>| match &grant.grantee {
			Grantee::Participant(id) => viewer_id == Some(*id),
			Grantee::Account(who) => who == viewer,
			Grantee::Group(group) => groups.iter().any(|m| {
				m.group == *group && BlockNumberFor::<T>::from(m.since) <= grant.granted_at
			}),
		};
		let (mut granted, mut seen) = (FieldSet::EMPTY, false);
		// The first block after `at` in which one of the viewer's grants starts or ends.
		let mut next_change: Option<BlockNumberFor<T>> = None;
		for grant in sharing.grants.iter().filter(|g| reaches(g)) {
			let opens = grant.scope.fields_of(pointer, &info);
			if opens.is_empty() {
				continue;
			}
			seen = true;
			if grant.is_valid_at(at) {
				granted = granted.union(opens);
			}
			for boundary in [Some(grant.start), grant.expiry].into_iter().flatten() {
				if boundary > at && next_change.is_none_or(|next| boundary < next) {
					next_change = Some(boundary);
				}
			}
		}
		let through = next_change.map(|next| next.saturating_sub(One::one()));
		let allowed = requested.intersection(granted);
		let answer = match (allowed.is_empty(), seen) {
			(false, _) => Ok(allowed),
			(true, true) if granted.is_empty() => Err(Denial::NotValidAt),
			_ => Err(Denial::NoGrant),
		};
		(answer, through)
	}

	/// A grant as the API shows it.
	fn view(
		patient: ParticipantId,
		account: &T::AccountId,
		grant: &GrantOf<T>,
	) -> GrantView<T::AccountId, BlockNumberFor<T>> {
		let (guardian, emergency) = match &grant.granted_by {
			GrantedBy::Patient => (None, None),
			GrantedBy::Guardian(who) => (Some(who.clone()), None),
			GrantedBy::Emergency(e) => (None, Some(*e)),
		};
		GrantView {
			id: grant_id(patient, grant.index),
			patient: account.clone(),
			grantee: grant.grantee.clone(),
			scope: grant.scope,
			start: grant.start,
			expiry: grant.expiry,
			purpose: grant.purpose,
			guardian,
			emergency,
		}
	}

	/// `MedRecApi::grants_of`: every grant of `patient`, oldest first.
	pub fn grants_of(patient: &T::AccountId) -> Vec<GrantView<T::AccountId, BlockNumberFor<T>>> {
		let Some(id) = T::Registry::participant_id(patient) else { return Vec::new() };
		let Some(sharing) = PatientSharing::<T>::get(id) else { return Vec::new() };
		sharing.grants.iter().map(|g| Self::view(id, &sharing.account, g)).collect()
	}

	/// `MedRecApi::grants_received`: every grant `who` receives, by participant number and by
	/// account (groups are listed under `Grantee::Group`), oldest first (per patient, in the
	/// order the patients' sharing was first listed for `who`).
	pub fn grants_received(who: &T::AccountId) -> Vec<GrantView<T::AccountId, BlockNumberFor<T>>> {
		let by_number = T::Registry::participant_id(who).map(Grantee::Participant);
		let mut grants = Vec::new();
		for grantee in by_number.into_iter().chain([Grantee::Account(who.clone())]) {
			for patient in T::Notifier::sharing_with(&grantee) {
				let Some(sharing) = PatientSharing::<T>::get(patient) else { continue };
				grants.extend(
					sharing
						.grants
						.iter()
						.filter(|g| g.grantee == grantee)
						.map(|g| Self::view(patient, &sharing.account, g)),
				);
			}
		}
		grants.sort_by_key(|g| g.id);
		grants
	}

	/// `MedRecApi::emergencies`: `patient`'s emergency accesses awaiting review.
	pub fn emergencies_of(
		patient: &T::AccountId,
	) -> Vec<EmergencyView<T::AccountId, BlockNumberFor<T>>> {
		let Some(id) = T::Registry::participant_id(patient) else { return Vec::new() };
		PendingReviews::<T>::iter_key_prefix(id)
			.filter_map(|e| {
				let record = Emergencies::<T>::get(e)?;
				Some(EmergencyView {
					id: e,
					provider: T::Registry::account_of(record.provider)?,
					opened_by: record.opened_by,
					reason: record.reason,
					opened_at: record.opened_at,
					grant: record.grant,
				})
			})
			.collect()
	}

	/// `MedRecApi::wards`: the patients `guardian` acts for now.
	pub fn wards_of(guardian: &T::AccountId) -> Vec<WardView<T::AccountId, BlockNumberFor<T>>> {
		let now = frame_system::Pallet::<T>::block_number();
		Wards::<T>::iter_key_prefix(guardian)
			.filter_map(|patient| {
				let record = PatientSharing::<T>::get(patient)?.guardian(guardian)?.clone();
				record.holds_at(now).then_some(())?;
				Some((patient, record))
			})
			.collect::<alloc::collections::BTreeMap<_, _>>()
			.into_iter()
			.filter_map(|(patient, record)| {
				Some(WardView {
					patient: T::Registry::account_of(patient)?,
					powers: record.powers,
					until: record.until,
					appointed: matches!(record.basis, GuardianBasis::Appointed(_)),
				})
			})
			.collect()
	}

	/// What waits for `who` here, for `MedRecApi::notifications`: as a patient, emergency
	/// accesses to review, guardians proposed, and guardians the consortium appointed (while
	/// they hold); as a guardian, their wards' emergency accesses to review.
	pub fn notifications_of(who: &T::AccountId) -> Vec<Notification<T::AccountId>> {
		let mut out = Vec::new();
		let now = frame_system::Pallet::<T>::block_number();
		if let Some(id) = T::Registry::participant_id(who) {
			out.extend(Self::emergency_notifications(id, who.clone()));
			out.extend(GuardianProposals::<T>::get(id).into_iter().filter_map(|p| {
				Some(Notification::GuardianProposed {
					guardian: p.guardian,
					proposer: T::Registry::account_of(p.proposer)?,
				})
			}));
			let guardians = PatientSharing::<T>::get(id).map(|s| s.guardians).unwrap_or_default();
			out.extend(guardians.into_iter().filter_map(|(guardian, g)| {
				(matches!(g.basis, GuardianBasis::Appointed(_)) && g.holds_at(now))
					.then_some(Notification::GuardianAppointed { guardian })
			}));
		}
		for ward in Wards::<T>::iter_key_prefix(who) {
			let holds = PatientSharing::<T>::get(ward)
				.is_some_and(|s| s.guardian(who).is_some_and(|g| g.holds_at(now)));
			if let (true, Some(patient)) = (holds, T::Registry::account_of(ward)) {
				out.extend(Self::emergency_notifications(ward, patient));
			}
		}
		out
	}

	fn emergency_notifications(
		patient_id: ParticipantId,
		patient: T::AccountId,
	) -> impl Iterator<Item = Notification<T::AccountId>> {
		PendingReviews::<T>::iter_key_prefix(patient_id).filter_map(move |emergency| {
			let record = Emergencies::<T>::get(emergency)?;
			Some(Notification::Emergency {
				patient: patient.clone(),
				emergency,
				provider: T::Registry::account_of(record.provider)?,
				opened_by: record.opened_by,
				reason: record.reason,
			})
		})
	}

	/// Checks the pallet's invariants: indexes agree with grants, counts match, bounds hold.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut wards = 0usize;
		for (patient, sharing) in PatientSharing::<T>::iter() {
			ensure!(
				T::Registry::participant_id(&sharing.account) == Some(patient),
				"a sharing record names another account"
			);
			ensure!(
				sharing.grants.windows(2).all(|w| w[0].index < w[1].index),
				"grants out of order"
			);
			ensure!(
				sharing.grants.last().is_none_or(|g| g.index < sharing.next_grant),
				"a grant number not yet assigned"
			);
			for (i, (guardian, record)) in sharing.guardians.iter().enumerate() {
				ensure!(
					sharing.guardians.iter().skip(i.saturating_add(1)).all(|(g, _)| g != guardian),
					"a guardian listed twice"
				);
				ensure!(
					Wards::<T>::contains_key(guardian, patient),
					"ward index misses a guardian"
				);
				ensure!(
					record.until.is_some() || record.basis == GuardianBasis::Patient,
					"a guardianship the patient did not choose has no end"
				);
				wards = wards.saturating_add(1);
			}
			ensure!(
				sharing.active_providers.windows(2).all(|w| w[0] < w[1]),
				"active providers out of order"
			);
			for provider in &sharing.active_providers {
				ensure!(T::Records::is_active(patient, *provider), "a provider not active");
			}
		}
		ensure!(Wards::<T>::iter().count() == wards, "stray ward entry");
		for (patient, proposals) in GuardianProposals::<T>::iter() {
			ensure!(!proposals.is_empty(), "an empty proposal list is stored");
			let sharing = PatientSharing::<T>::get(patient);
			for p in proposals {
				ensure!(
					sharing.as_ref().is_none_or(|s| s.guardian(&p.guardian).is_none()),
					"a proposal for a guardian already in place"
				);
			}
		}
		for (patient, emergency, ()) in PendingReviews::<T>::iter() {
			let record = Emergencies::<T>::get(emergency).ok_or("pending review of nothing")?;
			ensure!(record.patient == patient && record.review == Review::Pending, "bad review");
		}
		for (emergency, ()) in ContestedEmergencies::<T>::iter() {
			ensure!(
				Emergencies::<T>::get(emergency).is_some_and(|e| e.review == Review::Contested),
				"contested list disagrees"
			);
		}
		Ok(())
	}
}

/// Grants, guardianships and emergency records are keyed by participant numbers; grants to a
/// registered grantee name its number. The deposits move, and a patient's sharing record
/// learns the new account (decisions name the patient by account).
impl<T: Config> OnAccountRotated<T::AccountId> for Pallet<T> {
	fn on_account_rotated(old: &T::AccountId, new: &T::AccountId) -> Weight {
		let reason = HoldReason::Permission.into();
		if deposits::follow_rotation::<T::Currency, _>(&reason, old, new).is_err() {
			defensive!("permission deposits could not follow an account rotation");
		}
		if let Some(id) = T::Registry::participant_id(new) {
			PatientSharing::<T>::mutate(id, |sharing| {
				if let Some(sharing) = sharing.as_mut().filter(|s| &s.account == old) {
					sharing.account = new.clone();
				}
			});
		}
		T::WeightInfo::on_account_rotated()
	}

	fn max_weight() -> Weight {
		T::WeightInfo::on_account_rotated()
	}
}

/// The relationships pallet tells which providers a patient has an active relationship with;
/// the sharing record keeps them, so that a decision needs no read of the relationship.
impl<T: Config> RelationshipActivity for Pallet<T> {
	fn activated(patient: ParticipantId, provider: ParticipantId) {
		let Ok(mut sharing) = Self::sharing_of(patient) else {
			defensive!("a relationship became active for a patient with no account");
			return;
		};
		if let Err(at) = sharing.active_providers.binary_search(&provider) {
			if sharing.active_providers.try_insert(at, provider).is_err() {
				defensive!("more active relationships than the relationships pallet allows");
				return;
			}
			PatientSharing::<T>::insert(patient, sharing);
		}
	}

	fn deactivated(patient: ParticipantId, provider: ParticipantId) {
		PatientSharing::<T>::mutate(patient, |sharing| {
			if let Some(sharing) = sharing {
				if let Ok(at) = sharing.active_providers.binary_search(&provider) {
					sharing.active_providers.remove(at);
				}
			}
		});
	}

	fn activity_weight() -> Weight {
		T::WeightInfo::relationship_activity()
	}
}
