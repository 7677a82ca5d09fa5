//! Unit tests: every call's success (state and event), every error, the access decision for
//! every scope and window, a randomized comparison with a reference model, and the decision's
//! storage reads measured against the number of grants.

use crate::{mock::*, *};
use frame::{deps::sp_runtime::DispatchError, testing_prelude::*, traits::fungible::InspectHold};
use medrec_primitives::records::{FieldSet, Grantee};

type Error = crate::Error<Test>;
type Event = crate::Event<Test>;

fn fields(codes: &[u8]) -> FieldSet {
	FieldSet::from_codes(codes).unwrap()
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Permission.into(), &who)
}

/// Alice grants `grantee` `scope` from now, until `expiry`.
fn grant(
	grantee: Grantee<AccountId>,
	scope: Scope,
	expiry: Option<u64>,
) -> Result<GrantId, DispatchError> {
	let id = NextGrantId::<Test>::get();
	Permissions::grant(RuntimeOrigin::signed(ALICE), None, grantee, scope, None, expiry, 1)?;
	Ok(id)
}

fn dave() -> Grantee<AccountId> {
	Grantee::Account(DAVE)
}

/// What `viewer` may see of every field of `pointer` (Alice's) now.
fn sees(viewer: AccountId, pointer: PointerId) -> Result<FieldSet, Denial> {
	Permissions::can_access(&viewer, &ALICE, pointer, FieldSet::ALL, System::block_number())
}

mod grant {
	use super::*;

	#[test]
	fn a_patient_grants_and_pays_the_deposit() {
		ExtBuilder::run(|| {
			let scope = Scope::Fields(ALICE_AT_BOB, fields(&[2]));
			assert_ok!(Permissions::grant(
				RuntimeOrigin::signed(ALICE),
				None,
				dave(),
				scope,
				Some(5),
				Some(50),
				3
			));
			// Dave is registered: the grant names his participant number.
			let grantee = Grantee::Participant(id(DAVE));
			let g = Grants::<Test>::get(0).unwrap();
			assert_eq!(
				(g.patient, g.grantee.clone(), g.scope),
				(id(ALICE), grantee.clone(), scope)
			);
			assert_eq!(
				(g.start, g.expiry, g.purpose, g.granted_by),
				(5, Some(50), 3, GrantedBy::Patient)
			);
			assert_eq!(held(ALICE), g.deposit);
			assert!(GrantsOf::<Test>::contains_key(id(ALICE), 0));
			assert_eq!(GrantCount::<Test>::get(id(ALICE)), 1);
			assert_eq!(Access::<Test>::get(&grantee, id(ALICE)).len(), 1);
			assert!(shared().contains(&(grantee.clone(), id(ALICE))), "Dave is told");
			System::assert_last_event(
				Event::AccessGranted {
					patient: ALICE,
					grantee,
					grant: 0,
					scope,
					start: 5,
					expires: Some(50),
				}
				.into(),
			);
		});
	}

	#[test]
	fn a_start_in_the_past_means_now_and_unregistered_grantees_are_accounts() {
		ExtBuilder::run(|| {
			go_to(10);
			assert_ok!(Permissions::grant(
				RuntimeOrigin::signed(ALICE),
				None,
				Grantee::Account(EVE),
				Scope::Record,
				Some(2),
				None,
				0
			));
			let g = Grants::<Test>::get(0).unwrap();
			assert_eq!((g.start, g.grantee), (10, Grantee::Account(EVE)));
		});
	}

