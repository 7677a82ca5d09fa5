//! Unit tests: every call's success (state and event), every error, the status machine cell by
//! cell, the summary and notifications, and that nothing stored or emitted is plaintext.

use crate::{mock::*, *};
use frame::{deps::sp_runtime::DispatchError, testing_prelude::*, traits::fungible::InspectHold};
use medrec_primitives::records::RelationshipStatus::{self, *};

type Error = crate::Error<Test>;
type Event = crate::Event<Test>;

const LAB: CategoryCode = category::LABORATORY;

/// The reference of the `n`th pointer the tests add: unique per pointer, as a gatekeeper's are.
fn reference(n: u64) -> RecordRef {
	let mut reference = [0x5a; 16];
	reference[..8].copy_from_slice(&n.to_le_bytes());
	reference
}

fn fields(codes: &[u8]) -> FieldSet {
	FieldSet::from_codes(codes).unwrap()
}

fn hash(n: u8) -> H256 {
	H256::repeat_byte(n)
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Relationship.into(), &who)
}

fn open(provider: AccountId, patient: AccountId) -> DispatchResult {
	Relationships::open_relationship(RuntimeOrigin::signed(provider), patient)
}

fn add(provider: AccountId, patient: AccountId, content: u8) -> Result<PointerId, DispatchError> {
	let id = NextPointerId::<Test>::get();
	Relationships::add_pointer(
		RuntimeOrigin::signed(provider),
		patient,
		reference(id),
		LAB,
		fields(&[0, 1]),
		hash(content),
	)?;
	Ok(id)
}

fn status_of(patient: AccountId, provider: AccountId) -> Option<RelationshipStatus> {
	RelationshipsOf::<Test>::get(id(patient), id(provider)).map(|r| r.status)
}

mod open_relationship {
	use super::*;

	#[test]
	fn a_provider_opens_a_new_relationship_and_pays_its_deposit() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			let r = RelationshipsOf::<Test>::get(id(ALICE), id(BOB)).unwrap();
			assert_eq!((r.status, r.opened_by, r.opened_at), (New, Side::Provider, 1));
			assert_eq!(r.deposit, DEPOSIT_PER_ITEM + r.encoded_size() as Balance);
			assert_eq!(held(BOB), r.deposit);
			assert_eq!(RelationshipCount::<Test>::get(id(ALICE)), 1);
			System::assert_last_event(
				Event::RelationshipOpened { patient: ALICE, provider: BOB, status: New }.into(),
			);
		});
	}

	#[test]
	fn accepting_an_invitation_acknowledges_it_and_keeps_the_patients_deposit() {
		ExtBuilder::run(|| {
			assert_ok!(Relationships::invite_provider(RuntimeOrigin::signed(ALICE), BOB));
			let deposit = held(ALICE);
			go_to(5);
			assert_ok!(open(BOB, ALICE));
			let r = RelationshipsOf::<Test>::get(id(ALICE), id(BOB)).unwrap();
			assert_eq!((r.status, r.opened_by, r.changed_at), (Acknowledged, Side::Patient, 5));
			assert!(!Invitations::<Test>::contains_key(id(BOB), id(ALICE)));
			assert_eq!((held(ALICE), held(BOB)), (deposit, 0));
			assert_eq!(RelationshipCount::<Test>::get(id(ALICE)), 1);
			System::assert_last_event(
				Event::RelationshipOpened { patient: ALICE, provider: BOB, status: Acknowledged }
					.into(),
			);
		});
	}

	#[test]
	fn errors() {
		ExtBuilder::run(|| {
			assert_noop!(open(ALICE, DAVE), Error::NotAProvider);
			assert_noop!(open(EVE, ALICE), Error::NotAProvider);
			assert_noop!(open(BOB, EVE), Error::NotAPatient);
			assert_noop!(open(BOB, CAROL), Error::NotAPatient);
			assert_noop!(open(BOB, BOB), Error::SameAccount);
			assert_noop!(open(POOR_PROVIDER, ALICE), TokenError::FundsUnavailable);
			assert_noop!(
				Relationships::open_relationship(RuntimeOrigin::root(), ALICE),
				DispatchError::BadOrigin
			);
			assert_ok!(open(BOB, ALICE));
			assert_noop!(open(BOB, ALICE), Error::AlreadyExists);
			// MaxRelationshipsPerPatient is 2.
			assert_ok!(open(CAROL, ALICE));
			admit_provider(EVE);
			assert_noop!(open(EVE, ALICE), Error::TooMany);
			// A suspended provider opens nothing.
			suspend(CAROL);
			assert_noop!(open(CAROL, DAVE), Error::NotAProvider);
		});
	}
}

mod invite_provider {
	use super::*;

	#[test]
	fn a_patient_invites_a_provider() {
		ExtBuilder::run(|| {
			assert_ok!(Relationships::invite_provider(RuntimeOrigin::signed(ALICE), BOB));
			let r = RelationshipsOf::<Test>::get(id(ALICE), id(BOB)).unwrap();
			assert_eq!((r.status, r.opened_by), (Invited, Side::Patient));
			assert_eq!(held(ALICE), r.deposit);
			assert!(Invitations::<Test>::contains_key(id(BOB), id(ALICE)));
			System::assert_last_event(
				Event::ProviderInvited { patient: ALICE, provider: BOB }.into(),
			);
		});
	}

	#[test]
	fn errors() {
		ExtBuilder::run(|| {
			let invite = |patient, provider| {
				Relationships::invite_provider(RuntimeOrigin::signed(patient), provider)
			};
			assert_noop!(invite(EVE, BOB), Error::NotAPatient);
			assert_noop!(invite(ALICE, DAVE), Error::NotAProvider);
			assert_noop!(invite(ALICE, ALICE), Error::SameAccount);
			assert_noop!(invite(POOR, BOB), TokenError::FundsUnavailable);
			assert_ok!(open(BOB, ALICE));
			assert_noop!(invite(ALICE, BOB), Error::AlreadyExists);
			assert_ok!(invite(ALICE, CAROL));
			admit_provider(EVE);
			assert_noop!(invite(ALICE, EVE), Error::TooMany);
		});
	}
}

mod pointers {
	use super::*;

