//! The consortium governs its chain through the collective, on the real runtime: two thirds of
//! its members admit a provider, fewer cannot; three quarters act as root — they authorize a
//! runtime upgrade that anyone then applies — while two thirds, a minority or a single account
//! cannot.

mod common;
use codec::Encode;
use common::{author_block, dev_chain, set_session_keys, signed};
use medrec_primitives::ParticipantRegistry;
use medrec_runtime::{
	configs::consortium_root,
	genesis_config_presets::{preset_storage, CONSORTIUM_RUNTIME_PRESET},
	AccountId, AuthorityDiscovery, Balances, CollatorSelection, Consortium, ConsortiumRoot,
	Registrar, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, Session, System, WASM_BINARY,
};
use pallet_registrar::Role;
use polkadot_sdk::{
	cumulus_pallet_parachain_system::{
		HostConfiguration, NewValidationCode, PendingValidationCode, ValidationData,
	},
	cumulus_primitives_core::{
		relay_chain::AsyncBackingParams, AbridgedHostConfiguration, PersistedValidationData,
	},
	frame_support::{assert_noop, assert_ok, dispatch::GetDispatchInfo},
	sp_io::TestExternalities,
	sp_keyring::Sr25519Keyring,
	sp_runtime::{
		traits::{BlakeTwo256, Hash},
		DispatchError,
	},
	*,
};

type CollectiveError = pallet_collective::Error<Runtime, pallet_collective::Instance1>;

fn admit_provider(key: Sr25519Keyring) -> RuntimeCall {
	RuntimeCall::Registrar(pallet_registrar::Call::admit {
		who: key.to_account_id(),
		role: Role::Provider,
	})
}

fn executed_results() -> Vec<Result<(), DispatchError>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Consortium(pallet_collective::Event::Executed { result, .. }) => {
				Some(result)
			},
			_ => None,
		})
		.collect()
}

#[test]
fn two_thirds_of_the_consortium_admit_a_provider() {
	dev_chain().execute_with(|| {
		use Sr25519Keyring::{Alice, Bob, Charlie, Dave};
		let call = admit_provider(Dave);
		let length = call.encoded_size() as u32;
		let weight = call.get_dispatch_info().call_weight;
		let hash = BlakeTwo256::hash_of(&call);

		// Alice proposes and votes; one vote of three is not enough to close.
		assert_ok!(Consortium::propose(signed(Alice), 2, Box::new(call), length));
		assert_ok!(Consortium::vote(signed(Alice), hash, 0, true));
		assert_noop!(
			Consortium::close(signed(Alice), hash, 0, weight, length),
			CollectiveError::TooEarly
		);

		// Bob agrees: two of three, and anyone may close.
		assert_ok!(Consortium::vote(signed(Bob), hash, 0, true));
		assert_ok!(Consortium::close(signed(Charlie), hash, 0, weight, length));

		assert_eq!(executed_results(), vec![Ok(())]);
		assert!(Registrar::is_active_provider(&Dave.to_account_id()));
		System::assert_has_event(
			pallet_registrar::Event::Admitted {
				who: Dave.to_account_id(),
				id: 0,
				role: Role::Provider,
			}
			.into(),
		);
	});
}

#[test]
fn one_member_alone_cannot_admit() {
	dev_chain().execute_with(|| {
		use Sr25519Keyring::{Alice, Dave};
		let call = admit_provider(Dave);
		let length = call.encoded_size() as u32;
		// A threshold of one executes at once, as one member of three: below two thirds.
		assert_ok!(Consortium::propose(signed(Alice), 1, Box::new(call), length));
		assert_eq!(executed_results(), vec![Err(DispatchError::BadOrigin)]);
		assert!(!Registrar::is_active_provider(&Dave.to_account_id()));
	});
}

#[test]
fn accounts_outside_the_consortium_cannot_admit_or_propose() {
	dev_chain().execute_with(|| {
		use Sr25519Keyring::{Dave, Eve};
		assert_noop!(
			Registrar::admit(signed(Eve), Dave.to_account_id(), Role::Provider),
			DispatchError::BadOrigin
		);
		let call = admit_provider(Dave);
		let length = call.encoded_size() as u32;
		assert_noop!(
			Consortium::propose(signed(Eve), 2, Box::new(call), length),
			CollectiveError::NotMember
		);
	});
}

