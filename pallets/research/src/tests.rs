//! Unit tests: crediting over many blocks and collators, every call's success and errors, the
//! cohort floors and the cohort bound, expiry refunds, who may call what, and the pallet's
//! invariants (credit supply, bindings, the cohort bound) after each test.

use crate::{mock::*, *};
use frame::{
	deps::sp_runtime::DispatchError,
	testing_prelude::*,
	traits::fungible::{InspectHold, Mutate},
};
use medrec_primitives::cohort::RelationshipActivity;

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

/// Bounty query parameters: a short printable code, different for each `n`.
fn params(n: u8) -> Vec<u8> {
	format!("P-{n}").into_bytes()
}

/// Accounts of patients made by [`cohort`]: above every named account.
const FIRST_COHORT_PATIENT: AccountId = 1_000;

/// `n` new patients, each consenting to research on category 7 and with an active
/// relationship with each of `providers` (at most three): what lets them answer over `n`.
fn cohort(providers: &[AccountId], n: u32) -> Vec<AccountId> {
	let mut next = FIRST_COHORT_PATIENT;
	(0..n)
		.map(|_| {
			while MockRegistry::participant_id(&next).is_some() {
				next += 1;
			}
			let patient = next;
			register_patient(patient);
			Balances::set_balance(&patient, 10_000);
			for provider in providers {
				link(patient, *provider);
			}
			assert_ok!(Research::set_consent(RuntimeOrigin::signed(patient), 7, true));
			patient
		})
		.collect()
}