	#[test]
	fn a_provider_adds_a_pointer_and_pays_for_it() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			let before = held(BOB);
			go_to(3);
			let pointer = add(BOB, ALICE, 1).unwrap();
			let p = Pointers::<Test>::get(pointer).unwrap();
			assert_eq!((p.patient, p.provider), (id(ALICE), id(BOB)));
			assert_eq!(
				(p.reference, p.category, p.fields),
				(reference(pointer), LAB, fields(&[0, 1]))
			);
			assert_eq!((p.content_hash, p.updated_at), (hash(1), 3));
			// Three items: the pointer, its place in the list, its reference in the index.
			assert_eq!(p.deposit, 3 * DEPOSIT_PER_ITEM + p.encoded_size() as Balance + 24 + 48);
			assert_eq!(held(BOB), before + p.deposit);
			let r = RelationshipsOf::<Test>::get(id(ALICE), id(BOB)).unwrap();
			assert_eq!((r.pointers, r.status, r.changed_at), (1, New, 3));
			assert!(PointersOf::<Test>::contains_key((id(ALICE), id(BOB), newest_first(pointer))));
			assert_eq!(Relationships::pointer_by_reference(BOB, reference(pointer)), Some(pointer));
			assert_eq!(Relationships::pointer_by_reference(CAROL, reference(pointer)), None);
			System::assert_last_event(
				Event::PointerAdded {
					patient: ALICE,
					provider: BOB,
					pointer,
					category: LAB,
					content_hash: hash(1),
				}
				.into(),
			);
		});
	}

	#[test]
	fn add_errors() {
		ExtBuilder::run(|| {
			let add_with = |caller, patient, category, fields| {
				Relationships::add_pointer(
					RuntimeOrigin::signed(caller),
					patient,
					reference(1_000),
					category,
					fields,
					hash(1),
				)
			};
			let two = fields(&[0, 1]);
			assert_noop!(add_with(ALICE, ALICE, LAB, two), Error::NotAProvider);
			assert_noop!(add_with(BOB, EVE, LAB, two), Error::NotRegistered);
			assert_noop!(add_with(BOB, ALICE, LAB, two), Error::UnknownRelationship);
			assert_ok!(Relationships::invite_provider(RuntimeOrigin::signed(DAVE), BOB));
			assert_noop!(add_with(BOB, DAVE, LAB, two), Error::NotOpen);
			assert_ok!(open(BOB, ALICE));
			// Only the vocabulary's classes: a finer code could say what the record is.
			for unknown in [0, 10, 63, 68, 4548, u32::MAX] {
				assert_noop!(add_with(BOB, ALICE, unknown, two), Error::UnknownCategory);
			}
			assert_noop!(add_with(BOB, ALICE, LAB, FieldSet::EMPTY), Error::NoFields);
			// A provider publishes a reference once; another provider may use the same bytes.
			assert_ok!(add_with(BOB, ALICE, category::MENTAL_HEALTH, two));
			assert_noop!(add_with(BOB, ALICE, LAB, two), Error::DuplicateReference);
			assert_ok!(open(CAROL, ALICE));
			assert_ok!(add_with(CAROL, ALICE, LAB, two));
			assert_ok!(Relationships::reject(RuntimeOrigin::signed(ALICE), BOB));
			assert_noop!(add_with(BOB, ALICE, LAB, two), Error::Rejected);
			suspend(BOB);
			assert_noop!(add_with(BOB, ALICE, LAB, two), Error::NotAProvider);
		});
	}

	#[test]
	fn a_provider_without_funds_cannot_add() {
		ExtBuilder::run(|| {
			assert_ok!(Relationships::invite_provider(RuntimeOrigin::signed(ALICE), POOR_PROVIDER));
			assert_ok!(open(POOR_PROVIDER, ALICE));
			assert_noop!(add(POOR_PROVIDER, ALICE, 1), TokenError::FundsUnavailable);
		});
	}

	#[test]
	fn a_provider_updates_a_pointer() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			let pointer = add(BOB, ALICE, 1).unwrap();
			go_to(4);
			assert_ok!(Relationships::update_pointer(RuntimeOrigin::signed(BOB), pointer, hash(2)));
			let p = Pointers::<Test>::get(pointer).unwrap();
			assert_eq!((p.content_hash, p.updated_at), (hash(2), 4));
			System::assert_last_event(
				Event::PointerUpdated {
					patient: ALICE,
					provider: BOB,
					pointer,
					content_hash: hash(2),
				}
				.into(),
			);
		});
	}

	#[test]
	fn update_errors() {
		ExtBuilder::run(|| {
			let update = |caller, pointer, content| {
				Relationships::update_pointer(RuntimeOrigin::signed(caller), pointer, hash(content))
			};
			assert_ok!(open(BOB, ALICE));
			let pointer = add(BOB, ALICE, 1).unwrap();
			assert_noop!(update(ALICE, pointer, 2), Error::NotAProvider);
			assert_noop!(update(BOB, 99, 2), Error::UnknownPointer);
			assert_noop!(update(CAROL, pointer, 2), Error::NotAuthorized);
			assert_noop!(update(BOB, pointer, 1), Error::Unchanged);
			assert_ok!(Relationships::reject(RuntimeOrigin::signed(ALICE), BOB));
			assert_noop!(update(BOB, pointer, 2), Error::Rejected);
		});
	}

	#[test]
	fn a_provider_removes_a_pointer_and_gets_its_deposit_back() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			let relationship_deposit = held(BOB);
			let first = add(BOB, ALICE, 1).unwrap();
			let second = add(BOB, ALICE, 2).unwrap();
			assert_ok!(Relationships::acknowledge(RuntimeOrigin::signed(ALICE), BOB));
			assert_ok!(Relationships::remove_pointer(RuntimeOrigin::signed(BOB), first));
			assert!(Pointers::<Test>::get(first).is_none());
			let r = RelationshipsOf::<Test>::get(id(ALICE), id(BOB)).unwrap();
			assert_eq!((r.pointers, r.status), (1, Updated));
			assert_eq!(Relationships::pointer_by_reference(BOB, reference(first)), None);
			let listed: Vec<_> =
				Relationships::pointers(ALICE, BOB, None, 10).iter().map(|p| p.id).collect();
			assert_eq!(listed, vec![second]);
			assert_eq!(
				held(BOB),
				relationship_deposit + Pointers::<Test>::get(second).unwrap().deposit
			);
			System::assert_last_event(
				Event::PointerRemoved { patient: ALICE, provider: BOB, pointer: first }.into(),
			);
		});
	}

	#[test]
	fn removal_is_allowed_when_rejected_or_suspended_and_keeps_the_rejection() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			let first = add(BOB, ALICE, 1).unwrap();
			let second = add(BOB, ALICE, 2).unwrap();
			assert_ok!(Relationships::reject(RuntimeOrigin::signed(ALICE), BOB));
			assert_ok!(Relationships::remove_pointer(RuntimeOrigin::signed(BOB), first));
			assert_eq!(status_of(ALICE, BOB), Some(Rejected));
			suspend(BOB);
			assert_ok!(Relationships::remove_pointer(RuntimeOrigin::signed(BOB), second));
		});
	}

	#[test]
	fn remove_errors() {
		ExtBuilder::run(|| {
			let remove = |caller, pointer| {
				Relationships::remove_pointer(RuntimeOrigin::signed(caller), pointer)
			};
			assert_ok!(open(BOB, ALICE));
			let pointer = add(BOB, ALICE, 1).unwrap();
			assert_noop!(remove(EVE, pointer), Error::NotAuthorized);
			assert_noop!(remove(BOB, 99), Error::UnknownPointer);
			assert_noop!(remove(CAROL, pointer), Error::NotAuthorized);
			assert_noop!(remove(ALICE, pointer), Error::NotAuthorized);
		});
	}
}

