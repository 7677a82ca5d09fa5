//! What a provider's gatekeeper asks and does on the real runtime: `MedRecApi::authorize`
//! (the pointer, its provider and the granted fields in one call), and anchoring receipt roots
//! and posting research answers through a `Gatekeeper` proxy that can do nothing else.

mod common;
use common::{dev_chain, fields, signed};
use medrec_primitives::{
	access::{Denial, Scope},
	api::{runtime_decl_for_med_rec_api::MedRecApiV7, AccessChanges, Authorization, Decision},
	records::{AnchorTotals, Grantee, ReceiptAnchor},
	ParticipantRegistry,
};
use medrec_runtime::{
	configs::ProxyType, AccountId, Block, BlockNumber, Permissions, Proxy, Registrar,
	Relationships, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
};
use pallet_registrar::Role;
use polkadot_sdk::{
	frame_support::assert_ok,
	sp_core::H256,
	sp_keyring::Sr25519Keyring::{self, Bob, Charlie, Dave, Eve, Ferdie},
	sp_runtime::DispatchError,
	*,
};

type Api = Runtime;

fn authorize(
	viewer: Sr25519Keyring,
	asked: &[u8],
) -> Result<Authorization<AccountId, BlockNumber>, Denial> {
	<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::authorize(
		viewer.to_account_id(),
		Ferdie.to_account_id(),
		0,
		fields(asked),
	)
}

/// Ferdie, a patient of Bob's, with pointer 0 (fields 0–2), field 2 of which Dave may see.
fn shared_pointer() {
	assert_ok!(Registrar::register_patient(signed(Ferdie)));
	assert_ok!(Registrar::admit(RuntimeOrigin::root(), Bob.to_account_id(), Role::Provider));
	assert_ok!(Relationships::open_relationship(signed(Bob), Ferdie.to_account_id()));
	assert_ok!(Relationships::add_pointer(
		signed(Bob),
		Ferdie.to_account_id(),
		[1; 16],
		7,
		fields(&[0, 1, 2]),
		H256::repeat_byte(7),
	));
	assert_ok!(Permissions::grant(
		signed(Ferdie),
		None,
		Grantee::Account(Dave.to_account_id()),
		Scope::Fields(0, fields(&[2])),
		None,
		None,
		0,
	));
}

#[test]
fn authorize_names_the_provider_the_pointer_and_the_granted_fields() {
	dev_chain().execute_with(|| {
		shared_pointer();
		let yes = authorize(Dave, &[2]).expect("granted");
		assert_eq!(yes.provider, Bob.to_account_id());
		assert_eq!(yes.pointer.reference, [1; 16]);
		assert_eq!(yes.pointer.content_hash, H256::repeat_byte(7));
		assert_eq!(yes.fields, fields(&[2]));
		assert_eq!(yes.at, 1);
		// Asking for more than granted: only the granted part comes back, and a gatekeeper
		// refuses the whole request.
		assert_eq!(authorize(Dave, &[1, 2]).map(|a| a.fields), Ok(fields(&[2])));
		assert_eq!(authorize(Dave, &[1]), Err(Denial::NoGrant));
		assert_eq!(authorize(Eve, &[2]), Err(Denial::NoGrant));
		assert_eq!(
			<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::authorize(
				Dave.to_account_id(),
				Ferdie.to_account_id(),
				99,
				fields(&[2]),
			),
			Err(Denial::UnknownPointer)
		);
	});
}

fn decide(viewer: Sr25519Keyring) -> Decision<AccountId, BlockNumber> {
	<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::decide(
		viewer.to_account_id(),
		Ferdie.to_account_id(),
		0,
		fields(&[2]),
	)
}

fn access_changes() -> AccessChanges<AccountId> {
	<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::access_changes()
}

/// Changes to these patients and viewers only.
fn only(patients: &[Sr25519Keyring], viewers: &[Sr25519Keyring]) -> AccessChanges<AccountId> {
	let accounts = |keys: &[Sr25519Keyring]| {
		let mut accounts: Vec<AccountId> = keys.iter().map(|k| k.to_account_id()).collect();
		accounts.sort();
		accounts
	};
	AccessChanges::Some { patients: accounts(patients), viewers: accounts(viewers) }
}

