//! Who acts, and what they can see of the chain when choosing a call: a small pool of accounts
//! whose roles the calls themselves change, and reads of the current state from which arguments
//! are drawn (existing participants, pointers, grants, groups, ...).

use crate::rng::Rng;
use medrec_primitives::{ParticipantId, ParticipantRegistry};
use medrec_runtime::{
	configs::ConsortiumInstance, AccountId, Balance, Balances, BlockNumber, Registrar, Runtime,
	RuntimeOrigin, System, EXISTENTIAL_DEPOSIT, UNIT,
};
use pallet_registrar::{Participant, Role};
use polkadot_sdk::{
	frame_support::traits::fungible::Inspect,
	sp_core::{sr25519, Pair},
	sp_keyring::Sr25519Keyring,
	*,
};
use std::cell::RefCell;

/// An account of the pool, with its key for signing transactions.
pub struct Actor {
	pub name: String,
	pub pair: sr25519::Pair,
	pub account: AccountId,
	/// How the account appears in a call's `Debug` output, to replace by its name.
	debug: String,
}

impl Actor {
	fn new(name: String, pair: sr25519::Pair) -> Self {
		let account = AccountId::from(pair.public());
		Self { name, debug: format!("{account:?}"), pair, account }
	}
}

/// The origin a call is dispatched with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Caller {
	Signed(AccountId),
	Root,
	/// Two thirds of the consortium's three members: what a passed motion dispatches with, and
	/// what `ConsortiumOrRoot` accepts.
	Consortium,
}

impl Caller {
	pub fn origin(&self) -> RuntimeOrigin {
		match self {
			Caller::Signed(who) => RuntimeOrigin::signed(who.clone()),
			Caller::Root => RuntimeOrigin::root(),
			Caller::Consortium => {
				pallet_collective::RawOrigin::<AccountId, ConsortiumInstance>::Members(2, 3).into()
			},
		}
	}

	pub fn signer(&self) -> Option<&AccountId> {
		match self {
			Caller::Signed(who) => Some(who),
			_ => None,
		}
	}
}

/// A call and who makes it.
#[derive(Clone, Debug)]
pub struct Action {
	pub caller: Caller,
	pub call: medrec_runtime::RuntimeCall,
}

impl Action {
	pub fn new(caller: Caller, call: impl Into<medrec_runtime::RuntimeCall>) -> Self {
		Self { caller, call: call.into() }
	}

	pub fn signed(who: AccountId, call: impl Into<medrec_runtime::RuntimeCall>) -> Self {
		Self::new(Caller::Signed(who), call)
	}
}

/// How many fresh spare accounts wait to be rotated to.
const FRESH_SPARES: usize = 4;

/// The pool: the twelve well-known development accounts, funded at genesis (Alice, Bob and
/// Charlie form the consortium, Alice and Bob collate), and two that never are (`One`, `Two`:
/// relatives, apps, inheritors; they can sign only what needs no deposit or fee). Fourteen
/// accounts are few enough that calls keep meeting each other's state, and enough for every
/// role at once.
///
/// A registration moves only to an account that never registered, and before long every
/// account of the pool has. Rotations therefore also go to spare accounts: a spare that receives
/// a registration takes the old account's place in the pool, and the old account (registered no
/// more) becomes a spare. New spares are made as needed.
pub struct World {
	pub actors: Vec<Actor>,
	pub spares: Vec<Actor>,
	/// The number of the next spare account (`//Spare//N`).
	next_spare: u32,
	/// What the registrar says of each actor, read when first needed and again after a call that
	/// may have changed it ([`World::forget`]): most calls ask it several times.
	known: RefCell<Option<Vec<Option<Participant<Balance>>>>>,
}

impl World {
	pub fn new() -> Self {
		let keys = Sr25519Keyring::well_known().chain([Sr25519Keyring::One, Sr25519Keyring::Two]);
		let actors = keys.map(|key| Actor::new(key.to_string(), key.pair())).collect();
		Self { actors, spares: Vec::new(), next_spare: 0, known: RefCell::new(None) }
	}

	/// Forgets what the registrar said: a call may have changed it.
	pub fn forget(&self) {
		self.known.replace(None);
	}

	/// `new` now holds `old`'s registration: if `new` was a spare, it takes `old`'s place in
	/// the pool and `old` waits among the spares.
	pub fn rotated(&mut self, old: &AccountId, new: &AccountId) {
		let (Some(spare), Some(actor)) = (
			self.spares.iter().position(|a| &a.account == new),
			self.actors.iter().position(|a| &a.account == old),
		) else {
			return;
		};
		std::mem::swap(&mut self.spares[spare], &mut self.actors[actor]);
		self.forget();
	}

	pub fn actor(&self, who: &AccountId) -> Option<&Actor> {
		self.actors.iter().chain(&self.spares).find(|a| &a.account == who)
	}

	/// A readable name for `who`: the pool's name, the address otherwise.
	pub fn name(&self, who: &AccountId) -> String {
		self.actor(who).map_or_else(|| who.to_string(), |a| a.name.clone())
	}