	#[test]
	fn errors() {
		ExtBuilder::run(|| {
			let by = |who, behalf, grantee, scope, expiry| {
				Permissions::grant(
					RuntimeOrigin::signed(who),
					behalf,
					grantee,
					scope,
					None,
					expiry,
					0,
				)
			};
			assert_noop!(by(EVE, None, dave(), Scope::Record, None), Error::NotAPatient);
			assert_noop!(by(BOB, None, dave(), Scope::Record, None), Error::NotAPatient);
			assert_noop!(
				by(ALICE, None, Grantee::Participant(999), Scope::Record, None),
				Error::NotFound
			);
			assert_noop!(by(ALICE, None, Grantee::Group(99), Scope::Record, None), Error::NotFound);
			assert_noop!(
				by(ALICE, None, Grantee::Account(ALICE), Scope::Record, None),
				Error::SelfGrant
			);
			assert_noop!(
				by(ALICE, None, dave(), Scope::Pointer(DAVE_AT_BOB), None),
				Error::WrongPatient
			);
			assert_noop!(by(ALICE, None, dave(), Scope::Pointer(99), None), Error::NotFound);
			assert_noop!(
				by(ALICE, None, dave(), Scope::Fields(ALICE_AT_BOB, FieldSet::EMPTY), None),
				Error::NoFields
			);
			assert_noop!(by(ALICE, None, dave(), Scope::Record, Some(1)), Error::InvalidWindow);
			assert_noop!(by(POOR, None, dave(), Scope::Record, None), TokenError::FundsUnavailable);
			// Someone who is not Alice's guardian cannot grant for her.
			assert_noop!(by(EVE, Some(ALICE), dave(), Scope::Record, None), Error::NotAuthorized);
			assert_noop!(
				Permissions::grant(
					RuntimeOrigin::root(),
					None,
					dave(),
					Scope::Record,
					None,
					None,
					0
				),
				DispatchError::BadOrigin
			);
			// MaxGrantsPerGrantee is 4, MaxGrantsPerPatient 8.
			for _ in 0..4 {
				assert_ok!(grant(dave(), Scope::Record, None));
			}
			assert_noop!(grant(dave(), Scope::Record, None), Error::TooMany);
			for _ in 0..4 {
				assert_ok!(grant(Grantee::Account(EVE), Scope::Record, None));
			}
			assert_noop!(grant(Grantee::Account(FRANK), Scope::Record, None), Error::TooMany);
		});
	}
}

mod decision {
	use super::*;

	#[test]
	fn the_patient_always_sees_their_own_pointers() {
		ExtBuilder::run(|| {
			assert_eq!(sees(ALICE, ALICE_AT_BOB), Ok(fields(&[0, 1, 2])));
			deactivate(ALICE, BOB);
			assert_eq!(sees(ALICE, ALICE_AT_BOB), Ok(fields(&[0, 1, 2])));
		});
	}

	#[test]
	fn each_scope_opens_what_it_names() {
		let cases = [
			(Scope::Record, [Ok(fields(&[0, 1, 2])), Ok(fields(&[0, 1]))]),
			(Scope::Provider(100 + 3), [Ok(fields(&[0, 1, 2])), Err(Denial::NoGrant)]),
			(Scope::Category(LABS), [Err(Denial::NoGrant), Ok(fields(&[0, 1]))]),
			(Scope::Pointer(ALICE_AT_CAROL), [Err(Denial::NoGrant), Ok(fields(&[0, 1]))]),
			(
				Scope::Fields(ALICE_AT_BOB, fields(&[1, 2])),
				[Ok(fields(&[1, 2])), Err(Denial::NoGrant)],
			),
		];
		for (scope, [at_bob, at_carol]) in cases {
			ExtBuilder::run(|| {
				// Participant number 103 is Bob's (100 Alice, 101 Dave, 102 Poor).
				assert_eq!(id(BOB), 103);
				assert_eq!(sees(DAVE, ALICE_AT_BOB), Err(Denial::NoGrant));
				assert_ok!(grant(dave(), scope, None));
				assert_eq!(sees(DAVE, ALICE_AT_BOB), at_bob, "{scope:?} at Bob's");
				assert_eq!(sees(DAVE, ALICE_AT_CAROL), at_carol, "{scope:?} at Carol's");
				// Eve received nothing.
				assert_eq!(sees(EVE, ALICE_AT_BOB), Err(Denial::NoGrant));
			});
		}
	}

	#[test]
	fn only_requested_fields_the_pointer_has_are_answered() {
		ExtBuilder::run(|| {
			assert_ok!(grant(dave(), Scope::Fields(ALICE_AT_BOB, fields(&[1, 2])), None));
			let ask = |f: &[u8]| Permissions::can_access(&DAVE, &ALICE, ALICE_AT_BOB, fields(f), 1);
			assert_eq!(ask(&[2]), Ok(fields(&[2])));
			assert_eq!(ask(&[0, 2]), Ok(fields(&[2])), "a subset: the gatekeeper refuses partials");
			assert_eq!(ask(&[0]), Err(Denial::NoGrant));
			assert_eq!(ask(&[40]), Err(Denial::NoSuchFields));
		});
	}

