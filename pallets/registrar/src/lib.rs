//! # Registrar
//!
//! Who takes part in MedRec, and as what.
//!
//! ## Overview
//!
//! MedRec's Registrar maps identities to accounts and rules who may register:
//!
//! - **Patients** register themselves ([`Pallet::register_patient`]).
//! - **Providers** and **researchers** are admitted by the consortium ([`Pallet::admit`], origin
//!   [`Config::AdmitOrigin`]), which can suspend, reinstate and revoke them.
//! - A participant may bind **hashed identifiers** ([`Pallet::bind_identifier`]): the BLAKE2-256
//!   hash of a salted external identifier (an MRN, a national ID, a provider number). Each hash
//!   belongs to one account, so a provider can find the account of the patient in front of it by
//!   hashing what it knows; the plaintext never reaches the chain.
//! - A provider publishes a **profile** ([`Pallet::set_provider_profile`]): its public institution
//!   name, its gatekeeper's URL and the gatekeeper's receipt-signing key.
//! - A provider's gatekeeper **anchors receipts** ([`Pallet::anchor_receipts`]): the Merkle root
//!   of the signed receipts it wrote for its disclosures, so patients can verify theirs.
//! - A provider manages **groups** of accounts (an emergency department, a care team) that can
//!   receive access as one ([`Pallet::create_group`]).
//! - A registration can move to a new account ([`Pallet::rotate_account`]) after a lost or
//!   compromised key; pallets keyed by account follow through [`Config::OnAccountRotated`].
//!
//! Everything a participant creates is paid for by a deposit held from them
//! ([`HoldReason::Registration`]) and released when the item goes.
//!
//! ## Pallet API
//!
//! See [`Call`] for the calls, [`Event`] for what they emit and [`Error`] for why they fail.
//! Other pallets use [`medrec_primitives::ParticipantRegistry`], implemented by [`Pallet`].
//!
//! ### Example
//!
//! A patient registers, the consortium admits a provider, the provider publishes its
//! gatekeeper and puts a nurse in its emergency department's group (the test
//! `tests::registration_lifecycle` runs exactly this):
//!
//! ```ignore
//! Registrar::register_patient(RuntimeOrigin::signed(ALICE))?;
//! Registrar::admit(consortium_origin, BOB, Role::Provider)?;
//! Registrar::set_provider_profile(
//!     RuntimeOrigin::signed(BOB),
//!     b"General Hospital".to_vec(),
//!     b"https://gatekeeper.general.example".to_vec(),
//!     gatekeeper_public_key,
//! )?;
//! Registrar::create_group(RuntimeOrigin::signed(BOB))?; // group 0
//! Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, DAVE)?;
//! assert!(Registrar::is_group_member(0, &DAVE));
//! ```
//!
//! ## Lifecycle of a provider
//!
//! 1. The institution's account is admitted by two thirds of the consortium
//!    (`admit(who, Role::Provider)`).
//! 2. It publishes its profile: public name, gatekeeper URL, receipt-signing key
//!    (`set_provider_profile`; a deposit sized by the profile is held).
//! 3. It creates groups for its departments and adds staff accounts (`create_group`,
//!    `add_group_member`); patients can then grant access to a group as a whole.
//! 4. If it misbehaves, the consortium suspends it (`suspend`): it stops being an active provider
//!    at once, for every pallet that asks. `reinstate` undoes that; `revoke_role` ends it, removing
//!    the profile and releasing its deposit.
//!
//! ## Groups and when members joined
//!
//! Each membership records the block its member joined in (the member's [`Cards`] entry holds
//! [`CardMembership`]s), and [`ParticipantRegistry::groups_of`] returns it with the group. A
//! patient who grants to a group sees who is in it at that moment; the pallet that decides
//! access uses the block to keep members its owner adds later from inheriting the grant. A
//! member who leaves and is added again counts from the new block; a rotation keeps the block,
//! as the member is the same person on a new key.
//!
//! ## Storage versions
//!
//! - 0: the first layout.
//! - 1: `MembershipsOf` holds a [`Membership`] (group and join block) per group instead of a
//!   group id.
//! - 2: an account's participant number and memberships live in one [`Cards`] entry (replacing
//!   `ParticipantIdOf` and `MembershipsOf`), each membership says whether its group's owner is
//!   an active provider, and a [`Participant`] record carries its number: an access decision
//!   reads one item per viewer, and "is this a patient, and which" one item.
//!
//! No migration ships with these: no live chain holds an earlier version (MedRec's chains
//! start from a genesis built by the runtime that has the current one), so the runtime's
//! `Migrations` lists none. Once a chain is live, every layout change ships its migration in
//! `migrations/` and in that list.
//!
//! ## Safety Considerations
//!
//! - `rotate_account` moves everything, deposits included, to an account the caller names: a typo
//!   hands the registration to someone else. Wallets should make the user sign with the new key
//!   first (e.g. a proxy or recovery set-up) before rotating.
//! - `force_rotate_account` lets the consortium move any registration; it needs two thirds of the
//!   member institutions in the runtime, and is meant for keys lost without a recovery set-up.
//! - Identifier hashes are salted so that a hash cannot be reversed by trying every MRN; the salt
//!   is a secret between the patient and their providers, never on chain.
//!
//! ## Privacy
//!
//! No protected health information is stored or emitted: identifiers are salted hashes, the
//! profile holds public institution data, roles and reasons are codes.

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
	traits::{
		fungible::{Inspect, InspectHold, Mutate, MutateHold},
		tokens::{Fortitude, Precision, Restriction},
	},
};
use medrec_primitives::{
	deposits,
	records::{AnchorTotals, ReceiptAnchor},
	BlockNumber, GroupId, Hash, Membership, OnAccountRotated, ParticipantId, ParticipantRegistry,
};

/// Balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A provider profile as stored.
pub type ProfileOf<T> =
	ProviderProfile<BalanceOf<T>, <T as Config>::MaxNameLen, <T as Config>::MaxEndpointLen>;

/// An institution name as stored.
pub type NameOf<T> = BoundedVec<u8, <T as Config>::MaxNameLen>;

/// A gatekeeper URL as stored.
pub type EndpointOf<T> = BoundedVec<u8, <T as Config>::MaxEndpointLen>;

/// An account's card as stored.
pub type CardOf<T> = Card<<T as Config>::MaxMemberships>;

/// An identifier hash: BLAKE2-256 of a salted external identifier.
pub type IdentifierHash = H256;