/// Every status against every patient action and pointer change, as the pallet docs' table
/// says.
#[test]
fn status_machine() {
	#[derive(Clone, Copy, Debug)]
	enum Action {
		ChangePointers,
		Acknowledge,
		Reject,
	}
	use Action::*;
	let expect = |from: RelationshipStatus, action: Action| -> Result<RelationshipStatus, Error> {
		match (from, action) {
			(Invited, ChangePointers) => Err(Error::NotOpen),
			(Invited, _) => Err(Error::NotPending),
			(New, ChangePointers) => Ok(New),
			(Updated | Acknowledged, ChangePointers) => Ok(Updated),
			(Acknowledged, Acknowledge) => Err(Error::NotPending),
			(_, Acknowledge) => Ok(Acknowledged),
			(Rejected, ChangePointers) => Err(Error::Rejected),
			(Rejected, Reject) => Err(Error::NotPending),
			(_, Reject) => Ok(Rejected),
		}
	};
	// Drives a fresh Alice–Bob relationship into `status`, with one pointer unless invited.
	let reach = |status: RelationshipStatus| {
		if status == Invited {
			assert_ok!(Relationships::invite_provider(RuntimeOrigin::signed(ALICE), BOB));
			return;
		}
		assert_ok!(open(BOB, ALICE));
		add(BOB, ALICE, 1).unwrap();
		match status {
			New => {},
			Acknowledged => {
				assert_ok!(Relationships::acknowledge(RuntimeOrigin::signed(ALICE), BOB));
			},
			Updated => {
				assert_ok!(Relationships::acknowledge(RuntimeOrigin::signed(ALICE), BOB));
				add(BOB, ALICE, 2).unwrap();
			},
			Rejected => {
				assert_ok!(Relationships::reject(RuntimeOrigin::signed(ALICE), BOB));
			},
			Invited => unreachable!(),
		}
		assert_eq!(status_of(ALICE, BOB), Some(status));
	};
	for from in [Invited, New, Updated, Acknowledged, Rejected] {
		for action in [ChangePointers, Acknowledge, Reject] {
			ExtBuilder::run(|| {
				reach(from);
				let result = match action {
					ChangePointers => add(BOB, ALICE, 9).map(|_| ()),
					Acknowledge => Relationships::acknowledge(RuntimeOrigin::signed(ALICE), BOB)
						.map(|_| ())
						.map_err(|e| e.error),
					Reject => Relationships::reject(RuntimeOrigin::signed(ALICE), BOB)
						.map(|_| ())
						.map_err(|e| e.error),
				};
				match expect(from, action) {
					Ok(to) => {
						assert_ok!(result);
						assert_eq!(status_of(ALICE, BOB), Some(to), "{from:?} + {action:?}");
					},
					Err(e) => {
						assert_eq!(result, Err(e.into()), "{from:?} + {action:?}");
						assert_eq!(status_of(ALICE, BOB), Some(from), "{from:?} + {action:?}");
					},
				}
			});
		}
	}
}

mod patient_actions {
	use super::*;

	#[test]
	fn acknowledge_and_reject_emit_events() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			go_to(2);
			assert_ok!(Relationships::acknowledge(RuntimeOrigin::signed(ALICE), BOB));
			System::assert_last_event(
				Event::RelationshipAcknowledged { patient: ALICE, provider: BOB }.into(),
			);
			assert_eq!(RelationshipsOf::<Test>::get(id(ALICE), id(BOB)).unwrap().changed_at, 2);
			assert_ok!(Relationships::reject(RuntimeOrigin::signed(ALICE), BOB));
			System::assert_last_event(
				Event::RelationshipRejected { patient: ALICE, provider: BOB }.into(),
			);
		});
	}

	#[test]
	fn errors() {
		ExtBuilder::run(|| {
			assert_noop!(
				Relationships::acknowledge(RuntimeOrigin::signed(EVE), BOB),
				Error::NotRegistered
			);
			assert_noop!(
				Relationships::acknowledge(RuntimeOrigin::signed(ALICE), EVE),
				Error::NotRegistered
			);
			assert_noop!(
				Relationships::acknowledge(RuntimeOrigin::signed(ALICE), BOB),
				Error::UnknownRelationship
			);
			assert_noop!(
				Relationships::reject(RuntimeOrigin::signed(ALICE), BOB),
				Error::UnknownRelationship
			);
			// Only the patient answers for the relationship: the provider is not its patient.
			assert_ok!(open(BOB, ALICE));
			assert_noop!(
				Relationships::acknowledge(RuntimeOrigin::signed(BOB), ALICE),
				Error::UnknownRelationship
			);
			assert_noop!(
				Relationships::reject(RuntimeOrigin::root(), BOB),
				DispatchError::BadOrigin
			);
		});
	}
}

mod terminate {
	use super::*;

