//! One generator per FRAME pallet the runtime gives MedRec's users: proxies, batches, the
//! consortium's motions and account recovery. Their inner calls are MedRec calls (and, for
//! motions, the consortium's own MedRec calls), so the wrappers are exercised with what they
//! carry in MedRec.

use crate::{
	medrec::{add_pointer, consortium_call, medrec, medrec_as, open_relationship},
	rng::Rng,
	world::{Action, Caller, World},
};
use codec::{Decode, Encode};
use medrec_runtime::{
	configs::{consortium_root, ConsortiumInstance, ProxyType},
	AccountId, BlockNumber, Runtime, RuntimeCall,
};
use polkadot_sdk::{frame_support::dispatch::GetDispatchInfo, sp_core::H256, *};

const PROXY_TYPES: [ProxyType; 7] = [
	ProxyType::Any,
	ProxyType::NonTransfer,
	ProxyType::CancelProxy,
	ProxyType::Governance,
	ProxyType::Guardian,
	ProxyType::Gatekeeper,
	ProxyType::Publisher,
];

/// Every proxy of the pool's accounts: (real, delegate, type, delay).
fn proxies(w: &World) -> Vec<(AccountId, AccountId, ProxyType, BlockNumber)> {
	w.actors
		.iter()
		.flat_map(|a| {
			let (list, _) = pallet_proxy::Proxies::<Runtime>::get(&a.account);
			list.into_iter()
				.map(|p| (a.account.clone(), p.delegate, p.proxy_type, p.delay))
				.collect::<Vec<_>>()
		})
		.collect()
}

pub fn proxy(rng: &mut Rng, w: &World) -> Action {
	type Call = pallet_proxy::Call<Runtime>;
	let existing = proxies(w);
	match rng.weighted(&[3, 1, 6, 1]) {
		0 => {
			// Mostly without a delay: a delayed proxy acts only on announced calls.
			let delay = if rng.chance(90) { 0 } else { rng.between(1, 3) as BlockNumber };
			let proxy_type = rng.pick(&PROXY_TYPES).expect("seven types");
			Action::signed(
				w.any(rng),
				Call::add_proxy { delegate: w.any(rng).into(), proxy_type, delay },
			)
		},
		1 => match rng.pick(&existing) {
			Some((real, delegate, proxy_type, delay)) if rng.chance(90) => Action::signed(
				real,
				Call::remove_proxy { delegate: delegate.into(), proxy_type, delay },
			),
			_ => Action::signed(
				w.any(rng),
				Call::remove_proxy {
					delegate: w.any(rng).into(),
					proxy_type: ProxyType::Any,
					delay: 0,
				},
			),
		},
		2 => {
			// A call someone makes, through one of their proxies if they have one (whose type
			// may forbid it).
			let action = medrec(rng, w);
			let real = action.caller.signer().cloned().unwrap_or_else(|| w.any(rng));
			let theirs: Vec<_> = existing.iter().filter(|p| p.0 == real).collect();
			let (delegate, proxy_type) = match rng.pick(&theirs) {
				Some((_, delegate, proxy_type, _)) => (delegate.clone(), Some(*proxy_type)),
				None => (w.any(rng), None),
			};
			let force_proxy_type = proxy_type.filter(|_| rng.chance(30));
			let call = Box::new(action.call);
			Action::signed(delegate, Call::proxy { real: real.into(), force_proxy_type, call })
		},
		_ => Action::signed(w.any(rng), Call::remove_proxies {}),
	}
}

pub fn utility(rng: &mut Rng, w: &World) -> Action {
	type Call = pallet_utility::Call<Runtime>;
	// A signed account's own calls; the consortium's calls under root; or a provider publishing
	// part of a patient's history at once, as its publisher does, which makes histories long
	// enough that ending them leaves pointers to remove in later blocks.
	let (caller, calls): (Caller, Vec<RuntimeCall>) = match rng.below(10) {
		0..=6 => {
			let first = medrec(rng, w);
			let who = first.caller.signer().cloned().unwrap_or_else(|| w.any(rng));
			let more: Vec<_> = (0..rng.below(4)).map(|_| medrec_as(rng, w, &who)).collect();
			(Caller::Signed(who), [first.call].into_iter().chain(more).collect())
		},
		7 | 8 => (Caller::Root, (0..rng.between(1, 3)).map(|_| consortium_call(rng, w)).collect()),
		_ => {
			let (patient, provider) = open_relationship(rng, w);
			// Now and then a history longer than a relationship's end removes at once.
			let size = if rng.chance(80) { rng.between(10, 40) } else { rng.between(65, 150) };
			let calls = (0..size).map(|_| add_pointer(rng, patient.clone(), true).into()).collect();
			(Caller::Signed(provider), calls)
		},
	};
	let call = match rng.below(3) {
		0 => Call::batch { calls },
		1 => Call::batch_all { calls },
		_ => Call::force_batch { calls },
	};
	Action::new(caller, call)
}