fn bound(provider: AccountId) -> u32 {
	ConsentingPatientsOf::<Test>::get(id(provider))
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
				Error::NotBound
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
			assert_ok!(Research::submit_bounty_query(RuntimeOrigin::signed(BOB), 3, params(1), 10));
			let owner = Owner::Researcher(id(RITA));
			System::assert_last_event(
				Event::BountyQuerySubmitted { bounty: 0, provider: BOB, owner: owner.clone() }
					.into(),
			);
			let bounty = Bounties::<Test>::get(0).unwrap();
			assert_eq!((&bounty.owner, bounty.min_cohort, bounty.answer), (&owner, 10, None));
			assert_eq!(held(BOB), bounty.deposit);
			// The owner did not write the parameters: it learns them, and what a gatekeeper
			// checks them against, from the chain.
			assert_eq!(bounty.params.to_vec(), params(1));
			assert_eq!(bounty.params_hash, H256(blake2_256(&params(1))));
			// The deposit pays for the parameters' bytes too.
			assert_eq!(bounty.deposit, Research::deposit_for(1, bounty.encoded_size() as u32));

			set_author(Some(LONER));
			assert_ok!(Research::submit_bounty_query(RuntimeOrigin::signed(BOB), 3, params(2), 10));
			assert_eq!(Bounties::<Test>::get(1).unwrap().owner, Owner::Collator(LONER));
			set_author(None);
			assert_ok!(Research::submit_bounty_query(RuntimeOrigin::signed(BOB), 3, params(3), 10));
			assert_eq!(Bounties::<Test>::get(2).unwrap().owner, Owner::Nobody);
		});
	}

	#[test]
	fn the_provider_answers_at_or_above_the_floor() {
		ExtBuilder::run(|| {
			cohort(&[BOB], 12);
			assert_ok!(Research::submit_bounty_query(RuntimeOrigin::signed(BOB), 3, params(1), 10));
			let answer = |who, cohort| {
				Research::answer_bounty_query(RuntimeOrigin::signed(who), 0, params_hash(9), cohort)
			};
			assert_noop!(answer(BOB, 9), Error::CohortTooSmall);
			assert_noop!(answer(CAROL, 10), Error::NotAuthorized);
			assert_noop!(
				Research::answer_bounty_query(RuntimeOrigin::signed(BOB), 7, params_hash(9), 10),
				Error::UnknownBounty
			);
			let deposit = held(BOB);
			assert_ok!(answer(BOB, 10));
			System::assert_last_event(
				Event::BountyQueryAnswered { bounty: 0, result_hash: params_hash(9), cohort: 10 }
					.into(),
			);
			// The answered record stays as the owner's proof, its storage still paid for.
			assert_eq!(Bounties::<Test>::get(0).unwrap().answer, Some((params_hash(9), 10)));
			assert_eq!(held(BOB), deposit);
			assert_noop!(answer(BOB, 12), Error::AlreadyExists);
		});
	}

	#[test]
	fn submission_errors() {
		ExtBuilder::run(|| {
			let submit = |who, template, k| {
				Research::submit_bounty_query(RuntimeOrigin::signed(who), template, params(1), k)
			};
			assert_noop!(submit(RITA, 3, 10), Error::NotAProvider);
			assert_noop!(submit(BOB, 3, FLOOR - 1), Error::CohortTooSmall);
			assert_ok!(Research::set_release_policy(RuntimeOrigin::signed(BOB), vec![1, 2], 8));
			assert_noop!(submit(BOB, 3, 10), Error::TemplateNotReleased);
			assert_noop!(submit(BOB, 1, 7), Error::CohortTooSmall);
			assert_ok!(submit(BOB, 1, 8));
		});
	}

	#[test]
	fn parameters_are_short_printable_text() {
		ExtBuilder::run(|| {
			let submit = |params: &[u8]| {
				Research::submit_bounty_query(RuntimeOrigin::signed(BOB), 3, params.to_vec(), 10)
			};
			// The mock allows 8 bytes.
			assert_noop!(submit(b"123456789"), Error::ParamsTooLong);
			assert_noop!(submit(b""), Error::InvalidParams);
			assert_noop!(submit(b"4548-4\n"), Error::InvalidParams);
			assert_noop!(submit(&[0x34, 0xff]), Error::InvalidParams);
			assert_ok!(submit(b"4548-4 ~"));
			assert_eq!(Bounties::<Test>::get(0).unwrap().params.to_vec(), b"4548-4 ~".to_vec());
		});
	}

	/// Version 1 stored only the parameters' hash: the migration keeps every bounty query,
	/// hash, answer and deposit included, with empty parameters, and moves the version.
	#[test]
	fn migration_to_v2_keeps_every_bounty_query() {
		use crate::migrations::v2::{MigrateToV2, OldBountyQuery};
		use frame::deps::frame_support::traits::OnRuntimeUpgrade;
		ExtBuilder::run(|| {
			StorageVersion::new(1).put::<Research>();
			let old = |n: u8, answer| OldBountyQuery::<AccountId, u64, Balance> {
				provider: id(BOB),
				template: 3,
				params_hash: params_hash(n),
				min_cohort: 10,
				owner: Owner::Researcher(id(RITA)),
				included_at: 4,
				answer,
				deposit: 7,
			};
			let key = |id: u64| Bounties::<Test>::hashed_key_for(id);
			frame::deps::frame_support::storage::unhashed::put(&key(0), &old(1, None));
			frame::deps::frame_support::storage::unhashed::put(
				&key(1),
				&old(2, Some((params_hash(9), 12))),
			);

			MigrateToV2::<Test>::on_runtime_upgrade();

			assert_eq!(StorageVersion::get::<Research>(), 2);
			let migrated = Bounties::<Test>::get(1).unwrap();
			assert_eq!(migrated.params_hash, params_hash(2));
			assert!(migrated.params.is_empty());
			assert_eq!(migrated.answer, Some((params_hash(9), 12)));
			assert_eq!((migrated.deposit, migrated.included_at), (7, 4));
			assert_eq!(Bounties::<Test>::get(0).unwrap().owner, Owner::Researcher(id(RITA)));
			assert_eq!(Bounties::<Test>::iter().count(), 2);
			// Run again, it does nothing.
			assert_eq!(
				MigrateToV2::<Test>::on_runtime_upgrade(),
				<<Test as frame_system::Config>::DbWeight as Get<
					frame::deps::frame_support::weights::RuntimeDbWeight,
				>>::get()
				.reads(1)
			);
		});
	}
}

