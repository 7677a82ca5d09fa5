//! A test runtime with balances and the registrar; the consortium is root.

use crate as pallet_registrar;
use core::cell::RefCell;
use frame::{deps::sp_runtime::BuildStorage, testing_prelude::*};
use medrec_primitives::OnAccountRotated;

pub type AccountId = u64;
pub type Balance = u128;

pub const ALICE: AccountId = 1; // a patient
pub const BOB: AccountId = 2; // a provider
pub const CHARLIE: AccountId = 3; // a researcher
pub const DAVE: AccountId = 4; // a nurse, member of Bob's groups
pub const EVE: AccountId = 5; // nobody in particular
pub const POOR: AccountId = 6; // cannot pay deposits
pub const FRESH: AccountId = 7; // an unused account, target of rotations

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
	pub type Registrar = pallet_registrar;
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

thread_local! {
	/// Rotations the followers were told about, in order.
	pub static ROTATIONS: RefCell<Vec<(AccountId, AccountId)>> = const { RefCell::new(Vec::new()) };
}

/// A follower that records what it is told.
pub struct RecordRotations;
impl OnAccountRotated<AccountId> for RecordRotations {
	fn on_account_rotated(old: &AccountId, new: &AccountId) -> Weight {
		ROTATIONS.with(|r| r.borrow_mut().push((*old, *new)));
		Weight::from_parts(1_000, 0)
	}
	fn max_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
}

parameter_types! {
	pub const DepositPerItem: Balance = DEPOSIT_PER_ITEM;
	pub const DepositPerByte: Balance = DEPOSIT_PER_BYTE;
}

impl pallet_registrar::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdmitOrigin = frame_system::EnsureRoot<AccountId>;
	type DepositPerItem = DepositPerItem;
	type DepositPerByte = DepositPerByte;
	type MaxNameLen = ConstU32<32>;
	type MaxEndpointLen = ConstU32<48>;
	type MaxIdentifiers = ConstU32<3>;
	type MaxGroupMembers = ConstU32<3>;
	type MaxGroupsPerOwner = ConstU32<2>;
	type MaxMemberships = ConstU32<2>;
	type MaxReceiptsPerAnchor = ConstU32<1_000>;
	type OnAccountRotated = RecordRotations;
	type WeightInfo = crate::weights::SubstrateWeight<Test>;
}

/// Builds test state: funded accounts, block 1 (so events are recorded), and the
/// registrar's invariants checked after each test.
pub struct ExtBuilder {
	balances: Vec<(AccountId, Balance)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			balances: vec![
				(ALICE, 10_000),
				(BOB, 10_000),
				(CHARLIE, 10_000),
				(DAVE, 10_000),
				(EVE, 10_000),
				(POOR, 1),
				(FRESH, 10_000),
			],
		}
	}
}

impl ExtBuilder {
	pub fn build(self) -> TestState {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> { balances: self.balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = TestState::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			ROTATIONS.with(|r| r.borrow_mut().clear());
		});
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Registrar::do_try_state().expect("registrar invariants hold");
		});
	}
}
