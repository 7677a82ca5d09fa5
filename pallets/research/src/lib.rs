//! # Research
//!
//! MedRec's research mining: researchers provide the computing power that runs the network
//! and are paid not in money but in access to anonymized, census-level data, which patients and
//! providers decide how much of to release.
//!
//! ## Overview
//!
//! - **Research mining**: the account of a collator binds itself to a researcher
//!   ([`Pallet::bind_collator`]); each block a bound collator authors credits the researcher with
//!   [`Parameters::credits_per_block`] research credits ([`Credits`]), in the block's
//!   `on_initialize`. Credits cannot be transferred.
//! - **Bounty queries** (MedRec v1): a provider offers an aggregate — a template code, the hash of
//!   its parameters, a minimum cohort — with its record updates (batch it with `add_pointer`) or
//!   alone ([`Pallet::submit_bounty_query`]). The author of the block that includes it becomes its
//!   owner: the author's researcher, if one is bound. The owner redeems it at the provider's
//!   gatekeeper, which posts the answer's hash and cohort size ([`Pallet::answer_bounty_query`]).
//! - **Research requests**: a researcher spends credits to ask providers for an aggregate
//!   ([`Pallet::request_aggregate`]); each provider answers with the result's hash and cohort size
//!   ([`Pallet::answer_request`]); answers over fewer patients than the request's, the provider's
//!   and the consortium's floor are refused on chain. Requests not fully answered when they expire
//!   refund the credits of the missing answers ([`Pallet::expire_request`]).
//! - **Research consent**: patients opt in per category ([`Pallet::set_consent`]; out by default).
//!   Gatekeepers count only opted-in patients; the chain records consent and serves it through
//!   `MedRecApi`.
//! - **The cohort bound**: an answer (to a bounty query or a request) may not cover more patients
//!   than the chain can account for — see below.
//! - **Release policies**: a provider says which templates it answers and its own cohort floor
//!   ([`Pallet::set_release_policy`]).
//! - The consortium sets the [`Parameters`] ([`Pallet::set_parameters`]).
//!
//! ## Credit supply
//!
//! Every credit is minted by authorship, held by a researcher or in a request's escrow, or
//! spent by an answer: `sum(Credits) + sum(escrow) = minted − spent` at all times, checked by
//! `try_state`.
//!
//! ## The cohort bound
//!
//! A provider reports the size of its own answer's cohort; the chain cannot see its database,
//! but it knows which patients could be in it. An answer is refused
//! ([`Error::CohortExceedsConsentingPatients`]) when its cohort exceeds the number of patients
//! who
//!
//! 1. have an active relationship with the provider (`New`, `Updated` or `Acknowledged` in the
//!    relationships pallet: opened by the provider, not rejected by the patient, not ended), and
//! 2. consent to research in at least one category ([`Pallet::set_consent`]).
//!
//! Templates carry no category (what a template counts is the provider's gatekeeper's
//! business), so consent to any category counts; an honest gatekeeper counts only the patients
//! who consent to its template's category, which are fewer. A provider's suspension does not
//! change the number: it changes no relationship's status.
//!
//! The number is kept per provider in [`ConsentingPatientsOf`], so an answer is checked with one
//! read. It changes when
//!
//! - a patient's consent goes from no category to some, or back to none: each of the patient's
//!   active providers (at most the relationships pallet's `MaxRelationshipsPerPatient`, listed
//!   through [`Config::Relationships`]) gains or loses one. [`Pallet::set_consent`] is charged
//!   for the most relationships and refunded to those it read;
//! - a relationship of a consenting patient becomes active or stops being active: the
//!   relationships pallet tells this one ([`medrec_primitives::cohort::RelationshipActivity`],
//!   implemented by [`Pallet`]) and pays for it in its own calls' weight.
//!
//! `try_state` recomputes every provider's number from the consents and relationships. A chain
//! with consents from before the bound counts them once with [`migrations::v1::MigrateToV1`].
//!
//! ## Pallet API
//!
//! See [`Call`] for the calls, [`Event`] for what they emit and [`Error`] for why they fail. The
//! runtime's `MedRecApi` (version 3) serves [`Pallet::consented_categories`],
//! [`Pallet::credits_of`] and release policies.
//!
//! ## Privacy
//!
//! Nothing stored or emitted is health information: templates and categories are codes,
//! parameters and results are hashes, cohorts are counts no smaller than the floor.

#![cfg_attr(not(feature = "std"), no_std)]
#![cfg_attr(not(test), deny(clippy::arithmetic_side_effects))]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod migrations;
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
	cohort::{ActiveRelationships, RelationshipActivity},
	deposits,
	records::CategoryCode,
	Hash, OnAccountRotated, ParticipantId, ParticipantRegistry,
};

/// Balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A bounty query as stored.
pub type BountyOf<T> = BountyQuery<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	BalanceOf<T>,
	<T as Config>::MaxParamsLen,
>;

/// A request as stored.
pub type RequestOf<T> = Request<BlockNumberFor<T>, BalanceOf<T>, <T as Config>::MaxTargets>;