	#[test]
	fn grants_count_only_inside_their_window() {
		ExtBuilder::run(|| {
			assert_ok!(Permissions::grant(
				RuntimeOrigin::signed(ALICE),
				None,
				dave(),
				Scope::Record,
				Some(5),
				Some(8),
				0
			));
			let at = |n| Permissions::can_access(&DAVE, &ALICE, ALICE_AT_BOB, FieldSet::ALL, n);
			assert_eq!(at(4), Err(Denial::NotValidAt));
			assert_eq!(at(5), Ok(fields(&[0, 1, 2])));
			assert_eq!(at(7), Ok(fields(&[0, 1, 2])));
			// Expiry needs no cleanup call.
			assert_eq!(at(8), Err(Denial::NotValidAt));
		});
	}

	#[test]
	fn group_members_see_what_the_group_received_while_its_owner_is_active() {
		ExtBuilder::run(|| {
			assert_ok!(grant(Grantee::Group(ED), Scope::Category(DIABETES), None));
			assert_eq!(sees(NURSE, ALICE_AT_BOB), Ok(fields(&[0, 1, 2])));
			assert_eq!(sees(NURSE, ALICE_AT_CAROL), Err(Denial::NoGrant));
			assert_eq!(sees(EVE, ALICE_AT_BOB), Err(Denial::NoGrant));
		});
	}

	#[test]
	fn inactive_relationships_and_bad_requests_are_denied_with_reasons() {
		ExtBuilder::run(|| {
			assert_ok!(grant(dave(), Scope::Record, None));
			assert_eq!(
				Permissions::can_access(&DAVE, &EVE, ALICE_AT_BOB, FieldSet::ALL, 1),
				Err(Denial::UnknownPatient)
			);
			assert_eq!(sees(DAVE, 99), Err(Denial::UnknownPointer));
			assert_eq!(sees(DAVE, DAVE_AT_BOB), Err(Denial::WrongPatient));
			deactivate(ALICE, BOB);
			assert_eq!(sees(DAVE, ALICE_AT_BOB), Err(Denial::Inactive));
			assert_eq!(sees(DAVE, ALICE_AT_CAROL), Ok(fields(&[0, 1])));
		});
	}
}

mod revoke {
	use super::*;

	#[test]
	fn revoking_ends_access_and_returns_the_deposit() {
		ExtBuilder::run(|| {
			let first = grant(dave(), Scope::Pointer(ALICE_AT_BOB), None).unwrap();
			let second = grant(dave(), Scope::Pointer(ALICE_AT_CAROL), None).unwrap();
			assert_ok!(Permissions::revoke(RuntimeOrigin::signed(ALICE), first));
			let grantee = Grantee::Participant(id(DAVE));
			System::assert_last_event(
				Event::AccessRevoked { patient: ALICE, grantee: grantee.clone(), grant: first }
					.into(),
			);
			assert_eq!(sees(DAVE, ALICE_AT_BOB), Err(Denial::NoGrant));
			assert_eq!(sees(DAVE, ALICE_AT_CAROL), Ok(fields(&[0, 1])));
			assert!(shared().contains(&(grantee.clone(), id(ALICE))), "still shares one");
			assert_ok!(Permissions::revoke(RuntimeOrigin::signed(ALICE), second));
			assert!(!shared().contains(&(grantee.clone(), id(ALICE))), "shares nothing now");
			assert!(!Access::<Test>::contains_key(&grantee, id(ALICE)));
			assert_eq!((held(ALICE), GrantCount::<Test>::get(id(ALICE))), (0, 0));
		});
	}