/// A motion's votes, as `pallet_collective::Votes` encodes them (its fields are private).
#[derive(Decode)]
struct Votes {
	index: u32,
	threshold: u32,
	ayes: Vec<AccountId>,
	nays: Vec<AccountId>,
	_end: BlockNumber,
}

/// The open motions, with their votes.
fn motions() -> Vec<(H256, Votes)> {
	pallet_collective::Proposals::<Runtime, ConsortiumInstance>::get()
		.into_iter()
		.filter_map(|hash| {
			let votes = pallet_collective::Voting::<Runtime, ConsortiumInstance>::get(hash)?;
			Some((hash, Votes::decode(&mut &votes.encode()[..]).ok()?))
		})
		.collect()
}

fn member(rng: &mut Rng, w: &World, except: &[AccountId]) -> AccountId {
	let members: Vec<_> = pallet_collective::Members::<Runtime, ConsortiumInstance>::get()
		.into_iter()
		.filter(|m| !except.contains(m))
		.collect();
	match rng.pick(&members) {
		Some(member) if rng.chance(95) => member,
		_ => w.any(rng),
	}
}

/// The consortium's motions: proposed with the thresholds its origins take (two of three
/// admits, three of three act as root, one executes at once and is refused), voted on and
/// closed.
pub fn consortium(rng: &mut Rng, w: &World) -> Action {
	type Call = pallet_collective::Call<Runtime, ConsortiumInstance>;
	let open = motions();
	match rng.weighted(&[3, 5, 3, 1]) {
		0 => {
			let proposal: RuntimeCall = if rng.chance(85) {
				consortium_call(rng, w)
			} else {
				consortium_root::Call::<Runtime>::dispatch_as_root {
					call: Box::new(consortium_call(rng, w)),
				}
				.into()
			};
			let length_bound = proposal.encoded_size() as u32 + rng.below(4) as u32;
			let threshold = match rng.below(10) {
				0 => 1,
				1..=7 => 2,
				_ => 3,
			};
			Action::signed(
				member(rng, w, &[]),
				Call::propose { threshold, proposal: Box::new(proposal), length_bound },
			)
		},
		1 => {
			// A member who has not voted on it yet, most of the time.
			let Some((proposal, votes)) = rng.pick_ref(&open) else {
				let (proposal, index) = (H256(rng.bytes()), 0);
				return Action::signed(
					member(rng, w, &[]),
					Call::vote { proposal, index, approve: true },
				);
			};
			let voted: Vec<_> = if rng.chance(85) {
				votes.ayes.iter().chain(&votes.nays).cloned().collect()
			} else {
				Vec::new()
			};
			let (proposal, index) = (*proposal, votes.index);
			Action::signed(
				member(rng, w, &voted),
				Call::vote { proposal, index, approve: rng.chance(85) },
			)
		},
		2 => {
			// A motion with the ayes of its threshold, or so many nays that it cannot reach
			// it, most of the time.
			let members = pallet_collective::Members::<Runtime, ConsortiumInstance>::get().len();
			let decided: Vec<_> = open
				.iter()
				.filter(|(_, v)| {
					v.ayes.len() as u32 >= v.threshold
						|| v.nays.len() as u32 > (members as u32).saturating_sub(v.threshold)
				})
				.collect();
			let motion = match rng.pick(&decided) {
				Some(motion) if rng.chance(85) => Some(motion),
				_ => rng.pick_ref(&open),
			};
			let (proposal_hash, index) =
				motion.map_or((H256(rng.bytes()), 0), |(hash, votes)| (*hash, votes.index));
			let proposal =
				pallet_collective::ProposalOf::<Runtime, ConsortiumInstance>::get(proposal_hash);
			let (proposal_weight_bound, length_bound) = proposal.map_or(Default::default(), |p| {
				(p.get_dispatch_info().call_weight, p.encoded_size() as u32)
			});
			Action::signed(
				w.any(rng),
				Call::close { proposal_hash, index, proposal_weight_bound, length_bound },
			)
		},
		_ => {
			let proposal_hash = rng.pick_ref(&open).map_or(H256(rng.bytes()), |(hash, _)| *hash);
			let call = if rng.chance(50) {
				Call::disapprove_proposal { proposal_hash }
			} else {
				Call::kill { proposal_hash }
			};
			Action::new(w.consortium(rng), call)
		},
	}
}

type FriendGroup = pallet_recovery::FriendGroupOf<Runtime>;

