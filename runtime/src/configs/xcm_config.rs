//! XCM: messages with the relay chain and sibling parachains.
//!
//! MedRec keeps XCM to the basics a parachain needs: the relay chain can send root-level
//! messages (runtime upgrades from relay governance), siblings and the relay can pay for
//! execution in MEDR, and MEDR can be reserve-transferred. No assets are teleported and no
//! foreign assets are held. Medical data never travels over XCM.

use crate::{
	xcm, xcm_builder, xcm_executor, AccountId, AllPalletsWithSystem, Balances, ParachainInfo,
	ParachainSystem, PolkadotXcm, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, WeightToFee,
	XcmpQueue,
};
use polkadot_sdk::{
	frame_support::{
		parameter_types,
		traits::{ConstU32, Contains, Everything, Nothing},
		weights::Weight,
	},
	frame_system::EnsureRoot,
	polkadot_parachain_primitives::primitives::Sibling,
	*,
};
use xcm::latest::prelude::*;
use xcm_builder::{
	AccountId32Aliases, AllowExplicitUnpaidExecutionFrom, AllowKnownQueryResponses,
	AllowSubscriptionsFrom, AllowTopLevelPaidExecutionFrom, DenyRecursively,
	DenyReserveTransferToRelayChain, DenyThenTry, EnsureXcmOrigin, FixedWeightBounds,
	FrameTransactionalProcessor, FungibleAdapter, IsConcrete, NativeAsset, ParentAsSuperuser,
	ParentIsPreset, RelayChainAsNative, SiblingParachainAsNative, SiblingParachainConvertsVia,
	SignedAccountId32AsNative, SignedToAccountId32, SovereignSignedViaLocation, TakeWeightCredit,
	TrailingSetTopicAsId, UsingComponents, WithComputedOrigin, WithUniqueTopic,
};
use xcm_executor::XcmExecutor;

parameter_types! {
	pub const RelayLocation: Location = Location::parent();
	/// MEDR, the native token, as other chains see it from here.
	pub const HereLocation: Location = Location::here();
	pub const RelayNetwork: Option<NetworkId> = None;
	pub RelayChainOrigin: RuntimeOrigin = cumulus_pallet_xcm::Origin::Relay.into();
	pub UniversalLocation: InteriorLocation = Parachain(ParachainInfo::parachain_id().into()).into();
}

/// How a location that sends us a message maps to a local account (its sovereign account).
pub type LocationToAccountId = (
	// The relay chain's sovereign account: the default (empty) account.
	ParentIsPreset<AccountId>,
	// A sibling parachain's sovereign account.
	SiblingParachainConvertsVia<Sibling, AccountId>,
	// A plain account on this chain.
	AccountId32Aliases<RelayNetwork, AccountId>,
);

/// MEDR in `pallet_balances`, moved by XCM asset instructions.
pub type LocalAssetTransactor = FungibleAdapter<
	Balances,
	IsConcrete<HereLocation>,
	LocationToAccountId,
	AccountId,
	// No teleports, so there is nothing to check.
	(),
>;

/// How an XCM origin becomes a dispatch origin for `Transact`.
pub type XcmOriginToTransactDispatchOrigin = (
	// A sovereign account, signed origin.
	SovereignSignedViaLocation<LocationToAccountId, RuntimeOrigin>,
	// The relay chain's native origin (for relay-chain-specific calls).
	RelayChainAsNative<RelayChainOrigin, RuntimeOrigin>,
	// A sibling's native origin.
	SiblingParachainAsNative<cumulus_pallet_xcm::Origin, RuntimeOrigin>,
	// The relay chain's root is root here: it governs runtime upgrades of a parachain
	// without sudo (the `consortium` chain).
	ParentAsSuperuser<RuntimeOrigin>,
	// An account on this chain, when the message says so explicitly.
	SignedAccountId32AsNative<RelayNetwork, RuntimeOrigin>,
	// XCM origins that are passed through for `pallet_xcm`'s own calls.
	pallet_xcm::XcmPassthrough<RuntimeOrigin>,
);

parameter_types! {
	/// Weight of one XCM instruction, until XCM benchmarks are run for this runtime.
	pub const UnitWeightCost: Weight = Weight::from_parts(1_000_000_000, 64 * 1024);
	pub const MaxInstructions: u32 = 100;
	pub const MaxAssetsIntoHolding: u32 = 64;
}

