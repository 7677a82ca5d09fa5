//! Unit tests: every call's success (state and event) and every error path.

use crate::{mock::*, *};
use frame::{testing_prelude::*, traits::fungible::InspectHold};

type Error = crate::Error<Test>;
type Event = crate::Event<Test>;

const PATIENT: Role = Role::Patient;
const PROVIDER: Role = Role::Provider;
const RESEARCHER: Role = Role::Researcher;
const KEY: [u8; 32] = [7; 32];

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Registration.into(), &who)
}

fn record_deposit() -> Balance {
	Registrar::deposit_for(1, Participant::<Balance>::max_encoded_len() as u32)
}

fn id(n: u8) -> IdentifierHash {
	H256::repeat_byte(n)
}

/// `who`'s memberships as their card keeps them (group and join block).
fn memberships(who: AccountId) -> Vec<Membership> {
	let card = Cards::<Test>::get(who).unwrap_or_default();
	card.memberships
		.iter()
		.map(|m| Membership { group: m.group, since: m.since })
		.collect()
}

/// Writes `who`'s memberships (group, join block) on their card as is, owners active: for
/// breaking invariants on purpose.
fn set_memberships(who: AccountId, list: Vec<(GroupId, BlockNumber)>) {
	let memberships = list
		.into_iter()
		.map(|(group, since)| CardMembership { group, since, owner_active: true })
		.collect::<Vec<_>>();
	Cards::<Test>::mutate(who, |card| {
		card.get_or_insert_with(Card::default).memberships = BoundedVec::truncate_from(memberships);
	});
}

/// Alice a patient, Bob a provider with a profile, Charlie a researcher.
fn setup_participants() {
	assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(ALICE)));
	assert_ok!(Registrar::admit(RuntimeOrigin::root(), BOB, PROVIDER));
	assert_ok!(Registrar::admit(RuntimeOrigin::root(), CHARLIE, RESEARCHER));
	assert_ok!(Registrar::set_provider_profile(
		RuntimeOrigin::signed(BOB),
		b"General Hospital".to_vec(),
		b"https://gk.general.example".to_vec(),
		KEY,
	));
}

mod register_patient {
	use super::*;

	#[test]
	fn registers_and_holds_a_deposit() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(ALICE)));
			let p = Participants::<Test>::get(ALICE).unwrap();
			assert!(p.roles.contains(Role::Patient));
			assert_eq!(p.deposit, record_deposit());
			assert_eq!(held(ALICE), record_deposit());
			assert!(Registrar::is_patient(&ALICE));
			System::assert_last_event(Event::PatientRegistered { who: ALICE, id: 0 }.into());
		});
	}

	#[test]
	fn numbers_participants_once_and_for_good() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(ALICE)));
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), BOB, PROVIDER));
			assert_eq!(Registrar::participant_id(&ALICE), Some(0));
			assert_eq!(Registrar::participant_id(&BOB), Some(1));
			assert_eq!(Registrar::account_of(1), Some(BOB));
			// A provider who becomes a patient keeps its number.
			assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(BOB)));
			System::assert_last_event(Event::PatientRegistered { who: BOB, id: 1 }.into());
			// Leaving and coming back restores the number, and what other pallets keep under it.
			assert_ok!(Registrar::deregister(RuntimeOrigin::signed(ALICE)));
			assert_eq!(Registrar::participant_id(&ALICE), Some(0));
			assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(ALICE)));
			System::assert_last_event(Event::PatientRegistered { who: ALICE, id: 0 }.into());
			assert_eq!(NextParticipantId::<Test>::get(), 2);
			assert_eq!(Registrar::participant_id(&EVE), None);
		});
	}

	#[test]
	fn an_admitted_provider_can_also_be_a_patient_without_a_second_deposit() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), BOB, PROVIDER));
			assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(BOB)));
			let p = Participants::<Test>::get(BOB).unwrap();
			assert!(p.roles.contains(Role::Patient) && p.roles.contains(Role::Provider));
			assert_eq!(held(BOB), 0);
		});
	}

	#[test]
	fn twice_is_refused() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(ALICE)));
			assert_noop!(
				Registrar::register_patient(RuntimeOrigin::signed(ALICE)),
				Error::RoleAlreadyHeld
			);
		});
	}

	#[test]
	fn needs_the_deposit() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				Registrar::register_patient(RuntimeOrigin::signed(POOR)),
				TokenError::FundsUnavailable
			);
		});
	}
}

mod deregister {
	use super::*;

	#[test]
	fn removes_the_patient_and_releases_every_deposit() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(ALICE)));
			assert_ok!(Registrar::bind_identifier(RuntimeOrigin::signed(ALICE), id(1)));
			assert_ok!(Registrar::bind_identifier(RuntimeOrigin::signed(ALICE), id(2)));
			assert_ok!(Registrar::deregister(RuntimeOrigin::signed(ALICE)));
			assert!(Participants::<Test>::get(ALICE).is_none());
			assert!(IdentifierOwner::<Test>::get(id(1)).is_none());
			assert!(IdentifiersOf::<Test>::get(ALICE).is_empty());
			assert_eq!(held(ALICE), 0);
			assert_eq!(Balances::free_balance(ALICE), 10_000);
			System::assert_has_event(
				Event::IdentifierUnbound { who: ALICE, identifier: id(2) }.into(),
			);
			System::assert_last_event(Event::RoleRevoked { who: ALICE, role: PATIENT }.into());
		});
	}

	#[test]
	fn errors() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(Registrar::deregister(RuntimeOrigin::signed(ALICE)), Error::NotRegistered);
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), BOB, PROVIDER));
			// Bob is no patient.
			assert_noop!(Registrar::deregister(RuntimeOrigin::signed(BOB)), Error::RoleNotHeld);
			// A provider who is also a patient must lose the provider role first.
			assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(BOB)));
			assert_noop!(Registrar::deregister(RuntimeOrigin::signed(BOB)), Error::StillAdmitted);
		});
	}
}

mod admission {
	use super::*;