	#[test]
	fn errors() {
		ExtBuilder::run(|| {
			let g = grant(dave(), Scope::Record, None).unwrap();
			assert_noop!(Permissions::revoke(RuntimeOrigin::signed(ALICE), 99), Error::NotFound);
			assert_noop!(Permissions::revoke(RuntimeOrigin::signed(DAVE), g), Error::NotAuthorized);
			// A viewing guardian may not manage sharing.
			assert_ok!(Permissions::add_guardian(
				RuntimeOrigin::signed(ALICE),
				FRANK,
				GuardianPowers::View,
				None
			));
			assert_noop!(
				Permissions::revoke(RuntimeOrigin::signed(FRANK), g),
				Error::NotAuthorized
			);
		});
	}

	#[test]
	fn expired_grants_are_removed_by_anyone_after_expiry() {
		ExtBuilder::run(|| {
			let g = grant(dave(), Scope::Record, Some(5)).unwrap();
			let forever = grant(Grantee::Account(EVE), Scope::Record, None).unwrap();
			assert_noop!(
				Permissions::remove_expired(RuntimeOrigin::signed(EVE), g),
				Error::NotExpired
			);
			assert_noop!(
				Permissions::remove_expired(RuntimeOrigin::signed(EVE), forever),
				Error::NotExpired
			);
			assert_noop!(
				Permissions::remove_expired(RuntimeOrigin::signed(EVE), 99),
				Error::NotFound
			);
			go_to(5);
			assert_ok!(Permissions::remove_expired(RuntimeOrigin::signed(EVE), g));
			System::assert_last_event(Event::GrantExpired { grant: g }.into());
			assert!(Grants::<Test>::get(g).is_none());
			assert_eq!(held(ALICE), Grants::<Test>::get(forever).unwrap().deposit);
		});
	}
}

mod guardians {
	use super::*;

	#[test]
	fn a_patient_adds_a_guardian_who_sees_and_manages_until_the_end() {
		ExtBuilder::run(|| {
			assert_ok!(Permissions::add_guardian(
				RuntimeOrigin::signed(ALICE),
				FRANK,
				GuardianPowers::ManageSharing,
				Some(20)
			));
			System::assert_last_event(
				Event::GuardianAdded {
					patient: ALICE,
					guardian: FRANK,
					powers: GuardianPowers::ManageSharing,
					until: Some(20),
				}
				.into(),
			);
			let record = Guardians::<Test>::get(id(ALICE), FRANK).unwrap();
			assert_eq!(held(ALICE), record.deposit);
			assert_eq!(sees(FRANK, ALICE_AT_BOB), Ok(fields(&[0, 1, 2])));
			// Frank grants for Alice; Alice pays.
			assert_ok!(Permissions::grant(
				RuntimeOrigin::signed(FRANK),
				Some(ALICE),
				dave(),
				Scope::Record,
				None,
				None,
				0
			));
			assert_eq!(Grants::<Test>::get(0).unwrap().granted_by, GrantedBy::Guardian(FRANK));
			assert_ok!(Permissions::revoke(RuntimeOrigin::signed(FRANK), 0));
			go_to(20);
			assert_eq!(sees(FRANK, ALICE_AT_BOB), Err(Denial::NoGrant));
			assert_noop!(
				Permissions::grant(
					RuntimeOrigin::signed(FRANK),
					Some(ALICE),
					dave(),
					Scope::Record,
					None,
					None,
					0
				),
				Error::NotAuthorized
			);
		});
	}

	#[test]
	fn the_consortium_or_a_treating_provider_appoints_a_minors_guardian() {
		ExtBuilder::run(|| {
			assert_ok!(Permissions::appoint_guardian(
				RuntimeOrigin::root(),
				ALICE,
				FRANK,
				GuardianPowers::ManageSharing,
				100
			));
			let record = Guardians::<Test>::get(id(ALICE), FRANK).unwrap();
			assert!(record.appointed && record.payer.is_none() && record.deposit == 0);
			// Bob treats Alice (an active relationship): he may appoint, and pays.
			assert_ok!(Permissions::appoint_guardian(
				RuntimeOrigin::signed(BOB),
				ALICE,
				EVE,
				GuardianPowers::View,
				100
			));
			assert_eq!(held(BOB), Guardians::<Test>::get(id(ALICE), EVE).unwrap().deposit);
			// The patient's veto.
			assert_ok!(Permissions::remove_guardian(RuntimeOrigin::signed(ALICE), ALICE, EVE));
			System::assert_last_event(
				Event::GuardianRemoved { patient: ALICE, guardian: EVE }.into(),
			);
			assert_eq!(held(BOB), 0);
			// Frank resigns.
			assert_ok!(Permissions::remove_guardian(RuntimeOrigin::signed(FRANK), ALICE, FRANK));
			assert_eq!(GuardianCount::<Test>::get(id(ALICE)), 0);
		});
	}

