//! Permissions on the real runtime: a patient shares one field of one pointer and
//! `MedRecApi::can_access` answers as a gatekeeper would ask, revocation takes effect, a
//! guardian acting through a `Guardian` proxy may share but not move funds, and a certified
//! provider breaks the glass.

mod common;
use common::{dev_chain, fields, signed};
use medrec_primitives::{
	access::{Denial, Scope},
	api::runtime_decl_for_med_rec_api::MedRecApiV7,
	records::{FieldSet, Grantee},
	testing::items_read,
	ParticipantRegistry,
};
use medrec_runtime::{
	configs::ProxyType, AccountId, Block, BlockNumber, Permissions, Proxy, Registrar,
	Relationships, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
};
use pallet_registrar::Role;
use polkadot_sdk::{
	frame_support::{assert_ok, traits::Get},
	sp_core::H256,
	sp_keyring::Sr25519Keyring::{self, Bob, Charlie, Dave, Eve, Ferdie},
	sp_runtime::DispatchError,
	*,
};

/// `MedRecApi` as the node calls it: the runtime's implementation of the declared API.
type Api = Runtime;

fn can_access(viewer: Sr25519Keyring, pointer: u64, asked: &[u8]) -> Result<FieldSet, Denial> {
	<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::can_access(
		viewer.to_account_id(),
		Ferdie.to_account_id(),
		pointer,
		fields(asked),
		None,
	)
}

/// Ferdie, a patient of Bob's hospital, with one pointer returning fields 0–2. Returns it.
fn ferdies_pointer() -> u64 {
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
	0
}

#[test]
fn a_field_grant_is_answered_by_medrec_api_and_revocation_ends_it() {
	dev_chain().execute_with(|| {
		let pointer = ferdies_pointer();
		assert_eq!(can_access(Dave, pointer, &[2]), Err(Denial::NoGrant));
		assert_eq!(can_access(Ferdie, pointer, &[0, 1, 2]), Ok(fields(&[0, 1, 2])));
		assert_ok!(Permissions::grant(
			signed(Ferdie),
			None,
			Grantee::Account(Dave.to_account_id()),
			Scope::Fields(pointer, fields(&[2])),
			None,
			None,
			1,
		));
		assert_eq!(can_access(Dave, pointer, &[2]), Ok(fields(&[2])));
		assert_eq!(can_access(Dave, pointer, &[1]), Err(Denial::NoGrant));
		let grants = <Api as MedRecApiV7<Block, AccountId, BlockNumber>>::grants_received(
			Dave.to_account_id(),
		);
		assert_eq!(grants.len(), 1);
		// Dave sees the new sharing in his notifications (the relationships pallet's list).
		let inbox = <Api as MedRecApiV7<Block, AccountId, BlockNumber>>::notifications(
			Dave.to_account_id(),
		);
		assert_eq!(inbox.len(), 1);

		assert_ok!(Permissions::revoke(signed(Ferdie), grants[0].id));
		assert_eq!(can_access(Dave, pointer, &[2]), Err(Denial::NoGrant));
		assert!(<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::notifications(
			Dave.to_account_id()
		)
		.is_empty());
	});
}

#[test]
fn a_guardian_proxy_may_share_but_not_move_funds() {
	dev_chain().execute_with(|| {
		let pointer = ferdies_pointer();
		assert_ok!(Proxy::add_proxy(
			signed(Ferdie),
			Charlie.to_account_id().into(),
			ProxyType::Guardian,
			0
		));
		let share = RuntimeCall::Permissions(pallet_permissions::Call::grant {
			on_behalf_of: None,
			grantee: Grantee::Account(Eve.to_account_id()),
			scope: Scope::Pointer(pointer),
			start: None,
			expiry: Some(1_000),
			purpose: 4,
		});
		assert_ok!(Proxy::proxy(
			signed(Charlie),
			Ferdie.to_account_id().into(),
			None,
			Box::new(share)
		));
		assert_eq!(can_access(Eve, pointer, &[0]), Ok(fields(&[0])));

		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: Charlie.to_account_id().into(),
			value: 1,
		});
		assert_ok!(Proxy::proxy(
			signed(Charlie),
			Ferdie.to_account_id().into(),
			None,
			Box::new(transfer)
		));
		// The proxy call itself succeeds; the filter refuses the inner call.
		System::assert_last_event(RuntimeEvent::Proxy(pallet_proxy::Event::ProxyExecuted {
			result: Err(DispatchError::from(
				polkadot_sdk::frame_system::Error::<Runtime>::CallFiltered,
			)),
		}));
	});
}