	#[test]
	fn either_side_ends_it_and_every_deposit_is_released() {
		for (by, caller) in [(Side::Patient, ALICE), (Side::Provider, BOB)] {
			ExtBuilder::run(|| {
				assert_ok!(open(BOB, ALICE));
				let pointers = [add(BOB, ALICE, 1).unwrap(), add(BOB, ALICE, 2).unwrap()];
				assert_ok!(Relationships::terminate(RuntimeOrigin::signed(caller), ALICE, BOB));
				assert!(RelationshipsOf::<Test>::get(id(ALICE), id(BOB)).is_none());
				for pointer in pointers {
					assert!(Pointers::<Test>::get(pointer).is_none());
					assert_eq!(<Relationships as RecordIndex>::pointer(pointer), None);
				}
				assert_eq!((held(ALICE), held(BOB)), (0, 0));
				assert_eq!(Balances::free_balance(BOB), 10_000);
				assert!(!RelationshipCount::<Test>::contains_key(id(ALICE)));
				System::assert_last_event(
					Event::RelationshipTerminated {
						patient: ALICE,
						provider: BOB,
						by,
						remaining: 0,
					}
					.into(),
				);
				assert!(PointersOf::<Test>::iter().next().is_none());
				assert!(PointerByReference::<Test>::iter().next().is_none());
			});
		}
	}

	#[test]
	fn a_patient_withdraws_an_invitation() {
		ExtBuilder::run(|| {
			assert_ok!(Relationships::invite_provider(RuntimeOrigin::signed(ALICE), BOB));
			assert_ok!(Relationships::terminate(RuntimeOrigin::signed(ALICE), ALICE, BOB));
			assert!(!Invitations::<Test>::contains_key(id(BOB), id(ALICE)));
			assert_eq!(held(ALICE), 0);
			// The slot is free again.
			assert_ok!(Relationships::invite_provider(RuntimeOrigin::signed(ALICE), BOB));
		});
	}

	#[test]
	fn a_suspended_provider_can_still_end_it() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			suspend(BOB);
			assert_ok!(Relationships::terminate(RuntimeOrigin::signed(BOB), ALICE, BOB));
		});
	}

	#[test]
	fn errors() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			let terminate = |caller, patient, provider| {
				Relationships::terminate(RuntimeOrigin::signed(caller), patient, provider)
			};
			assert_noop!(terminate(CAROL, ALICE, BOB), Error::NotAuthorized);
			assert_noop!(terminate(ALICE, ALICE, CAROL), Error::UnknownRelationship);
			assert_noop!(terminate(ALICE, ALICE, EVE), Error::NotRegistered);
			assert_noop!(terminate(BOB, DAVE, BOB), Error::UnknownRelationship);
			// The sides are not interchangeable.
			assert_noop!(terminate(ALICE, BOB, ALICE), Error::UnknownRelationship);
		});
	}
}

/// A whole history: no cap on a relationship's pointers, answers in pages, and an ended
/// relationship's pointers removed a bounded number per call (the mock's `MaxRemovedAtOnce` is 3).
mod histories {
	use super::*;
	use medrec_primitives::api::{Notification, MAX_NOTIFICATIONS, MAX_POINTER_PAGE};

	fn page(before: Option<PointerId>, limit: u32) -> Vec<PointerId> {
		Relationships::pointers(ALICE, BOB, before, limit)
			.iter()
			.map(|p| p.id)
			.collect()
	}

