//! A test runtime with balances and the permissions pallet; the registry
//! (`medrec_primitives::testing`), the records and the viewer-side summary are kept in memory.
//! The consortium is root.

use crate as pallet_permissions;
use core::cell::RefCell;
use frame::{deps::sp_runtime::BuildStorage, testing_prelude::*};
pub use medrec_primitives::testing::{
	admit_provider, create_group, id, register_patient, AccountId, MockRegistry,
};
use medrec_primitives::{
	cohort::RelationshipActivity,
	records::{FieldSet, Grantee, PointerId, PointerInfo, RecordIndex, SharingNotifier},
	testing, GroupId, Hash, OnAccountRotated, ParticipantId,
};
use std::collections::{BTreeMap, BTreeSet};

pub type Balance = u128;

pub const ALICE: AccountId = 1; // a patient
pub const BOB: AccountId = 2; // a provider (General Hospital), certified for emergencies
pub const CAROL: AccountId = 3; // another provider (a lab)
pub const DAVE: AccountId = 4; // a doctor, registered as a patient too
pub const EVE: AccountId = 5; // a relative, not registered
pub const FRANK: AccountId = 6; // a guardian, not registered
pub const POOR: AccountId = 7; // a patient who cannot pay deposits
pub const NURSE: AccountId = 8; // in Bob's emergency department (group 0)
pub const FRESH: AccountId = 9; // an unused account, target of rotations

/// Bob's emergency department.
pub const ED: GroupId = 0;

/// Alice's pointers: at Bob's (category 7, fields 0–2) and at Carol's (category 9, fields
/// 0–1); and one of Dave's at Bob's.
pub const ALICE_AT_BOB: PointerId = 10;
pub const ALICE_AT_CAROL: PointerId = 11;
pub const DAVE_AT_BOB: PointerId = 12;
pub const DIABETES: u32 = 7;
pub const LABS: u32 = 9;

pub const DEPOSIT_PER_ITEM: Balance = 100;
pub const DEPOSIT_PER_BYTE: Balance = 1;
pub const EMERGENCY_DURATION: u64 = 10;
pub const EMERGENCY_WINDOW: u64 = 100;
pub const MAX_APPOINTED_TERM: u64 = 1_000;

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
	pub type Permissions = pallet_permissions;
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

/// The records outside the pallet (participants are `medrec_primitives::testing`'s): pointers,
/// inactive relationships, who is told of sharing.
#[derive(Default)]
pub struct World {
	pointers: BTreeMap<PointerId, PointerInfo>,
	inactive: BTreeSet<(ParticipantId, ParticipantId)>,
	/// (grantee, patient) pairs the viewer-side summary lists.
	pub shared: BTreeSet<(Grantee<AccountId>, ParticipantId)>,
}

thread_local! {
	pub static WORLD: RefCell<World> = RefCell::new(World::default());
}

fn with<R>(f: impl FnOnce(&mut World) -> R) -> R {
	WORLD.with(|w| f(&mut w.borrow_mut()))
}

pub fn add_pointer(
	id: PointerId,
	patient: AccountId,
	provider: AccountId,
	category: u32,
	fields: &[u8],
) {
	let info = PointerInfo {
		patient: self::id(patient),
		provider: self::id(provider),
		category,
		fields: FieldSet::from_codes(fields).expect("codes below 64"),
		content_hash: Hash::repeat_byte(id as u8),
	};
	let (patient, provider) = (info.patient, info.provider);
	with(|w| w.pointers.insert(id, info));
	// The relationships pallet tells of a relationship when it opens; here, with each pointer
	// (telling twice changes nothing).
	Permissions::activated(patient, provider);
}

/// The patient rejects the relationship (or it ends): its pointers are inactive, and the
/// relationships pallet says so.
pub fn deactivate(patient: AccountId, provider: AccountId) {
	let key = (id(patient), id(provider));
	with(|w| w.inactive.insert(key));
	Permissions::deactivated(key.0, key.1);
}

/// The patient takes a rejection back: the relationship is active again, and said so.
pub fn reactivate(patient: AccountId, provider: AccountId) {
	let key = (id(patient), id(provider));
	with(|w| w.inactive.remove(&key));
	Permissions::activated(key.0, key.1);
}

/// What the registrar does on rotation: the number moves, then followers are told.
pub fn rotate(old: AccountId, new: AccountId) {
	testing::rotate_registration(old, new);
	Permissions::on_account_rotated(&old, &new);
}

pub fn shared() -> BTreeSet<(Grantee<AccountId>, ParticipantId)> {
	with(|w| w.shared.clone())
}

pub struct MockWorld;

