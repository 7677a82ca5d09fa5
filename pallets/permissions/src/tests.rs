//! Unit tests: every call's success (state and event), every error, the access decision for
//! every scope and window, a randomized comparison with a reference model, and the decision's
//! storage reads measured against the number of grants.

use crate::{mock::*, *};
use frame::{deps::sp_runtime::DispatchError, testing_prelude::*, traits::fungible::InspectHold};
use medrec_primitives::{
	access::WardView,
	api::Notification,
	records::{FieldSet, Grantee},
	testing,
};
use std::collections::{BTreeMap, BTreeSet};

type Error = crate::Error<Test>;
type Event = crate::Event<Test>;

fn fields(codes: &[u8]) -> FieldSet {
	FieldSet::from_codes(codes).unwrap()
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Permission.into(), &who)
}

/// The id of Alice's grant number `n` (her first is 0).
fn alices(n: u64) -> GrantId {
	grant_id(id(ALICE), n)
}

/// Grant `g` as stored, from its patient's sharing record.
fn stored(g: GrantId) -> Option<GrantOf<Test>> {
	let (patient, index) = grant_parts(g);
	let sharing = PatientSharing::<Test>::get(patient)?;
	sharing.position(index).map(|at| sharing.grants[at].clone())
}

/// How many grants `patient` has.
fn count(patient: AccountId) -> usize {
	PatientSharing::<Test>::get(id(patient)).map_or(0, |s| s.grants.len())
}

/// `patient`'s guardianship of `guardian`, if any.
fn guardianship(patient: AccountId, guardian: AccountId) -> Option<GuardianshipOf<Test>> {
	PatientSharing::<Test>::get(id(patient))?.guardian(&guardian).cloned()
}

