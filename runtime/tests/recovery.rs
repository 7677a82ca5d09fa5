//! A patient who lost their key: their friends recover the account with `pallet_recovery`,
//! and the inheritor moves the MedRec registration to a key it controls.

mod common;
use common::signed;
use medrec_primitives::ParticipantRegistry;
use medrec_runtime::{
	genesis_config_presets::preset_storage, Recovery, Registrar, Runtime, RuntimeCall,
	RuntimeOrigin, System,
};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok},
	sp_core::H256,
	sp_genesis_builder::DEV_RUNTIME_PRESET,
	sp_io::TestExternalities,
	sp_keyring::Sr25519Keyring,
	*,
};

const DELAY: u32 = 10;

#[test]
fn friends_recover_a_patient_who_then_rotates_the_registration() {
	let mut ext = TestExternalities::new(preset_storage(DEV_RUNTIME_PRESET).expect("dev preset"));
	ext.execute_with(|| {
		use Sr25519Keyring::{Alice, Bob, Charlie, Eve, Ferdie};
		System::set_block_number(1);
		let (lost, heir) = (Ferdie.to_account_id(), Eve.to_account_id());
		let identifier = H256::repeat_byte(0xab);

		// Ferdie registers, binds an identifier and chooses Alice and Bob as friends, with
		// Eve's key as the inheritor.
		assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(lost.clone())));
		assert_ok!(Registrar::bind_identifier(RuntimeOrigin::signed(lost.clone()), identifier));
		let mut friends = vec![Alice.to_account_id(), Bob.to_account_id()];
		friends.sort();
		let group = pallet_recovery::FriendGroup {
			friends: friends.try_into().expect("two friends fit"),
			friends_needed: 2,
			inheritor: heir.clone(),
			inheritance_delay: DELAY,
			inheritance_priority: 0,
			cancel_delay: DELAY,
		};
		assert_ok!(Recovery::set_friend_groups(RuntimeOrigin::signed(lost.clone()), vec![group]));

		// Ferdie loses the key. Alice starts an attempt (her approval counts), Bob approves.
		assert_ok!(Recovery::initiate_attempt(signed(Alice), lost.clone().into(), 0));
		assert_ok!(Recovery::approve_attempt(signed(Bob), lost.clone().into(), 0));
		// Not before the inheritance delay.
		assert!(Recovery::finish_attempt(signed(Charlie), lost.clone().into(), 0).is_err());
		System::set_block_number(1 + DELAY);
		assert_ok!(Recovery::finish_attempt(signed(Charlie), lost.clone().into(), 0));

		// A stranger cannot act for Ferdie; the inheritor can, and moves the registration.
		let rotate = Box::new(RuntimeCall::Registrar(pallet_registrar::Call::rotate_account {
			new: heir.clone(),
		}));
		assert_noop!(
			Recovery::control_inherited_account(
				signed(Charlie),
				lost.clone().into(),
				rotate.clone()
			),
			pallet_recovery::Error::<Runtime>::NotInheritor
		);
		assert_ok!(Recovery::control_inherited_account(signed(Eve), lost.clone().into(), rotate));

		assert!(Registrar::is_patient(&heir));
		assert!(!Registrar::is_patient(&lost));
		assert_eq!(pallet_registrar::IdentifierOwner::<Runtime>::get(identifier), Some(heir));
	});
}