	#[test]
	fn errors() {
		ExtBuilder::run(|| {
			let add = |patient, guardian, until| {
				Permissions::add_guardian(
					RuntimeOrigin::signed(patient),
					guardian,
					GuardianPowers::View,
					until,
				)
			};
			assert_noop!(add(EVE, FRANK, None), Error::NotAPatient);
			assert_noop!(add(ALICE, ALICE, None), Error::SelfGrant);
			assert_noop!(add(ALICE, FRANK, Some(1)), Error::InvalidWindow);
			assert_noop!(add(POOR, FRANK, None), TokenError::FundsUnavailable);
			assert_ok!(add(ALICE, FRANK, None));
			assert_noop!(add(ALICE, FRANK, None), Error::AlreadyExists);
			assert_ok!(add(ALICE, EVE, None));
			// MaxGuardians is 2.
			assert_noop!(add(ALICE, DAVE, None), Error::TooMany);

			let appoint = |origin, guardian| {
				Permissions::appoint_guardian(origin, DAVE, guardian, GuardianPowers::View, 100)
			};
			assert_noop!(appoint(RuntimeOrigin::signed(EVE), FRANK), Error::NotAProvider);
			// Carol has no relationship with Dave.
			assert_noop!(appoint(RuntimeOrigin::signed(CAROL), FRANK), Error::NotAuthorized);
			deactivate(DAVE, BOB);
			assert_noop!(appoint(RuntimeOrigin::signed(BOB), FRANK), Error::NotAuthorized);
			assert_noop!(
				Permissions::appoint_guardian(
					RuntimeOrigin::root(),
					EVE,
					FRANK,
					GuardianPowers::View,
					100
				),
				Error::NotAPatient
			);

			let remove = |caller, guardian| {
				Permissions::remove_guardian(RuntimeOrigin::signed(caller), ALICE, guardian)
			};
			assert_noop!(remove(DAVE, FRANK), Error::NotAuthorized);
			assert_noop!(remove(ALICE, DAVE), Error::NotFound);
			assert_noop!(
				Permissions::remove_guardian(RuntimeOrigin::signed(FRANK), FRESH, FRANK),
				Error::NotFound
			);
		});
	}
}

mod emergency {
	use super::*;

	fn certify(provider: AccountId) {
		assert_ok!(Permissions::certify_emergency(RuntimeOrigin::root(), provider, true));
	}

	#[test]
	fn the_consortium_certifies_and_decertifies() {
		ExtBuilder::run(|| {
			certify(BOB);
			System::assert_last_event(
				Event::EmergencyCertificationSet { provider: BOB, certified: true }.into(),
			);
			assert_noop!(
				Permissions::certify_emergency(RuntimeOrigin::root(), BOB, true),
				Error::AlreadyExists
			);
			assert_ok!(Permissions::certify_emergency(RuntimeOrigin::root(), BOB, false));
			assert_noop!(
				Permissions::certify_emergency(RuntimeOrigin::root(), BOB, false),
				Error::NotFound
			);
			assert_noop!(
				Permissions::certify_emergency(RuntimeOrigin::root(), ALICE, true),
				Error::NotAProvider
			);
			assert_noop!(
				Permissions::certify_emergency(RuntimeOrigin::signed(BOB), BOB, true),
				DispatchError::BadOrigin
			);
		});
	}

