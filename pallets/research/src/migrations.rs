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
