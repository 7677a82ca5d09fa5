//! An in-memory [`ParticipantRegistry`] for pallets' unit tests (feature `testing`): what the
//! registrar would say, without the registrar. Accounts are `u64`, as in FRAME's test
//! runtimes; the registry is thread-local, so each test starts from [`reset`].

use crate::{BlockNumber, GroupId, Membership, ParticipantId, ParticipantRegistry};
use alloc::{
	collections::{BTreeMap, BTreeSet},
	vec::Vec,
};
use core::cell::RefCell;
use polkadot_sdk::sp_weights::Weight;

/// Accounts in test runtimes.
pub type AccountId = u64;

#[derive(Default)]
struct Registry {
	ids: BTreeMap<AccountId, ParticipantId>,
	patients: BTreeSet<AccountId>,
	providers: BTreeSet<AccountId>,
	researchers: BTreeSet<AccountId>,
	suspended: BTreeSet<AccountId>,
	/// Each group's owner and members, with the block each joined in.
	groups: BTreeMap<GroupId, (AccountId, BTreeMap<AccountId, BlockNumber>)>,
}

std::thread_local! {
	static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
}

fn with<R>(f: impl FnOnce(&mut Registry) -> R) -> R {
	REGISTRY.with(|r| f(&mut r.borrow_mut()))
}

/// Forgets everyone.
pub fn reset() {
	with(|r| *r = Registry::default());
}

/// The participant number of `who`, assigned at first registration. Numbers start at 100 and
/// so differ from account numbers: a mix-up of the two shows in tests.
fn number(who: AccountId) -> ParticipantId {
	with(|r| {
		let next = 100 + r.ids.len() as ParticipantId;
		*r.ids.entry(who).or_insert(next)
	})
}

/// Registers `who` as a patient.
pub fn register_patient(who: AccountId) {
	number(who);
	with(|r| r.patients.insert(who));
}

/// Admits `who` as a provider.
pub fn admit_provider(who: AccountId) {
	number(who);
	with(|r| r.providers.insert(who));
}

/// Admits `who` as a researcher.
pub fn admit_researcher(who: AccountId) {
	number(who);
	with(|r| r.researchers.insert(who));
}

/// Suspends `who`'s provider and researcher roles.
pub fn suspend(who: AccountId) {
	with(|r| r.suspended.insert(who));
}

/// Creates (or replaces) `group`, managed by `owner`, with `members` who joined in block 0.
pub fn create_group(group: GroupId, owner: AccountId, members: &[AccountId]) {
	with(|r| r.groups.insert(group, (owner, members.iter().map(|m| (*m, 0)).collect())));
}

/// Adds `who` to `group` in block 0, creating the group for `owner` if needed.
pub fn join_group(group: GroupId, owner: AccountId, who: AccountId) {
	join_group_at(group, owner, who, 0)
}

/// Adds `who` to `group` in block `since`, creating the group for `owner` if needed.
pub fn join_group_at(group: GroupId, owner: AccountId, who: AccountId, since: BlockNumber) {
	with(|r| r.groups.entry(group).or_insert((owner, BTreeMap::new())).1.insert(who, since));
}

/// Removes `who` from `group`.
pub fn leave_group(group: GroupId, who: AccountId) {
	with(|r| r.groups.get_mut(&group).map(|(_, members)| members.remove(&who)));
}

/// `who`'s participant number; panics if `who` never registered.
pub fn id(who: AccountId) -> ParticipantId {
	with(|r| r.ids[&who])
}

/// What the registrar's rotation does before telling the followers: the number and the roles
/// move from `old` to `new`. Call the pallet's `OnAccountRotated` after it.
pub fn rotate_registration(old: AccountId, new: AccountId) {
	with(|r| {
		let id = r.ids.remove(&old).expect("rotating a registered account");
		r.ids.insert(new, id);
		let Registry { patients, providers, researchers, .. } = r;
		for set in [patients, providers, researchers] {
			if set.remove(&old) {
				set.insert(new);
			}
		}
	});
}

/// The registry as pallets see it.
pub struct MockRegistry;

impl ParticipantRegistry<AccountId> for MockRegistry {
	fn is_patient(who: &AccountId) -> bool {
		with(|r| r.patients.contains(who))
	}
	fn is_active_provider(who: &AccountId) -> bool {
		with(|r| r.providers.contains(who) && !r.suspended.contains(who))
	}
	fn is_active_researcher(who: &AccountId) -> bool {
		with(|r| r.researchers.contains(who) && !r.suspended.contains(who))
	}
	fn is_group_member(group: GroupId, who: &AccountId) -> bool {
		with(|r| r.groups.get(&group).is_some_and(|(_, members)| members.contains_key(who)))
	}
	fn group_owner(group: GroupId) -> Option<AccountId> {
		with(|r| r.groups.get(&group).map(|(owner, _)| *owner))
	}
	fn groups_of(who: &AccountId) -> Vec<Membership> {
		let groups: Vec<(Membership, AccountId)> = with(|r| {
			r.groups
				.iter()
				.filter_map(|(group, (owner, members))| {
					Some((Membership { group: *group, since: *members.get(who)? }, *owner))
				})
				.collect()
		});
		// As the registrar: a group grants nothing while its owner is not an active provider.
		groups
			.into_iter()
			.filter(|(_, owner)| Self::is_active_provider(owner))
			.map(|(membership, _)| membership)
			.collect()
	}
	fn participant_id(who: &AccountId) -> Option<ParticipantId> {
		with(|r| r.ids.get(who).copied())
	}
	fn account_of(id: ParticipantId) -> Option<AccountId> {
		with(|r| r.ids.iter().find(|(_, n)| **n == id).map(|(account, _)| *account))
	}
	fn query_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
}
