//! Set-up shared by the runtime's integration tests (each test file is its own crate and uses
//! what it needs of this).
#![allow(dead_code)]

use codec::Encode;
use medrec_primitives::records::FieldSet;
use medrec_runtime::{
	genesis_config_presets::preset_storage, AccountId, AuraId, AuthorityDiscoveryId, Authorship,
	BlockNumber, Executive, Header, RuntimeCall, RuntimeOrigin, Session, SessionKeys, System,
	TxExtension, UncheckedExtrinsic,
};
use polkadot_sdk::{
	frame_support::traits::Hooks,
	sp_consensus_aura::{Slot, AURA_ENGINE_ID},
	sp_core::{proof_of_possession::ProofOfPossessionGenerator, sr25519, Pair, H256},
	sp_genesis_builder::DEV_RUNTIME_PRESET,
	sp_io::TestExternalities,
	sp_keyring::Sr25519Keyring,
	sp_runtime::{
		generic::{Era, SignedPayload},
		traits::Header as _,
		Digest, DigestItem, DispatchError,
	},
	*,
};

/// The development chain's genesis, at block 1 (events are kept from there on).
pub fn dev_chain() -> TestExternalities {
	let mut ext = TestExternalities::new(preset_storage(DEV_RUNTIME_PRESET).expect("dev preset"));
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// The origin of `key`'s account.
pub fn signed(key: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(key.to_account_id())
}

/// The field set of `codes`.
pub fn fields(codes: &[u8]) -> FieldSet {
	FieldSet::from_codes(codes).expect("codes below 64")
}

/// Initializes block `number` as authored in Aura slot `slot`, running every pallet's
/// `on_initialize` (the authorship pallet finds the author from the digest, the research
/// pallet credits its researcher), and returns its author, who stays the block's author until
/// the authorship pallet's `on_finalize`.
pub fn start_block(number: BlockNumber, slot: u64) -> AccountId {
	let digest =
		Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(slot).encode())] };
	let parent = System::parent_hash();
	Executive::initialize_block(&Header::new(number, H256::zero(), H256::zero(), parent, digest));
	Authorship::author().expect("the digest names an author")
}

/// Initializes block `number` as authored in Aura slot `slot` (see [`start_block`]) and returns
/// its author. Finalizing a parachain block needs the relay chain's validation data; only the
/// authorship pallet's `on_finalize`, which forgets the author, is run.
pub fn author_block(number: BlockNumber, slot: u64) -> AccountId {
	let author = start_block(number, slot);
	<Authorship as Hooks<BlockNumber>>::on_finalize(number);
	author
}

/// The transaction extensions of a signed transaction with `nonce` and `tip`, immortal, without
/// the metadata hash.
pub fn extensions(nonce: u32, tip: u128) -> TxExtension {
	cumulus_pallet_weight_reclaim::StorageWeightReclaim::new((
		frame_system::AuthorizeCall::new(),
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(tip),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
	))
}

/// `call` as a transaction `signer` signs with `nonce`, without a tip.
pub fn transaction(signer: &sr25519::Pair, call: RuntimeCall, nonce: u32) -> UncheckedExtrinsic {
	let ext = extensions(nonce, 0);
	let payload = SignedPayload::new(call.clone(), ext.clone()).expect("valid payload");
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	let signer = AccountId::from(signer.public());
	UncheckedExtrinsic::new_signed(call, signer.into(), signature.into(), ext)
}

/// Registers session keys for `key`'s account: an Aura key (`//Name//aura`) and an
/// authority-discovery key (`//Name//audi`) of its own, with the proof of possession
/// `set_keys` checks (each key signs the owner's account; the proofs in the keys' order).
/// Returns the keys.
pub fn set_session_keys(key: Sr25519Keyring) -> Result<SessionKeys, DispatchError> {
	let derive = |path: &str| {
		sr25519::Pair::from_string(&format!("{}//{path}", key.to_seed()), None)
			.expect("a derivation of a well-known seed")
	};
	let (mut aura, mut audi) = (derive("aura"), derive("audi"));
	let owner = key.to_account_id().encode();
	let proof =
		(aura.generate_proof_of_possession(&owner), audi.generate_proof_of_possession(&owner));
	let keys = SessionKeys {
		aura: AuraId::from(aura.public()),
		authority_discovery: AuthorityDiscoveryId::from(audi.public()),
	};
	Session::set_keys(signed(key), keys.clone(), proof.encode())?;
	Ok(keys)
}
