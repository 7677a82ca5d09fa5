//! Benchmarks of every registrar call, at the worst case its bounds allow.

use super::*;
use alloc::{vec, vec::Vec};
use frame::{benchmarking::prelude::*, traits::fungible::Mutate};

const SEED: u32 = 0;

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	// Enough for every deposit a benchmark takes, whatever the runtime's prices.
	let amount = Pallet::<T>::deposit_for(1_000, 100_000);
	T::Currency::set_balance(&who, amount.saturating_add(T::Currency::minimum_balance()));
	who
}

fn admit_origin<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::AdmitOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

fn patient<T: Config>(name: &'static str, index: u32) -> Result<T::AccountId, BenchmarkError> {
	let who = funded::<T>(name, index);
	Pallet::<T>::register_patient(RawOrigin::Signed(who.clone()).into())?;
	Ok(who)
}

fn provider<T: Config>(name: &'static str, index: u32) -> Result<T::AccountId, BenchmarkError> {
	let who = funded::<T>(name, index);
	Pallet::<T>::admit(admit_origin::<T>()?, who.clone(), Role::Provider)?;
	Ok(who)
}

fn identifier(n: u32) -> IdentifierHash {
	H256::from(blake2_256(&n.to_le_bytes()))
}

fn longest_profile<T: Config>() -> (Vec<u8>, Vec<u8>) {
	let name = vec![b'n'; T::MaxNameLen::get() as usize];
	let mut endpoint = b"https://".to_vec();
	endpoint.resize(T::MaxEndpointLen::get() as usize, b'e');
	(name, endpoint)
}

fn bind_identifiers<T: Config>(who: &T::AccountId, count: u32) -> Result<(), BenchmarkError> {
	for n in 0..count {
		Pallet::<T>::bind_identifier(RawOrigin::Signed(who.clone()).into(), identifier(n))?;
	}
	Ok(())
}

/// Gives `owner` `count` groups (the last one returned), creating the first if needed.
fn groups<T: Config>(owner: &T::AccountId, count: u32) -> Result<GroupId, BenchmarkError> {
	for _ in 0..count {
		Pallet::<T>::create_group(RawOrigin::Signed(owner.clone()).into())?;
	}
	Ok(NextGroupId::<T>::get().saturating_sub(1))
}

fn add_members<T: Config>(
	owner: &T::AccountId,
	group: GroupId,
	count: u32,
) -> Result<(), BenchmarkError> {
	for n in 0..count {
		let member: T::AccountId = account("member", n, SEED);
		Pallet::<T>::add_group_member(RawOrigin::Signed(owner.clone()).into(), group, member)?;
	}
	Ok(())
}

/// Gives `owner` as many groups as it takes for `count` members in all, full but the last.
/// Members are written straight to storage (a card and a member entry each, as
/// `add_group_member` writes them, without its deposits): thousands of calls per step would
/// make the benchmark slow without changing what it measures.
fn staffed<T: Config>(owner: &T::AccountId, count: u32) -> Result<(), BenchmarkError> {
	let per_group = T::MaxGroupMembers::get().max(1);
	let mut added = 0u32;
	while added < count {
		let group = groups::<T>(owner, 1)?;
		let members = per_group.min(count.saturating_sub(added));
		for _ in 0..members {
			let member: T::AccountId = account("staff", added, SEED);
			let membership = CardMembership { group, since: 0, owner_active: true };
			let mut card = Card::default();
			card.memberships.try_push(membership).map_err(|_| BenchmarkError::Weightless)?;
			Cards::<T>::insert(&member, card);
			GroupMembers::<T>::insert(group, &member, ());
			added = added.saturating_add(1);
		}
		Groups::<T>::mutate(group, |g| {
			if let Some(g) = g {
				g.members = members;
			}
		});
	}
	Ok(())
}

/// Whether every member of `owner`'s groups is told the owner is `active`.
fn members_told<T: Config>(owner: &T::AccountId, active: bool) -> bool {
	GroupsOwnedBy::<T>::get(owner).into_iter().all(|group| {
		GroupMembers::<T>::iter_key_prefix(group).all(|member| {
			Cards::<T>::get(&member).is_some_and(|card| {
				card.memberships.iter().any(|m| m.group == group && m.owner_active == active)
			})
		})
	})
}

/// Makes `who` a member of `count` groups of other providers.
fn memberships<T: Config>(who: &T::AccountId, count: u32) -> Result<(), BenchmarkError> {
	let per_owner = T::MaxGroupsPerOwner::get().max(1);
	let (mut made, mut owner_index) = (0u32, 0u32);
	while made < count {
		let owner = provider::<T>("owner", owner_index)?;
		owner_index = owner_index.saturating_add(1);
		for _ in 0..per_owner.min(count.saturating_sub(made)) {
			let group = groups::<T>(&owner, 1)?;
			Pallet::<T>::add_group_member(
				RawOrigin::Signed(owner.clone()).into(),
				group,
				who.clone(),
			)?;
			made = made.saturating_add(1);
		}
	}
	Ok(())
}