#[test]
fn decide_is_authorize_with_the_block_its_answer_holds_through() {
	dev_chain().execute_with(|| {
		shared_pointer();
		// Dave's grant has no end: his answer holds until a block changes Ferdie's sharing.
		let dave = decide(Dave);
		assert_eq!(dave.answer, authorize(Dave, &[2]));
		assert_eq!(dave.holds_through, None);
		// Eve's starts in block 10 and ends in block 20.
		assert_ok!(Permissions::grant(
			signed(Ferdie),
			None,
			Grantee::Account(Eve.to_account_id()),
			Scope::Record,
			Some(10),
			Some(20),
			0,
		));
		assert_eq!(
			decide(Eve),
			Decision { answer: Err(Denial::NotValidAt), holds_through: Some(9) }
		);
		System::set_block_number(10);
		let eve = decide(Eve);
		assert_eq!(eve.answer.map(|a| (a.fields, a.at)), Ok((fields(&[2]), 10)));
		assert_eq!(eve.holds_through, Some(19));
	});
}

#[test]
fn access_changes_name_whose_answers_a_block_changed() {
	dev_chain().execute_with(|| {
		shared_pointer();
		// Bob's admission as a provider, in the same block as Ferdie's sharing: everything.
		assert_eq!(access_changes(), AccessChanges::Everything { code_changed: false });

		System::reset_events();
		assert_eq!(access_changes(), only(&[], &[]), "no event, no change");
		assert_ok!(Permissions::revoke(
			signed(Ferdie),
			medrec_primitives::access::grant_id(
				Registrar::participant_id(&Ferdie.to_account_id()).expect("registered"),
				0
			)
		));
		assert_ok!(Registrar::create_group(signed(Bob)));
		assert_ok!(Registrar::add_group_member(signed(Bob), 0, Dave.to_account_id()));
		assert_eq!(access_changes(), only(&[Ferdie], &[Dave]));

		System::reset_events();
		assert_ok!(Permissions::add_guardian(
			signed(Ferdie),
			Eve.to_account_id(),
			pallet_permissions::GuardianPowers::View,
			None
		));
		assert_eq!(access_changes(), only(&[Ferdie], &[]));

		// Registering: Charlie's answers as a patient, and grants to his new number.
		System::reset_events();
		assert_ok!(Registrar::register_patient(signed(Charlie)));
		assert_eq!(access_changes(), only(&[Charlie], &[Charlie]));

		// New code: this block and the next (whose migrations emit nothing) change everything.
		System::reset_events();
		System::deposit_event(frame_system::Event::<Runtime>::CodeUpdated {
			hash: H256::repeat_byte(3),
		});
		assert_eq!(access_changes(), AccessChanges::Everything { code_changed: true });
	});
}

/// The outcome of the last call made through a proxy.
fn last_proxy_result() -> Option<Result<(), DispatchError>> {
	System::events().into_iter().rev().find_map(|record| match record.event {
		RuntimeEvent::Proxy(pallet_proxy::Event::ProxyExecuted { result }) => Some(result),
		_ => None,
	})
}

#[test]
fn a_gatekeeper_proxy_anchors_and_answers_research_and_nothing_else() {
	dev_chain().execute_with(|| {
		shared_pointer();
		let gatekeeper = Eve;
		assert_ok!(Proxy::add_proxy(
			signed(Bob),
			gatekeeper.to_account_id().into(),
			ProxyType::Gatekeeper,
			0
		));
		let anchor = RuntimeCall::Registrar(pallet_registrar::Call::anchor_receipts {
			first: 0,
			count: 12,
			root: H256::repeat_byte(9),
		});
		assert_ok!(Proxy::proxy(
			signed(gatekeeper),
			Bob.to_account_id().into(),
			Some(ProxyType::Gatekeeper),
			Box::new(anchor),
		));
		let api = |index| {
			<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::receipt_anchor(
				Bob.to_account_id(),
				index,
			)
		};
		assert_eq!(
			api(0),
			Some(ReceiptAnchor { root: H256::repeat_byte(9), first: 0, count: 12, anchored_at: 1 })
		);
		assert_eq!(api(1), None);
		assert_eq!(
			<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::receipt_anchors(
				Bob.to_account_id()
			),
			AnchorTotals { anchors: 1, receipts: 12 }
		);

		// It may post research answers: this one reaches the pallet (no such request), where a
		// filtered call would not.
		let answer = RuntimeCall::Research(pallet_research::Call::answer_request {
			request: 7,
			result_hash: H256::repeat_byte(1),
			cohort: 20,
		});
		assert_ok!(Proxy::proxy(
			signed(gatekeeper),
			Bob.to_account_id().into(),
			Some(ProxyType::Gatekeeper),
			Box::new(answer),
		));
		assert_eq!(
			last_proxy_result(),
			Some(Err(pallet_research::Error::<Runtime>::UnknownRequest.into()))
		);

		// The same proxy may not move the provider's funds or share its patients' records.
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: gatekeeper.to_account_id().into(),
			value: 1,
		});
		assert_ok!(Proxy::proxy(
			signed(gatekeeper),
			Bob.to_account_id().into(),
			Some(ProxyType::Gatekeeper),
			Box::new(transfer),
		));
		assert_eq!(
			last_proxy_result(),
			Some(Err(DispatchError::from(frame_system::Error::<Runtime>::CallFiltered)))
		);
	});
}