	/// `text` (a call's `Debug` output) with the pool's accounts by name.
	pub fn readable(&self, text: &str) -> String {
		self.actors
			.iter()
			.chain(&self.spares)
			.fold(text.to_string(), |text, a| text.replace(&a.debug, &a.name))
	}

	pub fn any(&self, rng: &mut Rng) -> AccountId {
		self.actors[rng.below(self.actors.len() as u64) as usize].account.clone()
	}

	/// An account of the pool for which `holds` is true, if any.
	pub fn choose(&self, rng: &mut Rng, holds: impl Fn(&AccountId) -> bool) -> Option<AccountId> {
		let found: Vec<_> =
			self.actors.iter().map(|a| &a.account).filter(|a| holds(a)).cloned().collect();
		rng.pick(&found)
	}

	/// An account for which `holds` is true, or any when there is none: the call is still made,
	/// and refused.
	pub fn choose_or_any(&self, rng: &mut Rng, holds: impl Fn(&AccountId) -> bool) -> AccountId {
		self.choose(rng, holds).unwrap_or_else(|| self.any(rng))
	}

	/// An account of the pool whose registration satisfies `holds`, or any when there is none.
	pub fn registered(
		&self,
		rng: &mut Rng,
		holds: impl Fn(&Participant<Balance>) -> bool,
	) -> AccountId {
		let mut known = self.known.borrow_mut();
		let known = known.get_or_insert_with(|| {
			self.actors
				.iter()
				.map(|a| pallet_registrar::Participants::<Runtime>::get(&a.account))
				.collect()
		});
		let found: Vec<_> = self
			.actors
			.iter()
			.zip(known.iter())
			.filter(|(_, p)| p.as_ref().is_some_and(&holds))
			.map(|(a, _)| a.account.clone())
			.collect();
		rng.pick(&found).unwrap_or_else(|| self.any(rng))
	}

	pub fn patient(&self, rng: &mut Rng) -> AccountId {
		self.registered(rng, |p| p.roles.contains(Role::Patient))
	}

	pub fn provider(&self, rng: &mut Rng) -> AccountId {
		self.registered(rng, |p| p.is_active_provider())
	}

	pub fn researcher(&self, rng: &mut Rng) -> AccountId {
		self.registered(rng, |p| p.roles.contains(Role::Researcher) && !p.suspended)
	}

	pub fn participant(&self, rng: &mut Rng) -> AccountId {
		self.registered(rng, |_| true)
	}

	/// An account a registration may move to: one that never registered and has funds (a
	/// registration's deposits stay held on it), often a spare.
	pub fn fresh(&self, rng: &mut Rng) -> AccountId {
		let fresh = |a: &AccountId| {
			!pallet_registrar::Cards::<Runtime>::contains_key(a)
				&& Balances::total_balance(a) >= EXISTENTIAL_DEPOSIT
		};
		let spares: Vec<_> = self.spares.iter().map(|s| &s.account).filter(|a| fresh(a)).collect();
		match self.choose(rng, fresh) {
			Some(account) if rng.chance(30) => account,
			_ => match rng.pick(&spares) {
				Some(spare) => spare.clone(),
				None => self.any(rng),
			},
		}
	}

	/// Keeps the pool's registrations in the pool, and fresh accounts to rotate to. A spare
	/// that gained a registration anyway (a motion naming an account that was rotated away
	/// before it passed) changes places with an account of the pool that has none; when fewer
	/// than [`FRESH_SPARES`] spares never registered, new ones are made and funded, as a faucet
	/// would.
	pub fn rebalance(&mut self) {
		let registered = |a: &Actor| pallet_registrar::Cards::<Runtime>::contains_key(&a.account);
		for spare in 0..self.spares.len() {
			if !registered(&self.spares[spare]) {
				continue;
			}
			if let Some(actor) = self.actors.iter().position(|a| !registered(a)) {
				std::mem::swap(&mut self.spares[spare], &mut self.actors[actor]);
				self.forget();
			}
		}
		let fresh = self.spares.iter().filter(|a| !registered(a)).count();
		for _ in fresh..FRESH_SPARES {
			let n = self.next_spare;
			self.next_spare += 1;
			let pair = sr25519::Pair::from_string(&format!("//Spare//{n}"), None)
				.expect("a derivation of the development phrase");
			let spare = Actor::new(format!("Spare{n}"), pair);
			let (who, funds) = (spare.account.clone().into(), 1_000_000 * UNIT);
			Balances::force_set_balance(RuntimeOrigin::root(), who, funds)
				.expect("root sets any balance");
			self.spares.push(spare);
		}
	}

	/// Who makes a consortium call: root, a passed motion's origin, and now and then an account
	/// that may not.
	pub fn consortium(&self, rng: &mut Rng) -> Caller {
		match rng.below(10) {
			0..=3 => Caller::Root,
			4..=8 => Caller::Consortium,
			_ => Caller::Signed(self.any(rng)),
		}
	}
}

/// The participant number of `who`, if it ever registered.
pub fn id(who: &AccountId) -> Option<ParticipantId> {
	Registrar::participant_id(who)
}

/// The account holding participant number `id`.
pub fn account(id: ParticipantId) -> Option<AccountId> {
	Registrar::account_of(id)
}

pub fn now() -> BlockNumber {
	System::block_number()
}