#[frame::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version; the crate docs list what each version changed.
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

		/// The consortium: admits, suspends and revokes providers and researchers, and may
		/// edit profiles and rotate accounts.
		type AdmitOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Deposit per storage item a participant creates.
		#[pallet::constant]
		type DepositPerItem: Get<BalanceOf<Self>>;

		/// Deposit per byte of storage a participant creates.
		#[pallet::constant]
		type DepositPerByte: Get<BalanceOf<Self>>;

		/// Longest institution name, in bytes.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// Longest gatekeeper URL, in bytes.
		#[pallet::constant]
		type MaxEndpointLen: Get<u32>;

		/// Most identifier hashes one participant may bind.
		#[pallet::constant]
		type MaxIdentifiers: Get<u32>;

		/// Most members of one group.
		#[pallet::constant]
		type MaxGroupMembers: Get<u32>;

		/// Most groups one provider may manage.
		#[pallet::constant]
		type MaxGroupsPerOwner: Get<u32>;

		/// Most groups one account may belong to.
		#[pallet::constant]
		type MaxMemberships: Get<u32>;

		/// Most receipts one anchor may cover.
		#[pallet::constant]
		type MaxReceiptsPerAnchor: Get<u32>;

		/// Pallets that keep per-account state and follow account rotations.
		type OnAccountRotated: OnAccountRotated<Self::AccountId>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Deposits for registrations, profiles, identifiers and groups.
		#[codec(index = 0)]
		Registration,
	}

	/// Every registered participant.
	// Blake2_128Concat: accounts are user-chosen keys.
	#[pallet::storage]
	pub type Participants<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, Participant<BalanceOf<T>>>;

	/// The participant number the next new account gets.
	#[pallet::storage]
	pub type NextParticipantId<T: Config> = StorageValue<_, ParticipantId, ValueQuery>;

	/// Each account's card: its participant number (kept when a participant leaves, so that
	/// coming back restores their number and whatever other pallets keep under it; moved by
	/// rotation) and the groups it is in, with the block it joined each and whether the
	/// group's owner is an active provider. What an access decision needs to know of a
	/// viewer, in one read.
	// Blake2_128Concat: accounts are user-chosen keys.
	#[pallet::storage]
	pub type Cards<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, CardOf<T>>;

	/// The account holding each participant number.
	// Twox64Concat: numbers are sequential, assigned by the pallet.
	#[pallet::storage]
	pub type AccountOf<T: Config> = StorageMap<_, Twox64Concat, ParticipantId, T::AccountId>;

	/// Providers' public profiles.
	// Blake2_128Concat: accounts are user-chosen keys.
	#[pallet::storage]
	pub type ProviderProfiles<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ProfileOf<T>>;

	/// The account each identifier hash belongs to.
	// Blake2_128Concat: the hashes are user-chosen (salted) keys.
	#[pallet::storage]
	pub type IdentifierOwner<T: Config> =
		StorageMap<_, Blake2_128Concat, IdentifierHash, T::AccountId>;

	/// The identifier hashes of each account, and the deposit each holds.
	// Blake2_128Concat: accounts are user-chosen keys.
	#[pallet::storage]
	pub type IdentifiersOf<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<(IdentifierHash, BalanceOf<T>), T::MaxIdentifiers>,
		ValueQuery,
	>;

	/// The id the next group gets.
	#[pallet::storage]
	pub type NextGroupId<T: Config> = StorageValue<_, GroupId, ValueQuery>;

	/// Every group.
	// Twox64Concat: group ids are sequential, assigned by the pallet.
	#[pallet::storage]
	pub type Groups<T: Config> =
		StorageMap<_, Twox64Concat, GroupId, Group<T::AccountId, BalanceOf<T>>>;

	/// Group membership, for one-read membership checks and for finding a group's members
	/// when it is dissolved or its owner's standing changes. When a member joined is kept in
	/// the member's [`Cards`] entry only.
	// Twox64Concat: pallet-assigned ids; Blake2_128Concat: accounts are user-chosen.
	#[pallet::storage]
	pub type GroupMembers<T: Config> =
		StorageDoubleMap<_, Twox64Concat, GroupId, Blake2_128Concat, T::AccountId, ()>;

	/// The groups each provider manages.
	// Blake2_128Concat: accounts are user-chosen keys.
	#[pallet::storage]
	pub type GroupsOwnedBy<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<GroupId, T::MaxGroupsPerOwner>,
		ValueQuery,
	>;

	/// Each provider's receipt anchors, by provider number and anchor index. Kept forever:
	/// they are the audit trail patients verify their receipts against.
	// Twox64Concat: provider numbers and indices are sequential, assigned by the chain.
	#[pallet::storage]
	pub type ReceiptAnchors<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ParticipantId,
		Twox64Concat,
		u32,
		ReceiptAnchor<BlockNumberFor<T>>,
	>;

	/// What each provider has anchored so far.
	#[pallet::storage]
	pub type AnchorTotalsOf<T: Config> =
		StorageMap<_, Twox64Concat, ParticipantId, AnchorTotals, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A patient registered.
		PatientRegistered {
			/// The patient's account.
			who: T::AccountId,
			/// The patient's participant number.
			id: ParticipantId,
		},
		/// The consortium admitted a participant to a role.
		Admitted {
			/// The participant.
			who: T::AccountId,
			/// The participant's number.
			id: ParticipantId,
			/// The role: provider or researcher.
			role: Role,
		},
		/// A role ended: the consortium revoked it, or a patient left.
		RoleRevoked {
			/// The participant.
			who: T::AccountId,
			/// The role.
			role: Role,
		},
		/// The consortium suspended a participant's provider and researcher roles.
		Suspended {
			/// The participant.
			who: T::AccountId,
			/// Opaque reason code, meaningful to the consortium.
			reason: u16,
		},
		/// The consortium lifted a suspension.
		Reinstated {
			/// The participant.
			who: T::AccountId,
		},
		/// A provider's profile was set or changed.
		ProviderProfileSet {
			/// The provider.
			provider: T::AccountId,
		},
		/// An identifier hash was bound to an account.
		IdentifierBound {
			/// The account.
			who: T::AccountId,
			/// The hash.
			identifier: IdentifierHash,
		},
		/// An identifier hash was released.
		IdentifierUnbound {
			/// The account it belonged to.
			who: T::AccountId,
			/// The hash.
			identifier: IdentifierHash,
		},
		/// A provider created a group.
		GroupCreated {
			/// The new group.
			group: GroupId,
			/// The provider managing it.
			owner: T::AccountId,
		},
		/// An account joined a group.
		GroupMemberAdded {
			/// The group.
			group: GroupId,
			/// The new member.
			who: T::AccountId,
		},
		/// An account left a group.
		GroupMemberRemoved {
			/// The group.
			group: GroupId,
			/// The former member.
			who: T::AccountId,
		},
		/// A group was dissolved.
		GroupDissolved {
			/// The group.
			group: GroupId,
		},
		/// A registration moved to a new account.
		AccountRotated {
			/// The account it was held by.
			old: T::AccountId,
			/// The account that holds it now.
			new: T::AccountId,
		},
		/// A provider's gatekeeper anchored the root of its next receipts.
		ReceiptsAnchored {
			/// The provider.
			provider: T::AccountId,
			/// The anchor's index among the provider's anchors.
			index: u32,
			/// The Merkle root of the receipts.
			root: Hash,
			/// The number of the first receipt under it.
			first: u64,
			/// How many receipts are under it.
			count: u32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is not registered. Patients register themselves; providers and
		/// researchers are admitted by the consortium.
		NotRegistered,
		/// The account already holds this role: nothing to register or admit.
		RoleAlreadyHeld,
		/// The account does not hold this role, so it cannot leave it or lose it.
		RoleNotHeld,
		/// The consortium admits and revokes providers and researchers only; patients
		/// register and leave by themselves.
		RoleNotAdmissible,
		/// The account is not a provider: only a provider has a profile, manages groups and
		/// anchors receipts. The consortium admits providers.
		NotAProvider,
		/// The consortium has suspended this provider or researcher; it cannot act as one
		/// until the consortium reinstates it.
		Suspended,
		/// The account is suspended already.
		AlreadySuspended,
		/// The account is not suspended, so there is nothing to reinstate.
		NotSuspended,
		/// A patient who is also a provider or researcher cannot leave while admitted: the
		/// consortium revokes those roles first.
		StillAdmitted,
		/// No account has bound this identifier hash.
		UnknownIdentifier,
		/// This identifier hash is bound to an account already (perhaps yours); a hash belongs
		/// to one account.
		IdentifierAlreadyBound,
		/// This identifier hash is bound to another account; only that account can release it.
		NotIdentifierOwner,
		/// The account has bound `MaxIdentifiers` identifiers; release one first.
		TooManyIdentifiers,
		/// No group has this id; it was never created or has been dissolved.
		UnknownGroup,
		/// Only the group's owner may add members or dissolve it; a member may remove only
		/// themself.
		NotGroupOwner,
		/// The account is not a member of this group.
		NotAGroupMember,
		/// The account is a member of this group already.
		AlreadyAGroupMember,
		/// The group has `MaxGroupMembers` members; remove one first.
		GroupFull,
		/// The provider manages `MaxGroupsPerOwner` groups; dissolve one first.
		TooManyGroups,
		/// The account belongs to `MaxMemberships` groups; it must leave one first.
		TooManyMemberships,
		/// Every group id has been used; ids are never reused, so no group can be created.
		GroupIdsExhausted,
		/// The institution name is longer than `MaxNameLen` bytes.
		NameTooLong,
		/// The institution name is empty or not UTF-8.
		InvalidName,
		/// The gatekeeper URL is longer than `MaxEndpointLen` bytes.
		EndpointTooLong,
		/// The gatekeeper URL must be `https://host…` (or `http://` to a loopback host),
		/// printable ASCII without spaces.
		InvalidEndpoint,
		/// An account cannot be rotated to itself.
		SameAccount,
		/// The new account of a rotation is or was registered, belongs to groups or still
		/// manages groups: what the registrar keeps for it would be overwritten. Rotate to an
		/// account never used with MedRec.
		NewAccountInUse,
		/// The new account of a rotation holds no funds, so deposits cannot be held on it;
		/// transfer at least the existential deposit to it first.
		NewAccountUnfunded,
		/// An anchor covers at least one receipt.
		EmptyAnchor,
		/// An anchor covers at most `MaxReceiptsPerAnchor` receipts; split them.
		TooManyReceipts,
		/// The provider's anchor or receipt count would overflow.
		AnchorOverflow,
		/// An anchor must start right after the receipts already anchored: `first` differs
		/// from the provider's anchored total, so this range is anchored already (a repeated
		/// submission) or receipts before it are not. Read `MedRecApi_receipt_anchors` and
		/// anchor from its `receipts`.
		AnchorNotNext,
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
		/// Registers the caller as a patient.
		///
		/// ## Dispatch Origin
		/// Signed by the patient.
		///
		/// ## Details
		/// Holds [`Config::DepositPerItem`] plus the record's size in
		/// [`Config::DepositPerByte`], unless the caller is registered already (a provider
		/// may also be a patient); released by [`Pallet::deregister`].
		///
		/// ## Events
		/// [`Event::PatientRegistered`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_patient())]
		pub fn register_patient(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			match Participants::<T>::get(&who) {
				Some(p) if p.roles.contains(Role::Patient) => Err(Error::<T>::RoleAlreadyHeld)?,
				Some(mut p) => {
					p.roles = p.roles.with(Role::Patient);
					Participants::<T>::insert(&who, p);
				},
				None => {
					let deposit = Self::record_deposit();
					T::Currency::hold(&HoldReason::Registration.into(), &who, deposit)?;
					Participants::<T>::insert(
						&who,
						Participant {
							id: Self::ensure_participant_id(&who),
							roles: Roles::NONE.with(Role::Patient),
							suspended: false,
							deposit,
						},
					);
				},
			}
			let id = Self::ensure_participant_id(&who);
			Self::deposit_event(Event::PatientRegistered { who, id });
			Ok(())
		}

		/// Leaves MedRec as a patient: removes the patient role and, if no other role is
		/// left, the registration, its identifiers and their deposits.
		///
		/// ## Dispatch Origin
		/// Signed by the patient.
		///
		/// ## Details
		/// A provider or researcher role must be revoked by the consortium first
		/// ([`Error::StillAdmitted`]).
		///
		/// ## Events
		/// [`Event::IdentifierUnbound`] for each identifier, [`Event::RoleRevoked`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::deregister(T::MaxIdentifiers::get()))]
		pub fn deregister(origin: OriginFor<T>) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let participant = Participants::<T>::get(&who).ok_or(Error::<T>::NotRegistered)?;
			ensure!(participant.roles.contains(Role::Patient), Error::<T>::RoleNotHeld);
			let remaining = participant.roles.without(Role::Patient);
			ensure!(remaining.is_empty(), Error::<T>::StillAdmitted);

			let count = Self::release_identifiers(&who)?;
			Participants::<T>::remove(&who);
			Self::release(&who, participant.deposit)?;
			Self::deposit_event(Event::RoleRevoked { who, role: Role::Patient });
			Ok(Some(T::WeightInfo::deregister(count)).into())
		}

		/// Admits `who` to `role`: [`Role::Provider`] or [`Role::Researcher`].
		///
		/// ## Dispatch Origin
		/// [`Config::AdmitOrigin`]: the consortium.
		///
		/// ## Details
		/// Registers `who` if needed; the consortium's records hold no deposit.
		///
		/// ## Events
		/// [`Event::Admitted`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::admit(Pallet::<T>::max_members_owned()))]
		pub fn admit(
			origin: OriginFor<T>,
			who: T::AccountId,
			role: Role,
		) -> DispatchResultWithPostInfo {
			T::AdmitOrigin::ensure_origin(origin)?;
			ensure!(role != Role::Patient, Error::<T>::RoleNotAdmissible);
			let participant = Participants::<T>::get(&who);
			let was_active = participant.as_ref().is_some_and(Participant::is_active_provider);
			let mut participant = participant.unwrap_or(Participant {
				id: Self::ensure_participant_id(&who),
				roles: Roles::NONE,
				suspended: false,
				deposit: Zero::zero(),
			});
			ensure!(!participant.roles.contains(role), Error::<T>::RoleAlreadyHeld);
			participant.roles = participant.roles.with(role);
			let id = participant.id;
			// A provider re-admitted after losing the role may still own groups.
			let members =
				Self::set_owner_standing(&who, was_active, participant.is_active_provider());
			Participants::<T>::insert(&who, participant);
			Self::deposit_event(Event::Admitted { who, id, role });
			Ok(Some(T::WeightInfo::admit(members)).into())
		}

		/// Revokes `who`'s provider or researcher role. A provider loses its profile (its
		/// deposit is released); its groups remain but grant nothing while it is not an active
		/// provider, and it can still dissolve them. If no role is left, the registration ends
		/// and its identifiers are released.
		///
		/// ## Dispatch Origin
		/// [`Config::AdmitOrigin`]: the consortium.
		///
		/// ## Events
		/// [`Event::IdentifierUnbound`] for each released identifier, [`Event::RoleRevoked`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::revoke_role(
			T::MaxIdentifiers::get(),
			Pallet::<T>::max_members_owned(),
		))]
		pub fn revoke_role(
			origin: OriginFor<T>,
			who: T::AccountId,
			role: Role,
		) -> DispatchResultWithPostInfo {
			T::AdmitOrigin::ensure_origin(origin)?;
			ensure!(role != Role::Patient, Error::<T>::RoleNotAdmissible);
			let mut participant = Participants::<T>::get(&who).ok_or(Error::<T>::NotRegistered)?;
			ensure!(participant.roles.contains(role), Error::<T>::RoleNotHeld);
			let was_active = participant.is_active_provider();
			participant.roles = participant.roles.without(role);
			let members =
				Self::set_owner_standing(&who, was_active, participant.is_active_provider());
			if role == Role::Provider {
				if let Some(profile) = ProviderProfiles::<T>::take(&who) {
					Self::release(&who, profile.deposit)?;
				}
			}
			let mut released = 0;
			if participant.roles.is_empty() {
				released = Self::release_identifiers(&who)?;
				Participants::<T>::remove(&who);
				Self::release(&who, participant.deposit)?;
			} else {
				Participants::<T>::insert(&who, participant);
			}
			Self::deposit_event(Event::RoleRevoked { who, role });
			Ok(Some(T::WeightInfo::revoke_role(released, members)).into())
		}

		/// Suspends `who`: while suspended, it is neither an active provider nor an active
		/// researcher, so it can neither act as one nor be granted access as one.
		///
		/// ## Dispatch Origin
		/// [`Config::AdmitOrigin`]: the consortium.
		///
		/// ## Events
		/// [`Event::Suspended`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::suspend(Pallet::<T>::max_members_owned()))]
		pub fn suspend(
			origin: OriginFor<T>,
			who: T::AccountId,
			reason: u16,
		) -> DispatchResultWithPostInfo {
			T::AdmitOrigin::ensure_origin(origin)?;
			let mut participant = Participants::<T>::get(&who).ok_or(Error::<T>::NotRegistered)?;
			ensure!(!participant.suspended, Error::<T>::AlreadySuspended);
			let was_active = participant.is_active_provider();
			participant.suspended = true;
			let members = Self::set_owner_standing(&who, was_active, false);
			Participants::<T>::insert(&who, participant);
			Self::deposit_event(Event::Suspended { who, reason });
			Ok(Some(T::WeightInfo::suspend(members)).into())
		}

		/// Lifts `who`'s suspension.
		///
		/// ## Dispatch Origin
		/// [`Config::AdmitOrigin`]: the consortium.
		///
		/// ## Events
		/// [`Event::Reinstated`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::reinstate(Pallet::<T>::max_members_owned()))]
		pub fn reinstate(origin: OriginFor<T>, who: T::AccountId) -> DispatchResultWithPostInfo {
			T::AdmitOrigin::ensure_origin(origin)?;
			let mut participant = Participants::<T>::get(&who).ok_or(Error::<T>::NotRegistered)?;
			ensure!(participant.suspended, Error::<T>::NotSuspended);
			participant.suspended = false;
			let members = Self::set_owner_standing(&who, false, participant.is_active_provider());
			Participants::<T>::insert(&who, participant);
			Self::deposit_event(Event::Reinstated { who });
			Ok(Some(T::WeightInfo::reinstate(members)).into())
		}

		/// Publishes or changes the caller's provider profile: public institution `name`
		/// (UTF-8), gatekeeper `endpoint` URL and the gatekeeper's receipt `signing_key`.
		///
		/// ## Dispatch Origin
		/// Signed by an active provider.
		///
		/// ## Details
		/// Holds a deposit for the profile's size; a changed size adjusts it.
		///
		/// ## Events
		/// [`Event::ProviderProfileSet`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::set_provider_profile())]
		pub fn set_provider_profile(
			origin: OriginFor<T>,
			name: Vec<u8>,
			endpoint: Vec<u8>,
			signing_key: [u8; 32],
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_active_provider(&who)?;
			let (name, endpoint) = Self::validate_profile(name, endpoint)?;
			// Name and endpoint are bounded by `MaxNameLen` and `MaxEndpointLen` (u32).
			let bytes =
				(name.len() as u32).saturating_add(endpoint.len() as u32).saturating_add(32);
			let deposit = Self::deposit_for(1, bytes);
			let old = ProviderProfiles::<T>::get(&who).map(|p| p.deposit).unwrap_or_default();
			Self::adjust_hold(&who, old, deposit)?;
			ProviderProfiles::<T>::insert(
				&who,
				ProviderProfile { name, endpoint, signing_key, deposit },
			);
			Self::deposit_event(Event::ProviderProfileSet { provider: who });
			Ok(())
		}

		/// Sets `provider`'s profile on its behalf (a provider that lost its key, a wrong
		/// endpoint). Keeps whatever deposit the provider holds for its profile.
		///
		/// ## Dispatch Origin
		/// [`Config::AdmitOrigin`]: the consortium.
		///
		/// ## Events
		/// [`Event::ProviderProfileSet`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::force_set_provider_profile())]
		pub fn force_set_provider_profile(
			origin: OriginFor<T>,
			provider: T::AccountId,
			name: Vec<u8>,
			endpoint: Vec<u8>,
			signing_key: [u8; 32],
		) -> DispatchResult {
			T::AdmitOrigin::ensure_origin(origin)?;
			let participant = Participants::<T>::get(&provider).ok_or(Error::<T>::NotRegistered)?;
			ensure!(participant.roles.contains(Role::Provider), Error::<T>::NotAProvider);
			let (name, endpoint) = Self::validate_profile(name, endpoint)?;
			let deposit =
				ProviderProfiles::<T>::get(&provider).map(|p| p.deposit).unwrap_or_default();
			ProviderProfiles::<T>::insert(
				&provider,
				ProviderProfile { name, endpoint, signing_key, deposit },
			);
			Self::deposit_event(Event::ProviderProfileSet { provider });
			Ok(())
		}

		/// Binds `identifier`, the BLAKE2-256 hash of a salted external identifier, to the
		/// caller.
		///
		/// ## Dispatch Origin
		/// Signed by a registered participant.
		///
		/// ## Details
		/// A hash belongs to one account ([`Error::IdentifierAlreadyBound`]). Holds one item's
		/// deposit.
		/// Hash `salt ‖ kind ‖ value` off chain; never submit the plaintext.
		///
		/// ## Events
		/// [`Event::IdentifierBound`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::bind_identifier())]
		pub fn bind_identifier(origin: OriginFor<T>, identifier: IdentifierHash) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(Participants::<T>::contains_key(&who), Error::<T>::NotRegistered);
			ensure!(
				!IdentifierOwner::<T>::contains_key(identifier),
				Error::<T>::IdentifierAlreadyBound
			);
			let deposit = Self::deposit_for(1, 32);
			IdentifiersOf::<T>::try_mutate(&who, |ids| {
				ids.try_push((identifier, deposit)).map_err(|_| Error::<T>::TooManyIdentifiers)
			})?;
			T::Currency::hold(&HoldReason::Registration.into(), &who, deposit)?;
			IdentifierOwner::<T>::insert(identifier, &who);
			Self::deposit_event(Event::IdentifierBound { who, identifier });
			Ok(())
		}

		/// Releases the caller's `identifier` and its deposit.
		///
		/// ## Dispatch Origin
		/// Signed by the account the identifier is bound to.
		///
		/// ## Events
		/// [`Event::IdentifierUnbound`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::unbind_identifier())]
		pub fn unbind_identifier(
			origin: OriginFor<T>,
			identifier: IdentifierHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let owner =
				IdentifierOwner::<T>::get(identifier).ok_or(Error::<T>::UnknownIdentifier)?;
			ensure!(owner == who, Error::<T>::NotIdentifierOwner);
			let deposit = IdentifiersOf::<T>::try_mutate(&who, |ids| {
				// Both indexes agree (`do_try_state`): the owner lists the hash.
				let at = ids
					.iter()
					.position(|(id, _)| *id == identifier)
					.ok_or(Error::<T>::UnknownIdentifier)?;
				Ok::<_, Error<T>>(ids.remove(at).1)
			})?;
			IdentifierOwner::<T>::remove(identifier);
			Self::release(&who, deposit)?;
			Self::deposit_event(Event::IdentifierUnbound { who, identifier });
			Ok(())
		}

		/// Creates a group managed by the caller.
		///
		/// ## Dispatch Origin
		/// Signed by an active provider.
		///
		/// ## Details
		/// Holds one item's deposit, plus one per member as members are added.
		///
		/// ## Events
		/// [`Event::GroupCreated`] with the new group's id.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::create_group())]
		pub fn create_group(origin: OriginFor<T>) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::ensure_active_provider(&owner)?;
			let group = NextGroupId::<T>::get();
			// Ids are never reused: another pallet may still hold grants to a dissolved group.
			let next = group.checked_add(1).ok_or(Error::<T>::GroupIdsExhausted)?;
			GroupsOwnedBy::<T>::try_mutate(&owner, |owned| {
				owned.try_push(group).map_err(|_| Error::<T>::TooManyGroups)
			})?;
			let deposit =
				Self::deposit_for(1, Group::<T::AccountId, BalanceOf<T>>::max_encoded_len() as u32);
			T::Currency::hold(&HoldReason::Registration.into(), &owner, deposit)?;
			NextGroupId::<T>::put(next);
			Groups::<T>::insert(group, Group { owner: owner.clone(), members: 0, deposit });
			Self::deposit_event(Event::GroupCreated { group, owner });
			Ok(())
		}

		/// Adds `who` to `group`.
		///
		/// ## Dispatch Origin
		/// Signed by the group's owner, an active provider.
		///
		/// ## Details
		/// Records the current block as when `who` joined (`who`'s [`Cards`] entry): grants a patient
		/// made to the group before then do not reach `who`. Holds one item's deposit from the
		/// owner.
		///
		/// ## Events
		/// [`Event::GroupMemberAdded`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::add_group_member())]
		pub fn add_group_member(
			origin: OriginFor<T>,
			group: GroupId,
			who: T::AccountId,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			let mut record = Groups::<T>::get(group).ok_or(Error::<T>::UnknownGroup)?;
			ensure!(record.owner == owner, Error::<T>::NotGroupOwner);
			Self::ensure_active_provider(&owner)?;
			ensure!(!GroupMembers::<T>::contains_key(group, &who), Error::<T>::AlreadyAGroupMember);
			ensure!(record.members < T::MaxGroupMembers::get(), Error::<T>::GroupFull);
			// The runtime's block number is `BlockNumber` itself; a wider one saturates, after
			// 800 years of 6-second blocks.
			let since: BlockNumber = frame_system::Pallet::<T>::block_number().saturated_into();
			Cards::<T>::try_mutate(&who, |card| {
				card.get_or_insert_with(Card::default)
					.memberships
					.try_push(CardMembership { group, since, owner_active: true })
					.map_err(|_| Error::<T>::TooManyMemberships)
			})?;
			let deposit = Self::deposit_for(1, 0);
			T::Currency::hold(&HoldReason::Registration.into(), &owner, deposit)?;
			record.members = record.members.saturating_add(1);
			record.deposit = record.deposit.saturating_add(deposit);
			Groups::<T>::insert(group, record);
			GroupMembers::<T>::insert(group, &who, ());
			Self::deposit_event(Event::GroupMemberAdded { group, who });
			Ok(())
		}

		/// Removes `who` from `group`: the owner removes a member, or a member leaves.
		///
		/// ## Dispatch Origin
		/// Signed by the group's owner, also while it is suspended or no longer a provider
		/// (shrinking a group never widens access), or by `who`.
		///
		/// ## Events
		/// [`Event::GroupMemberRemoved`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::remove_group_member())]
		pub fn remove_group_member(
			origin: OriginFor<T>,
			group: GroupId,
			who: T::AccountId,
		) -> DispatchResult {
			let caller = ensure_signed(origin)?;
			let mut record = Groups::<T>::get(group).ok_or(Error::<T>::UnknownGroup)?;
			ensure!(caller == record.owner || caller == who, Error::<T>::NotGroupOwner);
			ensure!(GroupMembers::<T>::take(group, &who).is_some(), Error::<T>::NotAGroupMember);
			Self::forget_membership(&who, group);
			let deposit = Self::deposit_for(1, 0).min(record.deposit);
			record.members = record.members.saturating_sub(1);
			record.deposit = record.deposit.saturating_sub(deposit);
			Self::release(&record.owner, deposit)?;
			Groups::<T>::insert(group, record);
			Self::deposit_event(Event::GroupMemberRemoved { group, who });
			Ok(())
		}

		/// Dissolves `group`, removing its members and releasing its deposits.
		///
		/// ## Dispatch Origin
		/// Signed by the group's owner, also while it is suspended or no longer a provider.
		///
		/// ## Events
		/// [`Event::GroupMemberRemoved`] per member, [`Event::GroupDissolved`].
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::dissolve_group(T::MaxGroupMembers::get()))]
		pub fn dissolve_group(origin: OriginFor<T>, group: GroupId) -> DispatchResultWithPostInfo {
			let caller = ensure_signed(origin)?;
			let record = Groups::<T>::get(group).ok_or(Error::<T>::UnknownGroup)?;
			ensure!(caller == record.owner, Error::<T>::NotGroupOwner);
			let members = record.members;
			Self::remove_group(group, record)?;
			Ok(Some(T::WeightInfo::dissolve_group(members)).into())
		}

		/// Moves the caller's registration to `new`, an account that is not registered: roles,
		/// profile, identifiers, groups and memberships, and the deposits held for them.
		/// Other pallets follow through [`Config::OnAccountRotated`].
		///
		/// ## Dispatch Origin
		/// Signed by the registered account (for a lost key, see
		/// [`Pallet::force_rotate_account`] or the runtime's recovery pallet).
		///
		/// ## Events
		/// [`Event::AccountRotated`].
		#[pallet::call_index(14)]
		#[pallet::weight(Pallet::<T>::rotation_weight())]
		pub fn rotate_account(
			origin: OriginFor<T>,
			new: T::AccountId,
		) -> DispatchResultWithPostInfo {
			let old = ensure_signed(origin)?;
			Self::do_rotate(old, new)
		}

		/// Moves `old`'s registration to `new`, for a participant who lost its key.
		///
		/// ## Dispatch Origin
		/// [`Config::AdmitOrigin`]: the consortium.
		///
		/// ## Events
		/// [`Event::AccountRotated`].
		#[pallet::call_index(15)]
		#[pallet::weight(Pallet::<T>::force_rotation_weight())]
		pub fn force_rotate_account(
			origin: OriginFor<T>,
			old: T::AccountId,
			new: T::AccountId,
		) -> DispatchResultWithPostInfo {
			T::AdmitOrigin::ensure_origin(origin)?;
			let used = Self::do_rotate(old, new)?;
			// `do_rotate` reports the signed variant's weight; the forced one differs only by
			// its origin check.
			Ok(used
				.actual_weight
				.map(|w| {
					w.saturating_add(T::WeightInfo::force_rotate_account(0, 0, 0))
						.saturating_sub(T::WeightInfo::rotate_account(0, 0, 0))
				})
				.into())
		}

		/// Anchors the Merkle `root` of the provider's disclosure receipts `first .. first +
		/// count`.
		///
		/// ## Dispatch Origin
		/// Signed by an active provider: in practice its gatekeeper's key, through a
		/// `Gatekeeper` proxy that may make this call only.
		///
		/// ## Details
		/// A provider's receipts are numbered from 0 without gaps, and anchors cover them in
		/// order: `first` must be the number of receipts already anchored. The call names its
		/// range so that it can only ever anchor those receipts: a gatekeeper that crashed
		/// after submitting and submits the same range again after its restart gets
		/// [`Error::AnchorNotNext`] for whichever of the two transactions lands second,
		/// instead of an anchor over receipts it never stored. A patient holding a receipt and
		/// its proof checks it against the anchor's root. Anchors are kept under the provider's
		/// participant number: a rotated provider keeps them and continues the numbering. No
		/// deposit: anchors are the permanent audit trail, paid for by fees.
		///
		/// ## Events
		/// [`Event::ReceiptsAnchored`].
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::anchor_receipts())]
		pub fn anchor_receipts(
			origin: OriginFor<T>,
			first: u64,
			count: u32,
			root: Hash,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::ensure_active_provider(&provider)?;
			ensure!(count > 0, Error::<T>::EmptyAnchor);
			ensure!(count <= T::MaxReceiptsPerAnchor::get(), Error::<T>::TooManyReceipts);
			let id = Self::number_of(&provider).ok_or(Error::<T>::NotRegistered)?;
			let index = AnchorTotalsOf::<T>::try_mutate(id, |totals| {
				let before = *totals;
				ensure!(first == before.receipts, Error::<T>::AnchorNotNext);
				totals.anchors = before.anchors.checked_add(1).ok_or(Error::<T>::AnchorOverflow)?;
				totals.receipts =
					first.checked_add(u64::from(count)).ok_or(Error::<T>::AnchorOverflow)?;
				Ok::<_, Error<T>>(before.anchors)
			})?;
			let anchored_at = frame_system::Pallet::<T>::block_number();
			ReceiptAnchors::<T>::insert(
				id,
				index,
				ReceiptAnchor { root, first, count, anchored_at },
			);
			Self::deposit_event(Event::ReceiptsAnchored { provider, index, root, first, count });
			Ok(())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// What `provider` has anchored so far (zero for an unknown account).
	pub fn anchor_totals(provider: &T::AccountId) -> AnchorTotals {
		Self::number_of(provider).map(AnchorTotalsOf::<T>::get).unwrap_or_default()
	}

	/// Anchor `index` of `provider`.
	pub fn receipt_anchor(
		provider: &T::AccountId,
		index: u32,
	) -> Option<ReceiptAnchor<BlockNumberFor<T>>> {
		ReceiptAnchors::<T>::get(Self::number_of(provider)?, index)
	}

	/// Deposit for `items` storage items of `bytes` bytes in total.
	pub fn deposit_for(items: u32, bytes: u32) -> BalanceOf<T> {
		deposits::price(T::DepositPerItem::get(), T::DepositPerByte::get(), items, bytes)
	}

	fn record_deposit() -> BalanceOf<T> {
		Self::deposit_for(1, Participant::<BalanceOf<T>>::max_encoded_len() as u32)
	}

	fn release(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::release(&HoldReason::Registration.into(), who, amount, Precision::Exact)?;
		}
		Ok(())
	}

	/// Holds or releases the difference between a deposit of `old` and one of `new`.
	fn adjust_hold(who: &T::AccountId, old: BalanceOf<T>, new: BalanceOf<T>) -> DispatchResult {
		if new > old {
			T::Currency::hold(&HoldReason::Registration.into(), who, new.saturating_sub(old))
		} else {
			Self::release(who, old.saturating_sub(new))
		}
	}

	/// Unbinds all of `who`'s identifiers and releases their deposits; returns how many.
	fn release_identifiers(who: &T::AccountId) -> Result<u32, DispatchError> {
		let identifiers = IdentifiersOf::<T>::take(who);
		let count = identifiers.len() as u32;
		for (identifier, deposit) in identifiers {
			IdentifierOwner::<T>::remove(identifier);
			Self::release(who, deposit)?;
			Self::deposit_event(Event::IdentifierUnbound { who: who.clone(), identifier });
		}
		Ok(count)
	}

	/// Fails unless `who` is a provider and not suspended.
	fn ensure_active_provider(who: &T::AccountId) -> DispatchResult {
		let participant = Participants::<T>::get(who).ok_or(Error::<T>::NotRegistered)?;
		ensure!(participant.roles.contains(Role::Provider), Error::<T>::NotAProvider);
		ensure!(!participant.suspended, Error::<T>::Suspended);
		Ok(())
	}

	/// Drops `group` from `who`'s memberships, and the card when nothing is left on it.
	fn forget_membership(who: &T::AccountId, group: GroupId) {
		Cards::<T>::mutate_exists(who, |card| {
			if let Some(c) = card {
				c.memberships.retain(|m| m.group != group);
				if c.is_empty() {
					*card = None;
				}
			}
		});
	}

	/// The participant number of `who`, if it ever registered.
	fn number_of(who: &T::AccountId) -> Option<ParticipantId> {
		Cards::<T>::get(who).and_then(|card| card.participant)
	}

	/// The most group members one provider can have: what a change of its standing may have
	/// to rewrite.
	pub fn max_members_owned() -> u32 {
		T::MaxGroupsPerOwner::get().saturating_mul(T::MaxGroupMembers::get())
	}

	/// Tells every member of `owner`'s groups whether the owner is an active provider now, if
	/// that changed (`was` to `is`). Returns how many memberships were rewritten.
	fn set_owner_standing(owner: &T::AccountId, was: bool, is: bool) -> u32 {
		if was == is {
			return 0;
		}
		let mut rewritten = 0u32;
		for group in GroupsOwnedBy::<T>::get(owner) {
			for member in GroupMembers::<T>::iter_key_prefix(group) {
				Cards::<T>::mutate(&member, |card| {
					let membership = card
						.as_mut()
						.and_then(|c| c.memberships.iter_mut().find(|m| m.group == group));
					if let Some(m) = membership {
						m.owner_active = is;
					}
				});
				rewritten = rewritten.saturating_add(1);
			}
		}
		rewritten
	}

	fn validate_profile(
		name: Vec<u8>,
		endpoint: Vec<u8>,
	) -> Result<(NameOf<T>, EndpointOf<T>), DispatchError> {
		let name: NameOf<T> = name.try_into().map_err(|_| Error::<T>::NameTooLong)?;
		ensure!(!name.is_empty() && core::str::from_utf8(&name).is_ok(), Error::<T>::InvalidName);
		let endpoint: EndpointOf<T> =
			endpoint.try_into().map_err(|_| Error::<T>::EndpointTooLong)?;
		ensure!(is_valid_endpoint(&endpoint), Error::<T>::InvalidEndpoint);
		Ok((name, endpoint))
	}

	/// Removes a group, its members' entries and its deposit.
	fn remove_group(group: GroupId, record: Group<T::AccountId, BalanceOf<T>>) -> DispatchResult {
		let members: Vec<T::AccountId> =
			GroupMembers::<T>::drain_prefix(group).map(|(m, ())| m).collect();
		for member in members {
			Self::forget_membership(&member, group);
			Self::deposit_event(Event::GroupMemberRemoved { group, who: member });
		}
		GroupsOwnedBy::<T>::mutate_exists(&record.owner, |owned| {
			if let Some(list) = owned {
				list.retain(|g| *g != group);
				if list.is_empty() {
					*owned = None;
				}
			}
		});
		Groups::<T>::remove(group);
		Self::release(&record.owner, record.deposit)?;
		Self::deposit_event(Event::GroupDissolved { group });
		Ok(())
	}

	/// Worst-case weight of a rotation: the registrar's part plus every follower's.
	pub fn rotation_weight() -> Weight {
		T::WeightInfo::rotate_account(
			T::MaxIdentifiers::get(),
			T::MaxGroupsPerOwner::get(),
			T::MaxMemberships::get(),
		)
		.saturating_add(T::OnAccountRotated::max_weight())
	}

	/// Worst-case weight of a forced rotation.
	pub fn force_rotation_weight() -> Weight {
		T::WeightInfo::force_rotate_account(
			T::MaxIdentifiers::get(),
			T::MaxGroupsPerOwner::get(),
			T::MaxMemberships::get(),
		)
		.saturating_add(T::OnAccountRotated::max_weight())
	}

	/// The participant number of `who`, assigned now if `who` never had one.
	fn ensure_participant_id(who: &T::AccountId) -> ParticipantId {
		Self::number_of(who).unwrap_or_else(|| {
			let id = NextParticipantId::<T>::get();
			// u64 numbers run out after 2^64 registrations, each paying a deposit.
			NextParticipantId::<T>::put(id.saturating_add(1));
			Cards::<T>::mutate(who, |card| {
				card.get_or_insert_with(Card::default).participant = Some(id)
			});
			AccountOf::<T>::insert(id, who);
			id
		})
	}

	fn do_rotate(old: T::AccountId, new: T::AccountId) -> DispatchResultWithPostInfo {
		ensure!(old != new, Error::<T>::SameAccount);
		let participant = Participants::<T>::take(&old).ok_or(Error::<T>::NotRegistered)?;
		ensure!(!Participants::<T>::contains_key(&new), Error::<T>::NewAccountInUse);
		// A number once held (by a participant who left) stays with its account: `new` must
		// never have had one, or two numbers would claim it. Nor may it hold anything else the
		// registrar tracks, or it would be overwritten: group memberships (both on its card),
		// or groups kept from a revoked provider role.
		ensure!(!Cards::<T>::contains_key(&new), Error::<T>::NewAccountInUse);
		ensure!(!GroupsOwnedBy::<T>::contains_key(&new), Error::<T>::NewAccountInUse);

		// Everything `old` holds for the registrar moves to `new`, still on hold.
		// Deposits move with the registration, here and in the pallets that follow rotations;
		// they can only be held on an account that exists.
		ensure!(
			T::Currency::total_balance(&new) >= T::Currency::minimum_balance(),
			Error::<T>::NewAccountUnfunded
		);
		let reason = HoldReason::Registration.into();
		let held = T::Currency::balance_on_hold(&reason, &old);
		if !held.is_zero() {
			T::Currency::transfer_on_hold(
				&reason,
				&old,
				&new,
				held,
				Precision::Exact,
				Restriction::OnHold,
				Fortitude::Polite,
			)?;
		}
		AccountOf::<T>::insert(participant.id, &new);
		Participants::<T>::insert(&new, participant);
		if let Some(profile) = ProviderProfiles::<T>::take(&old) {
			ProviderProfiles::<T>::insert(&new, profile);
		}
		let identifiers = IdentifiersOf::<T>::take(&old);
		for (identifier, _) in identifiers.iter() {
			IdentifierOwner::<T>::insert(identifier, &new);
		}
		let identifier_count = identifiers.len() as u32;
		if !identifiers.is_empty() {
			IdentifiersOf::<T>::insert(&new, identifiers);
		}
		let owned = GroupsOwnedBy::<T>::take(&old);
		for group in owned.iter() {
			Groups::<T>::mutate(group, |g| {
				if let Some(g) = g {
					g.owner = new.clone();
				}
			});
		}
		let owned_count = owned.len() as u32;
		if !owned.is_empty() {
			GroupsOwnedBy::<T>::insert(&new, owned);
		}
		// The card moves whole: the number, and memberships with their join blocks (the member
		// is the same person on a new key, not someone the owner added later).
		let card = Cards::<T>::take(&old).unwrap_or_default();
		for membership in card.memberships.iter() {
			GroupMembers::<T>::remove(membership.group, &old);
			GroupMembers::<T>::insert(membership.group, &new, ());
		}
		let membership_count = card.memberships.len() as u32;
		Cards::<T>::insert(&new, card);

		let followers = T::OnAccountRotated::on_account_rotated(&old, &new);
		Self::deposit_event(Event::AccountRotated { old, new });
		let used = T::WeightInfo::rotate_account(identifier_count, owned_count, membership_count)
			.saturating_add(followers);
		Ok(Some(used).into())
	}

	/// Checks the pallet's invariants: indexes agree with the records they index, counts
	/// match, bounds hold.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		for (who, p) in Participants::<T>::iter() {
			ensure!(Self::number_of(&who) == Some(p.id), "a participant's numbers disagree");
		}
		let next = NextParticipantId::<T>::get();
		let mut numbered = 0u64;
		for (who, card) in Cards::<T>::iter() {
			ensure!(!card.is_empty(), "an empty card is kept");
			let Some(id) = card.participant else { continue };
			ensure!(id < next, "a participant number not yet assigned");
			ensure!(AccountOf::<T>::get(id) == Some(who), "participant number index disagrees");
			numbered = numbered.saturating_add(1);
		}
		ensure!(AccountOf::<T>::iter().count() as u64 == numbered, "participant numbers disagree");
		for (who, ids) in IdentifiersOf::<T>::iter() {
			ensure!(
				Participants::<T>::contains_key(&who),
				"identifiers of an unregistered account"
			);
			for (id, _) in ids.iter() {
				ensure!(
					IdentifierOwner::<T>::get(id) == Some(who.clone()),
					"identifier index disagrees"
				);
			}
		}
		for (id, who) in IdentifierOwner::<T>::iter() {
			ensure!(
				IdentifiersOf::<T>::get(&who).iter().any(|(i, _)| *i == id),
				"identifier owner does not list it"
			);
		}
		for (who, _) in ProviderProfiles::<T>::iter() {
			let p = Participants::<T>::get(&who).ok_or("profile of an unregistered account")?;
			ensure!(p.roles.contains(Role::Provider), "profile of a non-provider");
		}
		for (who, p) in Participants::<T>::iter() {
			ensure!(!p.roles.is_empty(), "participant without a role");
			let _ = who;
		}
		let next = NextGroupId::<T>::get();
		for (group, record) in Groups::<T>::iter() {
			ensure!(group < next, "group id not yet assigned");
			let members = GroupMembers::<T>::iter_prefix(group).count() as u32;
			ensure!(members == record.members, "group member count disagrees");
			ensure!(members <= T::MaxGroupMembers::get(), "group too large");
			ensure!(
				GroupsOwnedBy::<T>::get(&record.owner).contains(&group),
				"owner does not list its group"
			);
		}
		for (group, who, ()) in GroupMembers::<T>::iter() {
			ensure!(Groups::<T>::contains_key(group), "member of a missing group");
			ensure!(
				Cards::<T>::get(&who)
					.is_some_and(|c| c.memberships.iter().any(|m| m.group == group)),
				"membership index disagrees"
			);
		}
		let now: BlockNumber = frame_system::Pallet::<T>::block_number().saturated_into();
		for (who, card) in Cards::<T>::iter() {
			let memberships = card.memberships;
			for (at, membership) in memberships.iter().enumerate() {
				let owner = Groups::<T>::get(membership.group).map(|g| g.owner);
				ensure!(
					owner.is_some_and(|o| Self::is_active_provider(&o)) == membership.owner_active,
					"a membership misstates its owner's standing"
				);
				ensure!(
					GroupMembers::<T>::contains_key(membership.group, &who),
					"stale membership"
				);
				ensure!(
					memberships
						.iter()
						.skip(at.saturating_add(1))
						.all(|m| m.group != membership.group),
					"a group listed twice in a membership"
				);
				ensure!(
					membership.since <= now,
					"a membership that starts after the current block"
				);
			}
		}
		for (owner, groups) in GroupsOwnedBy::<T>::iter() {
			for group in groups {
				let record = Groups::<T>::get(group).ok_or("owned group missing")?;
				ensure!(record.owner == owner, "group owner disagrees");
			}
		}
		Ok(())
	}
}

