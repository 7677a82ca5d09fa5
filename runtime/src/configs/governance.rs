//! The consortium: the member institutions that govern MedRec.
//!
//! `Consortium` (a collective) votes on motions; `ConsortiumMembership` decides who sits in
//! it. Two thresholds:
//! - [`ConsortiumOrRoot`], two thirds of the consortium (or root): privileged MedRec calls
//!   (admitting providers and researchers, managing collators, setting parameters).
//! - [`ConsortiumQualifiedMajority`], three quarters of the consortium: root itself, through
//!   [`consortium_root`]. Root changes the chain's rules for everyone (runtime upgrades, any
//!   storage, any pallet's privileged calls), so it takes more than an admission does.
//!
//! Root also exists on development chains through `Sudo`, and on every chain the relay chain's
//! root is root here (XCM). On the `consortium` chain there is no sudo key.
//!
//! ## Upgrading the runtime
//!
//! 1. A member proposes the motion `ConsortiumRoot::dispatch_as_root(System::authorize_upgrade
//!    (code_hash))`, with `code_hash` the blake2-256 hash of the new WASM, and a threshold of at
//!    least three quarters of the members.
//! 2. The members vote; once the ayes reach the threshold, anyone closes the motion, which
//!    authorizes the upgrade. A motion passed by fewer than three quarters of the members still
//!    executes, but is refused (`BadOrigin`) and changes nothing.
//! 3. Anyone submits `System::apply_authorized_upgrade(code)` with the WASM itself. The chain
//!    checks it against the hash (and that the spec name is the same and the spec version
//!    higher) and hands it to the relay chain, which switches the parachain's code when it
//!    signals go-ahead.
//!
//! The motion carries a 32-byte hash, not the megabytes of code, so it stays within the
//! collective's proposal bounds; the code travels once, in the call that applies it (free when
//! it is the authorized code).
//!
//! ## Why a small pallet of our own
//!
//! What FRAME offers for "an origin other than root dispatches as root" did not fit a single
//! body voting in a collective:
//! - `pallet_sudo` dispatches as root for one key, not for an origin.
//! - `pallet_utility::dispatch_as` and `System` calls themselves require root.
//! - `pallet_whitelist` is built for two bodies: one (a technical fellowship) whitelists a
//!   call's hash, another (a referendum track) dispatches it as root. With the consortium as
//!   both, an upgrade would take two motions (or a batch of whitelist-then-dispatch in one), and
//!   the pallet needs `pallet_preimage` beside it (its benchmarks fetch and note preimages), a
//!   second pallet with its own deposits, and keeps deferred dispatches anyone may create.
//! - OpenGov (referenda, conviction voting, tracks) is token-holder governance, not a
//!   consortium's.
//!
//! [`consortium_root`] is the smallest mechanism that fits: one call that checks the qualified
//! majority's origin and dispatches the call as root — `pallet_sudo::sudo` with an origin check
//! in place of the key check, and nothing else (no storage, no deposits, no events of its own:
//! the collective's `Executed` event reports the result, the inner call its own events).

use crate::{
	AccountId, BlockNumber, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, DAYS,
	MAXIMUM_BLOCK_WEIGHT,
};
use polkadot_sdk::{
	frame_support::{
		parameter_types,
		traits::{EitherOfDiverse, NeverEnsureOrigin},
		weights::Weight,
	},
	frame_system::EnsureRoot,
	sp_runtime::Perbill,
	*,
};

/// The consortium's collective instance.
pub type ConsortiumInstance = pallet_collective::Instance1;

/// Two thirds of the consortium, or root.
pub type ConsortiumOrRoot = EitherOfDiverse<
	EnsureRoot<AccountId>,
	pallet_collective::EnsureProportionAtLeast<AccountId, ConsortiumInstance, 2, 3>,
>;

/// Three quarters of the consortium: the qualified majority that may act as root. More than
/// [`ConsortiumOrRoot`]'s two thirds: with four members, three; with three, all of them.
pub type ConsortiumQualifiedMajority =
	pallet_collective::EnsureProportionAtLeast<AccountId, ConsortiumInstance, 3, 4>;

parameter_types! {
	/// A motion stays open for three days.
	pub const ConsortiumMotionDuration: BlockNumber = 3 * DAYS;
	pub const ConsortiumMaxProposals: u32 = 100;
	pub const ConsortiumMaxMembers: u32 = 100;
	/// A motion may dispatch at most half a block of weight.
	pub MaxProposalWeight: Weight = Perbill::from_percent(50) * MAXIMUM_BLOCK_WEIGHT;
}

