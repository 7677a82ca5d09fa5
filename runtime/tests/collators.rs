//! Researchers' collators join block production on the real runtime: every preset opens
//! candidacy; a researcher's collator sets its session keys, bonds, is selected at the session
//! change, authors blocks in its Aura slots and earns its researcher credits. Candidacy is for
//! the collators of active researchers and for consortium members; anyone else is refused.

mod common;
use common::{author_block, dev_chain, set_session_keys, signed};
use medrec_runtime::{
	genesis_config_presets::{preset_names, preset_storage, CANDIDACY_BOND, DESIRED_CANDIDATES},
	AccountId, AuthorityDiscovery, Balances, CollatorSelection, Registrar, Research, Runtime,
	RuntimeOrigin, Session,
};
use pallet_registrar::Role;
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok},
	sp_io::TestExternalities,
	sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve, Ferdie},
	*,
};

type SelectionError = pallet_collator_selection::Error<Runtime>;

fn credits_of(researcher: &AccountId) -> u64 {
	let id = pallet_registrar::Cards::<Runtime>::get(researcher)
		.and_then(|c| c.participant)
		.expect("registered");
	pallet_research::CreditsOf::<Runtime>::get(id)
}

fn is_candidate(who: &AccountId) -> bool {
	pallet_collator_selection::CandidateList::<Runtime>::get()
		.iter()
		.any(|c| &c.who == who)
}

// Researchers' collators can be selected.
const _: () = assert!(DESIRED_CANDIDATES > 0);

#[test]
fn every_preset_opens_candidacy_with_a_reachable_bond() {
	for preset in preset_names() {
		let preset = String::from_utf8(preset.into()).expect("preset names are UTF-8");
		TestExternalities::new(preset_storage(&preset).expect("the preset builds")).execute_with(
			|| {
				assert_eq!(
					pallet_collator_selection::DesiredCandidates::<Runtime>::get(),
					DESIRED_CANDIDATES,
					"{preset}"
				);
				assert_eq!(
					pallet_collator_selection::CandidacyBond::<Runtime>::get(),
					CANDIDACY_BOND,
					"{preset}"
				);
				// Every member institution can stand from its genesis funds.
				for member in
					pallet_membership::Members::<Runtime, pallet_membership::Instance1>::get()
				{
					assert!(Balances::free_balance(&member) > CANDIDACY_BOND, "{preset}: {member}");
				}
			},
		);
	}
}

#[test]
fn a_researchers_collator_is_selected_authors_blocks_and_earns_credits() {
	dev_chain().execute_with(|| {
		let (researcher, collator) = (Dave.to_account_id(), Eve.to_account_id());
		assert_ok!(Registrar::admit(RuntimeOrigin::root(), researcher.clone(), Role::Researcher));
		assert_ok!(Research::bind_collator(signed(Eve), researcher.clone()));
		let keys = set_session_keys(Eve).expect("Eve's keys are valid");
		// Standing reserves the bond (beside the binding's deposit, already held).
		let reserved = Balances::reserved_balance(&collator);
		assert_ok!(CollatorSelection::register_as_candidate(signed(Eve)));
		assert_eq!(Balances::reserved_balance(&collator), reserved + CANDIDACY_BOND);
		assert!(is_candidate(&collator));

		// A session's collators are chosen at the start of the session before it: the first
		// change queues Eve, the second makes her a collator.
		let invulnerables = pallet_collator_selection::Invulnerables::<Runtime>::get().to_vec();
		Session::rotate_session();
		assert_eq!(Session::validators(), invulnerables);
		assert!(pallet_session::QueuedKeys::<Runtime>::get()
			.iter()
			.any(|(who, _)| who == &collator));
		Session::rotate_session();
		let validators = Session::validators();
		assert_eq!(validators, [invulnerables, vec![collator.clone()]].concat());
		// Aura's authorities follow the session: Eve's Aura key sits at her index. So does her
		// authority-discovery key in what collator discovery reads (authoring order), so the
		// other collators find her node.
		let index = validators.len() - 1;
		assert_eq!(pallet_aura::Authorities::<Runtime>::get()[index], keys.aura);
		let discovery = AuthorityDiscovery::current_authorities();
		assert_eq!(discovery.len(), validators.len());
		assert_eq!(discovery[index], keys.authority_discovery);

		// Thirty blocks, slots 300..330: Aura gives slot s to collator s mod 3.
		let per_block = Research::parameters().credits_per_block;
		let mut by_eve = 0;
		for (number, slot) in (2..32).zip(300u64..) {
			let author = author_block(number, slot);
			assert_eq!(author, validators[(slot % 3) as usize]);
			if author == collator {
				by_eve += 1;
				assert_eq!(
					pallet_collator_selection::LastAuthoredBlock::<Runtime>::get(&collator),
					number
				);
			}
			assert_eq!(credits_of(&researcher), by_eve * per_block);
		}
		assert_eq!(by_eve, 10);
		assert_eq!(credits_of(&researcher), 10 * per_block);

		// Having authored, Eve is no stale candidate: the next session keeps her.
		Session::rotate_session();
		assert!(is_candidate(&collator));
		assert!(Session::validators().contains(&collator));
	});
}

