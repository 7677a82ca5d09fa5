//! The runtime APIs: what nodes, wallets, Chopsticks and the gatekeeper call with `state_call`.

use crate::{
	configs::{xcm_config, ConsensusHook, RELAY_PARENT_OFFSET},
	genesis_config_presets, xcm, xcm_executor, AccountId, AuraId, AuthorityDiscovery,
	AuthorityDiscoveryId, Balance, Block, BlockNumber, Executive, InherentDataExt, Nonce,
	OriginCaller, ParachainInfo, ParachainSystem, Permissions, PolkadotXcm, Registrar,
	Relationships, Research, Runtime, RuntimeCall, RuntimeEvent, RuntimeGenesisConfig, SessionKeys,
	System, TransactionPayment, SLOT_DURATION, VERSION,
};
use alloc::vec::Vec;
use polkadot_sdk::{
	frame_support::{
		genesis_builder_helper::{build_state, get_preset},
		weights::Weight,
	},
	sp_api::impl_runtime_apis,
	sp_core::{crypto::KeyTypeId, OpaqueMetadata},
	sp_runtime::{
		traits::Block as BlockT,
		transaction_validity::{TransactionSource, TransactionValidity},
		ApplyExtrinsicResult,
	},
	sp_version::RuntimeVersion,
	*,
};
use xcm::{
	latest::prelude::AssetId, Version as XcmVersion, VersionedAsset, VersionedAssetId,
	VersionedAssets, VersionedLocation, VersionedXcm,
};
use xcm_runtime_apis::{
	dry_run::{CallDryRunEffects, Error as XcmDryRunApiError, XcmDryRunEffects},
	fees::Error as XcmPaymentApiError,
};