	#[test]
	fn breaking_the_glass_opens_the_record_briefly_and_asks_for_review() {
		ExtBuilder::run(|| {
			certify(BOB);
			go_to(3);
			assert_ok!(Permissions::break_glass(RuntimeOrigin::signed(BOB), ALICE, 42));
			System::assert_last_event(
				Event::EmergencyAccessOpened {
					emergency: 0,
					patient: ALICE,
					provider: BOB,
					reason: 42,
					grant: 0,
					expires: 3 + EMERGENCY_DURATION,
				}
				.into(),
			);
			assert_eq!(sees(BOB, ALICE_AT_CAROL), Ok(fields(&[0, 1])));
			assert_eq!(Permissions::emergencies_of(&ALICE).len(), 1);
			let grant = Grants::<Test>::get(0).unwrap();
			assert_eq!(grant.granted_by, GrantedBy::Emergency(0));
			let record = Emergencies::<Test>::get(0).unwrap();
			assert_eq!(held(BOB), grant.deposit + record.deposit);
			go_to(3 + EMERGENCY_DURATION);
			assert_eq!(sees(BOB, ALICE_AT_CAROL), Err(Denial::NotValidAt));

			// Alice accepts it; the grant is tidied up by anyone.
			assert_ok!(Permissions::review_emergency(RuntimeOrigin::signed(ALICE), 0, false));
			System::assert_last_event(
				Event::EmergencyReviewed { emergency: 0, review: Review::Accepted }.into(),
			);
			assert!(Emergencies::<Test>::get(0).is_none());
			assert!(Permissions::emergencies_of(&ALICE).is_empty());
			assert_ok!(Permissions::remove_expired(RuntimeOrigin::signed(EVE), 0));
			assert_eq!(held(BOB), 0);
		});
	}

	#[test]
	fn a_contested_access_stays_listed_until_the_consortium_closes_it() {
		ExtBuilder::run(|| {
			certify(BOB);
			assert_ok!(Permissions::break_glass(RuntimeOrigin::signed(BOB), ALICE, 42));
			// A guardian may review too.
			assert_ok!(Permissions::add_guardian(
				RuntimeOrigin::signed(ALICE),
				FRANK,
				GuardianPowers::View,
				None
			));
			assert_ok!(Permissions::review_emergency(RuntimeOrigin::signed(FRANK), 0, true));
			assert!(ContestedEmergencies::<Test>::contains_key(0));
			assert_noop!(
				Permissions::review_emergency(RuntimeOrigin::signed(ALICE), 0, false),
				Error::AlreadyReviewed
			);
			assert_noop!(
				Permissions::close_contested(RuntimeOrigin::signed(ALICE), 0),
				DispatchError::BadOrigin
			);
			assert_ok!(Permissions::close_contested(RuntimeOrigin::root(), 0));
			System::assert_last_event(Event::EmergencyClosed { emergency: 0 }.into());
			assert!(!ContestedEmergencies::<Test>::contains_key(0));
			assert_noop!(Permissions::close_contested(RuntimeOrigin::root(), 0), Error::NotFound);
		});
	}

	#[test]
	fn errors_and_the_rate_limit() {
		ExtBuilder::run(|| {
			let glass = |provider, patient| {
				Permissions::break_glass(RuntimeOrigin::signed(provider), patient, 1)
			};
			assert_noop!(glass(BOB, ALICE), Error::NotCertified);
			assert_noop!(glass(EVE, ALICE), Error::NotAProvider);
			certify(BOB);
			assert_noop!(glass(BOB, EVE), Error::NotAPatient);
			// MaxEmergenciesPerWindow is 2.
			assert_ok!(glass(BOB, ALICE));
			assert_ok!(glass(BOB, DAVE));
			assert_noop!(glass(BOB, ALICE), Error::RateLimited);
			go_to(1 + EMERGENCY_WINDOW);
			assert_ok!(glass(BOB, ALICE));

			assert_noop!(
				Permissions::review_emergency(RuntimeOrigin::signed(ALICE), 99, false),
				Error::NotFound
			);
			assert_noop!(
				Permissions::review_emergency(RuntimeOrigin::signed(EVE), 0, false),
				Error::NotAuthorized
			);
			assert_ok!(Permissions::review_emergency(RuntimeOrigin::signed(ALICE), 0, false));
			// Accepted ones are gone; a pending one is not contested.
			assert_noop!(
				Permissions::close_contested(RuntimeOrigin::root(), 1),
				Error::NotContested
			);
		});
	}
}