	#[test]
	fn the_consortium_admits_providers_and_researchers() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), BOB, PROVIDER));
			System::assert_last_event(Event::Admitted { who: BOB, id: 0, role: PROVIDER }.into());
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), CHARLIE, RESEARCHER));
			System::assert_last_event(
				Event::Admitted { who: CHARLIE, id: 1, role: RESEARCHER }.into(),
			);
			assert!(Registrar::is_active_provider(&BOB));
			assert!(!Registrar::is_active_researcher(&BOB));
			assert!(Registrar::is_active_researcher(&CHARLIE));
			// The consortium's records hold nothing from the admitted.
			assert_eq!(held(BOB), 0);
			assert_eq!(Participants::<Test>::get(BOB).unwrap().deposit, 0);
		});
	}

	#[test]
	fn admission_errors() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				Registrar::admit(RuntimeOrigin::root(), BOB, PATIENT),
				Error::RoleNotAdmissible
			);
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), BOB, PROVIDER));
			assert_noop!(
				Registrar::admit(RuntimeOrigin::root(), BOB, PROVIDER),
				Error::RoleAlreadyHeld
			);
			// A provider may also become a researcher, once.
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), BOB, RESEARCHER));
			assert_noop!(
				Registrar::admit(RuntimeOrigin::root(), BOB, RESEARCHER),
				Error::RoleAlreadyHeld
			);
		});
	}

	#[test]
	fn revoking_a_provider_removes_its_profile_and_deposit() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert!(held(BOB) > 0);
			assert_ok!(Registrar::revoke_role(RuntimeOrigin::root(), BOB, PROVIDER));
			System::assert_last_event(Event::RoleRevoked { who: BOB, role: PROVIDER }.into());
			assert!(ProviderProfiles::<Test>::get(BOB).is_none());
			assert!(Participants::<Test>::get(BOB).is_none(), "no role left");
			assert_eq!(held(BOB), 0);
			assert!(!Registrar::is_active_provider(&BOB));
		});
	}

	#[test]
	fn revoking_the_last_role_releases_identifiers_too() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::bind_identifier(RuntimeOrigin::signed(BOB), id(9)));
			assert_ok!(Registrar::revoke_role(RuntimeOrigin::root(), BOB, PROVIDER));
			System::assert_has_event(
				Event::IdentifierUnbound { who: BOB, identifier: id(9) }.into(),
			);
			assert!(IdentifierOwner::<Test>::get(id(9)).is_none());
			assert!(IdentifiersOf::<Test>::get(BOB).is_empty());
			assert_eq!(held(BOB), 0);
		});
	}

	#[test]
	fn revoking_one_role_keeps_the_others() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(CHARLIE)));
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), CHARLIE, RESEARCHER));
			assert_ok!(Registrar::revoke_role(RuntimeOrigin::root(), CHARLIE, RESEARCHER));
			assert!(Registrar::is_patient(&CHARLIE));
			assert_eq!(held(CHARLIE), record_deposit());
		});
	}

	#[test]
	fn revocation_errors() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_noop!(
				Registrar::revoke_role(RuntimeOrigin::root(), ALICE, PATIENT),
				Error::RoleNotAdmissible
			);
			assert_noop!(
				Registrar::revoke_role(RuntimeOrigin::root(), EVE, PROVIDER),
				Error::NotRegistered
			);
			assert_noop!(
				Registrar::revoke_role(RuntimeOrigin::root(), ALICE, PROVIDER),
				Error::RoleNotHeld
			);
			assert_noop!(
				Registrar::revoke_role(RuntimeOrigin::root(), BOB, RESEARCHER),
				Error::RoleNotHeld
			);
		});
	}
}

mod suspension {
	use super::*;

	#[test]
	fn a_suspended_provider_cannot_act_until_reinstated() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::suspend(RuntimeOrigin::root(), BOB, 42));
			System::assert_last_event(Event::Suspended { who: BOB, reason: 42 }.into());
			assert!(!Registrar::is_active_provider(&BOB));
			assert_noop!(Registrar::create_group(RuntimeOrigin::signed(BOB)), Error::Suspended);
			assert_noop!(
				Registrar::set_provider_profile(
					RuntimeOrigin::signed(BOB),
					b"X".to_vec(),
					b"https://x.example".to_vec(),
					KEY
				),
				Error::Suspended
			);
			assert_ok!(Registrar::reinstate(RuntimeOrigin::root(), BOB));
			System::assert_last_event(Event::Reinstated { who: BOB }.into());
			assert!(Registrar::is_active_provider(&BOB));
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
		});
	}

	#[test]
	fn a_suspended_researcher_is_not_active() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::suspend(RuntimeOrigin::root(), CHARLIE, 1));
			assert!(!Registrar::is_active_researcher(&CHARLIE));
		});
	}

	#[test]
	fn errors() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_noop!(Registrar::suspend(RuntimeOrigin::root(), EVE, 1), Error::NotRegistered);
			assert_noop!(Registrar::reinstate(RuntimeOrigin::root(), BOB), Error::NotSuspended);
			assert_ok!(Registrar::suspend(RuntimeOrigin::root(), BOB, 1));
			assert_noop!(
				Registrar::suspend(RuntimeOrigin::root(), BOB, 1),
				Error::AlreadySuspended
			);
			assert_noop!(Registrar::reinstate(RuntimeOrigin::root(), EVE), Error::NotRegistered);
		});
	}
}

mod profile {
	use super::*;