/// A provider with `i` identifiers, `g` groups and `m` memberships, and a funded new account.
fn rotation_setup<T: Config>(
	i: u32,
	g: u32,
	m: u32,
) -> Result<(T::AccountId, T::AccountId), BenchmarkError> {
	let old = provider::<T>("old", 0)?;
	bind_identifiers::<T>(&old, i)?;
	groups::<T>(&old, g)?;
	memberships::<T>(&old, m)?;
	Ok((old, funded::<T>("new", 0)))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_patient() {
		let who = funded::<T>("patient", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(Pallet::<T>::is_patient(&who));
	}

	#[benchmark]
	fn deregister(i: Linear<0, { T::MaxIdentifiers::get() }>) -> Result<(), BenchmarkError> {
		let who = patient::<T>("patient", 0)?;
		bind_identifiers::<T>(&who, i)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Participants::<T>::contains_key(&who));
		Ok(())
	}

	/// `m`: members of the groups the account still owns from an earlier provider role, each
	/// told that the owner is active again. The proof size is measured: the largest encoding
	/// of `m` cards would overstate it many times.
	#[benchmark(pov_mode = Measured)]
	fn admit(m: Linear<0, { Pallet::<T>::max_members_owned() }>) -> Result<(), BenchmarkError> {
		let who = provider::<T>("provider", 0)?;
		staffed::<T>(&who, m)?;
		Pallet::<T>::revoke_role(admit_origin::<T>()?, who.clone(), Role::Provider)?;
		let origin = admit_origin::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), Role::Provider);
		assert!(Pallet::<T>::is_active_provider(&who));
		assert!(members_told::<T>(&who, true));
		Ok(())
	}

	/// `i`: identifiers; `m`: members of the provider's groups, each told.
	#[benchmark(pov_mode = Measured)]
	fn revoke_role(
		i: Linear<0, { T::MaxIdentifiers::get() }>,
		m: Linear<0, { Pallet::<T>::max_members_owned() }>,
	) -> Result<(), BenchmarkError> {
		// Worst case: the provider's last role, so the profile, the registration and `i`
		// identifiers go.
		let who = provider::<T>("provider", 0)?;
		bind_identifiers::<T>(&who, i)?;
		staffed::<T>(&who, m)?;
		let (name, endpoint) = longest_profile::<T>();
		Pallet::<T>::set_provider_profile(
			RawOrigin::Signed(who.clone()).into(),
			name,
			endpoint,
			[1; 32],
		)?;
		let origin = admit_origin::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), Role::Provider);
		assert!(!ProviderProfiles::<T>::contains_key(&who));
		assert!(!Participants::<T>::contains_key(&who));
		assert!(members_told::<T>(&who, false));
		Ok(())
	}

	/// `m`: members of the provider's groups, each told.
	#[benchmark(pov_mode = Measured)]
	fn suspend(m: Linear<0, { Pallet::<T>::max_members_owned() }>) -> Result<(), BenchmarkError> {
		let who = provider::<T>("provider", 0)?;
		staffed::<T>(&who, m)?;
		let origin = admit_origin::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), 1);
		assert!(!Pallet::<T>::is_active_provider(&who));
		assert!(members_told::<T>(&who, false));
		Ok(())
	}

	/// `m`: members of the provider's groups, each told.
	#[benchmark(pov_mode = Measured)]
	fn reinstate(m: Linear<0, { Pallet::<T>::max_members_owned() }>) -> Result<(), BenchmarkError> {
		let who = provider::<T>("provider", 0)?;
		staffed::<T>(&who, m)?;
		Pallet::<T>::suspend(admit_origin::<T>()?, who.clone(), 1)?;
		let origin = admit_origin::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert!(Pallet::<T>::is_active_provider(&who));
		assert!(members_told::<T>(&who, true));
		Ok(())
	}

	#[benchmark]
	fn set_provider_profile() -> Result<(), BenchmarkError> {
		let who = provider::<T>("provider", 0)?;
		let (name, endpoint) = longest_profile::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), name, endpoint, [1; 32]);
		assert!(ProviderProfiles::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn force_set_provider_profile() -> Result<(), BenchmarkError> {
		let who = provider::<T>("provider", 0)?;
		let (name, endpoint) = longest_profile::<T>();
		let origin = admit_origin::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), name, endpoint, [1; 32]);
		assert!(ProviderProfiles::<T>::contains_key(&who));
		Ok(())
	}

	#[benchmark]
	fn bind_identifier() -> Result<(), BenchmarkError> {
		let who = patient::<T>("patient", 0)?;
		let bound = T::MaxIdentifiers::get().saturating_sub(1);
		bind_identifiers::<T>(&who, bound)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), identifier(bound));
		assert_eq!(IdentifierOwner::<T>::get(identifier(bound)), Some(who));
		Ok(())
	}

	#[benchmark]
	fn unbind_identifier() -> Result<(), BenchmarkError> {
		let who = patient::<T>("patient", 0)?;
		let count = T::MaxIdentifiers::get().max(1);
		bind_identifiers::<T>(&who, count)?;
		let last = identifier(count.saturating_sub(1));
		#[extrinsic_call]
		_(RawOrigin::Signed(who), last);
		assert!(!IdentifierOwner::<T>::contains_key(last));
		Ok(())
	}

	#[benchmark]
	fn create_group() -> Result<(), BenchmarkError> {
		let owner = provider::<T>("provider", 0)?;
		groups::<T>(&owner, T::MaxGroupsPerOwner::get().saturating_sub(1))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()));
		assert_eq!(GroupsOwnedBy::<T>::get(&owner).len() as u32, T::MaxGroupsPerOwner::get());
		Ok(())
	}

	#[benchmark]
	fn add_group_member() -> Result<(), BenchmarkError> {
		let owner = provider::<T>("provider", 0)?;
		let group = groups::<T>(&owner, 1)?;
		add_members::<T>(&owner, group, T::MaxGroupMembers::get().saturating_sub(1))?;
		let who: T::AccountId = account("newcomer", 0, SEED);
		memberships::<T>(&who, T::MaxMemberships::get().saturating_sub(1))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), group, who.clone());
		assert!(Pallet::<T>::is_group_member(group, &who));
		Ok(())
	}

	#[benchmark]
	fn remove_group_member() -> Result<(), BenchmarkError> {
		let owner = provider::<T>("provider", 0)?;
		let who: T::AccountId = account("leaver", 0, SEED);
		memberships::<T>(&who, T::MaxMemberships::get().saturating_sub(1))?;
		let group = groups::<T>(&owner, 1)?;
		add_members::<T>(&owner, group, T::MaxGroupMembers::get().saturating_sub(1))?;
		Pallet::<T>::add_group_member(RawOrigin::Signed(owner.clone()).into(), group, who.clone())?;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), group, who.clone());
		assert!(!Pallet::<T>::is_group_member(group, &who));
		Ok(())
	}

	#[benchmark]
	fn dissolve_group(m: Linear<0, { T::MaxGroupMembers::get() }>) -> Result<(), BenchmarkError> {
		let owner = provider::<T>("provider", 0)?;
		let group = groups::<T>(&owner, 1)?;
		add_members::<T>(&owner, group, m)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), group);
		assert!(!Groups::<T>::contains_key(group));
		Ok(())
	}

	#[benchmark]
	fn rotate_account(
		i: Linear<0, { T::MaxIdentifiers::get() }>,
		g: Linear<0, { T::MaxGroupsPerOwner::get() }>,
		m: Linear<0, { T::MaxMemberships::get() }>,
	) -> Result<(), BenchmarkError> {
		let (old, new) = rotation_setup::<T>(i, g, m)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(old.clone()), new.clone());
		assert!(Pallet::<T>::is_active_provider(&new) && !Participants::<T>::contains_key(&old));
		Ok(())
	}

	#[benchmark]
	fn force_rotate_account(
		i: Linear<0, { T::MaxIdentifiers::get() }>,
		g: Linear<0, { T::MaxGroupsPerOwner::get() }>,
		m: Linear<0, { T::MaxMemberships::get() }>,
	) -> Result<(), BenchmarkError> {
		let (old, new) = rotation_setup::<T>(i, g, m)?;
		let origin = admit_origin::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, old.clone(), new.clone());
		assert!(Pallet::<T>::is_active_provider(&new));
		Ok(())
	}

	#[benchmark]
	fn registry_query() -> Result<(), BenchmarkError> {
		let who = provider::<T>("provider", 0)?;
		let active;
		#[block]
		{
			active = Pallet::<T>::is_active_provider(&who);
		}
		assert!(active);
		Ok(())
	}

	#[benchmark]
	fn anchor_receipts() -> Result<(), BenchmarkError> {
		let who = provider::<T>("provider", 0)?;
		// Not the first anchor: the totals exist and are updated.
		Pallet::<T>::anchor_receipts(
			RawOrigin::Signed(who.clone()).into(),
			0,
			1,
			H256::repeat_byte(1),
		)?;
		let count = T::MaxReceiptsPerAnchor::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), 1, count, H256::repeat_byte(2));
		assert_eq!(Pallet::<T>::anchor_totals(&who).anchors, 2);
		Ok(())
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
