//! A test runtime with balances and the relationships pallet, a registry kept in memory, and a
//! recorder of what the pallet reports through `RelationshipActivity`.

use crate as pallet_relationships;
use alloc::collections::BTreeSet;
use core::cell::RefCell;
use frame::{deps::sp_runtime::BuildStorage, testing_prelude::*};
pub use medrec_primitives::testing::{
	admit_provider, id, register_patient, suspend, AccountId, MockRegistry,
};
use medrec_primitives::{cohort::RelationshipActivity, testing, OnAccountRotated, ParticipantId};

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

/// One report through `RelationshipActivity`: (patient, provider, active now).
pub type Report = (ParticipantId, ParticipantId, bool);

#[derive(Default)]
struct Activity {
	/// The active relationships, as the reports so far say.
	active: BTreeSet<(ParticipantId, ParticipantId)>,
	/// The reports not yet taken by a test.
	reports: Vec<Report>,
	/// A report that changed nothing (activated twice, deactivated while inactive).
	redundant: Option<Report>,
}

thread_local! {
	static ACTIVITY: RefCell<Activity> = RefCell::new(Activity::default());
}

/// What the research pallet would be told: kept to check that the reports follow the
/// relationships' activity exactly.
pub struct ActivityRecorder;

impl ActivityRecorder {
	fn report(patient: ParticipantId, provider: ParticipantId, active: bool) {
		ACTIVITY.with(|a| {
			let mut a = a.borrow_mut();
			let changed = if active {
				a.active.insert((patient, provider))
			} else {
				a.active.remove(&(patient, provider))
			};
			if !changed {
				a.redundant.get_or_insert((patient, provider, active));
			}
			a.reports.push((patient, provider, active));
		});
	}
}

impl RelationshipActivity for ActivityRecorder {
	fn activated(patient: ParticipantId, provider: ParticipantId) {
		Self::report(patient, provider, true);
	}
	fn deactivated(patient: ParticipantId, provider: ParticipantId) {
		Self::report(patient, provider, false);
	}
	fn activity_weight() -> Weight {
		Weight::from_parts(7_000, 70)
	}
}

/// The reports since the last call, oldest first.
pub fn take_reports() -> Vec<Report> {
	ACTIVITY.with(|a| core::mem::take(&mut a.borrow_mut().reports))
}

/// Checks that the reports add up to the relationships that are active: every change of
/// activity reported once, nothing else.
pub fn check_reports() {
	let (active, redundant) = ACTIVITY.with(|a| (a.borrow().active.clone(), a.borrow().redundant));
	assert_eq!(redundant, None, "a report that changed nothing");
	let stored: BTreeSet<_> = crate::RelationshipsOf::<Test>::iter()
		.filter(|(_, _, r)| r.status.is_active())
		.map(|(patient, provider, _)| (patient, provider))
		.collect();
	assert_eq!(active, stored, "the reports disagree with the active relationships");
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
	type MaxRemovedAtOnce = ConstU32<3>;
	type MaxRelationshipsPerPatient = ConstU32<2>;
	type OnActivityChange = ActivityRecorder;
	type WeightInfo = crate::weights::SubstrateWeight<Test>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// Builds test state: funded accounts, Alice and Dave patients, Bob and Carol providers, block
/// 1 (so events are recorded), and the pallet's invariants and its activity reports checked
/// after each test.
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
			ACTIVITY.with(|a| *a.borrow_mut() = Activity::default());
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
			check_reports();
		});
	}
}

/// Advances to block `n`.
pub fn go_to(n: u64) {
	System::set_block_number(n);
}