/// Friend groups of `lost`: one or two groups of one to three friends, short delays (blocks of
/// this run), distinct priorities most of the time.
fn friend_groups(rng: &mut Rng, w: &World, lost: &AccountId) -> Vec<FriendGroup> {
	(0..rng.between(1, 2))
		.map(|_| {
			let mut friends: Vec<AccountId> = Vec::new();
			for _ in 0..rng.between(1, 3) {
				let friend = w.any(rng);
				if &friend != lost && !friends.contains(&friend) {
					friends.push(friend);
				}
			}
			if friends.is_empty() {
				friends.push(w.any(rng));
			}
			friends.sort();
			let needed = rng.between(1, friends.len() as u64) as u32;
			FriendGroup {
				friends_needed: if rng.chance(5) { 0 } else { needed },
				friends: friends.try_into().expect("at most three friends"),
				inheritor: w.any(rng),
				inheritance_delay: rng.below(4) as BlockNumber,
				inheritance_priority: rng.below(3) as u32,
				cancel_delay: rng.below(4) as BlockNumber + u32::from(rng.chance(95)),
			}
		})
		.collect()
}

/// An account with friend groups, one of its groups' index and the group.
fn recoverable(rng: &mut Rng, w: &World) -> Option<(AccountId, u32, FriendGroup)> {
	let configured: Vec<_> = w
		.actors
		.iter()
		.filter_map(|a| {
			pallet_recovery::FriendGroups::<Runtime>::get(&a.account)
				.map(|(groups, _)| (a.account.clone(), groups))
		})
		.collect();
	let (lost, groups) = rng.pick(&configured)?;
	let index = rng.below(groups.len() as u64) as usize;
	Some((lost, index as u32, groups[index].clone()))
}

/// An open recovery attempt: the lost account, the group's index, its initiator.
fn attempt(rng: &mut Rng) -> Option<(AccountId, u32, AccountId)> {
	let open: Vec<_> = pallet_recovery::pallet::Attempt::<Runtime>::iter()
		.map(|(lost, index, (attempt, _, _))| (lost, index, attempt.initiator))
		.collect();
	rng.pick(&open)
}

pub fn recovery(rng: &mut Rng, w: &World) -> Action {
	type Call = pallet_recovery::Call<Runtime>;
	match rng.weighted(&[2, 4, 3, 2, 1, 1, 3, 1]) {
		0 => {
			let lost = w.any(rng);
			let groups = if rng.chance(90) { friend_groups(rng, w, &lost) } else { Vec::new() };
			Action::signed(lost, Call::set_friend_groups { friend_groups: groups })
		},
		1 => {
			let (lost, index, group) = match recoverable(rng, w) {
				Some(found) => found,
				None => return Action::signed(w.any(rng), Call::revoke_inheritor {}),
			};
			let initiator = rng.pick(&group.friends).unwrap_or_else(|| w.any(rng));
			Action::signed(
				initiator,
				Call::initiate_attempt { lost: lost.into(), friend_group_index: index },
			)
		},
		2 => {
			let (lost, index, _) = attempt(rng).unwrap_or_else(|| (w.any(rng), 0, w.any(rng)));
			let friends = pallet_recovery::Pallet::<Runtime>::friend_group_of(&lost, index)
				.map(|g| g.friends.into_inner())
				.unwrap_or_default();
			let friend = rng.pick(&friends).unwrap_or_else(|| w.any(rng));
			Action::signed(
				friend,
				Call::approve_attempt { lost: lost.into(), friend_group_index: index },
			)
		},
		3 => {
			let (lost, index, _) = attempt(rng).unwrap_or_else(|| (w.any(rng), 0, w.any(rng)));
			Action::signed(
				w.any(rng),
				Call::finish_attempt { lost: lost.into(), friend_group_index: index },
			)
		},
		4 => {
			let (lost, index, initiator) =
				attempt(rng).unwrap_or_else(|| (w.any(rng), 0, w.any(rng)));
			let caller = if rng.chance(50) { lost.clone() } else { initiator };
			Action::signed(
				caller,
				Call::cancel_attempt { lost: lost.into(), friend_group_index: index },
			)
		},
		5 => {
			let (lost, index, _) = attempt(rng).unwrap_or_else(|| (w.any(rng), 0, w.any(rng)));
			Action::signed(lost, Call::slash_attempt { friend_group_index: index })
		},
		6 => {
			let inherited: Vec<_> = pallet_recovery::Inheritor::<Runtime>::iter()
				.map(|(lost, (_, inheritor, _))| (lost, inheritor))
				.collect();
			let (lost, inheritor) =
				rng.pick(&inherited).unwrap_or_else(|| (w.any(rng), w.any(rng)));
			// The inheritor acts as the lost account: typically moving its registration.
			let call = if rng.chance(30) {
				pallet_registrar::Call::<Runtime>::rotate_account { new: inheritor.clone() }.into()
			} else {
				medrec_as(rng, w, &lost)
			};
			Action::signed(
				inheritor,
				Call::control_inherited_account { recovered: lost.into(), call: Box::new(call) },
			)
		},
		_ => {
			let inherited: Vec<_> = pallet_recovery::Inheritor::<Runtime>::iter_keys().collect();
			let lost = rng.pick(&inherited).unwrap_or_else(|| w.any(rng));
			Action::signed(lost, Call::revoke_inheritor {})
		},
	}
}