	#[test]
	fn a_provider_publishes_and_changes_its_profile_with_a_sized_deposit() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), BOB, PROVIDER));
			let (name, url) = (b"Clinic".to_vec(), b"https://gk.clinic.example/api".to_vec());
			assert_ok!(Registrar::set_provider_profile(
				RuntimeOrigin::signed(BOB),
				name.clone(),
				url.clone(),
				KEY
			));
			System::assert_last_event(Event::ProviderProfileSet { provider: BOB }.into());
			let profile = ProviderProfiles::<Test>::get(BOB).unwrap();
			assert_eq!(profile.name.to_vec(), name);
			assert_eq!(profile.endpoint.to_vec(), url);
			assert_eq!(profile.signing_key, KEY);
			let first = Registrar::deposit_for(1, (name.len() + url.len() + 32) as u32);
			assert_eq!((profile.deposit, held(BOB)), (first, first));

			// A shorter endpoint releases the difference.
			assert_ok!(Registrar::set_provider_profile(
				RuntimeOrigin::signed(BOB),
				name.clone(),
				b"https://gk.example".to_vec(),
				[8; 32]
			));
			let second = Registrar::deposit_for(1, (name.len() + 18 + 32) as u32);
			assert!(second < first);
			assert_eq!(held(BOB), second);
			assert_eq!(ProviderProfiles::<Test>::get(BOB).unwrap().signing_key, [8; 32]);
		});
	}

	#[test]
	fn loopback_http_is_accepted_for_development() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), BOB, PROVIDER));
			for url in
				[&b"http://127.0.0.1:8080/rpc"[..], b"http://localhost:9000", b"http://[::1]:1"]
			{
				assert_ok!(Registrar::set_provider_profile(
					RuntimeOrigin::signed(BOB),
					b"Dev".to_vec(),
					url.to_vec(),
					KEY
				));
			}
		});
	}

	#[test]
	fn bad_input_is_refused_with_a_clear_error() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), BOB, PROVIDER));
			let set = |name: &[u8], url: &[u8]| {
				Registrar::set_provider_profile(
					RuntimeOrigin::signed(BOB),
					name.to_vec(),
					url.to_vec(),
					KEY,
				)
			};
			assert_noop!(set(&[b'n'; 33], b"https://x.example"), Error::NameTooLong);
			assert_noop!(set(b"", b"https://x.example"), Error::InvalidName);
			assert_noop!(set(&[0xff, 0xfe], b"https://x.example"), Error::InvalidName);
			let long = [b"https://".as_slice(), &[b'a'; 41]].concat();
			assert_noop!(set(b"Clinic", &long), Error::EndpointTooLong);
			for bad in [
				&b"ftp://x.example"[..],
				b"https://",
				b"https://:443",
				b"https://x.example/a b",
				b"http://hospital.example",
				b"x.example",
			] {
				assert_noop!(set(b"Clinic", bad), Error::InvalidEndpoint);
			}
		});
	}

	#[test]
	fn the_consortium_can_set_a_providers_profile() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			let deposit = held(BOB);
			assert_ok!(Registrar::force_set_provider_profile(
				RuntimeOrigin::root(),
				BOB,
				b"General Hospital (new key)".to_vec(),
				b"https://gk2.general.example".to_vec(),
				[9; 32],
			));
			System::assert_last_event(Event::ProviderProfileSet { provider: BOB }.into());
			let profile = ProviderProfiles::<Test>::get(BOB).unwrap();
			assert_eq!(profile.signing_key, [9; 32]);
			assert_eq!(held(BOB), deposit, "the provider's deposit is unchanged");

			let force = |origin, who| {
				Registrar::force_set_provider_profile(
					origin,
					who,
					b"X".to_vec(),
					b"https://x.example".to_vec(),
					KEY,
				)
			};
			assert_noop!(force(RuntimeOrigin::root(), EVE), Error::NotRegistered);
			assert_noop!(force(RuntimeOrigin::root(), ALICE), Error::NotAProvider);
			assert_noop!(
				Registrar::force_set_provider_profile(
					RuntimeOrigin::root(),
					BOB,
					b"X".to_vec(),
					b"gopher://x".to_vec(),
					KEY
				),
				Error::InvalidEndpoint
			);
		});
	}
}

mod identifiers {
	use super::*;

	#[test]
	fn bind_and_unbind_with_lookup_both_ways() {
		ExtBuilder::default().build_and_execute(|| {
			assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(ALICE)));
			let before = held(ALICE);
			assert_ok!(Registrar::bind_identifier(RuntimeOrigin::signed(ALICE), id(1)));
			System::assert_last_event(
				Event::IdentifierBound { who: ALICE, identifier: id(1) }.into(),
			);
			assert_eq!(IdentifierOwner::<Test>::get(id(1)), Some(ALICE));
			assert_eq!(
				IdentifiersOf::<Test>::get(ALICE).to_vec(),
				vec![(id(1), Registrar::deposit_for(1, 32))]
			);
			assert_eq!(held(ALICE), before + Registrar::deposit_for(1, 32));

			assert_ok!(Registrar::unbind_identifier(RuntimeOrigin::signed(ALICE), id(1)));
			System::assert_last_event(
				Event::IdentifierUnbound { who: ALICE, identifier: id(1) }.into(),
			);
			assert!(IdentifierOwner::<Test>::get(id(1)).is_none());
			assert!(IdentifiersOf::<Test>::get(ALICE).is_empty());
			assert_eq!(held(ALICE), before);
		});
	}

	#[test]
	fn a_hash_belongs_to_one_account() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::bind_identifier(RuntimeOrigin::signed(ALICE), id(1)));
			assert_noop!(
				Registrar::bind_identifier(RuntimeOrigin::signed(BOB), id(1)),
				Error::IdentifierAlreadyBound
			);
			assert_noop!(
				Registrar::bind_identifier(RuntimeOrigin::signed(ALICE), id(1)),
				Error::IdentifierAlreadyBound
			);
		});
	}

	#[test]
	fn errors() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				Registrar::unbind_identifier(RuntimeOrigin::signed(EVE), id(1)),
				Error::UnknownIdentifier
			);
			assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(ALICE)));
			for n in 1..=3 {
				assert_ok!(Registrar::bind_identifier(RuntimeOrigin::signed(ALICE), id(n)));
			}
			assert_noop!(
				Registrar::bind_identifier(RuntimeOrigin::signed(ALICE), id(4)),
				Error::TooManyIdentifiers
			);
			// Releasing one makes room again.
			assert_ok!(Registrar::unbind_identifier(RuntimeOrigin::signed(ALICE), id(1)));
			assert_ok!(Registrar::bind_identifier(RuntimeOrigin::signed(ALICE), id(4)));
			// An identifier released by its owner is unknown, even to that owner.
			assert_noop!(
				Registrar::unbind_identifier(RuntimeOrigin::signed(ALICE), id(1)),
				Error::UnknownIdentifier
			);
		});
	}
}

mod groups {
	use super::*;