/// A release policy as stored.
pub type PolicyOf<T> = ReleasePolicy<BalanceOf<T>, <T as Config>::MaxTemplates>;

/// Creates participants in benchmarks: the registry is another pallet's business.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Registers `who` as a patient.
	fn register_patient(who: &AccountId);
	/// Makes `who` an active provider.
	fn admit_provider(who: &AccountId);
	/// Makes `who` an active researcher.
	fn admit_researcher(who: &AccountId);
	/// Makes `who` the author of the current block.
	fn set_author(who: &AccountId);
}

#[frame::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version. 1: [`ConsentingPatientsOf`], the cohort bound. 2: bounty
	/// queries hold their parameters ([`BountyQuery::params`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

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

		/// Participants: researchers, providers, patients, numbers.
		type Registry: ParticipantRegistry<Self::AccountId>;

		/// Patients' active relationships (the relationships pallet): whom a patient's consent
		/// counts for. The relationships pallet also reports changes of activity to this
		/// pallet ([`RelationshipActivity`]), wired on its side.
		type Relationships: ActiveRelationships;

		/// The author of the current block, if known (the runtime's authorship pallet).
		type BlockAuthor: Get<Option<Self::AccountId>>;

		/// The consortium: sets the parameters.
		type ConsortiumOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The parameters until the consortium sets others.
		#[pallet::constant]
		type DefaultParameters: Get<Parameters<BlockNumberFor<Self>>>;

		/// Deposit per storage item created.
		#[pallet::constant]
		type DepositPerItem: Get<BalanceOf<Self>>;

		/// Deposit per byte of storage created.
		#[pallet::constant]
		type DepositPerByte: Get<BalanceOf<Self>>;

		/// Most collators one researcher may bind.
		#[pallet::constant]
		type MaxCollatorsPerResearcher: Get<u32>;

		/// Most providers one request may ask.
		#[pallet::constant]
		type MaxTargets: Get<u32>;

		/// Most templates in a release policy.
		#[pallet::constant]
		type MaxTemplates: Get<u32>;

		/// Most categories one patient may opt in to.
		#[pallet::constant]
		type MaxConsents: Get<u32>;

		/// Longest bounty query parameters, in bytes.
		#[pallet::constant]
		type MaxParamsLen: Get<u32>;

		/// Weights of this pallet's calls and hook.
		type WeightInfo: WeightInfo;

		/// Creates participants and authors for benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;

		/// Opens active relationships for benchmarks (the relationships pallet).
		#[cfg(feature = "runtime-benchmarks")]
		type RelationshipsBenchmarkHelper: medrec_primitives::cohort::ActiveRelationshipsBenchmarkHelper<
			Self::AccountId,
		>;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Deposits for bindings, bounty queries, requests, consents and policies.
		#[codec(index = 0)]
		Research,
	}

	/// The parameters in force; the default until the consortium sets them.
	#[pallet::storage]
	pub type Params<T: Config> = StorageValue<_, Parameters<BlockNumberFor<T>>>;

	/// The researcher each bound collator account mines for, and the deposit it holds.
	// Blake2_128Concat: collator accounts are user-chosen keys.
	#[pallet::storage]
	pub type ResearcherOf<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, (ParticipantId, BalanceOf<T>)>;

	/// The collators bound to each researcher.
	// Twox64Concat: participant numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type CollatorsOf<T: Config> = StorageMap<
		_,
		Twox64Concat,
		ParticipantId,
		BoundedVec<T::AccountId, T::MaxCollatorsPerResearcher>,
		ValueQuery,
	>;

	/// Each researcher's credits.
	// Twox64Concat: participant numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type CreditsOf<T: Config> = StorageMap<_, Twox64Concat, ParticipantId, Credits, ValueQuery>;

	/// Every credit ever minted by authorship.
	#[pallet::storage]
	pub type Minted<T: Config> = StorageValue<_, Credits, ValueQuery>;

	/// Every credit ever spent on an answered request.
	#[pallet::storage]
	pub type Spent<T: Config> = StorageValue<_, Credits, ValueQuery>;

	/// The id the next bounty query gets.
	#[pallet::storage]
	pub type NextBountyId<T: Config> = StorageValue<_, BountyId, ValueQuery>;

	/// Bounty queries.
	// Twox64Concat: ids are sequential, assigned by the pallet.
	#[pallet::storage]
	pub type Bounties<T: Config> = StorageMap<_, Twox64Concat, BountyId, BountyOf<T>>;

	/// The id the next request gets.
	#[pallet::storage]
	pub type NextRequestId<T: Config> = StorageValue<_, RequestId, ValueQuery>;

	/// Open research requests.
	// Twox64Concat: ids are sequential, assigned by the pallet.
	#[pallet::storage]
	pub type Requests<T: Config> = StorageMap<_, Twox64Concat, RequestId, RequestOf<T>>;

	/// Patients' research consent: the categories each patient opted in to, with the deposit.
	// Twox64Concat: participant numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type ConsentOf<T: Config> = StorageMap<
		_,
		Twox64Concat,
		ParticipantId,
		(BoundedVec<CategoryCode, T::MaxConsents>, BalanceOf<T>),
	>;

	/// Providers' release policies.
	// Twox64Concat: participant numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type Policies<T: Config> = StorageMap<_, Twox64Concat, ParticipantId, PolicyOf<T>>;

	/// The cohort bound: for each provider, how many patients have an active relationship with
	/// it and consent to research in at least one category. No answer may cover more. Absent
	/// for none.
	// Twox64Concat: participant numbers are sequential, assigned by the registrar.
	#[pallet::storage]
	pub type ConsentingPatientsOf<T: Config> =
		StorageMap<_, Twox64Concat, ParticipantId, u32, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A collator now mines for a researcher.
		CollatorBound {
			/// The collator's account.
			collator: T::AccountId,
			/// The researcher.
			researcher: T::AccountId,
		},
		/// A collator no longer mines for its researcher.
		CollatorUnbound {
			/// The collator's account.
			collator: T::AccountId,
		},
		/// A provider offered a bounty query; the block's author owns it.
		BountyQuerySubmitted {
			/// The query.
			bounty: BountyId,
			/// The provider.
			provider: T::AccountId,
			/// Its owner.
			owner: Owner<T::AccountId>,
		},
		/// A provider answered a bounty query.
		BountyQueryAnswered {
			/// The query.
			bounty: BountyId,
			/// BLAKE2-256 of the result.
			result_hash: Hash,
			/// How many patients the result covers.
			cohort: u32,
		},
		/// A researcher asked providers for an aggregate.
		AggregateRequested {
			/// The request.
			request: RequestId,
			/// The researcher.
			researcher: T::AccountId,
			/// The credits it put in escrow.
			escrow: Credits,
		},
		/// A provider answered a request.
		RequestAnswered {
			/// The request.
			request: RequestId,
			/// The provider.
			provider: T::AccountId,
			/// BLAKE2-256 of the result.
			result_hash: Hash,
			/// How many patients the result covers.
			cohort: u32,
		},
		/// Every provider asked has answered; the request is closed.
		RequestCompleted {
			/// The request.
			request: RequestId,
		},
		/// A request expired; the credits of missing answers went back to the researcher.
		RequestExpired {
			/// The request.
			request: RequestId,
			/// The credits refunded.
			refunded: Credits,
		},
		/// A patient's research consent changed.
		ConsentSet {
			/// The patient.
			patient: T::AccountId,
			/// The category.
			category: CategoryCode,
			/// Whether the patient is opted in now.
			opted_in: bool,
		},
		/// A provider set its release policy.
		ReleasePolicySet {
			/// The provider.
			provider: T::AccountId,
		},
		/// The consortium changed the parameters.
		ParametersSet {
			/// The new parameters.
			parameters: Parameters<BlockNumberFor<T>>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is not an active researcher (admitted by the consortium, not suspended).
		NotAResearcher,
		/// The account is not an active provider.
		NotAProvider,
		/// The account is not a registered patient.
		NotAPatient,
		/// The collator account is not bound to a researcher: nothing to unbind.
		NotBound,
		/// No bounty query has this id.
		UnknownBounty,
		/// No open request has this id: it never existed, or it was completed or expired and
		/// closed.
		UnknownRequest,
		/// The collator is bound already, the consent is given already, the query answered
		/// already.
		AlreadyExists,
		/// The caller may not do this: not the collator or its researcher, not a provider the
		/// request asked.
		NotAuthorized,
		/// A bound is reached: collators per researcher, providers per request, templates,
		/// consents.
		TooMany,
		/// The researcher has fewer credits than the request costs.
		InsufficientCredits,
		/// The cohort is smaller than the request's, the provider's or the consortium's floor.
		CohortTooSmall,
		/// The provider's release policy does not answer this template.
		TemplateNotReleased,
		/// The request is still open.
		NotExpired,
		/// The request has expired.
		Expired,
		/// A request must ask at least one provider, each once.
		BadTargets,
		/// Parameters must give a positive request lifetime and a cohort floor of at least 1.
		BadParameters,
		/// The patient is not opted in to this category.
		NotOptedIn,
		/// Bounty query parameters are longer than `MaxParamsLen` bytes.
		ParamsTooLong,
		/// Bounty query parameters are empty or hold a byte outside printable ASCII.
		InvalidParams,
		/// The cohort is larger than the number of patients who have an active relationship
		/// with the provider and consent to research ([`ConsentingPatientsOf`]): the answer
		/// would count patients the chain cannot account for. Count only those patients.
		CohortExceedsConsentingPatients,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Credits the researcher behind this block's author.
		fn on_initialize(_n: BlockNumberFor<T>) -> Weight {
			Self::credit_author();
			T::WeightInfo::on_initialize()
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Binds the calling collator account to `researcher`: blocks it authors earn the
		/// researcher credits.
		///
		/// ## Dispatch Origin
		/// Signed by the collator's account (the key that receives its fees).
		///
		/// ## Details
		/// Holds a deposit from the collator.
		///
		/// ## Events
		/// [`Event::CollatorBound`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::bind_collator())]
		pub fn bind_collator(origin: OriginFor<T>, researcher: T::AccountId) -> DispatchResult {
			let collator = ensure_signed(origin)?;
			let researcher_id = Self::researcher_id(&researcher)?;
			ensure!(!ResearcherOf::<T>::contains_key(&collator), Error::<T>::AlreadyExists);
			CollatorsOf::<T>::try_mutate(researcher_id, |collators| {
				collators.try_push(collator.clone()).map_err(|_| Error::<T>::TooMany)
			})?;
			let deposit = Self::deposit_for(1, 48);
			Self::hold(&collator, deposit)?;
			ResearcherOf::<T>::insert(&collator, (researcher_id, deposit));
			Self::deposit_event(Event::CollatorBound { collator, researcher });
			Ok(())
		}

		/// Unbinds `collator` from its researcher.
		///
		/// ## Dispatch Origin
		/// Signed by the collator's account or by its researcher.
		///
		/// ## Events
		/// [`Event::CollatorUnbound`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::unbind_collator())]
		pub fn unbind_collator(origin: OriginFor<T>, collator: T::AccountId) -> DispatchResult {
			let caller = ensure_signed(origin)?;
			let (researcher, deposit) =
				ResearcherOf::<T>::get(&collator).ok_or(Error::<T>::NotBound)?;
			ensure!(
				caller == collator || T::Registry::participant_id(&caller) == Some(researcher),
				Error::<T>::NotAuthorized
			);
			ResearcherOf::<T>::remove(&collator);
			CollatorsOf::<T>::mutate_exists(researcher, |collators| {
				if let Some(list) = collators {
					list.retain(|c| c != &collator);
					if list.is_empty() {
						*collators = None;
					}
				}
			});
			Self::release(&collator, deposit)?;
			Self::deposit_event(Event::CollatorUnbound { collator });
			Ok(())
		}

		/// Offers a bounty query: an aggregate over at least `min_cohort` patients, by
		/// `template` with `params`. The author of the block that includes it (its researcher,
		/// if bound) owns it.
		///
		/// ## Dispatch Origin
		/// Signed by an active provider.
		///
		/// ## Details
		/// `params` are the template's parameters, 1 to `MaxParamsLen` bytes of printable
		/// ASCII (the demo's are a LOINC code). They are stored in the clear, with their
		/// BLAKE2-256: the owner learns them from the chain and redeems the query at the
		/// provider's gatekeeper with them. They are research parameters; never put anything
		/// about a patient in them. Batch the call with `Relationships::add_pointer` to attach
		/// it to a record update. The template must be in the provider's release policy, if it
		/// has one; `min_cohort` at least the floors. Holds a deposit from the provider, sized
		/// by the parameters.
		///
		/// ## Events
		/// [`Event::BountyQuerySubmitted`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::submit_bounty_query())]
		pub fn submit_bounty_query(
			origin: OriginFor<T>,
			template: TemplateCode,
			params: Vec<u8>,
			min_cohort: u32,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			let provider_id = Self::provider_id(&provider)?;
			let params = Self::validate_params(params)?;
			ensure!(min_cohort >= Self::floor(provider_id), Error::<T>::CohortTooSmall);
			Self::ensure_released(provider_id, template)?;
			let owner = match T::BlockAuthor::get() {
				Some(author) => match ResearcherOf::<T>::get(&author) {
					Some((researcher, _)) => Owner::Researcher(researcher),
					None => Owner::Collator(author),
				},
				None => Owner::Nobody,
			};
			let id = NextBountyId::<T>::get();
			NextBountyId::<T>::put(id.saturating_add(1));
			let params_hash = Hash::from(blake2_256(&params));
			let mut bounty = BountyQuery {
				provider: provider_id,
				template,
				params,
				params_hash,
				min_cohort,
				owner: owner.clone(),
				included_at: frame_system::Pallet::<T>::block_number(),
				answer: None,
				deposit: Zero::zero(),
			};
			bounty.deposit = Self::deposit_for(1, bounty.encoded_size() as u32);
			Self::hold(&provider, bounty.deposit)?;
			Bounties::<T>::insert(id, bounty);
			Self::deposit_event(Event::BountyQuerySubmitted { bounty: id, provider, owner });
			Ok(())
		}

		/// Records the answer to a bounty query its owner redeemed: the result's hash and how
		/// many (opted-in) patients it covers. The record stays, as the owner's proof, and so
		/// does the provider's deposit that pays for its storage.
		///
		/// ## Dispatch Origin
		/// Signed by the query's provider.
		///
		/// ## Details
		/// The cohort must be at least the query's and the provider's floors and at most the
		/// provider's cohort bound ([`ConsentingPatientsOf`]).
		///
		/// ## Events
		/// [`Event::BountyQueryAnswered`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::answer_bounty_query())]
		pub fn answer_bounty_query(
			origin: OriginFor<T>,
			bounty: BountyId,
			result_hash: Hash,
			cohort: u32,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			let mut record = Bounties::<T>::get(bounty).ok_or(Error::<T>::UnknownBounty)?;
			ensure!(
				T::Registry::participant_id(&provider) == Some(record.provider),
				Error::<T>::NotAuthorized
			);
			ensure!(record.answer.is_none(), Error::<T>::AlreadyExists);
			ensure!(
				cohort >= record.min_cohort.max(Self::floor(record.provider)),
				Error::<T>::CohortTooSmall
			);
			Self::ensure_accounted_for(record.provider, cohort)?;
			record.answer = Some((result_hash, cohort));
			Bounties::<T>::insert(bounty, record);
			Self::deposit_event(Event::BountyQueryAnswered { bounty, result_hash, cohort });
			Ok(())
		}

		/// Asks `providers` for an aggregate by `template` over at least `min_cohort` patients,
		/// paying [`Parameters::request_cost`] credits per provider into escrow.
		///
		/// ## Dispatch Origin
		/// Signed by an active researcher.
		///
		/// ## Details
		/// Open for [`Parameters::request_lifetime`] blocks. Holds a deposit from the
		/// researcher, returned when the request closes.
		///
		/// ## Events
		/// [`Event::AggregateRequested`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::request_aggregate(T::MaxTargets::get()))]
		pub fn request_aggregate(
			origin: OriginFor<T>,
			template: TemplateCode,
			params_hash: Hash,
			providers: Vec<T::AccountId>,
			min_cohort: u32,
		) -> DispatchResult {
			let researcher = ensure_signed(origin)?;
			let researcher_id = Self::researcher_id(&researcher)?;
			let params = Self::parameters();
			ensure!(min_cohort >= params.min_cohort_floor, Error::<T>::CohortTooSmall);
			ensure!(!providers.is_empty(), Error::<T>::BadTargets);
			let mut pending = BoundedVec::<ParticipantId, T::MaxTargets>::new();
			for provider in &providers {
				let id = Self::provider_id(provider)?;
				ensure!(!pending.contains(&id), Error::<T>::BadTargets);
				pending.try_push(id).map_err(|_| Error::<T>::TooMany)?;
			}
			let escrow = params.request_cost.saturating_mul(pending.len() as Credits);
			CreditsOf::<T>::try_mutate(researcher_id, |credits| {
				*credits = credits.checked_sub(escrow).ok_or(Error::<T>::InsufficientCredits)?;
				Ok::<_, Error<T>>(())
			})?;
			let id = NextRequestId::<T>::get();
			NextRequestId::<T>::put(id.saturating_add(1));
			let now = frame_system::Pallet::<T>::block_number();
			let mut request = Request {
				researcher: researcher_id,
				template,
				params_hash,
				min_cohort,
				pending,
				cost_per_answer: params.request_cost,
				expires_at: now.saturating_add(params.request_lifetime),
				deposit: Zero::zero(),
			};
			request.deposit = Self::deposit_for(1, request.encoded_size() as u32);
			Self::hold(&researcher, request.deposit)?;
			Requests::<T>::insert(id, request);
			Self::deposit_event(Event::AggregateRequested { request: id, researcher, escrow });
			Ok(())
		}

		/// Answers a request: the result's hash and how many (opted-in) patients it covers.
		/// Below the request's, the provider's or the consortium's floor it is refused.
		///
		/// ## Dispatch Origin
		/// Signed by a provider the request asked, while it is open.
		///
		/// ## Details
		/// The cohort must be at least the floors and at most the provider's cohort bound
		/// ([`ConsentingPatientsOf`]). Spends the answer's credits from escrow. The last answer
		/// closes the request and returns the researcher's deposit.
		///
		/// ## Events
		/// [`Event::RequestAnswered`], and [`Event::RequestCompleted`] for the last answer.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::answer_request(T::MaxTargets::get()))]
		pub fn answer_request(
			origin: OriginFor<T>,
			request: RequestId,
			result_hash: Hash,
			cohort: u32,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			let mut record = Requests::<T>::get(request).ok_or(Error::<T>::UnknownRequest)?;
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(now < record.expires_at, Error::<T>::Expired);
			// An account that never registered is no provider the request asked, like any other.
			let provider_id =
				T::Registry::participant_id(&provider).ok_or(Error::<T>::NotAuthorized)?;
			let position = record
				.pending
				.iter()
				.position(|p| *p == provider_id)
				.ok_or(Error::<T>::NotAuthorized)?;
			Self::ensure_released(provider_id, record.template)?;
			ensure!(
				cohort >= record.min_cohort.max(Self::floor(provider_id)),
				Error::<T>::CohortTooSmall
			);
			Self::ensure_accounted_for(provider_id, cohort)?;
			record.pending.swap_remove(position);
			let cost = record.cost_per_answer;
			Spent::<T>::mutate(|spent| *spent = spent.saturating_add(cost));
			Self::deposit_event(Event::RequestAnswered { request, provider, result_hash, cohort });
			if record.pending.is_empty() {
				Self::close_request(request, record)?;
				Self::deposit_event(Event::RequestCompleted { request });
			} else {
				Requests::<T>::insert(request, record);
			}
			Ok(())
		}

		/// Closes an expired request: the credits of the missing answers go back to the
		/// researcher, and its deposit too.
		///
		/// ## Dispatch Origin
		/// Signed by anyone.
		///
		/// ## Events
		/// [`Event::RequestExpired`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::expire_request())]
		pub fn expire_request(origin: OriginFor<T>, request: RequestId) -> DispatchResult {
			ensure_signed(origin)?;
			let record = Requests::<T>::get(request).ok_or(Error::<T>::UnknownRequest)?;
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(now >= record.expires_at, Error::<T>::NotExpired);
			let refunded = record.escrow();
			CreditsOf::<T>::mutate(record.researcher, |c| *c = c.saturating_add(refunded));
			Self::close_request(request, record)?;
			Self::deposit_event(Event::RequestExpired { request, refunded });
			Ok(())
		}

		/// Opts the caller in to, or out of, research on `category` (out by default).
		///
		/// ## Dispatch Origin
		/// Signed by a registered patient.
		///
		/// ## Details
		/// The first opt-in holds a deposit, returned when the last category is opted out. The
		/// first opt-in and the last opt-out change the cohort bound of each provider the
		/// patient has an active relationship with; the call is charged for the most
		/// relationships a patient may have and refunded to those read.
		///
		/// ## Events
		/// [`Event::ConsentSet`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::set_consent(T::Relationships::max_relationships()))]
		pub fn set_consent(
			origin: OriginFor<T>,
			category: CategoryCode,
			opted_in: bool,
		) -> DispatchResultWithPostInfo {
			let patient = ensure_signed(origin)?;
			// A registered patient always has a number: one check, one cause.
			let id = T::Registry::participant_id(&patient)
				.filter(|_| T::Registry::is_patient(&patient))
				.ok_or(Error::<T>::NotAPatient)?;
			let (mut categories, deposit) = ConsentOf::<T>::get(id).unwrap_or_default();
			let consented = !categories.is_empty();
			let present = categories.iter().position(|c| *c == category);
			match (opted_in, present) {
				(true, Some(_)) => Err(Error::<T>::AlreadyExists)?,
				(false, None) => Err(Error::<T>::NotOptedIn)?,
				(true, None) => categories.try_push(category).map_err(|_| Error::<T>::TooMany)?,
				(false, Some(i)) => {
					categories.swap_remove(i);
				},
			}
			let new_deposit = if categories.is_empty() {
				Zero::zero()
			} else {
				Self::deposit_for(1, T::MaxConsents::get().saturating_mul(4))
			};
			if new_deposit > deposit {
				Self::hold(&patient, new_deposit.saturating_sub(deposit))?;
			} else {
				Self::release(&patient, deposit.saturating_sub(new_deposit))?;
			}
			let consents = !categories.is_empty();
			if consents {
				ConsentOf::<T>::insert(id, (categories, new_deposit));
			} else {
				ConsentOf::<T>::remove(id);
			}
			// Only the first category in and the last one out change whom the patient counts
			// for: the bound counts a patient once, whatever the categories.
			let read = if consents == consented {
				0
			} else {
				let (providers, read) = T::Relationships::active_providers(id);
				for provider in providers {
					Self::count_consenting(provider, consents);
				}
				read
			};
			Self::deposit_event(Event::ConsentSet { patient, category, opted_in });
			Ok(Some(T::WeightInfo::set_consent(read)).into())
		}

		/// Sets the caller's release policy: the templates it answers (none: it answers every
		/// template) and its own cohort floor.
		///
		/// ## Dispatch Origin
		/// Signed by an active provider.
		///
		/// ## Events
		/// [`Event::ReleasePolicySet`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::set_release_policy())]
		pub fn set_release_policy(
			origin: OriginFor<T>,
			templates: Vec<TemplateCode>,
			min_cohort: u32,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			let provider_id = Self::provider_id(&provider)?;
			ensure!(min_cohort >= Self::parameters().min_cohort_floor, Error::<T>::CohortTooSmall);
			let templates: BoundedVec<_, T::MaxTemplates> =
				templates.try_into().map_err(|_| Error::<T>::TooMany)?;
			let old = Policies::<T>::get(provider_id).map(|p| p.deposit).unwrap_or_default();
			let mut policy = ReleasePolicy { templates, min_cohort, deposit: Zero::zero() };
			policy.deposit = Self::deposit_for(1, policy.encoded_size() as u32);
			if policy.deposit > old {
				Self::hold(&provider, policy.deposit.saturating_sub(old))?;
			} else {
				Self::release(&provider, old.saturating_sub(policy.deposit))?;
			}
			Policies::<T>::insert(provider_id, policy);
			Self::deposit_event(Event::ReleasePolicySet { provider });
			Ok(())
		}

		/// Sets the research-mining parameters.
		///
		/// ## Dispatch Origin
		/// [`Config::ConsortiumOrigin`].
		///
		/// ## Events
		/// [`Event::ParametersSet`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::set_parameters())]
		pub fn set_parameters(
			origin: OriginFor<T>,
			parameters: Parameters<BlockNumberFor<T>>,
		) -> DispatchResult {
			T::ConsortiumOrigin::ensure_origin(origin)?;
			ensure!(
				parameters.min_cohort_floor >= 1 && !parameters.request_lifetime.is_zero(),
				Error::<T>::BadParameters
			);
			Params::<T>::put(parameters);
			Self::deposit_event(Event::ParametersSet { parameters });
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
		deposits::hold::<T::Currency, _>(&HoldReason::Research.into(), who, amount)
	}

	fn release(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		deposits::release::<T::Currency, _>(&HoldReason::Research.into(), who, amount)
	}

	/// The parameters in force.
	pub fn parameters() -> Parameters<BlockNumberFor<T>> {
		Params::<T>::get().unwrap_or_else(T::DefaultParameters::get)
	}

	/// The number of an active researcher (who always has one: one check, one cause).
	fn researcher_id(who: &T::AccountId) -> Result<ParticipantId, DispatchError> {
		ensure!(T::Registry::is_active_researcher(who), Error::<T>::NotAResearcher);
		Ok(T::Registry::participant_id(who).ok_or(Error::<T>::NotAResearcher)?)
	}

	/// The number of an active provider (who always has one: one check, one cause).
	fn provider_id(who: &T::AccountId) -> Result<ParticipantId, DispatchError> {
		ensure!(T::Registry::is_active_provider(who), Error::<T>::NotAProvider);
		Ok(T::Registry::participant_id(who).ok_or(Error::<T>::NotAProvider)?)
	}

	/// Refuses a cohort larger than the patients `provider` can account for.
	fn ensure_accounted_for(provider: ParticipantId, cohort: u32) -> DispatchResult {
		ensure!(
			cohort <= ConsentingPatientsOf::<T>::get(provider),
			Error::<T>::CohortExceedsConsentingPatients
		);
		Ok(())
	}

	/// One consenting patient more (`more`) or fewer for `provider`'s cohort bound.
	fn count_consenting(provider: ParticipantId, more: bool) {
		ConsentingPatientsOf::<T>::mutate_exists(provider, |count| {
			let n = count.unwrap_or(0);
			let n = if more {
				n.saturating_add(1)
			} else {
				if n == 0 {
					defensive!("a provider's cohort bound would go below zero");
				}
				n.saturating_sub(1)
			};
			*count = (n > 0).then_some(n);
		});
	}

	/// The cohort floor that applies to `provider`: its policy's, and never below the
	/// consortium's.
	fn floor(provider: ParticipantId) -> u32 {
		let global = Self::parameters().min_cohort_floor;
		Policies::<T>::get(provider).map_or(global, |p| p.min_cohort.max(global))
	}

	/// A provider with a non-empty template list answers only those templates.
	fn ensure_released(provider: ParticipantId, template: TemplateCode) -> DispatchResult {
		let released = Policies::<T>::get(provider)
			.is_none_or(|p| p.templates.is_empty() || p.templates.contains(&template));
		ensure!(released, Error::<T>::TemplateNotReleased);
		Ok(())
	}

	/// Checks bounty query parameters: 1 to `MaxParamsLen` bytes of printable ASCII, which a
	/// wallet shows as they are and a gatekeeper reads as text.
	fn validate_params(params: Vec<u8>) -> Result<BoundedVec<u8, T::MaxParamsLen>, DispatchError> {
		let params: BoundedVec<u8, T::MaxParamsLen> =
			params.try_into().map_err(|_| Error::<T>::ParamsTooLong)?;
		ensure!(
			!params.is_empty() && params.iter().all(|b| (b' '..=b'~').contains(b)),
			Error::<T>::InvalidParams
		);
		Ok(params)
	}

	fn close_request(id: RequestId, record: RequestOf<T>) -> DispatchResult {
		Requests::<T>::remove(id);
		// The registrar keeps an account for every number it ever gave (rotation moves it,
		// nothing removes it): a request whose researcher has none means corrupt state.
		let researcher =
			T::Registry::account_of(record.researcher).ok_or(DispatchError::Corruption)?;
		Self::release(&researcher, record.deposit)
	}

	/// Credits the researcher bound to this block's author, if any.
	fn credit_author() {
		let Some(author) = T::BlockAuthor::get() else { return };
		let Some((researcher, _)) = ResearcherOf::<T>::get(&author) else { return };
		let amount = Self::parameters().credits_per_block;
		CreditsOf::<T>::mutate(researcher, |c| *c = c.saturating_add(amount));
		Minted::<T>::mutate(|m| *m = m.saturating_add(amount));
	}

	/// Every provider's cohort bound, recomputed from the consents and the relationships (each
	/// consenting patient's active providers), and the relationships read to compute it.
	pub(crate) fn count_consenting_with_reads(
	) -> (alloc::collections::BTreeMap<ParticipantId, u32>, u64) {
		let mut counts = alloc::collections::BTreeMap::<ParticipantId, u32>::new();
		let mut reads = 0u64;
		for patient in ConsentOf::<T>::iter_keys() {
			let (providers, read) = T::Relationships::active_providers(patient);
			reads = reads.saturating_add(u64::from(read)).saturating_add(1);
			for provider in providers {
				let n = counts.entry(provider).or_default();
				*n = n.saturating_add(1);
			}
		}
		(counts, reads)
	}

	#[cfg(any(feature = "try-runtime", test))]
	fn count_all_consenting() -> alloc::collections::BTreeMap<ParticipantId, u32> {
		Self::count_consenting_with_reads().0
	}

	/// `MedRecApi::research_consent`: the categories `patient` opted in to.
	pub fn consented_categories(patient: &T::AccountId) -> Vec<CategoryCode> {
		T::Registry::participant_id(patient)
			.and_then(ConsentOf::<T>::get)
			.map(|(categories, _)| categories.into_inner())
			.unwrap_or_default()
	}

	/// `MedRecApi::research_credits`: the credits of `researcher`.
	pub fn credits_of(researcher: &T::AccountId) -> Credits {
		T::Registry::participant_id(researcher)
			.map(CreditsOf::<T>::get)
			.unwrap_or_default()
	}

	/// `MedRecApi::release_policy`: the templates `provider` answers (empty: all) and the
	/// cohort floor that applies to it.
	pub fn release_policy(provider: &T::AccountId) -> Option<(Vec<TemplateCode>, u32)> {
		let id = T::Registry::participant_id(provider)?;
		let templates =
			Policies::<T>::get(id).map(|p| p.templates.into_inner()).unwrap_or_default();
		Some((templates, Self::floor(id)))
	}

	/// Checks the pallet's invariants: the credit supply adds up, bindings agree both ways, and
	/// every provider's cohort bound is what the consents and relationships give.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		ensure!(
			Self::count_all_consenting()
				== ConsentingPatientsOf::<T>::iter()
					.collect::<alloc::collections::BTreeMap<_, _>>(),
			"a provider's cohort bound differs from its consenting patients"
		);
		let held: Credits = CreditsOf::<T>::iter_values().fold(0, |a, c| a.saturating_add(c));
		let escrowed: Credits =
			Requests::<T>::iter_values().fold(0, |a, r| a.saturating_add(r.escrow()));
		ensure!(
			held.saturating_add(escrowed) == Minted::<T>::get().saturating_sub(Spent::<T>::get()),
			"credits held and escrowed differ from minted minus spent"
		);
		for (collator, (researcher, _)) in ResearcherOf::<T>::iter() {
			ensure!(
				CollatorsOf::<T>::get(researcher).contains(&collator),
				"binding missing from its researcher's list"
			);
		}
		let listed: usize = CollatorsOf::<T>::iter_values().map(|l| l.len()).sum();
		ensure!(listed == ResearcherOf::<T>::iter().count(), "stray collator in a list");
		Ok(())
	}
}