#[test]
fn a_patient_registers_with_a_deposit_on_the_real_runtime() {
	dev_chain().execute_with(|| {
		use polkadot_sdk::frame_support::traits::fungible::InspectHold;
		let ferdie = Sr25519Keyring::Ferdie.to_account_id();
		assert_ok!(Registrar::register_patient(RuntimeOrigin::signed(ferdie.clone())));
		assert!(Registrar::is_patient(&ferdie));
		let held = <medrec_runtime::Balances as InspectHold<_>>::total_balance_on_hold(&ferdie);
		assert!(held > 0, "a deposit is held");
	});
}

/// The `consortium` chain (no sudo) at block 1, so that events are kept.
fn consortium_chain() -> TestExternalities {
	let mut ext = TestExternalities::new(
		preset_storage(CONSORTIUM_RUNTIME_PRESET).expect("the consortium preset builds"),
	);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

fn members() -> Vec<AccountId> {
	pallet_collective::Members::<Runtime, pallet_collective::Instance1>::get()
}

/// A motion for `call` that `voters` carry: the first proposes it with a threshold of all of
/// them, each votes aye, and the first closes it. Returns what executing it returned, as the
/// collective's `Executed` event reports it.
fn pass_motion(voters: &[Sr25519Keyring], call: RuntimeCall) -> Result<(), DispatchError> {
	// A threshold of one executes at proposal, without the vote this helper is about.
	assert!(voters.len() >= 2, "a motion needs at least two voters here");
	let length = call.encoded_size() as u32;
	let weight = call.get_dispatch_info().call_weight;
	let hash = BlakeTwo256::hash_of(&call);
	let index = pallet_collective::ProposalCount::<Runtime, pallet_collective::Instance1>::get();
	let proposer = signed(voters[0]);
	assert_ok!(Consortium::propose(proposer.clone(), voters.len() as u32, Box::new(call), length));
	for voter in voters {
		assert_ok!(Consortium::vote(signed(*voter), hash, index, true));
	}
	assert_ok!(Consortium::close(proposer, hash, index, weight, length));
	// The latest: a call may have been proposed before.
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::Consortium(pallet_collective::Event::Executed {
				proposal_hash,
				result,
			}) if proposal_hash == hash => Some(result),
			_ => None,
		})
		.expect("a closed motion whose ayes reached its threshold is executed")
}

/// `call` dispatched as root by the consortium's qualified majority.
fn as_root(call: impl Into<RuntimeCall>) -> RuntimeCall {
	consortium_root::Call::<Runtime>::dispatch_as_root { call: Box::new(call.into()) }.into()
}

fn authorize_upgrade_without_checks(code: &[u8]) -> RuntimeCall {
	frame_system::Call::<Runtime>::authorize_upgrade_without_checks {
		code_hash: BlakeTwo256::hash(code),
	}
	.into()
}

/// The runtime's own WASM, as built for these tests.
fn runtime_code() -> Vec<u8> {
	WASM_BINARY
		.expect("the runtime's build script builds the WASM for its tests")
		.to_vec()
}

/// The consortium chain's three founders vote Dave in: a consortium of four.
fn consortium_of_four() -> TestExternalities {
	let mut ext = consortium_chain();
	ext.execute_with(|| {
		use Sr25519Keyring::{Alice, Bob, Charlie, Dave};
		let add_dave =
			pallet_membership::Call::<Runtime, pallet_membership::Instance1>::add_member {
				who: Dave.to_account_id().into(),
			};
		assert_eq!(pass_motion(&[Alice, Bob, Charlie], add_dave.into()), Ok(()));
		assert_eq!(members().len(), 4);
	});
	ext
}

/// What the relay chain's inherent (`set_validation_data`) puts in storage at the start of
/// every parachain block, and a test block lacks: the validation data and the relay chain's
/// host configuration, whose code size limit an upgrade must respect. Only `max_code_size`
/// matters here (3 MiB, the relay chains' limit); nothing here reads the other values.
fn relay_chain_inherent_data() {
	ValidationData::<Runtime>::put(PersistedValidationData {
		relay_parent_number: 1,
		max_pov_size: 10 * 1024 * 1024,
		..Default::default()
	});
	HostConfiguration::<Runtime>::put(AbridgedHostConfiguration {
		max_code_size: 3 * 1024 * 1024,
		max_head_data_size: 32 * 1024,
		max_upward_queue_count: 8,
		max_upward_queue_size: 1024 * 1024,
		max_upward_message_size: 4 * 1024,
		max_upward_message_num_per_candidate: 2,
		hrmp_max_message_num_per_candidate: 2,
		validation_upgrade_cooldown: 2,
		validation_upgrade_delay: 2,
		async_backing_params: AsyncBackingParams {
			max_candidate_depth: 3,
			allowed_ancestry_len: 2,
		},
	});
}