	#[test]
	fn a_provider_manages_a_group() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			let base = held(BOB);
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			System::assert_last_event(Event::GroupCreated { group: 0, owner: BOB }.into());
			assert_eq!(Registrar::group_owner(0), Some(BOB));
			assert_eq!(NextGroupId::<Test>::get(), 1);

			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));
			System::assert_last_event(Event::GroupMemberAdded { group: 0, who: DAVE }.into());
			assert!(Registrar::is_group_member(0, &DAVE));
			assert!(!Registrar::is_group_member(0, &EVE));
			assert_eq!(Groups::<Test>::get(0).unwrap().members, 1);
			assert_eq!(memberships(DAVE), vec![Membership { group: 0, since: 1 }]);
			assert!(held(BOB) > base);

			assert_ok!(Registrar::remove_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));
			System::assert_last_event(Event::GroupMemberRemoved { group: 0, who: DAVE }.into());
			assert!(!Registrar::is_group_member(0, &DAVE));
			assert!(memberships(DAVE).is_empty());

			assert_ok!(Registrar::dissolve_group(RuntimeOrigin::signed(BOB), 0));
			System::assert_last_event(Event::GroupDissolved { group: 0 }.into());
			assert!(Groups::<Test>::get(0).is_none());
			assert_eq!(held(BOB), base, "every group deposit released");
		});
	}

	#[test]
	fn a_member_may_leave() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));
			assert_ok!(Registrar::remove_group_member(RuntimeOrigin::signed(DAVE), 0, DAVE));
			assert!(!Registrar::is_group_member(0, &DAVE));
		});
	}

	#[test]
	fn an_owner_that_may_no_longer_act_can_still_shrink_its_groups() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, EVE));
			// Taking people out of a group never widens what it was granted, so a suspended or
			// revoked provider may still do it, and get its deposits back.
			assert_ok!(Registrar::suspend(RuntimeOrigin::root(), BOB, 1));
			assert_ok!(Registrar::remove_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));
			System::assert_last_event(Event::GroupMemberRemoved { group: 0, who: DAVE }.into());
			assert_ok!(Registrar::revoke_role(RuntimeOrigin::root(), BOB, PROVIDER));
			assert_ok!(Registrar::dissolve_group(RuntimeOrigin::signed(BOB), 0));
			System::assert_last_event(Event::GroupDissolved { group: 0 }.into());
			assert!(!Registrar::is_group_member(0, &EVE));
			assert_eq!(held(BOB), 0);
		});
	}

	#[test]
	fn dissolving_removes_every_member() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			for who in [ALICE, DAVE, EVE] {
				assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, who));
			}
			assert_ok!(Registrar::dissolve_group(RuntimeOrigin::signed(BOB), 0));
			for who in [ALICE, DAVE, EVE] {
				assert!(!Registrar::is_group_member(0, &who));
				assert!(memberships(who).is_empty());
				System::assert_has_event(Event::GroupMemberRemoved { group: 0, who }.into());
			}
			assert!(GroupsOwnedBy::<Test>::get(BOB).is_empty());
		});
	}

	#[test]
	fn errors() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			// MaxGroupsPerOwner is 2.
			assert_noop!(Registrar::create_group(RuntimeOrigin::signed(BOB)), Error::TooManyGroups);

			let add =
				|group, who| Registrar::add_group_member(RuntimeOrigin::signed(BOB), group, who);
			assert_noop!(add(9, DAVE), Error::UnknownGroup);
			assert_ok!(add(0, DAVE));
			assert_noop!(add(0, DAVE), Error::AlreadyAGroupMember);
			assert_ok!(add(0, ALICE));
			assert_ok!(add(0, EVE));
			// MaxGroupMembers is 3.
			assert_noop!(add(0, CHARLIE), Error::GroupFull);

			let remove =
				|group, who| Registrar::remove_group_member(RuntimeOrigin::signed(BOB), group, who);
			assert_noop!(remove(9, DAVE), Error::UnknownGroup);
			assert_noop!(remove(1, DAVE), Error::NotAGroupMember);
			// A member who left is no member any more.
			assert_ok!(remove(0, DAVE));
			assert_noop!(remove(0, DAVE), Error::NotAGroupMember);
			assert_noop!(
				Registrar::remove_group_member(RuntimeOrigin::signed(DAVE), 0, DAVE),
				Error::NotAGroupMember
			);

			assert_noop!(
				Registrar::dissolve_group(RuntimeOrigin::signed(BOB), 9),
				Error::UnknownGroup
			);
			// A dissolved group is gone for every call.
			assert_ok!(Registrar::dissolve_group(RuntimeOrigin::signed(BOB), 0));
			assert_noop!(add(0, DAVE), Error::UnknownGroup);
			assert_noop!(remove(0, ALICE), Error::UnknownGroup);
			assert_noop!(
				Registrar::dissolve_group(RuntimeOrigin::signed(BOB), 0),
				Error::UnknownGroup
			);
		});
	}

	#[test]
	fn group_ids_are_never_reused_even_when_they_run_out() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			NextGroupId::<Test>::put(GroupId::MAX);
			// The last id would leave no next one: refused rather than wrapping to 0, whose
			// grants may still exist in other pallets.
			assert_noop!(
				Registrar::create_group(RuntimeOrigin::signed(BOB)),
				Error::GroupIdsExhausted
			);
		});
	}

	#[test]
	fn memberships_per_account_are_bounded() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), EVE, PROVIDER));
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(EVE)));
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 1, DAVE));
			assert_noop!(
				Registrar::add_group_member(RuntimeOrigin::signed(EVE), 2, DAVE),
				Error::TooManyMemberships
			);
		});
	}

	#[test]
	fn a_member_remembers_the_block_it_joined() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));
			// Eve joins later: a patient who granted to the group before block 5 did not see
			// her in it.
			System::set_block_number(5);
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, EVE));
			assert_eq!(Registrar::groups_of(&DAVE), vec![Membership { group: 0, since: 1 }]);
			assert_eq!(Registrar::groups_of(&EVE), vec![Membership { group: 0, since: 5 }]);
			assert_eq!(memberships(EVE), vec![Membership { group: 0, since: 5 }]);
		});
	}

	#[test]
	fn rejoining_counts_from_the_new_join() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));
			System::set_block_number(3);
			assert_ok!(Registrar::remove_group_member(RuntimeOrigin::signed(DAVE), 0, DAVE));
			// While Dave was out, a patient's grant to the group did not show him.
			System::set_block_number(7);
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));
			assert_eq!(Registrar::groups_of(&DAVE), vec![Membership { group: 0, since: 7 }]);
		});
	}

	#[test]
	fn each_membership_keeps_its_own_block() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), EVE, PROVIDER));
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(EVE)));
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));
			System::set_block_number(4);
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(EVE), 1, DAVE));
			assert_eq!(
				Registrar::groups_of(&DAVE),
				vec![Membership { group: 0, since: 1 }, Membership { group: 1, since: 4 }]
			);
			// Dissolving one group leaves the other membership as it was.
			System::set_block_number(6);
			assert_ok!(Registrar::dissolve_group(RuntimeOrigin::signed(BOB), 0));
			assert_eq!(Registrar::groups_of(&DAVE), vec![Membership { group: 1, since: 4 }]);
			// And so does leaving one.
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 2, DAVE));
			assert_ok!(Registrar::remove_group_member(RuntimeOrigin::signed(DAVE), 1, DAVE));
			assert_eq!(Registrar::groups_of(&DAVE), vec![Membership { group: 2, since: 6 }]);
		});
	}

	#[test]
	fn groups_of_lists_only_groups_whose_owner_is_an_active_provider() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), EVE, PROVIDER));
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(EVE)));
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));
			System::set_block_number(3);
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(EVE), 1, DAVE));
			let bobs = Membership { group: 0, since: 1 };
			let eves = Membership { group: 1, since: 3 };
			assert_eq!(Registrar::groups_of(&DAVE), vec![bobs, eves]);

			assert_ok!(Registrar::suspend(RuntimeOrigin::root(), EVE, 1));
			assert_eq!(Registrar::groups_of(&DAVE), vec![bobs]);
			// Reinstated, Eve's group counts again, from when Dave joined it.
			assert_ok!(Registrar::reinstate(RuntimeOrigin::root(), EVE));
			assert_eq!(Registrar::groups_of(&DAVE), vec![bobs, eves]);
			assert_ok!(Registrar::revoke_role(RuntimeOrigin::root(), BOB, PROVIDER));
			assert_eq!(Registrar::groups_of(&DAVE), vec![eves]);
			// The membership itself stays until the group goes or Dave leaves.
			assert_eq!(memberships(DAVE), vec![bobs, eves]);
			assert_eq!(Registrar::groups_of(&EVE), vec![]);
			// Admitted again, Bob's group counts again too.
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), BOB, PROVIDER));
			assert_eq!(Registrar::groups_of(&DAVE), vec![bobs, eves]);
		});
	}

	/// A change of an owner's standing is written on every member's card (what lets an access
	/// decision read one item per viewer), and costs what it wrote.
	#[test]
	fn an_owners_standing_reaches_every_members_card_at_its_cost() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			for who in [DAVE, EVE] {
				assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, who));
			}
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 1, DAVE));
			let standing = |who| -> Vec<bool> {
				Cards::<Test>::get(who)
					.unwrap()
					.memberships
					.iter()
					.map(|m| m.owner_active)
					.collect()
			};
			let suspended = Registrar::suspend(RuntimeOrigin::root(), BOB, 1).unwrap();
			assert_eq!(suspended.actual_weight, Some(<Test as Config>::WeightInfo::suspend(3)));
			assert_eq!((standing(DAVE), standing(EVE)), (vec![false, false], vec![false]));
			let back = Registrar::reinstate(RuntimeOrigin::root(), BOB).unwrap();
			assert_eq!(back.actual_weight, Some(<Test as Config>::WeightInfo::reinstate(3)));
			assert_eq!((standing(DAVE), standing(EVE)), (vec![true, true], vec![true]));
			// Suspending a researcher who owns no group writes nothing.
			let none = Registrar::suspend(RuntimeOrigin::root(), CHARLIE, 1).unwrap();
			assert_eq!(none.actual_weight, Some(<Test as Config>::WeightInfo::suspend(0)));
		});
	}

	#[test]
	fn a_patients_number_is_one_read_away() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			let alice = Registrar::participant_id(&ALICE).unwrap();
			assert_eq!(Registrar::patient_id(&ALICE), Some(alice));
			assert_eq!(Participants::<Test>::get(ALICE).unwrap().id, alice);
			assert_eq!(Registrar::patient_id(&BOB), None, "a provider, not a patient");
			assert_eq!(Registrar::patient_id(&DAVE), None, "never registered");
			assert_ok!(Registrar::deregister(RuntimeOrigin::signed(ALICE)));
			assert_eq!(Registrar::patient_id(&ALICE), None, "left");
			assert_eq!(Registrar::participant_id(&ALICE), Some(alice), "the number stays");
		});
	}
}