/// Whether `url` is an acceptable gatekeeper URL: `https://` and a host, or `http://` to a
/// loopback host (development); printable ASCII without spaces.
pub fn is_valid_endpoint(url: &[u8]) -> bool {
	if !url.iter().all(|b| b.is_ascii_graphic()) {
		return false;
	}
	let host_and_path = if let Some(rest) = url.strip_prefix(b"https://") {
		rest
	} else if let Some(rest) = url.strip_prefix(b"http://") {
		let host = rest.split(|b| *b == b'/' || *b == b':').next().unwrap_or_default();
		if !(host == b"localhost"
			|| host == b"127.0.0.1"
			|| host == b"[::1]"
			|| rest.starts_with(b"[::1]"))
		{
			return false;
		}
		rest
	} else {
		return false;
	};
	let host = host_and_path.split(|b| *b == b'/').next().unwrap_or_default();
	!host.is_empty() && !host.starts_with(b":")
}

impl<T: Config> ParticipantRegistry<T::AccountId> for Pallet<T> {
	fn is_patient(who: &T::AccountId) -> bool {
		Participants::<T>::get(who).is_some_and(|p| p.roles.contains(Role::Patient))
	}

	fn is_active_provider(who: &T::AccountId) -> bool {
		Participants::<T>::get(who).is_some_and(|p| p.is_active_provider())
	}