	#[test]
	fn a_relationship_holds_any_number_of_pointers_paged_newest_first() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			// Enough for 250 pointers' deposits.
			let held_now = held(BOB);
			<Balances as frame::traits::fungible::Mutate<_>>::set_balance(&BOB, 1_000_000);
			assert_eq!(held(BOB), held_now);
			let ids: Vec<_> = (0..250).map(|n| add(BOB, ALICE, n as u8).unwrap()).collect();
			assert_eq!(Relationships::patient_summary(ALICE)[0].pointers, 250);
			assert_eq!(page(None, 4), vec![ids[249], ids[248], ids[247], ids[246]]);
			assert_eq!(page(Some(ids[246]), 3), vec![ids[245], ids[244], ids[243]]);
			assert_eq!(page(Some(ids[1]), 10), vec![ids[0]]);
			assert!(page(Some(ids[0]), 10).is_empty());
			// A page is capped, and every pointer is reached by following pages.
			assert_eq!(page(None, u32::MAX).len() as u32, MAX_POINTER_PAGE);
			let mut seen = Vec::new();
			let mut before = None;
			loop {
				let next = page(before, MAX_POINTER_PAGE);
				let Some(last) = next.last() else { break };
				before = Some(*last);
				seen.extend(next);
			}
			seen.reverse();
			assert_eq!(seen, ids);
			// Nobody else's relationship, and nothing for strangers.
			assert!(Relationships::pointers(ALICE, CAROL, None, 10).is_empty());
			assert!(Relationships::pointers(EVE, BOB, None, 10).is_empty());
		});
	}

	#[test]
	fn ending_a_long_history_removes_some_now_and_the_rest_by_reaping() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			let relationship_deposit = held(BOB);
			for n in 0..10 {
				add(BOB, ALICE, n).unwrap();
			}
			assert_ok!(Relationships::terminate(RuntimeOrigin::signed(ALICE), ALICE, BOB));
			System::assert_last_event(
				Event::RelationshipTerminated {
					patient: ALICE,
					provider: BOB,
					by: Side::Patient,
					remaining: 7,
				}
				.into(),
			);
			assert_eq!(Ending::<Test>::get(id(ALICE), id(BOB)), Some(7));
			assert_eq!(Pointers::<Test>::iter().count(), 7);
			// Ended: not active, listed nowhere, and the pair cannot start over yet.
			assert!(!<Relationships as RecordIndex>::is_active(id(ALICE), id(BOB)));
			assert!(Relationships::patient_summary(ALICE).is_empty());
			assert!(Relationships::pointers(ALICE, BOB, None, 10).is_empty());
			assert_noop!(open(BOB, ALICE), Error::StillEnding);
			assert_noop!(
				Relationships::invite_provider(RuntimeOrigin::signed(ALICE), BOB),
				Error::StillEnding
			);

			// Anyone reaps, at most `MaxRemovedAtOnce` a call; deposits go back to the provider.
			assert_ok!(Relationships::reap(RuntimeOrigin::signed(EVE), ALICE, BOB, 100));
			System::assert_last_event(
				Event::PointersReaped { patient: ALICE, provider: BOB, removed: 3, remaining: 4 }
					.into(),
			);
			assert_ok!(Relationships::reap(RuntimeOrigin::signed(EVE), ALICE, BOB, 1));
			assert_eq!(Ending::<Test>::get(id(ALICE), id(BOB)), Some(3));
			assert_ok!(Relationships::reap(RuntimeOrigin::signed(BOB), ALICE, BOB, 3));
			System::assert_last_event(
				Event::PointersReaped { patient: ALICE, provider: BOB, removed: 3, remaining: 0 }
					.into(),
			);
			assert!(!Ending::<Test>::contains_key(id(ALICE), id(BOB)));
			assert_eq!(Pointers::<Test>::iter().count(), 0);
			assert!(PointerByReference::<Test>::iter().next().is_none());
			assert_eq!((held(ALICE), held(BOB)), (0, 0));
			assert!(relationship_deposit > 0);
			assert_noop!(
				Relationships::reap(RuntimeOrigin::signed(EVE), ALICE, BOB, 3),
				Error::NothingToReap
			);
			// Gone: the pair may start over.
			assert_ok!(open(BOB, ALICE));
		});
	}

	#[test]
	fn reap_errors() {
		ExtBuilder::run(|| {
			let reap =
				|origin, patient, provider| Relationships::reap(origin, patient, provider, 3);
			assert_noop!(reap(RuntimeOrigin::root(), ALICE, BOB), DispatchError::BadOrigin);
			assert_noop!(reap(RuntimeOrigin::signed(EVE), EVE, BOB), Error::NotRegistered);
			assert_noop!(reap(RuntimeOrigin::signed(EVE), ALICE, EVE), Error::NotRegistered);
			// A live relationship is not reaped.
			assert_ok!(open(BOB, ALICE));
			add(BOB, ALICE, 1).unwrap();
			assert_noop!(reap(RuntimeOrigin::signed(EVE), ALICE, BOB), Error::NothingToReap);
		});
	}

	#[test]
	fn idle_time_removes_an_ended_relationships_pointers() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			for n in 0..8 {
				add(BOB, ALICE, n).unwrap();
			}
			assert_ok!(Relationships::terminate(RuntimeOrigin::signed(BOB), ALICE, BOB));
			// Too little spare weight does nothing and claims nothing.
			assert_eq!(Relationships::on_idle(1, Weight::from_parts(1, 1)), Weight::zero());
			assert_eq!(Ending::<Test>::get(id(ALICE), id(BOB)), Some(5));
			let used = Relationships::on_idle(1, Weight::MAX);
			assert!(used.all_gt(Weight::zero()));
			assert_eq!(Ending::<Test>::get(id(ALICE), id(BOB)), Some(2));
			Relationships::on_idle(2, Weight::MAX);
			assert!(!Ending::<Test>::contains_key(id(ALICE), id(BOB)));
			assert_eq!(held(BOB), 0);
			// Nothing to do: one read to find out.
			assert_eq!(
				Relationships::on_idle(3, Weight::MAX),
				<<Test as frame_system::Config>::DbWeight as Get<
					frame::deps::frame_support::weights::RuntimeDbWeight,
				>>::get()
				.reads(1)
			);
		});
	}

	#[test]
	fn notifications_are_capped_per_kind_and_acknowledging_brings_the_next() {
		ExtBuilder::run(|| {
			let dave = Grantee::Participant(id(DAVE));
			let patients: Vec<AccountId> = (1_000..1_000 + MAX_NOTIFICATIONS as u64 + 5).collect();
			for patient in &patients {
				register_patient(*patient);
				<Relationships as SharingNotifier<_>>::shared(&dave, id(*patient));
			}
			let shared = |who| {
				Relationships::notifications(who)
					.into_iter()
					.filter_map(|n| match n {
						Notification::Shared { patient, .. } => Some(patient),
						_ => None,
					})
					.collect::<Vec<_>>()
			};
			let first = shared(DAVE);
			assert_eq!(first.len() as u32, MAX_NOTIFICATIONS);
			for patient in &first {
				assert_ok!(Relationships::acknowledge_shared(
					RuntimeOrigin::signed(DAVE),
					*patient
				));
			}
			let rest = shared(DAVE);
			assert_eq!(rest.len(), 5);
			assert!(rest.iter().all(|p| !first.contains(p)));
		});
	}
}

mod summary {
	use super::*;
	use medrec_primitives::api::Notification;

	#[test]
	fn summary_follows_the_provider_and_the_patient() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			let first = add(BOB, ALICE, 1).unwrap();
			let second = add(BOB, ALICE, 2).unwrap();
			let summary = Relationships::patient_summary(ALICE);
			assert_eq!(summary.len(), 1);
			assert_eq!((summary[0].provider, summary[0].provider_id), (BOB, id(BOB)));
			assert_eq!(summary[0].status, New);
			assert_eq!(summary[0].pointers, 2);
			let page = Relationships::pointers(ALICE, BOB, None, 10);
			let ids: Vec<_> = page.iter().map(|p| p.id).collect();
			assert_eq!(ids, vec![second, first], "newest first");
			assert_eq!(page[1].reference, reference(first));
			assert_eq!(
				Relationships::notifications(ALICE),
				vec![Notification::Relationship { provider: BOB, status: New }]
			);

			assert_ok!(Relationships::acknowledge(RuntimeOrigin::signed(ALICE), BOB));
			assert!(Relationships::notifications(ALICE).is_empty());
			assert_ok!(Relationships::update_pointer(RuntimeOrigin::signed(BOB), first, hash(3)));
			assert_eq!(Relationships::patient_summary(ALICE)[0].status, Updated);
			assert_eq!(
				Relationships::notifications(ALICE),
				vec![Notification::Relationship { provider: BOB, status: Updated }]
			);
			assert_eq!(Relationships::pointer_view(first).unwrap().content_hash, hash(3));
			assert_eq!(Relationships::pointer_view(99), None);
			assert!(Relationships::patient_summary(EVE).is_empty());
		});
	}

	#[test]
	fn providers_see_invitations() {
		ExtBuilder::run(|| {
			assert_ok!(Relationships::invite_provider(RuntimeOrigin::signed(ALICE), BOB));
			assert_ok!(Relationships::invite_provider(RuntimeOrigin::signed(DAVE), BOB));
			let mut inbox = Relationships::notifications(BOB);
			inbox.sort_by_key(|n| format!("{n:?}"));
			assert_eq!(
				inbox,
				vec![
					Notification::Invitation { patient: ALICE },
					Notification::Invitation { patient: DAVE }
				]
			);
			// An invitation is not the patient's to acknowledge.
			assert!(Relationships::notifications(ALICE).is_empty());
			assert_eq!(Relationships::patient_summary(ALICE)[0].status, Invited);
		});
	}
}