#[test]
fn a_certified_provider_breaks_the_glass_and_the_patient_sees_it() {
	dev_chain().execute_with(|| {
		let pointer = ferdies_pointer();
		assert_ok!(Registrar::admit(RuntimeOrigin::root(), Eve.to_account_id(), Role::Provider));
		assert_ok!(Permissions::certify_emergency(
			RuntimeOrigin::root(),
			Eve.to_account_id(),
			true
		));
		assert_ok!(Permissions::break_glass(signed(Eve), Ferdie.to_account_id(), 9, None));
		assert_eq!(can_access(Eve, pointer, &[0, 1, 2]), Ok(fields(&[0, 1, 2])));
		let inbox = <Api as MedRecApiV7<Block, AccountId, BlockNumber>>::emergencies(
			Ferdie.to_account_id(),
		);
		assert_eq!((inbox.len(), inbox[0].reason), (1, 9));
		// Four hours later it is over.
		let end = 1 + 4 * medrec_primitives::time::HOURS;
		let at = <Api as MedRecApiV7<Block, AccountId, BlockNumber>>::can_access(
			Eve.to_account_id(),
			Ferdie.to_account_id(),
			pointer,
			FieldSet::ALL,
			Some(end),
		);
		assert_eq!(at, Err(Denial::NotValidAt));
	});
}

#[test]
fn a_provider_proposes_a_guardian_and_only_the_patients_acceptance_makes_one() {
	use medrec_primitives::api::Notification;
	use pallet_permissions::{AppointmentBasis, GuardianPowers};
	dev_chain().execute_with(|| {
		let pointer = ferdies_pointer();
		let inbox = |who: Sr25519Keyring| {
			<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::notifications(who.to_account_id())
		};
		let wards = |who: Sr25519Keyring| {
			<Api as MedRecApiV7<Block, AccountId, BlockNumber>>::wards(who.to_account_id())
		};
		// Bob, who treats Ferdie, may only propose; a provider's appointment is refused.
		assert_eq!(
			Permissions::appoint_guardian(
				signed(Bob),
				Ferdie.to_account_id(),
				Charlie.to_account_id(),
				GuardianPowers::ManageSharing,
				1_000,
				AppointmentBasis::Incapacity,
			),
			Err(DispatchError::BadOrigin)
		);
		assert_ok!(Permissions::propose_guardian(
			signed(Bob),
			Ferdie.to_account_id(),
			Charlie.to_account_id(),
			GuardianPowers::ManageSharing,
			1_000,
		));
		assert!(inbox(Ferdie).contains(&Notification::GuardianProposed {
			guardian: Charlie.to_account_id(),
			proposer: Bob.to_account_id(),
		}));
		assert_eq!(can_access(Charlie, pointer, &[0]), Err(Denial::NoGrant));
		assert!(wards(Charlie).is_empty());

		assert_ok!(Permissions::accept_guardian(signed(Ferdie), Charlie.to_account_id()));
		assert_eq!(can_access(Charlie, pointer, &[0]), Ok(fields(&[0])));
		let listed = wards(Charlie);
		assert_eq!(listed.len(), 1);
		assert_eq!(
			(listed[0].patient.clone(), listed[0].until, listed[0].appointed),
			(Ferdie.to_account_id(), Some(1_000), false)
		);
		assert!(!inbox(Ferdie).iter().any(|n| matches!(n, Notification::GuardianProposed { .. })));
	});
}