/// Alice grants `grantee` `scope` from now, until `expiry`.
fn grant(
	grantee: Grantee<AccountId>,
	scope: Scope,
	expiry: Option<u64>,
) -> Result<GrantId, DispatchError> {
	let next = PatientSharing::<Test>::get(id(ALICE)).map_or(0, |s| s.next_grant);
	Permissions::grant(RuntimeOrigin::signed(ALICE), None, grantee, scope, None, expiry, 1)
		.map_err(|e| e.error)?;
	Ok(alices(next))
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
			let g = stored(alices(0)).unwrap();
			assert_eq!((g.index, g.grantee.clone(), g.scope), (0, grantee.clone(), scope));
			assert_eq!(
				(g.start, g.expiry, g.purpose, g.granted_by),
				(5, Some(50), 3, GrantedBy::Patient)
			);
			assert_eq!(held(ALICE), g.deposit);
			assert_eq!(count(ALICE), 1);
			assert!(shared().contains(&(grantee.clone(), id(ALICE))), "Dave is told");
			System::assert_last_event(
				Event::AccessGranted {
					patient: ALICE,
					grantee,
					grant: alices(0),
					scope,
					start: 5,
					expires: Some(50),
					granted_by: GrantedBy::Patient,
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
			let g = stored(alices(0)).unwrap();
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
				Error::UnknownParticipant
			);
			assert_noop!(
				by(ALICE, None, Grantee::Group(99), Scope::Record, None),
				Error::UnknownGroup
			);
			assert_noop!(
				by(ALICE, None, Grantee::Account(ALICE), Scope::Record, None),
				Error::SelfGrant
			);
			assert_noop!(
				by(ALICE, None, dave(), Scope::Pointer(DAVE_AT_BOB), None),
				Error::WrongPatient
			);
			assert_noop!(by(ALICE, None, dave(), Scope::Pointer(99), None), Error::UnknownPointer);
			assert_noop!(
				by(ALICE, None, dave(), Scope::Fields(ALICE_AT_BOB, FieldSet::EMPTY), None),
				Error::NoFields
			);
			assert_noop!(by(ALICE, None, dave(), Scope::Record, Some(1)), Error::InvalidWindow);
			for unknown in [0, 10, 68, u32::MAX] {
				assert_noop!(
					by(ALICE, None, dave(), Scope::Category(unknown), None),
					Error::UnknownCategory
				);
			}
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
			// MaxGrantsPerPatient is 8, to one grantee or many.
			for _ in 0..6 {
				assert_ok!(grant(dave(), Scope::Record, None));
			}
			for _ in 0..2 {
				assert_ok!(grant(Grantee::Account(EVE), Scope::Record, None));
			}
			assert_noop!(grant(Grantee::Account(FRANK), Scope::Record, None), Error::TooManyGrants);
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

	/// `decide` says through which block an answer holds while nothing else changes: up to the
	/// next start or end of a grant the viewer holds, or the end of their guardianship; with
	/// no such boundary ahead, for good; an answer about a pointer that is not the patient's,
	/// for its block only.
	#[test]
	fn a_decision_holds_until_the_viewers_next_grant_boundary() {
		ExtBuilder::run(|| {
			let window = |start, expiry| {
				Permissions::grant(
					RuntimeOrigin::signed(ALICE),
					None,
					dave(),
					Scope::Pointer(ALICE_AT_BOB),
					Some(start),
					Some(expiry),
					0,
				)
			};
			assert_ok!(window(5, 8));
			assert_ok!(window(12, 20));
			// A grant to someone else bounds nothing of Dave's.
			assert_ok!(grant(Grantee::Account(EVE), Scope::Record, Some(6)));
			let at = |n| Permissions::decide(&DAVE, &ALICE, ALICE_AT_BOB, FieldSet::ALL, n);
			let all = fields(&[0, 1, 2]);
			assert_eq!(at(1), (Err(Denial::NotValidAt), Some(4)));
			assert_eq!(at(5), (Ok(all), Some(7)));
			assert_eq!(at(8), (Err(Denial::NotValidAt), Some(11)));
			assert_eq!(at(12), (Ok(all), Some(19)));
			assert_eq!(at(20), (Err(Denial::NotValidAt), None));
			// No grant of Dave's opens Alice's record at Carol's.
			let carol = Permissions::decide(&DAVE, &ALICE, ALICE_AT_CAROL, FieldSet::ALL, 1);
			assert_eq!(carol, (Err(Denial::NoGrant), None));
			// The patient, always; a guardian, through the block before the guardianship ends.
			assert_eq!(
				Permissions::decide(&ALICE, &ALICE, ALICE_AT_BOB, FieldSet::ALL, 1),
				(Ok(all), None)
			);
			assert_ok!(Permissions::add_guardian(
				RuntimeOrigin::signed(ALICE),
				FRANK,
				GuardianPowers::View,
				Some(30)
			));
			let frank = |n| Permissions::decide(&FRANK, &ALICE, ALICE_AT_BOB, FieldSet::ALL, n);
			assert_eq!(frank(1), (Ok(all), Some(29)));
			assert_eq!(frank(30), (Err(Denial::NoGrant), None));
			// Questions about another patient's pointer or none hold in their block only.
			let asked =
				|patient, pointer| Permissions::decide(&DAVE, &patient, pointer, FieldSet::ALL, 3);
			assert_eq!(asked(ALICE, 99), (Err(Denial::UnknownPointer), Some(3)));
			assert_eq!(asked(ALICE, DAVE_AT_BOB), (Err(Denial::WrongPatient), Some(3)));
			assert_eq!(asked(EVE, ALICE_AT_BOB), (Err(Denial::WrongPatient), Some(3)));
		});
	}

	#[test]
	fn group_members_see_what_the_group_received_while_its_owner_is_active() {
		ExtBuilder::run(|| {
			assert_ok!(grant(Grantee::Group(ED), Scope::Category(DIABETES), None));
			assert_eq!(sees(NURSE, ALICE_AT_BOB), Ok(fields(&[0, 1, 2])));
			assert_eq!(sees(NURSE, ALICE_AT_CAROL), Err(Denial::NoGrant));
			assert_eq!(sees(EVE, ALICE_AT_BOB), Err(Denial::NoGrant));
			testing::suspend(BOB);
			assert_eq!(sees(NURSE, ALICE_AT_BOB), Err(Denial::NoGrant));
		});
	}

	/// The group's owner decides who is in it, but cannot widen what the patient granted:
	/// a grant covers the members the patient saw when granting.
	#[test]
	fn a_group_grant_reaches_only_the_members_the_patient_saw() {
		ExtBuilder::run(|| {
			go_to(5);
			// Eve joins in the block Alice grants: she was there to be seen.
			testing::join_group_at(ED, BOB, EVE, 5);
			assert_ok!(grant(Grantee::Group(ED), Scope::Record, None));
			assert_eq!(sees(NURSE, ALICE_AT_BOB), Ok(fields(&[0, 1, 2])));
			assert_eq!(sees(EVE, ALICE_AT_BOB), Ok(fields(&[0, 1, 2])));
			// Bob adds Frank afterwards: Alice's grant does not reach him.
			go_to(6);
			testing::join_group_at(ED, BOB, FRANK, 6);
			assert_eq!(sees(FRANK, ALICE_AT_BOB), Err(Denial::NoGrant));
			// A member removed loses access at once; coming back later is joining anew.
			testing::leave_group(ED, NURSE);
			assert_eq!(sees(NURSE, ALICE_AT_BOB), Err(Denial::NoGrant));
			testing::join_group_at(ED, BOB, NURSE, 7);
			assert_eq!(sees(NURSE, ALICE_AT_BOB), Err(Denial::NoGrant));
			// A new grant, made when Alice can see Frank and the nurse, covers them.
			go_to(8);
			assert_ok!(grant(Grantee::Group(ED), Scope::Pointer(ALICE_AT_BOB), None));
			assert_eq!(sees(FRANK, ALICE_AT_BOB), Ok(fields(&[0, 1, 2])));
			assert_eq!(sees(NURSE, ALICE_AT_BOB), Ok(fields(&[0, 1, 2])));
			assert_eq!(sees(FRANK, ALICE_AT_CAROL), Err(Denial::NoGrant));
		});
	}

	#[test]
	fn inactive_relationships_and_bad_requests_are_denied_with_reasons() {
		ExtBuilder::run(|| {
			assert_ok!(grant(dave(), Scope::Record, None));
			assert_eq!(
				Permissions::can_access(&DAVE, &EVE, ALICE_AT_BOB, FieldSet::ALL, 1),
				Err(Denial::WrongPatient),
				"Eve is not registered: not the pointer's patient"
			);
			assert_eq!(sees(DAVE, 99), Err(Denial::UnknownPointer));
			assert_eq!(sees(DAVE, DAVE_AT_BOB), Err(Denial::WrongPatient));
			deactivate(ALICE, BOB);
			assert_eq!(sees(DAVE, ALICE_AT_BOB), Err(Denial::Inactive));
			assert_eq!(sees(DAVE, ALICE_AT_CAROL), Ok(fields(&[0, 1])));
			// Alice still sees her own record there.
			assert_eq!(sees(ALICE, ALICE_AT_BOB), Ok(fields(&[0, 1, 2])));
			// Taking the rejection back (the relationships pallet reports it) opens it again.
			reactivate(ALICE, BOB);
			assert_eq!(sees(DAVE, ALICE_AT_BOB), Ok(fields(&[0, 1, 2])));
		});
	}
}

mod sharing_record {
	use super::*;

	#[test]
	fn grant_ids_name_their_patient_and_are_never_given_twice() {
		ExtBuilder::run(|| {
			let first = grant(dave(), Scope::Record, None).unwrap();
			assert_eq!(first, alices(0));
			assert_eq!(grant_parts(first), (id(ALICE), 0));
			assert_ok!(Permissions::grant(
				RuntimeOrigin::signed(DAVE),
				None,
				Grantee::Account(EVE),
				Scope::Record,
				None,
				None,
				0
			));
			assert_eq!(Permissions::grants_of(&DAVE)[0].id, grant_id(id(DAVE), 0));
			assert_ok!(Permissions::revoke(RuntimeOrigin::signed(ALICE), first));
			// Alice has no grant left; her next is number 1, not 0 again.
			assert_eq!(grant(dave(), Scope::Record, None), Ok(alices(1)));
			assert_noop!(
				Permissions::revoke(RuntimeOrigin::signed(ALICE), first),
				Error::UnknownGrant
			);
		});
	}

	#[test]
	fn adding_and_removing_grants_costs_what_the_record_held() {
		ExtBuilder::run(|| {
			let by_alice = |grantee| {
				Permissions::grant(
					RuntimeOrigin::signed(ALICE),
					None,
					grantee,
					Scope::Record,
					None,
					Some(3),
					0,
				)
			};
			let weights = <Test as Config>::WeightInfo::grant;
			for n in 0..3u32 {
				let paid = by_alice(Grantee::Account(1_000 + u64::from(n))).unwrap();
				assert_eq!(paid.actual_weight, Some(weights(n)));
			}
			let revoked = Permissions::revoke(RuntimeOrigin::signed(ALICE), alices(0)).unwrap();
			assert_eq!(revoked.actual_weight, Some(<Test as Config>::WeightInfo::revoke(3)));
			go_to(3);
			let removed =
				Permissions::remove_expired(RuntimeOrigin::signed(EVE), alices(1)).unwrap();
			assert_eq!(
				removed.actual_weight,
				Some(<Test as Config>::WeightInfo::remove_expired(2))
			);
		});
	}

	#[test]
	fn the_record_follows_the_patients_account_and_relationships() {
		ExtBuilder::run(|| {
			let alice = id(ALICE);
			let sharing = || PatientSharing::<Test>::get(alice).unwrap();
			assert_eq!(sharing().account, ALICE);
			assert_eq!(sharing().active_providers.to_vec(), vec![id(BOB), id(CAROL)]);
			rotate(ALICE, FRESH);
			assert_eq!(sharing().account, FRESH);
			// A decision names the patient by their account now.
			assert_ok!(Permissions::add_guardian(
				RuntimeOrigin::signed(FRESH),
				FRANK,
				GuardianPowers::View,
				None
			));
			assert_eq!(
				Permissions::can_access(&FRANK, &FRESH, ALICE_AT_BOB, FieldSet::ALL, 1),
				Ok(fields(&[0, 1, 2]))
			);
			assert_eq!(
				Permissions::can_access(&FRANK, &ALICE, ALICE_AT_BOB, FieldSet::ALL, 1),
				Err(Denial::WrongPatient)
			);
			deactivate(FRESH, BOB);
			assert_eq!(sharing().active_providers.to_vec(), vec![id(CAROL)]);
			// Told twice, nothing changes.
			Permissions::activated(alice, id(CAROL));
			Permissions::deactivated(alice, id(BOB));
			assert_eq!(sharing().active_providers.to_vec(), vec![id(CAROL)]);
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
			assert_eq!((held(ALICE), count(ALICE)), (0, 0));
		});
	}

	#[test]
	fn errors() {
		ExtBuilder::run(|| {
			let g = grant(dave(), Scope::Record, None).unwrap();
			assert_noop!(
				Permissions::revoke(RuntimeOrigin::signed(ALICE), alices(99)),
				Error::UnknownGrant
			);
			// No patient has number 99: no sharing record to look in.
			assert_noop!(
				Permissions::revoke(RuntimeOrigin::signed(ALICE), grant_id(99, 0)),
				Error::UnknownGrant
			);
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
				Permissions::remove_expired(RuntimeOrigin::signed(EVE), alices(99)),
				Error::UnknownGrant
			);
			go_to(5);
			assert_ok!(Permissions::remove_expired(RuntimeOrigin::signed(EVE), g));
			System::assert_last_event(Event::GrantExpired { grant: g }.into());
			assert!(stored(g).is_none());
			assert_eq!(held(ALICE), stored(forever).unwrap().deposit);
		});
	}
}

