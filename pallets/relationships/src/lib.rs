//! # Relationships
//!
//! MedRec's record map: providers keep records in their own databases; the chain holds
//! *pointers* to them, grouped into patient–provider relationships, and each patient has a
//! summary of all their relationships with status flags that tell them what changed.
//!
//! ## Overview
//!
//! - A registered provider **opens a relationship** with a registered patient
//!   ([`Pallet::open_relationship`]), or a patient **invites** a provider
//!   ([`Pallet::invite_provider`]) which then opens it. One relationship per (patient, provider).
//! - The provider adds, updates and removes **record pointers** in it ([`Pallet::add_pointer`],
//!   [`Pallet::update_pointer`], [`Pallet::remove_pointer`]). A pointer carries an opaque
//!   16-byte reference that only the provider's gatekeeper maps to a query and an argument, a
//!   category from the vocabulary of [`medrec_primitives::records::category`], the field codes
//!   the query returns and a salted commitment to the data it returns.
//! - A relationship holds a whole history: no cap on its pointers. They are listed newest first
//!   in [`PointersOf`], and every answer about them is a page ([`Pallet::pointers`]), so no
//!   call and no runtime-API answer costs more as the history grows. Ending a relationship
//!   removes at most [`Config::MaxRemovedAtOnce`] pointers in its own call; the rest are removed
//!   in later blocks' idle time, or by anyone's [`Pallet::reap`].
//! - Each relationship carries a [`RelationshipStatus`]: `New` when opened, `Updated` when pointers
//!   change, `Acknowledged` when the patient has looked ([`Pallet::acknowledge`]), `Rejected` when
//!   the patient refuses it ([`Pallet::reject`]). Pending ones are the patient's notifications.
//!   Either side can end it ([`Pallet::terminate`]): its pointers go and its deposits are released.
//! - The viewer side of the summary: the pallet that manages grants tells this one, through
//!   [`SharingNotifier`], when a patient starts or stops sharing with someone; viewers see the
//!   patients who share with them anew and acknowledge ([`Pallet::acknowledge_shared`]).
//!
//! Relationships and pointers are keyed by the registrar's participant numbers, not accounts,
//! so they survive account rotation untouched; only deposits move
//! ([`medrec_primitives::OnAccountRotated`]).
//!
//! ## Active relationships and research cohorts
//!
//! A relationship is *active* while its status is `New`, `Updated` or `Acknowledged`
//! ([`RelationshipStatus::is_active`]): only then can its pointers be shared and read. The
//! research pallet bounds a provider's research answers by the patients who have an active
//! relationship with it and consent to research, and keeps that number as relationships come
//! and go: this pallet tells [`Config::OnActivityChange`] once for every change of activity,
//! after storing it, and lists a patient's active providers
//! ([`medrec_primitives::cohort::ActiveRelationships`]). The changes are
//!
//! 1. activated: a provider opens a relationship (`New`), accepts an invitation
//!    (`Invited` → `Acknowledged`), or the patient acknowledges a rejected one
//!    (`Rejected` → `Acknowledged`);
//! 2. deactivated: the patient rejects an active relationship, or either side ends one
//!    ([`Pallet::terminate`]) while it is active.
//!
//! Nothing else changes activity: pointer changes move `Acknowledged` to `Updated`, both
//! active; invitations are not active until accepted; a provider's suspension and an account
//! rotation leave every status as it is (a suspended provider's relationships stay active, as
//! [`RecordIndex::is_active`] says).
//!
//! ## Status machine
//!
//! | from \ event   | provider changes pointers | patient acknowledges | patient rejects |
//! |----------------|---------------------------|----------------------|-----------------|
//! | `Invited`      | refused (`NotOpen`)       | refused (`NotPending`) | refused (`NotPending`) |
//! | `New`          | `New`                     | `Acknowledged`       | `Rejected`      |
//! | `Updated`      | `Updated`                 | `Acknowledged`       | `Rejected`      |
//! | `Acknowledged` | `Updated`                 | refused (`NotPending`) | `Rejected`    |
//! | `Rejected`     | refused (`Rejected`); removal allowed, stays `Rejected` | `Acknowledged` | refused (`NotPending`) |
//!
//! A provider's `open_relationship` turns `Invited` into `Acknowledged` (the patient asked for
//! it); `terminate` removes a relationship from any status. `tests::status_machine` checks this
//! table cell by cell.
//!
//! ## Pallet API
//!
//! See [`Call`] for the calls, [`Event`] for what they emit and [`Error`] for why they fail.
//! Other pallets read pointers through [`medrec_primitives::records::RecordIndex`] and report
//! sharing through [`SharingNotifier`], both implemented by [`Pallet`]. The runtime's
//! `MedRecApi` serves [`Pallet::patient_summary`], [`Pallet::notifications`],
//! [`Pallet::pointer_view`], [`Pallet::pointers`] and [`Pallet::pointer_by_reference`].
//!
//! ### Example
//!
//! The e2e scenario (`tests::summary_follows_the_provider_and_the_patient` runs it):
//!
//! ```ignore
//! Relationships::open_relationship(RuntimeOrigin::signed(PROVIDER), PATIENT)?;
//! Relationships::add_pointer(RuntimeOrigin::signed(PROVIDER), PATIENT, reference,
//!     category::LABORATORY, FieldSet(0b11), commitment)?; // pointer 0, fields 0 and 1
//! // The patient's summary shows `New`; they acknowledge.
//! Relationships::acknowledge(RuntimeOrigin::signed(PATIENT), PROVIDER)?;
//! Relationships::update_pointer(RuntimeOrigin::signed(PROVIDER), 0, new_commitment)?;
//! // Now it shows `Updated`.
//! ```
//!
//! ## Deposits
//!
//! Whoever creates storage pays for it, held under [`HoldReason::Relationship`]: the side
//! that opens a relationship pays for its record, the provider pays for each pointer (two
//! items: the pointer and its place in the relationship's list). `remove_pointer`, `terminate`
//! and the removal of an ended relationship's pointers release them. A viewer's entry in
//! [`SharedWith`] is paid for by the grant that created it, in the pallet that manages grants.
//!
//! ## Privacy
//!
//! Nothing stored or emitted is health information: participants are numbers and accounts, a
//! pointer's reference is 16 opaque bytes (a gatekeeper derives it with a keyed hash, so it
//! names neither the query nor the row), categories are coarse classes of a fixed vocabulary,
//! fields are codes, and data is represented by a commitment salted per record (the salt
//! travels with the data), so nobody can test guessed values against the chain.

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
	api::{Notification, PointerView, RelationshipView},
	api::{MAX_NOTIFICATIONS, MAX_POINTER_PAGE},
	cohort::{ActiveRelationships, RelationshipActivity},
	deposits,
	records::{
		category, CategoryCode, FieldSet, Grantee, PointerId, PointerInfo, RecordIndex, RecordRef,
		RelationshipStatus, SharingNotifier,
	},
	Hash, OnAccountRotated, ParticipantId, ParticipantRegistry,
};

/// Balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A relationship as stored.
pub type StoredRelationship<T> = Relationship<BalanceOf<T>, BlockNumberFor<T>>;

/// A pointer as stored.
pub type StoredPointer<T> = Pointer<BalanceOf<T>, BlockNumberFor<T>>;

/// Creates participants in benchmarks: the registry is another pallet's business.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Registers `who` as a patient.
	fn register_patient(who: &AccountId);
	/// Makes `who` an active provider.
	fn admit_provider(who: &AccountId);
}

#[frame::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version. 1: private pointers (opaque references) and whole
	/// histories (pointers listed in `PointersOf`, not in the relationship); no migration ships,
	/// as no live chain holds version 0 (the pallet README says what one would need).
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

		/// Who is a patient, who an active provider, and their participant numbers.
		type Registry: ParticipantRegistry<Self::AccountId>;

		/// Deposit per storage item created.
		#[pallet::constant]
		type DepositPerItem: Get<BalanceOf<Self>>;

		/// Deposit per byte of storage created.
		#[pallet::constant]
		type DepositPerByte: Get<BalanceOf<Self>>;

		/// Most pointers one call removes: `terminate` removes at most this many of the
		/// relationship's pointers itself and leaves the rest to idle time and `reap`.
		#[pallet::constant]
		type MaxRemovedAtOnce: Get<u32>;

		/// Most relationships (open or invited) one patient may have.
		#[pallet::constant]
		type MaxRelationshipsPerPatient: Get<u32>;

		/// Told when a relationship becomes or stops being active (the research pallet, which
		/// bounds research cohorts by active relationships); `()` for nobody.
		type OnActivityChange: RelationshipActivity;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Registers participants for benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Deposits for relationships and pointers.
		#[codec(index = 0)]
		Relationship,
	}

	/// Every relationship, by patient then provider: a patient's summary is one prefix.
	// Twox64Concat: participant numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type RelationshipsOf<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ParticipantId,
		Twox64Concat,
		ParticipantId,
		StoredRelationship<T>,
	>;

	/// How many relationships each patient has, to bound them.
	// Twox64Concat: participant numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type RelationshipCount<T: Config> =
		StorageMap<_, Twox64Concat, ParticipantId, u32, ValueQuery>;

	/// Patients' invitations, by provider then patient: a provider's inbox is one prefix.
	// Twox64Concat: participant numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type Invitations<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ParticipantId, Twox64Concat, ParticipantId, ()>;

	/// Each relationship's pointers, newest first: a page of them is one prefix read from any
	/// pointer on.
	// Twox64Concat: participant numbers are sequential, assigned by the registrar; Identity:
	// pointer ids are assigned by the pallet, and the key's bytes give the order.
	#[pallet::storage]
	pub type PointersOf<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, ParticipantId>,
			NMapKey<Twox64Concat, ParticipantId>,
			NMapKey<Identity, NewestFirst>,
		),
		(),
	>;

	/// Each provider's pointers by reference, so that a reference is published once and a
	/// gatekeeper finds what it published in one read.
	// Blake2_128Concat: references are chosen by providers.
	#[pallet::storage]
	pub type PointerByReference<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ParticipantId, Blake2_128Concat, RecordRef, PointerId>;

	/// Relationships that ended while holding more pointers than one call removes: how many are
	/// left, by patient then provider. Removed in idle time or by `reap`; the pair cannot open a
	/// new relationship until they are gone.
	// Twox64Concat: participant numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type Ending<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ParticipantId, Twox64Concat, ParticipantId, u32>;

	/// The id the next pointer gets.
	#[pallet::storage]
	pub type NextPointerId<T: Config> = StorageValue<_, PointerId, ValueQuery>;

	/// Every pointer, chain-wide, so that an access decision reads one item.
	// Twox64Concat: pointer ids are sequential, assigned by the pallet.
	#[pallet::storage]
	pub type Pointers<T: Config> = StorageMap<_, Twox64Concat, PointerId, StoredPointer<T>>;

	/// The viewer side of the summary: for each viewer, the patients who share with them.
	// Blake2_128Concat: grantees include user-chosen accounts; Twox64Concat: participant
	// numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type SharedWith<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		Grantee<T::AccountId>,
		Twox64Concat,
		ParticipantId,
		Shared<BlockNumberFor<T>>,
	>;

	/// The viewer-side entries not acknowledged yet (whether the viewer had acknowledged
	/// earlier sharing): a viewer's notifications are a prefix of this, however many patients
	/// share with them.
	// Blake2_128Concat: grantees include user-chosen accounts; Twox64Concat: participant
	// numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type SharedPending<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		Grantee<T::AccountId>,
		Twox64Concat,
		ParticipantId,
		bool,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A provider opened a relationship (`New`), or accepted a patient's invitation
		/// (`Acknowledged`).
		RelationshipOpened {
			/// The patient.
			patient: T::AccountId,
			/// The provider.
			provider: T::AccountId,
			/// `New`, or `Acknowledged` for an accepted invitation.
			status: RelationshipStatus,
		},
		/// A patient invited a provider to a relationship.
		ProviderInvited {
			/// The patient.
			patient: T::AccountId,
			/// The provider.
			provider: T::AccountId,
		},
		/// A provider added a pointer to a relationship.
		PointerAdded {
			/// The patient.
			patient: T::AccountId,
			/// The provider.
			provider: T::AccountId,
			/// The new pointer.
			pointer: PointerId,
			/// Its category.
			category: CategoryCode,
			/// The salted commitment to the data it returns.
			content_hash: Hash,
		},
		/// A provider recorded new data behind a pointer.
		PointerUpdated {
			/// The patient.
			patient: T::AccountId,
			/// The provider.
			provider: T::AccountId,
			/// The pointer.
			pointer: PointerId,
			/// The salted commitment to the data it returns now.
			content_hash: Hash,
		},
		/// A provider removed a pointer.
		PointerRemoved {
			/// The patient.
			patient: T::AccountId,
			/// The provider.
			provider: T::AccountId,
			/// The pointer, gone.
			pointer: PointerId,
		},
		/// The patient has seen the relationship's latest changes.
		RelationshipAcknowledged {
			/// The patient.
			patient: T::AccountId,
			/// The provider.
			provider: T::AccountId,
		},
		/// The patient refused the relationship.
		RelationshipRejected {
			/// The patient.
			patient: T::AccountId,
			/// The provider.
			provider: T::AccountId,
		},
		/// A relationship ended: nobody reaches its pointers any more, and its deposits are
		/// released as its pointers are removed.
		RelationshipTerminated {
			/// The patient.
			patient: T::AccountId,
			/// The provider.
			provider: T::AccountId,
			/// Which side ended it.
			by: Side,
			/// Pointers left to remove (in idle time, or by `reap`); 0 when all are gone.
			remaining: u32,
		},
		/// Pointers of an ended relationship were removed and their deposits released.
		PointersReaped {
			/// The patient.
			patient: T::AccountId,
			/// The provider.
			provider: T::AccountId,
			/// How many were removed.
			removed: u32,
			/// How many are left; 0 when all are gone.
			remaining: u32,
		},
		/// A viewer has seen what a patient shares with them.
		SharedAcknowledged {
			/// The viewer.
			viewer: T::AccountId,
			/// The patient.
			patient: T::AccountId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is not a registered patient. Patients register with the registrar.
		NotAPatient,
		/// The account is not an active provider: not admitted by the consortium, or
		/// suspended.
		NotAProvider,
		/// The account has never registered with the registrar, so it has no relationships.
		/// Register first (patients) or be admitted (providers).
		NotRegistered,
		/// The patient and the provider have no relationship (or the caller named the sides
		/// the wrong way round: the patient first, then the provider). A provider opens one
		/// with `open_relationship`, a patient invites with `invite_provider`.
		UnknownRelationship,
		/// No pointer has this id (never added, or removed since).
		UnknownPointer,
		/// The patient shares nothing with the caller, so there is nothing to acknowledge.
		NotShared,
		/// The relationship exists already (one per patient and provider).
		AlreadyExists,
		/// The caller is not a side of the relationship, or the pointer is another provider's.
		NotAuthorized,
		/// The patient has `MaxRelationshipsPerPatient` relationships.
		TooMany,
		/// There is nothing to acknowledge or reject in the relationship's status (see the
		/// status machine in the pallet docs).
		NotPending,
		/// The patient rejected the relationship: its pointers cannot be added or changed.
		Rejected,
		/// The relationship is an invitation the provider has not accepted; it accepts with
		/// `open_relationship`.
		NotOpen,
		/// The category is not in MedRec's vocabulary (`medrec_primitives::records::category`,
		/// listed in the pallets' README).
		UnknownCategory,
		/// The provider already published a pointer under this reference.
		DuplicateReference,
		/// The patient and provider's previous relationship ended with pointers still being
		/// removed; `reap` removes them now.
		StillEnding,
		/// No ended relationship between them has pointers left to remove.
		NothingToReap,
		/// A pointer must expose at least one field.
		NoFields,
		/// The content hash is the one already recorded; nothing to update.
		Unchanged,
		/// A patient and a provider are two accounts.
		SameAccount,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Removes ended relationships' pointers with the block's spare weight.
		fn on_idle(_n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::reap_idle(remaining)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Opens a relationship with `patient`, or accepts the patient's invitation.
		///
		/// ## Dispatch Origin
		/// Signed by an active provider.
		///
		/// ## Details
		/// A new relationship is `New` and holds one item's deposit from the provider; an
		/// accepted invitation becomes `Acknowledged` and keeps the patient's deposit. Either
		/// way it is active now: [`Config::OnActivityChange`] is told.
		///
		/// ## Events
		/// [`Event::RelationshipOpened`].
		#[pallet::call_index(0)]
		#[pallet::weight(
			T::WeightInfo::open_relationship().saturating_add(T::OnActivityChange::activity_weight())
		)]
		pub fn open_relationship(origin: OriginFor<T>, patient: T::AccountId) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			ensure!(provider != patient, Error::<T>::SameAccount);
			let provider_id = Self::active_provider_id(&provider)?;
			let patient_id = Self::patient_id(&patient)?;
			let now = frame_system::Pallet::<T>::block_number();
			let status = match RelationshipsOf::<T>::get(patient_id, provider_id) {
				Some(mut invited) if invited.status == RelationshipStatus::Invited => {
					invited.status = RelationshipStatus::Acknowledged;
					invited.changed_at = now;
					RelationshipsOf::<T>::insert(patient_id, provider_id, invited);
					Invitations::<T>::remove(provider_id, patient_id);
					RelationshipStatus::Acknowledged
				},
				Some(_) => Err(Error::<T>::AlreadyExists)?,
				None => {
					ensure!(
						!Ending::<T>::contains_key(patient_id, provider_id),
						Error::<T>::StillEnding
					);
					Self::create(patient_id, provider_id, &provider, Side::Provider)?;
					RelationshipStatus::New
				},
			};
			// Either way an inactive relationship (none, or an invitation) is active now.
			T::OnActivityChange::activated(patient_id, provider_id);
			Self::deposit_event(Event::RelationshipOpened { patient, provider, status });
			Ok(())
		}

		/// Invites `provider` to open a relationship with the caller.
		///
		/// ## Dispatch Origin
		/// Signed by a registered patient.
		///
		/// ## Details
		/// The relationship is `Invited` until the provider calls
		/// [`Pallet::open_relationship`]; it holds one item's deposit from the patient, who can
		/// withdraw with [`Pallet::terminate`].
		///
		/// ## Events
		/// [`Event::ProviderInvited`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::invite_provider())]
		pub fn invite_provider(origin: OriginFor<T>, provider: T::AccountId) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			ensure!(provider != patient, Error::<T>::SameAccount);
			let patient_id = Self::patient_id(&patient)?;
			let provider_id = Self::active_provider_id(&provider)?;
			ensure!(
				!RelationshipsOf::<T>::contains_key(patient_id, provider_id),
				Error::<T>::AlreadyExists
			);
			ensure!(!Ending::<T>::contains_key(patient_id, provider_id), Error::<T>::StillEnding);
			Self::create(patient_id, provider_id, &patient, Side::Patient)?;
			Invitations::<T>::insert(provider_id, patient_id, ());
			Self::deposit_event(Event::ProviderInvited { patient, provider });
			Ok(())
		}

		/// Adds a pointer to the relationship with `patient`.
		///
		/// ## Dispatch Origin
		/// Signed by the relationship's provider, active.
		///
		/// ## Details
		/// `reference` is 16 opaque bytes the provider's gatekeeper maps to one of its declared
		/// queries and an argument, unique among the provider's pointers; `category` is from
		/// the vocabulary of [`medrec_primitives::records::category`]; `fields` are the field
		/// codes the query returns; `content_hash` is the salted commitment to the data it
		/// returns. Holds a deposit for the pointer, its place in the relationship's list and
		/// its reference from the provider. An `Acknowledged` relationship becomes `Updated`.
		/// A relationship holds any number of pointers: the call costs the same at the first
		/// and at the ten-thousandth.
		///
		/// ## Events
		/// [`Event::PointerAdded`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::add_pointer())]
		pub fn add_pointer(
			origin: OriginFor<T>,
			patient: T::AccountId,
			reference: RecordRef,
			category: CategoryCode,
			fields: FieldSet,
			content_hash: Hash,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			let provider_id = Self::active_provider_id(&provider)?;
			let patient_id = Self::participant_id(&patient)?;
			let mut relationship = RelationshipsOf::<T>::get(patient_id, provider_id)
				.ok_or(Error::<T>::UnknownRelationship)?;
			Self::ensure_writable(relationship.status)?;
			ensure!(category::is_known(category), Error::<T>::UnknownCategory);
			ensure!(!fields.is_empty(), Error::<T>::NoFields);
			ensure!(
				!PointerByReference::<T>::contains_key(provider_id, reference),
				Error::<T>::DuplicateReference
			);

			let id = NextPointerId::<T>::get();
			NextPointerId::<T>::put(id.saturating_add(1));
			let now = frame_system::Pallet::<T>::block_number();
			let mut pointer = StoredPointer::<T> {
				patient: patient_id,
				provider: provider_id,
				reference,
				category,
				fields,
				content_hash,
				updated_at: now,
				deposit: Zero::zero(),
			};
			pointer.deposit = Self::pointer_deposit(&pointer);
			Self::hold(&provider, pointer.deposit)?;
			Pointers::<T>::insert(id, pointer);
			PointersOf::<T>::insert((patient_id, provider_id, newest_first(id)), ());
			PointerByReference::<T>::insert(provider_id, reference, id);
			relationship.pointers = relationship.pointers.saturating_add(1);
			Self::touch(&mut relationship, now);
			RelationshipsOf::<T>::insert(patient_id, provider_id, relationship);

			Self::deposit_event(Event::PointerAdded {
				patient,
				provider,
				pointer: id,
				category,
				content_hash,
			});
			Ok(())
		}

		/// Records that the data behind `pointer` changed: its new content hash.
		///
		/// ## Dispatch Origin
		/// Signed by the pointer's provider, active.
		///
		/// ## Details
		/// An `Acknowledged` relationship becomes `Updated`.
		///
		/// ## Events
		/// [`Event::PointerUpdated`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::update_pointer())]
		pub fn update_pointer(
			origin: OriginFor<T>,
			pointer: PointerId,
			content_hash: Hash,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			let provider_id = Self::active_provider_id(&provider)?;
			let mut record = Pointers::<T>::get(pointer).ok_or(Error::<T>::UnknownPointer)?;
			ensure!(record.provider == provider_id, Error::<T>::NotAuthorized);
			let mut relationship = RelationshipsOf::<T>::get(record.patient, provider_id)
				.ok_or(Error::<T>::UnknownRelationship)?;
			Self::ensure_writable(relationship.status)?;
			ensure!(record.content_hash != content_hash, Error::<T>::Unchanged);

			let now = frame_system::Pallet::<T>::block_number();
			record.content_hash = content_hash;
			record.updated_at = now;
			let patient_id = record.patient;
			Pointers::<T>::insert(pointer, record);
			Self::touch(&mut relationship, now);
			RelationshipsOf::<T>::insert(patient_id, provider_id, relationship);
			let patient = Self::account(patient_id)?;
			Self::deposit_event(Event::PointerUpdated { patient, provider, pointer, content_hash });
			Ok(())
		}

		/// Removes `pointer` and releases its deposit.
		///
		/// ## Dispatch Origin
		/// Signed by the pointer's provider (a suspended provider may still remove).
		///
		/// ## Details
		/// An `Acknowledged` relationship becomes `Updated`; a `Rejected` one stays `Rejected`.
		///
		/// ## Events
		/// [`Event::PointerRemoved`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::remove_pointer())]
		pub fn remove_pointer(origin: OriginFor<T>, pointer: PointerId) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			let record = Pointers::<T>::get(pointer).ok_or(Error::<T>::UnknownPointer)?;
			// Any account but the pointer's provider is refused alike, registered or not.
			let provider_id = record.provider;
			ensure!(
				T::Registry::participant_id(&provider) == Some(provider_id),
				Error::<T>::NotAuthorized
			);
			let mut relationship = RelationshipsOf::<T>::get(record.patient, provider_id)
				.ok_or(Error::<T>::UnknownRelationship)?;
			Self::forget(pointer, &record);
			relationship.pointers = relationship.pointers.saturating_sub(1);
			Self::release(&provider, record.deposit)?;
			if relationship.status != RelationshipStatus::Rejected {
				Self::touch(&mut relationship, frame_system::Pallet::<T>::block_number());
			}
			RelationshipsOf::<T>::insert(record.patient, provider_id, relationship);
			let patient = Self::account(record.patient)?;
			Self::deposit_event(Event::PointerRemoved { patient, provider, pointer });
			Ok(())
		}

		/// Marks the relationship with `provider` as seen: `New`, `Updated` or `Rejected`
		/// become `Acknowledged` (acknowledging a rejected relationship accepts it after all).
		///
		/// ## Dispatch Origin
		/// Signed by the relationship's patient.
		///
		/// ## Events
		/// [`Event::RelationshipAcknowledged`].
		#[pallet::call_index(5)]
		#[pallet::weight(
			T::WeightInfo::acknowledge().saturating_add(T::OnActivityChange::activity_weight())
		)]
		pub fn acknowledge(
			origin: OriginFor<T>,
			provider: T::AccountId,
		) -> DispatchResultWithPostInfo {
			let patient = ensure_signed(origin)?;
			let report = Self::set_status_by_patient(&patient, &provider, |status| {
				matches!(
					status,
					RelationshipStatus::New
						| RelationshipStatus::Updated
						| RelationshipStatus::Rejected
				)
				.then_some(RelationshipStatus::Acknowledged)
			})?;
			Self::deposit_event(Event::RelationshipAcknowledged { patient, provider });
			// Only taking back a rejection reports anything.
			Ok(Some(T::WeightInfo::acknowledge().saturating_add(report)).into())
		}

		/// Refuses the relationship with `provider`: the provider can no longer add or change
		/// pointers, and nobody but the patient can reach the ones it holds. Undo with
		/// [`Pallet::acknowledge`]; end it with [`Pallet::terminate`].
		///
		/// ## Dispatch Origin
		/// Signed by the relationship's patient.
		///
		/// ## Events
		/// [`Event::RelationshipRejected`].
		#[pallet::call_index(6)]
		#[pallet::weight(
			T::WeightInfo::reject().saturating_add(T::OnActivityChange::activity_weight())
		)]
		pub fn reject(origin: OriginFor<T>, provider: T::AccountId) -> DispatchResultWithPostInfo {
			let patient = ensure_signed(origin)?;
			let report = Self::set_status_by_patient(&patient, &provider, |status| {
				status.is_active().then_some(RelationshipStatus::Rejected)
			})?;
			Self::deposit_event(Event::RelationshipRejected { patient, provider });
			Ok(Some(T::WeightInfo::reject().saturating_add(report)).into())
		}

		/// Ends the relationship between `patient` and `provider`: nobody reaches its pointers
		/// from this block on, and every deposit it holds is released.
		///
		/// ## Dispatch Origin
		/// Signed by the patient or the provider (suspended or not).
		///
		/// ## Details
		/// Removes up to [`Config::MaxRemovedAtOnce`] pointers now; a longer history is
		/// removed in later blocks' idle time (or by anyone's [`Pallet::reap`]), and the two
		/// cannot open a new relationship until it is gone.
		///
		/// ## Events
		/// [`Event::RelationshipTerminated`].
		#[pallet::call_index(7)]
		#[pallet::weight(
			T::WeightInfo::terminate(T::MaxRemovedAtOnce::get())
				.saturating_add(T::OnActivityChange::activity_weight())
		)]
		pub fn terminate(
			origin: OriginFor<T>,
			patient: T::AccountId,
			provider: T::AccountId,
		) -> DispatchResultWithPostInfo {
			let caller = ensure_signed(origin)?;
			let by = if caller == patient {
				Side::Patient
			} else if caller == provider {
				Side::Provider
			} else {
				Err(Error::<T>::NotAuthorized)?
			};
			let patient_id = Self::participant_id(&patient)?;
			let provider_id = Self::participant_id(&provider)?;
			let relationship = RelationshipsOf::<T>::take(patient_id, provider_id)
				.ok_or(Error::<T>::UnknownRelationship)?;
			let removed = Self::remove_pointers(
				patient_id,
				provider_id,
				&provider,
				T::MaxRemovedAtOnce::get(),
			)?;
			let remaining = relationship.pointers.saturating_sub(removed);
			if remaining > 0 {
				Ending::<T>::insert(patient_id, provider_id, remaining);
			}
			let depositor = match relationship.opened_by {
				Side::Patient => &patient,
				Side::Provider => &provider,
			};
			Self::release(depositor, relationship.deposit)?;
			Invitations::<T>::remove(provider_id, patient_id);
			RelationshipCount::<T>::mutate_exists(patient_id, |n| {
				*n = n.map(|n| n.saturating_sub(1)).filter(|n| *n > 0)
			});
			let active = relationship.status.is_active();
			if active {
				T::OnActivityChange::deactivated(patient_id, provider_id);
			}
			Self::deposit_event(Event::RelationshipTerminated { patient, provider, by, remaining });
			// Ending an inactive relationship reported nothing.
			let report =
				if active { T::OnActivityChange::activity_weight() } else { Weight::zero() };
			Ok(Some(T::WeightInfo::terminate(removed).saturating_add(report)).into())
		}

		/// Marks what `patient` shares with the caller as seen.
		///
		/// ## Dispatch Origin
		/// Signed by the viewer.
		///
		/// ## Events
		/// [`Event::SharedAcknowledged`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::acknowledge_shared())]
		pub fn acknowledge_shared(origin: OriginFor<T>, patient: T::AccountId) -> DispatchResult {
			let viewer = ensure_signed(origin)?;
			let patient_id = Self::participant_id(&patient)?;
			let grantee = Grantee::of::<T::Registry>(viewer.clone());
			SharedWith::<T>::try_mutate(&grantee, patient_id, |entry| {
				let entry = entry.as_mut().ok_or(Error::<T>::NotShared)?;
				ensure!(!entry.acknowledged, Error::<T>::NotPending);
				entry.acknowledged = true;
				entry.updated = false;
				Ok::<_, Error<T>>(())
			})?;
			SharedPending::<T>::remove(&grantee, patient_id);
			Self::deposit_event(Event::SharedAcknowledged { viewer, patient });
			Ok(())
		}

		/// Removes up to `limit` (at most [`Config::MaxRemovedAtOnce`]) of the pointers an ended
		/// relationship between `patient` and `provider` still holds, releasing their deposits to
		/// the provider. Idle time does the same by itself; this is for whoever wants it done now
		/// (the provider, for its deposits; the pair, to open a new relationship).
		///
		/// ## Dispatch Origin
		/// Signed by anyone.
		///
		/// ## Events
		/// [`Event::PointersReaped`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::reap((*limit).min(T::MaxRemovedAtOnce::get())))]
		pub fn reap(
			origin: OriginFor<T>,
			patient: T::AccountId,
			provider: T::AccountId,
			limit: u32,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let patient_id = Self::participant_id(&patient)?;
			let provider_id = Self::participant_id(&provider)?;
			let limit = limit.min(T::MaxRemovedAtOnce::get());
			let removed = Self::reap_some(patient_id, provider_id, limit)?;
			Ok(Some(T::WeightInfo::reap(removed)).into())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Deposit for `items` storage items of `bytes` bytes in all.
	pub fn deposit_for(items: u32, bytes: u32) -> BalanceOf<T> {
		deposits::price(T::DepositPerItem::get(), T::DepositPerByte::get(), items, bytes)
	}

	/// The participant number of a registered patient.
	fn patient_id(who: &T::AccountId) -> Result<ParticipantId, DispatchError> {
		ensure!(T::Registry::is_patient(who), Error::<T>::NotAPatient);
		Self::participant_id(who)
	}

	/// The participant number of an active provider.
	fn active_provider_id(who: &T::AccountId) -> Result<ParticipantId, DispatchError> {
		ensure!(T::Registry::is_active_provider(who), Error::<T>::NotAProvider);
		Self::participant_id(who)
	}

	/// The participant number of anyone who ever registered.
	fn participant_id(who: &T::AccountId) -> Result<ParticipantId, DispatchError> {
		Ok(T::Registry::participant_id(who).ok_or(Error::<T>::NotRegistered)?)
	}

	/// The account that holds participant number `id` now. The registrar keeps an account for
	/// every number it ever gave (rotation moves it, nothing removes it), so a number stored
	/// here without one means the state is corrupt.
	fn account(id: ParticipantId) -> Result<T::AccountId, DispatchError> {
		T::Registry::account_of(id).ok_or(DispatchError::Corruption)
	}

	fn hold(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		deposits::hold::<T::Currency, _>(&HoldReason::Relationship.into(), who, amount)
	}

	fn release(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		deposits::release::<T::Currency, _>(&HoldReason::Relationship.into(), who, amount)
	}

	/// Stores a new relationship opened by `side`, whose account `payer` pays its deposit.
	fn create(
		patient: ParticipantId,
		provider: ParticipantId,
		payer: &T::AccountId,
		side: Side,
	) -> DispatchResult {
		let count = RelationshipCount::<T>::get(patient);
		ensure!(count < T::MaxRelationshipsPerPatient::get(), Error::<T>::TooMany);
		let now = frame_system::Pallet::<T>::block_number();
		let mut relationship = StoredRelationship::<T> {
			status: match side {
				Side::Provider => RelationshipStatus::New,
				Side::Patient => RelationshipStatus::Invited,
			},
			opened_by: side,
			opened_at: now,
			changed_at: now,
			pointers: 0,
			deposit: Zero::zero(),
		};
		// Pointers pay for their own places in the list.
		relationship.deposit = Self::deposit_for(1, relationship.encoded_size() as u32);
		Self::hold(payer, relationship.deposit)?;
		RelationshipsOf::<T>::insert(patient, provider, relationship);
		RelationshipCount::<T>::insert(patient, count.saturating_add(1));
		Ok(())
	}

	/// Whether the provider may add or change pointers in a relationship of this status.
	fn ensure_writable(status: RelationshipStatus) -> DispatchResult {
		match status {
			RelationshipStatus::Invited => Err(Error::<T>::NotOpen.into()),
			RelationshipStatus::Rejected => Err(Error::<T>::Rejected.into()),
			_ => Ok(()),
		}
	}

	/// Records a pointer change: the patient has something new to look at.
	fn touch(relationship: &mut StoredRelationship<T>, now: BlockNumberFor<T>) {
		if relationship.status == RelationshipStatus::Acknowledged {
			relationship.status = RelationshipStatus::Updated;
		}
		relationship.changed_at = now;
	}

	/// Moves the relationship between `patient` and `provider` to `next(status)`, or fails
	/// with [`Error::NotPending`] when `next` gives nothing; reports a change of activity.
	/// Returns the weight actually used beyond the call's own: the report's, if one was made.
	fn set_status_by_patient(
		patient: &T::AccountId,
		provider: &T::AccountId,
		next: impl FnOnce(RelationshipStatus) -> Option<RelationshipStatus>,
	) -> Result<Weight, DispatchError> {
		let patient_id = Self::participant_id(patient)?;
		let provider_id = Self::participant_id(provider)?;
		let (was, is) = RelationshipsOf::<T>::try_mutate(patient_id, provider_id, |r| {
			let r = r.as_mut().ok_or(Error::<T>::UnknownRelationship)?;
			let was = r.status;
			r.status = next(was).ok_or(Error::<T>::NotPending)?;
			r.changed_at = frame_system::Pallet::<T>::block_number();
			Ok::<_, DispatchError>((was.is_active(), r.status.is_active()))
		})?;
		match (was, is) {
			(false, true) => T::OnActivityChange::activated(patient_id, provider_id),
			(true, false) => T::OnActivityChange::deactivated(patient_id, provider_id),
			_ => return Ok(Weight::zero()),
		}
		Ok(T::OnActivityChange::activity_weight())
	}

	/// A pointer's deposit: three items (the pointer, its place in the relationship's list and
	/// its reference's index) and their bytes.
	fn pointer_deposit(pointer: &StoredPointer<T>) -> BalanceOf<T> {
		// A list entry's key and an index entry's key and value, beyond the maps' prefixes.
		const INDEX_BYTES: u32 = (8 + 8 + 8) + (8 + 16 + 16 + 8);
		Self::deposit_for(3, (pointer.encoded_size() as u32).saturating_add(INDEX_BYTES))
	}

	/// Removes pointer `id` (stored as `record`) from the pointer map and both indexes.
	fn forget(id: PointerId, record: &StoredPointer<T>) {
		Pointers::<T>::remove(id);
		PointersOf::<T>::remove((record.patient, record.provider, newest_first(id)));
		PointerByReference::<T>::remove(record.provider, record.reference);
	}

	/// Removes up to `limit` pointers of the pair's list, newest first, releasing their
	/// deposits to `provider`. Returns how many it removed.
	fn remove_pointers(
		patient: ParticipantId,
		provider: ParticipantId,
		provider_account: &T::AccountId,
		limit: u32,
	) -> Result<u32, DispatchError> {
		let ids: Vec<PointerId> = PointersOf::<T>::iter_key_prefix((patient, provider))
			.take(limit as usize)
			.map(pointer_of)
			.collect();
		for id in &ids {
			let record = Pointers::<T>::get(id).ok_or(DispatchError::Corruption)?;
			Self::forget(*id, &record);
			Self::release(provider_account, record.deposit)?;
		}
		Ok(ids.len() as u32)
	}

	/// Removes up to `limit` pointers of the ended relationship between `patient` and
	/// `provider`. Returns how many it removed.
	fn reap_some(
		patient: ParticipantId,
		provider: ParticipantId,
		limit: u32,
	) -> Result<u32, DispatchError> {
		let left = Ending::<T>::get(patient, provider).ok_or(Error::<T>::NothingToReap)?;
		let provider_account = Self::account(provider)?;
		let removed = Self::remove_pointers(patient, provider, &provider_account, limit)?;
		// A list that ran out before `limit` is empty, whatever the count said.
		let remaining = if removed < limit { 0 } else { left.saturating_sub(removed) };
		if removed < limit && removed != left {
			defensive!("an ended relationship's count disagreed with its list");
		}
		if remaining == 0 {
			Ending::<T>::remove(patient, provider);
		} else {
			Ending::<T>::insert(patient, provider, remaining);
		}
		Self::deposit_event(Event::PointersReaped {
			patient: Self::account(patient)?,
			provider: provider_account,
			removed,
			remaining,
		});
		Ok(removed)
	}

	/// `on_idle`: removes as many of one ended relationship's pointers as `remaining` weight
	/// allows. Returns the weight used.
	fn reap_idle(remaining: Weight) -> Weight {
		// Finding an ended relationship is one read (the first key of `Ending`).
		let find = T::DbWeight::get().reads(1);
		let base = T::WeightInfo::reap(0);
		let each = T::WeightInfo::reap(1).saturating_sub(base);
		let Some(spare) = remaining.checked_sub(&find.saturating_add(base)) else {
			return Weight::zero();
		};
		// A removal that costs nothing of a dimension is not limited by it.
		let fits = |spare: u64, each: u64| spare.checked_div(each).unwrap_or(u64::MAX);
		let n = fits(spare.ref_time(), each.ref_time())
			.min(fits(spare.proof_size(), each.proof_size()))
			.min(T::MaxRemovedAtOnce::get() as u64) as u32;
		if n == 0 {
			return Weight::zero();
		}
		let Some((patient, provider, _)) = Ending::<T>::iter().next() else {
			return find;
		};
		match Self::reap_some(patient, provider, n) {
			Ok(removed) => find.saturating_add(T::WeightInfo::reap(removed)),
			Err(_) => {
				defensive!("an ended relationship's pointers could not be removed");
				find.saturating_add(T::WeightInfo::reap(n))
			},
		}
	}

	fn view(id: PointerId, pointer: StoredPointer<T>) -> PointerView<BlockNumberFor<T>> {
		PointerView {
			id,
			patient: pointer.patient,
			reference: pointer.reference,
			category: pointer.category,
			fields: pointer.fields,
			content_hash: pointer.content_hash,
			updated_at: pointer.updated_at,
		}
	}

	/// `MedRecApi::pointer`: the pointer `id`, if it exists.
	pub fn pointer_view(id: PointerId) -> Option<PointerView<BlockNumberFor<T>>> {
		Pointers::<T>::get(id).map(|p| Self::view(id, p))
	}

	/// `MedRecApi::patient_summary`: every relationship of `patient` (at most
	/// `MaxRelationshipsPerPatient`), with how many pointers each holds.
	pub fn patient_summary(
		patient: T::AccountId,
	) -> Vec<RelationshipView<T::AccountId, BlockNumberFor<T>>> {
		let Some(patient_id) = T::Registry::participant_id(&patient) else {
			return Vec::new();
		};
		RelationshipsOf::<T>::iter_prefix(patient_id)
			.filter_map(|(provider_id, r)| {
				Some(RelationshipView {
					provider: T::Registry::account_of(provider_id)?,
					provider_id,
					status: r.status,
					opened_at: r.opened_at,
					changed_at: r.changed_at,
					pointers: r.pointers,
				})
			})
			.collect()
	}

	/// `MedRecApi::pointers`: a page of the pointers between `patient` and `provider`, newest
	/// first, added before pointer `before` (`None`: from the newest), at most `limit` and
	/// [`MAX_POINTER_PAGE`]. Reads the page and nothing else, whatever the history's length.
	pub fn pointers(
		patient: T::AccountId,
		provider: T::AccountId,
		before: Option<PointerId>,
		limit: u32,
	) -> Vec<PointerView<BlockNumberFor<T>>> {
		let (Some(patient_id), Some(provider_id)) =
			(T::Registry::participant_id(&patient), T::Registry::participant_id(&provider))
		else {
			return Vec::new();
		};
		// An ended relationship's pointers, not yet removed, are nobody's to list.
		if !RelationshipsOf::<T>::contains_key(patient_id, provider_id) {
			return Vec::new();
		}
		let keys = match before {
			None => PointersOf::<T>::iter_key_prefix((patient_id, provider_id)),
			Some(before) => PointersOf::<T>::iter_key_prefix_from(
				(patient_id, provider_id),
				PointersOf::<T>::hashed_key_for((patient_id, provider_id, newest_first(before))),
			),
		};
		keys.take(limit.min(MAX_POINTER_PAGE) as usize)
			.filter_map(|key| {
				let id = pointer_of(key);
				Self::pointer_view(id)
			})
			.collect()
	}

	/// `MedRecApi::pointer_by_reference`: the pointer `provider` published under `reference`.
	pub fn pointer_by_reference(provider: T::AccountId, reference: RecordRef) -> Option<PointerId> {
		PointerByReference::<T>::get(T::Registry::participant_id(&provider)?, reference)
	}

	/// `MedRecApi::notifications`: what waits for `who` as a patient, a provider and a viewer.
	pub fn notifications(who: T::AccountId) -> Vec<Notification<T::AccountId>> {
		let mut out = Vec::new();
		let id = T::Registry::participant_id(&who);
		// Each kind is capped: a provider's inbox of invitations and a viewer's list of
		// patients grow without bound, an answer must not.
		let cap = MAX_NOTIFICATIONS as usize;
		if let Some(id) = id {
			out.extend(
				RelationshipsOf::<T>::iter_prefix(id)
					.filter_map(|(provider, r)| {
						r.status.is_pending().then(|| {
							T::Registry::account_of(provider).map(|provider| {
								Notification::Relationship { provider, status: r.status }
							})
						})?
					})
					.take(cap),
			);
			out.extend(Invitations::<T>::iter_key_prefix(id).take(cap).filter_map(|patient| {
				T::Registry::account_of(patient).map(|patient| Notification::Invitation { patient })
			}));
		}
		// Sharing reaches `who` by participant number, and, for sharing that began before
		// `who` registered, by account.
		let grantees = id.map(Grantee::Participant).into_iter().chain([Grantee::Account(who)]);
		let pending = grantees.flat_map(SharedPending::<T>::iter_prefix).take(cap).filter_map(
			|(patient, updated)| {
				T::Registry::account_of(patient)
					.map(|patient| Notification::Shared { patient, updated })
			},
		);
		out.extend(pending);
		out
	}

	/// Checks the pallet's invariants: counts match, every pointer is in its relationship's
	/// list (or its ended relationship's) and in its provider's index, both indexes and the
	/// invitations agree with what they index, pending sharing matches the viewers' entries.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		use alloc::collections::BTreeMap;
		let next = NextPointerId::<T>::get();
		let mut counts = BTreeMap::<ParticipantId, u32>::new();
		let mut listed = BTreeMap::<(ParticipantId, ParticipantId), u32>::new();
		for (patient, provider, key) in PointersOf::<T>::iter_keys() {
			let id = pointer_of(key);
			ensure!(id < next, "a pointer id not yet assigned");
			let p = Pointers::<T>::get(id).ok_or("a relationship lists a missing pointer")?;
			ensure!(
				p.patient == patient && p.provider == provider,
				"pointer in wrong relationship"
			);
			ensure!(
				PointerByReference::<T>::get(provider, p.reference) == Some(id),
				"a pointer missing from its provider's index"
			);
			let n = listed.entry((patient, provider)).or_default();
			*n = n.saturating_add(1);
		}
		let total: u32 = listed.values().sum();
		ensure!(Pointers::<T>::iter().count() == total as usize, "pointers outside relationships");
		ensure!(
			PointerByReference::<T>::iter().count() == total as usize,
			"the reference index names missing pointers"
		);
		for (patient, provider, r) in RelationshipsOf::<T>::iter() {
			let n = counts.entry(patient).or_default();
			*n = n.saturating_add(1);
			ensure!(
				(r.status == RelationshipStatus::Invited)
					== Invitations::<T>::contains_key(provider, patient),
				"invitation index disagrees"
			);
			ensure!(
				r.status != RelationshipStatus::Invited || r.pointers == 0,
				"an invitation holds pointers"
			);
			ensure!(
				listed.remove(&(patient, provider)).unwrap_or(0) == r.pointers,
				"a relationship's pointer count disagrees with its list"
			);
			ensure!(!Ending::<T>::contains_key(patient, provider), "a relationship still ending");
		}
		for (patient, provider, left) in Ending::<T>::iter() {
			ensure!(left > 0, "an ended relationship with nothing left");
			ensure!(
				listed.remove(&(patient, provider)) == Some(left),
				"an ended relationship's count disagrees with its list"
			);
		}
		ensure!(listed.is_empty(), "pointers listed under no relationship");
		for (patient, n) in RelationshipCount::<T>::iter() {
			ensure!(counts.get(&patient) == Some(&n), "relationship count disagrees");
		}
		ensure!(
			RelationshipCount::<T>::iter().count() == counts.len(),
			"relationship count missing"
		);
		for (provider, patient, ()) in Invitations::<T>::iter() {
			ensure!(
				RelationshipsOf::<T>::get(patient, provider)
					.is_some_and(|r| r.status == RelationshipStatus::Invited),
				"an invitation without its relationship"
			);
		}
		for (viewer, patient, entry) in SharedWith::<T>::iter() {
			ensure!(
				SharedPending::<T>::get(&viewer, patient)
					== (!entry.acknowledged).then_some(entry.updated),
				"pending sharing disagrees with the viewer's entry"
			);
		}
		ensure!(
			SharedPending::<T>::iter().count()
				== SharedWith::<T>::iter().filter(|(_, _, e)| !e.acknowledged).count(),
			"pending sharing without an entry"
		);
		Ok(())
	}
}

