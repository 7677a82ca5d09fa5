//! Unit tests: crediting over many blocks and collators, every call's success and errors, the
//! cohort floors, expiry refunds, and the credit supply invariant after each test.

use crate::{mock::*, *};
use frame::{deps::sp_runtime::DispatchError, testing_prelude::*, traits::fungible::InspectHold};

type Error = crate::Error<Test>;
type Event = crate::Event<Test>;

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Research.into(), &who)
}

fn bind(collator: AccountId, researcher: AccountId) -> DispatchResult {
	Research::bind_collator(RuntimeOrigin::signed(collator), researcher)
}

fn params_hash(n: u8) -> H256 {
	H256::repeat_byte(n)
}

/// Rita earns `blocks` blocks' worth of credits.
fn give_rita_credits(blocks: u64) {
	assert_ok!(bind(COLLATOR_1, RITA));
	author_blocks(2, 1 + blocks, &[Some(COLLATOR_1)]);
}

fn request(providers: Vec<AccountId>, min_cohort: u32) -> Result<RequestId, DispatchError> {
	let id = NextRequestId::<Test>::get();
	Research::request_aggregate(
		RuntimeOrigin::signed(RITA),
		7,
		params_hash(1),
		providers,
		min_cohort,
	)?;
	Ok(id)
}

mod mining {
	use super::*;

	#[test]
	fn bound_collators_earn_their_researcher_credits_block_by_block() {
		ExtBuilder::run(|| {
			assert_ok!(bind(COLLATOR_1, RITA));
			assert_ok!(bind(COLLATOR_2, RITA));
			assert_ok!(bind(COLLATOR_3, SAM));
			// 30 blocks, authors in turn: Rita's two collators, Sam's, an unbound one, none.
			let authors = [Some(COLLATOR_1), Some(COLLATOR_2), Some(COLLATOR_3), Some(LONER), None];
			author_blocks(2, 31, &authors);
			assert_eq!(CreditsOf::<Test>::get(id(RITA)), 12 * CREDITS_PER_BLOCK);
			assert_eq!(CreditsOf::<Test>::get(id(SAM)), 6 * CREDITS_PER_BLOCK);
			assert_eq!(Minted::<Test>::get(), 18 * CREDITS_PER_BLOCK);
			assert_eq!(Research::credits_of(&RITA), 12 * CREDITS_PER_BLOCK);
			assert_eq!(Research::credits_of(&EVE), 0);
		});
	}

	#[test]
	fn binding_holds_a_deposit_and_either_side_unbinds() {
		ExtBuilder::run(|| {
			assert_ok!(bind(COLLATOR_1, RITA));
			System::assert_last_event(
				Event::CollatorBound { collator: COLLATOR_1, researcher: RITA }.into(),
			);
			assert_eq!(held(COLLATOR_1), DEPOSIT_PER_ITEM + 48);
			assert_eq!(CollatorsOf::<Test>::get(id(RITA)).to_vec(), vec![COLLATOR_1]);
			assert_ok!(bind(COLLATOR_2, RITA));
			assert_ok!(Research::unbind_collator(RuntimeOrigin::signed(RITA), COLLATOR_2));
			System::assert_last_event(Event::CollatorUnbound { collator: COLLATOR_2 }.into());
			assert_ok!(Research::unbind_collator(RuntimeOrigin::signed(COLLATOR_1), COLLATOR_1));
			assert_eq!(held(COLLATOR_1), 0);
			assert!(!CollatorsOf::<Test>::contains_key(id(RITA)));
			// Unbound, it earns nothing.
			author_blocks(2, 5, &[Some(COLLATOR_1)]);
			assert_eq!(Minted::<Test>::get(), 0);
		});
	}

	#[test]
	fn errors() {
		ExtBuilder::run(|| {
			assert_noop!(bind(COLLATOR_1, BOB), Error::NotAResearcher);
			assert_noop!(bind(COLLATOR_1, EVE), Error::NotAResearcher);
			assert_ok!(bind(COLLATOR_1, RITA));
			assert_noop!(bind(COLLATOR_1, SAM), Error::AlreadyExists);
			assert_ok!(bind(COLLATOR_2, RITA));
			// MaxCollatorsPerResearcher is 2.
			assert_noop!(bind(COLLATOR_3, RITA), Error::TooMany);
			suspend(SAM);
			assert_noop!(bind(COLLATOR_3, SAM), Error::NotAResearcher);
			assert_noop!(
				Research::unbind_collator(RuntimeOrigin::signed(SAM), COLLATOR_1),
				Error::NotAuthorized
			);
			assert_noop!(
				Research::unbind_collator(RuntimeOrigin::signed(RITA), LONER),
				Error::NotFound
			);
		});
	}
}

