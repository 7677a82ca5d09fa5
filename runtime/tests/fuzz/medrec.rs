//! One generator per MedRec pallet. Each covers every extrinsic of its pallet and draws the
//! arguments from the chain's current state and small domains, with the origin that may make the
//! call most of the time: most calls should pass their checks and change something, the rest
//! are refused for one reason among the pallet's errors. A generator that chose uniformly among
//! all values would see almost every call fail at its first check.

use crate::{
	rng::Rng,
	world::{account, id, now, Action, World},
};
use medrec_primitives::{
	access::{grant_id, GuardianPowers, Scope},
	records::{category, CategoryCode, FieldSet, Grantee, RelationshipStatus},
	ParticipantId, ParticipantRegistry,
};
use medrec_runtime::{AccountId, Balance, BlockNumber, Registrar, Research, Runtime};
use pallet_permissions::AppointmentBasis;
use pallet_registrar::{Participant, Role, Roles};
use polkadot_sdk::{sp_core::H256, sp_keyring::Sr25519Keyring};

/// A call of any MedRec pallet, each pallet as likely as its share of the whole mix.
pub fn medrec(rng: &mut Rng, w: &World) -> Action {
	match rng.weighted(&[3, 4, 4, 3]) {
		0 => registrar(rng, w),
		1 => relationships(rng, w),
		2 => permissions(rng, w),
		_ => research(rng, w),
	}
}

/// A MedRec call only the consortium may make (what its motions carry), with its arguments.
pub fn consortium_call(rng: &mut Rng, w: &World) -> medrec_runtime::RuntimeCall {
	match rng.weighted(&[6, 3, 1]) {
		0 => registrar_admin(rng, w).into(),
		1 => permissions_admin(rng, w).into(),
		_ => research_admin(rng).into(),
	}
}

/// A MedRec call `who` makes, if the generators come up with one in a few draws: what a proxy,
/// a batch or a recovered account's inheritor dispatches as `who`. Otherwise some call of
/// someone else's, which `who` is refused.
pub fn medrec_as(rng: &mut Rng, w: &World, who: &AccountId) -> medrec_runtime::RuntimeCall {
	let mut last = None;
	for _ in 0..6 {
		let action = medrec(rng, w);
		if action.caller.signer() == Some(who) {
			return action.call;
		}
		last = Some(action.call);
	}
	last.expect("the loop ran at least once")
}

fn roles(who: &AccountId) -> Roles {
	pallet_registrar::Participants::<Runtime>::get(who)
		.map(|p| p.roles)
		.unwrap_or_default()
}

/// One of 64 identifier hashes, shared by everyone: binding one another account holds is
/// refused, as is a ninth of an account's own.
fn identifier(rng: &mut Rng) -> H256 {
	H256::repeat_byte(rng.below(64) as u8)
}

/// A provider's public profile: valid, or now and then with a name or an endpoint the registrar
/// refuses.
fn profile(rng: &mut Rng) -> (Vec<u8>, Vec<u8>, [u8; 32]) {
	let name = match rng.below(20) {
		0 => Vec::new(),
		1 => vec![0xff, 0xfe],
		_ => format!("Clinic {}", rng.below(100)).into_bytes(),
	};
	let endpoint = match rng.below(20) {
		0 => b"http://gatekeeper.example.org".to_vec(),
		1 | 2 => format!("http://localhost:{}", 8000 + rng.below(100)).into_bytes(),
		_ => format!("https://gk{}.example.org/v1", rng.below(100)).into_bytes(),
	};
	(name, endpoint, rng.bytes())
}

