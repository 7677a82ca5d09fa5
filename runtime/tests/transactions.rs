//! Signed transactions through the real runtime: the transaction extensions, fees and
//! dispatch, executed natively on the development genesis.

mod common;
use codec::Encode;
use common::{extensions, transaction};
use medrec_primitives::{access::Scope, records::FieldSet, records::Grantee};
use medrec_runtime::{
	configs::CollatorPot, genesis_config_presets::preset_storage, AccountId, Balances, Executive,
	Header, Registrar, Relationships, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
	UncheckedExtrinsic, UNIT,
};
use pallet_registrar::Role;
use polkadot_sdk::{
	frame_support::{
		assert_err, assert_ok, dispatch::DispatchClass, traits::fungible::Inspect, weights::Weight,
	},
	sp_core::{sr25519, Pair, H256},
	sp_genesis_builder::DEV_RUNTIME_PRESET,
	sp_io::TestExternalities,
	sp_keyring::Sr25519Keyring,
	sp_runtime::{
		generic::SignedPayload,
		traits::{Dispatchable, Header as _, TransactionExtension},
		transaction_validity::{InvalidTransaction, TransactionValidityError},
	},
	sp_trie::{proof_size_extension::ProofSizeExt, recorder::Recorder},
	*,
};

fn dev_chain_at_block_one() -> TestExternalities {
	let mut ext = TestExternalities::new(preset_storage(DEV_RUNTIME_PRESET).expect("dev preset"));
	ext.execute_with(|| {
		let header = Header::new(
			1,
			Default::default(),
			Default::default(),
			System::parent_hash(),
			Default::default(),
		);
		Executive::initialize_block(&header);
	});
	ext
}

fn signed(signer: Sr25519Keyring, call: RuntimeCall, nonce: u32) -> UncheckedExtrinsic {
	transaction(&signer.pair(), call, nonce)
}

fn transfer(to: Sr25519Keyring, value: u128) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: to.to_account_id().into(),
		value,
	})
}

#[test]
fn signed_transfer_moves_funds_and_pays_the_collators() {
	dev_chain_at_block_one().execute_with(|| {
		let (alice, bob) = (Sr25519Keyring::Alice, Sr25519Keyring::Bob);
		let alice_before = Balances::balance(&alice.to_account_id());
		let bob_before = Balances::balance(&bob.to_account_id());
		let pot_before = Balances::balance(&CollatorPot::get());

		let xt = signed(alice, transfer(bob, 5 * UNIT), 0);
		assert_ok!(Executive::apply_extrinsic(xt).expect("valid transaction"));

		assert_eq!(Balances::balance(&bob.to_account_id()), bob_before + 5 * UNIT);
		let fee = System::events()
			.into_iter()
			.find_map(|r| match r.event {
				RuntimeEvent::TransactionPayment(
					pallet_transaction_payment::Event::TransactionFeePaid { actual_fee, .. },
				) => Some(actual_fee),
				_ => None,
			})
			.expect("a fee was paid");
		assert!(fee > 0);
		assert_eq!(Balances::balance(&alice.to_account_id()), alice_before - 5 * UNIT - fee);
		assert_eq!(Balances::balance(&CollatorPot::get()), pot_before + fee, "fees fund the pot");
		assert_eq!(System::account_nonce(alice.to_account_id()), 1);
	});
}

#[test]
fn a_replayed_or_forged_transaction_is_rejected() {
	dev_chain_at_block_one().execute_with(|| {
		let (alice, bob) = (Sr25519Keyring::Alice, Sr25519Keyring::Bob);
		let xt = signed(alice, transfer(bob, UNIT), 0);
		assert_ok!(Executive::apply_extrinsic(xt.clone()).expect("first is valid"));
		assert_err!(
			Executive::apply_extrinsic(xt),
			TransactionValidityError::Invalid(InvalidTransaction::Stale)
		);

		// Bob's signature on a transaction claiming to come from Alice.
		let ext = extensions(1, 0);
		let call = transfer(bob, UNIT);
		let payload = SignedPayload::new(call.clone(), ext.clone()).expect("valid payload");
		let forged = UncheckedExtrinsic::new_signed(
			call,
			alice.to_account_id().into(),
			payload.using_encoded(|bytes| bob.sign(bytes)).into(),
			ext,
		);
		assert_err!(
			Executive::apply_extrinsic(forged),
			TransactionValidityError::Invalid(InvalidTransaction::BadProof)
		);
	});
}

