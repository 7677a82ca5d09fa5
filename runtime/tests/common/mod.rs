//! Set-up shared by the runtime's integration tests (each test file is its own crate and uses
//! what it needs of this).
#![allow(dead_code)]

use codec::Encode;
use medrec_primitives::records::FieldSet;
use medrec_runtime::{
	genesis_config_presets::preset_storage, AccountId, Authorship, BlockNumber, Executive, Header,
	RuntimeOrigin, System,
};
use polkadot_sdk::{
	frame_support::traits::Hooks,
	sp_consensus_aura::{Slot, AURA_ENGINE_ID},
	sp_core::H256,
	sp_genesis_builder::DEV_RUNTIME_PRESET,
	sp_io::TestExternalities,
	sp_keyring::Sr25519Keyring,
	sp_runtime::{traits::Header as _, Digest, DigestItem},
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
/// pallet credits its researcher), and returns its author. Finalizing a parachain block needs
/// the relay chain's validation data; only the authorship pallet's `on_finalize`, which
/// forgets the author, is run.
pub fn author_block(number: BlockNumber, slot: u64) -> AccountId {
	let digest =
		Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, Slot::from(slot).encode())] };
	let parent = System::parent_hash();
	Executive::initialize_block(&Header::new(number, H256::zero(), H256::zero(), parent, digest));
	let author = Authorship::author().expect("the digest names an author");
	<Authorship as Hooks<BlockNumber>>::on_finalize(number);
	author
}