mod anchors {
	use super::*;

	fn root(n: u8) -> H256 {
		H256::repeat_byte(n)
	}

	#[test]
	fn numbers_anchors_and_receipts_contiguously() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			System::set_block_number(5);
			assert_ok!(Registrar::anchor_receipts(RuntimeOrigin::signed(BOB), 0, 3, root(1)));
			System::assert_last_event(
				Event::ReceiptsAnchored {
					provider: BOB,
					index: 0,
					root: root(1),
					first: 0,
					count: 3,
				}
				.into(),
			);
			System::set_block_number(6);
			assert_ok!(Registrar::anchor_receipts(RuntimeOrigin::signed(BOB), 3, 1_000, root(2)));
			System::assert_last_event(
				Event::ReceiptsAnchored {
					provider: BOB,
					index: 1,
					root: root(2),
					first: 3,
					count: 1_000,
				}
				.into(),
			);
			assert_eq!(
				Registrar::receipt_anchor(&BOB, 0),
				Some(ReceiptAnchor { root: root(1), first: 0, count: 3, anchored_at: 5 })
			);
			assert_eq!(
				Registrar::receipt_anchor(&BOB, 1),
				Some(ReceiptAnchor { root: root(2), first: 3, count: 1_000, anchored_at: 6 })
			);
			assert_eq!(Registrar::receipt_anchor(&BOB, 2), None);
			assert_eq!(
				Registrar::anchor_totals(&BOB),
				AnchorTotals { anchors: 2, receipts: 1_003 }
			);
			// Nobody else's totals moved.
			assert_eq!(Registrar::anchor_totals(&ALICE), AnchorTotals::default());
			assert_eq!(Registrar::receipt_anchor(&EVE, 0), None);
		});
	}

	#[test]
	fn an_anchor_must_start_where_the_last_ended() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::anchor_receipts(RuntimeOrigin::signed(BOB), 0, 5, root(1)));
			// The same range again: a gatekeeper's resubmission after a crash. Refused, so
			// the chain never counts receipts the gatekeeper did not store.
			assert_noop!(
				Registrar::anchor_receipts(RuntimeOrigin::signed(BOB), 0, 5, root(1)),
				Error::AnchorNotNext
			);
			// A gap, or a range overlapping the last one.
			assert_noop!(
				Registrar::anchor_receipts(RuntimeOrigin::signed(BOB), 6, 1, root(2)),
				Error::AnchorNotNext
			);
			assert_noop!(
				Registrar::anchor_receipts(RuntimeOrigin::signed(BOB), 4, 2, root(2)),
				Error::AnchorNotNext
			);
			assert_eq!(Registrar::anchor_totals(&BOB), AnchorTotals { anchors: 1, receipts: 5 });
			assert_ok!(Registrar::anchor_receipts(RuntimeOrigin::signed(BOB), 5, 2, root(2)));
			assert_eq!(Registrar::anchor_totals(&BOB), AnchorTotals { anchors: 2, receipts: 7 });
		});
	}

	#[test]
	fn refuses_empty_and_oversized_anchors() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_noop!(
				Registrar::anchor_receipts(RuntimeOrigin::signed(BOB), 0, 0, root(1)),
				Error::EmptyAnchor
			);
			assert_noop!(
				Registrar::anchor_receipts(RuntimeOrigin::signed(BOB), 0, 1_001, root(1)),
				Error::TooManyReceipts
			);
		});
	}

	#[test]
	fn only_active_providers_anchor() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_noop!(
				Registrar::anchor_receipts(RuntimeOrigin::signed(EVE), 0, 1, root(1)),
				Error::NotRegistered
			);
			assert_noop!(
				Registrar::anchor_receipts(RuntimeOrigin::signed(ALICE), 0, 1, root(1)),
				Error::NotAProvider
			);
			assert_noop!(
				Registrar::anchor_receipts(RuntimeOrigin::signed(CHARLIE), 0, 1, root(1)),
				Error::NotAProvider
			);
			assert_noop!(
				Registrar::anchor_receipts(RuntimeOrigin::none(), 0, 1, root(1)),
				DispatchError::BadOrigin
			);
			assert_ok!(Registrar::suspend(RuntimeOrigin::root(), BOB, 1));
			assert_noop!(
				Registrar::anchor_receipts(RuntimeOrigin::signed(BOB), 0, 1, root(1)),
				Error::Suspended
			);
		});
	}

	#[test]
	fn overflowing_totals_are_refused() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			let bob = Registrar::participant_id(&BOB).unwrap();
			AnchorTotalsOf::<Test>::insert(bob, AnchorTotals { anchors: u32::MAX, receipts: 0 });
			assert_noop!(
				Registrar::anchor_receipts(RuntimeOrigin::signed(BOB), 0, 1, root(1)),
				Error::AnchorOverflow
			);
			AnchorTotalsOf::<Test>::insert(bob, AnchorTotals { anchors: 0, receipts: u64::MAX });
			assert_noop!(
				Registrar::anchor_receipts(RuntimeOrigin::signed(BOB), u64::MAX, 1, root(1)),
				Error::AnchorOverflow
			);
		});
	}

	#[test]
	fn a_rotated_provider_keeps_its_anchors_and_continues_numbering() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::anchor_receipts(RuntimeOrigin::signed(BOB), 0, 4, root(1)));
			assert_ok!(Registrar::rotate_account(RuntimeOrigin::signed(BOB), FRESH));
			assert_eq!(Registrar::receipt_anchor(&FRESH, 0).map(|a| a.count), Some(4));
			assert_eq!(Registrar::receipt_anchor(&BOB, 0), None);
			assert_ok!(Registrar::anchor_receipts(RuntimeOrigin::signed(FRESH), 4, 2, root(2)));
			System::assert_last_event(
				Event::ReceiptsAnchored {
					provider: FRESH,
					index: 1,
					root: root(2),
					first: 4,
					count: 2,
				}
				.into(),
			);
		});
	}
}

