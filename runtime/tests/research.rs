//! Research mining on the real runtime: blocks are initialized with Aura pre-runtime digests,
//! the authorship pallet finds their authors among the session's collators, and the research
//! pallet credits the researcher bound to one of them; the credits buy an aggregate request,
//! whose answers below the floor or above what the chain can account for are refused. The
//! cohort bound follows consents and relationships through both real pallets.

mod common;
use common::author_block;
use medrec_primitives::api::runtime_decl_for_med_rec_api::MedRecApiV7;
use medrec_runtime::{
	genesis_config_presets::preset_storage, AccountId, Balances, Block, BlockNumber, Registrar,
	Relationships, Research, Runtime, RuntimeOrigin, Session, System, UNIT,
};
use pallet_registrar::Role;
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, traits::fungible::Mutate},
	sp_core::H256,
	sp_genesis_builder::DEV_RUNTIME_PRESET,
	sp_io::TestExternalities,
	sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Ferdie},
};

/// `n` patients who register, consent to research on category 7 and whom `provider` opens a
/// relationship with: a cohort the chain accounts for.
fn consenting_patients_of(provider: &AccountId, n: u8) {
	for i in 0..n {
		let patient = AccountId::from([0xC0 + i; 32]);
		Balances::set_balance(&patient, 10 * UNIT);
		assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(patient.clone())));
		assert_ok!(Research::set_consent(RuntimeOrigin::signed(patient.clone()), 7, true));
		assert_ok!(Relationships::open_relationship(
			RuntimeOrigin::signed(provider.clone()),
			patient
		));
	}
}

/// The cohort bound of `provider`: its consenting patients with an active relationship.
fn bound(provider: &AccountId) -> u32 {
	let id = pallet_registrar::Cards::<Runtime>::get(provider)
		.and_then(|c| c.participant)
		.expect("registered");
	pallet_research::ConsentingPatientsOf::<Runtime>::get(id)
}

fn credits(who: AccountId) -> u64 {
	<Runtime as MedRecApiV7<Block, AccountId, BlockNumber>>::research_credits(who)
}

#[test]
fn a_researchers_collator_earns_credits_as_it_authors_blocks() {
	let mut ext = TestExternalities::new(preset_storage(DEV_RUNTIME_PRESET).expect("dev preset"));
	ext.execute_with(|| {
		System::set_block_number(1);
		let (researcher, collator) = (Dave.to_account_id(), Alice.to_account_id());
		assert_ok!(Registrar::admit(RuntimeOrigin::root(), researcher.clone(), Role::Researcher));
		assert_ok!(Research::bind_collator(
			RuntimeOrigin::signed(collator.clone()),
			researcher.clone()
		));
		// Twenty blocks, slots 100..120: Aura assigns slot s to the session's collator s mod 2.
		let mut by_alice = 0;
		for (number, slot) in (2..22).zip(100u64..) {
			let author = author_block(number, slot);
			assert_eq!(author, Session::validators()[(slot % 2) as usize]);
			if author == collator {
				by_alice += 1;
			}
		}
		// The dev chain has two collators, Alice and Bob, taking turns.
		assert_eq!(by_alice, 10);
		let per_block = Research::parameters().credits_per_block;
		assert_eq!(credits(researcher.clone()), by_alice * per_block);
		assert_eq!(pallet_research::Minted::<Runtime>::get(), by_alice * per_block);

		// 100 credits buy one answer (the default cost) from Charlie's clinic, which refuses to
		// answer below the floor (10 patients) and above what the chain can account for, and
		// answers at the floor.
		let clinic = Charlie.to_account_id();
		assert_ok!(Registrar::admit(RuntimeOrigin::root(), clinic.clone(), Role::Provider));
		assert_ok!(Research::request_aggregate(
			RuntimeOrigin::signed(researcher.clone()),
			7,
			H256::repeat_byte(1),
			vec![clinic.clone()],
			10,
		));
		let answer = |cohort| {
			Research::answer_request(
				RuntimeOrigin::signed(clinic.clone()),
				0,
				H256::repeat_byte(2),
				cohort,
			)
		};
		// A clinic without patients claiming ten.
		assert_noop!(
			answer(10),
			pallet_research::Error::<Runtime>::CohortExceedsConsentingPatients
		);
		consenting_patients_of(&clinic, 10);
		assert_eq!(bound(&clinic), 10);
		assert_noop!(answer(9), pallet_research::Error::<Runtime>::CohortTooSmall);
		assert_noop!(
			answer(11),
			pallet_research::Error::<Runtime>::CohortExceedsConsentingPatients
		);
		assert_ok!(Research::answer_request(
			RuntimeOrigin::signed(clinic),
			0,
			H256::repeat_byte(2),
			10
		));
		assert_eq!(credits(researcher), 0);
	});
}