impl RecordIndex for MockWorld {
	fn pointer(id: PointerId) -> Option<PointerInfo> {
		with(|w| w.pointers.get(&id).cloned())
	}
	fn is_active(patient: ParticipantId, provider: ParticipantId) -> bool {
		with(|w| {
			w.pointers.values().any(|p| p.patient == patient && p.provider == provider)
				&& !w.inactive.contains(&(patient, provider))
		})
	}
	fn query_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
}

impl SharingNotifier<AccountId> for MockWorld {
	fn shared(viewer: &Grantee<AccountId>, patient: ParticipantId) {
		with(|w| w.shared.insert((viewer.clone(), patient)));
	}
	fn unshared(viewer: &Grantee<AccountId>, patient: ParticipantId) {
		with(|w| w.shared.remove(&(viewer.clone(), patient)));
	}
	fn notify_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
	fn sharing_with(viewer: &Grantee<AccountId>) -> Vec<ParticipantId> {
		with(|w| {
			w.shared
				.iter()
				.filter(|(v, _)| v == viewer)
				.map(|(_, patient)| *patient)
				.collect()
		})
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for MockWorld {
	fn register_patient(who: &AccountId) {
		register_patient(*who);
	}
	fn admit_provider(who: &AccountId) {
		admit_provider(*who);
	}
	fn pointer(patient: &AccountId, provider: &AccountId) -> PointerId {
		let id = with(|w| w.pointers.len() as PointerId + 1_000);
		add_pointer(id, *patient, *provider, DIABETES, &[0, 1, 2]);
		id
	}
	fn join_most_groups(who: &AccountId) -> GroupId {
		// The runtime's registrar allows 16 memberships; owners must be active providers.
		for group in 1_000..1_016 {
			let owner = 900 + u64::from(group - 1_000);
			admit_provider(owner);
			testing::join_group(group, owner, *who);
		}
		1_015
	}

	fn group(owner: &AccountId, member: &AccountId) -> GroupId {
		testing::join_group(2_000, *owner, *member);
		2_000
	}
}

parameter_types! {
	pub const DepositPerItem: Balance = DEPOSIT_PER_ITEM;
	pub const DepositPerByte: Balance = DEPOSIT_PER_BYTE;
}

impl pallet_permissions::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = MockRegistry;
	type Records = MockWorld;
	type Notifier = MockWorld;
	type ConsortiumOrigin = frame_system::EnsureRoot<AccountId>;
	type DepositPerItem = DepositPerItem;
	type DepositPerByte = DepositPerByte;
	type MaxGrantsPerPatient = ConstU32<8>;
	type MaxActiveRelationships = ConstU32<4>;
	type MaxGuardians = ConstU32<2>;
	type MaxAppointedTerm = ConstU64<MAX_APPOINTED_TERM>;
	type EmergencyDuration = ConstU64<EMERGENCY_DURATION>;
	type EmergencyWindow = ConstU64<EMERGENCY_WINDOW>;
	type MaxEmergenciesPerWindow = ConstU32<2>;
	type WeightInfo = crate::weights::SubstrateWeight<Test>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockWorld;
}

/// Builds test state: funded accounts; Alice, Dave and Poor patients; Bob and Carol providers
/// (Bob certified for emergencies, with the nurse in his emergency department); Alice's and
/// Dave's pointers; block 1 (so events are recorded); invariants checked after each test.
pub struct ExtBuilder;

impl ExtBuilder {
	pub fn build() -> TestState {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let balances = [ALICE, BOB, CAROL, DAVE, EVE, FRANK, NURSE, FRESH]
			.into_iter()
			.map(|who| (who, 100_000))
			.chain([(POOR, 1)])
			.collect();
		pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = TestState::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			WORLD.with(|w| *w.borrow_mut() = World::default());
			testing::reset();
			for who in [ALICE, DAVE, POOR] {
				register_patient(who);
			}
			for who in [BOB, CAROL] {
				admit_provider(who);
			}
			create_group(ED, BOB, &[NURSE]);
			add_pointer(ALICE_AT_BOB, ALICE, BOB, DIABETES, &[0, 1, 2]);
			add_pointer(ALICE_AT_CAROL, ALICE, CAROL, LABS, &[0, 1]);
			add_pointer(DAVE_AT_BOB, DAVE, BOB, DIABETES, &[0, 1, 2]);
		});
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn run(test: impl FnOnce()) {
		Self::build().execute_with(|| {
			test();
			Permissions::do_try_state().expect("permissions invariants hold");
		});
	}
}

pub fn go_to(n: u64) {
	System::set_block_number(n);
}
