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
//! Grants are indexed by what the decision needs: [`Access`] maps (grantee, patient) to the
//! (bounded) list of that patient's grants to that grantee. A decision reads the pointer and
//! its relationship (two reads, through [`RecordIndex`]), the patient's and the viewer's
//! participant numbers (two reads), the viewer's guardianship of the patient (one read), the
//! viewer's groups whose owner is an active provider (one read, two per group, through the
//! registry), and one [`Access`] entry per way the viewer is known: by participant number, by
//! account, and per group. With the runtime's 16 memberships at most that is 59 reads, however
//! many grants the patient has: nothing iterates over a patient's grants.
//! `tests::decision_reads_do_not_grow_with_grants` measures it.
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
//! Permissions::revoke(RuntimeOrigin::signed(ALICE), 0)?;
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
	access::{EmergencyView, GrantView, WardView},
	api::Notification,
	deposits,
	records::{FieldSet, Grantee, PointerId, RecordIndex, SharingNotifier},
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

/// The grants from one patient to one grantee, as the access decision reads them.
pub type AccessList<T> =
	BoundedVec<AccessEntry<BlockNumberFor<T>>, <T as Config>::MaxGrantsPerGrantee>;

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
	/// Puts `who` in as many groups of active providers as the registry allows (the access
	/// decision's worst case).
	fn join_most_groups(who: &AccountId);
	/// Creates a group of `owner` (an active provider) with `member` in it, and returns it.
	fn group(owner: &AccountId, member: &AccountId) -> GroupId;
}