pub fn registrar(rng: &mut Rng, w: &World) -> Action {
	type Call = pallet_registrar::Call<Runtime>;
	match rng.weighted(&[3, 1, 7, 2, 2, 1, 2, 3, 2, 2, 2, 2]) {
		0 => Action::signed(
			w.choose_or_any(rng, |a| !Registrar::is_patient(a)),
			Call::register_patient {},
		),
		1 => {
			// A patient with no other role, most of the time: the others are refused.
			let only_patient = |p: &Participant<Balance>| {
				p.roles.contains(Role::Patient)
					&& !p.roles.contains(Role::Provider)
					&& !p.roles.contains(Role::Researcher)
			};
			let who = if rng.chance(90) { w.registered(rng, only_patient) } else { w.patient(rng) };
			Action::signed(who, Call::deregister {})
		},
		2 => Action::new(w.consortium(rng), registrar_admin(rng, w)),
		3 => {
			let (name, endpoint, signing_key) = profile(rng);
			Action::signed(
				w.provider(rng),
				Call::set_provider_profile { name, endpoint, signing_key },
			)
		},
		4 => Action::signed(
			w.participant(rng),
			Call::bind_identifier { identifier: identifier(rng) },
		),
		5 => {
			let identifier = identifier(rng);
			let owner = pallet_registrar::IdentifierOwner::<Runtime>::get(identifier)
				.filter(|_| rng.chance(85))
				.unwrap_or_else(|| w.any(rng));
			Action::signed(owner, Call::unbind_identifier { identifier })
		},
		6 => Action::signed(w.provider(rng), Call::create_group {}),
		7 => {
			let (group, owner) = group(rng, w);
			Action::signed(owner, Call::add_group_member { group, who: w.any(rng) })
		},
		8 => {
			// A member of a group, most of the time, who leaves or whom the owner removes.
			let members: Vec<_> = pallet_registrar::GroupMembers::<Runtime>::iter_keys().collect();
			let (group, who) = match rng.pick(&members) {
				Some(membership) if rng.chance(90) => membership,
				_ => (group(rng, w).0, w.any(rng)),
			};
			let owner = pallet_registrar::Groups::<Runtime>::get(group).map(|g| g.owner);
			let caller = match owner {
				Some(owner) if rng.chance(50) => owner,
				_ => who.clone(),
			};
			Action::signed(caller, Call::remove_group_member { group, who })
		},
		9 => {
			let (group, owner) = group(rng, w);
			Action::signed(owner, Call::dissolve_group { group })
		},
		10 => Action::signed(w.participant(rng), Call::rotate_account { new: w.fresh(rng) }),
		_ => {
			let provider = w.provider(rng);
			let next = Registrar::anchor_totals(&provider).receipts;
			let first = if rng.chance(90) { next } else { next + rng.between(1, 3) };
			let count = if rng.chance(95) { rng.between(1, 500) as u32 } else { 0 };
			Action::signed(
				provider,
				Call::anchor_receipts { first, count, root: H256(rng.bytes()) },
			)
		},
	}
}

/// The registrar's consortium calls: admissions, suspensions, revocations, a provider's profile
/// and a lost key's registration.
fn registrar_admin(rng: &mut Rng, w: &World) -> pallet_registrar::Call<Runtime> {
	type Call = pallet_registrar::Call<Runtime>;
	match rng.weighted(&[3, 1, 1, 1, 1, 1]) {
		0 => {
			let role = match rng.below(10) {
				0 => Role::Patient,
				1..=5 => Role::Provider,
				_ => Role::Researcher,
			};
			Call::admit { who: w.any(rng), role }
		},
		1 => {
			let who = w.registered(rng, |p| {
				p.roles.contains(Role::Provider) || p.roles.contains(Role::Researcher)
			});
			let role = if roles(&who).contains(Role::Provider) && rng.chance(70) {
				Role::Provider
			} else {
				Role::Researcher
			};
			Call::revoke_role { who, role }
		},
		2 => Call::suspend { who: w.participant(rng), reason: rng.below(4) as u16 },
		3 => Call::reinstate { who: w.registered(rng, |p| p.suspended) },
		4 => {
			let provider = w.registered(rng, |p| p.roles.contains(Role::Provider));
			let (name, endpoint, signing_key) = profile(rng);
			Call::force_set_provider_profile { provider, name, endpoint, signing_key }
		},
		_ => Call::force_rotate_account { old: w.participant(rng), new: w.fresh(rng) },
	}
}

/// A group and its owner (or, now and then, an id no group has and someone).
fn group(rng: &mut Rng, w: &World) -> (medrec_primitives::GroupId, AccountId) {
	let groups: Vec<_> = pallet_registrar::Groups::<Runtime>::iter().collect();
	match rng.pick(&groups) {
		Some((group, record)) if rng.chance(90) => (group, record.owner),
		_ => (pallet_registrar::NextGroupId::<Runtime>::get(), w.any(rng)),
	}
}

/// A relationship, by its two accounts, with its status (none in an empty chain).
fn relationship(rng: &mut Rng) -> Option<(AccountId, AccountId, RelationshipStatus)> {
	let all: Vec<_> = pallet_relationships::RelationshipsOf::<Runtime>::iter()
		.map(|(patient, provider, r)| (patient, provider, r.status))
		.collect();
	let (patient, provider, status) = rng.pick(&all)?;
	Some((account(patient)?, account(provider)?, status))
}

