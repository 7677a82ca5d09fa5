//! A test runtime with balances and the research pallet; the registry
//! (`medrec_primitives::testing`), the block author and patients' relationships with providers
//! are kept in memory. The consortium is root.

use crate as pallet_research;
use alloc::collections::BTreeMap;
use core::cell::{Cell, RefCell};
use frame::{deps::sp_runtime::BuildStorage, testing_prelude::*};
pub use medrec_primitives::testing::{
	admit_provider, admit_researcher, id, register_patient, suspend, AccountId, MockRegistry,
};
use medrec_primitives::{
	cohort::{ActiveRelationships, RelationshipActivity},
	testing, OnAccountRotated, ParticipantId,
};

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

thread_local! {
	/// The current block's author.
	static AUTHOR: Cell<Option<AccountId>> = const { Cell::new(None) };
	/// Relationships by (patient, provider): whether each is active (an invitation or a
	/// rejection is not).
	static RELATIONSHIPS: RefCell<BTreeMap<(ParticipantId, ParticipantId), bool>> =
		const { RefCell::new(BTreeMap::new()) };
}

/// Most relationships one patient may have, as the relationships pallet's bound.
pub const MAX_RELATIONSHIPS: u32 = 3;

/// What the relationships pallet does: stores the relationship between `patient` and
/// `provider` as `state` (`None`: none; `Some(active)`), then tells the research pallet if its
/// activity changed.
fn set_relationship(patient: AccountId, provider: AccountId, state: Option<bool>) {
	let key = (id(patient), id(provider));
	let was = RELATIONSHIPS.with(|r| {
		let mut r = r.borrow_mut();
		let was = r.get(&key).copied().unwrap_or(false);
		match state {
			Some(active) => r.insert(key, active),
			None => r.remove(&key),
		};
		let count = r.keys().filter(|(p, _)| *p == key.0).count() as u32;
		assert!(count <= MAX_RELATIONSHIPS, "a patient has at most {MAX_RELATIONSHIPS}");
		was
	});
	match (was, state.unwrap_or(false)) {
		(false, true) => Research::activated(key.0, key.1),
		(true, false) => Research::deactivated(key.0, key.1),
		_ => {},
	}
}

/// `provider` opens a relationship with `patient` (or one comes back into force).
pub fn link(patient: AccountId, provider: AccountId) {
	set_relationship(patient, provider, Some(true));
}

/// The relationship stops being active but stays (the patient rejected it), or is a patient's
/// invitation the provider has not accepted.
pub fn deactivate(patient: AccountId, provider: AccountId) {
	set_relationship(patient, provider, Some(false));
}

/// The relationship ends.
pub fn end(patient: AccountId, provider: AccountId) {
	set_relationship(patient, provider, None);
}

/// Patients' relationships as the relationships pallet would list them.
pub struct MockRelationships;

impl ActiveRelationships for MockRelationships {
	fn max_relationships() -> u32 {
		MAX_RELATIONSHIPS
	}
	fn active_providers(patient: ParticipantId) -> (Vec<ParticipantId>, u32) {
		RELATIONSHIPS.with(|r| {
			let of: Vec<_> = r
				.borrow()
				.iter()
				.filter(|((p, _), _)| *p == patient)
				.map(|((_, q), a)| (*q, *a))
				.collect();
			let read = of.len() as u32;
			(of.into_iter().filter(|(_, active)| *active).map(|(q, _)| q).collect(), read)
		})
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl medrec_primitives::cohort::ActiveRelationshipsBenchmarkHelper<AccountId>
	for MockRelationships
{
	fn activate(patient: &AccountId, provider: &AccountId) {
		link(*patient, *provider);
	}
}

pub fn set_author(who: Option<AccountId>) {
	AUTHOR.with(|a| a.set(who));
}

/// What the registrar does on rotation: the number moves, then followers are told.
pub fn rotate(old: AccountId, new: AccountId) {
	testing::rotate_registration(old, new);
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

pub struct Author;
impl Get<Option<AccountId>> for Author {
	fn get() -> Option<AccountId> {
		AUTHOR.with(|a| a.get())
	}
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
	type Registry = MockRegistry;
	type Relationships = MockRelationships;
	type BlockAuthor = Author;
	type ConsortiumOrigin = frame_system::EnsureRoot<AccountId>;
	type DefaultParameters = DefaultParameters;
	type DepositPerItem = DepositPerItem;
	type DepositPerByte = DepositPerByte;
	type MaxCollatorsPerResearcher = ConstU32<2>;
	type MaxTargets = ConstU32<3>;
	type MaxTemplates = ConstU32<3>;
	type MaxConsents = ConstU32<2>;
	type MaxParamsLen = ConstU32<8>;
	type WeightInfo = crate::weights::SubstrateWeight<Test>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
	#[cfg(feature = "runtime-benchmarks")]
	type RelationshipsBenchmarkHelper = MockRelationships;
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
			testing::reset();
			RELATIONSHIPS.with(|r| r.borrow_mut().clear());
			set_author(None);
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