mod sharing {
	use super::*;
	use medrec_primitives::api::Notification;

	#[test]
	fn viewers_see_who_shares_and_acknowledge() {
		ExtBuilder::run(|| {
			let dave = Grantee::Participant(id(DAVE));
			// Eve is not registered: known by account.
			let eve = Grantee::Account(EVE);
			<Relationships as SharingNotifier<_>>::shared(&dave, id(ALICE));
			<Relationships as SharingNotifier<_>>::shared(&eve, id(ALICE));
			assert_eq!(
				Relationships::notifications(DAVE),
				vec![Notification::Shared { patient: ALICE, updated: false }]
			);
			assert_eq!(
				Relationships::notifications(EVE),
				vec![Notification::Shared { patient: ALICE, updated: false }]
			);

			assert_ok!(Relationships::acknowledge_shared(RuntimeOrigin::signed(DAVE), ALICE));
			System::assert_last_event(
				Event::SharedAcknowledged { viewer: DAVE, patient: ALICE }.into(),
			);
			assert!(Relationships::notifications(DAVE).is_empty());
			assert_noop!(
				Relationships::acknowledge_shared(RuntimeOrigin::signed(DAVE), ALICE),
				Error::NotPending
			);

			// Sharing more after an acknowledgement shows as an update.
			<Relationships as SharingNotifier<_>>::shared(&dave, id(ALICE));
			assert_eq!(
				Relationships::notifications(DAVE),
				vec![Notification::Shared { patient: ALICE, updated: true }]
			);
			<Relationships as SharingNotifier<_>>::unshared(&dave, id(ALICE));
			assert!(Relationships::notifications(DAVE).is_empty());
			assert_noop!(
				Relationships::acknowledge_shared(RuntimeOrigin::signed(DAVE), ALICE),
				Error::NotShared
			);
			assert_noop!(
				Relationships::acknowledge_shared(RuntimeOrigin::signed(DAVE), FRESH),
				Error::NotRegistered
			);
		});
	}
}

mod record_index {
	use super::*;

	#[test]
	fn pointers_are_readable_and_activity_is_known() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			let pointer = add(BOB, ALICE, 1).unwrap();
			let info = <Relationships as RecordIndex>::pointer(pointer).unwrap();
			assert_eq!((info.patient, info.provider, info.category), (id(ALICE), id(BOB), LAB));
			assert_eq!((info.fields, info.content_hash), (fields(&[0, 1]), hash(1)));
			assert!(<Relationships as RecordIndex>::is_active(id(ALICE), id(BOB)));
			assert_ok!(Relationships::reject(RuntimeOrigin::signed(ALICE), BOB));
			// The pointer stays, readable to its patient; the relationship is not active.
			assert!(<Relationships as RecordIndex>::pointer(pointer).is_some());
			assert!(!<Relationships as RecordIndex>::is_active(id(ALICE), id(BOB)));
			assert!(!<Relationships as RecordIndex>::is_active(id(ALICE), id(CAROL)));
		});
	}
}

mod rotation {
	use super::*;

	#[test]
	fn relationships_survive_rotation_and_deposits_follow() {
		ExtBuilder::run(|| {
			assert_ok!(Relationships::invite_provider(RuntimeOrigin::signed(ALICE), CAROL));
			assert_ok!(open(BOB, ALICE));
			let pointer = add(BOB, ALICE, 1).unwrap();
			let (alice_held, bob_held) = (held(ALICE), held(BOB));
			rotate(BOB, FRESH);
			rotate(ALICE, EVE);
			assert_eq!((held(BOB), held(FRESH)), (0, bob_held));
			assert_eq!((held(ALICE), held(EVE)), (0, alice_held));
			// The new accounts carry on where the old ones stopped.
			assert_eq!(Relationships::patient_summary(EVE).len(), 2);
			assert_ok!(Relationships::update_pointer(
				RuntimeOrigin::signed(FRESH),
				pointer,
				hash(2)
			));
			assert_noop!(
				Relationships::update_pointer(RuntimeOrigin::signed(BOB), pointer, hash(3)),
				Error::NotAProvider
			);
			assert_ok!(Relationships::terminate(RuntimeOrigin::signed(EVE), EVE, FRESH));
			assert_ok!(Relationships::terminate(RuntimeOrigin::signed(EVE), EVE, CAROL));
			assert_eq!((held(EVE), held(FRESH)), (0, 0));
		});
	}
}

/// What the pallet reports through `RelationshipActivity` (the research pallet's cohort bound):
/// every change of `is_active`, once, and nothing else. `ExtBuilder::run` also checks, after
/// every test in this file, that the reports add up to the active relationships.
mod activity {
	use super::*;
	use frame::deps::frame_support::dispatch::GetDispatchInfo;
	use medrec_primitives::cohort::{ActiveRelationships, RelationshipActivity};

	fn reports() -> Vec<(AccountId, AccountId, bool)> {
		let account = |n| <MockRegistry as ParticipantRegistry<_>>::account_of(n).unwrap();
		take_reports()
			.into_iter()
			.map(|(p, q, on)| (account(p), account(q), on))
			.collect()
	}