impl pallet_collective::Config<ConsortiumInstance> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = ConsortiumMotionDuration;
	type MaxProposals = ConsortiumMaxProposals;
	type MaxMembers = ConsortiumMaxMembers;
	// Members who did not vote are counted as voting like the prime member (if any).
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	// Membership is managed by `ConsortiumMembership`, never set directly.
	type SetMembersOrigin = NeverEnsureOrigin<()>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = ConsortiumOrRoot;
	type KillOrigin = ConsortiumOrRoot;
	// Only members may propose, so proposals need no deposit.
	type Consideration = ();
}

impl pallet_membership::Config<pallet_membership::Instance1> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = ConsortiumOrRoot;
	type RemoveOrigin = ConsortiumOrRoot;
	type SwapOrigin = ConsortiumOrRoot;
	type ResetOrigin = ConsortiumOrRoot;
	type PrimeOrigin = ConsortiumOrRoot;
	type MembershipInitialized = crate::Consortium;
	type MembershipChanged = crate::Consortium;
	type MaxMembers = ConsortiumMaxMembers;
	type WeightInfo = pallet_membership::weights::SubstrateWeight<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

impl consortium_root::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type RootOrigin = ConsortiumQualifiedMajority;
	// The pallet's only work besides the call is checking an origin that carries its own proof
	// (the collective's vote count; no storage read) and dispatching the call with another
	// origin: what `Utility::dispatch_as` does, whose benchmarked weight (the pallet's
	// defaults, as for `Utility` itself) it charges.
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}

/// Root for the consortium's qualified majority: `ConsortiumRoot::dispatch_as_root(call)`.
///
/// ## Overview
///
/// A motion of the consortium that reaches `Config::RootOrigin` dispatches `call` with the
/// root origin. Nothing else in the pallet: no storage, no deposits; the collective's
/// `Executed` event reports the result.
///
/// ## Safety Considerations
///
/// Whoever satisfies `Config::RootOrigin` can do anything root can, including replacing the
/// runtime: the origin must be the body trusted with the chain itself (here three quarters of
/// the consortium), never a single account.
#[frame_support::pallet]
pub mod consortium_root {
	use alloc::boxed::Box;
	use polkadot_sdk::{
		frame_support::{
			dispatch::{extract_actual_weight, GetDispatchInfo, PostDispatchInfo},
			pallet_prelude::*,
		},
		frame_system::{self, pallet_prelude::*},
		pallet_utility::WeightInfo as _,
		sp_runtime::{traits::Dispatchable, DispatchErrorWithPostInfo},
	};

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// The calls that may be dispatched as root.
		type RuntimeCall: Parameter
			+ Dispatchable<RuntimeOrigin = Self::RuntimeOrigin, PostInfo = PostDispatchInfo>
			+ GetDispatchInfo;
		/// Who may act as root.
		type RootOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The weight of dispatching a call with another origin.
		type WeightInfo: polkadot_sdk::pallet_utility::WeightInfo;
	}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Dispatches `call` as root.
		///
		/// ## Dispatch Origin
		/// [`Config::RootOrigin`]: in MedRec, a motion of three quarters of the consortium.
		///
		/// ## Details
		/// Returns what `call` returns, so the collective's `Executed` event shows whether the
		/// root call itself succeeded. Charges the call's weight and the dispatch's, refunding
		/// what the call did not use.
		///
		/// ## Events
		/// Those of `call`.
		#[pallet::call_index(0)]
		#[pallet::weight({
			let info = call.get_dispatch_info();
			(T::WeightInfo::dispatch_as().saturating_add(info.call_weight), info.class)
		})]
		pub fn dispatch_as_root(
			origin: OriginFor<T>,
			call: Box<<T as Config>::RuntimeCall>,
		) -> DispatchResultWithPostInfo {
			T::RootOrigin::ensure_origin(origin)?;
			let info = call.get_dispatch_info();
			let result = call.dispatch(frame_system::RawOrigin::Root.into());
			let actual_weight = Some(
				T::WeightInfo::dispatch_as().saturating_add(extract_actual_weight(&result, &info)),
			);
			match result {
				Ok(_) => Ok(PostDispatchInfo { actual_weight, pays_fee: Pays::Yes }),
				Err(e) => Err(DispatchErrorWithPostInfo {
					post_info: PostDispatchInfo { actual_weight, pays_fee: Pays::Yes },
					error: e.error,
				}),
			}
		}
	}
}
