//! The runtime's own migrations (the pallets' are in their crates).

use crate::{AccountId, AuraId, AuthorityDiscoveryId, Runtime, Session, SessionKeys};
use alloc::vec::Vec;
use codec::DecodeAll;
use polkadot_sdk::{
	frame_support::{storage::unhashed, traits::OnRuntimeUpgrade, weights::Weight, WeakBoundedVec},
	sp_core::sr25519,
	sp_runtime::impl_opaque_keys,
	*,
};

impl_opaque_keys! {
	/// The session keys before spec 5: Aura alone.
	pub struct SessionKeysV1 {
		pub aura: crate::Aura,
	}
}

/// Spec 5 adds an authority-discovery key to the session keys. A chain started earlier holds
/// each collator's keys as Aura alone, which the new layout cannot decode: this gives every
/// collator, registered and queued, an authority-discovery key equal to its Aura key (both
/// sr25519; unique per collator, as Aura keys are), and tells the new authority-discovery
/// pallet the current and next collators, which it would otherwise learn only when the set
/// changes. Each collator then sets a key of its own with `session.setKeys` (see node/README.md);
/// until then it publishes no address and the others reach it as before.
///
/// It runs only on keys in the old layout (the queued keys decode as Aura alone), so it does
/// nothing on a chain that started at spec 5 or has run it already.
pub struct AddAuthorityDiscoveryKey;

impl AddAuthorityDiscoveryKey {
	fn queued_keys_key() -> Vec<u8> {
		pallet_session::QueuedKeys::<Runtime>::hashed_key().to_vec()
	}

	/// Whether the session keys are stored as Aura alone.
	fn in_old_layout() -> bool {
		unhashed::get_raw(&Self::queued_keys_key()).is_some_and(|raw| {
			<Vec<(AccountId, SessionKeysV1)>>::decode_all(&mut &raw[..])
				.is_ok_and(|queued| !queued.is_empty())
		})
	}

	fn discovery_key(aura: &AuraId) -> AuthorityDiscoveryId {
		sr25519::Public::from(aura.clone()).into()
	}
}

impl OnRuntimeUpgrade for AddAuthorityDiscoveryKey {
	fn on_runtime_upgrade() -> Weight {
		let db = <Runtime as frame_system::Config>::DbWeight::get();
		if !Self::in_old_layout() {
			return db.reads(1);
		}
		Session::upgrade_keys::<SessionKeysV1, _>(|_, old| SessionKeys {
			authority_discovery: Self::discovery_key(&old.aura),
			aura: old.aura,
		});
		let current: Vec<AuthorityDiscoveryId> = Session::validators()
			.iter()
			.filter_map(pallet_session::NextKeys::<Runtime>::get)
			.map(|keys| keys.authority_discovery)
			.collect();
		let next: Vec<AuthorityDiscoveryId> = pallet_session::QueuedKeys::<Runtime>::get()
			.into_iter()
			.map(|(_, keys)| keys.authority_discovery)
			.collect();
		let collators = (current.len() + next.len()) as u64;
		pallet_authority_discovery::Keys::<Runtime>::put(WeakBoundedVec::force_from(current, None));
		pallet_authority_discovery::NextKeys::<Runtime>::put(WeakBoundedVec::force_from(
			next, None,
		));
		// Per collator: its keys read and written, two key-owner entries removed and three
		// written; the queued keys, the validators and the two key lists.
		db.reads_writes(
			collators.saturating_mul(2).saturating_add(3),
			collators.saturating_mul(6).saturating_add(3),
		)
	}
}