/// A relationship whose status is one of `statuses`, most of the time; any otherwise.
fn relationship_in(
	rng: &mut Rng,
	statuses: &[RelationshipStatus],
) -> Option<(AccountId, AccountId, RelationshipStatus)> {
	let all: Vec<_> = pallet_relationships::RelationshipsOf::<Runtime>::iter()
		.filter(|(_, _, r)| statuses.contains(&r.status))
		.map(|(patient, provider, r)| (patient, provider, r.status))
		.collect();
	match rng.pick(&all) {
		Some((patient, provider, status)) if rng.chance(90) => {
			Some((account(patient)?, account(provider)?, status))
		},
		_ => relationship(rng),
	}
}

/// A pointer id: an existing pointer (found by sampling ids below the next one) most of the
/// time, else one that was removed or never added.
fn pointer(rng: &mut Rng) -> u64 {
	let next = pallet_relationships::NextPointerId::<Runtime>::get();
	if rng.chance(90) {
		for _ in 0..8 {
			// Recent pointers are likelier to still exist.
			let id = next.saturating_sub(1 + rng.below(next.min(64)));
			if pallet_relationships::Pointers::<Runtime>::contains_key(id) {
				return id;
			}
		}
	}
	rng.below(next + 1)
}

/// A pointer of `patient`'s, if they have one in a relationship the sampling finds.
fn pointer_of(rng: &mut Rng, patient: ParticipantId) -> Option<u64> {
	let providers: Vec<ParticipantId> =
		pallet_relationships::RelationshipsOf::<Runtime>::iter_key_prefix(patient).collect();
	let provider = rng.pick(&providers)?;
	let keys: Vec<_> =
		pallet_relationships::PointersOf::<Runtime>::iter_key_prefix((patient, provider))
			.take(16)
			.collect();
	rng.pick(&keys).map(pallet_relationships::pointer_of)
}

/// A category of the vocabulary.
fn category(rng: &mut Rng) -> CategoryCode {
	rng.pick(&category::ALL).expect("the vocabulary is not empty")
}

/// A category, now and then one outside the vocabulary.
fn any_category(rng: &mut Rng) -> CategoryCode {
	if rng.chance(95) {
		category(rng)
	} else {
		// Between the standard and the sensitive classes: no category.
		10 + rng.below(54) as CategoryCode
	}
}

/// A handful of the 64 field codes.
fn some_fields(rng: &mut Rng) -> FieldSet {
	FieldSet(rng.next_u64() & rng.next_u64() & rng.next_u64() | 1 << rng.below(64))
}

/// Some field codes, now and then none.
fn any_fields(rng: &mut Rng) -> FieldSet {
	if rng.chance(95) {
		some_fields(rng)
	} else {
		FieldSet::EMPTY
	}
}

/// An active relationship whose provider is active too (most of the time), as (patient,
/// provider): where pointers can be published.
pub fn open_relationship(rng: &mut Rng, w: &World) -> (AccountId, AccountId) {
	let open: Vec<_> = pallet_relationships::RelationshipsOf::<Runtime>::iter()
		.filter(|(_, _, r)| r.status.is_active())
		.filter_map(|(patient, provider, _)| Some((account(patient)?, account(provider)?)))
		.filter(|(_, provider)| Registrar::is_active_provider(provider))
		.collect();
	match rng.pick(&open) {
		Some(pair) if rng.chance(90) => pair,
		_ => relationship(rng)
			.map(|(patient, provider, _)| (patient, provider))
			.unwrap_or_else(|| (w.patient(rng), w.provider(rng))),
	}
}

/// A new record pointer for `patient`, from whichever provider makes the call: as a publisher
/// makes it, or (`valid` false) now and then with a category or fields the pallet refuses.
pub fn add_pointer(
	rng: &mut Rng,
	patient: AccountId,
	valid: bool,
) -> pallet_relationships::Call<Runtime> {
	let (category, fields) = if valid {
		(category(rng), some_fields(rng))
	} else {
		(any_category(rng), any_fields(rng))
	};
	pallet_relationships::Call::add_pointer {
		patient,
		reference: rng.bytes(),
		category,
		fields,
		content_hash: H256(rng.bytes()),
	}
}