fn nothing_authorized() -> bool {
	System::authorized_upgrade().is_none()
}

#[test]
fn three_quarters_of_the_consortium_upgrade_the_runtime() {
	consortium_of_four().execute_with(|| {
		use Sr25519Keyring::{Alice, Bob, Dave, Eve};
		let code = runtime_code();
		let code_hash = BlakeTwo256::hash(&code);

		// Three of four: the qualified majority. The test has one WASM, the runtime's own, whose
		// version is the running one's: the checked `authorize_upgrade` would (rightly) refuse
		// to apply it, so this motion authorizes it without the version checks. A real upgrade
		// uses the checked call, which the same motion dispatches (below).
		assert_eq!(
			pass_motion(&[Alice, Bob, Dave], as_root(authorize_upgrade_without_checks(&code))),
			Ok(())
		);
		System::assert_has_event(
			frame_system::Event::UpgradeAuthorized { code_hash, check_version: false }.into(),
		);

		// Anyone may then supply the code: Eve is no member and holds no role. A parachain does
		// not swap its code at once: it hands the code to the relay chain, which validates the
		// upgrade and signals when to switch (`:code` changes at that go-ahead).
		relay_chain_inherent_data();
		assert_noop!(
			System::apply_authorized_upgrade(signed(Eve), b"not the authorized code".to_vec()),
			frame_system::Error::<Runtime>::Unauthorized
		);
		assert_ok!(System::apply_authorized_upgrade(signed(Eve), code.clone()));
		assert!(nothing_authorized(), "an authorization is used once");
		assert_eq!(PendingValidationCode::<Runtime>::get(), code);
		assert_eq!(NewValidationCode::<Runtime>::get(), Some(code));
		System::assert_has_event(
			cumulus_pallet_parachain_system::Event::<Runtime>::ValidationFunctionStored.into(),
		);

		// The checked authorization a real upgrade uses passes the same way.
		let next_code_hash = BlakeTwo256::hash(b"the next runtime");
		let authorize =
			frame_system::Call::<Runtime>::authorize_upgrade { code_hash: next_code_hash };
		assert_eq!(pass_motion(&[Alice, Bob, Dave], as_root(authorize)), Ok(()));
		System::assert_has_event(
			frame_system::Event::UpgradeAuthorized {
				code_hash: next_code_hash,
				check_version: true,
			}
			.into(),
		);
	});
}

#[test]
fn a_minority_or_half_of_the_consortium_cannot_act_as_root() {
	consortium_of_four().execute_with(|| {
		use Sr25519Keyring::{Alice, Bob, Eve};
		let code = runtime_code();
		let motion = as_root(authorize_upgrade_without_checks(&code));
		// One of four: a threshold of one executes the motion as it is proposed, and the
		// origin it executes with (one member of four) is refused.
		let length = motion.encoded_size() as u32;
		assert_ok!(Consortium::propose(signed(Alice), 1, Box::new(motion.clone()), length));
		assert_eq!(executed_results().last(), Some(&Err(DispatchError::BadOrigin)));
		// Two of four: the motion reaches its own threshold and executes, and is refused.
		assert_eq!(pass_motion(&[Alice, Bob], motion), Err(DispatchError::BadOrigin));
		assert!(nothing_authorized());
		relay_chain_inherent_data();
		assert_noop!(
			System::apply_authorized_upgrade(signed(Eve), code),
			frame_system::Error::<Runtime>::NothingAuthorized
		);
		assert!(PendingValidationCode::<Runtime>::get().is_empty());
	});
}

#[test]
fn two_thirds_admit_a_provider_but_cannot_act_as_root() {
	consortium_chain().execute_with(|| {
		use Sr25519Keyring::{Alice, Bob, Dave};
		assert_eq!(members().len(), 3);
		// Exactly two thirds: enough to admit a provider, not enough for root.
		assert_eq!(pass_motion(&[Alice, Bob], admit_provider(Dave)), Ok(()));
		assert!(Registrar::is_active_provider(&Dave.to_account_id()));
		assert_eq!(
			pass_motion(&[Alice, Bob], as_root(authorize_upgrade_without_checks(&runtime_code()))),
			Err(DispatchError::BadOrigin)
		);
		assert!(nothing_authorized());
		// A motion is never root itself: a root call passed without `dispatch_as_root` is
		// refused too.
		assert_eq!(
			pass_motion(&[Alice, Bob], authorize_upgrade_without_checks(&runtime_code())),
			Err(DispatchError::BadOrigin)
		);
		assert!(nothing_authorized());
	});
}

