//! The MedRec pallets.
//!
//! Deposits use the chain-wide price ([`medrec_primitives::currency::deposit`]): 0.2 MEDR per
//! item and 0.0001 MEDR per byte. Bounds are sized for real institutions: a provider's
//! gatekeeper URL fits 256 bytes, a care team 64 members, a relationship any number of record
//! pointers (a whole history), a patient 100 providers and 256 grants (16 to any one grantee) and 4 guardians.
//!
//! Emergency access lasts 4 hours; a certified provider (its account and its staff together)
//! may break the glass 20 times a day. A guardian the patient did not choose themselves — a
//! provider's proposal they accepted, or the consortium's appointment — serves at most a year
//! before someone decides again.
//!
//! Research mining starts at 10 credits per authored block and 100 credits per provider asked
//! (a collator authoring every 6-second block for a day earns 144,000 credits: 1,440 answers),
//! a cohort floor of 10 patients and requests open for a week; the consortium changes them with
//! `Research::set_parameters`.

use crate::{
	configs::ConsortiumOrRoot, AccountId, Authorship, Balance, Balances, Permissions, Registrar,
	Relationships, Research, Runtime, RuntimeEvent, RuntimeHoldReason,
};
use medrec_primitives::{
	currency::deposit,
	time::{DAYS, HOURS},
	BlockNumber,
};
use polkadot_sdk::frame_support::{
	parameter_types,
	traits::{ConstU32, Get},
};

parameter_types! {
	pub const DepositPerItem: Balance = deposit(1, 0);
	pub const DepositPerByte: Balance = deposit(0, 1);
}

impl pallet_registrar::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdmitOrigin = ConsortiumOrRoot;
	type DepositPerItem = DepositPerItem;
	type DepositPerByte = DepositPerByte;
	type MaxNameLen = ConstU32<128>;
	type MaxEndpointLen = ConstU32<256>;
	type MaxIdentifiers = ConstU32<8>;
	type MaxGroupMembers = ConstU32<64>;
	// A provider's admission, suspension or reinstatement rewrites every member card of its
	// groups (16 × 64 = 1,024), about 2.6 kB of estimated proof each: 2.7 MB, within the half
	// block a consortium motion may weigh (32 groups would not be).
	type MaxGroupsPerOwner = ConstU32<16>;
	type MaxMemberships = ConstU32<16>;
	type MaxReceiptsPerAnchor = ConstU32<1_000_000>;
	// Pallets that hold deposits from participants move them when an account rotates; the
	// rest of their state is keyed by participant numbers, which do not change.
	type OnAccountRotated = (Relationships, Permissions, Research);
	type WeightInfo = pallet_registrar::weights::SubstrateWeight<Runtime>;
}

impl pallet_relationships::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = Registrar;
	type DepositPerItem = DepositPerItem;
	type DepositPerByte = DepositPerByte;
	// A history has no cap; ending a relationship removes this many pointers in its own call
	// (about 3 ms of weight) and the rest in later blocks' idle time.
	type MaxRemovedAtOnce = ConstU32<64>;
	type MaxRelationshipsPerPatient = MaxRelationshipsPerPatient;
	// Research bounds each provider's answers by its consenting patients with an active
	// relationship, and counts them as relationships become and stop being active;
	// permissions keeps each patient's active providers in the record a decision reads.
	type OnActivityChange = (Research, Permissions);
	type WeightInfo = pallet_relationships::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_helpers::Participants;
}

parameter_types! {
	pub const EmergencyDuration: BlockNumber = 4 * HOURS;
	pub const EmergencyWindow: BlockNumber = DAYS;
	/// A guardianship the patient did not choose is decided again at least once a year.
	pub const MaxAppointedTerm: BlockNumber = 365 * DAYS;
	/// Most relationships one patient may have (so, most active ones).
	pub const MaxRelationshipsPerPatient: u32 = 100;
}

impl pallet_permissions::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = Registrar;
	type Records = Relationships;
	type Notifier = Relationships;
	type ConsortiumOrigin = ConsortiumOrRoot;
	type DepositPerItem = DepositPerItem;
	type DepositPerByte = DepositPerByte;
	type MaxGrantsPerPatient = ConstU32<256>;
	type MaxActiveRelationships = MaxRelationshipsPerPatient;
	type MaxGuardians = ConstU32<4>;
	type MaxAppointedTerm = MaxAppointedTerm;
	type EmergencyDuration = EmergencyDuration;
	type EmergencyWindow = EmergencyWindow;
	type MaxEmergenciesPerWindow = ConstU32<20>;
	type WeightInfo = pallet_permissions::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_helpers::Participants;
}

/// The author of the current block, as the authorship pallet finds it from the Aura digest and
/// the session's collators.
pub struct BlockAuthor;
impl Get<Option<AccountId>> for BlockAuthor {
	fn get() -> Option<AccountId> {
		Authorship::author()
	}
}

parameter_types! {
	pub const DefaultResearchParameters: pallet_research::Parameters<BlockNumber> =
		pallet_research::Parameters {
			credits_per_block: 10,
			request_cost: 100,
			min_cohort_floor: 10,
			request_lifetime: 7 * DAYS,
		};
}

