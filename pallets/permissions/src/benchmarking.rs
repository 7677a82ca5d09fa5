//! Benchmarks of every call at its worst case, and of the access decision with a patient
//! holding from one to `MaxGrantsPerPatient` grants.
//!
//! The calls that add or remove a grant depend on how many grants the patient's sharing
//! record holds (`g`): they are charged for a full record and refunded to what the record
//! held, and their proof size is measured (`pov_mode = Measured`) rather than taken from the
//! record's largest encoding, which a patient with a few grants is far from.

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

/// `count` grants from `patient` to other accounts, each as large as a grant gets: a field
/// scope, an expiry, a grantee known by account.
fn grants_to_others<T: Config>(
	patient: &T::AccountId,
	pointer: PointerId,
	count: u32,
) -> Result<(), BenchmarkError> {
	for n in 0..count {
		let other: T::AccountId = account("other", n, SEED);
		Pallet::<T>::grant(
			RawOrigin::Signed(patient.clone()).into(),
			None,
			Grantee::Account(other),
			Scope::Fields(pointer, FieldSet(1)),
			None,
			Some(1_000_000u32.into()),
			0,
		)?;
	}
	Ok(())
}

/// A patient whose sharing record is as large as it gets: every grant but one (a call below
/// may add it), active relationships up to the bound (the scene's and others).
fn full_record<T: Config>() -> Result<(T::AccountId, T::AccountId, PointerId), BenchmarkError> {
	let (patient, provider, _, pointer) = scene::<T>();
	grants_to_others::<T>(&patient, pointer, T::MaxGrantsPerPatient::get().saturating_sub(1))?;
	let id = T::Registry::participant_id(&patient).expect("registered in the scene; qed");
	for n in 1..T::MaxActiveRelationships::get() {
		<Pallet<T> as RelationshipActivity>::activated(
			id,
			ParticipantId::MAX.saturating_sub(n.into()),
		);
	}
	Ok((patient, provider, pointer))
}

/// Whether `guardian` is a guardian of `patient`.
fn is_guardian<T: Config>(patient: &T::AccountId, guardian: &T::AccountId) -> bool {
	let id = T::Registry::participant_id(patient).expect("registered above; qed");
	PatientSharing::<T>::get(id).is_some_and(|s| s.guardian(guardian).is_some())
}