#[test]
fn only_the_sudo_key_can_use_sudo() {
	dev_chain_at_block_one().execute_with(|| {
		let charlie = Sr25519Keyring::Charlie.to_account_id();
		// A root-only call with an effect anyone can check.
		let call = RuntimeCall::Sudo(pallet_sudo::Call::sudo {
			call: Box::new(RuntimeCall::Balances(pallet_balances::Call::force_set_balance {
				who: charlie.clone().into(),
				new_free: 42 * UNIT,
			})),
		});
		let by_bob = signed(Sr25519Keyring::Bob, call.clone(), 0);
		let outcome = Executive::apply_extrinsic(by_bob).expect("valid transaction");
		assert_eq!(outcome, Err(pallet_sudo::Error::<Runtime>::RequireSudo.into()));
		assert_ne!(Balances::balance(&charlie), 42 * UNIT);

		let by_alice = signed(Sr25519Keyring::Alice, call, 0);
		assert_ok!(Executive::apply_extrinsic(by_alice).expect("valid transaction"));
		assert_eq!(Balances::balance(&charlie), 42 * UNIT);
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Sudo(pallet_sudo::Event::Sudid { sudo_result: Ok(()) })
		)));
	});
}

/// How many transactions charged `each` fit in a block's normal share, counted in compute time
/// and in proof size apart.
fn per_block(each: Weight) -> (u64, u64) {
	let limits = <Runtime as frame_system::Config>::BlockWeights::get();
	let max = limits
		.get(DispatchClass::Normal)
		.max_total
		.expect("the runtime caps the normal class");
	(max.ref_time() / each.ref_time(), max.proof_size() / each.proof_size().max(1))
}

/// What a signed transaction of `call` is charged besides the call: the base weight of an
/// extrinsic and its transaction extensions' (measured for this runtime,
/// `runtime/src/weights/`).
fn overhead(call: &RuntimeCall) -> Weight {
	let limits = <Runtime as frame_system::Config>::BlockWeights::get();
	let base = limits.get(DispatchClass::Normal).base_extrinsic;
	base.saturating_add(TransactionExtension::weight(&extensions(0, 0), call))
}

/// A grant of some fields of `pointer` to `grantee`.
fn grant(grantee: AccountId, pointer: u64, codes: &[u8]) -> RuntimeCall {
	RuntimeCall::Permissions(pallet_permissions::Call::grant {
		on_behalf_of: None,
		grantee: Grantee::Account(grantee),
		scope: Scope::Fields(pointer, FieldSet::from_codes(codes).expect("codes below 64")),
		start: None,
		expiry: None,
		purpose: 0,
	})
}

/// Grants per block from the generated weights, beside `transfer_keep_alive` as the runtime
/// charges it (pallet_balances' shipped weights; `scripts/benchmark.sh` measures it beside
/// ours): the call with an extrinsic's base weight, then the whole transaction with its
/// extensions too. The proof size is the benchmarks' estimate, which charges every read a full
/// trie path of a million-entry map with no node shared between transactions; what a block
/// really proves is measured by `a_block_of_grants_is_bounded_by_compute_not_proof`.
#[test]
fn three_thousand_grants_fit_in_a_block_by_their_call_weight() {
	use pallet_balances::WeightInfo as _;
	use pallet_permissions::WeightInfo as _;
	type Grants = <Runtime as pallet_permissions::Config>::WeightInfo;
	type Transfers = <Runtime as pallet_balances::Config>::WeightInfo;
	let base = <Runtime as frame_system::Config>::BlockWeights::get()
		.get(DispatchClass::Normal)
		.base_extrinsic;
	let show = |what: &str, call: Weight, overhead: Weight| {
		let (compute, proof) = per_block(call.saturating_add(base));
		let (whole, _) = per_block(call.saturating_add(overhead));
		println!(
			"{what:<24} {compute:>5} per block by call + base, {proof:>5} by estimated proof; \
			 {whole:>5} by the whole transaction's compute",
		);
	};
	let grant_overhead = overhead(&grant(Sr25519Keyring::Dave.to_account_id(), 0, &[1]));
	for held in [0, 8, 32, 255] {
		show(&format!("grant after {held} grants:"), Grants::grant(held), grant_overhead);
	}
	let transfer_overhead = overhead(&transfer(Sr25519Keyring::Bob, UNIT));
	show("transfer (SDK weights):", Transfers::transfer_keep_alive(), transfer_overhead);
	println!(
		"besides the call, a grant transaction is charged {:.1} µs (base {:.1} µs)",
		grant_overhead.ref_time() as f64 / 1e6,
		base.ref_time() as f64 / 1e6,
	);
	let (compute, _) = per_block(Grants::grant(8).saturating_add(base));
	assert!(compute >= 3_000, "a patient's ninth grant: {compute} per block");
}

