//! An invariant no pallet's `try_state` checks, because it spans the balances pallet and the
//! MedRec pallet holding the money: every deposit a MedRec pallet holds is recorded with the item
//! it pays for, and every recorded deposit is held, from the account that pays it now (deposits
//! follow account rotations). A deposit held with no record is never returned; a record whose
//! deposit is not held returns money nobody put down.

use crate::world::account;
use medrec_runtime::{AccountId, Balance, Runtime, RuntimeHoldReason};
use pallet_relationships::Side;
use polkadot_sdk::*;
use std::collections::BTreeMap;

/// The MedRec pallet a deposit is held for (each holds under one reason of its own).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Holder {
	Registrar,
	Relationships,
	Permissions,
	Research,
}

impl Holder {
	fn of(reason: &RuntimeHoldReason) -> Option<Self> {
		match reason {
			RuntimeHoldReason::Registrar(_) => Some(Holder::Registrar),
			RuntimeHoldReason::Relationships(_) => Some(Holder::Relationships),
			RuntimeHoldReason::Permissions(_) => Some(Holder::Permissions),
			RuntimeHoldReason::Research(_) => Some(Holder::Research),
			_ => None,
		}
	}
}

type Ledger = BTreeMap<(AccountId, Holder), Balance>;

fn credit(ledger: &mut Ledger, who: Option<AccountId>, reason: Holder, amount: Balance) {
	if amount == 0 {
		return;
	}
	// A record naming a participant number with no account is corrupt; the registrar keeps
	// an account for every number it gave, so this does not happen in a sound state.
	let who = who.unwrap_or_else(|| AccountId::from([0u8; 32]));
	*ledger.entry((who, reason)).or_default() += amount;
}

/// What each account should hold for each MedRec pallet, from the pallets' records.
fn recorded() -> Ledger {
	let mut ledger = Ledger::new();

	let reason = Holder::Registrar;
	for (who, p) in pallet_registrar::Participants::<Runtime>::iter() {
		credit(&mut ledger, Some(who), reason, p.deposit);
	}
	for (who, p) in pallet_registrar::ProviderProfiles::<Runtime>::iter() {
		credit(&mut ledger, Some(who), reason, p.deposit);
	}
	for (who, ids) in pallet_registrar::IdentifiersOf::<Runtime>::iter() {
		for (_, deposit) in ids {
			credit(&mut ledger, Some(who.clone()), reason, deposit);
		}
	}
	for (_, group) in pallet_registrar::Groups::<Runtime>::iter() {
		credit(&mut ledger, Some(group.owner), reason, group.deposit);
	}

	let reason = Holder::Relationships;
	for (patient, provider, r) in pallet_relationships::RelationshipsOf::<Runtime>::iter() {
		let payer = match r.opened_by {
			Side::Patient => patient,
			Side::Provider => provider,
		};
		credit(&mut ledger, account(payer), reason, r.deposit);
	}
	for (_, p) in pallet_relationships::Pointers::<Runtime>::iter() {
		credit(&mut ledger, account(p.provider), reason, p.deposit);
	}

	let reason = Holder::Permissions;
	for (_, sharing) in pallet_permissions::PatientSharing::<Runtime>::iter() {
		for grant in sharing.grants.iter() {
			credit(&mut ledger, account(grant.payer), reason, grant.deposit);
		}
		for (_, guardianship) in sharing.guardians.iter() {
			if let Some(payer) = guardianship.payer {
				credit(&mut ledger, account(payer), reason, guardianship.deposit);
			}
		}
	}
	for (_, proposals) in pallet_permissions::GuardianProposals::<Runtime>::iter() {
		for p in proposals {
			credit(&mut ledger, account(p.proposer), reason, p.deposit);
		}
	}
	for (_, e) in pallet_permissions::Emergencies::<Runtime>::iter() {
		credit(&mut ledger, account(e.provider), reason, e.deposit);
	}

	let reason = Holder::Research;
	for (collator, (_, deposit)) in pallet_research::ResearcherOf::<Runtime>::iter() {
		credit(&mut ledger, Some(collator), reason, deposit);
	}
	for (_, b) in pallet_research::Bounties::<Runtime>::iter() {
		credit(&mut ledger, account(b.provider), reason, b.deposit);
	}
	for (_, r) in pallet_research::Requests::<Runtime>::iter() {
		credit(&mut ledger, account(r.researcher), reason, r.deposit);
	}
	for (patient, (_, deposit)) in pallet_research::ConsentOf::<Runtime>::iter() {
		credit(&mut ledger, account(patient), reason, deposit);
	}
	for (provider, policy) in pallet_research::Policies::<Runtime>::iter() {
		credit(&mut ledger, account(provider), reason, policy.deposit);
	}
	ledger
}

/// What the balances pallet holds for the MedRec pallets.
fn held() -> Ledger {
	let mut ledger = Ledger::new();
	for (who, holds) in pallet_balances::Holds::<Runtime>::iter() {
		for hold in holds {
			if let Some(holder) = Holder::of(&hold.id) {
				credit(&mut ledger, Some(who.clone()), holder, hold.amount);
			}
		}
	}
	ledger
}

/// Every difference between what is held and what is recorded, as (account, reason, held,
/// recorded).
pub fn check() -> Result<(), Vec<(AccountId, Holder, Balance, Balance)>> {
	let (held, recorded) = (held(), recorded());
	let mut keys: Vec<_> = held.keys().chain(recorded.keys()).cloned().collect();
	keys.sort();
	keys.dedup();
	let differences: Vec<_> = keys
		.into_iter()
		.filter_map(|key| {
			let (h, r) =
				(held.get(&key).copied().unwrap_or(0), recorded.get(&key).copied().unwrap_or(0));
			(h != r).then_some((key.0, key.1, h, r))
		})
		.collect();
	if differences.is_empty() {
		Ok(())
	} else {
		Err(differences)
	}
}