impl<T: Config> RecordIndex for Pallet<T> {
	fn pointer(id: PointerId) -> Option<PointerInfo> {
		let p = Pointers::<T>::get(id)?;
		Some(PointerInfo {
			patient: p.patient,
			provider: p.provider,
			category: p.category,
			fields: p.fields,
			content_hash: p.content_hash,
		})
	}

	fn is_active(patient: ParticipantId, provider: ParticipantId) -> bool {
		RelationshipsOf::<T>::get(patient, provider).is_some_and(|r| r.status.is_active())
	}

	fn query_weight() -> Weight {
		T::WeightInfo::record_query()
	}
}

/// What the research pallet asks when a patient's consent comes or goes: the patient's active
/// providers, found by reading each of the patient's relationships once.
impl<T: Config> ActiveRelationships for Pallet<T> {
	fn max_relationships() -> u32 {
		T::MaxRelationshipsPerPatient::get()
	}

	fn active_providers(patient: ParticipantId) -> (Vec<ParticipantId>, u32) {
		let mut read = 0u32;
		let active = RelationshipsOf::<T>::iter_prefix(patient)
			.inspect(|_| read = read.saturating_add(1))
			.filter_map(|(provider, r)| r.status.is_active().then_some(provider))
			.collect();
		(active, read)
	}
}

