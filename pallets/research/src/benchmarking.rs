//! Benchmarks of every call and of the per-block hook, at the worst case their bounds allow.

use super::*;
use alloc::{vec, vec::Vec};
use frame::{benchmarking::prelude::*, traits::fungible::Mutate};
use medrec_primitives::cohort::ActiveRelationshipsBenchmarkHelper;

const SEED: u32 = 0;

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	// Enough for every deposit a benchmark takes, whatever the runtime's prices.
	let amount = Pallet::<T>::deposit_for(1_000, 1_000_000);
	T::Currency::set_balance(&who, amount.saturating_add(T::Currency::minimum_balance()));
	who
}

fn researcher<T: Config>() -> T::AccountId {
	let who = funded::<T>("researcher", 0);
	T::BenchmarkHelper::admit_researcher(&who);
	who
}

fn providers<T: Config>(count: u32) -> Vec<T::AccountId> {
	(0..count)
		.map(|n| {
			let who = funded::<T>("provider", n);
			T::BenchmarkHelper::admit_provider(&who);
			who
		})
		.collect()
}

/// A researcher bound to a collator that has authored enough blocks to pay for any request.
fn rich_researcher<T: Config>() -> Result<T::AccountId, BenchmarkError> {
	let researcher = researcher::<T>();
	let collator = funded::<T>("collator", 0);
	Pallet::<T>::bind_collator(RawOrigin::Signed(collator.clone()).into(), researcher.clone())?;
	let id = T::Registry::participant_id(&researcher).ok_or(BenchmarkError::Weightless)?;
	let credits = Pallet::<T>::parameters()
		.request_cost
		.saturating_mul(Credits::from(T::MaxTargets::get()));
	CreditsOf::<T>::insert(id, credits);
	Minted::<T>::put(credits);
	Ok(researcher)
}

/// A request to `count` providers, which must answer over `min_cohort` patients.
fn open_request<T: Config>(
	researcher: &T::AccountId,
	providers: &[T::AccountId],
	min_cohort: u32,
) -> Result<RequestId, BenchmarkError> {
	let id = NextRequestId::<T>::get();
	Pallet::<T>::request_aggregate(
		RawOrigin::Signed(researcher.clone()).into(),
		1,
		H256::repeat_byte(1),
		providers.to_vec(),
		min_cohort,
	)?;
	Ok(id)
}

/// Bounty query parameters of `MaxParamsLen` printable bytes.
fn longest_params<T: Config>() -> Vec<u8> {
	vec![b'7'; T::MaxParamsLen::get() as usize]
}

fn floor<T: Config>() -> u32 {
	Pallet::<T>::parameters().min_cohort_floor
}