/// One block filled with grants the way a collator builds it: signed transactions applied one
/// after another until the runtime refuses the next for want of room, with the storage proof
/// recorded as the collator records it (the proof-size host function reads the same
/// recorder). Every patient is registered, has a relationship with a provider and a pointer,
/// and already holds `HELD` grants; each transaction grants a clinician some fields of the
/// patient's pointer (the scope that reads the most).
///
/// Each grant is admitted at its worst-case weight and then charged the proof it really added
/// (`StorageWeightReclaim`): the block fills up by compute time, as the generated weights
/// say, not by the benchmarks' proof estimate (which held such a block to 537 grants).
#[test]
fn a_block_of_grants_is_bounded_by_compute_not_proof() {
	const PATIENTS: u32 = 2_600;
	const HELD: u32 = 8;
	let mut ext = dev_chain_at_block_one();
	let provider = Sr25519Keyring::Bob.to_account_id();
	let clinician = Sr25519Keyring::Dave.to_account_id();
	let block = ext.execute_with(|| {
		let as_provider = || RuntimeOrigin::signed(provider.clone());
		assert_ok!(Registrar::admit(RuntimeOrigin::root(), provider.clone(), Role::Provider));
		(0..PATIENTS)
			.map(|n| {
				let key = sr25519::Pair::from_seed(&sp_io::hashing::blake2_256(&n.to_le_bytes()));
				let patient = AccountId::from(key.public());
				let origin = || RuntimeOrigin::signed(patient.clone());
				assert_ok!(Balances::force_set_balance(
					RuntimeOrigin::root(),
					patient.clone().into(),
					100 * UNIT
				));
				assert_ok!(Registrar::register_patient(origin()));
				assert_ok!(Relationships::open_relationship(as_provider(), patient.clone()));
				let pointer = pallet_relationships::NextPointerId::<Runtime>::get();
				assert_ok!(Relationships::add_pointer(
					as_provider(),
					patient.clone(),
					{
						let mut reference = [7u8; 16];
						reference[..4].copy_from_slice(&n.to_le_bytes());
						reference
					},
					7,
					FieldSet::from_codes(&[0, 1, 2]).expect("codes below 64"),
					H256::repeat_byte(7),
				));
				for held in 0..HELD {
					let mut other = [200u8; 32];
					other[..4].copy_from_slice(&held.to_le_bytes());
					let call = grant(other.into(), pointer, &[0]);
					assert_ok!(call.dispatch(origin()));
				}
				// Signed now: signing reads the genesis hash, which the block does not.
				let call = grant(clinician.clone(), pointer, &[1, 2]);
				let payload = SignedPayload::new(call.clone(), extensions(0, 0)).expect("payload");
				let signature = payload.using_encoded(|bytes| key.sign(bytes));
				UncheckedExtrinsic::new_signed(
					call,
					patient.into(),
					signature.into(),
					extensions(0, 0),
				)
			})
			.collect::<Vec<_>>()
	});
	ext.commit_all().expect("an in-memory state commits");

	let recorder = Recorder::<sp_core::Blake2Hasher>::default();
	ext.register_extension(ProofSizeExt::new(recorder.clone()));
	let (granted, stopped, used) = ext.execute_with_recorder(recorder.clone(), || {
		Executive::initialize_block(&Header::new(
			2,
			Default::default(),
			Default::default(),
			System::parent_hash(),
			Default::default(),
		));
		let mut granted = 0u32;
		for xt in block {
			match Executive::apply_extrinsic(xt) {
				Ok(outcome) => {
					assert_ok!(outcome);
					granted += 1;
				},
				Err(refused) => return (granted, Some(refused), System::block_weight()),
			}
		}
		(granted, None, System::block_weight())
	});

	let limits = <Runtime as frame_system::Config>::BlockWeights::get();
	let max = limits.get(DispatchClass::Normal).max_total.expect("the normal class is capped");
	let charged = used.get(DispatchClass::Normal);
	let recorded = recorder.estimate_encoded_size() as u64;
	let each = {
		use pallet_permissions::WeightInfo as _;
		type Grants = <Runtime as pallet_permissions::Config>::WeightInfo;
		let call = grant(clinician, 0, &[1, 2]);
		Grants::grant(HELD).saturating_add(overhead(&call))
	};
	let (by_compute, _) = per_block(each);
	println!(
		"{granted} grants in one block (the generated weights say {by_compute} by compute); \
		 {:.1} of {:.1} ms charged; proof {} of {} bytes charged, {recorded} recorded, {} a grant",
		charged.ref_time() as f64 / 1e9,
		max.ref_time() as f64 / 1e9,
		charged.proof_size(),
		max.proof_size(),
		recorded / u64::from(granted.max(1)),
	);
	assert_eq!(
		stopped,
		Some(TransactionValidityError::Invalid(InvalidTransaction::ExhaustsResources)),
		"the block is full before the patients run out"
	);
	// The last grant is admitted at its worst case (a patient with the most grants), so the
	// block may end a grant or two before the arithmetic.
	assert!(
		granted + 2 >= by_compute as u32 && granted <= by_compute as u32,
		"{granted} grants in the block, {by_compute} by compute"
	);
	assert!(charged.proof_size() < max.proof_size() / 2, "proof is charged as recorded");
	assert!(
		charged.proof_size() >= recorded,
		"the block is charged at least the proof it really has ({} < {recorded})",
		charged.proof_size()
	);
}