pub fn relationships(rng: &mut Rng, w: &World) -> Action {
	type Call = pallet_relationships::Call<Runtime>;
	use RelationshipStatus::*;
	match rng.weighted(&[3, 2, 6, 3, 2, 2, 1, 2, 2, 1]) {
		0 => {
			let provider = w.provider(rng);
			// A patient's invitation to this provider, half of the time there is one.
			let invited: Vec<ParticipantId> = id(&provider)
				.map(|p| pallet_relationships::Invitations::<Runtime>::iter_key_prefix(p).collect())
				.unwrap_or_default();
			let patient = match rng.pick(&invited).and_then(account) {
				Some(patient) if rng.chance(50) => patient,
				_ => w.patient(rng),
			};
			Action::signed(provider, Call::open_relationship { patient })
		},
		1 => Action::signed(w.patient(rng), Call::invite_provider { provider: w.provider(rng) }),
		2 => {
			let (patient, provider) = open_relationship(rng, w);
			Action::signed(provider, add_pointer(rng, patient, false))
		},
		3 | 4 => {
			let pointer = pointer(rng);
			let record = pallet_relationships::Pointers::<Runtime>::get(pointer);
			let provider = record
				.as_ref()
				.and_then(|p| account(p.provider))
				.filter(|_| rng.chance(90))
				.unwrap_or_else(|| w.any(rng));
			let call = if rng.chance(60) {
				let unchanged = record.filter(|_| rng.chance(5)).map(|p| p.content_hash);
				let content_hash = unchanged.unwrap_or_else(|| H256(rng.bytes()));
				Call::update_pointer { pointer, content_hash }
			} else {
				Call::remove_pointer { pointer }
			};
			Action::signed(provider, call)
		},
		5 | 6 => {
			// Something to acknowledge (or to reject), most of the time.
			let acknowledge = rng.chance(75);
			let statuses: &[_] =
				if acknowledge { &[New, Updated, Rejected] } else { &[New, Updated, Acknowledged] };
			let (patient, provider) = match relationship_in(rng, statuses) {
				Some((patient, provider, _)) => (patient, provider),
				None => (w.patient(rng), w.provider(rng)),
			};
			let call = if acknowledge {
				Call::acknowledge { provider }
			} else {
				Call::reject { provider }
			};
			Action::signed(patient, call)
		},
		7 => {
			// Mostly the longest history: publishing adds pointers faster than single removals
			// take them away, and ending relationships keeps the chain's state (and checking its
			// invariants) from growing without bound.
			let longest = pallet_relationships::RelationshipsOf::<Runtime>::iter()
				.max_by_key(|(_, _, r)| r.pointers)
				.filter(|_| rng.chance(60))
				.and_then(|(patient, provider, _)| Some((account(patient)?, account(provider)?)));
			let any = || relationship(rng).map(|(patient, provider, _)| (patient, provider));
			let (patient, provider) =
				longest.or_else(any).unwrap_or_else(|| (w.patient(rng), w.provider(rng)));
			let caller = match rng.below(10) {
				0..=4 => patient.clone(),
				5..=8 => provider.clone(),
				_ => w.any(rng),
			};
			Action::signed(caller, Call::terminate { patient, provider })
		},
		8 => {
			// A viewer with something to acknowledge, found from the pending entries.
			let pending: Vec<_> =
				pallet_relationships::SharedPending::<Runtime>::iter_keys().take(64).collect();
			let found = rng.pick(&pending).and_then(|(viewer, patient)| {
				let viewer = match viewer {
					Grantee::Participant(id) => account(id)?,
					Grantee::Account(who) => who,
					Grantee::Group(_) => return None,
				};
				Some((viewer, account(patient)?))
			});
			let (viewer, patient) = found.unwrap_or_else(|| (w.any(rng), w.patient(rng)));
			Action::signed(viewer, Call::acknowledge_shared { patient })
		},
		_ => {
			let ending: Vec<_> = pallet_relationships::Ending::<Runtime>::iter_keys().collect();
			let (patient, provider) = rng
				.pick(&ending)
				.and_then(|(patient, provider)| Some((account(patient)?, account(provider)?)))
				.unwrap_or_else(|| (w.patient(rng), w.provider(rng)));
			let limit = rng.between(0, 80) as u32;
			Action::signed(w.any(rng), Call::reap { patient, provider, limit })
		},
	}
}

/// A patient's grants, as (grant id, expiry).
fn grants(patient: &AccountId) -> Vec<(u128, Option<BlockNumber>)> {
	let Some(pid) = id(patient) else { return Vec::new() };
	pallet_permissions::PatientSharing::<Runtime>::get(pid)
		.map(|s| s.grants.iter().map(|g| (grant_id(pid, g.index), g.expiry)).collect())
		.unwrap_or_default()
}