mod bounty_queries {
	use super::*;

	#[test]
	fn the_blocks_author_owns_a_bounty_query() {
		ExtBuilder::run(|| {
			assert_ok!(bind(COLLATOR_1, RITA));
			set_author(Some(COLLATOR_1));
			assert_ok!(Research::submit_bounty_query(
				RuntimeOrigin::signed(BOB),
				3,
				params_hash(1),
				10
			));
			let owner = Owner::Researcher(id(RITA));
			System::assert_last_event(
				Event::BountyQuerySubmitted { bounty: 0, provider: BOB, owner: owner.clone() }
					.into(),
			);
			let bounty = Bounties::<Test>::get(0).unwrap();
			assert_eq!((bounty.owner, bounty.min_cohort, bounty.answer), (owner, 10, None));
			assert_eq!(held(BOB), bounty.deposit);

			set_author(Some(LONER));
			assert_ok!(Research::submit_bounty_query(
				RuntimeOrigin::signed(BOB),
				3,
				params_hash(2),
				10
			));
			assert_eq!(Bounties::<Test>::get(1).unwrap().owner, Owner::Collator(LONER));
			set_author(None);
			assert_ok!(Research::submit_bounty_query(
				RuntimeOrigin::signed(BOB),
				3,
				params_hash(3),
				10
			));
			assert_eq!(Bounties::<Test>::get(2).unwrap().owner, Owner::Nobody);
		});
	}

	#[test]
	fn the_provider_answers_at_or_above_the_floor() {
		ExtBuilder::run(|| {
			assert_ok!(Research::submit_bounty_query(
				RuntimeOrigin::signed(BOB),
				3,
				params_hash(1),
				10
			));
			let answer = |who, cohort| {
				Research::answer_bounty_query(RuntimeOrigin::signed(who), 0, params_hash(9), cohort)
			};
			assert_noop!(answer(BOB, 9), Error::CohortTooSmall);
			assert_noop!(answer(CAROL, 10), Error::NotAuthorized);
			assert_noop!(
				Research::answer_bounty_query(RuntimeOrigin::signed(BOB), 7, params_hash(9), 10),
				Error::NotFound
			);
			assert_ok!(answer(BOB, 10));
			System::assert_last_event(
				Event::BountyQueryAnswered { bounty: 0, result_hash: params_hash(9), cohort: 10 }
					.into(),
			);
			assert_noop!(answer(BOB, 12), Error::AlreadyExists);
		});
	}

	#[test]
	fn submission_errors() {
		ExtBuilder::run(|| {
			let submit = |who, template, k| {
				Research::submit_bounty_query(
					RuntimeOrigin::signed(who),
					template,
					params_hash(1),
					k,
				)
			};
			assert_noop!(submit(RITA, 3, 10), Error::NotAProvider);
			assert_noop!(submit(BOB, 3, FLOOR - 1), Error::CohortTooSmall);
			assert_ok!(Research::set_release_policy(RuntimeOrigin::signed(BOB), vec![1, 2], 8));
			assert_noop!(submit(BOB, 3, 10), Error::TemplateNotReleased);
			assert_noop!(submit(BOB, 1, 7), Error::CohortTooSmall);
			assert_ok!(submit(BOB, 1, 8));
		});
	}
}

mod requests {
	use super::*;

	#[test]
	fn a_researcher_spends_credits_and_providers_answer() {
		ExtBuilder::run(|| {
			give_rita_credits(10);
			let request = request(vec![BOB, CAROL], 20).unwrap();
			System::assert_last_event(
				Event::AggregateRequested { request, researcher: RITA, escrow: 2 * REQUEST_COST }
					.into(),
			);
			assert_eq!(CreditsOf::<Test>::get(id(RITA)), 100 - 2 * REQUEST_COST);
			let deposit = Requests::<Test>::get(request).unwrap().deposit;
			assert_eq!(held(RITA), deposit);

			let answer = |who, cohort| {
				Research::answer_request(
					RuntimeOrigin::signed(who),
					request,
					params_hash(8),
					cohort,
				)
			};
			// Below k: refused on chain, with a clear error.
			assert_noop!(answer(BOB, 19), Error::CohortTooSmall);
			assert_ok!(answer(BOB, 20));
			System::assert_last_event(
				Event::RequestAnswered {
					request,
					provider: BOB,
					result_hash: params_hash(8),
					cohort: 20,
				}
				.into(),
			);
			assert_eq!(Spent::<Test>::get(), REQUEST_COST);
			assert_noop!(answer(BOB, 20), Error::NotAuthorized);
			assert_ok!(answer(CAROL, 25));
			System::assert_last_event(Event::RequestCompleted { request }.into());
			assert!(Requests::<Test>::get(request).is_none());
			assert_eq!((held(RITA), Spent::<Test>::get()), (0, 2 * REQUEST_COST));
		});
	}

