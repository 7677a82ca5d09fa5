//! Relationships on the real runtime: a provider admitted by the consortium opens a
//! relationship with a registered patient, the patient's summary and notifications come out of
//! `MedRecApi` as wallets see them, and an account rotation through the registrar carries the
//! relationship's deposits along.

mod common;
use common::{dev_chain, signed};
use medrec_primitives::{
	api::{runtime_decl_for_med_rec_api::MedRecApiV5, Notification},
	records::{FieldSet, RelationshipStatus},
	ParticipantRegistry,
};
use medrec_runtime::{
	AccountId, Balances, Block, BlockNumber, Registrar, Relationships, Runtime, RuntimeHoldReason,
	RuntimeOrigin,
};
use pallet_registrar::Role;
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold},
	sp_core::H256,
	sp_keyring::Sr25519Keyring::{self, Bob, Eve, Ferdie},
};

/// `MedRecApi` as the node calls it: the runtime's implementation of the declared API.
type Api = Runtime;

fn relationship_deposits(key: Sr25519Keyring) -> u128 {
	let reason = RuntimeHoldReason::Relationships(pallet_relationships::HoldReason::Relationship);
	Balances::balance_on_hold(&reason, &key.to_account_id())
}

/// Ferdie registers as a patient; Bob's hospital is admitted (root stands in for the
/// consortium, whose vote `consortium.rs` covers) and opens a relationship with two pointers.
fn ferdie_at_bobs_hospital() {
	assert_ok!(Registrar::register_patient(signed(Ferdie)));
	assert_ok!(Registrar::admit(RuntimeOrigin::root(), Bob.to_account_id(), Role::Provider));
	assert_ok!(Relationships::open_relationship(signed(Bob), Ferdie.to_account_id()));
	for (query, category) in [(&b"labs.hba1c:r1"[..], 7), (&b"notes.discharge:r2"[..], 9)] {
		assert_ok!(Relationships::add_pointer(
			signed(Bob),
			Ferdie.to_account_id(),
			query.to_vec(),
			category,
			FieldSet::from_codes(&[0, 1, 2]).expect("codes below 64"),
			H256::repeat_byte(category as u8),
		));
	}
}

#[test]
fn the_summary_and_notifications_come_out_of_medrec_api() {
	dev_chain().execute_with(|| {
		ferdie_at_bobs_hospital();
		let summary = <Api as MedRecApiV5<Block, AccountId, BlockNumber>>::patient_summary(
			Ferdie.to_account_id(),
		);
		assert_eq!(summary.len(), 1);
		assert_eq!(summary[0].provider, Bob.to_account_id());
		assert_eq!(summary[0].status, RelationshipStatus::New);
		assert_eq!(summary[0].pointers.len(), 2);
		assert_eq!(summary[0].pointers[1].query, b"notes.discharge:r2".to_vec());
		assert_eq!(
			<Api as MedRecApiV5<Block, AccountId, BlockNumber>>::notifications(
				Ferdie.to_account_id()
			),
			vec![Notification::Relationship {
				provider: Bob.to_account_id(),
				status: RelationshipStatus::New
			}]
		);
		let pointer = summary[0].pointers[0].id;
		assert_eq!(
			<Api as MedRecApiV5<Block, AccountId, BlockNumber>>::pointer(pointer),
			Some(summary[0].pointers[0].clone())
		);

		assert_ok!(Relationships::acknowledge(signed(Ferdie), Bob.to_account_id()));
		assert!(<Api as MedRecApiV5<Block, AccountId, BlockNumber>>::notifications(
			Ferdie.to_account_id()
		)
		.is_empty());
		assert_ok!(Relationships::update_pointer(signed(Bob), pointer, H256::repeat_byte(1)));
		assert_eq!(
			<Api as MedRecApiV5<Block, AccountId, BlockNumber>>::patient_summary(
				Ferdie.to_account_id()
			)[0]
			.status,
			RelationshipStatus::Updated
		);
		// Someone who never registered has an empty summary.
		assert!(<Api as MedRecApiV5<Block, AccountId, BlockNumber>>::patient_summary(
			Eve.to_account_id()
		)
		.is_empty());
	});
}

#[test]
fn a_rotated_provider_keeps_its_relationships_and_deposits() {
	dev_chain().execute_with(|| {
		ferdie_at_bobs_hospital();
		let held = relationship_deposits(Bob);
		assert!(held > 0);
		// Bob's hospital moves to a new key (Eve's, funded in the dev genesis).
		assert_ok!(Registrar::rotate_account(signed(Bob), Eve.to_account_id()));
		assert_eq!((relationship_deposits(Bob), relationship_deposits(Eve)), (0, held));
		let summary = <Api as MedRecApiV5<Block, AccountId, BlockNumber>>::patient_summary(
			Ferdie.to_account_id(),
		);
		assert_eq!(summary[0].provider, Eve.to_account_id());
		assert_eq!(Registrar::participant_id(&Eve.to_account_id()), Some(summary[0].provider_id));
		// The old key can no longer write; the new one can.
		let pointer = summary[0].pointers[0].id;
		assert_noop!(
			Relationships::update_pointer(signed(Bob), pointer, H256::repeat_byte(2)),
			pallet_relationships::Error::<Runtime>::NotAProvider
		);
		assert_ok!(Relationships::update_pointer(signed(Eve), pointer, H256::repeat_byte(2)));
		assert_ok!(Relationships::terminate(
			signed(Ferdie),
			Ferdie.to_account_id(),
			Eve.to_account_id()
		));
		assert_eq!(relationship_deposits(Eve), 0);
	});
}