/// Lets `provider` answer over `cohort` patients. The answer only reads the bound, however it
/// was reached; `set_consent` and `relationship_activity` measure reaching it.
fn accounted_for<T: Config>(provider: &T::AccountId, cohort: u32) -> Result<(), BenchmarkError> {
	let id = T::Registry::participant_id(provider).ok_or(BenchmarkError::Weightless)?;
	ConsentingPatientsOf::<T>::insert(id, cohort);
	Ok(())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn bind_collator() {
		let researcher = researcher::<T>();
		let collator = funded::<T>("collator", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(collator.clone()), researcher);

		assert!(ResearcherOf::<T>::contains_key(collator));
	}

	#[benchmark]
	fn unbind_collator() -> Result<(), BenchmarkError> {
		let researcher = researcher::<T>();
		let collator = funded::<T>("collator", 0);
		Pallet::<T>::bind_collator(RawOrigin::Signed(collator.clone()).into(), researcher.clone())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(researcher), collator.clone());

		assert!(!ResearcherOf::<T>::contains_key(collator));
		Ok(())
	}

	/// With a release policy of the most templates to check, a bound author and the longest
	/// parameters.
	#[benchmark]
	fn submit_bounty_query() -> Result<(), BenchmarkError> {
		let provider = providers::<T>(1).remove(0);
		let templates: Vec<TemplateCode> = (0..T::MaxTemplates::get()).collect();
		let last = templates.last().copied().unwrap_or_default();
		Pallet::<T>::set_release_policy(
			RawOrigin::Signed(provider.clone()).into(),
			templates,
			floor::<T>(),
		)?;
		let researcher = researcher::<T>();
		let collator = funded::<T>("collator", 0);
		Pallet::<T>::bind_collator(RawOrigin::Signed(collator.clone()).into(), researcher)?;
		T::BenchmarkHelper::set_author(&collator);

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), last, longest_params::<T>(), floor::<T>());

		assert!(matches!(Bounties::<T>::get(0).map(|b| b.owner), Some(Owner::Researcher(_))));
		Ok(())
	}

	#[benchmark]
	fn answer_bounty_query() -> Result<(), BenchmarkError> {
		let provider = providers::<T>(1).remove(0);
		accounted_for::<T>(&provider, floor::<T>())?;
		Pallet::<T>::submit_bounty_query(
			RawOrigin::Signed(provider.clone()).into(),
			1,
			longest_params::<T>(),
			floor::<T>(),
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), 0, H256::repeat_byte(2), floor::<T>());

		assert!(Bounties::<T>::get(0).is_some_and(|b| b.answer.is_some()));
		Ok(())
	}

	/// `p`: providers asked.
	#[benchmark]
	fn request_aggregate(p: Linear<1, { T::MaxTargets::get() }>) -> Result<(), BenchmarkError> {
		let researcher = rich_researcher::<T>()?;
		let providers = providers::<T>(p);

		#[extrinsic_call]
		_(RawOrigin::Signed(researcher), 1, H256::repeat_byte(1), providers, floor::<T>());

		assert!(Requests::<T>::get(0).is_some_and(|r| r.pending.len() as u32 == p));
		Ok(())
	}

	/// `p`: providers asked; the last one answers, which closes the request.
	#[benchmark]
	fn answer_request(p: Linear<1, { T::MaxTargets::get() }>) -> Result<(), BenchmarkError> {
		let researcher = rich_researcher::<T>()?;
		let providers = providers::<T>(p);
		for provider in &providers {
			accounted_for::<T>(provider, floor::<T>())?;
		}
		let request = open_request::<T>(&researcher, &providers, floor::<T>())?;
		let (last, others) = providers.split_last().ok_or(BenchmarkError::Weightless)?;
		for provider in others {
			Pallet::<T>::answer_request(
				RawOrigin::Signed(provider.clone()).into(),
				request,
				H256::repeat_byte(2),
				floor::<T>(),
			)?;
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(last.clone()), request, H256::repeat_byte(2), floor::<T>());

		assert!(Requests::<T>::get(request).is_none());
		Ok(())
	}

	#[benchmark]
	fn expire_request() -> Result<(), BenchmarkError> {
		let researcher = rich_researcher::<T>()?;
		let providers = providers::<T>(T::MaxTargets::get());
		let request = open_request::<T>(&researcher, &providers, floor::<T>())?;
		let later = frame_system::Pallet::<T>::block_number()
			.saturating_add(Pallet::<T>::parameters().request_lifetime);
		frame_system::Pallet::<T>::set_block_number(later);

		#[extrinsic_call]
		_(RawOrigin::Signed(researcher), request);

		assert!(Requests::<T>::get(request).is_none());
		Ok(())
	}

	/// The first opt-in: the deposit is held, and each of the patient's `r` relationships, all
	/// active, is read and its provider's cohort bound written.
	#[benchmark]
	fn set_consent(r: Linear<0, { T::Relationships::max_relationships() }>) {
		let patient = funded::<T>("patient", 0);
		T::BenchmarkHelper::register_patient(&patient);
		let providers = providers::<T>(r);
		for provider in &providers {
			T::RelationshipsBenchmarkHelper::activate(&patient, provider);
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(patient.clone()), 7, true);

		assert_eq!(Pallet::<T>::consented_categories(&patient), vec![7]);
		for provider in providers {
			let id = T::Registry::participant_id(&provider);
			assert_eq!(id.map(ConsentingPatientsOf::<T>::get), Some(1));
		}
	}

	/// A consenting patient's relationship becomes active: its provider's bound grows.
	#[benchmark]
	fn relationship_activity() -> Result<(), BenchmarkError> {
		let patient = funded::<T>("patient", 0);
		T::BenchmarkHelper::register_patient(&patient);
		Pallet::<T>::set_consent(RawOrigin::Signed(patient.clone()).into(), 7, true)
			.map_err(|e| e.error)?;
		let provider = providers::<T>(1).remove(0);
		let patient_id = T::Registry::participant_id(&patient).ok_or(BenchmarkError::Weightless)?;
		let provider_id =
			T::Registry::participant_id(&provider).ok_or(BenchmarkError::Weightless)?;

		#[block]
		{
			<Pallet<T> as RelationshipActivity>::activated(patient_id, provider_id);
		}

		assert_eq!(ConsentingPatientsOf::<T>::get(provider_id), 1);
		Ok(())
	}

	#[benchmark]
	fn set_release_policy() {
		let provider = providers::<T>(1).remove(0);
		let templates: Vec<TemplateCode> = (0..T::MaxTemplates::get()).collect();

		#[extrinsic_call]
		_(RawOrigin::Signed(provider.clone()), templates, floor::<T>());

		assert!(Pallet::<T>::release_policy(&provider).is_some());
	}

	#[benchmark]
	fn set_parameters() -> Result<(), BenchmarkError> {
		let origin =
			T::ConsortiumOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let parameters = Pallet::<T>::parameters();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, parameters);

		assert_eq!(Params::<T>::get(), Some(parameters));
		Ok(())
	}

	/// The author is bound: a researcher is credited.
	#[benchmark]
	fn on_initialize() -> Result<(), BenchmarkError> {
		let researcher = researcher::<T>();
		let collator = funded::<T>("collator", 0);
		Pallet::<T>::bind_collator(RawOrigin::Signed(collator.clone()).into(), researcher.clone())?;
		T::BenchmarkHelper::set_author(&collator);
		let now = frame_system::Pallet::<T>::block_number();

		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}

		assert!(Pallet::<T>::credits_of(&researcher) > 0);
		Ok(())
	}

	#[benchmark]
	fn on_account_rotated() -> Result<(), BenchmarkError> {
		let researcher = researcher::<T>();
		Pallet::<T>::bind_collator(
			RawOrigin::Signed(researcher.clone()).into(),
			researcher.clone(),
		)?;
		let new = funded::<T>("new", 0);

		#[block]
		{
			<Pallet<T> as OnAccountRotated<_>>::on_account_rotated(&researcher, &new);
		}

		assert!(ResearcherOf::<T>::contains_key(&new));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder::build(), crate::mock::Test);
}