/// The id of the patient's newest grant.
fn newest<T: Config>(patient: &T::AccountId) -> GrantId {
	Pallet::<T>::grants_of(patient).last().map(|g| g.id).unwrap_or_default()
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

	/// `g`: the grants the patient has. By a guardian, for a pointer scope, to a grantee
	/// with no grant yet (the viewer-side summary gets its entry): every check runs.
	#[benchmark(pov_mode = Measured)]
	fn grant(
		g: Linear<0, { T::MaxGrantsPerPatient::get().saturating_sub(1) }>,
	) -> Result<(), BenchmarkError> {
		let (patient, _, viewer, pointer) = scene::<T>();
		grants_to_others::<T>(&patient, pointer, g)?;
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

		assert_eq!(Pallet::<T>::grants_of(&patient).len() as u32, g.saturating_add(1));
		Ok(())
	}

	/// `g`: the grants the patient has. By a guardian, the newest grant (the last in the
	/// record), the grantee's only one (the viewer-side entry goes).
	#[benchmark(pov_mode = Measured)]
	fn revoke(g: Linear<1, { T::MaxGrantsPerPatient::get() }>) -> Result<(), BenchmarkError> {
		let (patient, _, _, pointer) = scene::<T>();
		grants_to_others::<T>(&patient, pointer, g)?;
		let guardian = manage::<T>(&patient)?;
		let last = newest::<T>(&patient);

		#[extrinsic_call]
		_(RawOrigin::Signed(guardian), last);

		assert_eq!(Pallet::<T>::grants_of(&patient).len() as u32, g.saturating_sub(1));
		Ok(())
	}

	/// `g`: the grants the patient has; the newest has expired.
	#[benchmark(pov_mode = Measured)]
	fn remove_expired(
		g: Linear<1, { T::MaxGrantsPerPatient::get() }>,
	) -> Result<(), BenchmarkError> {
		let (patient, _, _, pointer) = scene::<T>();
		grants_to_others::<T>(&patient, pointer, g)?;
		let last = newest::<T>(&patient);
		frame_system::Pallet::<T>::set_block_number(2_000_000u32.into());

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), last);

		assert_eq!(Pallet::<T>::grants_of(&patient).len() as u32, g.saturating_sub(1));
		Ok(())
	}

	/// Into a full sharing record (all of them below: decoding it is the cost that varies).
	#[benchmark]
	fn add_guardian() -> Result<(), BenchmarkError> {
		let (patient, _, _) = full_record::<T>()?;
		let guardian: T::AccountId = account("guardian", 0, SEED);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(patient.clone()),
			guardian.clone(),
			GuardianPowers::ManageSharing,
			Some(1_000u32.into()),
		);

		assert!(is_guardian::<T>(&patient, &guardian));
		Ok(())
	}

	#[benchmark]
	fn appoint_guardian() -> Result<(), BenchmarkError> {
		let (patient, _, _) = full_record::<T>()?;
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

		assert!(is_guardian::<T>(&patient, &guardian));
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
		let (patient, provider, _) = full_record::<T>()?;
		let last = proposals::<T>(&patient, &provider, T::MaxGuardians::get())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), last.clone());

		assert!(is_guardian::<T>(&patient, &last));
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
		let (patient, provider, _) = full_record::<T>()?;
		let guardian = proposals::<T>(&patient, &provider, 1)?;
		Pallet::<T>::accept_guardian(RawOrigin::Signed(patient.clone()).into(), guardian.clone())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), patient.clone(), guardian.clone());

		assert!(!is_guardian::<T>(&patient, &guardian));
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
		let (patient, provider, _) = full_record::<T>()?;
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
		let (patient, _, _) = full_record::<T>()?;
		let new = funded::<T>("new");

		#[block]
		{
			<Pallet<T> as OnAccountRotated<_>>::on_account_rotated(&patient, &new);
		}

		let reason = HoldReason::Permission.into();
		assert!(T::Currency::balance_on_hold(&reason, &patient).is_zero());
		Ok(())
	}

	/// A relationship of a patient with a full sharing record becomes active.
	#[benchmark]
	fn relationship_activity() -> Result<(), BenchmarkError> {
		let patient = patient::<T>();
		let provider = admitted_provider::<T>("provider");
		let pointer = T::BenchmarkHelper::pointer(&patient, &provider);
		grants_to_others::<T>(&patient, pointer, T::MaxGrantsPerPatient::get())?;
		let id = T::Registry::participant_id(&patient).expect("registered above; qed");
		for n in 2..T::MaxActiveRelationships::get() {
			<Pallet<T> as RelationshipActivity>::activated(
				id,
				ParticipantId::MAX.saturating_sub(n.into()),
			);
		}

		#[block]
		{
			<Pallet<T> as RelationshipActivity>::activated(id, ParticipantId::MAX);
		}

		let sharing = PatientSharing::<T>::get(id).expect("made by the first activity; qed");
		assert_eq!(sharing.active_providers.len() as u32, T::MaxActiveRelationships::get());
		Ok(())
	}

	/// `g`: the patient's grants, all to others but one, which reaches the viewer through a
	/// group (so the viewer's groups are read: the most there may be, each owned by another
	/// provider). The decision reads the same items whatever `g`.
	#[benchmark]
	fn can_access(g: Linear<1, { T::MaxGrantsPerPatient::get() }>) -> Result<(), BenchmarkError> {
		let (patient, _, viewer, pointer) = scene::<T>();
		let group = T::BenchmarkHelper::join_most_groups(&viewer);
		grants_to_others::<T>(&patient, pointer, g.saturating_sub(1))?;
		Pallet::<T>::grant(
			RawOrigin::Signed(patient.clone()).into(),
			None,
			Grantee::Group(group),
			Scope::Fields(pointer, FieldSet(1)),
			None,
			None,
			0,
		)?;
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
