//! Signed transactions through the real runtime: the transaction extensions, fees and
//! dispatch, executed natively on the development genesis.

use codec::Encode;
use medrec_runtime::{
	configs::CollatorPot, genesis_config_presets::preset_storage, Balances, Executive, Header,
	Runtime, RuntimeCall, RuntimeEvent, System, TxExtension, UncheckedExtrinsic, UNIT,
};
use polkadot_sdk::{
	frame_support::{assert_err, assert_ok, traits::fungible::Inspect},
	sp_genesis_builder::DEV_RUNTIME_PRESET,
	sp_io::TestExternalities,
	sp_keyring::Sr25519Keyring,
	sp_runtime::{
		generic::{Era, SignedPayload},
		traits::Header as _,
		transaction_validity::{InvalidTransaction, TransactionValidityError},
	},
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

fn extensions(nonce: u32, tip: u128) -> TxExtension {
	(
		frame_system::AuthorizeCall::new(),
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(tip),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
		frame_system::WeightReclaim::new(),
	)
}

fn signed(signer: Sr25519Keyring, call: RuntimeCall, nonce: u32) -> UncheckedExtrinsic {
	let ext = extensions(nonce, 0);
	let payload = SignedPayload::new(call.clone(), ext.clone()).expect("valid payload");
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	UncheckedExtrinsic::new_signed(call, signer.to_account_id().into(), signature.into(), ext)
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

/// How many calls of weight `call` fit in a block by the generated weights, at the runtime's
/// database weights and block limits: each plus the base weight of an extrinsic, within the
/// normal class's share of the block, counted in compute time and in proof size apart.
fn per_block(call: polkadot_sdk::sp_weights::Weight) -> (u64, u64) {
	use polkadot_sdk::frame_support::dispatch::DispatchClass;
	let limits = <Runtime as frame_system::Config>::BlockWeights::get();
	let normal = limits.get(DispatchClass::Normal);
	let max = normal.max_total.expect("the runtime caps the normal class");
	let each = call.saturating_add(normal.base_extrinsic);
	(max.ref_time() / each.ref_time(), max.proof_size() / each.proof_size().max(1))
}

/// Grants per block, from the generated weights, beside `transfer_keep_alive` as the runtime
/// charges it (pallet_balances' shipped weights; `scripts/benchmark.sh` measures it beside
/// ours). Compute is what this test holds to 3,000. Proof size is printed, not
/// asserted: the benchmark's estimate charges every read a full trie path of a
/// million-entry map (about 2.5 kB) with no node shared between transactions, which limits a
/// balance transfer too (about 2,200 a block); what a block's proof really holds is the open
/// part of the issue that asked for 3,000 grants.
#[test]
fn three_thousand_grants_fit_in_a_block_s_compute() {
	use pallet_balances::WeightInfo as _;
	use pallet_permissions::WeightInfo as _;
	type Grants = <Runtime as pallet_permissions::Config>::WeightInfo;
	type Transfers = <Runtime as pallet_balances::Config>::WeightInfo;
	let show = |what: &str, (compute, proof): (u64, u64)| {
		println!("{what:<26} {compute:>5} per block by compute, {proof:>5} by proof size");
	};
	for held in [0, 8, 32, 255] {
		show(&format!("grant after {held} grants:"), per_block(Grants::grant(held)));
	}
	show("transfer (SDK weights):", per_block(Transfers::transfer_keep_alive()));
	let (compute, _) = per_block(Grants::grant(8));
	assert!(compute >= 3_000, "a patient's ninth grant: {compute} per block");
}