/// Other pallets' benchmarks open relationships the way a provider does.
#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> medrec_primitives::cohort::ActiveRelationshipsBenchmarkHelper<T::AccountId>
	for Pallet<T>
{
	fn activate(patient: &T::AccountId, provider: &T::AccountId) {
		Self::open_relationship(
			frame_system::RawOrigin::Signed(provider.clone()).into(),
			patient.clone(),
		)
		.expect("a funded active provider opens a relationship with a registered patient; qed");
	}
}

impl<T: Config> SharingNotifier<T::AccountId> for Pallet<T> {
	fn shared(viewer: &Grantee<T::AccountId>, patient: ParticipantId) {
		let now = frame_system::Pallet::<T>::block_number();
		SharedWith::<T>::mutate(viewer, patient, |entry| {
			let updated = entry.as_ref().is_some_and(|e| e.acknowledged || e.updated);
			*entry = Some(Shared { acknowledged: false, updated, changed_at: now });
			SharedPending::<T>::insert(viewer, patient, updated);
		});
	}

	fn unshared(viewer: &Grantee<T::AccountId>, patient: ParticipantId) {
		SharedWith::<T>::remove(viewer, patient);
		SharedPending::<T>::remove(viewer, patient);
	}

	fn sharing_with(viewer: &Grantee<T::AccountId>) -> Vec<ParticipantId> {
		SharedWith::<T>::iter_key_prefix(viewer).collect()
	}

	fn notify_weight() -> Weight {
		T::WeightInfo::notify()
	}
}

/// Relationships and pointers are keyed by participant numbers and need nothing; the deposits
/// they hold move to the new account.
impl<T: Config> OnAccountRotated<T::AccountId> for Pallet<T> {
	fn on_account_rotated(old: &T::AccountId, new: &T::AccountId) -> Weight {
		let reason = HoldReason::Relationship.into();
		if deposits::follow_rotation::<T::Currency, _>(&reason, old, new).is_err() {
			defensive!("relationship deposits could not follow an account rotation");
		}
		T::WeightInfo::on_account_rotated()
	}

	fn max_weight() -> Weight {
		T::WeightInfo::on_account_rotated()
	}
}
