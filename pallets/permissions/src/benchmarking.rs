//! Benchmarks of every call at its worst case, and of the access decision with a patient
//! holding from one to `MaxGrantsPerPatient` grants.

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

fn admitted_provider<T: Config>(name: &'static str) -> T::AccountId {
	let who = funded::<T>(name);
	T::BenchmarkHelper::admit_provider(&who);
	who
}

fn consortium<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::ConsortiumOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// A patient with a pointer at a provider, and a registered viewer (the worst case: known by
/// participant number and by account).
fn scene<T: Config>() -> (T::AccountId, T::AccountId, T::AccountId, PointerId) {
	let patient = patient::<T>();
	let provider = admitted_provider::<T>("provider");
	let pointer = T::BenchmarkHelper::pointer(&patient, &provider);
	let viewer = admitted_provider::<T>("viewer");
	(patient, provider, viewer, pointer)
}

/// `count` grants from `patient` to other accounts.
fn grants_to_others<T: Config>(patient: &T::AccountId, count: u32) -> Result<(), BenchmarkError> {
	for n in 0..count {
		let other: T::AccountId = account("other", n, SEED);
		Pallet::<T>::grant(
			RawOrigin::Signed(patient.clone()).into(),
			None,
			Grantee::Account(other),
			Scope::Record,
			None,
			None,
			0,
		)?;
	}
	Ok(())
}

/// Fills the patient's list for `viewer` up to one below the bound.
fn grants_to<T: Config>(
	patient: &T::AccountId,
	viewer: &T::AccountId,
	pointer: PointerId,
) -> Result<(), BenchmarkError> {
	for _ in 1..T::MaxGrantsPerGrantee::get() {
		Pallet::<T>::grant(
			RawOrigin::Signed(patient.clone()).into(),
			None,
			Grantee::Account(viewer.clone()),
			Scope::Fields(pointer, FieldSet(1)),
			None,
			None,
			0,
		)?;
	}
	Ok(())
}

fn manage<T: Config>(patient: &T::AccountId) -> Result<T::AccountId, BenchmarkError> {
	let guardian = funded::<T>("guardian");
	Pallet::<T>::add_guardian(
		RawOrigin::Signed(patient.clone()).into(),
		guardian.clone(),
		GuardianPowers::ManageSharing,
		None,
	)?;
	Ok(guardian)
}