/// A patient's guardians, with their powers.
fn guardians(patient: &AccountId) -> Vec<(AccountId, GuardianPowers)> {
	id(patient)
		.and_then(pallet_permissions::PatientSharing::<Runtime>::get)
		.map(|s| s.guardians.iter().map(|(g, record)| (g.clone(), record.powers)).collect())
		.unwrap_or_default()
}

fn powers(rng: &mut Rng) -> GuardianPowers {
	if rng.chance(50) {
		GuardianPowers::View
	} else {
		GuardianPowers::ManageSharing
	}
}

/// Who acts on a patient's sharing: the patient, a guardian with the power to manage it (for the
/// patient), or anyone.
fn sharing_caller(rng: &mut Rng, w: &World, patient: &AccountId) -> (AccountId, Option<AccountId>) {
	let managers: Vec<AccountId> = guardians(patient)
		.into_iter()
		.filter(|(_, p)| *p == GuardianPowers::ManageSharing)
		.map(|(g, _)| g)
		.collect();
	match rng.below(10) {
		0..=6 => (patient.clone(), None),
		7 | 8 => match rng.pick(&managers) {
			Some(guardian) => (guardian, Some(patient.clone())),
			None => (patient.clone(), None),
		},
		_ => (w.any(rng), None),
	}
}

fn grantee(rng: &mut Rng, w: &World) -> Grantee<AccountId> {
	match rng.below(10) {
		0..=3 => {
			let who = w.participant(rng);
			id(&who).map_or(Grantee::Account(who), Grantee::Participant)
		},
		4..=6 => Grantee::Account(w.any(rng)),
		7 | 8 => {
			let groups: Vec<_> = pallet_registrar::Groups::<Runtime>::iter_keys().collect();
			Grantee::Group(rng.pick(&groups).unwrap_or(0))
		},
		_ => Grantee::Participant(
			rng.below(pallet_registrar::NextParticipantId::<Runtime>::get() + 2),
		),
	}
}

fn scope(rng: &mut Rng, patient: &AccountId) -> Scope {
	let pid = id(patient).unwrap_or(u64::MAX);
	let own_pointer = |rng: &mut Rng| {
		pointer_of(rng, pid).filter(|_| rng.chance(90)).unwrap_or_else(|| pointer(rng))
	};
	match rng.below(5) {
		0 => Scope::Record,
		1 => {
			let providers: Vec<ParticipantId> =
				pallet_relationships::RelationshipsOf::<Runtime>::iter_key_prefix(pid).collect();
			Scope::Provider(rng.pick(&providers).unwrap_or_else(|| rng.below(16)))
		},
		2 => Scope::Category(any_category(rng)),
		3 => Scope::Pointer(own_pointer(rng)),
		_ => Scope::Fields(own_pointer(rng), any_fields(rng)),
	}
}

/// A grant's window: from now (or a few blocks from now, or the past, which means now), until
/// revoked or a few dozen blocks later, or now and then an empty one.
fn window(rng: &mut Rng) -> (Option<BlockNumber>, Option<BlockNumber>) {
	let now = now();
	let start = match rng.below(10) {
		0..=5 => None,
		6..=8 => Some(now + rng.below(10) as BlockNumber),
		_ => Some(now.saturating_sub(5)),
	};
	let from = start.unwrap_or(now).max(now);
	let expiry = match rng.below(20) {
		0..=7 => None,
		8 => Some(from),
		_ => Some(from + rng.between(1, 40) as BlockNumber),
	};
	(start, expiry)
}

/// The end of a guardianship the patient did not choose: within the year the runtime allows,
/// or now and then past it or already over.
fn appointed_term(rng: &mut Rng) -> BlockNumber {
	match rng.below(20) {
		0 => now(),
		1 => now() + 366 * medrec_runtime::DAYS,
		_ => now() + rng.between(1, 300) as BlockNumber,
	}
}