impl_runtime_apis! {
	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_authority_discovery::AuthorityDiscoveryApi<Block> for Runtime {
		/// The current session's collators, in authoring order (not sorted, no next-session
		/// keys): collator discovery reserves peer slots for each collator's ring neighbours.
		fn authorities() -> Vec<AuthorityDiscoveryId> {
			AuthorityDiscovery::current_authorities().to_vec()
		}
	}

	impl cumulus_primitives_aura::AuraUnincludedSegmentApi<Block> for Runtime {
		fn can_build_upon(
			included_hash: <Block as BlockT>::Hash,
			slot: cumulus_primitives_aura::Slot,
		) -> bool {
			ConsensusHook::can_build_upon(included_hash, slot)
		}
	}

	impl cumulus_primitives_core::RelayParentOffsetApi<Block> for Runtime {
		fn relay_parent_offset() -> u32 {
			RELAY_PARENT_OFFSET
		}

		fn max_claim_queue_offset() -> u8 {
			cumulus_pallet_parachain_system::Pallet::<Runtime>::max_claim_queue_offset()
		}
	}

	impl cumulus_primitives_core::SchedulingV3EnabledApi<Block> for Runtime {
		fn scheduling_v3_enabled() -> bool {
			use cumulus_primitives_core::VerifySchedulingSignature;
			<Runtime as cumulus_pallet_parachain_system::Config>::SchedulingSignatureVerifier::V3_SCHEDULING_ENABLED
		}
	}

	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block)
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl cumulus_primitives_core::CollectCollationInfo<Block> for Runtime {
		fn collect_collation_info(
			header: &<Block as BlockT>::Header,
		) -> cumulus_primitives_core::CollationInfo {
			ParachainSystem::collect_collation_info(header)
		}
	}

	impl cumulus_primitives_core::GetParachainInfo<Block> for Runtime {
		fn parachain_id() -> cumulus_primitives_core::ParaId {
			ParachainInfo::parachain_id()
		}
	}

	impl xcm_runtime_apis::fees::XcmPaymentApi<Block> for Runtime {
		fn query_acceptable_payment_assets(
			xcm_version: XcmVersion,
		) -> Result<Vec<VersionedAssetId>, XcmPaymentApiError> {
			let acceptable_assets = alloc::vec![AssetId(xcm_config::HereLocation::get())];
			PolkadotXcm::query_acceptable_payment_assets(xcm_version, acceptable_assets)
		}

		fn query_weight_to_asset_fee(
			weight: Weight,
			asset: VersionedAssetId,
		) -> Result<u128, XcmPaymentApiError> {
			type Trader = <xcm_config::XcmConfig as xcm_executor::Config>::Trader;
			PolkadotXcm::query_weight_to_asset_fee::<Trader>(weight, asset)
		}

		fn query_xcm_weight(message: VersionedXcm<()>) -> Result<Weight, XcmPaymentApiError> {
			PolkadotXcm::query_xcm_weight(message)
		}

		fn query_delivery_fees(
			destination: VersionedLocation,
			message: VersionedXcm<()>,
			asset_id: VersionedAssetId,
		) -> Result<VersionedAssets, XcmPaymentApiError> {
			type AssetExchanger = <xcm_config::XcmConfig as xcm_executor::Config>::AssetExchanger;
			PolkadotXcm::query_delivery_fees::<AssetExchanger>(destination, message, asset_id)
		}
	}

	impl xcm_runtime_apis::dry_run::DryRunApi<Block, RuntimeCall, RuntimeEvent, OriginCaller> for Runtime {
		fn dry_run_call(
			origin: OriginCaller,
			call: RuntimeCall,
			result_xcms_version: XcmVersion,
		) -> Result<CallDryRunEffects<RuntimeEvent>, XcmDryRunApiError> {
			PolkadotXcm::dry_run_call::<Runtime, xcm_config::XcmRouter, OriginCaller, RuntimeCall>(
				origin,
				call,
				result_xcms_version,
			)
		}

		fn dry_run_xcm(
			origin_location: VersionedLocation,
			xcm: VersionedXcm<RuntimeCall>,
		) -> Result<XcmDryRunEffects<RuntimeEvent>, XcmDryRunApiError> {
			PolkadotXcm::dry_run_xcm::<xcm_config::XcmRouter>(origin_location, xcm)
		}
	}

	impl xcm_runtime_apis::conversions::LocationToAccountApi<Block, AccountId> for Runtime {
		fn convert_location(
			location: VersionedLocation,
		) -> Result<AccountId, xcm_runtime_apis::conversions::Error> {
			xcm_runtime_apis::conversions::LocationToAccountHelper::<
				AccountId,
				xcm_config::LocationToAccountId,
			>::convert_location(location)
		}
	}

	impl xcm_runtime_apis::trusted_query::TrustedQueryApi<Block> for Runtime {
		fn is_trusted_reserve(
			asset: VersionedAsset,
			location: VersionedLocation,
		) -> xcm_runtime_apis::trusted_query::XcmTrustedQueryResult {
			PolkadotXcm::is_trusted_reserve(asset, location)
		}
		fn is_trusted_teleporter(
			asset: VersionedAsset,
			location: VersionedLocation,
		) -> xcm_runtime_apis::trusted_query::XcmTrustedQueryResult {
			PolkadotXcm::is_trusted_teleporter(asset, location)
		}
	}

	#[api_version(7)]
	impl medrec_primitives::api::MedRecApi<Block, AccountId, BlockNumber> for Runtime {
		fn patient_summary(
			patient: AccountId,
		) -> Vec<medrec_primitives::api::RelationshipView<AccountId, BlockNumber>> {
			Relationships::patient_summary(patient)
		}

		fn notifications(who: AccountId) -> Vec<medrec_primitives::api::Notification<AccountId>> {
			// Relationships and sharing, then emergencies and guardians: one inbox.
			let mut all = Relationships::notifications(who.clone());
			all.extend(Permissions::notifications_of(&who));
			all
		}

		fn pointer(
			id: medrec_primitives::records::PointerId,
		) -> Option<medrec_primitives::api::PointerView<BlockNumber>> {
			Relationships::pointer_view(id)
		}

		fn pointers(
			patient: AccountId,
			provider: AccountId,
			before: Option<medrec_primitives::records::PointerId>,
			limit: u32,
		) -> Vec<medrec_primitives::api::PointerView<BlockNumber>> {
			Relationships::pointers(patient, provider, before, limit)
		}

		fn pointer_by_reference(
			provider: AccountId,
			reference: medrec_primitives::records::RecordRef,
		) -> Option<medrec_primitives::records::PointerId> {
			Relationships::pointer_by_reference(provider, reference)
		}

		fn participant_number(who: AccountId) -> Option<medrec_primitives::ParticipantId> {
			<Registrar as medrec_primitives::ParticipantRegistry<AccountId>>::participant_id(&who)
		}

		fn account_of(number: medrec_primitives::ParticipantId) -> Option<AccountId> {
			<Registrar as medrec_primitives::ParticipantRegistry<AccountId>>::account_of(number)
		}

		fn can_access(
			viewer: AccountId,
			patient: AccountId,
			pointer: medrec_primitives::records::PointerId,
			fields: medrec_primitives::records::FieldSet,
			at: Option<BlockNumber>,
		) -> Result<medrec_primitives::records::FieldSet, medrec_primitives::access::Denial> {
			let at = at.unwrap_or_else(System::block_number);
			Permissions::can_access(&viewer, &patient, pointer, fields, at)
		}

		fn grants_of(
			patient: AccountId,
		) -> Vec<medrec_primitives::access::GrantView<AccountId, BlockNumber>> {
			Permissions::grants_of(&patient)
		}

		fn grants_received(
			who: AccountId,
		) -> Vec<medrec_primitives::access::GrantView<AccountId, BlockNumber>> {
			Permissions::grants_received(&who)
		}

		fn emergencies(
			patient: AccountId,
		) -> Vec<medrec_primitives::access::EmergencyView<AccountId, BlockNumber>> {
			Permissions::emergencies_of(&patient)
		}

		fn research_consent(patient: AccountId) -> Vec<medrec_primitives::records::CategoryCode> {
			Research::consented_categories(&patient)
		}

		fn research_credits(researcher: AccountId) -> medrec_primitives::research::Credits {
			Research::credits_of(&researcher)
		}

		fn release_policy(
			provider: AccountId,
		) -> Option<(Vec<medrec_primitives::research::TemplateCode>, u32)> {
			Research::release_policy(&provider)
		}

		fn authorize(
			viewer: AccountId,
			patient: AccountId,
			pointer: medrec_primitives::records::PointerId,
			fields: medrec_primitives::records::FieldSet,
		) -> Result<
			medrec_primitives::api::Authorization<AccountId, BlockNumber>,
			medrec_primitives::access::Denial,
		> {
			crate::access::decide(&viewer, &patient, pointer, fields).answer
		}

		fn decide(
			viewer: AccountId,
			patient: AccountId,
			pointer: medrec_primitives::records::PointerId,
			fields: medrec_primitives::records::FieldSet,
		) -> medrec_primitives::api::Decision<AccountId, BlockNumber> {
			crate::access::decide(&viewer, &patient, pointer, fields)
		}

		fn access_changes() -> medrec_primitives::api::AccessChanges<AccountId> {
			crate::access::changes()
		}

		fn receipt_anchors(provider: AccountId) -> medrec_primitives::records::AnchorTotals {
			Registrar::anchor_totals(&provider)
		}

		fn receipt_anchor(
			provider: AccountId,
			index: u32,
		) -> Option<medrec_primitives::records::ReceiptAnchor<BlockNumber>> {
			Registrar::receipt_anchor(&provider, index)
		}

		fn wards(guardian: AccountId) -> Vec<medrec_primitives::access::WardView<AccountId, BlockNumber>> {
			Permissions::wards_of(&guardian)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, &genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			genesis_config_presets::preset_names()
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			use crate::configs::RuntimeBlockWeights;
			let weight = Executive::try_runtime_upgrade(checks)
				.expect("try-runtime is a test tool; a failed upgrade check must stop it; qed");
			(weight, RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("try-runtime is a test tool; a failed block execution must stop it; qed")
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			crate::benchmarks::metadata(extra)
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			crate::benchmarks::dispatch(config)
		}
	}
}