/// `count` guardians proposed by `provider` to `patient`; returns the last one.
fn proposals<T: Config>(
	patient: &T::AccountId,
	provider: &T::AccountId,
	count: u32,
) -> Result<T::AccountId, BenchmarkError> {
	let mut last: T::AccountId = account("proposed", 0, SEED);
	for n in 0..count {
		last = account("proposed", n, SEED);
		Pallet::<T>::propose_guardian(
			RawOrigin::Signed(provider.clone()).into(),
			patient.clone(),
			last.clone(),
			GuardianPowers::ManageSharing,
			1_000u32.into(),
		)?;
	}
	Ok(last)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// By a guardian, for a pointer scope, into a nearly full list: every check runs.
	#[benchmark]
	fn grant() -> Result<(), BenchmarkError> {
		let (patient, _, viewer, pointer) = scene::<T>();
		grants_to::<T>(&patient, &viewer, pointer)?;
		let guardian = manage::<T>(&patient)?;

		#[extrinsic_call]
		_(
			RawOrigin::Signed(guardian),
			Some(patient.clone()),
			Grantee::Account(viewer),
			Scope::Fields(pointer, FieldSet::ALL),
			None,
			Some(1_000u32.into()),
			1,
		);

		assert_eq!(Pallet::<T>::grants_of(&patient).len() as u32, T::MaxGrantsPerGrantee::get());
		Ok(())
	}

	/// By a guardian, the last grant of a full list.
	#[benchmark]
	fn revoke() -> Result<(), BenchmarkError> {
		let (patient, _, viewer, pointer) = scene::<T>();
		grants_to::<T>(&patient, &viewer, pointer)?;
		let guardian = manage::<T>(&patient)?;
		let last = NextGrantId::<T>::get().saturating_sub(1);

		#[extrinsic_call]
		_(RawOrigin::Signed(guardian), last);

		assert!(Grants::<T>::get(last).is_none());
		Ok(())
	}

	#[benchmark]
	fn remove_expired() -> Result<(), BenchmarkError> {
		let (patient, _, viewer, pointer) = scene::<T>();
		grants_to::<T>(&patient, &viewer, pointer)?;
		Pallet::<T>::grant(
			RawOrigin::Signed(patient.clone()).into(),
			None,
			Grantee::Account(viewer),
			Scope::Record,
			None,
			Some(frame_system::Pallet::<T>::block_number().saturating_add(1u32.into())),
			0,
		)?;
		let last = NextGrantId::<T>::get().saturating_sub(1);
		frame_system::Pallet::<T>::set_block_number(1_000u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(patient), last);

		assert!(Grants::<T>::get(last).is_none());
		Ok(())
	}

	#[benchmark]
	fn add_guardian() {
		let patient = patient::<T>();
		let guardian: T::AccountId = account("guardian", 0, SEED);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(patient.clone()),
			guardian.clone(),
			GuardianPowers::ManageSharing,
			Some(1_000u32.into()),
		);

		let id = T::Registry::participant_id(&patient).expect("registered above; qed");
		assert!(Guardians::<T>::contains_key(id, guardian));
	}

	#[benchmark]
	fn appoint_guardian() -> Result<(), BenchmarkError> {
		let patient = patient::<T>();
		let guardian: T::AccountId = account("guardian", 0, SEED);
		let origin = consortium::<T>()?;

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			patient.clone(),
			guardian.clone(),
			GuardianPowers::View,
			1_000u32.into(),
			AppointmentBasis::Minor,
		);

		let id = T::Registry::participant_id(&patient).expect("registered above; qed");
		assert!(Guardians::<T>::contains_key(id, guardian));
		Ok(())
	}

	/// Into a list one short of full: the relationship check, the duplicate scan, the deposit.
	#[benchmark]
	fn propose_guardian() -> Result<(), BenchmarkError> {
		let (patient, provider, _, _) = scene::<T>();
		proposals::<T>(&patient, &provider, T::MaxGuardians::get().saturating_sub(1))?;
		let guardian: T::AccountId = account("guardian", 0, SEED);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(provider),
			patient.clone(),
			guardian,
			GuardianPowers::ManageSharing,
			1_000u32.into(),
		);

		let id = T::Registry::participant_id(&patient).expect("registered above; qed");
		assert_eq!(GuardianProposals::<T>::get(id).len() as u32, T::MaxGuardians::get());
		Ok(())
	}

	/// The last proposal of a full list.
	#[benchmark]
	fn accept_guardian() -> Result<(), BenchmarkError> {
		let (patient, provider, _, _) = scene::<T>();
		let last = proposals::<T>(&patient, &provider, T::MaxGuardians::get())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), last.clone());

		let id = T::Registry::participant_id(&patient).expect("registered above; qed");
		assert!(Guardians::<T>::contains_key(id, last));
		Ok(())
	}

	/// The provider withdraws the last proposal of a full list.
	#[benchmark]
	fn decline_guardian() -> Result<(), BenchmarkError> {
		let (patient, provider, _, _) = scene::<T>();
		let last = proposals::<T>(&patient, &provider, T::MaxGuardians::get())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), patient.clone(), last);

		let id = T::Registry::participant_id(&patient).expect("registered above; qed");
		assert_eq!(
			GuardianProposals::<T>::get(id).len() as u32,
			T::MaxGuardians::get().saturating_sub(1)
		);
		Ok(())
	}

	/// A guardianship a provider proposed: the deposit goes back to the provider.
	#[benchmark]
	fn remove_guardian() -> Result<(), BenchmarkError> {
		let (patient, provider, _, _) = scene::<T>();
		let guardian = proposals::<T>(&patient, &provider, 1)?;
		Pallet::<T>::accept_guardian(RawOrigin::Signed(patient.clone()).into(), guardian.clone())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), guardian.clone());

		let id = T::Registry::participant_id(&patient).expect("registered above; qed");
		assert!(!Guardians::<T>::contains_key(id, guardian));
		Ok(())
	}

	#[benchmark]
	fn certify_emergency() -> Result<(), BenchmarkError> {
		let provider = admitted_provider::<T>("provider");
		let origin = consortium::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, provider.clone(), true);

		let id = T::Registry::participant_id(&provider).expect("admitted above; qed");
		assert!(EmergencyCertified::<T>::contains_key(id));
		Ok(())
	}

	/// By a member of the provider's group: the group's owner and membership are read too.
	#[benchmark]
	fn break_glass() -> Result<(), BenchmarkError> {
		let (patient, provider, _, _) = scene::<T>();
		Pallet::<T>::certify_emergency(consortium::<T>()?, provider.clone(), true)?;
		let physician: T::AccountId = account("physician", 0, SEED);
		let group = T::BenchmarkHelper::group(&provider, &physician);

		#[extrinsic_call]
		_(RawOrigin::Signed(physician.clone()), patient.clone(), 1, Some(group));

		let opened = Pallet::<T>::emergencies_of(&patient);
		assert_eq!(opened.len(), 1);
		assert_eq!(opened[0].opened_by, physician);
		Ok(())
	}

	/// Accepted: the record goes and the deposit comes back.
	#[benchmark]
	fn review_emergency() -> Result<(), BenchmarkError> {
		let (patient, provider, _, _) = scene::<T>();
		Pallet::<T>::certify_emergency(consortium::<T>()?, provider.clone(), true)?;
		Pallet::<T>::break_glass(RawOrigin::Signed(provider).into(), patient.clone(), 1, None)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), 0, false);

		assert!(Pallet::<T>::emergencies_of(&patient).is_empty());
		Ok(())
	}

	#[benchmark]
	fn close_emergency() -> Result<(), BenchmarkError> {
		let (patient, provider, _, _) = scene::<T>();
		Pallet::<T>::certify_emergency(consortium::<T>()?, provider.clone(), true)?;
		Pallet::<T>::break_glass(RawOrigin::Signed(provider).into(), patient.clone(), 1, None)?;
		Pallet::<T>::review_emergency(RawOrigin::Signed(patient).into(), 0, true)?;
		let origin = consortium::<T>()?;

		#[extrinsic_call]
		close_contested(origin as T::RuntimeOrigin, 0);

		assert!(Emergencies::<T>::get(0).is_none());
		Ok(())
	}

	#[benchmark]
	fn on_account_rotated() -> Result<(), BenchmarkError> {
		let patient = patient::<T>();
		grants_to_others::<T>(&patient, 1)?;
		let new = funded::<T>("new");

		#[block]
		{
			<Pallet<T> as OnAccountRotated<_>>::on_account_rotated(&patient, &new);
		}

		let reason = HoldReason::Permission.into();
		assert!(T::Currency::balance_on_hold(&reason, &patient).is_zero());
		Ok(())
	}

	/// `g`: the patient's grants. The decision's reads must not depend on it: the viewer is in
	/// the most groups, known by number and account, and has a nearly full list.
	#[benchmark]
	fn can_access(g: Linear<1, { T::MaxGrantsPerPatient::get() }>) -> Result<(), BenchmarkError> {
		let (patient, _, viewer, pointer) = scene::<T>();
		T::BenchmarkHelper::join_most_groups(&viewer);
		grants_to::<T>(&patient, &viewer, pointer)?;
		let others = g.saturating_sub(T::MaxGrantsPerGrantee::get().saturating_sub(1));
		grants_to_others::<T>(&patient, others)?;
		let now = frame_system::Pallet::<T>::block_number();
		let decision;

		#[block]
		{
			decision = Pallet::<T>::can_access(&viewer, &patient, pointer, FieldSet::ALL, now);
		}

		assert_eq!(decision, Ok(FieldSet(1)));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder::build(), crate::mock::Test);
}