#[test]
fn a_member_of_a_certified_providers_emergency_team_breaks_the_glass_and_the_inbox_shows_it() {
	use medrec_primitives::api::Notification;
	dev_chain().execute_with(|| {
		let pointer = ferdies_pointer();
		assert_ok!(Permissions::certify_emergency(
			RuntimeOrigin::root(),
			Bob.to_account_id(),
			true
		));
		let team = pallet_registrar::NextGroupId::<Runtime>::get();
		assert_ok!(Registrar::create_group(signed(Bob)));
		assert_ok!(Registrar::add_group_member(signed(Bob), team, Eve.to_account_id()));
		assert_ok!(Permissions::break_glass(signed(Eve), Ferdie.to_account_id(), 9, Some(team)));
		// Eve, in person, sees the record; the inbox that wallets read says who and why.
		assert_eq!(can_access(Eve, pointer, &[0, 1, 2]), Ok(fields(&[0, 1, 2])));
		let inbox = <Api as MedRecApiV7<Block, AccountId, BlockNumber>>::notifications(
			Ferdie.to_account_id(),
		);
		assert!(inbox.contains(&Notification::Emergency {
			patient: Ferdie.to_account_id(),
			emergency: 0,
			provider: Bob.to_account_id(),
			opened_by: Eve.to_account_id(),
			reason: 9,
		}));
	});
}

/// An account no one holds, number `n`.
fn someone(n: u32) -> AccountId {
	let mut raw = [200u8; 32];
	raw[..4].copy_from_slice(&n.to_le_bytes());
	AccountId::from(raw)
}

/// The access decision reads three storage items on its worst path, whatever the grants: the
/// pointer, the patient's sharing record and the viewer's card. The worst path: the viewer
/// reaches the record only through a group (so their groups are looked at), is in as many
/// groups as the registrar allows, each of another provider, and the patient has as many
/// grants as they may. Counted from the decision's storage proof on the real runtime.
#[test]
fn the_access_decision_reads_three_items_at_its_worst() {
	let mut ext = dev_chain();
	let ferdie = Ferdie.to_account_id();
	let viewer = Dave.to_account_id();
	let (pointer, now) = ext.execute_with(|| {
		let pointer = ferdies_pointer();
		let most = <Runtime as pallet_registrar::Config>::MaxMemberships::get();
		let mut group = 0;
		for n in 0..most {
			let owner = AccountId::from([n as u8 + 1; 32]);
			assert_ok!(pallet_balances::Pallet::<Runtime>::force_set_balance(
				RuntimeOrigin::root(),
				owner.clone().into(),
				1_000 * medrec_runtime::UNIT,
			));
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), owner.clone(), Role::Provider));
			group = pallet_registrar::NextGroupId::<Runtime>::get();
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(owner.clone())));
			assert_ok!(Registrar::add_group_member(
				RuntimeOrigin::signed(owner),
				group,
				viewer.clone()
			));
		}
		let grants = <Runtime as pallet_permissions::Config>::MaxGrantsPerPatient::get();
		for n in 1..grants {
			assert_ok!(Permissions::grant(
				signed(Ferdie),
				None,
				Grantee::Account(someone(n)),
				Scope::Fields(pointer, fields(&[0])),
				None,
				None,
				0,
			));
		}
		assert_ok!(Permissions::grant(
			signed(Ferdie),
			None,
			Grantee::Group(group),
			Scope::Fields(pointer, fields(&[1])),
			None,
			None,
			0,
		));
		assert_eq!(Permissions::grants_of(&ferdie).len() as u32, grants);
		(pointer, System::block_number())
	});
	let (decision, read) = items_read(&mut ext, || {
		Permissions::can_access(&viewer, &ferdie, pointer, FieldSet::ALL, now)
	});
	assert_eq!(decision, Ok(fields(&[1])));
	let ferdies = ext.execute_with(|| Registrar::participant_id(&ferdie)).expect("registered");
	let mut expected = vec![
		pallet_relationships::Pointers::<Runtime>::hashed_key_for(pointer),
		pallet_permissions::PatientSharing::<Runtime>::hashed_key_for(ferdies),
		pallet_registrar::Cards::<Runtime>::hashed_key_for(&viewer),
	];
	expected.sort();
	assert_eq!(read, expected, "the pointer, the sharing record and the viewer's card");
}