mod guardians {
	use super::*;

	fn propose(provider: AccountId, patient: AccountId, guardian: AccountId) -> DispatchResult {
		Permissions::propose_guardian(
			RuntimeOrigin::signed(provider),
			patient,
			guardian,
			GuardianPowers::ManageSharing,
			100,
		)
	}

	fn frank_grants_for_alice() -> DispatchResultWithPostInfo {
		Permissions::grant(
			RuntimeOrigin::signed(FRANK),
			Some(ALICE),
			dave(),
			Scope::Record,
			None,
			None,
			0,
		)
	}

	fn wards(guardian: AccountId) -> Vec<AccountId> {
		Permissions::wards_of(&guardian).into_iter().map(|w| w.patient).collect()
	}

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
					basis: GuardianBasis::Patient,
				}
				.into(),
			);
			let record = guardianship(ALICE, FRANK).unwrap();
			assert_eq!(held(ALICE), record.deposit);
			assert_eq!(sees(FRANK, ALICE_AT_BOB), Ok(fields(&[0, 1, 2])));
			assert_eq!(
				Permissions::wards_of(&FRANK),
				vec![WardView {
					patient: ALICE,
					powers: GuardianPowers::ManageSharing,
					until: Some(20),
					appointed: false
				}]
			);
			// Frank grants for Alice; Alice pays; the grant and its event name Frank.
			assert_ok!(frank_grants_for_alice());
			assert_eq!(stored(alices(0)).unwrap().granted_by, GrantedBy::Guardian(FRANK));
			System::assert_last_event(
				Event::AccessGranted {
					patient: ALICE,
					// Dave is registered: he is recorded by participant number.
					grantee: Grantee::Participant(id(DAVE)),
					grant: alices(0),
					scope: Scope::Record,
					start: 1,
					expires: None,
					granted_by: GrantedBy::Guardian(FRANK),
				}
				.into(),
			);
			assert_ok!(Permissions::revoke(RuntimeOrigin::signed(FRANK), alices(0)));
			go_to(20);
			assert_eq!(sees(FRANK, ALICE_AT_BOB), Err(Denial::NoGrant));
			assert_noop!(frank_grants_for_alice(), Error::NotAuthorized);
			assert!(wards(FRANK).is_empty(), "an ended guardianship is not listed");
		});
	}

	#[test]
	fn a_provider_only_proposes_and_the_patient_decides() {
		ExtBuilder::run(|| {
			// Bob treats Alice. His proposal gives Frank nothing yet.
			assert_ok!(propose(BOB, ALICE, FRANK));
			System::assert_last_event(
				Event::GuardianProposed {
					patient: ALICE,
					guardian: FRANK,
					proposer: BOB,
					powers: GuardianPowers::ManageSharing,
					until: 100,
				}
				.into(),
			);
			let deposit = held(BOB);
			assert!(deposit > 0);
			assert_eq!(sees(FRANK, ALICE_AT_BOB), Err(Denial::NoGrant));
			assert_noop!(frank_grants_for_alice(), Error::NotAuthorized);
			assert!(wards(FRANK).is_empty());
			assert_eq!(
				Permissions::notifications_of(&ALICE),
				vec![Notification::GuardianProposed { guardian: FRANK, proposer: BOB }]
			);

			// Alice accepts: the guardianship Bob proposed begins; Bob's deposit carries over.
			assert_ok!(Permissions::accept_guardian(RuntimeOrigin::signed(ALICE), FRANK));
			System::assert_last_event(
				Event::GuardianAdded {
					patient: ALICE,
					guardian: FRANK,
					powers: GuardianPowers::ManageSharing,
					until: Some(100),
					basis: GuardianBasis::Accepted { proposer: id(BOB) },
				}
				.into(),
			);
			assert!(GuardianProposals::<Test>::get(id(ALICE)).is_empty());
			assert!(Permissions::notifications_of(&ALICE).is_empty());
			assert_eq!((held(BOB), held(ALICE)), (deposit, 0));
			assert_eq!(sees(FRANK, ALICE_AT_BOB), Ok(fields(&[0, 1, 2])));
			assert_ok!(frank_grants_for_alice());
			assert_eq!(wards(FRANK), vec![ALICE]);

			// Alice's veto returns Bob's deposit.
			assert_ok!(Permissions::remove_guardian(RuntimeOrigin::signed(ALICE), ALICE, FRANK));
			System::assert_last_event(
				Event::GuardianRemoved { patient: ALICE, guardian: FRANK }.into(),
			);
			assert_eq!(held(BOB), 0);
			assert!(wards(FRANK).is_empty());
		});
	}

	#[test]
	fn the_patient_declines_or_the_provider_withdraws_and_nothing_changes() {
		ExtBuilder::run(|| {
			assert_ok!(propose(BOB, ALICE, EVE));
			assert_noop!(
				Permissions::decline_guardian(RuntimeOrigin::signed(CAROL), ALICE, EVE),
				Error::NotAuthorized
			);
			assert_noop!(
				Permissions::decline_guardian(RuntimeOrigin::signed(EVE), ALICE, EVE),
				Error::NotAuthorized
			);
			assert_ok!(Permissions::decline_guardian(RuntimeOrigin::signed(ALICE), ALICE, EVE));
			System::assert_last_event(
				Event::GuardianProposalDeclined { patient: ALICE, guardian: EVE, by: ALICE }.into(),
			);
			assert_eq!(held(BOB), 0);
			assert!(guardianship(ALICE, EVE).is_none());

			assert_ok!(propose(BOB, ALICE, EVE));
			assert_ok!(Permissions::decline_guardian(RuntimeOrigin::signed(BOB), ALICE, EVE));
			System::assert_last_event(
				Event::GuardianProposalDeclined { patient: ALICE, guardian: EVE, by: BOB }.into(),
			);
			assert_eq!(held(BOB), 0);
			assert_noop!(
				Permissions::accept_guardian(RuntimeOrigin::signed(ALICE), EVE),
				Error::UnknownProposal
			);
		});
	}

	#[test]
	fn the_consortium_appoints_for_a_patient_who_cannot_choose_and_the_patient_is_told() {
		ExtBuilder::run(|| {
			assert_ok!(Permissions::appoint_guardian(
				RuntimeOrigin::root(),
				ALICE,
				FRANK,
				GuardianPowers::View,
				100,
				AppointmentBasis::Minor,
			));
			System::assert_last_event(
				Event::GuardianAdded {
					patient: ALICE,
					guardian: FRANK,
					powers: GuardianPowers::View,
					until: Some(100),
					basis: GuardianBasis::Appointed(AppointmentBasis::Minor),
				}
				.into(),
			);
			let record = guardianship(ALICE, FRANK).unwrap();
			assert!(record.payer.is_none() && record.deposit == 0);
			assert_eq!(
				Permissions::notifications_of(&ALICE),
				vec![Notification::GuardianAppointed { guardian: FRANK }]
			);
			assert!(Permissions::wards_of(&FRANK)[0].appointed);
			// A View guardian sees but does not share.
			assert_eq!(sees(FRANK, ALICE_AT_BOB), Ok(fields(&[0, 1, 2])));
			assert_noop!(frank_grants_for_alice(), Error::NotAuthorized);
			// At its end it stops, and leaves the patient's notifications.
			go_to(100);
			assert_eq!(sees(FRANK, ALICE_AT_BOB), Err(Denial::NoGrant));
			assert!(Permissions::notifications_of(&ALICE).is_empty());
			// Frank resigns (tidying up).
			assert_ok!(Permissions::remove_guardian(RuntimeOrigin::signed(FRANK), ALICE, FRANK));
			assert_eq!(PatientSharing::<Test>::get(id(ALICE)).map_or(0, |s| s.guardians.len()), 0);
		});
	}

	#[test]
	fn no_provider_appoints_and_no_one_but_the_patient_accepts() {
		ExtBuilder::run(|| {
			// The hole this closes: Bob (an active relationship with Alice) once appointed a
			// ManageSharing guardian on his own.
			assert_noop!(
				Permissions::appoint_guardian(
					RuntimeOrigin::signed(BOB),
					ALICE,
					FRANK,
					GuardianPowers::ManageSharing,
					100,
					AppointmentBasis::Incapacity,
				),
				DispatchError::BadOrigin
			);
			assert_ok!(propose(BOB, ALICE, FRANK));
			for caller in [BOB, FRANK, DAVE] {
				// Dave is a patient, but the proposal is not his.
				let expected: DispatchError = if caller == DAVE {
					Error::UnknownProposal.into()
				} else {
					Error::NotAPatient.into()
				};
				assert_noop!(
					Permissions::accept_guardian(RuntimeOrigin::signed(caller), FRANK),
					expected
				);
			}
			assert_noop!(
				Permissions::accept_guardian(RuntimeOrigin::root(), FRANK),
				DispatchError::BadOrigin
			);
		});
	}

	#[test]
	fn a_proposal_left_past_its_end_starts_nothing() {
		ExtBuilder::run(|| {
			assert_ok!(propose(BOB, ALICE, FRANK));
			go_to(100);
			assert_noop!(
				Permissions::accept_guardian(RuntimeOrigin::signed(ALICE), FRANK),
				Error::InvalidTerm
			);
			assert_ok!(Permissions::decline_guardian(RuntimeOrigin::signed(ALICE), ALICE, FRANK));
			assert_eq!(held(BOB), 0);
		});
	}

	#[test]
	fn a_guardian_made_another_way_ends_the_proposal_of_the_same_guardian() {
		ExtBuilder::run(|| {
			// Found by the runtime fuzzer (seed 19, block 70): Alice made Frank her guardian
			// herself while Bob's proposal of Frank waited, and the proposal stayed, for a
			// guardian already in place, holding Bob's deposit.
			assert_ok!(propose(BOB, ALICE, FRANK));
			assert_ok!(Permissions::add_guardian(
				RuntimeOrigin::signed(ALICE),
				FRANK,
				GuardianPowers::View,
				None
			));
			System::assert_last_event(
				Event::GuardianAdded {
					patient: ALICE,
					guardian: FRANK,
					powers: GuardianPowers::View,
					until: None,
					basis: GuardianBasis::Patient,
				}
				.into(),
			);
			assert!(GuardianProposals::<Test>::get(id(ALICE)).is_empty());
			assert!(Permissions::notifications_of(&ALICE).is_empty());
			assert_eq!(held(BOB), 0);
			assert_eq!(held(ALICE), guardianship(ALICE, FRANK).unwrap().deposit);

			// The same when the consortium appoints him; a proposal of someone else stays.
			assert_ok!(Permissions::remove_guardian(RuntimeOrigin::signed(ALICE), ALICE, FRANK));
			assert_ok!(propose(BOB, ALICE, FRANK));
			assert_ok!(propose(BOB, ALICE, EVE));
			assert_ok!(Permissions::appoint_guardian(
				RuntimeOrigin::root(),
				ALICE,
				FRANK,
				GuardianPowers::View,
				100,
				AppointmentBasis::Incapacity,
			));
			let left = GuardianProposals::<Test>::get(id(ALICE));
			assert_eq!(left.iter().map(|p| p.guardian).collect::<Vec<_>>(), vec![EVE]);
			assert_eq!(held(BOB), left[0].deposit);
		});
	}

	#[test]
	fn a_guardian_lists_the_patients_they_act_for() {
		ExtBuilder::run(|| {
			for patient in [DAVE, ALICE] {
				assert_ok!(Permissions::add_guardian(
					RuntimeOrigin::signed(patient),
					FRANK,
					GuardianPowers::View,
					None
				));
			}
			// By participant number: Alice registered first.
			assert_eq!(wards(FRANK), vec![ALICE, DAVE]);
			assert!(wards(EVE).is_empty());
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
			assert_noop!(add(ALICE, FRANK, Some(1)), Error::InvalidTerm);
			assert_noop!(add(POOR, FRANK, None), TokenError::FundsUnavailable);
			assert_ok!(add(ALICE, FRANK, None));
			assert_noop!(add(ALICE, FRANK, None), Error::AlreadyGuardian);
			assert_ok!(add(ALICE, EVE, None));
			// MaxGuardians is 2.
			assert_noop!(add(ALICE, DAVE, None), Error::TooManyGuardians);

			let propose_until = |provider, patient, guardian, until| {
				Permissions::propose_guardian(
					RuntimeOrigin::signed(provider),
					patient,
					guardian,
					GuardianPowers::View,
					until,
				)
			};
			assert_noop!(propose_until(EVE, DAVE, FRANK, 100), Error::NotAProvider);
			assert_noop!(propose_until(BOB, EVE, FRANK, 100), Error::NotAPatient);
			// Carol has no relationship with Dave.
			assert_noop!(propose_until(CAROL, DAVE, FRANK, 100), Error::NotAuthorized);
			assert_noop!(propose_until(BOB, DAVE, DAVE, 100), Error::SelfGrant);
			assert_noop!(propose_until(BOB, DAVE, FRANK, 1), Error::InvalidTerm);
			assert_noop!(
				propose_until(BOB, DAVE, FRANK, 2 + MAX_APPOINTED_TERM),
				Error::InvalidTerm
			);
			assert_noop!(propose_until(BOB, ALICE, FRANK, 100), Error::AlreadyGuardian);
			assert_ok!(propose_until(BOB, DAVE, FRANK, 1 + MAX_APPOINTED_TERM));
			assert_noop!(propose_until(BOB, DAVE, FRANK, 100), Error::AlreadyProposed);
			assert_ok!(propose_until(BOB, DAVE, EVE, 100));
			assert_noop!(propose_until(BOB, DAVE, NURSE, 100), Error::TooManyProposals);
			deactivate(DAVE, BOB);
			assert_noop!(
				Permissions::propose_guardian(
					RuntimeOrigin::signed(BOB),
					DAVE,
					NURSE,
					GuardianPowers::View,
					100
				),
				Error::NotAuthorized
			);
			// Dave accepts one; a full guardian list refuses the next acceptance.
			assert_ok!(Permissions::accept_guardian(RuntimeOrigin::signed(DAVE), FRANK));
			assert_ok!(add(DAVE, NURSE, None));
			assert_noop!(
				Permissions::accept_guardian(RuntimeOrigin::signed(DAVE), EVE),
				Error::TooManyGuardians
			);
			assert_noop!(
				Permissions::decline_guardian(RuntimeOrigin::signed(DAVE), DAVE, FRANK),
				Error::UnknownProposal
			);
			assert_noop!(
				Permissions::decline_guardian(RuntimeOrigin::signed(DAVE), FRESH, FRANK),
				Error::NotRegistered
			);

			let appoint = |patient, until| {
				Permissions::appoint_guardian(
					RuntimeOrigin::root(),
					patient,
					CAROL,
					GuardianPowers::View,
					until,
					AppointmentBasis::Incapacity,
				)
			};
			assert_noop!(appoint(EVE, 100), Error::NotAPatient);
			assert_noop!(appoint(POOR, 1), Error::InvalidTerm);
			assert_noop!(appoint(POOR, 2 + MAX_APPOINTED_TERM), Error::InvalidTerm);

			let remove = |caller, guardian| {
				Permissions::remove_guardian(RuntimeOrigin::signed(caller), ALICE, guardian)
			};
			assert_noop!(remove(DAVE, FRANK), Error::NotAuthorized);
			assert_noop!(remove(ALICE, DAVE), Error::UnknownGuardian);
			assert_noop!(
				Permissions::remove_guardian(RuntimeOrigin::signed(FRANK), FRESH, FRANK),
				Error::NotRegistered
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
				Error::AlreadyCertified
			);
			assert_ok!(Permissions::certify_emergency(RuntimeOrigin::root(), BOB, false));
			assert_noop!(
				Permissions::certify_emergency(RuntimeOrigin::root(), BOB, false),
				Error::NotCertified
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
			assert_ok!(Permissions::break_glass(RuntimeOrigin::signed(BOB), ALICE, 42, None));
			System::assert_last_event(
				Event::EmergencyAccessOpened {
					emergency: 0,
					patient: ALICE,
					provider: BOB,
					opened_by: BOB,
					reason: 42,
					grant: alices(0),
					expires: 3 + EMERGENCY_DURATION,
				}
				.into(),
			);
			assert_eq!(sees(BOB, ALICE_AT_CAROL), Ok(fields(&[0, 1])));
			assert_eq!(Permissions::emergencies_of(&ALICE).len(), 1);
			let grant = stored(alices(0)).unwrap();
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
			assert_ok!(Permissions::remove_expired(RuntimeOrigin::signed(EVE), alices(0)));
			assert_eq!(held(BOB), 0);
		});
	}

	#[test]
	fn a_contested_access_stays_listed_until_the_consortium_closes_it() {
		ExtBuilder::run(|| {
			certify(BOB);
			assert_ok!(Permissions::break_glass(RuntimeOrigin::signed(BOB), ALICE, 42, None));
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
			assert_noop!(
				Permissions::close_contested(RuntimeOrigin::root(), 0),
				Error::UnknownEmergency
			);
		});
	}

	#[test]
	fn a_member_of_a_certified_providers_group_breaks_the_glass_in_person() {
		ExtBuilder::run(|| {
			certify(BOB);
			assert_ok!(Permissions::add_guardian(
				RuntimeOrigin::signed(ALICE),
				FRANK,
				GuardianPowers::View,
				None
			));
			assert_ok!(Permissions::break_glass(RuntimeOrigin::signed(NURSE), ALICE, 7, Some(ED)));
			System::assert_last_event(
				Event::EmergencyAccessOpened {
					emergency: 0,
					patient: ALICE,
					provider: BOB,
					opened_by: NURSE,
					reason: 7,
					grant: alices(0),
					expires: 1 + EMERGENCY_DURATION,
				}
				.into(),
			);
			// The grant is the nurse's own, not the hospital's; the hospital pays for it.
			assert_eq!(sees(NURSE, ALICE_AT_CAROL), Ok(fields(&[0, 1])));
			assert_eq!(sees(BOB, ALICE_AT_CAROL), Err(Denial::NoGrant));
			let grant = stored(alices(0)).unwrap();
			assert_eq!(grant.grantee, Grantee::Account(NURSE));
			let record = Emergencies::<Test>::get(0).unwrap();
			assert_eq!((record.provider, record.opened_by), (id(BOB), NURSE));
			assert_eq!(held(BOB), grant.deposit + record.deposit);
			assert_eq!(held(NURSE), 0);
			// The patient and her guardian are told, through notifications.
			let told = Notification::Emergency {
				patient: ALICE,
				emergency: 0,
				provider: BOB,
				opened_by: NURSE,
				reason: 7,
			};
			assert_eq!(Permissions::notifications_of(&ALICE), vec![told.clone()]);
			assert_eq!(Permissions::notifications_of(&FRANK), vec![told]);
			assert_eq!(Permissions::emergencies_of(&ALICE)[0].opened_by, NURSE);
			// Reviewed, it leaves both inboxes.
			assert_ok!(Permissions::review_emergency(RuntimeOrigin::signed(FRANK), 0, false));
			assert!(Permissions::notifications_of(&ALICE).is_empty());
			assert!(Permissions::notifications_of(&FRANK).is_empty());
		});
	}

	#[test]
	fn staff_share_their_providers_rate_limit() {
		ExtBuilder::run(|| {
			certify(BOB);
			// MaxEmergenciesPerWindow is 2, for Bob's account and his staff together.
			assert_ok!(Permissions::break_glass(RuntimeOrigin::signed(NURSE), ALICE, 1, Some(ED)));
			assert_ok!(Permissions::break_glass(RuntimeOrigin::signed(BOB), DAVE, 1, None));
			assert_noop!(
				Permissions::break_glass(RuntimeOrigin::signed(NURSE), DAVE, 1, Some(ED)),
				Error::RateLimited
			);
		});
	}

	#[test]
	fn breaking_the_glass_through_a_group_is_refused_without_the_right() {
		ExtBuilder::run(|| {
			let glass = |caller, patient, group| {
				Permissions::break_glass(RuntimeOrigin::signed(caller), patient, 1, Some(group))
			};
			// Bob is not certified yet.
			assert_noop!(glass(NURSE, ALICE, ED), Error::NotCertified);
			certify(BOB);
			assert_noop!(glass(NURSE, ALICE, 99), Error::UnknownGroup);
			assert_noop!(glass(EVE, ALICE, ED), Error::NotAGroupMember);
			// Carol's group: Carol is not certified.
			create_group(5, CAROL, &[EVE]);
			assert_noop!(glass(EVE, ALICE, 5), Error::NotCertified);
			// A group of an account that is no provider (any more).
			create_group(6, FRANK, &[EVE]);
			assert_noop!(glass(EVE, ALICE, 6), Error::NotAProvider);
			// A patient in the group cannot open her own record through it.
			testing::join_group(ED, BOB, ALICE);
			assert_noop!(glass(ALICE, ALICE, ED), Error::SelfGrant);
			testing::suspend(BOB);
			assert_noop!(glass(NURSE, ALICE, ED), Error::NotAProvider);
		});
	}

	#[test]
	fn errors_and_the_rate_limit() {
		ExtBuilder::run(|| {
			let glass = |provider, patient| {
				Permissions::break_glass(RuntimeOrigin::signed(provider), patient, 1, None)
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
				Error::UnknownEmergency
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

/// Many random grants (to people and to a group), revocations, expiries, group membership
/// changes and relationships the patient rejects and takes back, checked against a reference
/// model of the rules written as plainly as possible.
#[test]
fn decisions_match_a_reference_model() {
	#[derive(Clone, Copy, PartialEq)]
	enum To {
		Viewer(AccountId),
		Group,
	}
	struct Model {
		/// (grant, grantee, scope, start, expiry, the block it was made in)
		grants: Vec<(GrantId, To, Scope, u64, Option<u64>, u64)>,
		/// The emergency department's members and the block each joined in.
		members: BTreeMap<AccountId, u64>,
		/// Providers whose relationship with Alice she has rejected (for now).
		paused: BTreeSet<AccountId>,
	}
	impl Model {
		fn allows(&self, viewer: AccountId, pointer: PointerId, at: u64) -> FieldSet {
			let (holder, category, all) = match pointer {
				ALICE_AT_BOB => (BOB, DIABETES, fields(&[0, 1, 2])),
				_ => (CAROL, LABS, fields(&[0, 1])),
			};
			let provider = id(holder);
			if self.paused.contains(&holder) {
				return FieldSet::EMPTY;
			}
			let mut open = FieldSet::EMPTY;
			for (_, to, scope, start, expiry, made) in &self.grants {
				let reaches = match to {
					To::Viewer(v) => *v == viewer,
					// Members the patient saw when granting, and still members.
					To::Group => self.members.get(&viewer).is_some_and(|since| since <= made),
				};
				if !reaches || at < *start || expiry.is_some_and(|e| at >= e) {
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
		// The mock's emergency department has the nurse, since block 0.
		let mut model = Model {
			grants: Vec::new(),
			members: BTreeMap::from([(NURSE, 0)]),
			paused: BTreeSet::new(),
		};
		let viewers = [DAVE, EVE, FRANK, NURSE];
		let (mut checked, mut bounded, mut paused_once, mut grouped_once) = (0, 0u32, false, false);
		for step in 0..400u64 {
			go_to(1 + step / 4);
			let now = System::block_number();
			match next(5) {
				0 if model.grants.len() < 8 => {
					let to = match next(4) {
						3 => To::Group,
						v => To::Viewer(viewers[v as usize]),
					};
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
					let next = PatientSharing::<Test>::get(id(ALICE)).map_or(0, |s| s.next_grant);
					let id = alices(next);
					let grantee = match to {
						To::Viewer(v) => Grantee::Account(v),
						To::Group => Grantee::Group(ED),
					};
					let result = Permissions::grant(
						RuntimeOrigin::signed(ALICE),
						None,
						grantee,
						scope,
						Some(start),
						expiry,
						0,
					);
					if result.is_ok() {
						grouped_once |= to == To::Group;
						model.grants.push((id, to, scope, start, expiry, now));
					}
				},
				1 if !model.grants.is_empty() => {
					let (id, ..) = model.grants.remove(next(model.grants.len() as u64) as usize);
					assert_ok!(Permissions::revoke(RuntimeOrigin::signed(ALICE), id));
				},
				2 => {
					// Bob adds or removes Frank or the nurse.
					let who = [FRANK, NURSE][next(2) as usize];
					if model.members.remove(&who).is_some() {
						testing::leave_group(ED, who);
					} else {
						testing::join_group_at(ED, BOB, who, now as u32);
						model.members.insert(who, now);
					}
				},
				3 => {
					// Alice rejects Bob or Carol, or takes a rejection back.
					let provider = [BOB, CAROL][next(2) as usize];
					if model.paused.remove(&provider) {
						reactivate(ALICE, provider);
					} else {
						deactivate(ALICE, provider);
						model.paused.insert(provider);
						paused_once = true;
					}
				},
				_ => {
					if let Some(&(id, _, _, _, Some(expiry), _)) =
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
					// The bound `decide` gives is sound: the model's answer is the same in
					// every block through it (looked at over the next 20 blocks).
					let (answer, through) =
						Permissions::decide(&viewer, &ALICE, pointer, FieldSet::ALL, now);
					let answer = answer.unwrap_or(FieldSet::EMPTY);
					for at in now..=through.unwrap_or(u64::MAX).min(now + 20) {
						let expected = model.allows(viewer, pointer, at);
						assert_eq!(
							answer, expected,
							"step {step}: {viewer} on {pointer}, held at {at}"
						);
					}
					bounded += u32::from(through.is_some());
				}
			}
		}
		assert!(model.grants.len() <= 8);
		assert_eq!(checked, 400 * 4 * 2 * 3);
		assert!(bounded > 100, "the walk exercises answers that time changes: {bounded}");
		assert!(grouped_once, "the walk exercises group grants");
		assert!(paused_once, "the walk exercises rejected relationships");
	});
}

/// The decision reads one item of this pallet, the patient's sharing record, however many
/// grants and guardians the patient has (the pointer, the viewer and the viewer's groups are
/// the mock's, outside storage here; `runtime/tests/permissions.rs` counts every read in the
/// runtime). Counted from the decision's storage proof, with one grant and with the most.
#[test]
fn a_decision_reads_one_item_here_whatever_the_grants() {
	let reads = |grants: u32| {
		let mut ext = ExtBuilder::build();
		ext.execute_with(|| {
			assert_ok!(Permissions::add_guardian(
				RuntimeOrigin::signed(ALICE),
				FRANK,
				GuardianPowers::View,
				None
			));
			assert_ok!(grant(Grantee::Group(ED), Scope::Category(LABS), None));
			assert_ok!(grant(dave(), Scope::Pointer(ALICE_AT_BOB), None));
			for n in 2..grants {
				assert_ok!(grant(Grantee::Account(1_000 + u64::from(n)), Scope::Record, None));
			}
			assert_eq!(count(ALICE) as u32, grants.max(2));
		});
		let (decision, read) = testing::items_read(&mut ext, || {
			Permissions::can_access(&DAVE, &ALICE, ALICE_AT_BOB, FieldSet::ALL, 1)
		});
		assert_eq!(decision, Ok(fields(&[0, 1, 2])));
		read
	};
	let most = <<Test as Config>::MaxGrantsPerPatient as Get<u32>>::get();
	let few = reads(2);
	// Participant numbers are the mock registry's, set up by the build above.
	let sharing = PatientSharing::<Test>::hashed_key_for(id(ALICE));
	assert_eq!(few, vec![sharing.clone()]);
	assert_eq!(reads(most), vec![sharing]);
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
		assert_eq!((mine[0].id, mine[0].patient, mine[0].expiry), (alices(0), ALICE, Some(50)));
		assert_eq!((mine[1].guardian, mine[1].purpose), (Some(FRANK), 2));
		let daves = Permissions::grants_received(&DAVE);
		assert_eq!(daves.len(), 1);
		assert_eq!(daves[0].grantee, Grantee::Participant(id(DAVE)));
		assert_eq!(Permissions::grants_received(&EVE)[0].scope, Scope::Category(LABS));
		assert!(Permissions::grants_received(&NURSE).is_empty());
		assert!(Permissions::grants_of(&EVE).is_empty());

		assert_ok!(Permissions::certify_emergency(RuntimeOrigin::root(), BOB, true));
		assert_ok!(Permissions::break_glass(RuntimeOrigin::signed(BOB), ALICE, 42, None));
		let inbox = Permissions::emergencies_of(&ALICE);
		assert_eq!((inbox.len(), inbox[0].provider, inbox[0].reason), (1, BOB, 42));
		assert_eq!(Permissions::grants_received(&BOB)[0].emergency, Some(inbox[0].id));
	});
}