pub fn permissions(rng: &mut Rng, w: &World) -> Action {
	type Call = pallet_permissions::Call<Runtime>;
	match rng.weighted(&[8, 3, 2, 2, 3, 3, 2, 2, 2, 2]) {
		0 => {
			let patient = w.patient(rng);
			let (caller, on_behalf_of) = sharing_caller(rng, w, &patient);
			let (start, expiry) = window(rng);
			Action::signed(
				caller,
				Call::grant {
					on_behalf_of,
					grantee: grantee(rng, w),
					scope: scope(rng, &patient),
					start,
					expiry,
					purpose: rng.below(5) as u16,
				},
			)
		},
		1 => {
			let patient = w.choose_or_any(rng, |a| !grants(a).is_empty());
			let grant = rng.pick(&grants(&patient)).map_or(rng.next_u64().into(), |(g, _)| g);
			let (caller, _) = sharing_caller(rng, w, &patient);
			Action::signed(caller, Call::revoke { grant })
		},
		2 => {
			// Expired grants, most of the time; any with an end otherwise.
			let now = now();
			let expired = rng.chance(90);
			let ended = move |e: &Option<BlockNumber>| e.is_some_and(|e| !expired || e <= now);
			let patient = w.choose_or_any(rng, |a| grants(a).iter().any(|(_, e)| ended(e)));
			let ending: Vec<_> = grants(&patient).into_iter().filter(|(_, e)| ended(e)).collect();
			let grant = rng.pick(&ending).map_or(0, |(g, _)| g);
			Action::signed(w.any(rng), Call::remove_expired { grant })
		},
		3 => {
			let until = rng.chance(50).then(|| now() + rng.between(0, 200) as BlockNumber);
			Action::signed(
				w.patient(rng),
				Call::add_guardian { guardian: w.any(rng), powers: powers(rng), until },
			)
		},
		4 => Action::new(w.consortium(rng), permissions_admin(rng, w)),
		5 => {
			let patient = w.choose_or_any(rng, |a| !guardians(a).is_empty());
			let guardian = rng.pick(&guardians(&patient)).map_or_else(|| w.any(rng), |(g, _)| g);
			let caller = if rng.chance(50) { patient.clone() } else { guardian.clone() };
			Action::signed(caller, Call::remove_guardian { patient, guardian })
		},
		6 => {
			let certified = |a: &AccountId| {
				id(a).is_some_and(pallet_permissions::EmergencyCertified::<Runtime>::contains_key)
			};
			let patient = w.patient(rng);
			let reason = rng.between(1, 3) as u16;
			// The provider itself, or staff of one of its groups in person.
			let staff: Vec<_> = pallet_registrar::Groups::<Runtime>::iter()
				.filter(|(_, g)| certified(&g.owner))
				.flat_map(|(group, _)| {
					pallet_registrar::GroupMembers::<Runtime>::iter_key_prefix(group)
						.map(move |member| (group, member))
				})
				.collect();
			match rng.pick(&staff) {
				Some((group, member)) if rng.chance(40) => {
					Action::signed(member, Call::break_glass { patient, reason, via: Some(group) })
				},
				_ => Action::signed(
					w.choose_or_any(rng, certified),
					Call::break_glass { patient, reason, via: None },
				),
			}
		},
		7 => {
			let pending: Vec<_> =
				pallet_permissions::PendingReviews::<Runtime>::iter_keys().collect();
			let (patient, emergency) = match rng.pick(&pending) {
				Some((patient, emergency)) => (account(patient), emergency),
				None => (None, pallet_permissions::NextEmergencyId::<Runtime>::get()),
			};
			let patient = patient.unwrap_or_else(|| w.patient(rng));
			// The patient, or one of their guardians.
			let caller = match rng.pick(&guardians(&patient)) {
				Some((guardian, _)) if rng.chance(30) => guardian,
				_ => patient,
			};
			Action::signed(caller, Call::review_emergency { emergency, contested: rng.chance(40) })
		},
		8 => {
			let (patient, provider) = open_relationship(rng, w);
			Action::signed(
				provider,
				Call::propose_guardian {
					patient,
					guardian: w.any(rng),
					powers: powers(rng),
					until: appointed_term(rng),
				},
			)
		},
		_ => {
			let proposed = |a: &AccountId| {
				id(a).is_some_and(|p| {
					pallet_permissions::GuardianProposals::<Runtime>::contains_key(p)
				})
			};
			let patient = w.choose_or_any(rng, proposed);
			let proposals = id(&patient)
				.map(pallet_permissions::GuardianProposals::<Runtime>::get)
				.unwrap_or_default();
			let proposal = rng.pick(&proposals);
			let guardian = proposal.as_ref().map_or_else(|| w.any(rng), |p| p.guardian.clone());
			if rng.chance(60) {
				Action::signed(patient, Call::accept_guardian { guardian })
			} else {
				// The patient declines, or the provider withdraws.
				let proposer = proposal.and_then(|p| account(p.proposer));
				let caller = match proposer {
					Some(proposer) if rng.chance(50) => proposer,
					_ => patient.clone(),
				};
				Action::signed(caller, Call::decline_guardian { patient, guardian })
			}
		},
	}
}