#[test]
fn only_active_researchers_collators_and_consortium_members_may_stand() {
	dev_chain().execute_with(|| {
		let researcher = Dave.to_account_id();
		assert_ok!(Registrar::admit(RuntimeOrigin::root(), researcher.clone(), Role::Researcher));

		// Ferdie has session keys and the bond, but no researcher and no seat.
		assert_ok!(set_session_keys(Ferdie));
		assert_noop!(
			CollatorSelection::register_as_candidate(signed(Ferdie)),
			SelectionError::ValidatorNotRegistered
		);

		// Eve is bound to a researcher, but has no session keys yet.
		assert_ok!(Research::bind_collator(signed(Eve), researcher.clone()));
		assert_noop!(
			CollatorSelection::register_as_candidate(signed(Eve)),
			SelectionError::ValidatorNotRegistered
		);
		assert_ok!(set_session_keys(Eve));

		// While her researcher is suspended, Eve cannot stand.
		assert_ok!(Registrar::suspend(RuntimeOrigin::root(), researcher.clone(), 0));
		assert_noop!(
			CollatorSelection::register_as_candidate(signed(Eve)),
			SelectionError::ValidatorNotRegistered
		);
		assert_ok!(Registrar::reinstate(RuntimeOrigin::root(), researcher));
		assert_ok!(CollatorSelection::register_as_candidate(signed(Eve)));

		// Charlie sits in the consortium (and is no invulnerable on the dev chain): with
		// session keys he stands without a researcher.
		assert!(!pallet_collator_selection::Invulnerables::<Runtime>::get()
			.contains(&Charlie.to_account_id()));
		assert_ok!(set_session_keys(Charlie));
		assert_ok!(CollatorSelection::register_as_candidate(signed(Charlie)));
		assert!(is_candidate(&Eve.to_account_id()) && is_candidate(&Charlie.to_account_id()));
		assert!(!is_candidate(&Ferdie.to_account_id()));
		assert_eq!(Balances::reserved_balance(Ferdie.to_account_id()), 0);

		// The same rule binds the consortium's invulnerables: Ferdie is skipped.
		let invulnerables =
			vec![Alice.to_account_id(), Bob.to_account_id(), Ferdie.to_account_id()];
		assert_ok!(CollatorSelection::set_invulnerables(RuntimeOrigin::root(), invulnerables));
		assert!(!pallet_collator_selection::Invulnerables::<Runtime>::get()
			.contains(&Ferdie.to_account_id()));
	});
}

/// A chain started before spec 5 holds each collator's session keys as Aura alone. The upgrade
/// gives each an authority-discovery key equal to its Aura key, keeps the key owners right,
/// fills the new pallet's current and next collators, and does nothing a second time.
#[test]
fn the_upgrade_to_spec_5_gives_every_collator_a_discovery_key() {
	use codec::Encode;
	use medrec_runtime::{migrations::AddAuthorityDiscoveryKey, AuraId, AuthorityDiscoveryId};
	use polkadot_sdk::{
		frame_support::traits::OnRuntimeUpgrade,
		sp_core::{crypto::key_types::AUTHORITY_DISCOVERY, sr25519},
	};
	dev_chain().execute_with(|| {
		let collators = Session::validators();
		let auras: Vec<AuraId> = pallet_aura::Authorities::<Runtime>::get().into_inner();
		// The spec 4 layout: Aura keys alone, and no authority-discovery pallet state.
		for (who, aura) in collators.iter().zip(&auras) {
			polkadot_sdk::frame_support::storage::unhashed::put_raw(
				&pallet_session::NextKeys::<Runtime>::hashed_key_for(who),
				&aura.encode(),
			);
		}
		let queued: Vec<(AccountId, AuraId)> =
			collators.iter().cloned().zip(auras.iter().cloned()).collect();
		polkadot_sdk::frame_support::storage::unhashed::put_raw(
			&pallet_session::QueuedKeys::<Runtime>::hashed_key(),
			&queued.encode(),
		);
		pallet_authority_discovery::Keys::<Runtime>::kill();
		pallet_authority_discovery::NextKeys::<Runtime>::kill();

		AddAuthorityDiscoveryKey::on_runtime_upgrade();

		let discovery: Vec<AuthorityDiscoveryId> =
			auras.iter().map(|a| sr25519::Public::from(a.clone()).into()).collect();
		for ((who, aura), audi) in collators.iter().zip(&auras).zip(&discovery) {
			let keys = pallet_session::NextKeys::<Runtime>::get(who).expect("keys decode");
			assert_eq!((&keys.aura, &keys.authority_discovery), (aura, audi));
			assert_eq!(Session::key_owner(AUTHORITY_DISCOVERY, audi.as_ref()), Some(who.clone()));
		}
		assert_eq!(AuthorityDiscovery::current_authorities().to_vec(), discovery);
		assert_eq!(AuthorityDiscovery::next_authorities().to_vec(), discovery);
		let again = AddAuthorityDiscoveryKey::on_runtime_upgrade();
		assert_eq!(again, <Runtime as frame_system::Config>::DbWeight::get().reads(1));

		// The sessions go on with the upgraded keys.
		Session::rotate_session();
		assert_eq!(AuthorityDiscovery::current_authorities().to_vec(), discovery);
	});
}