	#[test]
	fn an_expired_request_refunds_the_missing_answers() {
		ExtBuilder::run(|| {
			give_rita_credits(10);
			let request = request(vec![BOB, CAROL], 20).unwrap();
			assert_ok!(Research::answer_request(
				RuntimeOrigin::signed(BOB),
				request,
				params_hash(8),
				30
			));
			assert_noop!(
				Research::expire_request(RuntimeOrigin::signed(EVE), request),
				Error::NotExpired
			);
			System::set_block_number(11 + LIFETIME);
			assert_noop!(
				Research::answer_request(RuntimeOrigin::signed(CAROL), request, params_hash(8), 30),
				Error::Expired
			);
			assert_ok!(Research::expire_request(RuntimeOrigin::signed(EVE), request));
			System::assert_last_event(
				Event::RequestExpired { request, refunded: REQUEST_COST }.into(),
			);
			assert_eq!(CreditsOf::<Test>::get(id(RITA)), 100 - REQUEST_COST);
			assert_eq!(held(RITA), 0);
			assert_noop!(
				Research::expire_request(RuntimeOrigin::signed(EVE), request),
				Error::NotFound
			);
		});
	}

	#[test]
	fn errors() {
		ExtBuilder::run(|| {
			assert_noop!(
				Research::request_aggregate(
					RuntimeOrigin::signed(BOB),
					7,
					params_hash(1),
					vec![CAROL],
					20
				),
				Error::NotAResearcher
			);
			assert_noop!(request(vec![BOB], 20), Error::InsufficientCredits);
			give_rita_credits(10);
			assert_noop!(request(vec![BOB], FLOOR - 1), Error::CohortTooSmall);
			assert_noop!(request(vec![], 20), Error::BadTargets);
			assert_noop!(request(vec![BOB, BOB], 20), Error::BadTargets);
			assert_noop!(request(vec![BOB, ALICE], 20), Error::NotAProvider);
			register_patient(EVE);
			admit_provider(EVE);
			admit_provider(FRESH);
			// MaxTargets is 3.
			assert_noop!(request(vec![BOB, CAROL, EVE, FRESH], 20), Error::TooMany);
			// 100 credits buy four answers, not five.
			assert_ok!(request(vec![BOB, CAROL, EVE], 20));
			assert_noop!(request(vec![BOB, CAROL], 20), Error::InsufficientCredits);

			// A provider's policy: its template list and its own floor.
			assert_ok!(Research::set_release_policy(RuntimeOrigin::signed(BOB), vec![8], 5));
			assert_noop!(
				Research::answer_request(RuntimeOrigin::signed(BOB), 0, params_hash(8), 30),
				Error::TemplateNotReleased
			);
			assert_ok!(Research::set_release_policy(RuntimeOrigin::signed(CAROL), vec![], 40));
			assert_noop!(
				Research::answer_request(RuntimeOrigin::signed(CAROL), 0, params_hash(8), 30),
				Error::CohortTooSmall
			);
			assert_noop!(
				Research::answer_request(RuntimeOrigin::signed(CAROL), 9, params_hash(8), 30),
				Error::NotFound
			);
			assert_noop!(
				Research::answer_request(RuntimeOrigin::signed(ALICE), 0, params_hash(8), 30),
				Error::NotAuthorized
			);
		});
	}
}

mod consent {
	use super::*;