mod rotation {
	use super::*;

	#[test]
	fn everything_moves_to_the_new_account_and_followers_are_told() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::bind_identifier(RuntimeOrigin::signed(BOB), id(5)));
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));
			// Bob is himself a member of Eve's group, since block 3.
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), EVE, PROVIDER));
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(EVE)));
			System::set_block_number(3);
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(EVE), 1, BOB));
			System::set_block_number(8);
			let bob_held = held(BOB);
			let participant = Participants::<Test>::get(BOB).unwrap();
			let number = Registrar::participant_id(&BOB).unwrap();

			assert_ok!(Registrar::rotate_account(RuntimeOrigin::signed(BOB), FRESH));
			System::assert_last_event(Event::AccountRotated { old: BOB, new: FRESH }.into());

			assert_eq!(Participants::<Test>::get(FRESH), Some(participant));
			assert!(Participants::<Test>::get(BOB).is_none());
			assert!(ProviderProfiles::<Test>::get(FRESH).is_some());
			assert_eq!(IdentifierOwner::<Test>::get(id(5)), Some(FRESH));
			assert_eq!(Registrar::group_owner(0), Some(FRESH));
			assert!(Registrar::is_group_member(1, &FRESH) && !Registrar::is_group_member(1, &BOB));
			// A rotation is the same participant on a new key, not a new member: the
			// membership keeps the block Bob joined in.
			assert_eq!(memberships(FRESH), vec![Membership { group: 1, since: 3 }]);
			assert!(!Cards::<Test>::contains_key(BOB));
			assert_eq!((held(BOB), held(FRESH)), (0, bob_held), "deposits move, still held");
			assert!(Registrar::is_active_provider(&FRESH));
			// The number follows the registration.
			assert_eq!(Registrar::participant_id(&FRESH), Some(number));
			assert_eq!(Registrar::participant_id(&BOB), None);
			assert_eq!(Registrar::account_of(number), Some(FRESH));
			ROTATIONS.with(|r| assert_eq!(*r.borrow(), vec![(BOB, FRESH)]));
		});
	}

	#[test]
	fn the_consortium_rotates_a_lost_account() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::force_rotate_account(RuntimeOrigin::root(), ALICE, FRESH));
			System::assert_last_event(Event::AccountRotated { old: ALICE, new: FRESH }.into());
			assert!(Registrar::is_patient(&FRESH));
		});
	}

	#[test]
	fn errors() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_noop!(
				Registrar::rotate_account(RuntimeOrigin::signed(EVE), FRESH),
				Error::NotRegistered
			);
			assert_noop!(
				Registrar::rotate_account(RuntimeOrigin::signed(ALICE), ALICE),
				Error::SameAccount
			);
			assert_noop!(
				Registrar::rotate_account(RuntimeOrigin::signed(ALICE), BOB),
				Error::NewAccountInUse
			);
			// An account that ever held a number keeps it, even after leaving.
			assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(EVE)));
			assert_ok!(Registrar::deregister(RuntimeOrigin::signed(EVE)));
			assert_noop!(
				Registrar::rotate_account(RuntimeOrigin::signed(ALICE), EVE),
				Error::NewAccountInUse
			);
			// Deposits cannot be held on an account that does not exist.
			assert_noop!(
				Registrar::rotate_account(RuntimeOrigin::signed(ALICE), 99),
				Error::NewAccountUnfunded
			);
			// An account that is a group member elsewhere cannot receive a registration: its
			// memberships would be lost.
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));
			assert_noop!(
				Registrar::rotate_account(RuntimeOrigin::signed(ALICE), DAVE),
				Error::NewAccountInUse
			);
			// Nor an account that still keeps groups from a revoked provider role.
			assert_ok!(Registrar::revoke_role(RuntimeOrigin::root(), BOB, PROVIDER));
			assert_noop!(
				Registrar::rotate_account(RuntimeOrigin::signed(ALICE), BOB),
				Error::NewAccountInUse
			);
		});
	}
}

/// For every call that changes a participant, a group or an identifier: each origin without
/// the right is refused and nothing changes (`assert_noop!` also checks that the storage root
/// did not move).
mod origins {
	use super::*;

	const NAME: &[u8] = b"Clinic";
	const URL: &[u8] = b"https://x.example";

	#[test]
	fn only_a_signed_account_registers_as_a_patient() {
		ExtBuilder::default().build_and_execute(|| {
			// The consortium cannot register anyone as a patient: patients sign up themselves.
			assert_noop!(Registrar::register_patient(RuntimeOrigin::root()), BadOrigin);
			assert_noop!(Registrar::register_patient(RuntimeOrigin::none()), BadOrigin);
		});
	}