impl pallet_research::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Registry = Registrar;
	type Relationships = Relationships;
	type BlockAuthor = BlockAuthor;
	type ConsortiumOrigin = ConsortiumOrRoot;
	type DefaultParameters = DefaultResearchParameters;
	type DepositPerItem = DepositPerItem;
	type DepositPerByte = DepositPerByte;
	type MaxCollatorsPerResearcher = ConstU32<8>;
	type MaxTargets = ConstU32<16>;
	type MaxTemplates = ConstU32<32>;
	type MaxConsents = ConstU32<64>;
	// A template's parameters are a code or a few values; 256 bytes leaves room for several.
	type MaxParamsLen = ConstU32<256>;
	type WeightInfo = pallet_research::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = benchmark_helpers::Participants;
	#[cfg(feature = "runtime-benchmarks")]
	type RelationshipsBenchmarkHelper = Relationships;
}

/// Registers participants through the registrar for other pallets' benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub mod benchmark_helpers {
	use crate::{AccountId, Balances, Registrar, Relationships, RuntimeOrigin};
	use medrec_primitives::records::{FieldSet, PointerId};
	use polkadot_sdk::{
		frame_benchmarking::account,
		frame_support::traits::{fungible::Mutate, Get},
		sp_core::H256,
	};

	/// Patients register themselves; providers are admitted by root, which the consortium's
	/// origin accepts.
	pub struct Participants;

	impl pallet_relationships::BenchmarkHelper<AccountId> for Participants {
		fn register_patient(who: &AccountId) {
			Registrar::register_patient(RuntimeOrigin::signed(who.clone()))
				.expect("benchmark accounts are funded for the registration deposit; qed");
		}

		fn admit_provider(who: &AccountId) {
			Registrar::admit(RuntimeOrigin::root(), who.clone(), pallet_registrar::Role::Provider)
				.expect("root admits any account not yet a provider; qed");
		}
	}

	impl pallet_permissions::BenchmarkHelper<AccountId> for Participants {
		fn register_patient(who: &AccountId) {
			<Self as pallet_relationships::BenchmarkHelper<_>>::register_patient(who)
		}

		fn admit_provider(who: &AccountId) {
			<Self as pallet_relationships::BenchmarkHelper<_>>::admit_provider(who)
		}

		fn pointer(patient: &AccountId, provider: &AccountId) -> PointerId {
			let next = pallet_relationships::NextPointerId::<crate::Runtime>::get();
			Relationships::open_relationship(
				RuntimeOrigin::signed(provider.clone()),
				patient.clone(),
			)
			.expect("a funded provider opens a relationship with a patient; qed");
			Relationships::add_pointer(
				RuntimeOrigin::signed(provider.clone()),
				patient.clone(),
				[1; 16],
				medrec_primitives::records::category::LABORATORY,
				FieldSet::ALL,
				H256::repeat_byte(1),
			)
			.expect("the relationship was just opened; qed");
			next
		}

		fn join_most_groups(who: &AccountId) -> medrec_primitives::GroupId {
			// The registrar's `MaxMemberships` groups, each of another provider.
			let most = <crate::Runtime as pallet_registrar::Config>::MaxMemberships::get();
			let mut last = 0;
			for n in 0..most {
				let owner: AccountId = account("group-owner", n, 0);
				Balances::set_balance(&owner, 1_000_000 * crate::UNIT);
				<Self as pallet_relationships::BenchmarkHelper<_>>::admit_provider(&owner);
				last = Self::group(&owner, who);
			}
			last
		}

		fn group(owner: &AccountId, member: &AccountId) -> medrec_primitives::GroupId {
			let group = pallet_registrar::NextGroupId::<crate::Runtime>::get();
			Registrar::create_group(RuntimeOrigin::signed(owner.clone()))
				.expect("a funded active provider creates a group; qed");
			Registrar::add_group_member(
				RuntimeOrigin::signed(owner.clone()),
				group,
				member.clone(),
			)
			.expect("a new group takes a first member; qed");
			group
		}
	}

	impl pallet_research::BenchmarkHelper<AccountId> for Participants {
		fn register_patient(who: &AccountId) {
			<Self as pallet_relationships::BenchmarkHelper<_>>::register_patient(who)
		}

		fn admit_provider(who: &AccountId) {
			<Self as pallet_relationships::BenchmarkHelper<_>>::admit_provider(who)
		}

		fn admit_researcher(who: &AccountId) {
			Registrar::admit(
				RuntimeOrigin::root(),
				who.clone(),
				pallet_registrar::Role::Researcher,
			)
			.expect("root admits any account not yet a researcher; qed");
		}

		fn set_author(who: &AccountId) {
			// What the authorship pallet memorises once it has read the block's digest.
			let key =
				polkadot_sdk::frame_support::storage::storage_prefix(b"Authorship", b"Author");
			polkadot_sdk::frame_support::storage::unhashed::put(&key, who);
		}
	}
}
