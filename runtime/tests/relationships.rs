//! Relationships on the real runtime: a provider admitted by the consortium opens a
//! relationship with a registered patient, the patient's summary and notifications come out of
//! `MedRecApi` as wallets see them, and an account rotation through the registrar carries the
//! relationship's deposits along.

mod common;
use common::{dev_chain, signed};
use medrec_primitives::{
	api::{runtime_decl_for_med_rec_api::MedRecApiV7, Notification},
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
	for (reference, category) in [([1; 16], 7), ([2; 16], 1)] {
		assert_ok!(Relationships::add_pointer(
			signed(Bob),
			Ferdie.to_account_id(),
			reference,
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
		let summary = <Api as MedRecApiV7<Block, AccountId, BlockNumber>>::patient_summary(
			Ferdie.to_account_id(),
		);
		assert_eq!(summary.len(), 1);
		assert_eq!(summary[0].provider, Bob.to_account_id());
		assert_eq!(summary[0].status, RelationshipStatus::New);
		assert_eq!(summary[0].pointers, 2);
		let page = <Api as MedRecApiV7<Block, AccountId, BlockNumber>>::pointers(
			Ferdie.to_account_id(),
			Bob.to_account_id(),
			None,
			10,
		);
		// Newest first, each naming its patient by number.
		assert_eq!(page.iter().map(|p| p.reference).collect::<Vec<_>>(), vec![[2; 16], [1; 16]]);
		let ferdies = Registrar::participant_id(&Ferdie.to_account_id());
		assert!(page.iter().all(|p| Some(p.patient) == ferdies));
		assert_eq!(
			<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::pointer_by_reference(
				Bob.to_account_id(),
				[2; 16]
			),
			Some(page[0].id)
		);
		assert_eq!(
			<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::notifications(
				Ferdie.to_account_id()
			),
			vec![Notification::Relationship {
				provider: Bob.to_account_id(),
				status: RelationshipStatus::New
			}]
		);
		let pointer = page[0].id;
		assert_eq!(
			<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::pointer(pointer),
			Some(page[0].clone())
		);

		assert_ok!(Relationships::acknowledge(signed(Ferdie), Bob.to_account_id()));
		assert!(<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::notifications(
			Ferdie.to_account_id()
		)
		.is_empty());
		assert_ok!(Relationships::update_pointer(signed(Bob), pointer, H256::repeat_byte(9)));
		assert_eq!(
			<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::patient_summary(
				Ferdie.to_account_id()
			)[0]
			.status,
			RelationshipStatus::Updated
		);
		// Someone who never registered has an empty summary.
		assert!(<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::patient_summary(
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
		let summary = <Api as MedRecApiV7<Block, AccountId, BlockNumber>>::patient_summary(
			Ferdie.to_account_id(),
		);
		assert_eq!(summary[0].provider, Eve.to_account_id());
		assert_eq!(Registrar::participant_id(&Eve.to_account_id()), Some(summary[0].provider_id));
		// The number is the provider's for good; the API maps it to the account of the day.
		let number = summary[0].provider_id;
		assert_eq!(
			<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::participant_number(
				Eve.to_account_id()
			),
			Some(number)
		);
		assert_eq!(
			<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::participant_number(
				Bob.to_account_id()
			),
			None
		);
		assert_eq!(
			<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::account_of(number),
			Some(Eve.to_account_id())
		);
		assert_eq!(<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::account_of(u64::MAX), None);
		// The old key can no longer write; the new one can.
		let pointer = 0;
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

/// A whole history costs nothing extra to open: a patient's summary and the first page of 50
/// pointers read the same storage items whether the relationship holds 50 pointers or 50,000
/// (counted from the storage proof on the real runtime), and their proof grows only with the
/// depth of the larger maps. The figures are printed.
#[test]
fn the_first_page_of_a_long_history_costs_what_a_short_one_does() {
	use codec::Encode;
	use medrec_primitives::testing::items_read;
	let ferdie = Ferdie.to_account_id();
	let bob = Bob.to_account_id();
	let first_page = || {
		let summary = Relationships::patient_summary(ferdie.clone());
		let page = Relationships::pointers(ferdie.clone(), bob.clone(), None, 50);
		(summary, page)
	};
	let measure = |history: u32| {
		let mut ext = dev_chain();
		ext.execute_with(|| {
			assert_ok!(Registrar::register_patient(signed(Ferdie)));
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), bob.clone(), Role::Provider));
			assert_ok!(Balances::force_set_balance(
				RuntimeOrigin::root(),
				bob.clone().into(),
				history as u128 * medrec_primitives::currency::UNIT
			));
			assert_ok!(Relationships::open_relationship(signed(Bob), ferdie.clone()));
			for n in 0..history {
				let mut reference = [0u8; 16];
				reference[..4].copy_from_slice(&n.to_le_bytes());
				assert_ok!(Relationships::add_pointer(
					signed(Bob),
					ferdie.clone(),
					reference,
					7,
					FieldSet::from_codes(&[0, 1, 2]).expect("codes below 64"),
					H256::repeat_byte(7),
				));
			}
		});
		let ((summary, page), read) = items_read(&mut ext, first_page);
		assert_eq!(summary[0].pointers, history);
		assert_eq!(page.len(), 50);
		assert_eq!(page[0].id, u64::from(history) - 1, "newest first");
		ext.commit_all().expect("an in-memory state commits");
		let (_, proof) = ext.execute_and_prove(|| {
			first_page();
		});
		(read.len(), proof.encoded_size())
	};
	let (short_items, short_proof) = measure(50);
	let (long_items, long_proof) = measure(50_000);
	println!(
		"summary + first page of 50: {short_items} items, {short_proof} B of proof with 50 \
		 pointers; {long_items} items, {long_proof} B with 50,000"
	);
	assert_eq!(short_items, long_items, "the same items, whatever the history");
	// What a light client would download grows with the map's depth only: each of the 50
	// pointers sits at most three trie levels deeper (log16 of 1,000 times the entries), each
	// level a branch node of at most 16 hashes.
	assert!(long_proof <= short_proof + 50 * 3 * 16 * 33, "{long_proof} B against {short_proof} B");
}