	#[test]
	fn only_the_patient_deregisters() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_noop!(Registrar::deregister(RuntimeOrigin::root()), BadOrigin);
			assert_noop!(Registrar::deregister(RuntimeOrigin::none()), BadOrigin);
			assert_noop!(Registrar::deregister(RuntimeOrigin::signed(EVE)), Error::NotRegistered);
			assert_noop!(Registrar::deregister(RuntimeOrigin::signed(BOB)), Error::RoleNotHeld);
			assert_noop!(Registrar::deregister(RuntimeOrigin::signed(CHARLIE)), Error::RoleNotHeld);
		});
	}

	#[test]
	fn only_the_consortium_admits() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			for origin in [
				RuntimeOrigin::signed(EVE),
				RuntimeOrigin::signed(BOB),
				RuntimeOrigin::signed(ALICE),
				RuntimeOrigin::none(),
			] {
				assert_noop!(Registrar::admit(origin.clone(), EVE, PROVIDER), BadOrigin);
				// Not even to a role for oneself.
				assert_noop!(Registrar::admit(origin, ALICE, RESEARCHER), BadOrigin);
			}
		});
	}

	#[test]
	fn only_the_consortium_revokes_roles() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			for origin in
				[RuntimeOrigin::signed(BOB), RuntimeOrigin::signed(ALICE), RuntimeOrigin::none()]
			{
				assert_noop!(Registrar::revoke_role(origin.clone(), BOB, PROVIDER), BadOrigin);
				assert_noop!(Registrar::revoke_role(origin, CHARLIE, RESEARCHER), BadOrigin);
			}
		});
	}

	#[test]
	fn only_the_consortium_suspends() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			for origin in
				[RuntimeOrigin::signed(ALICE), RuntimeOrigin::signed(BOB), RuntimeOrigin::none()]
			{
				assert_noop!(Registrar::suspend(origin, BOB, 1), BadOrigin);
			}
		});
	}

	#[test]
	fn only_the_consortium_reinstates() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::suspend(RuntimeOrigin::root(), BOB, 1));
			// A suspended provider cannot lift its own suspension.
			for origin in
				[RuntimeOrigin::signed(BOB), RuntimeOrigin::signed(ALICE), RuntimeOrigin::none()]
			{
				assert_noop!(Registrar::reinstate(origin, BOB), BadOrigin);
			}
		});
	}

	#[test]
	fn only_an_active_provider_publishes_its_profile() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			let set =
				|origin| Registrar::set_provider_profile(origin, NAME.to_vec(), URL.to_vec(), KEY);
			assert_noop!(set(RuntimeOrigin::signed(EVE)), Error::NotRegistered);
			assert_noop!(set(RuntimeOrigin::signed(ALICE)), Error::NotAProvider);
			assert_noop!(set(RuntimeOrigin::signed(CHARLIE)), Error::NotAProvider);
			// The consortium writes a profile with `force_set_provider_profile`, not this.
			assert_noop!(set(RuntimeOrigin::root()), BadOrigin);
			assert_noop!(set(RuntimeOrigin::none()), BadOrigin);
			assert_ok!(Registrar::suspend(RuntimeOrigin::root(), BOB, 1));
			assert_noop!(set(RuntimeOrigin::signed(BOB)), Error::Suspended);
		});
	}

	#[test]
	fn only_the_consortium_sets_a_providers_profile() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			for origin in
				[RuntimeOrigin::signed(BOB), RuntimeOrigin::signed(EVE), RuntimeOrigin::none()]
			{
				assert_noop!(
					Registrar::force_set_provider_profile(
						origin,
						BOB,
						NAME.to_vec(),
						URL.to_vec(),
						KEY
					),
					BadOrigin
				);
			}
		});
	}

	#[test]
	fn only_a_registered_participant_binds_an_identifier() {
		ExtBuilder::default().build_and_execute(|| {
			assert_noop!(
				Registrar::bind_identifier(RuntimeOrigin::signed(EVE), id(1)),
				Error::NotRegistered
			);
			assert_noop!(Registrar::bind_identifier(RuntimeOrigin::root(), id(1)), BadOrigin);
			assert_noop!(Registrar::bind_identifier(RuntimeOrigin::none(), id(1)), BadOrigin);
		});
	}

	#[test]
	fn only_its_owner_unbinds_an_identifier() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::bind_identifier(RuntimeOrigin::signed(ALICE), id(1)));
			// Not the provider who knows the patient by it, nor anyone else.
			for who in [BOB, CHARLIE, EVE] {
				assert_noop!(
					Registrar::unbind_identifier(RuntimeOrigin::signed(who), id(1)),
					Error::NotIdentifierOwner
				);
			}
			assert_noop!(Registrar::unbind_identifier(RuntimeOrigin::root(), id(1)), BadOrigin);
			assert_noop!(Registrar::unbind_identifier(RuntimeOrigin::none(), id(1)), BadOrigin);
		});
	}

	#[test]
	fn only_an_active_provider_creates_a_group() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			let create = |who| Registrar::create_group(RuntimeOrigin::signed(who));
			assert_noop!(create(EVE), Error::NotRegistered);
			assert_noop!(create(ALICE), Error::NotAProvider);
			assert_noop!(create(CHARLIE), Error::NotAProvider);
			assert_noop!(Registrar::create_group(RuntimeOrigin::root()), BadOrigin);
			assert_noop!(Registrar::create_group(RuntimeOrigin::none()), BadOrigin);
			assert_ok!(Registrar::suspend(RuntimeOrigin::root(), BOB, 1));
			assert_noop!(create(BOB), Error::Suspended);
		});
	}

	#[test]
	fn only_the_owner_adds_a_group_member() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), EVE, PROVIDER));
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));
			let add = |origin, who| Registrar::add_group_member(origin, 0, who);
			// Another provider, a member, someone joining themself, a patient.
			for caller in [EVE, DAVE, CHARLIE, ALICE] {
				assert_noop!(add(RuntimeOrigin::signed(caller), CHARLIE), Error::NotGroupOwner);
			}
			assert_noop!(add(RuntimeOrigin::root(), CHARLIE), BadOrigin);
			assert_noop!(add(RuntimeOrigin::none(), CHARLIE), BadOrigin);
			// An owner that is suspended, or no longer a provider, cannot grow its groups.
			assert_ok!(Registrar::suspend(RuntimeOrigin::root(), BOB, 1));
			assert_noop!(add(RuntimeOrigin::signed(BOB), CHARLIE), Error::Suspended);
			assert_ok!(Registrar::reinstate(RuntimeOrigin::root(), BOB));
			assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::revoke_role(RuntimeOrigin::root(), BOB, PROVIDER));
			assert_noop!(add(RuntimeOrigin::signed(BOB), CHARLIE), Error::NotAProvider);
			assert_ok!(Registrar::deregister(RuntimeOrigin::signed(BOB)));
			assert_noop!(add(RuntimeOrigin::signed(BOB), CHARLIE), Error::NotRegistered);
		});
	}

	#[test]
	fn only_the_owner_or_the_member_removes_a_member() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), EVE, PROVIDER));
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, ALICE));
			let remove = |origin| Registrar::remove_group_member(origin, 0, DAVE);
			// Another member, another provider, the consortium's researcher.
			for caller in [ALICE, EVE, CHARLIE] {
				assert_noop!(remove(RuntimeOrigin::signed(caller)), Error::NotGroupOwner);
			}
			assert_noop!(remove(RuntimeOrigin::root()), BadOrigin);
			assert_noop!(remove(RuntimeOrigin::none()), BadOrigin);
		});
	}

	#[test]
	fn only_the_owner_dissolves_a_group() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), EVE, PROVIDER));
			assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
			assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));
			for caller in [DAVE, EVE, ALICE] {
				assert_noop!(
					Registrar::dissolve_group(RuntimeOrigin::signed(caller), 0),
					Error::NotGroupOwner
				);
			}
			assert_noop!(Registrar::dissolve_group(RuntimeOrigin::root(), 0), BadOrigin);
			assert_noop!(Registrar::dissolve_group(RuntimeOrigin::none(), 0), BadOrigin);
		});
	}

	#[test]
	fn only_the_participant_rotates_its_account() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			assert_noop!(
				Registrar::rotate_account(RuntimeOrigin::signed(EVE), FRESH),
				Error::NotRegistered
			);
			// The consortium rotates someone else's account with `force_rotate_account`.
			assert_noop!(Registrar::rotate_account(RuntimeOrigin::root(), FRESH), BadOrigin);
			assert_noop!(Registrar::rotate_account(RuntimeOrigin::none(), FRESH), BadOrigin);
		});
	}

	#[test]
	fn only_the_consortium_forces_a_rotation() {
		ExtBuilder::default().build_and_execute(|| {
			setup_participants();
			// Not the participant itself, and not the account that would receive it.
			for caller in [ALICE, FRESH, BOB] {
				assert_noop!(
					Registrar::force_rotate_account(RuntimeOrigin::signed(caller), ALICE, FRESH),
					BadOrigin
				);
			}
			assert_noop!(
				Registrar::force_rotate_account(RuntimeOrigin::none(), ALICE, FRESH),
				BadOrigin
			);
		});
	}
}