	#[test]
	fn patients_opt_in_and_out_per_category() {
		ExtBuilder::run(|| {
			assert!(Research::consented_categories(&ALICE).is_empty(), "out by default");
			assert_ok!(Research::set_consent(RuntimeOrigin::signed(ALICE), 7, true));
			System::assert_last_event(
				Event::ConsentSet { patient: ALICE, category: 7, opted_in: true }.into(),
			);
			assert_ok!(Research::set_consent(RuntimeOrigin::signed(ALICE), 9, true));
			assert_eq!(Research::consented_categories(&ALICE), vec![7, 9]);
			assert!(held(ALICE) > 0);
			assert_ok!(Research::set_consent(RuntimeOrigin::signed(ALICE), 7, false));
			assert_eq!(Research::consented_categories(&ALICE), vec![9]);
			assert_ok!(Research::set_consent(RuntimeOrigin::signed(ALICE), 9, false));
			assert_eq!(held(ALICE), 0);
			assert!(!ConsentOf::<Test>::contains_key(id(ALICE)));
		});
	}

	#[test]
	fn errors() {
		ExtBuilder::run(|| {
			let set =
				|who, category, on| Research::set_consent(RuntimeOrigin::signed(who), category, on);
			assert_noop!(set(BOB, 7, true), Error::NotAPatient);
			assert_noop!(set(ALICE, 7, false), Error::NotOptedIn);
			assert_ok!(set(ALICE, 7, true));
			assert_noop!(set(ALICE, 7, true), Error::AlreadyExists);
			assert_ok!(set(ALICE, 8, true));
			// MaxConsents is 2.
			assert_noop!(set(ALICE, 9, true), Error::TooMany);
		});
	}
}

mod policy_and_parameters {
	use super::*;

	#[test]
	fn a_provider_sets_its_policy() {
		ExtBuilder::run(|| {
			assert_ok!(Research::set_release_policy(RuntimeOrigin::signed(BOB), vec![1, 2], 12));
			System::assert_last_event(Event::ReleasePolicySet { provider: BOB }.into());
			assert_eq!(Research::release_policy(&BOB), Some((vec![1, 2], 12)));
			let deposit = held(BOB);
			assert_ok!(Research::set_release_policy(RuntimeOrigin::signed(BOB), vec![], 12));
			assert!(held(BOB) < deposit, "a smaller policy returns part of the deposit");
			assert_eq!(Research::release_policy(&CAROL), Some((vec![], FLOOR)));
			assert_noop!(
				Research::set_release_policy(RuntimeOrigin::signed(BOB), vec![1], FLOOR - 1),
				Error::CohortTooSmall
			);
			assert_noop!(
				Research::set_release_policy(RuntimeOrigin::signed(BOB), vec![1, 2, 3, 4], 12),
				Error::TooMany
			);
			assert_noop!(
				Research::set_release_policy(RuntimeOrigin::signed(RITA), vec![1], 12),
				Error::NotAProvider
			);
		});
	}

	#[test]
	fn the_consortium_sets_parameters() {
		ExtBuilder::run(|| {
			let parameters = Parameters {
				credits_per_block: 3,
				request_cost: 1,
				min_cohort_floor: 11,
				request_lifetime: 5,
			};
			assert_ok!(Research::set_parameters(RuntimeOrigin::root(), parameters));
			System::assert_last_event(Event::ParametersSet { parameters }.into());
			give_rita_credits(2);
			assert_eq!(CreditsOf::<Test>::get(id(RITA)), 6);
			// The consortium's floor binds providers whose own floor is lower.
			assert_eq!(Research::release_policy(&BOB), Some((vec![], 11)));
			assert_noop!(
				Research::set_parameters(RuntimeOrigin::signed(BOB), parameters),
				DispatchError::BadOrigin
			);
			let zero_floor = Parameters { min_cohort_floor: 0, ..parameters };
			assert_noop!(
				Research::set_parameters(RuntimeOrigin::root(), zero_floor),
				Error::BadParameters
			);
			let no_lifetime = Parameters { request_lifetime: 0, ..parameters };
			assert_noop!(
				Research::set_parameters(RuntimeOrigin::root(), no_lifetime),
				Error::BadParameters
			);
		});
	}
}

#[test]
fn deposits_and_bindings_follow_account_rotation() {
	ExtBuilder::run(|| {
		// Rita runs her own collator under her participant account.
		assert_ok!(bind(RITA, RITA));
		give_rita_credits(2);
		let deposit = held(RITA);
		rotate(RITA, FRESH);
		assert_eq!((held(RITA), held(FRESH)), (0, deposit));
		assert_eq!(ResearcherOf::<Test>::get(FRESH).map(|(r, _)| r), Some(id(FRESH)));
		assert_eq!(Research::credits_of(&FRESH), 2 * CREDITS_PER_BLOCK);
		assert_ok!(Research::unbind_collator(RuntimeOrigin::signed(FRESH), FRESH));
		assert_eq!(held(FRESH), 0);
	});
}