#[test]
fn deposits_follow_account_rotation() {
	ExtBuilder::run(|| {
		let g = grant(dave(), Scope::Record, None).unwrap();
		let deposit = held(ALICE);
		rotate(ALICE, FRESH);
		assert_eq!((held(ALICE), held(FRESH)), (0, deposit));
		assert_ok!(Permissions::revoke(RuntimeOrigin::signed(FRESH), g));
		assert_eq!(held(FRESH), 0);
		// Grants to a registered grantee follow the grantee's rotation.
		let g = Permissions::grant(
			RuntimeOrigin::signed(FRESH),
			None,
			dave(),
			Scope::Record,
			None,
			None,
			0,
		);
		assert_ok!(g);
		rotate(DAVE, EVE);
		assert_eq!(
			Permissions::can_access(&EVE, &FRESH, ALICE_AT_BOB, FieldSet::ALL, 1),
			Ok(fields(&[0, 1, 2]))
		);
	});
}

/// Many random grants, revocations and expiries, checked against a reference model of the
/// rules written as plainly as possible.
#[test]
fn decisions_match_a_reference_model() {
	struct Model {
		grants: Vec<(GrantId, AccountId, Scope, u64, Option<u64>)>,
	}
	impl Model {
		fn allows(&self, viewer: AccountId, pointer: PointerId, at: u64) -> FieldSet {
			let (provider, category, all) = match pointer {
				ALICE_AT_BOB => (id(BOB), DIABETES, fields(&[0, 1, 2])),
				_ => (id(CAROL), LABS, fields(&[0, 1])),
			};
			let mut open = FieldSet::EMPTY;
			for (_, grantee, scope, start, expiry) in &self.grants {
				if *grantee != viewer || at < *start || expiry.is_some_and(|e| at >= e) {
					continue;
				}
				let add = match *scope {
					Scope::Record => all,
					Scope::Provider(p) if p == provider => all,
					Scope::Category(c) if c == category => all,
					Scope::Pointer(p) if p == pointer => all,
					Scope::Fields(p, f) if p == pointer => f.intersection(all),
					_ => FieldSet::EMPTY,
				};
				open = open.union(add);
			}
			open
		}
	}
	// xorshift64: deterministic, no dependency.
	let mut seed = 0x9e37_79b9_7f4a_7c15u64;
	let mut next = move |n: u64| {
		seed ^= seed << 13;
		seed ^= seed >> 7;
		seed ^= seed << 17;
		seed % n
	};
	ExtBuilder::run(|| {
		let mut model = Model { grants: Vec::new() };
		let viewers = [DAVE, EVE, FRANK];
		let mut checked = 0;
		for step in 0..400u64 {
			go_to(1 + step / 4);
			let now = System::block_number();
			match next(3) {
				0 if model.grants.len() < 8 => {
					let viewer = viewers[next(3) as usize];
					let pointer = [ALICE_AT_BOB, ALICE_AT_CAROL][next(2) as usize];
					let scope = match next(5) {
						0 => Scope::Record,
						1 => Scope::Provider([id(BOB), id(CAROL)][next(2) as usize]),
						2 => Scope::Category([DIABETES, LABS][next(2) as usize]),
						3 => Scope::Pointer(pointer),
						_ => Scope::Fields(pointer, FieldSet(1 + next(7))),
					};
					let start = now + next(4);
					let expiry = (next(2) == 0).then(|| start + 1 + next(10));
					let id = NextGrantId::<Test>::get();
					let result = Permissions::grant(
						RuntimeOrigin::signed(ALICE),
						None,
						Grantee::Account(viewer),
						scope,
						Some(start),
						expiry,
						0,
					);
					if result.is_ok() {
						model.grants.push((id, viewer, scope, start, expiry));
					}
				},
				1 if !model.grants.is_empty() => {
					let (id, ..) = model.grants.remove(next(model.grants.len() as u64) as usize);
					assert_ok!(Permissions::revoke(RuntimeOrigin::signed(ALICE), id));
				},
				_ => {
					if let Some(&(id, _, _, _, Some(expiry))) =
						model.grants.iter().find(|g| g.4.is_some_and(|e| e <= now))
					{
						assert!(expiry <= now);
						assert_ok!(Permissions::remove_expired(RuntimeOrigin::signed(EVE), id));
						model.grants.retain(|g| g.0 != id);
					}
				},
			}
			for viewer in viewers {
				for pointer in [ALICE_AT_BOB, ALICE_AT_CAROL] {
					for at in [now, now + 3, now + 12] {
						let expected = model.allows(viewer, pointer, at);
						let got =
							Permissions::can_access(&viewer, &ALICE, pointer, FieldSet::ALL, at)
								.unwrap_or(FieldSet::EMPTY);
						assert_eq!(got, expected, "step {step}: {viewer} on {pointer} at {at}");
						checked += 1;
					}
				}
			}
		}
		assert!(model.grants.len() <= 8);
		assert_eq!(checked, 400 * 3 * 2 * 3);
	});
}