/// `do_try_state` notices a membership index that disagrees with the members it indexes.
mod invariants {
	use super::*;

	/// Bob's group 0 with Dave in it since block 1.
	fn one_member() {
		setup_participants();
		assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
		assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));
		assert_ok!(Registrar::do_try_state());
	}

	fn fails_with(message: &'static str) {
		assert_eq!(Registrar::do_try_state(), Err(message.into()));
	}

	#[test]
	fn a_membership_without_its_member_entry() {
		ExtBuilder::default().build().execute_with(|| {
			one_member();
			set_memberships(EVE, vec![(0, 1)]);
			fails_with("stale membership");
		});
	}

	#[test]
	fn a_member_entry_without_its_membership() {
		ExtBuilder::default().build().execute_with(|| {
			one_member();
			Cards::<Test>::remove(DAVE);
			fails_with("membership index disagrees");
		});
	}

	#[test]
	fn a_group_listed_twice() {
		ExtBuilder::default().build().execute_with(|| {
			one_member();
			set_memberships(DAVE, vec![(0, 1), (0, 1)]);
			fails_with("a group listed twice in a membership");
		});
	}

	#[test]
	fn an_empty_card() {
		ExtBuilder::default().build().execute_with(|| {
			one_member();
			Cards::<Test>::insert(EVE, Card::default());
			fails_with("an empty card is kept");
		});
	}

	#[test]
	fn a_membership_that_misstates_its_owners_standing() {
		ExtBuilder::default().build().execute_with(|| {
			one_member();
			Cards::<Test>::mutate(DAVE, |card| {
				card.as_mut().unwrap().memberships[0].owner_active = false;
			});
			fails_with("a membership misstates its owner's standing");
		});
	}

	#[test]
	fn numbers_that_disagree() {
		ExtBuilder::default().build().execute_with(|| {
			one_member();
			Participants::<Test>::mutate(BOB, |p| p.as_mut().unwrap().id = 99);
			fails_with("a participant's numbers disagree");
		});
	}

	#[test]
	fn a_membership_from_a_later_block() {
		ExtBuilder::default().build().execute_with(|| {
			one_member();
			set_memberships(DAVE, vec![(0, 2)]);
			fails_with("a membership that starts after the current block");
		});
	}
}

#[test]
fn registration_lifecycle() {
	ExtBuilder::default().build_and_execute(|| {
		// A patient registers by themselves; a deposit is held.
		assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(ALICE)));
		// The consortium (root in this test runtime) admits Bob as a provider.
		assert_ok!(Registrar::admit(RuntimeOrigin::root(), BOB, Role::Provider));
		// Bob publishes where its gatekeeper listens and the key that signs its receipts.
		assert_ok!(Registrar::set_provider_profile(
			RuntimeOrigin::signed(BOB),
			b"General Hospital".to_vec(),
			b"https://gatekeeper.general.example".to_vec(),
			[7; 32],
		));
		// Bob's emergency department: a group, with Dave in it.
		assert_ok!(Registrar::create_group(RuntimeOrigin::signed(BOB)));
		assert_ok!(Registrar::add_group_member(RuntimeOrigin::signed(BOB), 0, DAVE));

		assert!(Registrar::is_patient(&ALICE));
		assert!(Registrar::is_active_provider(&BOB));
		assert!(Registrar::is_group_member(0, &DAVE));
	});
}

#[test]
fn roles_keep_their_codes_and_bits() {
	// Calls and events carry a role as these codes; stored `Roles` as one bit per code.
	for (role, code) in [(Role::Patient, 0u8), (Role::Provider, 1), (Role::Researcher, 2)] {
		assert_eq!(role.encode(), vec![code]);
		assert_eq!(Role::decode(&mut &[code][..]), Ok(role));
		assert_eq!(Roles::NONE.with(role).bits(), 1 << code);
	}
	// No fourth role: a wallet cannot submit one.
	assert!(Role::decode(&mut &[3u8][..]).is_err());
	assert_eq!(Role::max_encoded_len(), 1);
	let roles = Roles::NONE.with(Role::Patient).with(Role::Researcher);
	assert!(roles.contains(Role::Researcher) && !roles.contains(Role::Provider));
	assert_eq!(roles.bits(), 0b101);
	assert!(roles.without(Role::Patient).without(Role::Researcher).is_empty());
}

#[test]
fn the_registry_knows_no_one_by_default() {
	ExtBuilder::default().build_and_execute(|| {
		assert!(!Registrar::is_patient(&EVE));
		assert!(!Registrar::is_active_provider(&EVE));
		assert!(!Registrar::is_active_researcher(&EVE));
		assert_eq!(Registrar::group_owner(0), None);
		assert!(Registrar::query_weight().ref_time() > 0);
	});
}