#[frame::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version. 1: access entries remember the block they were granted in,
	/// guardianships how they came about, emergency records who opened them; guardian
	/// proposals and the guardians' ward index are new. No chain holds version 0 (MedRec has
	/// not launched), so no migration ships with it.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

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

		/// Most grants from one patient to one grantee.
		#[pallet::constant]
		type MaxGrantsPerGrantee: Get<u32>;

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

	/// The id the next grant gets.
	#[pallet::storage]
	pub type NextGrantId<T: Config> = StorageValue<_, GrantId, ValueQuery>;

	/// Every grant.
	// Twox64Concat: grant ids are sequential, assigned by the pallet.
	#[pallet::storage]
	pub type Grants<T: Config> = StorageMap<_, Twox64Concat, GrantId, GrantOf<T>>;

	/// Each patient's grants: one prefix lists them.
	// Twox64Concat: participant numbers and grant ids are sequential, assigned on chain.
	#[pallet::storage]
	pub type GrantsOf<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ParticipantId, Twox64Concat, GrantId, ()>;

	/// How many grants each patient has, to bound them.
	// Twox64Concat: participant numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type GrantCount<T: Config> = StorageMap<_, Twox64Concat, ParticipantId, u32, ValueQuery>;

	/// The decision index: for each grantee, the grants each patient gave them.
	// Blake2_128Concat: grantees include user-chosen accounts; Twox64Concat: participant
	// numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type Access<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		GranteeOf<T>,
		Twox64Concat,
		ParticipantId,
		AccessList<T>,
		ValueQuery,
	>;

	/// Each patient's guardians.
	// Twox64Concat: participant numbers are sequential; Blake2_128Concat: accounts are
	// user-chosen.
	#[pallet::storage]
	pub type Guardians<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ParticipantId,
		Blake2_128Concat,
		T::AccountId,
		Guardianship<BlockNumberFor<T>, BalanceOf<T>>,
	>;

	/// How many guardians each patient has, to bound them.
	// Twox64Concat: participant numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type GuardianCount<T: Config> = StorageMap<_, Twox64Concat, ParticipantId, u32, ValueQuery>;

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
		/// The patient has `MaxGrantsPerGrantee` grants to this grantee.
		TooManyGrantsToGrantee,
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
		#[pallet::weight(T::WeightInfo::grant())]
		pub fn grant(
			origin: OriginFor<T>,
			on_behalf_of: Option<T::AccountId>,
			grantee: GranteeOf<T>,
			scope: Scope,
			start: Option<BlockNumberFor<T>>,
			expiry: Option<BlockNumberFor<T>>,
			purpose: PurposeCode,
		) -> DispatchResult {
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
			let grant = Self::insert_grant(
				&patient,
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
			Ok(())
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
		#[pallet::weight(T::WeightInfo::revoke())]
		pub fn revoke(origin: OriginFor<T>, grant: GrantId) -> DispatchResult {
			let caller = ensure_signed(origin)?;
			let record = Grants::<T>::get(grant).ok_or(Error::<T>::UnknownGrant)?;
			let patient = Self::account(record.patient)?;
			if caller != patient {
				Self::ensure_guardian(&patient, &caller, GuardianPowers::ManageSharing)?;
			}
			let grantee = record.grantee.clone();
			Self::remove_grant(grant, record)?;
			Self::deposit_event(Event::AccessRevoked { patient, grantee, grant });
			Ok(())
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
		#[pallet::weight(T::WeightInfo::remove_expired())]
		pub fn remove_expired(origin: OriginFor<T>, grant: GrantId) -> DispatchResult {
			ensure_signed(origin)?;
			let record = Grants::<T>::get(grant).ok_or(Error::<T>::UnknownGrant)?;
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(record.expiry.is_some_and(|e| e <= now), Error::<T>::NotExpired);
			Self::remove_grant(grant, record)?;
			Self::deposit_event(Event::GrantExpired { grant });
			Ok(())
		}

		/// Makes `guardian` a guardian of the caller, with `powers`, until `until` (or
		/// removal).
		///
		/// ## Dispatch Origin
		/// Signed by the patient.
		///
		/// ## Details
		/// Holds a deposit from the patient.
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
		/// holds, and can remove the guardian at any time ([`Pallet::remove_guardian`]).
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
			let record =
				Guardians::<T>::take(patient_id, &guardian).ok_or(Error::<T>::UnknownGuardian)?;
			if let Some(payer) = record.payer {
				Self::release(&Self::account(payer)?, record.deposit)?;
			}
			Wards::<T>::remove(&guardian, patient_id);
			GuardianCount::<T>::mutate_exists(patient_id, |n| {
				*n = n.map(|n| n.saturating_sub(1)).filter(|n| *n > 0)
			});
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
			let grant = Self::insert_grant(
				&provider,
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
				!Guardians::<T>::contains_key(patient_id, &guardian),
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
					.saturating_add(
						Guardianship::<BlockNumberFor<T>, BalanceOf<T>>::max_encoded_len() as u32,
					),
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
		ensure!(T::Registry::is_patient(who), Error::<T>::NotAPatient);
		Self::participant_id(who)
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

	/// A scope naming a pointer must name one of the patient's; a field scope some fields.
	fn validate_scope(patient: ParticipantId, scope: Scope) -> DispatchResult {
		let pointer = match scope {
			Scope::Pointer(p) => p,
			Scope::Fields(p, fields) => {
				ensure!(!fields.is_empty(), Error::<T>::NoFields);
				p
			},
			Scope::Record | Scope::Provider(_) | Scope::Category(_) => return Ok(()),
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
		let patient_id = Self::participant_id(patient).map_err(|_| Error::<T>::NotAuthorized)?;
		let now = frame_system::Pallet::<T>::block_number();
		let holds = Guardians::<T>::get(patient_id, guardian).is_some_and(|g| {
			g.holds_at(now) && (powers == GuardianPowers::View || g.powers == powers)
		});
		ensure!(holds, Error::<T>::NotAuthorized);
		Ok(())
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

	/// Stores a grant and indexes it; `payer` pays its deposit.
	#[allow(clippy::too_many_arguments)]
	fn insert_grant(
		payer: &T::AccountId,
		patient: ParticipantId,
		grantee: GranteeOf<T>,
		scope: Scope,
		start: BlockNumberFor<T>,
		expiry: Option<BlockNumberFor<T>>,
		purpose: PurposeCode,
		granted_by: GrantedBy<T::AccountId>,
	) -> Result<GrantId, DispatchError> {
		let count = GrantCount::<T>::get(patient);
		ensure!(count < T::MaxGrantsPerPatient::get(), Error::<T>::TooManyGrants);
		let id = NextGrantId::<T>::get();
		let granted_at = frame_system::Pallet::<T>::block_number();
		let entry = AccessEntry { grant: id, scope, start, expiry, granted_at };
		let mut list = Access::<T>::get(&grantee, patient);
		let first = list.is_empty();
		list.try_push(entry).map_err(|_| Error::<T>::TooManyGrantsToGrantee)?;

		let mut grant = Grant {
			patient,
			grantee: grantee.clone(),
			scope,
			start,
			expiry,
			purpose,
			granted_by,
			payer: Self::participant_id(payer)?,
			deposit: Zero::zero(),
		};
		// The grant, its index entries and, for the first grant to a grantee, the grantee's
		// entry in the viewer-side summary.
		let bytes = (grant.encoded_size() as u32)
			.saturating_add(entry.encoded_size() as u32)
			.saturating_add(if first { 64 } else { 0 });
		grant.deposit = Self::deposit_for(if first { 4 } else { 3 }, bytes);
		Self::hold(payer, grant.deposit)?;

		NextGrantId::<T>::put(id.saturating_add(1));
		Access::<T>::insert(&grantee, patient, list);
		Grants::<T>::insert(id, grant);
		GrantsOf::<T>::insert(patient, id, ());
		GrantCount::<T>::insert(patient, count.saturating_add(1));
		T::Notifier::shared(&grantee, patient);
		Ok(id)
	}

	/// Removes a grant and its index entries, and returns its deposit.
	fn remove_grant(id: GrantId, grant: GrantOf<T>) -> DispatchResult {
		Grants::<T>::remove(id);
		GrantsOf::<T>::remove(grant.patient, id);
		GrantCount::<T>::mutate_exists(grant.patient, |n| {
			*n = n.map(|n| n.saturating_sub(1)).filter(|n| *n > 0)
		});
		let mut list = Access::<T>::get(&grant.grantee, grant.patient);
		list.retain(|entry| entry.grant != id);
		if list.is_empty() {
			Access::<T>::remove(&grant.grantee, grant.patient);
			T::Notifier::unshared(&grant.grantee, grant.patient);
		} else {
			Access::<T>::insert(&grant.grantee, grant.patient, list);
		}
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
		ensure!(!Guardians::<T>::contains_key(patient_id, &guardian), Error::<T>::AlreadyGuardian);
		let count = GuardianCount::<T>::get(patient_id);
		ensure!(count < T::MaxGuardians::get(), Error::<T>::TooManyGuardians);
		let (powers, until, basis) = (record.powers, record.until, record.basis);
		Guardians::<T>::insert(patient_id, &guardian, record);
		Wards::<T>::insert(&guardian, patient_id, ());
		GuardianCount::<T>::insert(patient_id, count.saturating_add(1));
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
	/// grants valid at `at` open. Reads a fixed number of storage items (see the crate docs).
	pub fn can_access(
		viewer: &T::AccountId,
		patient: &T::AccountId,
		pointer: PointerId,
		fields: FieldSet,
		at: BlockNumberFor<T>,
	) -> Result<FieldSet, Denial> {
		let patient_id = T::Registry::participant_id(patient).ok_or(Denial::UnknownPatient)?;
		let info = T::Records::pointer(pointer).ok_or(Denial::UnknownPointer)?;
		ensure!(info.patient == patient_id, Denial::WrongPatient);
		let requested = fields.intersection(info.fields);
		ensure!(!requested.is_empty(), Denial::NoSuchFields);
		let viewer_id = T::Registry::participant_id(viewer);
		if viewer_id == Some(patient_id) {
			return Ok(requested);
		}
		ensure!(info.active, Denial::Inactive);
		if Guardians::<T>::get(patient_id, viewer).is_some_and(|g| g.holds_at(at)) {
			return Ok(requested);
		}

		// Each way the viewer is known, with the block it joined the group for group grants.
		let mut grantees: Vec<(GranteeOf<T>, Option<BlockNumberFor<T>>)> = Vec::new();
		grantees.extend(viewer_id.map(|id| (Grantee::Participant(id), None)));
		grantees.push((Grantee::Account(viewer.clone()), None));
		grantees.extend(
			T::Registry::groups_of(viewer)
				.into_iter()
				.map(|m| (Grantee::Group(m.group), Some(m.since.into()))),
		);
		let (mut granted, mut seen) = (FieldSet::EMPTY, false);
		for (grantee, member_since) in grantees {
			for entry in Access::<T>::get(&grantee, patient_id) {
				// A group grant covers the members the patient saw when granting.
				if member_since.is_some_and(|since| since > entry.granted_at) {
					continue;
				}
				let opens = entry.scope.fields_of(pointer, &info);
				if opens.is_empty() {
					continue;
				}
				seen = true;
				if entry.is_valid_at(at) {
					granted = granted.union(opens);
				}
			}
		}
		let allowed = requested.intersection(granted);
		match (allowed.is_empty(), seen) {
			(false, _) => Ok(allowed),
			(true, true) if granted.is_empty() => Err(Denial::NotValidAt),
			_ => Err(Denial::NoGrant),
		}
	}

	/// A grant as the API shows it (`None` if its patient has no account, which cannot
	/// happen: participant numbers are never released).
	fn view(id: GrantId) -> Option<GrantView<T::AccountId, BlockNumberFor<T>>> {
		let grant = Grants::<T>::get(id)?;
		let (guardian, emergency) = match grant.granted_by {
			GrantedBy::Patient => (None, None),
			GrantedBy::Guardian(who) => (Some(who), None),
			GrantedBy::Emergency(e) => (None, Some(e)),
		};
		Some(GrantView {
			id,
			patient: T::Registry::account_of(grant.patient)?,
			grantee: grant.grantee,
			scope: grant.scope,
			start: grant.start,
			expiry: grant.expiry,
			purpose: grant.purpose,
			guardian,
			emergency,
		})
	}

	/// `MedRecApi::grants_of`: every grant of `patient`, oldest first.
	pub fn grants_of(patient: &T::AccountId) -> Vec<GrantView<T::AccountId, BlockNumberFor<T>>> {
		let Some(id) = T::Registry::participant_id(patient) else { return Vec::new() };
		let mut grants: Vec<_> =
			GrantsOf::<T>::iter_key_prefix(id).filter_map(Self::view).collect();
		// The index is ordered by hashed key; people read lists in the order they were made.
		grants.sort_by_key(|g| g.id);
		grants
	}

	/// `MedRecApi::grants_received`: every grant `who` receives, by participant number and by
	/// account (groups are listed under `Grantee::Group`), oldest first.
	pub fn grants_received(who: &T::AccountId) -> Vec<GrantView<T::AccountId, BlockNumberFor<T>>> {
		let by_number = T::Registry::participant_id(who).map(Grantee::Participant);
		let mut grants = by_number
			.into_iter()
			.chain([Grantee::Account(who.clone())])
			.flat_map(Access::<T>::iter_prefix_values)
			.flat_map(|list| list.into_iter())
			.filter_map(|entry| Self::view(entry.grant))
			.collect::<Vec<_>>();
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
				let record = Guardians::<T>::get(patient, guardian)?;
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
			out.extend(Guardians::<T>::iter_prefix(id).filter_map(|(guardian, g)| {
				(matches!(g.basis, GuardianBasis::Appointed(_)) && g.holds_at(now))
					.then_some(Notification::GuardianAppointed { guardian })
			}));
		}
		for ward in Wards::<T>::iter_key_prefix(who) {
			let holds = Guardians::<T>::get(ward, who).is_some_and(|g| g.holds_at(now));
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
		let next = NextGrantId::<T>::get();
		let mut counts = alloc::collections::BTreeMap::<ParticipantId, u32>::new();
		for (id, grant) in Grants::<T>::iter() {
			ensure!(id < next, "a grant id not yet assigned");
			ensure!(GrantsOf::<T>::contains_key(grant.patient, id), "patient index disagrees");
			ensure!(
				Access::<T>::get(&grant.grantee, grant.patient).iter().any(|e| e.grant == id),
				"decision index misses a grant"
			);
			let n = counts.entry(grant.patient).or_default();
			*n = n.saturating_add(1);
		}
		for (patient, n) in GrantCount::<T>::iter() {
			ensure!(counts.get(&patient) == Some(&n), "grant count disagrees");
		}
		ensure!(GrantsOf::<T>::iter().count() == Grants::<T>::iter().count(), "stray index");
		for (grantee, patient, list) in Access::<T>::iter() {
			ensure!(!list.is_empty(), "an empty access list is stored");
			for entry in list {
				let grant = Grants::<T>::get(entry.grant).ok_or("index names a missing grant")?;
				ensure!(
					grant.patient == patient && grant.grantee == grantee,
					"index entry in the wrong place"
				);
			}
		}
		let mut guardians = alloc::collections::BTreeMap::<ParticipantId, u32>::new();
		for (patient, _, _) in Guardians::<T>::iter() {
			let n = guardians.entry(patient).or_default();
			*n = n.saturating_add(1);
		}
		for (patient, n) in GuardianCount::<T>::iter() {
			ensure!(guardians.get(&patient) == Some(&n), "guardian count disagrees");
		}
		for (patient, guardian, record) in Guardians::<T>::iter() {
			ensure!(Wards::<T>::contains_key(&guardian, patient), "ward index misses a guardian");
			ensure!(
				record.until.is_some() || record.basis == GuardianBasis::Patient,
				"a guardianship the patient did not choose has no end"
			);
		}
		for (guardian, patient, ()) in Wards::<T>::iter() {
			ensure!(Guardians::<T>::contains_key(patient, &guardian), "stray ward entry");
		}
		for (patient, proposals) in GuardianProposals::<T>::iter() {
			ensure!(!proposals.is_empty(), "an empty proposal list is stored");
			for p in proposals {
				ensure!(
					!Guardians::<T>::contains_key(patient, &p.guardian),
					"a proposal for a guardian already in place"
				);
			}
		}
		ensure!(GuardianCount::<T>::iter().count() == guardians.len(), "guardian count missing");
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
/// registered grantee name its number. Only deposits move.
impl<T: Config> OnAccountRotated<T::AccountId> for Pallet<T> {
	fn on_account_rotated(old: &T::AccountId, new: &T::AccountId) -> Weight {
		let reason = HoldReason::Permission.into();
		if deposits::follow_rotation::<T::Currency, _>(&reason, old, new).is_err() {
			defensive!("permission deposits could not follow an account rotation");
		}
		T::WeightInfo::on_account_rotated()
	}

	fn max_weight() -> Weight {
		T::WeightInfo::on_account_rotated()
	}
}