/// The permissions pallet's consortium calls: appointing a guardian for a patient who cannot
/// choose, certifying providers for emergencies, closing contested emergencies.
fn permissions_admin(rng: &mut Rng, w: &World) -> pallet_permissions::Call<Runtime> {
	type Call = pallet_permissions::Call<Runtime>;
	match rng.below(3) {
		0 => {
			let basis =
				if rng.chance(50) { AppointmentBasis::Minor } else { AppointmentBasis::Incapacity };
			Call::appoint_guardian {
				patient: w.patient(rng),
				guardian: w.any(rng),
				powers: powers(rng),
				until: appointed_term(rng),
				basis,
			}
		},
		1 => {
			let provider = w.provider(rng);
			let certified = id(&provider)
				.is_some_and(pallet_permissions::EmergencyCertified::<Runtime>::contains_key);
			let certify = if rng.chance(90) { !certified } else { certified };
			Call::certify_emergency { provider, certified: certify }
		},
		_ => {
			let contested: Vec<_> =
				pallet_permissions::ContestedEmergencies::<Runtime>::iter_keys().collect();
			let next = pallet_permissions::NextEmergencyId::<Runtime>::get();
			let emergency = rng.pick(&contested).unwrap_or_else(|| rng.below(next + 1));
			Call::close_contested { emergency }
		},
	}
}

/// Research parameters that let the pool's handful of patients form cohorts, and requests
/// expire within a run.
pub fn research_parameters(rng: &mut Rng) -> pallet_research::Parameters<BlockNumber> {
	pallet_research::Parameters {
		credits_per_block: rng.between(5, 20),
		request_cost: rng.between(1, 30),
		min_cohort_floor: rng.between(1, 2) as u32,
		request_lifetime: rng.between(5, 40) as BlockNumber,
	}
}

/// The cohort floor that applies to `provider`.
fn floor(provider: &AccountId) -> u32 {
	Research::release_policy(provider).map_or(Research::parameters().min_cohort_floor, |(_, f)| f)
}

/// A cohort for an answer of `provider` to a query asking at least `min`: between the floors and
/// the patients the chain accounts for, when there is room, else just the floor.
fn cohort(rng: &mut Rng, provider: &AccountId, min: u32) -> u32 {
	let low = min.max(floor(provider));
	let high = id(provider).map_or(0, pallet_research::ConsentingPatientsOf::<Runtime>::get);
	if high >= low && rng.chance(90) {
		rng.between(low.into(), high.into()) as u32
	} else {
		low + rng.below(2) as u32
	}
}

fn template(rng: &mut Rng) -> u32 {
	rng.below(4) as u32
}

