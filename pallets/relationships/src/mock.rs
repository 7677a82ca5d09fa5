//! A test runtime with balances and the relationships pallet, and a registry kept in memory.

use crate as pallet_relationships;
use core::cell::RefCell;
use frame::{deps::sp_runtime::BuildStorage, testing_prelude::*};
use medrec_primitives::{OnAccountRotated, ParticipantId, ParticipantRegistry};
use std::collections::{BTreeMap, BTreeSet};

pub type AccountId = u64;
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

/// The registry's state: participant numbers, patients, providers, suspensions.
#[derive(Default)]
pub struct Registry {
	ids: BTreeMap<AccountId, ParticipantId>,
	patients: BTreeSet<AccountId>,
	providers: BTreeSet<AccountId>,
	suspended: BTreeSet<AccountId>,
}

thread_local! {
	pub static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
}

/// Participant numbers differ from account numbers, so that a mix-up shows in tests.
fn number(who: AccountId) -> ParticipantId {
	REGISTRY.with(|r| {
		let mut r = r.borrow_mut();
		let next = 100 + r.ids.len() as ParticipantId;
		*r.ids.entry(who).or_insert(next)
	})
}

pub fn register_patient(who: AccountId) {
	number(who);
	REGISTRY.with(|r| r.borrow_mut().patients.insert(who));
}

pub fn admit_provider(who: AccountId) {
	number(who);
	REGISTRY.with(|r| r.borrow_mut().providers.insert(who));
}

pub fn suspend(who: AccountId) {
	REGISTRY.with(|r| r.borrow_mut().suspended.insert(who));
}

/// What the registrar does on rotation, as far as this pallet can tell: the number moves, then
/// followers are told.
pub fn rotate(old: AccountId, new: AccountId) {
	REGISTRY.with(|r| {
		let mut r = r.borrow_mut();
		let id = r.ids.remove(&old).expect("rotating a registered account");
		r.ids.insert(new, id);
		let Registry { patients, providers, .. } = &mut *r;
		for set in [patients, providers] {
			if set.remove(&old) {
				set.insert(new);
			}
		}
	});
	Relationships::on_account_rotated(&old, &new);
}

pub fn id(who: AccountId) -> ParticipantId {
	REGISTRY.with(|r| r.borrow().ids[&who])
}

pub struct MockRegistry;
impl ParticipantRegistry<AccountId> for MockRegistry {
	fn is_patient(who: &AccountId) -> bool {
		REGISTRY.with(|r| r.borrow().patients.contains(who))
	}
	fn is_active_provider(who: &AccountId) -> bool {
		REGISTRY.with(|r| {
			let r = r.borrow();
			r.providers.contains(who) && !r.suspended.contains(who)
		})
	}
	fn is_active_researcher(_: &AccountId) -> bool {
		false
	}
	fn is_group_member(_: u32, _: &AccountId) -> bool {
		false
	}
	fn group_owner(_: u32) -> Option<AccountId> {
		None
	}
	fn groups_of(_: &AccountId) -> Vec<u32> {
		Vec::new()
	}
	fn participant_id(who: &AccountId) -> Option<ParticipantId> {
		REGISTRY.with(|r| r.borrow().ids.get(who).copied())
	}
	fn account_of(id: ParticipantId) -> Option<AccountId> {
		REGISTRY.with(|r| r.borrow().ids.iter().find(|(_, n)| **n == id).map(|(a, _)| *a))
	}
	fn query_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for MockRegistry {
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
	type BenchmarkHelper = MockRegistry;
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
			REGISTRY.with(|r| *r.borrow_mut() = Registry::default());
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
