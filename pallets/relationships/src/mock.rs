//! A test runtime with balances and the relationships pallet, and a registry kept in memory.

use crate as pallet_relationships;
use frame::{deps::sp_runtime::BuildStorage, testing_prelude::*};
pub use medrec_primitives::testing::{
	admit_provider, id, register_patient, suspend, AccountId, MockRegistry,
};
use medrec_primitives::{testing, OnAccountRotated};

pub type Balance = u128;

pub const ALICE: AccountId = 1; // a patient
pub const BOB: AccountId = 2; // a provider (General Hospital)
pub const CAROL: AccountId = 3; // another provider (a lab)
pub const DAVE: AccountId = 4; // a patient, later a viewer
pub const EVE: AccountId = 5; // registered as nothing
pub const POOR: AccountId = 6; // a patient who cannot pay deposits
pub const FRESH: AccountId = 7; // an unused account, target of rotations
pub const POOR_PROVIDER: AccountId = 8; // a provider that cannot pay deposits

pub const DEPOSIT_PER_ITEM: Balance = 100;
pub const DEPOSIT_PER_BYTE: Balance = 1;

#[frame_construct_runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeHoldReason,
		RuntimeFreezeReason,
		RuntimeTask
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type Relationships = pallet_relationships;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = MockBlock<Test>;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// What the registrar does on rotation, as far as this pallet can tell: the number moves, then
/// followers are told.
pub fn rotate(old: AccountId, new: AccountId) {
	testing::rotate_registration(old, new);
	Relationships::on_account_rotated(&old, &new);
}

#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for BenchmarkHelper {
	fn register_patient(who: &AccountId) {
		register_patient(*who);
	}
	fn admit_provider(who: &AccountId) {
		admit_provider(*who);
	}
}

parameter_types! {
	pub const DepositPerItem: Balance = DEPOSIT_PER_ITEM;
	pub const DepositPerByte: Balance = DEPOSIT_PER_BYTE;
}

impl pallet_relationships::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = MockRegistry;
	type DepositPerItem = DepositPerItem;
	type DepositPerByte = DepositPerByte;
	type MaxPointers = ConstU32<3>;
	type MaxQueryLen = ConstU32<24>;
	type MaxRelationshipsPerPatient = ConstU32<2>;
	type WeightInfo = crate::weights::SubstrateWeight<Test>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// Builds test state: funded accounts, Alice and Dave patients, Bob and Carol providers, block
/// 1 (so events are recorded), and the pallet's invariants checked after each test.
pub struct ExtBuilder;

impl ExtBuilder {
	pub fn build() -> TestState {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let balances = [ALICE, BOB, CAROL, DAVE, EVE, FRESH]
			.into_iter()
			.map(|who| (who, 10_000))
			.chain([(POOR, 1), (POOR_PROVIDER, 1)])
			.collect();
		pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = TestState::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			testing::reset();
			for who in [ALICE, DAVE, POOR] {
				register_patient(who);
			}
			for who in [BOB, CAROL, POOR_PROVIDER] {
				admit_provider(who);
			}
		});
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn run(test: impl FnOnce()) {
		Self::build().execute_with(|| {
			test();
			Relationships::do_try_state().expect("relationships invariants hold");
		});
	}
}

/// Advances to block `n`.
pub fn go_to(n: u64) {
	System::set_block_number(n);
}
