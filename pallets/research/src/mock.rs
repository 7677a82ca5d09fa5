//! A test runtime with balances and the research pallet; the registry and the block author are
//! kept in memory. The consortium is root.

use crate as pallet_research;
use core::cell::RefCell;
use frame::{deps::sp_runtime::BuildStorage, testing_prelude::*};
use medrec_primitives::{GroupId, OnAccountRotated, ParticipantId, ParticipantRegistry};
use std::collections::{BTreeMap, BTreeSet};

pub type AccountId = u64;
pub type Balance = u128;

pub const ALICE: AccountId = 1; // a patient
pub const BOB: AccountId = 2; // a provider
pub const CAROL: AccountId = 3; // another provider
pub const RITA: AccountId = 4; // a researcher
pub const SAM: AccountId = 5; // another researcher
pub const COLLATOR_1: AccountId = 11; // Rita's collator
pub const COLLATOR_2: AccountId = 12; // Rita's second collator
pub const COLLATOR_3: AccountId = 13; // Sam's collator
pub const LONER: AccountId = 14; // a collator bound to nobody
pub const EVE: AccountId = 15; // registered as nothing
pub const FRESH: AccountId = 16; // an unused account, target of rotations

pub const DEPOSIT_PER_ITEM: Balance = 100;
pub const DEPOSIT_PER_BYTE: Balance = 1;
pub const CREDITS_PER_BLOCK: u64 = 10;
pub const REQUEST_COST: u64 = 25;
pub const FLOOR: u32 = 5;
pub const LIFETIME: u64 = 20;

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
	pub type Research = pallet_research;
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

/// Participants and the current block's author.
#[derive(Default)]
pub struct World {
	ids: BTreeMap<AccountId, ParticipantId>,
	patients: BTreeSet<AccountId>,
	providers: BTreeSet<AccountId>,
	researchers: BTreeSet<AccountId>,
	suspended: BTreeSet<AccountId>,
	author: Option<AccountId>,
}

thread_local! {
	pub static WORLD: RefCell<World> = RefCell::new(World::default());
}

fn with<R>(f: impl FnOnce(&mut World) -> R) -> R {
	WORLD.with(|w| f(&mut w.borrow_mut()))
}

fn number(who: AccountId) -> ParticipantId {
	with(|w| {
		let next = 100 + w.ids.len() as ParticipantId;
		*w.ids.entry(who).or_insert(next)
	})
}

pub fn register_patient(who: AccountId) {
	number(who);
	with(|w| w.patients.insert(who));
}

pub fn admit_provider(who: AccountId) {
	number(who);
	with(|w| w.providers.insert(who));
}

pub fn admit_researcher(who: AccountId) {
	number(who);
	with(|w| w.researchers.insert(who));
}

pub fn suspend(who: AccountId) {
	with(|w| w.suspended.insert(who));
}

pub fn id(who: AccountId) -> ParticipantId {
	with(|w| w.ids[&who])
}

pub fn set_author(who: Option<AccountId>) {
	with(|w| w.author = who);
}

/// What the registrar does on rotation: the number moves, then followers are told.
pub fn rotate(old: AccountId, new: AccountId) {
	with(|w| {
		let id = w.ids.remove(&old).expect("rotating a registered account");
		w.ids.insert(new, id);
		let World { patients, providers, researchers, .. } = w;
		for set in [patients, providers, researchers] {
			if set.remove(&old) {
				set.insert(new);
			}
		}
	});
	Research::on_account_rotated(&old, &new);
}

/// Authors blocks `from..=to`, each by the next of `authors` in turn, running the hook.
pub fn author_blocks(from: u64, to: u64, authors: &[Option<AccountId>]) {
	for (i, n) in (from..=to).enumerate() {
		System::set_block_number(n);
		set_author(authors[i % authors.len()]);
		Research::on_initialize(n);
	}
}

pub struct MockWorld;

impl ParticipantRegistry<AccountId> for MockWorld {
	fn is_patient(who: &AccountId) -> bool {
		with(|w| w.patients.contains(who))
	}
	fn is_active_provider(who: &AccountId) -> bool {
		with(|w| w.providers.contains(who) && !w.suspended.contains(who))
	}
	fn is_active_researcher(who: &AccountId) -> bool {
		with(|w| w.researchers.contains(who) && !w.suspended.contains(who))
	}
	fn is_group_member(_: GroupId, _: &AccountId) -> bool {
		false
	}
	fn group_owner(_: GroupId) -> Option<AccountId> {
		None
	}
	fn groups_of(_: &AccountId) -> Vec<GroupId> {
		Vec::new()
	}
	fn participant_id(who: &AccountId) -> Option<ParticipantId> {
		with(|w| w.ids.get(who).copied())
	}
	fn account_of(id: ParticipantId) -> Option<AccountId> {
		with(|w| w.ids.iter().find(|(_, n)| **n == id).map(|(a, _)| *a))
	}
	fn query_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
}

pub struct Author;
impl Get<Option<AccountId>> for Author {
	fn get() -> Option<AccountId> {
		with(|w| w.author)
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
	fn admit_researcher(who: &AccountId) {
		admit_researcher(*who);
	}
	fn set_author(who: &AccountId) {
		set_author(Some(*who));
	}
}

parameter_types! {
	pub const DepositPerItem: Balance = DEPOSIT_PER_ITEM;
	pub const DepositPerByte: Balance = DEPOSIT_PER_BYTE;
	pub const DefaultParameters: crate::Parameters<u64> = crate::Parameters {
		credits_per_block: CREDITS_PER_BLOCK,
		request_cost: REQUEST_COST,
		min_cohort_floor: FLOOR,
		request_lifetime: LIFETIME,
	};
}

impl pallet_research::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = MockWorld;
	type BlockAuthor = Author;
	type ConsortiumOrigin = frame_system::EnsureRoot<AccountId>;
	type DefaultParameters = DefaultParameters;
	type DepositPerItem = DepositPerItem;
	type DepositPerByte = DepositPerByte;
	type MaxCollatorsPerResearcher = ConstU32<2>;
	type MaxTargets = ConstU32<3>;
	type MaxTemplates = ConstU32<3>;
	type MaxConsents = ConstU32<2>;
	type WeightInfo = crate::weights::SubstrateWeight<Test>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockWorld;
}

/// Builds test state: funded accounts; Alice a patient, Bob and Carol providers, Rita and Sam
/// researchers; block 1 (so events are recorded); invariants checked after each test.
pub struct ExtBuilder;

impl ExtBuilder {
	pub fn build() -> TestState {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		let balances =
			[ALICE, BOB, CAROL, RITA, SAM, COLLATOR_1, COLLATOR_2, COLLATOR_3, LONER, EVE, FRESH]
				.into_iter()
				.map(|who| (who, 100_000))
				.collect();
		pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = TestState::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			WORLD.with(|w| *w.borrow_mut() = World::default());
			register_patient(ALICE);
			admit_provider(BOB);
			admit_provider(CAROL);
			admit_researcher(RITA);
			admit_researcher(SAM);
		});
		ext
	}

	/// Runs `test`, then checks the pallet's invariants.
	pub fn run(test: impl FnOnce()) {
		Self::build().execute_with(|| {
			test();
			Research::do_try_state().expect("research invariants hold");
		});
	}
}
