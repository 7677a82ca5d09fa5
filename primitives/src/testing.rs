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
	fn patient_id(who: &AccountId) -> Option<ParticipantId> {
		with(|r| r.patients.contains(who).then(|| r.ids.get(who).copied()).flatten())
	}
	fn account_of(id: ParticipantId) -> Option<AccountId> {
		with(|r| r.ids.iter().find(|(_, n)| **n == id).map(|(account, _)| *account))
	}
	fn query_weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
}

/// The storage items `f` reads, as its storage proofs show them. A proof of `f` yields every
/// item `f` read, and also small items (32 bytes or less) whose trie nodes sit inline in a
/// node `f` read; so each such item is checked again with its value made too large to sit
/// inline, where only a real read yields it. `f` runs once more per small item, on that
/// changed state (the values are put back after), so it must not panic on a value it cannot
/// decode. Reads of items that do not exist are not counted.
pub fn items_read<R>(
	ext: &mut polkadot_sdk::sp_io::TestExternalities,
	f: impl Fn() -> R,
) -> (R, Vec<Vec<u8>>) {
	use polkadot_sdk::{sp_io, sp_runtime::traits::BlakeTwo256, sp_trie};
	// Values longer than this are stored as nodes of their own (state version 1).
	const INLINE: usize = 32;
	// The proof's nodes are put in a database once; a key it yields is one whose whole trie
	// path is in it (a lookup that needs a missing node fails).
	let prove = |ext: &mut sp_io::TestExternalities, f: &dyn Fn()| {
		ext.commit_all().expect("an in-memory state commits");
		let root = *ext.backend.root();
		let ((), proof) = ext.execute_and_prove(f);
		let db = proof.into_memory_db::<BlakeTwo256>();
		move |key: &Vec<u8>| {
			sp_trie::read_trie_value::<sp_trie::LayoutV1<BlakeTwo256>, _>(
				&db, &root, key, None, None,
			)
			.is_ok_and(|value| value.is_some())
		}
	};
	let items = ext.execute_with(|| {
		let mut items = Vec::new();
		let mut key = Vec::new();
		while let Some(next) = sp_io::storage::next_key(&key) {
			let value = sp_io::storage::get(&next).map(|v| v.to_vec()).unwrap_or_default();
			items.push((next.clone(), value));
			key = next;
		}
		items
	});
	let result = core::cell::RefCell::new(None);
	let yields = prove(ext, &|| *result.borrow_mut() = Some(f()));
	let result = result.into_inner().expect("f ran");
	let mut read = Vec::new();
	for (key, value) in items.into_iter().filter(|(key, _)| yields(key)) {
		if value.len() > INLINE {
			read.push(key);
			continue;
		}
		let mut large = value.clone();
		large.resize(INLINE * 2, 0xff);
		ext.execute_with(|| sp_io::storage::set(&key, &large));
		let really = prove(ext, &|| {
			f();
		})(&key);
		ext.execute_with(|| sp_io::storage::set(&key, &value));
		if really {
			read.push(key);
		}
	}
	ext.commit_all().expect("an in-memory state commits");
	(result, read)
}