mod requests {
	use super::*;

	#[test]
	fn a_researcher_spends_credits_and_providers_answer() {
		ExtBuilder::run(|| {
			cohort(&[BOB, CAROL], 25);
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
			cohort(&[BOB, CAROL], 30);
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
				Error::UnknownRequest
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
				Error::UnknownRequest
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

/// The cohort bound: an answer covers at most the patients with an active relationship with
/// the provider who consent to research (`ConsentingPatientsOf`), kept up to date by every
/// consent change and every relationship that becomes or stops being active, and recomputed by
/// `try_state` after each test.
mod cohort_bound {
	use super::*;

	#[test]
	fn a_bounty_answer_may_not_cover_more_patients_than_the_chain_accounts_for() {
		ExtBuilder::run(|| {
			assert_ok!(Research::submit_bounty_query(
				RuntimeOrigin::signed(BOB),
				3,
				params(1),
				FLOOR
			));
			let answer = |cohort| {
				Research::answer_bounty_query(RuntimeOrigin::signed(BOB), 0, params_hash(9), cohort)
			};
			// A provider with no consenting patient answered "cohort 10": no longer.
			assert_noop!(answer(10), Error::CohortExceedsConsentingPatients);
			cohort(&[BOB], FLOOR);
			assert_eq!(bound(BOB), FLOOR);
			assert_noop!(answer(FLOOR + 1), Error::CohortExceedsConsentingPatients);
			// Below the floor is still refused as such.
			assert_noop!(answer(FLOOR - 1), Error::CohortTooSmall);
			assert_ok!(answer(FLOOR));
			System::assert_last_event(
				Event::BountyQueryAnswered {
					bounty: 0,
					result_hash: params_hash(9),
					cohort: FLOOR,
				}
				.into(),
			);
		});
	}

	#[test]
	fn a_request_answer_may_not_cover_more_patients_than_the_chain_accounts_for() {
		ExtBuilder::run(|| {
			give_rita_credits(10);
			let request = request(vec![BOB, CAROL], FLOOR).unwrap();
			let answer = |who, cohort| {
				Research::answer_request(
					RuntimeOrigin::signed(who),
					request,
					params_hash(8),
					cohort,
				)
			};
			// Six patients consent; five of them are Bob's, one is Carol's.
			let patients = cohort(&[BOB], FLOOR);
			cohort(&[CAROL], 1);
			link(patients[0], CAROL);
			assert_eq!((bound(BOB), bound(CAROL)), (FLOOR, 2));
			assert_noop!(answer(BOB, FLOOR + 1), Error::CohortExceedsConsentingPatients);
			assert_noop!(answer(CAROL, FLOOR), Error::CohortExceedsConsentingPatients);
			assert_ok!(answer(BOB, FLOOR));
			// Nothing was spent on the refused answers.
			assert_eq!(Spent::<Test>::get(), REQUEST_COST);
		});
	}

	#[test]
	fn consent_counts_once_for_each_active_provider_from_the_first_category_to_the_last() {
		ExtBuilder::run(|| {
			let consent = |category, on| {
				assert_ok!(Research::set_consent(RuntimeOrigin::signed(ALICE), category, on));
			};
			link(ALICE, BOB);
			deactivate(ALICE, CAROL); // an invitation Carol has not accepted
			assert_eq!((bound(BOB), bound(CAROL)), (0, 0), "no consent yet");
			consent(7, true);
			assert_eq!((bound(BOB), bound(CAROL)), (1, 0));
			consent(9, true);
			consent(7, false);
			assert_eq!((bound(BOB), bound(CAROL)), (1, 0), "one patient, whatever the categories");
			consent(9, false);
			assert_eq!((bound(BOB), bound(CAROL)), (0, 0));
			assert!(!ConsentingPatientsOf::<Test>::contains_key(id(BOB)), "no zero entries");
		});
	}

	#[test]
	fn relationships_count_while_active_for_consenting_patients_only() {
		ExtBuilder::run(|| {
			assert_ok!(Research::set_consent(RuntimeOrigin::signed(ALICE), 7, true));
			// Opened (or an invitation accepted): counted.
			link(ALICE, BOB);
			link(ALICE, CAROL);
			assert_eq!((bound(BOB), bound(CAROL)), (1, 1));
			// Rejected, then taken back.
			deactivate(ALICE, BOB);
			assert_eq!((bound(BOB), bound(CAROL)), (0, 1));
			link(ALICE, BOB);
			assert_eq!(bound(BOB), 1);
			// Ended while active, and ended after a rejection.
			end(ALICE, BOB);
			deactivate(ALICE, CAROL);
			end(ALICE, CAROL);
			assert_eq!((bound(BOB), bound(CAROL)), (0, 0));
			// A patient who does not consent is never counted.
			register_patient(EVE);
			link(EVE, BOB);
			assert_eq!(bound(BOB), 0);
			end(EVE, BOB);
			assert!(ConsentingPatientsOf::<Test>::iter().next().is_none());
		});
	}

	#[test]
	fn consent_is_charged_for_the_most_relationships_and_refunded_to_those_read() {
		ExtBuilder::run(|| {
			type W = crate::weights::SubstrateWeight<Test>;
			let call = crate::Call::<Test>::set_consent { category: 7, opted_in: true };
			assert_eq!(call.get_dispatch_info().call_weight, W::set_consent(MAX_RELATIONSHIPS));
			link(ALICE, BOB);
			deactivate(ALICE, CAROL);
			let set = |category, on| {
				Research::set_consent(RuntimeOrigin::signed(ALICE), category, on)
					.unwrap()
					.actual_weight
			};
			// The first opt-in reads both relationships; the next one reads none.
			assert_eq!(set(7, true), Some(W::set_consent(2)));
			assert_eq!(set(9, true), Some(W::set_consent(0)));
			assert_eq!(set(9, false), Some(W::set_consent(0)));
			assert_eq!(set(7, false), Some(W::set_consent(2)));
		});
	}

	#[test]
	fn the_relationships_pallet_is_charged_for_the_report() {
		ExtBuilder::run(|| {
			assert_eq!(
				<Research as RelationshipActivity>::activity_weight(),
				<crate::weights::SubstrateWeight<Test> as WeightInfo>::relationship_activity()
			);
		});
	}

	#[test]
	fn try_state_finds_a_bound_that_drifted() {
		ExtBuilder::build().execute_with(|| {
			assert_ok!(Research::set_consent(RuntimeOrigin::signed(ALICE), 7, true));
			link(ALICE, BOB);
			assert_ok!(Research::do_try_state());
			ConsentingPatientsOf::<Test>::insert(id(BOB), 2);
			assert!(Research::do_try_state().is_err());
			ConsentingPatientsOf::<Test>::remove(id(BOB));
			assert!(Research::do_try_state().is_err());
			ConsentingPatientsOf::<Test>::insert(id(CAROL), 1);
			ConsentingPatientsOf::<Test>::insert(id(BOB), 1);
			assert!(Research::do_try_state().is_err(), "a provider counted for nobody");
		});
	}

	#[test]
	fn the_migration_counts_the_consents_and_relationships_a_chain_already_has() {
		use frame::deps::frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade};
		ExtBuilder::run(|| {
			let patients = cohort(&[BOB, CAROL], 3);
			end(patients[0], CAROL);
			link(ALICE, BOB); // Alice does not consent
			let before: Vec<_> = ConsentingPatientsOf::<Test>::iter().collect();
			// A chain from before the bound: consents and relationships, no counts.
			let _ = ConsentingPatientsOf::<Test>::clear(u32::MAX, None);
			StorageVersion::new(0).put::<Research>();

			crate::migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();
			let mut after: Vec<_> = ConsentingPatientsOf::<Test>::iter().collect();
			after.sort();
			let mut expected = before;
			expected.sort();
			assert_eq!(after, vec![(id(BOB), 3), (id(CAROL), 2)]);
			assert_eq!(after, expected);
			assert_eq!(Research::on_chain_storage_version(), 1);
			// Once is enough: at version 1 it counts nothing again.
			let _ = ConsentingPatientsOf::<Test>::clear(u32::MAX, None);
			crate::migrations::v1::MigrateToV1::<Test>::on_runtime_upgrade();
			assert!(ConsentingPatientsOf::<Test>::iter().next().is_none());
			for (provider, count) in after {
				ConsentingPatientsOf::<Test>::insert(provider, count);
			}
		});
	}
}

/// Who may call what (the table in `pallets/README.md` names these tests): each call that acts
/// on a patient's research consent or on research credits, escrow, answers and deposits refuses
/// every other origin, and the refusal changes nothing (`assert_noop!` compares the storage
/// root).
mod origins {
	use super::*;

	/// Root and an unsigned origin: no call of this pallet but `set_parameters` takes root.
	fn unsigned() -> [RuntimeOrigin; 2] {
		[RuntimeOrigin::root(), RuntimeOrigin::none()]
	}

	#[test]
	fn a_collator_binds_only_its_own_account() {
		ExtBuilder::run(|| {
			for origin in unsigned() {
				assert_noop!(Research::bind_collator(origin, RITA), DispatchError::BadOrigin);
			}
		});
	}

	#[test]
	fn only_the_collator_or_its_researcher_unbinds_it() {
		ExtBuilder::run(|| {
			assert_ok!(bind(COLLATOR_1, RITA));
			let unbind = |origin| Research::unbind_collator(origin, COLLATOR_1);
			for origin in unsigned() {
				assert_noop!(unbind(origin), DispatchError::BadOrigin);
			}
			for who in [SAM, COLLATOR_2, BOB, EVE] {
				assert_noop!(unbind(RuntimeOrigin::signed(who)), Error::NotAuthorized);
			}
		});
	}

	#[test]
	fn only_an_active_provider_offers_a_bounty_query() {
		ExtBuilder::run(|| {
			let submit = |origin| Research::submit_bounty_query(origin, 3, params(1), 10);
			for origin in unsigned() {
				assert_noop!(submit(origin), DispatchError::BadOrigin);
			}
			suspend(CAROL);
			for who in [ALICE, RITA, EVE, CAROL] {
				assert_noop!(submit(RuntimeOrigin::signed(who)), Error::NotAProvider);
			}
		});
	}

	#[test]
	fn only_the_querys_provider_answers_it() {
		ExtBuilder::run(|| {
			cohort(&[BOB, CAROL], FLOOR);
			assert_ok!(bind(COLLATOR_1, RITA));
			set_author(Some(COLLATOR_1));
			assert_ok!(Research::submit_bounty_query(
				RuntimeOrigin::signed(BOB),
				3,
				params(1),
				FLOOR
			));
			let answer = |origin| Research::answer_bounty_query(origin, 0, params_hash(9), FLOOR);
			for origin in unsigned() {
				assert_noop!(answer(origin), DispatchError::BadOrigin);
			}
			// Not even its owner: the answer is the provider's to give.
			for who in [CAROL, RITA, ALICE, EVE] {
				assert_noop!(answer(RuntimeOrigin::signed(who)), Error::NotAuthorized);
			}
		});
	}

	#[test]
	fn only_an_active_researcher_spends_credits_on_a_request() {
		ExtBuilder::run(|| {
			give_rita_credits(10);
			let ask =
				|origin| Research::request_aggregate(origin, 7, params_hash(1), vec![BOB], FLOOR);
			for origin in unsigned() {
				assert_noop!(ask(origin), DispatchError::BadOrigin);
			}
			for who in [BOB, ALICE, EVE, COLLATOR_1] {
				assert_noop!(ask(RuntimeOrigin::signed(who)), Error::NotAResearcher);
			}
			suspend(RITA);
			assert_noop!(ask(RuntimeOrigin::signed(RITA)), Error::NotAResearcher);
		});
	}

	#[test]
	fn only_a_provider_the_request_asked_answers_it_and_spends_its_escrow() {
		ExtBuilder::run(|| {
			cohort(&[BOB, CAROL], FLOOR);
			give_rita_credits(10);
			let request = request(vec![BOB], FLOOR).unwrap();
			let answer = |origin| Research::answer_request(origin, request, params_hash(8), FLOOR);
			for origin in unsigned() {
				assert_noop!(answer(origin), DispatchError::BadOrigin);
			}
			for who in [CAROL, RITA, ALICE, EVE] {
				assert_noop!(answer(RuntimeOrigin::signed(who)), Error::NotAuthorized);
			}
		});
	}

	#[test]
	fn any_signed_account_closes_an_expired_request_and_nothing_else_does() {
		ExtBuilder::run(|| {
			give_rita_credits(10);
			let request = request(vec![BOB], FLOOR).unwrap();
			System::set_block_number(11 + LIFETIME);
			for origin in unsigned() {
				assert_noop!(Research::expire_request(origin, request), DispatchError::BadOrigin);
			}
			// The refund goes to the researcher whoever closes it.
			assert_ok!(Research::expire_request(RuntimeOrigin::signed(EVE), request));
			assert_eq!(CreditsOf::<Test>::get(id(RITA)), 100);
		});
	}

	#[test]
	fn only_a_registered_patient_sets_their_own_consent() {
		ExtBuilder::run(|| {
			let set = |origin| Research::set_consent(origin, 7, true);
			for origin in unsigned() {
				assert_noop!(set(origin), DispatchError::BadOrigin);
			}
			for who in [BOB, RITA, EVE] {
				assert_noop!(set(RuntimeOrigin::signed(who)), Error::NotAPatient);
			}
			// The caller's consent is the only one a call reaches.
			assert_ok!(set(RuntimeOrigin::signed(ALICE)));
			register_patient(EVE);
			assert!(Research::consented_categories(&EVE).is_empty());
		});
	}

	#[test]
	fn only_an_active_provider_sets_its_release_policy() {
		ExtBuilder::run(|| {
			let set = |origin| Research::set_release_policy(origin, vec![1], FLOOR);
			for origin in unsigned() {
				assert_noop!(set(origin), DispatchError::BadOrigin);
			}
			suspend(CAROL);
			for who in [ALICE, RITA, EVE, CAROL] {
				assert_noop!(set(RuntimeOrigin::signed(who)), Error::NotAProvider);
			}
		});
	}

	#[test]
	fn only_the_consortium_sets_the_parameters() {
		ExtBuilder::run(|| {
			let parameters = Research::parameters();
			for origin in
				[RuntimeOrigin::none(), RuntimeOrigin::signed(RITA), RuntimeOrigin::signed(BOB)]
			{
				assert_noop!(
					Research::set_parameters(origin, parameters),
					DispatchError::BadOrigin
				);
			}
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

#[test]
fn a_binding_that_cannot_follow_a_rotation_returns_its_deposit() {
	ExtBuilder::run(|| {
		// Rita mines with her participant account and a second collator; she moves her
		// registration to the second collator's account, which keeps its own binding. Her old
		// account's binding ends, and its deposit, which came along with the rest, is returned.
		// It used to stay held with nothing to release it: the runtime fuzzer's deposit check
		// finds that (seed 19, block 42: Charlie, bound as his own collator, moved to Spare0,
		// bound as another).
		assert_ok!(bind(RITA, RITA));
		assert_ok!(bind(COLLATOR_1, RITA));
		let each = held(COLLATOR_1);
		let free = Balances::balance(&COLLATOR_1);
		rotate(RITA, COLLATOR_1);
		System::assert_last_event(Event::CollatorUnbound { collator: RITA }.into());
		assert_eq!((held(RITA), held(COLLATOR_1)), (0, each));
		assert_eq!(Balances::balance(&COLLATOR_1), free + each);
		assert_eq!(ResearcherOf::<Test>::get(COLLATOR_1), Some((id(COLLATOR_1), each)));
		assert_eq!(CollatorsOf::<Test>::get(id(COLLATOR_1)).into_inner(), vec![COLLATOR_1]);
	});
}