	#[test]
	fn opening_activates_and_an_invitation_only_once_accepted() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			assert_eq!(reports(), vec![(ALICE, BOB, true)]);
			assert_ok!(Relationships::invite_provider(RuntimeOrigin::signed(ALICE), CAROL));
			assert_eq!(reports(), vec![]);
			assert_ok!(open(CAROL, ALICE));
			assert_eq!(reports(), vec![(ALICE, CAROL, true)]);
		});
	}

	#[test]
	fn acknowledging_and_changing_pointers_keep_it_active_and_report_nothing() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			take_reports();
			assert_ok!(Relationships::acknowledge(RuntimeOrigin::signed(ALICE), BOB));
			let pointer = add(BOB, ALICE, 1).unwrap();
			assert_eq!(status_of(ALICE, BOB), Some(Updated));
			assert_ok!(Relationships::update_pointer(RuntimeOrigin::signed(BOB), pointer, hash(2)));
			assert_ok!(Relationships::remove_pointer(RuntimeOrigin::signed(BOB), pointer));
			assert_eq!(reports(), vec![]);
		});
	}

	#[test]
	fn a_rejection_deactivates_and_taking_it_back_activates() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			take_reports();
			assert_ok!(Relationships::reject(RuntimeOrigin::signed(ALICE), BOB));
			assert_eq!(reports(), vec![(ALICE, BOB, false)]);
			assert_ok!(Relationships::acknowledge(RuntimeOrigin::signed(ALICE), BOB));
			assert_eq!(reports(), vec![(ALICE, BOB, true)]);
		});
	}

	#[test]
	fn ending_deactivates_only_an_active_relationship() {
		for caller in [ALICE, BOB] {
			ExtBuilder::run(|| {
				assert_ok!(open(BOB, ALICE));
				take_reports();
				assert_ok!(Relationships::terminate(RuntimeOrigin::signed(caller), ALICE, BOB));
				assert_eq!(reports(), vec![(ALICE, BOB, false)]);
			});
		}
		ExtBuilder::run(|| {
			// A rejected relationship and an invitation were not active: nothing to report.
			assert_ok!(open(BOB, ALICE));
			assert_ok!(Relationships::reject(RuntimeOrigin::signed(ALICE), BOB));
			assert_ok!(Relationships::invite_provider(RuntimeOrigin::signed(ALICE), CAROL));
			take_reports();
			assert_ok!(Relationships::terminate(RuntimeOrigin::signed(BOB), ALICE, BOB));
			assert_ok!(Relationships::terminate(RuntimeOrigin::signed(ALICE), ALICE, CAROL));
			assert_eq!(reports(), vec![]);
		});
	}

	#[test]
	fn suspension_and_rotation_leave_relationships_as_active_as_they_were() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			take_reports();
			// Activity is the relationship's status (what `RecordIndex::is_active` answers),
			// which neither a suspension nor a new account changes.
			suspend(BOB);
			rotate(ALICE, FRESH);
			assert!(<Relationships as RecordIndex>::is_active(id(FRESH), id(BOB)));
			assert_eq!(
				<Relationships as ActiveRelationships>::active_providers(id(FRESH)).0,
				[id(BOB)]
			);
			assert_ok!(Relationships::terminate(RuntimeOrigin::signed(BOB), FRESH, BOB));
			assert_eq!(reports(), vec![(FRESH, BOB, false)]);
		});
	}

	#[test]
	fn active_providers_lists_the_active_ones_and_counts_every_relationship_read() {
		ExtBuilder::run(|| {
			let providers = |who| <Relationships as ActiveRelationships>::active_providers(id(who));
			assert_eq!(<Relationships as ActiveRelationships>::max_relationships(), 2);
			assert_eq!(providers(ALICE), (vec![], 0));
			assert_ok!(open(BOB, ALICE));
			assert_ok!(Relationships::invite_provider(RuntimeOrigin::signed(ALICE), CAROL));
			assert_eq!(providers(ALICE), (vec![id(BOB)], 2));
			assert_ok!(open(CAROL, ALICE));
			let (mut active, read) = providers(ALICE);
			active.sort();
			assert_eq!((active, read), (vec![id(BOB), id(CAROL)], 2));
			assert_ok!(Relationships::reject(RuntimeOrigin::signed(ALICE), BOB));
			assert_eq!(providers(ALICE), (vec![id(CAROL)], 2));
			assert_eq!(providers(DAVE), (vec![], 0));
		});
	}

	#[test]
	fn calls_that_can_change_activity_charge_the_report() {
		ExtBuilder::run(|| {
			type W = crate::weights::SubstrateWeight<Test>;
			let report = <ActivityRecorder as RelationshipActivity>::activity_weight();
			let weigh = |call: crate::Call<Test>| call.get_dispatch_info().call_weight;
			assert_eq!(
				weigh(crate::Call::open_relationship { patient: ALICE }),
				W::open_relationship() + report
			);
			assert_eq!(
				weigh(crate::Call::acknowledge { provider: BOB }),
				W::acknowledge() + report
			);
			assert_eq!(weigh(crate::Call::reject { provider: BOB }), W::reject() + report);
			assert_eq!(
				weigh(crate::Call::terminate { patient: ALICE, provider: BOB }),
				W::terminate(3) + report
			);
			// Nothing else changes activity, and nothing else pays for it.
			assert_eq!(weigh(crate::Call::invite_provider { provider: BOB }), W::invite_provider());
		});
	}
}

/// Who may call what (the table in `pallets/README.md` names these tests): each call that acts
/// on a patient's relationships, records or sharing refuses every other origin, and the refusal
/// changes nothing (`assert_noop!` compares the storage root).
mod origins {
	use super::*;

	/// Root, an unsigned origin, a patient and an account registered as nothing.
	fn strangers(patient: AccountId) -> [(RuntimeOrigin, DispatchError); 4] {
		[
			(RuntimeOrigin::root(), DispatchError::BadOrigin),
			(RuntimeOrigin::none(), DispatchError::BadOrigin),
			(RuntimeOrigin::signed(patient), Error::NotAProvider.into()),
			(RuntimeOrigin::signed(EVE), Error::NotAProvider.into()),
		]
	}

	#[test]
	fn only_an_active_provider_opens_a_relationship() {
		ExtBuilder::run(|| {
			for (origin, error) in strangers(DAVE) {
				assert_noop!(Relationships::open_relationship(origin, ALICE), error);
			}
			suspend(CAROL);
			assert_noop!(open(CAROL, ALICE), Error::NotAProvider);
		});
	}

	#[test]
	fn only_a_registered_patient_invites_a_provider() {
		ExtBuilder::run(|| {
			for (origin, error) in [
				(RuntimeOrigin::root(), DispatchError::BadOrigin),
				(RuntimeOrigin::none(), DispatchError::BadOrigin),
				// A provider cannot invite itself into a patient's record on their behalf.
				(RuntimeOrigin::signed(CAROL), Error::NotAPatient.into()),
				(RuntimeOrigin::signed(EVE), Error::NotAPatient.into()),
			] {
				assert_noop!(Relationships::invite_provider(origin, BOB), error);
			}
		});
	}