pub fn research(rng: &mut Rng, w: &World) -> Action {
	type Call = pallet_research::Call<Runtime>;
	match rng.weighted(&[2, 1, 3, 3, 2, 3, 1, 3, 2, 1]) {
		0 => {
			// The collators' own accounts first: their blocks earn the credits. Now and then a
			// key that never registered, a spare (a researcher's second collator, which the
			// researcher may later move their registration to).
			let collator = match rng.below(20) {
				0..=13 => {
					let authors = [Sr25519Keyring::Alice, Sr25519Keyring::Bob];
					authors[rng.below(2) as usize].to_account_id()
				},
				14..=16 => w.any(rng),
				_ => rng.pick_ref(&w.spares).map_or_else(|| w.any(rng), |s| s.account.clone()),
			};
			Action::signed(collator, Call::bind_collator { researcher: w.researcher(rng) })
		},
		1 => {
			let bound: Vec<_> = pallet_research::ResearcherOf::<Runtime>::iter().collect();
			let (collator, researcher) = match rng.pick(&bound) {
				Some((collator, (researcher, _))) => (collator, account(researcher)),
				None => (w.any(rng), None),
			};
			let caller = match researcher {
				Some(researcher) if rng.chance(40) => researcher,
				_ => collator.clone(),
			};
			Action::signed(caller, Call::unbind_collator { collator })
		},
		2 => {
			let provider = w.provider(rng);
			let params = match rng.below(20) {
				0 => Vec::new(),
				1 => b"4548-4\n".to_vec(),
				_ => format!("loinc:{}-{}", 4000 + rng.below(1000), rng.below(10)).into_bytes(),
			};
			let min_cohort = floor(&provider) + rng.below(3) as u32;
			let min_cohort = if rng.chance(5) { min_cohort.saturating_sub(2) } else { min_cohort };
			Action::signed(
				provider,
				Call::submit_bounty_query { template: template(rng), params, min_cohort },
			)
		},
		3 => {
			// The latest queries, unanswered ones most of the time (answered ones are kept).
			let next = pallet_research::NextBountyId::<Runtime>::get();
			let latest: Vec<u64> = (next.saturating_sub(16)..next).collect();
			let open: Vec<u64> = latest
				.iter()
				.copied()
				.filter(|b| {
					pallet_research::Bounties::<Runtime>::get(b).is_some_and(|b| b.answer.is_none())
				})
				.collect();
			let bounty = match rng.pick(&open) {
				Some(bounty) if rng.chance(90) => bounty,
				_ => rng.pick(&latest).unwrap_or(0),
			};
			let record = pallet_research::Bounties::<Runtime>::get(bounty);
			let provider = record
				.as_ref()
				.and_then(|b| account(b.provider))
				.filter(|_| rng.chance(90))
				.unwrap_or_else(|| w.provider(rng));
			let cohort = cohort(rng, &provider, record.map_or(1, |b| b.min_cohort));
			Action::signed(
				provider,
				Call::answer_bounty_query { bounty, result_hash: H256(rng.bytes()), cohort },
			)
		},
		4 => {
			let mut providers = Vec::new();
			for _ in 0..rng.between(1, 3) {
				let provider = w.provider(rng);
				if !providers.contains(&provider) || rng.chance(5) {
					providers.push(provider);
				}
			}
			let floor = Research::parameters().min_cohort_floor;
			// A researcher with credits to spend, most of the time.
			let researcher = match w.choose(rng, |a| Research::credits_of(a) > 0) {
				Some(researcher) if rng.chance(85) => researcher,
				_ => w.researcher(rng),
			};
			Action::signed(
				researcher,
				Call::request_aggregate {
					template: template(rng),
					params_hash: H256(rng.bytes()),
					providers,
					min_cohort: floor + rng.below(2) as u32,
				},
			)
		},
		5 | 6 => {
			let open: Vec<_> = pallet_research::Requests::<Runtime>::iter().collect();
			let (request, pending, min) = match rng.pick(&open) {
				Some((request, r)) => (request, r.pending.into_inner(), r.min_cohort),
				None => (pallet_research::NextRequestId::<Runtime>::get(), Vec::new(), 1),
			};
			if rng.chance(75) {
				let provider = rng
					.pick(&pending)
					.and_then(account)
					.filter(|_| rng.chance(90))
					.unwrap_or_else(|| w.provider(rng));
				let cohort = cohort(rng, &provider, min);
				Action::signed(
					provider,
					Call::answer_request { request, result_hash: H256(rng.bytes()), cohort },
				)
			} else {
				Action::signed(w.any(rng), Call::expire_request { request })
			}
		},
		7 => {
			let patient = w.patient(rng);
			let category = any_category(rng);
			let consented = id(&patient)
				.and_then(pallet_research::ConsentOf::<Runtime>::get)
				.is_some_and(|(categories, _)| categories.contains(&category));
			let opted_in = if rng.chance(90) { !consented } else { consented };
			Action::signed(patient, Call::set_consent { category, opted_in })
		},
		8 => {
			let templates = if rng.chance(50) {
				Vec::new()
			} else {
				(0..4).filter(|_| rng.chance(60)).collect()
			};
			let floor = Research::parameters().min_cohort_floor;
			let min_cohort = (floor + rng.below(3) as u32).saturating_sub(u32::from(rng.chance(5)));
			Action::signed(w.provider(rng), Call::set_release_policy { templates, min_cohort })
		},
		_ => Action::new(w.consortium(rng), research_admin(rng)),
	}
}

/// The research pallet's consortium call: its parameters, now and then ones it refuses.
fn research_admin(rng: &mut Rng) -> pallet_research::Call<Runtime> {
	let mut parameters = research_parameters(rng);
	if rng.chance(10) {
		parameters.min_cohort_floor = 0;
	}
	pallet_research::Call::set_parameters { parameters }
}