/// The relationships pallet reports relationships that become or stop being active: a consenting
/// patient's provider gains or loses one in its cohort bound.
impl<T: Config> RelationshipActivity for Pallet<T> {
	fn activated(patient: ParticipantId, provider: ParticipantId) {
		if ConsentOf::<T>::contains_key(patient) {
			Self::count_consenting(provider, true);
		}
	}

	fn deactivated(patient: ParticipantId, provider: ParticipantId) {
		if ConsentOf::<T>::contains_key(patient) {
			Self::count_consenting(provider, false);
		}
	}

	fn activity_weight() -> Weight {
		T::WeightInfo::relationship_activity()
	}
}

/// Research state is keyed by participant numbers, except collator bindings, keyed by the
/// collator's account: a registered participant whose account is also a bound collator keeps
/// its binding under the new account, unless that account is a bound collator itself (then the
/// old account's binding ends, and its deposit is returned). Deposits move.
impl<T: Config> OnAccountRotated<T::AccountId> for Pallet<T> {
	fn on_account_rotated(old: &T::AccountId, new: &T::AccountId) -> Weight {
		// The registrar refuses `new` accounts that ever registered, but a collator account need
		// not have: one bound already keeps its own binding, and `old`'s ends.
		let mut ended = None;
		if let Some((researcher, deposit)) = ResearcherOf::<T>::take(old) {
			let kept = !ResearcherOf::<T>::contains_key(new);
			CollatorsOf::<T>::mutate(researcher, |list| {
				list.retain(|c| c != old);
				if kept {
					// Room was just made by removing `old`.
					let _ = list.try_push(new.clone());
				}
			});
			if kept {
				ResearcherOf::<T>::insert(new, (researcher, deposit));
			} else {
				ended = Some(deposit);
			}
			if CollatorsOf::<T>::get(researcher).is_empty() {
				CollatorsOf::<T>::remove(researcher);
			}
		}
		let reason = HoldReason::Research.into();
		if deposits::follow_rotation::<T::Currency, _>(&reason, old, new).is_err() {
			defensive!("research deposits could not follow an account rotation");
		}
		// The ended binding's deposit came along with the others; nothing holds it any more, so
		// it goes back, to the account the participant uses now.
		if let Some(deposit) = ended {
			if Self::release(new, deposit).is_err() {
				defensive!("an ended binding's deposit could not be released");
			}
			Self::deposit_event(Event::CollatorUnbound { collator: old.clone() });
		}
		T::WeightInfo::on_account_rotated()
	}

	fn max_weight() -> Weight {
		T::WeightInfo::on_account_rotated()
	}
}