/// Bob's publisher (Eve's key, a `Publisher` proxy of Bob's) does `call` for Bob.
fn publish(call: RuntimeCall) {
	assert_ok!(Proxy::proxy(
		signed(Eve),
		Bob.to_account_id().into(),
		Some(ProxyType::Publisher),
		Box::new(call),
	));
}

#[test]
fn a_publisher_proxy_publishes_pointers_and_nothing_else() {
	dev_chain().execute_with(|| {
		shared_pointer();
		assert_ok!(Proxy::add_proxy(
			signed(Bob),
			Eve.to_account_id().into(),
			ProxyType::Publisher,
			0
		));
		let charlie = Sr25519Keyring::Charlie.to_account_id();
		assert_ok!(Registrar::register_patient(signed(Sr25519Keyring::Charlie)));
		let relationships = |call| RuntimeCall::Relationships(call);
		// A new patient's relationship and first record, and a changed record, in one batch.
		publish(RuntimeCall::Utility(pallet_utility::Call::batch_all {
			calls: vec![
				relationships(pallet_relationships::Call::open_relationship {
					patient: charlie.clone(),
				}),
				relationships(pallet_relationships::Call::add_pointer {
					patient: charlie.clone(),
					reference: [2; 16],
					category: 7,
					fields: fields(&[0, 1]),
					content_hash: H256::repeat_byte(2),
				}),
				relationships(pallet_relationships::Call::update_pointer {
					pointer: 0,
					content_hash: H256::repeat_byte(8),
				}),
			],
		}));
		assert_eq!(last_proxy_result(), Some(Ok(())));
		let pointer = |id| pallet_relationships::Pointers::<Runtime>::get(id).expect("published");
		assert_eq!(pointer(0).content_hash, H256::repeat_byte(8));
		assert_eq!(pointer(1).content_hash, H256::repeat_byte(2));
		assert_eq!(pointer(1).provider, Registrar::participant_id(&Bob.to_account_id()).unwrap());
		publish(relationships(pallet_relationships::Call::remove_pointer { pointer: 1 }));
		assert_eq!(last_proxy_result(), Some(Ok(())));
		assert!(pallet_relationships::Pointers::<Runtime>::get(1).is_none());

		// Nothing else, alone or inside a batch: not ending a relationship, not sharing, not
		// anchoring (the gatekeeper proxy's work), not moving funds, not adding proxies.
		let refused = [
			relationships(pallet_relationships::Call::terminate {
				patient: Ferdie.to_account_id(),
				provider: Bob.to_account_id(),
			}),
			RuntimeCall::Permissions(pallet_permissions::Call::revoke { grant: 0 }),
			RuntimeCall::Registrar(pallet_registrar::Call::anchor_receipts {
				first: 0,
				count: 1,
				root: H256::repeat_byte(9),
			}),
			RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
				dest: Eve.to_account_id().into(),
				value: 1,
			}),
			RuntimeCall::Proxy(pallet_proxy::Call::add_proxy {
				delegate: Eve.to_account_id().into(),
				proxy_type: ProxyType::Any,
				delay: 0,
			}),
		];
		let filtered = Some(Err(DispatchError::from(frame_system::Error::<Runtime>::CallFiltered)));
		for call in refused {
			let before = System::events().len();
			publish(call.clone());
			assert_eq!(last_proxy_result(), filtered, "{call:?}");
			let batched =
				RuntimeCall::Utility(pallet_utility::Call::batch_all { calls: vec![call] });
			publish(batched);
			assert_eq!(last_proxy_result(), filtered);
			assert!(System::events().len() > before);
		}
		assert!(pallet_relationships::RelationshipsOf::<Runtime>::get(
			Registrar::participant_id(&Ferdie.to_account_id()).unwrap(),
			Registrar::participant_id(&Bob.to_account_id()).unwrap(),
		)
		.is_some());
		assert_eq!(Permissions::grants_of(&Ferdie.to_account_id()).len(), 1);
		assert_eq!(
			<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::receipt_anchors(
				Bob.to_account_id()
			),
			AnchorTotals { anchors: 0, receipts: 0 }
		);
		assert!(Proxy::proxies(Bob.to_account_id()).0.len() == 1);
	});
}
