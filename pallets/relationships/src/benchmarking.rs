//! Benchmarks of every call, at the worst case its bounds allow.

use super::*;
use frame::{
	benchmarking::prelude::*,
	traits::fungible::{InspectHold, Mutate},
};

const SEED: u32 = 0;

fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, SEED);
	// Enough for every deposit a benchmark takes, whatever the runtime's prices.
	let amount = Pallet::<T>::deposit_for(1_000, 1_000_000);
	T::Currency::set_balance(&who, amount.saturating_add(T::Currency::minimum_balance()));
	who
}

fn patient<T: Config>() -> T::AccountId {
	let who = funded::<T>("patient");
	T::BenchmarkHelper::register_patient(&who);
	who
}

fn provider<T: Config>(name: &'static str) -> T::AccountId {
	let who = funded::<T>(name);
	T::BenchmarkHelper::admit_provider(&who);
	who
}

/// The `n`th pointer's reference: unique, as a provider's are.
fn reference(n: u32) -> RecordRef {
	let mut reference = [0xab; 16];
	reference[..4].copy_from_slice(&n.to_le_bytes());
	reference
}

/// Opens a relationship holding `pointers` pointers, and acknowledges it so that the next
/// change flips its status too.
fn relationship_with<T: Config>(
	patient: &T::AccountId,
	provider: &T::AccountId,
	pointers: u32,
) -> Result<(), BenchmarkError> {
	Pallet::<T>::open_relationship(RawOrigin::Signed(provider.clone()).into(), patient.clone())?;
	for n in 0..pointers {
		Pallet::<T>::add_pointer(
			RawOrigin::Signed(provider.clone()).into(),
			patient.clone(),
			reference(n),
			category::ALL[(n as usize).checked_rem(category::ALL.len()).unwrap_or_default()],
			FieldSet::ALL,
			H256::repeat_byte(1),
		)?;
	}
	Pallet::<T>::acknowledge(RawOrigin::Signed(patient.clone()).into(), provider.clone())
		.map_err(|e| e.error)?;
	Ok(())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn open_relationship() {
		let patient = patient::<T>();
		let provider = provider::<T>("provider");

		#[extrinsic_call]
		_(RawOrigin::Signed(provider.clone()), patient.clone());

		assert!(Pallet::<T>::patient_summary(patient).len() == 1);
	}

	#[benchmark]
	fn invite_provider() {
		let patient = patient::<T>();
		let provider = provider::<T>("provider");

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), provider);

		assert!(Pallet::<T>::patient_summary(patient).len() == 1);
	}

	/// A relationship holding pointers already: the call's cost does not depend on how many.
	#[benchmark]
	fn add_pointer() -> Result<(), BenchmarkError> {
		let patient = patient::<T>();
		let provider = provider::<T>("provider");
		relationship_with::<T>(&patient, &provider, 8)?;

		#[extrinsic_call]
		_(
			RawOrigin::Signed(provider),
			patient.clone(),
			reference(u32::MAX),
			category::LABORATORY,
			FieldSet::ALL,
			H256::repeat_byte(2),
		);

		assert_eq!(Pallet::<T>::patient_summary(patient)[0].pointers, 9);
		Ok(())
	}

	#[benchmark]
	fn update_pointer() -> Result<(), BenchmarkError> {
		let patient = patient::<T>();
		let provider = provider::<T>("provider");
		relationship_with::<T>(&patient, &provider, 8)?;
		let pointer = NextPointerId::<T>::get().saturating_sub(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), pointer, H256::repeat_byte(2));

		assert_eq!(Pointers::<T>::get(pointer).map(|p| p.content_hash), Some(H256::repeat_byte(2)));
		Ok(())
	}

	#[benchmark]
	fn remove_pointer() -> Result<(), BenchmarkError> {
		let patient = patient::<T>();
		let provider = provider::<T>("provider");
		relationship_with::<T>(&patient, &provider, 8)?;
		let pointer = NextPointerId::<T>::get().saturating_sub(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), pointer);

		assert!(Pointers::<T>::get(pointer).is_none());
		Ok(())
	}

	#[benchmark]
	fn acknowledge() -> Result<(), BenchmarkError> {
		let patient = patient::<T>();
		let provider = provider::<T>("provider");
		Pallet::<T>::open_relationship(
			RawOrigin::Signed(provider.clone()).into(),
			patient.clone(),
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), provider);

		assert_eq!(
			Pallet::<T>::patient_summary(patient)[0].status,
			RelationshipStatus::Acknowledged
		);
		Ok(())
	}

	#[benchmark]
	fn reject() -> Result<(), BenchmarkError> {
		let patient = patient::<T>();
		let provider = provider::<T>("provider");
		Pallet::<T>::open_relationship(
			RawOrigin::Signed(provider.clone()).into(),
			patient.clone(),
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), provider);

		assert_eq!(Pallet::<T>::patient_summary(patient)[0].status, RelationshipStatus::Rejected);
		Ok(())
	}

	/// `p`: pointers the call removes (a longer history leaves the rest to `reap`).
	#[benchmark]
	fn terminate(p: Linear<0, { T::MaxRemovedAtOnce::get() }>) -> Result<(), BenchmarkError> {
		let patient = patient::<T>();
		let provider = provider::<T>("provider");
		relationship_with::<T>(&patient, &provider, p)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), provider);

		assert!(Pallet::<T>::patient_summary(patient).is_empty());
		assert_eq!(Pointers::<T>::iter().count(), 0);
		Ok(())
	}

	/// `p`: pointers the call removes, of an ended relationship that holds more.
	#[benchmark]
	fn reap(p: Linear<0, { T::MaxRemovedAtOnce::get() }>) -> Result<(), BenchmarkError> {
		let patient = patient::<T>();
		let provider = provider::<T>("provider");
		let at_once = T::MaxRemovedAtOnce::get();
		relationship_with::<T>(&patient, &provider, at_once.saturating_mul(2).saturating_add(1))?;
		Pallet::<T>::terminate(
			RawOrigin::Signed(patient.clone()).into(),
			patient.clone(),
			provider.clone(),
		)?;
		let patient_id = T::Registry::participant_id(&patient).expect("registered above; qed");
		let provider_id = T::Registry::participant_id(&provider).expect("admitted above; qed");
		let left = at_once.saturating_add(1);
		assert_eq!(Ending::<T>::get(patient_id, provider_id), Some(left));

		#[extrinsic_call]
		_(RawOrigin::Signed(funded::<T>("anyone")), patient, provider, p);

		assert_eq!(Ending::<T>::get(patient_id, provider_id), Some(left.saturating_sub(p)));
		Ok(())
	}

	#[benchmark]
	fn acknowledge_shared() {
		let patient = patient::<T>();
		let viewer = provider::<T>("viewer");
		let patient_id = T::Registry::participant_id(&patient).expect("registered above; qed");
		let grantee = Grantee::of::<T::Registry>(viewer.clone());
		<Pallet<T> as SharingNotifier<_>>::shared(&grantee, patient_id);

		#[extrinsic_call]
		_(RawOrigin::Signed(viewer), patient);

		assert!(SharedWith::<T>::get(&grantee, patient_id).is_some_and(|e| e.acknowledged));
	}

	#[benchmark]
	fn on_account_rotated() -> Result<(), BenchmarkError> {
		let patient = patient::<T>();
		let provider = provider::<T>("provider");
		relationship_with::<T>(&patient, &provider, 1)?;
		let new = funded::<T>("new");

		#[block]
		{
			<Pallet<T> as OnAccountRotated<_>>::on_account_rotated(&provider, &new);
		}

		let reason = HoldReason::Relationship.into();
		assert!(T::Currency::balance_on_hold(&reason, &provider).is_zero());
		assert!(!T::Currency::balance_on_hold(&reason, &new).is_zero());
		Ok(())
	}

	#[benchmark]
	fn record_query() -> Result<(), BenchmarkError> {
		let patient = patient::<T>();
		let provider = provider::<T>("provider");
		relationship_with::<T>(&patient, &provider, 8)?;
		let pointer = NextPointerId::<T>::get().saturating_sub(1);
		let pointer_patient = T::Registry::participant_id(&patient).expect("registered above");
		let found;

		#[block]
		{
			found = <Pallet<T> as RecordIndex>::pointer(pointer);
		}

		assert!(found.is_some_and(|p| p.patient == pointer_patient));
		Ok(())
	}

	#[benchmark]
	fn notify() {
		let viewer = Grantee::Account(account("viewer", 0, SEED));

		#[block]
		{
			<Pallet<T> as SharingNotifier<_>>::shared(&viewer, 0);
		}

		assert!(SharedWith::<T>::contains_key(&viewer, 0));
		assert!(SharedPending::<T>::contains_key(&viewer, 0));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder::build(), crate::mock::Test);
}