/// Every path that changes whether a relationship is active, and every consent change, moves
/// the cohort bound through the real relationships and research pallets as wired in the
/// runtime.
#[test]
fn the_cohort_bound_follows_consents_and_relationships() {
	let mut ext = TestExternalities::new(preset_storage(DEV_RUNTIME_PRESET).expect("dev preset"));
	ext.execute_with(|| {
		System::set_block_number(1);
		let (patient, hospital, clinic) =
			(Ferdie.to_account_id(), Bob.to_account_id(), Charlie.to_account_id());
		let signed = |who: &AccountId| RuntimeOrigin::signed(who.clone());
		assert_ok!(Registrar::register_patient(signed(&patient)));
		for provider in [&hospital, &clinic] {
			assert_ok!(Registrar::admit(RuntimeOrigin::root(), provider.clone(), Role::Provider));
		}
		let bounds = || (bound(&hospital), bound(&clinic));

		// Opened before consent: not counted until the patient consents.
		assert_ok!(Relationships::open_relationship(signed(&hospital), patient.clone()));
		assert_eq!(bounds(), (0, 0));
		assert_ok!(Research::set_consent(signed(&patient), 7, true));
		assert_eq!(bounds(), (1, 0));
		// A second category counts the patient no more.
		assert_ok!(Research::set_consent(signed(&patient), 9, true));
		assert_eq!(bounds(), (1, 0));
		// An invitation counts once accepted.
		assert_ok!(Relationships::invite_provider(signed(&patient), clinic.clone()));
		assert_eq!(bounds(), (1, 0));
		assert_ok!(Relationships::open_relationship(signed(&clinic), patient.clone()));
		assert_eq!(bounds(), (1, 1));
		// Acknowledging an active relationship changes nothing; a rejection and taking it
		// back do.
		assert_ok!(Relationships::acknowledge(signed(&patient), hospital.clone()));
		assert_eq!(bounds(), (1, 1));
		assert_ok!(Relationships::reject(signed(&patient), hospital.clone()));
		assert_eq!(bounds(), (0, 1));
		assert_ok!(Relationships::acknowledge(signed(&patient), hospital.clone()));
		assert_eq!(bounds(), (1, 1));
		// The last category out, and back in.
		assert_ok!(Research::set_consent(signed(&patient), 7, false));
		assert_eq!(bounds(), (1, 1));
		assert_ok!(Research::set_consent(signed(&patient), 9, false));
		assert_eq!(bounds(), (0, 0));
		assert_ok!(Research::set_consent(signed(&patient), 9, true));
		assert_eq!(bounds(), (1, 1));
		// A suspended provider's relationships stay what they are.
		assert_ok!(Registrar::suspend(RuntimeOrigin::root(), clinic.clone(), 0));
		assert_eq!(bounds(), (1, 1));
		// Ended by either side.
		assert_ok!(Relationships::terminate(signed(&clinic), patient.clone(), clinic.clone()));
		assert_ok!(Relationships::terminate(signed(&patient), patient.clone(), hospital.clone()));
		assert_eq!(bounds(), (0, 0));
	});
}