/// The decision reads the same storage however many grants the patient has. Measured as the
/// storage proof of one decision (every trie node it read) in two chains with the same number
/// of grants: in one, Alice holds one of them and Dave the other seven; in the other, Alice
/// holds all eight. Had the decision read Alice's grants, the second proof would be bigger by
/// seven grants and their trie paths.
#[test]
fn decision_reads_do_not_grow_with_grants() {
	let proof_size = |alices: u32| {
		let mut ext = ExtBuilder::build();
		ext.execute_with(|| {
			assert_ok!(grant(dave(), Scope::Pointer(ALICE_AT_BOB), None));
			let most = <<Test as Config>::MaxGrantsPerPatient as Get<u32>>::get();
			for n in 1..most {
				let patient = if n < alices { ALICE } else { DAVE };
				assert_ok!(Permissions::grant(
					RuntimeOrigin::signed(patient),
					None,
					Grantee::Account(1_000 + u64::from(n)),
					Scope::Record,
					None,
					None,
					0
				));
			}
			assert_eq!(GrantCount::<Test>::get(id(ALICE)), alices);
		});
		ext.commit_all().unwrap();
		let (decision, proof) = ext.execute_and_prove(|| sees(DAVE, ALICE_AT_BOB));
		assert_eq!(decision, Ok(fields(&[0, 1, 2])));
		proof.encoded_size()
	};
	let one = proof_size(1);
	let most = proof_size(8);
	println!("one decision's storage proof: {one} bytes when Alice has 1 grant, {most} with 8");
	// The two tries differ in key layout only: allow a few branch nodes either way.
	assert!(most.abs_diff(one) <= one / 10, "proof went from {one} to {most} bytes");
}

#[test]
fn the_api_lists_grants_both_ways_and_emergencies() {
	ExtBuilder::run(|| {
		assert_ok!(Permissions::add_guardian(
			RuntimeOrigin::signed(ALICE),
			FRANK,
			GuardianPowers::ManageSharing,
			None
		));
		assert_ok!(grant(dave(), Scope::Record, Some(50)));
		assert_ok!(Permissions::grant(
			RuntimeOrigin::signed(FRANK),
			Some(ALICE),
			Grantee::Account(EVE),
			Scope::Category(LABS),
			None,
			None,
			2
		));
		let mine = Permissions::grants_of(&ALICE);
		assert_eq!(mine.len(), 2);
		assert_eq!((mine[0].id, mine[0].patient, mine[0].expiry), (0, ALICE, Some(50)));
		assert_eq!((mine[1].guardian, mine[1].purpose), (Some(FRANK), 2));
		let daves = Permissions::grants_received(&DAVE);
		assert_eq!(daves.len(), 1);
		assert_eq!(daves[0].grantee, Grantee::Participant(id(DAVE)));
		assert_eq!(Permissions::grants_received(&EVE)[0].scope, Scope::Category(LABS));
		assert!(Permissions::grants_received(&NURSE).is_empty());
		assert!(Permissions::grants_of(&EVE).is_empty());

		assert_ok!(Permissions::certify_emergency(RuntimeOrigin::root(), BOB, true));
		assert_ok!(Permissions::break_glass(RuntimeOrigin::signed(BOB), ALICE, 42));
		let inbox = Permissions::emergencies_of(&ALICE);
		assert_eq!((inbox.len(), inbox[0].provider, inbox[0].reason), (1, BOB, 42));
		assert_eq!(Permissions::grants_received(&BOB)[0].emergency, Some(inbox[0].id));
	});
}
