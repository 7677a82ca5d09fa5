//! The consortium governs admission: two thirds of its members, voting through the
//! collective, admit a provider on the real runtime; fewer cannot.

mod common;
use codec::Encode;
use common::{dev_chain, signed};
use medrec_primitives::ParticipantRegistry;
use medrec_runtime::{
	Consortium, Registrar, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo},
	sp_keyring::Sr25519Keyring,
	sp_runtime::{
		traits::{BlakeTwo256, Hash},
		DispatchError,
	},
	*,
};

type CollectiveError = pallet_collective::Error<Runtime, pallet_collective::Instance1>;

fn admit_provider(key: Sr25519Keyring) -> RuntimeCall {
	RuntimeCall::Registrar(pallet_registrar::Call::admit { who: key.to_account_id(), role: 1 })
}

fn executed_results() -> Vec<Result<(), DispatchError>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Consortium(pallet_collective::Event::Executed { result, .. }) => {
				Some(result)
			},
			_ => None,
		})
		.collect()
}

#[test]
fn two_thirds_of_the_consortium_admit_a_provider() {
	dev_chain().execute_with(|| {
		use Sr25519Keyring::{Alice, Bob, Charlie, Dave};
		let call = admit_provider(Dave);
		let length = call.encoded_size() as u32;
		let weight = call.get_dispatch_info().call_weight;
		let hash = BlakeTwo256::hash_of(&call);

		// Alice proposes and votes; one vote of three is not enough to close.
		assert_ok!(Consortium::propose(signed(Alice), 2, Box::new(call), length));
		assert_ok!(Consortium::vote(signed(Alice), hash, 0, true));
		assert_noop!(
			Consortium::close(signed(Alice), hash, 0, weight, length),
			CollectiveError::TooEarly
		);

		// Bob agrees: two of three, and anyone may close.
		assert_ok!(Consortium::vote(signed(Bob), hash, 0, true));
		assert_ok!(Consortium::close(signed(Charlie), hash, 0, weight, length));

		assert_eq!(executed_results(), vec![Ok(())]);
		assert!(Registrar::is_active_provider(&Dave.to_account_id()));
		System::assert_has_event(
			pallet_registrar::Event::Admitted { who: Dave.to_account_id(), id: 0, role: 1 }.into(),
		);
	});
}

#[test]
fn one_member_alone_cannot_admit() {
	dev_chain().execute_with(|| {
		use Sr25519Keyring::{Alice, Dave};
		let call = admit_provider(Dave);
		let length = call.encoded_size() as u32;
		// A threshold of one executes at once, as one member of three: below two thirds.
		assert_ok!(Consortium::propose(signed(Alice), 1, Box::new(call), length));
		assert_eq!(executed_results(), vec![Err(DispatchError::BadOrigin)]);
		assert!(!Registrar::is_active_provider(&Dave.to_account_id()));
	});
}

#[test]
fn accounts_outside_the_consortium_cannot_admit_or_propose() {
	dev_chain().execute_with(|| {
		use Sr25519Keyring::{Dave, Eve};
		assert_noop!(
			Registrar::admit(signed(Eve), Dave.to_account_id(), 1),
			DispatchError::BadOrigin
		);
		let call = admit_provider(Dave);
		let length = call.encoded_size() as u32;
		assert_noop!(
			Consortium::propose(signed(Eve), 2, Box::new(call), length),
			CollectiveError::NotMember
		);
	});
}

#[test]
fn a_patient_registers_with_a_deposit_on_the_real_runtime() {
	dev_chain().execute_with(|| {
		use polkadot_sdk::frame_support::traits::fungible::InspectHold;
		let ferdie = Sr25519Keyring::Ferdie.to_account_id();
		assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(ferdie.clone())));
		assert!(Registrar::is_patient(&ferdie));
		let held = <medrec_runtime::Balances as InspectHold<_>>::total_balance_on_hold(&ferdie);
		assert!(held > 0, "a deposit is held");
	});
}