/// The relay chain, or its executive body (relay governance).
pub struct ParentOrParentsExecutivePlurality;
impl Contains<Location> for ParentOrParentsExecutivePlurality {
	fn contains(location: &Location) -> bool {
		matches!(location.unpack(), (1, []) | (1, [Plurality { id: BodyId::Executive, .. }]))
	}
}

/// Which messages are executed at all.
pub type Barrier = TrailingSetTopicAsId<
	DenyThenTry<
		DenyRecursively<DenyReserveTransferToRelayChain>,
		(
			TakeWeightCredit,
			WithComputedOrigin<
				(
					// Messages that pay for their execution.
					AllowTopLevelPaidExecutionFrom<Everything>,
					// The relay chain's governance executes for free.
					AllowExplicitUnpaidExecutionFrom<ParentOrParentsExecutivePlurality>,
					// Answers to our queries and version subscriptions.
					AllowKnownQueryResponses<PolkadotXcm>,
					AllowSubscriptionsFrom<Everything>,
				),
				UniversalLocation,
				ConstU32<8>,
			>,
		),
	>,
>;

pub struct XcmConfig;
impl xcm_executor::Config for XcmConfig {
	type RuntimeCall = RuntimeCall;
	type XcmSender = XcmRouter;
	type XcmEventEmitter = PolkadotXcm;
	type AssetTransactor = LocalAssetTransactor;
	type OriginConverter = XcmOriginToTransactDispatchOrigin;
	// Assets are accepted as reserve assets only from their own chain.
	type IsReserve = NativeAsset;
	type IsTeleporter = ();
	type UniversalLocation = UniversalLocation;
	type Barrier = Barrier;
	type Weigher = FixedWeightBounds<UnitWeightCost, RuntimeCall, MaxInstructions>;
	// Execution is paid in MEDR; fees go to nobody in particular (burnt) until a treasury
	// exists.
	type Trader = UsingComponents<WeightToFee, HereLocation, AccountId, Balances, ()>;
	type ResponseHandler = PolkadotXcm;
	type AssetTrap = PolkadotXcm;
	type AssetLocker = ();
	type AssetExchanger = ();
	type SubscriptionService = PolkadotXcm;
	type PalletInstancesInfo = AllPalletsWithSystem;
	type MaxAssetsIntoHolding = MaxAssetsIntoHolding;
	type FeeManager = ();
	type MessageExporter = ();
	type UniversalAliases = Nothing;
	type CallDispatcher = RuntimeCall;
	type SafeCallFilter = Everything;
	type Aliasers = Nothing;
	type TransactionalProcessor = FrameTransactionalProcessor;
	type HrmpNewChannelOpenRequestHandler = ();
	type HrmpChannelAcceptedHandler = ();
	type HrmpChannelClosingHandler = ();
	type XcmRecorder = PolkadotXcm;
}

/// A local signed origin as an XCM location, for sending and executing XCM.
pub type LocalOriginToLocation = SignedToAccountId32<RuntimeOrigin, AccountId, RelayNetwork>;

/// Routes outgoing messages: UMP to the relay chain, XCMP to siblings.
pub type XcmRouter =
	WithUniqueTopic<(cumulus_primitives_utility::ParentAsUmp<ParachainSystem, (), ()>, XcmpQueue)>;

impl pallet_xcm::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type SendXcmOrigin = EnsureXcmOrigin<RuntimeOrigin, LocalOriginToLocation>;
	type XcmRouter = XcmRouter;
	type ExecuteXcmOrigin = EnsureXcmOrigin<RuntimeOrigin, LocalOriginToLocation>;
	type XcmExecuteFilter = Nothing;
	type XcmExecutor = XcmExecutor<XcmConfig>;
	type XcmTeleportFilter = Nothing;
	type XcmReserveTransferFilter = Everything;
	type Weigher = FixedWeightBounds<UnitWeightCost, RuntimeCall, MaxInstructions>;
	type UniversalLocation = UniversalLocation;
	type RuntimeOrigin = RuntimeOrigin;
	type RuntimeCall = RuntimeCall;
	const VERSION_DISCOVERY_QUEUE_SIZE: u32 = 100;
	type AdvertisedXcmVersion = pallet_xcm::CurrentXcmVersion;
	type Currency = Balances;
	type CurrencyMatcher = ();
	type TrustedLockers = ();
	type SovereignAccountOf = LocationToAccountId;
	type MaxLockers = ConstU32<8>;
	type WeightInfo = pallet_xcm::TestWeightInfo;
	type AdminOrigin = EnsureRoot<AccountId>;
	type MaxRemoteLockConsumers = ConstU32<0>;
	type RemoteLockConsumerIdentifier = ();
	// Origin aliasing is not offered, so it needs no deposit.
	type AuthorizedAliasConsideration = ();
}