	#[test]
	fn only_the_relationships_active_provider_adds_a_pointer() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			for (origin, error) in strangers(ALICE) {
				assert_noop!(
					Relationships::add_pointer(
						origin,
						ALICE,
						reference(0),
						LAB,
						fields(&[0]),
						hash(1)
					),
					error
				);
			}
			// Another provider reaches only its own relationship with the patient: none.
			assert_noop!(add(CAROL, ALICE, 1), Error::UnknownRelationship);
			suspend(BOB);
			assert_noop!(add(BOB, ALICE, 1), Error::NotAProvider);
		});
	}

	#[test]
	fn only_the_pointers_active_provider_updates_it() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			let pointer = add(BOB, ALICE, 1).unwrap();
			let update = |origin| Relationships::update_pointer(origin, pointer, hash(2));
			for (origin, error) in strangers(ALICE) {
				assert_noop!(update(origin), error);
			}
			assert_noop!(update(RuntimeOrigin::signed(CAROL)), Error::NotAuthorized);
			suspend(BOB);
			assert_noop!(update(RuntimeOrigin::signed(BOB)), Error::NotAProvider);
		});
	}

	#[test]
	fn only_the_pointers_provider_removes_it() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			let pointer = add(BOB, ALICE, 1).unwrap();
			let remove = |origin| Relationships::remove_pointer(origin, pointer);
			assert_noop!(remove(RuntimeOrigin::root()), DispatchError::BadOrigin);
			assert_noop!(remove(RuntimeOrigin::none()), DispatchError::BadOrigin);
			for who in [ALICE, CAROL, DAVE, EVE] {
				assert_noop!(remove(RuntimeOrigin::signed(who)), Error::NotAuthorized);
			}
		});
	}

	#[test]
	fn only_the_relationships_patient_acknowledges_or_rejects_it() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			for (origin, error) in [
				(RuntimeOrigin::root(), DispatchError::BadOrigin),
				(RuntimeOrigin::none(), DispatchError::BadOrigin),
				(RuntimeOrigin::signed(BOB), Error::UnknownRelationship.into()),
				(RuntimeOrigin::signed(CAROL), Error::UnknownRelationship.into()),
				(RuntimeOrigin::signed(DAVE), Error::UnknownRelationship.into()),
				(RuntimeOrigin::signed(EVE), Error::NotRegistered.into()),
			] {
				// The call names the provider; the caller is the patient. Bob asking about Bob is
				// no relationship; naming Alice as the provider is none either.
				assert_noop!(Relationships::acknowledge(origin.clone(), BOB), error);
				assert_noop!(Relationships::reject(origin.clone(), BOB), error);
				if error != DispatchError::BadOrigin {
					assert_noop!(Relationships::acknowledge(origin.clone(), ALICE), error);
					assert_noop!(Relationships::reject(origin, ALICE), error);
				}
			}
		});
	}

	#[test]
	fn only_the_patient_or_the_provider_ends_a_relationship() {
		ExtBuilder::run(|| {
			assert_ok!(open(BOB, ALICE));
			let terminate = |origin| Relationships::terminate(origin, ALICE, BOB);
			assert_noop!(terminate(RuntimeOrigin::root()), DispatchError::BadOrigin);
			assert_noop!(terminate(RuntimeOrigin::none()), DispatchError::BadOrigin);
			for who in [CAROL, DAVE, EVE] {
				assert_noop!(terminate(RuntimeOrigin::signed(who)), Error::NotAuthorized);
			}
		});
	}

	#[test]
	fn only_the_viewer_acknowledges_what_is_shared_with_them() {
		ExtBuilder::run(|| {
			<Relationships as SharingNotifier<_>>::shared(
				&Grantee::Participant(id(DAVE)),
				id(ALICE),
			);
			let acknowledge = |origin| Relationships::acknowledge_shared(origin, ALICE);
			assert_noop!(acknowledge(RuntimeOrigin::root()), DispatchError::BadOrigin);
			assert_noop!(acknowledge(RuntimeOrigin::none()), DispatchError::BadOrigin);
			// Anyone else acknowledging reaches only their own entry: there is none.
			for who in [ALICE, BOB, EVE] {
				assert_noop!(acknowledge(RuntimeOrigin::signed(who)), Error::NotShared);
			}
			assert_ok!(acknowledge(RuntimeOrigin::signed(DAVE)));
		});
	}
}

/// A scenario whose plaintext identifiers are known: none of them, nor the data, appears in
/// any storage value or event; only codes, numbers and hashes do.
#[test]
fn no_plaintext_reaches_storage_or_events() {
	ExtBuilder::run(|| {
		let secrets: [&[u8]; 4] = [b"MRN-0042-ALICE", b"Alice Example", b"HbA1c 7.9%", b"diabetes"];
		let record = b"HbA1c 7.9% on 2026-11-01 for Alice Example, diabetes";
		assert_ok!(open(BOB, ALICE));
		assert_ok!(Relationships::add_pointer(
			RuntimeOrigin::signed(BOB),
			ALICE,
			// A gatekeeper's reference: a keyed hash of its query and argument.
			frame::deps::sp_io::hashing::blake2_128(b"gatekeeper secret|lab|42"),
			LAB,
			fields(&[0, 1, 2]),
			blake2_256(&[&[7u8; 32][..], &record[..]].concat()).into(),
		));
		assert_ok!(Relationships::acknowledge(RuntimeOrigin::signed(ALICE), BOB));
		let mut bytes: Vec<Vec<u8>> =
			System::events().into_iter().map(|e| e.event.encode()).collect();
		let prefix = frame::deps::frame_support::storage::storage_prefix(b"Relationships", b"");
		let mut key = prefix[..16].to_vec();
		while let Some(next) = frame::deps::sp_io::storage::next_key(&key) {
			if !next.starts_with(&prefix[..16]) {
				break;
			}
			bytes.push(frame::deps::sp_io::storage::get(&next).unwrap().to_vec());
			key = next;
		}
		assert!(bytes.len() > 4, "the scan saw the pallet's storage");
		for secret in secrets {
			for item in &bytes {
				assert!(
					!item.windows(secret.len()).any(|w| w == secret),
					"{:?} found on chain",
					core::str::from_utf8(secret)
				);
			}
		}
	});
}
