//! Every genesis preset builds a state that a chain can start from, and that state holds the
//! invariants MedRec relies on.

use medrec_runtime::{
	genesis_config_presets::{preset_names, preset_storage, PARA_ID},
	AccountId, Aura, Balances, ParachainInfo, Runtime, Session, System, EXISTENTIAL_DEPOSIT,
};
use polkadot_sdk::{
	frame_support::traits::fungible::Inspect,
	sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET},
	sp_io::TestExternalities,
	sp_keyring::Sr25519Keyring,
	*,
};

const CONSORTIUM: &str = "consortium";

fn ext(preset: &str) -> TestExternalities {
	let storage = preset_storage(preset).unwrap_or_else(|e| panic!("preset {preset}: {e}"));
	TestExternalities::new(storage)
}

#[test]
fn the_runtime_offers_the_three_presets() {
	let names: Vec<String> = preset_names()
		.into_iter()
		.map(|id| String::from_utf8(id.into()).unwrap())
		.collect();
	assert_eq!(names, [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET, CONSORTIUM]);
	assert!(preset_storage("no-such-preset").is_err());
}

/// Invariants every preset must hold.
fn check_common_invariants(preset: &str) {
	ext(preset).execute_with(|| {
		assert_eq!(u32::from(ParachainInfo::parachain_id()), PARA_ID, "{preset}: para id");

		// Collators: invulnerables, session keys and Aura authorities agree.
		let invulnerables = pallet_collator_selection::Invulnerables::<Runtime>::get();
		assert!(!invulnerables.is_empty(), "{preset}: at least one collator");
		let validators = pallet_session::Validators::<Runtime>::get();
		let mut sorted_validators = validators.clone();
		sorted_validators.sort();
		assert_eq!(invulnerables.to_vec(), sorted_validators, "{preset}: session validators");
		let authorities = pallet_aura::Authorities::<Runtime>::get();
		assert_eq!(authorities.len(), validators.len(), "{preset}: one Aura key per collator");
		for v in &validators {
			assert!(Session::load_keys(v).is_some(), "{preset}: {v} has session keys");
		}
		assert!(Aura::slot_duration() > 0);

		// The consortium: membership and collective agree and are not empty.
		let members = pallet_membership::Members::<Runtime, pallet_membership::Instance1>::get();
		assert!(members.len() >= 2, "{preset}: a consortium has several members");
		assert_eq!(
			members.to_vec(),
			pallet_collective::Members::<Runtime, pallet_collective::Instance1>::get(),
			"{preset}: collective members follow membership"
		);

		// Balances: everyone funded above the existential deposit; issuance adds up.
		let mut total = 0u128;
		for (account, info) in frame_system::Account::<Runtime>::iter() {
			assert!(info.data.free >= EXISTENTIAL_DEPOSIT, "{preset}: {account} below ED");
			total += info.data.free + info.data.reserved;
		}
		assert_eq!(Balances::total_issuance(), total, "{preset}: total issuance");
		for collator in &invulnerables {
			assert!(Balances::balance(collator) > 0, "{preset}: collator {collator} can pay fees");
		}

		// `SafeXcmVersion` is private to pallet-xcm; read it by its storage key.
		let safe_xcm_version: Option<u32> = frame_support::storage::unhashed::get(
			&frame_support::storage::storage_prefix(b"PolkadotXcm", b"SafeXcmVersion"),
		);
		assert!(safe_xcm_version.is_some(), "{preset}: safe XCM version set");
		assert_eq!(System::block_number(), 0);
	});
}

#[test]
fn development_preset_is_a_working_dev_chain() {
	check_common_invariants(DEV_RUNTIME_PRESET);
	ext(DEV_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(Sr25519Keyring::Alice.to_account_id()));
		for key in Sr25519Keyring::well_known() {
			let account: AccountId = key.to_account_id();
			assert!(Balances::free_balance(&account) >= 1_000_000 * medrec_runtime::UNIT);
		}
	});
}

#[test]
fn local_testnet_preset_has_two_collators_for_zombienet() {
	check_common_invariants(LOCAL_TESTNET_RUNTIME_PRESET);
	ext(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(pallet_collator_selection::Invulnerables::<Runtime>::get().len(), 2);
	});
}

#[test]
fn consortium_preset_has_no_sudo_and_no_dev_fortunes() {
	check_common_invariants(CONSORTIUM);
	ext(CONSORTIUM).execute_with(|| {
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None, "a consortium chain has no sudo key");
		// Only members and collators are funded, with operating funds, not dev endowments.
		assert!(Balances::total_issuance() < 10_000 * medrec_runtime::UNIT);
		assert!(Balances::free_balance(Sr25519Keyring::Ferdie.to_account_id()) == 0);
	});
}