#[test]
fn no_single_account_acts_as_root() {
	consortium_chain().execute_with(|| {
		use Sr25519Keyring::{Alice, Eve};
		let code = runtime_code();
		let authorize = authorize_upgrade_without_checks(&code);
		// Neither an outsider nor a member on their own, directly or through the root call.
		for key in [Eve, Alice] {
			assert_noop!(
				ConsortiumRoot::dispatch_as_root(signed(key), Box::new(authorize.clone())),
				DispatchError::BadOrigin
			);
			assert_noop!(
				System::authorize_upgrade_without_checks(signed(key), BlakeTwo256::hash(&code)),
				DispatchError::BadOrigin
			);
		}
		// An outsider cannot even propose the motion.
		let motion = as_root(authorize);
		let length = motion.encoded_size() as u32;
		assert_noop!(
			Consortium::propose(signed(Eve), 3, Box::new(motion), length),
			CollectiveError::NotMember
		);
		assert!(nothing_authorized());
	});
}

/// A new member institution's whole path on the `consortium` chain (node/README.md, "Joining
/// the consortium"): the members vote it in; it registers its collator's session keys, bonds
/// and is selected at the session change after next; its collator authors blocks and the
/// other collators can find it; and it votes on the consortium's next motion.
#[test]
fn a_new_member_is_voted_in_joins_block_production_and_votes() {
	consortium_chain().execute_with(|| {
		use Sr25519Keyring::{Alice, Bob, Charlie, Dave, Eve};
		let dave = Dave.to_account_id();
		// Outside the consortium, Dave's collator may not stand.
		assert_ok!(Balances::transfer_keep_alive(
			signed(Alice),
			dave.clone().into(),
			pallet_collator_selection::CandidacyBond::<Runtime>::get() * 2
		));
		let keys = set_session_keys(Dave).expect("Dave's keys are valid");
		assert!(CollatorSelection::register_as_candidate(signed(Dave)).is_err());

		// 1. The membership vote: two thirds of the founders.
		let add_dave =
			pallet_membership::Call::<Runtime, pallet_membership::Instance1>::add_member {
				who: dave.clone().into(),
			};
		assert_eq!(pass_motion(&[Alice, Bob], add_dave.into()), Ok(()));
		assert!(members().contains(&dave));

		// 2. Collator keys are set (above); 3. it stands and is chosen two sessions on.
		assert_ok!(CollatorSelection::register_as_candidate(signed(Dave)));
		Session::rotate_session();
		assert!(!Session::validators().contains(&dave));
		Session::rotate_session();
		let validators = Session::validators();
		let index = validators.iter().position(|v| v == &dave).expect("Dave collates");
		assert_eq!(pallet_aura::Authorities::<Runtime>::get()[index], keys.aura);
		assert_eq!(AuthorityDiscovery::current_authorities()[index], keys.authority_discovery);

		// 4. Its collator authors in its Aura slots.
		let n = validators.len() as u64;
		let slot = 1_000 * n + index as u64;
		assert_eq!(author_block(2, slot), dave);

		// 5. It votes: a consortium of four, whose two thirds are three.
		let admit_eve = RuntimeCall::Registrar(pallet_registrar::Call::admit {
			who: Eve.to_account_id(),
			role: Role::Provider,
		});
		assert_eq!(pass_motion(&[Dave, Charlie, Alice], admit_eve), Ok(()));
		assert!(Registrar::is_active_provider(&Eve.to_account_id()));
	});
}

/// Every call that the consortium decides on and whose cost grows with a provider's groups
/// fits one motion: the collective refuses to propose a call heavier than its
/// `MaxProposalWeight`, so a heavier bound would leave a provider that could never be
/// admitted, suspended or reinstated.
#[test]
fn every_consortium_decision_fits_a_motion() {
	let bound = <Runtime as pallet_collective::Config<pallet_collective::Instance1>>::MaxProposalWeight::get();
	let who = Sr25519Keyring::Dave.to_account_id();
	let calls = [
		pallet_registrar::Call::admit { who: who.clone(), role: Role::Provider },
		pallet_registrar::Call::revoke_role { who: who.clone(), role: Role::Provider },
		pallet_registrar::Call::suspend { who: who.clone(), reason: 1 },
		pallet_registrar::Call::reinstate { who },
	];
	for call in calls {
		let weight = RuntimeCall::Registrar(call.clone()).get_dispatch_info().call_weight;
		assert!(weight.all_lte(bound), "{call:?} weighs {weight:?}, a motion at most {bound:?}");
	}
}