impl cumulus_pallet_xcm::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type XcmExecutor = XcmExecutor<XcmConfig>;
}

parameter_types! {
	/// Message processing may use up to 35% of a block.
	pub MessageQueueServiceWeight: Weight =
		sp_runtime::Perbill::from_percent(35) * crate::configs::RuntimeBlockWeights::get().max_block;
}

impl pallet_message_queue::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_message_queue::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type MessageProcessor = pallet_message_queue::mock_helpers::NoopMessageProcessor<
		cumulus_primitives_core::AggregateMessageOrigin,
	>;
	#[cfg(not(feature = "runtime-benchmarks"))]
	type MessageProcessor = xcm_builder::ProcessXcmMessage<
		cumulus_primitives_core::AggregateMessageOrigin,
		XcmExecutor<XcmConfig>,
		RuntimeCall,
	>;
	type Size = u32;
	// The XCMP queue pallet only handles the `Sibling(ParaId)` origin.
	type QueueChangeHandler = sibling_queues::NarrowOriginToSibling<XcmpQueue>;
	type QueuePausedQuery = sibling_queues::NarrowOriginToSibling<XcmpQueue>;
	type HeapSize = ConstU32<{ 103 * 1024 }>;
	type MaxStale = ConstU32<8>;
	type ServiceWeight = MessageQueueServiceWeight;
	type IdleMaxServiceWeight = MessageQueueServiceWeight;
}

impl cumulus_pallet_xcmp_queue::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ChannelInfo = ParachainSystem;
	type VersionWrapper = PolkadotXcm;
	// Incoming sibling messages are enqueued and processed by the message queue.
	type XcmpQueue = frame_support::traits::TransformOrigin<
		crate::MessageQueue,
		cumulus_primitives_core::AggregateMessageOrigin,
		cumulus_primitives_core::ParaId,
		sibling_queues::ParaIdToSibling,
	>;
	type MaxInboundSuspended = ConstU32<1_000>;
	type MaxActiveOutboundChannels = ConstU32<128>;
	// HRMP channels are usually configured with 100 KiB messages; pages must be larger.
	type MaxPageSize = ConstU32<{ 103 * 1024 }>;
	type ControllerOrigin = EnsureRoot<AccountId>;
	type ControllerOriginConverter = XcmOriginToTransactDispatchOrigin;
	type WeightInfo = cumulus_pallet_xcmp_queue::weights::SubstrateWeight<Runtime>;
	type PriceForSiblingDelivery = polkadot_runtime_common::xcm_sender::NoPriceForMessageDelivery<
		cumulus_primitives_core::ParaId,
	>;
}

/// Glue between the message queue, which serves every origin, and the XCMP queue, which only
/// knows sibling parachains.
mod sibling_queues {
	use core::marker::PhantomData;
	use polkadot_sdk::{
		cumulus_primitives_core::{AggregateMessageOrigin, ParaId},
		frame_support::traits::{QueueFootprint, QueuePausedQuery},
		pallet_message_queue::OnQueueChanged,
		sp_runtime::traits::Convert,
	};

	/// Asks `Inner` about sibling queues only; queues of other origins are never paused by it
	/// and their changes are not reported to it.
	pub struct NarrowOriginToSibling<Inner>(PhantomData<Inner>);

	impl<Inner: QueuePausedQuery<ParaId>> QueuePausedQuery<AggregateMessageOrigin>
		for NarrowOriginToSibling<Inner>
	{
		fn is_paused(origin: &AggregateMessageOrigin) -> bool {
			matches!(origin, AggregateMessageOrigin::Sibling(para) if Inner::is_paused(para))
		}
	}

	impl<Inner: OnQueueChanged<ParaId>> OnQueueChanged<AggregateMessageOrigin>
		for NarrowOriginToSibling<Inner>
	{
		fn on_queue_changed(origin: AggregateMessageOrigin, footprint: QueueFootprint) {
			if let AggregateMessageOrigin::Sibling(para) = origin {
				Inner::on_queue_changed(para, footprint)
			}
		}
	}

	/// The message-queue origin of a sibling parachain's messages.
	pub struct ParaIdToSibling;
	impl Convert<ParaId, AggregateMessageOrigin> for ParaIdToSibling {
		fn convert(para: ParaId) -> AggregateMessageOrigin {
			AggregateMessageOrigin::Sibling(para)
		}
	}
}
