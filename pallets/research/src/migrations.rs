//! Storage migrations of the research pallet.

/// Version 1: the cohort bound ([`crate::ConsentingPatientsOf`]).
pub mod v1 {
	use crate::{Config, ConsentingPatientsOf, Pallet};
	use core::marker::PhantomData;
	use frame::{
		deps::frame_support::{migrations::VersionedMigration, traits::UncheckedOnRuntimeUpgrade},
		prelude::*,
	};

	/// Counts, for each provider, the patients with an active relationship with it who consent
	/// to research: on a chain whose consents and relationships predate the bound, it would
	/// otherwise start at zero and refuse every answer.
	///
	/// One pass in one block: it reads every consenting patient's relationships (at most the
	/// relationships pallet's `MaxRelationshipsPerPatient` each) and writes one count per
	/// provider. Sized for a pilot's thousands of consenting patients, not millions: a chain that
	/// large needs it as a multi-block migration.
	pub struct CountConsentingPatients<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for CountConsentingPatients<T> {
		fn on_runtime_upgrade() -> Weight {
			let (counts, reads) = Pallet::<T>::count_consenting_with_reads();
			let writes = counts.len() as u64;
			for (provider, count) in counts {
				ConsentingPatientsOf::<T>::insert(provider, count);
			}
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(_: alloc::vec::Vec<u8>) -> Result<(), frame::try_runtime::TryRuntimeError> {
			Pallet::<T>::do_try_state()
		}
	}

	/// [`CountConsentingPatients`], run once: from storage version 0 to 1. List it in the
	/// runtime's migrations for the upgrade that brings the bound.
	pub type MigrateToV1<T> = VersionedMigration<
		0,
		1,
		CountConsentingPatients<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 2: bounty queries hold their parameters ([`crate::BountyQuery::params`]).
pub mod v2 {
	use crate::{BalanceOf, Bounties, BountyQuery, Config, Owner, Pallet};
	use core::marker::PhantomData;
	use frame::{
		deps::frame_support::{migrations::VersionedMigration, traits::UncheckedOnRuntimeUpgrade},
		prelude::*,
	};
	use medrec_primitives::{Hash, ParticipantId};

	/// A bounty query as version 1 stored it: the parameters' hash only.
	#[derive(Encode, Decode)]
	pub struct OldBountyQuery<AccountId, BlockNumber, Balance> {
		pub provider: ParticipantId,
		pub template: crate::TemplateCode,
		pub params_hash: Hash,
		pub min_cohort: u32,
		pub owner: Owner<AccountId>,
		pub included_at: BlockNumber,
		pub answer: Option<(Hash, u32)>,
		pub deposit: Balance,
	}

	/// Gives every stored bounty query an empty parameter list and keeps everything else,
	/// its hash and deposit included. Their parameters were never on chain, so their owners
	/// still need them from the provider; queries offered from this version on carry them.
	pub struct AddBountyParams<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for AddBountyParams<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut count = 0u64;
			Bounties::<T>::translate::<
				OldBountyQuery<T::AccountId, BlockNumberFor<T>, BalanceOf<T>>,
				_,
			>(|_, old| {
				count = count.saturating_add(1);
				Some(BountyQuery {
					provider: old.provider,
					template: old.template,
					params: Default::default(),
					params_hash: old.params_hash,
					min_cohort: old.min_cohort,
					owner: old.owner,
					included_at: old.included_at,
					answer: old.answer,
					deposit: old.deposit,
				})
			});
			T::DbWeight::get().reads_writes(count, count)
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(_: alloc::vec::Vec<u8>) -> Result<(), frame::try_runtime::TryRuntimeError> {
			Pallet::<T>::do_try_state()
		}
	}

	/// [`AddBountyParams`], run once: from storage version 1 to 2. List it in the runtime's
	/// migrations after [`super::v1::MigrateToV1`].
	pub type MigrateToV2<T> = VersionedMigration<
		1,
		2,
		AddBountyParams<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
