//! Set-up shared by the runtime's integration tests (each test file is its own crate and uses
//! what it needs of this).
#![allow(dead_code)]

use medrec_primitives::records::FieldSet;
use medrec_runtime::{genesis_config_presets::preset_storage, RuntimeOrigin, System};
use polkadot_sdk::{
	sp_genesis_builder::DEV_RUNTIME_PRESET, sp_io::TestExternalities, sp_keyring::Sr25519Keyring,
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