	fn is_active_researcher(who: &T::AccountId) -> bool {
		Participants::<T>::get(who)
			.is_some_and(|p| p.roles.contains(Role::Researcher) && !p.suspended)
	}

	fn is_group_member(group: GroupId, who: &T::AccountId) -> bool {
		GroupMembers::<T>::contains_key(group, who)
	}

	fn participant_id(who: &T::AccountId) -> Option<ParticipantId> {
		Self::number_of(who)
	}

	fn patient_id(who: &T::AccountId) -> Option<ParticipantId> {
		Participants::<T>::get(who)
			.filter(|p| p.roles.contains(Role::Patient))
			.map(|p| p.id)
	}

	fn account_of(id: ParticipantId) -> Option<T::AccountId> {
		AccountOf::<T>::get(id)
	}

	fn groups_of(who: &T::AccountId) -> Vec<Membership> {
		// A group grants nothing while its owner is not an active provider.
		let Some(card) = Cards::<T>::get(who) else { return Vec::new() };
		card.memberships
			.into_iter()
			.filter(|m| m.owner_active)
			.map(|m| Membership { group: m.group, since: m.since })
			.collect()
	}

	fn group_owner(group: GroupId) -> Option<T::AccountId> {
		Groups::<T>::get(group).map(|g| g.owner)
	}

	fn query_weight() -> Weight {
		T::WeightInfo::registry_query()
	}
}
